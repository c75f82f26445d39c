#pragma once

#include "Result.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The catalogue of products and services.
class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // By code then name; `search` matches code, name or category (case-insensitive for Latin letters).
    Result<QList<Product>> list(const QString &search = {}, bool includeInactive = true) const;
    Result<Product> get(qint64 id) const;
    // Inserts (id 0) or updates; returns the id. An empty name, a negative price or a code already in use is an
    // Error naming the field.
    Result<qint64> save(const Product &product);
    Status setActive(qint64 id, bool active);

private:
    QSqlDatabase m_db;
};
