#include "search/namenormalizer.h"

#include <QStringView>
#include <algorithm>
#include <iterator>

namespace {

using NameNormalizer::MaxSlugLength;
// Room for accents, full-width forms, spaces and punctuation around the longest slug. Longer
// text can be no name, and is not normalised: QString::normalized() is quadratic on long runs
// of characters that decompose (a pasted 9 MB of U+FDFA took minutes).
constexpr qsizetype MaxTypedLength = 4 * MaxSlugLength;
// The highest national Pokédex number; grows only with new games. PokeAPI's ids above it
// (10001 on) are forms, which a typed number never means.
constexpr int LastPokedexNumber = 1025;
constexpr qsizetype MaxWordsPerName = 3;
constexpr int MaxBadCharactersShown = 5;

// Every species slug with a '-' in the full /pokemon-species listing, sorted for binary search.
// Generated from pokemon-species/index.json; species are added only with new games.
const char *const MultiWordSpecies[] = {
    "brute-bonnet", "chi-yu",       "chien-pao",    "flutter-mane", "gouging-fire", "great-tusk",
    "hakamo-o",     "ho-oh",        "iron-boulder", "iron-bundle",  "iron-crown",   "iron-hands",
    "iron-jugulis", "iron-leaves",  "iron-moth",    "iron-thorns",  "iron-treads",  "iron-valiant",
    "jangmo-o",     "kommo-o",      "mime-jr",      "mr-mime",      "mr-rime",      "nidoran-f",
    "nidoran-m",    "porygon-z",    "raging-bolt",  "roaring-moon", "sandy-shocks", "scream-tail",
    "slither-wing", "tapu-bulu",    "tapu-fini",    "tapu-koko",    "tapu-lele",    "ting-lu",
    "type-null",    "walking-wake", "wo-chien",
};

bool isBuiltInMultiWordName(const QString &slug)
{
    const auto before
        = [](const char *name, const QString &s) { return s.compare(QLatin1String(name)) > 0; };
    const auto it
        = std::lower_bound(std::begin(MultiWordSpecies), std::end(MultiWordSpecies), slug, before);
    return it != std::end(MultiWordSpecies) && slug == QLatin1String(*it);
}

bool isDroppedPunctuation(char32_t c)
{
    // U+2018 and U+02BC are what phone keyboards and some IMEs produce for an apostrophe.
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'.'
        || c == U':';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSlugCharacter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'-' || c == U'_';
}

// Code point at i (a surrogate pair counts as one); *width receives its length in UTF-16 units.
char32_t codePointAt(QStringView s, qsizetype i, qsizetype *width)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

QString collapseHyphens(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'-' && (out.isEmpty() || out.back() == u'-'))
            continue;
        out.append(c);
    }
    if (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

// What follows "no. ", "no.", "no " or "#" (the games print "No. 025", fans write "#025"),
// or all of `s` when it has no such prefix.
QStringView withoutNumberPrefix(QStringView s)
{
    QStringView rest;
    if (s.startsWith(u"no"))
        rest = s.mid(2);
    else if (s.startsWith(u'#'))
        rest = s.mid(1);
    else
        return s;
    if (s.startsWith(u"no") && rest.startsWith(u'.'))
        rest = rest.mid(1);
    while (!rest.isEmpty() && rest.front().isSpace())
        rest = rest.mid(1);
    return rest;
}

// A digit and no letter: meant as a number, so punctuation must not be dropped from it as it
// is from a name ("25.0" would become 250, "-25" 25).
bool looksLikeANumber(QStringView s)
{
    bool digit = false;
    qsizetype width = 1;
    for (qsizetype i = 0; i < s.size(); i += width) {
        const char32_t c = codePointAt(s, i, &width);
        if (QChar::isLetter(c))
            return false;
        digit = digit || (c >= U'0' && c <= U'9');
    }
    return digit;
}

// "025" -> "25"; a lone "0" is kept so it can be rejected.
QString withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    return digits.toString();
}

