-- 0001: core schema.
-- Money is INTEGER minor units of the store currency; times are INTEGER ms since the epoch (UTC);
-- `day` is the local business day 'YYYY-MM-DD', fixed when the row is written.
-- Ids use 0 for "none" in C++ and NULL here.
-- Refunds are rows of kind 'refund' whose amounts and quantities are NEGATIVE, so sums are net.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role            TEXT NOT NULL CHECK (role IN ('floor', 'cashier', 'manager')),
    pin_hash        TEXT NOT NULL CHECK (length(pin_hash) > 0),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    price       INTEGER NOT NULL CHECK (price >= 0),
    tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    category    TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE barcodes (
    code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE visits (
    id                INTEGER PRIMARY KEY,
    playbook          TEXT NOT NULL CHECK (length(playbook) > 0),
    staff_id          INTEGER NOT NULL REFERENCES staff(id),
    customer_id       INTEGER REFERENCES customers(id),
    party_size        INTEGER NOT NULL DEFAULT 1 CHECK (party_size >= 1),
    source            TEXT NOT NULL DEFAULT '',
    started_at        INTEGER NOT NULL,
    ended_at          INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
    day               TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    stage             TEXT NOT NULL,
    outcome           TEXT CHECK (outcome IN ('sold', 'lost', 'follow_up')),
    lost_reason       TEXT,
    sale_id           INTEGER REFERENCES sales(id),
    follow_up_date    TEXT,
    follow_up_contact TEXT,
    needs_json        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(needs_json)),
    CHECK (outcome IS NULL OR ended_at IS NOT NULL),
    CHECK (outcome IS NOT 'lost' OR lost_reason IS NOT NULL)
) STRICT;

CREATE TABLE visit_events (
    id       INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    kind     TEXT NOT NULL CHECK (kind IN ('stage', 'signal', 'objection', 'objection_resolved',
                                           'technique', 'closing', 'quote', 'need', 'note')),
    code     TEXT NOT NULL,
    result   TEXT,
    amount   INTEGER,
    note     TEXT
) STRICT;

CREATE TABLE sales (
    id             INTEGER PRIMARY KEY,
    receipt_no     INTEGER NOT NULL UNIQUE CHECK (receipt_no >= 1),
    kind           TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    refund_of      INTEGER REFERENCES sales(id),
    visit_id       INTEGER REFERENCES visits(id),
    customer_id    INTEGER REFERENCES customers(id),
    staff_id       INTEGER NOT NULL REFERENCES staff(id),
    cashier_id     INTEGER NOT NULL REFERENCES staff(id),
    created_at     INTEGER NOT NULL,
    day            TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    tax_mode       TEXT NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive')),
    subtotal       INTEGER NOT NULL,
    discount_total INTEGER NOT NULL,
    tax_total      INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    change_given   INTEGER NOT NULL DEFAULT 0 CHECK (change_given >= 0),
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL)),
    CHECK ((kind = 'sale' AND total >= 0) OR (kind = 'refund' AND total <= 0))
) STRICT;

CREATE TABLE sale_lines (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sales(id),
    line_no        INTEGER NOT NULL CHECK (line_no >= 1),
    product_id     INTEGER REFERENCES products(id) ON DELETE SET NULL,
    sku            TEXT NOT NULL,
    name           TEXT NOT NULL,
    qty            INTEGER NOT NULL CHECK (qty <> 0),
    list_price     INTEGER NOT NULL CHECK (list_price >= 0),
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    line_discount  INTEGER NOT NULL,
    order_discount INTEGER NOT NULL,
    tax_rate_bp    INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax            INTEGER NOT NULL,
    payable        INTEGER NOT NULL,
    refund_of_line INTEGER REFERENCES sale_lines(id),
    UNIQUE (sale_id, line_no)
) STRICT;

CREATE TABLE payments (
    id        INTEGER PRIMARY KEY,
    sale_id   INTEGER NOT NULL REFERENCES sales(id),
    kind      TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'voucher')),
    amount    INTEGER NOT NULL CHECK (amount <> 0),
    tendered  INTEGER NOT NULL DEFAULT 0,
    reference TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sale_taxes (
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    base    INTEGER NOT NULL,
    tax     INTEGER NOT NULL,
    PRIMARY KEY (sale_id, rate_bp)
) STRICT, WITHOUT ROWID;

CREATE TABLE overrides (
    id           INTEGER PRIMARY KEY,
    sale_id      INTEGER REFERENCES sales(id),
    action       TEXT NOT NULL CHECK (length(action) > 0),
    line_no      INTEGER,
    requested_by INTEGER NOT NULL REFERENCES staff(id),
    approved_by  INTEGER NOT NULL REFERENCES staff(id),
    reason       TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL
) STRICT;

CREATE TABLE print_jobs (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER REFERENCES sales(id),
    kind       TEXT NOT NULL CHECK (kind IN ('receipt', 'copy', 'gift', 'z_report', 'test')),
    status     TEXT NOT NULL CHECK (status IN ('pending', 'printing', 'done', 'failed', 'skipped')),
    payload    BLOB,
    bytes_sent INTEGER NOT NULL DEFAULT 0 CHECK (bytes_sent >= 0),
    error      TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE day_closings (
    id            INTEGER PRIMARY KEY,
    day           TEXT NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    closed_by     INTEGER NOT NULL REFERENCES staff(id),
    closed_at     INTEGER NOT NULL,
    cash_expected INTEGER NOT NULL,
    cash_counted  INTEGER NOT NULL,
    variance      INTEGER NOT NULL,
    counts_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts_json)),
    CHECK (variance = cash_counted - cash_expected)
) STRICT;

CREATE TABLE held_carts (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    label      TEXT NOT NULL DEFAULT '',
    cart_json  TEXT NOT NULL CHECK (json_valid(cart_json)),
    created_at INTEGER NOT NULL
) STRICT;

-- Hash-chained audit journal (see db/journal.h for the hash encoding). Append-only.
CREATE TABLE journal (
    seq       INTEGER PRIMARY KEY CHECK (seq >= 1),
    at        INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (length(kind) > 0),
    staff_id  INTEGER NOT NULL DEFAULT 0,
    ref_id    INTEGER NOT NULL DEFAULT 0,
    payload   TEXT NOT NULL,
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash      BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: rows cannot be changed');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: rows cannot be deleted');
END;
