#include "Book.h"
#include "repo/StoredPhones.h"
#include "search/NameOrder.h"
#include "search/SearchIndex.h"

Result<std::unique_ptr<Database>> openBook(const QString &path, const Database::Options &options)
{
    auto database = Database::open(path, options);
    if (!database || database.value()->isReadOnly())
        return database;
    if (Status status = SearchIndex::create(database.value()->connection())->ensureReady(); !status)
        return status.error();
    if (Status status = NameOrder::ensureKeys(database.value()->connection()); !status)
        return status.error();
    if (Status status = StoredPhones::ensureKeys(database.value()->connection()); !status)
        return status.error();
    return database;
}
