#include "ComplaintDialog.h"
#include "Accessible.h"
#include "Appearance.h"
#include "Clock.h"
#include "CloseComplaintDialog.h"
#include "ComplaintFollowUpsWidget.h"
#include "ErrorLabel.h"
#include "Formatting.h"
#include "MessageBox.h"
#include "SaveShortcut.h"
#include "db/Transaction.h"
#include "domain/CustomerQuery.h"
#include "repo/ComplaintRepository.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "services/ComplaintSettings.h"
#include "services/ComplaintWorkflow.h"
#include "services/ServiceLevels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textEdit(const QString &objectName, int height)
{
    auto edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(height);
    return edit;
}

// A form row whose field is a layout: the label's mnemonic goes to the layout's first widget.
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *fields)
{
    auto label = new QLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ComplaintDialog::ComplaintDialog(QSqlDatabase db, qint64 complaintId, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("complaintDialog"));
    m_complaint.customerId = customerId;
    if (complaintId > 0) {
        auto found = ComplaintRepository(m_db).get(complaintId);
        if (found)
            m_complaint = found.value();
    }
    const bool existing = m_complaint.id > 0;
    setWindowTitle(existing ? tr("Complaint %1").arg(m_complaint.number) : tr("Log a complaint"));

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("complaintHeaderLabel"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_dueTimes = new QLabel;
    m_dueTimes->setObjectName(QStringLiteral("complaintDueLabel"));
    m_dueTimes->setWordWrap(true);
    m_errors = makeErrorLabel(QStringLiteral("complaintErrorLabel"));
    m_errors->hide();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("complaintTabWidget"));
    m_tabs->setAccessibleName(tr("Complaint"));
    m_tabs->addTab(buildCaseTab(), tr("Case"));
    if (existing) {
        m_tabs->addTab(buildResolutionTab(), tr("Resolution"));
        m_history = new QTreeWidget;
        m_history->setObjectName(QStringLiteral("complaintHistoryTreeWidget"));
        m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("Status"), tr("Note") });
        m_history->setRootIsDecorated(false);
        m_history->setWordWrap(true);
        m_history->header()->setStretchLastSection(true);
        m_tabs->addTab(m_history, tr("History"));
        m_followUps = new ComplaintFollowUpsWidget(m_db, [this] { return collect(); });
        m_tabs->addTab(m_followUps, QString());
        connect(
            m_followUps, &ComplaintFollowUpsWidget::followUpsChanged, this, &ComplaintDialog::afterFollowUpsChanged);
    }

    m_actions = new QHBoxLayout;
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    if (!existing)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Log complaint"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveComplaintButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    auto bottom = new QHBoxLayout;
    bottom->addLayout(m_actions);
    if (existing) {
        auto callBack = new QPushButton(tr("Call &back…"));
        callBack->setObjectName(QStringLiteral("complaintCallBackButton"));
        callBack->setToolTip(
            tr("Plan a call to the customer about this case (%1)")
                .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText)));
        callBack->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
        connect(callBack, &QPushButton::clicked, this, [this] { scheduleFollowUp(ActivityType::Call); });
        auto visit = new QPushButton(tr("V&isit…"));
        visit->setObjectName(QStringLiteral("complaintVisitButton"));
        visit->setToolTip(tr("Plan a visit to the customer about this case (%1)")
                              .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V).toString(QKeySequence::NativeText)));
        visit->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
        connect(visit, &QPushButton::clicked, this, [this] { scheduleFollowUp(ActivityType::Visit); });
        bottom->addWidget(callBack);
        bottom->addWidget(visit);
    }
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_dueTimes);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors);
    layout->addLayout(bottom);
    resize(760, 620);
    fillChoices();
    load();
    // A new case starts where it is written: the customer to look up, or else the summary.
    if (m_customerSearch)
        m_customerSearch->setFocus();
    else if (m_complaint.id == 0)
        m_summary->setFocus();
}

