#pragma once

#include <QByteArray>
#include <QCache>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiReply;
class PokeApiClient;
class QAudioOutput;
class QBuffer;
class QMediaPlayer;
struct ApiResult;

// A Pokémon's cry: fetched through the PokeApiClient (its queue and disk cache) the first
// time it is wanted, kept in memory, and played from memory by Qt Multimedia. Where there is
// nothing to play it through (no audio device, as on a server or under Xvfb) or the cry does
// not come (404, network) it says so in state() and message(), and never waits for anything.
class CryPlayer : public QObject
{
    Q_OBJECT
public:
    enum class State {
        None, // the Pokémon has no cry
        Loading,
        Ready,
        Playing,
        Failed, // the cry did not come or does not play: message() says why
        NoDevice, // nothing to play it through
    };
    Q_ENUM(State)

    static constexpr qint64 MaxCryBytes = 1024 * 1024; // cries are 5 to 60 KB

    explicit CryPlayer(PokeApiClient *client, QObject *parent = nullptr);
    ~CryPlayer() override;

    // A new Pokémon's cry (empty: it has none); with `autoplay` it plays as soon as it is in.
    void setCry(const QUrl &url, bool autoplay);
    void play();
    void stop();
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }

    QUrl url() const { return m_url; }
    State state() const { return m_state; }
    QString message() const { return m_message; } // for people; empty when all is well

Q_SIGNALS:
    void stateChanged(CryPlayer::State state, const QString &message);

private:
    void fetch();
    void onFetched(const QUrl &url, const ApiResult &result);
    void startPlayback(const QByteArray &bytes);
    bool makePlayer(); // false, with the state set, when there is no output
    void setState(State state, const QString &message = QString());

    PokeApiClient *m_client;
    QUrl m_url;
    bool m_playWhenIn = false;
    bool m_muted = false;
    QPointer<ApiReply> m_reply;
    QCache<QUrl, QByteArray> m_cries; // by URL, bounded by bytes
    QMediaPlayer *m_player = nullptr; // made when first needed
    QAudioOutput *m_output = nullptr;
    QBuffer *m_buffer = nullptr; // what m_player reads
    State m_state = State::None;
    QString m_message;
};
