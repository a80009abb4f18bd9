#pragma once

#include "cryplayer.h"

#include <QWidget>

class QToolButton;

// The pane's cry buttons: Play, which says why when the cry cannot play, and a Mute toggle.
// Only a view: DetailPresenter wires it to its CryPlayer.
class CryControls : public QWidget
{
    Q_OBJECT
public:
    explicit CryControls(QWidget *parent = nullptr);

    void setState(CryPlayer::State state, const QString &message);
    void setMuted(bool muted);

    QToolButton *playButton() const { return m_play; }
    QToolButton *muteButton() const { return m_mute; }

Q_SIGNALS:
    void playRequested();
    void mutedToggled(bool muted);

private:
    void updateMuteButton();

    QToolButton *m_play;
    QToolButton *m_mute;
};
