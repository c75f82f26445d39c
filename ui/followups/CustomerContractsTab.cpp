#include "CustomerContractsTab.h"
#include "Clock.h"
#include "ContractDialog.h"
#include "FollowUpFormatting.h"
#include "MessageBox.h"
#include "repo/ContractRepository.h"
#include "services/RenewalService.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CustomerContractsTab::CustomerContractsTab(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("contractsTreeWidget"));
    m_tree->setAccessibleName(tr("Contracts"));
    m_tree->setHeaderLabels({ tr("Number"), tr("Title"), tr("Period"), tr("Value"), tr("Status") });
    m_tree->setUniformRowHeights(true);
    m_new = new QPushButton(tr("New &contract…"));
    m_new->setObjectName(QStringLiteral("newContractButton"));
    m_renew = new QPushButton(tr("&Renew…"));
    m_renew->setObjectName(QStringLiteral("renewContractButton"));
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_renew);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &CustomerContractsTab::newContract);
    connect(m_renew, &QPushButton::clicked, this, &CustomerContractsTab::renewSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_renew->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool()); });
}

void CustomerContractsTab::showCustomer(qint64 customerId, const QString &customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    reload();
}

void CustomerContractsTab::reload()
{
    m_tree->clear();
    m_renew->setEnabled(false);
    if (m_customerId <= 0)
        return;
    const QDate today = Clock::instance().today();
    const QList<Contract> contracts = ContractRepository(m_db).forCustomer(m_customerId).value_or({});
    // Oldest first, so that each renewal finds its predecessor's row to hang under.
    QHash<qint64, QTreeWidgetItem *> items;
    for (auto it = contracts.crbegin(); it != contracts.crend(); ++it) {
        const Contract &k = *it;
        const ContractStatus status = k.statusOn(today);
        const QStringList columns { k.number, k.title,
            tr("%1 – %2").arg(FollowUpFormatting::date(k.startDate), FollowUpFormatting::date(k.endDate)),
            FollowUpFormatting::money(k.value), displayName(status) };
        QTreeWidgetItem *parent = items.value(k.previousContractId);
        auto item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
        item->setData(0, Qt::UserRole, k.id);
        const bool renewable = k.nextContractId == 0
            && (status == ContractStatus::Active || status == ContractStatus::Expiring
                || status == ContractStatus::Expired);
        item->setData(0, Qt::UserRole + 1, renewable);
        items.insert(k.id, item);
    }
    m_tree->expandAll();
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

void CustomerContractsTab::newContract()
{
    Contract k;
    k.customerId = m_customerId;
    k.customerName = m_customerName;
    const QDate today = Clock::instance().today();
    k.number = QStringLiteral("HT-%1-%2").arg(today.toString(QStringLiteral("yyyyMMdd"))).arg(m_customerId);
    k.startDate = today;
    k.endDate = today.addYears(1).addDays(-1);
    ContractDialog dialog(m_db, k, ContractDialog::Mode::New, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit contractsChanged();
}

void CustomerContractsTab::renewSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    auto proposal = RenewalService(m_db).proposeRenewal(item->data(0, Qt::UserRole).toLongLong());
    if (!proposal) {
        MessageBox::warning(this, tr("Renew contract"), proposal.error().toString());
        return;
    }
    ContractDialog dialog(m_db, proposal.value(), ContractDialog::Mode::Renew, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit contractsChanged();
}
