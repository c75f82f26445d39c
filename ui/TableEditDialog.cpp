#include "TableEditDialog.h"
#include "ErrorLabel.h"
#include "SaveShortcut.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TableEditDialog::TableEditDialog(const QString &intro, const QStringList &headers, QWidget *parent)
    : QDialog(parent)
{
    auto introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    m_table = new QTableWidget(0, int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    for (int column = 0; column + 1 < headers.size(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_side = new QVBoxLayout;
    auto row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(m_side);

    m_error = makeErrorLabel();
    m_error->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TableEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TableEditDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TableEditDialog::setSideButtons(const QList<QPushButton *> &buttons)
{
    for (QPushButton *button : buttons)
        m_side->addWidget(button);
    m_side->addStretch(1);
}

void TableEditDialog::showError(const QString &message)
{
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor()));
    m_error->setText(message);
    m_error->show();
}

void TableEditDialog::showNote(const QString &message)
{
    m_error->setStyleSheet(QString());
    m_error->setText(message);
    m_error->show();
}

void TableEditDialog::hideError()
{
    m_error->hide();
}

QTableWidgetItem *TableEditDialog::countItem(qint64 count)
{
    auto item = new QTableWidgetItem(QLocale().toString(count));
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void TableEditDialog::editLastRow()
{
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}
