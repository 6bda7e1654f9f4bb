// Catalog repository.
#include "db/catalog.h"

#include <algorithm>
#include <set>

#include "db/text_match.h"

namespace pos::db {

using text_match::fts_phrase;
using text_match::like_pattern;
using text_match::utf8_length;

namespace {

constexpr const char* k_product_columns =
    "SELECT p.id, p.sku, p.name, p.price, p.tax_rate_bp, p.category, p.active, p.updated_at FROM products p ";

ProductRow read_product(const Statement& st) {
    ProductRow r;
    r.id = st.get_int64(0);
    r.sku = st.get_text(1);
    r.name = st.get_text(2);
    r.price = st.get_int64(3);
    r.tax_rate_bp = st.get_int(4);
    r.category = st.get_text(5);
    r.active = st.get_int64(6) != 0;
    r.updated_at = st.get_int64(7);
    return r;
}

void load_barcodes(Connection& conn, ProductRow& p) {
    auto st = conn.cached("SELECT code FROM barcodes WHERE product_id = ?1 ORDER BY code");
    st->bind(1, p.id);
    p.barcodes.clear();
    while (st->step()) p.barcodes.push_back(st->get_text(0));
}

std::optional<ProductRow> one_product(Connection& conn, const std::string& where, std::string_view key) {
    std::optional<ProductRow> out;
    {
        auto st = conn.cached(k_product_columns + where);
        st->bind(1, key);
        if (st->step()) out = read_product(*st);
    }
    if (out) load_barcodes(conn, *out);
    return out;
}


}  // namespace

namespace {

void insert_barcodes(Connection& conn, const ProductRow& row, Id id) {
    for (const std::string& code : row.barcodes) {
        {
            auto owner = conn.cached("SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?1");
            owner->bind(1, code);
            if (owner->step()) {
                const std::string other = owner->get_text(0);
                if (other == row.sku) continue;  // listed twice for the same product
                throw Error(Errc::conflict, "barcode " + code + " of SKU " + row.sku + " is already used by SKU " + other);
            }
        }
        auto ins = conn.cached("INSERT INTO barcodes(code, product_id) VALUES (?1, ?2)");
        ins->bind(1, code).bind(2, id);
        ins->run();
    }
}

Id product_id_by_sku(Connection& conn, const std::string& sku) {
    auto find = conn.cached("SELECT id FROM products WHERE sku = ?1");
    find->bind(1, sku);
    return find->step() ? find->get_int64(0) : 0;
}

// Inserts a run of new products with ONE statement, then their barcodes in row order. A
// statement of its own per product made the FTS5 trigram index (fed by the insert trigger)
// flush its pending terms at every statement savepoint: a 100k-product import spent most of
// its time there (tests/bench). Same rows, same order, same checks.
void insert_new_products(Connection& conn, std::vector<const ProductRow*>& pending) {
    if (pending.empty()) return;
    conn.exec(
        "CREATE TEMP TABLE IF NOT EXISTS import_products(sku, name, price, tax_rate_bp, category, active, updated_at);"
        "DELETE FROM temp.import_products;");
    for (const ProductRow* row : pending) {
        auto st = conn.cached("INSERT INTO temp.import_products VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        st->bind(1, row->sku).bind(2, row->name).bind(3, row->price).bind(4, row->tax_rate_bp);
        st->bind(5, row->category).bind(6, row->active).bind(7, row->updated_at);
        st->run();
    }
    conn.exec(
        "INSERT INTO products(sku, name, price, tax_rate_bp, category, active, updated_at) "
        "SELECT sku, name, price, tax_rate_bp, category, active, updated_at FROM temp.import_products ORDER BY rowid;"
        "DELETE FROM temp.import_products;");
    for (const ProductRow* row : pending) insert_barcodes(conn, *row, product_id_by_sku(conn, row->sku));
    pending.clear();
}

}  // namespace

UpsertResult upsert_products(Connection& conn, std::span<const ProductRow> rows) {
    UpsertResult result;
    Transaction tx(conn);
    std::vector<const ProductRow*> pending;  // consecutive new products, inserted together
    std::set<std::string_view> pending_skus;
    for (const ProductRow& row : rows) {
        if (pending_skus.count(row.sku)) {  // the same SKU twice: the second updates the first
            insert_new_products(conn, pending);
            pending_skus.clear();
        }
        const Id id = product_id_by_sku(conn, row.sku);
        if (id == 0) {
            pending.push_back(&row);
            pending_skus.insert(row.sku);
            ++result.inserted;
            continue;
        }
        insert_new_products(conn, pending);  // keep the row order for the barcode checks
        pending_skus.clear();
        auto upd = conn.cached(
            "UPDATE products SET name = ?2, price = ?3, tax_rate_bp = ?4, category = ?5, active = ?6, "
            "updated_at = ?7 WHERE id = ?1");
        upd->bind(1, id).bind(2, row.name).bind(3, row.price).bind(4, row.tax_rate_bp);
        upd->bind(5, row.category).bind(6, row.active).bind(7, row.updated_at);
        upd->run();
        auto del = conn.cached("DELETE FROM barcodes WHERE product_id = ?1");
        del->bind(1, id);
        del->run();
        ++result.updated;
        insert_barcodes(conn, row, id);
    }
    insert_new_products(conn, pending);
    tx.commit();
    // After a big import refresh the planner statistics (a bounded sample), so DISTINCT over
    // categories can skip through its index. Not inside a caller's transaction.
    if (!tx.nested() && rows.size() >= 1000) conn.exec("PRAGMA analysis_limit=1000; ANALYZE products;");
    return result;
}

std::optional<ProductRow> find_by_barcode(Connection& conn, std::string_view code) {
    return one_product(conn, "JOIN barcodes b ON b.product_id = p.id WHERE b.code = ?1", code);
}

std::optional<ProductRow> find_by_sku(Connection& conn, std::string_view sku) {
    return one_product(conn, "WHERE p.sku = ?1", sku);
}

std::optional<ProductRow> get_product(Connection& conn, Id id) {
    std::optional<ProductRow> out;
    {
        auto st = conn.cached(std::string(k_product_columns) + "WHERE p.id = ?1");
        st->bind(1, id);
        if (st->step()) out = read_product(*st);
    }
    if (out) load_barcodes(conn, *out);
    return out;
}

std::optional<std::string> barcode_owner_sku(Connection& conn, std::string_view code) {
    auto st = conn.cached("SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?1");
    st->bind(1, code);
    if (!st->step()) return std::nullopt;
    return st->get_text(0);
}

std::vector<ProductRow> list_products(Connection& conn) {
    std::vector<ProductRow> out;
    {
        auto st = conn.cached(std::string(k_product_columns) + "ORDER BY p.id");
        while (st->step()) out.push_back(read_product(*st));
    }
    // One pass over the barcodes in product order, merged into the id-ordered products.
    auto st = conn.cached("SELECT product_id, code FROM barcodes ORDER BY product_id, code");
    auto it = out.begin();
    while (st->step()) {
        const Id pid = st->get_int64(0);
        it = std::lower_bound(it, out.end(), pid, [](const ProductRow& p, Id v) { return p.id < v; });
        if (it != out.end() && it->id == pid) it->barcodes.push_back(st->get_text(1));
    }
    return out;
}

std::vector<ProductRow> search_products(Connection& conn, std::string_view text, int limit) {
    std::vector<ProductRow> out;
    if (limit <= 0) return out;
    if (auto exact = find_by_barcode(conn, text); exact && exact->active) out.push_back(*exact);
    const Id skip = out.empty() ? 0 : out.front().id;
    const int remaining = limit - static_cast<int>(out.size());
    if (remaining > 0) {
        // The trigram index needs 3 characters; shorter text scans (and stops at the limit).
        const bool indexed = utf8_length(text) >= 3;
        auto st = conn.cached(
            indexed ? std::string(k_product_columns) +
                          "JOIN products_search s ON s.rowid = p.id WHERE products_search MATCH ?1 "
                          "AND p.active = 1 AND p.id IS NOT ?3 ORDER BY s.rowid LIMIT ?2"
                    : std::string(k_product_columns) +
                          "WHERE p.active = 1 AND p.id IS NOT ?3 "
                          "AND (p.name LIKE ?1 ESCAPE '\\' OR p.sku LIKE ?1 ESCAPE '\\') "
                          "ORDER BY p.id LIMIT ?2");
        st->bind(1, indexed ? fts_phrase(text) : like_pattern(text)).bind(2, remaining).bind_id(3, skip);
        while (st->step()) out.push_back(read_product(*st));
    }
    for (std::size_t i = skip ? 1 : 0; i < out.size(); ++i) load_barcodes(conn, out[i]);
    return out;
}

std::vector<std::string> list_categories(Connection& conn) {
    // One seek in products_by_category(category, active) per category instead of DISTINCT:
    // DISTINCT skips through the index only when ANALYZE statistics exist (a store filled by
    // small imports has none, and then it reads every entry: ~70 ms CPU at a million products).
    std::vector<std::string> out;
    std::string last;
    for (;;) {
        {
            auto next = conn.cached("SELECT category FROM products WHERE category > ?1 ORDER BY category LIMIT 1");
            next->bind(1, last);
            if (!next->step()) break;
            last = next->get_text(0);
        }
        auto active = conn.cached("SELECT 1 FROM products WHERE category = ?1 AND active = 1 LIMIT 1");
        active->bind(1, last);
        if (active->step()) out.push_back(last);
    }
    return out;
}

namespace {

// Each non-ASCII character of the statement's text columns once, in first-seen order.
std::string distinct_characters(Statement& st, int columns) {
    std::vector<bool> seen(0x110000, false);
    std::string out;
    while (st.step())
        for (int col = 0; col < columns; ++col) {
            const std::string text = st.get_text(col);
            for (std::size_t i = 0; i < text.size();) {
                const auto b = static_cast<unsigned char>(text[i]);
                const std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                if (len == 1 || i + len > text.size()) {  // ASCII (always in the atlas) or a stray byte
                    ++i;
                    continue;
                }
                char32_t cp = b & (0x7F >> len);
                for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
                if (cp < seen.size() && !seen[cp]) {
                    seen[cp] = true;
                    out.append(text, i, len);
                }
                i += len;
            }
        }
    return out;
}

}  // namespace

std::string catalog_characters(Connection& conn) {
    auto st = conn.cached("SELECT name, category FROM products");
    return distinct_characters(*st, 2);
}

std::string customer_characters(Connection& conn) {
    auto st = conn.cached("SELECT name, companions, current_product, plate, job, likes, buying_focus, note FROM customers "
                          "WHERE merged_into IS NULL ORDER BY id");
    return distinct_characters(*st, 8);
}

std::int64_t count_products(Connection& conn) { return conn.query_int64("SELECT COUNT(*) FROM products").value_or(0); }

}  // namespace pos::db

