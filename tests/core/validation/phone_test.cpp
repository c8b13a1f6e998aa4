// Phone numbers through libphonenumber: mobiles, landlines, Hong Kong, extensions, garbage.
#include "qstringprinter.h"
#include "validation/identifiers.h"

#include <gtest/gtest.h>

using namespace nbapply::validation;

namespace
{
QStringList codes(const CheckResult &r)
{
    QStringList list;
    for (const auto &p : r.problems)
        list << p.code;
    return list;
}
} // namespace

TEST(Phone, MainlandMobiles)
{
    for (const QString &typed :
         {QStringLiteral("13812345678"), QStringLiteral("138 1234 5678"), QStringLiteral("138-1234-5678"),
          QStringLiteral("+86 138 1234 5678"), QStringLiteral("+86-13812345678"),
          QStringLiteral("１３８１２３４５６７８"), QStringLiteral("(+86) 138 1234 5678")}) {
        const CheckResult r = checkPhone(typed);
        EXPECT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, QStringLiteral("+8613812345678")) << typed.toStdString();
    }
    EXPECT_EQ(formatPhoneForDisplay(QStringLiteral("+8613812345678")), QStringLiteral("+86 138 1234 5678"));
}

TEST(Phone, LandlinesWithAreaCodes)
{
    EXPECT_EQ(checkPhone(QStringLiteral("010-12345678")).normalized, QStringLiteral("+861012345678"));
    EXPECT_TRUE(checkPhone(QStringLiteral("010-12345678")).ok());
    EXPECT_EQ(checkPhone(QStringLiteral("(010) 6275 1234")).normalized, QStringLiteral("+861062751234"));
    const CheckResult shenzhen = checkPhone(QStringLiteral("0755 8888 8888"));
    EXPECT_TRUE(shenzhen.ok());
    EXPECT_EQ(shenzhen.normalized, QStringLiteral("+8675588888888"));
    EXPECT_EQ(formatPhoneForDisplay(shenzhen.normalized), QStringLiteral("+86 755 8888 8888"));
}

TEST(Phone, HongKongNumbers)
{
    const CheckResult r = checkPhone(QStringLiteral("+852 2123 4567"));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.normalized, QStringLiteral("+85221234567"));
    EXPECT_EQ(formatPhoneForDisplay(r.normalized), QStringLiteral("+852 2123 4567"));
    EXPECT_TRUE(
        checkPhone(QStringLiteral("00852 9123 4567")).ok()); // dialled with China's international prefix
}

TEST(Phone, Extensions)
{
    for (const QString &typed :
         {QStringLiteral("010-12345678 转 123"), QStringLiteral("010-12345678转123"),
          QStringLiteral("010-12345678 分机 123"), QStringLiteral("010-12345678 ext. 123"),
          QStringLiteral("010-12345678 EXT123"), QStringLiteral("010-12345678 x123"),
          QStringLiteral("010-12345678#123")}) {
        const CheckResult r = checkPhone(typed);
        EXPECT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, QStringLiteral("+861012345678;ext=123")) << typed.toStdString();
    }
    // The stored form checks as itself.
    EXPECT_EQ(checkPhone(QStringLiteral("+861012345678;ext=123")).normalized,
              QStringLiteral("+861012345678;ext=123"));
    EXPECT_EQ(formatPhoneForDisplay(QStringLiteral("+861012345678;ext=123")),
              QStringLiteral("+86 10 1234 5678 ext. 123"));
    EXPECT_EQ(codes(checkPhone(QStringLiteral("010-12345678 转"))),
              QStringList{QStringLiteral("phone.extension")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("010-12345678 转 12a"))),
              QStringList{QStringLiteral("phone.extension")});
}

TEST(Phone, LandlineWithoutAreaCode)
{
    const CheckResult r = checkPhone(QStringLiteral("6234 5678"));
    ASSERT_EQ(codes(r), QStringList{QStringLiteral("phone.area-code")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("010-12345678")));
    EXPECT_EQ(codes(checkPhone(QStringLiteral("8765432"))), QStringList{QStringLiteral("phone.area-code")});
}

TEST(Phone, UnknownRangeIsAConfirmableError)
{
    // China Broadnet's 1610 block is newer than Debian's libphonenumber data.
    const CheckResult r = checkPhone(QStringLiteral("16101234567"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(codes(r), QStringList{QStringLiteral("phone.invalid")});
    EXPECT_TRUE(r.failsOnly(QStringLiteral("phone.invalid")));
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("confirm")));
}

