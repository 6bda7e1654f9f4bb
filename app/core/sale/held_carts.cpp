#include "core/sale/held_carts.h"

#include <algorithm>
#include <cctype>

#include "core/common/error.h"

namespace pos {

Id HeldCarts::hold(Cart cart, std::string label, Timestamp now) {
    if (cart.empty()) throw Error(Errc::invalid_state, "an empty cart cannot be held");
    const Id id = next_id_;
    if (std::all_of(label.begin(), label.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        label = "Held #" + std::to_string(id);
    held_.push_back(HeldCart{id, std::move(label), now, std::move(cart)});
    ++next_id_;
    return id;
}

void HeldCarts::restore(HeldCart held) {
    if (held.id <= 0) throw Error(Errc::invalid_input, "bad held cart id");
    if (contains(held.id)) throw Error(Errc::conflict, "held cart " + std::to_string(held.id) + " already exists");
    next_id_ = std::max(next_id_, held.id + 1);
    held_.push_back(std::move(held));
}

Cart HeldCarts::recall(Id id) {
    auto it = std::find_if(held_.begin(), held_.end(), [&](const HeldCart& h) { return h.id == id; });
    if (it == held_.end()) throw Error(Errc::not_found, "held cart " + std::to_string(id) + " was not found");
    Cart c = std::move(it->cart);
    held_.erase(it);
    return c;
}

const HeldCart& HeldCarts::get(Id id) const {
    for (const HeldCart& h : held_)
        if (h.id == id) return h;
    throw Error(Errc::not_found, "held cart " + std::to_string(id) + " was not found");
}

bool HeldCarts::contains(Id id) const noexcept {
    return std::any_of(held_.begin(), held_.end(), [&](const HeldCart& h) { return h.id == id; });
}

}  // namespace pos
