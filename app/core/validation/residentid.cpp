// 公民身份号码 and the numbers built on it (GB 11643-1999): mainland ID cards, the residence permits of
// Hong Kong, Macao and Taiwan residents (810000/820000/830000) and the 2023 foreign permanent-resident
// card (first digit 9). Older forms get messages of their own (docs/validation-rules.md, "ID numbers").
#include "countries.h"
#include "identifiers.h"
#include "problemtext.h"
#include "provinces.h"

namespace nbapply::validation
{

namespace
{

constexpr int kLength = 18;
const QDate kEarliestBirth(1900, 1, 1);

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    for (const QChar c : text)
        if (!isAsciiDigit(c))
            return false;
    return !text.isEmpty();
}

bool allAsciiLetters(QStringView text)
{
    for (const QChar c : text)
        if (c < u'A' || c > u'Z')
            return false;
    return !text.isEmpty();
}

QChar checkDigit(QStringView first17)
{
    static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QChar(u'X') : QChar(u'0' + check);
}

enum class Kind { Mainland, ResidencePermit, ForeignPermanentResident };

// The pre-2023 foreign permanent-resident number (docs/validation-rules.md, "ID numbers"): ISO 3166 alpha-3
// nationality (positions 1-3), the province that accepted the application (4-5, GB/T 2260), the date of
// birth as YYMMDD (6-11) and a sequence (12-15). The sequence part has no published check to test.
void checkOldForeignNumber(const QString &number, CheckResult *result)
{
    const QString nationality = number.left(3);
    if (!findCountryByAlpha3(nationality) && !countries().isEmpty()) {
        result->problems << makeError(
            QStringLiteral("id.nationality"),
            QStringLiteral("旧版外国人永久居留证号码的前 3 个字母应为国籍代码（ISO 3166 "
                           "三字母代码），“%1”不是。请对照证件检查。")
                .arg(nationality),
            QStringLiteral(
                "The first three letters of an older foreign permanent-resident number are the nationality "
                "code (ISO 3166 alpha-3); “%1” is not one. Check them against the card.")
                .arg(nationality));
    }
    const QString province = number.mid(3, 2);
    if (!isMainlandProvincePrefix(province)) {
        result->problems << makeError(
            QStringLiteral("id.region"),
            QStringLiteral("旧版外国人永久居留证号码的第 4-5 "
                           "位应为受理地的省级代码（11-65），“%1”不是。请对照证件检查。")
                .arg(province),
            QStringLiteral(
                "Characters 4-5 of an older foreign permanent-resident number are the province that "
                "accepted the application (11-65); “%1” is not one. Check them against the card.")
                .arg(province));
    }
    // Two-digit years: the date must exist in 19YY or in 20YY (29 February of "00" exists in 2000).
    const QString birth = number.mid(5, 6);
    const int yy = birth.left(2).toInt();
    const int month = birth.mid(2, 2).toInt();
    const int day = birth.mid(4, 2).toInt();
    if (!QDate(1900 + yy, month, day).isValid() && !QDate(2000 + yy, month, day).isValid()) {
        result->problems << makeError(
            QStringLiteral("id.birth-date"),
            QStringLiteral("旧版外国人永久居留证号码的第 6-11 "
                           "位“%1”应为出生日期（年年月月日日），但这一天不存在。请对照证件检查。")
                .arg(birth),
            QStringLiteral(
                "Characters 6-11 (“%1”) of an older foreign permanent-resident number should be the "
                "date of birth (YYMMDD), but that date does not exist. Check them against the card.")
                .arg(birth));
    }
}

void checkBirthDate(const QString &number, const QDate &today, CheckResult *result)
{
    const QString digits = number.mid(6, 8);
    const std::optional<QDate> birth = residentIdBirthDate(number);
    if (!birth) {
        result->problems << makeError(
            QStringLiteral("id.birth-date"),
            QStringLiteral("第 7-14 位“%1”应为出生日期（年年年年月月日日），但这一天不存在。请对照证件检查。")
                .arg(digits),
            QStringLiteral("Digits 7-14 (“%1”) should be the date of birth (YYYYMMDD), but that date does "
                           "not exist. Check them against the card.")
                .arg(digits));
    } else if (*birth < kEarliestBirth) {
        result->problems << makeError(
            QStringLiteral("id.birth-date"),
            QStringLiteral("第 7-14 位表示的出生日期 %1 早于 1900 年，多半有输入错误。请对照证件检查。")
                .arg(birth->toString(Qt::ISODate)),
            QStringLiteral("Digits 7-14 give a date of birth of %1, before 1900: most likely a typo. Check "
                           "them against the card.")
                .arg(birth->toString(Qt::ISODate)));
    } else if (today.isValid() && *birth > today) {
        result->problems << makeError(QStringLiteral("id.birth-date"),
                                      QStringLiteral("第 7-14 位表示的出生日期 %1 在未来。请对照证件检查。")
                                          .arg(birth->toString(Qt::ISODate)),
                                      QStringLiteral("Digits 7-14 give a date of birth of %1, which is in "
                                                     "the future. Check them against the card.")
                                          .arg(birth->toString(Qt::ISODate)));
    }
}

} // namespace

