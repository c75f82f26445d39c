#pragma once

// A small hand-made book for the printed customer report (core, CLI and UI tests): "Harbour Tools Ltd" with two
// contacts, four orders (one a refund) of two products, three quotes (two open), two contracts (one renewed by
// the other), two complaints and a note; three other buying customers to score RFM against; and a prospect
// without any order. The figures the tests expect, as of 2026-06-30, are worked out beside each row.
#include "db/Database.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/TimelineRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

struct CustomerReportFixture
{
    qint64 harbour = 0;
    qint64 prospect = 0;
    qint64 pump = 0;
    qint64 valves = 0;

    static QDate asOf() { return QDate(2026, 6, 30); }

    void build(const QSqlDatabase &db)
    {
        auto owner = LookupRepository(db).addOwner(QStringLiteral("Li Na"));
        ASSERT_TRUE(owner.ok()) << owner.error().toString().toStdString();
        Customer c;
        c.name = QStringLiteral("Harbour Tools Ltd");
        c.industry = QStringLiteral("Manufacturing");
        c.province = QStringLiteral("浙江省");
        c.city = QStringLiteral("杭州市");
        c.source = QStringLiteral("Trade fair");
        c.ownerId = owner.value();
        c.tier = QStringLiteral("A");
        c.stage = LifecycleStage::Customer;
        c.tags = QStringList { QStringLiteral("export"), QStringLiteral("vip") };
        c.phones = QStringList { QStringLiteral("0571-88001234") };
        harbour = customer(db, c);
        prospect = customer(db, named(QStringLiteral("Quiet Prospect Co")));
        const qint64 bay = customer(db, named(QStringLiteral("Bay Foods")));
        const qint64 cliff = customer(db, named(QStringLiteral("Cliff Mills")));
        const qint64 dune = customer(db, named(QStringLiteral("Dune Retail")));

        contact(db, harbour, QStringLiteral("Wang Fang"), QStringLiteral("Purchasing manager"), true);
        contact(db, harbour, QStringLiteral("Chen Jie"), QStringLiteral("Engineer"), false);
        Note note;
        note.customerId = harbour;
        note.happenedAt = QDateTime(QDate(2026, 6, 28), QTime(9, 0), Qt::UTC);
        note.body = QStringLiteral("Visited the plant; a second line is planned");
        note.author = QStringLiteral("Li Na");
        auto noted = TimelineRepository(db).addNote(note);
        ASSERT_TRUE(noted.ok()) << noted.error().toString().toStdString();

        pump = product(db, QStringLiteral("GP-100"), QStringLiteral("Gear pump"));
        valves = product(db, QStringLiteral("VK-7"), QStringLiteral("Valve kit"));
        // Harbour: revenue (total - tax) 100000 + 50000 + 200000 - 10000 = 340000; profit 136000; 3 purchases.
        const qint64 first = order(db, harbour, QStringLiteral("2025-09-15"), 113000, 13000, 60000);
        line(db, first, pump, 2000, 100000, 60000);
        const qint64 second = order(db, harbour, QStringLiteral("2026-01-20"), 56500, 6500, 30000);
        line(db, second, valves, 5000, 50000, 30000);
        const qint64 third = order(db, harbour, QStringLiteral("2026-05-10"), 226000, 26000, 120000);
        line(db, third, pump, 3000, 150000, 90000);
        line(db, third, valves, 1000, 50000, 30000);
        const qint64 refund = order(db, harbour, QStringLiteral("2026-06-01"), -11300, -1300, -6000);
        line(db, refund, valves, -1000, -10000, -6000);
        // The others: Bay 2 purchases / 800000, 10 days; Cliff 1 / 20000, 576 days; Dune 1 / 5000, 5 days.
        order(db, bay, QStringLiteral("2026-03-01"), 300000, 0, 100000);
        order(db, bay, QStringLiteral("2026-06-20"), 500000, 0, 200000);
        order(db, cliff, QStringLiteral("2024-12-01"), 20000, 0, 5000);
        order(db, dune, QStringLiteral("2026-06-25"), 5000, 0, 1000);

        quote(db, QStringLiteral("Q-2026-0001"), QStringLiteral("2026-06-10"), QStringLiteral("2026-07-10"),
            QStringLiteral("draft"), 90400);
        quote(db, QStringLiteral("Q-2026-0002"), QStringLiteral("2026-06-15"), QStringLiteral("2026-07-15"),
            QStringLiteral("sent"), 45200);
        quote(db, QStringLiteral("Q-2026-0003"), QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31"),
            QStringLiteral("accepted"), 226000);

        const qint64 old = contract(db, QStringLiteral("K-2025-01"), QStringLiteral("Maintenance 2025"),
            QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31"), 1000000, QStringLiteral("renewed"), 0);
        contract(db, QStringLiteral("K-2026-01"), QStringLiteral("Maintenance 2026"), QStringLiteral("2026-01-01"),
            QStringLiteral("2026-12-31"), 1200000, QStringLiteral("active"), old);

        complaint(db, harbour, QStringLiteral("C-2026-0001"), 1, QStringLiteral("Pump leaks oil"),
            QStringLiteral("high"), QStringLiteral("closed"), QStringLiteral("2026-02-01T09:00:00Z"),
            QStringLiteral("2026-02-03T10:00:00Z"), 4);
        complaint(db, harbour, QStringLiteral("C-2026-0002"), 2, QStringLiteral("Late delivery"),
            QStringLiteral("medium"), QStringLiteral("in_progress"), QStringLiteral("2026-06-20T08:00:00Z"), QString(),
            0);
    }

    // `count` open complaints numbered L-0001 ..., one a day from 2026-01-01, for a report that runs over pages.
    void addComplaints(const QSqlDatabase &db, qint64 customerId, int count)
    {
        for (int i = 1; i <= count; ++i) {
            const QString at = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(9, 0), Qt::UTC).toString(Qt::ISODate);
            complaint(db, customerId, QStringLiteral("L-%1").arg(i, 4, 10, QLatin1Char('0')), 100 + i,
                QStringLiteral("Damaged carton number %1").arg(i), QStringLiteral("low"), QStringLiteral("new"), at,
                QString(), 0);
        }
    }

private:
    static Customer named(const QString &name)
    {
        Customer c;
        c.name = name;
        return c;
    }

