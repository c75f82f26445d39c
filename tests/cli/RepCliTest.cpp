// clientele-cli reps: listing the sales reps and handing one's customers and open work to another.

#include "Book.h"
#include "CliTestSupport.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"

#include <QTemporaryDir>

namespace {

class RepCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString().toStdString();
        QSqlDatabase db = book.value()->connection();
        m_li = LookupRepository(db).addOwner(QStringLiteral("李娜"), QStringLiteral("li.na@example.cn")).value_or(0);
        m_emily = LookupRepository(db).addOwner(QStringLiteral("Emily Carter")).value_or(0);
        for (const QString &name : { QStringLiteral("Acme"), QStringLiteral("星辰贸易") }) {
            Customer customer;
            customer.name = name;
            customer.ownerId = m_li;
            ASSERT_TRUE(CustomerRepository(db).create(customer).ok());
        }
    }

    QString bookPath() const { return m_dir.filePath(QStringLiteral("shop.clientele")); }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(m_dir.path(), QStringList { QStringLiteral("--db"), bookPath() } + arguments);
    }

    QTemporaryDir m_dir;
    qint64 m_li = 0, m_emily = 0;
};

TEST_F(RepCliTest, ListsRepsAndHandsOneRepsCustomersToAnother)
{
    const CliRun csv = cli({ QStringLiteral("reps"), QStringLiteral("list") });
    ASSERT_EQ(csv.exitCode, 0) << csv;
    EXPECT_EQ(csv.out,
        QStringLiteral("id,name,email,customers\r\n%1,Emily Carter,,0\r\n%2,李娜,li.na@example.cn,2\r\n")
            .arg(m_emily)
            .arg(m_li));

    // By name (any letter case) and by id.
    const CliRun moved = cli(
        { QStringLiteral("reps"), QStringLiteral("hand-over"), QStringLiteral("李娜"), QString::number(m_emily) });
    ASSERT_EQ(moved.exitCode, 0) << moved;
    EXPECT_EQ(moved.out,
        QStringLiteral("Handed over from 李娜 to Emily Carter: customers 2, planned follow-ups 0, open quotes 0, "
                       "contracts 0, open complaints 0.\n"));
    const QJsonArray reps = jsonArray(
        cli({ QStringLiteral("reps"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(reps.size(), 2);
    EXPECT_EQ(reps[0].toObject().value(QStringLiteral("customers")).toInteger(), 2);
    EXPECT_EQ(reps[1].toObject().value(QStringLiteral("customers")).toInteger(), 0);
}

TEST_F(RepCliTest, AnUnknownRepOrAMissingArgumentIsAUsageError)
{
    const CliRun unknown = cli(
        { QStringLiteral("reps"), QStringLiteral("hand-over"), QStringLiteral("李娜"), QStringLiteral("nobody") });
    EXPECT_EQ(unknown.exitCode, 2) << unknown;
    expectOneLineError(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\"nobody\""))) << unknown;
    const CliRun missing = cli({ QStringLiteral("reps"), QStringLiteral("hand-over"), QStringLiteral("李娜") });
    EXPECT_EQ(missing.exitCode, 2) << missing;
    expectOneLineError(missing);
    const CliRun same = cli({ QStringLiteral("reps"), QStringLiteral("hand-over"), QStringLiteral("emily carter"),
        QStringLiteral("Emily Carter") });
    EXPECT_EQ(same.exitCode, 1) << same;
    expectOneLineError(same);
    const QJsonArray reps = jsonArray(
        cli({ QStringLiteral("reps"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(reps.size(), 2);
    EXPECT_EQ(reps[1].toObject().value(QStringLiteral("customers")).toInteger(), 2); // nothing moved
}

} // namespace
