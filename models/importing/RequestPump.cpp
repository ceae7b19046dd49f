#include "RequestPump.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace Cutover {

RequestPump::RequestPump(int concurrency, std::function<bool()> stopped, std::function<bool()> paused)
    : m_concurrency(qMax(1, concurrency))
    , m_stopped(std::move(stopped))
    , m_paused(std::move(paused))
{
}

bool RequestPump::run(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return !m_stopped();
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    bool pumping = false;
    bool again = false;
    bool finished = false;

    std::function<void()> pump = [&] {
        // A task that answers at once calls done() inside this loop: go round
        // again instead of nesting.
        if (pumping) {
            again = true;
            return;
        }
        pumping = true;
        do {
            again = false;
            const bool stopped = m_stopped();
            while (!stopped && !m_paused() && inFlight < m_concurrency && next < tasks.size()) {
                ++inFlight;
                auto once = std::make_shared<bool>(false);
                const Task &task = tasks.at(next++);
                task([&, once] {
                    if (*once)
                        return;
                    *once = true;
                    --inFlight;
                    pump();
                });
            }
            if (inFlight == 0 && (stopped || next >= tasks.size()) && !finished) {
                finished = true;
                loop.quit();
            }
        } while (again);
        pumping = false;
    };

    // Pause and stop are polled: they are flags set from other threads.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] { pump(); });
    poll.start();
    QTimer::singleShot(0, &loop, [&] { pump(); });
    loop.exec();
    return next >= tasks.size() && !m_stopped();
}

} // namespace Cutover
