#pragma once
// Plain row structs exchanged with the repositories in db/. Ids use 0 for "none" (stored as
// NULL); money is pos::Minor (minor units); times are pos::Timestamp (ms since epoch, UTC);
// `day` is the local business day "YYYY-MM-DD". Enumerations travel as their stored strings
// (the lead maps them onto the domain enums); the schema's CHECK constraints reject others.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"

namespace pos::db {

struct StaffRow {
    Id id = 0;
    std::string name;
    std::string role;      // "floor" | "cashier" | "manager"
    std::string pin_hash;  // Argon2id encoded string
    bool active = true;
    int failed_attempts = 0;
    Timestamp locked_until = 0;
    Timestamp created_at = 0;
};

struct ProductRow {
    Id id = 0;  // ignored by upsert (matched by sku)
    std::string sku;
    std::string name;
    Minor price = 0;
    int tax_rate_bp = 0;  // 0..10000
    std::string category;
    bool active = true;
    Timestamp updated_at = 0;
    std::vector<std::string> barcodes;  // sorted when loaded
};

struct VisitRow {
    Id id = 0;
    std::string playbook;
    Id staff_id = 0;
    Id customer_id = 0;
    int party_size = 1;
    std::string source;
    Timestamp started_at = 0;
    std::optional<Timestamp> ended_at;
    std::string day;
    std::string stage;
    std::optional<std::string> outcome;  // "sold" | "lost" | "follow_up"
    std::optional<std::string> lost_reason;
    Id sale_id = 0;
    std::optional<std::string> follow_up_date;
    std::optional<std::string> follow_up_contact;
    std::string needs_json = "{}";
};

struct VisitEventRow {
    Id id = 0;
    Id visit_id = 0;
    Timestamp at = 0;
    Id staff_id = 0;
    std::string kind;  // stage|signal|objection|objection_resolved|technique|closing|quote|need|note
    std::string code;
    std::optional<std::string> result;
    std::optional<Minor> amount;
    std::optional<std::string> note;
};

struct VisitOutcomeRow {
    std::string outcome;  // "sold" | "lost" | "follow_up"
    Timestamp ended_at = 0;
    std::optional<std::string> lost_reason;  // required for "lost"
    Id sale_id = 0;
    std::optional<std::string> follow_up_date;
    std::optional<std::string> follow_up_contact;
};

struct VisitRecord {
    VisitRow visit;
    std::vector<VisitEventRow> events;  // ordered by time, then id
};

struct SaleLineRow {
    Id id = 0;  // set when loaded
    int line_no = 0;  // 1-based, unique within the sale
    Id product_id = 0;
    std::string sku;
    std::string name;
    std::int64_t qty = 0;  // negative on refunds
    Minor list_price = 0;
    Minor unit_price = 0;
    Minor line_discount = 0;
    Minor order_discount = 0;
    int tax_rate_bp = 0;
    Minor tax = 0;
    Minor payable = 0;
    Id refund_of_line = 0;          // refunds: sale_lines.id of the original line
    std::int64_t refunded_qty = 0;  // loaded only: quantity already refunded (positive)
};

struct PaymentRow {
    std::string kind;  // "cash" | "card" | "voucher"
    Minor amount = 0;  // applied to the sale (negative on refunds)
    Minor tendered = 0;  // cash handed over (change = tendered - amount, recorded on the sale)
    std::string reference;
};

struct SaleTaxRow {
    int rate_bp = 0;
    Minor base = 0;
    Minor tax = 0;
};

struct OverrideRow {
    std::string action;  // e.g. "discount_over_cap", "price_override", "void_line", "refund"
    int line_no = 0;     // 0 = the whole sale
    Id requested_by = 0;
    Id approved_by = 0;
    std::string reason;
    std::string detail;
    Timestamp at = 0;
};

struct SaleDraft {
    std::string kind = "sale";  // "sale" | "refund"
    Id refund_of = 0;           // refunds: sales.id of the original sale
    Id visit_id = 0;
    Id customer_id = 0;
    Id staff_id = 0;    // floor staff credited
    Id cashier_id = 0;  // who took the payment
    Timestamp created_at = 0;
    std::string day;
    std::string currency;  // ISO 4217, e.g. "VND"
    std::string tax_mode;  // "inclusive" | "exclusive"
    Minor subtotal = 0;
    Minor discount_total = 0;
    Minor tax_total = 0;
    Minor total = 0;
    Minor change_given = 0;
    std::vector<SaleLineRow> lines;
    std::vector<PaymentRow> payments;
    std::vector<SaleTaxRow> taxes;
    std::vector<OverrideRow> overrides;
};

struct SaleRecord : SaleDraft {
    Id id = 0;
    std::int64_t receipt_no = 0;
    std::vector<Id> refund_ids;  // refunds recorded against this sale
};

struct CommittedSale {
    Id sale_id = 0;
    std::int64_t receipt_no = 0;
    std::int64_t journal_seq = 0;
    Id print_job_id = 0;
};

struct PrintJobRow {
    Id id = 0;
    Id sale_id = 0;
    Id order_payment_id = 0;  // order_receipt jobs: the order payment it prints
    std::string kind;    // core/print/print_job_kind.h names
    std::string status;  // pending|printing|done|failed|skipped
    std::optional<std::vector<std::uint8_t>> payload;  // ESC/POS bytes; nullopt = render from sale
    std::int64_t bytes_sent = 0;
    std::optional<std::string> error;
    Timestamp created_at = 0;
    Timestamp updated_at = 0;
};

struct DayClosingRow {
    Id id = 0;
    std::string day;
    Id closed_by = 0;
    Timestamp closed_at = 0;
    Minor cash_expected = 0;
    Minor cash_counted = 0;
    Minor variance = 0;  // must equal cash_counted - cash_expected
    std::string counts_json = "{}";
};

struct HeldCartRow {
    Id id = 0;
    Id staff_id = 0;
    std::string label;
    std::string cart_json;
    Timestamp created_at = 0;
};

struct JournalRow {
    std::int64_t seq = 0;
    Timestamp at = 0;
    std::string kind;
    Id staff_id = 0;
    Id ref_id = 0;
    std::string payload;  // JSON text
    std::vector<std::uint8_t> prev_hash;  // 32 bytes
    std::vector<std::uint8_t> hash;       // 32 bytes
};

struct DaySummaryRow {
    std::string day;
    std::int64_t sale_count = 0;
    std::int64_t refund_count = 0;
    Minor gross_total = 0;
    Minor refund_total = 0;  // <= 0
    Minor net_total = 0;
    Minor tax_total = 0;
    Minor discount_total = 0;
    Minor cash = 0, card = 0, voucher = 0;  // net per tender
};

}  // namespace pos::db
