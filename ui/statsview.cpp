#include "statsview.h"

#include "palettecolors.h"
#include "pokemonformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

using namespace PaletteColors;

StatBar::StatBar(int value, QWidget *parent)
    : QWidget(parent)
    , m_value(value)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(60);
}

QColor StatBar::colorFor(int value)
{
    if (value < 30)
        return QColor(0xF3, 0x44, 0x44);
    if (value < 60)
        return QColor(0xFF, 0x7F, 0x0F);
    if (value < 90)
        return QColor(0xFF, 0xC9, 0x31);
    if (value < 120)
        return QColor(0xA0, 0xD4, 0x1E);
    if (value < 150)
        return QColor(0x23, 0xCD, 0x5E);
    return QColor(0x00, 0xB8, 0xC2);
}

void StatBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF track = QRectF(rect()).adjusted(0, 1, 0, -1);
    const qreal radius = track.height() / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.09));
    painter.drawRoundedRect(track, radius, radius);
    const qreal share = qBound(0.0, m_value / qreal(FullScale), 1.0);
    if (share <= 0)
        return;
    QRectF fill = track;
    fill.setWidth(qMax(track.height(), track.width() * share));
    painter.setBrush(colorFor(m_value));
    painter.drawRoundedRect(fill, radius, radius);
}

StatsView::StatsView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(7);
    m_grid->setColumnStretch(2, 1);
}

QStringList StatsView::rows() const
{
    return m_rows;
}

void StatsView::setStats(const QList<PokemonStat> &stats)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_bars.clear();
    m_rows.clear();
    m_total = 0;

    // The order every Pokédex uses; anything else PokeAPI adds comes after.
    static const QStringList order = { QStringLiteral("hp"),
                                       QStringLiteral("attack"),
                                       QStringLiteral("defense"),
                                       QStringLiteral("special-attack"),
                                       QStringLiteral("special-defense"),
                                       QStringLiteral("speed") };
    QList<PokemonStat> sorted = stats;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PokemonStat &a, const PokemonStat &b) {
        const auto rank = [](const QString &name) {
            const qsizetype at = order.indexOf(name);
            return at < 0 ? order.size() : at;
        };
        return rank(a.name) < rank(b.name);
    });

    const QColor muted = PaletteColors::muted(palette());
    QFont valueFont = font();
    valueFont.setWeight(QFont::DemiBold);
    const int valueWidth = QFontMetrics(valueFont).horizontalAdvance(QStringLiteral("0000"));
    int row = 0;
    const auto addRow = [&](const QString &label, int value, bool withBar) {
        auto *name = new QLabel(label, this);
        if (withBar) {
            setTextColor(name, muted);
        } else {
            name->setFont(valueFont);
        }
        auto *number = new QLabel(QString::number(value), this);
        number->setFont(valueFont);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(valueWidth);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(number, row, 1);
        m_rowWidgets << name << number;
        if (withBar) {
            auto *bar = new StatBar(value, this);
            bar->setAccessibleName(tr("%1: %2").arg(label).arg(value));
            m_grid->addWidget(bar, row, 2, Qt::AlignVCenter);
            m_rowWidgets << bar;
            m_bars << bar;
        }
        ++row;
    };
    for (const PokemonStat &stat : std::as_const(sorted)) {
        const QString label = PokemonFormat::statLabel(stat.name);
        addRow(label, stat.base, true);
        m_rows << QStringLiteral("%1 %2").arg(label).arg(stat.base);
        m_total += stat.base;
    }
    addRow(tr("Total"), m_total, false);
}
