#include "displaylanguage.h"

#include "search/displaynames.h"
#include "search/localizednames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace {

const auto LanguageKey = QStringLiteral("display/language");

// Installs `file` from `directory` in place of *translator; none when it does not exist.
void replaceTranslator(QTranslator **translator, const QString &directory, const QString &file)
{
    if (*translator) {
        QCoreApplication::removeTranslator(*translator);
        delete *translator;
        *translator = nullptr;
    }
    auto next = std::make_unique<QTranslator>();
    if (!file.isEmpty() && next->load(file, directory)) {
        *translator = next.release();
        QCoreApplication::installTranslator(*translator);
    }
}

} // namespace

namespace DisplayLanguage {

QStringList available()
{
    return LocalizedNames::builtIn().languages();
}

QString nativeName(const QString &code)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("es-419"), QStringLiteral("Español (Latinoamérica)") },
        { QStringLiteral("it"), QStringLiteral("Italiano") },
        { QStringLiteral("ja-hrkt"), QStringLiteral("日本語 (かな)") },
        { QStringLiteral("ja"), QStringLiteral("日本語 (漢字)") },
        { QStringLiteral("ja-roma"), QStringLiteral("Nihongo (rōmaji)") },
        { QStringLiteral("ko"), QStringLiteral("한국어") },
        { QStringLiteral("zh-hant"), QStringLiteral("中文 (繁體)") },
        { QStringLiteral("zh-hans"), QStringLiteral("中文 (简体)") },
    };
    return names.value(code, code);
}

QString saved()
{
    const QString code = QSettings().value(LanguageKey).toString();
    return available().contains(code) ? code : DisplayNames::languageFor(QLocale::system());
}

void save(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

QString qtTranslationName(const QString &code)
{
    if (code == QLatin1String("zh-hant"))
        return QStringLiteral("zh_TW");
    if (code == QLatin1String("zh-hans"))
        return QStringLiteral("zh_CN");
    const QString language = code.section(u'-', 0, 0);
    return language == QLatin1String("en") ? QString() : language;
}

void apply(const QString &code)
{
    // Names first: installing a translator tells every widget to retranslate, and they read
    // the new language as they do.
    DisplayNames::setLanguage(code);
    // Qt's own words ("Cancel", "Close", "bytes") from Debian's qt6-translations-l10n, then the
    // window's, which are looked up first. PokeAPI's codes name our files by their language
    // alone ("zh-hant" -> pokedex_zh.qm).
    static QTranslator *qt = nullptr;
    static QTranslator *ours = nullptr;
    const QString qtName = qtTranslationName(code);
    replaceTranslator(&qt, QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                      qtName.isEmpty() ? QString() : QStringLiteral("qtbase_") + qtName);
    replaceTranslator(&ours, QStringLiteral(":/i18n"),
                      QStringLiteral("pokedex_") + code.section(u'-', 0, 0));
}

} // namespace DisplayLanguage
