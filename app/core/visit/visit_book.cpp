// Registry of the visits open on the floor.
#include "core/visit/visit_book.h"

#include <algorithm>

#include "core/common/error.h"

namespace pos {

Visit& VisitBook::open(Id id, const Playbook& pb, Id staff_id, int party_size, VisitSource source, Timestamp at) {
    if (visits_.count(id)) throw Error(Errc::conflict, "visit " + std::to_string(id) + " is already open");
    return adopt(Visit::start(id, pb, staff_id, party_size, source, at));
}

Visit& VisitBook::adopt(Visit visit) {
    const Id id = visit.id();
    if (!visit.is_open()) throw Error(Errc::invalid_state, "visit " + std::to_string(id) + " is already closed");
    auto [it, inserted] = visits_.emplace(id, std::move(visit));
    if (!inserted) throw Error(Errc::conflict, "visit " + std::to_string(id) + " is already open");
    return it->second;
}

Visit* VisitBook::find(Id id) noexcept {
    auto it = visits_.find(id);
    return it == visits_.end() ? nullptr : &it->second;
}

const Visit* VisitBook::find(Id id) const noexcept {
    auto it = visits_.find(id);
    return it == visits_.end() ? nullptr : &it->second;
}

Visit& VisitBook::get(Id id) {
    Visit* v = find(id);
    if (!v) throw Error(Errc::not_found, "no open visit " + std::to_string(id));
    return *v;
}

Visit VisitBook::close(Id id) {
    auto it = visits_.find(id);
    if (it == visits_.end()) throw Error(Errc::not_found, "no open visit " + std::to_string(id));
    if (it->second.is_open()) {
        throw Error(Errc::invalid_state,
                    "visit " + std::to_string(id) + " has no outcome yet (sold, lost or follow-up)");
    }
    Visit v = std::move(it->second);
    visits_.erase(it);
    return v;
}

std::vector<const Visit*> VisitBook::list_open() const {
    std::vector<const Visit*> out;
    for (const auto& [id, v] : visits_) {
        if (v.is_open()) out.push_back(&v);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Visit* a, const Visit* b) { return a->started_at() < b->started_at(); });
    return out;
}

std::vector<const Visit*> VisitBook::list_open_for(Id staff_id) const {
    std::vector<const Visit*> out = list_open();
    out.erase(std::remove_if(out.begin(), out.end(), [staff_id](const Visit* v) { return v->staff_id() != staff_id; }),
              out.end());
    return out;
}

}  // namespace pos
