#pragma once
// The day summary printed at closing time (Z report): traffic and conversion, sales, refunds,
// revenue, tenders, voids, manager overrides, the cash drawer (expected, counted, variance) and
// who closed the day. Pure: DaySummary -> escpos::Document.
#include "core/common/lang.h"
#include "core/report/day_summary.h"
#include "drivers/escpos/document.h"

namespace pos::receipt {

struct ZReportOptions {
    Lang lang = Lang::en;
    int columns = 48;
};

escpos::Document z_report(const report::DaySummary& summary, const ZReportOptions& options);

}  // namespace pos::receipt
