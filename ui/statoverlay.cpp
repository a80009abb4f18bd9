#include "statoverlay.h"

#include "pokemonformat.h"
#include "search/displaynames.h"
#include "statorder.h"
#include "statsview.h"

#include <QPainter>

namespace {
constexpr int LabelWidth = 64;
constexpr int BarHeight = 9;
constexpr int GroupGap = 8;
constexpr int LegendHeight = 22;
} // namespace

StatOverlay::StatOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statOverlay"));
}

QColor StatOverlay::colorFor(int index)
{
    static const QColor colors[] = { QColor(0x1E, 0x88, 0xE5), QColor(0xE5, 0x39, 0x35),
                                     QColor(0x43, 0xA0, 0x47), QColor(0x8E, 0x24, 0xAA) };
    return colors[index % 4];
}

void StatOverlay::setPokemon(const QList<Pokemon> &pokemon)
{
    m_names.clear();
    m_values = QList<QList<int>>(statOrder().size());
    for (const Pokemon &p : pokemon) {
        m_names.append(DisplayNames::forPokemon(p.name, p.speciesName));
        for (qsizetype s = 0; s < statOrder().size(); ++s) {
            int value = 0;
            for (const PokemonStat &stat : p.stats) {
                if (stat.name == statOrder().at(s))
                    value = stat.base;
            }
            m_values[s].append(value);
        }
    }
    updateGeometry();
    update();
}

QStringList StatOverlay::rows() const
{
    QStringList rows;
    for (qsizetype s = 0; s < m_values.size(); ++s) {
        QStringList values;
        for (int value : m_values.at(s))
            values.append(QString::number(value));
        rows.append(PokemonFormat::statLabel(statOrder().at(s)) + u' ' + values.join(u'/'));
    }
    return rows;
}

QSize StatOverlay::sizeHint() const
{
    const int perGroup = int(qMax<qsizetype>(1, m_names.size())) * BarHeight + GroupGap;
    return { 420, LegendHeight + int(statOrder().size()) * perGroup };
}

void StatOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int barsWidth = width() - LabelWidth - 40;
    // Legend
    int x = 0;
    for (int i = 0; i < m_names.size(); ++i) {
        painter.fillRect(QRect(x, 6, 12, 10), colorFor(i));
        painter.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(m_names.at(i));
        painter.drawText(QRect(x + 16, 0, w + 4, LegendHeight), Qt::AlignVCenter, m_names.at(i));
        x += 16 + w + 16;
    }
    int y = LegendHeight;
    const int count = int(m_names.size());
    for (qsizetype s = 0; s < m_values.size(); ++s) {
        const int groupHeight = qMax(1, count) * BarHeight;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, LabelWidth, groupHeight), Qt::AlignVCenter,
                         PokemonFormat::statLabel(statOrder().at(s)));
        for (int i = 0; i < count; ++i) {
            const int value = m_values.at(s).value(i);
            const int w = qMin(barsWidth, barsWidth * value / StatBar::FullScale);
            const QRect bar(LabelWidth, y + i * BarHeight + 1, qMax(2, w), BarHeight - 2);
            painter.fillRect(bar, colorFor(i));
            QFont small = font();
            small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.75));
            painter.setFont(small);
            painter.drawText(QRect(bar.right() + 4, bar.top() - 2, 36, BarHeight + 2),
                             Qt::AlignVCenter, QString::number(value));
            painter.setFont(font());
        }
        y += groupHeight + GroupGap;
    }
}
