#include "ui/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace novamind {

InactivityWatcher::InactivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::timedOut);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void InactivityWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_timer.isActive())
        start();
}

void InactivityWatcher::start()
{
    m_timer.start(m_timeout);
}

void InactivityWatcher::stop()
{
    m_timer.stop();
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Only what a person does counts: timers, repaints and sync traffic must not keep a session open.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive())
            m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace novamind
