-- Book format 14: the follow-up call that chases a sent quote knows its quote, so that accepting or rejecting
-- the quote can cancel the call (a rep was told to chase a quote the customer had already signed; found by a
-- review). Calls planned before this format are linked by their subject, which ends with the quote number in
-- each of the app's languages.
ALTER TABLE activities ADD COLUMN quote_id INTEGER REFERENCES quotes (id) ON DELETE SET NULL;
UPDATE activities SET quote_id = (
    SELECT max(q.id) FROM quotes q
    WHERE q.customer_id = activities.customer_id
      AND activities.subject IN ('Chase quote ' || q.number, '跟进报价单 ' || q.number, '追蹤報價單 ' || q.number))
WHERE status = 'planned' AND type = 'call' AND deleted_at IS NULL
  AND (subject LIKE 'Chase quote %' OR subject LIKE '跟进报价单 %' OR subject LIKE '追蹤報價單 %');
CREATE INDEX activities_by_quote ON activities (quote_id) WHERE quote_id IS NOT NULL;
