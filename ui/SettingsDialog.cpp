#include "SettingsDialog.h"
#include "Appearance.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "domain/PhoneNumbers.h"
#include "search/NameOrder.h"

#include <QApplication>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent, const QSqlDatabase &book, bool readOnly)
    : QDialog(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language is named in itself, so that a user can find theirs whatever the current language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    m_appearance = new QComboBox;
    m_appearance->setObjectName(QStringLiteral("appearanceComboBox"));
    m_appearance->addItem(tr("Same as the system"), Appearance::name(Appearance::Mode::System));
    m_appearance->addItem(tr("Light"), Appearance::name(Appearance::Mode::Light));
    m_appearance->addItem(tr("Dark"), Appearance::name(Appearance::Mode::Dark));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(Preferences::appearance())));
    m_region = new QLineEdit(Preferences::phoneRegion());
    m_region->setObjectName(QStringLiteral("phoneRegionLineEdit"));
    m_region->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{2}")), this));
    m_region->setToolTip(tr("Two-letter code of a country or region, e.g. CN, TW, HK, US"));
    // A region left as the language suggested follows a new language (繁體中文 suggests TW); one the user
    // chose stays.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        if (m_region->text().compare(m_suggestedRegion, Qt::CaseInsensitive) == 0)
            m_region->setText(Preferences::suggestedPhoneRegion(language));
        m_suggestedRegion = Preferences::suggestedPhoneRegion(language);
    });
    m_suggestedRegion = Preferences::suggestedPhoneRegion(m_language->currentData().toString());

    auto form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Colours:"), m_appearance);
    form->addRow(tr("&Phone numbers without a prefix are from:"), m_region);
    if (m_book.isValid()) {
        m_nameOrder = new QComboBox;
        m_nameOrder->setObjectName(QStringLiteral("nameOrderComboBox"));
        for (NameOrder::Kind kind : { NameOrder::Kind::Pinyin, NameOrder::Kind::Stroke, NameOrder::Kind::Zhuyin })
            m_nameOrder->addItem(NameOrder::displayName(kind), NameOrder::toString(kind));
        m_nameOrder->setCurrentIndex(qMax(0, m_nameOrder->findData(NameOrder::toString(NameOrder::ofBook(m_book)))));
        m_nameOrder->setEnabled(!readOnly);
        m_nameOrder->setToolTip(tr("How the customer list sorts Chinese names in this book; Latin names come first, "
                                   "alphabetically"));
        form->addRow(tr("Sort Chinese &names by:"), m_nameOrder);
    }
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Preferences::language();
    Preferences::setLanguage(language);
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != Preferences::appearance()) {
        Preferences::setAppearance(appearance);
        Appearance::apply(Appearance::fromName(appearance)); // at once: no restart needed
    }
    if (m_region->text().size() == 2) {
        Preferences::setPhoneRegion(m_region->text());
        PhoneNumbers::setDefaultRegion(m_region->text());
    }
    if (m_nameOrder && m_nameOrder->isEnabled()) {
        const NameOrder::Kind chosen
            = NameOrder::fromString(m_nameOrder->currentData().toString(), NameOrder::Kind::Pinyin);
        if (chosen != NameOrder::ofBook(m_book)) {
            QApplication::setOverrideCursor(Qt::WaitCursor); // some seconds for a million customers
            const Status changed = NameOrder::change(m_book, chosen);
            QApplication::restoreOverrideCursor();
            if (!changed) {
                MessageBox::warning(this, tr("Settings"), changed.error().toString());
                return;
            }
            m_nameOrderChanged = true;
        }
    }
    if (languageChanged)
        MessageBox::information(this, tr("Settings"), tr("The new language is used from the next start of Clientele."));
    QDialog::accept();
}
