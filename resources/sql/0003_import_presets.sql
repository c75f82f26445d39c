-- Book format 3: saved column mappings for imports ("our Excel sheet from the trade fair"), kept in the book so
-- everyone who opens it can reuse them.

CREATE TABLE import_presets (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (name <> ''),
    target TEXT NOT NULL,
    mapping TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE UNIQUE INDEX import_presets_by_name ON import_presets (target, name);
