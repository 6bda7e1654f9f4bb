// Playbook JSON loader and validator. Every problem is reported as
// "<file>: <JSON path>: <what is wrong>" (or "<file>:<line>:<column>: JSON syntax error: ...").
#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/visit/playbook.h"

namespace pos {
namespace {

using nlohmann::json;

constexpr int supported_format = 1;
constexpr std::size_t max_code_length = 32;
constexpr const char* code_rule = "use a-z, 0-9 and _, starting with a letter, at most 32";

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool is_code(std::string_view c) {
    return !c.empty() && c.size() <= max_code_length && c[0] >= 'a' && c[0] <= 'z' &&
           std::all_of(c.begin(), c.end(), [](char ch) {
               return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
           });
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// "1-based line:column" of byte offset `pos` (columns count UTF-8 code points).
std::string line_col(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    std::size_t line = 1;
    std::size_t col = 1;
    for (std::size_t i = 0; i < pos; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            col = 1;
        } else if ((c & 0xC0U) != 0x80U) {
            ++col;
        }
    }
    return std::to_string(line) + ":" + std::to_string(col);
}

class Reader {
public:
    explicit Reader(const std::string& source) : source_(source) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what) const {
        throw Error(Errc::invalid_input, source_ + ": " + path + ": " + what);
    }

    void expect(const json& v, json::value_t type, const std::string& path) const {
        const bool ok = type == json::value_t::number_integer ? v.is_number_integer() : v.type() == type;
        if (!ok) {
            const char* want = "a value";
            switch (type) {
            case json::value_t::object: want = "an object"; break;
            case json::value_t::array: want = "a list"; break;
            case json::value_t::string: want = "a string"; break;
            case json::value_t::boolean: want = "true or false"; break;
            case json::value_t::number_integer: want = "a whole number"; break;
            default: break;
            }
            fail(path, std::string("expected ") + want + ", got " + v.type_name());
        }
    }

    // Object with only the allowed keys; returns it.
    const json& object(const json& v, const std::string& path, std::initializer_list<std::string_view> allowed) const {
        expect(v, json::value_t::object, path);
        for (const auto& [key, value] : v.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                fail(path + "." + key, "unknown key " + in_quotes(key));
            }
        }
        return v;
    }

    const json& member(const json& obj, const std::string& path, const char* key) const {
        auto it = obj.find(key);
        if (it == obj.end()) fail(path + "." + key, "missing");
        return *it;
    }

    std::string string(const json& obj, const std::string& path, const char* key) const {
        const json& v = member(obj, path, key);
        expect(v, json::value_t::string, path + "." + key);
        return v.get<std::string>();
    }

    std::string code(const json& obj, const std::string& path) const {
        std::string c = string(obj, path, "code");
        if (!is_code(c)) fail(path + ".code", "bad code " + in_quotes(c) + " (" + code_rule + ")");
        return c;
    }

    bool boolean(const json& obj, const std::string& path, const char* key) const {
        const json& v = member(obj, path, key);
        expect(v, json::value_t::boolean, path + "." + key);
        return v.get<bool>();
    }

    Text text(const json& obj, const std::string& path, const char* key) const {
        const std::string p = path + "." + key;
        const json& v = member(obj, path, key);
        expect(v, json::value_t::object, p);
        for (const auto& [lang, value] : v.items()) {
            if (!parse_lang(lang) || lang_code(*parse_lang(lang)) != lang) fail(p + "." + lang, "unknown language " + in_quotes(lang));
        }
        Text t;
        for (Lang l : all_langs) {
            const std::string lp = p + "." + std::string(lang_code(l));
            auto it = v.find(std::string(lang_code(l)));
            if (it == v.end()) fail(lp, "missing translation");
            expect(*it, json::value_t::string, lp);
            t.in(l) = it->get<std::string>();
            if (is_blank(t.in(l))) fail(lp, "empty translation");
        }
        return t;
    }

    // A list under obj[key]; empty lists are refused unless allow_empty.
    const json& list(const json& obj, const std::string& path, const char* key, bool allow_empty = false) const {
        const json& v = member(obj, path, key);
        expect(v, json::value_t::array, path + "." + key);
        if (v.empty() && !allow_empty) fail(path + "." + key, "empty list");
        return v;
    }

    // Remembers codes of one list and refuses duplicates.
    void unique(std::map<std::string, std::string>& seen, const std::string& code, const std::string& path) const {
        auto [it, inserted] = seen.emplace(code, path);
        if (!inserted) fail(path + ".code", "duplicate code " + in_quotes(code) + " (also at " + it->second + ")");
    }

