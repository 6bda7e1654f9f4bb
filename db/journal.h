#pragma once
// The hash-chained audit journal. Every money- or authority-relevant action appends one row
// inside the same transaction as the action itself; verify() walks the chain.
//
// Hash encoding (version 1). hash = SHA-256 over the concatenation of:
//   "POSJ1"                         5 ASCII bytes, domain/version tag
//   seq        int64  big-endian    8 bytes
//   at         int64  big-endian    8 bytes
//   kind       uint32 big-endian byte length, then the UTF-8 bytes
//   staff_id   int64  big-endian    8 bytes (0 = none)
//   ref_id     int64  big-endian    8 bytes (0 = none)
//   payload    uint32 big-endian byte length, then the UTF-8 bytes (JSON text as stored)
//   prev_hash  32 bytes (the previous row's hash; 32 zero bytes for seq 1)
// Fixed-width integers and length prefixes make the encoding unambiguous: no two different
// rows produce the same byte string.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "db/json_writer.h"
#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db::journal {

using Hash = std::array<std::uint8_t, 32>;

// Kinds in use. Kinds must be non-empty lowercase [a-z_].
inline constexpr std::string_view k_sale = "sale", k_refund = "refund", k_void = "void",
                                  k_override = "override", k_drawer_open = "drawer_open", k_login = "login",
                                  k_logout = "logout", k_day_close = "day_close",
                                  k_catalog_import = "catalog_import", k_staff_add = "staff_add",
                                  k_settings = "settings", k_order = "order", k_order_payment = "order_payment",
                                  k_order_state = "order_state", k_customer_save = "customer_save",
                                  k_customer_merge = "customer_merge", k_customer_link = "customer_link",
                                  k_follow_up_add = "follow_up_add", k_follow_up_result = "follow_up_result",
                                  k_follow_up_reassign = "follow_up_reassign";

// Appends one entry. Must run inside the caller's transaction (Error(invalid_state) otherwise),
// so the entry commits or rolls back with the action. `payload_json` must be valid JSON.
// Returns the new seq.
std::int64_t append(Connection& conn, std::string_view kind, Id staff_id, Id ref_id,
                    std::string_view payload_json, Timestamp at);
// The same for a payload written with db::JsonWriter: valid by construction, so it is not
// parsed again (Error(invalid_input) when the writer left a container open).
std::int64_t append(Connection& conn, std::string_view kind, Id staff_id, Id ref_id,
                    const JsonWriter& payload, Timestamp at);

// The hash of an entry given the previous hash (the encoding documented above).
Hash entry_hash(std::int64_t seq, Timestamp at, std::string_view kind, Id staff_id, Id ref_id,
                std::string_view payload, std::span<const std::uint8_t> prev_hash);

struct VerifyResult {
    bool ok = true;
    std::int64_t entries_checked = 0;
    std::int64_t first_bad_seq = 0;  // 0 when ok
    std::string reason;              // empty when ok
};

// Walks the whole chain in seq order: seq must run 1, 2, 3... without gaps, each prev_hash must
// equal the previous row's hash and each hash must match the recomputed one.
VerifyResult verify(Connection& conn);

// Entries with seq > after_seq in order, at most `limit`.
std::vector<JournalRow> read(Connection& conn, std::int64_t after_seq, int limit);

}  // namespace pos::db::journal
