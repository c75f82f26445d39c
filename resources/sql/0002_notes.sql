-- Book format 2: dated notes on a customer's timeline (calls logged, meetings, remarks).

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    body TEXT NOT NULL CHECK (body <> ''),
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX notes_by_customer ON notes (customer_id, happened_at);
