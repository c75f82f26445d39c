#include "BusinessRecordsText.h"

QStringList BusinessRecordsText::parts(const QMap<QString, qint64> &records)
{
    QStringList parts;
    if (const int n = int(records.value(QStringLiteral("orders"))); n > 0)
        parts << tr("%Ln order(s), whose sales leave the reports", nullptr, n);
    if (const int n = int(records.value(QStringLiteral("quotes"))); n > 0)
        parts << tr("%Ln quote(s)", nullptr, n);
    if (const int n = int(records.value(QStringLiteral("contracts"))); n > 0)
        parts << tr("%Ln contract(s)", nullptr, n);
    if (const int n = int(records.value(QStringLiteral("complaints"))); n > 0)
        parts << tr("%Ln complaint(s)", nullptr, n);
    if (const int n = int(records.value(QStringLiteral("activities"))); n > 0)
        parts << tr("%Ln follow-up(s)", nullptr, n);
    return parts;
}
