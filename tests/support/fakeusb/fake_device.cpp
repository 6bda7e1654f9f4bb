// usbdevfs ioctl emulation shared by the fake devices.
#include "support/fakeusb/fake_device.h"

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <umockdev.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <stdexcept>

namespace pos::fakeusb {

namespace {

constexpr guint32 kCaps = USBDEVFS_CAP_ZERO_PACKET | USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                          USBDEVFS_CAP_BULK_SCATTER_GATHER | USBDEVFS_CAP_REAP_AFTER_DISCONNECT;

void complete(UMockdevIoctlClient* c, int result, int err) { umockdev_ioctl_client_complete(c, result, err); }

UMockdevIoctlData* resolve(UMockdevIoctlData* d, std::size_t offset, std::size_t len) {
    GError* err = nullptr;
    UMockdevIoctlData* r = umockdev_ioctl_data_resolve(d, offset, len, &err);
    if (err != nullptr) g_error_free(err);
    return r;
}

}  // namespace

struct FakeUsbDevice::Urb {
    UMockdevIoctlData* data = nullptr;  // struct usbdevfs_urb, referenced
    UMockdevIoctlData* buf = nullptr;   // its buffer, referenced (null for zero length)
    bool frozen = false;                // never accepted: stays pending until discarded

    usbdevfs_urb* u() const { return reinterpret_cast<usbdevfs_urb*>(data->data); }
    std::uint8_t* bytes() const { return buf != nullptr ? buf->data : nullptr; }
    std::size_t length() const { return static_cast<std::size_t>(std::max(u()->buffer_length, 0)); }
    ~Urb() {
        if (buf != nullptr) g_object_unref(buf);
        if (data != nullptr) g_object_unref(data);
    }
};

struct FakeUsbDevice::Glue {
    static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
        return static_cast<FakeUsbDevice*>(self)->handle_ioctl(client) ? TRUE : FALSE;
    }
};

FakeUsbDevice::FakeUsbDevice(DeviceSpec spec) : spec_(std::move(spec)) {
    for (const auto& i : spec_.interfaces) bound_[i.number] = !i.kernel_driver.empty();
}

FakeUsbDevice::~FakeUsbDevice() {
    if (handler_ != nullptr) {
        g_signal_handler_disconnect(handler_, signal_id_);
        g_object_unref(handler_);
    }
}

void FakeUsbDevice::attach(_UMockdevTestbed* tb, std::uint8_t bus, std::uint8_t address, const std::string& syspath) {
    bus_ = bus;
    address_ = address;
    syspath_ = syspath;
    char node[32];
    std::snprintf(node, sizeof node, "/dev/bus/usb/%03u/%03u", bus, address);
    devnode_ = node;
    handler_ = umockdev_ioctl_base_new();
    signal_id_ = g_signal_connect_data(handler_, "handle-ioctl", reinterpret_cast<GCallback>(&Glue::on_ioctl), this,
                                       nullptr, static_cast<GConnectFlags>(0));
    GError* err = nullptr;
    if (!umockdev_testbed_attach_ioctl(tb, devnode_.c_str(), handler_, &err)) {
        std::string msg = err != nullptr ? err->message : "unknown error";
        if (err != nullptr) g_error_free(err);
        throw std::runtime_error("umockdev: cannot attach ioctl handler to " + devnode_ + ": " + msg);
    }
}

bool FakeUsbDevice::plugged() const {
    std::lock_guard lock(mutex_);
    return plugged_;
}

void FakeUsbDevice::set_plugged(bool plugged) {
    std::lock_guard lock(mutex_);
    plugged_ = plugged;
    if (!plugged) {
        // Like the kernel: in-flight URBs complete with -ENODEV and can still be reaped.
        for (auto* q : {&pending_out_, &pending_in_}) {
            for (auto& urb : *q) {
                urb->u()->status = -ENODEV;
                done_.push_back(std::move(urb));
            }
            q->clear();
        }
    } else {
        claimed_.clear();  // the old file descriptors are dead
        for (const auto& i : spec_.interfaces) bound_[i.number] = !i.kernel_driver.empty();
        in_packets_.clear();
    }
}

