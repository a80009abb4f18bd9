#include "comparedialog.h"

#include "flowlayout.h"
#include "pokemonformat.h"
#include "search/displaynames.h"
#include "statoverlay.h"
#include "team/typetable.h"
#include "typebadge.h"
#include "typechartmodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString typeList(const QStringList &types, const TypeMatchups &matchups)
{
    QStringList parts;
    for (const QString &type : types)
        parts.append(DisplayNames::forType(type) + u' '
                     + TypeChartModel::multiplierText(matchups.multiplierFor(type)));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

} // namespace

CompareDialog::CompareDialog(const QList<Pokemon> &all, QWidget *parent)
    : QDialog(parent)
    , m_stats(new StatOverlay(this))
    , m_grid(new QGridLayout)
{
    const QList<Pokemon> pokemon = all.mid(0, MaxPokemon);
    setObjectName(QStringLiteral("compareDialog"));
    QStringList names;
    for (const Pokemon &p : pokemon)
        names.append(DisplayNames::forPokemon(p.name, p.speciesName));
    setWindowTitle(tr("Compare %1").arg(names.join(QStringLiteral(", "))));

    const QStringList captions
        = { tr("Types"),   tr("Abilities"), tr("Height"),    tr("Weight"),
            tr("Weak to"), tr("Resists"),   tr("Immune to"), tr("Base total") };
    for (int r = 0; r < captions.size(); ++r) {
        auto *caption = new QLabel(QStringLiteral("<b>%1</b>").arg(captions.at(r)), this);
        m_grid->addWidget(caption, r + 1, 0, Qt::AlignTop);
    }
    for (int c = 0; c < pokemon.size(); ++c) {
        const Pokemon &p = pokemon.at(c);
        auto *name
            = new QLabel(QStringLiteral("<b style='color:%1'>%2</b>")
                             .arg(StatOverlay::colorFor(c).name(), names.at(c).toHtmlEscaped()),
                         this);
        m_grid->addWidget(name, 0, c + 1);
        auto *badges = new QWidget(this);
        auto *flow = new FlowLayout(badges, 0, 4);
        for (const QString &type : p.types)
            flow->addWidget(new TypeBadge(type, TypeBadge::Size::Small, badges));
        m_grid->addWidget(badges, 1, c + 1);
        QStringList abilities;
        for (const PokemonAbility &ability : p.abilities)
            abilities.append(DisplayNames::forTerm(ability.name)
                             + (ability.hidden ? tr(" (hidden)") : QString()));
        const TypeMatchups matchups = TypeTable::matchups(p.types);
        int total = 0;
        for (const PokemonStat &stat : p.stats)
            total += stat.base;
        const QStringList texts = {
            abilities.isEmpty() ? QStringLiteral("—") : abilities.join(u'\n'),
            PokemonFormat::height(p.height),
            PokemonFormat::weight(p.weight),
            typeList(matchups.quadruple + matchups.twice, matchups),
            typeList(matchups.half + matchups.quarter, matchups),
            typeList(matchups.immune, matchups),
            QString::number(total),
        };
        for (int r = 0; r < texts.size(); ++r) {
            auto *label = new QLabel(texts.at(r), this);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_grid->addWidget(label, r + 2, c + 1, Qt::AlignTop);
        }
        m_grid->setColumnStretch(c + 1, 1);
    }
    m_stats->setPokemon(pokemon);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Base stats</b>"), this));
    layout->addWidget(m_stats);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(200 + 190 * int(pokemon.size()), 640);
}

QStringList CompareDialog::cellTexts() const
{
    QStringList texts;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            QLayoutItem *item = m_grid->itemAtPosition(r, c);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
                texts.append(label->text());
        }
    }
    return texts;
}
