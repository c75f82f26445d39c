#include "ImportCommand.h"
#include "BusinessRecordsText.h"
#include "MessageBox.h"
#include "repo/CustomerRepository.h"

#include <QJsonObject>

ImportCommand::ImportCommand(QWidget *parent, QSqlDatabase db, QList<qint64> created, const QString &file,
    const QString &text, std::function<void(const QString &error)> done)
    : QUndoCommand(text)
    , m_parent(parent)
    , m_db(std::move(db))
    , m_created(std::move(created))
    , m_file(file)
    , m_done(std::move(done))
{
}

void ImportCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_declined = false;
    if (m_moved.isEmpty())
        return;
    const Status status = CustomerRepository(m_db).restore(m_moved);
    m_error = status ? QString() : status.error().toString();
    m_moved.clear();
    if (m_done)
        m_done(m_error);
}

void ImportCommand::undo()
{
    m_declined = false;
    m_moved.clear();
    CustomerRepository customers(m_db);
    auto live = customers.inList(m_created);
    if (!live) {
        m_error = live.error().toString();
        if (m_done)
            m_done(m_error);
        return;
    }
    if (!confirm(live.value())) {
        m_declined = true;
        return;
    }
    const Status status
        = customers.moveToTrash(live.value(), QJsonObject { { QStringLiteral("undoes_import"), m_file } });
    m_error = status ? QString() : status.error().toString();
    if (status)
        m_moved = live.value();
    if (m_done)
        m_done(m_error);
}

bool ImportCommand::confirm(const QList<qint64> &live)
{
    auto records = CustomerRepository(m_db).businessRecords(live);
    if (!records || records.value().isEmpty())
        return true;
    const QString text
        = tr("Since the import, its customers have %1. Move the %Ln customer(s) it created to the trash all the same?",
            nullptr, int(live.size()))
              .arg(BusinessRecordsText::parts(records.value()).join(QStringLiteral(", ")));
    return MessageBox::question(m_parent, tr("Undo import"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}
