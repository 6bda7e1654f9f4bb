#include "service/catalog_import.h"

#include <nlohmann/json.hpp>

#include "db/catalog.h"
#include "db/journal.h"

namespace pos::service {

CatalogImportResult import_catalog_rows(db::Connection& conn, const std::vector<CatalogRow>& rows, const std::string& source,
                                        Timestamp now) {
    std::vector<db::ProductRow> products;
    products.reserve(rows.size());
    for (const CatalogRow& r : rows) {
        db::ProductRow p;
        p.sku = r.sku;
        p.name = r.name;
        p.price = r.price;
        p.tax_rate_bp = r.tax_rate_bp;
        p.category = r.category;
        p.barcodes = r.barcodes;
        p.updated_at = now;
        products.push_back(std::move(p));
    }
    db::Transaction tx(conn);
    const db::UpsertResult res = db::upsert_products(conn, products);
    db::journal::append(conn, db::journal::k_catalog_import, 0, 0,
                        nlohmann::json{{"file", source}, {"inserted", res.inserted}, {"updated", res.updated}}.dump(), now);
    tx.commit();
    return {res.inserted, res.updated};
}

}  // namespace pos::service
