#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QMenu;
class QTreeWidget;

// Help › Keyboard Shortcuts: every shortcut of the menus' actions, menu by menu, then the keys
// and mouse buttons the grid and the pane answer to directly.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // "Refresh\tF5", one per row, in the order shown.
    QStringList rows() const;

private:
    QTreeWidget *m_tree;
};
