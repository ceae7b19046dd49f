#pragma once

#include "StepPage.h"
#include "placeholder/PlaceholderView.h"

#include <QPointer>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Cutover {

class InterimEntryModel;
class InterimIssueModel;
class JobProgressPanel;
class ReassignmentModel;
class TargetConnectionBox;

// Placeholder: keeps the firm's time while the migration runs, in four
// sections (tabs). 1. The target and the placeholder matter created in it.
// 2. Time-tracking templates written from the final snapshot. 3. Filled
// templates loaded back as interim entries (with the rows refused) and
// uploaded. 4. Reassignment: the entries on the placeholder listed with a
// suggested matter, decided in bulk and moved. Every read and write of the
// project runs off the GUI thread through models/ (PlaceholderView, the jobs).
class PlaceholderPage : public StepPage
{
    Q_OBJECT

public:
    enum class Section { Placeholder, Templates, InterimTime, Reassign };

    explicit PlaceholderPage(ProjectSession *session, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    void initializePage() override;

    TargetConnectionBox *targetBox() const { return m_targetBox; }
    TargetChoice targetChoice() const;
    // A job (create, load, upload, list, move) is running.
    bool isRunning() const { return !m_job.isNull(); }
    // A job runs, or the project is being read or written off the GUI thread.
    bool isBusy() const { return isRunning() || m_backgroundWork > 0; }
    void showSection(Section section);

    // What "Load filled templates…" does once the files are chosen.
    void loadFiles(const QStringList &files);
    // Reads the placeholder, the interim entries and the reassignments again.
    void refresh();

    InterimEntryModel *entryModel() const { return m_entries; }
    InterimIssueModel *issueModel() const { return m_issues; }
    ReassignmentModel *reassignmentModel() const { return m_reassignments; }
    const PlaceholderInfo &placeholder() const { return m_view.placeholder; }
    // The message line below the sections (errors); empty when hidden.
    QString messageText() const;

private:
    enum class RunKind { None, Create, Load, Upload, List, Move };

    void onTargetChanged();
    void updateButtons();
    void showMessage(const QString &text);
    void apply(const PlaceholderView::View &view);
    PlaceholderRequest request() const;
    void start(RunKind kind, Job *job, JobProgressPanel *panel);
    void onRunFinished(RunKind kind);

    void createPlaceholder();
    void writeTemplates();
    void browseLoad();
    void removeEntry();
    // The checked rows, or the selected ones when none is checked.
    QStringList chosenRows() const;
    void decide(const QStringList &ids, int decision, const QString &matterId = {}, const QString &label = {});
    void changeMatter();
    void acceptAbove();
    void showReassignSummary();

    TargetConnectionBox *m_targetBox = nullptr;
    QTabWidget *m_sections = nullptr;

    // 1. The placeholder matter.
    QGroupBox *m_placeholderBox = nullptr;
    QLabel *m_placeholderNote = nullptr;
    QLineEdit *m_clientName = nullptr;
    QLineEdit *m_matterDescription = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_placeholderState = nullptr;
    JobProgressPanel *m_createPanel = nullptr;

    // 2. Templates.
    QLineEdit *m_templateDir = nullptr;
    QPushButton *m_chooseDir = nullptr;
    QCheckBox *m_xlsx = nullptr;
    QCheckBox *m_csv = nullptr;
    QCheckBox *m_perUser = nullptr;
    QPushButton *m_writeTemplates = nullptr;
    QPushButton *m_openFolder = nullptr;
    QListWidget *m_templateFiles = nullptr;
    QLabel *m_templatesResult = nullptr;

    // 3. Interim time.
    QPushButton *m_load = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_upload = nullptr;
    QLabel *m_interimSummary = nullptr;
    QTabWidget *m_interimTabs = nullptr;
    QTableView *m_entriesView = nullptr;
    QTableView *m_issuesView = nullptr;
    JobProgressPanel *m_interimPanel = nullptr;

    // 4. Reassignment.
    QLabel *m_reassignNote = nullptr;
    QPushButton *m_find = nullptr;
    QCheckBox *m_checkAll = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_changeMatter = nullptr;
    QSpinBox *m_threshold = nullptr;
    QPushButton *m_acceptAbove = nullptr;
    QPushButton *m_move = nullptr;
    QTableView *m_reassignView = nullptr;
    QSortFilterProxyModel *m_reassignSorted = nullptr;
    QLabel *m_reassignSummary = nullptr;
    JobProgressPanel *m_reassignPanel = nullptr;

    QLabel *m_message = nullptr;

    InterimEntryModel *m_entries = nullptr;
    InterimIssueModel *m_issues = nullptr;
    ReassignmentModel *m_reassignments = nullptr;

    PlaceholderView::View m_view;
    QString m_lastRunSummary; // what the last upload or move said, kept across refreshes
    QPointer<Job> m_job;
    RunKind m_running = RunKind::None;
    int m_backgroundWork = 0;
};

} // namespace Cutover
