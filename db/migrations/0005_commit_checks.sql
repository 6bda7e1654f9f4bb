-- 0005: the checkout commit's CHECK constraints without IN lists.
-- SQLite (3.40) evaluates `x IN ('a', 'b', 'c')` with three or more values by building a
-- temporary b-tree of the list every time a row is written: the two payments and the print job
-- of every sale cost four of them per commit (a sixth of the commit's CPU). The same checks
-- written as OR chains are plain comparisons. payments and print_jobs are rebuilt with the same
-- columns, rows, ids, indexes and (in meaning) constraints; nothing references them, and the
-- view over payments is dropped and created again around the rebuild.

DROP VIEW day_tender_summary;

CREATE TABLE payments_new (
    id        INTEGER PRIMARY KEY,
    sale_id   INTEGER NOT NULL REFERENCES sales(id),
    kind      TEXT NOT NULL CHECK (kind = 'cash' OR kind = 'card' OR kind = 'voucher'),
    amount    INTEGER NOT NULL CHECK (amount <> 0),
    tendered  INTEGER NOT NULL DEFAULT 0,
    reference TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO payments_new(id, sale_id, kind, amount, tendered, reference)
SELECT id, sale_id, kind, amount, tendered, reference FROM payments ORDER BY id;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;
CREATE INDEX payments_by_sale ON payments(sale_id);

CREATE VIEW day_tender_summary AS
SELECT s.day AS day, p.kind AS kind, SUM(p.amount) AS amount, COUNT(*) AS payment_count
FROM payments p JOIN sales s ON s.id = p.sale_id
GROUP BY s.day, p.kind;

CREATE TABLE print_jobs_new (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER REFERENCES sales(id),
    kind       TEXT NOT NULL CHECK (kind = 'receipt' OR kind = 'copy' OR kind = 'gift' OR kind = 'z_report'
                                    OR kind = 'test'),
    status     TEXT NOT NULL CHECK (status = 'pending' OR status = 'printing' OR status = 'done'
                                    OR status = 'failed' OR status = 'skipped'),
    payload    BLOB,
    bytes_sent INTEGER NOT NULL DEFAULT 0 CHECK (bytes_sent >= 0),
    error      TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
INSERT INTO print_jobs_new(id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at)
SELECT id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at FROM print_jobs ORDER BY id;
DROP TABLE print_jobs;
ALTER TABLE print_jobs_new RENAME TO print_jobs;
CREATE INDEX print_jobs_by_status ON print_jobs(status, id);
