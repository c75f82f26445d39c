#pragma once

#include "Result.h"
#include "services/ServiceLevels.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The per-book complaint settings in book_settings: the category list and the service levels.
class ComplaintSettings
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintSettings)

public:
    explicit ComplaintSettings(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QStringList> categories() const;
    // At least one category; blanks and repeats are dropped.
    Status setCategories(const QStringList &categories);
    Result<ServiceLevels> serviceLevels() const;
    Status setServiceLevels(const ServiceLevels &levels);

private:
    QSqlDatabase m_db;
};
