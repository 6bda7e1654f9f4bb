#pragma once
// An independent ESC/POS interpreter that renders what a printer of the given profile would
// print: text decoded with the printer's code pages (ESC t, FS & / FS . Kanji mode) and drawn in
// Font A 12x24 / Font B 9x17 cells, GS v 0 rasters, GS k barcodes (EAN-13/8, UPC-A, Code 128 drawn
// from the standard tables), GS ( k QR codes, cut marks as a dashed line. Commands it does not
// know are listed in unknown_commands(), never silently skipped. Shown as "virtual printer" when
// no printer is attached, and used by tests as an oracle for the encoder.
#include "drivers/escpos/bitmap.h"
#include "drivers/escpos/document.h"
#include "drivers/escpos/profile.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pos::escpos {

class TextRasterizer;

struct PrintedBarcode {
    int m = 0;          // GS k symbology number (67 = EAN-13, 73 = CODE128, ...)
    std::string data;   // data bytes as sent (Code 128 with its {B prefix)
};

class VirtualPrinter {
public:
    // The rasterizer must outlive the VirtualPrinter.
    VirtualPrinter(const Profile& profile, const TextRasterizer& rasterizer);
    ~VirtualPrinter() noexcept;
    VirtualPrinter(const VirtualPrinter&) = delete;
    VirtualPrinter& operator=(const VirtualPrinter&) = delete;

    // Interprets bytes; may be called repeatedly (state carries over, like a real printer).
    void feed(const std::vector<std::uint8_t>& bytes);

    // The receipt printed so far (a pending unterminated line is included), paper width wide.
    Bitmap receipt() const;
    // Decoded text lines, '\n' after each printed line.
    const std::string& text() const noexcept;
    // Commands not understood, e.g. "ESC 0x78 at byte 12"; empty for output of our encoder.
    const std::vector<std::string>& unknown_commands() const noexcept;
    // Non-printing actions: "cut partial", "drawer pulse pin 2 on 100 ms off 100 ms", "ASB 0x0F", ...
    const std::vector<std::string>& events() const noexcept;
    const std::vector<PrintedBarcode>& barcodes() const noexcept;
    const std::vector<std::string>& qr_codes() const noexcept;

private:
    struct State;
    std::unique_ptr<State> s_;
};

}  // namespace pos::escpos
