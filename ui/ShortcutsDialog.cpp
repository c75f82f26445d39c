#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// "&Export list…" -> "Export list"; "打开账簿(&O)…" -> "打开账簿".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Menu"), tr("Command"), tr("Keys") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // The commands whole; the keys take what is left (the longest are a sentence, and wrap in their tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty())
                addRow(
                    plain(top->text()), plain(action->text()), action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    const QString list = tr("Customer list");
    addRow(list, tr("Open the selected customer"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
    addRow(list, tr("Go from the search to the results"), tr("Down or Enter in the search field"));
    addRow(list, tr("Select more customers"), tr("Shift+Up or Shift+Down; Ctrl+click, Shift+click"));
    addRow(list, tr("Show what can be done with the selected customers"), tr("Menu key; right-click"));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 560);
}

void ShortcutsDialog::addRow(const QString &menu, const QString &command, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(menu));
    m_table->setItem(row, 1, new QTableWidgetItem(command));
    auto *keysItem = new QTableWidgetItem(keys);
    keysItem->setToolTip(keys);
    m_table->setItem(row, 2, keysItem);
}
