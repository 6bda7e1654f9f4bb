// showroom-pos catalog import|export. Import is all or nothing: every problem in the file is
// reported as file:line:column: reason and nothing is written unless the file is clean.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/codes/catalog_csv.h"
#include "core/common/time.h"
#include "db/catalog.h"
#include "service/catalog_import.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::cli {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Errc::not_found, "cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int import_catalog(const Args& a) {
    a.expect_positionals(1, "the CSV file to import");
    const std::string file = a.positionals()[0];
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    const service::StoreSettings settings = service::load_settings(conn);
    const std::string text = read_file(file);
    const CatalogParse parsed = parse_catalog_csv(text, file, settings.currency(),
                                                  [&](const std::string& key) { return db::barcode_owner_sku(conn, key); });
    if (!parsed.ok()) {
        for (const auto& e : parsed.errors) std::fprintf(stderr, "%s\n", e.c_str());
        const std::size_t total = parsed.errors.size() + parsed.errors_dropped;
        if (parsed.errors_dropped) std::fprintf(stderr, "... and %zu more\n", parsed.errors_dropped);
        throw Error(Errc::invalid_input, "catalog not imported: " + std::to_string(total) + (total == 1 ? " error" : " errors") +
                                             " in " + file + " (nothing was changed)");
    }
    const service::CatalogImportResult res = service::import_catalog_rows(conn, parsed.rows, file, SystemClock().now());
    std::printf("imported %zu products from %s (%zu new, %zu updated)\n", parsed.rows.size(), file.c_str(), res.inserted, res.updated);
    return 0;
}

int export_catalog(const Args& a) {
    a.expect_positionals(0, "");
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    const service::StoreSettings settings = service::load_settings(conn);
    std::vector<CatalogRow> rows;
    for (const db::ProductRow& p : db::list_products(conn)) {
        if (!p.active) continue;
        rows.push_back({p.sku, p.name, p.price, p.tax_rate_bp, p.barcodes, p.category, 0});
    }
    const std::string out = write_catalog_csv(rows, settings.currency());
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace

int cmd_catalog(const Argv& argv) {
    if (argv.empty()) throw Error(Errc::invalid_input, "missing subcommand: catalog import | catalog export");
    const Args a(Argv(argv.begin() + 1, argv.end()), {"db"}, {});
    if (argv[0] == "import") return import_catalog(a);
    if (argv[0] == "export") return export_catalog(a);
    throw Error(Errc::invalid_input, "unknown subcommand 'catalog " + argv[0] + "' (import, export)");
}

}  // namespace pos::cli