    std::vector<Entry> entries(const json& doc, const char* key) const {
        const std::string base = std::string("$.") + key;
        const json& arr = list(doc, "$", key);
        std::vector<Entry> out;
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string p = base + "[" + std::to_string(i) + "]";
            const json& e = object(arr[i], p, {"code", "name"});
            Entry entry{code(e, p), text(e, p, "name")};
            unique(seen, entry.code, p);
            out.push_back(std::move(entry));
        }
        return out;
    }

private:
    const std::string& source_;
};

Prompt read_prompt(const Reader& r, const json& v, const std::string& p) {
    const json& o = r.object(v, p, {"kind", "type", "text"});
    Prompt prompt;
    const std::string kind = r.string(o, p, "kind");
    auto k = parse_prompt_kind(kind);
    if (!k) r.fail(p + ".kind", "unknown prompt kind " + in_quotes(kind) + " (cue, question or tip)");
    prompt.kind = *k;
    if (prompt.kind == PromptKind::question) {
        const std::string type = r.string(o, p, "type");
        prompt.question = parse_question_type(type);
        if (!prompt.question) r.fail(p + ".type", "unknown question type " + in_quotes(type));
    } else if (o.contains("type")) {
        r.fail(p + ".type", "only questions have a type");
    }
    prompt.text = r.text(o, p, "text");
    return prompt;
}

