// E-mail addresses: the WHATWG HTML "valid e-mail address" grammar (docs/validation-rules.md, "E-mail"):
//   1*( ALPHA / DIGIT / "." / "!#$%&'*+/=?^_`{|}~-" ) "@" label *( "." label )
//   label = ALPHA/DIGIT, then up to 61 of ALPHA/DIGIT/"-", ending in ALPHA/DIGIT (at most 63)
// An internationalised domain goes through libidn2 (IDNA2008 with the UTS 46 mapping), which applies the
// rules hand code kept missing (bidi, combining marks, CONTEXTJ, and CONTEXTO through its registration
// check, see emaildomain.cpp); its A-label form must then match the
// grammar and the length limits, because that is the form the message headers carry.
#include "emaildomain.h"
#include "identifiers.h"
#include "problemtext.h"

#include <QRegularExpression>

#include <idn2.h>

namespace nbapply::validation
{

namespace
{

constexpr int kMaxAddress = 254; // RFC 5321's path limit less the angle brackets
constexpr int kMaxLocalPart = 64;
constexpr int kMaxLabel = 63;
constexpr int kMaxDomain = 253; // RFC 1034/5321: octets of the A-label form, without a final dot

bool isAtext(QChar c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(c);
}

bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() > 0x7F)
            return false;
    return true;
}

// NFKC (full-width ＠ and ． become ASCII), the ideographic full stops IDNA treats as dots, trimmed.
QString normalizeEmailText(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC);
    for (QChar &c : text)
        if (c == QChar(0x3002) || c == QChar(0xFF61))
            c = u'.';
    return text.trimmed();
}

// The domain's labels checked against the grammar (the ASCII form of an IDN domain). Adds at most one
// problem.
void checkDomainLabels(const QString &ascii, const QString &shown, Problems *problems)
{
    const QStringList labels = ascii.split(u'.');
    for (const QString &label : labels) {
        if (label.size() > kMaxLabel) {
            *problems << makeError(
                QStringLiteral("email.label-too-long"),
                QStringLiteral("域名“%1”中有一段长 %2 个字符，每段（两点之间）最多 63 个字符。请检查域名。")
                    .arg(shownValue(shown))
                    .arg(label.size()),
                QStringLiteral("A part of the domain “%1” has %2 characters; each part between dots may have "
                               "at most 63. Check the domain.")
                    .arg(shownValue(shown))
                    .arg(label.size()));
            return;
        }
        for (const QChar c : label) {
            if (!isLabelChar(c)) {
                const BilingualText what = describeCharacter(c.unicode());
                *problems << makeError(
                    QStringLiteral("email.domain-character"),
                    QStringLiteral(
                        "域名中不能有%1；域名只由字母、数字、连字符和点组成。请检查 @ 后面的部分。")
                        .arg(what.zh),
                    QStringLiteral("The domain may not contain %1; a domain consists of letters, digits, "
                                   "hyphens and dots. Check the part after the @.")
                        .arg(what.en));
                return;
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            *problems << makeError(
                QStringLiteral("email.label-hyphen"),
                QStringLiteral("域名“%1”中有一段以连字符“-”开头或结尾，这是不允许的。请检查域名。")
                    .arg(shownValue(shown)),
                QStringLiteral("A part of the domain “%1” starts or ends with a hyphen, which is not "
                               "allowed. Check the domain.")
                    .arg(shownValue(shown)));
            return;
        }
    }
}

// An empty domain, or one that starts or ends with a dot or has two in a row. Adds the problem and
// returns true when there is one.
bool addDomainShapeProblem(const QString &domain, Problems *problems)
{
    if (domain.isEmpty()) {
        *problems << makeError(QStringLiteral("email.domain-empty"),
                               QStringLiteral("“@”后面缺少域名。请填写完整地址，例如 name@example.com。"),
                               QStringLiteral("The domain after the “@” is missing. Enter the full address, "
                                              "for example name@example.com."));
        return true;
    }
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(QStringLiteral(".."))) {
        *problems << makeError(
            QStringLiteral("email.domain-dots"),
            QStringLiteral("域名“%1”开头或结尾有点，或有连续的点。请删去多余的“.”。").arg(shownValue(domain)),
            QStringLiteral(
                "The domain “%1” starts or ends with a dot or has two dots in a row. Remove the extra “.”.")
                .arg(shownValue(domain)));
        return true;
    }
    return false;
}

