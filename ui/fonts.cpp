#include "fonts.h"

namespace Fonts {

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(6, qRound(font.pixelSize() * factor)));
    return font;
}

QFont scaled(QFont font, qreal factor, QFont::Weight weight)
{
    font = scaled(font, factor);
    font.setWeight(weight);
    return font;
}

} // namespace Fonts
