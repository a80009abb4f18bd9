// libFuzzer target: whatever is pasted as a Showdown team, parsing never crashes, stays within
// its caps, gives only valid slugs, and what it exports reads back as the same sets.

#include "search/namenormalizer.h"
#include "team/showdownformat.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ShowdownFormat::Result result = ShowdownFormat::parse(text);
    if (result.sets.size() > ShowdownFormat::MaxSets || result.warnings.size() > 40)
        std::abort();
    for (const ShowdownSet &set : result.sets) {
        if (set.slug.isEmpty() || !NameNormalizer::invalidReason(set.slug).isEmpty())
            std::abort(); // would put unchecked characters into a URL
        if (set.moves.size() > ShowdownFormat::MaxMoves)
            std::abort();
    }
    (void)ShowdownFormat::looksLikeTeam(text);
    // Export and read back: the same Pokémon, in the same order.
    const ShowdownFormat::Result again = ShowdownFormat::parse(ShowdownFormat::format(result.sets));
    if (again.sets.size() != result.sets.size())
        std::abort();
    for (qsizetype i = 0; i < again.sets.size(); ++i) {
        if (again.sets.at(i).slug != result.sets.at(i).slug)
            std::abort();
    }
    return 0;
}
