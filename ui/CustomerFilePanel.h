#pragma once

#include <QSqlDatabase>
#include <QUrl>
#include <QWidget>

struct Contact;
class CustomerContractsTab;
class CustomerComplaintsWidget;
class QAction;
class QLabel;
class QFormLayout;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The customer file: who they are, the people to talk to there, and a timeline of everything that happened.
class CustomerFilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFilePanel(QSqlDatabase db, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    void showCustomer(qint64 id);
    // The printed customer report of the customer shown: print preview (and printing), or a PDF written to
    // fileName or to a file the user picks.
    void printReport();
    bool saveReportAsPdf(const QString &fileName = {});

signals:
    void editRequested(qint64 customerId);
    // Contacts or notes changed what the list shows (e.g. the search text).
    void customerChanged(qint64 customerId);
    // An activity was planned from the customer file.
    void activitiesChanged();
    // A complaint was logged or changed from the customer file.
    void complaintsChanged(qint64 customerId);

private:
    void buildDetails();
    void buildContactMenu();
    QUrl selectedContactEmail() const;
    void loadDetails();
    QLabel *detailLabel(int row) const;
    void loadContacts();
    // "Agreed on 5/1/26 (web form)", for the contacts list.
    static QString consentText(const Contact &contact);
    void loadTimeline();
    void addContact();
    void editContact();
    void removeContact();
    void addNote();
    void planActivity();
    void openTimelineItem(QTreeWidgetItem *item);
    qint64 selectedContactId() const;

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_details = nullptr;
    QTableWidget *m_contacts = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_edit = nullptr;
    QToolButton *m_report = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_removeContact = nullptr;
    QAction *m_writeEmail = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_planActivity = nullptr;
    CustomerContractsTab *m_contractsTab = nullptr;
    CustomerComplaintsWidget *m_complaints = nullptr;
};
