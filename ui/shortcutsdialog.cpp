#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "&Find…" -> "Find".
QString plainText(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(ShortcutsDialog::tr(" or "));
}

// The actions of `menu` with a shortcut, submenus' included under their title ("Card Size:
// Small").
void addShortcuts(QTreeWidgetItem *group, const QMenu *menu, const QString &prefix = {})
{
    for (QAction *action : menu->actions()) {
        const QString text = prefix.isEmpty()
            ? plainText(action->text())
            : ShortcutsDialog::tr("%1: %2").arg(prefix, plainText(action->text()));
        if (action->menu())
            addShortcuts(group, action->menu(), text);
        else if (!action->shortcuts().isEmpty())
            new QTreeWidgetItem(group, { text, keysText(action->shortcuts()) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));

    const auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_tree, { title });
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        return group;
    };
    for (const QMenu *menu : menus) {
        QTreeWidgetItem *group = addGroup(plainText(menu->title()));
        addShortcuts(group, menu);
        if (group->childCount() == 0)
            delete group;
    }

    // What no menu holds: keys the search box, the grid and the pane answer to themselves.
    QTreeWidgetItem *grid = addGroup(tr("Search box, cards and details"));
    const QStringList direct[] = {
        { tr("Search, or open the current card"), tr("Enter") },
        { tr("Retry a failed card, or search a not-found card's suggestion"), tr("Enter") },
        { tr("Stop the search, then close the details pane"), tr("Esc") },
        { tr("Move between cards"), tr("Arrow keys, Page Up, Page Down, Home, End") },
        { tr("Select several cards"), tr("Shift or Ctrl with a click or an arrow key") },
        { tr("Card menu"), tr("Right click, or the Menu key") },
        { tr("Back, in the details pane"), tr("Backspace, or the mouse's back button") },
        { tr("Forward, in the details pane"), tr("The mouse's forward button") },
        { tr("Next or previous control"), tr("Tab, Shift+Tab") },
    };
    for (const QStringList &row : direct)
        new QTreeWidgetItem(grid, row);

    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(780, 560);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList list;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            list << group->child(i)->text(0) + u'\t' + group->child(i)->text(1);
    }
    return list;
}
