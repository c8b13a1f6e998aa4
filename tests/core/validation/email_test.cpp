// E-mail addresses: the WHATWG grammar, IDN domains and hostile input.
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
QStringList errorCodes(const CheckResult &r)
{
    QStringList list;
    for (const auto &p : r.problems)
        if (p.isError())
            list << p.code;
    return list;
}
} // namespace

TEST(Email, AcceptsOrdinaryAddresses)
{
    for (const QString &address :
         {QStringLiteral("nanbeige@126.com"), QStringLiteral("first.last+tag@mail.example.co.uk"),
          QStringLiteral("a!#$%&'*/=?^_`{|}~-@x-y.example"), QStringLiteral("x@1.2.3.4")}) {
        const CheckResult r = checkEmail(address);
        EXPECT_TRUE(r.ok()) << address.toStdString();
        EXPECT_TRUE(r.problems.isEmpty()) << address.toStdString();
        EXPECT_EQ(r.normalized, address);
        EXPECT_EQ(emailForHeaders(r.normalized), address);
    }
}

TEST(Email, NormalisesFullWidthAndDomainCase)
{
    const CheckResult r = checkEmail(QStringLiteral(" Ｎａｍｅ＠Example。ＣＯＭ "));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.normalized, QStringLiteral("Name@example.com")); // the local part keeps its case
}

TEST(Email, InternationalisedDomainBecomesPunycodeForHeaders)
{
    const CheckResult r = checkEmail(QStringLiteral("info@例子.测试"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.normalized, QStringLiteral("info@例子.测试"));
    EXPECT_EQ(emailForHeaders(r.normalized), QStringLiteral("info@xn--fsqu00a.xn--0zwm56d"));
    EXPECT_EQ(emailForHeaders(QStringLiteral("info@bücher.de")), QStringLiteral("info@xn--bcher-kva.de"));
    EXPECT_EQ(checkEmail(QStringLiteral("Info@BÜCHER.DE")).normalized, QStringLiteral("Info@bücher.de"));
    EXPECT_EQ(emailForHeaders(QStringLiteral("not an address")), QString());
}

TEST(Email, UnicodeAndQuotedLocalPartsAreRejectedClearly)
{
    const CheckResult unicode = checkEmail(QStringLiteral("张三@example.com"));
    ASSERT_EQ(codes(unicode), QStringList{QStringLiteral("email.unicode-local-part")});
    EXPECT_TRUE(unicode.problems.first().message.zh.contains(QStringLiteral("用户名")));
    EXPECT_EQ(codes(checkEmail(QStringLiteral("\"john doe\"@example.com"))),
              QStringList{QStringLiteral("email.quoted-local-part")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("\"john\"@example.com"))),
              QStringList{QStringLiteral("email.quoted-local-part")});
}

