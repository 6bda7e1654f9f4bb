// The customer file (顧客檔案) and return visits (主動回訪): create, edit, merge and link
// customers; add follow-ups, record their results (an appointment creates the next one) and
// reassign them. The rules are the core's (core/customer); every change is one transaction
// with its journal entry. Journal payloads name ids and what was done, never a person's
// details (the journal cannot be edited later; the customer file can).
#include "core/common/time.h"
#include "db/customers.h"
#include "db/journal.h"
#include "db/visits.h"
#include "service/handlers.h"

namespace pos::service {
namespace {

CustomerFile file_of(const intent::CustomerFields& f) {
    CustomerFile c;
    c.name = f.name;
    c.phone = f.phone;
    c.email = f.email;
    c.companions = f.companions;
    c.job = f.job;
    c.current_product = f.current_product;
    c.plate = f.plate;
    c.likes = f.likes;
    c.buying_focus = f.buying_focus;
    c.notes = f.notes;
    c.contact_consent = f.contact_consent;
    return c;
}

// A stored customer by the id a person gave: Error(not_found) for an unknown one. A merged id
// gives the kept file unless `exact`, when it is refused (an edit or merge of a file that no
// longer exists on its own would act on another one).
CustomerFile stored_customer(db::Connection& conn, Id id, bool exact) {
    if (id <= 0) throw Error(Errc::invalid_input, "no customer given");
    auto c = db::load_customer(conn, id);
    if (!c) throw Error(Errc::not_found, "no customer " + std::to_string(id));
    if (exact && c->id != id)
        throw Error(Errc::conflict, "customer " + std::to_string(id) + " was merged into customer " + std::to_string(c->id));
    return *c;
}

std::string who(const CustomerFile& c) {
    return "customer " + std::to_string(c.id) + (c.name.empty() ? std::string() : " (" + c.name + ")");
}

void journal_entry(PosService& s, db::Connection& conn, std::string_view kind, Id ref, const db::JsonWriter& payload) {
    db::journal::append(conn, kind, s.user() ? s.user()->staff_id : 0, ref, payload, s.now());
}

}  // namespace

Outcome Handlers::operator()(const intent::SaveCustomer& i) {
    s.require_user();
    CustomerFile file = validated(file_of(i.file));
    const Visit* visit = i.visit ? &s.visit_for(*i.visit) : nullptr;
    std::optional<CustomerFile> current;
    if (i.customer_id != 0) current = stored_customer(s.conn_, i.customer_id, true);
    // The phone of another customer: never a second file for the same person.
    std::optional<CustomerFile> holder;
    for (const CustomerFile& c : db::customers_with_phone(s.conn_, file.phone))
        if (c.id != i.customer_id) {
            holder = c;
            break;
        }
    if (holder && (current || i.on_duplicate == intent::OnDuplicatePhone::refuse))
        throw Error(Errc::conflict,
                    "the phone " + file.phone + " belongs to " + who(*holder) +
                        (current ? ": merge the two customers instead" : ": use or merge into that customer"),
                    Cause::duplicate_phone, std::to_string(holder->id));

    const Timestamp now = s.now();
    Id id = 0;
    std::string how;
    db::Transaction tx(s.conn_);
    if (current) {
        file.id = current->id;
        db::update_customer(s.conn_, file, now);
        id = file.id;
        how = "edited";
    } else if (holder && i.on_duplicate == intent::OnDuplicatePhone::use_existing) {
        id = holder->id;
        how = "used";
    } else if (holder) {
        file.id = holder->id;
        db::update_customer(s.conn_, merged(file, *holder), now);  // what was typed now wins
        id = holder->id;
        how = "merged";
    } else {
        id = db::insert_customer(s.conn_, file, now);
        how = "created";
    }
    if (visit) db::set_visit_customer(s.conn_, visit->id(), id);
    db::JsonWriter p;
    p.begin_object().key("cart").value(std::int64_t{i.link_cart}).key("customer").value(id).key("how").value(how);
    p.key("visit").value(visit ? visit->id() : Id{0}).end_object();
    journal_entry(s, s.conn_, db::journal::k_customer_save, id, p);
    tx.commit();

    Outcome out{"customer " + std::to_string(id) + " " + how, id, 0, {event::CustomerSaved{id, how == "created"}}};
    if (visit) {
        out.events.emplace_back(event::VisitCustomerLinked{visit->id(), id});
        out.message += ", linked to visit " + std::to_string(visit->id());
        // The cart of this visit sells to its customer.
        if (s.cart_.visit_id() == visit->id() && s.cart_.customer_id() == 0) s.cart_.set_customer_id(id);
    }
    if (i.link_cart) {
        s.cart_.set_customer_id(id);
        out.events.emplace_back(event::CustomerLinked{id});
        out.message += ", linked to the cart";
    }
    return out;
}

Outcome Handlers::operator()(const intent::MergeCustomers& i) {
    const Actor actor = s.require_user();
    if (i.keep == i.other) throw Error(Errc::invalid_input, "a customer cannot be merged with itself");
    const CustomerFile keep = stored_customer(s.conn_, i.keep, true);
    const CustomerFile other = stored_customer(s.conn_, i.other, true);
    if (!role_allows(actor.role, Action::merge_customers)) {
        // The customers' own salesperson may merge them: the one who served both (a file
        // without any visit has no salesperson and does not stand in the way).
        const Id a = db::customer_salesperson(s.conn_, keep.id), b = db::customer_salesperson(s.conn_, other.id);
        const bool own = (a != 0 || b != 0) && (a == 0 || a == actor.staff_id) && (b == 0 || b == actor.staff_id);
        if (!own)
            throw Error(Errc::permission_denied, "only a manager or the customers' own salesperson may merge " + who(keep) +
                                                     " and " + who(other));
    }
    const CustomerFile m = merged(keep, other);  // Error(conflict) for two different phones
    db::Transaction tx(s.conn_);
    db::merge_customers(s.conn_, m, other.id, s.now());
    db::JsonWriter p;
    p.begin_object().key("kept").value(keep.id).key("merged").value(other.id).end_object();
    journal_entry(s, s.conn_, db::journal::k_customer_merge, keep.id, p);
    tx.commit();
    if (s.cart_.customer_id() == other.id) s.cart_.set_customer_id(keep.id);
    return {"customer " + std::to_string(other.id) + " merged into " + who(m), keep.id, 0,
            {event::CustomersMerged{keep.id, other.id}}};
}

Outcome Handlers::operator()(const intent::LinkVisitCustomer& i) {
    s.require_user();
    const Visit& v = s.visit_for(i.visit);
    const CustomerFile c = stored_customer(s.conn_, i.customer_id, false);
    db::Transaction tx(s.conn_);
    db::set_visit_customer(s.conn_, v.id(), c.id);
    db::JsonWriter p;
    p.begin_object().key("customer").value(c.id).key("visit").value(v.id()).end_object();
    journal_entry(s, s.conn_, db::journal::k_customer_link, v.id(), p);
    tx.commit();
    if (s.cart_.visit_id() == v.id() && s.cart_.customer_id() == 0) s.cart_.set_customer_id(c.id);
    return {"visit " + std::to_string(v.id()) + " is " + who(c), v.id(), 0, {event::VisitCustomerLinked{v.id(), c.id}}};
}

Outcome Handlers::operator()(const intent::AddFollowUp& i) {
    const Actor actor = s.require_user();
    const Id owner = i.owner.empty() ? actor.staff_id : s.find_staff(i.owner).id;
    if (owner != actor.staff_id && !role_allows(actor.role, Action::reassign_follow_up))
        throw Error(Errc::permission_denied, "only a manager gives a follow-up to another salesperson");
    const CustomerFile c = stored_customer(s.conn_, i.customer_id, false);
    const Timestamp now = s.now();
    FollowUp f = new_follow_up(c.id, owner, i.due, i.reason, local_day(now));
    db::Transaction tx(s.conn_);
    f.id = db::insert_follow_up(s.conn_, f, now);
    db::JsonWriter p;
    p.begin_object().key("customer").value(c.id).key("due").value(f.due).key("owner").value(owner).end_object();
    journal_entry(s, s.conn_, db::journal::k_follow_up_add, f.id, p);
    tx.commit();
    return {"follow-up " + std::to_string(f.id) + " for " + who(c) + " on " + f.due, f.id, 0,
            {event::FollowUpAdded{f.id, c.id, owner}}};
}

Outcome Handlers::operator()(const intent::RecordFollowUp& i) {
    const Actor actor = s.require_user();
    const auto result = parse_follow_up_result(i.result);
    if (!result)
        throw Error(Errc::invalid_input,
                    "unknown follow-up result '" + i.result + "' (reached, no_answer, new_appointment, bought, not_interested)");
    const auto f = db::get_follow_up(s.conn_, i.follow_up_id);
    if (!f) throw Error(Errc::not_found, "no follow-up " + std::to_string(i.follow_up_id));
    if (f->owner_id != actor.staff_id && !role_allows(actor.role, Action::team_follow_ups))
        throw Error(Errc::permission_denied, "follow-up " + std::to_string(f->id) + " is another salesperson's");
    std::optional<std::string> next_due;
    if (!i.next_due.empty()) next_due = i.next_due;
    if (next_due && f->customer_id == 0)
        throw Error(Errc::invalid_input, "follow-up " + std::to_string(f->id) + " has no customer: save the customer first");
    const Timestamp now = s.now();
    const FollowUpRecorded r = record_follow_up(*f, *result, i.note, next_due, local_day(now), now, actor.staff_id);
    db::Transaction tx(s.conn_);
    db::record_follow_up_result(s.conn_, r.done);
    Id next = 0;
    if (r.next) next = db::insert_follow_up(s.conn_, *r.next, now);
    db::JsonWriter p;
    p.begin_object().key("next").value(next).key("result").value(follow_up_result_name(*result)).end_object();
    journal_entry(s, s.conn_, db::journal::k_follow_up_result, f->id, p);
    tx.commit();
    std::string message = "follow-up " + std::to_string(f->id) + ": " + std::string(follow_up_result_name(*result));
    if (next) message += ", next follow-up " + std::to_string(next) + " on " + r.next->due;
    return {std::move(message), f->id, 0, {event::FollowUpRecorded{f->id, next}}};
}

Outcome Handlers::operator()(const intent::ReassignFollowUp& i) {
    const Actor actor = s.require_user();
    if (!role_allows(actor.role, Action::reassign_follow_up))
        throw Error(Errc::permission_denied, "only a manager may reassign follow-ups");
    const db::StaffRow owner = s.find_staff(i.owner);
    const auto f = db::get_follow_up(s.conn_, i.follow_up_id);
    if (!f) throw Error(Errc::not_found, "no follow-up " + std::to_string(i.follow_up_id));
    if (f->result) throw Error(Errc::invalid_state, "follow-up " + std::to_string(f->id) + " is already done");
    db::Transaction tx(s.conn_);
    db::reassign_follow_up(s.conn_, f->id, owner.id);
    db::JsonWriter p;
    p.begin_object().key("from").value(f->owner_id).key("to").value(owner.id).end_object();
    journal_entry(s, s.conn_, db::journal::k_follow_up_reassign, f->id, p);
    tx.commit();
    return {"follow-up " + std::to_string(f->id) + " now " + owner.name + "'s", f->id, 0,
            {event::FollowUpReassigned{f->id, owner.id}}};
}

}  // namespace pos::service
