#pragma once

#include "search/pokemonfiltermodel.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
struct WindowActions;

// A compact bar over the grid that narrows and orders it at once, through a
// PokemonFilterModel: a name or number typed ahead, one or two types, a generation, forms
// shown or hidden, and the sort. A sort that needs data not fetched yet says how much it has
// ("Stats for 340 / 1,025") and offers to fetch the rest (fetchRequested, with source rows).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(PokemonFilterModel *filter, QWidget *parent = nullptr);

    QLineEdit *textFilter() const { return m_text; }
    QComboBox *typeBox(int slot) const { return slot == 0 ? m_firstType : m_secondType; }
    QComboBox *generationBox() const { return m_generation; }
    QToolButton *formsButton() const { return m_forms; }
    QComboBox *sortBox() const { return m_sort; }
    QToolButton *orderButton() const { return m_order; }
    QLabel *sortNote() const { return m_note; }
    QPushButton *fetchButton() const { return m_fetch; }

    // The View menu's sort, forms and clear actions act on the same filter and follow it;
    // the Forms button opens the View menu's Forms menu.
    void useActions(const WindowActions &actions);

Q_SIGNALS:
    void fetchRequested(const QList<int> &sourceRows);

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: retranslate()

private:
    void retranslate();
    void apply(); // the widgets into the filter
    void show(const DexFilter &filter); // the filter into the widgets
    void updateNote();
    void setForms(FormKinds forms);

    PokemonFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_firstType;
    QComboBox *m_secondType;
    QComboBox *m_generation;
    QToolButton *m_forms;
    QComboBox *m_sort;
    QToolButton *m_order;
    QLabel *m_note;
    QPushButton *m_fetch;
    QTimer *m_noteTimer;
    bool m_showing = false;
};
