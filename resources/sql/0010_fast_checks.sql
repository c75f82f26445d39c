-- Book format 10: activities and contracts rebuilt with the same columns, rows, ids and indexes; only their CHECK
-- constraints on fixed lists are written as comparisons joined by OR instead of IN (...). SQLite checks an IN list
-- of three or more constants by building a temporary table for every row written, which made writing an activity
-- about five times slower than it needs to be; activities are the largest table of a book. The migration runs with
-- foreign key enforcement off and is checked with PRAGMA foreign_key_check before it commits (Database::migrate).

CREATE TABLE activities_v10 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES owners (id),
    type TEXT NOT NULL CHECK (type = 'call' OR type = 'visit' OR type = 'meeting' OR type = 'email'
        OR type = 'message' OR type = 'task'),
    subject TEXT NOT NULL CHECK (subject <> ''),
    notes TEXT NOT NULL DEFAULT '',
    due_at TEXT,
    due_date TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority = 'low' OR priority = 'normal' OR priority = 'high'),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'done' OR status = 'cancelled'),
    outcome TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL DEFAULT '',
    series_start TEXT,
    completed_at TEXT,
    reminded_at TEXT,
    snoozed_until TEXT,
    contract_id INTEGER,
    renewal_threshold INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    complaint_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL,
    CHECK ((due_at IS NULL) <> (due_date IS NULL))
);

INSERT INTO activities_v10 (id, uuid, customer_id, contact_id, owner_id, type, subject, notes, due_at, due_date,
    duration_minutes, priority, status, outcome, recurrence, series_start, completed_at, reminded_at, snoozed_until,
    contract_id, renewal_threshold, created_at, updated_at, deleted_at, complaint_id)
    SELECT id, uuid, customer_id, contact_id, owner_id, type, subject, notes, due_at, due_date, duration_minutes,
    priority, status, outcome, recurrence, series_start, completed_at, reminded_at, snoozed_until, contract_id,
    renewal_threshold, created_at, updated_at, deleted_at, complaint_id
    FROM activities;
DROP TABLE activities;
ALTER TABLE activities_v10 RENAME TO activities;

CREATE INDEX activities_agenda_timed ON activities (due_at) WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_day ON activities (due_date) WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_owner_timed ON activities (owner_id, due_at)
    WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_owner_day ON activities (owner_id, due_date)
    WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_by_customer ON activities (customer_id, status, completed_at);
CREATE INDEX activities_snoozed ON activities (snoozed_until) WHERE snoozed_until IS NOT NULL;
CREATE UNIQUE INDEX activities_by_renewal ON activities (contract_id, renewal_threshold);
CREATE INDEX activities_by_complaint ON activities (complaint_id) WHERE complaint_id IS NOT NULL;

CREATE TABLE contracts_v10 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    owner_id INTEGER REFERENCES owners (id),
    number TEXT NOT NULL CHECK (number <> ''),
    title TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    value_minor INTEGER NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'CNY',
    billing_cycle TEXT NOT NULL DEFAULT 'yearly'
        CHECK (billing_cycle = 'once' OR billing_cycle = 'monthly' OR billing_cycle = 'quarterly'
            OR billing_cycle = 'yearly'),
    auto_renew INTEGER NOT NULL DEFAULT 0,
    notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status = 'draft' OR status = 'active' OR status = 'expiring' OR status = 'expired'
            OR status = 'renewed' OR status = 'terminated'),
    notes TEXT NOT NULL DEFAULT '',
    quote_id INTEGER REFERENCES quotes (id) ON DELETE SET NULL,
    previous_contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (end_date >= start_date)
);

INSERT INTO contracts_v10 (id, uuid, customer_id, owner_id, number, title, start_date, end_date, value_minor,
    currency, billing_cycle, auto_renew, notice_days, status, notes, quote_id, previous_contract_id, created_at,
    updated_at, deleted_at)
    SELECT id, uuid, customer_id, owner_id, number, title, start_date, end_date, value_minor, currency, billing_cycle,
    auto_renew, notice_days, status, notes, quote_id, previous_contract_id, created_at, updated_at, deleted_at
    FROM contracts;
DROP TABLE contracts;
ALTER TABLE contracts_v10 RENAME TO contracts;

CREATE UNIQUE INDEX contracts_by_number ON contracts (number);
CREATE INDEX contracts_by_end ON contracts (end_date) WHERE deleted_at IS NULL;
CREATE INDEX contracts_by_customer ON contracts (customer_id, end_date);
CREATE INDEX contracts_by_previous ON contracts (previous_contract_id);
