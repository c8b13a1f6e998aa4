// Internationalised e-mail domains through libidn2: IDNA2008 with the UTS 46 mapping
// (docs/validation-rules.md, "E-mail"), and the user-facing problem for each way a domain fails it.
#include "emaildomain.h"

#include "problemtext.h"

#include <idn2.h>
#include <memory>

namespace nbapply::validation
{

namespace
{

struct Idn2Free {
    void operator()(char *p) const { idn2_free(p); }
};

bool isPlainLdh(QStringView domain)
{
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const QChar c = domain[i];
        if (c == u'.') {
            labelStart = i + 1;
            continue;
        }
        const bool ldh =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ldh || (c == u'-' && i == labelStart + 3 && domain[i - 1] == u'-'))
            return false;
    }
    return true;
}

// libidn2's lookup functions (idn2_to_ascii_8z, idn2_lookup_u8) check CONTEXTJ (the joiners) but not
// CONTEXTO: "a·b" and "a・b" pass them. The registration check (idn2_register_u8, RFC 5891 section 4)
// applies every IDNA2008 rule, CONTEXTO included (U+00B7 only between two l, U+30FB only in a label with
// Hiragana, Katakana or Han, the Greek keraia, Hebrew geresh and the Arabic-Indic digit rules). A stored
// address names a registered domain, so each U-label (already mapped: lower case, NFC) must pass it.
int registrationError(const QString &unicodeDomain)
{
    for (const QString &label : unicodeDomain.split(u'.')) {
        bool ascii = true;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            continue; // an LDH label: the e-mail grammar checks it, and CONTEXTO concerns no ASCII letter
        uint8_t *out = nullptr;
        const int error =
            idn2_register_u8(reinterpret_cast<const uint8_t *>(label.toUtf8().constData()), nullptr, &out, 0);
        const std::unique_ptr<char, Idn2Free> alabel(reinterpret_cast<char *>(out));
        if (error != IDN2_OK)
            return error;
    }
    return IDN2_OK;
}

} // namespace

DomainForms convertDomain(const QString &domain)
{
    DomainForms forms;
    // The common case without libidn2: letters, digits, hyphens and dots only, and no label with "--" in
    // positions 3-4 (so no xn-- label either). For such labels IDNA2008 and UTS 46 only map case.
    if (isPlainLdh(domain)) {
        forms.ascii = domain.toLower();
        forms.unicode = forms.ascii;
        return forms;
    }
    char *out = nullptr;
    forms.error = idn2_to_ascii_8z(domain.toUtf8().constData(), &out, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT);
    const std::unique_ptr<char, Idn2Free> ascii(out);
    if (forms.error != IDN2_OK)
        return forms;
    forms.ascii = QString::fromLatin1(ascii.get());
    // Only a domain with an A-label differs in its Unicode form; the common ASCII case stops here.
    if (!forms.ascii.startsWith(QLatin1String("xn--")) && !forms.ascii.contains(QLatin1String(".xn--"))) {
        forms.unicode = forms.ascii;
        return forms;
    }
    char *back = nullptr;
    forms.error = idn2_to_unicode_8z8z(ascii.get(), &back, 0);
    const std::unique_ptr<char, Idn2Free> unicode(back);
    if (forms.error != IDN2_OK)
        return forms;
    // libidn2 passes an A-label through to_ascii unchecked, and to_unicode decodes without validating:
    // "xn--6a" decodes to a C1 control character. The decoded label must itself be a valid U-label that
    // encodes back to the same A-label, or what is stored would fail the next check.
    char *again = nullptr;
    const int roundTrip = idn2_to_ascii_8z(unicode.get(), &again, IDN2_NONTRANSITIONAL);
    const std::unique_ptr<char, Idn2Free> reencoded(again);
    if (roundTrip != IDN2_OK) {
        forms.error = IDN2_INVALID_ALABEL;
        return forms;
    }
    if (qstrcmp(reencoded.get(), ascii.get()) != 0) {
        forms.error = IDN2_ALABEL_ROUNDTRIP_FAILED;
        return forms;
    }
    forms.unicode = QString::fromUtf8(unicode.get());
    forms.error = registrationError(forms.unicode);
    return forms;
}

