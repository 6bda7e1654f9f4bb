-- 0009: a customer's sales by index (the customer page, merges and the receipt search read them by
-- customer; visits got theirs in 0008, orders in 0007).
CREATE INDEX sales_by_customer ON sales(customer_id) WHERE customer_id IS NOT NULL;
