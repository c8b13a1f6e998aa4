// 香港身份证 / Hong Kong identity card number: one or two letters, six digits and a check character
// (0–9 or A), printed as A123456(3). The check character is what makes a mistyped digit visible: the
// weighted sum (weights 9 to 2 over two letter places, a space for a missing first letter = 36,
// A = 10 … Z = 35, digits as themselves) plus the check value (A = 10) is divisible by 11.
#include "identifiers.h"
#include "problemtext.h"

#include <QRegularExpression>

namespace nbapply::validation
{

namespace
{

int letterValue(QChar c)
{
    return c.isSpace() ? 36 : c.unicode() - u'A' + 10;
}

} // namespace

QChar hkidCheckCharacter(const QString &body)
{
    // `body`: one or two letters and six digits, upper case.
    const QString padded = body.size() == 7 ? QLatin1Char(' ') + body : body;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = padded.at(i);
        sum += (9 - i) * (c.isDigit() ? c.digitValue() : letterValue(c));
    }
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('A') : QChar(u'0' + check);
}

CheckResult checkHongKongId(const QString &input)
{
    CheckResult result;
    const QString shape = QStringLiteral("A123456(3)");
    if (input.size() > kMaxCheckedInput) {
        result.problems << makeError(
            QStringLiteral("hkid.format"),
            QStringLiteral("香港身份证号码形如 %1，但输入了 %2 个字符。请只填写号码。")
                .arg(shape)
                .arg(input.size()),
            QStringLiteral("A Hong Kong identity card number looks like %1, but %2 characters were entered. "
                           "Enter the number only.")
                .arg(shape)
                .arg(input.size()));
        return result;
    }
    // Full-width letters and brackets are folded by NFKC; spaces and hyphens are dropped.
    QString number = compactIdentifier(input);
    result.normalized = number;
    if (number.isEmpty()) {
        result.problems << makeError(QStringLiteral("hkid.empty"), QStringLiteral("请填写香港身份证号码。"),
                                     QStringLiteral("Enter the Hong Kong identity card number."));
        return result;
    }
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{1,2}[0-9]{6})\\(?([0-9A])\\)?$"));
    const QRegularExpressionMatch match = pattern.match(number);
    if (!match.hasMatch()) {
        result.problems << makeError(
            QStringLiteral("hkid.format"),
            QStringLiteral(
                "香港身份证号码由 1-2 个英文字母、6 位数字和括号中的校验码组成，形如 %1；“%2”不是。"
                "请对照身份证重新输入。")
                .arg(shape, shownValue(number)),
            QStringLiteral("A Hong Kong identity card number is one or two letters, six digits and a check "
                           "character in brackets, like %1; “%2” is not. Re-type it from the card.")
                .arg(shape, shownValue(number)));
        return result;
    }
    const QString body = match.captured(1);
    const QString check = match.captured(2);
    // Stored and printed as on the card.
    result.normalized = body + QLatin1Char('(') + check + QLatin1Char(')');
    const QChar expected = hkidCheckCharacter(body);
    if (check.at(0) != expected) {
        result.problems << makeError(
            QStringLiteral("hkid.check-digit"),
            QStringLiteral("香港身份证号码“%1”的校验码不符（按前 %2 位应为 %3）。请对照身份证检查是否输错。")
                .arg(result.normalized)
                .arg(body.size())
                .arg(expected),
            QStringLiteral(
                "The check character of the Hong Kong identity card number “%1” does not match (the "
                "first %2 characters give %3). Check it against the card for a typing error.")
                .arg(result.normalized)
                .arg(body.size())
                .arg(expected));
    }
    return result;
}

} // namespace nbapply::validation
