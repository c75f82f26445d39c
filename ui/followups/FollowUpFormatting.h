#pragma once

#include "domain/Activity.h"
#include "domain/Contract.h"

#include <QMap>
#include <QString>
#include <QTableWidgetItem>

class QComboBox;
class QLabel;
class QSqlDatabase;

// How the follow-up and renewal views show dates, amounts and owners.
namespace FollowUpFormatting {
// "12/03/2025 09:30" or "12/03/2025 (all day)" in the user's locale and time zone.
QString due(const Activity &activity);
QString date(const QDate &date);
// With the locale's digit grouping, the currency's decimals and its code: "12,345.67 CNY", "12,000 TWD".
QString money(const Amount &value);
// Amounts in several currencies, one after the other, each kept on one line (no-break spaces); "0" when none.
QString moneyByCurrency(const QMap<QString, qint64> &amounts);
// Fills a combo box with "everyone" (data 0) and the book's owners (data: id).
// The book's sales reps, after `noneText` (id 0). `keep`: also this rep when removed (a record still theirs).
void fillOwners(QComboBox *combo, const QSqlDatabase &db, const QString &noneText, qint64 keep = 0);
// A page's heading: the label's font, bold and 1.3 times larger.
void makeTitle(QLabel *label);

// A table cell that sorts by a number kept in UserRole + 2 instead of by its displayed text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, qint64 number)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole + 2, number);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole + 2).toLongLong() < other.data(Qt::UserRole + 2).toLongLong();
    }
};
} // namespace FollowUpFormatting
