#include "headlesssheet.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/pokemonsheetloader.h"

#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace {

QJsonValue orNull(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString orDash(int value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value);
}

bool isLevelUp(const LearnedMove &move)
{
    return move.method == QLatin1String("level-up");
}

} // namespace

HeadlessSheet::HeadlessSheet(PokeApiClient *client, bool json, const QString &game,
                             QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new PokemonSheetLoader(client, this))
    , m_json(json)
    , m_game(game)
    , m_out(out)
{
    connect(m_loader, &PokemonSheetLoader::encountersLoaded, this,
            [this](const QList<Encounter> &encounters) { m_encounters = encounters; });
    connect(m_loader, &PokemonSheetLoader::partFailed, this,
            [this](DetailSection, const QString &error) { m_problems.append(error); });
    connect(m_loader, &PokemonSheetLoader::moveFailed, this,
            [this](const QString &move, const QString &error) {
                m_problems.append(move + QStringLiteral(": ") + error);
            });
    connect(m_loader, &PokemonSheetLoader::settled, this, [this] {
        m_sheetSettled = true;
        finishIfComplete();
    });
}

void HeadlessSheet::add(const Pokemon &pokemon, const JsonLine &line, const QString &text)
{
    m_queue.append({ pokemon, line, text });
    if (!m_busy)
        startNext();
}

void HeadlessSheet::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    m_job = m_queue.takeFirst();
    m_sheetSettled = false;
    m_speciesDone = false;
    m_species = {};
    m_encounters.clear();
    m_problems.clear();
    ApiReply *species
        = m_client->fetch({ m_client->speciesUrl(m_job.pokemon), FetchPriority::High },
                          parserOf(&DetailsParser::parseSpecies));
    connect(species, &ApiReply::finished, this, [this](const ApiResult &result) {
        if (result.isOk())
            m_species = result.as<SpeciesDetails>();
        else
            m_problems.append(result.error);
        m_speciesDone = true;
        finishIfComplete();
    });
    m_loader->load(m_job.pokemon, m_game);
}

void HeadlessSheet::finishIfComplete()
{
    if (!m_busy || !m_sheetSettled || !m_speciesDone)
        return;
    if (m_json)
        printJson();
    else
        printText();
    startNext();
}

QList<LearnedMove> HeadlessSheet::sortedMoves() const
{
    // Level-up moves by level, then the rest by method; by name within each.
    QList<LearnedMove> moves = m_loader->sheet().movesIn(m_loader->game());
    std::stable_sort(moves.begin(), moves.end(), [](const LearnedMove &a, const LearnedMove &b) {
        if (isLevelUp(a) != isLevelUp(b))
            return isLevelUp(a);
        if (a.method != b.method)
            return a.method < b.method;
        if (a.level != b.level)
            return a.level < b.level;
        return a.move < b.move;
    });
    return moves;
}

void HeadlessSheet::printJson()
{
    const PokemonSheet &sheet = m_loader->sheet();
    const QString game = m_loader->game();
    QJsonArray abilities;
    for (const PokemonAbility &ability : std::as_const(m_job.pokemon.abilities)) {
        const AbilityDetails *details = m_loader->ability(ability.name);
        abilities.append(QJsonObject {
            { QStringLiteral("name"), ability.name },
            { QStringLiteral("hidden"), ability.hidden },
            { QStringLiteral("effect"), orNull(details ? details->effect : QString()) } });
    }
    QJsonArray moves;
    for (const LearnedMove &entry : sortedMoves()) {
        const MoveDetails *move = m_loader->move(entry.move);
        const bool machine = entry.method == QLatin1String("machine");
        moves.append(QJsonObject {
            { QStringLiteral("name"), entry.move },
            { QStringLiteral("method"), entry.method },
            { QStringLiteral("level"), isLevelUp(entry) ? QJsonValue(entry.level) : QJsonValue() },
            { QStringLiteral("machine"),
              machine ? orNull(m_loader->machineLabel(entry.move, game)) : QJsonValue() },
            { QStringLiteral("type"), move ? orNull(move->type) : QJsonValue() },
            { QStringLiteral("category"), move ? orNull(move->damageClass) : QJsonValue() },
            { QStringLiteral("power"), move ? orNull(move->power) : QJsonValue() },
            { QStringLiteral("accuracy"), move ? orNull(move->accuracy) : QJsonValue() },
            { QStringLiteral("pp"), move ? orNull(move->pp) : QJsonValue() },
        });
    }
    QJsonArray encounters;
    for (const Encounter &e : std::as_const(m_encounters)) {
        encounters.append(QJsonObject { { QStringLiteral("location_area"), e.locationArea },
                                        { QStringLiteral("version"), e.version },
                                        { QStringLiteral("method"), e.method },
                                        { QStringLiteral("min_level"), e.minLevel },
                                        { QStringLiteral("max_level"), e.maxLevel },
                                        { QStringLiteral("chance"), e.chance } });
    }
    QJsonObject evYield;
    for (const PokemonStat &stat : sheet.evYield)
        evYield.insert(stat.name, stat.base);
    const SpeciesBreeding &b = m_species.breeding;
    JsonLine line = m_job.line;
    line.add("game", orNull(game))
        .add("abilities", abilities)
        .add("moves", moves)
        .add("encounters", encounters)
        .add("egg_groups", b.eggGroups)
        .add("gender_rate",
             b.genderRate == SpeciesBreeding::UnknownGender ? QJsonValue()
                                                            : QJsonValue(b.genderRate))
        .add("hatch_counter", orNull(b.hatchCounter))
        .add("capture_rate", orNull(b.captureRate))
        .add("base_happiness", orNull(b.baseHappiness))
        .add("base_experience", orNull(sheet.baseExperience))
        .add("growth_rate", orNull(b.growthRate))
        .add("ev_yield", evYield)
        .add("held_items", sheet.heldItems);
    if (!m_problems.isEmpty())
        line.add("problems", m_problems);
    *m_out << escapedForTerminal(line.toString()) << Qt::endl;
}

