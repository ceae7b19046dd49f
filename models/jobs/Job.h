#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Cutover {

struct JobProgress
{
    qint64 done = 0; // units of work done (bytes for staging)
    qint64 total = 0; // 0 when unknown
    qint64 items = 0; // records handled so far
    double itemsPerSecond = 0;
    qint64 etaSeconds = -1; // -1 when unknown
    qint64 elapsedMs = 0;
    QString stage; // translated: "Reading time.csv"
};

// Long work (staging, importing, reconciling, report writing): runs on a worker
// thread with its own database connection, reports progress with rate and ETA,
// and can be cancelled. The GUI starts one with start(); the CLI calls run().
class Job : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    ~Job() override;

    // Runs the job on the calling thread and returns how it ended.
    Outcome run();
    // Moves the job to a new thread and runs it there; the thread ends and is
    // deleted when the job finishes. The job itself is not deleted.
    void start();
    bool isRunning() const { return m_running.load(); }
    // Thread-safe. The job stops at its next check, leaving nothing half done.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    Outcome outcome() const { return m_outcome; }
    QString errorString() const { return m_error; }
    // Translated, one or two sentences: what the job did.
    QString summary() const { return m_summary; }

signals:
    void progressChanged(const Cutover::JobProgress &progress);
    void finished(Cutover::Job::Outcome outcome);

protected:
    explicit Job(QObject *parent = nullptr);

    virtual Outcome execute() = 0;

    // Emits progress at most ten times a second (always when `force`); computes
    // the rate and the ETA from `done`/`total`.
    void reportProgress(qint64 done, qint64 total, qint64 items, const QString &stage, bool force = false);
    Outcome failWith(const QString &message);
    void setSummary(const QString &summary) { m_summary = summary; }

private:
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_running { false };
    Outcome m_outcome = Outcome::Succeeded;
    QString m_error;
    QString m_summary;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1;
    QThread *m_thread = nullptr;
};

} // namespace Cutover

Q_DECLARE_METATYPE(Cutover::JobProgress)
