#include "ImportWizard.h"
#include "ImportCheckPage.h"
#include "ImportDuplicatesPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "ImportSheetPage.h"

ImportWizard::ImportWizard(QString bookPath, QSqlDatabase db, QWidget *parent)
    : QWizard(parent), m_bookPath(std::move(bookPath)), m_db(std::move(db))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The import page has a Cancel of its own for the running import; once it is done, Finish alone closes.
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Our own words for the steps: Qt 6.4's Traditional Chinese says "下一個" ("the next one") and "＜返回".
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setPage(FilePageId, new ImportFilePage(this));
    setPage(SheetPageId, new ImportSheetPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(CheckPageId, new ImportCheckPage(this));
    setPage(DuplicatesPageId, new ImportDuplicatesPage(this));
    auto run = new ImportRunPage(this);
    setPage(RunPageId, run);
    connect(run, &ImportRunPage::imported, this, &ImportWizard::imported);
    resize(860, 600);
}
