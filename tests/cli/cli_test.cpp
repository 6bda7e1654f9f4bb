// End-to-end tests of the showroom-pos binary: init, staff add, catalog import, a script of a
// showroom day, summary and journal verify, checking the numbers the manager would see.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/pos_binary.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using pos::testsupport::quote;
using pos::testsupport::Run;
using pos::testsupport::slurp;

class Sandbox {
public:
    Sandbox() : dir_("pos-cli") {
        setenv("TZ", "UTC", 1);
        setenv("SHOWROOM_POS_ASSETS", POS_ASSETS_DIR, 1);
    }
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    std::string path(const std::string& name) const { return dir_.file(name); }
    std::string db() const { return path("store.db"); }

    // Runs the binary with the arguments (already shell-quoted where needed).
    Run pos(const std::string& args, const std::string& stdin_text = "") const { return ::pos::testsupport::run_pos(dir_.path(), args, stdin_text); }

    void init_store() const {
        const Run r = pos("init --db " + quote(db()) + " --profile furniture --currency CNY --store-name " + quote("莲花家居") +
                          " --tax-inclusive --lang zh_CN");
        REQUIRE_MESSAGE(r.code == 0, r.err);
        for (const auto& [name, role, pin] : {std::tuple{"Lan", "floor", "1111"}, {"Wei", "cashier", "1234"}, {"Olga", "manager", "9999"}}) {
            const Run s = pos("staff add --db " + quote(db()) + " --name " + name + " --role " + role, std::string(pin) + "\n");
            REQUIRE_MESSAGE(s.code == 0, s.err);
        }
    }

private:
    pos::testsupport::TempDir dir_;
};

const std::string data_dir = std::string(POS_TESTS_DIR) + "/cli/data/";

}  // namespace

TEST_CASE("--help, --version and bad input give one-line errors") {
    Sandbox box;
    CHECK(box.pos("--version").out.rfind("showroom-pos ", 0) == 0);
    CHECK(box.pos("--help").out.find("journal verify") != std::string::npos);
    const Run bad = box.pos("frobnicate");
    CHECK(bad.code == 2);
    CHECK(bad.err == "showroom-pos: error: unknown command 'frobnicate' (see showroom-pos --help)\n");
    const Run missing = box.pos("summary --date 2026-11-20");
    CHECK(missing.code == 2);
    CHECK(missing.err == "showroom-pos: error: missing --db\n");
    const Run nodb = box.pos("journal verify --db " + quote(box.path("absent.db")));
    CHECK(nodb.code == 1);
    CHECK(nodb.err.find("no database at") != std::string::npos);
    const Run cur = box.pos("init --db " + quote(box.db()) + " --profile car --currency XYZ --store-name S");
    CHECK(cur.code == 2);
    CHECK(cur.err.find("unknown currency 'XYZ'") != std::string::npos);
}

