#pragma once
// Customers and their follow-ups (return visits). Stores and loads the core's CustomerFile and
// FollowUp; the rules (normalised phone, validation, merge, results and chaining) are the
// core's (core/customer).
#include <optional>
#include <string_view>
#include <vector>

#include "core/customer/customer_file.h"
#include "core/customer/follow_up.h"
#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Returns the new id. The file must be validated (core::validated) by the caller.
Id insert_customer(Connection& conn, const CustomerFile& file, Timestamp now);
// Throws Error(not_found) for an unknown or merged id.
void update_customer(Connection& conn, const CustomerFile& file, Timestamp now);
// A customer that was merged is found under the kept id: load_customer follows merged_into.
std::optional<CustomerFile> load_customer(Connection& conn, Id id);
// Customers (not merged away) with exactly this normalised phone, oldest first.
std::vector<CustomerFile> customers_with_phone(Connection& conn, std::string_view phone);
// Customers whose name or phone contains `text` (3 characters or more: trigram index), whose
// name starts with `text` (shorter text: name index), or whose phone contains the digits typed
// (3 digits or more); at most `limit`, by id.
std::vector<CustomerFile> search_customers(Connection& conn, std::string_view text, int limit);
// The customer a receipt was sold to, if any.
std::optional<CustomerFile> customer_of_receipt(Connection& conn, std::int64_t receipt_no);
// Moves visits, sales, orders and follow-ups of `other` to `keep`, stores `merged` as keep's file and
// marks `other` as merged into `keep`. Inside the caller's transaction.
void merge_customers(Connection& conn, const CustomerFile& merged, Id other, Timestamp now);
std::int64_t customer_count(Connection& conn);

// The customer page's history, newest first, at most `limit` of each.
// Visits with their events (VisitRecord of db/visits.h).
std::vector<VisitRecord> customer_visits(Connection& conn, Id customer_id, int limit);
struct CustomerSaleRow {
    Id id = 0;
    std::int64_t receipt_no = 0;
    bool refund = false;
    Minor total = 0;  // negative on refunds
    std::string day;
    Timestamp created_at = 0;
};
std::vector<CustomerSaleRow> customer_sales(Connection& conn, Id customer_id, int limit);
// The customer's salesperson: the staff member of their latest visit; 0 when they have none.
Id customer_salesperson(Connection& conn, Id customer_id);

Id insert_follow_up(Connection& conn, const FollowUp& f, Timestamp now);
std::optional<FollowUp> get_follow_up(Connection& conn, Id id);
// Stores the result fields of a follow-up that has none yet; Error(conflict) otherwise.
void record_follow_up_result(Connection& conn, const FollowUp& done);
void reassign_follow_up(Connection& conn, Id id, Id owner_id);
// Open follow-ups of one owner (0: everyone's) due up to `until` (YYYY-MM-DD), by due day.
std::vector<FollowUp> open_follow_ups(Connection& conn, Id owner_id, std::string_view until, int limit);
// Every follow-up of a customer, newest due day first.
std::vector<FollowUp> customer_follow_ups(Connection& conn, Id customer_id);

}  // namespace pos::db
