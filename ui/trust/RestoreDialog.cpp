#include "RestoreDialog.h"
#include "Formatting.h"
#include "MessageBox.h"
#include "db/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    m_settings = BackupSettings::load(database.connection(), database.path()).value_or(BackupSettings {});
    m_folder = new QLabel;
    m_folder->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("backupsTableWidget"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setHorizontalHeaderLabels({ tr("Taken"), tr("Size"), tr("Customers"), tr("Contacts"), tr("Notes") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreDialog::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_restore->setEnabled(m_table->currentRow() >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folder);
    layout->addWidget(m_table);
    layout->addWidget(new QLabel(tr("Restoring replaces everything in the book with the backup. The book as it is "
                                    "now is backed up first, so a restore can itself be undone.")));
    layout->addWidget(buttons);
    resize(680, 420);
    reload();
}

void RestoreDialog::reload()
{
    m_folder->setText(tr("Backups in %1").arg(QDir::toNativeSeparators(m_settings.folder)));
    m_backups = BackupService(m_database.path(), m_settings).list().value_or({});
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &backup = m_backups[row];
        auto number = [](qint64 value) {
            auto *item = new QTableWidgetItem(QLocale().toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, 0, new QTableWidgetItem(Formatting::localDateTime(backup.takenAt)));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(backup.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, size);
        m_table->setItem(row, 2, number(backup.customers));
        m_table->setItem(row, 3, number(backup.contacts));
        m_table->setItem(row, 4, number(backup.notes));
    }
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    m_restore->setEnabled(!m_backups.isEmpty());
}

void RestoreDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    const BackupInfo backup = m_backups[row];
    const QString when = Formatting::localDateTime(backup.takenAt);
    if (MessageBox::question(this, tr("Restore from backup"),
            tr("Replace everything in the book with the backup of %1 (%Ln customer(s))?\n\nThe book "
               "as it is now is backed up first.",
                nullptr, int(backup.customers))
                .arg(when),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int erasedAgain = 0;
    auto safety = BackupService(m_database.path(), m_settings).restore(m_database, backup.path, &erasedAgain);
    QApplication::restoreOverrideCursor();
    if (!safety) {
        MessageBox::warning(this, tr("Restore from backup"), safety.error().toString());
        return;
    }
    m_restored = true;
    QString message = tr("The book was restored from the backup of %1. The book as it was is kept in %2.")
                          .arg(when, QDir::toNativeSeparators(safety.value().path));
    if (erasedAgain > 0)
        message += QStringLiteral("\n\n")
            + tr("%Ln customer(s) erased since the backup was taken were erased again.", nullptr, erasedAgain);
    MessageBox::information(this, tr("Restore from backup"), message);
    accept();
}
