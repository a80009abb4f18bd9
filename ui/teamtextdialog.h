#pragma once

#include <QDialog>

class QPlainTextEdit;

// A team as Showdown text: to paste one in (Import), or to read and copy one out (Export).
class TeamTextDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Import, Export };
    TeamTextDialog(Mode mode, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
};
