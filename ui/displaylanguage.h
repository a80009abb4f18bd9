#pragma once

#include <QString>
#include <QStringList>

// The display language the window reads in: PokeAPI's names, genus, Pokédex text and type
// names (DisplayNames), and the window's own words (the translation built from
// ui/translations/pokedex_<lang>.ts, where there is one). Kept in QSettings.
namespace DisplayLanguage {

// PokeAPI's language codes the user can choose, in the name table's order.
QStringList available();
// A language as people who read it call it: "de" -> "Deutsch", "ja-hrkt" -> "日本語 (かな)".
QString nativeName(const QString &code);

// The saved choice, else the system locale's language where PokeAPI has it, else "en".
QString saved();
void save(const QString &code);

// Names in `code` from now on (DisplayNames::setLanguage), and the window's words and Qt's
// own (dialog buttons, sizes) in it where a translation exists. Installing the translators
// sends QEvent::LanguageChange: open windows retranslate themselves at once.
void apply(const QString &code);
// The name of Qt's translation for `code` ("de" -> "de", "zh-hant" -> "zh_TW"); empty for
// English, which needs none.
QString qtTranslationName(const QString &code);

} // namespace DisplayLanguage
