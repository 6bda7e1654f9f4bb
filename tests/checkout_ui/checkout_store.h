#pragma once
// A store for the checkout tests and preview: Lan (floor, 1111), Wei (cashier, 1234), Anna
// (cashier, 5555), Olga (manager, 9999) and products SOFA-1 (6999.00, Sofas, barcode
// 6901234567892), LAMP-1 (499.00, Lighting) and TABLE-1 (2999.50, Tables), CNY, tax-inclusive.
#include <filesystem>
#include <string>

#include "service/pos_service.h"

namespace pos::test {

// Creates <dir>/store.db and returns its path.
std::string make_checkout_store(const std::filesystem::path& dir);
service::ServiceOptions checkout_service_options();

}  // namespace pos::test
