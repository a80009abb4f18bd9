// libFuzzer target: whatever a person types or pastes, normalising and splitting never crash,
// and a slug that passes validation can only contain what a PokeAPI name contains.

#include "search/namenormalizer.h"
#include "search/namesuggester.h"

#include <cstdint>
#include <cstdlib>

static bool isSafeSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > NameNormalizer::MaxSlugLength)
        return false;
    for (const QChar c : slug) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString slug = NameNormalizer::normalize(text);
    if (NameNormalizer::invalidReason(slug).isEmpty() && !isSafeSlug(slug))
        std::abort(); // would put unchecked characters into a URL
    if (NameNormalizer::normalize(slug) != slug)
        std::abort(); // normalising twice changes nothing

    const QStringList queries = NameNormalizer::splitQueries(text);
    for (const QString &query : queries) {
        if (query.isEmpty() || query != query.trimmed())
            std::abort();
    }

    const qsizetype half = text.size() / 2;
    const QStringView a = QStringView(text).left(half).left(64);
    const QStringView b = QStringView(text).mid(half).left(64);
    if (NameSuggester::editDistance(a, b) != NameSuggester::editDistance(b, a))
        std::abort();
    return 0;
}
