#include "core/common/args.h"

#include "core/common/error.h"

namespace pos {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& value_options, const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            positionals_.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (value_options.count(name)) {
            if (inline_value) {
                values_[name] = *inline_value;
            } else {
                if (i + 1 >= argv.size()) throw Error(Errc::invalid_input, "option --" + name + " needs a value");
                values_[name] = argv[++i];
            }
        } else if (flags.count(name) && !inline_value) {
            flags_.insert(name);
        } else {
            throw Error(Errc::invalid_input, "unknown option --" + name + " (see --help)");
        }
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::require(const std::string& name) const {
    auto v = get(name);
    if (!v || v->empty()) throw Error(Errc::invalid_input, "missing --" + name);
    return *v;
}

void Args::expect_positionals(std::size_t n, const std::string& what) const {
    if (positionals_.size() < n) throw Error(Errc::invalid_input, "missing " + what);
    if (positionals_.size() > n) throw Error(Errc::invalid_input, "unexpected argument '" + positionals_[n] + "'");
}

}  // namespace pos
