#pragma once

#include "Result.h"
#include "io/TableWriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QTableView;
class QTableWidgetItem;
class QWidget;

// Exports a table as the user sees it — its visible columns in their on-screen order, its rows in their current
// sort and filter — to .xlsx or CSV (TableWriter: typed cells, formula neutralising, header bold and frozen).
//
// A cell is written from its ValueRole data when the model gives one (a qint64 of minor units for money, a QDate,
// a number), else from its display text. A column's type comes from the header's TypeRole data (an int of
// TableColumn::Type; DecimalsRole for money), else from the first non-empty ValueRole value of the column
// (integers, doubles, dates, date-times), else it is text.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static constexpr int ValueRole = Qt::UserRole + 40;
    static constexpr int TypeRole = Qt::UserRole + 41;
    static constexpr int DecimalsRole = Qt::UserRole + 42;
    // The ISO code of a money cell's currency. A table with such cells is written with a Currency column (the
    // row's first), so that amounts in yuan and dollars are never summed as one in a spreadsheet.
    static constexpr int CurrencyRole = Qt::UserRole + 43;

    // An amount as the number of major units it stands for (12345 fen -> 123.45), for ValueRole.
    static QVariant moneyValue(qint64 minorUnits, const QString &currency);
    // Sets the item's ValueRole (moneyValue) and CurrencyRole.
    static void setMoney(QTableWidgetItem *item, qint64 minorUnits, const QString &currency);

    // Writes the view's table to path; returns the number of data rows written. beforeFinish (optional) runs with
    // the row count once every row is written and before the file is put in place: a failure there leaves no file.
    static Result<qint64> write(const QTableView *view, const QString &sheetName, const QString &path,
        const TableWriterOptions &options = {}, const std::function<Status(qint64 rows)> &beforeFinish = {});

    // Asks where to save (Excel, CSV UTF-8 with BOM, or CSV GBK), writes, and tells the user what happened.
    // `name` names the sheet and the suggested file ("Orders" -> "Orders 2026-11-25.xlsx"). The export is recorded
    // in the book's audit trail (entity: the kind of rows listed) in one transaction with writing the file. Returns
    // the rows written, or -1 when nothing was written (cancelled or failed; a failure has been shown).
    static qint64 run(
        QWidget *parent, const QTableView *view, const QString &name, const QSqlDatabase &book, const QString &entity);

    // The save dialog of every list export: returns the chosen path with its extension, or an empty string.
    static QString askPath(QWidget *parent, const QString &caption, const QString &name, TableWriterOptions *options);
};

// A page whose main table File > Export list (Ctrl+Shift+E) writes.
class ExportableTable
{
public:
    virtual ~ExportableTable() = default;
    virtual const QTableView *exportView() const = 0;
    // Names the sheet and the suggested file, e.g. tr("Orders").
    virtual QString exportName() const = 0;
    // The audit trail's name for the kind of rows listed ("order", "quote", "customer", ...).
    virtual QString exportEntity() const = 0;
};
