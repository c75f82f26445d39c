#include "CustomerFilePanel.h"
#include "Appearance.h"
#include "EmptyState.h"
#include "RowButtons.h"
#include "SaveShortcut.h"

#include "ContactDialog.h"
#include "ContactLinks.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "complaints/CustomerComplaintsWidget.h"
#include "followups/ActivityDialog.h"
#include "followups/CustomerContractsTab.h"
#include "followups/FollowUpTimeline.h"
#include "repo/ActivityRepository.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/TimelineRepository.h"
#include "reports/CustomerReportPrinting.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include "Formatting.h"

#include <QLocale>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// What the user typed is shown as typed: a name such as "<b>Acme</b>" is not rendered as HTML.
QLabel *valueLabel()
{
    auto label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    // A long value without spaces (a 300-character web address, a tag of 5,000 letters) is cut at the edge
    // instead of widening the window beyond the screen.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

// Rich text of ContactLinks: the links open with the desktop's program, the text can still be selected.
QLabel *linkLabel(QWidget *parent)
{
    auto label = valueLabel();
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, parent,
        [parent](const QString &link) { ContactLinks::open(parent, QUrl(link)); });
    return label;
}

enum DetailRow
{
    EmailsRow = 6,
    WebsiteRow = 7
};
} // namespace

