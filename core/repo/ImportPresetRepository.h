#pragma once

#include "Result.h"
#include "io/ImportMapping.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Saved column mappings ("presets") for imports, per target, kept in the book.
class ImportPresetRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportPresetRepository)

public:
    explicit ImportPresetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QStringList> names(ImportTarget target) const;
    // The preset's JSON mapping ({"header": "field"}); an error when there is no preset of that name.
    Result<QString> mapping(ImportTarget target, const QString &name) const;
    // Saves under the name, replacing a preset of the same name.
    Status save(ImportTarget target, const QString &name, const QString &mappingJson);
    Status remove(ImportTarget target, const QString &name);

private:
    QSqlDatabase m_db;
};
