#include "CalendarExporter.h"
#include "audit/AuditTrail.h"
#include "db/Transaction.h"
#include "io/IcsWriter.h"
#include "repo/ActivityRepository.h"

Result<qint64> CalendarExporter::exportPlanned(const QString &path, qint64 ownerId, const QDateTime &stampUtc)
{
    auto planned = ActivityRepository(m_db).planned(ownerId);
    if (!planned)
        return planned.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    AuditTrail::ExportRecord record;
    record.entity = QStringLiteral("activity");
    record.file = path;
    record.rows = planned.value().size();
    if (ownerId > 0)
        record.details.insert(QStringLiteral("owner_id"), ownerId);
    if (Status status = AuditTrail::recordExport(m_db, record); !status)
        return status.error();
    if (Status status = IcsWriter::write(path, planned.value(), stampUtc); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return record.rows;
}
