#include "searchstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

SearchStatus::SearchStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_network(new QLabel(this))
{
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

void SearchStatus::progressChanged(int done, int total)
{
    if (total <= 0 || done >= total)
        return; // finished() brings the summary
    m_label->setText(tr("Searching… %1 / %2").arg(done).arg(total));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
}

void SearchStatus::searchFinished(const QString &summary)
{
    m_progress->hide();
    m_label->setText(summary);
}

void SearchStatus::setQueueCounts(int inFlight, int pending)
{
    if (inFlight == 0 && pending == 0)
        m_network->clear();
    else if (pending == 0)
        m_network->setText(inFlight == 1 ? tr("1 request in flight")
                                         : tr("%1 requests in flight").arg(inFlight));
    else
        m_network->setText(tr("%1 in flight, %2 queued").arg(inFlight).arg(pending));
}
