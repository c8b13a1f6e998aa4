// Telephone numbers through libphonenumber (docs/validation-rules.md, "Phone"): numbers without a country
// code are read in the applicant's region (CN when unknown), 转/分机/ext or a tel: URI's ;ext= give the
// extension, E.164 is stored, the international format shown. Only the characters are pre-screened here;
// the number plan itself is libphonenumber's, short service numbers included.
#include "countries.h"
#include "identifiers.h"
#include "phonetext.h"
#include "problemtext.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>
#include <string>

namespace nbapply::validation
{

namespace
{

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

constexpr int kMaxPhoneText = 64;
constexpr int kMaxExtension = 10;

bool isAllowedInNumber(QChar c, bool first)
{
    if (c >= u'0' && c <= u'9')
        return true;
    if (c == u'+')
        return first;
    return QStringView(u" -().\\/").contains(c);
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Problem tooLong(int length)
{
    return makeError(
        QStringLiteral("phone.too-long"),
        QStringLiteral(
            "这个电话号码有 %1 个字符，太长了。请只填写一个号码，例如 138 1234 5678 或 010-12345678 转 123。")
            .arg(length),
        QStringLiteral("This phone number has %1 characters, which is too long. Enter one number, for "
                       "example 138 1234 5678 or 010-12345678 ext. 123.")
            .arg(length));
}

// The region libphonenumber reads a number without a country code in: the applicant's ISO 3166 alpha-2
// code when libphonenumber knows it, mainland China otherwise (the form is the licensor's, in China).
std::string phoneRegion(const QString &region)
{
    const std::string code = normalizeIdentifierText(region).toUpper().toStdString();
    if (code.size() == 2 && PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code) != 0)
        return code;
    return "CN";
}

// A short service number (95588, 10086, 12345, 110): libphonenumber's short-number data, and for mainland
// China the blocks it may lag behind (1xxxx public and carrier services, 95xxx/96xxx enterprise hotlines).
bool isServiceNumber(const PhoneNumber &number, const std::string &region, bool typedCountryCode)
{
    if (typedCountryCode)
        return false;
    // One instance for the process: constructing ShortNumberInfo parses libphonenumber's whole
    // short-number metadata (about a millisecond, mostly allocation), which made every number reaching
    // this point cost that much. Its methods are const and use libphonenumber's locked regex cache.
    static const ShortNumberInfo shortInfo;
    if (shortInfo.IsValidShortNumberForRegion(number, region))
        return true;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string nsn;
    util.GetNationalSignificantNumber(number, &nsn);
    return region == "CN" && nsn.size() >= 3 && nsn.size() <= 6 &&
           (nsn[0] == '1' || nsn.rfind("95", 0) == 0 || nsn.rfind("96", 0) == 0) &&
           shortInfo.IsPossibleShortNumberForRegion(number, region);
}

// A mainland mobile number (13x-19x) with a digit missing or extra: the commonest typo, worth naming.
// Area codes never start with 13-19, so a national number there is a mobile.
int mobileDigitsOff(const PhoneNumber &number)
{
    if (number.country_code() != 86)
        return 0;
    std::string nsn;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &nsn);
    if (nsn.size() < 2 || nsn[0] != '1' || nsn[1] < '3' || nsn[1] > '9')
        return 0;
    const int off = int(nsn.size()) - 11;
    return off == -1 || off == 1 ? off : 0;
}

// The applicant's region as messages name it: "中国香港" / "Hong Kong" (the code when iso-codes is missing).
BilingualText regionName(const std::string &regionCode)
{
    const QString code = QString::fromStdString(regionCode);
    if (const Country *country = findCountry(code))
        return country->name;
    return {code, code};
}

Problem countryCodeProblem(const QString &typed, bool mainlandRegion, const BilingualText &where)
{
    return makeError(
        QStringLiteral("phone.country-code"),
        mainlandRegion
            ? QStringLiteral(
                  "“%1”的国家或地区代码无效。国际号码请写成 +852 2123 4567 的形式，中国大陆号码可省略 +86。")
                  .arg(shownValue(typed))
            : QStringLiteral("“%1”的国家或地区代码无效。国际号码请写成 +86 138 1234 5678 "
                             "的形式，%2的号码可省略国家或地区代码。")
                  .arg(shownValue(typed), where.zh),
        mainlandRegion
            ? QStringLiteral("“%1” has no valid country calling code. Write international numbers like "
                             "+852 2123 4567; mainland Chinese numbers need no +86.")
                  .arg(shownValue(typed))
            : QStringLiteral("“%1” has no valid country calling code. Write international numbers like "
                             "+86 138 1234 5678; numbers in %2 need no country code.")
                  .arg(shownValue(typed), where.en));
}

// phone.too-short / phone.length: mainland numbering explained for mainland numbers, the applicant's
// region named otherwise.
Problem lengthProblem(const QString &code, const QString &typed, bool mainland, const BilingualText &where)
{
    if (mainland)
        return makeError(
            code,
            QStringLiteral("号码“%1”的位数不对。手机号有 11 位；座机为区号加 7-8 位号码，例如 010-12345678。"
                           "请检查是否漏输或多输。")
                .arg(shownValue(typed)),
            QStringLiteral("The number “%1” has the wrong number of digits. Mobile numbers have 11 "
                           "digits; landlines an area code plus 7-8 digits, for example 010-12345678. "
                           "Check for a missing or extra digit.")
                .arg(shownValue(typed)));
    return makeError(
        code,
        QStringLiteral("号码“%1”的位数不符合%2的号码规则。请检查是否漏输或多输；其他国家或地区的号码请以 + "
                       "和国家或地区代码开头。")
            .arg(shownValue(typed), where.zh),
        QStringLiteral("The number “%1” has the wrong number of digits for %2. Check for a missing or "
                       "extra digit; start a number in another country with + and its country code.")
            .arg(shownValue(typed), where.en));
}

} // namespace

