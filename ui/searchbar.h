#pragma once

#include <QLineEdit>
#include <QPointer>

class NameIndex;
class QCompleter;
class QStringListModel;

// The search box: Enter asks for a search of its text, Esc for a cancel. Completes the
// name being typed after the last comma from the NameIndex, without touching the others.
class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    // Completion follows `index`: filled now if it is loaded, else once it is ready.
    void setNameIndex(NameIndex *index);
    void setCompletionNames(const QStringList &names); // sorted
    QCompleter *nameCompleter() const { return m_completer; }

    // Where the name under completion starts, for text with the cursor at `cursor`: just
    // after the last comma (or newline) before the cursor, past any spaces.
    static int wordStart(const QString &text, int cursor);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    QStringListModel *m_names;
    QPointer<NameIndex> m_index;
};
