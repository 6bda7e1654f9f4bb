-- 0007: special orders (#10). An order is a sale whose goods leave the store later: its lines
-- (from the floor or to order from a supplier), when and where the goods go, and every payment
-- on it (the deposit, balance payments, the refund when it is cancelled), each payment with its
-- own gapless payment-receipt number. `paid` is kept on the order by the same transaction that
-- writes a payment, and the CHECKs make a negative balance impossible even for a bug.
-- Order payments are money in the drawer: day_tender_summary now counts them beside the sales'
-- payments (the day's cash count expects them). Print jobs can print an order payment's
-- receipt (order_payment_id) and the dispatch list of a day.

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    order_no        INTEGER NOT NULL UNIQUE CHECK (order_no >= 1),
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    visit_id        INTEGER REFERENCES visits(id),
    staff_id        INTEGER NOT NULL REFERENCES staff(id),   -- the salesperson credited
    taken_by        INTEGER NOT NULL REFERENCES staff(id),   -- who took it at the counter
    state           TEXT NOT NULL CHECK (state = 'open' OR state = 'ready' OR state = 'delivered' OR
                                         state = 'picked_up' OR state = 'cancelled'),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    tax_mode        TEXT NOT NULL CHECK (tax_mode = 'inclusive' OR tax_mode = 'exclusive'),
    subtotal        INTEGER NOT NULL,
    discount_total  INTEGER NOT NULL,
    tax_total       INTEGER NOT NULL,
    total           INTEGER NOT NULL CHECK (total >= 0),
    paid            INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0 AND paid <= total),
    fulfilment      TEXT NOT NULL CHECK (fulfilment = 'delivery' OR fulfilment = 'pickup'),
    due_day         TEXT NOT NULL CHECK (due_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time_window     TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    day             TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),  -- written
    closed_at       INTEGER,                                 -- handed over or cancelled
    closed_day      TEXT CHECK (closed_day IS NULL OR closed_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    cancel_reason   TEXT NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL,
    CHECK ((closed_day IS NULL) = (state = 'open' OR state = 'ready')),
    CHECK (state <> 'cancelled' OR paid = 0),
    CHECK ((state <> 'delivered' AND state <> 'picked_up') OR paid = total)
) STRICT;

-- Open orders by due day (the dispatch list, open balances); written and closed by day (the
-- period summary); a customer's orders (the customer page).
CREATE INDEX orders_open_by_due ON orders(due_day) WHERE closed_day IS NULL;
CREATE INDEX orders_by_day ON orders(day);
CREATE INDEX orders_by_closed_day ON orders(closed_day) WHERE closed_day IS NOT NULL;
CREATE INDEX orders_by_customer ON orders(customer_id);

CREATE TABLE order_lines (
    order_id       INTEGER NOT NULL REFERENCES orders(id),
    line_no        INTEGER NOT NULL CHECK (line_no >= 1),
    product_id     INTEGER REFERENCES products(id) ON DELETE SET NULL,
    sku            TEXT NOT NULL,
    name           TEXT NOT NULL,
    qty            INTEGER NOT NULL CHECK (qty >= 1),
    list_price     INTEGER NOT NULL CHECK (list_price >= 0),
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    discount       INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp    INTEGER NOT NULL CHECK (tax_rate_bp >= 0),
    tax            INTEGER NOT NULL,
    payable        INTEGER NOT NULL CHECK (payable >= 0),
    source         TEXT NOT NULL CHECK (source = 'floor' OR source = 'to_order'),
    supplier       TEXT NOT NULL DEFAULT '',
    expected       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, line_no),
    CHECK (source = 'floor' OR supplier <> '')
) STRICT, WITHOUT ROWID;

CREATE TABLE order_payments (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    doc_no      INTEGER NOT NULL UNIQUE CHECK (doc_no >= 1),
    kind        TEXT NOT NULL CHECK (kind = 'deposit' OR kind = 'balance' OR kind = 'refund'),
    tender      TEXT NOT NULL CHECK (tender = 'cash' OR tender = 'card' OR tender = 'voucher'),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    tendered    INTEGER NOT NULL DEFAULT 0,
    reference   TEXT NOT NULL DEFAULT '',
    cashier_id  INTEGER NOT NULL REFERENCES staff(id),
    created_at  INTEGER NOT NULL,
    day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK ((kind = 'refund') = (amount < 0))
) STRICT;
CREATE INDEX order_payments_by_order ON order_payments(order_id, id);
CREATE INDEX order_payments_by_day ON order_payments(day);

-- Money in and out of the drawer per day and tender: sales' payments and order payments.
DROP VIEW day_tender_summary;
CREATE VIEW day_tender_summary AS
SELECT day, kind, SUM(amount) AS amount, SUM(payment_count) AS payment_count FROM (
    SELECT s.day AS day, p.kind AS kind, SUM(p.amount) AS amount, COUNT(*) AS payment_count
    FROM payments p JOIN sales s ON s.id = p.sale_id
    GROUP BY s.day, p.kind
    UNION ALL
    SELECT day, tender, SUM(amount), COUNT(*) FROM order_payments GROUP BY day, tender
)
GROUP BY day, kind;

CREATE TABLE print_jobs_new (
    id               INTEGER PRIMARY KEY,
    sale_id          INTEGER REFERENCES sales(id),
    order_payment_id INTEGER REFERENCES order_payments(id),
    kind             TEXT NOT NULL CHECK (kind = 'receipt' OR kind = 'copy' OR kind = 'gift' OR kind = 'z_report'
                                          OR kind = 'test' OR kind = 'order_receipt' OR kind = 'dispatch'),
    status           TEXT NOT NULL CHECK (status = 'pending' OR status = 'printing' OR status = 'done'
                                          OR status = 'failed' OR status = 'skipped'),
    payload          BLOB,
    bytes_sent       INTEGER NOT NULL DEFAULT 0 CHECK (bytes_sent >= 0),
    error            TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
) STRICT;
INSERT INTO print_jobs_new(id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at)
SELECT id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at FROM print_jobs ORDER BY id;
DROP TABLE print_jobs;
ALTER TABLE print_jobs_new RENAME TO print_jobs;
CREATE INDEX print_jobs_by_status ON print_jobs(status, id);
