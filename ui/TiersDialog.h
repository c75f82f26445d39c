#pragma once

#include "TableEditDialog.h"

#include <QHash>
#include <QSqlDatabase>

// Edits the book's customer tiers (Edit ▸ Customer tiers…): add, rename (in place), remove an unused one, and
// order them as the lists show them. Renaming a tier moves its customers with it (CustomerTiers).
class TiersDialog : public TableEditDialog
{
    Q_OBJECT

public:
    explicit TiersDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

private:
    void addRow(const QString &name, const QString &original);
    void removeTier();
    void moveTier(int step);

    QSqlDatabase m_db;
    QHash<QString, qint64> m_usage;
};
