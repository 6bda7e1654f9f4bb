#pragma once
// The floor screen: the open customer visits on the left (plus "New customer"), and the
// selected visit on the right: the playbook stage rail, the current stage's prompts, and
// sections for needs, signals, objections, closing and "not sold". A view: it draws what
// FloorView says and pushes intents; the app fills FloorView from the service.
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/intents/intents.h"
#include "ui/text_keyboard.h"

namespace pos::ui {

// All display strings are already in the current language; codes go into the intents.
struct VisitCard {
    Id id = 0;
    std::string staff;    // who serves the customer
    std::string stage;    // current stage name
    std::string elapsed;  // "12 min"
    int party_size = 1;
};

struct StageStep {
    std::string code;
    std::string name;
    bool done = false;
    bool current = false;
};

enum class PromptStyle { cue, question, tip };

struct PromptLine {
    PromptStyle kind = PromptStyle::tip;
    std::string question_type;  // e.g. "SPIN: problem" (questions only; may be empty)
    std::string text;
};

struct Chip {
    std::string code;
    std::string name;
    bool selected = false;
};

struct NeedChips {
    std::string field;          // need_field_name: "use", "gift", ...
    std::string name;
    bool yes_no = false;        // true: Yes / No chips (value "yes" / "no"); options unused
    int flag = -1;              // yes_no only: -1 unknown, 0 no, 1 yes
    std::vector<Chip> options;  // choice: value = option code
};

struct SignalChip {
    std::string code;
    std::string name;
    int count = 0;  // times recorded in this visit
};

struct ObjectionChip {
    std::string code;
    std::string name;
    bool raised = false;    // raised at least once
    bool resolved = false;  // the last raise was resolved
};

struct CodeName {
    std::string code;
    std::string name;
};

struct DateChip {
    std::string date;   // YYYY-MM-DD, sent in EndVisitFollowUp
    std::string label;  // "Tue 24 Nov (+1)"
};

struct VisitDetail {
    Id id = 0;  // 0 = no visit selected
    std::vector<StageStep> stages;  // in playbook order
    std::vector<PromptLine> prompts;  // of the current stage
    std::vector<NeedChips> needs;
    std::vector<SignalChip> verbal;
    std::vector<SignalChip> behavioural;
    std::vector<SignalChip> facial;
    std::vector<ObjectionChip> objections;
    std::vector<SignalChip> techniques;  // presentation techniques, with how often used
    std::string last_quote;     // the last price quoted, formatted ("" = none yet)
    std::string currency_hint;  // what the quote keypad's digits mean: "¥, whole units"
    Minor quote_unit = 100;     // minor units per typed unit (the currency's major unit)
    std::vector<std::string> notes;  // the visit's notes, oldest first
    std::vector<CodeName> closing_methods;
    std::vector<CodeName> lost_reasons;
    bool suggest_close = false;  // closing signals seen: show the banner
    bool close_accepted = false;  // an accepted closing attempt: offer "Go to checkout"
};

// The selected visit's customer: who it is and, for a be-back, "last time" (each line already
// worded: the previous visit's day and salesperson, its outcome, the needs carried over, the
// last objection and quote).
struct VisitCustomer {
    Id id = 0;  // 0 = none linked yet
    std::string name;
    std::string phone;
    std::vector<std::string> last_time;  // empty: no earlier visit
};

struct FloorView {
    std::vector<VisitCard> visits;
    VisitCustomer customer;            // of the selected visit
    std::vector<std::string> my_day;   // the salesperson's day at a glance (target, follow-ups due),
                                       // under the visit list while no visit is chosen
    VisitDetail detail;                // the visit the app chose from FloorUiState::selected
    std::vector<DateChip> follow_up_dates;  // today +1, +3, +7, +14
    std::string message;               // the last refusal or error, shown in red
};

enum class FloorTab { needs, present, signals, objections, close, not_sold };

// What only the screen remembers between frames. The app reads `selected` to fill
// FloorView::detail.
struct FloorUiState {
    Id selected = 0;
    std::string rail_stage;     // the stage the rail last scrolled to
    bool new_customer = false;  // the New customer panel is open
    int party_size = 1;
    std::string source = "walk_in";
    FloorTab tab = FloorTab::needs;
    std::string close_method;
    bool follow_up = false;     // Not sold: follow-up instead of lost
    std::string lost_reason;
    std::string follow_up_date;
    std::string contact;
    bool typing = false;        // the contact keyboard is open
    TextKeyboardState keyboard;
    bool quoting = false;       // Present: the quote keypad is open
    std::string quote_digits;
    bool noting = false;        // Present: the note keyboard is open
    std::string note;
    bool find_customer = false; // "Link customer" / "Change customer" tapped: the page opens the customer picker
    Id open_customer = 0;       // the linked customer tapped: the page opens the customer page
};

inline constexpr int kMaxPartySize = 20;

// Full-screen. Probe names: "floor/new", "floor/new/minus", "floor/new/plus",
// "floor/new/source/<code>", "floor/new/start", "floor/new/cancel", "floor/visit/<id>",
// "floor/stage/<code>", "floor/tab/<needs|present|signals|objections|close|not_sold>",
// "floor/technique/<code>", "floor/quote", "floor/quote_pad/<key>", "floor/note", "floor/kb/<key>",
// "floor/need/<field>/<option|yes|no>", "floor/signal/<code>", "floor/objection/<code>",
// "floor/resolve/<code>", "floor/method/<code>", "floor/accepted", "floor/declined",
// "floor/checkout", "floor/mode/lost", "floor/mode/follow_up", "floor/lost/<code>",
// "floor/end_lost", "floor/date/<date>", "floor/contact", "floor/kb/<key>", "floor/save_follow_up",
// "floor/customer/link", "floor/customer/file".
void draw_floor(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui
