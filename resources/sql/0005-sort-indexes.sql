-- Rapport schema, step 5: indexes that give the list its other two orders
-- directly, names breaking ties, so the first page needs no sorting:
-- "last contacted" newest first (people never contacted last), and "most
-- overdue" soonest first (people with no reminder last).

DROP INDEX contact_by_last_contacted;
DROP INDEX contact_by_due;

CREATE INDEX contact_by_last_contacted
  ON contact (archived, last_contacted DESC, sort_key) WHERE deleted = 0;
CREATE INDEX contact_by_due
  ON contact (archived, coalesce (due_on, '9999-12-31'), sort_key) WHERE deleted = 0;
