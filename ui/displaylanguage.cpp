#include "displaylanguage.h"

#include "search/displaynames.h"
#include "search/localizednames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace {

const auto LanguageKey = QStringLiteral("display/language");

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

void apply(const QString &code)
{
    DisplayNames::setLanguage(code);
    // One translator for the window's words, replaced when the language changes; PokeAPI's
    // codes name the file by their language alone ("zh-hant" -> pokedex_zh.qm).
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    auto next = std::make_unique<QTranslator>();
    const QString language = code.section(u'-', 0, 0);
    if (next->load(QStringLiteral(":/i18n/pokedex_") + language)) {
        translator = next.release();
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace DisplayLanguage
