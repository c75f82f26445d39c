-- Book format 12: a contract's value_minor counts the minor units of its currency, as a quote's total and every
-- Money amount do: fen and cents, but whole New Taiwan dollars, yen and won (TWD, JPY and KRW have no decimals).
-- Until now the contract dialog (and the renewals it proposed) read and showed value_minor as hundredths whatever
-- the currency, while the printed customer report, the table exports and "accepted quote -> contract" used the
-- currency's units, so a TWD contract typed as 12,000 printed as NT$1,200,000.
--
-- Values kept as they are: the two-decimal currencies (nothing changes for them), a contract made from a quote
-- whose value is still the quote's total in the quote's currency (that is already in whole units), and a renewal
-- whose value and currency are its predecessor's when the predecessor is kept (the renewal dialog copied the stored
-- number unchanged). Every other TWD, JPY or KRW value was typed into the dialog as hundredths and becomes whole
-- units, rounded half up. The audit trail keeps the values as they were recorded.
WITH RECURSIVE in_units (id, value_minor, currency) AS (
    SELECT k.id, k.value_minor, k.currency FROM contracts k JOIN quotes q ON q.id = k.quote_id
        WHERE k.value_minor = q.total AND k.currency = q.currency
    UNION
    SELECT k.id, k.value_minor, k.currency FROM contracts k JOIN in_units p ON k.previous_contract_id = p.id
        WHERE k.value_minor = p.value_minor AND k.currency = p.currency
)
UPDATE contracts SET value_minor = (value_minor + 50) / 100
    WHERE (currency = 'TWD' OR currency = 'JPY' OR currency = 'KRW') AND id NOT IN (SELECT id FROM in_units);
