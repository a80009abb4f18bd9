#include "search/displaynames.h"

#include "api/detailsparser.h"
#include "api/pokemondetails.h"
#include "api/pokemonsheet.h"
#include "search/englishnames.h"
#include "search/localizednames.h"

#include <QHash>
#include <QLocale>
#include <QReadWriteLock>
#include <QStringList>

namespace {

// The 36 species whose English name (PokeAPI's names[]) is not their slug title-cased at the
// dashes; generated from the species data.
const QHash<QString, QString> &speciesNames()
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("brute-bonnet"), QStringLiteral("Brute Bonnet") },
        { QStringLiteral("farfetchd"), QStringLiteral("Farfetch’d") },
        { QStringLiteral("flabebe"), QStringLiteral("Flabébé") },
        { QStringLiteral("flutter-mane"), QStringLiteral("Flutter Mane") },
        { QStringLiteral("gouging-fire"), QStringLiteral("Gouging Fire") },
        { QStringLiteral("great-tusk"), QStringLiteral("Great Tusk") },
        { QStringLiteral("hakamo-o"), QStringLiteral("Hakamo-o") },
        { QStringLiteral("iron-boulder"), QStringLiteral("Iron Boulder") },
        { QStringLiteral("iron-bundle"), QStringLiteral("Iron Bundle") },
        { QStringLiteral("iron-crown"), QStringLiteral("Iron Crown") },
        { QStringLiteral("iron-hands"), QStringLiteral("Iron Hands") },
        { QStringLiteral("iron-jugulis"), QStringLiteral("Iron Jugulis") },
        { QStringLiteral("iron-leaves"), QStringLiteral("Iron Leaves") },
        { QStringLiteral("iron-moth"), QStringLiteral("Iron Moth") },
        { QStringLiteral("iron-thorns"), QStringLiteral("Iron Thorns") },
        { QStringLiteral("iron-treads"), QStringLiteral("Iron Treads") },
        { QStringLiteral("iron-valiant"), QStringLiteral("Iron Valiant") },
        { QStringLiteral("jangmo-o"), QStringLiteral("Jangmo-o") },
        { QStringLiteral("kommo-o"), QStringLiteral("Kommo-o") },
        { QStringLiteral("mime-jr"), QStringLiteral("Mime Jr.") },
        { QStringLiteral("mr-mime"), QStringLiteral("Mr. Mime") },
        { QStringLiteral("mr-rime"), QStringLiteral("Mr. Rime") },
        { QStringLiteral("nidoran-f"), QStringLiteral("Nidoran♀") },
        { QStringLiteral("nidoran-m"), QStringLiteral("Nidoran♂") },
        { QStringLiteral("raging-bolt"), QStringLiteral("Raging Bolt") },
        { QStringLiteral("roaring-moon"), QStringLiteral("Roaring Moon") },
        { QStringLiteral("sandy-shocks"), QStringLiteral("Sandy Shocks") },
        { QStringLiteral("scream-tail"), QStringLiteral("Scream Tail") },
        { QStringLiteral("sirfetchd"), QStringLiteral("Sirfetch’d") },
        { QStringLiteral("slither-wing"), QStringLiteral("Slither Wing") },
        { QStringLiteral("tapu-bulu"), QStringLiteral("Tapu Bulu") },
        { QStringLiteral("tapu-fini"), QStringLiteral("Tapu Fini") },
        { QStringLiteral("tapu-koko"), QStringLiteral("Tapu Koko") },
        { QStringLiteral("tapu-lele"), QStringLiteral("Tapu Lele") },
        { QStringLiteral("type-null"), QStringLiteral("Type: Null") },
        { QStringLiteral("walking-wake"), QStringLiteral("Walking Wake") },
    };
    return names;
}

QString titleCase(const QString &slug)
{
    QStringList parts = slug.split(u'-');
    for (QString &part : parts) {
        if (!part.isEmpty())
            part[0] = part.at(0).toUpper();
    }
    return parts.join(u'-');
}

} // namespace

