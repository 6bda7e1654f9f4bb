#include "receipt/receipt_labels.h"

#include "core/sale/tender_kind.h"

namespace pos::receipt {
namespace {

const ReceiptLabels kReceiptEn{
    "Receipt No.", "COPY", "REFUND", "REFUND of receipt", "Date", "Served by", "Cashier", "discount",
    "price override", "was", "order discount", "Subtotal", "Discounts", "Tax rate", "Net", "Tax", "TOTAL", "REFUNDED",
    "Cash", "Card", "Voucher", "Change", "GIFT RECEIPT", "Item", "Qty", "Scan this code for returns",
    "Thank you!"};
const ReceiptLabels kReceiptZhCn{
    "小票号", "副本", "退款", "退款 原小票号", "日期", "导购", "收银员", "折扣",
    "改价", "原价", "整单折扣", "小计", "优惠合计", "税率", "不含税金额", "税额", "合计", "退款合计",
    "现金", "银行卡", "代金券", "找零", "礼品小票", "商品", "数量", "退换货请出示此码",
    "谢谢惠顾！"};
const ReceiptLabels kReceiptZhTw{
    "收據號碼", "副本", "退款", "退款 原收據號碼", "日期", "銷售人員", "收銀員", "折扣",
    "改價", "原價", "整筆折扣", "小計", "優惠合計", "稅率", "未稅金額", "稅額", "合計", "退款合計",
    "現金", "信用卡", "禮券", "找零", "禮品收據", "商品", "數量", "退換貨請出示此碼",
    "謝謝惠顧！"};
const ReceiptLabels kReceiptRu{
    "Чек №", "КОПИЯ", "ВОЗВРАТ", "ВОЗВРАТ по чеку №", "Дата", "Консультант", "Кассир", "скидка",
    "изменение цены", "было", "скидка на чек", "Подытог", "Скидки", "Ставка", "Без НДС", "НДС", "ИТОГО",
    "ВОЗВРАЩЕНО", "Наличные", "Карта", "Сертификат", "Сдача", "ПОДАРОЧНЫЙ ЧЕК", "Товар", "Кол-во",
    "Покажите этот код при возврате", "Спасибо за покупку!"};
const ReceiptLabels kReceiptVi{
    "Số hóa đơn", "BẢN SAO", "HOÀN TIỀN", "HOÀN TIỀN cho hóa đơn số", "Ngày", "Nhân viên bán hàng",
    "Thu ngân", "giảm giá", "đổi giá", "giá cũ", "giảm giá đơn hàng", "Tạm tính", "Tổng giảm giá", "Thuế suất",
    "Chưa thuế", "Tiền thuế", "TỔNG CỘNG", "ĐÃ HOÀN TIỀN", "Tiền mặt", "Thẻ", "Phiếu mua hàng",
    "Tiền thối lại", "HÓA ĐƠN QUÀ TẶNG", "Sản phẩm", "SL", "Xuất trình mã này khi đổi trả",
    "Cảm ơn quý khách!"};

const ZReportLabels kZEn{
    "Z REPORT", "Business day", "Traffic", "Visits", "Sold", "Lost", "Follow-up", "Still open",
    "Conversion", "Sales", "Gross sales", "Refunds", "Revenue", "Tax", "Average ticket", "Items sold",
    "Tenders", "Voids", "Manager overrides", "No-sale drawer opens", "Cash drawer", "Opening float",
    "Cash sales", "Cash refunds", "Cash expected", "Cash counted", "Variance", "Day not closed",
    "Closed by", "Order payments"};
const ZReportLabels kZZhCn{
    "日结报表", "营业日", "客流", "接待", "成交", "流失", "待跟进", "未结束",
    "成交率", "销售笔数", "销售总额", "退款", "净营业额", "税额", "客单价", "售出件数",
    "收款方式", "作废", "主管授权", "无销售开钱箱", "钱箱", "备用金",
    "现金销售", "现金退款", "应有现金", "实点现金", "差额", "尚未日结",
    "日结人", "订单收款"};
const ZReportLabels kZZhTw{
    "日結報表", "營業日", "來客", "接待", "成交", "流失", "待追蹤", "未結束",
    "成交率", "銷售筆數", "銷售總額", "退款", "淨營業額", "稅額", "客單價", "售出件數",
    "付款方式", "作廢", "主管授權", "無銷售開錢箱", "錢箱", "零用金",
    "現金銷售", "現金退款", "應有現金", "實點現金", "差額", "尚未日結",
    "日結人", "訂單收款"};
const ZReportLabels kZRu{
    "Z-ОТЧЁТ", "Рабочий день", "Посетители", "Визиты", "Продажа", "Ушли без покупки", "Перезвонить",
    "Не завершены", "Конверсия", "Продажи", "Продажи всего", "Возвраты", "Выручка", "НДС", "Средний чек",
    "Продано товаров", "Оплата", "Аннулирования", "Разрешения менеджера", "Открытия ящика без продажи",
    "Денежный ящик", "Размен на начало", "Наличные продажи", "Наличные возвраты", "Ожидается в кассе",
    "Пересчитано", "Расхождение", "День не закрыт", "Закрыл", "Платежи по заказам"};
const ZReportLabels kZVi{
    "BÁO CÁO Z", "Ngày kinh doanh", "Lượt khách", "Lượt tiếp", "Đã mua", "Không mua", "Cần liên hệ lại",
    "Chưa kết thúc", "Tỷ lệ chốt", "Số đơn bán", "Doanh số gộp", "Hoàn tiền", "Doanh thu", "Thuế",
    "Giá trị TB mỗi đơn", "Số món đã bán", "Hình thức thanh toán", "Hủy", "Quản lý phê duyệt",
    "Mở két không bán", "Két tiền", "Tiền lẻ đầu ca", "Bán bằng tiền mặt", "Hoàn bằng tiền mặt",
    "Tiền mặt dự kiến", "Tiền mặt đếm được", "Chênh lệch", "Chưa chốt ngày", "Người chốt", "Thu theo đơn đặt hàng"};

}  // namespace

const ReceiptLabels& receipt_labels(Lang lang) noexcept {
    switch (lang) {
    case Lang::zh_CN: return kReceiptZhCn;
    case Lang::zh_TW: return kReceiptZhTw;
    case Lang::ru: return kReceiptRu;
    case Lang::vi: return kReceiptVi;
    case Lang::en: break;
    }
    return kReceiptEn;
}

const ZReportLabels& z_report_labels(Lang lang) noexcept {
    switch (lang) {
    case Lang::zh_CN: return kZZhCn;
    case Lang::zh_TW: return kZZhTw;
    case Lang::ru: return kZRu;
    case Lang::vi: return kZVi;
    case Lang::en: break;
    }
    return kZEn;
}

std::string_view tender_label(const ReceiptLabels& labels, std::string_view kind) noexcept {
    const auto k = parse_tender_kind(kind);
    if (!k) return kind;
    switch (*k) {  // no default: a new tender kind is a compile error here until it has a label
    case TenderKind::cash: return labels.cash;
    case TenderKind::card: return labels.card;
    case TenderKind::voucher: return labels.voucher;
    }
    return kind;
}

}  // namespace pos::receipt
