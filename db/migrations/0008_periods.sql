-- 0008: periods and targets (#10). The period summary reads every figure by day on an index, so
-- its cost follows the range, not the history: follow-ups by due day and by when they were done,
-- and a customer's visits by start (is this visit a be-back?). Monthly targets per salesperson
-- (revenue in minor units and units), set by a manager.

CREATE INDEX follow_ups_by_due ON follow_ups(due);
CREATE INDEX follow_ups_done_at ON follow_ups(done_at) WHERE done_at IS NOT NULL;
CREATE INDEX visits_by_customer ON visits(customer_id, started_at) WHERE customer_id IS NOT NULL;

CREATE TABLE sales_targets (
    staff_id  INTEGER NOT NULL REFERENCES staff(id),
    month     TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    revenue   INTEGER NOT NULL CHECK (revenue >= 0),
    units     INTEGER NOT NULL CHECK (units >= 0),
    set_by    INTEGER NOT NULL REFERENCES staff(id),
    set_at    INTEGER NOT NULL,
    PRIMARY KEY (month, staff_id)
) STRICT, WITHOUT ROWID;
