// IEEE 1284 device id parsing.
#include "drivers/usb/device_id.h"

#include <cctype>

namespace pos::usb {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

DeviceId parse_device_id(std::string_view text) {
    DeviceId id;
    while (!text.empty()) {
        const auto semi = text.find(';');
        const auto item = text.substr(0, semi);
        text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
        const auto colon = item.find(':');
        if (colon == std::string_view::npos) continue;
        const auto key = trim(item.substr(0, colon));
        if (key.empty()) continue;
        id.fields[upper(key)] = std::string(trim(item.substr(colon + 1)));
    }
    return id;
}

std::string DeviceId::get(std::string_view key) const {
    auto it = fields.find(std::string(key));
    return it == fields.end() ? std::string{} : it->second;
}

std::string DeviceId::manufacturer() const {
    auto v = get("MFG");
    return v.empty() ? get("MANUFACTURER") : v;
}

std::string DeviceId::model() const {
    auto v = get("MDL");
    return v.empty() ? get("MODEL") : v;
}

std::string DeviceId::command_set() const {
    auto v = get("CMD");
    return v.empty() ? get("COMMAND SET") : v;
}

}  // namespace pos::usb
