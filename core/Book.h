#pragma once

#include "db/Database.h"

// Opens a company book ready for use: schema migrated and the search index in place.
Result<std::unique_ptr<Database>> openBook(const QString &path, const Database::Options &options = {});
