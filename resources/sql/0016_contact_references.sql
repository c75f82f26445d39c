-- Book format 16: the rows that name a contact, by that contact.
-- Deleting a contact for good (purging a customer from the trash, erasing one for privacy) makes SQLite check
-- every table whose contact_id refers to contacts, and without an index that starts with contact_id it reads
-- each of them whole for every contact deleted: the 5.4 million follow-ups and 3.4 million phones and addresses
-- of the demo book of a million customers, seconds per contact. Partial indexes: most rows name no contact.
CREATE INDEX activities_by_contact ON activities (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX complaints_by_contact ON complaints (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX quotes_by_contact ON quotes (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX contact_points_by_contact ON contact_points (contact_id) WHERE contact_id IS NOT NULL;
