-- Book format 4: customers merged as duplicates ("data cleaning"), with what is needed to undo a merge when the
-- merged customer is restored from the trash. Purging either customer deletes the record (ON DELETE CASCADE):
-- once the merged one is gone for good its rows simply belong to the survivor.

CREATE TABLE customer_merges (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    survivor_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    merged_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    -- The survivor's field values (name ... tags) as JSON, before the merge and as the merge left them: a field
    -- still equal to its "after" value when the merge is undone goes back to its "before" value.
    survivor_before TEXT NOT NULL,
    survivor_after TEXT NOT NULL,
    -- The ids of the rows moved to the survivor, per table, as JSON: {"contacts": [..], "notes": [..]}.
    moved_rows TEXT NOT NULL,
    -- The "Merged with ..." note the merge put on the survivor's timeline.
    note_id INTEGER REFERENCES notes (id) ON DELETE SET NULL,
    undone_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX customer_merges_by_merged ON customer_merges (merged_id);
CREATE INDEX customer_merges_by_survivor ON customer_merges (survivor_id);

-- The search for duplicates (DuplicateFinder) groups phones and emails by value and needs each value's customers
-- and contacts: with them in the index it reads no table rows. Contacts in the trash are few and looked up apart.
DROP INDEX contact_points_by_value;
CREATE INDEX contact_points_by_value ON contact_points (kind, normalized, customer_id, contact_id);
CREATE INDEX contacts_in_trash ON contacts (id) WHERE deleted_at IS NOT NULL;
