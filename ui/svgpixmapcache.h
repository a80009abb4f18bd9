#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QString>

// SVG resources rendered into pixmaps at the device size they are drawn at (scaling a
// pixmap would blur or jag it), optionally in one flat colour, and kept for the next paint.
class SvgPixmapCache
{
public:
    // `resource` rendered `size` logical pixels square for `devicePixelRatio`; with a valid
    // `tint`, every pixel it covers is painted in that colour.
    QPixmap pixmap(const QString &resource, int size, qreal devicePixelRatio,
                   const QColor &tint = QColor());

private:
    QHash<QString, QPixmap> m_pixmaps; // by resource, size, scale and tint
};
