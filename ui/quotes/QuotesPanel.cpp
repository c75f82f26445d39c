#include "QuotesPanel.h"
#include "Accessible.h"
#include "Clock.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "QuoteEditor.h"
#include "ReadOnlyUi.h"
#include "RowButtons.h"
#include "ValueItem.h"
#include "domain/Money.h"
#include "repo/LookupRepository.h"
#include "repo/QuoteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace {

enum Column
{
    NumberColumn,
    DateColumn,
    CustomerColumn,
    OwnerColumn,
    StatusColumn,
    ValidColumn,
    TotalColumn,
    MarginColumn
};

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto item = new ValueItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Rich text that never breaks across lines: Chinese text may break between any two characters ("已" and
// "过期"), and Qt's <nobr> only acts on whole paragraphs. Spaces become non-breaking and a word joiner (U+2060)
// goes between the characters outside the tags.
QString unbreakable(const QString &html)
{
    QString result;
    bool inMarkup = false; // a tag or an entity such as &amp;
    for (const QChar c : html) {
        const bool opens = c == QLatin1Char('<') || c == QLatin1Char('&');
        if (!inMarkup && !result.isEmpty() && !c.isLowSurrogate())
            result += QChar(0x2060);
        inMarkup = inMarkup || opens;
        result += !inMarkup && c == QLatin1Char(' ') ? QChar(QChar::Nbsp) : c;
        if (c == QLatin1Char('>') || c == QLatin1Char(';'))
            inMarkup = false;
    }
    return result;
}

} // namespace

