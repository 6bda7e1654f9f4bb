// IntentQueue's members, out of line (see intents.h).
#include <utility>

#include "core/intents/intents.h"

namespace pos::intent {

IntentQueue::IntentQueue() = default;
IntentQueue::~IntentQueue() = default;

void IntentQueue::push(Intent intent) { items_.push_back(std::move(intent)); }

std::vector<Intent> IntentQueue::take() { return std::exchange(items_, {}); }

}  // namespace pos::intent
