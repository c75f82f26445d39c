#pragma once

#include "io/CustomerImporter.h"
#include "io/ImportMapping.h"

#include <QSqlDatabase>
#include <QWizard>

// Imports customers or contacts from a CSV or Excel file, step by step: file, sheet and preview, column
// mapping (guessed from the headers, saved as presets), a check listing every problem by row and column,
// what to do with duplicates, then the import itself with progress and Cancel, all or nothing by default.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, SheetPageId, MappingPageId, CheckPageId, DuplicatesPageId, RunPageId };

    // What the pages decide, in order.
    struct State
    {
        QString filePath;
        ImportTarget target = ImportTarget::Customers;
        QStringList sheets;
        QString sheet;
        QString format;
        QStringList headers;
        QList<QVariantList> preview; // the first rows after the header
        ImportMapping mapping;
        ImportOptions options;
        std::optional<ImportSummary> checked;
        std::optional<ImportSummary> result;
    };

    // bookPath: the open book (work off the GUI thread opens its own connection to it); db: the GUI's
    // connection, for presets.
    ImportWizard(QString bookPath, QSqlDatabase db, QWidget *parent = nullptr);

    State &state() { return m_state; }
    QString bookPath() const { return m_bookPath; }
    QSqlDatabase db() const { return m_db; }

signals:
    // The import was committed: lists showing customers should reload.
    void imported();

private:
    QString m_bookPath;
    QSqlDatabase m_db;
    State m_state;
};
