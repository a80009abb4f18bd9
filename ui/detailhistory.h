#pragma once

#include <QObject>
#include <QStringList>

// The Pokémon opened in the details pane, in order, the way a browser keeps pages: visiting
// one after going back drops what lay ahead; back() and forward() step through the rest.
// Entries are slugs, as DetailPresenter::open() takes them.
class DetailHistory : public QObject
{
    Q_OBJECT
public:
    // Older entries go first once there are more.
    static constexpr int MaxEntries = 100;

    explicit DetailHistory(QObject *parent = nullptr);

    // Nothing changes when `slug` is the current entry.
    void visit(const QString &slug);
    // The entry now current, or an empty string (and no change) when there is none that way.
    QString back();
    QString forward();
    void clear();

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    QString current() const { return m_entries.value(m_current); }
    QStringList entries() const { return m_entries; }

Q_SIGNALS:
    void changed();

private:
    QStringList m_entries;
    int m_current = -1;
};
