#pragma once
// Showroom visits and their event timeline (stages, signals, objections, closings...).
#include <optional>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Inserts row (id ignored); returns the new id.
Id insert_visit(Connection& conn, const VisitRow& row);
// Inserts event (id ignored); returns the new id.
Id append_visit_event(Connection& conn, const VisitEventRow& event);
// Each throws Error(not_found) for an unknown visit id.
void update_visit_stage(Connection& conn, Id visit_id, std::string_view stage);
void update_visit_needs(Connection& conn, Id visit_id, std::string_view needs_json);
void set_visit_customer(Connection& conn, Id visit_id, Id customer_id);
// The visit's customer, 0 when it has none; Error(not_found) for an unknown visit.
Id visit_customer(Connection& conn, Id visit_id);
// Ends the visit with its outcome (sets ended_at, outcome and the outcome details).
void close_visit(Connection& conn, Id visit_id, const VisitOutcomeRow& outcome);
std::optional<VisitRecord> load_visit(Connection& conn, Id visit_id);
// Visits without ended_at, oldest first (events not loaded).
std::vector<VisitRow> list_open_visits(Connection& conn);

}  // namespace pos::db
