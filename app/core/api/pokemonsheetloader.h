#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"
#include "api/pokemonsheet.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

class PokeApiClient;
class ApiReply;
struct ApiResult;

// Loads a Pokémon's sheet: its /pokemon answer again (learnset, EV yield, held items; the
// disk cache has it), its abilities' texts and its encounters, all at once; then, for one
// game, every move of its learnset and the machine that teaches each machine move there, all
// through the client's bounded queue, each announced as it lands. Moves, abilities and
// machines are fetched once and kept for the session: a second Pokémon costs only what was
// not seen yet. Loaders that share a SheetMemory (several sheets at once) share what they saw.
class PokemonSheetLoader : public QObject
{
    Q_OBJECT
public:
    // What loaders have seen this session: moves, abilities and machine labels.
    struct Memory
    {
        QHash<QString, MoveDetails> moves;
        QHash<QString, AbilityDetails> abilities;
        QHash<QUrl, QString> machines; // machine URL -> "TM126"
    };

    explicit PokemonSheetLoader(PokeApiClient *client, QObject *parent = nullptr);
    PokemonSheetLoader(PokeApiClient *client, std::shared_ptr<Memory> memory,
                       QObject *parent = nullptr);
    ~PokemonSheetLoader() override;

    // Cancels what the previous load still had in flight. The moves shown are those of `game`
    // (a version group), or of the newest game the Pokémon has moves in.
    void load(const Pokemon &pokemon, const QString &game = {});
    // The moves of another game of the loaded Pokémon.
    void showGame(const QString &game);
    // Asks again for what failed of `part` (Abilities, Moves, Encounters, Breeding).
    void retry(DetailSection part);
    void cancel();

    Pokemon pokemon() const { return m_pokemon; }
    const PokemonSheet &sheet() const { return m_sheet; }
    QString game() const { return m_game; }
    // What is known this session, for rows filled before their signal was connected.
    const MoveDetails *move(const QString &name) const;
    // "TM126" when the machine teaching `move` in `game` is known.
    QString machineLabel(const QString &move, const QString &game) const;
    const AbilityDetails *ability(const QString &name) const;
    // Nothing this load asked for is still on its way.
    bool isSettled() const;

Q_SIGNALS:
    void sheetLoaded(const PokemonSheet &sheet);
    void abilityLoaded(const AbilityDetails &ability);
    void encountersLoaded(const QList<Encounter> &encounters);
    // The learnset of `game` is about to fill in: one entry per way a move is learnt.
    void gameChosen(const QString &game, const QList<LearnedMove> &moves);
    void moveLoaded(const MoveDetails &move);
    void moveFailed(const QString &move, const QString &error);
    void machineLoaded(const QString &move, const QString &label);
    void partFailed(DetailSection part, const QString &error);
    // Everything this load asked for has answered or failed.
    void settled();

private:
    template<typename OnReply> void track(const QString &key, ApiReply *reply, OnReply onReply);
    void requestSheet();
    void requestEncounters();
    void requestAbility(const QString &name);
    void requestMove(const LearnedMove &entry);
    void requestMachine(const QString &move, const QUrl &url);
    void onSheet(const ApiResult &result);
    void onMove(const QString &name, const ApiResult &result);
    void announceMove(const MoveDetails &move);
    void done(const QString &key);
    void soon(std::function<void()> action);

    PokeApiClient *m_client;
    Pokemon m_pokemon;
    PokemonSheet m_sheet;
    bool m_sheetKnown = false;
    bool m_settledAnnounced = false;
    QString m_wantedGame; // as asked by load(), until the sheet tells which games there are
    QString m_game;
    QSet<QString> m_gameMoves; // move names of m_game
    quint64 m_load = 0; // changes with every load() and cancel(): older answers are dropped
    QHash<QString, QPointer<ApiReply>> m_requests; // this load's, by key ("sheet", "move:x")
    QSet<QString> m_failedMoves, m_failedAbilities;
    std::shared_ptr<Memory> m_memory; // every move, ability and machine seen this session
};