std::optional<QDate> residentIdBirthDate(const QString &normalized)
{
    if (normalized.size() != kLength || !allDigits(QStringView(normalized).mid(6, 8)))
        return std::nullopt;
    const QDate date = QDate::fromString(normalized.mid(6, 8), u"yyyyMMdd");
    if (!date.isValid())
        return std::nullopt;
    return date;
}

CheckResult checkResidentId(const QString &input, const QDate &today)
{
    CheckResult result;
    if (input.size() > kMaxCheckedInput) {
        result.problems << makeError(
            QStringLiteral("id.length"),
            QStringLiteral("身份证号码应为 18 位，但输入了 %1 个字符。请只填写证件上的号码。")
                .arg(input.size()),
            QStringLiteral(
                "An ID number has 18 characters, but %1 were entered. Enter only the number on the card.")
                .arg(input.size()));
        return result;
    }
    const QString number = compactIdentifier(input);
    result.normalized = number;
    if (number.isEmpty()) {
        result.problems << makeError(QStringLiteral("id.empty"), QStringLiteral("请填写 18 位身份证号码。"),
                                     QStringLiteral("Enter the 18-character ID number."));
        return result;
    }

    if (number.size() == 15 && allDigits(number)) {
        result.problems << makeError(
            QStringLiteral("id.first-generation"),
            QStringLiteral("15 位的第一代身份证号码已停止使用。请填写第二代身份证上的 18 位号码。"),
            QStringLiteral("15-digit first-generation ID numbers have been withdrawn. Enter the 18-digit "
                           "number on the second-generation ID card."));
        return result;
    }
    if (number.size() == 15 && allAsciiLetters(QStringView(number).left(3)) &&
        allDigits(QStringView(number).mid(3))) {
        checkOldForeignNumber(number, &result);
        return result;
    }

    // Three letters and digits, but not 3 + 12: an older foreign number with a digit too many or few.
    if (number.size() > 3 && allAsciiLetters(QStringView(number).left(3)) &&
        allDigits(QStringView(number).mid(3))) {
        result.problems << makeError(
            QStringLiteral("id.length"),
            QStringLiteral(
                "旧版外国人永久居留证号码为 3 个字母加 12 位数字，“%1”有 %2 位数字。请对照证件检查。")
                .arg(shownValue(number))
                .arg(number.size() - 3),
            QStringLiteral(
                "An older foreign permanent-resident number is 3 letters and 12 digits; “%1” has %2 digits. "
                "Check it against the card.")
                .arg(shownValue(number))
                .arg(number.size() - 3));
        return result;
    }

    // Only digits, and X as the check character.
    int position = 0;
    for (const char32_t c : number.toUcs4()) {
        ++position;
        if (c >= u'0' && c <= u'9')
            continue;
        if (c == u'X' && position == kLength)
            continue;
        const BilingualText what = describeCharacter(c);
        const bool isX = c == u'X';
        result.problems << makeError(
            QStringLiteral("id.character"),
            isX ? QStringLiteral("第 %1 位是“X”：X 只能出现在第 18 位（校验码）。请对照证件检查。")
                      .arg(position)
                : QStringLiteral(
                      "第 %1 位是%2。身份证号码由 17 位数字和 1 位数字或 X 组成，请用英文输入法重新输入。")
                      .arg(position)
                      .arg(what.zh),
            isX ? QStringLiteral("Character %1 is “X”: X may only be the 18th (check) character. Check the "
                                 "number against the card.")
                      .arg(position)
                : QStringLiteral("Character %1 is %2. An ID number is 17 digits followed by a digit or X; "
                                 "re-type it with an English keyboard layout.")
                      .arg(position)
                      .arg(what.en));
        return result;
    }
    if (number.size() != kLength) {
        result.problems << makeError(
            QStringLiteral("id.length"),
            QStringLiteral("身份证号码应为 18 位，规范化后的“%1”有 %2 位。请检查是否漏输或多输了数字。")
                .arg(shownValue(number))
                .arg(number.size()),
            QStringLiteral("An ID number has 18 characters; “%1” (normalised) has %2. Check for a missing or "
                           "extra digit.")
                .arg(shownValue(number))
                .arg(number.size()));
        return result;
    }

    Kind kind = Kind::Mainland;
    const QStringView prefix(number);
    if (prefix.startsWith(u"810000") || prefix.startsWith(u"820000") || prefix.startsWith(u"830000")) {
        kind = Kind::ResidencePermit;
    } else if (number[0] == u'9') {
        kind = Kind::ForeignPermanentResident;
    } else if (isMainlandProvincePrefix(prefix.left(2))) {
        kind = Kind::Mainland;
    } else {
        const bool permitLike =
            prefix.startsWith(u"81") || prefix.startsWith(u"82") || prefix.startsWith(u"83");
        result.problems << makeError(
            QStringLiteral("id.region"),
            permitLike ? QStringLiteral("港澳台居民居住证号码以 810000、820000 或 830000 "
                                        "开头，“%1”不是。请对照证件检查前 6 位。")
                             .arg(number.left(6))
                       : QStringLiteral("前两位“%1”不是省级行政区代码（11-65），也不是居住证（81/82/"
                                        "83）或外国人永久居留身份证（9）的开头。请对照证件检查。")
                             .arg(number.left(2)),
            permitLike ? QStringLiteral(
                             "Residence permits of Hong Kong, Macao and Taiwan residents start with 810000, "
                             "820000 or 830000, not “%1”. Check the first six digits against the card.")
                             .arg(number.left(6))
                       : QStringLiteral("The first two digits “%1” are neither a province code (11-65) nor "
                                        "the start of a residence permit (81/82/83) or foreign "
                                        "permanent-resident card (9). Check them against the card.")
                             .arg(number.left(2)));
    }
    if (!result.problems.isEmpty())
        return result;

    if (kind == Kind::ForeignPermanentResident) {
        if (!isMainlandProvincePrefix(prefix.mid(1, 2))) {
            result.problems << makeError(
                QStringLiteral("id.region"),
                QStringLiteral("外国人永久居留身份证号码的第 2-3 "
                               "位应为受理地的省级代码（11-65），“%1”不是。请对照证件检查。")
                    .arg(number.mid(1, 2)),
                QStringLiteral("Digits 2-3 of a foreign permanent-resident card number are the province that "
                               "issued it (11-65); “%1” is not one. Check them against the card.")
                    .arg(number.mid(1, 2)));
        }
        const QString nationality = number.mid(3, 3);
        if (!findCountryByNumeric(nationality) && !countries().isEmpty()) {
            result.problems << makeError(
                QStringLiteral("id.nationality"),
                QStringLiteral("外国人永久居留身份证号码的第 4-6 位应为国籍代码（ISO 3166 "
                               "数字代码），“%1”不是。请对照证件检查。")
                    .arg(nationality),
                QStringLiteral("Digits 4-6 of a foreign permanent-resident card number are the nationality "
                               "(ISO 3166 numeric code); “%1” is not one. Check them against the card.")
                    .arg(nationality));
        }
    }

    checkBirthDate(number, today, &result);

    if (checkDigit(QStringView(number).left(17)) != number[17]) {
        result.problems << makeError(
            QStringLiteral("id.check-digit"),
            QStringLiteral("第 18 位校验码与前 17 位不符，号码多半有输入错误。请对照证件逐位检查“%1”。")
                .arg(number),
            QStringLiteral("The check character (18th) does not match the first 17 digits, so the number is "
                           "most likely mistyped. Compare “%1” with the card digit by digit.")
                .arg(number));
    }
    return result;
}

} // namespace nbapply::validation
