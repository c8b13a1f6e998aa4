// 统一社会信用代码 (GB 32100-2015): samples, every rule's failure, normalisation and hostile input.
#include "qstringprinter.h"
#include "validation/identifiers.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace nbapply::validation;

namespace
{

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Independent of the implementation: the GB 11714 check of positions 9–16 and the GB 32100 check
// character, computed the way the standards write them.
QChar organizationCheck(const QString &eight)
{
    const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = eight[i];
        sum += (c.isDigit() ? c.digitValue() : 10 + (c.unicode() - 'A')) * weights[i];
    }
    const int c = 11 - sum % 11;
    return c == 10 ? QChar('X') : c == 11 ? QChar('0') : QChar('0' + c);
}

QChar finalCheck(const QString &seventeen)
{
    const int weights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kAlphabet.indexOf(seventeen[i])) * weights[i];
    return kAlphabet[(31 - sum % 31) % 31];
}

// A valid code built from a prefix (authority, category, division) and the 8 characters of an
// organisation code body.
QString makeCode(const QString &prefix8, const QString &body8)
{
    QString code = prefix8 + body8 + organizationCheck(body8);
    return code + finalCheck(code);
}

QStringList codes(const CheckResult &r)
{
    QStringList list;
    for (const auto &p : r.problems)
        list << p.code;
    return list;
}

} // namespace

TEST(Uscc, AcceptsKnownValidCodes)
{
    for (const QString &code : {QStringLiteral("91110000600037341L"), makeCode("91110108", "MA01ABCD"),
                                makeCode("92440300", "L1234567"), makeCode("12100000", "40000910"),
                                makeCode("53100000", "50000567"), makeCode("Y1110000", "MA00KD3Y")}) {
        const CheckResult r = checkUscc(code);
        EXPECT_TRUE(r.ok()) << code.toStdString() << " " << codes(r).join(',').toStdString();
        EXPECT_EQ(r.normalized, code);
        EXPECT_TRUE(r.problems.isEmpty());
    }
}

TEST(Uscc, NormalisesFullWidthSpacesDashesAndLowerCase)
{
    const QString code = QStringLiteral("91110000600037341L");
    for (const QString &typed :
         {QStringLiteral("９１１１００００６０００３７３４１Ｌ"), QStringLiteral(" 9111 0000 6000 3734 1l "),
          QStringLiteral("911100-006000-37341L"), QStringLiteral("911100\u2014006000\u201437341L"),
          QStringLiteral("9111\u30000000600037341L")}) {
        const CheckResult r = checkUscc(typed);
        EXPECT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, code) << typed.toStdString();
    }
}

TEST(Uscc, EarlyPilotCodeFailsOnlyTheFinalCheck)
{
    const CheckResult r = checkUscc(QStringLiteral("91350100M0001TGQXM"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(codes(r), QStringList{QStringLiteral("uscc.check-digit")});
    EXPECT_TRUE(r.failsOnly(QStringLiteral("uscc.check-digit")));
}

TEST(Uscc, WrongFinalCheckCharacterIsReported)
{
    const QString good = makeCode("91310115", "MA1K4ABC");
    QString bad = good;
    bad[17] = kAlphabet[(kAlphabet.indexOf(good[17]) + 1) % 31];
    const CheckResult r = checkUscc(bad);
    EXPECT_EQ(codes(r), QStringList{QStringLiteral("uscc.check-digit")});
    EXPECT_TRUE(r.problems.first().message.zh.contains(QStringLiteral("第 18 位")));
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("business licence")));
}

TEST(Uscc, SwappedCharactersInTheOrganisationCodeFailItsCheck)
{
    QString code = makeCode("91110108", "MA01ABCD");
    std::swap(code[10], code[11]); // positions 11 and 12: inside the organisation code
    const CheckResult r = checkUscc(code);
    EXPECT_TRUE(codes(r).contains(QStringLiteral("uscc.organization-check")));
}

