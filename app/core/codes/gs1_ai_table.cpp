#include "core/codes/gs1_ai_table.h"

#include <array>

namespace pos::gs1 {
namespace {

// GS1 General Specifications (release 24) / GS1 Barcode Syntax Dictionary. Linters the parser does
// not apply (IBAN, CSET 32 check characters, coupon layouts, media types) are left out of the formats.
constexpr std::array<AiSpec, 196> kAis{{
    {"00", true, "N18,csum", "SSCC"},
    {"01", true, "N14,csum", "GTIN"},
    {"02", true, "N14,csum", "content GTIN"},
    {"10", false, "X..20", "batch/lot"},
    {"11", true, "N6,yymmd0", "production date"},
    {"12", true, "N6,yymmd0", "due date"},
    {"13", true, "N6,yymmd0", "packaging date"},
    {"15", true, "N6,yymmd0", "best before"},
    {"16", true, "N6,yymmd0", "sell by"},
    {"17", true, "N6,yymmd0", "expiry"},
    {"20", true, "N2", "internal variant"},
    {"21", false, "X..20", "serial"},
    {"22", false, "X..20", "consumer product variant"},
    {"235", false, "X..28", "third-party serial extension (TPX)"},
    {"240", false, "X..30", "additional product id"},
    {"241", false, "X..30", "customer part number"},
    {"242", false, "N..6", "made-to-order variant"},
    {"243", false, "X..20", "packaging component number"},
    {"250", false, "X..30", "secondary serial"},
    {"251", false, "X..30", "reference to source entity"},
    {"253", false, "N13,csum [X..17]", "document type id (GDTI)"},
    {"254", false, "X..20", "GLN extension"},
    {"255", false, "N13,csum [N..12]", "coupon code (GCN)"},
    {"30", false, "N..8", "variable count"},
    {"310n", true, "N6", "net weight (kg)", true},
    {"311n", true, "N6", "length (m)", true},
    {"312n", true, "N6", "width (m)", true},
    {"313n", true, "N6", "depth (m)", true},
    {"314n", true, "N6", "area (m2)", true},
    {"315n", true, "N6", "net volume (l)", true},
    {"316n", true, "N6", "net volume (m3)", true},
    {"320n", true, "N6", "net weight (lb)", true},
    {"321n", true, "N6", "length (in)", true},
    {"322n", true, "N6", "length (ft)", true},
    {"323n", true, "N6", "length (yd)", true},
    {"324n", true, "N6", "width (in)", true},
    {"325n", true, "N6", "width (ft)", true},
    {"326n", true, "N6", "width (yd)", true},
    {"327n", true, "N6", "depth (in)", true},
    {"328n", true, "N6", "depth (ft)", true},
    {"329n", true, "N6", "depth (yd)", true},
    {"330n", true, "N6", "gross weight (kg)", true},
    {"331n", true, "N6", "logistic length (m)", true},
    {"332n", true, "N6", "logistic width (m)", true},
    {"333n", true, "N6", "logistic depth (m)", true},
    {"334n", true, "N6", "logistic area (m2)", true},
    {"335n", true, "N6", "logistic volume (l)", true},
    {"336n", true, "N6", "logistic volume (m3)", true},
    {"337n", true, "N6", "kg per m2", true},
    {"340n", true, "N6", "gross weight (lb)", true},
    {"341n", true, "N6", "logistic length (in)", true},
    {"342n", true, "N6", "logistic length (ft)", true},
    {"343n", true, "N6", "logistic length (yd)", true},
    {"344n", true, "N6", "logistic width (in)", true},
    {"345n", true, "N6", "logistic width (ft)", true},
    {"346n", true, "N6", "logistic width (yd)", true},
    {"347n", true, "N6", "logistic depth (in)", true},
    {"348n", true, "N6", "logistic depth (ft)", true},
    {"349n", true, "N6", "logistic depth (yd)", true},
    {"350n", true, "N6", "area (in2)", true},
    {"351n", true, "N6", "area (ft2)", true},
    {"352n", true, "N6", "area (yd2)", true},
    {"353n", true, "N6", "logistic area (in2)", true},
    {"354n", true, "N6", "logistic area (ft2)", true},
    {"355n", true, "N6", "logistic area (yd2)", true},
    {"356n", true, "N6", "net weight (troy oz)", true},
    {"357n", true, "N6", "net volume (oz)", true},
    {"360n", true, "N6", "net volume (qt)", true},
    {"361n", true, "N6", "net volume (gal)", true},
    {"362n", true, "N6", "logistic volume (qt)", true},
    {"363n", true, "N6", "logistic volume (gal)", true},
    {"364n", true, "N6", "net volume (in3)", true},
    {"365n", true, "N6", "net volume (ft3)", true},
    {"366n", true, "N6", "net volume (yd3)", true},
    {"367n", true, "N6", "logistic volume (in3)", true},
    {"368n", true, "N6", "logistic volume (ft3)", true},
    {"369n", true, "N6", "logistic volume (yd3)", true},
    {"37", false, "N..8", "count of trade items"},
    {"390n", false, "N..15", "amount payable", true},
    {"391n", false, "N3,iso4217 N..15", "amount payable with currency", true},
    {"392n", false, "N..15", "price", true},
    {"393n", false, "N3,iso4217 N..15", "price with currency", true},
    {"394n", false, "N4", "coupon discount (%)", true},
    {"395n", false, "N6", "price per unit of measure", true},
    {"400", false, "X..30", "customer order number"},
    {"401", false, "X..30", "consignment number (GINC)"},
    {"402", false, "N17,csum", "shipment id (GSIN)"},
    {"403", false, "X..30", "routing code"},
    {"410", true, "N13,csum", "ship to GLN"},
    {"411", true, "N13,csum", "bill to GLN"},
    {"412", true, "N13,csum", "purchased from GLN"},
    {"413", true, "N13,csum", "ship for GLN"},
    {"414", true, "N13,csum", "location GLN"},
    {"415", true, "N13,csum", "invoicing party GLN"},
    {"416", true, "N13,csum", "production location GLN"},
    {"417", true, "N13,csum", "party GLN"},
    {"420", false, "X..20", "ship to postal code"},
    {"421", false, "N3,iso3166 X..9", "ship to postal code with country"},
    {"422", false, "N3,iso3166", "country of origin"},
    {"423", false, "N..15,iso3166list", "countries of initial processing"},
    {"424", false, "N3,iso3166", "country of processing"},
    {"425", false, "N..15,iso3166list", "countries of disassembly"},
    {"426", false, "N3,iso3166", "country of full process chain"},
    {"427", false, "X..3", "country subdivision of origin"},
    {"4300", false, "X..35", "ship to company"},
    {"4301", false, "X..35", "ship to contact"},
    {"4302", false, "X..70", "ship to address line 1"},
    {"4303", false, "X..70", "ship to address line 2"},
    {"4304", false, "X..70", "ship to suburb"},
    {"4305", false, "X..70", "ship to locality"},
    {"4306", false, "X..70", "ship to region"},
    {"4307", false, "X2,iso3166alpha2", "ship to country"},
    {"4308", false, "X..30", "ship to phone"},
    {"4309", false, "N10,latitude N10,longitude", "ship to geolocation"},
    {"4310", false, "X..35", "return to company"},
    {"4311", false, "X..35", "return to contact"},
    {"4312", false, "X..70", "return to address line 1"},
    {"4313", false, "X..70", "return to address line 2"},
    {"4314", false, "X..70", "return to suburb"},
    {"4315", false, "X..70", "return to locality"},
    {"4316", false, "X..70", "return to region"},
    {"4317", false, "X2,iso3166alpha2", "return to country"},
    {"4318", false, "X..20", "return to postal code"},
    {"4319", false, "X..30", "return to phone"},
    {"4320", false, "X..35", "service description"},
    {"4321", false, "N1,yesno", "dangerous goods"},
    {"4322", false, "N1,yesno", "authority to leave"},
    {"4323", false, "N1,yesno", "signature required"},
    {"4324", false, "N6,yymmd0 N4,hhmm", "not before delivery"},
    {"4325", false, "N6,yymmd0 N4,hhmm", "not after delivery"},
    {"4326", false, "N6,yymmdd", "release date"},
    {"4330", false, "N6 [X1,hyphen]", "maximum temperature (F)"},
    {"4331", false, "N6 [X1,hyphen]", "maximum temperature (C)"},
    {"4332", false, "N6 [X1,hyphen]", "minimum temperature (F)"},
    {"4333", false, "N6 [X1,hyphen]", "minimum temperature (C)"},
    {"7001", false, "N13", "NATO stock number"},
    {"7002", false, "X..30", "meat cut"},
    {"7003", false, "N6,yymmdd N4,hhmm", "expiry date and time"},
    {"7004", false, "N..4", "active potency"},
    {"7005", false, "X..12", "catch area"},
    {"7006", false, "N6,yymmdd", "first freeze date"},
    {"7007", false, "N6,yymmdd [N6,yymmdd]", "harvest date"},
    {"7008", false, "X..3", "aquatic species"},
    {"7009", false, "X..10", "fishing gear type"},
    {"7010", false, "X..2", "production method"},
    {"7011", false, "N6,yymmdd [N4,hhmm]", "test by date"},
    {"7020", false, "X..20", "refurbishment lot"},
    {"7021", false, "X..20", "functional status"},
    {"7022", false, "X..20", "revision status"},
    {"7023", false, "X..30", "assembly id (GIAI)"},
    {"703n", false, "N3,iso3166999 X..27", "processor approval number"},
    {"7040", false, "N1 X3", "unit identifier with extension (UIC)"},
    {"710", false, "X..20", "national healthcare reimbursement number (Germany)"},
    {"711", false, "X..20", "national healthcare reimbursement number (France)"},
    {"712", false, "X..20", "national healthcare reimbursement number (Spain)"},
    {"713", false, "X..20", "national healthcare reimbursement number (Brazil)"},
    {"714", false, "X..20", "national healthcare reimbursement number (Portugal)"},
    {"715", false, "X..20", "national healthcare reimbursement number (USA)"},
    {"716", false, "X..20", "national healthcare reimbursement number (Italy)"},
    {"723n", false, "X2 X..28", "certification reference"},
    {"7240", false, "X..20", "protocol id"},
    {"7241", false, "N2", "AIDC media type"},
    {"7242", false, "X..25", "version control number"},
    {"8001", false, "N14", "roll product dimensions"},
    {"8002", false, "X..20", "mobile telephone id"},
    {"8003", false, "N1,zero N13,csum [X..16]", "returnable asset id (GRAI)"},
    {"8004", false, "X..30", "individual asset id (GIAI)"},
    {"8005", false, "N6", "price per unit of measure"},
    {"8006", false, "N14,csum N4,pieceoftotal", "trade item component (ITIP)"},
    {"8007", false, "X..34", "IBAN"},
    {"8008", false, "N8,yymmddhh [N..4,mmoptss]", "production date and time"},
    {"8009", false, "X..50", "optical sensor indicator"},
    {"8010", false, "Y..30", "component/part id (CPID)"},
    {"8011", false, "N..12", "CPID serial"},
    {"8012", false, "X..20", "software version"},
    {"8013", false, "X..25", "global model number (GMN)"},
    {"8017", false, "N18,csum", "service provider (GSRN)"},
    {"8018", false, "N18,csum", "service recipient (GSRN)"},
    {"8019", false, "N..10", "service relation instance"},
    {"8020", false, "X..25", "payment slip reference"},
    {"8026", false, "N14,csum N4,pieceoftotal", "contained trade item component (ITIP)"},
    {"8030", false, "Z..90", "digital signature"},
    {"8110", false, "X..70", "coupon code (North America)"},
    {"8111", false, "N4", "loyalty points"},
    {"8112", false, "X..70", "paperless coupon code (North America)"},
    {"8200", false, "X..70", "product URL"},
    {"90", false, "X..30", "mutually agreed information"},
    {"91", false, "X..90", "company internal"},
    {"92", false, "X..90", "company internal"},
    {"93", false, "X..90", "company internal"},
    {"94", false, "X..90", "company internal"},
    {"95", false, "X..90", "company internal"},
    {"96", false, "X..90", "company internal"},
    {"97", false, "X..90", "company internal"},
    {"98", false, "X..90", "company internal"},
    {"99", false, "X..90", "company internal"},
}};

bool matches(std::string_view pattern, std::string_view text) noexcept {
    if (text.size() < pattern.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = text[i];
        if (pattern[i] == 'n' ? (c < '0' || c > '9') : c != pattern[i]) return false;
    }
    return true;
}

bool parse_int(std::string_view s, int& out) noexcept {
    if (s.empty() || s.size() > 2) return false;
    out = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return out > 0;
}

constexpr std::array<std::string_view, 18> kLinters{
    "csum",     "yymmd0",    "yymmdd",  "yymmddhh",   "hhmm",        "mmoptss",       "zero",   "yesno", "nonzero",
    "hyphen",   "pieceoftotal", "latitude", "longitude", "iso3166", "iso3166999", "iso3166list", "iso3166alpha2", "iso4217"};

}  // namespace

const AiSpec* find_ai(std::string_view text) noexcept {
    for (const AiSpec& s : kAis)
        if (matches(s.ai, text)) return &s;
    return nullptr;
}

const AiSpec* find_exact_ai(std::string_view ai) noexcept {
    const AiSpec* s = find_ai(ai);
    return s != nullptr && s->ai.size() == ai.size() ? s : nullptr;
}

std::span<const AiSpec> all_ais() noexcept { return kAis; }

std::size_t split_format(std::string_view format, Component (&out)[5]) noexcept {
    std::size_t n = 0;
    while (!format.empty()) {
        const std::size_t space = format.find(' ');
        std::string_view part = format.substr(0, space);
        format = space == std::string_view::npos ? std::string_view() : format.substr(space + 1);
        if (n == 5 || part.empty()) return 0;
        Component c;
        if (part.front() == '[') {
            if (part.back() != ']') return 0;
            c.optional = true;
            part = part.substr(1, part.size() - 2);
        }
        const std::size_t comma = part.find(',');
        if (comma != std::string_view::npos) c.linters = part.substr(comma + 1);
        std::string_view type = part.substr(0, comma);
        if (type.empty() || std::string_view("NXYZ").find(type[0]) == std::string_view::npos) return 0;
        c.type = type[0];
        type.remove_prefix(1);
        const bool variable = type.substr(0, 2) == "..";
        if (variable) type.remove_prefix(2);
        if (!parse_int(type, c.max)) return 0;
        c.min = variable ? 1 : c.max;
        out[n++] = c;
    }
    return n;
}

std::string check_ai_table() {
    std::string problems;
    for (std::size_t i = 0; i < kAis.size(); ++i) {
        const AiSpec& s = kAis[i];
        const std::string name = "AI " + std::string(s.ai) + ": ";
        if (s.ai.size() < 2 || s.ai.size() > 4) problems += name + "bad length\n";
        for (std::size_t j = 0; j < i; ++j)
            if (matches(kAis[j].ai, s.ai) || matches(s.ai, kAis[j].ai)) problems += name + "overlaps " + std::string(kAis[j].ai) + "\n";
        Component parts[5];
        const std::size_t n = split_format(s.format, parts);
        if (n == 0) problems += name + "malformed format\n";
        for (std::size_t k = 0; k < n; ++k) {
            if (k + 1 < n && (parts[k].min != parts[k].max || parts[k].optional))
                problems += name + "only the last component may vary\n";
            std::string_view l = parts[k].linters;
            while (!l.empty()) {
                const std::size_t comma = l.find(',');
                const std::string_view one = l.substr(0, comma);
                bool known = false;
                for (const std::string_view k2 : kLinters) known = known || k2 == one;
                if (!known) problems += name + "unknown linter " + std::string(one) + "\n";
                l = comma == std::string_view::npos ? std::string_view() : l.substr(comma + 1);
            }
        }
        if (s.title.empty()) problems += name + "no title\n";
    }
    return problems;
}

}  // namespace pos::gs1
