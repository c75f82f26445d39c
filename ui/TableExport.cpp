#include "TableExport.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "audit/AuditTrail.h"
#include "db/Transaction.h"
#include "domain/Money.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidgetItem>

namespace {

struct ExportColumn
{
    int logical = 0;
    TableColumn column;
};

QVariant cellValue(const QAbstractItemModel *model, int row, int column)
{
    const QModelIndex index = model->index(row, column);
    const QVariant value = model->data(index, TableExport::ValueRole);
    return value.isValid() ? value : model->data(index, Qt::DisplayRole);
}

TableColumn::Type typeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return TableColumn::Type::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return TableColumn::Type::Number;
    case QMetaType::QDate:
        return TableColumn::Type::Date;
    case QMetaType::QDateTime:
        return TableColumn::Type::DateTime;
    case QMetaType::Bool:
        return TableColumn::Type::Bool;
    default:
        return TableColumn::Type::Text;
    }
}

TableColumn describe(const QAbstractItemModel *model, int logical)
{
    TableColumn column;
    column.title = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
    const QVariant type = model->headerData(logical, Qt::Horizontal, TableExport::TypeRole);
    if (type.isValid()) {
        column.type = TableColumn::Type(type.toInt());
        const QVariant decimals = model->headerData(logical, Qt::Horizontal, TableExport::DecimalsRole);
        if (decimals.isValid())
            column.decimals = decimals.toInt();
        return column;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant value = model->data(model->index(row, logical), TableExport::ValueRole);
        if (value.isValid() && !value.toString().isEmpty()) {
            column.type = typeOf(value);
            break;
        }
    }
    return column;
}

QList<ExportColumn> visibleColumns(const QTableView *view)
{
    QList<ExportColumn> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && !view->isColumnHidden(logical))
            columns << ExportColumn { logical, describe(view->model(), logical) };
    }
    return columns;
}

// The row's currency, from its first visible money cell; empty when the row has none.
QString rowCurrency(const QAbstractItemModel *model, int row, const QList<ExportColumn> &columns)
{
    for (const ExportColumn &column : columns) {
        const QString currency = model->data(model->index(row, column.logical), TableExport::CurrencyRole).toString();
        if (!currency.isEmpty())
            return currency;
    }
    return {};
}

bool hasMoney(const QAbstractItemModel *model, const QList<ExportColumn> &columns)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!rowCurrency(model, row, columns).isEmpty())
            return true;
    }
    return false;
}

} // namespace

void TableExport::setMoney(QTableWidgetItem *item, qint64 minorUnits, const QString &currency)
{
    item->setData(ValueRole, moneyValue(minorUnits, currency));
    item->setData(CurrencyRole, currency);
}

QVariant TableExport::moneyValue(qint64 minorUnits, const QString &currency)
{
    const int decimals = qMax(0, Money::decimals(currency));
    return double(minorUnits) / double(Money::pow10(decimals));
}

Result<qint64> TableExport::write(const QTableView *view, const QString &sheetName, const QString &path,
    const TableWriterOptions &options, const std::function<Status(qint64 rows)> &beforeFinish)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return Error(tr("There is no table to export."));
    const QList<ExportColumn> columns = visibleColumns(view);
    QList<TableColumn> header;
    for (const ExportColumn &column : columns)
        header << column.column;
    const bool withCurrency = hasMoney(model, columns);
    if (withCurrency)
        header << TableColumn { tr("Currency"), TableColumn::Type::Text };
    auto writer = createTableWriter(path, options);
    if (!writer)
        return writer.error();
    if (Status status = writer.value()->begin(sheetName, header); !status)
        return status.error();
    qint64 rows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->isRowHidden(row))
            continue;
        QVariantList cells;
        for (const ExportColumn &column : columns)
            cells << cellValue(model, row, column.logical);
        if (withCurrency)
            cells << rowCurrency(model, row, columns);
        if (Status status = writer.value()->writeRow(cells); !status)
            return status.error();
        ++rows;
    }
    if (beforeFinish) {
        if (Status status = beforeFinish(rows); !status)
            return status.error();
    }
    if (Status status = writer.value()->finish(); !status)
        return status.error();
    return rows;
}

QString TableExport::askPath(QWidget *parent, const QString &caption, const QString &name, TableWriterOptions *options)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 for Excel (*.csv)");
    const QString gbk = tr("CSV, GBK for older Chinese Excel (*.csv)");
    const QString big5 = tr("CSV, Big5 for older Traditional Chinese Excel (*.csv)");
    QString filter = xlsx;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 %2.xlsx").arg(name, QDate::currentDate().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(
        parent, caption, suggested, QStringList { xlsx, csv, gbk, big5 }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    options->format = filter == xlsx ? TableFormat::Xlsx : TableFormat::Csv;
    options->csvEncoding = filter == gbk ? CsvEncoding::Gbk
        : filter == big5                 ? CsvEncoding::Big5
                                         : CsvEncoding::Utf8WithBom;
    // A name typed with the other format's extension says which format is meant: "list.csv" with the Excel type
    // still chosen is a CSV file (UTF-8 for Excel), not "list.csv.xlsx".
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") && options->format == TableFormat::Xlsx) {
        options->format = TableFormat::Csv;
        options->csvEncoding = CsvEncoding::Utf8WithBom;
    } else if (suffix == QLatin1String("xlsx") && options->format == TableFormat::Csv) {
        options->format = TableFormat::Xlsx;
    }
    const QString extension = options->format == TableFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    return path;
}

qint64 TableExport::run(
    QWidget *parent, const QTableView *view, const QString &name, const QSqlDatabase &book, const QString &entity)
{
    TableWriterOptions options;
    const QString path = askPath(parent, tr("Export the list"), name, &options);
    if (path.isEmpty())
        return -1;
    // The audit entry and the file stand or fall together.
    Transaction transaction(book);
    Status begun = transaction.begin();
    auto rows = begun ? write(view, name, path, options,
                    [&](qint64 written) {
                        AuditTrail::ExportRecord record;
                        record.entity = entity;
                        record.file = path;
                        record.rows = written;
                        record.details.insert(QStringLiteral("list"), name);
                        return AuditTrail::recordExport(book, record);
                    })
                      : Result<qint64>(begun.error());
    if (rows) {
        if (Status committed = transaction.commit(); !committed)
            rows = committed.error();
    }
    if (!rows) {
        MessageBox::warning(parent, tr("Export"), rows.error().toString());
        return -1;
    }
    return rows.value();
}
