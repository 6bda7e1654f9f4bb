// pos::usb::Error messages and codes, and the IEEE 1284 device id parser.
#include <doctest/doctest.h>
#include <libusb.h>

#include <string>

#include "drivers/usb/device_id.h"
#include "drivers/usb/error.h"

using namespace std::chrono_literals;
using pos::usb::Error;

TEST_CASE("libusb errors map to readable messages and project error codes") {
    const Error access(LIBUSB_ERROR_ACCESS, "open printer");
    CHECK(access.code() == pos::Errc::permission_denied);
    CHECK(std::string(access.what()) ==
          "open printer: no permission: install the udev rule from assets/udev [LIBUSB_ERROR_ACCESS]");
    CHECK(access.libusb_code() == LIBUSB_ERROR_ACCESS);
    CHECK(std::string(access.libusb_name()) == "LIBUSB_ERROR_ACCESS");
    CHECK(access.operation() == "open printer");

    const Error busy(LIBUSB_ERROR_BUSY, "claim USB interface");
    CHECK(busy.code() == pos::Errc::io);
    CHECK(busy.human() == "claimed by another program (usblp/CUPS?)");

    CHECK(Error(LIBUSB_ERROR_NO_DEVICE, "x").human() == "device unplugged");
    CHECK(Error(LIBUSB_ERROR_TIMEOUT, "x", 2500ms).human() == "device did not answer in time (2500 ms)");
    CHECK(Error(LIBUSB_ERROR_PIPE, "x").human() == "endpoint stalled");
    CHECK(Error(LIBUSB_ERROR_NOT_FOUND, "x").code() == pos::Errc::not_found);
}

TEST_CASE("transfer statuses map to libusb error codes") {
    CHECK(pos::usb::transfer_status_to_error(LIBUSB_TRANSFER_COMPLETED) == 0);
    CHECK(pos::usb::transfer_status_to_error(LIBUSB_TRANSFER_TIMED_OUT) == LIBUSB_ERROR_TIMEOUT);
    CHECK(pos::usb::transfer_status_to_error(LIBUSB_TRANSFER_NO_DEVICE) == LIBUSB_ERROR_NO_DEVICE);
    CHECK(pos::usb::transfer_status_to_error(LIBUSB_TRANSFER_STALL) == LIBUSB_ERROR_PIPE);
    CHECK(pos::usb::transfer_status_to_error(LIBUSB_TRANSFER_ERROR) == LIBUSB_ERROR_IO);
}

TEST_CASE("check throws only for negative codes") {
    CHECK(pos::usb::check(3, "read") == 3);
    CHECK_THROWS_AS(pos::usb::check(LIBUSB_ERROR_IO, "read"), Error);
}

TEST_CASE("IEEE 1284 device id parsing") {
    const auto id = pos::usb::parse_device_id("MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;DES:TM-T20II;");
    CHECK(id.manufacturer() == "EPSON");
    CHECK(id.model() == "TM-T20II");
    CHECK(id.command_set() == "ESC/POS");
    CHECK(id.get("CLS") == "PRINTER");
    CHECK(id.get("XYZ").empty());

    const auto longform = pos::usb::parse_device_id(" manufacturer: Star ;model:TSP100; command set:STAR;junk");
    CHECK(longform.manufacturer() == "Star");
    CHECK(longform.model() == "TSP100");
    CHECK(longform.command_set() == "STAR");
    CHECK(longform.fields.size() == 3);
}
