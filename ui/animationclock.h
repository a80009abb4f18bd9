#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QWidget;

// The time animated sprites are drawn at, and a tick (25 a second) for repainting them, for
// one widget: it ticks only while switched on and the widget is on screen (shown, its window
// not minimised), so nothing animates off screen. Every animation on the widget shares it:
// one timer, whatever the number of sprites.
class AnimationClock : public QObject
{
    Q_OBJECT
public:
    static constexpr int TickMs = 40;

    explicit AnimationClock(QWidget *widget);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isTicking() const { return m_timer.isActive(); }
    qint64 now() const { return m_clock.elapsed(); } // ms since the clock was made

Q_SIGNALS:
    void tick();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTimer();

    QWidget *m_widget;
    bool m_enabled = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};
