// 身份证号 and the GB 11643 family: mainland IDs, residence permits, foreign permanent-resident cards.
#include "qstringprinter.h"
#include "validation/identifiers.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace nbapply::validation;

namespace
{

const QDate kToday(2026, 11, 26);

// The ISO 7064 MOD 11-2 check character, computed independently of the implementation.
QString withCheck(const QString &seventeen)
{
    const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += seventeen[i].digitValue() * weights[i];
    const int check = (12 - sum % 11) % 11;
    return seventeen + (check == 10 ? QStringLiteral("X") : QString::number(check));
}

QStringList codes(const CheckResult &r)
{
    QStringList list;
    for (const auto &p : r.problems)
        list << p.code;
    return list;
}

} // namespace

TEST(ResidentId, StandardSampleIsValid)
{
    // The sample of GB 11643-1999.
    const CheckResult r = checkResidentId(QStringLiteral("11010519491231002X"), kToday);
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.problems.isEmpty());
    EXPECT_EQ(residentIdBirthDate(r.normalized), QDate(1949, 12, 31));
}

TEST(ResidentId, NormalisesLowerCaseXFullWidthAndSpaces)
{
    for (const QString &typed :
         {QStringLiteral("11010519491231002x"), QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"),
          QStringLiteral("110105 19491231 002X"), QStringLiteral("110105-19491231-002x")}) {
        const CheckResult r = checkResidentId(typed, kToday);
        EXPECT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, QStringLiteral("11010519491231002X"));
    }
}

TEST(ResidentId, ComputedNumbersAreValidAndAnyChangeBreaksTheCheck)
{
    const QString number = withCheck(QStringLiteral("44030519900307123"));
    EXPECT_TRUE(checkResidentId(number, kToday).ok());
    QString wrong = number;
    wrong[16] = wrong[16] == QLatin1Char('9') ? QLatin1Char('8') : QChar(wrong[16].unicode() + 1);
    EXPECT_EQ(codes(checkResidentId(wrong, kToday)), QStringList{QStringLiteral("id.check-digit")});
}

TEST(ResidentId, EachResidencePermitPrefix)
{
    for (const QString &prefix :
         {QStringLiteral("810000"), QStringLiteral("820000"), QStringLiteral("830000")}) {
        const QString number = withCheck(prefix + QStringLiteral("19940823002"));
        const CheckResult r = checkResidentId(number, kToday);
        EXPECT_TRUE(r.ok()) << number.toStdString();
        EXPECT_EQ(residentIdBirthDate(number), QDate(1994, 8, 23));
    }
    // 81 must be followed by 0000: 811234 is not a permit.
    const CheckResult bad = checkResidentId(withCheck(QStringLiteral("81123419940823002")), kToday);
    ASSERT_EQ(codes(bad), QStringList{QStringLiteral("id.region")});
    EXPECT_TRUE(bad.problems.first().message.en.contains(QStringLiteral("810000")));
}

TEST(ResidentId, ForeignPermanentResidentCard2023)
{
    // 9 + province 11 (Beijing) + nationality 840 (USA) + birth date + sequence + check.
    const QString number = withCheck(QStringLiteral("91184019850615001"));
    EXPECT_TRUE(checkResidentId(number, kToday).ok());
    EXPECT_EQ(residentIdBirthDate(number), QDate(1985, 6, 15));
    EXPECT_TRUE(codes(checkResidentId(withCheck(QStringLiteral("91199919850615001")), kToday))
                    .contains(QStringLiteral("id.nationality")));
    EXPECT_TRUE(codes(checkResidentId(withCheck(QStringLiteral("99984019850615001")), kToday))
                    .contains(QStringLiteral("id.region")));
}

TEST(ResidentId, RejectsUnknownRegions)
{
    for (const QString &start : {QStringLiteral("00"), QStringLiteral("10"), QStringLiteral("71"),
                                 QStringLiteral("66"), QStringLiteral("80")}) {
        const QString number = withCheck(start + QStringLiteral("010519491231002"));
        EXPECT_EQ(codes(checkResidentId(number, kToday)), QStringList{QStringLiteral("id.region")})
            << start.toStdString();
    }
}

TEST(ResidentId, FirstGenerationFifteenDigitsIsWithdrawn)
{
    const CheckResult r = checkResidentId(QStringLiteral("110105491231002"), kToday);
    ASSERT_EQ(codes(r), QStringList{QStringLiteral("id.first-generation")});
    EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("18-digit")));
    EXPECT_TRUE(r.problems.first().message.zh.contains(QStringLiteral("18 位")));
}

TEST(ResidentId, PreviousForeignPermanentResidentNumber)
{
    // CAN + province 11 (Beijing) + born 1985-06-12 + sequence 0068.
    const CheckResult r = checkResidentId(QStringLiteral("can118506120068"), kToday);
    EXPECT_TRUE(r.ok()) << codes(r).join(u',').toStdString();
    EXPECT_EQ(r.normalized, QStringLiteral("CAN118506120068"));
    EXPECT_FALSE(residentIdBirthDate(r.normalized).has_value());
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("USA3100770601882"), kToday)),
              QStringList{QStringLiteral("id.length")});
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("QQQ118506120068"), kToday)),
              QStringList{QStringLiteral("id.nationality")});
}

