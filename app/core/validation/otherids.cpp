// The identifiers of applicants the mainland-centric annex does not foresee: passports, registrations
// outside mainland China and other identity documents (docs/validation-rules.md, "ID numbers": they must not
// be locked out).
#include "identifiers.h"
#include "problemtext.h"

namespace nbapply::validation
{

namespace
{

constexpr int kMaxFreeText = 64;

// The first character a one-line identifier may not hold, or 0.
char32_t firstUnprintable(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (isForbiddenInLine(c) || QChar::category(c) == QChar::Other_Format ||
            QChar::category(c) == QChar::Other_NotAssigned || QChar::category(c) == QChar::Other_PrivateUse)
            return c;
    return 0;
}

// Shared checks of the free-text numbers: not empty, length, printable characters.
bool checkFreeText(const QString &input, const QString &prefix, int minimum, CheckResult *result)
{
    if (input.size() > kMaxCheckedInput) {
        result->problems << makeError(
            prefix + QStringLiteral(".length"),
            QStringLiteral("证件号码最多 %1 个字符，但输入了 %2 个。请只填写号码本身。")
                .arg(kMaxFreeText)
                .arg(input.size()),
            QStringLiteral(
                "A document number has at most %1 characters, but %2 were entered. Enter the number only.")
                .arg(kMaxFreeText)
                .arg(input.size()));
        return false;
    }
    const QString text = normalizeIdentifierText(input);
    result->normalized = text;
    if (text.isEmpty()) {
        result->problems << makeError(prefix + QStringLiteral(".empty"), QStringLiteral("请填写证件号码。"),
                                      QStringLiteral("Enter the document number."));
        return false;
    }
    if (const char32_t bad = firstUnprintable(text)) {
        const BilingualText what = describeCharacter(bad);
        result->problems << makeError(
            prefix + QStringLiteral(".character"),
            QStringLiteral("证件号码中不能有%1。请删去它。").arg(what.zh),
            QStringLiteral("A document number may not contain %1. Remove it.").arg(what.en));
        return false;
    }
    const qsizetype length = text.toUcs4().size();
    if (length < minimum || length > kMaxFreeText) {
        result->problems << makeError(
            prefix + QStringLiteral(".length"),
            QStringLiteral("证件号码应为 %1-%2 个字符，“%3”有 %4 个。请对照证件检查。")
                .arg(minimum)
                .arg(kMaxFreeText)
                .arg(shownValue(text))
                .arg(length),
            QStringLiteral(
                "A document number has %1-%2 characters; “%3” has %4. Check it against the document.")
                .arg(minimum)
                .arg(kMaxFreeText)
                .arg(shownValue(text))
                .arg(length));
        return false;
    }
    return true;
}

} // namespace

CheckResult checkPassport(const QString &input)
{
    CheckResult result;
    if (input.size() > kMaxCheckedInput) {
        result.problems << makeError(
            QStringLiteral("passport.length"),
            QStringLiteral("护照号码为 5-20 位字母和数字，但输入了 %1 个字符。请只填写护照号码。")
                .arg(input.size()),
            QStringLiteral("A passport number has 5-20 letters and digits, but %1 characters were entered. "
                           "Enter the passport number only.")
                .arg(input.size()));
        return result;
    }
    const QString number = compactIdentifier(input);
    result.normalized = number;
    if (number.isEmpty()) {
        result.problems << makeError(QStringLiteral("passport.empty"), QStringLiteral("请填写护照号码。"),
                                     QStringLiteral("Enter the passport number."));
        return result;
    }
    for (const char32_t c : number.toUcs4()) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            continue;
        const BilingualText what = describeCharacter(c);
        result.problems << makeError(
            QStringLiteral("passport.character"),
            QStringLiteral("护照号码只由拉丁字母和数字组成，不能有%1。请对照护照资料页重新输入。")
                .arg(what.zh),
            QStringLiteral("A passport number consists of Latin letters and digits; it may not contain %1. "
                           "Re-type it from the passport's data page.")
                .arg(what.en));
        return result;
    }
    if (number.size() < 5 || number.size() > 20) {
        result.problems << makeError(
            QStringLiteral("passport.length"),
            QStringLiteral("护照号码应为 5-20 位字母和数字，规范化后的“%1”有 %2 位。请对照护照资料页检查。")
                .arg(shownValue(number))
                .arg(number.size()),
            QStringLiteral("A passport number has 5-20 letters and digits; “%1” (normalised) has %2. Check "
                           "it against the passport's data page.")
                .arg(shownValue(number))
                .arg(number.size()));
    }
    return result;
}

CheckResult checkForeignRegistration(const QString &input)
{
    CheckResult result;
    checkFreeText(input, QStringLiteral("registration"), 2, &result);
    return result;
}

CheckResult checkOtherDocumentNumber(const QString &input)
{
    CheckResult result;
    checkFreeText(input, QStringLiteral("document-number"), 1, &result);
    return result;
}

} // namespace nbapply::validation