CheckResult checkPhone(const QString &input, const QString &region)
{
    CheckResult result;
    if (input.size() > kMaxCheckedInput) {
        result.problems << tooLong(int(input.size()));
        return result;
    }
    const QString text = normalizeIdentifierText(input);
    result.normalized = text;
    if (text.isEmpty()) {
        result.problems << makeError(
            QStringLiteral("phone.empty"),
            QStringLiteral("请填写联系电话，例如手机号 138 1234 5678 或座机 010-12345678。"),
            QStringLiteral(
                "Enter a phone number, for example the mobile 138 1234 5678 or the landline 010-12345678."));
        return result;
    }
    if (text.size() > kMaxPhoneText) {
        result.problems << tooLong(int(text.size()));
        return result;
    }

    SplitNumber split;
    if (isTelUri(text)) {
        Problem problem;
        const std::optional<SplitNumber> uri = splitTelUri(text, &problem);
        if (!uri) {
            result.problems << problem;
            return result;
        }
        split = *uri;
    } else {
        split = splitExtension(text);
    }
    for (qsizetype i = 0; i < split.main.size(); ++i) {
        const QChar c = split.main[i];
        // "+" only leads the number, possibly inside a parenthesis: "(+86) 138 …".
        const bool leading = QStringView(split.main).left(i).trimmed() == u"(" || i == 0;
        if (isAllowedInNumber(c, leading))
            continue;
        const char32_t code = c.isHighSurrogate() && i + 1 < split.main.size()
                                  ? QChar::surrogateToUcs4(c, split.main[i + 1])
                                  : char32_t(c.unicode());
        const BilingualText what = describeCharacter(code);
        result.problems << makeError(
            QStringLiteral("phone.character"),
            QStringLiteral("电话号码中不能有%1。请只填写数字（国际号码以 + 开头），分机写作“转 123”。")
                .arg(what.zh),
            QStringLiteral("A phone number may not contain %1. Enter digits only (a leading + for "
                           "international numbers); write an extension as “ext. 123”.")
                .arg(what.en));
        return result;
    }

    if (split.hasMarker && (split.extension.isEmpty() || split.extension.size() > kMaxExtension ||
                            !allAsciiDigits(split.extension))) {
        const bool missing = split.extension.isEmpty();
        result.problems << makeError(
            QStringLiteral("phone.extension"),
            missing
                ? QStringLiteral(
                      "“转”或“ext”后面缺少分机号。请写成“010-12345678 转 123”的形式，没有分机就删去“转”。")
                : QStringLiteral("分机号应为 1-10 位数字，“%1”不是。请写成“010-12345678 转 123”的形式。")
                      .arg(shownValue(split.extension)),
            missing ? QStringLiteral("The extension after “ext” is missing. Write it like “010-12345678 ext. "
                                     "123”, or remove “ext” if there is none.")
                    : QStringLiteral("An extension is 1-10 digits, which “%1” is not. Write it like "
                                     "“010-12345678 ext. 123”.")
                          .arg(shownValue(split.extension)));
        return result;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // The extension travels in the text libphonenumber parses ("… ext. 123"), which it understands.
    const QString toParse =
        split.hasMarker ? split.main + QStringLiteral(" ext. ") + split.extension : split.main;
    const std::string regionCode = phoneRegion(region);
    const bool mainlandRegion = regionCode == "CN";
    const auto parsed = util.ParseAndKeepRawInput(toParse.toStdString(), regionCode, &number);
    // "+852 …" or "00852 …": the country was typed, so the applicant's region did not decide it.
    const bool typedCountryCode =
        number.has_country_code_source() && number.country_code_source() != PhoneNumber::FROM_DEFAULT_COUNTRY;
    // Outside mainland China the hints name the applicant's region instead of mainland numbering.
    const BilingualText where = regionName(regionCode);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        result.problems << countryCodeProblem(split.main, mainlandRegion, where);
        return result;
    }
    if (parsed == PhoneNumberUtil::TOO_LONG_NSN) {
        result.problems << tooLong(int(split.main.size()));
        return result;
    }
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.problems << lengthProblem(QStringLiteral("phone.too-short"), split.main, mainlandRegion,
                                         where);
        return result;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    result.normalized = QString::fromStdString(e164);
    if (split.hasMarker)
        result.normalized += QStringLiteral(";ext=") + split.extension;

    if (util.IsValidNumber(number))
        return result;

    // Not a number of the applicant's region, but a valid mainland one typed without +86 (a Hong Kong
    // company's representative with a mainland mobile): read it so, and say so.
    if (!mainlandRegion && !typedCountryCode) {
        PhoneNumber mainlandNumber;
        if (util.Parse(toParse.toStdString(), "CN", &mainlandNumber) == PhoneNumberUtil::NO_PARSING_ERROR &&
            util.IsValidNumber(mainlandNumber)) {
            util.Format(mainlandNumber, PhoneNumberUtil::E164, &e164);
            result.normalized = QString::fromStdString(e164);
            if (split.hasMarker)
                result.normalized += QStringLiteral(";ext=") + split.extension;
            result.problems << makeWarning(
                QStringLiteral("phone.mainland-number"),
                QStringLiteral("“%1”不是%2的号码，已按中国大陆号码 %3 处理。若号码属于%2，请检查是否输错。")
                    .arg(shownValue(text), where.zh, formatPhoneForDisplay(result.normalized)),
                QStringLiteral(
                    "“%1” is not a number in %2, so it is read as the mainland Chinese number %3. If "
                    "it is a number in %2, check it for a typo.")
                    .arg(shownValue(text), where.en, formatPhoneForDisplay(result.normalized)));
            return result;
        }
    }

    if (isServiceNumber(number, regionCode, typedCountryCode)) {
        result.problems << makeError(
            QStringLiteral("phone.service-number"),
            QStringLiteral(
                "“%1”是短号码（银行、运营商或公共服务热线之类），不能从境外拨打，也不能找到申请人。"
                "请填写能直接联系到授权代表的手机号或带区号的座机号。")
                .arg(shownValue(text)),
            QStringLiteral(
                "“%1” is a short service number (a bank's, a carrier's or a public hotline), which "
                "cannot be dialled from abroad and does not reach the applicant. Enter a mobile or "
                "a landline with its area code at which the representative can be reached.")
                .arg(shownValue(text)));
        return result;
    }
    if (const int off = mobileDigitsOff(number)) {
        result.problems << makeError(
            QStringLiteral("phone.mobile-length"),
            off < 0 ? QStringLiteral(
                          "手机号“%1”只有 10 位，少了一位（手机号有 11 位）。请对照号码补上漏掉的数字。")
                          .arg(shownValue(text))
                    : QStringLiteral("手机号“%1”有 12 位，多了一位（手机号有 11 位）。请删去多输的数字。")
                          .arg(shownValue(text)),
            off < 0
                ? QStringLiteral("The mobile number “%1” has 10 digits, one digit short (mobile numbers have "
                                 "11). Add the missing digit.")
                      .arg(shownValue(text))
                : QStringLiteral("The mobile number “%1” has 12 digits, one digit too many (mobile numbers "
                                 "have 11). Remove the extra digit.")
                      .arg(shownValue(text)));
        return result;
    }

    // A mainland number of 7 or 8 digits not starting with 1 is a landline typed without its area code
    // (62345678): say so, rather than offering to confirm it.
    const QString mainland =
        result.normalized.startsWith(u"+86") ? QString::fromStdString(e164).mid(3) : QString();
    const bool localLandline =
        (mainland.size() == 7 || mainland.size() == 8) && mainland[0] >= u'2' && mainland[0] <= u'9';
    auto reason = util.IsPossibleNumberWithReason(number);
    if (localLandline)
        reason = PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
    switch (reason) {
    case PhoneNumberUtil::IS_POSSIBLE:
        // The right length, but a block libphonenumber does not know (it may be newer than its data,
        // as China Broadnet's 1610… is for Debian's 8.12.57): an error the user may confirm.
        result.problems << makeError(
            QStringLiteral("phone.invalid"),
            QStringLiteral(
                "号码“%"
                "1”不在已知的号段中，请检查是否输错。若号码确实无误（例如新启用的号段），可确认按原样使用。")
                .arg(shownValue(text)),
            QStringLiteral("The number “%1” is not in any known number range: check it for a typo. If it is "
                           "right (a newly opened range, say), confirm it to use it as entered.")
                .arg(shownValue(text)));
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        result.problems
            << (mainlandRegion || number.country_code() == 86
                    ? makeError(QStringLiteral("phone.area-code"),
                                QStringLiteral("座机号码“%1”缺少区号。请在前面加上区号，例如 010-12345678、"
                                               "0755-12345678；香港、澳门或境外号码请以国家或地区代码开头，"
                                               "例如 +852 2123 4567。")
                                    .arg(shownValue(text)),
                                QStringLiteral("The landline number “%1” lacks its area code. Put the area "
                                               "code in front, for example 010-12345678 or 0755-12345678; "
                                               "start numbers in Hong Kong, Macao or abroad with their "
                                               "country code, for example +852 2123 4567.")
                                    .arg(shownValue(text)))
                    : makeError(
                          QStringLiteral("phone.area-code"),
                          QStringLiteral("号码“%1”缺少%2的区号。请在前面加上区号；其他国家或地区的号码请以 + "
                                         "和国家或地区代码开头。")
                              .arg(shownValue(text), where.zh),
                          QStringLiteral("The number “%1” lacks its area code in %2. Put the area code "
                                         "in front; start a number in another country with + and "
                                         "its country code.")
                              .arg(shownValue(text), where.en)));
        break;
    case PhoneNumberUtil::TOO_LONG:
        result.problems << tooLong(int(split.main.size()));
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.problems << countryCodeProblem(text, mainlandRegion, where);
        break;
    default: // TOO_SHORT, INVALID_LENGTH
        result.problems << lengthProblem(QStringLiteral("phone.length"), text,
                                         mainlandRegion || number.country_code() == 86, where);
        break;
    }
    return result;
}

QString formatPhoneForDisplay(const QString &e164)
{
    const QString text = e164.trimmed();
    const qsizetype ext = text.indexOf(QStringLiteral(";ext="));
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse((ext >= 0 ? text.left(ext) : text).toStdString(), "CN", &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return text;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    QString shown = QString::fromStdString(formatted);
    if (ext >= 0)
        shown += QStringLiteral(" ext. ") + text.mid(ext + 5);
    return shown;
}

} // namespace nbapply::validation
