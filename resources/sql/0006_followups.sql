-- Book format 6: follow-up activities (calls, visits, tasks ...) with reminders, and contracts with their
-- renewal chain.

-- Default follow-up interval in days per customer tier ("A=7,B=30,C=90"), and the days before a contract's end
-- at which a renewal follow-up is created.
INSERT INTO book_settings (key, value) VALUES ('followup_intervals', 'A=7,B=30,C=90');
INSERT INTO book_settings (key, value) VALUES ('renewal_reminder_days', '60,30,7');

-- A timed activity has due_at (UTC, ISO-8601 with Z) and no due_date; an all-day one has due_date (YYYY-MM-DD,
-- a calendar date that means the same day in every time zone) and no due_at. Recurrence is an RFC 5545 RRULE
-- subset (FREQ=DAILY|WEEKLY|MONTHLY;INTERVAL=n); series_start keeps the first date of the series, so a monthly
-- follow-up from Jan 31 comes back on the 31st wherever a month has one.
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES owners (id),
    type TEXT NOT NULL CHECK (type IN ('call', 'visit', 'meeting', 'email', 'message', 'task')),
    subject TEXT NOT NULL CHECK (subject <> ''),
    notes TEXT NOT NULL DEFAULT '',
    due_at TEXT,
    due_date TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    outcome TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL DEFAULT '',
    series_start TEXT,
    completed_at TEXT,
    -- Reminders: dismissed once seen; snoozed until a later moment. One not yet dismissed shows at the next start.
    reminded_at TEXT,
    snoozed_until TEXT,
    -- The contract and days-before-end threshold of a renewal follow-up; at most one per contract and threshold.
    contract_id INTEGER,
    renewal_threshold INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK ((due_at IS NULL) <> (due_date IS NULL))
);

-- The agenda reads planned live items by date, for one owner or the team: small partial indexes.
CREATE INDEX activities_agenda_timed ON activities (due_at) WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_day ON activities (due_date) WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_owner_timed ON activities (owner_id, due_at)
    WHERE status = 'planned' AND deleted_at IS NULL;
CREATE INDEX activities_agenda_owner_day ON activities (owner_id, due_date)
    WHERE status = 'planned' AND deleted_at IS NULL;
-- A customer's activities (timeline, last contact for neglected customers).
CREATE INDEX activities_by_customer ON activities (customer_id, status, completed_at);
CREATE INDEX activities_snoozed ON activities (snoozed_until) WHERE snoozed_until IS NOT NULL;
CREATE UNIQUE INDEX activities_by_renewal ON activities (contract_id, renewal_threshold);

-- quote_id: the accepted quote the contract came from, when there is one.
CREATE TABLE contracts (
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
    billing_cycle TEXT NOT NULL DEFAULT 'yearly' CHECK (billing_cycle IN ('once', 'monthly', 'quarterly', 'yearly')),
    auto_renew INTEGER NOT NULL DEFAULT 0,
    notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days >= 0),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('draft', 'active', 'expiring', 'expired', 'renewed', 'terminated')),
    notes TEXT NOT NULL DEFAULT '',
    quote_id INTEGER REFERENCES quotes (id) ON DELETE SET NULL,
    previous_contract_id INTEGER REFERENCES contracts (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (end_date >= start_date)
);

CREATE UNIQUE INDEX contracts_by_number ON contracts (number);
CREATE INDEX contracts_by_end ON contracts (end_date) WHERE deleted_at IS NULL;
CREATE INDEX contracts_by_customer ON contracts (customer_id, end_date);
CREATE INDEX contracts_by_previous ON contracts (previous_contract_id);
