#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class Database;
class QWidget;

// Opening books from the GUI: the demo book (created on first use, with a progress bar) and any other file.
namespace BookOpener {

QString demoBookPath();
QString defaultNewBookPath();
// Opens the demo book, first filling it with `customers` demo customers if it does not exist yet.
Result<std::unique_ptr<Database>> openDemoBook(QWidget *parent, int customers = 2000);
Result<std::unique_ptr<Database>> open(const QString &path);

} // namespace BookOpener
