#pragma once

#include "domain/Customer.h"
#include "services/DuplicateFinder.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>

class QAbstractButton;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressDialog;
class QPushButton;
class QThread;
class QTreeWidget;

// "Find duplicates": looks for likely duplicate customers in the whole book (DuplicateFinder, on a thread of its
// own with its own connection, behind a progress dialog that can cancel), lists the groups with why they were
// grouped, and shows two customers of the chosen group side by side. For each field the user picks which value
// the kept customer ends up with (phones, emails, tags and notes: both by default); Merge asks for confirmation
// and merges the right-hand customer into the left-hand one (CustomerMerger). Restoring the merged customer
// from the trash undoes the merge.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // The values the kept (left) customer would have after merging with the choices on screen.
    Customer chosenValues() const;

public slots:
    // Runs the search again (it runs by itself the first time the dialog is shown).
    void findDuplicates();

signals:
    // After each merge: the book changed (lists showing customers need a reload).
    void customersMerged(qint64 survivorId, qint64 mergedId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the worker thread hands back: the groups and the list rows of their customers.
    struct Found
    {
        QList<DuplicateGroup> groups;
        QHash<qint64, CustomerRow> rows;
    };
    // One field of the side-by-side comparison.
    struct FieldRow
    {
        QString key;
        QAbstractButton *left = nullptr;
        QAbstractButton *right = nullptr;
    };

    void searchFinished(const Result<Found> &found);
    void fillGroups();
    void showGroup(int group);
    void showPair();
    void clearComparison();
    void addField(const QString &key, const QString &label, const QString &left, const QString &right, bool list);
    void swapSides();
    void mergePair();
    QString reasonText(const DuplicateGroup &group, const DuplicateGroup::Evidence &evidence) const;
    bool rightChosen(const QString &key) const;
    bool leftChosen(const QString &key) const;

    QSqlDatabase m_db;
    QList<DuplicateGroup> m_groups;
    QHash<qint64, CustomerRow> m_rows;
    int m_group = -1;
    Customer m_left;
    Customer m_right;
    QList<FieldRow> m_fields;
    bool m_searched = false;

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel { false };
    QProgressDialog *m_progress = nullptr;

    QLabel *m_summary = nullptr;
    QLabel *m_why = nullptr; // the group's evidence, in full above the comparison
    QTreeWidget *m_groupsTree = nullptr;
    QComboBox *m_leftCombo = nullptr;
    QComboBox *m_rightCombo = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_gridHost = nullptr;
    QPushButton *m_swap = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_findAgain = nullptr;
};
