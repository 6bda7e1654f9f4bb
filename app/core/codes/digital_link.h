#pragma once
// GS1 Digital Link URIs (GS1 Digital Link URI syntax 1.x) as QR codes and Data Matrix codes on consumer
// packs carry them, e.g. https://id.gs1.org/01/09501101530003/10/ABC123?17=261231 :
//   - any scheme host (http or https, any domain and port) and any path prefix before the primary key;
//   - the primary key /01/{GTIN} (GTIN-8, -12, -13 or -14; shorter ones are padded to 14 digits), then
//     the optional qualifiers /22/{variant}, /10/{lot}, /21/{serial} in that order, or /235/{TPX};
//     the short names gtin, cpv, lot and ser stand for 01, 22, 10 and 21;
//   - query attributes with numeric keys are AIs (?17=261231&3103=000195); other keys (linkType,
//     utm_source, ...) are not GS1 data and are ignored, and so is a #fragment;
//   - values are percent-decoded, then validated like any AI value (make_gs1_element).
// Other primary keys (SSCC, GLN, ...) and compressed URIs are refused: they name no product.
#include <string_view>
#include <vector>

#include "core/codes/gs1.h"

namespace pos {

// True when `text` starts with "http://" or "https://" (the scheme in any case).
bool is_web_uri(std::string_view text) noexcept;

// The AIs of a Digital Link URI, path first, then the query in order. `position_base` is the 1-based
// position of uri[0] in the scanned text. Element positions point at the AI (path segment or query key).
// Throws Error(invalid_input), e.g.
//   "GS1 Digital Link: no /01/{GTIN} in the path at character 9"
//   "GS1 Digital Link: /21/ must not come before /10/ at character 46"
//   "GS1 AI (01) at character 25: bad check digit in 09501101530004: expected 3"
std::vector<Gs1Element> parse_digital_link(std::string_view uri, std::size_t position_base = 1);

}  // namespace pos
