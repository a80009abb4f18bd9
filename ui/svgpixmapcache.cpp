#include "svgpixmapcache.h"

#include <QPainter>
#include <QSvgRenderer>

QPixmap SvgPixmapCache::pixmap(const QString &resource, int size, qreal dpr, const QColor &tint)
{
    const QString key = resource % u'/' % QString::number(size) % u'@'
        % QString::number(qRound(dpr * 100)) % u'/'
        % (tint.isValid() ? tint.name(QColor::HexArgb) : QString());
    if (auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return *it;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer(resource).render(&p);
        if (tint.isValid()) {
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(pixmap.rect(), tint);
        }
    }
    pixmap.setDevicePixelRatio(dpr);
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}
