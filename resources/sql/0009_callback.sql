-- Book format 9: a follow-up can belong to a complaint case (a callback or a visit about it); the case lists its
-- follow-ups. A case that is erased leaves its follow-ups with the customer, unlinked.
ALTER TABLE activities ADD COLUMN complaint_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL;

CREATE INDEX activities_by_complaint ON activities (complaint_id) WHERE complaint_id IS NOT NULL;
