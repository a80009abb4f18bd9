#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

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
    void progressChanged(int done, int total);
    void searchFinished(const QString &summary);
    void setQueueCounts(int inFlight, int pending);

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QLabel *m_network;
};
