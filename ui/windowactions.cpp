#include "windowactions.h"

#include "carddelegate.h"
#include "search/pokemonfiltermodel.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>

namespace {

// The platform's keys for `standard`, with `fallback` first when the platform has none of it
// (Ctrl+Q quits everywhere, even where the platform says otherwise).
QList<QKeySequence> keysFor(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback))
        keys.prepend(fallback);
    return keys;
}

} // namespace

WindowActions::WindowActions(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();

    fileMenu = bar->addMenu(tr("&File"));
    workOffline = fileMenu->addAction(tr("Work &Offline"));
    workOffline->setCheckable(true);
    workOffline->setToolTip(tr("Answer from the cache only; send nothing"));
    fileMenu->addSeparator();
    quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcuts(keysFor(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(tr("&Edit"));
    copy = editMenu->addAction(tr("&Copy Cards as Text"));
    copy->setShortcuts(QKeySequence::Copy);
    copy->setToolTip(tr("Copy the selected cards, one line each"));
    editMenu->addSeparator();
    settings = editMenu->addAction(tr("&Settings…"));
    settings->setShortcuts(
        keysFor(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    settings->setMenuRole(QAction::PreferencesRole);

    searchMenu = bar->addMenu(tr("&Search"));
    find = searchMenu->addAction(tr("&Find…"));
    find->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F) });
    cancel = searchMenu->addAction(tr("&Cancel Search"));
    refresh = searchMenu->addAction(tr("Re&fresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Search again, asking the network rather than the cache"));
    retryFailed = searchMenu->addAction(tr("&Retry Failed"));
    retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    retryFailed->setToolTip(tr("Look up again what failed, or what a cancel left unloaded"));
    retryFailed->setEnabled(false);

    viewMenu = bar->addMenu(tr("&View"));
    detailsPane = viewMenu->addAction(tr("&Details Pane"));
    detailsPane->setCheckable(true);
    detailsPane->setShortcut(QKeySequence(Qt::Key_F9));
    detailsPane->setToolTip(tr("Show or hide the details of the current card"));
    QMenu *sizeMenu = viewMenu->addMenu(tr("Card &Size"));
    cardSizes = new QActionGroup(window);
    const struct
    {
        const char *text;
        CardDelegate::CardSize size;
        Qt::Key key;
    } sizes[] = {
        { QT_TRANSLATE_NOOP("WindowActions", "&Small"), CardDelegate::CardSize::Small, Qt::Key_1 },
        { QT_TRANSLATE_NOOP("WindowActions", "&Medium"), CardDelegate::CardSize::Medium,
          Qt::Key_2 },
        { QT_TRANSLATE_NOOP("WindowActions", "&Large"), CardDelegate::CardSize::Large, Qt::Key_3 },
    };
    for (const auto &size : sizes) {
        QAction *action = sizeMenu->addAction(tr(size.text));
        action->setCheckable(true);
        action->setData(QVariant::fromValue(size.size));
        action->setShortcut(QKeySequence(Qt::CTRL | size.key));
        cardSizes->addAction(action);
    }
    QMenu *sortMenu = viewMenu->addMenu(tr("S&ort By"));
    sortKeys = new QActionGroup(window);
    const QMetaEnum keys = QMetaEnum::fromType<PokemonFilterModel::SortKey>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = PokemonFilterModel::SortKey(keys.value(i));
        QAction *action = sortMenu->addAction(PokemonFilterModel::labelOf(key));
        action->setCheckable(true);
        action->setData(QVariant::fromValue(key));
        sortKeys->addAction(action);
    }
    sortMenu->addSeparator();
    descending = sortMenu->addAction(tr("&Descending"));
    descending->setCheckable(true);
    viewMenu->addSeparator();
    filterBar = viewMenu->addAction(tr("&Filter Bar"));
    filterBar->setCheckable(true);
    filterBar->setChecked(true);
    filterBar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    showForms = viewMenu->addAction(tr("Show F&orms"));
    showForms->setCheckable(true);
    showForms->setToolTip(tr("Mega, Gigantamax, regional and other forms besides species"));
    clearFilters = viewMenu->addAction(tr("&Clear Filters"));
    viewMenu->addSeparator();
    animatedSprites = viewMenu->addAction(tr("&Animated Sprites"));
    animatedSprites->setCheckable(true);
    animatedSprites->setToolTip(tr("Cards and the details pane show moving sprites where "
                                   "PokeAPI has them"));
    viewMenu->addSeparator();
    back = viewMenu->addAction(tr("&Back"));
    back->setShortcuts(keysFor(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    back->setToolTip(tr("The Pokémon the details pane showed before"));
    back->setEnabled(false);
    forward = viewMenu->addAction(tr("&Forward"));
    forward->setShortcuts(keysFor(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    forward->setEnabled(false);

    helpMenu = bar->addMenu(tr("&Help"));
    shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    helpMenu->addSeparator();
    about = helpMenu->addAction(tr("&About Pokedex"));
    about->setMenuRole(QAction::AboutRole);
}

QList<QMenu *> WindowActions::menus() const
{
    return { fileMenu, editMenu, searchMenu, viewMenu, helpMenu };
}
