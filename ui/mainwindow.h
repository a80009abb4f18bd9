#pragma once

#include <QMainWindow>

class CardView;
class DetailHost;
class DetailPane;
class DetailPresenter;
class PokeApiClient;
class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class SearchBar;
class SearchController;
class SearchStatus;
class SpriteCache;

// Wires the search bar, the card grid, the detail pane beside or over it and the status bar to
// a SearchController and a DetailPresenter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent = nullptr);

    // Puts `text` in the search bar and searches for it, closing the pane (Enter in the search
    // bar, a did-you-mean, names given on the command line).
    void search(const QString &text);

    SearchBar *searchBar() const { return m_searchBar; }
    CardView *cardView() const { return m_cardView; }
    SearchStatus *searchStatus() const { return m_status; }
    DetailPane *detailPane() const { return m_detailPane; }
    DetailPresenter *detailPresenter() const { return m_details; }
    DetailHost *detailHost() const { return m_host; }
    QSplitter *splitter() const;
    QAction *retryFailedAction() const { return m_retryFailed; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *workOfflineAction() const { return m_workOffline; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions(PokeApiClient *client);
    void updateRetryFailed();
    void openCard(const QModelIndex &index);
    void selectCard(int row);
    void closeDetails();
    void escape();

    SearchController *m_controller;
    SpriteCache *m_sprites;
    SearchBar *m_searchBar;
    CardView *m_cardView;
    DetailPane *m_detailPane;
    DetailPresenter *m_details;
    DetailHost *m_host;
    SearchStatus *m_status;
    QLabel *m_offlineBadge;
    QAction *m_retryFailed = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_workOffline = nullptr;
};
