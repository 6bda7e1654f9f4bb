// Virtual printer port: ESC/POS bytes -> receipt bitmap -> PNG file per job.
#include "drivers/printer/virtual_printer_port.h"

#include <system_error>
#include <vector>

#include "drivers/escpos/png_writer.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/escpos/virtual_printer.h"

namespace pos::printer {

VirtualPrinterPort::VirtualPrinterPort(escpos::Profile profile, std::filesystem::path dir,
                                       const escpos::FontPaths& fonts)
    : profile_(std::move(profile)), dir_(std::move(dir)), rasterizer_(std::make_unique<escpos::TextRasterizer>(fonts)) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) throw Error(Errc::io, "cannot create the virtual printer folder " + dir_.string() + ": " + ec.message());
}

VirtualPrinterPort::~VirtualPrinterPort() = default;

std::string VirtualPrinterPort::name() const { return "virtual printer (" + profile_.name + ", " + dir_.string() + ")"; }

SendResult VirtualPrinterPort::send(std::span<const std::uint8_t> bytes, std::size_t from_offset,
                                    const SendContext& context) {
    std::lock_guard lock(mutex_);
    SendResult result;
    result.offset_reached = std::min(from_offset, bytes.size());
    ++jobs_;
    const std::string label = context.label.empty() ? "job-" + std::to_string(jobs_) : context.label;
    const std::filesystem::path png = dir_ / (label + ".png");
    try {
        escpos::VirtualPrinter vp(profile_, *rasterizer_);
        vp.feed(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
        escpos::write_png(vp.receipt(), png.string());
        last_png_ = png;
        last_text_ = vp.text();
    } catch (const pos::Error& e) {
        result.fault = PrintFault::io;
        result.error = fault_message(PrintFault::io);
        result.detail = e.what();
        return result;
    }
    result.offset_reached = bytes.size();
    if (context.progress && result.offset_reached > from_offset) context.progress(result.offset_reached);
    return result;
}

void VirtualPrinterPort::pulse_drawer() {
    std::lock_guard lock(mutex_);
    ++drawer_pulses_;
}

std::filesystem::path VirtualPrinterPort::last_png() const {
    std::lock_guard lock(mutex_);
    return last_png_;
}

std::string VirtualPrinterPort::last_text() const {
    std::lock_guard lock(mutex_);
    return last_text_;
}

int VirtualPrinterPort::drawer_pulses() const {
    std::lock_guard lock(mutex_);
    return drawer_pulses_;
}

}  // namespace pos::printer
