#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Colours derived from the widget palette, so light and dark themes both work.
namespace PaletteColors {

// `a` moved towards `b` by `t` (0..1), alpha included.
QColor mix(const QColor &a, const QColor &b, qreal t);
QColor withAlpha(QColor color, int alpha);
bool isDark(const QPalette &palette);
// A red that reads on the palette's base colour.
QColor warning(const QPalette &palette);
// Secondary text: the text colour faded towards the base.
QColor muted(const QPalette &palette);
// Sets the colour a widget's text is drawn in, whichever of WindowText and Text its
// background role makes it use (on a Base background labels draw in Text).
void setTextColor(QWidget *widget, const QColor &color);

} // namespace PaletteColors
