#pragma once
// EnumTable: one typed table per enum-like kind (tender kind, role, print-job kind and state).
// Each entry holds the enumerator, its stored/wire name (the string in SQL CHECKs, intents and
// JSON), the English msgid of its label (translated by the UI's .po catalogs) and whatever
// rules the kind has. Entries are listed in enumerator order (0, 1, 2, ...), names are unique
// and not empty; a table that breaks this does not compile (the checks run at compile time).
//
//   struct ColorInfo { Color value; std::string_view name; const char* label_msgid; bool warm; };
//   inline constexpr EnumTable<ColorInfo, 2> colors{{{{Color::red, "red", "Red", true},
//                                                      {Color::blue, "blue", "Blue", false}}}};
//   colors.name_of(Color::red) == "red"; colors.parse("blue") == Color::blue; colors[Color::red].warm
#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace pos {

template <class T>
concept EnumEntry = requires(const T& t) {
    requires std::is_enum_v<decltype(T::value)>;
    { t.name } -> std::convertible_to<std::string_view>;
    { t.label_msgid } -> std::convertible_to<const char*>;
};

// The entry of a kind that has no rules beyond its name and label.
template <class E>
    requires std::is_enum_v<E>
struct NamedEnum {
    E value;
    std::string_view name;
    const char* label_msgid;
};

template <EnumEntry Entry, std::size_t N>
class EnumTable {
public:
    using Enum = decltype(Entry::value);

    // consteval: a misordered entry, an empty or a repeated name is a compile error.
    consteval EnumTable(std::array<Entry, N> entries) : entries_(entries) {
        for (std::size_t i = 0; i < N; ++i) {
            if (static_cast<std::size_t>(entries_[i].value) != i) throw "EnumTable: entries must be in enumerator order";
            if (std::string_view(entries_[i].name).empty()) throw "EnumTable: an entry has no name";
            if (entries_[i].label_msgid == nullptr) throw "EnumTable: an entry has no label msgid";
            for (std::size_t j = 0; j < i; ++j)
                if (std::string_view(entries_[j].name) == std::string_view(entries_[i].name)) throw "EnumTable: a name is used twice";
        }
    }

    // The entry of a value; a value outside the enumerators (a bad cast) gets the first entry.
    constexpr const Entry& operator[](Enum e) const noexcept {
        const auto i = static_cast<std::size_t>(e);
        return i < N ? entries_[i] : entries_[0];
    }
    constexpr std::string_view name_of(Enum e) const noexcept { return (*this)[e].name; }
    constexpr const char* label_msgid_of(Enum e) const noexcept { return (*this)[e].label_msgid; }

    // Exact, case-sensitive match of a stored name.
    constexpr std::optional<Enum> parse(std::string_view name) const noexcept {
        for (const Entry& entry : entries_)
            if (std::string_view(entry.name) == name) return entry.value;
        return std::nullopt;
    }
    constexpr const Entry* find(std::string_view name) const noexcept {
        for (const Entry& entry : entries_)
            if (std::string_view(entry.name) == name) return &entry;
        return nullptr;
    }

    // The names joined with ", " (for error messages: "cash, card, voucher"), optionally only
    // the entries a rule keeps.
    std::string names() const {
        return names_where([](const Entry&) { return true; });
    }
    template <class Pred>
    std::string names_where(Pred keep) const {
        std::string out;
        for (const Entry& entry : entries_) {
            if (!keep(entry)) continue;
            if (!out.empty()) out += ", ";
            out += entry.name;
        }
        return out;
    }

    static constexpr std::size_t size() noexcept { return N; }
    constexpr auto begin() const noexcept { return entries_.begin(); }
    constexpr auto end() const noexcept { return entries_.end(); }

private:
    std::array<Entry, N> entries_;
};

}  // namespace pos
