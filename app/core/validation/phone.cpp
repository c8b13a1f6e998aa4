// Telephone numbers through libphonenumber (validation.md): default region CN, 转/分机/ext as the
// extension, E.164 stored, international format shown. Regular expressions only pre-screen characters;
// the number plan itself is libphonenumber's.
#include "identifiers.h"
#include "problemtext.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace nbapply::validation
{

namespace
{

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxPhoneText = 64;
constexpr int kMaxExtension = 10;

// Splits "0755-12345678 转 123" into the number and the extension marker's argument. `hasMarker` tells
// whether an extension was written at all (then `extension` must be digits).
struct SplitNumber {
    QString main;
    QString extension;
    bool hasMarker = false;
};

SplitNumber splitExtension(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^(.*?)[\\s,，;；]*(?:转|分机|分機|ext\\.?|extension|x|#)\\s*[:：.=]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    SplitNumber split;
    const QRegularExpressionMatch match = marker.match(text);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty()) {
        split.main = match.captured(1).trimmed();
        split.extension = match.captured(2).trimmed();
        split.hasMarker = true;
    } else {
        split.main = text;
    }
    return split;
}

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

} // namespace

CheckResult checkPhone(const QString &input)
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

    const SplitNumber split = splitExtension(text);
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
    const auto parsed = util.Parse(toParse.toStdString(), "CN", &number);
    if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR) {
        result.problems << makeError(
            QStringLiteral("phone.country-code"),
            QStringLiteral(
                "“%1”的国家或地区代码无效。国际号码请写成 +852 2123 4567 的形式，中国大陆号码可省略 +86。")
                .arg(shownValue(split.main)),
            QStringLiteral("“%1” has no valid country calling code. Write international numbers like +852 "
                           "2123 4567; mainland Chinese numbers need no +86.")
                .arg(shownValue(split.main)));
        return result;
    }
    if (parsed == PhoneNumberUtil::TOO_LONG_NSN) {
        result.problems << tooLong(int(split.main.size()));
        return result;
    }
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.problems << makeError(
            QStringLiteral("phone.too-short"),
            QStringLiteral("“%1”太短，不是完整的电话号码。手机号有 11 位；座机请带区号，例如 010-12345678。")
                .arg(shownValue(split.main)),
            QStringLiteral("“%1” is too short to be a phone number. Mobile numbers have 11 digits; give "
                           "landlines with their area code, for example 010-12345678.")
                .arg(shownValue(split.main)));
        return result;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    result.normalized = QString::fromStdString(e164);
    if (split.hasMarker)
        result.normalized += QStringLiteral(";ext=") + split.extension;

    if (util.IsValidNumber(number))
        return result;

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
        result.problems << makeError(
            QStringLiteral("phone.area-code"),
            QStringLiteral("座机号码“%1”缺少区号。请在前面加上区号，例如 010-12345678、0755-12345678；"
                           "香港、澳门或境外号码请以国家或地区代码开头，例如 +852 2123 4567。")
                .arg(shownValue(text)),
            QStringLiteral("The landline number “%1” lacks its area code. Put the area code in front, for "
                           "example 010-12345678 or 0755-12345678; start numbers in Hong Kong, Macao or "
                           "abroad with their country code, for example +852 2123 4567.")
                .arg(shownValue(text)));
        break;
    case PhoneNumberUtil::TOO_LONG:
        result.problems << tooLong(int(split.main.size()));
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        result.problems << makeError(
            QStringLiteral("phone.country-code"),
            QStringLiteral("“%1”的国家或地区代码无效。国际号码请写成 +852 2123 4567 的形式。")
                .arg(shownValue(text)),
            QStringLiteral(
                "“%1” has no valid country calling code. Write international numbers like +852 2123 4567.")
                .arg(shownValue(text)));
        break;
    default: // TOO_SHORT, INVALID_LENGTH
        result.problems << makeError(
            QStringLiteral("phone.length"),
            QStringLiteral(
                "号码“%1”的位数不对。手机号有 11 位；座机为区号加 7-8 位号码。请检查是否漏输或多输。")
                .arg(shownValue(text)),
            QStringLiteral("The number “%1” has the wrong number of digits. Mobile numbers have 11 digits; "
                           "landlines an area code plus 7-8 digits. Check for a missing or extra digit.")
                .arg(shownValue(text)));
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
