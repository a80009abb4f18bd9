#pragma once

#include <QFont>
#include <QList>
#include <QSize>
#include <QStringList>

class QColor;
class QPainter;
class QRect;

// Text wrapped at word boundaries onto as many lines as a box holds, in the first (largest) of
// a few fonts that holds all of it. Only when even the last font cannot is the last line
// elided, so a card's error reads whole whenever it can fit.
namespace WrappedText {

struct Layout
{
    QFont font;
    QStringList lines;
    bool complete = true; // every word is on a line; false: the last line ends in "…"
};

// `fonts` from largest to smallest; at least one.
Layout fit(const QString &text, const QList<QFont> &fonts, const QSize &box);
// The lines of `layout`, each centred, the block centred vertically in `rect`.
void draw(QPainter *painter, const QRect &rect, const Layout &layout, const QColor &color);

} // namespace WrappedText
