#pragma once
// InactivityWatcher: notices when nobody has touched the application for a while (keyboard, mouse, wheel, touch).

#include <QObject>
#include <QTimer>
#include <chrono>

namespace novamind {

class InactivityWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches every window of the application; starts stopped.
    explicit InactivityWatcher(QObject *parent = nullptr);
    ~InactivityWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Starts (or restarts) counting; stop() while there is nothing to protect, e.g. when already locked.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(10)};
};

} // namespace novamind
