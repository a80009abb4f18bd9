#pragma once

#include "api/pokemondetails.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

// A species' Pokédex text, one game at a time: a picker of the games that have a text in the
// display language or in English, newest first, and the text of the one picked. It opens on
// the newest game with a text in the display language; a game that has one only in English
// shows that, marked as such.
class PokedexTextView : public QWidget
{
    Q_OBJECT
public:
    explicit PokedexTextView(QWidget *parent = nullptr);

    // Every entry of the species, oldest game first (SpeciesDetails::pokedexTexts).
    void setTexts(const QList<PokedexText> &texts);
    void clear();
    // The version shown ("yellow") and its text as shown.
    QString version() const;
    QString text() const;
    QComboBox *gamePicker() const { return m_games; }

private:
    void showGame(int index);

    QList<PokedexText> m_texts;
    QComboBox *m_games;
    QLabel *m_text;
};
