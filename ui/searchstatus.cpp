#include "searchstatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

SearchStatus::SearchStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_network(new QLabel(this))
    , m_slowDownEnds(new QTimer(this))
{
    m_slowDownEnds->setSingleShot(true);
    connect(m_slowDownEnds, &QTimer::timeout, this, [this] {
        m_slowDown.clear();
        showNetwork();
    });
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(12);
    m_progress->hide();
    m_network->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_network);
    m_label->setText(tr("Ready"));
}

QString SearchStatus::text() const
{
    return m_label->text();
}

QString SearchStatus::networkText() const
{
    return m_network->text();
}

bool SearchStatus::isBusy() const
{
    return m_progress->isVisibleTo(this);
}

void SearchStatus::searchStarted(int total)
{
    progressChanged(0, total);
}

void SearchStatus::changeEvent(QEvent *event)
{
    // A summary is redone by the next search; "Ready" is said again in the new language.
    if (event->type() == QEvent::LanguageChange && m_idle)
        m_label->setText(tr("Ready"));
    QWidget::changeEvent(event);
}

void SearchStatus::waitingForNames()
{
    m_idle = false;
    m_label->setText(tr("Getting the names in every language ready…"));
    m_progress->setRange(0, 0); // busy, no count yet
    m_progress->show();
}

void SearchStatus::progressChanged(int done, int total)
{
    if (total <= 0 || done >= total)
        return; // finished() brings the summary
    m_idle = false;
    m_label->setText(tr("Searching… %1 / %2").arg(done).arg(total));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
}

void SearchStatus::searchFinished(const QString &summary)
{
    m_progress->hide();
    m_idle = false;
    m_label->setText(summary);
}

void SearchStatus::setQueueCounts(int inFlight, int pending)
{
    m_inFlight = inFlight;
    m_pending = pending;
    showNetwork();
}

void SearchStatus::rateLimited(const QString &host, int delayMs)
{
    m_slowDown
        = tr("%1 asked us to slow down: waiting %2 s").arg(host).arg(delayMs / 1000.0, 0, 'f', 1);
    m_slowDownEnds->start(qMax(0, delayMs));
    showNetwork();
}

void SearchStatus::setProtocol(const QString &host, bool http2)
{
    m_protocols.insert(host, http2);
    QStringList lines;
    for (auto it = m_protocols.cbegin(); it != m_protocols.cend(); ++it)
        lines << tr("%1: %2").arg(
            it.key(), it.value() ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1"));
    m_network->setToolTip(lines.join(u'\n'));
}

void SearchStatus::showNetwork()
{
    QString counts;
    if (m_pending == 0 && m_inFlight > 0)
        counts = m_inFlight == 1 ? tr("1 request in flight")
                                 : tr("%1 requests in flight").arg(m_inFlight);
    else if (m_pending > 0)
        counts = tr("%1 in flight, %2 queued").arg(m_inFlight).arg(m_pending);
    if (m_slowDown.isEmpty())
        m_network->setText(counts);
    else if (counts.isEmpty())
        m_network->setText(m_slowDown);
    else
        m_network->setText(tr("%1 — %2").arg(m_slowDown, counts));
}
