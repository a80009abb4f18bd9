#include "animationclock.h"

#include <QEvent>
#include <QWidget>

AnimationClock::AnimationClock(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_clock.start();
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AnimationClock::tick);
    widget->installEventFilter(this);
}

void AnimationClock::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (QWidget *window = m_widget->window(); window != m_widget)
        window->installEventFilter(this); // for minimising; installing twice moves it first
    updateTimer();
}

bool AnimationClock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::WindowStateChange:
        // After the event has been handled: visibility and state are then up to date.
        QMetaObject::invokeMethod(this, &AnimationClock::updateTimer, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AnimationClock::updateTimer()
{
    const bool onScreen
        = m_widget->isVisible() && !(m_widget->window()->windowState() & Qt::WindowMinimized);
    if (m_enabled && onScreen)
        m_timer.start();
    else
        m_timer.stop();
}
