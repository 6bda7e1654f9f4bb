// showroom-pos devices: lists the printers and scanners found on USB, with their status.
// showroom-pos print-test: prints a test page (profile, code page samples, barcode, QR, cut)
// on the attached printer, or renders it through the virtual printer into a PNG.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/args.h"
#include "cli/commands.h"
#include "drivers/escpos/encoder.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/profile.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/printer/profile_select.h"
#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/printer/virtual_printer_port.h"
#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "receipt/test_page.h"

namespace pos::cli {

namespace {

constexpr const char* kUdevHint =
    "hint: install the udev rule (SUBSYSTEM==\"usb\", ATTRS{idVendor}==\"04b8\", MODE=\"0660\", GROUP=\"lp\", "
    "TAG+=\"uaccess\") as /etc/udev/rules.d/70-showroom-pos.rules, then unplug and replug the device";

std::string hex2(unsigned v) {
    char b[8];
    std::snprintf(b, sizeof b, "0x%02x", v);
    return b;
}

std::string describe_status(const escpos::PrinterStatus& s) {
    std::string out = s.online ? "online" : "OFFLINE";
    out += s.cover_open ? ", cover OPEN" : ", cover closed";
    out += s.paper == escpos::PaperState::empty      ? ", paper OUT"
           : s.paper == escpos::PaperState::near_end ? ", paper near end"
                                                      : ", paper ok";
    out += s.drawer_pin3_high ? ", drawer pin 3 high (open)" : ", drawer pin 3 low (closed)";
    if (s.autocutter_error) out += ", AUTOCUTTER ERROR";
    if (s.unrecoverable_error) out += ", UNRECOVERABLE ERROR";
    if (s.recoverable_error) out += ", recoverable error";
    if (s.auto_recoverable_error) out += ", auto-recoverable error (e.g. head temperature)";
    return out;
}

usb::MatchOptions match_options(const std::optional<std::string>& device) {
    usb::MatchOptions m;
    if (device) m.override_device = usb::parse_override(*device);
    return m;
}

void print_device(usb::Context& ctx, const usb::DeviceInfo& d) {
    std::printf("%s %s  bus %03u address %03u  %s %s\n", usb::role_name(d.role), d.id().c_str(), d.bus, d.address,
                d.manufacturer.empty() ? "?" : d.manufacturer.c_str(), d.product.empty() ? "?" : d.product.c_str());
    std::string profile = d.profile;
    if (d.role == usb::Role::printer) {
        if (auto p = printer::escpos_profile_for_model(d.profile)) profile += " (escpos profile " + *p + ")";
        else profile += " (escpos profile from the store setting)";
    }
    std::printf("  profile: %s; matched by %s; interface %d class %s\n", profile.c_str(), d.reason.c_str(), d.interface,
                hex2(d.interface_class).c_str());
    std::printf("  endpoints: bulk OUT %s, bulk IN %s, interrupt IN %s\n", hex2(d.endpoints.bulk_out).c_str(),
                hex2(d.endpoints.bulk_in).c_str(), hex2(d.endpoints.interrupt_in).c_str());
    if (!d.supported) std::printf("  not supported: %s\n", d.note.c_str());
    if (d.problem) {
        std::printf("  problem: %s\n  %s\n", d.problem->c_str(), kUdevHint);
        return;
    }
    if (d.role != usb::Role::printer || !d.supported) return;
    try {
        printer::UsbEscposPrinter p(ctx, d);
        const escpos::PrinterStatus s = p.status();
        const auto r = p.last_replies();
        std::printf("  status: %s [DLE EOT 1..4: %s %s %s %s]\n", describe_status(s).c_str(), hex2(r[0]).c_str(),
                    hex2(r[1]).c_str(), hex2(r[2]).c_str(), hex2(r[3]).c_str());
    } catch (const pos::Error& e) {
        std::printf("  status: unavailable: %s\n", e.what());
        if (std::string(e.what()).find("ACCESS") != std::string::npos) std::printf("  %s\n", kUdevHint);
    }
}

}  // namespace

int cmd_devices(const Argv& argv) {
    const Args a(argv, {"device"}, {});
    a.expect_positionals(0, "nothing");
    std::unique_ptr<usb::Context> ctx;
    try {
        ctx = std::make_unique<usb::Context>();
    } catch (const pos::Error& e) {
        std::printf("USB is not available: %s\nno devices found\n", e.what());
        return 0;
    }
    const std::vector<usb::DeviceInfo> found = usb::enumerate(*ctx, match_options(a.get("device")));
    if (found.empty()) {
        std::printf("no devices found\n");
        return 0;
    }
    for (const usb::DeviceInfo& d : found) print_device(*ctx, d);
    return 0;
}

int cmd_print_test(const Argv& argv) {
    const Args a(argv, {"device", "profile", "png"}, {});
    a.expect_positionals(0, "nothing");
    const std::optional<std::string> forced = a.get("profile");
    const escpos::TextRasterizer rasterizer(escpos::resolve_fonts());

    std::unique_ptr<usb::Context> ctx;
    std::optional<usb::DeviceInfo> device;
    if (!a.get("png")) {
        try {
            ctx = std::make_unique<usb::Context>();
            for (const usb::DeviceInfo& d : usb::enumerate(*ctx, match_options(a.get("device")))) {
                if (d.role != usb::Role::printer || !d.supported) continue;
                if (a.get("device") && d.reason != "override") continue;
                if (d.problem) throw Error(Errc::io, "printer " + d.id() + ": " + *d.problem + "\n" + kUdevHint);
                device = d;
                break;
            }
        } catch (const usb::Error& e) {
            std::printf("USB is not available (%s); using the virtual printer\n", e.what());
        }
        if (!device && a.get("device")) throw Error(Errc::not_found, "no printer " + *a.get("device") + " attached");
    }

    if (device) {
        const escpos::Profile& profile = escpos::find_profile(printer::select_profile(forced, device->profile, escpos::default_profile_name));
        const std::vector<std::uint8_t> bytes = escpos::encode(receipt::test_page(profile), profile, &rasterizer);
        printer::UsbEscposPrinter port(*ctx, *device);
        const printer::SendResult r = port.send(bytes, 0);
        if (!r.ok()) {
            std::printf("test page failed on %s after %zu of %zu bytes: %s (%s)\n", port.name().c_str(), r.offset_reached,
                        bytes.size(), r.error.c_str(), r.detail.c_str());
            return 1;
        }
        std::printf("test page (%zu bytes, profile %s) sent to %s\n", bytes.size(), profile.name.c_str(), port.name().c_str());
        std::printf("status: %s\n", describe_status(port.status()).c_str());
        return 0;
    }

    const escpos::Profile& profile = escpos::find_profile(printer::select_profile(forced, "", escpos::default_profile_name));
    const std::vector<std::uint8_t> bytes = escpos::encode(receipt::test_page(profile), profile, &rasterizer);
    std::filesystem::path png = a.get("png") ? std::filesystem::path(*a.get("png"))
                                               : std::filesystem::current_path() / ("print-test-" + profile.name + ".png");
    if (!a.get("png")) std::printf("no printer attached; rendering through the virtual printer\n");
    const std::filesystem::path dir = png.has_parent_path() ? png.parent_path() : std::filesystem::current_path();
    printer::VirtualPrinterPort port(profile, dir, escpos::resolve_fonts());
    printer::SendContext sc;
    sc.label = png.stem().string();
    const printer::SendResult r = port.send(bytes, 0, sc);
    if (!r.ok()) throw Error(Errc::io, "cannot write " + png.string() + ": " + r.detail);
    if (png.extension() != ".png") std::filesystem::rename(port.last_png(), png);
    std::printf("test page (%zu bytes, profile %s) rendered to %s\n", bytes.size(), profile.name.c_str(), png.c_str());
    return 0;
}

}  // namespace pos::cli
