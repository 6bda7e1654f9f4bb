-- 0003: substring search over product names and SKUs with an FTS5 trigram index, so searching
-- a million products does not scan the table. External content: the text lives in `products`;
-- triggers keep the index in step. Queries shorter than 3 characters fall back to LIKE.

CREATE VIRTUAL TABLE products_search USING fts5(
    name, sku, content = 'products', content_rowid = 'id', tokenize = 'trigram'
);

INSERT INTO products_search(products_search) VALUES ('rebuild');

CREATE TRIGGER products_search_insert AFTER INSERT ON products
BEGIN
    INSERT INTO products_search(rowid, name, sku) VALUES (new.id, new.name, new.sku);
END;

CREATE TRIGGER products_search_delete AFTER DELETE ON products
BEGIN
    INSERT INTO products_search(products_search, rowid, name, sku) VALUES ('delete', old.id, old.name, old.sku);
END;

CREATE TRIGGER products_search_update AFTER UPDATE OF name, sku ON products
WHEN old.name IS NOT new.name OR old.sku IS NOT new.sku
BEGIN
    INSERT INTO products_search(products_search, rowid, name, sku) VALUES ('delete', old.id, old.name, old.sku);
    INSERT INTO products_search(rowid, name, sku) VALUES (new.id, new.name, new.sku);
END;

-- Categories are listed often; (category, active) lets DISTINCT skip through the index.
DROP INDEX products_by_category;
CREATE INDEX products_by_category ON products(category, active);
