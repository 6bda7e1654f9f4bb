#pragma once
// The visits currently open on the floor, by id (several customers are served at once).
// Pure: ids come from the caller (the database); storage saves what close() hands back.
#include <cstddef>
#include <map>
#include <vector>

#include "core/visit/visit.h"

namespace pos {

class VisitBook {
public:
    // Starts a visit (Visit::start) and keeps it. Error(conflict) when the id is already held.
    Visit& open(Id id, const Playbook& pb, Id staff_id, int party_size, VisitSource source, Timestamp at);
    // Keeps an existing open visit (e.g. restored from storage). Error(conflict) on a duplicate
    // id, Error(invalid_state) when the visit is already closed.
    Visit& adopt(Visit visit);

    Visit* find(Id id) noexcept;
    const Visit* find(Id id) const noexcept;
    // Same, but Error(not_found) "no open visit 12" when absent.
    Visit& get(Id id);

    // Removes a visit that has its outcome and returns it for saving. Error(not_found) when
    // absent, Error(invalid_state) when the visit has no outcome yet.
    Visit close(Id id);

    // Visits without an outcome, oldest first (ties by id); optionally only one staff member's.
    std::vector<const Visit*> list_open() const;
    std::vector<const Visit*> list_open_for(Id staff_id) const;
    std::size_t size() const noexcept { return visits_.size(); }

private:
    std::map<Id, Visit> visits_;
};

}  // namespace pos
