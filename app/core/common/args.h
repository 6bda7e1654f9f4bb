#pragma once
// A small, strict command-line parser for the CLI commands and the app's own options:
// `--name value`, `--flag`, and positionals. Unknown options and missing values are errors with
// a one-line message.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pos {

class Args {
public:
    // value_options take a value (--db FILE); flags take none (--tax-inclusive).
    Args(const std::vector<std::string>& argv, const std::set<std::string>& value_options, const std::set<std::string>& flags);

    std::optional<std::string> get(const std::string& name) const;
    std::string require(const std::string& name) const;  // throws "missing --name"
    bool flag(const std::string& name) const { return flags_.count(name) != 0; }
    const std::vector<std::string>& positionals() const noexcept { return positionals_; }
    // Throws unless there are exactly n positionals; `what` names them in the message.
    void expect_positionals(std::size_t n, const std::string& what) const;

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positionals_;
};

}  // namespace pos
