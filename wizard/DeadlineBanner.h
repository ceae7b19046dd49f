#pragma once

#include "review/ReviewState.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Cutover {

class ProjectSession;

// The review window on every page once something has been imported: business
// days and hours left until the deadline (the firm's zone and holiday
// calendar), urgent on the last day, then closed or signed off. Reads the
// project off the GUI thread and again every minute.
class DeadlineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DeadlineBanner(ProjectSession *session, QWidget *parent = nullptr);

    ReviewClock clock() const { return m_clock; }
    QString text() const;
    // The instant the banner counts from (tests pin it; default: the clock's now).
    void setNowForTesting(const QDateTime &nowUtc);

public slots:
    void refresh();

signals:
    // "Review now" was pressed.
    void reviewRequested();
    // The banner has read the project again (tests wait on it).
    void refreshed();

private:
    void showClock(const ReviewClock &clock);

    ProjectSession *m_session;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_review = nullptr;
    QTimer *m_timer = nullptr;
    ReviewClock m_clock;
    QDateTime m_pinnedNow;
    int m_generation = 0;
};

} // namespace Cutover
