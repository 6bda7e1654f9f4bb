// `showroom-pos receipt` end to end: a store built with init / staff add / catalog import /
// script (the CLI tests' showroom day), then receipts written as bytes and PNG.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

#include "receipt/receipt_data.h"
#include "core/sale/receipt_qr.h"
#include "receipt/receipt_render.h"
#include "receipt/receipt_test_data.h"
#include "service/store.h"
#include "support/pos_binary.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace pos;
using namespace receipt_test;

namespace {

using pos::testsupport::quote;
using pos::testsupport::Run;
using pos::testsupport::slurp;

class Store {
public:
    Store() : dir_("pos-receipt") {
        use_utc();
        setenv("SHOWROOM_POS_ASSETS", POS_ASSETS_DIR, 1);
        const std::string data = std::string(POS_TESTS_DIR) + "/cli/data/";
        require(pos("init --db " + quote(db()) + " --profile furniture --currency CNY --store-name " + quote("莲花家居") +
                    " --tax-inclusive --lang zh_CN"));
        for (const auto& [name, role, pin] : {std::tuple{"Lan", "floor", "1111"}, {"Wei", "cashier", "1234"}, {"Olga", "manager", "9999"}})
            require(pos("staff add --db " + quote(db()) + " --name " + name + " --role " + role, std::string(pin) + "\n"));
        require(pos("catalog import --db " + quote(db()) + " " + quote(data + "catalog.csv")));
        require(pos("script --db " + quote(db()) + " " + quote(data + "day.jsonl")));
    }
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    std::string path(const std::string& name) const { return dir_.file(name); }
    std::string db() const { return path("store.db"); }

    Run pos(const std::string& args, const std::string& stdin_text = "") const {
        return ::pos::testsupport::run_pos(dir_.path(), args, stdin_text);
    }

private:
    static void require(const Run& r) { REQUIRE_MESSAGE(r.code == 0, std::string(r.err + r.out)); }
    pos::testsupport::TempDir dir_;
};

std::string printed_text(const Bytes& bytes, const std::string& profile) {
    escpos::VirtualPrinter vp(escpos::find_profile(profile), rasterizer());
    vp.feed(bytes);
    REQUIRE(vp.unknown_commands().empty());
    return vp.text();
}

}  // namespace

TEST_CASE("receipt writes the exact ESC/POS bytes and a PNG whose QR finds the sale") {
    Store s;
    const std::string bin = s.path("r1.bin"), png = s.path("r1.png");
    const Run r = s.pos("receipt --db " + quote(s.db()) + " --receipt 1 --profile xprinter-80 --out " + quote(bin) + " --png " + quote(png));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string raw = slurp(bin);
    const Bytes bytes(raw.begin(), raw.end());
    CHECK(r.out == "receipt 000001: " + std::to_string(bytes.size()) + " bytes for xprinter-80\n");

    service::Store opened = service::open_store(s.db());
    db::Connection& conn = opened.connection();
    const receipt::ReceiptData d = receipt::load_receipt_data_by_receipt(conn, 1);
    CHECK(d.cashier_name == "Wei");
    CHECK(d.staff_name == "Lan");
    const escpos::Profile& xp = escpos::find_profile("xprinter-80");
    CHECK(bytes == receipt::encode_receipt(receipt::sale_receipt(d, receipt::receipt_options_for(xp)), xp, Lang::zh_CN));

    const std::string text = printed_text(bytes, "xprinter-80");
    CHECK(text.find("莲花家居") != std::string::npos);
    CHECK(text.find("小票号                                    000001\n") != std::string::npos);
    CHECK(text.find("导购                                         Lan\n") != std::string::npos);
    CHECK(text.find("合计 CNY        6,547.15\n") != std::string::npos);
    CHECK(text.find("找零                                      452.85\n") != std::string::npos);
    CHECK_FALSE(has_raster(bytes));

    const int rc = std::system(("zbarimg --raw -q " + quote(png) + " > " + quote(s.path("qr.txt"))).c_str());
    CHECK(rc == 0);
    const std::string qr = slurp(s.path("qr.txt"));
    CHECK(qr == "POS-R:000001\n");
    CHECK(receipt::parse_receipt_qr(qr.substr(0, qr.size() - 1)) == 1);
}

TEST_CASE("receipt prints refunds, copies and gift receipts of stored sales") {
    Store s;
    const std::string db = quote(s.db());
    const Run refund = s.pos("receipt --db " + db + " --sale 3 --profile xprinter-80 --out " + quote(s.path("r3.bin")));
    REQUIRE_MESSAGE(refund.code == 0, refund.err);
    const std::string raw3 = slurp(s.path("r3.bin"));
    const std::string t3 = printed_text(Bytes(raw3.begin(), raw3.end()), "xprinter-80");
    CHECK(t3.find("退款 原小票号 000001\n") != std::string::npos);
    CHECK(t3.find("小票号                                    000003\n") != std::string::npos);
    CHECK(t3.find("299.00") != std::string::npos);
    CHECK(t3.find("-299.00") == std::string::npos);

    const Run gift = s.pos("receipt --db " + db + " --receipt 2 --gift --copy --profile xprinter-80 --out " + quote(s.path("g.bin")));
    REQUIRE_MESSAGE(gift.code == 0, gift.err);
    const std::string rawg = slurp(s.path("g.bin"));
    const std::string tg = printed_text(Bytes(rawg.begin(), rawg.end()), "xprinter-80");
    CHECK(tg.find("*** 礼品小票 ***") != std::string::npos);
    CHECK(tg.find("*** 副本 ***") != std::string::npos);
    CHECK(tg.find("2,999.50") == std::string::npos);
}

TEST_CASE("receipt errors are one line: unknown sale, unknown profile, no output") {
    Store s;
    const std::string db = quote(s.db());
    const Run nosale = s.pos("receipt --db " + db + " --sale 99 --out " + quote(s.path("x.bin")));
    CHECK(nosale.code == 1);
    CHECK(nosale.err == "showroom-pos: error: no sale with id 99\n");
    const Run noreceipt = s.pos("receipt --db " + db + " --receipt 42 --out " + quote(s.path("x.bin")));
    CHECK(noreceipt.code == 1);
    CHECK(noreceipt.err == "showroom-pos: error: no sale with receipt number 42\n");
    const Run profile = s.pos("receipt --db " + db + " --sale 1 --profile tm-x --out " + quote(s.path("x.bin")));
    CHECK(profile.code == 1);
    CHECK(profile.err ==
          "showroom-pos: error: unknown printer profile 'tm-x' (known: epson-tm-t20, epson-tm-t88, xprinter-80, "
          "xprinter-80-big5, generic-58)\n");
    CHECK_FALSE(fs::exists(s.path("x.bin")));
    const Run none = s.pos("receipt --db " + db + " --sale 1");
    CHECK(none.code == 2);
    CHECK(none.err == "showroom-pos: error: missing --out FILE.bin or --png FILE.png\n");
    const Run both = s.pos("receipt --db " + db + " --sale 1 --receipt 1 --out " + quote(s.path("x.bin")));
    CHECK(both.code == 2);
    const Run bad = s.pos("receipt --db " + db + " --sale abc --out " + quote(s.path("x.bin")));
    CHECK(bad.code == 2);
    CHECK(bad.err == "showroom-pos: error: --sale needs a positive whole number, not 'abc'\n");
}
