#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

// Help ▸ Keyboard shortcuts: every command of the menus that has a shortcut, read from the menus themselves (so the
// list is always the app's own, in the user's language), and the keys of the customer list that are not commands.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &menu, const QString &command, const QString &keys);

    QTableWidget *m_table = nullptr;
};
