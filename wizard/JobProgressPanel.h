#pragma once

#include "jobs/Job.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Cutover {

// Shows a running job: what it is doing, a progress bar, records handled, the
// rate, the time left and the time taken, with a Cancel button; at the end, the
// job's summary (or its error, or that it was cancelled) until the next job.
// Reusable by every step that runs a Job. While a job runs its progress also
// shows on the launcher entry, and a job that ran a while and ends while the
// window is not active says so in a desktop notification (DesktopIntegration).
class JobProgressPanel : public QFrame
{
    Q_OBJECT

public:
    explicit JobProgressPanel(QWidget *parent = nullptr);

    // Follows `job` (not owned) until it finishes; Cancel cancels it.
    void track(Job *job);
    bool isRunning() const { return !m_job.isNull() && m_running; }

    QPushButton *cancelButton() const { return m_cancel; }
    QString stageText() const;
    // The summary, error or cancellation shown once the job ended; empty before.
    QString resultText() const;

    // Starts `job` on its worker thread and deletes it once that thread is gone
    // (not before: the job's thread still refers to it for a moment after
    // finished()). The caller keeps at most a QPointer to it.
    static void startAndDispose(Job *job);

    static QString formatDuration(qint64 seconds);

    // A job that ran at least this long and ends while the window is not active
    // ends with a desktop notification (10 s unless a test says otherwise).
    void setNotificationThreshold(qint64 ms) { m_notifyAfterMs = ms; }
    qint64 notificationThreshold() const { return m_notifyAfterMs; }

private:
    void onProgress(const Cutover::JobProgress &progress);
    void onFinished(Cutover::Job::Outcome outcome);

    void notifyDesktop(Cutover::Job::Outcome outcome, const QString &text);

    QPointer<Job> m_job;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_notifyAfterMs = 10000;
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace Cutover
