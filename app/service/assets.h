#pragma once
// Where the read-only assets (playbooks, fonts list, translations, udev rules) live:
// $SHOWROOM_POS_ASSETS, else <exe>/../share/showroom-pos/assets when installed, else the
// source tree's assets/ (compiled in).
#include <string>

namespace pos::service {

std::string assets_dir();
std::string playbooks_dir();

}  // namespace pos::service
