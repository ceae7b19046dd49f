#pragma once

#include "CloseOutAnalysis.h"
#include "CloseOutRecords.h"
#include "RecordTableModel.h"
#include "domain/Cutoff.h"
#include "staging/Delta.h"
#include "store/ProjectSettings.h"

namespace Cutover {

// Fills the close-out and cutoff pages' tables (RecordTableModel) from the
// model layer's records, so the pages only lay them out. Money stays in cents
// and time in seconds in the models; the tables format them.
namespace CloseOutTables {

enum ClientColumn {
    ClientName,
    ClientUnbilledHours,
    ClientUnbilledTime,
    ClientUnbilledExpenses,
    ClientDraftInvoices,
    ClientReceivable,
    ClientUnapplied,
    ClientTrust,
    ClientMissingBilling,
};
void showClients(RecordTableModel *model, const CloseOutReport &report);
// The matters of one client (all matters when clientKey is null).
void showMatters(RecordTableModel *model, const CloseOutReport &report, const QString &clientKey);
void showRows(RecordTableModel *model, const QList<CloseOutRow> &rows, CloseOutAnalysis::Category category);
void showInvoiceSeries(RecordTableModel *model, const CloseOutReport &report);
void showUsers(RecordTableModel *model, const CloseOutReport &report);

enum ChecklistColumn {
    ChecklistDone,
    ChecklistItemTitle,
    ChecklistRequired,
    ChecklistBy,
    ChecklistWhen,
    ChecklistNote
};
void showChecklist(RecordTableModel *model, const QList<ChecklistItem> &items);
enum ApproverColumn {
    ApproverName,
    ApproverRoleColumn,
    ApproverEmail,
    ApproverApproved,
    ApproverMethod,
    ApproverRecordedBy
};
void showApprovers(RecordTableModel *model, const QList<Approver> &approvers);
void showDocuments(RecordTableModel *model, const QList<HistoricalDocument> &documents);

enum DeltaColumn { DeltaImport, DeltaChangeColumn, DeltaEntity, DeltaKey, DeltaLabel };
void showDeltaCounts(RecordTableModel *model, const QList<DeltaCount> &counts);
void showDeltaRows(RecordTableModel *model, const QList<DeltaRow> &rows);

QString categoryTitle(CloseOutAnalysis::Category category);

// The text of an e-mail asking for the approvals, with the figures of the
// analysis, the cutoff and the open points: to paste into the firm's mail.
QString approvalRequest(const ProjectSettings &settings, const std::optional<CloseOutReport> &report,
                        const std::optional<Cutoff> &cutoff, const QList<Approver> &approvers,
                        const QList<ChecklistItem> &checklist);

// The drill-down rows of a client (every matter when matterKey is null, one
// matter or "" for the client-level rows otherwise), read on a connection of
// their own: for a worker thread.
QList<CloseOutRow> readRows(const QString &projectPath, qint64 snapshotId, CloseOutAnalysis::Category category,
                            const QString &clientKey, const QString &matterKey);

// The open points of the import gate as an HTML list, for the pages.
QString missingHtml(const ImportGateStatus &gate);

} // namespace CloseOutTables

} // namespace Cutover
