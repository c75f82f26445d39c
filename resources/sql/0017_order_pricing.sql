-- Book format 17: an order keeps the rates its discount and charges were worked out with, not only the amounts.
-- An order made from a quote with a discount of the whole quote, or shipping at a tax rate, was exported as its
-- lines only and came back from an import without them (a different total). The rates come from the order's quote
-- where it has one; other orders had neither.
ALTER TABLE orders ADD COLUMN discount_rate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN charges_tax_rate INTEGER NOT NULL DEFAULT 0;
UPDATE orders
SET discount_rate = coalesce((SELECT q.discount_rate FROM quotes q WHERE q.id = orders.quote_id), 0),
    charges_tax_rate = coalesce((SELECT q.charges_tax_rate FROM quotes q WHERE q.id = orders.quote_id), 0)
WHERE quote_id IS NOT NULL;
