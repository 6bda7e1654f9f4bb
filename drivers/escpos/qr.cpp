#include "drivers/escpos/qr.h"

#include "core/common/error.h"

#include <qrencode.h>

#include <memory>

namespace pos::escpos {

namespace {

struct QrDeleter {
    void operator()(QRcode* q) const noexcept { QRcode_free(q); }
};
using QrPtr = std::unique_ptr<QRcode, QrDeleter>;

QrPtr make(std::string_view data, QrEcc ecc) {
    if (data.empty()) throw Error(Errc::invalid_input, "QR code data is empty");
    QRecLevel level = QR_ECLEVEL_M;
    switch (ecc) {
    case QrEcc::L: level = QR_ECLEVEL_L; break;
    case QrEcc::M: level = QR_ECLEVEL_M; break;
    case QrEcc::Q: level = QR_ECLEVEL_Q; break;
    case QrEcc::H: level = QR_ECLEVEL_H; break;
    }
    QrPtr q(QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.data()), 0,
                              level));
    if (!q) throw Error(Errc::invalid_input, "QR code data is too long (" + std::to_string(data.size()) + " bytes)");
    return q;
}

}  // namespace

int qr_modules(std::string_view data, QrEcc ecc) { return make(data, ecc)->width; }

Bitmap qr_bitmap(std::string_view data, QrEcc ecc, int module_size, int quiet) {
    QrPtr q = make(data, ecc);
    const int n = q->width;
    const int side = (n + 2 * quiet) * module_size;
    Bitmap bm(side, side);
    for (int my = 0; my < n; ++my) {
        for (int mx = 0; mx < n; ++mx) {
            if ((q->data[my * n + mx] & 1u) == 0) continue;
            for (int dy = 0; dy < module_size; ++dy)
                for (int dx = 0; dx < module_size; ++dx)
                    bm.set((mx + quiet) * module_size + dx, (my + quiet) * module_size + dy);
        }
    }
    return bm;
}

}  // namespace pos::escpos
