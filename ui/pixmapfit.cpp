#include "pixmapfit.h"

#include <QPainter>

namespace PixmapFit {

namespace {
    QSizeF logicalSize(const QPixmap &pixmap)
    {
        return QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
    }
} // namespace

qreal scaleToFit(const QPixmap &pixmap, const QSizeF &box)
{
    const QSizeF logical = logicalSize(pixmap);
    return qMin(box.width() / logical.width(), box.height() / logical.height());
}

void drawCentred(QPainter *painter, const QPixmap &pixmap, const QPointF &centre, qreal scale)
{
    const QSizeF drawn = logicalSize(pixmap) * scale;
    painter->drawPixmap(QRectF(centre - QPointF(drawn.width(), drawn.height()) / 2, drawn), pixmap,
                        QRectF(pixmap.rect()));
}

} // namespace PixmapFit
