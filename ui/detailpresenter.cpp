#include "detailpresenter.h"

#include "api/pokeapiclient.h"
#include "api/pokemondetailsloader.h"
#include "api/pokemonmedia.h"
#include "api/pokemonsheetloader.h"
#include "crycontrols.h"
#include "cryplayer.h"
#include "detailhistory.h"
#include "detailpane.h"
#include "detailpart.h"
#include "mediasettings.h"
#include "search/pokemonlistmodel.h"
#include "sheetsections.h"
#include "spritecache.h"

#include <QFutureWatcher>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct DecodedArtwork
{
    QImage image;
    QString error;
};

} // namespace

DetailPresenter::DetailPresenter(PokeApiClient *client, PokemonListModel *cards, DetailPane *pane,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cards(cards)
    , m_pane(pane)
    , m_loader(new PokemonDetailsLoader(client, this))
    , m_sheetLoader(new PokemonSheetLoader(client, this))
    , m_history(new DetailHistory(this))
    , m_cry(new CryPlayer(client, this))
{
    connect(m_loader, &PokemonDetailsLoader::speciesLoaded, pane, &DetailPane::setSpecies);
    connect(m_loader, &PokemonDetailsLoader::matchupsLoaded, pane, &DetailPane::setMatchups);
    connect(m_loader, &PokemonDetailsLoader::evolutionLoaded, pane, &DetailPane::setEvolution);
    connect(m_loader, &PokemonDetailsLoader::partFailed, pane, &DetailPane::setPartFailed);
    connect(m_loader, &PokemonDetailsLoader::artworkLoaded, this, &DetailPresenter::decodeArtwork);
    connect(pane, &DetailPane::openRequested, this, &DetailPresenter::open);
    connect(pane, &DetailPane::retryRequested, this, &DetailPresenter::retry);
    connectSheet();
    connectCry();
}

void DetailPresenter::connectSheet()
{
    SheetSections *sheet = m_pane->sheet();
    PokemonSheetLoader *loader = m_sheetLoader;
    connect(loader, &PokemonSheetLoader::sheetLoaded, sheet, &SheetSections::setSheet);
    connect(loader, &PokemonSheetLoader::abilityLoaded, sheet, &SheetSections::setAbility);
    connect(loader, &PokemonSheetLoader::gameChosen, sheet, &SheetSections::setGame);
    connect(loader, &PokemonSheetLoader::moveLoaded, sheet, &SheetSections::setMove);
    connect(loader, &PokemonSheetLoader::machineLoaded, sheet, &SheetSections::setMachine);
    connect(loader, &PokemonSheetLoader::moveFailed, sheet, &SheetSections::setMoveFailed);
    connect(loader, &PokemonSheetLoader::encountersLoaded, sheet, &SheetSections::setEncounters);
    connect(loader, &PokemonSheetLoader::partFailed, sheet, &SheetSections::setPartFailed);
    connect(sheet, &SheetSections::gameRequested, loader, &PokemonSheetLoader::showGame);
}

void DetailPresenter::connectCry()
{
    CryControls *controls = m_pane->cryControls();
    m_cry->setMuted(MediaSettings::criesMuted());
    controls->setMuted(m_cry->isMuted());
    connect(m_cry, &CryPlayer::stateChanged, controls, &CryControls::setState);
    connect(controls, &CryControls::playRequested, m_cry, [this] {
        if (m_cry->isMuted()) // asking to hear it is asking for sound
            m_pane->cryControls()->setMuted(false);
        m_cry->play();
    });
    connect(controls, &CryControls::mutedToggled, m_cry, [this](bool muted) {
        m_cry->setMuted(muted);
        MediaSettings::setCriesMuted(muted);
        if (muted)
            m_cry->stop();
    });
}

DetailPresenter::~DetailPresenter()
{
    abortLookup();
}

bool DetailPresenter::showCard(const QModelIndex &card)
{
    if (!card.isValid()
        || card.data(PokemonListModel::StateRole).value<PokemonListModel::State>()
            != PokemonListModel::State::Loaded)
        return false;
    show(card.data(PokemonListModel::PokemonRole).value<Pokemon>());
    return true;
}

void DetailPresenter::show(const Pokemon &pokemon)
{
    if (isShowing(pokemon.name))
        return;
    display(pokemon);
    m_history->visit(pokemon.name);
}

void DetailPresenter::open(const QString &requested)
{
    // A copy: the string may live in the evolution tree that opening the Pokémon clears.
    const QString slug = requested;
    if (slug.isEmpty() || isShowing(slug))
        return;
    openBySlug(slug);
    m_history->visit(slug);
}

bool DetailPresenter::back()
{
    const QString slug = m_history->back();
    if (slug.isEmpty())
        return false;
    openBySlug(slug);
    return true;
}

bool DetailPresenter::forward()
{
    const QString slug = m_history->forward();
    if (slug.isEmpty())
        return false;
    openBySlug(slug);
    return true;
}

bool DetailPresenter::isShowing(const QString &name) const
{
    return m_loaded && m_pane->pokemon().name == name;
}

void DetailPresenter::display(const Pokemon &pokemon)
{
    abortLookup();
    m_lookupSlug.clear();
    ++m_generation;
    m_pane->setPokemon(pokemon);
    m_cry->setCry(PokemonMedia::cry(pokemon, MediaSettings::cryVersion()),
                  MediaSettings::playCries() && !m_cry->isMuted());
    m_loader->load(pokemon); // cancels the previous Pokémon's requests
    m_sheetLoader->load(pokemon);
    m_loaded = true;
}

void DetailPresenter::openBySlug(const QString &slug)
{
    if (isShowing(slug))
        return;
    const int row = loadedCardOf(slug);
    if (row >= 0) {
        display(m_cards->index(row).data(PokemonListModel::PokemonRole).value<Pokemon>());
        Q_EMIT cardRequested(row);
        return;
    }

    cancel();
    Q_EMIT cardRequested(-1);
    m_lookupSlug = slug;
    m_pane->setLookup(slug);
    PokemonLookup *lookup = m_client->lookupPokemon(slug);
    m_lookup = lookup;
    connect(lookup, &PokemonLookup::finished, this, [this, slug](const LookupResult &result) {
        m_lookup.clear();
        switch (result.status) {
        case LookupResult::Status::Found:
            display(result.pokemon);
            break;
        case LookupResult::Status::NotFound:
            m_pane->setPartFailed(DetailSection::Pokemon,
                                  tr("no Pokémon is called “%1”").arg(slug));
            break;
        case LookupResult::Status::Error:
            m_pane->setPartFailed(DetailSection::Pokemon, result.error);
            break;
        }
    });
}

int DetailPresenter::loadedCardOf(const QString &slug) const
{
    // Its own card first, then the default form of a species ("deoxys" -> "deoxys-normal").
    int speciesMatch = -1;
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        const QModelIndex index = m_cards->index(row);
        if (index.data(PokemonListModel::StateRole).value<PokemonListModel::State>()
            != PokemonListModel::State::Loaded)
            continue;
        const Pokemon pokemon = index.data(PokemonListModel::PokemonRole).value<Pokemon>();
        if (pokemon.name == slug)
            return row;
        if (speciesMatch < 0 && pokemon.speciesName == slug)
            speciesMatch = row;
    }
    return speciesMatch;
}

