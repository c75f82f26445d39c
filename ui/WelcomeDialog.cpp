#include "WelcomeDialog.h"
#include "BookOpener.h"
#include "FileDialog.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Clientele"));
    auto title = new QLabel(tr("<h2>Welcome to Clientele</h2><p>Your customers, their people and everything that "
                               "happened with them, in one book on this computer.</p>"));
    title->setWordWrap(true);
    auto demo = new QCommandLinkButton(tr("Open demo book"),
                                       tr("Explore Clientele with %L1 sample customers in English and Chinese.").arg(2000));
    demo->setObjectName(QStringLiteral("openDemoButton"));
    auto create = new QCommandLinkButton(tr("Create new book"), tr("Start an empty book for your company."));
    create->setObjectName(QStringLiteral("createBookButton"));
    auto open = new QCommandLinkButton(tr("Open existing book…"), tr("Open a book file from disk."));
    open->setObjectName(QStringLiteral("openBookButton"));
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::Create); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::Open); });
    auto layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(demo);
    layout->addWidget(create);
    layout->addWidget(open);
    setMinimumWidth(460);
}

void WelcomeDialog::choose(Choice choice)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (choice == Choice::Create) {
        m_path = FileDialog::getSaveFileName(this, tr("New book"), BookOpener::defaultNewBookPath(),
                                             tr("Clientele books (*.clientele)"));
        if (m_path.isEmpty())
            return;
        if (QFileInfo(m_path).suffix().isEmpty())
            m_path += QStringLiteral(".clientele");
    } else if (choice == Choice::Open) {
        m_path = FileDialog::getOpenFileName(this, tr("Open book"), folder,
                                             tr("Clientele books (*.clientele *.db *.sqlite);;All files (*)"));
        if (m_path.isEmpty())
            return;
    }
    m_choice = choice;
    accept();
}
