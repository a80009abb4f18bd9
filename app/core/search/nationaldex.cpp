#include "search/nationaldex.h"

#include "api/detailsparser.h"
#include "api/pokeapiclient.h"
#include "api/typechart.h"
#include "search/groupquery.h"

#include <QUrl>
#include <algorithm>
#include <utility>

namespace {
constexpr int FirstFormId = 10000; // PokeAPI numbers megas, gmax, regional forms 10001+
} // namespace

NationalDex::NationalDex(PokeApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool NationalDex::knowsTypes() const
{
    return m_typesKnown.size() == TypeChart::allTypes().size();
}

bool NationalDex::knowsGenerations() const
{
    return m_generationsKnown.size() == Generations;
}

void NationalDex::load()
{
    if (!m_listed && !m_listing) {
        m_listing = true;
        // High: nothing can be shown before it.
        ApiReply *reply = m_client->fetch(
            { m_client->listUrl(QStringLiteral("pokemon-species")), FetchPriority::High },
            parserOf(&DetailsParser::parseListing));
        connect(reply, &ApiReply::finished, this, &NationalDex::onListing);
    }
    // Types are on the first screen's cards; generations only filter, so they may wait.
    for (const QString &type : TypeChart::allTypes()) {
        if (m_typesKnown.contains(type) || m_typesPending.contains(type))
            continue;
        m_typesPending.insert(type);
        ApiReply *reply
            = m_client->fetch({ QUrl(GroupQuery { GroupQuery::Kind::Type, type }.resourcePath()),
                                FetchPriority::High },
                              parserOf(&DetailsParser::parseTypeRoster));
        connect(reply, &ApiReply::finished, this,
                [this, type](const ApiResult &result) { onType(type, result); });
    }
    for (int generation = 1; generation <= Generations; ++generation) {
        if (m_generationsKnown.contains(generation) || m_generationsPending.contains(generation))
            continue;
        m_generationsPending.insert(generation);
        ApiReply *reply = m_client->fetch(
            { QUrl(GroupQuery { GroupQuery::Kind::Generation, QString::number(generation) }
                       .resourcePath()) },
            parserOf(&DetailsParser::parseGenerationRoster));
        connect(reply, &ApiReply::finished, this,
                [this, generation](const ApiResult &result) { onGeneration(generation, result); });
    }
}

void NationalDex::onListing(const ApiResult &result)
{
    m_listing = false;
    if (!result.isOk()) {
        Q_EMIT listed(false, result.error);
        return;
    }
    QList<GroupMember> members = result.as<QList<GroupMember>>();
    std::stable_sort(members.begin(), members.end(),
                     [](const GroupMember &a, const GroupMember &b) { return a.id < b.id; });
    m_species.clear();
    m_indexOfNumber.clear();
    m_species.reserve(members.size());
    for (const GroupMember &member : std::as_const(members)) {
        if (m_indexOfNumber.contains(member.id))
            continue; // a listing that names a number twice: the first stands
        m_indexOfNumber.insert(member.id, int(m_species.size()));
        m_species.append({ member.name, DexFacts { member.id, {}, 0 } });
    }
    m_listed = true;
    applyFacts();
    Q_EMIT listed(true, {});
}

void NationalDex::onType(const QString &type, const ApiResult &result)
{
    m_typesPending.remove(type);
    if (result.isOk()) {
        m_typesKnown.insert(type);
        for (const GroupMember &member : result.as<QList<GroupMember>>()) {
            if (member.slot == 1 || member.slot == 2)
                m_typeSlots[member.id][member.slot - 1] = type;
            if (member.id > FirstFormId)
                m_formNames.insert(member.id, member.name);
            else
                m_defaultNames.insert(member.id, member.name);
        }
    }
    // All at once, when the last answer is in: a card must not show Flying alone for
    // Charizard because /type/flying answered before /type/fire.
    if (m_typesPending.isEmpty()) {
        applyFacts();
        Q_EMIT factsChanged();
    }
}

void NationalDex::onGeneration(int generation, const ApiResult &result)
{
    m_generationsPending.remove(generation);
    if (result.isOk()) {
        m_generationsKnown.insert(generation);
        for (const GroupMember &member : result.as<QList<GroupMember>>())
            m_generationOf.insert(member.id, generation);
    }
    if (m_generationsPending.isEmpty()) {
        applyFacts();
        Q_EMIT factsChanged();
    }
}

void NationalDex::applyFacts()
{
    const bool types = m_typesPending.isEmpty() && !m_typesKnown.isEmpty();
    const bool generations = m_generationsPending.isEmpty() && !m_generationsKnown.isEmpty();
    const auto typesOf = [this](int id) {
        QStringList types;
        for (const QString &type : m_typeSlots.value(id)) {
            if (!type.isEmpty())
                types.append(type);
        }
        return types;
    };
    for (Species &species : m_species) {
        DexFacts &facts = species.facts;
        if (types)
            facts.types = typesOf(facts.number);
        if (generations)
            facts.generation = m_generationOf.value(facts.number);
    }
    if (!types || !m_listed)
        return;
    // A form belongs to the species its name starts with: the longest such name
    // ("mr-mime-galar" is Mr. Mime's, not a Mr.'s).
    QHash<QString, int> numberOf;
    for (const Species &species : std::as_const(m_species))
        numberOf.insert(species.slug, species.facts.number);
    QList<std::pair<int, Species>> forms; // by id
    for (auto it = m_formNames.cbegin(); it != m_formNames.cend(); ++it) {
        QString prefix = it.value();
        int number = 0;
        for (qsizetype dash = prefix.lastIndexOf(u'-'); dash > 0 && number == 0;
             dash = prefix.lastIndexOf(u'-')) {
            prefix.truncate(dash);
            number = numberOf.value(prefix);
        }
        if (number == 0)
            continue;
        DexFacts facts { number, typesOf(it.key()), m_generationOf.value(number), true };
        forms.append({ it.key(), Species { it.value(), facts } });
    }
    std::sort(forms.begin(), forms.end(), [](const auto &a, const auto &b) {
        return std::pair(a.second.facts.number, a.first)
            < std::pair(b.second.facts.number, b.first);
    });
    m_forms.clear();
    for (const auto &[id, form] : std::as_const(forms))
        m_forms.append(form);
}

QList<NationalDex::Species> NationalDex::species() const
{
    return m_species;
}

DexFactsBySlug NationalDex::factsBySlug() const
{
    DexFactsBySlug facts;
    facts.reserve(m_species.size() + m_forms.size());
    for (const QList<Species> *list : { &m_species, &m_forms }) {
        for (const Species &species : *list)
            facts.insert(species.slug, species.facts);
    }
    // A default form named apart from its species ("deoxys-normal"), as moves and abilities
    // name their Pokémon.
    for (auto it = m_defaultNames.cbegin(); it != m_defaultNames.cend(); ++it) {
        const auto index = m_indexOfNumber.constFind(it.key());
        if (index != m_indexOfNumber.cend() && !facts.contains(it.value()))
            facts.insert(it.value(), m_species.at(*index).facts);
    }
    return facts;
}
