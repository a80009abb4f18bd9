#include "searchbar.h"

#include "api/typechart.h"
#include "fonts.h"
#include "search/displaynames.h"
#include "search/nameindex.h"
#include "search/namenormalizer.h"
#include "typebadge.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <algorithm>

namespace {

// What a row is matched by and inserts: the slug or the group token.
constexpr int KeyRole = Qt::UserRole + 1;

QStandardItem *completionItem(const QString &key, const QString &shown)
{
    auto *item = new QStandardItem(shown);
    item->setData(key, KeyRole);
    item->setEditable(false);
    return item;
}

// gen:1 .. gen:9 and one type:… for each of the 18 types.
QList<QStandardItem *> groupItems()
{
    static const char *const Numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    QList<QStandardItem *> items;
    for (int gen = 1; gen <= 9; ++gen) {
        items << completionItem(
            QStringLiteral("gen:%1").arg(gen),
            SearchBar::tr("gen:%1 · Generation %2").arg(gen).arg(QLatin1String(Numerals[gen - 1])));
    }
    for (const QString &type : TypeChart::allTypes()) {
        items << completionItem(
            QStringLiteral("type:") + type,
            SearchBar::tr("type:%1 · %2 type").arg(type, TypeBadge::label(type)));
    }
    return items;
}

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStandardItemModel(this))
{
    setPlaceholderText(tr("Search Pokémon: pikachu, charizard, Mr. Mime…"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search Pokémon"));
    setFont(Fonts::scaled(font(), 1.1));
    setMinimumHeight(qMax(sizeHint().height(), 34));
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    // Not setCompleter(): that would complete the whole line, not the current name.
    m_completer->setModel(m_names);
    m_completer->setCompletionRole(KeyRole);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(8);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchBar::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &SearchBar::updateCompletion);
    fillCompletionNames();
}

void SearchBar::setNameIndex(NameIndex *index)
{
    if (m_index)
        m_index->disconnect(this);
    m_index = index;
    if (!index)
        return;
    connect(index, &NameIndex::ready, this, [this](bool ok) {
        if (ok)
            fillCompletionNames();
    });
    if (index->isLoaded())
        fillCompletionNames();
}

void SearchBar::fillCompletionNames()
{
    QList<QStandardItem *> items = groupItems();
    if (m_index) {
        // Shown as the cards name them ("Deoxys (Normal)"), matched and inserted as the slug.
        const QStringList names = m_index->names();
        for (const QString &slug : names)
            items << completionItem(slug, DisplayNames::forPokemon(slug, m_index->speciesOf(slug)));
    }
    // The completer finds prefixes by binary search over the keys.
    std::sort(items.begin(), items.end(), [](const QStandardItem *a, const QStandardItem *b) {
        return a->data(KeyRole).toString().compare(b->data(KeyRole).toString(), Qt::CaseInsensitive)
            < 0;
    });
    m_names->clear();
    for (QStandardItem *item : std::as_const(items))
        m_names->appendRow(item);
}

QString SearchBar::completionKey(const QString &typed)
{
    if (typed.contains(u':')) {
        QString token = typed.toLower();
        token.remove(u' ');
        return token;
    }
    const QString slug = NameNormalizer::normalize(typed);
    return slug.isEmpty() ? typed.trimmed().toLower() : slug;
}

int SearchBar::wordStart(const QString &text, int cursor)
{
    cursor = qBound(0, cursor, int(text.size()));
    int start = cursor;
    while (start > 0 && text.at(start - 1) != u',' && text.at(start - 1) != u'\n')
        --start;
    while (start < cursor && text.at(start).isSpace())
        ++start;
    return start;
}

void SearchBar::updateCompletion()
{
    const int cursor = cursorPosition();
    const QString typed = text().mid(wordStart(text(), cursor), cursor - wordStart(text(), cursor));
    const QString prefix = typed.trimmed().isEmpty() ? QString() : completionKey(typed);
    // Completing after text to the right of the cursor in the same name would garble it.
    const bool atWordEnd = cursor == text().size() || text().at(cursor) == u',';
    if (prefix.isEmpty() || !atWordEnd || m_names->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    if (prefix != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(prefix);
        m_completer->popup()->setCurrentIndex({});
    }
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void SearchBar::insertCompletion(const QString &name)
{
    const int cursor = cursorPosition();
    const int start = wordStart(text(), cursor);
    QString updated = text();
    updated.replace(start, cursor - start, name);
    setText(updated);
    setCursorPosition(start + int(name.size()));
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    const bool popupVisible = m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupVisible && m_completer->popup()->currentIndex().isValid()) {
            event->ignore(); // the completer inserts the highlighted name
            return;
        }
        m_completer->popup()->hide();
        Q_EMIT searchRequested(text());
        event->accept();
        return;
    case Qt::Key_Escape:
        if (popupVisible) {
            event->ignore(); // the completer closes its popup
            return;
        }
        Q_EMIT cancelRequested();
        event->accept();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (popupVisible) {
            event->ignore();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}
