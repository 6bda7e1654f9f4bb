#pragma once
// VirtualPrinterPort: the demo printer when no USB printer is attached. Each job is rendered
// with escpos::VirtualPrinter (the independent ESC/POS interpreter) and saved as a PNG in a
// directory, named after the job label ("<dir>/receipt-000123.png"). Its status is always
// "ready"; drawer pulses are only counted.
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/profile.h"
#include "drivers/printer/printer_port.h"

namespace pos::escpos {
class TextRasterizer;
}

namespace pos::printer {

class VirtualPrinterPort : public PrinterPort {
public:
    // Creates dir if needed. Throws pos::Error(io) when it cannot, or when the fonts cannot be
    // opened (the rasteriser draws the character cells).
    VirtualPrinterPort(escpos::Profile profile, std::filesystem::path dir, const escpos::FontPaths& fonts);
    ~VirtualPrinterPort() override;
    VirtualPrinterPort(const VirtualPrinterPort&) = delete;
    VirtualPrinterPort& operator=(const VirtualPrinterPort&) = delete;

    escpos::PrinterStatus status() override { return {}; }
    // Renders the whole job (a resumed job is still one complete receipt) and writes its PNG.
    // A PNG that cannot be written is reported as PrintFault::io.
    SendResult send(std::span<const std::uint8_t> bytes, std::size_t from_offset,
                    const SendContext& context = {}) override;
    void pulse_drawer() override;
    std::string name() const override;
    PortKind kind() const noexcept override { return PortKind::virtual_printer; }

    const std::filesystem::path& directory() const noexcept { return dir_; }
    const escpos::Profile& profile() const noexcept { return profile_; }
    std::filesystem::path last_png() const;   // empty before the first job
    std::string last_text() const;           // decoded text of the last job
    int drawer_pulses() const;

private:
    escpos::Profile profile_;
    std::filesystem::path dir_;
    std::unique_ptr<escpos::TextRasterizer> rasterizer_;
    mutable std::mutex mutex_;
    std::filesystem::path last_png_;
    std::string last_text_;
    int jobs_ = 0;
    int drawer_pulses_ = 0;
};

}  // namespace pos::printer
