#pragma once
// LoopbackThread: a thread with its own Qt event loop, so test servers answer while the test blocks in a send().

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace novamind::testkit {

class LoopbackThread
{
public:
    LoopbackThread();
    ~LoopbackThread();
    LoopbackThread(const LoopbackThread &) = delete;
    LoopbackThread &operator=(const LoopbackThread &) = delete;

    // Runs fn in the thread and waits for it; objects created there live in the thread.
    void run(const std::function<void()> &fn);
    // The object to parent the thread's objects to and to use as the context of their connections.
    QObject *context() const { return m_context.get(); }
    // Runs `teardown` in the thread (to delete what lives there), then ends the thread. Idempotent.
    void stop(const std::function<void()> &teardown = {});

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    bool m_stopped = false;
};

} // namespace novamind::testkit
