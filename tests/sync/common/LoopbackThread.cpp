// LoopbackThread: a thread with its own Qt event loop, so test servers answer while the test blocks in a send().
#include "LoopbackThread.h"

namespace novamind::testkit {

LoopbackThread::LoopbackThread()
    : m_context(std::make_unique<QObject>())
{
    m_thread.start();
    m_context->moveToThread(&m_thread);
}

LoopbackThread::~LoopbackThread()
{
    stop();
}

void LoopbackThread::run(const std::function<void()> &fn)
{
    if (QThread::currentThread() == &m_thread) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(m_context.get(), fn, Qt::BlockingQueuedConnection);
}

void LoopbackThread::stop(const std::function<void()> &teardown)
{
    if (m_stopped)
        return;
    m_stopped = true;
    // Children of the context (servers, sockets) must die in the thread that owns them.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, teardown] {
            if (teardown)
                teardown();
            qDeleteAll(m_context->children());
            m_context->moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace novamind::testkit
