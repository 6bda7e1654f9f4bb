// The customer file: phone numbers normalised for search, validation, and the merge of two
// files of the same person.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/customer/customer_file.h"

using namespace pos;

namespace {

Errc code_of(const auto& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("not refused");
    return Errc::io;
}

}  // namespace

TEST_CASE("phone numbers: separators dropped, 00 and + are international, full-width digits count") {
    CHECK(normalize_phone("138 0013 8000") == "13800138000");
    CHECK(normalize_phone(" (028) 3822-1234 ") == "02838221234");
    CHECK(normalize_phone("+86 138-0013-8000") == "+8613800138000");
    CHECK(normalize_phone("0086 138 0013 8000") == "+8613800138000");
    CHECK(normalize_phone("+7 (495) 123-45-67") == "+74951234567");
    CHECK(normalize_phone("１３８００１３８０００") == "13800138000");
    CHECK(normalize_phone("090.123.4567") == "0901234567");
}

TEST_CASE("phone numbers: letters, too few and too many digits are refused with the number") {
    for (const char* bad : {"138-ABC-8000", "12345", "+1234567890123456", "", "++86 1380013800", "138 0013 8000 ext 5"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(normalize_phone(bad), Error);
    }
    try {
        normalize_phone("12345");
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("6 to 15 digits") != std::string::npos);
    }
}

TEST_CASE("the digits of a search: any part of a number, full-width too") {
    CHECK(phone_digits("138-0013") == "1380013");
    CHECK(phone_digits("８０００") == "8000");
    CHECK(phone_digits("Nguyễn") == "");
    CHECK(phone_search_digits("+7 (495) 12") == "749512");
    CHECK(phone_search_digits("１３８") == "138");
    CHECK_FALSE(phone_search_digits("12").has_value());      // too short to be a part of a number
    CHECK_FALSE(phone_search_digits("Room 101").has_value());  // letters: a name
}

TEST_CASE("a customer file is trimmed and checked: a name or a phone, a real e-mail, no control characters") {
    CustomerFile f;
    f.name = "  王芳 ";
    f.phone = "138 0013 8000";
    f.email = " wang@example.cn ";
    f.notes = "likes grey\nhas a cat";
    const CustomerFile v = validated(f);
    CHECK(v.name == "王芳");
    CHECK(v.phone == "13800138000");
    CHECK(v.email == "wang@example.cn");
    CHECK(v.notes == "likes grey\nhas a cat");

    CHECK(code_of([] { validated(CustomerFile{}); }) == Errc::invalid_input);  // neither name nor phone
    CustomerFile only_phone;
    only_phone.phone = "+84 90 123 4567";
    CHECK(validated(only_phone).phone == "+84901234567");
    for (const char* email : {"wang", "wang@", "@example.cn", "wang@example", "wang@@example.cn", "wang @example.cn", "a@b..cn"}) {
        CAPTURE(email);
        CustomerFile bad = f;
        bad.email = email;
        CHECK(code_of([&] { validated(bad); }) == Errc::invalid_input);
    }
    CustomerFile ctrl = f;
    ctrl.job = "driver\x01";
    CHECK(code_of([&] { validated(ctrl); }) == Errc::invalid_input);
    CustomerFile long_name = f;
    long_name.name = std::string(101, 'a');
    CHECK(code_of([&] { validated(long_name); }) == Errc::invalid_input);
}

TEST_CASE("merging two files of one person: the kept file wins, gaps are filled, notes are both, consent is not widened") {
    CustomerFile keep;
    keep.id = 7;
    keep.name = "Дмитрий";
    keep.phone = "+74951234567";
    keep.notes = "wants delivery on Saturday";
    CustomerFile other;
    other.id = 9;
    other.name = "Dmitry";
    other.phone = "+74951234567";
    other.plate = "А123ВС77";
    other.current_product = "Lada Vesta";
    other.notes = "first visit: looked at sofas";
    other.contact_consent = true;
    const CustomerFile m = merged(keep, other);
    CHECK(m.id == 7);
    CHECK(m.name == "Дмитрий");
    CHECK(m.plate == "А123ВС77");
    CHECK(m.current_product == "Lada Vesta");
    CHECK(m.notes == "first visit: looked at sofas\nwants delivery on Saturday");
    CHECK_FALSE(m.contact_consent);

    other.phone = "+74950000000";
    CHECK(code_of([&] { merged(keep, other); }) == Errc::conflict);
}
