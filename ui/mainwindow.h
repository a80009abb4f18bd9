#pragma once

#include <QMainWindow>

class CardView;
class PokeApiClient;
class QAction;
class SearchBar;
class SearchController;
class SearchStatus;
class SpriteCache;

// Wires the search bar, the card view and the status bar to a SearchController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent = nullptr);

    // Puts `text` in the search bar and searches for it (names given on the command line).
    void search(const QString &text);

    SearchBar *searchBar() const { return m_searchBar; }
    CardView *cardView() const { return m_cardView; }
    SearchStatus *searchStatus() const { return m_status; }
    QAction *retryFailedAction() const { return m_retryFailed; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRetryFailed();

    SearchController *m_controller;
    SpriteCache *m_sprites;
    SearchBar *m_searchBar;
    CardView *m_cardView;
    SearchStatus *m_status;
    QAction *m_retryFailed = nullptr;
};
