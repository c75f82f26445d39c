#include "BackupSettingsDialog.h"
#include "BackupController.h"
#include "DialogSize.h"
#include "FileDialog.h"
#include "Formatting.h"
#include "MessageBox.h"
#include "backup/BackupService.h"
#include "db/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BackupSettingsDialog::BackupSettingsDialog(Database &database, BackupController *controller, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backup settings"));
    const BackupSettings settings
        = BackupSettings::load(database.connection(), database.path()).value_or(BackupSettings {});

    m_folder = new QLineEdit(QDir::toNativeSeparators(settings.folder));
    m_folder->setObjectName(QStringLiteral("backupFolderLineEdit"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto spin = [](int value, int maximum, const QString &name) {
        auto *box = new QSpinBox;
        box->setRange(0, maximum);
        box->setValue(value);
        box->setObjectName(name);
        return box;
    };
    m_interval = spin(settings.intervalHours, 24 * 7, QStringLiteral("backupIntervalSpinBox"));
    m_interval->setSuffix(tr(" hours"));
    m_interval->setSpecialValueText(tr("Never while open"));
    m_onClose = new QCheckBox(tr("Back up when the book is &closed"));
    m_onClose->setChecked(settings.onClose);
    m_daily = spin(settings.policy.daily, 365, QStringLiteral("keepDailySpinBox"));
    m_weekly = spin(settings.policy.weekly, 520, QStringLiteral("keepWeeklySpinBox"));
    m_monthly = spin(settings.policy.monthly, 1200, QStringLiteral("keepMonthlySpinBox"));

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:")); // a row of widgets: the label needs its buddy set by hand
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Back up &every:"), m_interval);
    form->addRow(QString(), m_onClose);
    form->addRow(tr("Keep &daily copies:"), m_daily);
    form->addRow(tr("Keep &weekly copies:"), m_weekly);
    form->addRow(tr("Keep &monthly copies:"), m_monthly);

    const auto last = BackupService(database.path(), settings).lastBackupTime();
    auto *lastLabel = new QLabel(last ? tr("Last backup: %1").arg(Formatting::localDateTime(*last))
                                      : tr("This book has not been backed up yet."));
    lastLabel->setObjectName(QStringLiteral("lastBackupLabel"));
    auto *note = new QLabel(tr("Each backup is checked (integrity and record counts) before older ones are "
                               "deleted. A folder on another disk or a synced folder also protects the book from a "
                               "broken computer."));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *now = buttons->addButton(tr("Back up &now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    // Saves the settings first, so the backup goes where the dialog says.
    connect(now, &QPushButton::clicked, this, [this, controller] {
        accept();
        if (result() == Accepted && controller)
            controller->backUpNow();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(lastLabel);
    layout->addWidget(note);
    layout->addWidget(buttons);
    DialogSize::fitToWidth(this, 560);
}

void BackupSettingsDialog::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsDialog::accept()
{
    BackupSettings settings;
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (settings.folder.isEmpty() || !QDir().mkpath(settings.folder)) {
        MessageBox::warning(
            this, tr("Backup settings"), tr("The folder \"%1\" cannot be created or used.").arg(m_folder->text()));
        return;
    }
    settings.intervalHours = m_interval->value();
    settings.onClose = m_onClose->isChecked();
    settings.policy = BackupPolicy { m_daily->value(), m_weekly->value(), m_monthly->value() };
    if (Status status = settings.save(m_database.connection()); !status) {
        MessageBox::warning(this, tr("Backup settings"), status.error().toString());
        return;
    }
    QDialog::accept();
}
