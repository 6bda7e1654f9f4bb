#pragma once
// The customer file (顧客檔案 in the training material): who the customer is, who comes with
// them, what they drive or own now, what they like and what decides a purchase for them, and
// whether they agreed to be contacted. Validation, phone normalisation for search and the
// merge of two files for the same person are rules of the core; storing them is db/'s job.
#include <optional>
#include <string>
#include <string_view>

#include "core/common/types.h"

namespace pos {

struct CustomerFile {
    Id id = 0;
    std::string name;             // any script
    std::string phone;            // normalised (normalize_phone), or empty
    std::string email;
    std::string companions;       // "wife and two children", "with a friend"
    std::string job;
    std::string current_product;  // the car or sofa they have now
    std::string plate;            // its licence plate (car showrooms)
    std::string likes;
    std::string buying_focus;     // what decides it: price, comfort, safety, delivery time ...
    std::string notes;
    bool contact_consent = false;  // may be called / messaged for follow-ups and offers
};

// A phone number as stored and compared: digits only, with a leading '+' when the number was
// given in international form ("+", or "00" before the country code). Spaces, dashes, dots,
// slashes and parentheses are dropped; full-width digits (０-９) count as digits. Throws
// Error(invalid_input) naming the problem: a letter or other character, fewer than 6 or more
// than 15 digits (E.164).
std::string normalize_phone(std::string_view typed);

// The digits of what a person typed into a search box (for matching any part of a stored
// phone number); empty when it has no digit.
std::string phone_digits(std::string_view typed);
// The digits of a search that is a phone number or a part of one (digits, separators and a
// leading + only, at least 3 digits); nullopt for anything else (a name).
std::optional<std::string> phone_search_digits(std::string_view typed);

// Trims every field, normalises the phone and checks the file. Throws Error(invalid_input):
// neither a name nor a phone, a malformed e-mail address, a field longer than its limit
// (name 100 bytes, notes 2000, others 200) or with a control character (notes may hold
// line breaks).
CustomerFile validated(CustomerFile file);

// Two files of the same person (found by phone) joined into `keep`: its fields win; an empty
// field takes the other's value; notes are both, oldest first; consent is kept only if `keep`
// has it (a consent is never widened by a merge). `keep.id` stays; the phones must match
// when both are set, else Error(conflict).
CustomerFile merged(const CustomerFile& keep, const CustomerFile& other);

}  // namespace pos
