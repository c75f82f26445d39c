#include "AuditedExport.h"
#include "db/Transaction.h"

Status finishAuditedExport(const QSqlDatabase &db, TableWriter &writer, const AuditTrail::ExportRecord &record)
{
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = AuditTrail::recordExport(db, record); !status)
        return status;
    if (Status status = writer.finish(); !status)
        return status;
    return transaction.commit();
}
