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
