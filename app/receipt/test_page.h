#pragma once
// The printer test page (profile, code page samples in every staff language, barcode, QR, cut),
// printed by `showroom-pos print-test` and by the app's Devices page.
#include "drivers/escpos/document.h"
#include "drivers/escpos/profile.h"

namespace pos::receipt {

escpos::Document test_page(const escpos::Profile& profile);

}  // namespace pos::receipt
