#include "ContactDialog.h"
#include "ErrorLabel.h"
#include "SaveShortcut.h"
#include "repo/ContactRepository.h"
#include "services/CustomerValidator.h"

#include "Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ContactDialog::ContactDialog(QSqlDatabase db, Contact contact, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_contact(std::move(contact))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(m_contact.id ? tr("Edit contact") : tr("New contact"));
    m_name = new QLineEdit(m_contact.name);
    m_name->setObjectName(QStringLiteral("contactNameLineEdit"));
    m_title = new QLineEdit(m_contact.title);
    m_title->setObjectName(QStringLiteral("contactTitleLineEdit"));
    m_phones = new QLineEdit(m_contact.phones.join(QStringLiteral("; ")));
    m_phones->setObjectName(QStringLiteral("contactPhonesLineEdit"));
    m_email = new QLineEdit(m_contact.email);
    m_email->setObjectName(QStringLiteral("contactEmailLineEdit"));
    m_hasBirthday = new QCheckBox(tr("Birthday known"));
    m_birthday = new QDateEdit(m_contact.birthday.isValid() ? m_contact.birthday : QDate(1980, 1, 1));
    m_birthday->setCalendarPopup(true);
    m_birthday->setAccessibleName(tr("Birthday"));
    m_birthday->setEnabled(m_contact.birthday.isValid());
    m_hasBirthday->setChecked(m_contact.birthday.isValid());
    connect(m_hasBirthday, &QCheckBox::toggled, m_birthday, &QWidget::setEnabled);
    m_notes = new QPlainTextEdit(m_contact.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_primary = new QCheckBox(tr("Primary contact"));
    m_primary->setChecked(m_contact.primary);

    auto birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(m_hasBirthday);
    birthdayRow->addWidget(m_birthday, 1);
    auto form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Phones:"), m_phones);
    form->addRow(tr("&Email:"), m_email);
    auto birthdayLabel = new QLabel(tr("&Birthday:")); // a row of widgets: the label needs its buddy set by hand
    birthdayLabel->setBuddy(m_hasBirthday);
    form->addRow(birthdayLabel, birthdayRow);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_primary);
    createConsentFields();
    form->addRow(tr("&Marketing:"), m_consent);
    form->addRow(tr("Consent &date:"), m_consentDate);
    form->addRow(tr("Consent &source:"), m_consentSource);
    m_errors = makeErrorLabel(QString());
    m_errors->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
}

void ContactDialog::createConsentFields()
{
    m_consent = new QComboBox;
    m_consent->setObjectName(QStringLiteral("contactConsentComboBox"));
    for (MarketingConsent consent : allMarketingConsents())
        m_consent->addItem(displayName(consent), toString(consent));
    m_consent->setCurrentIndex(m_consent->findData(toString(m_contact.marketingConsent)));
    m_consentDate = new QDateEdit(
        m_contact.consentDate.isValid() ? m_contact.consentDate : Clock::instance().today());
    m_consentDate->setObjectName(QStringLiteral("contactConsentDateEdit"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setToolTip(tr("The day the contact agreed, or refused or withdrew their consent"));
    m_consentSource = new QComboBox;
    m_consentSource->setObjectName(QStringLiteral("contactConsentSourceComboBox"));
    m_consentSource->setEditable(true);
    m_consentSource->setInsertPolicy(QComboBox::NoInsert);
    QStringList sources = ContactRepository(m_db).consentSources().value_or({});
    for (const QString &suggestion : suggestedConsentSources()) {
        if (!sources.contains(suggestion))
            sources << suggestion;
    }
    m_consentSource->addItems(sources);
    m_consentSource->setCurrentText(m_contact.consentSource);
    m_consentSource->lineEdit()->setPlaceholderText(tr("e.g. web form, trade fair"));
    connect(m_consent, &QComboBox::currentIndexChanged, this, &ContactDialog::consentChanged);
    consentChanged();
}

void ContactDialog::consentChanged()
{
    const bool asked = m_consent->currentData().toString() != toString(MarketingConsent::Unknown);
    m_consentDate->setEnabled(asked);
    m_consentSource->setEnabled(asked);
}

void ContactDialog::accept()
{
    Contact contact = m_contact;
    contact.name = m_name->text();
    contact.title = m_title->text();
    contact.phones = CustomerValidator::splitList(m_phones->text());
    contact.email = m_email->text();
    contact.birthday = m_hasBirthday->isChecked() ? m_birthday->date() : QDate();
    contact.notes = m_notes->toPlainText();
    contact.primary = m_primary->isChecked();
    contact.marketingConsent
        = marketingConsentFromString(m_consent->currentData().toString()).value_or(MarketingConsent::Unknown);
    const bool asked = contact.marketingConsent != MarketingConsent::Unknown;
    contact.consentDate = asked ? m_consentDate->date() : QDate();
    contact.consentSource = asked ? m_consentSource->currentText().trimmed() : QString();
    const QList<Error> errors = CustomerValidator::validate(contact);
    QStringList lines;
    for (const Error &error : errors)
        lines << error.message;
    if (errors.isEmpty()) {
        contact = CustomerValidator::normalized(contact);
        ContactRepository repository(m_db);
        Status saved;
        if (contact.id)
            saved = repository.update(contact);
        else if (auto id = repository.create(contact); !id)
            saved = id.error();
        if (saved)
            return QDialog::accept();
        lines << saved.error().message;
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->show();
}