TEST(Phone, GarbageAndWrongLengths)
{
    EXPECT_EQ(codes(checkPhone(QStringLiteral("call me"))), QStringList{QStringLiteral("phone.character")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("138１２３４５６７８abc"))),
              QStringList{QStringLiteral("phone.character")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("138-1234-567\u0437"))),
              QStringList{QStringLiteral("phone.character")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("1234"))), QStringList{QStringLiteral("phone.length")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("1"))), QStringList{QStringLiteral("phone.too-short")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("+999 1234 5678"))),
              QStringList{QStringLiteral("phone.country-code")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("1381234567812345678"))),
              QStringList{QStringLiteral("phone.too-long")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("   "))), QStringList{QStringLiteral("phone.empty")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("13+812345678"))),
              QStringList{QStringLiteral("phone.character")});
}

TEST(Phone, HostileInput)
{
    EXPECT_EQ(codes(checkPhone(QStringLiteral("138\n12345678"))),
              QStringList{QStringLiteral("phone.character")});
    const CheckResult rtl = checkPhone(QStringLiteral("\u202E13812345678"));
    ASSERT_EQ(codes(rtl), QStringList{QStringLiteral("phone.character")});
    EXPECT_TRUE(rtl.problems.first().message.en.contains(QStringLiteral("U+202E")));
    EXPECT_EQ(codes(checkPhone(QStringLiteral("138\U0001F600"))),
              QStringList{QStringLiteral("phone.character")});
    // A 100,000-character value: a clear error, not a hang (ctest's timeout would catch one).
    EXPECT_EQ(codes(checkPhone(QString(100000, QLatin1Char('1')))),
              QStringList{QStringLiteral("phone.too-long")});
}

TEST(Phone, SpelledOutExtensionMarkers)
{
    // "extension" must win over its prefix "ext" (which left "ension 321" as the extension).
    for (const QString &typed :
         {QStringLiteral("02860501492 extension 321"), QStringLiteral("028-6050-1492 Extension: 321"),
          QStringLiteral("028 6050 1492, EXTENSION 321"), QStringLiteral("02860501492 ext: 321")}) {
        const CheckResult r = checkPhone(typed);
        EXPECT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, QStringLiteral("+862860501492;ext=321")) << typed.toStdString();
    }
    EXPECT_EQ(checkPhone(QStringLiteral("02860501492 Extension: 8")).normalized,
              QStringLiteral("+862860501492;ext=8"));
}

TEST(Phone, TelUris)
{
    // RFC 3966: a global number with visual separators and ;ext=; a local number with a global
    // phone-context; a domain-name context leaves the number to the default region; ;isub= is dropped.
    EXPECT_EQ(checkPhone(QStringLiteral("tel:+86-28-6050-1492;ext=321")).normalized,
              QStringLiteral("+862860501492;ext=321"));
    EXPECT_EQ(checkPhone(QStringLiteral("TEL:+86.138.1234.5678")).normalized,
              QStringLiteral("+8613812345678"));
    EXPECT_EQ(checkPhone(QStringLiteral("tel:6050-1492;phone-context=+86-28")).normalized,
              QStringLiteral("+862860501492"));
    EXPECT_EQ(checkPhone(QStringLiteral("tel:028-6050-1492;phone-context=example.cn;ext=12")).normalized,
              QStringLiteral("+862860501492;ext=12"));
    EXPECT_EQ(checkPhone(QStringLiteral("tel:+852-2123-4567;isub=1234")).normalized,
              QStringLiteral("+85221234567"));
    EXPECT_EQ(codes(checkPhone(QStringLiteral("tel:+86-28-6050-1492;foo=bar"))),
              QStringList{QStringLiteral("phone.tel-uri")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("tel:"))), QStringList{QStringLiteral("phone.tel-uri")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("tel:+86 28 6050 1492"))),
              QStringList{QStringLiteral("phone.tel-uri")}); // spaces are not allowed in a URI
    EXPECT_EQ(codes(checkPhone(QStringLiteral("tel:+86-28-6050-1492;ext=12a"))),
              QStringList{QStringLiteral("phone.extension")});
}

TEST(Phone, MobileOneDigitShortOrLong)
{
    const CheckResult shorter = checkPhone(QStringLiteral("138 1234 567"));
    ASSERT_EQ(codes(shorter), QStringList{QStringLiteral("phone.mobile-length")});
    EXPECT_TRUE(shorter.problems.first().message.en.contains(QStringLiteral("one digit short")));
    EXPECT_TRUE(shorter.problems.first().message.zh.contains(QStringLiteral("少了一位")));
    EXPECT_FALSE(shorter.failsOnly(QStringLiteral("phone.invalid"))); // not confirmable
    const CheckResult longer = checkPhone(QStringLiteral("+86 138 1234 56789"));
    ASSERT_EQ(codes(longer), QStringList{QStringLiteral("phone.mobile-length")});
    EXPECT_TRUE(longer.problems.first().message.en.contains(QStringLiteral("one digit too many")));
    // Beijing's area code 10 is not a mobile prefix: 010 + 8 digits is a landline.
    EXPECT_TRUE(checkPhone(QStringLiteral("010 6275 1234")).ok());
}

TEST(Phone, ServiceNumbersGetTheirOwnMessage)
{
    for (const char *typed : {"95588", "10086", "12345", "110", "95 555", "96196"}) {
        const CheckResult r = checkPhone(QString::fromLatin1(typed));
        ASSERT_EQ(codes(r), QStringList{QStringLiteral("phone.service-number")}) << typed;
        EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("service number"))) << typed;
    }
    // A landline without its area code is still told to add it.
    EXPECT_EQ(codes(checkPhone(QStringLiteral("62345678"))), QStringList{QStringLiteral("phone.area-code")});
    // With the country code typed, it is no longer a short number dialled at home.
    EXPECT_NE(codes(checkPhone(QStringLiteral("+86 95588"))),
              QStringList{QStringLiteral("phone.service-number")});
}

TEST(Phone, NumbersWithoutCountryCodeAreReadInTheApplicantsRegion)
{
    const CheckResult hk = checkPhone(QStringLiteral("2123 4567"), QStringLiteral("HK"));
    ASSERT_TRUE(hk.ok()) << codes(hk).join(u',').toStdString();
    EXPECT_EQ(hk.normalized, QStringLiteral("+85221234567"));
    EXPECT_EQ(formatPhoneForDisplay(hk.normalized), QStringLiteral("+852 2123 4567"));
    EXPECT_EQ(checkPhone(QStringLiteral("(212) 555-0123"), QStringLiteral("us")).normalized,
              QStringLiteral("+12125550123"));
    EXPECT_EQ(checkPhone(QStringLiteral("2123 4567 ext. 8"), QStringLiteral("HK")).normalized,
              QStringLiteral("+85221234567;ext=8"));
    // A number with its country code keeps it whatever the region.
    EXPECT_EQ(checkPhone(QStringLiteral("+86 138 1234 5678"), QStringLiteral("HK")).normalized,
              QStringLiteral("+8613812345678"));
    // Not a Hong Kong number but a valid mainland one without +86: read as mainland, with a warning.
    const CheckResult mainlandMobile = checkPhone(QStringLiteral("138 1234 5678"), QStringLiteral("HK"));
    EXPECT_TRUE(mainlandMobile.ok());
    EXPECT_EQ(mainlandMobile.normalized, QStringLiteral("+8613812345678"));
    ASSERT_EQ(codes(mainlandMobile), QStringList{QStringLiteral("phone.mainland-number")});
    EXPECT_TRUE(mainlandMobile.problems.first().message.en.contains(QStringLiteral("+86 138 1234 5678")));
    // Without a usable region, mainland China: the same number lacks its area code there.
    EXPECT_EQ(codes(checkPhone(QStringLiteral("2123 4567"))), QStringList{QStringLiteral("phone.area-code")});
    EXPECT_EQ(codes(checkPhone(QStringLiteral("2123 4567"), QStringLiteral("ZZ"))),
              QStringList{QStringLiteral("phone.area-code")});
    // Messages for another region name it instead of explaining mainland numbering.
    const CheckResult shortHk = checkPhone(QStringLiteral("2123 456"), QStringLiteral("HK"));
    ASSERT_FALSE(shortHk.ok());
    EXPECT_FALSE(shortHk.problems.first().message.en.contains(QStringLiteral("11 digits")));
}
