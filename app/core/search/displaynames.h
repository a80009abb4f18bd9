#pragma once

#include <QString>

// A Pokémon's name as people write it, without asking the server: "mr-mime" -> "Mr. Mime",
// "type-null" -> "Type: Null", "tapu-koko" -> "Tapu Koko", "mr-mime-galar" -> "Mr. Mime-Galar",
// anything else title-cased at its dashes ("ho-oh" -> "Ho-Oh", "deoxys-normal" ->
// "Deoxys-Normal"). The detail view shows the species' own English name once it has it.
namespace DisplayNames {

QString forSlug(const QString &slug);

} // namespace DisplayNames
