#pragma once

#include <QPixmap>

class QPainter;

// Drawing a picture scaled into a box, by its logical size (a high-DPI pixmap is smaller
// than its pixel count says).
namespace PixmapFit {

// The largest scale at which `pixmap` fits in `box`, in logical pixels.
qreal scaleToFit(const QPixmap &pixmap, const QSizeF &box);
// `pixmap` drawn `scale` times its logical size, centred on `centre`.
void drawCentred(QPainter *painter, const QPixmap &pixmap, const QPointF &centre, qreal scale);

} // namespace PixmapFit
