-- Book format 5: the product catalogue, quotations with their lines and revisions, and orders (the sales history).
-- Money columns are integer minor units of the row's currency; quantities are thousandths of a unit; discount
-- and tax rates are basis points (13% = 1300).

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'CNY',
    unit_price INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    cost_price INTEGER NOT NULL DEFAULT 0 CHECK (cost_price >= 0),
    tax_rate INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate <= 10000),
    category TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE UNIQUE INDEX products_by_code ON products (code) WHERE code <> '' AND deleted_at IS NULL;
CREATE INDEX products_by_name ON products (name, id) WHERE deleted_at IS NULL;

-- The last number handed out per document kind and period ("quote", "Q-2026-"): numbers are never reused,
-- also when a quote is deleted, because the counter only grows and is updated in the creating transaction.
CREATE TABLE document_counters (
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (kind, period)
);

-- One row per revision: revision 1, 2, 3 of a quote share its number; only the newest is not superseded.
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    superseded INTEGER NOT NULL DEFAULT 0,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES owners (id),
    quote_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sent', 'accepted', 'rejected', 'expired')),
    discount_rate INTEGER NOT NULL DEFAULT 0 CHECK (discount_rate >= 0 AND discount_rate <= 10000),
    charges INTEGER NOT NULL DEFAULT 0 CHECK (charges >= 0),
    charges_tax_rate INTEGER NOT NULL DEFAULT 0,
    terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    subtotal INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    tax INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (number, revision)
);

CREATE INDEX quotes_by_date ON quotes (quote_date, id) WHERE deleted_at IS NULL;
CREATE INDEX quotes_by_customer ON quotes (customer_id, quote_date);
CREATE INDEX quotes_by_status ON quotes (status, valid_until);

CREATE TABLE quote_lines (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id INTEGER REFERENCES products (id) ON DELETE SET NULL,
    code TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    discount_rate INTEGER NOT NULL DEFAULT 0,
    tax_rate INTEGER NOT NULL DEFAULT 0,
    unit_cost INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL
);

CREATE INDEX quote_lines_by_quote ON quote_lines (quote_id, position);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    quote_id INTEGER REFERENCES quotes (id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES owners (id),
    order_date TEXT NOT NULL,
    currency TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'direct',
    subtotal INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    charges INTEGER NOT NULL DEFAULT 0,
    tax INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX orders_by_customer ON orders (customer_id, order_date);
CREATE INDEX orders_by_date ON orders (order_date, id);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id INTEGER REFERENCES products (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount_rate INTEGER NOT NULL DEFAULT 0,
    tax_rate INTEGER NOT NULL DEFAULT 0,
    unit_cost INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL,
    cost INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX order_lines_by_order ON order_lines (order_id, position);
CREATE INDEX order_lines_by_product ON order_lines (product_id);

INSERT INTO book_settings (key, value) VALUES ('quote_number_pattern', 'Q-{YYYY}-{####}');
INSERT INTO book_settings (key, value) VALUES ('order_number_pattern', 'SO-{YYYY}-{####}');
INSERT INTO book_settings (key, value) VALUES ('quote_validity_days', '30');
INSERT INTO book_settings (key, value) VALUES ('quote_currency', 'CNY');