void DetailPresenter::cancel()
{
    abortLookup();
    m_loader->cancel();
    m_sheetLoader->cancel();
    m_cry->setCry(QUrl(), false); // a closed pane makes no sound
    m_loaded = false;
    ++m_generation;
}

void DetailPresenter::abortLookup()
{
    if (m_lookup)
        m_lookup->abort();
    m_lookup.clear();
}

void DetailPresenter::retry(DetailSection part)
{
    if (part == DetailSection::Pokemon && !m_pane->pokemon().isValid()) {
        const QString slug = m_lookupSlug;
        m_lookupSlug.clear();
        openBySlug(slug);
        return;
    }
    switch (part) {
    case DetailSection::Abilities:
    case DetailSection::Breeding:
    case DetailSection::Moves:
    case DetailSection::Encounters:
        m_sheetLoader->retry(part); // only what failed; the rest stays on screen
        if (part != DetailSection::Breeding
            || m_pane->part(DetailSection::Species)->state() != DetailPart::State::Failed)
            return;
        break; // breeding also needs the species again
    default:
        break;
    }
    // The loader asks again for everything; parts already on screen are simply refilled
    // (type relations it keeps, the rest mostly comes from the disk cache).
    m_pane->setFailedPartsLoading();
    ++m_generation;
    m_loader->load(m_pane->pokemon());
    m_sheetLoader->load(m_pane->pokemon()); // moves and abilities it keeps for the session
    m_loaded = true;
}

void DetailPresenter::decodeArtwork(const QByteArray &bytes)
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<DecodedArtwork>(this);
    connect(watcher, &QFutureWatcher<DecodedArtwork>::finished, this, [this, watcher, generation] {
        const DecodedArtwork decoded = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another Pokémon is on show by now
        if (decoded.image.isNull())
            m_loader->tryNextArtwork(decoded.error); // the next picture, or the part fails
        else
            m_pane->setArtwork(QPixmap::fromImage(decoded.image)); // QPixmap: GUI thread only
    });
    watcher->setFuture(QtConcurrent::run([bytes] {
        DecodedArtwork decoded;
        decoded.image = SpriteCache::decode(bytes, &decoded.error);
        return decoded;
    }));
}