namespace {

QReadWriteLock languageLock;
QString displayLanguage = QStringLiteral("en"); // guarded by languageLock

bool isEnglish(const QString &language)
{
    return language == QLatin1String("en");
}

// Words that stand before the species' name: "alola" -> "Alolan Raichu".
QString prefixFor(const QString &word)
{
    static const QHash<QString, QString> prefixes = {
        { QStringLiteral("mega"), QStringLiteral("Mega") },
        { QStringLiteral("gmax"), QStringLiteral("Gigantamax") },
        { QStringLiteral("primal"), QStringLiteral("Primal") },
        { QStringLiteral("alola"), QStringLiteral("Alolan") },
        { QStringLiteral("galar"), QStringLiteral("Galarian") },
        { QStringLiteral("hisui"), QStringLiteral("Hisuian") },
        { QStringLiteral("paldea"), QStringLiteral("Paldean") },
    };
    return prefixes.value(word);
}

// "combat-breed" -> "Combat Breed"
QString words(const QString &slug)
{
    QStringList parts = slug.split(u'-', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part[0] = part.at(0).toUpper();
    return parts.join(u' ');
}

} // namespace

QString DisplayNames::forPokemon(const QString &slug, const QString &species)
{
    QString base = species;
    if (base.isEmpty() || !slug.startsWith(base + u'-')) {
        if (slug == species)
            return forSlug(slug);
        // Where a regional, Mega or Gigantamax word begins, the species ends.
        base.clear();
        const QStringList parts = slug.split(u'-');
        for (qsizetype i = 1; i < parts.size() && base.isEmpty() && parts.last() != u"cap"; ++i) {
            if (!prefixFor(parts.at(i)).isEmpty())
                base = QStringList(parts.mid(0, i)).join(u'-');
        }
        if (base.isEmpty())
            return forSlug(slug);
    }
    const QString name = forSlug(base);
    const QStringList rest = slug.mid(base.size() + 1).split(u'-', Qt::SkipEmptyParts);
    if (rest.isEmpty())
        return name;
    // A cap is a costume, not a region: "pikachu-alola-cap" is "Pikachu (Alola Cap)".
    const QString prefix
        = rest.last() == QLatin1String("cap") ? QString() : prefixFor(rest.first());
    if (prefix.isEmpty())
        return name + QStringLiteral(" (") + words(rest.join(u'-')) + u')';
    const QStringList after = rest.mid(1);
    if (prefix == QLatin1String("Mega") && after.size() == 1 && after.first().size() == 1)
        return prefix + u' ' + name + u' ' + after.first().toUpper(); // Mega Charizard X
    QString titled = prefix + u' ' + name;
    if (!after.isEmpty())
        titled += QStringLiteral(" (") + words(after.join(u'-')) + u')';
    return titled;
}

QString DisplayNames::forSlug(const QString &slug)
{
    if (const QString lang = language(); !isEnglish(lang)) {
        const LocalizedNames &names = LocalizedNames::builtIn();
        for (qsizetype end = slug.size(); end > 0; end = slug.lastIndexOf(u'-', end - 1)) {
            const QString name = names.species(slug.left(end), lang);
            if (!name.isEmpty())
                return end == slug.size() ? name : name + titleCase(slug.mid(end));
        }
    }
    return englishForSlug(slug);
}

QString DisplayNames::englishForSlug(const QString &slug)
{
    // The species itself, or one of its forms: the longest known species the slug starts with.
    for (qsizetype end = slug.size(); end > 0; end = slug.lastIndexOf(u'-', end - 1)) {
        const auto it = speciesNames().constFind(slug.left(end));
        if (it != speciesNames().cend())
            return end == slug.size() ? it.value() : it.value() + titleCase(slug.mid(end));
    }
    return titleCase(slug);
}

QString DisplayNames::forType(const QString &type)
{
    if (const QString lang = language(); !isEnglish(lang)) {
        if (const QString name = LocalizedNames::builtIn().type(type, lang); !name.isEmpty())
            return name;
    }
    return words(type);
}

void DisplayNames::setLanguage(const QString &code)
{
    const QWriteLocker locker(&languageLock);
    displayLanguage = code.isEmpty() ? QStringLiteral("en") : code;
}

QString DisplayNames::language()
{
    const QReadLocker locker(&languageLock);
    return displayLanguage;
}

QString DisplayNames::languageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Japanese:
        return QStringLiteral("ja-hrkt"); // kana, as the games for children write them
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalChineseScript
                || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
            ? QStringLiteral("zh-hant")
            : QStringLiteral("zh-hans");
    default:
        break;
    }
    const QString code = QLocale::languageToCode(locale.language());
    return LocalizedNames::builtIn().hasLanguage(code) ? code : QStringLiteral("en");
}

DisplayNames::Text DisplayNames::pick(const QHash<QString, QString> &byLanguage,
                                      const QString &english)
{
    const QString lang = language();
    if (const QString text = byLanguage.value(lang); !text.isEmpty() && !isEnglish(lang))
        return { text, false };
    return { english, !isEnglish(lang) && !english.isEmpty() };
}

DisplayNames::Text DisplayNames::pick(const QHash<QString, QString> &first,
                                      const QHash<QString, QString> &second, const QString &english)
{
    return pick(first.value(language()).isEmpty() ? second : first, english);
}

DisplayNames::Text DisplayNames::forMove(const MoveDetails &move)
{
    return pick(move.names, move.englishName.isEmpty() ? forTerm(move.name) : move.englishName);
}

DisplayNames::Text DisplayNames::moveEffect(const MoveDetails &move)
{
    return pick(move.shortEffects, move.flavorTexts,
                move.flavorText.isEmpty() ? move.shortEffect : move.flavorText);
}

DisplayNames::Text DisplayNames::forAbility(const AbilityDetails &ability)
{
    return pick(ability.names,
                ability.englishName.isEmpty() ? forTerm(ability.name) : ability.englishName);
}

DisplayNames::Text DisplayNames::abilityEffect(const AbilityDetails &ability)
{
    return pick(ability.shortEffects, ability.flavorTexts,
                ability.shortEffect.isEmpty() ? ability.effect : ability.shortEffect);
}

QString DisplayNames::forTerm(const QString &slug)
{
    return DetailsParser::titleCase(slug);
}
