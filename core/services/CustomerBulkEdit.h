#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The tier or lifecycle stage of many customers at once (Edit ▸ Set tier or stage of the selected customers): one
// transaction, one audit entry per customer that changes, with its old and new values, and the previous values
// kept so the change can be undone.
class CustomerBulkEdit
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBulkEdit)

public:
    // What to set; a field left empty stays as each customer has it.
    struct Change
    {
        std::optional<QString> tier; // "" takes the tier away
        std::optional<LifecycleStage> stage;
    };
    // A customer as it was before a change.
    struct Previous
    {
        qint64 id = 0;
        QString tier;
        LifecycleStage stage = LifecycleStage::Lead;
    };

    explicit CustomerBulkEdit(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Sets the change on each customer it changes; returns those customers as they were. Fails, changing nothing,
    // for a tier the book does not have or a customer that is not in the book.
    Result<QList<Previous>> apply(const QList<qint64> &ids, const Change &change);
    // Puts each customer back as it was (the undo of apply).
    Status undo(const QList<Previous> &previous);

private:
    Status write(qint64 id, const Previous &before, const QString &tier, LifecycleStage stage, const QString &now);

    QSqlDatabase m_db;
};
