#pragma once
#include <cstdint>

namespace pos {

using Id = std::int64_t;         // database row id; 0 means "none"
using Timestamp = std::int64_t;  // milliseconds since the Unix epoch, UTC
using Minor = std::int64_t;      // money in minor units of the store currency (VND: dong, CNY: fen)

}  // namespace pos
