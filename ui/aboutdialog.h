#pragma once

#include <QDialog>

class QLabel;

// Help › About: the version, where the data comes from (PokeAPI), the licence and the notice
// that this is a fan project.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // All the dialog says, as plain text (for tests and screen readers).
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_body;
};
