#pragma once

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

// Edits the book's customer tiers (Edit ▸ Customer tiers…): add, rename (in place), remove an unused one, and
// order them as the lists show them. Renaming a tier moves its customers with it (CustomerTiers).
class TiersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TiersDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &name, const QString &original);
    void addTier();
    void removeTier();
    void moveTier(int step);
    void showError(const QString &message);

    QSqlDatabase m_db;
    QHash<QString, qint64> m_usage;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};
