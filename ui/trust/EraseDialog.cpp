#include "EraseDialog.h"
#include "DialogSize.h"
#include "MessageBox.h"
#include "backup/BackupSettings.h"
#include "privacy/Eraser.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

EraseDialog::EraseDialog(QSqlDatabase db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase customer"));
    const QString name = CustomerRepository(m_db).find(customerId).value_or(Customer {}).name;
    const qsizetype contacts = ContactRepository(m_db).forCustomer(customerId).value_or({}).size();

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *title = new QLabel(tr("<b>Erase all personal data of \"%1\"?</b>").arg(name.toHtmlEscaped()));
    title->setObjectName(QStringLiteral("eraseTitleLabel"));
    const qsizetype merged = PrivacyTables::mergedInto(m_db, customerId).value_or({}).size();
    QString removed = tr("This removes for good the customer, %Ln contact(s) with their phones and emails, notes, "
                         "tags, follow-ups, complaints and the values recorded in the audit trail, also from the "
                         "trash, the search index and the book file itself.",
        nullptr, int(contacts));
    if (merged > 0)
        removed += QLatin1Char(' ')
            + tr("The %Ln duplicate(s) merged into this customer are erased with it.", nullptr, int(merged));
    auto *details = new QLabel(removed + QLatin1Char(' ')
        + tr("The audit trail keeps only that an erasure happened. Orders, quotes and contracts, when there are any, "
             "stay for the sales figures, without the customer's name."));
    details->setObjectName(QStringLiteral("eraseDetailsLabel"));
    details->setWordWrap(true);
    auto *backups = new QLabel(tr("Backups made before now still hold this data until rotation deletes them (after at "
                                  "most a year with the default settings). It cannot be undone: export the "
                                  "customer's data first if they asked for a copy."));
    backups->setObjectName(QStringLiteral("eraseBackupsLabel"));
    backups->setWordWrap(true);
    m_confirm = new QCheckBox(tr("I understand that this cannot be undone"));
    m_confirm->setObjectName(QStringLiteral("eraseConfirmCheckBox"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    connect(m_confirm, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(details);
    text->addWidget(backups);
    text->addWidget(m_confirm);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    DialogSize::fitToWidth(this, 520);
}

void EraseDialog::accept()
{
    if (!m_confirm->isChecked())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto erased = Eraser(m_db).erase(m_customerId);
    QApplication::restoreOverrideCursor();
    if (!erased) {
        MessageBox::warning(this, tr("Erase customer"), erased.error().toString());
        return;
    }
    QDialog::accept();
}
