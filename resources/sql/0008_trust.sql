-- Book format 8: the audit trail and marketing consent.
--
-- audit_entries is append-only: the app has no way to change or delete an entry. An erasure (privacy) blanks the
-- summary and the changes of the erased customer's entries, keeping only that something happened and when.
-- Bulk operations (imports, trash of many customers) write one entry with a batch id, not one per row.

CREATE TABLE audit_entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge', 'merge', 'import',
                                           'export', 'erase', 'backup_restore')),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    -- The customer the entry belongs to (its own id, or the customer of a contact or note), for the timeline.
    customer_id INTEGER,
    batch_id TEXT,
    summary TEXT NOT NULL DEFAULT '',
    -- For updates {"field": {"old": .., "new": ..}}; for other actions what the action touched.
    changes TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_entries_by_time ON audit_entries (at, id);
CREATE INDEX audit_entries_by_customer ON audit_entries (customer_id, at);
CREATE INDEX audit_entries_by_entity ON audit_entries (entity, entity_id, at);

ALTER TABLE contacts ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN consent_at TEXT;
ALTER TABLE contacts ADD COLUMN consent_source TEXT NOT NULL DEFAULT '';