QuotesPanel::QuotesPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("quotesPanel"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("quoteStatusFilterComboBox"));
    m_status->addItem(tr("All statuses"), QString());
    for (QuoteStatus status : allQuoteStatuses())
        m_status->addItem(displayName(status), toString(status));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("quoteOwnerFilterComboBox"));
    m_owner->addItem(tr("All owners"), 0);
    for (const Owner &owner : LookupRepository(m_db).owners().value_or({}))
        m_owner->addItem(owner.name, owner.id);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("quoteSearchLineEdit"));
    m_search->setPlaceholderText(tr("Customer or quote number"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    const QDate today = Clock::instance().today();
    m_from = new QDateEdit(today.addYears(-1));
    m_from->setObjectName(QStringLiteral("quotesFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today.addYears(1));
    m_to->setObjectName(QStringLiteral("quotesToDateEdit"));
    m_to->setCalendarPopup(true);
    m_revisions = new QCheckBox(tr("Earlier &revisions"));
    m_revisions->setObjectName(QStringLiteral("earlierRevisionsCheckBox"));
    m_revisions->setToolTip(tr("Also list the revisions that a later one replaced (they open read-only)"));
    auto newButton = new QPushButton(tr("&New quote…"));
    newButton->setObjectName(QStringLiteral("newQuoteButton"));
    ReadOnlyUi::marksAChange(newButton);
    newButton->setToolTip(tr("A new quote for the customer selected on the Customers page"));
    auto openButton = new QPushButton(tr("&Open…"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("pipelineLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("quotesTableWidget"));
    m_table->setAccessibleName(tr("Quotes"));
    m_table->setHorizontalHeaderLabels({ tr("Number"), tr("Date"), tr("Customer"), tr("Owner"), tr("Status"),
        tr("Valid until"), tr("Total"), tr("Margin") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(DateColumn, Qt::DescendingOrder); // newest first, as listed
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);

    auto filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_search, 1);
    filters->addWidget(Accessible::labelFor(tr("From"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(Accessible::labelFor(tr("to"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(m_revisions);
    filters->addWidget(newButton);
    filters->addWidget(openButton);
    EmptyState::attach(m_table, [] {
        return tr("No quotes for this status, rep and period. New quote… (Ctrl+Shift+Q) starts one for the "
                  "customer selected on the Customers page.");
    });
    RowButtons::followSelection(m_table, { openButton });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    connect(m_status, &QComboBox::currentIndexChanged, this, &QuotesPanel::reload);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &QuotesPanel::reload);
    connect(m_search, &QLineEdit::textChanged, this, &QuotesPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &QuotesPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &QuotesPanel::reload);
    connect(m_revisions, &QCheckBox::toggled, this, &QuotesPanel::reload);
    connect(newButton, &QPushButton::clicked, this, &QuotesPanel::newQuoteRequested);
    connect(openButton, &QPushButton::clicked, this, [this] { openQuote(currentId()); });
    connect(m_table, &QTableWidget::itemActivated, this, [this] { openQuote(currentId()); });
}

void QuotesPanel::reload()
{
    QuoteRepository quotes(m_db);
    (void)quotes.expireOverdue(Clock::instance().today());
    QuoteFilter filter;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.status = quoteStatusFromString(status);
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.search = m_search->text();
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.includeSuperseded = m_revisions->isChecked();
    auto rows = quotes.list(filter);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!rows) {
        m_summary->setText(rows.error().message.toHtmlEscaped());
        return;
    }
    m_table->setRowCount(int(rows.value().size()));
    for (int row = 0; row < rows.value().size(); ++row) {
        const QuoteRow &q = rows.value()[row];
        auto number = cell(q.revision > 1 ? tr("%1 rev. %2").arg(q.number).arg(q.revision) : q.number);
        number->setData(Qt::UserRole, q.id);
        m_table->setItem(row, NumberColumn, number);
        m_table->setItem(row, DateColumn, cell(QLocale().toString(q.date, QLocale::ShortFormat)));
        m_table->setItem(row, CustomerColumn, cell(q.customerName));
        m_table->setItem(row, OwnerColumn, cell(q.ownerName));
        m_table->setItem(row, StatusColumn, cell(displayName(q.status)));
        m_table->setItem(row, ValidColumn, cell(QLocale().toString(q.validUntil, QLocale::ShortFormat)));
        m_table->setItem(row, TotalColumn, cell(Money::formatWithSymbol(q.total, q.currency), true));
        m_table->setItem(row, MarginColumn, cell(Money::formatWithSymbol(q.margin, q.currency), true));
        m_table->item(row, DateColumn)->setData(TableExport::ValueRole, q.date);
        m_table->item(row, ValidColumn)->setData(TableExport::ValueRole, q.validUntil);
        TableExport::setMoney(m_table->item(row, TotalColumn), q.total, q.currency);
        TableExport::setMoney(m_table->item(row, MarginColumn), q.margin, q.currency);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    updateSummary();
}

void QuotesPanel::updateSummary()
{
    QuoteRepository quotes(m_db);
    std::map<QuoteStatus, std::pair<int, QStringList>> byStatus;
    for (const PipelineEntry &entry : quotes.pipeline().value_or({})) {
        byStatus[entry.status].first += entry.count;
        byStatus[entry.status].second << Money::formatWithSymbol(entry.total, entry.currency);
    }
    QStringList parts;
    for (const auto &[status, entry] : byStatus) {
        parts << unbreakable(tr("<b>%1</b> %2: %3")
                                 .arg(displayName(status), QLocale().toString(entry.first),
                                     entry.second.join(QStringLiteral(" + ")).toHtmlEscaped()));
    }
    QStringList months;
    const QDate start = Clock::instance().today().addMonths(-11);
    for (const WinRateEntry &entry : quotes.winRateByMonth(QDate(start.year(), start.month(), 1)).value_or({})) {
        const int decided = entry.won + entry.lost;
        QString month = QLocale().monthName(entry.month.mid(5).toInt(), QLocale::ShortFormat); // "Mar", "3月"
        if (months.isEmpty() || entry.month.endsWith(QLatin1String("-01"))) // the year where it starts or changes
            month = tr("%1 %2", "a short month name and its year: Mar 2026").arg(month, entry.month.left(4));
        months << (decided == 0 ? tr("%1: –").arg(month)
                                : tr("%1: %2%").arg(month).arg(qRound(100.0 * entry.won / decided))); // 1 of 6: 17%
    }
    if (parts.isEmpty()) {
        m_summary->setText(tr("No quotes yet: the pipeline and the win rate by month show here once there are some."));
        return;
    }
    m_summary->setText(tr("Pipeline: %1").arg(parts.join(QStringLiteral(" · "))) + QStringLiteral("<br/>")
        + (months.isEmpty()
                ? QString()
                : tr("Win rate by month of the quote, all currencies: %1").arg(months.join(QStringLiteral("  ")))));
}

qint64 QuotesPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, NumberColumn)
        ? 0
        : m_table->item(row, NumberColumn)->data(Qt::UserRole).toLongLong();
}

void QuotesPanel::openQuote(qint64 id)
{
    if (id == 0)
        return;
    QuoteEditor editor(m_db, id, 0, this);
    connect(&editor, &QuoteEditor::quotesChanged, this, &QuotesPanel::quotesChanged);
    editor.exec();
    reload();
}

void QuotesPanel::newQuote(qint64 customerId)
{
    if (customerId == 0) {
        MessageBox::information(
            this, tr("New quote"), tr("Select the customer on the Customers page first, then choose New quote."));
        return;
    }
    QuoteEditor editor(m_db, 0, customerId, this);
    connect(&editor, &QuoteEditor::quotesChanged, this, &QuotesPanel::quotesChanged);
    editor.exec();
    reload();
}

const QTableView *QuotesPanel::exportView() const
{
    return m_table;
}

QString QuotesPanel::exportName() const
{
    return tr("Quotes");
}

QString QuotesPanel::exportEntity() const
{
    return QStringLiteral("quote");
}