TEST(Uscc, ForbiddenLettersGetTheirOwnMessage)
{
    const CheckResult r = checkUscc(QStringLiteral("91110000600O37341L"));
    ASSERT_EQ(codes(r), QStringList{QStringLiteral("uscc.forbidden-letter")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("digit “0”")));
    EXPECT_TRUE(r.problems.first().message.zh.contains(QStringLiteral("数字“0”")));
    for (const char *letter : {"I", "S", "V", "Z"}) {
        QString code = QStringLiteral("91110000600037341L");
        code[12] = QLatin1Char(letter[0]);
        EXPECT_EQ(codes(checkUscc(code)), QStringList{QStringLiteral("uscc.forbidden-letter")}) << letter;
    }
}

TEST(Uscc, CyrillicLookAlikeIsRejectedNotMapped)
{
    // Cyrillic Х (U+0425) in place of the Latin X.
    const CheckResult r = checkUscc(QStringLiteral("91350100M0001TGQ\u0425M"));
    ASSERT_EQ(codes(r), QStringList{QStringLiteral("uscc.character")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("U+0425")));
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("Cyrillic")));
    EXPECT_TRUE(r.problems.first().message.zh.contains(QStringLiteral("西里尔")));
}

TEST(Uscc, WrongLengthSaysHowLong)
{
    const CheckResult shorter = checkUscc(QStringLiteral("91110000600037341"));
    ASSERT_EQ(codes(shorter), QStringList{QStringLiteral("uscc.length")});
    EXPECT_TRUE(shorter.problems.first().message.en.contains(QStringLiteral("has 17")));
    EXPECT_EQ(codes(checkUscc(QStringLiteral("91110000600037341LL"))),
              QStringList{QStringLiteral("uscc.length")});
    EXPECT_EQ(codes(checkUscc(QString())), QStringList{QStringLiteral("uscc.empty")});
    EXPECT_EQ(codes(checkUscc(QStringLiteral(" \u3000 "))), QStringList{QStringLiteral("uscc.empty")});
}

TEST(Uscc, UnknownAuthorityAndCategory)
{
    EXPECT_TRUE(
        codes(checkUscc(makeCode("B1110000", "MA01ABCD"))).contains(QStringLiteral("uscc.authority")));
    // Authority 9 (market regulation) issues only categories 1, 2, 3.
    const CheckResult r = checkUscc(makeCode("94110000", "MA01ABCD"));
    EXPECT_EQ(codes(r), QStringList{QStringLiteral("uscc.category")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("91, 92, 93")));
    // Y (other) issues only 1; 5 (civil affairs) issues 1, 2, 3, 9.
    EXPECT_EQ(codes(checkUscc(makeCode("Y2110000", "MA01ABCD"))),
              QStringList{QStringLiteral("uscc.category")});
    EXPECT_TRUE(checkUscc(makeCode("59110000", "MA01ABCD")).ok());
    EXPECT_EQ(codes(checkUscc(makeCode("54110000", "MA01ABCD"))),
              QStringList{QStringLiteral("uscc.category")});
    EXPECT_TRUE(checkUscc(makeCode("N3110000", "MA01ABCD")).ok());
    EXPECT_TRUE(checkUscc(makeCode("A9110000", "MA01ABCD")).ok());
}

TEST(Uscc, DivisionMustStartWithAMainlandProvince)
{
    EXPECT_TRUE(checkUscc(makeCode("91100000", "MA01ABCD")).ok()); // national
    EXPECT_TRUE(checkUscc(makeCode("91650100", "MA01ABCD")).ok()); // Xinjiang
    EXPECT_TRUE(checkUscc(makeCode("91110108", "MA01ABCD")).ok()); // Beijing, Haidian
    EXPECT_EQ(codes(checkUscc(makeCode("91991234", "MA01ABCD"))),
              QStringList{QStringLiteral("uscc.division")});
    EXPECT_EQ(codes(checkUscc(makeCode("91101234", "MA01ABCD"))),
              QStringList{QStringLiteral("uscc.division")});
    EXPECT_EQ(codes(checkUscc(makeCode("91000000", "MA01ABCD"))),
              QStringList{QStringLiteral("uscc.division")});
}

