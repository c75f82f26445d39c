#include "CalendarPanel.h"
#include "ActivityDialog.h"
#include "Appearance.h"
#include "CalendarDayList.h"
#include "Clock.h"
#include "FollowUpFormatting.h"
#include "MessageBox.h"
#include "ReadOnlyUi.h"
#include "repo/ActivityRepository.h"
#include "services/FollowUpService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kSpanSetting = QStringLiteral("calendar/span");
} // namespace

CalendarPanel::CalendarPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("calendarPanel"));
    ReadOnlyUi::marksAChange(this); // its days, made again for a week or a month, follow it
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("calendarTitleLabel"));
    FollowUpFormatting::makeTitle(m_title);
    auto previous = new QPushButton(tr("◀ &Previous"));
    previous->setObjectName(QStringLiteral("calendarPreviousButton"));
    auto today = new QPushButton(tr("T&oday"));
    auto next = new QPushButton(tr("Ne&xt ▶"));
    next->setObjectName(QStringLiteral("calendarNextButton"));
    m_spanBox = new QComboBox;
    m_spanBox->setObjectName(QStringLiteral("calendarSpanComboBox"));
    m_spanBox->addItem(tr("Month"), int(Span::Month));
    m_spanBox->addItem(tr("Week"), int(Span::Week));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("calendarOwnerComboBox"));
    FollowUpFormatting::fillOwners(m_owner, m_db, tr("Whole team"));
    auto hint = new QLabel(tr("Drag an activity to another day to reschedule it."));
    hint->setEnabled(false);
    hint->setObjectName(QStringLiteral("calendarHintLabel"));
    ReadOnlyUi::marksAHint(hint);

    auto top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(previous);
    top->addWidget(today);
    top->addWidget(next);
    top->addWidget(m_spanBox);
    top->addWidget(m_owner);
    m_grid = new QGridLayout;
    m_grid->setSpacing(2);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addLayout(m_grid, 1);

    connect(previous, &QPushButton::clicked, this,
        [this] { showDate(m_span == Span::Month ? m_anchor.addMonths(-1) : m_anchor.addDays(-7)); });
    connect(next, &QPushButton::clicked, this,
        [this] { showDate(m_span == Span::Month ? m_anchor.addMonths(1) : m_anchor.addDays(7)); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(Clock::instance().today()); });
    connect(m_spanBox, &QComboBox::activated, this, [this] {
        QSettings().setValue(kSpanSetting, m_spanBox->currentData().toInt());
        setSpan(Span(m_spanBox->currentData().toInt()));
    });
    connect(m_owner, &QComboBox::activated, this, &CalendarPanel::reload);
    m_span = Span(QSettings().value(kSpanSetting, int(Span::Month)).toInt());
    m_spanBox->setCurrentIndex(m_spanBox->findData(int(m_span)));
    showDate(Clock::instance().today());
}

void CalendarPanel::setSpan(Span span)
{
    m_span = span;
    m_spanBox->setCurrentIndex(m_spanBox->findData(int(span)));
    showDate(m_anchor);
}

void CalendarPanel::showDate(const QDate &date)
{
    m_anchor = date;
    const QDate start = m_span == Span::Month ? QDate(date.year(), date.month(), 1) : date;
    // Weeks start on the locale's first day of the week.
    const int firstDay = int(QLocale().firstDayOfWeek());
    m_first = start.addDays(-((start.dayOfWeek() - firstDay + 7) % 7));
    m_title->setText(m_span == Span::Month
            ? QLocale().toString(date, tr("MMMM yyyy", "date format of the month's title"))
            : tr("Week of %1").arg(QLocale().toString(m_first, QLocale::ShortFormat)));
    rebuildGrid();
    // A hidden calendar (it is built with the main window) is read when its page is shown (MainWindow::showPage).
    if (isVisible())
        reload();
}

