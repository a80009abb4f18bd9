#include "windowactions.h"

#include "carddelegate.h"
#include "search/formkind.h"
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

// The source text (for TranslatedWords) of the Forms menu's entry for `kind`.
const char *menuLabelOf(FormKind kind)
{
    switch (kind) {
    case FormKind::Mega:
        return QT_TRANSLATE_NOOP("WindowActions", "&Mega Evolutions");
    case FormKind::Gigantamax:
        return QT_TRANSLATE_NOOP("WindowActions", "&Gigantamax");
    case FormKind::Regional:
        return QT_TRANSLATE_NOOP("WindowActions", "&Regional Forms");
    case FormKind::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("WindowActions", "O&ther Forms");
}

} // namespace

WindowActions::WindowActions(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();

    fileMenu = bar->addMenu(QString());
    words.set(fileMenu, &QMenu::setTitle, QT_TR_NOOP("&File"));
    workOffline = fileMenu->addAction(QString());
    words.set(workOffline, &QAction::setText, QT_TR_NOOP("Work &Offline"));
    workOffline->setCheckable(true);
    words.set(workOffline, &QAction::setToolTip,
              QT_TR_NOOP("Answer from the cache only; send nothing"));
    fileMenu->addSeparator();
    quit = fileMenu->addAction(QString());
    words.set(quit, &QAction::setText, QT_TR_NOOP("&Quit"));
    quit->setShortcuts(keysFor(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(QString());
    words.set(editMenu, &QMenu::setTitle, QT_TR_NOOP("&Edit"));
    copy = editMenu->addAction(QString());
    words.set(copy, &QAction::setText, QT_TR_NOOP("&Copy Cards as Text"));
    copy->setShortcuts(QKeySequence::Copy);
    words.set(copy, &QAction::setToolTip, QT_TR_NOOP("Copy the selected cards, one line each"));
    editMenu->addSeparator();
    settings = editMenu->addAction(QString());
    words.set(settings, &QAction::setText, QT_TR_NOOP("&Settings…"));
    settings->setShortcuts(
        keysFor(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    settings->setMenuRole(QAction::PreferencesRole);

    searchMenu = bar->addMenu(QString());
    words.set(searchMenu, &QMenu::setTitle, QT_TR_NOOP("&Search"));
    find = searchMenu->addAction(QString());
    words.set(find, &QAction::setText, QT_TR_NOOP("&Find…"));
    find->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F) });
    cancel = searchMenu->addAction(QString());
    words.set(cancel, &QAction::setText, QT_TR_NOOP("&Cancel Search"));
    refresh = searchMenu->addAction(QString());
    words.set(refresh, &QAction::setText, QT_TR_NOOP("Re&fresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    words.set(refresh, &QAction::setToolTip,
              QT_TR_NOOP("Search again, asking the network rather than the cache"));
    retryFailed = searchMenu->addAction(QString());
    words.set(retryFailed, &QAction::setText, QT_TR_NOOP("&Retry Failed"));
    retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    words.set(retryFailed, &QAction::setToolTip,
              QT_TR_NOOP("Look up again what failed, or what a cancel left unloaded"));
    retryFailed->setEnabled(false);

    viewMenu = bar->addMenu(QString());
    words.set(viewMenu, &QMenu::setTitle, QT_TR_NOOP("&View"));
    detailsPane = viewMenu->addAction(QString());
    words.set(detailsPane, &QAction::setText, QT_TR_NOOP("&Details Pane"));
    detailsPane->setCheckable(true);
    detailsPane->setShortcut(QKeySequence(Qt::Key_F9));
    words.set(detailsPane, &QAction::setToolTip,
              QT_TR_NOOP("Show or hide the details of the current card"));
    QMenu *sizeMenu = viewMenu->addMenu(QString());
    words.set(sizeMenu, &QMenu::setTitle, QT_TR_NOOP("Card &Size"));
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
        QAction *action = sizeMenu->addAction(QString());
        words.set(action, &QAction::setText, size.text);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(size.size));
        action->setShortcut(QKeySequence(Qt::CTRL | size.key));
        cardSizes->addAction(action);
    }
    QMenu *sortMenu = viewMenu->addMenu(QString());
    words.set(sortMenu, &QMenu::setTitle, QT_TR_NOOP("S&ort By"));
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
    descending = sortMenu->addAction(QString());
    words.set(descending, &QAction::setText, QT_TR_NOOP("&Descending"));
    descending->setCheckable(true);
    viewMenu->addSeparator();
    filterBar = viewMenu->addAction(QString());
    words.set(filterBar, &QAction::setText, QT_TR_NOOP("&Filter Bar"));
    filterBar->setCheckable(true);
    filterBar->setChecked(true);
    filterBar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    formsMenu = viewMenu->addMenu(QString());
    words.set(formsMenu, &QMenu::setTitle, QT_TR_NOOP("F&orms"));
    showForms = formsMenu->addAction(QString());
    words.set(showForms, &QAction::setText, QT_TR_NOOP("&All Forms"));
    showForms->setCheckable(true);
    words.set(showForms, &QAction::setToolTip,
              QT_TR_NOOP("Mega, Gigantamax, regional and other forms besides species"));
    formsMenu->addSeparator();
    for (const FormKind kind : FormKindOf::all()) {
        QAction *action = formsMenu->addAction(QString());
        words.set(action, &QAction::setText, menuLabelOf(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        formKinds.append(action);
    }
    clearFilters = viewMenu->addAction(QString());
    words.set(clearFilters, &QAction::setText, QT_TR_NOOP("&Clear Filters"));
    viewMenu->addSeparator();
    animatedSprites = viewMenu->addAction(QString());
    words.set(animatedSprites, &QAction::setText, QT_TR_NOOP("&Animated Sprites"));
    animatedSprites->setCheckable(true);
    words.set(animatedSprites, &QAction::setToolTip,
              QT_TR_NOOP("Cards and the details pane show moving sprites where PokeAPI has them"));
    viewMenu->addSeparator();
    back = viewMenu->addAction(QString());
    words.set(back, &QAction::setText, QT_TR_NOOP("&Back"));
    back->setShortcuts(keysFor(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    words.set(back, &QAction::setToolTip, QT_TR_NOOP("The Pokémon the details pane showed before"));
    back->setEnabled(false);
    forward = viewMenu->addAction(QString());
    words.set(forward, &QAction::setText, QT_TR_NOOP("&Forward"));
    forward->setShortcuts(keysFor(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    forward->setEnabled(false);

    helpMenu = bar->addMenu(QString());
    words.set(helpMenu, &QMenu::setTitle, QT_TR_NOOP("&Help"));
    shortcuts = helpMenu->addAction(QString());
    words.set(shortcuts, &QAction::setText, QT_TR_NOOP("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    helpMenu->addSeparator();
    about = helpMenu->addAction(QString());
    words.set(about, &QAction::setText, QT_TR_NOOP("&About Pokedex"));
    about->setMenuRole(QAction::AboutRole);
}

void WindowActions::retranslate()
{
    words.retranslate();
    for (QAction *action : sortKeys->actions())
        action->setText(
            PokemonFilterModel::labelOf(action->data().value<PokemonFilterModel::SortKey>()));
}

QList<QMenu *> WindowActions::menus() const
{
    return { fileMenu, editMenu, searchMenu, viewMenu, helpMenu };
}
