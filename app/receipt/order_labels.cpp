#include "receipt/order_labels.h"

namespace pos::receipt {
namespace {

const OrderLabels kEn{
    "DEPOSIT RECEIPT", "PAYMENT RECEIPT", "FINAL RECEIPT - PAID IN FULL", "ORDER CANCELLED - REFUND", "Order No.", "Payment No.",
    "Customer", "Order total", "Paid before", "This payment", "BALANCE DUE", "Paid in full", "to order", "from the floor",
    "Delivery", "Pickup", "Address", "Keep this receipt until your goods are delivered", "DISPATCH LIST", "Nothing due this day",
    "Phone", "Ready", "Waiting for goods"};
const OrderLabels kZhCn{
    "订金收据", "付款收据", "尾款收据 已全部付清", "订单取消 退款", "订单号", "收据号",
    "顾客", "订单总额", "已付", "本次付款", "尚欠余额", "已全部付清", "订货", "现货",
    "送货", "自提", "地址", "请保留此收据至提货", "配送清单", "当日无配送",
    "电话", "已到货", "等待到货"};
const OrderLabels kZhTw{
    "訂金收據", "付款收據", "尾款收據 已全部付清", "訂單取消 退款", "訂單號碼", "收據號碼",
    "顧客", "訂單總額", "已付", "本次付款", "尚欠餘額", "已全部付清", "訂貨", "現貨",
    "送貨", "自取", "地址", "請保留此收據至取貨", "配送清單", "當日無配送",
    "電話", "已到貨", "等待到貨"};
const OrderLabels kRu{
    "КВИТАНЦИЯ О ПРЕДОПЛАТЕ", "КВИТАНЦИЯ ОБ ОПЛАТЕ", "ОКОНЧАТЕЛЬНАЯ ОПЛАТА - ОПЛАЧЕНО", "ЗАКАЗ ОТМЕНЁН - ВОЗВРАТ", "Заказ №",
    "Квитанция №", "Покупатель", "Сумма заказа", "Оплачено ранее", "Этот платёж", "К ДОПЛАТЕ", "Оплачено полностью", "под заказ",
    "из зала", "Доставка", "Самовывоз", "Адрес", "Сохраните квитанцию до получения товара", "ЛИСТ ДОСТАВКИ",
    "На этот день ничего нет", "Телефон", "Готов", "Ожидает товар"};
const OrderLabels kVi{
    "BIÊN NHẬN ĐẶT CỌC", "BIÊN NHẬN THANH TOÁN", "BIÊN NHẬN CUỐI - ĐÃ THANH TOÁN ĐỦ", "HỦY ĐƠN - HOÀN TIỀN", "Số đơn hàng",
    "Số biên nhận", "Khách hàng", "Tổng đơn hàng", "Đã trả trước", "Lần trả này", "CÒN PHẢI TRẢ", "Đã thanh toán đủ", "đặt hàng",
    "hàng có sẵn", "Giao hàng", "Tự lấy", "Địa chỉ", "Vui lòng giữ biên nhận đến khi nhận hàng", "DANH SÁCH GIAO HÀNG",
    "Không có đơn trong ngày", "Điện thoại", "Đã có hàng", "Đang chờ hàng"};

}  // namespace

const OrderLabels& order_labels(Lang lang) noexcept {
    switch (lang) {
        case Lang::zh_CN: return kZhCn;
        case Lang::zh_TW: return kZhTw;
        case Lang::ru: return kRu;
        case Lang::vi: return kVi;
        case Lang::en: break;
    }
    return kEn;
}

}  // namespace pos::receipt
