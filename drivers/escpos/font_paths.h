#pragma once
// Finds the font files the raster text and the virtual printer need. An override directory
// (argument, else the POS_FONT_DIR environment variable) is searched before the system paths.
#include <string>
#include <vector>

namespace pos::escpos {

struct FontPaths {
    std::string cjk;    // Noto Sans CJK .ttc (Simplified/Traditional Chinese, also Latin/Cyrillic)
    std::string sans;   // Noto Sans .ttf (Latin, Cyrillic, Vietnamese)
    std::string mono;   // optional monospace font for the virtual printer; may be empty
};

// Searches override_dir, then $POS_FONT_DIR, then the Debian font directories. Throws
// pos::Error(not_found) listing the searched paths if the CJK or the sans font is missing.
FontPaths resolve_fonts(const std::string& override_dir = {});
// Searches only the given directories, in order (same errors).
FontPaths resolve_fonts_in(const std::vector<std::string>& dirs);

}  // namespace pos::escpos
