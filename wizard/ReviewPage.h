#pragma once

#include "StepPage.h"
#include "review/ReviewModels.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Cutover {

class Job;
class JobProgressPanel;
class TargetConnectionBox;

// Review: within three business days of the import, check it and sign it off.
//
// Reads the target back (through its API, or the CSV package's files) and
// reconciles it with the source to the cent: counts per kind of record, money
// per client and matter, hours per user, and every difference with the records
// behind it, each to be explained in words. A seeded sample of records is
// checked side by side and accepted or flagged. The sign-off, by name, is
// refused while anything is unexplained or undecided; the report (PDF, CSV)
// and the correction list are written from here. Everything that touches the
// project file or the network runs in models/ jobs and loaders.
class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isRunning() const;
    TargetChoice targetChoice() const;
    // What the page shows now (tests read it).
    const ReviewPageState &state() const { return m_state; }

    enum class FileKind { Pdf, Csv, Corrections };
    // Writes the report or the correction list to `path` (what "Save…" does
    // after asking where); fileWritten() follows.
    void writeFile(FileKind kind, const QString &path);

public slots:
    // Reads the project again (no target reading) and shows it.
    void reload();

signals:
    // The page has shown a new state (tests wait on it).
    void stateShown();
    // A report or list was written (or failed: `error` non-empty).
    void fileWritten(const QString &path, const QString &error);

private:
    void readAndReconcile();
    void onJobFinished();
    void showState(const ReviewPageState &state);
    void updateButtons();
    void showMessage(const QString &text);

    // Spot checks.
    void drawSample();
    void onCheckSelected();
    void decide(bool accept);

    // Sign-off and files.
    void signOff();
    void saveFile(FileKind kind);

    // Shows the target box in full, or folds it to one line once connected.
    void setTargetFolded(bool folded);

    TargetConnectionBox *m_targetBox = nullptr;
    QWidget *m_targetSummary = nullptr;
    QLabel *m_targetText = nullptr;
    QPushButton *m_changeTarget = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_recompute = nullptr;
    QLabel *m_lastRead = nullptr;
    JobProgressPanel *m_panel = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;

    ReviewCountsModel *m_counts = nullptr;
    ReviewMoneyModel *m_money = nullptr;
    ReviewUsersModel *m_users = nullptr;
    ReviewDifferencesModel *m_differences = nullptr;
    SpotCheckModel *m_checks = nullptr;
    SpotCheckFieldsModel *m_fields = nullptr;

    QTableView *m_countsView = nullptr;
    QChartView *m_chart = nullptr;
    QCheckBox *m_onlyDiffering = nullptr;
    QTableView *m_moneyView = nullptr;
    QTableView *m_usersView = nullptr;
    QTableView *m_differencesView = nullptr;
    QLabel *m_unexplained = nullptr;

    QSpinBox *m_sampleSize = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_draw = nullptr;
    QTableView *m_checksView = nullptr;
    QTableView *m_fieldsView = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_flag = nullptr;

    QLabel *m_blockers = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QPushButton *m_signOff = nullptr;
    QLabel *m_signedOff = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_saveCorrections = nullptr;

    QPointer<Job> m_job;
    bool m_busy = false; // a loader, a draw, a sign-off or a file is in progress
    int m_generation = 0;
    ReviewPageState m_state;
};

} // namespace Cutover
