#pragma once
// Writing a validated catalog file to the store: every row in one transaction, together with
// its journal entry. Validation (and the all-or-nothing refusal of a bad file) happens before,
// in pos::parse_catalog_csv.
#include <string>
#include <vector>

#include "core/codes/catalog_csv.h"
#include "db/sqlite.h"

namespace pos::service {

struct CatalogImportResult {
    std::size_t inserted = 0;
    std::size_t updated = 0;
};

CatalogImportResult import_catalog_rows(db::Connection& conn, const std::vector<CatalogRow>& rows, const std::string& source,
                                        Timestamp now);

}  // namespace pos::service