QWidget *ComplaintDialog::buildCaseTab()
{
    auto page = new QWidget;
    auto form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_customer = new QComboBox;
    m_customer->setObjectName(QStringLiteral("complaintCustomerComboBox"));
    if (m_complaint.id == 0 && m_complaint.customerId == 0) {
        m_customerSearch = new QLineEdit;
        m_customerSearch->setObjectName(QStringLiteral("complaintCustomerSearchLineEdit"));
        m_customerSearch->setPlaceholderText(tr("Type part of a name, phone or email"));
        m_customerSearch->setClearButtonEnabled(true);
        connect(m_customerSearch, &QLineEdit::textChanged, this, &ComplaintDialog::fillCustomers);
        auto row = new QHBoxLayout;
        row->addWidget(m_customerSearch, 1);
        row->addWidget(m_customer, 2);
        addRow(form, tr("C&ustomer:"), m_customerSearch, row);
    } else {
        // Settled: shown as text, which reads better than a disabled box. The hidden box keeps the customer's id.
        m_customer->setParent(page);
        m_customer->hide();
        m_customerName = new QLabel;
        m_customerName->setObjectName(QStringLiteral("complaintCustomerNameLabel"));
        m_customerName->setTextFormat(Qt::PlainText);
        m_customerName->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Customer:"), m_customerName);
    }
    connect(m_customer, &QComboBox::currentIndexChanged, this, &ComplaintDialog::fillContacts);
    m_contact = new QComboBox;
    m_contact->setObjectName(QStringLiteral("complaintContactComboBox"));
    form->addRow(tr("C&ontact:"), m_contact);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("complaintChannelComboBox"));
    for (ComplaintChannel channel : allComplaintChannels())
        m_channel->addItem(displayName(channel), toString(channel));
    m_received = new QDateTimeEdit;
    m_received->setObjectName(QStringLiteral("complaintReceivedDateTimeEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(Formatting::dateTimeFormat()); // the locale's own may hold "B" (zh_TW)
    auto channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(Accessible::labelFor(tr("Received:"), m_received));
    channelRow->addWidget(m_received, 1);
    addRow(form, tr("C&hannel:"), m_channel, channelRow);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("complaintCategoryComboBox"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("complaintSeverityComboBox"));
    for (ComplaintSeverity severity : allComplaintSeverities())
        m_severity->addItem(displayName(severity), toString(severity));
    auto categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(Accessible::labelFor(tr("Severity:"), m_severity));
    categoryRow->addWidget(m_severity, 1);
    addRow(form, tr("C&ategory:"), m_category, categoryRow);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("complaintOwnerComboBox"));
    connect(m_owner, &QComboBox::activated, this, [this] { m_ownerChosen = true; });
    form->addRow(tr("O&wner:"), m_owner);
    m_summary = new QLineEdit;
    m_summary->setObjectName(QStringLiteral("complaintSummaryLineEdit"));
    m_summary->setPlaceholderText(tr("What the customer complains about, in a few words"));
    form->addRow(tr("&Summary:"), m_summary);
    m_description = textEdit(QStringLiteral("complaintDescriptionTextEdit"), 90);
    form->addRow(tr("&Description:"), m_description);
    m_product = new QLineEdit;
    m_product->setObjectName(QStringLiteral("complaintProductLineEdit"));
    m_order = new QLineEdit;
    m_order->setObjectName(QStringLiteral("complaintOrderLineEdit"));
    auto referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_product, 1);
    referenceRow->addWidget(Accessible::labelFor(tr("Order:"), m_order));
    referenceRow->addWidget(m_order, 1);
    addRow(form, tr("&Product:"), m_product, referenceRow);
    return page;
}

