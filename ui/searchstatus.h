#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

// The status bar's account of the search: "Searching… 3 / 4" with a progress bar while it
// runs, then the controller's summary; and on the right, what the network is doing.
class SearchStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SearchStatus(QWidget *parent = nullptr);

    QString text() const;
    QString networkText() const;
    bool isBusy() const;

    void searchStarted(int total);
    // The search waits for the names table (a moment after start); busy until it starts.
    void waitingForNames();
    void progressChanged(int done, int total);
    void searchFinished(const QString &summary);
    void setQueueCounts(int inFlight, int pending);
    // The server asked us to slow down: said beside the counts until the pause is over.
    void rateLimited(const QString &host, int delayMs);
    // Which protocol each host speaks, in the network text's tooltip.
    void setProtocol(const QString &host, bool http2);

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: the idle words again

private:
    void showNetwork();

    QLabel *m_label;
    QProgressBar *m_progress;
    QLabel *m_network;
    QTimer *m_slowDownEnds;
    int m_inFlight = 0;
    int m_pending = 0;
    QString m_slowDown;
    bool m_idle = true; // "Ready": nothing searched yet
    QMap<QString, bool> m_protocols;
};
