#include "detailhistory.h"

DetailHistory::DetailHistory(QObject *parent)
    : QObject(parent)
{
}

void DetailHistory::visit(const QString &slug)
{
    if (slug.isEmpty() || slug == current())
        return;
    m_entries.erase(m_entries.begin() + (m_current + 1), m_entries.end());
    m_entries.append(slug);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    m_current = int(m_entries.size()) - 1;
    Q_EMIT changed();
}

QString DetailHistory::back()
{
    if (!canGoBack())
        return {};
    --m_current;
    Q_EMIT changed();
    return current();
}

QString DetailHistory::forward()
{
    if (!canGoForward())
        return {};
    ++m_current;
    Q_EMIT changed();
    return current();
}

void DetailHistory::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    m_current = -1;
    Q_EMIT changed();
}
