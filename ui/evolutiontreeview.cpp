#include "evolutiontreeview.h"

#include "focusring.h"
#include "fonts.h"
#include "palettecolors.h"
#include "pokemonformat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace PaletteColors;

namespace {

constexpr int SideMargin = 3;
constexpr int TopMargin = 16; // room for the first row's trigger text above its edge
constexpr int BottomMargin = 4;
constexpr int ChipHeight = 38;
constexpr int RowPitch = 50;
constexpr int ChipPadding = 12;
constexpr int MinChipWidth = 78;
constexpr int MinEdge = 56;
constexpr int MaxEdge = 150;
constexpr int ComfortableEdge = 110; // what the size hint asks room for
constexpr int TrunkOffset = 14;
constexpr int ArrowRoom = 10; // the arrow head at the end of an edge
constexpr int ColumnGap = 12; // between leaves, growing downwards
constexpr int StageGap = 50; // between stages, growing downwards
constexpr int MaxDepth = 12; // a chain deeper than this is not a real one
constexpr int MaxNodes = 64;

// `text` greedily wrapped into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapLines(const QString &text, const QFontMetrics &fm, int width, int maxLines)
{
    QStringList lines;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + u' ' + words.at(i);
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            // The rest does not fit: the last line takes it all, elided.
            line = candidate;
            for (qsizetype j = i + 1; j < words.size(); ++j)
                line += u' ' + words.at(j);
            break;
        }
        lines << line;
        line = words.at(i);
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = fm.elidedText(l, Qt::ElideRight, width);
    return lines;
}

struct WrappedLabel
{
    QString text; // lines joined by '\n'
    QSize size;
};

// An edge's trigger text on at most two lines of `width`, and the room those take.
WrappedLabel wrapLabel(const QString &text, const QFontMetrics &fm, int width)
{
    const QStringList lines = wrapLines(text, fm, width, 2);
    int textWidth = 0;
    for (const QString &line : lines)
        textWidth = qMax(textWidth, fm.horizontalAdvance(line));
    return { lines.join(u'\n'), QSize(textWidth, int(lines.size()) * fm.height()) };
}

} // namespace

EvolutionTreeView::EvolutionTreeView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Evolution chain"));
}

void EvolutionTreeView::setChain(const EvolutionNode &root, const QString &current)
{
    m_nodes.clear();
    m_hovered = -1;
    m_focused = 0;
    m_current = current;
    int nextLeaf = 0;
    if (!root.species.isEmpty())
        add(root, -1, 0, &nextLeaf);
    const int at = indexOf(current);
    if (at >= 0)
        m_focused = at;
    updateGeometry();
    relayout();
    update();
}

int EvolutionTreeView::add(const EvolutionNode &node, int parent, int depth, int *nextLeaf)
{
    if (depth > MaxDepth || m_nodes.size() >= MaxNodes)
        return -1;
    Node n;
    n.species = node.species;
    n.label = PokemonFormat::title(node.species);
    const int id = PokemonFormat::idFromUrl(node.speciesUrl.path());
    if (id > 0)
        n.number = PokemonFormat::number(id);
    n.trigger = node.trigger;
    n.parent = parent;
    n.depth = depth;
    const int index = int(m_nodes.size());
    m_nodes.append(n);
    for (const EvolutionNode &child : node.evolvesTo) {
        const int c = add(child, index, depth + 1, nextLeaf);
        if (c >= 0)
            m_nodes[index].children.append(c);
    }
    Node &self = m_nodes[index];
    if (self.children.isEmpty())
        self.row = (*nextLeaf)++;
    else
        self.row
            = (m_nodes.at(self.children.first()).row + m_nodes.at(self.children.last()).row) / 2;
    return index;
}

QStringList EvolutionTreeView::species() const
{
    QStringList list;
    for (const Node &n : m_nodes)
        list << n.species;
    return list;
}

QStringList EvolutionTreeView::childrenOf(const QString &species) const
{
    QStringList list;
    const int at = indexOf(species);
    if (at >= 0) {
        for (int c : m_nodes.at(at).children)
            list << m_nodes.at(c).species;
    }
    return list;
}

QString EvolutionTreeView::triggerOf(const QString &species) const
{
    const int at = indexOf(species);
    return at >= 0 ? m_nodes.at(at).trigger : QString();
}

QString EvolutionTreeView::shownTriggerOf(const QString &species) const
{
    const int at = indexOf(species);
    return at >= 0 ? m_nodes.at(at).shownTrigger : QString();
}

QRect EvolutionTreeView::nodeRect(const QString &species) const
{
    const int at = indexOf(species);
    return at >= 0 ? m_nodes.at(at).rect : QRect();
}

QString EvolutionTreeView::focusedSpecies() const
{
    return m_nodes.isEmpty() ? QString() : m_nodes.at(m_focused).species;
}

