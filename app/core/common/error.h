#pragma once
// One error type for the whole domain core. Expected failures (bad input, refused
// permission, overflow) are thrown as pos::Error with a code the caller can branch
// on and a message a person can read; the CLI prints what(), the UI shows it.
#include <stdexcept>
#include <string>
#include <utility>

namespace pos {

enum class Errc {
    invalid_input,      // malformed or out-of-range input from a person or a file
    overflow,           // arithmetic would not fit in the integer type
    permission_denied,  // the actor's role may not do this without an override
    not_found,          // an id, sku or barcode that does not exist
    conflict,           // the request contradicts stored state (duplicate, already closed)
    invalid_state,      // the operation is not allowed in the current state
    locked_out,         // too many wrong PINs
    io,                 // storage or device failure
};

// What a person can do about a refusal, so a screen can act on it without reading the message:
// nothing but change the request (rule), ask a manager to approve it, type the PIN again, or
// scan again (a barcode not in the catalog, or not readable).
enum class Cause {
    rule,
    needs_approval,      // a manager's override would let it through
    wrong_pin,           // the PIN (own or the approving manager's) did not match
    unknown_barcode,     // a readable code that is not in the catalog
    unreadable_barcode,  // a code that failed its check digit or format
    duplicate_phone,     // the phone belongs to another customer (the refusal's subject is their id):
                         // offer to use or merge that customer instead of creating a second file
};

const char* errc_name(Errc c) noexcept;

class Error : public std::runtime_error {
public:
    // subject: what the refusal is about when a screen needs it to offer a way out (the id of
    // the customer who already has the phone, for Cause::duplicate_phone); usually empty.
    Error(Errc code, const std::string& message, Cause cause = Cause::rule, std::string subject = {})
        : std::runtime_error(message), code_(code), cause_(cause), subject_(std::move(subject)) {}
    Errc code() const noexcept { return code_; }
    Cause cause() const noexcept { return cause_; }
    const std::string& subject() const noexcept { return subject_; }

private:
    Errc code_;
    Cause cause_;
    std::string subject_;
};

inline const char* errc_name(Errc c) noexcept {
    switch (c) {
    case Errc::invalid_input: return "invalid_input";
    case Errc::overflow: return "overflow";
    case Errc::permission_denied: return "permission_denied";
    case Errc::not_found: return "not_found";
    case Errc::conflict: return "conflict";
    case Errc::invalid_state: return "invalid_state";
    case Errc::locked_out: return "locked_out";
    case Errc::io: return "io";
    }
    return "unknown";
}

}  // namespace pos