TEST_CASE("a showroom day through the binary: import, script, summary, journal") {
    Sandbox box;
    box.init_store();
    const std::string db = quote(box.db());

    const Run imp = box.pos("catalog import --db " + db + " " + quote(data_dir + "catalog.csv"));
    REQUIRE_MESSAGE(imp.code == 0, imp.err);
    CHECK(imp.out.find("imported 4 products") != std::string::npos);

    // A file with bad rows imports nothing and names every problem by file:line:column.
    const Run bad = box.pos("catalog import --db " + db + " " + quote(data_dir + "bad_catalog.csv"));
    CHECK(bad.code == 2);
    const std::string f = data_dir + "bad_catalog.csv";
    CHECK(bad.err.find(f + ":2:13: ") != std::string::npos);  // 12.345: too many decimals for CNY
    CHECK(bad.err.find("too many decimals") != std::string::npos);
    CHECK(bad.err.find(f + ":3:15: ") != std::string::npos);  // negative price
    CHECK(bad.err.find(f + ":4:22: ") != std::string::npos);  // bad check digit
    CHECK(bad.err.find(f + ":5:25: ") != std::string::npos);  // barcode of another sku
    CHECK(bad.err.find("SOFA-1") != std::string::npos);
    CHECK(bad.err.find("nothing was changed") != std::string::npos);
    const Run exported = box.pos("catalog export --db " + db);
    REQUIRE(exported.code == 0);
    CHECK(exported.out == slurp(data_dir + "catalog.csv"));  // unchanged, and a faithful round trip

    const Run script = box.pos("script --db " + db + " " + quote(data_dir + "day.jsonl"));
    REQUIRE_MESSAGE(script.code == 0, std::string(script.err + script.out));
    CHECK(script.out.find("receipt 1 total 6547.15 change 452.85") != std::string::npos);
    CHECK(script.out.find("receipt 2 total 2999.50 change 0.50") != std::string::npos);
    CHECK(script.out.find("refund 3 receipt 3 of receipt 1: 299.00 back in cash") != std::string::npos);

    const Run sum = box.pos("summary --db " + db + " --date 2026-11-20 --format json");
    REQUIRE_MESSAGE(sum.code == 0, sum.err);
    const auto j = nlohmann::json::parse(sum.out);
    CHECK(j["store_name"] == "莲花家居");
    const auto& t = j["traffic"];
    CHECK(t["visits"] == 3);
    CHECK(t["engaged"] == 1);
    CHECK(t["demos"] == 1);
    CHECK(t["quotes"] == 0);
    CHECK(t["sold"] == 1);
    CHECK(t["lost"] == 1);
    CHECK(t["follow_up"] == 1);
    CHECK(t["conversion_bp"] == 3333);
    const auto& s = j["sales"];
    CHECK(s["count"] == 2);
    CHECK(s["gross"] == 954665);    // 6547.15 + 2999.50
    CHECK(s["refunds"] == 29900);
    CHECK(s["revenue"] == 924765);
    CHECK(s["tax"] == 106390);      // 684.42 + 68.80 + 345.08 - 34.40, per line, half away from zero
    CHECK(s["items"] == 4);
    CHECK(s["average_ticket"] == 477333);
    CHECK(j["closing_methods"].size() == 1);
    CHECK(j["closing_methods"][0]["code"] == "narrow_choice");
    CHECK(j["closing_methods"][0]["accepted"] == 1);
    for (const auto& sig : j["signals"]) {
        if (sig["code"] == "long_gaze") CHECK((sig["in_sold"] == 1 && sig["in_lost"] == 1));
        if (sig["code"] == "asks_price") CHECK((sig["in_sold"] == 1 && sig["in_lost"] == 0));
    }
    REQUIRE(j["objections"].size() == 1);
    CHECK(j["objections"][0]["raised"] == 1);
    CHECK(j["objections"][0]["resolved"] == 1);
    REQUIRE(j["lost_reasons"].size() == 1);
    CHECK(j["lost_reasons"][0]["code"] == "price_too_high");
    CHECK(j["hourly"]["visits"][10] == 1);
    CHECK(j["hourly"]["visits"][14] == 1);
    CHECK(j["hourly"]["sales"][12] == 1);
    for (const auto& tender : j["tenders"]) {
        if (tender["kind"] == "card") CHECK(tender["amount"] == 500000);
        if (tender["kind"] == "cash") CHECK((tender["amount"] == 424765 && tender["count"] == 2));
    }
    CHECK(j["voids"] == 1);
    CHECK(j["refund_count"] == 1);
    CHECK(j["no_sale_opens"] == 1);
    REQUIRE(j["overrides"].size() == 2);
    CHECK(j["overrides"][0]["action"] == "discount_over_cap");
    CHECK(j["overrides"][0]["approved_by"] == "Olga");
    CHECK(j["overrides"][0]["requested_by"] == "Wei");
    CHECK(j["overrides"][0]["reason"] == "loyal customer");
    CHECK(j["overrides"][1]["action"] == "no_sale_drawer");
    CHECK(j["cash"]["expected"] == 424765);
    CHECK(j["cash"]["counted"] == 424760);
    CHECK(j["cash"]["variance"] == -5);
    bool lan = false;
    for (const auto& st : j["staff"])
        if (st["name"] == "Lan") {
            lan = true;
            CHECK(st["visits"] == 3);
            CHECK(st["sold"] == 1);
            CHECK(st["revenue"] == 654715);
        }
    CHECK(lan);

    CHECK(box.pos("summary --db " + db + " --date 2026-11-20").out.find("conversion 33.33%") != std::string::npos);
    CHECK(box.pos("summary --db " + db + " --date 2026-11-20 --format csv").out.find("cash,,variance,-0.05") != std::string::npos);
    const Run verify = box.pos("journal verify --db " + db);
    CHECK(verify.code == 0);
    CHECK(verify.out.rfind("journal ok: ", 0) == 0);
}

