#include "receipt/test_page.h"

#include <string>

namespace pos::receipt {

escpos::Document test_page(const escpos::Profile& profile) {
    escpos::Document doc;
    escpos::TextStyle title;
    title.bold = true;
    title.width = 2;
    title.height = 2;
    title.align = escpos::Align::center;
    doc.add(escpos::Text{"Showroom POS", title});
    doc.add(escpos::Text{"printer test page", {false, false, 1, 1, escpos::Align::center, escpos::Font::a}});
    doc.add(escpos::Rule{});
    doc.add(escpos::Text{"Profile: " + profile.name});
    doc.add(escpos::Text{profile.description});
    doc.add(escpos::Row{"Paper width (dots)", std::to_string(profile.paper_dots)});
    doc.add(escpos::Row{"Columns A / B", std::to_string(profile.columns_a) + " / " + std::to_string(profile.columns_b)});
    doc.add(escpos::Rule{});
    doc.add(escpos::Text{"简体中文: 欢迎光临, 谢谢惠顾"});
    doc.add(escpos::Text{"繁體中文: 歡迎光臨, 謝謝惠顧"});
    doc.add(escpos::Text{"Русский: Спасибо за покупку!"});
    doc.add(escpos::Text{"Tiếng Việt: Cảm ơn quý khách!"});
    doc.add(escpos::Row{"Total", "1,234.50"});
    doc.add(escpos::Rule{'='});
    doc.add(escpos::Barcode{escpos::Symbology::ean13, "4006381333931"});
    doc.add(escpos::QrCode{"https://example.com/showroom-pos/test"});
    doc.add(escpos::Feed{2});
    doc.add(escpos::Cut{});
    return doc;
}

}  // namespace pos::receipt
