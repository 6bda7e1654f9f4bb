// VirtualPrinterPort: one PNG per job named after the job label, always ready.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "drivers/escpos/encoder.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/profile.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/printer/virtual_printer_port.h"
#include "printer/printer_test_util.h"

using namespace pos::printer;
using namespace printer_test;

TEST_CASE("the virtual printer writes <dir>/<label>.png and keeps the decoded text") {
    TempDir dir;
    const auto& profile = pos::escpos::find_profile("epson-tm-t20");
    const auto fonts = pos::escpos::resolve_fonts();
    pos::escpos::TextRasterizer rasterizer(fonts);
    pos::escpos::Document doc;
    doc.add(pos::escpos::Text{"Hello showroom"}).add(pos::escpos::Cut{});
    const Bytes bytes = pos::escpos::encode(doc, profile, &rasterizer);

    VirtualPrinterPort port(profile, dir.path() / "receipts", fonts);
    CHECK(port.kind() == PortKind::virtual_printer);
    CHECK(port.status() == pos::escpos::PrinterStatus{});
    std::vector<std::size_t> progress;
    SendContext ctx;
    ctx.label = "receipt-000123";
    ctx.progress = [&](std::size_t off) { progress.push_back(off); };
    const SendResult r = port.send(bytes, 0, ctx);
    CHECK(r.ok());
    CHECK(r.offset_reached == bytes.size());
    CHECK(progress == std::vector<std::size_t>{bytes.size()});
    const auto png = dir.path() / "receipts" / "receipt-000123.png";
    CHECK(port.last_png() == png);
    std::ifstream in(png, std::ios::binary);
    const std::string head((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(head.size() > 8);
    CHECK(head.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    CHECK(port.last_text() == "Hello showroom\n");

    port.pulse_drawer();
    CHECK(port.drawer_pulses() == 1);
}

TEST_CASE("a PNG that cannot be written is a connection failure, not a crash") {
    TempDir dir;
    const auto& profile = pos::escpos::find_profile("generic-58");
    VirtualPrinterPort port(profile, dir.path(), pos::escpos::resolve_fonts());
    SendContext ctx;
    ctx.label = "no-such-dir/receipt-000001";
    const SendResult r = port.send(job_bytes(20), 0, ctx);
    CHECK(r.fault == PrintFault::io);
    CHECK(r.error == "printer connection failed");
    CHECK(r.offset_reached == 0);
}
