#include "typepalette.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

QByteArray resourceJson()
{
    QFile file(QStringLiteral(":/typecolors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("TypePalette: :/typecolors.json is missing from the resources");
        return {};
    }
    return file.readAll();
}

} // namespace

const TypePalette &TypePalette::instance()
{
    static const TypePalette palette(resourceJson());
    return palette;
}

TypePalette::TypePalette(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QColor color = QColor::fromString(it.value().toString());
        if (color.isValid())
            m_colors.insert(it.key().toLower(), color);
    }
}

QStringList TypePalette::types() const
{
    QStringList list = m_colors.keys();
    list.sort();
    return list;
}

QColor TypePalette::colorFor(const QString &type) const
{
    return m_colors.value(type.toLower(), fallbackColor());
}

QColor TypePalette::textColorOn(const QColor &background)
{
    static const QColor dark(0x1B, 0x1C, 0x20);
    static const QColor light(Qt::white);
    return contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
}

double TypePalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
