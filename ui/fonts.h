#pragma once

#include <QFont>

// Fonts larger or smaller than the widget's, for titles, captions and badges.
namespace Fonts {

// `font` at `factor` times its size, whether it is sized in points or (from a style sheet,
// say) in pixels; never below 6 pixels.
QFont scaled(QFont font, qreal factor);
// The same, in `weight`.
QFont scaled(QFont font, qreal factor, QFont::Weight weight);

} // namespace Fonts
