#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"
#include "api/pokemonsheet.h"
#include "api/pokemonsheetloader.h"
#include "headlessoutput.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <list>
#include <memory>

class PokeApiClient;
class QTextStream;

// pokedex --headless --details: the whole sheet of each Pokémon found — abilities, moves of
// one game, encounters, held items, Pokédex texts, breeding and training — printed the moment
// all of it has answered or failed, as one JSON object per name or a block of text. Every
// sheet loads at once, all through the client's one bounded window; their loaders share
// what they saw, so the second of a line costs only the moves not seen yet.
class HeadlessSheet : public QObject
{
    Q_OBJECT
public:
    // `game`: the version group whose moves to list; empty, the newest one each Pokémon has.
    HeadlessSheet(PokeApiClient *client, bool json, const QString &game, QTextStream *out,
                  QObject *parent = nullptr);
    ~HeadlessSheet() override;

    // `line` (JSON) or `text` (the short text line) is what would have been printed for it.
    void add(const Pokemon &pokemon, const JsonLine &line, const QString &text);
    bool isIdle() const { return m_jobs.empty(); }
    // With --language: moves and abilities gain "display_name" (and abilities
    // "display_effect"), in DisplayNames' language; the text sheet names them so.
    void setDisplayNames(bool show) { m_displayNames = show; }

Q_SIGNALS:
    void idle(); // everything added is printed

private:
    struct Job
    {
        Pokemon pokemon;
        JsonLine line;
        QString text;
        PokemonSheetLoader *loader = nullptr;
        bool sheetSettled = false;
        bool speciesDone = false;
        SpeciesDetails species;
        QList<Encounter> encounters;
        QStringList problems; // what failed, for people
    };
    void finishIfComplete(Job *job);
    void printJson(const Job &job);
    void printText(const Job &job);
    QList<PokedexText> pokedexTexts(const Job &job) const;
    static QList<LearnedMove> sortedMoves(const PokemonSheetLoader &loader);

    PokeApiClient *m_client;
    std::shared_ptr<PokemonSheetLoader::Memory> m_memory;
    bool m_json;
    bool m_displayNames = false;
    QString m_game;
    QTextStream *m_out;
    std::list<std::unique_ptr<Job>> m_jobs; // loading, in the order added
};
