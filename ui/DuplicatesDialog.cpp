#include "DuplicatesDialog.h"
#include "BookReader.h"
#include "MessageBox.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"
#include "services/CustomerMerger.h"

#include <algorithm>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Groups listed at once: reviewing is done by hand, a group at a time; after merging, a new search lists the rest.
constexpr int kListedGroups = 2000;
constexpr int kNamesInList = 3;
constexpr int kIdsPerQuery = 500;
constexpr int kValueWidth = 300; // pixels of a value before it is elided (the whole value is in the tooltip)

QString orEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : text.simplified();
}

} // namespace

DuplicatesDialog::DuplicatesDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    resize(1200, 700);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_findAgain = new QPushButton(tr("Search &again"));
    m_findAgain->setObjectName(QStringLiteral("findAgainButton"));
    connect(m_findAgain, &QPushButton::clicked, this, &DuplicatesDialog::findDuplicates);
    auto top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_findAgain);

    m_groupsTree = new QTreeWidget;
    m_groupsTree->setObjectName(QStringLiteral("groupsTreeWidget"));
    m_groupsTree->setAccessibleName(tr("Likely duplicates"));
    m_groupsTree->setHeaderLabels({ tr("Customers"), tr("Why") });
    m_groupsTree->setRootIsDecorated(false);
    m_groupsTree->setUniformRowHeights(true);
    m_groupsTree->header()->resizeSection(0, 250);
    connect(m_groupsTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).toInt() != m_group)
            showGroup(item->data(0, Qt::UserRole).toInt());
    });

    m_leftCombo = new QComboBox;
    m_leftCombo->setObjectName(QStringLiteral("leftComboBox"));
    m_rightCombo = new QComboBox;
    m_rightCombo->setObjectName(QStringLiteral("rightComboBox"));
    for (QComboBox *combo : { m_leftCombo, m_rightCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
        connect(combo, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::showPair);
        // A long name and city may not fit the combo: the tooltip has it whole.
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
    auto keepLabel = new QLabel(tr("<b>Keep</b> (stays in the book)"));
    auto mergeLabel = new QLabel(tr("<b>Merge into it</b> (goes to the trash)"));

    m_gridHost = new QWidget;
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->addWidget(keepLabel, 0, 1);
    m_grid->addWidget(mergeLabel, 0, 2);
    m_grid->addWidget(m_leftCombo, 1, 1);
    m_grid->addWidget(m_rightCombo, 1, 2);
    auto scroll = new QScrollArea;
    scroll->setAccessibleName(tr("The customers side by side"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_gridHost);

    m_swap = new QPushButton(tr("S&wap sides"));
    m_swap->setObjectName(QStringLiteral("swapButton"));
    connect(m_swap, &QPushButton::clicked, this, &DuplicatesDialog::swapSides);
    m_merge = new QPushButton(tr("&Merge…"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergePair);
    auto hint = new QLabel(tr("Choose the value to keep for each field. The customer on the right goes to the trash "
                              "and its contacts and notes move to the one on the left; restoring it from the trash "
                              "undoes the merge."));
    hint->setWordWrap(true);
    auto actions = new QHBoxLayout;
    actions->addWidget(m_swap);
    actions->addStretch();
    actions->addWidget(m_merge);
    m_why = new QLabel;
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto comparison = new QWidget;
    auto comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(m_why);
    comparisonLayout->addWidget(scroll, 1);
    comparisonLayout->addWidget(hint);
    comparisonLayout->addLayout(actions);

    auto splitter = new QSplitter;
    splitter->addWidget(m_groupsTree);
    splitter->addWidget(comparison);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 820 }); // the group list elides; the two customers' names in the combos should not

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    clearComparison();
}

DuplicatesDialog::~DuplicatesDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_searched) {
        m_searched = true;
        QTimer::singleShot(0, this, &DuplicatesDialog::findDuplicates);
    }
}

