#pragma once

#include "jobs/Job.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

// What the firm does in the old system before the final export, ticked off one
// by one; each tick keeps who gave it and when.
struct ChecklistItem
{
    QString key; // stable: "invoices_generated"
    QString title; // translated
    QString help; // translated: what "done" means
    bool required = true; // the import waits for it
    bool done = false;
    QString doneBy;
    QDateTime doneAtUtc;
    QString note;
};

enum class ApproverRole { BillingContact, Admin };

namespace ApproverRoles {
QString key(ApproverRole role); // "billing_contact", "admin"
std::optional<ApproverRole> fromKey(const QString &key);
QString title(ApproverRole role);
} // namespace ApproverRoles

// How an approval reached the firm.
namespace ApprovalMethods {
QStringList keys(); // "email", "signed_letter", "phone", "in_person", "other"
QString title(const QString &key);
} // namespace ApprovalMethods

// Someone whose written approval the migration needs: the billing contact of
// the old system's account and every system administrator.
struct Approver
{
    qint64 id = 0;
    QString name;
    ApproverRole role = ApproverRole::Admin;
    QString email;
    QString sourceUserKey; // the user in the export, when taken from it
    QDateTime addedUtc;
    QDateTime approvedUtc; // invalid until approved
    QString method; // ApprovalMethods key
    QString recordedBy;
    QString note;

    bool approved() const { return approvedUtc.isValid(); }
};

// A report saved from the old system (banking, trust, aged receivables...),
// copied into the project for the new system's "Historical Data" folder.
struct HistoricalDocument
{
    qint64 id = 0;
    QString name;
    QString sourcePath;
    qint64 size = 0;
    QString sha256;
    QDateTime addedUtc;
    QString addedBy;
};

// Whether the import may start: the required checklist items are ticked and a
// billing contact and at least one administrator are listed, all approved —
// or someone overrode that with a typed reason (audited).
struct ImportGateStatus
{
    bool checklistComplete = false;
    bool approvalsComplete = false;
    QStringList missing; // translated, one sentence per open point
    bool overridden = false;
    QString overrideReason;
    QString overrideBy;
    QDateTime overrideAtUtc;

    bool ready() const { return (checklistComplete && approvalsComplete) || overridden; }
};

// The close-out records of a project: free functions on any connection to it.
// Every change is written to the audit log in the same transaction.
namespace CloseOutRecords {

QList<ChecklistItem> checklist(const QSqlDatabase &db);
bool setChecked(QSqlDatabase db, const QString &key, bool done, const QString &note, QString *error);

QList<Approver> approvers(const QSqlDatabase &db);
std::optional<qint64> addApprover(QSqlDatabase db, const QString &name, ApproverRole role, const QString &email,
                                  const QString &sourceUserKey, QString *error);
bool removeApprover(QSqlDatabase db, qint64 id, QString *error);
// Records the approval: when it was given, how, and a note (e.g. where the
// e-mail is filed). `when` defaults to now.
bool recordApproval(QSqlDatabase db, qint64 id, const QString &method, const QString &note, const QDateTime &whenUtc,
                    QString *error);
bool withdrawApproval(QSqlDatabase db, qint64 id, const QString &reason, QString *error);
// Users of the newest snapshot whose role names an administrator, not listed yet.
QList<Approver> suggestedApprovers(const QSqlDatabase &db);

QList<HistoricalDocument> documents(const QSqlDatabase &db);
bool removeDocument(QSqlDatabase db, qint64 id, QString *error);
// Writes a document's content to a file (to open it, or to upload it).
bool extractDocument(const QSqlDatabase &db, qint64 id, const QString &path, QString *error);

ImportGateStatus importGate(const QSqlDatabase &db);
// Lets the import start without the checklist or the approvals. The reason
// must say something (at least a few words); it is audited.
bool overrideImportGate(QSqlDatabase db, const QString &reason, QString *error);
bool clearImportGateOverride(QSqlDatabase db, QString *error);

} // namespace CloseOutRecords

// Copies files into the project (historical_document), hashing them on the
// way, in chunks, so a large PDF neither blocks the GUI nor fills memory. A
// file that changes while it is copied is refused; a cancel or a crash leaves
// nothing behind (rows still 'copying' are removed at the next open).
class AttachDocumentsJob : public Job
{
    Q_OBJECT

public:
    AttachDocumentsJob(QString projectPath, QStringList files, QObject *parent = nullptr);
    QList<qint64> added() const { return m_added; }

    // Removes what a crash left; called when a project is opened.
    static bool recover(QSqlDatabase db, QString *error);

protected:
    Outcome execute() override;

private:
    QString m_projectPath;
    QStringList m_files;
    QList<qint64> m_added;
};

} // namespace Cutover
