#include "crycontrols.h"

#include "fonts.h"

#include <QHBoxLayout>
#include <QToolButton>

CryControls::CryControls(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_mute(new QToolButton(this))
{
    m_play->setObjectName(QStringLiteral("cryPlayButton"));
    m_mute->setObjectName(QStringLiteral("cryMuteButton"));
    for (QToolButton *button : { m_play, m_mute }) {
        button->setAutoRaise(true);
        button->setFont(Fonts::scaled(button->font(), 0.9));
        button->setCursor(Qt::PointingHandCursor);
    }
    m_mute->setCheckable(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_play);
    layout->addWidget(m_mute);
    connect(m_play, &QToolButton::clicked, this, &CryControls::playRequested);
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        updateMuteButton();
        Q_EMIT mutedToggled(muted);
    });
    setState(CryPlayer::State::None, QString());
    updateMuteButton();
}

void CryControls::setState(CryPlayer::State state, const QString &message)
{
    using State = CryPlayer::State;
    switch (state) {
    case State::None:
        m_play->setText(tr("No cry"));
        break;
    case State::Loading:
        m_play->setText(tr("♪ Loading…"));
        break;
    case State::Ready:
        m_play->setText(tr("▶ Cry"));
        break;
    case State::Playing:
        m_play->setText(tr("♪ Playing"));
        break;
    case State::Failed:
        m_play->setText(tr("⚠ Cry failed"));
        break;
    case State::NoDevice:
        m_play->setText(tr("⚠ No sound"));
        break;
    }
    m_play->setEnabled(state != State::None);
    const QString tip = message.isEmpty() ? tr("Play its cry") : message;
    m_play->setToolTip(tip);
    m_play->setAccessibleName(tr("Cry"));
    m_play->setAccessibleDescription(tip);
}

void CryControls::setMuted(bool muted)
{
    m_mute->setChecked(muted);
    updateMuteButton();
}

void CryControls::updateMuteButton()
{
    const bool muted = m_mute->isChecked();
    m_mute->setText(muted ? tr("Muted") : tr("Mute"));
    m_mute->setToolTip(muted ? tr("Cries are muted: click to hear them")
                             : tr("Mute cries: none plays by itself"));
    m_mute->setAccessibleName(muted ? tr("Unmute cries") : tr("Mute cries"));
}
