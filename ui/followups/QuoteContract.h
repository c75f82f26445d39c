#pragma once

#include <QSqlDatabase>

class QWidget;

// "Accepted quote → contract": opens the contract dialog filled from the quote (customer, owner, value,
// currency, a year from today, linked to the quote). Returns the saved contract's id, or 0 when cancelled.
qint64 recordContractForQuote(QSqlDatabase db, qint64 quoteId, QWidget *parent);