QWidget *ComplaintDialog::buildResolutionTab()
{
    auto page = new QWidget;
    auto form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_resolution = textEdit(QStringLiteral("complaintResolutionTextEdit"), 70);
    m_resolution->setPlaceholderText(tr("What was done for the customer"));
    form->addRow(tr("&Resolution:"), m_resolution);
    m_rootCause = textEdit(QStringLiteral("complaintRootCauseTextEdit"), 60);
    form->addRow(tr("Root &cause:"), m_rootCause);
    m_correctiveAction = textEdit(QStringLiteral("complaintCorrectiveActionTextEdit"), 60);
    m_correctiveAction->setPlaceholderText(tr("What changes so that it does not happen again"));
    form->addRow(tr("Corrective &action:"), m_correctiveAction);
    m_satisfaction = new QLabel;
    m_satisfaction->setObjectName(QStringLiteral("complaintSatisfactionLabel"));
    m_satisfactionButton = new QPushButton(tr("Record &satisfaction…"));
    m_satisfactionButton->setObjectName(QStringLiteral("recordSatisfactionButton"));
    connect(m_satisfactionButton, &QPushButton::clicked, this, &ComplaintDialog::recordSatisfaction);
    auto row = new QHBoxLayout;
    row->addWidget(m_satisfaction, 1);
    row->addWidget(m_satisfactionButton);
    form->addRow(tr("Satisfaction:"), row);
    return page;
}

void ComplaintDialog::fillChoices()
{
    m_owner->addItem(tr("(nobody)"), qint64(0));
    for (const Owner &owner : LookupRepository(m_db).owners(m_complaint.ownerId).value_or({}))
        m_owner->addItem(owner.name, owner.id);
    QStringList categories = ComplaintSettings(m_db).categories().value_or({ QStringLiteral("other") });
    if (!m_complaint.category.isEmpty() && !categories.contains(m_complaint.category))
        categories << m_complaint.category;
    for (const QString &category : categories)
        m_category->addItem(complaintCategoryDisplayName(category), category);
    if (m_customerSearch) {
        fillCustomers(QString());
    } else if (m_complaint.customerId > 0) {
        auto customer = CustomerRepository(m_db).find(m_complaint.customerId);
        m_customer->addItem(customer ? customer.value().name : m_complaint.customerName, m_complaint.customerId);
        m_customerName->setText(m_customer->currentText());
    }
}

void ComplaintDialog::fillCustomers(const QString &search)
{
    CustomerQuery query;
    query.search = search.trimmed();
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    for (const CustomerRow &row : CustomerRepository(m_db).page(query, std::nullopt, 50).value_or({}))
        m_customer->addItem(row.city.isEmpty() ? row.name : tr("%1 (%2)").arg(row.name, row.city), row.id);
    fillContacts();
}

void ComplaintDialog::fillContacts()
{
    const qint64 customerId = m_customer->currentData().toLongLong();
    m_contact->clear();
    m_contact->addItem(tr("Nobody in particular"), qint64(0));
    if (customerId <= 0)
        return;
    // A new complaint goes to whoever looks after the customer, unless the user chose someone else.
    if (m_complaint.id == 0 && m_complaint.ownerId == 0 && !m_ownerChosen) {
        if (auto customer = CustomerRepository(m_db).find(customerId))
            selectData(m_owner, customer.value().ownerId);
    }
    for (const Contact &contact : ContactRepository(m_db).forCustomer(customerId).value_or({}))
        m_contact->addItem(
            contact.title.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.title), contact.id);
    selectData(m_contact, m_complaint.contactId);
}

void ComplaintDialog::load()
{
    const Complaint &c = m_complaint;
    selectData(m_contact, c.contactId);
    selectData(m_channel, toString(c.channel));
    selectData(m_category, c.category);
    selectData(m_severity, toString(c.severity));
    if (c.id > 0 || c.ownerId > 0)
        selectData(m_owner, c.ownerId); // a new one has its customer's owner (fillContacts)
    m_shownReceived = (c.receivedAt.isValid() ? c.receivedAt : Clock::instance().nowUtc()).toLocalTime();
    m_received->setDateTime(m_shownReceived);
    m_summary->setText(c.summary);
    m_description->setPlainText(c.description);
    m_product->setText(c.productRef);
    m_order->setText(c.orderRef);
    if (c.id > 0) {
        m_resolution->setPlainText(c.resolution);
        m_rootCause->setPlainText(c.rootCause);
        m_correctiveAction->setPlainText(c.correctiveAction);
        m_satisfaction->setText(c.csat || c.nps
                ? tr("CSAT %1 of 5, NPS %2 of 10")
                      .arg(c.csat ? QString::number(*c.csat) : tr("–"), c.nps ? QString::number(*c.nps) : tr("–"))
                : tr("Not asked yet"));
        m_satisfactionButton->setEnabled(!isOpen(c.status));
        loadHistory();
        m_followUps->reload();
        m_tabs->setTabText(m_tabs->indexOf(m_followUps), tr("Follow-ups (%1)").arg(m_followUps->count()));
    }
    showStatus();
    rebuildActions();
}

