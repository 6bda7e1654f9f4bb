// StatusMonitor over real status queries: UnifiedPOS-named edge events for cover, paper
// near-end / empty, power, drawer.
#include <doctest/doctest.h>

#include "devices/devices_test_util.h"
#include "devices/status_monitor.h"
#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace devices_test;
using namespace pos::devices;

TEST_CASE("status edges become UnifiedPOS StatusUpdate names and drawer events, each change once") {
    pos::fakeusb::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    pos::usb::Context ctx;
    auto found = pos::usb::enumerate(ctx);
    REQUIRE(found.size() == 1);
    pos::printer::UsbEscposPrinter port(ctx, found[0]);
    DeviceEvents events;
    EventLog log(events);
    StatusMonitor monitor(events);

    printer.set_paper_near_end(true);
    monitor.observe(port.status());
    CHECK(log.status_names() == std::vector<std::string>{"SUE_POWER_ONLINE", "PTR_SUE_COVER_OK", "PTR_SUE_REC_NEAREMPTY"});
    CHECK(log.count<DrawerClosed>() == 1);
    monitor.observe(port.status());  // no change, no event
    CHECK(log.status_names().size() == 3);

    printer.set_drawer_pin_high(true);
    monitor.observe(port.status());
    CHECK(log.count<DrawerOpened>() == 1);
    CHECK(monitor.drawer_open());

    printer.cover_open();
    monitor.observe(port.status());
    printer.cover_close();
    printer.paper_end_after(0);
    monitor.observe(port.status());
    printer.refill_paper();
    printer.set_paper_near_end(false);
    printer.set_drawer_pin_high(false);
    monitor.observe(port.status());
    CHECK(log.status_names() ==
          std::vector<std::string>{"SUE_POWER_ONLINE", "PTR_SUE_COVER_OK", "PTR_SUE_REC_NEAREMPTY",  // first snapshot
                                   "SUE_POWER_OFFLINE", "PTR_SUE_COVER_OPEN",                         // cover opened
                                   "PTR_SUE_COVER_OK", "PTR_SUE_REC_EMPTY",                           // closed, paper out
                                   "SUE_POWER_ONLINE", "PTR_SUE_REC_PAPEROK", "PTR_SUE_IDLE"});       // refilled
    CHECK(log.count<DrawerClosed>() == 2);
    CHECK_FALSE(monitor.drawer_open());
    CHECK(pos::escpos::upos_code(pos::escpos::StatusEvent::rec_near_empty) == 25);

    monitor.reset();  // another printer: the whole state is reported again
    monitor.observe(port.status());
    CHECK(log.status_names().size() == 13);
}
