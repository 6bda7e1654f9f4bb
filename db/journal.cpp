// Hash-chained journal: append and verify (SHA-256 through libsodium).
#include "db/journal.h"

#include <sodium.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace pos::db::journal {

namespace {

void put_u64(crypto_hash_sha256_state& st, std::uint64_t v) {
    std::uint8_t b[8];
    for (int i = 7; i >= 0; --i) {
        b[i] = static_cast<std::uint8_t>(v & 0xffu);
        v >>= 8;
    }
    crypto_hash_sha256_update(&st, b, sizeof b);
}

void put_i64(crypto_hash_sha256_state& st, std::int64_t v) { put_u64(st, static_cast<std::uint64_t>(v)); }

void put_bytes(crypto_hash_sha256_state& st, std::string_view s) {
    if (s.size() > 0xffffffffu) throw Error(Errc::invalid_input, "journal field too long");
    const auto n = static_cast<std::uint32_t>(s.size());
    const std::uint8_t len[4] = {static_cast<std::uint8_t>(n >> 24), static_cast<std::uint8_t>(n >> 16),
                                 static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n)};
    crypto_hash_sha256_update(&st, len, sizeof len);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

bool valid_kind(std::string_view kind) {
    return !kind.empty() && std::all_of(kind.begin(), kind.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

}  // namespace

Hash entry_hash(std::int64_t seq, Timestamp at, std::string_view kind, Id staff_id, Id ref_id,
                std::string_view payload, std::span<const std::uint8_t> prev_hash) {
    if (prev_hash.size() != 32) throw Error(Errc::invalid_input, "journal prev_hash must be 32 bytes");
    if (sodium_init() < 0) throw Error(Errc::io, "libsodium failed to initialise");
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    static constexpr unsigned char tag[] = {'P', 'O', 'S', 'J', '1'};
    crypto_hash_sha256_update(&st, tag, sizeof tag);
    put_i64(st, seq);
    put_i64(st, at);
    put_bytes(st, kind);
    put_i64(st, staff_id);
    put_i64(st, ref_id);
    put_bytes(st, payload);
    crypto_hash_sha256_update(&st, prev_hash.data(), prev_hash.size());
    Hash out{};
    crypto_hash_sha256_final(&st, out.data());
    return out;
}

namespace {

void check_call(const Connection& conn, std::string_view kind) {
    require_transaction(conn, "journal::append");
    if (!valid_kind(kind)) throw Error(Errc::invalid_input, "invalid journal kind '" + std::string(kind) + "'");
}

// Appends once check_call passed and the payload is known to be valid JSON.
std::int64_t append_checked(Connection& conn, std::string_view kind, Id staff_id, Id ref_id,
                            std::string_view payload_json, Timestamp at) {
    std::int64_t seq = 1;
    Blob prev(32, 0);
    {
        auto last = conn.cached("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1");
        if (last->step()) {
            seq = last->get_int64(0) + 1;
            prev = last->get_blob(1);
        }
    }
    const Hash h = entry_hash(seq, at, kind, staff_id, ref_id, payload_json, prev);
    auto ins = conn.cached(
        "INSERT INTO journal(seq, at, kind, staff_id, ref_id, payload, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins->bind(1, seq).bind(2, at).bind(3, kind).bind(4, staff_id).bind(5, ref_id).bind(6, payload_json);
    ins->bind(7, prev).bind(8, std::span<const std::uint8_t>(h));
    ins->run();
    return seq;
}

}  // namespace

std::int64_t append(Connection& conn, std::string_view kind, Id staff_id, Id ref_id,
                    std::string_view payload_json, Timestamp at) {
    check_call(conn, kind);
    if (!nlohmann::json::accept(payload_json))
        throw Error(Errc::invalid_input, "journal payload for '" + std::string(kind) + "' is not valid JSON");
    return append_checked(conn, kind, staff_id, ref_id, payload_json, at);
}

std::int64_t append(Connection& conn, std::string_view kind, Id staff_id, Id ref_id, const JsonWriter& payload,
                    Timestamp at) {
    check_call(conn, kind);
    if (!payload.complete())
        throw Error(Errc::invalid_input, "journal payload for '" + std::string(kind) + "' is not a complete JSON value");
    return append_checked(conn, kind, staff_id, ref_id, payload.text(), at);
}

VerifyResult verify(Connection& conn) {
    VerifyResult r;
    auto fail = [&r](std::int64_t seq, std::string why) {
        r.ok = false;
        r.first_bad_seq = seq;
        r.reason = std::move(why);
        return r;
    };
    Statement st = conn.prepare(
        "SELECT seq, at, kind, staff_id, ref_id, payload, prev_hash, hash FROM journal ORDER BY seq");
    std::int64_t expected = 1;
    Blob prev(32, 0);
    while (st.step()) {
        const std::int64_t seq = st.get_int64(0);
        if (seq != expected)
            return fail(seq, "sequence gap: expected entry " + std::to_string(expected) + ", found " +
                                 std::to_string(seq) + " (an entry was removed)");
        const Blob prev_hash = st.get_blob(6);
        if (prev_hash != prev) return fail(seq, "entry " + std::to_string(seq) + " does not link to the entry before it");
        const Blob stored = st.get_blob(7);
        const Hash h = entry_hash(seq, st.get_int64(1), st.get_text(2), st.get_int64(3), st.get_int64(4),
                                  st.get_text(5), prev_hash);
        if (stored.size() != h.size() || !std::equal(h.begin(), h.end(), stored.begin()))
            return fail(seq, "entry " + std::to_string(seq) + " was altered (hash mismatch)");
        prev = stored;
        ++expected;
        ++r.entries_checked;
    }
    return r;
}

std::vector<JournalRow> read(Connection& conn, std::int64_t after_seq, int limit) {
    auto st = conn.cached(
        "SELECT seq, at, kind, staff_id, ref_id, payload, prev_hash, hash FROM journal WHERE seq > ?1 "
        "ORDER BY seq LIMIT ?2");
    st->bind(1, after_seq).bind(2, limit);
    std::vector<JournalRow> out;
    while (st->step()) {
        JournalRow j;
        j.seq = st->get_int64(0);
        j.at = st->get_int64(1);
        j.kind = st->get_text(2);
        j.staff_id = st->get_int64(3);
        j.ref_id = st->get_int64(4);
        j.payload = st->get_text(5);
        j.prev_hash = st->get_blob(6);
        j.hash = st->get_blob(7);
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace pos::db::journal
