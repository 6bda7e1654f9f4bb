#pragma once
// A print job's state without its payload: what a page polls while a receipt prints (the
// frozen ESC/POS bytes of a raster receipt are tens of kilobytes and are not needed there).
#include <optional>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// The job's row with `payload` left empty; nullopt for an unknown id.
std::optional<PrintJobRow> get_print_job_state(Connection& conn, Id id);

}  // namespace pos::db