void ComplaintDialog::loadHistory()
{
    m_history->clear();
    for (const ComplaintHistoryEntry &entry : ComplaintRepository(m_db).history(m_complaint.id).value_or({})) {
        QString status = displayName(entry.to);
        if (entry.from && *entry.from != entry.to)
            status = tr("%1 → %2").arg(displayName(*entry.from), displayName(entry.to));
        else if (!entry.from)
            status = tr("Logged");
        else
            status.clear();
        auto *item = new QTreeWidgetItem({ Formatting::localDateTime(entry.at), entry.actor, status, entry.note });
        item->setToolTip(3, entry.note); // a long note (a follow-up's outcome comes last) is cut off in the column
        m_history->addTopLevelItem(item);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(2);
}

qint64 ComplaintDialog::scheduleFollowUp(ActivityType type)
{
    if (!m_followUps)
        return 0;
    const qint64 id = m_followUps->schedule(type);
    if (id > 0)
        m_tabs->setCurrentWidget(m_followUps);
    return id;
}

void ComplaintDialog::afterFollowUpsChanged()
{
    // Only the history and the follow-ups change: edits not yet saved in the other fields stay as they are.
    loadHistory();
    m_tabs->setTabText(m_tabs->indexOf(m_followUps), tr("Follow-ups (%1)").arg(m_followUps->count()));
    emit followUpsChanged();
}

void ComplaintDialog::showStatus()
{
    const Complaint &c = m_complaint;
    if (c.id == 0) {
        m_header->setText(tr("New complaint"));
        m_dueTimes->setText(tr("Response and resolution due times follow from the severity when the complaint is "
                               "logged."));
        return;
    }
    m_header->setText(c.escalationLevel > 0 ? tr("%1 · %2 · escalated").arg(c.number, displayName(c.status))
                                            : tr("%1 · %2").arg(c.number, displayName(c.status)));
    const auto moment = [](const QDateTime &at) { return Formatting::localDateTime(at); };
    const QString response = c.respondedAt.isValid()
        ? tr("Response due %1, given %2.").arg(moment(c.responseDueAt), moment(c.respondedAt))
        : tr("Response due %1.").arg(moment(c.responseDueAt));
    const QString resolution = c.resolvedAt.isValid()
        ? tr("Resolution due %1, resolved %2.").arg(moment(c.resolutionDueAt), moment(c.resolvedAt))
        : tr("Resolution due %1.").arg(moment(c.resolutionDueAt));
    QString text = tr("%1 %2").arg(response, resolution);
    switch (ServiceLevels::state(c, Clock::instance().nowUtc())) {
    case ServiceLevelState::Overdue:
        text = tr("Overdue. %1").arg(text);
        m_dueTimes->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(errorColor()));
        break;
    case ServiceLevelState::AtRisk:
        text = tr("Due soon. %1").arg(text);
        m_dueTimes->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Appearance::warningText().name()));
        break;
    default:
        m_dueTimes->setStyleSheet(QString());
        break;
    }
    m_dueTimes->setText(text);
}

