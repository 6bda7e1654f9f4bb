-- 0002: lookup indexes and day-summary helpers.

CREATE INDEX barcodes_by_product ON barcodes(product_id);
CREATE INDEX products_by_category ON products(category) WHERE category <> '';
CREATE INDEX visits_by_day ON visits(day);
CREATE INDEX visits_open ON visits(started_at) WHERE ended_at IS NULL;
CREATE INDEX visits_by_staff ON visits(staff_id, day);
CREATE INDEX visit_events_by_visit ON visit_events(visit_id, at);
CREATE INDEX sales_by_day ON sales(day, kind);
CREATE INDEX sales_by_visit ON sales(visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX sales_by_refund_of ON sales(refund_of) WHERE refund_of IS NOT NULL;
CREATE INDEX sale_lines_by_refund_of ON sale_lines(refund_of_line) WHERE refund_of_line IS NOT NULL;
CREATE INDEX payments_by_sale ON payments(sale_id);
CREATE INDEX overrides_by_sale ON overrides(sale_id);
CREATE INDEX print_jobs_by_status ON print_jobs(status, id);
CREATE INDEX held_carts_by_staff ON held_carts(staff_id);

-- Per day: sales and refunds (amounts are negative for refunds, so SUM is net).
CREATE VIEW day_sales_summary AS
SELECT day,
       SUM(kind = 'sale')                                  AS sale_count,
       SUM(kind = 'refund')                                AS refund_count,
       COALESCE(SUM(CASE WHEN kind = 'sale' THEN total END), 0)   AS gross_total,
       COALESCE(SUM(CASE WHEN kind = 'refund' THEN total END), 0) AS refund_total,
       SUM(total)                                          AS net_total,
       SUM(tax_total)                                      AS tax_total,
       SUM(discount_total)                                 AS discount_total
FROM sales
GROUP BY day;

-- Per day and tender kind: the net amount taken (cash drawer expectation = the 'cash' row).
CREATE VIEW day_tender_summary AS
SELECT s.day AS day, p.kind AS kind, SUM(p.amount) AS amount, COUNT(*) AS payment_count
FROM payments p JOIN sales s ON s.id = p.sale_id
GROUP BY s.day, p.kind;
