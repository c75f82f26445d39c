#include "TestSupport.h"

#include "repo/CustomerRepository.h"
#include "services/CustomerBulkEdit.h"

using namespace TestSql;

namespace {

class CustomerBulkEditTest : public BookTest
{
protected:
    qint64 customer(const QString &name, const QString &tier, LifecycleStage stage)
    {
        Customer c;
        c.name = name;
        c.tier = tier;
        c.stage = stage;
        return CustomerRepository(db()).create(c).value_or(0);
    }
    QStringList state()
    {
        return column(db(), QStringLiteral("SELECT name || ':' || tier || ':' || stage FROM customers ORDER BY id"));
    }
};

TEST_F(CustomerBulkEditTest, TheChosenFieldsChangeOnEachCustomerAuditedAndComeBackOnUndo)
{
    const qint64 a = customer(QStringLiteral("Acme"), QStringLiteral("A"), LifecycleStage::Lead);
    const qint64 b = customer(QStringLiteral("星辰贸易"), QStringLiteral("B"), LifecycleStage::Customer);
    const qint64 c = customer(QStringLiteral("Other Co"), QStringLiteral("C"), LifecycleStage::Prospect);
    const QStringList before = state();

    CustomerBulkEdit::Change change;
    change.stage = LifecycleStage::Customer; // the tier stays
    const auto changed = CustomerBulkEdit(db()).apply({ a, b, c }, change);
    ASSERT_TRUE(changed.ok()) << changed.error().toString();
    ASSERT_EQ(changed.value().size(), 2); // 星辰贸易 was a customer already
    EXPECT_EQ(state(),
        (QStringList { QStringLiteral("Acme:A:customer"), QStringLiteral("星辰贸易:B:customer"),
            QStringLiteral("Other Co:C:customer") }));
    EXPECT_EQ(column(db(),
                  QStringLiteral("SELECT entity_id || ' ' || changes FROM audit_entries WHERE action = 'update' "
                                 "ORDER BY id")),
        (QStringList { QStringLiteral("%1 {\"stage\":{\"new\":\"customer\",\"old\":\"lead\"}}").arg(a),
            QStringLiteral("%1 {\"stage\":{\"new\":\"customer\",\"old\":\"prospect\"}}").arg(c) }));

    ASSERT_TRUE(CustomerBulkEdit(db()).undo(changed.value()).ok());
    EXPECT_EQ(state(), before);

    CustomerBulkEdit::Change both;
    both.tier = QString(); // no tier
    both.stage = LifecycleStage::Inactive;
    ASSERT_TRUE(CustomerBulkEdit(db()).apply({ b }, both).ok());
    EXPECT_EQ(state().value(1), QStringLiteral("星辰贸易::inactive"));
}

TEST_F(CustomerBulkEditTest, AnUnknownTierOrAMissingCustomerChangesNothing)
{
    const qint64 a = customer(QStringLiteral("Acme"), QStringLiteral("A"), LifecycleStage::Lead);
    const QStringList before = state();
    CustomerBulkEdit::Change tier;
    tier.tier = QStringLiteral("Gold");
    const auto unknown = CustomerBulkEdit(db()).apply({ a }, tier);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, QStringLiteral("\"Gold\" is not one of this book's tiers (A, B, C)."));
    CustomerBulkEdit::Change stage;
    stage.stage = LifecycleStage::Customer;
    EXPECT_FALSE(CustomerBulkEdit(db()).apply({ a, 9999 }, stage).ok());
    EXPECT_EQ(state(), before);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'update'")), 0);
}

} // namespace
