// Keyboard-wedge detection with synthetic key timings.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "drivers/scanner/wedge_detector.h"

using namespace pos::scanner;
using pos::Timestamp;
using Action = Decision::Action;

namespace {

// What the app ends up with: text for the focused widget ('\r' = Enter, '\t' = Tab) and scans.
struct Outcome {
    std::string widget;
    std::vector<std::string> scans;
};

void apply(Outcome& o, const Decision& d) {
    if (d.action == Action::scan) o.scans.push_back(d.code);
    for (const auto& k : d.pass) {
        if (k.kind == WedgeKey::Kind::enter) o.widget += '\r';
        else if (k.kind == WedgeKey::Kind::tab) o.widget += '\t';
        else o.widget += static_cast<char>(k.ch);
    }
}

struct Timed {
    char ch;
    Timestamp t;
};

// Types keys like the app loop would deliver them: poll every 5 ms (a frame), feed each key at its
// time, then keep polling until end.
Outcome run(WedgeDetector& w, const std::vector<Timed>& keys, Timestamp end) {
    Outcome o;
    Timestamp now = keys.empty() ? 0 : keys.front().t;
    std::size_t i = 0;
    for (; now <= end; ++now) {
        while (i < keys.size() && keys[i].t == now) {
            const Timed& k = keys[i++];
            const WedgeKey key = k.ch == '\r' ? WedgeKey::enter(k.t)
                                 : k.ch == '\t' ? WedgeKey::tab(k.t)
                                                : WedgeKey::character(static_cast<unsigned char>(k.ch), k.t);
            apply(o, w.feed(key));
        }
        if (now % 5 == 0) apply(o, w.poll(now));
    }
    return o;
}

std::vector<Timed> at_intervals(std::string_view text, Timestamp t0, Timestamp gap) {
    std::vector<Timed> out;
    for (char c : text) {
        out.push_back({c, t0});
        t0 += gap;
    }
    return out;
}

std::vector<Timed> join(std::vector<Timed> a, const std::vector<Timed>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

TEST_CASE("a scanner burst ending in Enter is one scan - nothing reaches the widget") {
    WedgeDetector w;
    const auto o = run(w, at_intervals("4006381333931\r", 1000, 4), 1200);
    CHECK(o.scans == std::vector<std::string>{"4006381333931"});
    CHECK(o.widget.empty());
    CHECK_FALSE(w.holding());
}

TEST_CASE("each key of a burst is swallowed and Enter completes the scan") {
    WedgeDetector w;
    for (int i = 0; i < 8; ++i) {
        const Decision d = w.feed(WedgeKey::character(static_cast<char32_t>('0' + i), 100 + i * 8));
        CHECK(d.action == Action::swallowed);
        CHECK(d.pass.empty());
    }
    REQUIRE(w.deadline());
    CHECK(*w.deadline() == 100 + 7 * 8 + 30);
    const Decision d = w.feed(WedgeKey::enter(100 + 7 * 8 + 10));
    CHECK(d.action == Action::scan);
    CHECK(d.code == "01234567");
    CHECK(d.pass.empty());
}

TEST_CASE("a burst without suffix ends after the gap (poll)") {
    WedgeDetector w;
    for (int i = 0; i < 8; ++i) w.feed(WedgeKey::character(U"SOFA-001"[i], 10 + i * 2));
    CHECK(w.poll(24 + 30).action == Action::none);  // exactly max_gap after the last key: not yet
    const Decision d = w.poll(24 + 31);
    CHECK(d.action == Action::scan);
    CHECK(d.code == "SOFA-001");
}

TEST_CASE("ordinary typing (80-300 ms gaps) passes through in order, nothing is a scan") {
    WedgeDetector w;
    std::vector<Timed> keys{{'h', 0}, {'e', 120}, {'l', 200}, {'l', 500}, {'o', 580}, {' ', 700},
                            {'4', 790}, {'2', 1000}, {'\r', 1150}};
    const auto o = run(w, keys, 1300);
    CHECK(o.widget == "hello 42\r");
    CHECK(o.scans.empty());
}

TEST_CASE("fast human typing (45 ms gaps) is not a scan") {
    WedgeDetector w;
    const auto o = run(w, at_intervals("4006381333931\r", 0, 45), 1000);
    CHECK(o.widget == "4006381333931\r");
    CHECK(o.scans.empty());
}

TEST_CASE("a short fast burst followed by Enter is passed through, Enter after the keys") {
    WedgeDetector w;
    const auto o = run(w, {{'1', 0}, {'2', 20}, {'\r', 40}}, 200);
    CHECK(o.widget == "12\r");
    CHECK(o.scans.empty());
    // Feeding Enter directly: the held keys come back first, in order
    WedgeDetector w2;
    CHECK(w2.feed(WedgeKey::character('7', 0)).action == Action::swallowed);
    const Decision d = w2.feed(WedgeKey::enter(10));
    CHECK(d.action == Action::pass_through);
    REQUIRE(d.pass.size() == 2);
    CHECK(d.pass[0] == WedgeKey::character('7', 0));
    CHECK(d.pass[1] == WedgeKey::enter(10));
}

TEST_CASE("a person typing a number then Enter, with Enter right after the last digit") {
    WedgeDetector w;
    // 5 digits at ~110 ms, then Enter 25 ms later: the digits were released one by one
    const auto o = run(w, {{'1', 0}, {'2', 110}, {'3', 230}, {'4', 330}, {'5', 450}, {'\r', 475}}, 600);
    CHECK(o.widget == "12345\r");
    CHECK(o.scans.empty());
}

TEST_CASE("mixed: typing, a scan in the middle, typing again") {
    WedgeDetector w;
    auto keys = join(join({{'a', 0}, {'b', 150}}, at_intervals("SOFA-001\r", 400, 3)), {{'c', 700}, {'\r', 900}});
    const auto o = run(w, keys, 1000);
    CHECK(o.scans == std::vector<std::string>{"SOFA-001"});
    CHECK(o.widget == "abc\r");
}

TEST_CASE("a person's key right after a suffix-less scan starts a new burst, the scan is kept") {
    WedgeDetector w;
    for (int i = 0; i < 6; ++i) w.feed(WedgeKey::character(static_cast<char32_t>('1' + i), i * 3));
    const Decision d = w.feed(WedgeKey::character('x', 15 + 200));  // no poll in between
    CHECK(d.action == Action::scan);
    CHECK(d.code == "123456");
    CHECK(d.pass.empty());
    const Decision later = w.poll(15 + 200 + 31);
    CHECK(later.action == Action::pass_through);
    REQUIRE(later.pass.size() == 1);
    CHECK(later.pass[0].ch == U'x');
}

TEST_CASE("a late Enter after a scan ended by the gap goes to the widget") {
    WedgeDetector w;
    const auto o = run(w, join(at_intervals("96385074", 0, 2), {{'\r', 200}}), 300);
    CHECK(o.scans == std::vector<std::string>{"96385074"});
    CHECK(o.widget == "\r");
}

TEST_CASE("thresholds are configurable - over-long bursts pass through") {
    WedgeDetector strict(WedgeConfig{std::chrono::milliseconds{10}, 8, 256});
    auto o = run(strict, at_intervals("4006381\r", 0, 4), 200);  // 7 chars < 8
    CHECK(o.scans.empty());
    CHECK(o.widget == "4006381\r");

    WedgeDetector small(WedgeConfig{std::chrono::milliseconds{30}, 6, 10});
    o = run(small, at_intervals("123456789012\r", 0, 2), 200);  // 12 chars > max_length 10
    CHECK(o.scans.empty());
    CHECK(o.widget == "123456789012\r");
}

TEST_CASE("non-ASCII characters of a scan are returned as UTF-8") {
    WedgeDetector w;
    const char32_t text[] = U"Привет!";
    for (int i = 0; i < 7; ++i) w.feed(WedgeKey::character(text[i], i * 2));
    const Decision d = w.feed(WedgeKey::enter(20));
    CHECK(d.action == Action::scan);
    CHECK(d.code == "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82!");
}
