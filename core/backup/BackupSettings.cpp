#include "BackupSettings.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {
const QString kFolder = QStringLiteral("backup.folder");
const QString kDaily = QStringLiteral("backup.keep_daily");
const QString kWeekly = QStringLiteral("backup.keep_weekly");
const QString kMonthly = QStringLiteral("backup.keep_monthly");
const QString kInterval = QStringLiteral("backup.interval_hours");
const QString kOnClose = QStringLiteral("backup.on_close");
} // namespace

QString BackupSettings::defaultFolder(const QString &bookPath)
{
    const QFileInfo book(bookPath);
    // Not translated: the folder must not move when the user switches language.
    return book.absoluteDir().filePath(book.completeBaseName() + QStringLiteral(" backups"));
}

Result<BackupSettings> BackupSettings::load(const QSqlDatabase &book, const QString &bookPath)
{
    BackupSettings settings;
    settings.folder = defaultFolder(bookPath);
    QSqlQuery query(book);
    if (!query.exec(QStringLiteral("SELECT key, value FROM book_settings WHERE key LIKE 'backup.%'")))
        return sqlError(query, tr("Reading the backup settings"));
    auto number = [](const QString &text, int fallback) {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == kFolder && !value.isEmpty())
            settings.folder = value;
        else if (key == kDaily)
            settings.policy.daily = number(value, settings.policy.daily);
        else if (key == kWeekly)
            settings.policy.weekly = number(value, settings.policy.weekly);
        else if (key == kMonthly)
            settings.policy.monthly = number(value, settings.policy.monthly);
        else if (key == kInterval)
            settings.intervalHours = number(value, settings.intervalHours);
        else if (key == kOnClose)
            settings.onClose = value != QLatin1String("0");
    }
    return settings;
}

Status BackupSettings::save(const QSqlDatabase &book) const
{
    Transaction transaction(book);
    if (Status status = transaction.begin(); !status)
        return status;
    const QList<std::pair<QString, QString>> values {
        { kFolder, folder },
        { kDaily, QString::number(policy.daily) },
        { kWeekly, QString::number(policy.weekly) },
        { kMonthly, QString::number(policy.monthly) },
        { kInterval, QString::number(intervalHours) },
        { kOnClose, onClose ? QStringLiteral("1") : QStringLiteral("0") },
    };
    QSqlQuery remove(book);
    remove.prepare(QStringLiteral("DELETE FROM book_settings WHERE key = ?"));
    QSqlQuery insert(book);
    insert.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : values) {
        remove.addBindValue(key);
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!remove.exec() || !insert.exec())
            return sqlError(remove.lastError().isValid() ? remove.lastError() : insert.lastError(),
                tr("Saving the backup settings"));
    }
    return transaction.commit();
}
