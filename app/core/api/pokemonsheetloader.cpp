#include "api/pokemonsheetloader.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/sheetparser.h"

#include <QTimer>

namespace {

const QString SheetKey = QStringLiteral("sheet");
const QString EncountersKey = QStringLiteral("encounters");
const QString MovePrefix = QStringLiteral("move:");
const QString AbilityPrefix = QStringLiteral("ability:");
const QString MachinePrefix = QStringLiteral("machine:");

} // namespace

PokemonSheetLoader::PokemonSheetLoader(PokeApiClient *client, QObject *parent)
    : PokemonSheetLoader(client, std::make_shared<Memory>(), parent)
{
}

PokemonSheetLoader::PokemonSheetLoader(PokeApiClient *client, std::shared_ptr<Memory> memory,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_memory(std::move(memory))
{
    qRegisterMetaType<DetailSection>();
    qRegisterMetaType<PokemonSheet>();
    qRegisterMetaType<MoveDetails>();
    qRegisterMetaType<MachineDetails>();
    qRegisterMetaType<QList<Encounter>>();
    qRegisterMetaType<AbilityDetails>();
}

PokemonSheetLoader::~PokemonSheetLoader()
{
    cancel();
}

void PokemonSheetLoader::load(const Pokemon &pokemon, const QString &game)
{
    // Moves on their way stay: the next Pokémon of a line learns most of them too, and what
    // it does not want is let go once its game is known.
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it.key().startsWith(MovePrefix)) {
            ++it;
            continue;
        }
        if (it.value())
            it.value()->abort();
        it = m_requests.erase(it);
    }
    ++m_load;
    m_pokemon = pokemon;
    m_sheet = {};
    m_sheetKnown = false;
    m_wantedGame = game;
    m_game.clear();
    m_gameMoves.clear();
    m_failedMoves.clear();
    m_failedAbilities.clear();
    m_settledAnnounced = false;

    requestSheet();
    requestEncounters();
    for (const PokemonAbility &ability : std::as_const(pokemon.abilities)) {
        if (const AbilityDetails *known = this->ability(ability.name)) {
            const AbilityDetails copy = *known;
            soon([this, copy] { Q_EMIT abilityLoaded(copy); });
        } else {
            requestAbility(ability.name);
        }
    }
}

void PokemonSheetLoader::cancel()
{
    ++m_load;
    for (const auto &reply : std::as_const(m_requests)) {
        if (reply)
            reply->abort();
    }
    m_requests.clear();
}

void PokemonSheetLoader::retry(DetailSection part)
{
    m_settledAnnounced = false;
    switch (part) {
    case DetailSection::Abilities:
        for (const QString &name : std::exchange(m_failedAbilities, {}))
            requestAbility(name);
        break;
    case DetailSection::Encounters:
        if (!m_requests.contains(EncountersKey))
            requestEncounters();
        break;
    case DetailSection::Moves:
    case DetailSection::Breeding:
        if (!m_sheetKnown) {
            if (!m_requests.contains(SheetKey))
                requestSheet();
            break;
        }
        for (const LearnedMove &entry : m_sheet.movesIn(m_game)) {
            if (m_failedMoves.remove(entry.move))
                requestMove(entry);
        }
        break;
    default:
        break;
    }
}

const MoveDetails *PokemonSheetLoader::move(const QString &name) const
{
    const auto it = m_memory->moves.constFind(name);
    return it == m_memory->moves.cend() ? nullptr : &*it;
}

QString PokemonSheetLoader::machineLabel(const QString &move, const QString &game) const
{
    const MoveDetails *details = this->move(move);
    return details ? m_memory->machines.value(details->machineIn(game)) : QString();
}

const AbilityDetails *PokemonSheetLoader::ability(const QString &name) const
{
    const auto it = m_memory->abilities.constFind(name);
    return it == m_memory->abilities.cend() ? nullptr : &*it;
}

bool PokemonSheetLoader::isSettled() const
{
    if (!m_sheetKnown && m_requests.contains(SheetKey))
        return false;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        // A move of another Pokémon still on its way is not this load's business.
        if (!it.key().startsWith(MovePrefix)
            || m_gameMoves.contains(it.key().mid(MovePrefix.size())))
            return false;
    }
    return true;
}

template<typename OnReply>
void PokemonSheetLoader::track(const QString &key, ApiReply *reply, OnReply onReply)
{
    m_requests.insert(key, reply);
    const quint64 load = m_load;
    const bool everyLoad = key.startsWith(MovePrefix) || key.startsWith(MachinePrefix);
    const QPointer<ApiReply> handle = reply;
    connect(reply, &ApiReply::finished, this,
            [this, key, load, everyLoad, onReply, handle](const ApiResult &result) {
                if (m_requests.value(key) == handle)
                    m_requests.remove(key);
                // A move or machine is worth keeping whoever asked; the rest only for this load.
                if (everyLoad || load == m_load)
                    onReply(result);
                // A move the next load took over counts for it too.
                if (everyLoad || load == m_load)
                    done(key);
            });
}

void PokemonSheetLoader::requestSheet()
{
    // By name, as the search asked for it: the disk cache answers.
    track(SheetKey,
          m_client->fetch({ m_client->resourceUrl(QStringLiteral("pokemon"), m_pokemon.name),
                            FetchPriority::High },
                          parserOf(&SheetParser::parseSheet)),
          [this](const ApiResult &result) { onSheet(result); });
}