QString describeCharacter(QStringView s, qsizetype i)
{
    qsizetype width = 1;
    const char32_t c = codePointAt(s, i, &width);
    // Invisible and direction-changing characters would garble the message itself.
    if (QChar::isPrint(c) && !QChar::isSpace(c) && !QChar::isMark(c))
        return u'\'' + s.mid(i, width).toString() + u'\'';
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

namespace NameNormalizer {

QString normalize(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    // Returned as it is, it stays too long for invalidReason, however often it is normalised.
    if (trimmed.size() > MaxTypedLength)
        return trimmed;
    const QString folded = trimmed.normalized(QString::NormalizationForm_KD).toLower();

    if (const QStringView number = withoutNumberPrefix(folded); looksLikeANumber(number)) {
        // Anything but plain digits is kept as typed, for invalidReason to reject.
        return isAsciiDigits(number) ? withoutLeadingZeros(number) : folded.trimmed();
    }

    QString slug;
    slug.reserve(folded.size());
    // Combining marks are dropped only where they decorate a letter ("é" = "e" + U+0301) or
    // a gender sign (U+FE0F emoji presentation); elsewhere they stay, to be rejected.
    bool marksDecoratePrevious = false;
    qsizetype width = 1;
    for (qsizetype i = 0; i < folded.size(); i += width) {
        const char32_t c = codePointAt(folded, i, &width);
        if (QChar::isMark(c) && marksDecoratePrevious)
            continue;
        // Dropped punctuation is transparent: a mark after "e." decorates the "e" just as it
        // will once the "." is gone, so normalising twice changes nothing.
        if (isDroppedPunctuation(c)) {
            // "Mr.Mime" and "Type:Null" are "Mr. Mime" and "Type: Null" without the space.
            qsizetype nextWidth = 1;
            if ((c == U'.' || c == U':') && i + width < folded.size()
                && QChar::isLetter(codePointAt(folded, i + width, &nextWidth)))
                slug += u'-';
            continue;
        }
        marksDecoratePrevious = false;
        if (c == U'\u2640') {
            slug += QLatin1String("-f");
            marksDecoratePrevious = true;
        } else if (c == U'\u2642') {
            slug += QLatin1String("-m");
            marksDecoratePrevious = true;
        } else if (QChar::isSpace(c)) {
            slug += u'-';
        } else {
            slug += QStringView(folded).mid(i, width);
            // Only Latin letters wear marks that a person may leave off ("Évoli" is "evoli");
            // elsewhere they carry meaning: ピ is ヒ with a mark, a Hangul syllable is letters.
            marksDecoratePrevious = QChar::isLetter(c) && QChar::script(c) == QChar::Script_Latin;
        }
    }
    // Composed again, so that the marks and jamo kept above are one character each (ピ, 피)
    // as in PokeAPI's names; composing also orders runs of marks that dropping punctuation
    // joined, so that a second pass changes nothing.
    return collapseHyphens(slug).normalized(QString::NormalizationForm_C);
}

QString invalidReason(const QString &slug)
{
    if (slug.isEmpty())
        return QStringLiteral("is empty");
    if (slug.size() > MaxSlugLength)
        return QStringLiteral("is longer than %1 characters").arg(MaxSlugLength);

    if (const QStringView number = withoutNumberPrefix(slug); looksLikeANumber(number)) {
        // normalize() leaves only the digits of a number written as one.
        bool inRange = false;
        if (isAsciiDigits(slug)) {
            const QString digits = withoutLeadingZeros(slug);
            inRange
                = digits.size() <= 4 && digits.toInt() >= 1 && digits.toInt() <= LastPokedexNumber;
        }
        if (!inRange)
            return QStringLiteral("is not a Pokédex number (those are whole numbers from 1 to %1)")
                .arg(LastPokedexNumber);
        return {};
    }

    QStringList bad;
    qsizetype width = 1;
    for (qsizetype i = 0; i < slug.size() && bad.size() < MaxBadCharactersShown; i += width) {
        if (isSlugCharacter(codePointAt(slug, i, &width)))
            continue;
        const QString shown = describeCharacter(slug, i);
        if (!bad.contains(shown))
            bad.append(shown);
    }
    if (!bad.isEmpty())
        return QStringLiteral("contains characters a Pokémon name never has: ")
            + bad.join(QLatin1String(", "));

    if (slug.startsWith(u'-'))
        return QStringLiteral("starts with '-'");
    return {};
}

QStringList splitQueries(const QString &text,
                         const std::function<bool(const QString &slug)> &isKnownName)
{
    QStringList queries;
    const auto isSeparator = [](QChar c) { return c == u',' || c == u'\n' || c == u'\r'; };
    if (std::any_of(text.begin(), text.end(), isSeparator)) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && !isSeparator(text.at(i)))
                continue;
            const QString chunk = text.mid(start, i - start).trimmed();
            if (!chunk.isEmpty())
                queries.append(chunk);
            start = i + 1;
        }
        return queries;
    }

    struct Word
    {
        qsizetype begin;
        qsizetype end;
    };
    QList<Word> words;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        words.append({ begin, i });
    }

    const auto known = [&isKnownName](const QString &slug) {
        return isKnownName ? isKnownName(slug) : isBuiltInMultiWordName(slug);
    };
    // Keeping the typed text (not the slug) lets the caller show what the person wrote.
    const auto span = [&](qsizetype first, qsizetype count) {
        return text.mid(words[first].begin, words[first + count - 1].end - words[first].begin);
    };
    for (qsizetype i = 0; i < words.size();) {
        qsizetype taken = 1;
        for (qsizetype n = std::min(MaxWordsPerName, words.size() - i); n > 1; --n) {
            const QString slug = normalize(span(i, n));
            // Only a prefix ("No. 025", "# 25") turns words into one number.
            if (!slug.isEmpty() && (known(slug) || isAsciiDigits(slug))) {
                taken = n;
                break;
            }
        }
        queries.append(span(i, taken));
        i += taken;
    }
    return queries;
}

} // namespace NameNormalizer