// A local part that is a MIME encoded word (RFC 2047: =?charset?Q?text?=): text copied out of a message
// header still encoded, not an address anyone can deliver to.
bool looksLikeEncodedWord(const QString &local)
{
    static const QRegularExpression word(QStringLiteral("=\\?[^?]+\\?[BbQq]\\?[^?]*\\?="));
    return local.contains(u'?') && word.match(local).hasMatch();
}

// A Cyrillic or Greek letter in a domain label that also holds Latin letters ("exаmple" with a Cyrillic
// а): a look-alike, not a real internationalised name. 0 when there is none.
char32_t mixedScriptLetter(const QString &domain)
{
    for (const QString &label : domain.split(u'.')) {
        bool latin = false;
        char32_t other = 0;
        for (const char32_t c : label.toUcs4()) {
            const QChar::Script script = QChar::script(c);
            latin = latin || ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'));
            if (!other && QChar::isLetter(c) &&
                (script == QChar::Script_Cyrillic || script == QChar::Script_Greek))
                other = c;
        }
        if (latin && other)
            return other;
    }
    return 0;
}

} // namespace

CheckResult checkEmail(const QString &input)
{
    CheckResult result;
    if (input.size() > kMaxCheckedInput) {
        result.problems << makeError(
            QStringLiteral("email.too-long"),
            QStringLiteral("电子邮箱地址最多 254 个字符，但输入了 %1 个字符。请只填写一个邮箱地址。")
                .arg(input.size()),
            QStringLiteral(
                "An e-mail address has at most 254 characters, but %1 were entered. Enter a single address.")
                .arg(input.size()));
        return result;
    }
    const QString address = normalizeEmailText(input);
    result.normalized = address;
    Problems &problems = result.problems;
    if (address.isEmpty()) {
        problems << makeError(QStringLiteral("email.empty"),
                              QStringLiteral("请填写电子邮箱地址，例如 name@example.com。"),
                              QStringLiteral("Enter an e-mail address, for example name@example.com."));
        return result;
    }
    // Before the character check: a quoted local part may hold spaces, and deserves its own message.
    if (address.startsWith(u'"')) {
        problems << makeError(
            QStringLiteral("email.quoted-local-part"),
            QStringLiteral("不支持带引号的用户名（\"…\"@…）。请使用不带引号的邮箱地址。"),
            QStringLiteral("Quoted user names (\"…\"@…) are not supported. Use an address without quotes."));
        return result;
    }
    for (const char32_t c : address.toUcs4()) {
        // The joiners U+200C/U+200D are format characters IDNA2008 allows in a domain where their context
        // rule holds (RFC 5892 A.1/A.2: after a virama, "क्\u200D"); libidn2 checks that context below.
        // Every other format character is refused here, the soft hyphen U+00AD included: UTS 46 would map
        // it to nothing, but it never belongs to a registered name, and dropping an invisible character
        // silently would store an address other than the one typed.
        const bool joiner = c == 0x200C || c == 0x200D;
        if (isForbiddenInLine(c) || QChar::isSpace(c) ||
            (QChar::category(c) == QChar::Other_Format && !joiner)) {
            const BilingualText what = describeCharacter(c);
            problems << makeError(
                QStringLiteral("email.character"),
                QStringLiteral("电子邮箱地址中不能有空格或%1。请只填写一个地址，不要加空格。").arg(what.zh),
                QStringLiteral(
                    "An e-mail address may not contain spaces or %1. Enter a single address without spaces.")
                    .arg(what.en));
            return result;
        }
    }
    if (address.size() > kMaxAddress) {
        problems << makeError(
            QStringLiteral("email.too-long"),
            QStringLiteral("电子邮箱地址最多 254 个字符，这个有 %1 个。请检查地址。").arg(address.size()),
            QStringLiteral(
                "An e-mail address has at most 254 characters; this one has %1. Check the address.")
                .arg(address.size()));
        return result;
    }
    const qsizetype at = address.indexOf(u'@');
    if (at < 0) {
        problems << makeError(
            QStringLiteral("email.missing-at"),
            QStringLiteral("“%1”中没有“@”。电子邮箱地址的格式为 用户名@域名，例如 name@example.com。")
                .arg(shownValue(address)),
            QStringLiteral("“%1” has no “@”. An e-mail address looks like name@example.com.")
                .arg(shownValue(address)));
        return result;
    }
    if (address.indexOf(u'@', at + 1) >= 0) {
        problems << makeError(
            QStringLiteral("email.multiple-at"),
            QStringLiteral("“%1”中有多个“@”。请只填写一个邮箱地址。").arg(shownValue(address)),
            QStringLiteral("“%1” has more than one “@”. Enter a single address.").arg(shownValue(address)));
        return result;
    }

    const QString local = address.left(at);
    QString domain = address.mid(at + 1);
    if (local.isEmpty()) {
        problems << makeError(QStringLiteral("email.local-part-empty"),
                              QStringLiteral("“@”前面缺少用户名。请填写完整地址，例如 name@example.com。"),
                              QStringLiteral("The user name before the “@” is missing. Enter the full "
                                             "address, for example name@example.com."));
        return result;
    }
    if (!isAscii(local)) {
        problems << makeError(
            QStringLiteral("email.unicode-local-part"),
            QStringLiteral(
                "“@”前面的用户名含有中文或其他非英文字符，许多邮件系统无法投递。请使用只含英文字母、数字和 . "
                "_ - + 的地址。"),
            QStringLiteral(
                "The user name before the “@” contains non-ASCII characters, which many mail systems cannot "
                "deliver to. Use an address with only Latin letters, digits and . _ - +."));
        return result;
    }
    for (const QChar c : local) {
        if (!isAtext(c)) {
            const BilingualText what = describeCharacter(c.unicode());
            problems << makeError(
                QStringLiteral("email.local-part"),
                QStringLiteral("“@”前面的用户名中不能有%1。请检查地址。").arg(what.zh),
                QStringLiteral("The user name before the “@” may not contain %1. Check the address.")
                    .arg(what.en));
            return result;
        }
    }
    if (looksLikeEncodedWord(local)) {
        problems << makeError(
            QStringLiteral("email.encoded-word"),
            QStringLiteral("“@”前面的“%1”是邮件头里的编码文字（RFC 2047 的 =?…?=），不是邮箱用户名。"
                           "请从邮件程序中复制地址本身，或手动输入，例如 name@example.com。")
                .arg(shownValue(local)),
            QStringLiteral("“%1” before the “@” is encoded header text (an RFC 2047 =?…?= word), not a user "
                           "name. Copy the address itself from your mail program, or type it, for example "
                           "name@example.com.")
                .arg(shownValue(local)));
        return result;
    }
    if (local.size() > kMaxLocalPart) {
        problems << makeError(
            QStringLiteral("email.local-part-too-long"),
            QStringLiteral("“@”前面的用户名最多 64 个字符，这个有 %1 个。请检查地址。").arg(local.size()),
            QStringLiteral("The user name before the “@” may have at most 64 characters; this one has %1. "
                           "Check the address.")
                .arg(local.size()));
        return result;
    }

    if (addDomainShapeProblem(domain, &problems))
        return result;

    // An ASCII domain meets the grammar's own messages first (they name the character); then every
    // domain goes through IDNA2008, which also refuses "ab--cd" and broken xn-- labels.
    const bool asciiDomain = isAscii(domain);
    if (asciiDomain) {
        checkDomainLabels(domain, domain, &problems);
        if (!problems.isEmpty())
            return result;
    }
    const DomainForms forms = convertDomain(domain);
    if (forms.error != IDN2_OK) {
        problems << idnaProblem(forms.error, domain);
        return result;
    }
    // UTS 46 maps some characters to nothing (U+034F, soft hyphen …): "a@\u034F" or "a@b.\u034F" is
    // an empty or dotted-off domain only after the mapping, and must not be stored as "a@".
    if (addDomainShapeProblem(forms.unicode, &problems))
        return result;
    if (!asciiDomain)
        checkDomainLabels(forms.ascii, domain, &problems);
    if (!problems.isEmpty())
        return result;
    if (forms.ascii.size() > kMaxDomain) {
        problems << idnaProblem(IDN2_TOO_BIG_DOMAIN, domain);
        return result;
    }
    if (local.size() + 1 + forms.ascii.size() > kMaxAddress) {
        const qsizetype octets = local.size() + 1 + forms.ascii.size();
        problems << makeError(
            QStringLiteral("email.too-long"),
            QStringLiteral(
                "电子邮箱地址转换成邮件头使用的 ASCII 形式后有 %1 个字符，最多只能有 254 个。请检查地址。")
                .arg(octets),
            QStringLiteral(
                "In the ASCII form message headers use, this address has %1 characters; at most 254 "
                "are allowed. Check the address.")
                .arg(octets));
        return result;
    }
    // The stored form: the UTS 46-mapped Unicode domain (lower case, NFC), readable on the PDF and in the
    // letter; emailForHeaders() gives the A-label form for the headers.
    domain = forms.unicode;
    result.normalized = local + u'@' + domain;

    // Accepted by the WHATWG grammar, but worth a second look.
    if (const char32_t lookAlike = mixedScriptLetter(domain)) {
        const BilingualText what = describeCharacter(lookAlike);
        problems << makeWarning(
            QStringLiteral("email.mixed-script"),
            QStringLiteral("域名“%1”把拉丁字母和%2混在一起，多半是输入法造成的。请用英文输入法重新输入域名。")
                .arg(shownValue(domain), what.zh),
            QStringLiteral("The domain “%1” mixes Latin letters with %2, usually a keyboard-layout slip. "
                           "Re-type the domain with an English keyboard layout.")
                .arg(shownValue(domain), what.en));
    }
    if (!domain.contains(u'.')) {
        problems << makeWarning(
            QStringLiteral("email.single-label-domain"),
            QStringLiteral("域名“%1”中没有点，通常应像 example.com 这样。请确认地址完整。")
                .arg(shownValue(domain)),
            QStringLiteral("The domain “%1” has no dot; it usually looks like example.com. Make sure the "
                           "address is complete.")
                .arg(shownValue(domain)));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral(".."))) {
        problems << makeWarning(
            QStringLiteral("email.local-dots"),
            QStringLiteral("用户名以点开头或结尾，或有连续的点，许多邮件服务器会拒收。请确认地址无误。"),
            QStringLiteral("The user name starts or ends with a dot or has two dots in a row, which many "
                           "mail servers refuse. Make sure the address is right."));
    }
    return result;
}

QString emailForHeaders(const QString &normalizedEmail)
{
    const CheckResult checked = checkEmail(normalizedEmail);
    if (!checked.ok())
        return QString();
    const QString &address = checked.normalized;
    const qsizetype at = address.lastIndexOf(u'@');
    const DomainForms forms = convertDomain(address.mid(at + 1));
    if (forms.error != IDN2_OK)
        return QString(); // not reached: checkEmail converted the same domain
    return address.left(at + 1) + forms.ascii;
}

} // namespace nbapply::validation
