#include "CustomerDialog.h"
#include "DialogSize.h"
#include "ErrorLabel.h"
#include "MessageBox.h"
#include "SaveShortcut.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/CustomerValidator.h"
#include "services/DuplicateDetector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QComboBox *editableCombo(const QString &objectName, const QStringList &values)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(values);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}
} // namespace

CustomerDialog::CustomerDialog(QSqlDatabase db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(customerId ? tr("Edit customer") : tr("New customer"));
    buildForm();
    if (customerId) {
        auto customer = CustomerRepository(m_db).find(customerId);
        if (customer) {
            m_original = customer.value();
            load(m_original);
        } else {
            showErrors({ customer.error() });
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        }
    }
    DialogSize::fitToWidth(this, 560);
    m_name->setFocus(); // the name, not the type above it: a letter typed there changed the type unseen
}

void CustomerDialog::buildForm()
{
    LookupRepository lookups(m_db);
    auto form = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(displayName(CustomerKind::Company), toString(CustomerKind::Company));
    m_kind->addItem(displayName(CustomerKind::Individual), toString(CustomerKind::Individual));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("Company or person (required)"));
    m_industry = editableCombo(QStringLiteral("industryComboBox"),
                               lookups.distinctValues(QStringLiteral("industry")).value_or({}));
    m_province = editableCombo(QStringLiteral("provinceComboBox"),
                               lookups.distinctValues(QStringLiteral("province")).value_or({}));
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("cityLineEdit"));
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_phones = new QLineEdit;
    m_phones->setObjectName(QStringLiteral("phonesLineEdit"));
    m_phones->setPlaceholderText(tr("Separate several numbers with ; or ,"));
    m_emails = new QLineEdit;
    m_emails->setObjectName(QStringLiteral("emailsLineEdit"));
    m_emails->setPlaceholderText(tr("Separate several addresses with ; or ,"));
    m_website = new QLineEdit;
    m_website->setObjectName(QStringLiteral("websiteLineEdit"));
    m_source = editableCombo(QStringLiteral("sourceComboBox"),
                             lookups.distinctValues(QStringLiteral("source")).value_or({}));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerComboBox"));
    m_owner->addItem(tr("(nobody)"), qint64(0));
    for (const Owner &owner : lookups.owners().value_or({}))
        m_owner->addItem(owner.name, owner.id);
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("tierComboBox"));
    m_tier->addItem(tr("(none)"), QString());
    for (const QString &tier : lookups.tiers().value_or({}))
        m_tier->addItem(tier, tier);
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageComboBox"));
    for (LifecycleStage stage : allLifecycleStages())
        m_stage->addItem(displayName(stage), toString(stage));
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with , or ;"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    form->addRow(tr("T&ype:"), m_kind);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("Re&gion:"), m_province);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phones:"), m_phones);
    form->addRow(tr("&Emails:"), m_emails);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Tie&r:"), m_tier);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);

    m_errors = makeErrorLabel();
    m_errors->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, m_buttons);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);
}

void CustomerDialog::load(const Customer &customer)
{
    m_kind->setCurrentIndex(m_kind->findData(toString(customer.kind)));
    m_name->setText(customer.name);
    m_industry->setCurrentText(customer.industry);
    m_province->setCurrentText(customer.province);
    m_city->setText(customer.city);
    m_address->setText(customer.address);
    m_phones->setText(customer.phones.join(QStringLiteral("; ")));
    m_emails->setText(customer.emails.join(QStringLiteral("; ")));
    m_website->setText(customer.website);
    m_source->setCurrentText(customer.source);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(customer.ownerId)));
    if (m_tier->findData(customer.tier) < 0)
        m_tier->addItem(customer.tier, customer.tier);
    m_tier->setCurrentIndex(m_tier->findData(customer.tier));
    m_stage->setCurrentIndex(m_stage->findData(toString(customer.stage)));
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(customer.notes);
}

Customer CustomerDialog::customerFromForm() const
{
    Customer customer = m_original;
    customer.id = m_customerId;
    customer.kind = customerKindFromString(m_kind->currentData().toString()).value_or(CustomerKind::Company);
    customer.name = m_name->text();
    customer.industry = m_industry->currentText().trimmed();
    customer.province = m_province->currentText().trimmed();
    customer.city = m_city->text();
    customer.address = m_address->text();
    customer.phones = CustomerValidator::splitList(m_phones->text());
    customer.emails = CustomerValidator::splitList(m_emails->text());
    customer.website = m_website->text();
    customer.source = m_source->currentText().trimmed();
    customer.ownerId = m_owner->currentData().toLongLong();
    customer.tier = m_tier->currentData().toString();
    customer.stage = lifecycleStageFromString(m_stage->currentData().toString()).value_or(LifecycleStage::Lead);
    customer.tags = CustomerValidator::splitList(m_tags->text());
    customer.notes = m_notes->toPlainText();
    return customer;
}

void CustomerDialog::showErrors(const QList<Error> &errors)
{
    const QMap<QString, QWidget *> fields { { QStringLiteral("name"), m_name },
                                            { QStringLiteral("phones"), m_phones },
                                            { QStringLiteral("emails"), m_emails },
                                            { QStringLiteral("website"), m_website } };
    for (QWidget *field : fields)
        field->setStyleSheet(QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const Error &error : errors) {
        lines << error.message;
        if (QWidget *field = fields.value(error.field)) {
            field->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(errorColor()));
            if (!first)
                first = field;
        }
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus();
}

bool CustomerDialog::confirmNoDuplicate(const Customer &customer)
{
    auto matches = DuplicateDetector(m_db).find(customer);
    if (!matches || matches.value().isEmpty())
        return true;
    QStringList lines;
    for (const auto &match : matches.value().mid(0, 5))
        lines << (match.customer.city.isEmpty()
                          ? tr("• %1 (%2)").arg(match.customer.name, match.detail)
                          : tr("• %1, %2 (%3)").arg(match.customer.name, match.customer.city, match.detail));
    const QString text = tr("This looks like a customer already in the book:\n\n%1\n\nCreate it anyway?")
                                 .arg(lines.join(QLatin1Char('\n')));
    return MessageBox::question(this, tr("Possible duplicate"), text, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No)
            == QMessageBox::Yes;
}

void CustomerDialog::accept()
{
    Customer customer = customerFromForm();
    const QList<Error> errors = CustomerValidator::validate(customer);
    showErrors(errors);
    if (!errors.isEmpty())
        return;
    customer = CustomerValidator::normalized(customer);
    if (m_customerId == 0 && !confirmNoDuplicate(customer))
        return;
    CustomerRepository repository(m_db);
    if (m_customerId == 0) {
        auto id = repository.create(customer);
        if (!id) {
            showErrors({ id.error() });
            return;
        }
        m_savedId = id.value();
    } else {
        if (Status status = repository.update(customer); !status) {
            showErrors({ status.error() });
            return;
        }
        m_savedId = m_customerId;
    }
    QDialog::accept();
}