TEST(Uscc, TaiwanHongKongAndMacaoDivisionsAreNotRegistrationOffices)
{
    // GB/T 2260 lists 71 台湾, 81 香港, 82 澳门 at province level, but GB 32100 codes are assigned by
    // mainland registration offices only.
    for (const char *prefix : {"91710000", "91810000", "91820000", "92810100", "51820000"}) {
        const CheckResult r = checkUscc(makeCode(prefix, "MA01ABCD"));
        ASSERT_EQ(codes(r), QStringList{QStringLiteral("uscc.division-outside-mainland")}) << prefix;
        EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("outside mainland China")));
        EXPECT_TRUE(r.problems.first().message.zh.contains(QStringLiteral("境外注册号")));
    }
}

TEST(Uscc, DivisionIsSixDigits)
{
    // The examples: every other rule passes, only positions 3-8 hold letters.
    for (const char *code : {"5923DR0NMBRQAC1X74", "91422Y2870136531XQ"}) {
        const CheckResult r = checkUscc(QString::fromLatin1(code));
        EXPECT_EQ(codes(r), QStringList{QStringLiteral("uscc.division")}) << code;
    }
    // A letter at each of positions 3-8 of an otherwise valid code, the check characters recomputed.
    for (int position = 2; position < 8; ++position) {
        QString prefix = QStringLiteral("91110108");
        prefix[position] = QLatin1Char('A');
        const CheckResult r = checkUscc(makeCode(prefix, "MA01ABCD"));
        ASSERT_EQ(codes(r), QStringList{QStringLiteral("uscc.division")}) << prefix.toStdString();
        EXPECT_TRUE(r.problems.first().message.en.contains(
            QStringLiteral("character %1 is the letter").arg(position + 1)));
    }
}

TEST(Uscc, CategoryOfACode)
{
    EXPECT_EQ(usccCategory(QStringLiteral("91110000600037341L")), QStringLiteral("91"));
    EXPECT_EQ(usccCategory(QStringLiteral("9111")), QString());
}

TEST(Uscc, HostileInputIsRejected)
{
    EXPECT_EQ(codes(checkUscc(QStringLiteral("9111000060003\n7341L"))),
              QStringList{QStringLiteral("uscc.character")});
    const CheckResult rtl = checkUscc(QStringLiteral("\u202E91110000600037341L"));
    ASSERT_EQ(codes(rtl), QStringList{QStringLiteral("uscc.character")});
    EXPECT_FALSE(rtl.problems.first().message.zh.contains(QChar(0x202E))); // never echoed
    EXPECT_TRUE(rtl.problems.first().message.en.contains(QStringLiteral("U+202E")));

    // A 100,000-character value: a clear error, not a hang (ctest's timeout would catch one).
    const CheckResult huge = checkUscc(QString(100000, QLatin1Char('9')));
    EXPECT_EQ(codes(huge), QStringList{QStringLiteral("uscc.length")});
}

TEST(Uscc, RandomValidCodesPassAndEverySingleSubstitutionFails)
{
    QRandomGenerator random(20151001); // fixed seed: reproducible
    const QStringList prefixes{"91", "92", "93", "11", "12", "51", "52", "53", "N1", "Y1", "A1", "31"};
    const QStringList provinces{"11", "31", "44", "65", "46", "50"};
    const QString orgAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    for (int round = 0; round < 300; ++round) {
        QString body;
        for (int i = 0; i < 8; ++i)
            body += orgAlphabet[random.bounded(int(orgAlphabet.size()))];
        const QString prefix = prefixes[random.bounded(int(prefixes.size()))] +
                               provinces[random.bounded(int(provinces.size()))] +
                               QStringLiteral("%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        const QString code = makeCode(prefix, body);
        // An organisation code whose check would be X or 0 may land on a letter the code cannot hold;
        // makeCode always yields characters of the alphabet, so every generated code must pass.
        const CheckResult r = checkUscc(code);
        ASSERT_TRUE(r.ok()) << code.toStdString() << " " << codes(r).join(',').toStdString();
        const int position = random.bounded(18);
        QString changed = code;
        changed[position] = kAlphabet[(kAlphabet.indexOf(code[position]) + 1 + random.bounded(30)) % 31];
        EXPECT_FALSE(checkUscc(changed).ok()) << code.toStdString() << " -> " << changed.toStdString();
    }
}