void CalendarPanel::rebuildGrid()
{
    const int weeks = m_span == Span::Month ? 6 : 1;
    if (m_days.size() == weeks * 7)
        return;
    qDeleteAll(m_days);
    qDeleteAll(m_dayLabels);
    m_days.clear();
    m_dayLabels.clear();
    for (int i = 0; i < weeks * 7; ++i) {
        auto label = new QLabel;
        auto list = new CalendarDayList;
        list->setObjectName(QStringLiteral("calendarDay%1").arg(i));
        ReadOnlyUi::marksAChange(list); // drag and drop reschedules
        if (ReadOnlyUi::isOff(this))
            ReadOnlyUi::turnOff(list);
        connect(list, &CalendarDayList::activityDropped, this, &CalendarPanel::moveActivity);
        connect(list, &CalendarDayList::activityOpened, this, &CalendarPanel::openActivity);
        m_grid->addWidget(label, (i / 7) * 2, i % 7);
        m_grid->addWidget(list, (i / 7) * 2 + 1, i % 7);
        m_grid->setRowStretch((i / 7) * 2 + 1, 1);
        m_dayLabels << label;
        m_days << list;
    }
}

CalendarDayList *CalendarPanel::dayList(const QDate &date) const
{
    const qint64 index = m_first.daysTo(date);
    return index >= 0 && index < m_days.size() ? m_days[index] : nullptr;
}

void CalendarPanel::reload()
{
    const QDate today = Clock::instance().today();
    for (int i = 0; i < m_days.size(); ++i) {
        const QDate day = m_first.addDays(i);
        m_days[i]->setDate(day);
        m_days[i]->setAccessibleName(QLocale().toString(day, QLocale::LongFormat)); // what a screen reader says
        m_days[i]->clear();
        QString text
            = QLocale().toString(day, m_span == Span::Month ? QStringLiteral("ddd d") : QStringLiteral("ddd d MMM"));
        QFont font = m_dayLabels[i]->font();
        font.setBold(day == today);
        m_dayLabels[i]->setFont(font);
        m_dayLabels[i]->setText(text);
        m_dayLabels[i]->setEnabled(m_span == Span::Week || day.month() == m_anchor.month());
    }
    const qint64 ownerId = m_owner->currentData().toLongLong();
    for (int i = 0; i < m_days.size(); ++i) {
        auto day = ActivityRepository(m_db).onDay(m_first.addDays(i), ownerId, kShownPerDay);
        if (!day)
            return;
        for (const Activity &a : day.value().items)
            addItem(m_days[i], a, today);
        const qint64 more = day.value().total - day.value().items.size();
        if (more > 0) {
            auto item = new QListWidgetItem(tr("+ %Ln more", nullptr, int(more)), m_days[i]);
            item->setFlags(Qt::ItemIsEnabled);
            item->setToolTip(tr(
                "%Ln more follow-up(s) on this day. Choose a sales rep to see fewer at a time.", nullptr, int(more)));
        }
        if (day.value().total > 0)
            m_dayLabels[i]->setText(
                tr("%1 · %Ln item(s)", nullptr, int(day.value().total)).arg(m_dayLabels[i]->text()));
    }
}

void CalendarPanel::addItem(CalendarDayList *list, const Activity &a, const QDate &today)
{
    const QString time = a.allDay ? QString() : a.dueAt.toLocalTime().toString(QStringLiteral("HH:mm "));
    auto item = new QListWidgetItem(QStringLiteral("%1%2").arg(time, a.subject), list);
    item->setData(Qt::UserRole, a.id);
    item->setToolTip(tr("%1: %2\n%3\n%4").arg(displayName(a.type), a.subject, a.customerName, a.ownerName));
    if (a.status == ActivityStatus::Done) {
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
    } else if (a.localDueDate() < today) {
        item->setForeground(Appearance::errorText());
    }
}

void CalendarPanel::setOwnerId(qint64 ownerId)
{
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(ownerId)));
    reload();
}

bool CalendarPanel::moveActivity(qint64 activityId, const QDate &day)
{
    auto activity = ActivityRepository(m_db).find(activityId);
    if (!activity)
        return false;
    if (activity.value().status != ActivityStatus::Planned) {
        MessageBox::information(this, tr("Reschedule"),
            tr("\"%1\" is %2 and stays on its day.")
                .arg(activity.value().subject, displayName(activity.value().status)));
        return false;
    }
    if (activity.value().localDueDate() == day)
        return true;
    if (Status status = FollowUpService(m_db).reschedule(activityId, day); !status) {
        MessageBox::warning(this, tr("Reschedule"), status.error().toString());
        return false;
    }
    reload();
    emit activitiesChanged();
    return true;
}

void CalendarPanel::openActivity(qint64 activityId)
{
    auto activity = ActivityRepository(m_db).find(activityId);
    if (!activity)
        return;
    ActivityDialog dialog(m_db, activity.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit activitiesChanged();
}
