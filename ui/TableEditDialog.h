#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

// A dialog that edits one of the book's short lists in a table (customer tiers, sales reps): a line that says what
// the list is, the table with its buttons beside it, an error line, and Save and Cancel. Names are edited in place
// (double-click or F2); subclasses fill the table and save the list in accept().
class TableEditDialog : public QDialog
{
    Q_OBJECT

public:
    QTableWidget *table() const { return m_table; }

protected:
    TableEditDialog(const QString &intro, const QStringList &headers, QWidget *parent);

    // The buttons beside the table, top to bottom.
    void setSideButtons(const QList<QPushButton *> &buttons);
    void showError(const QString &message);
    // A message in the same place that is not an error (e.g. what a step already saved did).
    void showNote(const QString &message);
    void hideError();
    // A count of records for the table's last column: read-only, aligned right.
    static QTableWidgetItem *countItem(qint64 count);
    // Opens the name (first column) of the last row for typing, as a double-click would.
    void editLastRow();

    QTableWidget *m_table = nullptr;

private:
    QVBoxLayout *m_side = nullptr;
    QLabel *m_error = nullptr;
};