TEST_CASE("a script stops at the first unexpected refusal and names the line") {
    Sandbox box;
    box.init_store();
    const std::string script = box.path("bad.jsonl");
    std::ofstream(script) << "{\"op\":\"login\",\"staff\":\"Lan\",\"pin\":\"1111\"}\n"
                             "{\"op\":\"add\",\"sku\":\"NOPE\"}\n"
                             "{\"op\":\"logout\"}\n";
    const Run r = box.pos("script --db " + quote(box.db()) + " " + quote(script));
    CHECK(r.code == 1);
    CHECK(r.err == script + ":2: error: add: no product with sku 'NOPE' (not_found)\n");
    CHECK(r.out.find("1 ok login") != std::string::npos);
    std::ofstream(script) << "{\"op\":\"login\",\"staff\":\"Lan\",\"pin\":\"1111\",}\n";
    const Run syntax = box.pos("script --db " + quote(box.db()) + " " + quote(script));
    CHECK(syntax.code == 2);
    CHECK(syntax.err.rfind(script + ":1: error: not valid JSON", 0) == 0);
}

TEST_CASE("a newer database is refused with a clear message") {
    Sandbox box;
    box.init_store();
    REQUIRE(std::system(("sqlite3 " + quote(box.db()) + " 'PRAGMA user_version = 99;'").c_str()) == 0);
    const Run r = box.pos("journal verify --db " + quote(box.db()));
    CHECK(r.code == 1);
    CHECK(r.err.find("database schema version 99 is newer than this program supports") != std::string::npos);
}

TEST_CASE("the barcode command explains good codes and rejects bad ones") {
    Sandbox box;
    const Run good = box.pos("barcode ']E04006381333931'");
    CHECK(good.code == 0);
    CHECK(good.out.find("4006381333931") != std::string::npos);
    const Run bad = box.pos("barcode 4006381333932");
    CHECK(bad.code == 1);
    CHECK(bad.out.find("check digit") != std::string::npos);
    const std::string file = box.path("codes.txt");
    std::ofstream(file) << "4006381333931\n036000291452\n12345678\n";
    const Run many = box.pos("barcode " + quote(file));
    CHECK(many.code == 1);  // 12345678 has a bad check digit
    CHECK(many.out.find(file + ":3: invalid:") != std::string::npos);
}

TEST_CASE("demo-data is reproducible for a seed and passes the journal check") {
    Sandbox box;
    std::string summaries[2];
    for (int k = 0; k < 2; ++k) {
        const std::string db = quote(box.path("demo" + std::to_string(k) + ".db"));
        REQUIRE(box.pos("init --db " + db + " --profile car --currency VND --store-name Demo --lang vi").code == 0);
        const Run d = box.pos("demo-data --db " + db + " --days 7 --seed 42 --end 2026-11-20");
        REQUIRE_MESSAGE(d.code == 0, d.err);
        CHECK(d.out.find("7 days closed") != std::string::npos);
        summaries[k] = box.pos("summary --db " + db + " --date 2026-11-18 --format json").out;
        CHECK(box.pos("journal verify --db " + db).code == 0);
    }
    CHECK(summaries[0] == summaries[1]);
    const auto j = nlohmann::json::parse(summaries[0]);
    CHECK(j["traffic"]["visits"].get<int>() > 5);
    CHECK(j["sales"]["count"].get<int>() > 0);
    CHECK(j["cash"]["counted"].is_number());
}

