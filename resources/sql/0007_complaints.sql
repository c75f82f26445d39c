-- Book format 7: complaints (cases) with their workflow history, service-level due times and the customer's
-- satisfaction afterwards. The categories, the service-level targets and the business hours are book settings.

INSERT INTO book_settings (key, value) VALUES ('complaint_categories', 'product_quality,delivery,service_attitude,billing,other');
INSERT INTO book_settings (key, value) VALUES ('complaint_sla', 'critical=120/1440;high=480/4320;medium=1440/7200;low=4320/14400');
INSERT INTO book_settings (key, value) VALUES ('complaint_business_hours', '');

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    -- C-2026-0001: the year received and a running number within that year.
    number TEXT NOT NULL UNIQUE,
    number_year INTEGER NOT NULL,
    number_seq INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    channel TEXT NOT NULL DEFAULT 'phone'
        CHECK (channel IN ('phone', 'email', 'visit', 'web', 'message', 'other')),
    category TEXT NOT NULL DEFAULT 'other',
    -- The product or order concerned: as the customer named it, and the catalogue product or order when known.
    product_ref TEXT NOT NULL DEFAULT '',
    product_id INTEGER REFERENCES products (id) ON DELETE SET NULL,
    order_ref TEXT NOT NULL DEFAULT '',
    order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    summary TEXT NOT NULL CHECK (summary <> ''),
    description TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    owner_id INTEGER REFERENCES owners (id),
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'acknowledged', 'in_progress', 'resolved', 'closed')),
    resolution TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    response_due_at TEXT NOT NULL,
    resolution_due_at TEXT NOT NULL,
    responded_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    -- Set when a due time was missed; the history says which.
    escalated_at TEXT,
    escalation_level INTEGER NOT NULL DEFAULT 0,
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX complaints_by_received ON complaints (received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX complaints_by_status ON complaints (status, resolution_due_at) WHERE deleted_at IS NULL;
CREATE INDEX complaints_by_customer ON complaints (customer_id, received_at);
CREATE INDEX complaints_by_owner ON complaints (owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX complaints_by_number ON complaints (number_year, number_seq);

CREATE TABLE complaint_history (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    -- NULL when the case was logged; equal to to_status for changes that are not transitions (escalation, edits).
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX complaint_history_by_complaint ON complaint_history (complaint_id, happened_at, id);
