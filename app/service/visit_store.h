#pragma once
// Bridges pos::Visit (pure) and the visits/visit_events tables: each recorded event is
// appended as a row, and open visits are rebuilt at start-up by replaying their events
// through the same Visit methods, so stored and live visits obey the same rules.
#include <string>
#include <vector>

#include "core/visit/playbook.h"
#include "core/visit/visit.h"
#include "db/sqlite.h"

namespace pos::service {

// Inserts the visit row and its first stage event; returns the started visit.
Visit create_visit(db::Connection& conn, const Playbook& pb, Id staff_id, int party_size, VisitSource source, Timestamp at);
// Appends the newest timeline event (and the current stage).
void save_last_event(db::Connection& conn, const Visit& visit);
// Stores a needs-profile answer as an event and the whole profile on the visit row.
void save_need(db::Connection& conn, const Visit& visit, const Playbook& pb, NeedField field, Timestamp at, Id staff_id);
// Stores the outcome of a closed visit.
void save_visit_outcome(db::Connection& conn, const Visit& visit);
// Open visits of this playbook, replayed from storage. Visits that no longer replay (their
// playbook changed) are left out and named in `skipped`.
std::vector<Visit> load_open_visits(db::Connection& conn, const Playbook& pb, std::vector<std::string>* skipped = nullptr);

}  // namespace pos::service
