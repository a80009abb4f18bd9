#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

// Colour of each Pokémon type (":/typecolors.json"), for badges and card tints.
class TypePalette
{
public:
    // The palette from the resources, loaded once.
    static const TypePalette &instance();

    // Type slug -> "#RRGGBB" in a JSON object; anything malformed is skipped.
    explicit TypePalette(const QByteArray &json);

    bool contains(const QString &type) const { return m_colors.contains(type.toLower()); }
    QStringList types() const;

    // The type's colour, or fallbackColor() for a type the palette does not know.
    QColor colorFor(const QString &type) const;
    // Near-black or white, whichever reads better on colorFor(type).
    QColor textColorFor(const QString &type) const { return textColorOn(colorFor(type)); }

    static QColor fallbackColor() { return QColor(0x9E, 0xA3, 0xAB); }
    static QColor textColorOn(const QColor &background);
    // WCAG 2 contrast ratio, 1..21.
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    QHash<QString, QColor> m_colors;
};