    static void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.prepare(sql)) << query.lastError().text().toStdString();
        for (const QVariant &value : binds)
            query.addBindValue(value);
        ASSERT_TRUE(query.exec()) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    static qint64 lastId(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT max(id) FROM %1").arg(table));
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    static qint64 customer(const QSqlDatabase &db, const Customer &c)
    {
        auto id = CustomerRepository(db).create(c);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
        return id.value_or(0);
    }

    static void contact(
        const QSqlDatabase &db, qint64 customerId, const QString &name, const QString &title, bool primary)
    {
        Contact contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.title = title;
        contact.primary = primary;
        contact.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@harbour.example");
        auto id = ContactRepository(db).create(contact);
        EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    }

    static qint64 product(const QSqlDatabase &db, const QString &code, const QString &name)
    {
        exec(db,
            QStringLiteral("INSERT INTO products (uuid, code, name, category, created_at, updated_at) "
                           "VALUES (?, ?, ?, 'Pumps', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"),
            { Database::newUuid(), code, name });
        return lastId(db, QStringLiteral("products"));
    }

    qint64 order(const QSqlDatabase &db, qint64 customerId, const QString &date, qint64 total, qint64 tax, qint64 cost)
    {
        exec(db,
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, order_date, currency, total, tax, cost, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)"),
            { Database::newUuid(), QStringLiteral("SO-%1").arg(++m_orders), customerId, date, total, tax, cost, date,
                date });
        return lastId(db, QStringLiteral("orders"));
    }

    static void line(
        const QSqlDatabase &db, qint64 orderId, qint64 productId, qint64 quantity, qint64 amount, qint64 cost)
    {
        exec(db,
            QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, quantity, unit_price, amount, "
                           "cost) VALUES (?, 1, ?, ?, 0, ?, ?)"),
            { orderId, productId, quantity, amount, cost });
    }

    void quote(const QSqlDatabase &db, const QString &number, const QString &date, const QString &validUntil,
        const QString &status, qint64 total)
    {
        exec(db,
            QStringLiteral("INSERT INTO quotes (uuid, number, customer_id, quote_date, valid_until, currency, status, "
                           "subtotal, total, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)"),
            { Database::newUuid(), number, harbour, date, validUntil, status, total, total, date, date });
    }

    qint64 contract(const QSqlDatabase &db, const QString &number, const QString &title, const QString &start,
        const QString &end, qint64 value, const QString &status, qint64 previous)
    {
        exec(db,
            QStringLiteral(
                "INSERT INTO contracts (uuid, customer_id, number, title, start_date, end_date, value_minor, "
                "currency, notice_days, status, previous_contract_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', 30, ?, ?, ?, ?)"),
            { Database::newUuid(), harbour, number, title, start, end, value, status,
                previous > 0 ? QVariant(previous) : QVariant(QMetaType(QMetaType::LongLong)), start, start });
        return lastId(db, QStringLiteral("contracts"));
    }

    static void complaint(const QSqlDatabase &db, qint64 customerId, const QString &number, int sequence,
        const QString &summary, const QString &severity, const QString &status, const QString &received,
        const QString &resolved, int csat)
    {
        const QVariant done = resolved.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(resolved);
        exec(db,
            QStringLiteral("INSERT INTO complaints (uuid, number, number_year, number_seq, customer_id, severity, "
                           "summary, received_at, status, response_due_at, resolution_due_at, resolved_at, "
                           "closed_at, csat, created_at, updated_at) "
                           "VALUES (?, ?, 2026, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { Database::newUuid(), number, sequence, customerId, severity, summary, received, status, received,
                received, done, done, csat > 0 ? QVariant(csat) : QVariant(QMetaType(QMetaType::Int)), received,
                received });
    }

    int m_orders = 0;
};
