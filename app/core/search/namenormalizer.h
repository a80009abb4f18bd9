#pragma once

#include <QString>
#include <QStringList>
#include <functional>

// What a person types -> the PokeAPI slug, and a search box's text -> queries.
namespace NameNormalizer {

// No PokeAPI name is longer.
inline constexpr qsizetype MaxSlugLength = 100;

// "Mr. Mime" / "Mr.Mime" -> "mr-mime", "Farfetch'd" -> "farfetchd", "Nidoran♀" -> "nidoran-f",
// "Flabébé" -> "flabebe", "ｐｉｋａｃｈｕ" -> "pikachu", " PIKACHU " -> "pikachu",
// "Évoli" -> "evoli"; other scripts keep their marks and are only folded to their standard
// width and composed form (NFKC): "ﾋﾟｶﾁｭｳ" -> "ピカチュウ", "피카츄" and "皮卡丘" stay,
// "No. 025" / "#025" / "025" -> "25" (Pokédex numbers pass as digits). Text with a digit and
// no letter that is not written so ("25.0", "-25", "+25") is returned trimmed and lower-case
// but otherwise as typed, for invalidReason to reject. Returns an empty string when nothing
// usable is left. Text of more than 400 characters (after trimming) is returned trimmed but
// otherwise untouched, so that invalidReason rejects it as too long, whatever its size.
QString normalize(const QString &typed);

// Why `slug` (the output of normalize) cannot be a PokeAPI name, or an empty string when it
// can. A valid slug is 1..MaxSlugLength characters of [a-z0-9-_], not starting with '-'; one
// with a digit and no letter must be a Pokédex number, 1 to 1025 in digits ("025" passes).
QString invalidReason(const QString &slug);

// Splits search-box text into queries, each trimmed, in typed order (duplicates kept; the
// caller collapses them). If the text contains a comma or newline, those alone separate
// queries ("pikachu, Mr. Mime" -> {"pikachu", "Mr. Mime"}). Otherwise whitespace separates
// them, except that adjacent words whose joined slug is a Pokédex number ("No. 025") or a known
// multi-word name stay together ("mr mime pikachu" -> {"mr mime", "pikachu"}). Names are known
// by `isKnownName(slug)`; when it is empty, by a built-in list of multi-word species slugs.
QStringList splitQueries(const QString &text,
                         const std::function<bool(const QString &slug)> &isKnownName = {});

} // namespace NameNormalizer
