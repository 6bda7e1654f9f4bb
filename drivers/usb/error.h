#pragma once
// pos::usb::Error: the one error type of the USB layer. It keeps the libusb code,
// its symbolic name and the operation that failed, and its message says in plain
// words what a shop worker or installer should do ("no permission: install the
// udev rule from assets/udev").
#include <chrono>
#include <string>

#include "core/common/error.h"

namespace pos::usb {

class Error : public pos::Error {
public:
    // libusb_code is a negative LIBUSB_ERROR_* value (or a LIBUSB_TRANSFER_* status
    // already converted with transfer_status_to_error). timeout is only used in
    // the message of LIBUSB_ERROR_TIMEOUT.
    Error(int libusb_code, std::string operation,
          std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

    int libusb_code() const noexcept { return code_; }
    const char* libusb_name() const noexcept;      // "LIBUSB_ERROR_TIMEOUT"
    const std::string& operation() const noexcept { return operation_; }
    const std::string& human() const noexcept { return human_; }  // message without operation/name

private:
    int code_;
    std::string operation_;
    std::string human_;
};

// Plain-words explanation of a libusb error code.
std::string describe_libusb_error(int libusb_code,
                                  std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

// Maps an async transfer status (LIBUSB_TRANSFER_*) to the matching LIBUSB_ERROR_* code
// (COMPLETED -> 0).
int transfer_status_to_error(int transfer_status) noexcept;

// Throws Error(rc, operation) when rc < 0; returns rc otherwise.
int check(int rc, const char* operation);

}  // namespace pos::usb
