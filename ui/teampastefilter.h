#pragma once

#include <QObject>

// On a line edit (the search bar): pasting a Showdown team searches for its Pokémon instead
// of pasting the text, which a one-line box would run together.
class TeamPasteFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void searchRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
