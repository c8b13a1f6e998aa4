// Hong Kong identity card, passport, foreign registration and other document numbers.
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

TEST(HongKongId, StoredAsOnTheCardFromAnyTypedForm)
{
    // A123456(3): 9×36 (no second letter) + 8×10 + 7×1 + 6×2 + 5×3 + 4×4 + 3×5 + 2×6 = 481; 481 + 3 = 44×11.
    for (const char *typed :
         {"A123456(3)", "a123456(3)", "A1234563", "A 123456 (3)", "Ａ１２３４５６（３）"}) {
        const CheckResult r = checkHongKongId(QString::fromUtf8(typed));
        EXPECT_TRUE(r.ok()) << typed;
        EXPECT_EQ(r.normalized, QStringLiteral("A123456(3)")) << typed;
    }
    // Two letters, and the check value 10 written A.
    EXPECT_EQ(hkidCheckCharacter(QStringLiteral("AB987654")), QLatin1Char('3'));
    EXPECT_TRUE(checkHongKongId(QStringLiteral("AB987654(3)")).ok());
    EXPECT_EQ(hkidCheckCharacter(QStringLiteral("G123456")), QLatin1Char('A'));
    EXPECT_TRUE(checkHongKongId(QStringLiteral("G123456(A)")).ok());
}

TEST(HongKongId, AMistypedDigitIsCaughtByTheCheckCharacter)
{
    const CheckResult r = checkHongKongId(QStringLiteral("A123465(3)"));
    EXPECT_EQ(codes(r), QStringList{QStringLiteral("hkid.check-digit")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("A123465(3)")));
    EXPECT_EQ(codes(checkHongKongId(QStringLiteral("A12345(3)"))),
              QStringList{QStringLiteral("hkid.format")});
    EXPECT_EQ(codes(checkHongKongId(QStringLiteral("ABC123456(3)"))),
              QStringList{QStringLiteral("hkid.format")});
    EXPECT_EQ(codes(checkHongKongId(QStringLiteral("A123456(B)"))),
              QStringList{QStringLiteral("hkid.format")});
    EXPECT_EQ(codes(checkHongKongId(QString())), QStringList{QStringLiteral("hkid.empty")});
    EXPECT_EQ(codes(checkHongKongId(QString(5000, QLatin1Char('A')))),
              QStringList{QStringLiteral("hkid.format")});
}

TEST(Passport, NormalisedToCapitalsAndDigits)
{
    const CheckResult r = checkPassport(QStringLiteral(" e1234 5678 "));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.normalized, QStringLiteral("E12345678"));
    EXPECT_TRUE(checkPassport(QStringLiteral("ＧＢ１２３４５")).ok());
}

TEST(Passport, LengthAndCharacters)
{
    EXPECT_EQ(codes(checkPassport(QStringLiteral("E123"))), QStringList{QStringLiteral("passport.length")});
    EXPECT_EQ(codes(checkPassport(QString(21, QLatin1Char('1')))),
              QStringList{QStringLiteral("passport.length")});
    EXPECT_TRUE(checkPassport(QString(20, QLatin1Char('1'))).ok());
    EXPECT_EQ(codes(checkPassport(QStringLiteral("E1234/5678"))),
              QStringList{QStringLiteral("passport.character")});
    EXPECT_EQ(codes(checkPassport(QStringLiteral("\u0415123456"))),
              QStringList{QStringLiteral("passport.character")});
    EXPECT_EQ(codes(checkPassport(QString())), QStringList{QStringLiteral("passport.empty")});
    EXPECT_EQ(codes(checkPassport(QString(100000, QLatin1Char('A')))),
              QStringList{QStringLiteral("passport.length")});
}

TEST(ForeignRegistration, FreeTextOfTwoTo64PrintableCharacters)
{
    const CheckResult r = checkForeignRegistration(QStringLiteral(" CR No. 1234567 "));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.normalized, QStringLiteral("CR No. 1234567"));
    EXPECT_TRUE(checkForeignRegistration(QStringLiteral("HRB 12345 (Amtsgericht München)")).ok());
    EXPECT_EQ(codes(checkForeignRegistration(QStringLiteral("1"))),
              QStringList{QStringLiteral("registration.length")});
    EXPECT_EQ(codes(checkForeignRegistration(QString(65, QLatin1Char('1')))),
              QStringList{QStringLiteral("registration.length")});
    EXPECT_EQ(codes(checkForeignRegistration(QStringLiteral("12\n34"))),
              QStringList{QStringLiteral("registration.character")});
    EXPECT_EQ(codes(checkForeignRegistration(QStringLiteral("12\u202E34"))),
              QStringList{QStringLiteral("registration.character")});
    EXPECT_EQ(codes(checkForeignRegistration(QStringLiteral("  "))),
              QStringList{QStringLiteral("registration.empty")});
}

TEST(OtherDocument, NotEmpty)
{
    EXPECT_TRUE(checkOtherDocumentNumber(QStringLiteral("X")).ok());
    EXPECT_EQ(codes(checkOtherDocumentNumber(QStringLiteral(" "))),
              QStringList{QStringLiteral("document-number.empty")});
    EXPECT_EQ(codes(checkOtherDocumentNumber(QString(100000, QLatin1Char('x')))),
              QStringList{QStringLiteral("document-number.length")});
}