// The problem for a domain libidn2 refuses, in the user's terms.
Problem idnaProblem(int error, const QString &domain)
{
    const QString shown = shownValue(domain);
    switch (error) {
    case IDN2_BIDI:
        return makeError(
            QStringLiteral("email.domain-bidi"),
            QStringLiteral(
                "域名“%"
                "1”中有一段把从右向左书写的文字（希伯来文、阿拉伯文等）与开头的数字或从左向右的文字混在一起，"
                "国际化域名的双向文字规则（RFC 5893）不允许这样。请对照对方给出的地址检查 @ 后面的部分。")
                .arg(shown),
            QStringLiteral("A part of the domain “%1” mixes right-to-left letters (Hebrew, Arabic …) with a "
                           "leading digit or left-to-right letters, which the bidi rule of internationalised "
                           "domain names (RFC 5893) forbids. Check the part after the @ against the address "
                           "you were given.")
                .arg(shown));
    case IDN2_LEADING_COMBINING:
        return makeError(
            QStringLiteral("email.domain-combining"),
            QStringLiteral("域名“%1”中有一段以组合附加符号（如分音符 "
                           "¨）开头；附加符号只能跟在字母后面。请删去它，或连同字母重新输入。")
                .arg(shown),
            QStringLiteral(
                "A part of the domain “%1” begins with a combining mark (such as the diaeresis ¨), "
                "which can only follow a letter. Remove it, or re-type it together with its letter.")
                .arg(shown));
    case IDN2_TOO_BIG_DOMAIN:
        return makeError(
            QStringLiteral("email.domain-too-long"),
            QStringLiteral("域名“%1”转换成邮件头使用的 ASCII 形式后超过 253 个字符。请检查域名。").arg(shown),
            QStringLiteral("The domain “%1” is longer than 253 characters in the ASCII form "
                           "message headers use. Check the domain.")
                .arg(shown));
    case IDN2_TOO_BIG_LABEL:
    case IDN2_PUNYCODE_BIG_OUTPUT:
        return makeError(
            QStringLiteral("email.label-too-long"),
            QStringLiteral(
                "域名“%1”中有一段转换成 ASCII 形式后超过 63 个字符（每段最多 63 个）。请检查域名。")
                .arg(shown),
            QStringLiteral("A part of the domain “%1” is longer than 63 characters in its ASCII "
                           "form (each part between dots may have at most 63). Check the domain.")
                .arg(shown));
    case IDN2_HYPHEN_STARTEND:
        return makeError(
            QStringLiteral("email.label-hyphen"),
            QStringLiteral("域名“%1”中有一段以连字符“-”开头或结尾，这是不允许的。请检查域名。").arg(shown),
            QStringLiteral("A part of the domain “%1” starts or ends with a hyphen, which is not allowed. "
                           "Check the domain.")
                .arg(shown));
    default:
        break;
    }
    BilingualText reason;
    switch (error) {
    case IDN2_2HYPHEN:
        reason = {QStringLiteral("有一段的第 3、4 个字符是“--”，这是留给编码域名（xn--）的"),
                  QStringLiteral("a part has “--” as its 3rd and 4th characters, which are reserved for "
                                 "encoded names (xn--)")};
        break;
    case IDN2_DISALLOWED:
    case IDN2_UNASSIGNED:
        reason = {QStringLiteral("含有国际化域名不允许的字符（符号、表情符号或尚未分配的字符）"),
                  QStringLiteral("it contains a character internationalised domain names do not allow "
                                 "(a symbol, an emoji or an unassigned character)")};
        break;
    case IDN2_CONTEXTJ:
    case IDN2_CONTEXTJ_NO_RULE:
    case IDN2_CONTEXTO:
    case IDN2_CONTEXTO_NO_RULE:
        reason = {QStringLiteral("含有只能在特定上下文中使用的字符（如零宽连接符、间隔号），而这里不符合"),
                  QStringLiteral("it contains a character allowed only in particular contexts (a zero-width "
                                 "joiner, a middle dot …) outside them")};
        break;
    case IDN2_INVALID_ALABEL:
    case IDN2_PUNYCODE_BAD_INPUT:
    case IDN2_INVALID_NONTRANSITIONAL:
    case IDN2_ALABEL_ROUNDTRIP_FAILED:
    case IDN2_UALABEL_MISMATCH:
        reason = {QStringLiteral("有一段以“xn--”开头，却不是有效的编码域名"),
                  QStringLiteral("a part starting with “xn--” is not a valid encoded name")};
        break;
    default:
        reason = {QStringLiteral("不符合 IDNA2008 规则"), QStringLiteral("it breaks the IDNA2008 rules")};
        break;
    }
    return makeError(
        QStringLiteral("email.domain"),
        QStringLiteral("域名“%1”不是有效的国际化域名：%2。请检查 @ 后面的部分。").arg(shown, reason.zh),
        QStringLiteral("The domain “%1” is not a valid internationalised domain name: %2. Check "
                       "the part after the @.")
            .arg(shown, reason.en));
}

} // namespace nbapply::validation
