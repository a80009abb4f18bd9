#include "typebadge.h"

#include "fonts.h"
#include "search/displaynames.h"
#include "typepalette.h"

#include <QEvent>
#include <QPainter>

TypeBadge::TypeBadge(const QString &type, Size size, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_text(label(type))
    , m_size(size)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("%1 type").arg(m_text));
}

QFont TypeBadge::badgeFont() const
{
    return Fonts::scaled(font(), m_size == Size::Small ? 0.88 : 1.0, QFont::DemiBold);
}

QSize TypeBadge::sizeHint() const
{
    const QFontMetrics fm(badgeFont());
    const int padding = m_size == Size::Small ? 9 : 12;
    const int height = fm.height() + (m_size == Size::Small ? 5 : 8);
    return { qMax(height * 2, fm.horizontalAdvance(m_text) + 2 * padding), height };
}

QString TypeBadge::label(const QString &type)
{
    return DisplayNames::forType(type);
}

void TypeBadge::paint(QPainter *painter, const QRectF &pill, const QString &type)
{
    const TypePalette &palette = TypePalette::instance();
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.colorFor(type));
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(palette.textColorFor(type));
    painter->drawText(pill, Qt::AlignCenter, label(type));
}

void TypeBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(badgeFont());
    paint(&painter, QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), m_type);
}

void TypeBadge::changeEvent(QEvent *event)
{
    // The label is the type's name in the display language: as wide as that is.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