void ComplaintDialog::rebuildActions()
{
    // The button that was clicked may be among these: out of the dialog now, deleted once its signal is done.
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    if (m_complaint.id == 0)
        return;
    for (ComplaintStatus to : ComplaintWorkflow::nextStatuses(m_complaint.status)) {
        auto button = new QPushButton(actionButtonText(m_complaint.status, to));
        button->setObjectName(QStringLiteral("move_%1_Button").arg(toString(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { moveTo(to); });
        m_actions->addWidget(button);
    }
}

// The workflow's action (ComplaintWorkflow::actionName) with a mnemonic no other control of the dialog has.
QString ComplaintDialog::actionButtonText(ComplaintStatus from, ComplaintStatus to)
{
    if (to == ComplaintStatus::InProgress && !isOpen(from))
        return tr("R&eopen");
    switch (to) {
    case ComplaintStatus::New:
        break;
    case ComplaintStatus::Acknowledged:
        return tr("Ac&knowledge");
    case ComplaintStatus::InProgress:
        return tr("Star&t work");
    case ComplaintStatus::Resolved:
        return tr("Resol&ve");
    case ComplaintStatus::Closed:
        return tr("C&lose case");
    }
    return ComplaintWorkflow::actionName(from, to);
}

Complaint ComplaintDialog::collect() const
{
    Complaint c = m_complaint;
    c.customerId = m_customer->currentData().toLongLong();
    c.contactId = m_contact->currentData().toLongLong();
    c.channel = complaintChannelFromString(m_channel->currentData().toString()).value_or(ComplaintChannel::Other);
    c.category = m_category->currentData().toString();
    c.severity = complaintSeverityFromString(m_severity->currentData().toString()).value_or(ComplaintSeverity::Medium);
    c.ownerId = m_owner->currentData().toLongLong();
    c.ownerName = c.ownerId > 0 ? m_owner->currentText() : QString();
    // Unchanged, the received time keeps the seconds the editor does not show.
    c.receivedAt = m_received->dateTime() == m_shownReceived ? m_shownReceived.toUTC() : m_received->dateTime().toUTC();
    c.summary = m_summary->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.productRef = m_product->text().trimmed();
    c.orderRef = m_order->text().trimmed();
    if (m_resolution) {
        c.resolution = m_resolution->toPlainText().trimmed();
        c.rootCause = m_rootCause->toPlainText().trimmed();
        c.correctiveAction = m_correctiveAction->toPlainText().trimmed();
    }
    return c;
}

QString ComplaintDialog::actor() const
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void ComplaintDialog::showError(const QString &message)
{
    m_errors->setText(message);
    m_errors->setVisible(!message.isEmpty());
}

void ComplaintDialog::accept()
{
    ComplaintWorkflow workflow(m_db);
    const Complaint toSave = collect();
    auto saved = m_complaint.id > 0 ? workflow.saveDetails(toSave, actor()) : workflow.log(toSave, actor());
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_complaint = saved.value();
    emit complaintChanged(m_complaint.id);
    QDialog::accept();
}

bool ComplaintDialog::moveTo(ComplaintStatus to)
{
    std::optional<int> csat;
    std::optional<int> nps;
    QString note;
    if (to == ComplaintStatus::Closed) {
        CloseComplaintDialog ask(m_complaint.number, this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        csat = ask.csat();
        nps = ask.nps();
        note = ask.note();
    }
    const Complaint edited = collect();
    ComplaintWorkflow workflow(m_db);
    Transaction transaction(m_db);
    Status status = transaction.begin();
    if (status) {
        auto saved = workflow.saveDetails(edited, actor());
        auto moved = !saved                 ? Result<Complaint>(saved.error())
            : to == ComplaintStatus::Closed ? workflow.close(m_complaint.id, csat, nps, actor(), note)
                                            : workflow.move(m_complaint.id, to, actor());
        status = moved ? transaction.commit() : Status(moved.error());
    }
    if (!status) {
        transaction.rollback();
        showError(status.error().message);
        MessageBox::warning(this, windowTitle(), status.error().message);
        return false;
    }
    showError(QString());
    m_complaint = ComplaintRepository(m_db).get(m_complaint.id).value_or(m_complaint);
    load();
    emit complaintChanged(m_complaint.id);
    return true;
}

void ComplaintDialog::recordSatisfaction()
{
    CloseComplaintDialog ask(m_complaint.number, this);
    ask.setWindowTitle(tr("Satisfaction for %1").arg(m_complaint.number));
    if (ask.exec() != QDialog::Accepted)
        return;
    auto recorded = ComplaintWorkflow(m_db).recordSatisfaction(m_complaint.id, ask.csat(), ask.nps(), actor());
    if (!recorded) {
        MessageBox::warning(this, windowTitle(), recorded.error().message);
        return;
    }
    m_complaint = recorded.value();
    load();
    emit complaintChanged(m_complaint.id);
}
