#include "wrappedtext.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace WrappedText {

namespace {

    // `text` in `font` on lines of `width`, at most `maxLines` of them, the last elided if
    // words are left over.
    Layout layoutIn(const QString &text, const QFont &font, int width, int maxLines)
    {
        Layout result;
        result.font = font;
        const QFontMetrics fm(font);
        QTextLayout layout(text, font);
        layout.beginLayout();
        while (result.lines.size() < maxLines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const QString rest = text.mid(line.textStart()).simplified();
            if (result.lines.size() == maxLines - 1 && fm.horizontalAdvance(rest) > width) {
                result.lines.append(fm.elidedText(rest, Qt::ElideRight, width));
                result.complete = false;
                break;
            }
            result.lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        return result;
    }

} // namespace

Layout fit(const QString &text, const QList<QFont> &fonts, const QSize &box)
{
    Layout layout;
    for (const QFont &font : fonts) {
        const int lines = qMax(1, box.height() / QFontMetrics(font).height());
        layout = layoutIn(text, font, box.width(), lines);
        if (layout.complete)
            break;
    }
    return layout;
}

void draw(QPainter *painter, const QRect &rect, const Layout &layout, const QColor &color)
{
    painter->setFont(layout.font);
    painter->setPen(color);
    const int lineHeight = QFontMetrics(layout.font).height();
    int y = rect.top() + (rect.height() - lineHeight * int(layout.lines.size())) / 2;
    for (const QString &line : layout.lines) {
        painter->drawText(QRect(rect.left(), y, rect.width(), lineHeight), Qt::AlignCenter, line);
        y += lineHeight;
    }
}

} // namespace WrappedText
