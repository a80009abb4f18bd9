#include "headlesssheet.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/pokemonsheetloader.h"
#include "search/displaynames.h"

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

// A text in the display language, or English marked as such.
QString textOf(const DisplayNames::Text &text)
{
    return text.isFallback ? QStringLiteral("%1 (in English)").arg(text.text) : text.text;
}

QJsonValue displayed(const DisplayNames::Text &text)
{
    return orNull(textOf(text));
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
    , m_memory(std::make_shared<PokemonSheetLoader::Memory>())
    , m_json(json)
    , m_game(game)
    , m_out(out)
{
}

HeadlessSheet::~HeadlessSheet() = default;

void HeadlessSheet::add(const Pokemon &pokemon, const JsonLine &line, const QString &text)
{
    auto owned = std::make_unique<Job>();
    Job *job = owned.get();
    job->pokemon = pokemon;
    job->line = line;
    job->text = text;
    job->loader = new PokemonSheetLoader(m_client, m_memory, this);
    m_jobs.push_back(std::move(owned));

    PokemonSheetLoader *loader = job->loader;
    connect(loader, &PokemonSheetLoader::encountersLoaded, this,
            [job](const QList<Encounter> &encounters) { job->encounters = encounters; });
    connect(loader, &PokemonSheetLoader::partFailed, this,
            [job](DetailSection, const QString &error) { job->problems.append(error); });
    connect(loader, &PokemonSheetLoader::moveFailed, this,
            [job](const QString &move, const QString &error) {
                job->problems.append(move + QStringLiteral(": ") + error);
            });
    connect(loader, &PokemonSheetLoader::settled, this, [this, job] {
        job->sheetSettled = true;
        finishIfComplete(job);
    });
    ApiReply *species = m_client->fetch({ m_client->speciesUrl(pokemon), FetchPriority::High },
                                        parserOf(&DetailsParser::parseSpecies));
    connect(species, &ApiReply::finished, this, [this, job](const ApiResult &result) {
        if (result.isOk())
            job->species = result.as<SpeciesDetails>();
        else
            job->problems.append(result.error);
        job->speciesDone = true;
        finishIfComplete(job);
    });
    loader->load(pokemon, m_game);
}

void HeadlessSheet::finishIfComplete(Job *job)
{
    if (!job->sheetSettled || !job->speciesDone)
        return;
    if (m_json)
        printJson(*job);
    else
        printText(*job);
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [job](const std::unique_ptr<Job> &j) { return j.get() == job; });
    job->loader->disconnect(this);
    job->loader->deleteLater(); // it may be inside its own signal
    if (it != m_jobs.end())
        m_jobs.erase(it);
    if (m_jobs.empty())
        Q_EMIT idle();
}

