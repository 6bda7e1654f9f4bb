-- 0006: the customer file across visits (#10). The playbook's customer-file fields and the
-- consent to be contacted on customers; merged duplicates point at the kept file; phone and
-- name search indexed (an exact phone by index, any part of a name or number through an FTS5
-- trigram index, a short name prefix through customers_by_name). Follow-ups (return visits)
-- get their own table with an owner, a due day, a reason and a result; the follow-up dates of
-- visits closed before this migration are carried over as open follow-ups of their salesperson.

ALTER TABLE customers ADD COLUMN companions TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN job TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN current_product TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN plate TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN likes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN buying_focus TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1));
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
ALTER TABLE customers ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

CREATE INDEX customers_by_phone ON customers(phone) WHERE phone <> '' AND merged_into IS NULL;
CREATE INDEX customers_by_name ON customers(name) WHERE merged_into IS NULL;

CREATE VIRTUAL TABLE customers_search USING fts5(
    name, phone, content = 'customers', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO customers_search(customers_search) VALUES ('rebuild');

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_search(rowid, name, phone) VALUES (new.id, new.name, new.phone);
END;

CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customers_search(customers_search, rowid, name, phone) VALUES ('delete', old.id, old.name, old.phone);
END;

CREATE TRIGGER customers_search_update AFTER UPDATE OF name, phone ON customers
WHEN old.name IS NOT new.name OR old.phone IS NOT new.phone
BEGIN
    INSERT INTO customers_search(customers_search, rowid, name, phone) VALUES ('delete', old.id, old.name, old.phone);
    INSERT INTO customers_search(rowid, name, phone) VALUES (new.id, new.name, new.phone);
END;

CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id),   -- NULL only for follow-ups carried over from visits
    owner_id    INTEGER NOT NULL REFERENCES staff(id),
    visit_id    INTEGER REFERENCES visits(id),
    due         TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason      TEXT NOT NULL DEFAULT '',
    result      TEXT CHECK (result IS NULL OR result = 'reached' OR result = 'no_answer' OR
                            result = 'new_appointment' OR result = 'bought' OR result = 'not_interested'),
    result_note TEXT NOT NULL DEFAULT '',
    done_at     INTEGER,
    done_by     INTEGER REFERENCES staff(id),
    created_at  INTEGER NOT NULL,
    CHECK ((result IS NULL) = (done_at IS NULL))
) STRICT;

-- My follow-ups: the open ones of one owner by due day; a customer's page: theirs by due day.
CREATE INDEX follow_ups_open_by_owner ON follow_ups(owner_id, due) WHERE result IS NULL;
CREATE INDEX follow_ups_by_customer ON follow_ups(customer_id, due);

INSERT INTO follow_ups(customer_id, owner_id, visit_id, due, reason, created_at)
SELECT customer_id, staff_id, id, follow_up_date, COALESCE(follow_up_contact, ''), COALESCE(ended_at, started_at)
FROM visits
WHERE outcome = 'follow_up' AND follow_up_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
ORDER BY id;
