-- Clientele book format 1: customers, contacts, owners, tags, search text, book settings.
-- Standard SQL only (team mode will run the same tables on PostgreSQL); what only SQLite has lives in code
-- behind its own interface (core/search/SqliteSearchIndex). Statements end with ';' at the end of a line.

CREATE TABLE book_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO book_settings (key, value) VALUES ('tiers', 'A,B,C');

CREATE TABLE owners (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE UNIQUE INDEX owners_by_name ON owners (name);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'individual')),
    name TEXT NOT NULL CHECK (name <> ''),
    industry TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES owners (id),
    tier TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'lead',
    notes TEXT NOT NULL DEFAULT '',
    -- What search looks in (name, contact names, phones, emails), folded to lower case; derived data.
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

-- One index per sortable column, (column, id) for keyset paging, over the live rows only.
-- The default order also carries the search text, so a search that matches much of the book is answered by
-- walking this one index in order, without a lookup per row.
CREATE INDEX customers_by_name ON customers (name, id, search_text) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_kind ON customers (kind, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_industry ON customers (industry, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_province ON customers (province, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city ON customers (city, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_owner ON customers (owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_tier ON customers (tier, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_stage ON customers (stage, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_source ON customers (source, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_created ON customers (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_updated ON customers (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_in_trash ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    title TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    notes TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX contacts_by_customer ON contacts (customer_id);

-- Phones and emails of a customer (contact_id NULL) or of one of its contacts. Value rows owned by their
-- customer or contact and rewritten with it, so they carry no uuid or timestamps of their own.
CREATE TABLE contact_points (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    value TEXT NOT NULL,
    normalized TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contact_points_by_owner ON contact_points (customer_id, contact_id, kind, position);
CREATE INDEX contact_points_by_value ON contact_points (kind, normalized);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
);

CREATE INDEX customer_tags_by_tag ON customer_tags (tag_id, customer_id);
