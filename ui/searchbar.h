#pragma once

#include <QLineEdit>
#include <QPointer>

class NameIndex;
class QCompleter;
class CompletionModel;

// The search box: Enter asks for a search of its text, Esc for a cancel. Completes the
// name being typed after the last comma, without touching the others: from the NameIndex,
// listed by display name as the cards show it ("Pikachu (Alola Cap)", "Mr. Mime") and matched and
// inserted as the slug, so "mr. m" finds mr-mime; names in PokeAPI's other languages ("Glurak ·
// Charizard"), matched and inserted as typed; and the group tokens gen:1 to gen:9 and
// type:normal to type:fairy.
class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    // Completion follows `index`: filled now if it is loaded, else once it is ready.
    void setNameIndex(NameIndex *index);
    QCompleter *nameCompleter() const { return m_completer; }
    // The index's names (none without one) and the group tokens, which are always offered;
    // again when the display language changed. The group tokens at once, the names a moment
    // later: they are named and sorted on a worker.
    void fillCompletionNames();

    // Where the name under completion starts, for text with the cursor at `cursor`: just
    // after the last comma (or newline) before the cursor, past any spaces.
    static int wordStart(const QString &text, int cursor);
    // What typed text is matched as: the slug it names ("Mr. M" -> "mr-m"), or a group token
    // as typed, in lower case ("Gen:" -> "gen:").
    static QString completionKey(const QString &typed);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override; // LanguageChange: retranslate()

private:
    void retranslate();
    void updateCompletion();
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    CompletionModel *m_names;
    quint64 m_fillGeneration = 0; // fills still on a worker that are not the last
    QPointer<NameIndex> m_index;
};