// The search runs on its own connection in a thread (DESIGN: long work stays off the GUI thread); progress and
// the result come back as queued calls, which are dropped if the dialog is gone by then.
void DuplicatesDialog::findDuplicates()
{
    if (m_worker)
        return;
    m_cancel = false;
    m_findAgain->setEnabled(false);
    m_progress = new QProgressDialog(tr("Looking for duplicates…"), tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(QStringLiteral("duplicatesProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const QString path = m_db.databaseName();
    m_worker = QThread::create([this, path] {
        auto search = [&](const QSqlDatabase &book) -> Result<Found> {
            auto groups = DuplicateFinder(book)
                              .find(
                                  [this](int percent) {
                                      QMetaObject::invokeMethod(
                                          this,
                                          [this, percent] {
                                              if (m_progress)
                                                  m_progress->setValue(percent);
                                          },
                                          Qt::QueuedConnection);
                                  },
                                  &m_cancel);
            if (!groups)
                return groups.error();
            Found found;
            found.groups = std::move(groups).value();
            QList<qint64> ids;
            for (const DuplicateGroup &group : found.groups.mid(0, kListedGroups))
                ids << group.customerIds;
            CustomerRepository customers(book);
            for (qsizetype start = 0; start < ids.size(); start += kIdsPerQuery) {
                auto rows = customers.rows(ids.mid(start, kIdsPerQuery));
                if (!rows)
                    return rows.error();
                for (const CustomerRow &row : rows.value())
                    found.rows.insert(row.id, row);
            }
            return found;
        };
        Result<Found> result = Error {};
        const Status opened
            = BookReader::withReadOnlyBook(path, [&](const QSqlDatabase &book) { result = search(book); });
        if (!opened)
            result = opened.error();
        QMetaObject::invokeMethod(
            this, [this, result] { searchFinished(result); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void DuplicatesDialog::searchFinished(const Result<Found> &found)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_progress->deleteLater();
    m_progress = nullptr;
    m_findAgain->setEnabled(true);
    m_groups.clear();
    m_rows.clear();
    if (found) {
        m_groups = found.value().groups;
        m_rows = found.value().rows;
    } else if (!m_cancel) {
        MessageBox::warning(this, tr("Find Duplicates"), found.error().toString());
    }
    fillGroups();
    if (!found && m_cancel)
        m_summary->setText(tr("The search was cancelled."));
}

QString DuplicatesDialog::reasonText(const DuplicateGroup &group, const DuplicateGroup::Evidence &evidence) const
{
    switch (evidence.reason) {
    case DuplicateDetector::Reason::Phone:
        return tr("Same phone: %1").arg(PhoneNumbers::formatted(evidence.value).value_or(evidence.value));
    case DuplicateDetector::Reason::Email:
        return tr("Same email: %1").arg(evidence.value);
    case DuplicateDetector::Reason::Name: {
        // The value is the folded core name ("northwindtrading"), not for reading; the names are in the first column.
        const QString first = m_rows.value(group.customerIds.first()).name;
        const bool identical = std::all_of(group.customerIds.begin(), group.customerIds.end(),
            [&](qint64 id) { return m_rows.value(id).name == first; });
        return identical ? tr("Same name") : tr("Same name apart from case, punctuation or legal form");
    }
    }
    return {};
}

void DuplicatesDialog::fillGroups()
{
    const int previous = m_group;
    m_group = -1;
    m_groupsTree->clear();
    const int listed = int(std::min<qsizetype>(m_groups.size(), kListedGroups));
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < listed; ++i) {
        const DuplicateGroup &group = m_groups[i];
        QStringList names;
        for (qint64 id : group.customerIds.mid(0, kNamesInList))
            names << m_rows.value(id).name;
        QString customers = names.join(QStringLiteral(" · "));
        if (group.customerIds.size() > kNamesInList)
            customers = tr("%1 and %Ln more", nullptr, int(group.customerIds.size() - kNamesInList)).arg(customers);
        QStringList reasons;
        for (const DuplicateGroup::Evidence &evidence : group.evidence)
            reasons << reasonText(group, evidence);
        auto item = new QTreeWidgetItem({ customers, reasons.join(QStringLiteral("; ")) });
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, customers);
        item->setToolTip(1, reasons.join(QLatin1Char('\n')));
        items << item;
    }
    m_groupsTree->addTopLevelItems(items);
    if (m_groups.isEmpty())
        m_summary->setText(tr("No likely duplicates found."));
    else if (m_groups.size() > listed)
        m_summary->setText(tr("%1 groups of likely duplicates found; the first %2 are listed. Merge them, then "
                              "search again for the rest.")
                               .arg(QLocale().toString(m_groups.size()), QLocale().toString(listed)));
    else
        m_summary->setText(tr("%Ln group(s) of likely duplicates found.", nullptr, int(m_groups.size())));
    if (listed == 0) {
        clearComparison();
        m_why->clear();
        return;
    }
    m_groupsTree->setCurrentItem(m_groupsTree->topLevelItem(std::clamp(previous, 0, listed - 1)));
}

void DuplicatesDialog::showGroup(int group)
{
    m_group = group;
    for (QComboBox *combo : { m_leftCombo, m_rightCombo }) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (qint64 id : m_groups[group].customerIds) {
            const CustomerRow row = m_rows.value(id);
            combo->addItem(row.city.isEmpty() ? row.name : tr("%1 (%2)").arg(row.name, row.city), id);
        }
    }
    // The list's column cuts the evidence off, and a number or address may be a contact's, not shown below.
    QStringList reasons;
    for (const DuplicateGroup::Evidence &evidence : m_groups[group].evidence)
        reasons << reasonText(m_groups[group], evidence);
    m_why->setText(tr("Why they may be one customer: %1 (numbers and addresses of their contacts count too).")
                       .arg(reasons.join(QStringLiteral("; "))));
    const QSignalBlocker blocker(m_rightCombo);
    m_rightCombo->setCurrentIndex(1);
    showPair();
}

void DuplicatesDialog::clearComparison()
{
    // Everything below the header rows (titles and the two customer choices) belongs to the last pair shown.
    for (int index = m_grid->count() - 1; index >= 0; --index) {
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        m_grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        if (row >= 2) {
            QLayoutItem *item = m_grid->takeAt(index);
            delete item->widget();
            delete item;
        }
    }
    m_fields.clear();
    m_left = {};
    m_right = {};
    m_merge->setEnabled(false);
    m_swap->setEnabled(m_group >= 0);
    m_leftCombo->setEnabled(m_group >= 0);
    m_rightCombo->setEnabled(m_group >= 0);
    if (m_group < 0) {
        m_leftCombo->clear();
        m_rightCombo->clear();
    }
}

void DuplicatesDialog::showPair()
{
    clearComparison();
    const qint64 leftId = m_leftCombo->currentData().toLongLong();
    const qint64 rightId = m_rightCombo->currentData().toLongLong();
    if (m_group < 0 || leftId == 0 || rightId == 0)
        return;
    if (leftId == rightId) {
        auto same = new QLabel(tr("Choose two different customers."));
        m_grid->addWidget(same, 2, 1, 1, 2);
        return;
    }
    CustomerRepository customers(m_db);
    auto left = customers.find(leftId);
    auto right = customers.find(rightId);
    if (!left || !right) {
        auto error = new QLabel((!left ? left.error() : right.error()).toString());
        error->setWordWrap(true);
        m_grid->addWidget(error, 2, 1, 1, 2);
        return;
    }
    m_left = left.value();
    m_right = right.value();
    const QString listSeparator = tr(", ");
    addField(QStringLiteral("name"), tr("Name"), m_left.name, m_right.name, false);
    addField(QStringLiteral("kind"), tr("Type"), displayName(m_left.kind), displayName(m_right.kind), false);
    addField(QStringLiteral("industry"), tr("Industry"), m_left.industry, m_right.industry, false);
    addField(QStringLiteral("province"), tr("Region"), m_left.province, m_right.province, false);
    addField(QStringLiteral("city"), tr("City"), m_left.city, m_right.city, false);
    addField(QStringLiteral("address"), tr("Address"), m_left.address, m_right.address, false);
    addField(QStringLiteral("phones"), tr("Phones"), m_left.phones.join(listSeparator),
        m_right.phones.join(listSeparator), true);
    addField(QStringLiteral("emails"), tr("Emails"), m_left.emails.join(listSeparator),
        m_right.emails.join(listSeparator), true);
    addField(QStringLiteral("website"), tr("Website"), m_left.website, m_right.website, false);
    addField(QStringLiteral("source"), tr("Source"), m_left.source, m_right.source, false);
    addField(QStringLiteral("owner"), tr("Owner"), m_left.ownerName, m_right.ownerName, false);
    addField(QStringLiteral("tier"), tr("Tier"), m_left.tier, m_right.tier, false);
    addField(QStringLiteral("stage"), tr("Stage"), displayName(m_left.stage), displayName(m_right.stage), false);
    addField(
        QStringLiteral("tags"), tr("Tags"), m_left.tags.join(listSeparator), m_right.tags.join(listSeparator), true);
    addField(QStringLiteral("notes"), tr("Notes"), m_left.notes, m_right.notes, true);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_merge->setEnabled(true);
}

// One row of the comparison: a radio button per side for a single value, a check box per side for values that
// can be kept from both (phones, emails, tags, notes; both are checked at first). An empty side cannot be chosen.
void DuplicatesDialog::addField(
    const QString &key, const QString &label, const QString &left, const QString &right, bool list)
{
    const int row = int(m_fields.size()) + 2;
    auto name = new QLabel(label);
    m_grid->addWidget(name, row, 0);
    FieldRow field { key, nullptr, nullptr };
    const QString side[] = { orEmpty(left), orEmpty(right) };
    QAbstractButton *buttons[2];
    for (int i = 0; i < 2; ++i) {
        const QString text = side[i].isEmpty() ? tr("(empty)") : side[i];
        // A button takes "&" as the start of a shortcut: "Food & beverage" must show its "&".
        QString elided = fontMetrics().elidedText(text, Qt::ElideRight, kValueWidth);
        elided.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString objectName = key + (i == 0 ? QStringLiteral("Left") : QStringLiteral("Right"))
            + (list ? QStringLiteral("CheckBox") : QStringLiteral("RadioButton"));
        buttons[i] = list ? static_cast<QAbstractButton *>(new QCheckBox(elided))
                          : static_cast<QAbstractButton *>(new QRadioButton(elided));
        buttons[i]->setObjectName(objectName);
        if (fontMetrics().elidedText(text, Qt::ElideRight, kValueWidth) != text)
            buttons[i]->setToolTip(text);
        m_grid->addWidget(buttons[i], row, i + 1);
    }
    const bool leftEmpty = side[0].isEmpty();
    const bool rightEmpty = side[1].isEmpty();
    if (list) {
        buttons[0]->setChecked(!leftEmpty);
        buttons[1]->setChecked(!rightEmpty);
        buttons[0]->setEnabled(!leftEmpty);
        buttons[1]->setEnabled(!rightEmpty);
    } else {
        auto group = new QButtonGroup(buttons[0]); // goes with the row's widgets
        group->addButton(buttons[0]);
        group->addButton(buttons[1]);
        (leftEmpty && !rightEmpty ? buttons[1] : buttons[0])->setChecked(true);
        // The same value on both sides leaves nothing to choose.
        const bool same = side[0] == side[1];
        buttons[0]->setEnabled(!same);
        buttons[1]->setEnabled(!same);
        if (same)
            name->setEnabled(false);
    }
    field.left = buttons[0];
    field.right = buttons[1];
    m_fields << field;
}

bool DuplicatesDialog::leftChosen(const QString &key) const
{
    for (const FieldRow &field : m_fields) {
        if (field.key == key)
            return field.left->isChecked();
    }
    return true;
}

bool DuplicatesDialog::rightChosen(const QString &key) const
{
    for (const FieldRow &field : m_fields) {
        if (field.key == key)
            return field.right->isChecked();
    }
    return false;
}

Customer DuplicatesDialog::chosenValues() const
{
    Customer chosen = m_left;
    auto take = [&](const char *key, auto member) {
        if (rightChosen(QLatin1String(key)))
            chosen.*member = m_right.*member;
    };
    take("name", &Customer::name);
    take("kind", &Customer::kind);
    take("industry", &Customer::industry);
    take("province", &Customer::province);
    take("city", &Customer::city);
    take("address", &Customer::address);
    take("website", &Customer::website);
    take("source", &Customer::source);
    take("owner", &Customer::ownerId);
    take("owner", &Customer::ownerName);
    take("tier", &Customer::tier);
    take("stage", &Customer::stage);
    // Values kept from both sides are joined the way CustomerMerger::combined() joins them (each phone once).
    Customer left;
    Customer right;
    auto keep = [&](const char *key, auto member) {
        left.*member
            = leftChosen(QLatin1String(key)) ? m_left.*member : std::remove_cvref_t<decltype(m_left.*member)> {};
        right.*member
            = rightChosen(QLatin1String(key)) ? m_right.*member : std::remove_cvref_t<decltype(m_right.*member)> {};
    };
    keep("phones", &Customer::phones);
    keep("emails", &Customer::emails);
    keep("tags", &Customer::tags);
    keep("notes", &Customer::notes);
    const Customer both = CustomerMerger::combined(left, right);
    chosen.phones = both.phones;
    chosen.emails = both.emails;
    chosen.tags = both.tags;
    chosen.notes = both.notes;
    return chosen;
}

void DuplicatesDialog::swapSides()
{
    const int left = m_leftCombo->currentIndex();
    {
        const QSignalBlocker blocker(m_leftCombo);
        m_leftCombo->setCurrentIndex(m_rightCombo->currentIndex());
    }
    const QSignalBlocker blocker(m_rightCombo);
    m_rightCombo->setCurrentIndex(left);
    showPair();
}

void DuplicatesDialog::mergePair()
{
    if (m_left.id == 0 || m_right.id == 0 || m_left.id == m_right.id)
        return;
    const QString text = tr("Merge “%1” into “%2”?\n\n“%1” goes to the trash and its contacts and notes move to "
                            "“%2”, which keeps the values chosen here. Restoring “%1” from the trash undoes the merge.")
                             .arg(m_right.name, m_left.name);
    if (MessageBox::question(this, tr("Merge Customers"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const qint64 survivorId = m_left.id;
    const qint64 mergedId = m_right.id;
    if (auto merged = CustomerMerger(m_db).merge(survivorId, mergedId, chosenValues()); !merged) {
        MessageBox::warning(this, tr("Merge Customers"), merged.error().toString());
        return;
    }
    // The merged customer leaves every group it was in; groups left with one customer are done.
    QList<DuplicateGroup> groups;
    for (DuplicateGroup &group : m_groups) {
        group.customerIds.removeAll(mergedId);
        if (group.customerIds.size() > 1)
            groups << group;
    }
    m_groups = groups;
    if (auto row = CustomerRepository(m_db).row(survivorId))
        m_rows.insert(survivorId, row.value());
    emit customersMerged(survivorId, mergedId);
    fillGroups();
}
