// Customer and follow-up repository.
#include "db/customers.h"

#include "core/common/error.h"
#include "db/text_match.h"
#include "db/visits.h"

namespace pos::db {
namespace {

constexpr const char* k_customer_columns =
    "SELECT c.id, c.name, c.phone, c.email, c.companions, c.job, c.current_product, c.plate, c.likes, c.buying_focus, c.note, "
    "c.contact_consent FROM customers c ";

CustomerFile read_customer(const Statement& st) {
    CustomerFile f;
    f.id = st.get_int64(0);
    f.name = st.get_text(1);
    f.phone = st.get_text(2);
    f.email = st.get_text(3);
    f.companions = st.get_text(4);
    f.job = st.get_text(5);
    f.current_product = st.get_text(6);
    f.plate = st.get_text(7);
    f.likes = st.get_text(8);
    f.buying_focus = st.get_text(9);
    f.notes = st.get_text(10);
    f.contact_consent = st.get_int64(11) != 0;
    return f;
}

void bind_file(Statement& st, const CustomerFile& f) {
    st.bind(1, f.name).bind(2, f.phone).bind(3, f.email).bind(4, f.companions).bind(5, f.job).bind(6, f.current_product);
    st.bind(7, f.plate).bind(8, f.likes).bind(9, f.buying_focus).bind(10, f.notes).bind(11, f.contact_consent ? 1 : 0);
}

constexpr const char* k_follow_up_columns =
    "SELECT id, customer_id, owner_id, visit_id, due, reason, result, result_note, done_at, done_by FROM follow_ups ";

FollowUp read_follow_up(const Statement& st) {
    FollowUp f;
    f.id = st.get_int64(0);
    f.customer_id = st.get_id(1);
    f.owner_id = st.get_int64(2);
    f.visit_id = st.get_id(3);
    f.due = st.get_text(4);
    f.reason = st.get_text(5);
    if (!st.is_null(6)) f.result = parse_follow_up_result(st.get_text(6));
    f.result_note = st.get_text(7);
    f.done_at = st.is_null(8) ? 0 : st.get_int64(8);
    f.done_by = st.get_id(9);
    return f;
}

}  // namespace

Id insert_customer(Connection& conn, const CustomerFile& f, Timestamp now) {
    auto st = conn.cached(
        "INSERT INTO customers(name, phone, email, companions, job, current_product, plate, likes, buying_focus, note, "
        "contact_consent, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)");
    bind_file(*st, f);
    st->bind(12, now);
    st->step();
    return conn.last_insert_id();
}

void update_customer(Connection& conn, const CustomerFile& f, Timestamp now) {
    auto st = conn.cached(
        "UPDATE customers SET name = ?1, phone = ?2, email = ?3, companions = ?4, job = ?5, current_product = ?6, plate = ?7, "
        "likes = ?8, buying_focus = ?9, note = ?10, contact_consent = ?11, updated_at = ?12 WHERE id = ?13 AND merged_into IS NULL");
    bind_file(*st, f);
    st->bind(12, now).bind_id(13, f.id);
    st->step();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no customer " + std::to_string(f.id));
}

std::optional<CustomerFile> load_customer(Connection& conn, Id id) {
    for (int hops = 0; hops < 16; ++hops) {  // a merged file points at the kept one
        auto merged = conn.cached("SELECT merged_into FROM customers WHERE id = ?1");
        merged->bind_id(1, id);
        if (!merged->step()) return std::nullopt;
        if (!merged->is_null(0)) {
            id = merged->get_int64(0);
            continue;
        }
        auto st = conn.cached(std::string(k_customer_columns) + "WHERE c.id = ?1");
        st->bind_id(1, id);
        st->step();
        return read_customer(*st);
    }
    throw Error(Errc::conflict, "customer merges form a loop at " + std::to_string(id));
}

std::vector<CustomerFile> customers_with_phone(Connection& conn, std::string_view phone) {
    std::vector<CustomerFile> out;
    if (phone.empty()) return out;
    auto st = conn.cached(std::string(k_customer_columns) + "WHERE c.phone = ?1 AND c.phone <> '' AND c.merged_into IS NULL ORDER BY c.id");
    st->bind(1, phone);
    while (st->step()) out.push_back(read_customer(*st));
    return out;
}

std::vector<CustomerFile> search_customers(Connection& conn, std::string_view text, int limit) {
    std::vector<CustomerFile> out;
    const std::optional<std::string> digits = phone_search_digits(text);
    const bool phone_like = digits.has_value();
    if (limit <= 0 || text.find_first_not_of(" \t") == std::string_view::npos) return out;
    // Any part of a number or of a name through the trigram index (3 characters and more); one
    // or two characters (a Chinese surname) as a prefix of the name, on its index.
    const bool trigram = phone_like || text_match::utf8_length(text) >= 3;
    auto st = trigram ? conn.cached(std::string(k_customer_columns) +
                                    "JOIN customers_search s ON s.rowid = c.id WHERE customers_search MATCH ?1 "
                                    "AND c.merged_into IS NULL ORDER BY c.id LIMIT ?2")
                      : conn.cached(std::string(k_customer_columns) +
                                    "WHERE c.merged_into IS NULL AND c.name >= ?1 AND c.name < ?1 || char(1114111) "
                                    "ORDER BY c.name, c.id LIMIT ?2");
    st->bind(1, phone_like ? "phone : " + text_match::fts_phrase(*digits)
                : trigram  ? "name : " + text_match::fts_phrase(text)
                           : std::string(text));
    st->bind(2, limit);
    while (st->step()) out.push_back(read_customer(*st));
    return out;
}

std::optional<CustomerFile> customer_of_receipt(Connection& conn, std::int64_t receipt_no) {
    Id id = 0;
    {
        auto st = conn.cached("SELECT customer_id FROM sales WHERE receipt_no = ?1");
        st->bind(1, receipt_no);
        if (!st->step() || st->is_null(0)) return std::nullopt;
        id = st->get_int64(0);
    }
    return load_customer(conn, id);
}

void merge_customers(Connection& conn, const CustomerFile& merged, Id other, Timestamp now) {
    if (merged.id == other) throw Error(Errc::invalid_input, "a customer cannot be merged with itself");
    update_customer(conn, merged, now);
    {
        auto st = conn.cached("UPDATE visits SET customer_id = ?1 WHERE customer_id = ?2");
        st->bind_id(1, merged.id).bind_id(2, other);
        st->step();
    }
    {
        auto st = conn.cached("UPDATE sales SET customer_id = ?1 WHERE customer_id = ?2");
        st->bind_id(1, merged.id).bind_id(2, other);
        st->step();
    }
    {
        auto st = conn.cached("UPDATE follow_ups SET customer_id = ?1 WHERE customer_id = ?2");
        st->bind_id(1, merged.id).bind_id(2, other);
        st->step();
    }
    {
        auto st = conn.cached("UPDATE orders SET customer_id = ?1 WHERE customer_id = ?2");
        st->bind_id(1, merged.id).bind_id(2, other);
        st->step();
    }
    auto st = conn.cached("UPDATE customers SET merged_into = ?1, updated_at = ?3 WHERE id = ?2 AND merged_into IS NULL");
    st->bind_id(1, merged.id).bind_id(2, other).bind(3, now);
    st->step();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no customer " + std::to_string(other) + " to merge");
}

std::int64_t customer_count(Connection& conn) {
    auto st = conn.cached("SELECT count(*) FROM customers WHERE merged_into IS NULL");
    st->step();
    return st->get_int64(0);
}

std::vector<VisitRecord> customer_visits(Connection& conn, Id customer_id, int limit) {
    std::vector<Id> ids;
    {
        auto st = conn.cached("SELECT id FROM visits WHERE customer_id = ?1 ORDER BY started_at DESC, id DESC LIMIT ?2");
        st->bind_id(1, customer_id).bind(2, limit);
        while (st->step()) ids.push_back(st->get_int64(0));
    }
    std::vector<VisitRecord> out;
    for (const Id id : ids)
        if (auto rec = load_visit(conn, id)) out.push_back(std::move(*rec));
    return out;
}

std::vector<CustomerSaleRow> customer_sales(Connection& conn, Id customer_id, int limit) {
    std::vector<CustomerSaleRow> out;
    auto st = conn.cached(
        "SELECT id, receipt_no, kind, total, day, created_at FROM sales WHERE customer_id = ?1 "
        "ORDER BY created_at DESC, id DESC LIMIT ?2");
    st->bind_id(1, customer_id).bind(2, limit);
    while (st->step())
        out.push_back({st->get_int64(0), st->get_int64(1), st->get_text(2) == "refund", st->get_int64(3), st->get_text(4),
                       st->get_int64(5)});
    return out;
}

Id customer_salesperson(Connection& conn, Id customer_id) {
    auto st = conn.cached("SELECT staff_id FROM visits WHERE customer_id = ?1 ORDER BY started_at DESC, id DESC LIMIT 1");
    st->bind_id(1, customer_id);
    return st->step() ? st->get_int64(0) : 0;
}

Id insert_follow_up(Connection& conn, const FollowUp& f, Timestamp now) {
    auto st = conn.cached(
        "INSERT INTO follow_ups(customer_id, owner_id, visit_id, due, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st->bind(1, f.customer_id ? std::optional<Id>(f.customer_id) : std::nullopt).bind_id(2, f.owner_id);
    st->bind(3, f.visit_id ? std::optional<Id>(f.visit_id) : std::nullopt).bind(4, f.due).bind(5, f.reason).bind(6, now);
    st->step();
    return conn.last_insert_id();
}

std::optional<FollowUp> get_follow_up(Connection& conn, Id id) {
    auto st = conn.cached(std::string(k_follow_up_columns) + "WHERE id = ?1");
    st->bind_id(1, id);
    if (!st->step()) return std::nullopt;
    return read_follow_up(*st);
}

void record_follow_up_result(Connection& conn, const FollowUp& done) {
    if (!done.result) throw Error(Errc::invalid_input, "no result to record");
    auto st = conn.cached(
        "UPDATE follow_ups SET result = ?1, result_note = ?2, done_at = ?3, done_by = ?4 WHERE id = ?5 AND result IS NULL");
    st->bind(1, follow_up_result_name(*done.result)).bind(2, done.result_note).bind(3, done.done_at).bind_id(4, done.done_by);
    st->bind_id(5, done.id);
    st->step();
    if (conn.changes() == 0) throw Error(Errc::conflict, "follow-up " + std::to_string(done.id) + " is unknown or already done");
}

void reassign_follow_up(Connection& conn, Id id, Id owner_id) {
    auto st = conn.cached("UPDATE follow_ups SET owner_id = ?1 WHERE id = ?2 AND result IS NULL");
    st->bind_id(1, owner_id).bind_id(2, id);
    st->step();
    if (conn.changes() == 0) throw Error(Errc::conflict, "follow-up " + std::to_string(id) + " is unknown or already done");
}

std::vector<FollowUp> open_follow_ups(Connection& conn, Id owner_id, std::string_view until, int limit) {
    std::vector<FollowUp> out;
    // One owner's on the partial index follow_ups_open_by_owner; owner 0: everyone's.
    auto st = owner_id ? conn.cached(std::string(k_follow_up_columns) +
                                     "WHERE owner_id = ?1 AND result IS NULL AND due <= ?2 ORDER BY due, id LIMIT ?3")
                       : conn.cached(std::string(k_follow_up_columns) +
                                     "WHERE ?1 = 0 AND result IS NULL AND due <= ?2 ORDER BY due, id LIMIT ?3");
    st->bind(1, owner_id).bind(2, until).bind(3, limit);
    while (st->step()) out.push_back(read_follow_up(*st));
    return out;
}

std::vector<FollowUp> customer_follow_ups(Connection& conn, Id customer_id) {
    std::vector<FollowUp> out;
    auto st = conn.cached(std::string(k_follow_up_columns) + "WHERE customer_id = ?1 ORDER BY due DESC, id DESC");
    st->bind_id(1, customer_id);
    while (st->step()) out.push_back(read_follow_up(*st));
    return out;
}

}  // namespace pos::db
