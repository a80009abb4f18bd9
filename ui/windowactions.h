#pragma once

#include "translatedwords.h"

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

// The window's menus and their actions, made once on a QMainWindow's menu bar; MainWindow
// connects them. Every action with a shortcut is in a menu, so the Keyboard Shortcuts
// dialog can list them from here.
struct WindowActions
{
    Q_DECLARE_TR_FUNCTIONS(WindowActions)

public:
    explicit WindowActions(QMainWindow *window);

    QMenu *fileMenu;
    QAction *workOffline;
    QAction *quit;

    QMenu *editMenu;
    QAction *copy; // the selected cards, as text
    QAction *settings;

    QMenu *searchMenu;
    QAction *find;
    QAction *cancel;
    QAction *refresh;
    QAction *retryFailed;

    QMenu *viewMenu;
    QAction *detailsPane; // checked while the pane is open
    QActionGroup *cardSizes; // each action's data() is a CardDelegate::CardSize
    QActionGroup *sortKeys; // each action's data() is a PokemonFilterModel::SortKey
    QAction *descending;
    QAction *filterBar; // checked while the filter bar shows
    QMenu *formsMenu; // View › Forms; the filter bar's Forms button opens it too
    QAction *showForms; // every kind of form at once
    QList<QAction *> formKinds; // one per FormKind, in FormKindOf::all()'s order; data(): the kind
    QAction *animatedSprites; // checked while cards and the pane move
    QAction *clearFilters;
    QAction *back; // through the Pokémon shown in the details pane
    QAction *forward;

    QMenu *helpMenu;
    QAction *shortcuts;
    QAction *about;

    // Every menu, in menu-bar order.
    QList<QMenu *> menus() const;
    // Every title and text again, in the display language (on QEvent::LanguageChange).
    void retranslate();

private:
    TranslatedWords words { "WindowActions" };
};
