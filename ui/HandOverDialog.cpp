#include "HandOverDialog.h"
#include "BackgroundJob.h"
#include "ErrorLabel.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

HandOverDialog::HandOverDialog(
    QSqlDatabase db, const SalesReps::Rep &from, const QList<SalesReps::Rep> &others, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_from(from)
{
    setObjectName(QStringLiteral("handOverDialog"));
    setWindowTitle(tr("Hand over %1's work").arg(from.name));
    m_to = new QComboBox;
    m_to->setObjectName(QStringLiteral("handOverToComboBox"));
    for (const SalesReps::Rep &rep : others)
        m_to->addItem(rep.name, rep.id);

    const auto work = SalesRepHandover(m_db).openWorkOf(from.id);
    auto what = new QLabel;
    what->setObjectName(QStringLiteral("handOverWorkLabel"));
    what->setWordWrap(true);
    if (!work)
        what->setText(work.error().message);
    else if (work.value().total() == 0)
        what->setText(tr("%1 has no customers and no open work to hand over.").arg(from.name));
    else
        what->setText(tr("What moves: %1.").arg(describe(work.value())));
    auto stays = new QLabel(tr("Done follow-ups, decided quotes, orders and resolved complaints stay with %1: they "
                               "are the history of what %1 did. Records in the trash move with the rest.")
                                .arg(from.name));
    stays->setWordWrap(true);

    m_error = makeErrorLabel();
    m_error->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("handOverProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_job = new BackgroundJob(this);
    connect(m_job, &BackgroundJob::progressed, m_progress, [this](double f) { m_progress->setValue(int(f * 1000)); });

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_handOver = buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_handOver->setEnabled(work && work.value().total() > 0 && m_to->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandOverDialog::reject);

    auto form = new QFormLayout;
    form->addRow(tr("Give it &to:"), m_to);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(stays);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);
}

QString HandOverDialog::receiverName() const
{
    return m_to->currentText();
}

QString HandOverDialog::describe(const SalesRepHandover::Work &work)
{
    QStringList parts;
    if (work.customers > 0)
        parts << tr("%Ln customer(s)", nullptr, int(work.customers));
    if (work.followUps > 0)
        parts << tr("%Ln planned follow-up(s)", nullptr, int(work.followUps));
    if (work.quotes > 0)
        parts << tr("%Ln open quote(s)", nullptr, int(work.quotes));
    if (work.contracts > 0)
        parts << tr("%Ln contract(s) not yet renewed", nullptr, int(work.contracts));
    if (work.complaints > 0)
        parts << tr("%Ln open complaint(s)", nullptr, int(work.complaints));
    return parts.join(tr(", ", "between the kinds of work to hand over"));
}

bool HandOverDialog::isRunning() const
{
    return m_job->isRunning();
}

void HandOverDialog::accept()
{
    if (m_job->isRunning())
        return;
    m_error->hide();
    m_handOver->setEnabled(false);
    m_to->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    auto result = std::make_shared<std::optional<Result<SalesRepHandover::Work>>>();
    const QString path = m_db.databaseName();
    const qint64 from = m_from.id, to = m_to->currentData().toLongLong();
    // The job's own connection to the book: the GUI's stays free for reading.
    disconnect(m_job, &BackgroundJob::finished, this, nullptr);
    connect(m_job, &BackgroundJob::finished, this,
        [this, result] { finished(result->value_or(Error(tr("The handover stopped unexpectedly.")))); });
    m_job->start([path, from, to, result](const auto &progress, const std::atomic_bool &cancel) {
        auto book = Database::open(path);
        if (!book) {
            result->emplace(book.error());
            return;
        }
        result->emplace(SalesRepHandover(book.value()->connection()).handOver(from, to, progress, &cancel));
    });
}

void HandOverDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // finished() says so and keeps the dialog open
        return;
    }
    QDialog::reject();
}

void HandOverDialog::finished(const Result<SalesRepHandover::Work> &result)
{
    m_progress->hide();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_handOver->setEnabled(true);
        m_to->setEnabled(true);
        return;
    }
    m_moved = result.value();
    QDialog::accept();
}