TEST_CASE("devices and print-test without a USB printer: the virtual printer renders a readable test page") {
    Sandbox box;
    const Run d = box.pos("devices");
    CHECK(d.code == 0);
    CHECK(d.out.find("no devices found") != std::string::npos);
    const std::string png = box.path("test-page.png");
    const Run t = box.pos("print-test --png " + quote(png));
    REQUIRE_MESSAGE(t.code == 0, t.err);
    CHECK(t.out.find("rendered to " + png) != std::string::npos);
    REQUIRE(fs::exists(png));
    const std::string decoded = box.path("decoded.txt");
    REQUIRE(std::system(("zbarimg -q " + quote(png) + " >" + quote(decoded) + " 2>/dev/null").c_str()) == 0);
    const std::string text = slurp(decoded);
    CHECK(text.find("QR-Code:https://example.com/showroom-pos/test") != std::string::npos);
    CHECK(text.find("EAN-13:4006381333931") != std::string::npos);
    const Run bad = box.pos("print-test --png " + quote(png) + " --profile nope");
    CHECK(bad.code != 0);
    CHECK(bad.err.find("epson-tm-t20") != std::string::npos);  // the message lists the known profiles
}

TEST_CASE("summary --from --to: the period summary in text, JSON and CSV; bad ranges are refused") {
    Sandbox box;
    box.init_store();
    const std::string db = quote(box.db());
    REQUIRE(box.pos("catalog import --db " + db + " " + quote(data_dir + "catalog.csv")).code == 0);
    const Run script = box.pos("script --db " + db + " " + quote(data_dir + "day.jsonl"));
    REQUIRE_MESSAGE(script.code == 0, std::string(script.err + script.out));

    const Run day = box.pos("summary --db " + db + " --date 2026-11-20 --format json");
    const Run week = box.pos("summary --db " + db + " --from 2026-11-16 --to 2026-11-22 --format json");
    REQUIRE_MESSAGE(week.code == 0, week.err);
    const auto d = nlohmann::json::parse(day.out);
    const auto w = nlohmann::json::parse(week.out);
    CHECK(w["from"] == "2026-11-16");
    CHECK(w["days_count"] == 7);
    CHECK(w["days"].size() == 7);
    CHECK(w["delivered"]["revenue"] == d["sales"]["revenue"]);  // one day of sales in the week, no orders
    CHECK(w["summary"]["traffic"]["visits"] == d["traffic"]["visits"]);
    CHECK(w["days"][4]["day"] == "2026-11-20");
    CHECK(w["days"][4]["revenue"] == d["sales"]["revenue"]);
    CHECK(w["days"][0]["revenue"] == 0);

    const Run text = box.pos("summary --db " + db + " --from 2026-11-16 --to 2026-11-22");
    CHECK(text.out.rfind("Period summary 2026-11-16 to 2026-11-22 (7 days)", 0) == 0);
    CHECK(text.out.find("Salespeople") != std::string::npos);
    const Run csv = box.pos("summary --db " + db + " --from 2026-11-20 --to 2026-11-20 --format csv");
    CHECK(csv.out.rfind("section,key,metric,value\nperiod,2026-11-20,to,2026-11-20\n", 0) == 0);
    CHECK(csv.out.find("cash,,variance,") != std::string::npos);  // one day: the cash count is there

    const Run reversed = box.pos("summary --db " + db + " --from 2026-11-22 --to 2026-11-16");
    CHECK(reversed.code == 2);
    CHECK(reversed.err == "showroom-pos: error: the range starts after it ends: 2026-11-22 > 2026-11-16\n");
    const Run half = box.pos("summary --db " + db + " --from 2026-11-16");
    CHECK(half.code == 2);
    CHECK(half.err.find("--from YYYY-MM-DD and --to YYYY-MM-DD") != std::string::npos);
    const Run both = box.pos("summary --db " + db + " --date 2026-11-20 --from 2026-11-16 --to 2026-11-22");
    CHECK(both.code == 2);
    CHECK(box.pos("summary --db " + db + " --from 2026-11-16 --to 2026-11-31").code == 2);
}
