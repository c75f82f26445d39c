#include "Result.h"

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (row >= 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(", "))
                + QCoreApplication::translate("Error", "row %1").arg(row);
    if (column >= 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(", "))
                + QCoreApplication::translate("Error", "column %1").arg(column);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + field;
    if (where.isEmpty())
        return message;
    return QCoreApplication::translate("Error", "%1 (%2)").arg(message, where);
}
