#include "cli/commands.h"

namespace pos::cli {

const char* usage() {
    return R"(showroom-pos — point of sale for showroom floors

Usage:
  showroom-pos [--db FILE] [--lang CODE] [--kiosk] [--scale F]
      Start the touchscreen app. Without --db it opens the embedded demo database
      (~/.local/share/showroom-pos/demo.db, created with demo data on first run).

  showroom-pos init --db FILE --profile furniture|car --currency CODE --store-name NAME
                    [--tax-inclusive|--tax-exclusive] [--lang CODE]
  showroom-pos staff add --db FILE --name NAME --role floor|cashier|manager   (PIN on stdin)
  showroom-pos staff list --db FILE
  showroom-pos catalog import --db FILE CSV
  showroom-pos catalog export --db FILE
  showroom-pos demo-data --db FILE --days N --seed S [--end YYYY-MM-DD]
  showroom-pos script --db FILE SCRIPT.jsonl
  showroom-pos summary --db FILE (--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD) [--format text|json|csv]
  showroom-pos journal verify --db FILE
  showroom-pos barcode FILE-OR-CODE
  showroom-pos devices [--device VID:PID[:IFACE]]
      USB printers and scanners found (ids, bus/address, profile, endpoints, printer status).
  showroom-pos print-test [--device VID:PID[:IFACE]] [--profile NAME] [--png FILE]
      Test page on the printer; without one (or with --png) rendered to a PNG.
  showroom-pos receipt --db FILE (--sale ID | --receipt N | --job ID) [--profile NAME] [--copy] [--gift]
                       [--out FILE.bin] [--png FILE.png]
      ESC/POS bytes of a stored sale's receipt for a printer profile (default: the store's),
      and/or the virtual printer's picture of them. The QR code holds POS-R:<receipt number>.

  showroom-pos --help | --version

Languages: en, zh_CN, zh_TW, ru, vi. Currencies: CNY, TWD, HKD, RUB, VND, USD, EUR.
Exit status: 0 ok, 1 failure, 2 bad input.
)";
}

}  // namespace pos::cli
