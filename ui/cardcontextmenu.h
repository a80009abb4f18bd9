#pragma once

#include <QMenu>
#include <QPersistentModelIndex>

// The menu of one card: Open (in the details pane), Copy Name, Copy as Text, Search Its
// Evolution Line, and Retry on a failed card (Load on one a cancel left unloaded). Copying is
// done here; opening, searching and retrying are the window's to do.
class CardContextMenu : public QMenu
{
    Q_OBJECT
public:
    explicit CardContextMenu(const QModelIndex &card, QWidget *parent = nullptr);

    QAction *openAction() const { return m_open; }
    QAction *copyNameAction() const { return m_copyName; }
    QAction *copyTextAction() const { return m_copyText; }
    QAction *evolutionLineAction() const { return m_evolutionLine; }
    // Retry, or Load; null unless the card failed or was not loaded.
    QAction *retryAction() const { return m_retry; }

Q_SIGNALS:
    void openRequested(const QModelIndex &card);
    void retryRequested(const QModelIndex &card);
    // Search for every Pokémon of the card's evolution line.
    void evolutionLineRequested(const QModelIndex &card);

private:
    QPersistentModelIndex m_card; // rows may change while the menu is up
    QAction *m_open;
    QAction *m_copyName;
    QAction *m_copyText;
    QAction *m_evolutionLine;
    QAction *m_retry = nullptr;
};
