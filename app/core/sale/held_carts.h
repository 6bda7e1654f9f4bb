#pragma once
// Parked carts: a cashier holds a cart (customer fetches a wallet, another customer waits) and
// recalls it later. In-memory container keyed by id; persist entries with cart_json.h.
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/sale/cart.h"

namespace pos {

struct HeldCart {
    Id id = 0;
    std::string label;  // shown in the recall list, e.g. "Mr Nguyen, blue sofa"
    Timestamp held_at = 0;
    Cart cart;
};

class HeldCarts {
public:
    // Holds a non-empty cart (Error(invalid_state) when empty). A blank label becomes
    // "Held #<id>". Returns the new id (one more than the largest id held so far).
    Id hold(Cart cart, std::string label, Timestamp now);
    // Puts back an entry loaded from storage; Error(conflict) when the id is taken,
    // Error(invalid_input) for an id <= 0.
    void restore(HeldCart held);
    // Removes and returns the cart; Error(not_found) for an unknown id.
    Cart recall(Id id);
    const HeldCart& get(Id id) const;  // Error(not_found)
    bool contains(Id id) const noexcept;
    const std::vector<HeldCart>& list() const noexcept { return held_; }  // in hold order
    std::size_t size() const noexcept { return held_.size(); }

private:
    std::vector<HeldCart> held_;
    Id next_id_ = 1;
};

}  // namespace pos