void HeadlessSheet::printText()
{
    const PokemonSheet &sheet = m_loader->sheet();
    const QString game = m_loader->game();
    const SpeciesBreeding &b = m_species.breeding;
    QStringList lines { m_job.text };
    for (const PokemonAbility &ability : std::as_const(m_job.pokemon.abilities)) {
        const AbilityDetails *details = m_loader->ability(ability.name);
        lines.append(QStringLiteral("  ability  %1%2  %3")
                         .arg(ability.name,
                              ability.hidden ? QStringLiteral(" (hidden)") : QString(),
                              details ? details->shortEffect : QString()));
    }
    const QString gender = b.genderRate == -1 ? QStringLiteral("genderless")
        : b.genderRate < 0                    ? QStringLiteral("—")
                           : QStringLiteral("%1% female").arg(b.genderRate * 12.5);
    lines.append(QStringLiteral("  breeding  egg groups %1; %2; %3 egg cycles")
                     .arg(b.eggGroups.join(QStringLiteral(", ")), gender, orDash(b.hatchCounter)));
    QStringList ev;
    for (const PokemonStat &stat : sheet.evYield)
        ev.append(QStringLiteral("%1 %2").arg(stat.base).arg(stat.name));
    lines.append(QStringLiteral("  training  catch rate %1; base experience %2; growth %3; EV "
                                "yield %4; base friendship %5")
                     .arg(orDash(b.captureRate), orDash(sheet.baseExperience), b.growthRate,
                          ev.join(QStringLiteral(", ")), orDash(b.baseHappiness)));
    if (!sheet.heldItems.isEmpty())
        lines.append(
            QStringLiteral("  held items  %1").arg(sheet.heldItems.join(QStringLiteral(", "))));
    const QList<LearnedMove> moves = sortedMoves();
    lines.append(QStringLiteral("  moves in %1 (%2)")
                     .arg(game.isEmpty() ? QStringLiteral("—") : game)
                     .arg(moves.size()));
    for (const LearnedMove &entry : moves) {
        const MoveDetails *move = m_loader->move(entry.move);
        const QString how = isLevelUp(entry)           ? QStringLiteral("level %1").arg(entry.level)
            : entry.method == QLatin1String("machine") ? m_loader->machineLabel(entry.move, game)
                                                       : entry.method;
        lines.append(QStringLiteral("    %1  %2  %3  %4  power %5  accuracy %6  pp %7")
                         .arg(how.isEmpty() ? entry.method : how, entry.move,
                              move ? move->type : QStringLiteral("?"),
                              move ? move->damageClass : QStringLiteral("?"),
                              orDash(move ? move->power : -1), orDash(move ? move->accuracy : -1),
                              orDash(move ? move->pp : -1)));
    }
    lines.append(QStringLiteral("  encounters (%1)").arg(m_encounters.size()));
    for (const Encounter &e : std::as_const(m_encounters)) {
        lines.append(QStringLiteral("    %1  %2  %3  level %4-%5  %6%")
                         .arg(e.version, e.locationArea, e.method)
                         .arg(e.minLevel)
                         .arg(e.maxLevel)
                         .arg(e.chance));
    }
    for (const QString &problem : std::as_const(m_problems))
        lines.append(QStringLiteral("  problem  ") + problem);
    // Each line on its own: the line breaks between them are ours.
    for (const QString &line : std::as_const(lines))
        *m_out << escapedForTerminal(line) << u'\n';
    m_out->flush();
}
