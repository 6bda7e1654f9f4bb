#pragma once
// The manager's day summary for a store: the playbook supplies stage order, milestones and
// display names; the storage layer supplies the day's rows.
#include <string>

#include "core/common/lang.h"
#include "core/report/day_summary.h"
#include "core/report/period.h"
#include "core/visit/playbook.h"
#include "db/day_summary.h"

namespace pos::service {

// The context refers to pb (for display names): pb must outlive it.
db::SummaryContext summary_context(const Playbook& pb, Lang lang);
report::DaySummary day_summary(db::Connection& conn, const std::string& day, const Playbook& pb, Lang lang);
report::PeriodSummary period_summary(db::Connection& conn, const report::DayRange& range, const Playbook& pb, Lang lang);

}  // namespace pos::service
