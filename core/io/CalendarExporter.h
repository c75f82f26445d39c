#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// "Export calendar": every live planned follow-up (of one owner, or all) as an iCalendar file, with one audit
// entry naming the file and how many follow-ups it holds. The entry is committed only when the file was written.
class CalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExporter)

public:
    explicit CalendarExporter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Returns how many follow-ups were written.
    Result<qint64> exportPlanned(const QString &path, qint64 ownerId, const QDateTime &stampUtc);

private:
    QSqlDatabase m_db;
};
