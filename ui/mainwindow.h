#pragma once

#include <QMainWindow>
#include <memory>

class CardView;
class DetailHost;
class DetailPane;
class DetailPresenter;
class EvolutionLineLookup;
class FilterBar;
class PokeApiClient;
class PokemonFilterModel;
class QAction;
class QDialog;
class QLabel;
class QModelIndex;
class QSplitter;
class SearchBar;
class SearchController;
class SearchStatus;
class SpriteCache;
class TeamFeatures;
struct WindowActions;

// Wires the search bar, the filter bar, the card grid (through a PokemonFilterModel), the
// detail pane beside or over it and the status bar to a SearchController and a DetailPresenter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts `text` in the search bar and searches for it, closing the pane (Enter in the search
    // bar, a did-you-mean, names given on the command line). Nothing shows the dex; groups alone
    // ("type:dragon gen:9") filter it.
    void search(const QString &text);

    SearchBar *searchBar() const { return m_searchBar; }
    CardView *cardView() const { return m_cardView; }
    FilterBar *filterBar() const { return m_filterBar; }
    PokemonFilterModel *cardFilter() const { return m_filter; }
    SearchStatus *searchStatus() const { return m_status; }
    DetailPane *detailPane() const { return m_detailPane; }
    DetailPresenter *detailPresenter() const { return m_details; }
    DetailHost *detailHost() const { return m_host; }
    QSplitter *splitter() const;
    const WindowActions &actions() const { return *m_actions; }
    QAction *retryFailedAction() const;
    QAction *refreshAction() const;
    QAction *workOfflineAction() const;
    TeamFeatures *team() const { return m_team; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; // LanguageChange: retranslate()
    void mousePressEvent(QMouseEvent *event) override;

private:
    // The window's words, the cards' names and the completer in the display language.
    void retranslate();
    void connectActions(PokeApiClient *client);
    void showDialog(QDialog *dialog);
    void showCardMenu(const QModelIndex &card, const QPoint &globalPos);
    void updateRetryFailed();
    // Retrying while offline asks the cache alone: say so in the status bar.
    void noteRetry();
    void updateHistoryActions();
    void openCard(const QModelIndex &index);
    void searchEvolutionLine(const QModelIndex &card);
    void selectCard(int row);
    int sourceRow(const QModelIndex &card) const;
    void closeDetails();
    void escape();

    SearchController *m_controller;
    PokeApiClient *m_client;
    SpriteCache *m_sprites;
    SearchBar *m_searchBar;
    PokemonFilterModel *m_filter;
    FilterBar *m_filterBar;
    CardView *m_cardView;
    DetailPane *m_detailPane;
    DetailPresenter *m_details;
    DetailHost *m_host;
    SearchStatus *m_status;
    EvolutionLineLookup *m_evolutionLine;
    QLabel *m_offlineBadge;
    std::unique_ptr<WindowActions> m_actions;
    TeamFeatures *m_team;
};