QList<LearnedMove> HeadlessSheet::sortedMoves(const PokemonSheetLoader &loader)
{
    // Level-up moves by level, then the rest by method; by name within each.
    QList<LearnedMove> moves = loader.sheet().movesIn(loader.game());
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

QList<PokedexText> HeadlessSheet::pokedexTexts(const Job &job) const
{
    // English, and with --language the display language too: every game's.
    const QString language = m_displayNames ? DisplayNames::language() : QString();
    QList<PokedexText> texts;
    for (const PokedexText &text : std::as_const(job.species.pokedexTexts)) {
        if (text.language == QLatin1String("en") || text.language == language)
            texts.append(text);
    }
    return texts;
}

void HeadlessSheet::printJson(const Job &job)
{
    const PokemonSheetLoader *loader = job.loader;
    const PokemonSheet &sheet = loader->sheet();
    const QString game = loader->game();
    QJsonArray abilities;
    for (const PokemonAbility &ability : std::as_const(job.pokemon.abilities)) {
        const AbilityDetails *details = loader->ability(ability.name);
        QJsonObject entry { { QStringLiteral("name"), ability.name },
                            { QStringLiteral("hidden"), ability.hidden },
                            { QStringLiteral("effect"),
                              orNull(details ? details->effect : QString()) } };
        if (m_displayNames) {
            entry.insert(QStringLiteral("display_name"),
                         details ? displayed(DisplayNames::forAbility(*details))
                                 : QJsonValue(DisplayNames::forTerm(ability.name)));
            entry.insert(QStringLiteral("display_effect"),
                         details ? displayed(DisplayNames::abilityEffect(*details)) : QJsonValue());
        }
        abilities.append(entry);
    }
    QJsonArray moves;
    for (const LearnedMove &entry : sortedMoves(*loader)) {
        const MoveDetails *move = loader->move(entry.move);
        const bool machine = entry.method == QLatin1String("machine");
        QJsonObject object {
            { QStringLiteral("name"), entry.move },
            { QStringLiteral("method"), entry.method },
            { QStringLiteral("level"), isLevelUp(entry) ? QJsonValue(entry.level) : QJsonValue() },
            { QStringLiteral("machine"),
              machine ? orNull(loader->machineLabel(entry.move, game)) : QJsonValue() },
            { QStringLiteral("type"), move ? orNull(move->type) : QJsonValue() },
            { QStringLiteral("category"), move ? orNull(move->damageClass) : QJsonValue() },
            { QStringLiteral("power"), move ? orNull(move->power) : QJsonValue() },
            { QStringLiteral("accuracy"), move ? orNull(move->accuracy) : QJsonValue() },
            { QStringLiteral("pp"), move ? orNull(move->pp) : QJsonValue() },
        };
        if (m_displayNames)
            object.insert(QStringLiteral("display_name"),
                          move ? displayed(DisplayNames::forMove(*move))
                               : QJsonValue(DisplayNames::forTerm(entry.move)));
        moves.append(object);
    }
    QJsonArray encounters;
    for (const Encounter &e : std::as_const(job.encounters)) {
        encounters.append(QJsonObject { { QStringLiteral("location_area"), e.locationArea },
                                        { QStringLiteral("version"), e.version },
                                        { QStringLiteral("method"), e.method },
                                        { QStringLiteral("min_level"), e.minLevel },
                                        { QStringLiteral("max_level"), e.maxLevel },
                                        { QStringLiteral("chance"), e.chance } });
    }
    QJsonArray heldItems;
    for (const HeldItem &held : sheet.heldItems) {
        heldItems.append(QJsonObject { { QStringLiteral("item"), held.item },
                                       { QStringLiteral("version"), held.version },
                                       { QStringLiteral("rarity"), held.rarity } });
    }
    QJsonArray flavorTexts;
    for (const PokedexText &text : pokedexTexts(job)) {
        flavorTexts.append(QJsonObject { { QStringLiteral("version"), text.version },
                                         { QStringLiteral("language"), text.language },
                                         { QStringLiteral("text"), text.text } });
    }
    QJsonObject evYield;
    for (const PokemonStat &stat : sheet.evYield)
        evYield.insert(stat.name, stat.base);
    const SpeciesBreeding &b = job.species.breeding;
    JsonLine line = job.line;
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
        .add("held_items", heldItems)
        .add("flavor_texts", flavorTexts);
    if (!job.problems.isEmpty())
        line.add("problems", job.problems);
    *m_out << escapedForTerminal(line.toString()) << Qt::endl;
}

void HeadlessSheet::printText(const Job &job)
{
    const PokemonSheetLoader *loader = job.loader;
    const PokemonSheet &sheet = loader->sheet();
    const QString game = loader->game();
    const SpeciesBreeding &b = job.species.breeding;
    QStringList lines { job.text };
    for (const PokemonAbility &ability : std::as_const(job.pokemon.abilities)) {
        const AbilityDetails *details = loader->ability(ability.name);
        QString name = ability.name, effect = details ? details->shortEffect : QString();
        if (m_displayNames && details) {
            name = textOf(DisplayNames::forAbility(*details));
            effect = textOf(DisplayNames::abilityEffect(*details));
        }
        lines.append(
            QStringLiteral("  ability  %1%2  %3")
                .arg(name, ability.hidden ? QStringLiteral(" (hidden)") : QString(), effect));
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
    lines.append(QStringLiteral("  held items (%1)").arg(sheet.heldItems.size()));
    for (const HeldItem &held : sheet.heldItems)
        lines.append(
            QStringLiteral("    %1  %2  %3%").arg(held.version, held.item).arg(held.rarity));
    const QList<LearnedMove> moves = sortedMoves(*loader);
    lines.append(QStringLiteral("  moves in %1 (%2)")
                     .arg(game.isEmpty() ? QStringLiteral("—") : game)
                     .arg(moves.size()));
    for (const LearnedMove &entry : moves) {
        const MoveDetails *move = loader->move(entry.move);
        const QString how = isLevelUp(entry)           ? QStringLiteral("level %1").arg(entry.level)
            : entry.method == QLatin1String("machine") ? loader->machineLabel(entry.move, game)
                                                       : entry.method;
        lines.append(
            QStringLiteral("    %1  %2  %3  %4  power %5  accuracy %6  pp %7")
                .arg(how.isEmpty() ? entry.method : how,
                     m_displayNames && move ? textOf(DisplayNames::forMove(*move)) : entry.move,
                     move ? move->type : QStringLiteral("?"),
                     move ? move->damageClass : QStringLiteral("?"),
                     orDash(move ? move->power : -1), orDash(move ? move->accuracy : -1),
                     orDash(move ? move->pp : -1)));
    }
    lines.append(QStringLiteral("  encounters (%1)").arg(job.encounters.size()));
    for (const Encounter &e : std::as_const(job.encounters)) {
        lines.append(QStringLiteral("    %1  %2  %3  level %4-%5  %6%")
                         .arg(e.version, e.locationArea, e.method)
                         .arg(e.minLevel)
                         .arg(e.maxLevel)
                         .arg(e.chance));
    }
    const QList<PokedexText> texts = pokedexTexts(job);
    lines.append(QStringLiteral("  pokedex texts (%1)").arg(texts.size()));
    for (const PokedexText &text : texts)
        lines.append(QStringLiteral("    %1  %2  %3").arg(text.version, text.language, text.text));
    for (const QString &problem : std::as_const(job.problems))
        lines.append(QStringLiteral("  problem  ") + problem);
    // Each line on its own: the line breaks between them are ours.
    for (const QString &line : std::as_const(lines))
        *m_out << escapedForTerminal(line) << u'\n';
    m_out->flush();
}
