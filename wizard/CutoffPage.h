#pragma once

#include "StepPage.h"
#include "domain/Cutoff.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimeEdit;

namespace Cutover {

class Job;
class JobProgressPanel;
class RecordTableModel;

// Cutoff: the date, time and zone after which new work goes into the new system
// only, checked across DST and counted in business days; and, once a re-export
// follows the final one, what it has new, changed or deleted.
class CutoffPage : public StepPage
{
    Q_OBJECT

public:
    explicit CutoffPage(ProjectSession *session, QWidget *parent = nullptr);
    ~CutoffPage() override;

    void initializePage() override;

    // The cutoff the editors describe now (invalid when they do not name one moment).
    Cutoff editedCutoff() const;
    // Saves the edited cutoff; false (with a message shown) when it cannot be.
    bool saveCutoff();

signals:
    // Snapshots were re-flagged against a changed cutoff.
    void reflagged();
    // The Business-day calendar dialog is about to open.
    void calendarRequested();

private:
    void projectChanged();
    void showStored();
    void updateResolution();
    void refreshDelta();
    void openCalendar();
    void showDeltaRows();

    QPointer<Job> m_job;
    bool m_loading = false;

    QLabel *m_current = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_resolution = nullptr;
    QRadioButton *m_earlier = nullptr;
    QRadioButton *m_later = nullptr;
    QPushButton *m_useNext = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_calendar = nullptr;
    JobProgressPanel *m_progress = nullptr;

    QGroupBox *m_deltaBox = nullptr;
    QLabel *m_deltaLine = nullptr;
    RecordTableModel *m_deltaCounts = nullptr;
    QTableView *m_deltaCountsView = nullptr;
    QComboBox *m_deltaFilter = nullptr;
    QLabel *m_deltaFilterLabel = nullptr;
    RecordTableModel *m_deltaRows = nullptr;
    QTableView *m_deltaRowsView = nullptr;
    qint64 m_deltaSnapshot = 0;
};

} // namespace Cutover
