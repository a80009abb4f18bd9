#include "matchupview.h"

#include "flowlayout.h"
#include "palettecolors.h"
#include "typebadge.h"

#include <QGridLayout>
#include <QLabel>

MatchupView::MatchupView(QWidget *parent)
    : QWidget(parent)
    , m_neutral(new QLabel(tr("Every type does normal damage."), this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);

    struct Kind
    {
        double multiplier;
        QStringList TypeMatchups::*types;
        QString caption;
    };
    const Kind kinds[] = {
        { 4.0, &TypeMatchups::quadruple, tr("Weak ×4") },
        { 2.0, &TypeMatchups::twice, tr("Weak ×2") },
        { 0.5, &TypeMatchups::half, tr("Resists ×½") },
        { 0.25, &TypeMatchups::quarter, tr("Resists ×¼") },
        { 0.0, &TypeMatchups::immune, tr("Immune ×0") },
    };
    const QColor muted = PaletteColors::muted(palette());
    for (const Kind &kind : kinds) {
        Row row;
        row.multiplier = kind.multiplier;
        row.types = kind.types;
        row.caption = new QLabel(kind.caption, this);
        PaletteColors::setTextColor(row.caption, muted);
        row.badges = new QWidget(this);
        row.flow = new FlowLayout(row.badges, 5, 5);
        const int at = int(m_rows.size());
        grid->addWidget(row.caption, at, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(row.badges, at, 1);
        m_rows.append(row);
    }
    grid->addWidget(m_neutral, int(m_rows.size()), 0, 1, 2);
    setMatchups({});
}

void MatchupView::setMatchups(const TypeMatchups &matchups)
{
    bool any = false;
    for (Row &row : m_rows) {
        const QStringList &types = matchups.*row.types;
        row.flow->clear();
        for (const QString &type : types)
            row.flow->addWidget(new TypeBadge(type, TypeBadge::Size::Small, row.badges));
        row.caption->setVisible(!types.isEmpty());
        row.badges->setVisible(!types.isEmpty());
        any = any || !types.isEmpty();
    }
    m_neutral->setVisible(!any);
}

QStringList MatchupView::typesShown(double multiplier) const
{
    for (const Row &row : m_rows) {
        if (!qFuzzyCompare(row.multiplier + 1, multiplier + 1) || !row.badges->isVisibleTo(this))
            continue;
        QStringList types;
        for (const TypeBadge *badge : row.flow->widgets<TypeBadge>())
            types << badge->type();
        return types;
    }
    return {};
}

QString MatchupView::caption(double multiplier) const
{
    for (const Row &row : m_rows) {
        if (qFuzzyCompare(row.multiplier + 1, multiplier + 1))
            return row.caption->text();
    }
    return {};
}
