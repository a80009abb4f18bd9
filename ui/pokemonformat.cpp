#include "pokemonformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace PokemonFormat {

QString title(const QString &slug)
{
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(u' ');
}

QString number(int id)
{
    return QStringLiteral("#%1").arg(id, 3, 10, QLatin1Char('0'));
}

QString height(int decimetres)
{
    const QLocale locale;
    const int totalInches = int(std::lround(decimetres * 10 / 2.54));
    return QCoreApplication::translate("PokemonFormat", "%1 m (%2′ %3″)")
        .arg(locale.toString(decimetres / 10.0, 'f', 1))
        .arg(totalInches / 12)
        .arg(totalInches % 12);
}

QString weight(int hectograms)
{
    const QLocale locale;
    const double kilograms = hectograms / 10.0;
    return QCoreApplication::translate("PokemonFormat", "%1 kg (%2 lb)")
        .arg(locale.toString(kilograms, 'f', 1), locale.toString(kilograms / 0.45359237, 'f', 1));
}

QString statLabel(const QString &stat)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("PokemonFormat", text); };
    if (stat == QLatin1String("hp"))
        return tr("HP");
    if (stat == QLatin1String("attack"))
        return tr("Attack");
    if (stat == QLatin1String("defense"))
        return tr("Defense");
    if (stat == QLatin1String("special-attack"))
        return tr("Sp. Atk");
    if (stat == QLatin1String("special-defense"))
        return tr("Sp. Def");
    if (stat == QLatin1String("speed"))
        return tr("Speed");
    return title(stat);
}

int idFromUrl(const QString &url)
{
    const QStringList parts = url.split(u'/', Qt::SkipEmptyParts);
    return parts.isEmpty() ? 0 : qMax(0, parts.last().toInt());
}

} // namespace PokemonFormat
