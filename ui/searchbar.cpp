#include "searchbar.h"

#include "api/typechart.h"
#include "completionmodel.h"
#include "fonts.h"
#include "search/displaynames.h"
#include "search/nameindex.h"
#include "search/namenormalizer.h"
#include "typebadge.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QKeyEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {

using CompletionRow = CompletionModel::Row;

// gen:1 .. gen:9 and one type:… for each of the 18 types.
QList<CompletionRow> groupRows()
{
    static const char *const Numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    QList<CompletionRow> rows;
    for (int gen = 1; gen <= 9; ++gen) {
        rows.append({ QStringLiteral("gen:%1").arg(gen),
                      SearchBar::tr("gen:%1 · Generation %2")
                          .arg(gen)
                          .arg(QLatin1String(Numerals[gen - 1])) });
    }
    for (const QString &type : TypeChart::allTypes()) {
        rows.append({ QStringLiteral("type:") + type,
                      SearchBar::tr("type:%1 · %2 type").arg(type, TypeBadge::label(type)) });
    }
    return rows;
}

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new CompletionModel(this))
{
    retranslate();
    setClearButtonEnabled(true);
    setFont(Fonts::scaled(font(), 1.1));
    setMinimumHeight(qMax(sizeHint().height(), 34));
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    // Not setCompleter(): that would complete the whole line, not the current name.
    m_completer->setModel(m_names);
    m_completer->setCompletionRole(CompletionModel::KeyRole);
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

void SearchBar::retranslate()
{
    setPlaceholderText(tr("Search Pokémon: pikachu, charizard, Mr. Mime…"));
    setAccessibleName(tr("Search Pokémon"));
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the completer's rows: MainWindow fills them again
    QLineEdit::changeEvent(event);
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
    connect(index, &NameIndex::localizedNamesChanged, this, &SearchBar::fillCompletionNames);
    fillCompletionNames(); // every species is known from the start, without the listings
}

void SearchBar::fillCompletionNames()
{
    // About 7,500 rows with every language: named and sorted on a worker (23 ms on the
    // window's thread before), then handed over in one model reset. What is read here is
    // copied (implicitly shared lists); the group tokens show at once.
    QList<CompletionRow> groups = groupRows();
    if (m_names->rowCount() == 0) {
        QList<CompletionRow> rows = groups;
        CompletionModel::sort(rows);
        m_names->setRows(std::move(rows));
    }
    QStringList slugs;
    QStringList speciesOf; // of each slug
    QList<NameIndex::LocalizedName> localized;
    if (m_index) {
        slugs = m_index->names();
        speciesOf.reserve(slugs.size());
        for (const QString &slug : std::as_const(slugs))
            speciesOf.append(m_index->speciesOf(slug));
        localized = m_index->localizedNames();
    }
    const quint64 generation = ++m_fillGeneration;
    auto *watcher = new QFutureWatcher<QList<CompletionRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_fillGeneration) // else a newer fill is on its way
            m_names->setRows(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([groups = std::move(groups), slugs = std::move(slugs),
                           speciesOf = std::move(speciesOf), localized = std::move(localized)] {
            QList<CompletionRow> rows = groups;
            rows.reserve(rows.size() + slugs.size() + localized.size());
            // Shown as the cards name them ("Deoxys (Normal)"), matched and inserted as the slug.
            QHash<QString, QString> shown; // species slug -> display name
            for (qsizetype i = 0; i < slugs.size(); ++i) {
                const QString name = DisplayNames::forPokemon(slugs.at(i), speciesOf.at(i));
                shown.insert(slugs.at(i), name);
                rows.append({ slugs.at(i), name });
            }
            // A name in another language, inserted as typed and resolved by the search:
            // "Glurak · Charizard" (the species as the cards name it, when that differs).
            for (const NameIndex::LocalizedName &name : localized) {
                auto it = shown.constFind(name.species);
                if (it == shown.cend())
                    it = shown.insert(name.species, DisplayNames::forSlug(name.species));
                rows.append({ name.key,
                              *it == name.name ? name.name
                                               : SearchBar::tr("%1 · %2").arg(name.name, *it) });
            }
            CompletionModel::sort(rows);
            return rows;
        }));
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
