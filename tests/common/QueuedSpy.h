// QueuedSpy: records a signal that is emitted on another thread, safely, for tests.
//
// QSignalSpy connects directly, so a signal from a worker thread is appended while the test thread may be reading
// the list, and a signal that arrives before wait() is called is missed by it (wait() only counts later ones).
// QueuedSpy receives the signal queued on the test thread instead: the recorded values change only while the test
// thread processes events, and waitFor(n) waits for a total, so an early signal is never lost.
#pragma once

#include <QObject>
#include <QTest>
#include <tuple>
#include <type_traits>
#include <vector>

namespace novamind::test {

template<typename Sender, typename... Args> class QueuedSpy
{
public:
    using Call = std::tuple<std::decay_t<Args>...>;

    QueuedSpy(Sender *sender, void (Sender::*signal)(Args...))
    {
        QObject::connect(
            sender, signal, &m_receiver, [this](Args... args) { m_calls.emplace_back(std::decay_t<Args>(args)...); },
            Qt::QueuedConnection);
    }

    QueuedSpy(const QueuedSpy &) = delete;
    QueuedSpy &operator=(const QueuedSpy &) = delete;

    // Processes events until at least `count` signals have arrived in total; false on timeout.
    [[nodiscard]] bool waitFor(std::size_t count, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return m_calls.size() >= count; }, timeoutMs);
    }

    std::size_t size() const { return m_calls.size(); }
    bool empty() const { return m_calls.empty(); }
    const Call &at(std::size_t i) const { return m_calls.at(i); }
    // The first argument of call i, for the common single-argument signal.
    const auto &value(std::size_t i) const { return std::get<0>(m_calls.at(i)); }
    const auto &lastValue() const { return std::get<0>(m_calls.back()); }

private:
    QObject m_receiver; // lives on the thread that made the spy, so the connection delivers there
    std::vector<Call> m_calls;
};

} // namespace novamind::test
