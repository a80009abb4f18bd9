#pragma once

#include <QString>

namespace DisplayNames {

// DisplayNames::forSlug in English, whatever the display language, for formats read by other
// programs (Showdown's team text): "mr-mime-galar" -> "Mr. Mime-Galar". In displaynames.cpp.
QString englishForSlug(const QString &slug);

} // namespace DisplayNames
