#include "searchbar.h"

#include "fonts.h"
#include "search/nameindex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QKeyEvent>
#include <QStringListModel>

SearchBar::SearchBar(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    setPlaceholderText(tr("Search Pokémon: pikachu, charizard, Mr. Mime…"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search Pokémon"));
    setFont(Fonts::scaled(font(), 1.1));
    setMinimumHeight(qMax(sizeHint().height(), 34));
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    // Not setCompleter(): that would complete the whole line, not the current name.
    m_completer->setModel(m_names);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(8);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchBar::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &SearchBar::updateCompletion);
}

void SearchBar::setNameIndex(NameIndex *index)
{
    if (m_index)
        m_index->disconnect(this);
    m_index = index;
    if (!index)
        return;
    connect(index, &NameIndex::ready, this, [this](bool ok) {
        if (ok && m_index)
            setCompletionNames(m_index->names());
    });
    if (index->isLoaded())
        setCompletionNames(index->names());
}

void SearchBar::setCompletionNames(const QStringList &names)
{
    m_names->setStringList(names);
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
    const QString prefix
        = text().mid(wordStart(text(), cursor), cursor - wordStart(text(), cursor));
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
