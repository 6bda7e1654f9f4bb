// showroom-pos init: creates and configures a store database.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/common/time.h"
#include "core/visit/playbook.h"
#include "db/journal.h"
#include "service/assets.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::cli {

int cmd_init(const Argv& argv) {
    const Args a(argv, {"db", "profile", "currency", "store-name", "lang"}, {"tax-inclusive", "tax-exclusive"});
    a.expect_positionals(0, "");
    service::StoreSettings s;
    const std::string path = a.require("db");
    s.profile = a.require("profile");
    s.currency_code = a.require("currency");
    s.store_name = a.require("store-name");
    (void)currency(s.currency_code);
    if (a.flag("tax-inclusive") && a.flag("tax-exclusive")) throw Error(Errc::invalid_input, "choose one of --tax-inclusive or --tax-exclusive");
    s.tax_mode = a.flag("tax-exclusive") ? TaxMode::exclusive : TaxMode::inclusive;
    if (auto l = a.get("lang")) {
        const auto lang = parse_lang(*l);
        if (!lang) throw Error(Errc::invalid_input, "unknown language '" + *l + "' (en, zh_CN, zh_TW, ru, vi)");
        s.lang = *lang;
    }
    if (s.profile != "furniture" && s.profile != "car")
        throw Error(Errc::invalid_input, "unknown profile '" + s.profile + "' (furniture or car)");
    const Playbook pb = load_playbook(service::playbooks_dir() + "/" + s.profile + ".json");  // validates the shipped data
    s.receipt_footer = pb.name.in(s.lang);

    service::Store opened = service::create_store(path);
    db::Connection& conn = opened.connection();
    service::save_settings(conn, s);
    {
        db::Transaction tx(conn);
        db::journal::append(conn, db::journal::k_settings, 0, 0,
                            nlohmann::json{{"store_name", s.store_name}, {"currency", s.currency_code},
                                           {"tax_mode", tax_mode_name(s.tax_mode)}, {"profile", s.profile}, {"lang", lang_code(s.lang)}}
                                .dump(),
                            SystemClock().now());
        tx.commit();
    }
    std::printf("initialised %s: %s (%s playbook, %s, tax-%s, %s)\n", path.c_str(), s.store_name.c_str(), s.profile.c_str(),
                s.currency_code.c_str(), std::string(tax_mode_name(s.tax_mode)).c_str(), std::string(lang_code(s.lang)).c_str());
    return 0;
}

}  // namespace pos::cli
