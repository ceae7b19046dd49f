#include "Job.h"

#include <QThread>

namespace Cutover {

Job::Job(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Cutover::JobProgress>();
    qRegisterMetaType<Cutover::Job::Outcome>();
}

Job::~Job()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
        // The thread's queued "finished" handler refers to this job: deleting
        // the thread (its context) drops it, so a job destroyed right after it
        // finished leaves nothing behind that points at it.
        delete m_thread;
        m_thread = nullptr;
    }
}

Job::Outcome Job::run()
{
    m_running.store(true);
    m_error.clear();
    m_summary.clear();
    m_lastEmitMs = -1;
    m_clock.start();
    // A job that finished its work reports success even if a cancel arrived
    // after its last check: what it did is complete and kept.
    m_outcome = execute();
    m_running.store(false);
    emit finished(m_outcome);
    return m_outcome;
}

void Job::start()
{
    Q_ASSERT(!m_thread && !parent());
    m_running.store(true);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("job-%1").arg(QString::fromLatin1(metaObject()->className())));
    QThread *home = thread() ? thread() : QThread::currentThread();
    moveToThread(m_thread);
    connect(m_thread, &QThread::started, this, [this, home] {
        run();
        // Back to the thread that started it, so it can be deleted there.
        moveToThread(home);
        m_thread->quit();
    });
    connect(m_thread, &QThread::finished, m_thread, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void Job::reportProgress(qint64 done, qint64 total, qint64 items, const QString &stage, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastEmitMs >= 0 && now - m_lastEmitMs < 100)
        return;
    m_lastEmitMs = now;
    JobProgress p;
    p.done = done;
    p.total = total;
    p.items = items;
    p.stage = stage;
    p.elapsedMs = now;
    if (now > 0) {
        p.itemsPerSecond = double(items) * 1000.0 / double(now);
        if (total > 0 && done > 0 && done <= total && now >= 500) {
            const double perUnitMs = double(now) / double(done);
            p.etaSeconds = qint64(perUnitMs * double(total - done) / 1000.0 + 0.5);
        }
    }
    emit progressChanged(p);
}

Job::Outcome Job::failWith(const QString &message)
{
    m_error = message;
    return Outcome::Failed;
}

} // namespace Cutover
