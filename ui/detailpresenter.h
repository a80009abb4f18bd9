#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"

#include <QObject>
#include <QPointer>

class CryPlayer;
class DetailHistory;
class DetailPane;
class PokeApiClient;
class PokemonDetailsLoader;
class PokemonListModel;
class PokemonLookup;
class PokemonSheetLoader;
class QModelIndex;

// Feeds a DetailPane. Showing a Pokémon puts what its card already knows on screen and asks
// a PokemonDetailsLoader for the rest (species, matchups, evolution chain, artwork — all at
// once through the client's bounded queue); each part goes to the pane as it lands, the
// artwork decoded on a worker thread. A newer Pokémon cancels what the older one still had
// in flight. Its cry plays as it opens (MediaSettings), through the pane's CryControls.
//
// Opening a Pokémon by name (an evolution member or a form clicked in the pane) selects its
// card when the grid has one; otherwise it is looked up directly through the client and
// shown in the pane only, so the search the person made stays as it was. Every Pokémon put on
// show goes into a DetailHistory, which back() and forward() step through.
class DetailPresenter : public QObject
{
    Q_OBJECT
public:
    DetailPresenter(PokeApiClient *client, PokemonListModel *cards, DetailPane *pane,
                    QObject *parent = nullptr);
    ~DetailPresenter() override;

    // Shows the Pokémon of a Loaded card; false (and nothing shown) for any other card.
    bool showCard(const QModelIndex &card);
    // Nothing new is asked when `pokemon` is already on show.
    void show(const Pokemon &pokemon);
    void open(const QString &slug);
    // The Pokémon shown before (after) the one on show; false when there is none.
    bool back();
    bool forward();
    // Stops whatever the pane was still waiting for (the pane was closed).
    void cancel();

    PokemonDetailsLoader *loader() const { return m_loader; }
    PokemonSheetLoader *sheetLoader() const { return m_sheetLoader; }
    DetailHistory *history() const { return m_history; }
    CryPlayer *cryPlayer() const { return m_cry; }
    bool isLookingUp() const { return !m_lookup.isNull(); }

Q_SIGNALS:
    // Select card `row` of the grid; -1: no card (the pane shows a Pokémon the grid lacks).
    void cardRequested(int row);

private:
    int loadedCardOf(const QString &slug) const;
    bool isShowing(const QString &name) const;
    void display(const Pokemon &pokemon);
    void openBySlug(const QString &slug);
    void retry(DetailSection part);
    void decodeArtwork(const QByteArray &bytes);
    void connectSheet();
    void connectCry();
    void abortLookup();

    PokeApiClient *m_client;
    PokemonListModel *m_cards;
    DetailPane *m_pane;
    PokemonDetailsLoader *m_loader;
    PokemonSheetLoader *m_sheetLoader;
    DetailHistory *m_history;
    CryPlayer *m_cry;
    QPointer<PokemonLookup> m_lookup;
    QString m_lookupSlug; // what was opened by name, for a Retry of its lookup
    bool m_loaded = false; // the loader works (or worked) for the Pokémon on show
    quint64 m_generation = 0; // artwork decoded for an older Pokémon is dropped
};
