#pragma once

#include "StepPage.h"
#include "domain/Entity.h"
#include "jobs/Job.h"

#include <QJsonArray>
#include <QMap>
#include <QPointer>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace Cutover {

class ClientSelectionModel;
class EntityCountsModel;
class ExportPlanModel;
class IssueListModel;
class JobProgressPanel;
class MappingModel;
class PreviewModel;
class SnapshotListModel;
class StagingJob;
struct SnapshotOverview;

// Step 3: load the old system's export files. The user adds files and folders
// (buttons or drag and drop); each is inspected in the background and placed by
// its headers, or the user says what it holds and picks or edits its map while
// a preview shows the first rows as they will be stored. Load runs a StagingJob
// with progress; afterwards the page lists what was loaded and every problem.
// The step never blocks Next: loading can be done again at any time.
class ExportPage : public StepPage
{
    Q_OBJECT

public:
    explicit ExportPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ExportPage() override;

    void initializePage() override;

    // What the file dialogs and drag and drop feed: files and folders to add.
    void addPaths(const QStringList &paths);
    // Starts loading the plan as a snapshot of the chosen kind; false (with the
    // reason shown) when the plan cannot be loaded.
    bool startLoad();
    bool isLoading() const;
    // Empty when Load is possible; otherwise why not (as shown beside it).
    QString loadBlockedReason() const;
    // The selected file's row in the plan; -1 when none.
    int currentFile() const;
    void selectFile(int row);

    // The actions behind the dialogs, each run off the GUI thread where it
    // touches the disk; the outcome is shown on the page and signalled.
    void exportIssuesTo(const QString &path);
    void writeFixListsTo(const QString &folder);
    bool saveMapToProject(const QString &name);
    void exportMapTo(const QString &path);
    void importMapFrom(const QString &path);
    void refreshOverview();

    // The message line below the tools (errors and results); empty when hidden.
    QString messageText() const;

    ExportPlanModel *planModel() const { return m_plan; }
    MappingModel *mappingModel() const { return m_mapping; }
    PreviewModel *previewModel() const { return m_preview; }
    IssueListModel *issueModel() const { return m_issues; }
    EntityCountsModel *countsModel() const { return m_counts; }
    ClientSelectionModel *clientsModel() const { return m_clients; }
    SnapshotListModel *snapshotModel() const { return m_snapshots; }
    JobProgressPanel *progressPanel() const { return m_progress; }
    qint64 shownSnapshot() const { return m_shownSnapshot; }

signals:
    void loadFinished(Cutover::Job::Outcome outcome);
    // The counts, snapshots and issues now show the project file's current state.
    void overviewRefreshed();
    // An export of issues, fix lists or a map file, or a map import, ended.
    void taskFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLoadControls();
    QWidget *buildFilesArea();
    QWidget *buildColumnsTab();
    QWidget *buildIssuesTab();
    QWidget *buildLoadedTab();
    QWidget *buildClientsTab();
    void onInclusionChanged(const QStringList &clientKeys, bool included);
    void updateClientsSummary();
    // The files on the page, kept in the project's export step data so a
    // reopened project shows them again (with the maps the user chose).
    void savePlan();
    void restorePlan();
    void finishRestore();
    void projectChanged();
    void updateLoadState();
    void showCurrentFile();
    void onMapEdited();
    void updatePreviewNote();
    void onLoadFinished(Job::Outcome outcome);
    void applyOverview(const SnapshotOverview &overview);
    void applyIssueFilter();
    void refreshSavedMaps();
    void removeSelectedFiles();
    void browseFiles();
    void browseFolder();
    void browseExportIssues();
    void browseFixLists();
    void askSaveMap();
    void browseExportMap();
    void browseImportMap();
    void showMessage(const QString &text, bool error);
    void finishTask(bool ok, const QString &message);
    QString projectPath() const;

    ExportPlanModel *m_plan;
    MappingModel *m_mapping;
    PreviewModel *m_preview;
    IssueListModel *m_issues;
    EntityCountsModel *m_counts;
    ClientSelectionModel *m_clients;
    QSortFilterProxyModel *m_clientsFilter = nullptr;
    QLabel *m_clientsSummary = nullptr;
    QMap<Entity, qint64> m_allCounts, m_includedCounts;
    QJsonArray m_restoring; // saved files being re-inspected; empty when none
    bool m_switchingProject = false;
    SnapshotListModel *m_snapshots;

    QTableView *m_filesView = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_remove = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_mappingTitle = nullptr;
    QTableView *m_mappingView = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewNote = nullptr;
    QLabel *m_previewProblems = nullptr;
    QPushButton *m_saveMap = nullptr;
    QPushButton *m_exportMap = nullptr;
    QPushButton *m_importMap = nullptr;
    QLineEdit *m_issueFilter = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_issueCount = nullptr;
    QTableView *m_issuesView = nullptr;
    QPushButton *m_exportIssues = nullptr;
    QPushButton *m_fixLists = nullptr;
    QLabel *m_loadedSummary = nullptr;
    QTableView *m_countsView = nullptr;
    QTableView *m_snapshotsView = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_loadReason = nullptr;
    QLabel *m_loadReasonIcon = nullptr;
    JobProgressPanel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_filterTimer = nullptr;

    QPointer<StagingJob> m_job;
    qint64 m_shownSnapshot = 0;
    quint64 m_overviewGeneration = 0;
    quint64 m_issueCountGeneration = 0;
    bool m_applyingEdit = false;
    bool m_kindChosen = false;
    bool m_showLoadedData = false;
};

} // namespace Cutover