CustomerFilePanel::CustomerFilePanel(QSqlDatabase db, QWidget *parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("customerFilePanel"));
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("customerTitleLabel"));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name is cut, not widening
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel;
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_edit = new QPushButton(tr("Edi&t…"));
    m_edit->setObjectName(QStringLiteral("editCustomerButton"));
    ReadOnlyUi::marksAChange(m_edit);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_customerId); });

    // Ctrl+P prints the report while the customer file (or anything in it) has the focus.
    auto printReport = new QAction(tr("&Print customer report…"), this);
    printReport->setObjectName(QStringLiteral("printCustomerReportAction"));
    printReport->setShortcut(QKeySequence::Print);
    printReport->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printReport, &QAction::triggered, this, &CustomerFilePanel::printReport);
    auto reportPdf = new QAction(tr("Save customer report as P&DF…"), this);
    reportPdf->setObjectName(QStringLiteral("customerReportPdfAction"));
    connect(reportPdf, &QAction::triggered, this, [this] { saveReportAsPdf(); });
    addAction(printReport);
    m_report = new QToolButton;
    m_report->setObjectName(QStringLiteral("customerReportToolButton"));
    m_report->setPopupMode(QToolButton::MenuButtonPopup);
    m_report->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_report->setDefaultAction(printReport);
    m_report->addAction(reportPdf);
    m_report->setToolTip(
        tr("Print the customer report (%1)").arg(printReport->shortcut().toString(QKeySequence::NativeText)));

    auto header = new QHBoxLayout;
    auto titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_report, 0, Qt::AlignTop);
    header->addWidget(m_edit, 0, Qt::AlignTop);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("customerTabWidget"));
    m_tabs->setAccessibleName(tr("Customer file"));
    buildDetails();

    auto contactsPage = new QWidget;
    m_contacts = new QTableWidget(0, 5);
    m_contacts->setObjectName(QStringLiteral("contactsTableWidget"));
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setHorizontalHeaderLabels({ tr("Name"), tr("Title"), tr("Phone"), tr("Email"), tr("Marketing") });
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->verticalHeader()->hide();
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_contacts, &QTableWidget::cellDoubleClicked, this, &CustomerFilePanel::editContact);
    m_addContact = new QPushButton(tr("&Add contact…"));
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    ReadOnlyUi::marksAChange(m_addContact);
    m_editContact = new QPushButton(tr("Edit…"));
    ReadOnlyUi::marksAChange(m_editContact);
    m_removeContact = new QPushButton(tr("Remove"));
    ReadOnlyUi::marksAChange(m_removeContact);
    buildContactMenu();
    EmptyState::attach(
        m_contacts, [] { return tr("No contacts yet. Add contact… adds the people you deal with at this customer."); });
    RowButtons::followSelection(m_contacts, { m_editContact, m_removeContact });
    connect(m_addContact, &QPushButton::clicked, this, &CustomerFilePanel::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &CustomerFilePanel::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &CustomerFilePanel::removeContact);
    auto contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_editContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch();
    auto contactsLayout = new QVBoxLayout(contactsPage);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addLayout(contactButtons);
    m_tabs->addTab(contactsPage, tr("Contacts"));

    auto timelinePage = new QWidget;
    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setHeaderLabels({ tr("When"), tr("What") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_addNote = new QPushButton(tr("Add &note…"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    ReadOnlyUi::marksAChange(m_addNote);
    connect(m_addNote, &QPushButton::clicked, this, &CustomerFilePanel::addNote);
    m_planActivity = new QPushButton(tr("Plan &activity…"));
    m_planActivity->setObjectName(QStringLiteral("planActivityButton"));
    ReadOnlyUi::marksAChange(m_planActivity);
    connect(m_planActivity, &QPushButton::clicked, this, &CustomerFilePanel::planActivity);
    connect(m_timeline, &QTreeWidget::itemActivated, this, &CustomerFilePanel::openTimelineItem);
    auto timelineButtons = new QHBoxLayout;
    timelineButtons->addWidget(m_addNote);
    timelineButtons->addWidget(m_planActivity);
    timelineButtons->addStretch();
    auto timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->addWidget(m_timeline);
    timelineLayout->addLayout(timelineButtons);
    m_tabs->addTab(timelinePage, tr("Timeline"));
    m_contractsTab = new CustomerContractsTab(m_db);
    m_tabs->addTab(m_contractsTab, tr("Contracts"));
    m_complaints = new CustomerComplaintsWidget(m_db);
    m_tabs->addTab(m_complaints, tr("Complaints"));
    connect(m_complaints, &CustomerComplaintsWidget::complaintsChanged, this, [this](qint64 customerId) {
        loadTimeline();
        emit complaintsChanged(customerId);
    });

    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(); // keeps the title at the top while no customer is shown (the tabs hidden)
    showCustomer(0);
}

void CustomerFilePanel::printReport()
{
    if (m_customerId > 0)
        CustomerReportPrinting::printPreview(this, m_db, m_customerId);
}

bool CustomerFilePanel::saveReportAsPdf(const QString &fileName)
{
    return m_customerId > 0 && CustomerReportPrinting::saveAsPdf(this, m_db, m_customerId, fileName);
}

// Right-click on a contact: write them an e-mail, edit, remove.
void CustomerFilePanel::buildContactMenu()
{
    m_writeEmail = new QAction(tr("&Write an email…"), this);
    m_writeEmail->setObjectName(QStringLiteral("writeEmailAction"));
    connect(m_writeEmail, &QAction::triggered, this, [this] { ContactLinks::open(this, selectedContactEmail()); });
    auto edit = new QAction(tr("&Edit…"), this);
    connect(edit, &QAction::triggered, this, &CustomerFilePanel::editContact);
    ReadOnlyUi::marksAChange(edit);
    auto remove = new QAction(tr("&Remove"), this);
    connect(remove, &QAction::triggered, this, &CustomerFilePanel::removeContact);
    ReadOnlyUi::marksAChange(remove);
    m_contacts->addActions({ m_writeEmail, edit, remove });
    m_contacts->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_contacts, &QTableWidget::itemSelectionChanged, this,
        [this] { m_writeEmail->setEnabled(!selectedContactEmail().isEmpty()); });
    m_writeEmail->setEnabled(false);
}

QUrl CustomerFilePanel::selectedContactEmail() const
{
    const auto items = m_contacts->selectedItems();
    return items.isEmpty() ? QUrl() : ContactLinks::mailto(m_contacts->item(items.first()->row(), 3)->text());
}

void CustomerFilePanel::buildDetails()
{
    auto page = new QWidget;
    m_details = new QFormLayout(page);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList labels { tr("Type:"),   tr("Industry:"), tr("Region:"), tr("City:"),  tr("Address:"),
                               tr("Phones:"), tr("Emails:"),   tr("Website:"), tr("Source:"), tr("Owner:"),
                               tr("Tier:"),   tr("Stage:"),    tr("Tags:"),   tr("Notes:"), tr("Created:"),
                               tr("Updated:") };
    for (int row = 0; row < labels.size(); ++row)
        m_details->addRow(labels[row], row == EmailsRow || row == WebsiteRow ? linkLabel(this) : valueLabel());
    detailLabel(EmailsRow)->setObjectName(QStringLiteral("customerEmailsLabel"));
    detailLabel(WebsiteRow)->setObjectName(QStringLiteral("customerWebsiteLabel"));
    // Scrolled, so that sixty phone numbers do not make the window taller than the screen.
    auto scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Details"));
    m_tabs->addTab(scroll, tr("Details"));
}

void CustomerFilePanel::showCustomer(qint64 id)
{
    m_customerId = id;
    const bool has = id > 0;
    m_tabs->setEnabled(has);
    m_tabs->setVisible(has); // not a form of empty fields
    ReadOnlyUi::setEnabled(m_edit, has);
    m_report->setEnabled(has);
    if (!has) {
        m_title->setText(tr("No customer selected"));
        m_subtitle->setText(tr("Choose a customer in the list to see their details, contacts, timeline, contracts "
                               "and complaints here."));
        m_contacts->setRowCount(0);
        m_timeline->clear();
        m_contractsTab->showCustomer(0, {});
        m_complaints->showCustomer(0);
        for (int row = 0; row < m_details->rowCount(); ++row)
            detailLabel(row)->clear();
        return;
    }
    loadDetails();
    loadContacts();
    loadTimeline();
    m_contractsTab->showCustomer(id, m_title->text());
    m_complaints->showCustomer(id);
}

void CustomerFilePanel::loadDetails()
{
    auto customer = CustomerRepository(m_db).find(m_customerId);
    if (!customer) {
        m_title->setText(customer.error().toString());
        return;
    }
    const Customer &c = customer.value();
    m_title->setText(c.name);
    // Set with each customer shown, so that it follows a change of palette (the file is shown again then).
    m_subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Appearance::secondaryText().name()));
    m_subtitle->setText(c.deletedAt.isValid() ? tr("In the trash since %1").arg(Formatting::localDateTime(c.deletedAt))
                                              : tr("%1 · %2").arg(displayName(c.kind), displayName(c.stage)));
    const QStringList values { displayName(c.kind), c.industry, c.province, c.city, c.address,
        c.phones.join(QStringLiteral("\n")), ContactLinks::emailsHtml(c.emails), ContactLinks::websiteHtml(c.website),
        c.source, c.ownerName, c.tier, displayName(c.stage), c.tags.join(QStringLiteral(", ")), c.notes,
        Formatting::localDateTime(c.createdAt), Formatting::localDateTime(c.updatedAt) };
    for (int row = 0; row < values.size(); ++row)
        detailLabel(row)->setText(values[row]);
}

