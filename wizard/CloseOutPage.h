#pragma once

#include "StepPage.h"
#include "closeout/CloseOutAnalysis.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Cutover {

class JobProgressPanel;
class RecordTableModel;

// Close out: what is still open in the old system per client (from the newest
// snapshot, analysed off the GUI thread), the checklist, the reports saved for
// the new system's Historical Data folder, and the approvals the import waits for.
class CloseOutPage : public StepPage
{
    Q_OBJECT

public:
    explicit CloseOutPage(ProjectSession *session, QWidget *parent = nullptr);
    ~CloseOutPage() override;

    void initializePage() override;

    // The analysis shown, if any (for tests and the approval request).
    const std::optional<CloseOutReport> &report() const { return m_report; }
    // Analyses the newest snapshot again.
    void analyse();
    // Copies files into the project as historical documents (a job).
    void attachFiles(const QStringList &paths);
    // The text "Copy approval request" puts on the clipboard.
    QString approvalRequestText() const;

signals:
    // The analysis finished (or found nothing to analyse).
    void analysed();
    // A job attaching reports finished.
    void documentsAttached();

private:
    void projectChanged();
    void showReport();
    void showMattersOfSelectedClient();
    void loadDrillDown();
    void refreshRecords();
    void refreshGate();
    void addApprover();
    void addSuggestedApprovers();
    void recordApproval();
    void withdrawApproval();
    void removeApprover();
    void editChecklistNote();
    void removeDocument();
    void saveDocumentCopy();
    void overrideGate();
    qint64 selectedId(QTableView *view, RecordTableModel *model) const;
    void showError(const QString &message);

    QPointer<CloseOutJob> m_job;
    QPointer<Job> m_attachJob;
    std::optional<CloseOutReport> m_report;
    int m_drillRequest = 0;

    QLabel *m_snapshotLine = nullptr;
    QPushButton *m_analyse = nullptr;
    JobProgressPanel *m_progress = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;

    RecordTableModel *m_clients = nullptr;
    QSortFilterProxyModel *m_clientsSorted = nullptr;
    QTableView *m_clientsView = nullptr;
    RecordTableModel *m_matters = nullptr;
    QTableView *m_mattersView = nullptr;
    QComboBox *m_category = nullptr;
    RecordTableModel *m_rows = nullptr;
    QTableView *m_rowsView = nullptr;
    QLabel *m_rowsLine = nullptr;

    RecordTableModel *m_series = nullptr;
    RecordTableModel *m_users = nullptr;

    RecordTableModel *m_checklist = nullptr;
    QTableView *m_checklistView = nullptr;

    RecordTableModel *m_documents = nullptr;
    QTableView *m_documentsView = nullptr;
    JobProgressPanel *m_attachProgress = nullptr;

    RecordTableModel *m_approvers = nullptr;
    QTableView *m_approversView = nullptr;
    QLabel *m_gate = nullptr;
    QPushButton *m_override = nullptr;
};

} // namespace Cutover
