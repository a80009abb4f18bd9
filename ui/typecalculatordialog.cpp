#include "typecalculatordialog.h"

#include "api/typechart.h"
#include "matchupview.h"
#include "search/displaynames.h"
#include "team/typetable.h"
#include "typechartmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void fillTypes(QComboBox *box, const QString &none, bool stellar = false)
{
    if (!none.isEmpty())
        box->addItem(none, QString());
    for (const QString &type : TypeChart::allTypes())
        box->addItem(DisplayNames::forType(type), type);
    if (stellar)
        box->addItem(DisplayNames::forType(QStringLiteral("stellar")), QStringLiteral("stellar"));
}

void select(QComboBox *box, const QString &type)
{
    const int at = box->findData(type.toLower());
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

TypeCalculatorDialog::TypeCalculatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_tera(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_matchups(new MatchupView(this))
    , m_chart(new TypeChartModel(this))
    , m_chartView(new QTableView(this))
{
    setWindowTitle(tr("Type Calculator"));
    setObjectName(QStringLiteral("typeCalculator"));
    fillTypes(m_first, {});
    fillTypes(m_second, tr("(none)"));
    fillTypes(m_tera, tr("(no Tera)"), true);
    m_first->setObjectName(QStringLiteral("firstType"));
    m_second->setObjectName(QStringLiteral("secondType"));
    m_tera->setObjectName(QStringLiteral("teraType"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_first);
    form->addRow(tr("&Second type:"), m_second);
    form->addRow(tr("T&era type:"), m_tera);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    m_summary->setWordWrap(true);
    left->addWidget(m_summary);
    left->addWidget(m_matchups);
    left->addStretch(1);

    m_chartView->setObjectName(QStringLiteral("typeChart"));
    m_chartView->setModel(m_chart);
    m_chartView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_chartView->horizontalHeader()->setDefaultSectionSize(34);
    m_chartView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_chartView->verticalHeader()->setDefaultSectionSize(24);
    m_chartView->setSelectionMode(QAbstractItemView::NoSelection);
    m_chartView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chartView->setToolTip(tr("Rows attack, columns defend"));
    // The whole chart without scrolling.
    const int frame = 2 * m_chartView->frameWidth();
    m_chartView->setMinimumSize(
        m_chartView->verticalHeader()->sizeHint().width() + 18 * 34 + frame + 2,
        m_chartView->horizontalHeader()->sizeHint().height() + 18 * 24 + frame + 2);
    auto *chartBox = new QVBoxLayout;
    chartBox->addWidget(new QLabel(tr("Rows attack, columns defend:"), this));
    chartBox->addWidget(m_chartView, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(chartBox, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QComboBox *box : { m_first, m_second, m_tera })
        connect(box, &QComboBox::currentIndexChanged, this, &TypeCalculatorDialog::recalculate);
    recalculate();
    resize(1160, 600);
}

void TypeCalculatorDialog::pick(const QString &first, const QString &second, const QString &tera)
{
    select(m_first, first);
    select(m_second, second);
    select(m_tera, tera);
}

void TypeCalculatorDialog::recalculate()
{
    QStringList types { m_first->currentData().toString() };
    if (const QString second = m_second->currentData().toString();
        !second.isEmpty() && !types.contains(second))
        types.append(second);
    const QString tera = m_tera->currentData().toString();
    m_matchups->setMatchups(TypeTable::matchups(types, tera));
    const bool teraDefends = !tera.isEmpty() && tera != QLatin1String("stellar");
    QStringList names;
    for (const QString &type : std::as_const(types))
        names.append(DisplayNames::forType(type));
    m_summary->setText(teraDefends ? tr("A %1 Pokémon, Terastallized to %2, defends as %2 alone:")
                                         .arg(names.join(u'/'), DisplayNames::forType(tera))
                                   : tr("A %1 Pokémon takes:").arg(names.join(u'/')));
    m_chart->setPicked(types, teraDefends ? QStringList { tera } : types);
}