// UTS 46 maps the combining grapheme joiner and the variation selectors to nothing: a domain made only of
// them is empty after the mapping, and must be refused rather than stored as "a@" (found by fuzz_email).
TEST(Email, DomainThatMapsToNothing)
{
    EXPECT_EQ(codes(checkEmail(QStringLiteral("hG@\u034F"))),
              QStringList{QStringLiteral("email.domain-empty")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@\uFE00"))),
              QStringList{QStringLiteral("email.domain-empty")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@example.\u034F"))),
              QStringList{QStringLiteral("email.domain-dots")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@exa\u034Fmple.com"))), QStringList{});
    EXPECT_EQ(checkEmail(QStringLiteral("a@exa\u034Fmple.com")).normalized, QStringLiteral("a@example.com"));
}

// libidn2 passes an A-label through unchecked; "xn--6a" decodes to a C1 control character and must be
// refused, not stored as an invisible domain (found by fuzz_email).
TEST(Email, ALabelThatDecodesToAControlCharacter)
{
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@Xn--6A"))), QStringList{QStringLiteral("email.domain")});
    EXPECT_EQ(checkEmail(QStringLiteral("a@XN--FIQS8S.cn")).normalized, QStringLiteral("a@中国.cn"));
}

TEST(Email, StructuralMistakes)
{
    EXPECT_EQ(codes(checkEmail(QStringLiteral("example.com"))),
              QStringList{QStringLiteral("email.missing-at")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@b@example.com"))),
              QStringList{QStringLiteral("email.multiple-at")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("@example.com"))),
              QStringList{QStringLiteral("email.local-part-empty")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@"))), QStringList{QStringLiteral("email.domain-empty")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@example.com."))),
              QStringList{QStringLiteral("email.domain-dots")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@.example.com"))),
              QStringList{QStringLiteral("email.domain-dots")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@example..com"))),
              QStringList{QStringLiteral("email.domain-dots")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@-example.com"))),
              QStringList{QStringLiteral("email.label-hyphen")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@example-.com"))),
              QStringList{QStringLiteral("email.label-hyphen")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@exa_mple.com"))),
              QStringList{QStringLiteral("email.domain-character")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a(b)@example.com"))),
              QStringList{QStringLiteral("email.local-part")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a b@example.com"))),
              QStringList{QStringLiteral("email.character")});
    EXPECT_EQ(codes(checkEmail(QString())), QStringList{QStringLiteral("email.empty")});
}

TEST(Email, LabelAndAddressLengths)
{
    const QString label63(63, QLatin1Char('a'));
    EXPECT_TRUE(checkEmail(QStringLiteral("a@") + label63 + QStringLiteral(".com")).ok());
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@") + label63 + QStringLiteral("a.com"))),
              QStringList{QStringLiteral("email.label-too-long")});
    EXPECT_EQ(codes(checkEmail(QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"))),
              QStringList{QStringLiteral("email.local-part-too-long")});
    const QString longDomain = QStringList(5, label63).join(QLatin1Char('.'));
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@") + longDomain)),
              QStringList{QStringLiteral("email.too-long")});
}

TEST(Email, GrammarAcceptsOddDotsAndSingleLabelsWithAWarning)
{
    // WHATWG allows them; many servers do not, so the user is warned but not blocked.
    const CheckResult dots = checkEmail(QStringLiteral("john..doe@example.com"));
    EXPECT_TRUE(dots.ok());
    EXPECT_EQ(codes(dots), QStringList{QStringLiteral("email.local-dots")});
    const CheckResult local = checkEmail(QStringLiteral("admin@localhost"));
    EXPECT_TRUE(local.ok());
    EXPECT_EQ(codes(local), QStringList{QStringLiteral("email.single-label-domain")});
}

TEST(Email, HostileInput)
{
    EXPECT_EQ(errorCodes(checkEmail(QStringLiteral("a@example.com\r\nBcc: x@evil.com"))),
              QStringList{QStringLiteral("email.character")});
    const CheckResult rtl = checkEmail(QStringLiteral("a\u202E@example.com"));
    ASSERT_EQ(errorCodes(rtl), QStringList{QStringLiteral("email.character")});
    EXPECT_FALSE(rtl.problems.first().message.en.contains(QChar(0x202E)));
    // A Cyrillic а among Latin letters is a valid IDN, but a look-alike: warned, with the character named.
    const CheckResult lookAlike = checkEmail(QStringLiteral("a@ex\u0430mple.com"));
    EXPECT_TRUE(lookAlike.ok());
    ASSERT_EQ(codes(lookAlike), QStringList{QStringLiteral("email.mixed-script")});
    EXPECT_TRUE(lookAlike.problems.first().message.en.contains(QStringLiteral("U+0430")));
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@пример.рф"))), QStringList()); // all-Cyrillic is fine
    // A 100,000-character value: a clear error, not a hang (ctest's timeout would catch one).
    EXPECT_EQ(codes(checkEmail(QString(100000, QLatin1Char('a')) + QStringLiteral("@x.com"))),
              QStringList{QStringLiteral("email.too-long")});
}

TEST(Email, Idna2008RulesApplyToInternationalisedDomains)
{
    // RFC 5893 rule 1: a right-to-left label starts with a right-to-left letter, not a digit; rule 2/5:
    // it does not mix in left-to-right letters.
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@1\u05D0.com"))),
              QStringList{QStringLiteral("email.domain-bidi")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@a\u05D0.com"))),
              QStringList{QStringLiteral("email.domain-bidi")});
    EXPECT_TRUE(checkEmail(QStringLiteral("u@\u05D0\u05D1.com")).ok()); // Hebrew only: fine
    EXPECT_TRUE(checkEmail(QStringLiteral("u@\u05D01.com")).ok());      // may end in a digit (rule 3)
    // RFC 5891 4.2.3.2: a label may not begin with a combining mark.
    EXPECT_EQ(codes(checkEmail(QStringLiteral("p@\u0308e.com"))),
              QStringList{QStringLiteral("email.domain-combining")});
    EXPECT_TRUE(checkEmail(QStringLiteral("p@e\u0308.com")).ok()); // after its letter it is ë
    // RFC 5891 4.2.3.1: "--" in positions 3 and 4 is reserved; an xn-- label must decode.
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@ab--cd.com"))), QStringList{QStringLiteral("email.domain")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@xn--abc.de"))), QStringList{QStringLiteral("email.domain")});
    // Symbols are DISALLOWED in IDNA2008 (IDNA2003 mapped some of them).
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@\u2665.com"))), QStringList{QStringLiteral("email.domain")});
}

// The context rules of RFC 5892 appendix A, as IDNA2008 registration applies them (libidn2's
// idn2_register_u8; its lookup functions skip CONTEXTO).
TEST(Email, ContextRulesFollowIdna2008Registration)
{
    // A.2: a zero-width joiner after a virama is part of the name (Devanagari half forms); it is kept.
    const CheckResult halfForm = checkEmail(QStringLiteral("u@\u0915\u094D\u200D.com"));
    EXPECT_EQ(codes(halfForm), QStringList{});
    EXPECT_EQ(halfForm.normalized, QStringLiteral("u@\u0915\u094D\u200D.com"));
    EXPECT_EQ(emailForHeaders(halfForm.normalized), QStringLiteral("u@xn--11b6iy14e.com"));
    // ... and anywhere else it is refused, as is a zero-width non-joiner without its context (A.1).
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@\u0915\u200D.com"))),
              QStringList{QStringLiteral("email.domain")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@x\u200C.com"))),
              QStringList{QStringLiteral("email.domain")});
    // A.3: the middle dot only between two l (Catalan "l·l").
    EXPECT_EQ(checkEmail(QStringLiteral("u@col\u00B7legi.cat")).normalized,
              QStringLiteral("u@col\u00B7legi.cat"));
    EXPECT_TRUE(checkEmail(QStringLiteral("u@col\u00B7legi.cat")).ok());
    for (const QString &bad : {QStringLiteral("u@a\u00B7b.com"), QStringLiteral("u@\u00B7l.com"),
                               QStringLiteral("u@l\u00B7.com"), QStringLiteral("u@xn--ab-0ea.com")})
        EXPECT_EQ(codes(checkEmail(bad)), QStringList{QStringLiteral("email.domain")}) << bad.toStdString();
    // A.9: the katakana middle dot only in a label with Hiragana, Katakana or Han.
    EXPECT_TRUE(checkEmail(QStringLiteral("u@\u30AB\u30FB\u30AB.jp")).ok());
    EXPECT_TRUE(checkEmail(QStringLiteral("u@\u4E2D\u30FBx.jp")).ok());
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@a\u30FBb.com"))),
              QStringList{QStringLiteral("email.domain")});
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@\u30FB.com"))), QStringList{QStringLiteral("email.domain")});
    // A soft hyphen is refused as an invisible character, not silently dropped (UTS 46 would map it to
    // nothing, so the stored address would differ from the one typed).
    EXPECT_EQ(codes(checkEmail(QStringLiteral("u@exam\u00ADple.com"))),
              QStringList{QStringLiteral("email.character")});
}

TEST(Email, LengthLimitsApplyToTheAsciiForm)
{
    // 14 ideographs: a 15-character label in Unicode, a 47-character A-label.
    const QString label = QStringLiteral("南北阁模型商业使用申请表格中");
    const QString six = QStringList(6, label).join(u'.') + QStringLiteral(".cn"); // 92 chars, 290 octets
    const CheckResult tooLong = checkEmail(QStringLiteral("a@") + six);
    ASSERT_EQ(codes(tooLong), QStringList{QStringLiteral("email.domain-too-long")});
    EXPECT_TRUE(tooLong.problems.first().message.en.contains(QStringLiteral("253")));
    const QString five = QStringList(5, label).join(u'.') + QStringLiteral(".cn"); // 242 octets
    EXPECT_TRUE(checkEmail(QStringLiteral("a@") + five).ok());
    // 20 + 1 + 242 = 263 octets in the headers: over RFC 5321's 254.
    EXPECT_EQ(codes(checkEmail(QString(20, QLatin1Char('a')) + QStringLiteral("@") + five)),
              QStringList{QStringLiteral("email.too-long")});
    // A label whose A-label form exceeds 63 octets although it has 19 characters.
    EXPECT_EQ(codes(checkEmail(QStringLiteral("a@南北阁模型商业使用申请表格中文域名测试.cn"))),
              QStringList{QStringLiteral("email.label-too-long")});
}

TEST(Email, StoredFormIsUnicodeAndHeadersCarryTheALabel)
{
    // UTS 46 maps case and width; the A-label typed by hand is shown in its Unicode form.
    for (const QString &typed : {QStringLiteral("u@ＢÜＣＨＥＲ.de"), QStringLiteral("u@xn--bcher-kva.de"),
                                 QStringLiteral("u@XN--BCHER-KVA.DE")}) {
        const CheckResult r = checkEmail(typed);
        ASSERT_TRUE(r.ok()) << typed.toStdString();
        EXPECT_EQ(r.normalized, QStringLiteral("u@bücher.de")) << typed.toStdString();
        EXPECT_EQ(emailForHeaders(r.normalized), QStringLiteral("u@xn--bcher-kva.de"));
    }
    // Nontransitional processing: ß stays ß (IDNA2003 turned it into ss, a different domain).
    EXPECT_EQ(emailForHeaders(QStringLiteral("a@faß.de")), QStringLiteral("a@xn--fa-hia.de"));
}

TEST(Email, EncodedWordLocalPartIsRefused)
{
    // RFC 2047 encoded words ("=?charset?Q?…?=") are header syntax, not addresses, though every character
    // is allowed in a local part.
    for (const QString &typed :
         {QStringLiteral("=?utf-8?q?a?=@b.cn"), QStringLiteral("=?UTF-8?B?5byg5LiJ?=@example.com"),
          QStringLiteral("x=?gb2312?Q?=D5=C5?=@example.com")}) {
        const CheckResult r = checkEmail(typed);
        ASSERT_EQ(codes(r), QStringList{QStringLiteral("email.encoded-word")}) << typed.toStdString();
        EXPECT_TRUE(r.problems.first().message.en.contains(QStringLiteral("RFC 2047")));
    }
    EXPECT_TRUE(checkEmail(QStringLiteral("a=b?c@example.com")).ok()); // '=' and '?' alone are fine
}