std::string FakeUsbDevice::driver(int interface) const {
    std::lock_guard lock(mutex_);
    if (claimed_.count(interface) != 0) return "usbfs";
    auto it = bound_.find(interface);
    if (it == bound_.end() || !it->second) return {};
    for (const auto& i : spec_.interfaces)
        if (i.number == interface) return i.kernel_driver;
    return {};
}

int FakeUsbDevice::detach_count() const {
    std::lock_guard lock(mutex_);
    return detach_count_;
}
int FakeUsbDevice::attach_count() const {
    std::lock_guard lock(mutex_);
    return attach_count_;
}
int FakeUsbDevice::set_configuration_count() const {
    std::lock_guard lock(mutex_);
    return set_configuration_count_;
}
int FakeUsbDevice::reset_count() const {
    std::lock_guard lock(mutex_);
    return reset_count_;
}
std::vector<std::size_t> FakeUsbDevice::out_urb_sizes() const {
    std::lock_guard lock(mutex_);
    return out_urb_sizes_;
}

int FakeUsbDevice::on_control(const Setup&, std::span<std::uint8_t>) { return -1; }

void FakeUsbDevice::queue_in_locked(std::uint8_t endpoint, std::vector<std::uint8_t> packet) {
    in_packets_[endpoint].push_back(std::move(packet));
}

std::size_t FakeUsbDevice::queued_in_locked(std::uint8_t endpoint) const {
    auto it = in_packets_.find(endpoint);
    return it == in_packets_.end() ? 0 : it->second.size();
}

void FakeUsbDevice::pump_locked() {
    if (!plugged_) return;
    while (!pending_out_.empty()) {
        Urb& urb = *pending_out_.front();
        if (urb.frozen) break;
        auto* u = urb.u();
        const std::size_t done = static_cast<std::size_t>(u->actual_length);
        if (done < urb.length()) {
            const std::size_t n = on_bulk_out(u->endpoint, {urb.bytes() + done, urb.length() - done});
            u->actual_length += static_cast<int>(n);
            if (n > 0) changed_.notify_all();
        }
        if (static_cast<std::size_t>(u->actual_length) < urb.length()) break;
        u->status = 0;
        done_.push_back(std::move(pending_out_.front()));
        pending_out_.pop_front();
    }
    for (auto it = pending_in_.begin(); it != pending_in_.end();) {
        Urb& urb = **it;
        auto* u = urb.u();
        auto& q = in_packets_[u->endpoint];
        if (q.empty()) {
            ++it;
            continue;
        }
        const bool bulk = u->type == USBDEVFS_URB_TYPE_BULK;
        std::size_t filled = 0;
        // Interrupt: one report per URB. Bulk: as many queued packets as fit.
        while (!q.empty() && filled + q.front().size() <= urb.length()) {
            std::memcpy(urb.bytes() + filled, q.front().data(), q.front().size());
            filled += q.front().size();
            q.pop_front();
            if (!bulk) break;
        }
        if (filled == 0 && !q.empty()) {  // packet larger than the URB: overflow, data truncated
            std::memcpy(urb.bytes(), q.front().data(), urb.length());
            filled = urb.length();
            q.pop_front();
            u->status = -EOVERFLOW;
        } else {
            u->status = 0;
        }
        u->actual_length = static_cast<int>(filled);
        done_.push_back(std::move(*it));
        it = pending_in_.erase(it);
    }
}

int FakeUsbDevice::control_locked(const Setup& s, std::span<std::uint8_t> data) {
    constexpr std::uint8_t kGetDescriptor = 6;
    if ((s.request_type == 0x80 || s.request_type == 0x81) && s.request == kGetDescriptor) {
        const std::uint8_t type = static_cast<std::uint8_t>(s.value >> 8);
        const std::uint8_t index = static_cast<std::uint8_t>(s.value & 0xFF);
        std::vector<std::uint8_t> d;
        if (s.request_type == 0x80 && type == 1) d = device_descriptor(spec_);
        else if (s.request_type == 0x80 && type == 2 && index == 0) d = config_descriptor(spec_);
        else if (s.request_type == 0x80 && type == 3) d = string_descriptor(spec_, index);
        else return on_control(s, data);
        if (d.empty()) return -1;
        const std::size_t n = std::min(d.size(), data.size());
        std::memcpy(data.data(), d.data(), n);
        return static_cast<int>(n);
    }
    return on_control(s, data);
}