void PokemonSheetLoader::requestEncounters()
{
    QUrl url = m_client->resourceUrl(QStringLiteral("pokemon"), QString::number(m_pokemon.id));
    url.setPath(url.path() + QStringLiteral("/encounters"));
    track(EncountersKey,
          m_client->fetch({ url, FetchPriority::High }, parserOf(&SheetParser::parseEncounters)),
          [this](const ApiResult &result) {
              if (result.isOk())
                  Q_EMIT encountersLoaded(result.as<QList<Encounter>>());
              else
                  Q_EMIT partFailed(DetailSection::Encounters, result.error);
          });
}

void PokemonSheetLoader::requestAbility(const QString &name)
{
    track(AbilityPrefix + name,
          m_client->fetch(
              { m_client->resourceUrl(QStringLiteral("ability"), name), FetchPriority::High },
              parserOf(&DetailsParser::parseAbility)),
          [this, name](const ApiResult &result) {
              if (!result.isOk()) {
                  m_failedAbilities.insert(name);
                  Q_EMIT partFailed(DetailSection::Abilities, result.error);
                  return;
              }
              auto ability = result.as<AbilityDetails>();
              ability.name = name; // as the Pokémon names it
              m_memory->abilities.insert(name, ability);
              Q_EMIT abilityLoaded(ability);
          });
}

void PokemonSheetLoader::onSheet(const ApiResult &result)
{
    if (!result.isOk()) {
        Q_EMIT partFailed(DetailSection::Breeding, result.error);
        Q_EMIT partFailed(DetailSection::Moves, result.error);
        return;
    }
    m_sheet = result.as<PokemonSheet>();
    m_sheetKnown = true;
    Q_EMIT sheetLoaded(m_sheet);
    const QStringList games = m_sheet.versionGroups();
    if (games.isEmpty()) {
        Q_EMIT partFailed(DetailSection::Moves, tr("Learns no moves"));
        return;
    }
    showGame(games.contains(m_wantedGame) ? m_wantedGame : games.first());
}

void PokemonSheetLoader::showGame(const QString &game)
{
    if (!m_sheetKnown)
        return;
    m_game = game;
    const QList<LearnedMove> moves = m_sheet.movesIn(game);
    m_gameMoves.clear();
    for (const LearnedMove &entry : moves)
        m_gameMoves.insert(entry.move);
    m_failedMoves.clear();
    // Moves of another Pokémon or game that nobody here wants any more.
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it.key().startsWith(MovePrefix)
            && !m_gameMoves.contains(it.key().mid(MovePrefix.size()))) {
            if (it.value())
                it.value()->abort();
            it = m_requests.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT gameChosen(game, moves);

    QList<MoveDetails> known;
    QSet<QString> asked;
    for (const LearnedMove &entry : moves) {
        if (asked.contains(entry.move))
            continue;
        asked.insert(entry.move);
        if (const MoveDetails *details = move(entry.move))
            known.append(*details);
        else if (!m_requests.contains(MovePrefix + entry.move))
            requestMove(entry);
    }
    if (moves.isEmpty())
        Q_EMIT partFailed(DetailSection::Moves, tr("Learns no moves in this game"));
    // Known moves fill their rows from the event loop, like those that come from the network.
    const quint64 load = m_load;
    soon([this, known, load, game] {
        if (load != m_load || game != m_game)
            return;
        for (const MoveDetails &details : known)
            announceMove(details);
        done(QString());
    });
}

void PokemonSheetLoader::requestMove(const LearnedMove &entry)
{
    const QString name = entry.move;
    track(
        MovePrefix + name,
        m_client->fetch({ entry.moveUrl, FetchPriority::High }, parserOf(&SheetParser::parseMove)),
        [this, name](const ApiResult &result) { onMove(name, result); });
}

void PokemonSheetLoader::onMove(const QString &name, const ApiResult &result)
{
    if (!result.isOk()) {
        if (m_gameMoves.contains(name)) {
            m_failedMoves.insert(name);
            Q_EMIT moveFailed(name, result.error);
        }
        return;
    }
    const auto details = result.as<MoveDetails>();
    m_memory->moves.insert(name, details);
    if (m_gameMoves.contains(name))
        announceMove(details);
}

void PokemonSheetLoader::announceMove(const MoveDetails &details)
{
    Q_EMIT moveLoaded(details);
    const QUrl machine = details.machineIn(m_game);
    if (machine.isEmpty())
        return;
    bool taughtByMachine = false;
    for (const LearnedMove &entry : m_sheet.movesIn(m_game))
        taughtByMachine = taughtByMachine
            || (entry.move == details.name && entry.method == QLatin1String("machine"));
    if (!taughtByMachine)
        return;
    if (const auto label = m_memory->machines.constFind(machine);
        label != m_memory->machines.cend()) {
        Q_EMIT machineLoaded(details.name, *label);
        return;
    }
    const QString key = MachinePrefix + machine.toString();
    if (m_requests.contains(key))
        return;
    const QString name = details.name;
    track(key,
          m_client->fetch({ machine, FetchPriority::High }, parserOf(&SheetParser::parseMachine)),
          [this, name, machine](const ApiResult &result) {
              if (!result.isOk())
                  return; // the move is still shown, without its number
              const QString label = result.as<MachineDetails>().label;
              m_memory->machines.insert(machine, label);
              if (m_gameMoves.contains(name))
                  Q_EMIT machineLoaded(name, label);
          });
}

void PokemonSheetLoader::done(const QString &key)
{
    Q_UNUSED(key);
    if (!m_settledAnnounced && isSettled()) {
        m_settledAnnounced = true;
        Q_EMIT settled();
    }
}

void PokemonSheetLoader::soon(std::function<void()> action)
{
    const quint64 load = m_load;
    QTimer::singleShot(0, this, [this, load, action] {
        if (load == m_load)
            action();
    });
}
