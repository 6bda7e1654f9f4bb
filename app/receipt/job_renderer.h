#pragma once
// Renders a queued print job to ESC/POS bytes for the print queue: receipts, copies and gift
// receipts from the stored sale, the Z report from the day closing that queued it.
#include <cstdint>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"
#include "drivers/escpos/profile.h"

namespace pos::receipt {

// Throws pos::Error(not_found) when the sale or day closing is gone, Error(invalid_input) for a
// job kind that carries its own bytes (test pages).
std::vector<std::uint8_t> render_print_job(db::Connection& conn, const db::PrintJobRow& job, const escpos::Profile& profile);

}  // namespace pos::receipt
