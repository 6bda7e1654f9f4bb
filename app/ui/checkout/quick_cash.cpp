#include "ui/checkout/quick_cash.h"

#include <algorithm>

#include "core/sale/money.h"

namespace pos::ui {

std::vector<Minor> cash_denominations(std::string_view currency_code) {
    struct Table {
        std::string_view code;
        std::vector<Minor> major;  // in major units
    };
    static const std::vector<Table> tables = {
        {"CNY", {1, 5, 10, 20, 50, 100}},
        {"TWD", {50, 100, 200, 500, 1000, 2000}},
        {"HKD", {10, 20, 50, 100, 500, 1000}},
        {"RUB", {50, 100, 200, 500, 1000, 2000, 5000}},
        {"VND", {10000, 20000, 50000, 100000, 200000, 500000}},
        {"USD", {1, 5, 10, 20, 50, 100}},
        {"EUR", {5, 10, 20, 50, 100, 200}},
    };
    std::vector<Minor> major{1, 5, 10, 20, 50, 100};
    for (const Table& t : tables)
        if (t.code == currency_code) major = t.major;
    const Currency* cur = find_currency(currency_code);
    const std::int64_t unit = pow10(cur != nullptr ? cur->exponent : 2);
    std::vector<Minor> out;
    for (Minor m : major) out.push_back(checked_mul(m, unit));
    return out;
}

std::vector<Minor> quick_cash_amounts(Minor due, std::string_view currency_code, std::size_t more) {
    std::vector<Minor> out;
    if (due <= 0) return out;
    out.push_back(due);
    std::vector<Minor> above;
    for (Minor d : cash_denominations(currency_code)) {
        const Minor rounded = checked_mul((due + d - 1) / d, d);
        if (rounded > due && std::find(above.begin(), above.end(), rounded) == above.end()) above.push_back(rounded);
    }
    std::sort(above.begin(), above.end());
    if (above.size() > more) above.resize(more);
    out.insert(out.end(), above.begin(), above.end());
    return out;
}

}  // namespace pos::ui
