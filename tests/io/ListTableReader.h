#pragma once

#include "io/TableReader.h"

// A TableReader over rows held in memory, for tests of what happens after reading. Rows that are entirely
// empty are skipped like the real readers do; an error can be planted after a given row.
class ListTableReader : public TableReader
{
public:
    explicit ListTableReader(QList<QVariantList> rows)
        : m_rows(std::move(rows))
    {
    }

    void failAfter(int rows, const Error &error)
    {
        m_failAfter = rows;
        m_plantedError = error;
    }

    QStringList sheetNames() const override { return { QStringLiteral("list") }; }
    Status selectSheet(const QString &) override
    {
        m_next = 0;
        return {};
    }
    bool readRow(QVariantList &row) override
    {
        while (m_next < m_rows.size()) {
            if (m_failAfter >= 0 && m_next >= m_failAfter) {
                m_error = m_plantedError;
                return false;
            }
            row = m_rows[m_next++];
            const bool empty = std::all_of(row.cbegin(), row.cend(),
                [](const QVariant &cell) { return !cell.isValid() || cell.toString().isEmpty(); });
            if (!empty)
                return true;
        }
        return false;
    }
    qint64 rowNumber() const override { return m_next; }
    const std::optional<Error> &error() const override { return m_error; }
    double progress() const override { return m_rows.isEmpty() ? 1.0 : double(m_next) / m_rows.size(); }
    QString formatDescription() const override { return QStringLiteral("list"); }

private:
    QList<QVariantList> m_rows;
    qsizetype m_next = 0;
    int m_failAfter = -1;
    Error m_plantedError;
    std::optional<Error> m_error;
};
