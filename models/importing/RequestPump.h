#pragma once

#include <QList>

#include <functional>

namespace Cutover {

// Keeps up to N asynchronous requests in flight on the calling thread, driven
// by a local event loop (the connector answers on this thread). While paused
// nothing new starts; once stopped nothing new starts and run() returns when
// the requests in flight have answered, so every answer lands in the ledger.
class RequestPump
{
public:
    using Done = std::function<void()>;
    // A task starts its request and calls `done` exactly once when it is
    // handled (it may call it at once when there is nothing to send).
    using Task = std::function<void(const Done &done)>;

    RequestPump(int concurrency, std::function<bool()> stopped, std::function<bool()> paused);

    // True when every task ran; false when stopped first.
    bool run(const QList<Task> &tasks);

private:
    int m_concurrency;
    std::function<bool()> m_stopped;
    std::function<bool()> m_paused;
};

} // namespace Cutover
