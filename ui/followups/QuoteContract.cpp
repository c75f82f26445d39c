#include "QuoteContract.h"
#include "Clock.h"
#include "ContractDialog.h"
#include "repo/QuoteRepository.h"

qint64 recordContractForQuote(QSqlDatabase db, qint64 quoteId, QWidget *parent)
{
    auto quote = QuoteRepository(db).get(quoteId);
    if (!quote)
        return 0;
    Contract contract;
    contract.customerId = quote.value().customerId;
    contract.ownerId = quote.value().ownerId;
    contract.title = QCoreApplication::translate("QuoteContract", "Quote %1").arg(quote.value().number);
    contract.startDate = Clock::instance().today();
    contract.endDate = contract.startDate.addYears(1).addDays(-1);
    contract.value = Amount { quote.value().total, quote.value().currency };
    contract.quoteId = quoteId;
    ContractDialog dialog(db, contract, ContractDialog::Mode::New, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}
