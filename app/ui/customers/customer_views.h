#pragma once
// The customer screens: the picker / editor dialog (search in any script, the customer-file
// form, the choice when a phone already belongs to a stored customer), the customer page (the
// file and its history, newest first) and My follow-ups with the target progress. Views only:
// the view structs hold strings already in the session language, the views push intents.
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/intents/intents.h"
#include "ui/floor_screen.h"
#include "ui/text_keyboard.h"

namespace pos::ui {

// --- the picker / editor -----------------------------------------------------------------

struct CustomerRow {
    Id id = 0;
    std::string name;
    std::string phone;
    std::string detail;  // what matched ("Receipt 123") or other facts; may be empty
};

struct CustomerPickerView {
    std::vector<CustomerRow> results;     // for the typed search
    std::optional<CustomerRow> existing;  // the customer who has the typed phone already
    std::optional<CustomerRow> keep;      // mode merge: the file that stays
    std::optional<CustomerRow> other;     // mode merge: the file merged into it
};

// What the chosen customer is linked to: nothing (only look), an open visit (a be-back), the
// cart, or merge: the chosen file is merged into `keep` after a confirmation.
enum class CustomerLink { none, visit, cart, merge };
enum class PickerMode { search, form, duplicate, merge };
enum class CustomerField { none, name, phone, email, companions, current_product, plate, job, likes, buying_focus, notes };

struct CustomerPickerState {
    bool open = false;
    PickerMode mode = PickerMode::search;
    CustomerLink link = CustomerLink::none;
    Id visit = 0;                  // link == visit
    std::string query;
    bool typing_query = true;      // the search keyboard is shown
    TextKeyboardState keyboard;
    Id editing = 0;                // the form edits this customer; 0 = a new one
    intent::CustomerFields file;
    CustomerField typing = CustomerField::none;  // the form's keyboard is open for this field
    std::string error;             // the last refusal, readable
    bool awaiting = false;         // pushed; waiting for applied() / refused()
    std::optional<intent::Intent> pending;
    Id duplicate_of = 0;           // mode duplicate: the stored customer with the typed phone
    Id show_file = 0;              // a result's "File" was tapped: the page opens the customer page
    Id keep = 0;                   // link merge: the customer page's file, which stays
    Id merge_other = 0;            // mode merge: the chosen file, merged into `keep` once confirmed
};

// Opens the picker to link a customer to `link` (visit: the open visit `visit`).
void open_customer_picker(CustomerPickerState& s, CustomerLink link, Id visit = 0);
// Opens the form on a stored customer's file (Edit on the customer page).
void open_customer_editor(CustomerPickerState& s, Id customer, const intent::CustomerFields& file);
// Opens the search to choose the file to merge into `keep` (Merge with… on the customer page).
void open_customer_merger(CustomerPickerState& s, Id keep);

// The whole content region. Probe names start with "customer/": "customer/cancel",
// "customer/query", "customer/kb/<key>", "customer/new", "customer/result/<id>",
// "customer/file/<id>"; the form: "customer/field/<name|phone|...>", "customer/consent",
// "customer/save", "customer/back"; the duplicate: "customer/use", "customer/merge",
// "customer/back"; the merge confirmation: "customer/confirm_merge", "customer/back".
void draw_customer_picker(const CustomerPickerView& view, CustomerPickerState& s, intent::IntentSink& sink);

// --- the customer page --------------------------------------------------------------------

struct LabelledText {
    std::string label;
    std::string text;
};

// One entry of the history: when, a headline and its details (each a line).
struct HistoryEntry {
    std::string when;
    std::string headline;
    std::vector<std::string> lines;
};

struct HistorySection {
    std::string title;
    std::vector<HistoryEntry> entries;  // newest first
};

struct CustomerPageView {
    Id id = 0;
    std::string name;
    intent::CustomerFields file;        // for Edit
    std::vector<LabelledText> fields;   // the file's filled fields
    std::vector<HistorySection> history;
    std::string today;                  // YYYY-MM-DD: a new follow-up's earliest day
    bool can_merge = false;             // the logged-in role may merge customer files
};

// The Add follow-up panel over the customer page: a day on the calendar, the reason typed.
struct FollowUpDraft {
    bool open = false;
    std::string day;                    // YYYY-MM-DD; empty = none chosen yet
    std::string reason;
    bool typing = false;                // the reason's keyboard is shown
    TextKeyboardState keyboard;
    std::string error;                  // the last refusal, readable
    bool awaiting = false;              // AddFollowUp pushed; waiting for applied() / refused()
};

struct CustomerPageState {
    FollowUpDraft follow_up;
};

enum class CustomerPageAction { none, back, edit, merge };

// The whole content region. Probe names: "customer_page/back", "customer_page/edit",
// "customer_page/add_follow_up", "customer_page/merge" (shown when view.can_merge); the
// follow-up panel: "customer_page/follow_up/day/<YYYY-MM-DD>", "customer_page/follow_up/reason",
// "customer_page/follow_up/kb/<key>", "customer_page/follow_up/save",
// "customer_page/follow_up/cancel". Save pushes intent::AddFollowUp for the logged-in salesperson.
CustomerPageAction draw_customer_page(const CustomerPageView& view, CustomerPageState& s, intent::IntentSink& sink);

// --- My follow-ups ------------------------------------------------------------------------

struct FollowUpRow {
    Id id = 0;
    Id customer_id = 0;
    std::string due;       // formatted day
    std::string customer;  // name (or "#id"), may be empty
    std::string phone;
    std::string reason;
    std::string owner;     // the team list only
};

struct TargetLine {
    std::string label;  // "This month"
    std::string text;   // "¥12,000 of ¥50,000 · 3 of 10 units"
    float share = 0.0f; // 0..1 of the bar filled
};

struct FollowUpsView {
    bool team = false;  // a manager's list of everyone's, with owners and Reassign
    std::vector<FollowUpRow> overdue;
    std::vector<FollowUpRow> today;
    std::vector<FollowUpRow> upcoming;
    std::vector<DateChip> next_days;   // the next appointment's day
    std::vector<std::string> staff;    // who a follow-up can be reassigned to (names)
    std::vector<TargetLine> target;    // empty: no target this month
};

struct FollowUpsUiState {
    bool team = true;          // a manager sees everyone's (false: only their own)
    Id choosing_day = 0;       // New appointment tapped on this follow-up: pick the day
    Id reassigning = 0;        // Reassign tapped on this follow-up: pick the owner
    Id show_file = 0;          // the customer's name tapped: the page opens the customer page
    std::string error;
};

// Full screen (the "follow_ups" tab). Probe names: "follow_ups/team", "follow_ups/mine",
// "follow_ups/<id>/customer", "follow_ups/<id>/<reached|no_answer|new_appointment|bought|
// not_interested>", "follow_ups/<id>/day/<YYYY-MM-DD>", "follow_ups/<id>/reassign",
// "follow_ups/<id>/owner/<name>", "follow_ups/<id>/cancel".
void draw_follow_ups(const FollowUpsView& view, FollowUpsUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui
