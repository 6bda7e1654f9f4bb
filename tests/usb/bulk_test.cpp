// BulkTransport against the fake printer: chunking, resume after paper end,
// status queries after draining, device id, unplug.
#include <doctest/doctest.h>
#include <libusb.h>

#include <numeric>
#include <vector>

#include "drivers/usb/bulk_transport.h"
#include "drivers/usb/context.h"
#include "drivers/usb/device_handle.h"
#include "drivers/usb/enumerate.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace std::chrono_literals;
using namespace pos::usb;
using namespace pos::fakeusb;

namespace {

std::vector<std::uint8_t> job(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    // A pattern without DLE (0x10) so the fake never sees a DLE EOT inside the job.
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<std::uint8_t>(0x20 + (i * 7 + i / 251) % 0x5F);
    return v;
}

struct Rig {
    FakeUsbBed bed;
    FakePrinter& printer;
    Context ctx;
    DeviceInfo info;
    DeviceHandle handle;
    BulkTransport io;

    explicit Rig(FakePrinterConfig cfg = {})
        : printer(bed.add_printer(std::move(cfg))),
          info(first_device(ctx)),
          handle(ctx, info),
          io((handle.claim(info.interface), handle), info) {}

    static DeviceInfo first_device(Context& c) {
        auto found = enumerate(c);
        REQUIRE(found.size() == 1);
        return found[0];
    }
};

}  // namespace

TEST_CASE("a 10 KiB job arrives byte-exact in 4 KiB chunks") {
    Rig rig;
    const auto data = job(10 * 1024);
    const WriteResult r = rig.io.write(data, 1000ms);
    CHECK(r.ok());
    CHECK(r.accepted == data.size());
    CHECK(rig.printer.received() == data);
    CHECK(rig.printer.out_urb_sizes() == std::vector<std::size_t>{4096, 4096, 2048});
}

TEST_CASE("paper end mid-job: partial count and timeout, then resume from the offset after refill") {
    Rig rig;
    const auto data = job(10 * 1024);
    rig.printer.paper_end_after(5000);
    const WriteResult first = rig.io.write(data, 200ms);
    REQUIRE_FALSE(first.ok());
    CHECK(first.accepted == 5000);
    CHECK(first.error->libusb_code() == LIBUSB_ERROR_TIMEOUT);
    CHECK(first.error->human() == "device did not answer in time (200 ms)");
    CHECK(rig.printer.received_size() == 5000);

    const PortStatus ps = rig.io.get_port_status();
    CHECK(ps.paper_empty());
    CHECK_FALSE(ps.selected());
    CHECK_FALSE(ps.not_error());

    rig.printer.refill_paper();
    const auto rest = std::span<const std::uint8_t>(data).subspan(first.accepted);
    const WriteResult second = rig.io.write(rest, 1000ms);
    CHECK(second.ok());
    CHECK(second.accepted == rest.size());
    CHECK(rig.printer.received() == data);  // no duplication, no loss
}

TEST_CASE("a stalled write accepts nothing and the retry delivers everything once") {
    Rig rig;
    const auto data = job(3000);
    rig.printer.stall_next_writes(1);
    const WriteResult first = rig.io.write(data, 100ms);
    CHECK(first.accepted == 0);
    REQUIRE(first.error);
    CHECK(first.error->libusb_code() == LIBUSB_ERROR_TIMEOUT);
    const WriteResult again = rig.io.write(data, 1000ms);
    CHECK(again.ok());
    CHECK(rig.printer.received() == data);
}

TEST_CASE("DLE EOT after drain_in returns the current status, not a stale reply") {
    Rig rig;
    const std::vector<std::uint8_t> eot1{0x10, 0x04, 0x01}, eot2{0x10, 0x04, 0x02}, eot4{0x10, 0x04, 0x04};
    REQUIRE(rig.io.write(eot1, 1000ms).ok());  // reply 0x12 (online) left unread
    REQUIRE(rig.printer.unread_in_packets() == 1);
    rig.printer.cover_open();

    CHECK(rig.io.drain_in() == 1);
    CHECK(rig.printer.unread_in_packets() == 0);
    REQUIRE(rig.io.write(eot1, 1000ms).ok());
    CHECK(rig.io.read(1, 1000ms) == std::vector<std::uint8_t>{0x1A});  // offline
    REQUIRE(rig.io.write(eot2, 1000ms).ok());
    CHECK(rig.io.read(1, 1000ms) == std::vector<std::uint8_t>{0x16});  // cover open

    rig.printer.cover_close();
    rig.printer.paper_end_after(0);
    // While out of paper the printer still answers real-time commands.
    REQUIRE(rig.io.write(eot4, 1000ms).ok());
    CHECK(rig.io.read(1, 1000ms) == std::vector<std::uint8_t>{0x7E});  // paper end
    CHECK(rig.printer.status_byte(1) == 0x1A);
}

TEST_CASE("read with nothing to read times out with the readable message") {
    Rig rig;
    try {
        (void)rig.io.read(1, 50ms);
        FAIL("read should time out");
    } catch (const Error& e) {
        CHECK(e.libusb_code() == LIBUSB_ERROR_TIMEOUT);
        CHECK(e.human() == "device did not answer in time (50 ms)");
    }
}

TEST_CASE("GET_DEVICE_ID is parsed") {
    Rig rig;
    CHECK(rig.io.get_device_id_raw() == "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;DES:TM-T20II;");
    const DeviceId id = rig.io.get_device_id();
    CHECK(id.manufacturer() == "EPSON");
    CHECK(id.model() == "TM-T20II");
    CHECK(id.command_set() == "ESC/POS");
    CHECK(rig.io.get_port_status().raw == 0x18);
}

TEST_CASE("unplugged printer: NO_DEVICE with 'device unplugged'") {
    Rig rig;
    const auto data = job(100);
    REQUIRE(rig.io.write(data, 1000ms).ok());
    rig.bed.unplug(rig.printer);
    const WriteResult r = rig.io.write(data, 1000ms);
    CHECK(r.accepted == 0);
    REQUIRE(r.error);
    CHECK(r.error->libusb_code() == LIBUSB_ERROR_NO_DEVICE);
    CHECK(std::string(r.error->what()) == "send to printer: device unplugged [LIBUSB_ERROR_NO_DEVICE]");
    CHECK_THROWS_AS(rig.io.get_port_status(), Error);
    CHECK(rig.printer.received() == data);
}
