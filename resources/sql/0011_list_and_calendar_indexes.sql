-- Book format 11: indexes for reading many rows.
-- The index of contact points by owner also holds the value, so the first phone and e-mail of a customer are read
-- from the index alone. An export or list of a million customers reads two per row; without the value in the index
-- each of them was a second lookup in the contact_points table (about a third of an export's reading time).

DROP INDEX contact_points_by_owner;
CREATE INDEX contact_points_by_owner ON contact_points (customer_id, contact_id, kind, position, value);

-- The calendar reads one local day at a time, planned and done follow-ups alike; the agenda's indexes hold only
-- planned ones, so without these a month of the calendar read every follow-up of the book (5.4 million in the
-- demo book of a million customers). Written as ActivityRepository's kOnCalendar is; a range on due_at (due_date)
-- implies it is not null, so each index holds only the follow-ups of its kind.
CREATE INDEX activities_calendar_timed ON activities (due_at)
    WHERE deleted_at IS NULL AND status <> 'cancelled' AND due_at IS NOT NULL;
CREATE INDEX activities_calendar_day ON activities (due_date)
    WHERE deleted_at IS NULL AND status <> 'cancelled' AND due_date IS NOT NULL;
