#include "filterbar.h"

#include "api/typechart.h"
#include "typebadge.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMetaEnum>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace {

// "Any type", then every type; FilterBar::retranslate names them.
QComboBox *typeCombo(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(QString(), QString());
    for (const QString &type : TypeChart::allTypes())
        box->addItem(QString(), type);
    return box;
}

// What a sort by `key` counts in its note: "Stats for 340 / 1,025".
QString noteFor(PokemonFilterModel::SortKey key, int have, int of)
{
    using Key = PokemonFilterModel::SortKey;
    const QLocale locale;
    const QString counts
        = QStringLiteral("%1 / %2").arg(locale.toString(have), locale.toString(of));
    if (key == Key::Height)
        return FilterBar::tr("Heights for %1").arg(counts);
    if (key == Key::Weight)
        return FilterBar::tr("Weights for %1").arg(counts);
    return FilterBar::tr("Stats for %1").arg(counts);
}

// The Forms button's words: which kinds of form the grid shows besides species.
QString formsLabel(FormKinds forms)
{
    if (!forms)
        return FilterBar::tr("No forms");
    if (forms == FormKindOf::Every)
        return FilterBar::tr("All forms");
    QStringList kinds;
    for (const FormKind kind : FormKindOf::all()) {
        if (!forms.testFlag(kind))
            continue;
        switch (kind) {
        case FormKind::Mega:
            kinds << FilterBar::tr("Mega");
            break;
        case FormKind::Gigantamax:
            kinds << FilterBar::tr("Gigantamax");
            break;
        case FormKind::Regional:
            kinds << FilterBar::tr("Regional");
            break;
        case FormKind::Other:
            kinds << FilterBar::tr("Other forms");
            break;
        }
    }
    return QLocale().createSeparatedList(kinds);
}

} // namespace

FilterBar::FilterBar(PokemonFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_text(new QLineEdit(this))
    , m_firstType(typeCombo(this))
    , m_secondType(typeCombo(this))
    , m_generation(new QComboBox(this))
    , m_forms(new QToolButton(this))
    , m_sort(new QComboBox(this))
    , m_order(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_fetch(new QPushButton(this))
    , m_noteTimer(new QTimer(this))
{
    m_text->setClearButtonEnabled(true);
    m_text->setMaximumWidth(220);
    for (int gen = 0; gen <= 9; ++gen)
        m_generation->addItem(QString(), gen);
    m_forms->setPopupMode(QToolButton::InstantPopup);
    const QMetaEnum keys = QMetaEnum::fromType<PokemonFilterModel::SortKey>();
    for (int i = 0; i < keys.keyCount(); ++i)
        m_sort->addItem(QString(), QVariant::fromValue(PokemonFilterModel::SortKey(keys.value(i))));
    m_order->setAutoRaise(true);
    m_order->setCheckable(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    retranslate();
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_firstType);
    layout->addWidget(m_secondType);
    layout->addWidget(m_generation);
    layout->addWidget(m_forms);
    layout->addStretch();
    layout->addWidget(m_note);
    layout->addWidget(m_fetch);
    layout->addWidget(m_sort);
    layout->addWidget(m_order);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (QComboBox *box : { m_firstType, m_secondType, m_generation, m_sort })
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_order, &QToolButton::toggled, this, &FilterBar::apply);
    connect(m_fetch, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchRequested(m_filter->rowsLackingSortData()); });

    // The note counts rows as they load; once per turn of the event loop is enough.
    connect(m_noteTimer, &QTimer::timeout, this, &FilterBar::updateNote);
    const auto later = [this] { m_noteTimer->start(); };
    connect(m_filter, &PokemonFilterModel::arrangementChanged, this, [this] {
        show(m_filter->filter());
        m_noteTimer->start();
    });
    connect(m_filter, &QAbstractItemModel::dataChanged, m_noteTimer, later);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_noteTimer, later);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, m_noteTimer, later);
    connect(m_filter, &QAbstractItemModel::modelReset, m_noteTimer, later);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_noteTimer, later);
    show(m_filter->filter());
    updateNote();
}

void FilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by name or number"));
    m_text->setAccessibleName(tr("Filter by name or number"));
    m_firstType->setItemText(0, tr("Any type"));
    m_secondType->setItemText(0, tr("Any second type"));
    for (QComboBox *box : { m_firstType, m_secondType }) {
        for (int i = 1; i < box->count(); ++i)
            box->setItemText(i, TypeBadge::label(box->itemData(i).toString()));
    }
    static const char *const Numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    m_generation->setItemText(0, tr("Any generation"));
    for (int gen = 1; gen <= 9; ++gen)
        m_generation->setItemText(gen, tr("Generation %1").arg(QLatin1String(Numerals[gen - 1])));
    for (int i = 0; i < m_sort->count(); ++i) {
        const auto key = m_sort->itemData(i).value<PokemonFilterModel::SortKey>();
        m_sort->setItemText(i, tr("Sort: %1").arg(PokemonFilterModel::labelOf(key)));
    }
    m_forms->setText(formsLabel(m_filter->filter().forms));
    m_forms->setToolTip(
        tr("Which forms to show besides species: Mega, Gigantamax, regional, other"));
    m_forms->setAccessibleName(tr("Forms"));
    m_order->setAccessibleName(tr("Descending"));
    m_fetch->setText(tr("Fetch the Rest"));
    m_fetch->setToolTip(tr("Fetch every card shown that the sort lacks, after those on screen"));
    updateNote();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::useActions(const WindowActions &actions)
{
    QActionGroup *sortKeys = actions.sortKeys;
    QAction *descending = actions.descending;
    m_forms->setMenu(actions.formsMenu);
    const auto follow
        = [this, sortKeys, descending, showForms = actions.showForms, kinds = actions.formKinds] {
              for (QAction *action : sortKeys->actions()) {
                  action->setChecked(action->data().value<PokemonFilterModel::SortKey>()
                                     == m_filter->sortKey());
              }
              descending->setChecked(m_filter->order() == Qt::DescendingOrder);
              const FormKinds forms = m_filter->filter().forms;
              showForms->setChecked(forms == FormKindOf::Every);
              for (QAction *kind : kinds)
                  kind->setChecked(forms.testFlag(FormKind(kind->data().toInt())));
          };
    connect(m_filter, &PokemonFilterModel::arrangementChanged, this, follow);
    follow();
    connect(sortKeys, &QActionGroup::triggered, this, [this](QAction *action) {
        m_filter->setSort(action->data().value<PokemonFilterModel::SortKey>(), m_filter->order());
    });
    connect(descending, &QAction::triggered, this, [this](bool on) {
        m_filter->setSort(m_filter->sortKey(), on ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(actions.showForms, &QAction::triggered, this,
            [this](bool on) { setForms(on ? FormKindOf::Every : FormKinds()); });
    for (QAction *kind : actions.formKinds) {
        connect(kind, &QAction::triggered, this, [this, kind](bool on) {
            FormKinds forms = m_filter->filter().forms;
            setForms(forms.setFlag(FormKind(kind->data().toInt()), on));
        });
    }
    connect(actions.clearFilters, &QAction::triggered, this, [this] { m_filter->setFilter({}); });
}

void FilterBar::apply()
{
    if (m_showing)
        return;
    DexFilter filter;
    filter.text = m_text->text();
    for (QComboBox *box : { m_firstType, m_secondType }) {
        const QString type = box->currentData().toString();
        if (!type.isEmpty() && !filter.types.contains(type))
            filter.types.append(type);
    }
    if (const int generation = m_generation->currentData().toInt(); generation > 0)
        filter.generations.append(generation);
    filter.forms = m_filter->filter().forms; // set through the Forms menu
    m_filter->setFilter(filter);
    m_filter->setSort(m_sort->currentData().value<PokemonFilterModel::SortKey>(),
                      m_order->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void FilterBar::show(const DexFilter &filter)
{
    // Set from elsewhere (the search box, the View menu): the widgets follow.
    m_showing = true;
    if (m_text->text() != filter.text)
        m_text->setText(filter.text);
    m_firstType->setCurrentIndex(qMax(0, m_firstType->findData(filter.types.value(0))));
    m_secondType->setCurrentIndex(qMax(0, m_secondType->findData(filter.types.value(1))));
    m_generation->setCurrentIndex(qMax(0, m_generation->findData(filter.generations.value(0))));
    m_forms->setText(formsLabel(filter.forms));
    m_sort->setCurrentIndex(qMax(0, m_sort->findData(QVariant::fromValue(m_filter->sortKey()))));
    m_order->setChecked(m_filter->order() == Qt::DescendingOrder);
    m_order->setText(m_order->isChecked() ? QStringLiteral("↓") : QStringLiteral("↑"));
    m_showing = false;
}

void FilterBar::setForms(FormKinds forms)
{
    DexFilter filter = m_filter->filter();
    filter.forms = forms;
    m_filter->setFilter(filter);
}

void FilterBar::updateNote()
{
    const bool needs = PokemonFilterModel::needsLoadedRows(m_filter->sortKey());
    const int shown = m_filter->rowCount();
    const int have = needs ? m_filter->sortableCount() : shown;
    const bool lacking = needs && have < shown;
    m_note->setVisible(lacking);
    m_fetch->setVisible(lacking);
    if (lacking)
        m_note->setText(noteFor(m_filter->sortKey(), have, shown));
}