QLabel *CustomerFilePanel::detailLabel(int row) const
{
    return static_cast<QLabel *>(m_details->itemAt(row, QFormLayout::FieldRole)->widget());
}

QString CustomerFilePanel::consentText(const Contact &contact)
{
    const QString consent = displayName(contact.marketingConsent);
    if (contact.marketingConsent == MarketingConsent::Unknown || !contact.consentDate.isValid())
        return consent;
    const QString date = QLocale().toString(contact.consentDate, QLocale::ShortFormat);
    return contact.consentSource.isEmpty() ? tr("%1 on %2").arg(consent, date)
                                           : tr("%1 on %2 (%3)").arg(consent, date, contact.consentSource);
}

void CustomerFilePanel::loadContacts()
{
    m_contacts->setRowCount(0);
    auto contacts = ContactRepository(m_db).forCustomer(m_customerId);
    if (!contacts)
        return;
    for (const Contact &contact : contacts.value()) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        auto name = new QTableWidgetItem(contact.primary ? tr("%1 ★").arg(contact.name) : contact.name);
        name->setData(Qt::UserRole, contact.id);
        m_contacts->setItem(row, 0, name);
        m_contacts->setItem(row, 1, new QTableWidgetItem(contact.title));
        m_contacts->setItem(row, 2, new QTableWidgetItem(contact.phones.join(QStringLiteral(", "))));
        m_contacts->setItem(row, 3, new QTableWidgetItem(contact.email));
        m_contacts->setItem(row, 4, new QTableWidgetItem(consentText(contact)));
    }
    m_contacts->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(contacts.value().size()));
}

