#pragma once

#include <QString>
#include <QStringList>

// The names people read for the fields the audit trail records ("owner_id" -> "Owner", "stage" -> "Lifecycle
// stage"), translated. Keys are the stored ones (the audited fields of each record, and what imports, exports,
// merges, erasures and restores note down).
namespace AuditFieldLabels {

// The label of `key` in an entry about `entity` ("title" is a contact's job title, a contract's title); a key this
// build does not know is returned as it is.
QString label(const QString &entity, const QString &key);
// Where the key comes in a described entry: the record's own order of fields; unknown keys come last.
int rank(const QString &key);
// Every key with a label, for the tests.
QStringList knownKeys();

} // namespace AuditFieldLabels