std::vector<Stage> read_stages(const Reader& r, const json& doc) {
    const json& arr = r.list(doc, "$", "stages");
    std::vector<Stage> out;
    std::map<std::string, std::string> seen;
    std::map<Milestone, std::string> milestones;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string p = "$.stages[" + std::to_string(i) + "]";
        const json& o = r.object(arr[i], p, {"code", "name", "milestone", "prompts"});
        Stage s;
        s.code = r.code(o, p);
        r.unique(seen, s.code, p);
        s.name = r.text(o, p, "name");
        auto m = o.find("milestone");
        if (m != o.end() && !m->is_null()) {
            r.expect(*m, json::value_t::string, p + ".milestone");
            const std::string name = m->get<std::string>();
            s.milestone = parse_milestone(name);
            if (!s.milestone) r.fail(p + ".milestone", "unknown milestone " + in_quotes(name));
            auto [it, inserted] = milestones.emplace(*s.milestone, p);
            if (!inserted) r.fail(p + ".milestone", "milestone " + in_quotes(name) + " already used at " + it->second);
        }
        if (o.contains("prompts")) {
            const json& prompts = r.list(o, p, "prompts", true);
            for (std::size_t j = 0; j < prompts.size(); ++j) {
                s.prompts.push_back(read_prompt(r, prompts[j], p + ".prompts[" + std::to_string(j) + "]"));
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Signal> read_signals(const Reader& r, const json& doc) {
    const json& arr = r.list(doc, "$", "signals");
    std::vector<Signal> out;
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string p = "$.signals[" + std::to_string(i) + "]";
        const json& o = r.object(arr[i], p, {"code", "group", "closing", "name"});
        Signal s;
        s.code = r.code(o, p);
        r.unique(seen, s.code, p);
        const std::string group = r.string(o, p, "group");
        auto g = parse_signal_group(group);
        if (!g) r.fail(p + ".group", "unknown signal group " + in_quotes(group) + " (verbal, behavioural or facial)");
        s.group = *g;
        s.closing = r.boolean(o, p, "closing");
        s.name = r.text(o, p, "name");
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Objection> read_objections(const Reader& r, const json& doc) {
    std::vector<Objection> out = r.entries(doc, "objections");
    if (out.size() != objection_codes.size()) {
        r.fail("$.objections", "expected exactly 7 objection types, got " + std::to_string(out.size()));
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (std::find(objection_codes.begin(), objection_codes.end(), out[i].code) == objection_codes.end()) {
            r.fail("$.objections[" + std::to_string(i) + "].code",
                   "unknown objection type " + in_quotes(out[i].code) +
                       " (price, quality, service, excuse, need, competitor, salesperson)");
        }
    }
    return out;
}

std::vector<NeedGroup> read_needs(const Reader& r, const json& doc) {
    const json& arr = r.list(doc, "$", "needs");
    std::vector<NeedGroup> out;
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string p = "$.needs[" + std::to_string(i) + "]";
        const json& o = r.object(arr[i], p, {"code", "name", "kind", "free_text", "options"});
        NeedGroup g;
        const std::string code = r.code(o, p);
        auto field = parse_need_field(code);
        if (!field) r.fail(p + ".code", "unknown needs field " + in_quotes(code));
        r.unique(seen, code, p);
        g.field = *field;
        g.name = r.text(o, p, "name");
        const std::string kind = r.string(o, p, "kind");
        auto k = parse_need_kind(kind);
        if (!k) r.fail(p + ".kind", "unknown kind " + in_quotes(kind) + " (choice or yes_no)");
        g.kind = *k;
        const NeedKind want = g.field == NeedField::gift ? NeedKind::yes_no : NeedKind::choice;
        if (g.kind != want) r.fail(p + ".kind", code + " must be " + in_quotes(need_kind_name(want)));
        g.free_text = o.contains("free_text") && r.boolean(o, p, "free_text");
        if (g.kind == NeedKind::yes_no) {
            if (o.contains("options")) r.fail(p + ".options", "a yes_no field has no options");
            if (g.free_text) r.fail(p + ".free_text", "a yes_no field takes no free text");
        } else {
            const json& opts = r.list(o, p, "options");
            std::map<std::string, std::string> seen_opts;
            for (std::size_t j = 0; j < opts.size(); ++j) {
                const std::string op = p + ".options[" + std::to_string(j) + "]";
                const json& e = r.object(opts[j], op, {"code", "name"});
                NeedOption opt{r.code(e, op), r.text(e, op, "name")};
                r.unique(seen_opts, opt.code, op);
                g.options.push_back(std::move(opt));
            }
        }
        out.push_back(std::move(g));
    }
    for (NeedField f : all_need_fields) {
        if (!seen.count(std::string(need_field_name(f)))) {
            r.fail("$.needs", "missing needs field " + in_quotes(need_field_name(f)));
        }
    }
    return out;
}

Playbook read_playbook(const Reader& r, const json& doc, const std::string& source) {
    r.object(doc, "$",
             {"format", "id", "version", "name", "stages", "techniques", "signals", "objections", "closing_methods",
              "lost_reasons", "needs"});
    const json& format = r.member(doc, "$", "format");
    r.expect(format, json::value_t::number_integer, "$.format");
    if (format.get<long long>() != supported_format) {
        r.fail("$.format", "unsupported format " + format.dump() + " (this build reads 1)");
    }
    Playbook pb;
    pb.source = source;
    pb.id = r.string(doc, "$", "id");
    if (!is_code(pb.id)) r.fail("$.id", "bad playbook id " + in_quotes(pb.id) + " (" + code_rule + ")");
    const json& version = r.member(doc, "$", "version");
    r.expect(version, json::value_t::number_integer, "$.version");
    const long long v = version.get<long long>();
    if (v < 1 || v > 1000000) r.fail("$.version", "version must be a whole number from 1");
    pb.version = static_cast<int>(v);
    pb.name = r.text(doc, "$", "name");
    pb.stages = read_stages(r, doc);
    pb.techniques = r.entries(doc, "techniques");
    pb.signals = read_signals(r, doc);
    pb.objections = read_objections(r, doc);
    pb.closing_methods = r.entries(doc, "closing_methods");
    pb.lost_reasons = r.entries(doc, "lost_reasons");
    pb.needs = read_needs(r, doc);
    return pb;
}

}  // namespace

Playbook parse_playbook(std::string_view text, const std::string& source_name) {
    json doc;
    try {
        doc = json::parse(text.data(), text.data() + text.size());
    } catch (const json::parse_error& e) {
        std::string detail = e.what();
        // nlohmann: "[json.exception.parse_error.101] parse error at line 3, column 5: <detail>"
        const auto col = detail.find("column ");
        const auto colon = col == std::string::npos ? std::string::npos : detail.find(": ", col);
        if (colon != std::string::npos) detail = detail.substr(colon + 2);
        const std::size_t at = e.byte == 0 ? 0 : e.byte - 1;
        throw Error(Errc::invalid_input, source_name + ":" + line_col(text, at) + ": JSON syntax error: " + detail);
    }
    const Reader reader(source_name);
    return read_playbook(reader, doc, source_name);
}

Playbook load_playbook(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Errc::io, "cannot read playbook file " + path);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Error(Errc::io, "cannot read playbook file " + path);
    return parse_playbook(buf.str(), path);
}

std::vector<Playbook> load_playbooks_dir(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".json") files.push_back(it->path().string());
    }
    if (ec) throw Error(Errc::io, "cannot list playbook folder " + dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    std::vector<Playbook> out;
    for (const std::string& f : files) {
        Playbook pb = load_playbook(f);
        for (const Playbook& other : out) {
            if (other.id == pb.id) {
                throw Error(Errc::invalid_input, f + ": $.id: playbook id " + in_quotes(pb.id) + " already used by " + other.source);
            }
        }
        out.push_back(std::move(pb));
    }
    return out;
}

}  // namespace pos
