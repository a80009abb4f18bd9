#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"
#include "api/pokemonsheet.h"
#include "headlessoutput.h"

#include <QList>
#include <QObject>
#include <QStringList>

class PokeApiClient;
class PokemonSheetLoader;
class QTextStream;

// pokedex --headless --details: the whole sheet of each Pokémon found — abilities, moves of
// one game, encounters, breeding and training — printed once all of it has answered or
// failed, as one JSON object per name or a block of text. One Pokémon at a time, each with
// all its requests at once: the second of a line costs only the moves not seen yet.
class HeadlessSheet : public QObject
{
    Q_OBJECT
public:
    // `game`: the version group whose moves to list; empty, the newest one each Pokémon has.
    HeadlessSheet(PokeApiClient *client, bool json, const QString &game, QTextStream *out,
                  QObject *parent = nullptr);

    // `line` (JSON) or `text` (the short text line) is what would have been printed for it.
    void add(const Pokemon &pokemon, const JsonLine &line, const QString &text);
    bool isIdle() const { return !m_busy && m_queue.isEmpty(); }

Q_SIGNALS:
    void idle(); // everything added is printed

private:
    struct Job
    {
        Pokemon pokemon;
        JsonLine line;
        QString text;
    };
    void startNext();
    void finishIfComplete();
    void printJson();
    void printText();
    QList<LearnedMove> sortedMoves() const;

    PokeApiClient *m_client;
    PokemonSheetLoader *m_loader;
    bool m_json;
    QString m_game;
    QTextStream *m_out;
    QList<Job> m_queue;
    bool m_busy = false;
    Job m_job;
    bool m_sheetSettled = false;
    bool m_speciesDone = false;
    SpeciesDetails m_species;
    QList<Encounter> m_encounters;
    QStringList m_problems; // what failed, for people
};