TEST(ResidentId, PreviousForeignNumberCarriesProvinceAndBirthDate)
{
    // The example: province 99 does not exist.
    EXPECT_TRUE(codes(checkResidentId(QStringLiteral("USA990185061217"), kToday))
                    .contains(QStringLiteral("id.region")));
    // Positions 4-5: a mainland province (GB/T 2260); Taiwan, Hong Kong, Macao and 00 are not.
    for (const char *province : {"99", "00", "71", "81", "82", "10"}) {
        const CheckResult r = checkResidentId(
            QStringLiteral("USA") + QLatin1String(province) + QStringLiteral("8506120017"), kToday);
        EXPECT_EQ(codes(r), QStringList{QStringLiteral("id.region")}) << province;
    }
    EXPECT_TRUE(checkResidentId(QStringLiteral("USA658506120017"), kToday).ok()); // Xinjiang
    // Positions 6-11: YYMMDD that exists in 19YY or 20YY.
    for (const char *birth : {"851312", "850631", "850200", "010229", "999999"}) {
        const CheckResult r =
            checkResidentId(QStringLiteral("GBR31") + QLatin1String(birth) + QStringLiteral("0017"), kToday);
        EXPECT_EQ(codes(r), QStringList{QStringLiteral("id.birth-date")}) << birth;
    }
    EXPECT_TRUE(checkResidentId(QStringLiteral("GBR310002290017"), kToday).ok()); // 2000-02-29
    EXPECT_TRUE(checkResidentId(QStringLiteral("GBR319602290017"), kToday).ok()); // 1996-02-29
}

TEST(ResidentId, LeapYearsAndImpossibleDates)
{
    EXPECT_EQ(codes(checkResidentId(withCheck(QStringLiteral("11010519000229002")), kToday)),
              QStringList{QStringLiteral("id.birth-date")}); // 1900 is not a leap year
    EXPECT_TRUE(checkResidentId(withCheck(QStringLiteral("11010520000229002")), kToday).ok()); // 2000 is
    EXPECT_EQ(codes(checkResidentId(withCheck(QStringLiteral("11010519991301002")), kToday)),
              QStringList{QStringLiteral("id.birth-date")});
    EXPECT_EQ(codes(checkResidentId(withCheck(QStringLiteral("11010519990431002")), kToday)),
              QStringList{QStringLiteral("id.birth-date")});
}

TEST(ResidentId, BirthDateNotBefore1900NorInTheFuture)
{
    const CheckResult old = checkResidentId(withCheck(QStringLiteral("11010518991231002")), kToday);
    ASSERT_EQ(codes(old), QStringList{QStringLiteral("id.birth-date")});
    EXPECT_TRUE(old.problems.first().message.en.contains(QStringLiteral("1899-12-31")));
    EXPECT_EQ(codes(checkResidentId(withCheck(QStringLiteral("11010520261127002")), kToday)),
              QStringList{QStringLiteral("id.birth-date")});
    EXPECT_TRUE(checkResidentId(withCheck(QStringLiteral("11010520261126002")), kToday).ok()); // born today
}

TEST(ResidentId, CharactersAndLength)
{
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("1101051949123100"), kToday)),
              QStringList{QStringLiteral("id.length")});
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("11010519491231002X1"), kToday)),
              QStringList{QStringLiteral("id.length")});
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("1101051949123100X2"), kToday)),
              QStringList{QStringLiteral("id.character")});
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("11010519491231002\u0425"), kToday)),
              QStringList{QStringLiteral("id.character")});
    EXPECT_EQ(codes(checkResidentId(QString(), kToday)), QStringList{QStringLiteral("id.empty")});
}

TEST(ResidentId, HostileInput)
{
    const CheckResult lf = checkResidentId(QStringLiteral("110105\n19491231002X"), kToday);
    ASSERT_EQ(codes(lf), QStringList{QStringLiteral("id.character")});
    EXPECT_TRUE(lf.problems.first().message.en.contains(QStringLiteral("U+000A")));
    EXPECT_EQ(codes(checkResidentId(QStringLiteral("11010519491231002X\u202E"), kToday)),
              QStringList{QStringLiteral("id.character")});
    // A 100,000-character value: a clear error, not a hang (ctest's timeout would catch one).
    EXPECT_EQ(codes(checkResidentId(QString(100000, QLatin1Char('1')), kToday)),
              QStringList{QStringLiteral("id.length")});
}

TEST(ResidentId, RandomValidNumbersPassAndEverySingleDigitChangeFails)
{
    QRandomGenerator random(19991001); // fixed seed: reproducible
    const QStringList starts{"110105", "440305", "650102", "810000", "820000", "830000", "911840", "931156"};
    for (int round = 0; round < 300; ++round) {
        const QDate birth =
            QDate(1900, 1, 1).addDays(random.bounded(int(QDate(1900, 1, 1).daysTo(kToday)) + 1));
        const QString body = starts[random.bounded(int(starts.size()))] + birth.toString(u"yyyyMMdd") +
                             QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        const QString number = withCheck(body);
        const CheckResult r = checkResidentId(number, kToday);
        ASSERT_TRUE(r.ok()) << number.toStdString() << " " << codes(r).join(',').toStdString();
        EXPECT_EQ(residentIdBirthDate(number), birth);
        // Any one changed digit is caught (by the check digit if by nothing else).
        const int position = random.bounded(17);
        QString changed = number;
        changed[position] = QChar('0' + (changed[position].digitValue() + 1 + random.bounded(9)) % 10);
        EXPECT_FALSE(checkResidentId(changed, kToday).ok())
            << number.toStdString() << " -> " << changed.toStdString();
    }
}
