#include "cryplayer.h"

#include "api/pokeapiclient.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QMediaDevices>
#include <QMediaPlayer>

CryPlayer::CryPlayer(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cries(4 * 1024 * 1024)
{
}

CryPlayer::~CryPlayer()
{
    if (m_reply)
        m_reply->abort();
    if (m_player)
        m_player->stop();
}

void CryPlayer::setCry(const QUrl &url, bool autoplay)
{
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
    stop();
    m_url = url;
    m_playWhenIn = autoplay;
    if (url.isEmpty())
        return setState(State::None, tr("PokeAPI has no cry for this Pokémon"));
    if (m_cries.contains(url)) {
        setState(State::Ready);
        if (autoplay)
            play();
        return;
    }
    if (autoplay)
        fetch();
    else
        setState(State::Ready); // fetched when played
}

void CryPlayer::play()
{
    if (m_url.isEmpty())
        return;
    if (const QByteArray *cry = m_cries.object(m_url))
        return startPlayback(*cry);
    m_playWhenIn = true;
    fetch();
}

void CryPlayer::stop()
{
    if (m_player)
        m_player->stop();
}

void CryPlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (m_output)
        m_output->setMuted(muted);
}

void CryPlayer::fetch()
{
    if (m_reply)
        return; // on its way
    setState(State::Loading);
    ApiReply *reply = m_client->fetchMedia(m_url, FetchPriority::High);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply == m_reply) // not one setCry() gave up on
            onFetched(m_url, result);
    });
}

void CryPlayer::onFetched(const QUrl &url, const ApiResult &result)
{
    m_reply = nullptr;
    const QByteArray bytes = result.as<QByteArray>();
    if (!result.isOk())
        return setState(State::Failed, tr("The cry did not load: %1").arg(result.error));
    if (bytes.isEmpty() || bytes.size() > MaxCryBytes)
        return setState(State::Failed,
                        tr("The cry did not load: it is %1 bytes long").arg(bytes.size()));
    m_cries.insert(url, new QByteArray(bytes), int(bytes.size()));
    setState(State::Ready);
    if (m_playWhenIn)
        startPlayback(bytes);
}

bool CryPlayer::makePlayer()
{
    // Asked every time: a headset may have been plugged in since.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        setState(State::NoDevice, tr("No sound output on this computer: cries cannot play"));
        return false;
    }
    if (m_player)
        return true;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setMuted(m_muted);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &why) {
                if (error != QMediaPlayer::NoError)
                    setState(State::Failed, tr("The cry cannot play: %1").arg(why));
            });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState playback) {
                if (playback == QMediaPlayer::PlayingState)
                    setState(State::Playing);
                else if (m_state == State::Playing)
                    setState(State::Ready);
            });
    return true;
}

void CryPlayer::startPlayback(const QByteArray &bytes)
{
    m_playWhenIn = false;
    if (!makePlayer())
        return;
    m_player->stop();
    // The old buffer goes only after the player has let go of it.
    QBuffer *old = m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_player->setSourceDevice(m_buffer, m_url);
    delete old;
    m_player->play();
}

void CryPlayer::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}
