#include "focusring.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

void FocusRing::draw(QPainter *painter, const QPainterPath &shape, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);
    painter->restore();
}
