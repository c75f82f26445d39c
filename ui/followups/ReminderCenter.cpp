#include "ReminderCenter.h"
#include "Clock.h"
#include "FollowUpFormatting.h"
#include "repo/ActivityRepository.h"
#include "services/RenewalService.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Reminders older than this are not shown again at a start: the agenda lists them as overdue.
constexpr int kMissedDays = 7;
} // namespace

ReminderCenter::ReminderCenter(QSqlDatabase db, const QString &bookPath, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    // The last check is remembered per book.
    m_settingsKey = QStringLiteral("reminders/lastCheck/%1")
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(bookPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16)));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ReminderCenter::check);

    m_popup = new QDialog(window, Qt::Tool | Qt::WindowStaysOnTopHint);
    m_popup->setObjectName(QStringLiteral("reminderDialog"));
    m_popup->setWindowTitle(tr("Reminders"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("reminderListWidget"));
    m_list->setAccessibleName(tr("Follow-ups due"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto buttons = new QDialogButtonBox;
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("reminderOpenButton"));
    QPushButton *snooze = buttons->addButton(tr("&Snooze 10 minutes"), QDialogButtonBox::ActionRole);
    snooze->setObjectName(QStringLiteral("reminderSnoozeButton"));
    // Which ones a button acts on is in its name: "Dismiss" alone read as "close the window" (a review).
    QPushButton *dismiss = buttons->addButton(tr("&Dismiss selected"), QDialogButtonBox::ActionRole);
    dismiss->setObjectName(QStringLiteral("reminderDismissButton"));
    QPushButton *dismissAll = buttons->addButton(tr("Dismiss &all"), QDialogButtonBox::RejectRole);
    dismissAll->setObjectName(QStringLiteral("reminderDismissAllButton"));
    connect(dismissAll, &QPushButton::clicked, this, &ReminderCenter::dismissAll);
    connect(open, &QPushButton::clicked, this, &ReminderCenter::openSelected);
    connect(snooze, &QPushButton::clicked, this, [this] { snoozeSelected(10); });
    connect(dismiss, &QPushButton::clicked, this, &ReminderCenter::dismissSelected);
    auto layout = new QVBoxLayout(m_popup);
    layout->addWidget(new QLabel(tr("These follow-ups are due:")));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_popup->resize(460, 260);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Clientele reminders"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_popup, [this] {
            m_popup->show();
            m_popup->raise();
        });
    }
}

ReminderCenter::~ReminderCenter() = default;

void ReminderCenter::start(int intervalMs)
{
    check();
    m_timer->start(intervalMs);
}

void ReminderCenter::check()
{
    const QDateTime now = Clock::instance().nowUtc();
    const QDate today = Clock::instance().today();
    bool changed = false;
    if (m_renewalsCheckedOn != today) {
        m_renewalsCheckedOn = today;
        changed = RenewalService(m_db).runReminders(today).value_or(0) > 0;
    }
    QSettings settings;
    QDateTime since = settings.value(m_settingsKey).toDateTime();
    if (!since.isValid() || since < now.addDays(-kMissedDays))
        since = now.addDays(-kMissedDays);
    auto due = ActivityRepository(m_db).dueForReminder(since, now);
    settings.setValue(m_settingsKey, now);
    if (due && !due.value().isEmpty())
        show(due.value());
    if (changed)
        emit activitiesChanged();
}

void ReminderCenter::show(const QList<Activity> &due)
{
    QList<qint64> shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown << m_list->item(i)->data(Qt::UserRole).toLongLong();
    int added = 0;
    for (const Activity &a : due) {
        if (shown.contains(a.id))
            continue;
        auto item = new QListWidgetItem(
            tr("%1 — %2: %3 (%4)").arg(FollowUpFormatting::due(a), displayName(a.type), a.subject, a.customerName));
        item->setData(Qt::UserRole, a.id);
        m_list->addItem(item);
        ++added;
    }
    if (added == 0)
        return;
    m_list->setCurrentRow(0);
    m_popup->show();
    m_popup->raise();
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("Follow-ups due"),
            m_list->count() == 1 ? m_list->item(0)->text() : tr("%Ln follow-up(s) are due.", nullptr, m_list->count()),
            QSystemTrayIcon::Information, 10000);
    }
}

QList<qint64> ReminderCenter::selectedIds() const
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty() && m_list->currentItem())
        ids << m_list->currentItem()->data(Qt::UserRole).toLongLong();
    return ids;
}

void ReminderCenter::removeIds(const QList<qint64> &ids)
{
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (ids.contains(m_list->item(i)->data(Qt::UserRole).toLongLong()))
            delete m_list->takeItem(i);
    }
    if (m_list->count() == 0)
        m_popup->hide();
    else if (m_list->selectedItems().isEmpty())
        m_list->setCurrentRow(0); // the next one is ready for the next Dismiss or Open
}

void ReminderCenter::snoozeSelected(int minutes)
{
    const QList<qint64> ids = selectedIds();
    ActivityRepository activities(m_db);
    const QDateTime until = Clock::instance().nowUtc().addSecs(qint64(minutes) * 60);
    for (qint64 id : ids)
        (void)activities.snoozeReminder(id, until);
    removeIds(ids);
}

void ReminderCenter::dismissSelected()
{
    const QList<qint64> ids = selectedIds();
    ActivityRepository activities(m_db);
    for (qint64 id : ids)
        (void)activities.dismissReminder(id, Clock::instance().nowUtc());
    removeIds(ids);
}

void ReminderCenter::dismissAll()
{
    m_list->selectAll();
    dismissSelected();
}

void ReminderCenter::openSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    dismissSelected();
    emit openActivityRequested(ids.first());
}
