#pragma once

#include "api/pokemondetails.h"

#include <QList>
#include <QWidget>

// An evolution chain drawn as a tree: one column per stage growing to the right, branches
// fanning out from a trunk (Eevee's eight, Wurmple's split), each edge labelled with its
// trigger ("Level 16", "Use Water Stone"). When that is too wide for the pane and growing
// downwards fits (a long linear chain), the stages are rows instead. Clicking a member, or
// Enter on the focused one (arrow keys move between them), emits speciesActivated().
class EvolutionTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit EvolutionTreeView(QWidget *parent = nullptr);

    // `current` is the species slug to highlight (the one on show).
    void setChain(const EvolutionNode &root, const QString &current = {});

    // Every member in depth-first order, as slugs.
    QStringList species() const;
    QStringList childrenOf(const QString &species) const;
    // The trigger on the edge into `species` ("" for the root or an unknown name).
    QString triggerOf(const QString &species) const;
    // The trigger as drawn: its lines joined by '\n', elided if it had to be.
    QString shownTriggerOf(const QString &species) const;
    // Where the member's box is drawn, in widget coordinates (empty when unknown).
    QRect nodeRect(const QString &species) const;
    QString focusedSpecies() const;
    bool isVertical() const { return m_vertical; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void speciesActivated(const QString &species);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Node
    {
        QString species;
        QString label; // "Charmeleon"
        QString number; // "#005", or empty
        QString trigger;
        int parent = -1;
        int depth = 0;
        qreal row = 0; // in row pitches; leaves are whole numbers
        QList<int> children;
        QRect rect;
        QRect labelRect; // of the trigger, on the edge into this node
        QString shownTrigger; // wrapped and elided to fit labelRect
    };

    int add(const EvolutionNode &node, int parent, int depth, int *nextLeaf);
    void relayout();
    int indexAt(const QPoint &pos) const;
    int indexOf(const QString &species) const;
    QFont nameFont() const;
    QFont smallFont() const;
    int chipWidth(const Node &node) const;
    int columnCount() const;
    QList<int> columnWidths() const;
    int leafCount() const;
    int widestChip() const;
    // Growing to the right with edges `edge` long.
    int horizontalWidth(int edge) const;
    // Growing to the right in `width`: the length of each edge between two stages.
    QList<int> edgeLengths(int width) const;
    // How much of an edge is not room for its trigger.
    static int labelInset(bool branching);
    int verticalMinimumWidth() const;
    bool verticalFor(int width) const;
    int heightFor(bool vertical) const;

    QList<Node> m_nodes;
    QString m_current;
    int m_hovered = -1;
    int m_focused = 0;
    bool m_vertical = false;
};