void CustomerFilePanel::loadTimeline()
{
    m_timeline->clear();
    auto entries = TimelineRepository(m_db).forCustomer(m_customerId);
    if (!entries)
        return;
    QList<TimelineEntry> all = entries.value() + FollowUpTimeline::pastEntries(m_db, m_customerId);
    std::stable_sort(all.begin(), all.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    for (const TimelineEntry &entry : all)
        m_timeline->addTopLevelItem(new QTreeWidgetItem({ Formatting::localDateTime(entry.at), entry.text }));
    FollowUpTimeline::addPlanned(m_timeline, m_db, m_customerId);
    // A long entry is cut to the panel's width: all of it shows when the mouse rests on it.
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        if (item->toolTip(1).isEmpty())
            item->setToolTip(1, item->text(1));
    }
    m_timeline->resizeColumnToContents(0);
}

qint64 CustomerFilePanel::selectedContactId() const
{
    const auto items = m_contacts->selectedItems();
    return items.isEmpty() ? 0 : m_contacts->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void CustomerFilePanel::addContact()
{
    Contact contact;
    contact.customerId = m_customerId;
    contact.primary = m_contacts->rowCount() == 0;
    ContactDialog dialog(m_db, contact, this);
    if (dialog.exec() == QDialog::Accepted) {
        loadContacts();
        loadTimeline();
        emit customerChanged(m_customerId);
    }
}

void CustomerFilePanel::editContact()
{
    const qint64 id = selectedContactId();
    auto contacts = ContactRepository(m_db).forCustomer(m_customerId);
    if (!id || !contacts)
        return;
    for (const Contact &contact : contacts.value()) {
        if (contact.id != id)
            continue;
        ContactDialog dialog(m_db, contact, this);
        if (dialog.exec() == QDialog::Accepted) {
            loadContacts();
            emit customerChanged(m_customerId);
        }
    }
}

void CustomerFilePanel::removeContact()
{
    const qint64 id = selectedContactId();
    if (!id)
        return;
    const QString name = m_contacts->item(m_contacts->currentRow(), 0)->text();
    if (MessageBox::question(this, tr("Remove contact"), tr("Remove %1 from this customer?").arg(name),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status status = ContactRepository(m_db).remove(id); !status) {
        MessageBox::warning(this, tr("Remove contact"), status.error().toString());
        return;
    }
    loadContacts();
    loadTimeline();
    emit customerChanged(m_customerId);
}

void CustomerFilePanel::addNote()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add note"));
    auto text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("noteTextEdit"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(&dialog, buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("What happened?")));
    layout->addWidget(text);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    Note note;
    note.customerId = m_customerId;
    note.body = text->toPlainText();
    note.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (auto id = TimelineRepository(m_db).addNote(note); !id) {
        MessageBox::warning(this, tr("Add note"), id.error().toString());
        return;
    }
    loadTimeline();
}

// A planned follow-up in the timeline opens as in the agenda (double-click or Enter): to change, reschedule or
// complete it. Notes and past events are not opened.
void CustomerFilePanel::openTimelineItem(QTreeWidgetItem *item)
{
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (id <= 0 || ReadOnlyUi::isOff(m_planActivity))
        return;
    auto activity = ActivityRepository(m_db).find(id);
    if (!activity) {
        MessageBox::warning(this, tr("Follow-up"), activity.error().toString());
        return;
    }
    ActivityDialog dialog(m_db, activity.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        loadTimeline();
        emit activitiesChanged();
    }
}

void CustomerFilePanel::planActivity()
{
    Activity activity;
    activity.customerId = m_customerId;
    activity.customerName = m_title->text();
    activity.ownerId = CustomerRepository(m_db).row(m_customerId).value_or(CustomerRow {}).ownerId;
    ActivityDialog dialog(m_db, activity, this);
    if (dialog.exec() == QDialog::Accepted) {
        loadTimeline();
        emit activitiesChanged();
    }
}