int EvolutionTreeView::indexOf(const QString &species) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).species == species)
            return i;
    }
    return -1;
}

QFont EvolutionTreeView::nameFont() const
{
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont EvolutionTreeView::smallFont() const
{
    return Fonts::scaled(font(), 0.86);
}

int EvolutionTreeView::chipWidth(const Node &node) const
{
    const int text = qMax(QFontMetrics(nameFont()).horizontalAdvance(node.label),
                          QFontMetrics(smallFont()).horizontalAdvance(node.number));
    return qMax(MinChipWidth, text + 2 * ChipPadding);
}

int EvolutionTreeView::columnCount() const
{
    int depth = -1;
    for (const Node &n : m_nodes)
        depth = qMax(depth, n.depth);
    return depth + 1;
}

QList<int> EvolutionTreeView::columnWidths() const
{
    QList<int> widths(columnCount(), 0);
    for (const Node &n : m_nodes)
        widths[n.depth] = qMax(widths.at(n.depth), chipWidth(n));
    return widths;
}

int EvolutionTreeView::leafCount() const
{
    int leaves = 0;
    for (const Node &n : m_nodes)
        leaves += n.children.isEmpty() ? 1 : 0;
    return qMax(1, leaves);
}

int EvolutionTreeView::widestChip() const
{
    int chip = 0;
    for (int w : columnWidths())
        chip = qMax(chip, w);
    return chip;
}

int EvolutionTreeView::horizontalWidth(int edge) const
{
    const QList<int> columns = columnWidths();
    int width = 2 * SideMargin;
    for (int w : columns)
        width += w;
    return width + qMax(0, int(columns.size()) - 1) * edge;
}

int EvolutionTreeView::labelInset(bool branching)
{
    return (branching ? TrunkOffset + 6 : 8) + ArrowRoom;
}

QList<int> EvolutionTreeView::edgeLengths(int width) const
{
    const int edges = columnCount() - 1;
    if (edges <= 0)
        return {};
    // What each gap between stages needs to give its triggers one line ("Level 7" must not
    // wrap), up to MaxEdge: longer triggers wrap.
    const QFontMetrics fm(smallFont());
    QList<int> wanted(edges, MinEdge);
    for (const Node &n : m_nodes) {
        if (n.parent < 0)
            continue;
        const bool branching = m_nodes.at(n.parent).children.size() > 1;
        const int room = fm.horizontalAdvance(n.trigger) + labelInset(branching) + 2;
        wanted[n.depth - 1] = qMax(wanted.at(n.depth - 1), qMin(room, MaxEdge));
    }
    int total = 0;
    for (int w : wanted)
        total += w;
    const int available = width - horizontalWidth(0); // what the stages leave
    QList<int> lengths;
    for (int w : std::as_const(wanted)) {
        // Room to spare is shared out evenly; short of it, every gap gives some up in
        // proportion to what it wanted.
        lengths << (total <= available
                        ? qMin(MaxEdge, w + (available - total) / edges)
                        : qMax(MinEdge, int(qint64(qMax(0, available)) * w / total)));
    }
    return lengths;
}

int EvolutionTreeView::verticalMinimumWidth() const
{
    const int leaves = leafCount();
    return 2 * SideMargin + leaves * widestChip() + (leaves - 1) * ColumnGap;
}

bool EvolutionTreeView::verticalFor(int width) const
{
    // Growing to the right reads best; downwards only when that is what fits.
    return m_nodes.size() > 1 && horizontalWidth(MinEdge) > width
        && verticalMinimumWidth() <= width;
}

int EvolutionTreeView::heightFor(bool vertical) const
{
    if (vertical)
        return 2 * SideMargin + columnCount() * ChipHeight + (columnCount() - 1) * StageGap;
    return TopMargin + leafCount() * RowPitch + BottomMargin;
}

int EvolutionTreeView::heightForWidth(int width) const
{
    return heightFor(verticalFor(width));
}

QSize EvolutionTreeView::sizeHint() const
{
    return { horizontalWidth(ComfortableEdge), heightFor(false) };
}

QSize EvolutionTreeView::minimumSizeHint() const
{
    const int width = qMin(horizontalWidth(MinEdge), verticalMinimumWidth());
    return { width, heightFor(verticalFor(width)) };
}

void EvolutionTreeView::relayout()
{
    if (m_nodes.isEmpty())
        return;
    m_vertical = verticalFor(width());
    const QList<int> columns = columnWidths();
    const QFontMetrics fm(smallFont());

    if (m_vertical) {
        // Stages are rows; leaves share the width in equal columns.
        const int chip = widestChip();
        const int leaves = leafCount();
        const int pitch = qMax(chip + ColumnGap, (width() - 2 * SideMargin) / leaves);
        const int left = SideMargin + (width() - 2 * SideMargin - pitch * leaves) / 2;
        for (Node &n : m_nodes) {
            const int centreX = left + qRound(n.row * pitch) + pitch / 2;
            const int top = SideMargin + n.depth * (ChipHeight + StageGap);
            n.rect = QRect(centreX - chip / 2, top, chip, ChipHeight);
        }
        for (Node &n : m_nodes) {
            if (n.parent < 0)
                continue;
            const Node &p = m_nodes.at(n.parent);
            const bool branching = p.children.size() > 1;
            const int segmentTop = branching ? p.rect.bottom() + TrunkOffset : p.rect.bottom();
            const WrappedLabel label = wrapLabel(n.trigger, fm, pitch - 8);
            n.shownTrigger = label.text;
            const int middle = (segmentTop + n.rect.top() - 6) / 2;
            n.labelRect = QRect(QPoint(n.rect.center().x() - label.size.width() / 2,
                                       middle - label.size.height() / 2),
                                label.size);
        }
        return;
    }

    const QList<int> edges = edgeLengths(width());
    const int left = SideMargin; // in line with the pane's text
    QList<int> columnX;
    int x = left;
    for (int i = 0; i < columns.size(); ++i) {
        columnX << x;
        x += columns.at(i) + edges.value(i);
    }
    for (Node &n : m_nodes) {
        const int centreY = TopMargin + qRound(n.row * RowPitch) + RowPitch / 2;
        n.rect
            = QRect(columnX.at(n.depth), centreY - ChipHeight / 2, columns.at(n.depth), ChipHeight);
    }
    for (Node &n : m_nodes) {
        if (n.parent < 0)
            continue;
        const Node &p = m_nodes.at(n.parent);
        const bool branching = p.children.size() > 1;
        // Right of the trunk (which runs through the label's height for a lower branch) and
        // short of the arrow head.
        const int spanLeft = p.rect.right() + labelInset(branching) - ArrowRoom;
        const int spanRight = n.rect.left() - ArrowRoom;
        const int span = qMax(20, spanRight - spanLeft);
        const WrappedLabel label = wrapLabel(n.trigger, fm, span);
        n.shownTrigger = label.text;
        n.labelRect = QRect(QPoint(spanLeft + (span - label.size.width()) / 2,
                                   n.rect.center().y() - 3 - label.size.height()),
                            label.size);
    }
}

void EvolutionTreeView::paintEvent(QPaintEvent *)
{
    if (m_nodes.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor line = mix(text, base, 0.62);
    const QColor muted = PaletteColors::muted(pal);

    // Edges first, so the boxes sit on top of them.
    QPen edgePen(line, 1.5);
    edgePen.setCapStyle(Qt::RoundCap);
    edgePen.setJoinStyle(Qt::RoundJoin);
    painter.setFont(smallFont());
    for (const Node &n : std::as_const(m_nodes)) {
        if (n.parent < 0)
            continue;
        const Node &p = m_nodes.at(n.parent);
        QPainterPath path;
        QPainterPath arrow;
        if (m_vertical) {
            const qreal px = QRectF(p.rect).center().x();
            const qreal cx = QRectF(n.rect).center().x();
            const qreal sy = p.rect.bottom() + 4;
            const qreal ey = n.rect.top() - 4;
            path.moveTo(px, sy);
            if (qAbs(cx - px) < 1) {
                path.lineTo(cx, ey);
            } else {
                const qreal trunk = p.rect.bottom() + TrunkOffset;
                const qreal r = qMin(8.0, qAbs(cx - px) / 2);
                const qreal dir = cx > px ? 1 : -1;
                path.lineTo(px, trunk - r);
                path.quadTo(px, trunk, px + dir * r, trunk);
                path.lineTo(cx - dir * r, trunk);
                path.quadTo(cx, trunk, cx, trunk + r);
                path.lineTo(cx, ey);
            }
            arrow.moveTo(cx, ey + 1);
            arrow.lineTo(cx - 4, ey - 6);
            arrow.lineTo(cx + 4, ey - 6);
        } else {
            const qreal py = QRectF(p.rect).center().y();
            const qreal cy = QRectF(n.rect).center().y();
            const qreal sx = p.rect.right() + 4;
            const qreal ex = n.rect.left() - 4;
            path.moveTo(sx, py);
            if (p.children.size() < 2 || qAbs(cy - py) < 1) {
                path.lineTo(ex, cy);
            } else {
                const qreal trunk = p.rect.right() + TrunkOffset;
                const qreal r = qMin(8.0, qAbs(cy - py) / 2);
                const qreal dir = cy > py ? 1 : -1;
                path.lineTo(trunk - r, py);
                path.quadTo(trunk, py, trunk, py + dir * r);
                path.lineTo(trunk, cy - dir * r);
                path.quadTo(trunk, cy, trunk + r, cy);
                path.lineTo(ex, cy);
            }
            arrow.moveTo(ex + 1, cy);
            arrow.lineTo(ex - 6, cy - 4);
            arrow.lineTo(ex - 6, cy + 4);
        }
        arrow.closeSubpath();
        painter.setPen(edgePen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(line);
        painter.drawPath(arrow);
        if (m_vertical && !n.shownTrigger.isEmpty()) {
            // The label sits on the line, which passes behind it.
            painter.setBrush(base);
            painter.drawRect(QRectF(n.labelRect).adjusted(-4, -1, 4, 1));
        }
        painter.setPen(muted);
        painter.drawText(n.labelRect,
                         Qt::AlignHCenter | (m_vertical ? Qt::AlignVCenter : Qt::AlignBottom),
                         n.shownTrigger);
    }

    const QFont name = nameFont();
    const QFont small = smallFont();
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        const bool current = n.species == m_current;
        const bool hovered = i == m_hovered;
        const QRectF chip = QRectF(n.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = mix(base, text, 0.035);
        QColor border = mix(base, text, 0.16);
        if (current) {
            fill = mix(base, highlight, 0.14);
            border = highlight;
        } else if (hovered) {
            fill = mix(base, highlight, 0.06);
            border = mix(border, highlight, 0.6);
        }
        painter.setPen(QPen(border, current ? 1.6 : 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(chip, 10, 10);
        if (hasFocus() && i == m_focused) {
            QPainterPath ring;
            ring.addRoundedRect(chip.adjusted(-3, -3, 3, 3), 12, 12);
            FocusRing::draw(&painter, ring, pal);
        }
        const QRect textArea = n.rect.adjusted(6, 3, -6, -3);
        if (n.number.isEmpty()) {
            painter.setFont(name);
            painter.setPen(text);
            painter.drawText(textArea, Qt::AlignCenter, n.label);
        } else {
            const QFontMetrics nm(name), sm(small);
            const int block = nm.height() + sm.height() - 2;
            const int top = textArea.top() + (textArea.height() - block) / 2;
            painter.setFont(name);
            painter.setPen(text);
            painter.drawText(QRect(textArea.left(), top, textArea.width(), nm.height()),
                             Qt::AlignCenter,
                             nm.elidedText(n.label, Qt::ElideRight, textArea.width()));
            painter.setFont(small);
            painter.setPen(muted);
            painter.drawText(
                QRect(textArea.left(), top + nm.height() - 2, textArea.width(), sm.height()),
                Qt::AlignCenter, n.number);
        }
    }
    if (m_nodes.size() == 1) {
        const QRect chip = m_nodes.first().rect;
        painter.setFont(font());
        painter.setPen(muted);
        painter.drawText(
            QRect(chip.right() + 14, chip.top(), width() - chip.right() - 14, chip.height()),
            Qt::AlignLeft | Qt::AlignVCenter, tr("Does not evolve"));
    }
}

void EvolutionTreeView::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

int EvolutionTreeView::indexAt(const QPoint &pos) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void EvolutionTreeView::mouseMoveEvent(QMouseEvent *event)
{
    const int at = indexAt(event->position().toPoint());
    if (at != m_hovered) {
        m_hovered = at;
        setCursor(at >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void EvolutionTreeView::mouseReleaseEvent(QMouseEvent *event)
{
    const int at = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && at >= 0) {
        m_focused = at;
        update();
        Q_EMIT speciesActivated(m_nodes.at(at).species);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void EvolutionTreeView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        unsetCursor();
        update();
    }
    QWidget::leaveEvent(event);
}

void EvolutionTreeView::keyPressEvent(QKeyEvent *event)
{
    if (m_nodes.isEmpty())
        return QWidget::keyPressEvent(event);
    const int last = int(m_nodes.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_focused = qMax(0, m_focused - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_focused = qMin(last, m_focused + 1);
        break;
    case Qt::Key_Home:
        m_focused = 0;
        break;
    case Qt::Key_End:
        m_focused = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT speciesActivated(m_nodes.at(m_focused).species);
        break;
    default:
        return QWidget::keyPressEvent(event); // Esc goes on to the pane
    }
    update();
    event->accept();
}

bool EvolutionTreeView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int at = indexAt(help->pos());
        QString tip;
        if (at >= 0) {
            tip = tr("Open %1").arg(m_nodes.at(at).label);
        } else {
            for (const Node &n : std::as_const(m_nodes)) {
                if (n.labelRect.contains(help->pos()) && n.shownTrigger != n.trigger)
                    tip = n.trigger;
            }
        }
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void EvolutionTreeView::changeEvent(QEvent *event)
{
    // Names in the display language: laid out again when it changes.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
        relayout();
    }
    QWidget::changeEvent(event);
}
