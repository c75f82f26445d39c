#pragma once

#include "Result.h"
#include "audit/AuditTrail.h"
#include "io/TableWriter.h"

#include <QSqlDatabase>

// The end of an export that wrote every row: records it in the audit trail and puts the file in place, in one
// transaction committed once the file is there. The entry and the file stand or fall together.
Status finishAuditedExport(const QSqlDatabase &db, TableWriter &writer, const AuditTrail::ExportRecord &record);
