#pragma once
// Which GS1 AIs may appear together in one scan (GS1 General Specifications 4.14, "invalid pairs" and
// mandatory associations), checked after each element is valid on its own (parse_gs1):
//   - the same AI twice must carry the same value;
//   - invalid pairs, e.g. (01) with (02), (21) with (235), (422) with (426), a measure or amount twice
//     with different decimals ((3102) and (3103)), two net weights in different units ((310n) kg and
//     (320n) lb: the till weighs in one unit, so it refuses the pair even though GS1 lists only the first);
//   - a price ((392n), (393n), (395n), (8005)) only with the GTIN (01) of the item it prices.
// GS1 lists more mandatory associations (e.g. (10) needs (01)); the till does not enforce those.
#include <vector>

#include "core/codes/gs1.h"

namespace pos {

// Throws Error(invalid_input) naming both AIs and their positions, e.g.
//   "GS1 AI (10) at character 36: appears twice with different values (ABC at character 20, XYZ here)"
//   "GS1 AI (3202) at character 30: not allowed together with AI (3103) at character 20 (net weight in kg and in lb)"
//   "GS1 AI (3922) at character 4: a price needs the GTIN (AI 01) of the item in the same code"
void check_gs1_combination(const std::vector<Gs1Element>& elements);

}  // namespace pos
