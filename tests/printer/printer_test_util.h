#pragma once
// Helpers for the printer and device tests: job bytes without DLE (so every 10 04 n in what
// the fake printer received is one of our status queries), removal of those queries, and a
// private temporary directory.
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>
#include "support/temp_dir.h"

namespace printer_test {

using Bytes = std::vector<std::uint8_t>;

// n bytes of printable ESC/POS-safe text (never 0x10), distinct per seed.
inline Bytes job_bytes(std::size_t n, unsigned seed = 0) {
    Bytes v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = static_cast<std::uint8_t>(0x20 + (i * 7 + i / 251 + seed * 13) % 0x5F);
    return v;
}

// The received stream without the DLE EOT n status queries (10 04 01..04).
inline Bytes without_status_queries(const Bytes& in) {
    Bytes out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (i + 2 < in.size() && in[i] == 0x10 && in[i + 1] == 0x04 && in[i + 2] >= 1 && in[i + 2] <= 4) {
            i += 2;
            continue;
        }
        out.push_back(in[i]);
    }
    return out;
}

inline Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}

// DLE EOT queries as the USB printer sends them: 1 and 4 when online, then 2 and 3 if offline.
inline const Bytes kQueryOnline{0x10, 0x04, 0x01, 0x10, 0x04, 0x04};
inline const Bytes kQueryOffline{0x10, 0x04, 0x01, 0x10, 0x04, 0x04, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03};

using TempDir = pos::testsupport::TempDir;

}  // namespace printer_test
