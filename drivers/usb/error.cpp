// Error mapping of libusb codes to readable messages.
#include "drivers/usb/error.h"

#include <libusb.h>

namespace pos::usb {

namespace {

Errc errc_for(int code) {
    switch (code) {
    case LIBUSB_ERROR_ACCESS: return Errc::permission_denied;
    case LIBUSB_ERROR_NOT_FOUND: return Errc::not_found;
    case LIBUSB_ERROR_INVALID_PARAM: return Errc::invalid_input;
    default: return Errc::io;
    }
}

std::string full_message(const std::string& operation, const std::string& human, int code) {
    return operation + ": " + human + " [" + libusb_error_name(code) + "]";
}

}  // namespace

std::string describe_libusb_error(int code, std::chrono::milliseconds timeout) {
    switch (code) {
    case LIBUSB_SUCCESS: return "success";
    case LIBUSB_ERROR_IO: return "input/output error on the USB bus";
    case LIBUSB_ERROR_INVALID_PARAM: return "invalid parameter (program error)";
    case LIBUSB_ERROR_ACCESS: return "no permission: install the udev rule from assets/udev";
    case LIBUSB_ERROR_NO_DEVICE: return "device unplugged";
    case LIBUSB_ERROR_NOT_FOUND: return "device or interface not found";
    case LIBUSB_ERROR_BUSY: return "claimed by another program (usblp/CUPS?)";
    case LIBUSB_ERROR_TIMEOUT:
        return "device did not answer in time (" + std::to_string(timeout.count()) + " ms)";
    case LIBUSB_ERROR_OVERFLOW: return "device sent more data than expected";
    case LIBUSB_ERROR_PIPE: return "endpoint stalled";
    case LIBUSB_ERROR_INTERRUPTED: return "interrupted";
    case LIBUSB_ERROR_NO_MEM: return "out of memory";
    case LIBUSB_ERROR_NOT_SUPPORTED: return "not supported by this system or device";
    default: return "unexpected USB error";
    }
}

int transfer_status_to_error(int status) noexcept {
    switch (status) {
    case LIBUSB_TRANSFER_COMPLETED: return LIBUSB_SUCCESS;
    case LIBUSB_TRANSFER_TIMED_OUT: return LIBUSB_ERROR_TIMEOUT;
    case LIBUSB_TRANSFER_CANCELLED: return LIBUSB_ERROR_INTERRUPTED;
    case LIBUSB_TRANSFER_STALL: return LIBUSB_ERROR_PIPE;
    case LIBUSB_TRANSFER_NO_DEVICE: return LIBUSB_ERROR_NO_DEVICE;
    case LIBUSB_TRANSFER_OVERFLOW: return LIBUSB_ERROR_OVERFLOW;
    default: return LIBUSB_ERROR_IO;
    }
}

Error::Error(int libusb_code, std::string operation, std::chrono::milliseconds timeout)
    : pos::Error(errc_for(libusb_code),
                 full_message(operation, describe_libusb_error(libusb_code, timeout), libusb_code)),
      code_(libusb_code),
      operation_(std::move(operation)),
      human_(describe_libusb_error(libusb_code, timeout)) {}

const char* Error::libusb_name() const noexcept { return libusb_error_name(code_); }

int check(int rc, const char* operation) {
    if (rc < 0) throw Error(rc, operation);
    return rc;
}

}  // namespace pos::usb