bool FakeUsbDevice::handle_ioctl(_UMockdevIoctlClient* c) {
    const gulong req = umockdev_ioctl_client_get_request(c);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(c);
    std::lock_guard lock(mutex_);

    if (req == USBDEVFS_REAPURB || req == USBDEVFS_REAPURBNDELAY) {
        pump_locked();
        if (done_.empty()) {
            complete(c, -1, plugged_ ? EAGAIN : ENODEV);
            return true;
        }
        std::unique_ptr<Urb> urb = std::move(done_.front());
        done_.pop_front();
        UMockdevIoctlData* slot = resolve(arg, 0, sizeof(void*));
        umockdev_ioctl_data_set_ptr(slot, 0, urb->data);
        complete(c, 0, 0);  // writes the URB and its buffer back to libusb's memory
        g_object_unref(slot);
        return true;
    }
    if (!plugged_) {
        complete(c, -1, ENODEV);
        return true;
    }

    switch (req) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(guint32));
        std::memcpy(d->data, &kCaps, sizeof kCaps);
        complete(c, 0, 0);
        g_object_unref(d);
        return true;
    }
    case USBDEVFS_SETCONFIGURATION:
        ++set_configuration_count_;
        complete(c, 0, 0);
        return true;
    case USBDEVFS_RESET:
        ++reset_count_;
        complete(c, 0, 0);
        return true;
    case USBDEVFS_SETINTERFACE:
    case USBDEVFS_CLEAR_HALT:
    case USBDEVFS_RESETEP:
        complete(c, 0, 0);
        return true;
    case USBDEVFS_CLAIMINTERFACE:
    case USBDEVFS_RELEASEINTERFACE: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(unsigned int));  // arg points to the number
        const int iface = static_cast<int>(*reinterpret_cast<const unsigned int*>(d->data));
        g_object_unref(d);
        // umockdev hands us a new client object per ioctl, so the owning file
        // descriptor is unknown. libusb never re-claims an interface its handle
        // already holds, so "already claimed" means another handle/program: EBUSY.
        if (req == USBDEVFS_RELEASEINTERFACE) {
            if (claimed_.erase(iface) == 0) {
                complete(c, -1, EINVAL);
                return true;
            }
        } else {
            if (claimed_.count(iface) != 0 || bound_[iface]) {
                complete(c, -1, EBUSY);  // another program or a kernel driver holds it
                return true;
            }
            claimed_.insert(iface);
        }
        complete(c, 0, 0);
        return true;
    }
    case USBDEVFS_DISCONNECT_CLAIM: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(usbdevfs_disconnect_claim));
        const auto* dc = reinterpret_cast<const usbdevfs_disconnect_claim*>(d->data);
        const int iface = static_cast<int>(dc->interface);
        if (claimed_.count(iface) != 0) {
            complete(c, -1, EBUSY);  // claimed through usbfs by another program
        } else {
            if (bound_[iface]) {
                bound_[iface] = false;
                ++detach_count_;
            }
            claimed_.insert(iface);
            complete(c, 0, 0);
        }
        g_object_unref(d);
        return true;
    }
    case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(usbdevfs_getdriver));
        auto* gd = reinterpret_cast<usbdevfs_getdriver*>(d->data);
        const int iface = static_cast<int>(gd->interface);
        std::string name;
        if (claimed_.count(iface) != 0) name = "usbfs";
        else if (bound_[iface])
            for (const auto& i : spec_.interfaces)
                if (i.number == iface) name = i.kernel_driver;
        if (name.empty()) {
            complete(c, -1, ENODATA);
        } else {
            std::memset(gd->driver, 0, sizeof gd->driver);
            std::memcpy(gd->driver, name.data(), std::min(name.size(), sizeof gd->driver - 1));
            complete(c, 0, 0);
        }
        g_object_unref(d);
        return true;
    }
    case USBDEVFS_IOCTL: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(usbdevfs_ioctl));
        const auto* io = reinterpret_cast<const usbdevfs_ioctl*>(d->data);
        const int iface = io->ifno;
        std::string kdriver;
        for (const auto& i : spec_.interfaces)
            if (i.number == iface) kdriver = i.kernel_driver;
        const auto code = static_cast<unsigned long>(static_cast<unsigned int>(io->ioctl_code));
        if (code == USBDEVFS_CONNECT && !kdriver.empty() && claimed_.count(iface) == 0) {
            if (!bound_[iface]) ++attach_count_;
            bound_[iface] = true;
            complete(c, 0, 0);
        } else if (code == USBDEVFS_DISCONNECT && bound_[iface]) {
            bound_[iface] = false;
            ++detach_count_;
            complete(c, 0, 0);
        } else {
            complete(c, -1, ENODATA);
        }
        g_object_unref(d);
        return true;
    }
    case USBDEVFS_CONTROL: {
        UMockdevIoctlData* d = resolve(arg, 0, sizeof(usbdevfs_ctrltransfer));
        const auto* ct = reinterpret_cast<const usbdevfs_ctrltransfer*>(d->data);
        Setup s{ct->bRequestType, ct->bRequest, ct->wValue, ct->wIndex, ct->wLength};
        UMockdevIoctlData* data =
            s.length > 0 ? resolve(d, offsetof(usbdevfs_ctrltransfer, data), s.length) : nullptr;
        const int n = control_locked(s, {data != nullptr ? data->data : nullptr, s.length});
        if (n < 0) complete(c, -1, EPIPE);
        else complete(c, n, 0);
        if (data != nullptr) g_object_unref(data);
        g_object_unref(d);
        return true;
    }
    case USBDEVFS_SUBMITURB: {
        auto urb = std::make_unique<Urb>();
        urb->data = resolve(arg, 0, sizeof(usbdevfs_urb));
        auto* u = urb->u();
        if (u->buffer_length > 0)
            urb->buf = resolve(urb->data, offsetof(usbdevfs_urb, buffer), static_cast<std::size_t>(u->buffer_length));
        u->actual_length = 0;
        u->status = 0;
        if (u->type == USBDEVFS_URB_TYPE_CONTROL) {
            if (urb->length() < 8) {
                complete(c, -1, EINVAL);
                return true;
            }
            const std::uint8_t* b = urb->bytes();
            Setup s{b[0], b[1], static_cast<std::uint16_t>(b[2] | b[3] << 8), static_cast<std::uint16_t>(b[4] | b[5] << 8),
                    static_cast<std::uint16_t>(b[6] | b[7] << 8)};
            const std::size_t data_len = std::min<std::size_t>(s.length, urb->length() - 8);
            const int n = control_locked(s, {urb->bytes() + 8, data_len});
            u->status = n < 0 ? -EPIPE : 0;
            u->actual_length = n < 0 ? 0 : n;
            done_.push_back(std::move(urb));
        } else if ((u->endpoint & 0x80) != 0) {
            pending_in_.push_back(std::move(urb));
            pump_locked();
        } else {
            out_urb_sizes_.push_back(urb->length());
            if (stall_writes_ > 0) {
                --stall_writes_;
                urb->frozen = true;
            }
            pending_out_.push_back(std::move(urb));
            pump_locked();
        }
        complete(c, 0, 0);
        return true;
    }
    case USBDEVFS_DISCARDURB: {
        const gulong addr = *reinterpret_cast<const gulong*>(arg->data);
        for (auto* q : {&pending_out_, &pending_in_}) {
            for (auto it = q->begin(); it != q->end(); ++it) {
                if ((*it)->data->client_addr != addr) continue;
                (*it)->u()->status = -ENOENT;  // actual_length keeps what was transferred
                done_.push_back(std::move(*it));
                q->erase(it);
                complete(c, 0, 0);
                pump_locked();  // a discarded blocker may unblock the next URB
                return true;
            }
        }
        complete(c, -1, EINVAL);
        return true;
    }
    default:
        return false;  // unknown ioctl: umockdev answers ENOTTY
    }
}

}  // namespace pos::fakeusb
