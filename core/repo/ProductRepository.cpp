#include "ProductRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Money.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace SqlHelpers;

namespace {

const QString kColumns = QStringLiteral("id, uuid, code, name, description, unit, currency, unit_price, cost_price, "
                                        "tax_rate, category, active, created_at, updated_at");

const QString kEntity = QStringLiteral("product");

// The audited fields of a product, as stored.
QJsonObject auditFields(const Product &p)
{
    return QJsonObject {
        { QStringLiteral("code"), p.code.trimmed() },
        { QStringLiteral("name"), p.name.trimmed() },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("unit"), p.unit.trimmed() },
        { QStringLiteral("currency"), p.currency },
        { QStringLiteral("unit_price"), p.unitPrice },
        { QStringLiteral("cost_price"), p.costPrice },
        { QStringLiteral("tax_rate"), p.taxRate },
        { QStringLiteral("category"), p.category.trimmed() },
        { QStringLiteral("active"), p.active },
    };
}

Product productFrom(const QSqlQuery &query)
{
    Product product;
    product.id = query.value(0).toLongLong();
    product.uuid = query.value(1).toString();
    product.code = query.value(2).toString();
    product.name = query.value(3).toString();
    product.description = query.value(4).toString();
    product.unit = query.value(5).toString();
    product.currency = query.value(6).toString();
    product.unitPrice = query.value(7).toLongLong();
    product.costPrice = query.value(8).toLongLong();
    product.taxRate = query.value(9).toLongLong();
    product.category = query.value(10).toString();
    product.active = query.value(11).toInt() != 0;
    product.createdAt = toDateTime(query.value(12));
    product.updatedAt = toDateTime(query.value(13));
    return product;
}

} // namespace

Result<QList<Product>> ProductRepository::list(const QString &search, bool includeInactive) const
{
    QString sql = QStringLiteral("SELECT %1 FROM products WHERE deleted_at IS NULL").arg(kColumns);
    if (!includeInactive)
        sql += QStringLiteral(" AND active = 1");
    const QString pattern = QStringLiteral("%%1%").arg(search.trimmed().toLower());
    if (!search.trimmed().isEmpty())
        sql += QStringLiteral(" AND (lower(code) LIKE ? OR lower(name) LIKE ? OR lower(category) LIKE ?)");
    sql += QStringLiteral(" ORDER BY code, name, id");
    QSqlQuery query(m_db);
    query.prepare(sql);
    if (!search.trimmed().isEmpty()) {
        for (int i = 0; i < 3; ++i)
            query.addBindValue(pattern);
    }
    if (!query.exec())
        return sqlError(query, tr("Reading the products"));
    QList<Product> products;
    while (query.next())
        products << productFrom(query);
    return products;
}

Result<Product> ProductRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the product"));
    if (!query.next())
        return Error { tr("There is no product %1.").arg(id) };
    return productFrom(query);
}

Result<qint64> ProductRepository::save(const Product &product)
{
    if (product.name.trimmed().isEmpty())
        return Error { tr("A product needs a name."), {}, -1, -1, QStringLiteral("name") };
    if (Money::decimals(product.currency) < 0)
        return Error { tr("\"%1\" is not a currency this version knows.").arg(product.currency), {}, -1, -1,
            QStringLiteral("currency") };
    if (product.unitPrice < 0 || product.unitPrice > Money::kMaxMinorUnits)
        return Error { tr("The unit price must be zero or more."), {}, -1, -1, QStringLiteral("unit_price") };
    if (product.costPrice < 0 || product.costPrice > Money::kMaxMinorUnits)
        return Error { tr("The cost price must be zero or more."), {}, -1, -1, QStringLiteral("cost_price") };
    if (product.taxRate < 0 || product.taxRate > 10000)
        return Error { tr("The tax rate must be between 0% and 100%."), {}, -1, -1, QStringLiteral("tax_rate") };
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString code = product.code.trimmed();
    QSqlQuery query(m_db);
    if (!code.isEmpty()) {
        query.prepare(QStringLiteral("SELECT name FROM products WHERE code = ? AND id <> ? AND deleted_at IS NULL"));
        query.addBindValue(code);
        query.addBindValue(product.id);
        if (!query.exec())
            return sqlError(query, tr("Saving the product"));
        if (query.next())
            return Error { tr("The code %1 is already used by \"%2\".").arg(code, query.value(0).toString()), {}, -1,
                -1, QStringLiteral("code") };
    }
    std::optional<Product> before;
    if (product.id != 0) {
        auto stored = get(product.id);
        if (!stored)
            return stored.error();
        before = stored.value();
    }
    const QString now = Database::nowTimestamp();
    if (product.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO products (code, name, description, unit, currency, unit_price, "
                                     "cost_price, tax_rate, category, active, uuid, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE products SET code = ?, name = ?, description = ?, unit = ?, currency = ?, "
                                     "unit_price = ?, cost_price = ?, tax_rate = ?, category = ?, active = ?, "
                                     "updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    }
    query.addBindValue(text(code));
    query.addBindValue(product.name.trimmed());
    query.addBindValue(text(product.description));
    query.addBindValue(text(product.unit.trimmed()));
    query.addBindValue(product.currency);
    query.addBindValue(product.unitPrice);
    query.addBindValue(product.costPrice);
    query.addBindValue(product.taxRate);
    query.addBindValue(text(product.category.trimmed()));
    query.addBindValue(product.active ? 1 : 0);
    if (product.id == 0) {
        query.addBindValue(product.uuid.isEmpty() ? Database::newUuid() : product.uuid);
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        query.addBindValue(now);
        query.addBindValue(product.id);
    }
    if (!query.exec())
        return sqlError(query, tr("Saving the product"));
    if (product.id != 0 && query.numRowsAffected() == 0)
        return Error { tr("There is no product %1.").arg(product.id) };
    const qint64 id = product.id == 0 ? query.lastInsertId().toLongLong() : product.id;
    const Status audited = before
        ? AuditTrail::recordUpdate(m_db, kEntity, id, 0, auditFields(*before), auditFields(product))
        : AuditTrail::recordCreate(m_db, kEntity, id, 0, auditFields(product));
    if (!audited)
        return audited.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ProductRepository::setActive(qint64 id, bool active)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto before = get(id);
    if (!before)
        return before.error();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE products SET active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Saving the product"));
    Product after = before.value();
    after.active = active;
    if (Status status = AuditTrail::recordUpdate(m_db, kEntity, id, 0, auditFields(before.value()), auditFields(after));
        !status)
        return status;
    return transaction.commit();
}
