// 统一社会信用代码 — the Unified Social Credit Code of GB 32100-2015 (docs/validation-rules.md).
#include "identifiers.h"
#include "problemtext.h"
#include "provinces.h"

namespace nbapply::validation
{

namespace
{

// The code's alphabet: digits and the capitals without I, O, S, V, Z. A character's value is its index.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kLength = 18;

struct Authority {
    char16_t code;
    const char16_t *zh;
    const char16_t *en;
    const char16_t *categories; // the organisation categories (position 2) this authority issues
};

// Position 1 and, per authority, the position-2 categories GB 32100 assigns.
constexpr Authority kAuthorities[] = {
    {u'1', u"机构编制", u"institutional establishment authorities", u"1239"},
    {u'2', u"外交", u"foreign affairs", u"19"},
    {u'3', u"司法行政", u"judicial administration", u"123459"},
    {u'4', u"文化", u"culture", u"19"},
    {u'5', u"民政", u"civil affairs", u"1239"},
    {u'6', u"旅游", u"tourism", u"129"},
    {u'7', u"宗教", u"religious affairs", u"129"},
    {u'8', u"工会", u"trade unions", u"19"},
    {u'9', u"工商/市场监管", u"market regulation (industry and commerce)", u"123"},
    {u'A', u"中央军委改革和编制办公室", u"the Central Military Commission's reform and establishment office",
     u"19"},
    {u'N', u"农业", u"agriculture", u"1239"},
    {u'Y', u"其他", u"other authorities", u"1"},
};

const Authority *findAuthority(QChar c)
{
    for (const Authority &a : kAuthorities)
        if (a.code == c.unicode())
            return &a;
    return nullptr;
}

// What a forbidden letter usually is: the digit it was mistyped for.
QString likelyIntended(QChar c)
{
    switch (c.unicode()) {
    case u'O':
        return QStringLiteral("0");
    case u'I':
        return QStringLiteral("1");
    case u'Z':
        return QStringLiteral("2");
    case u'S':
        return QStringLiteral("5");
    default:
        return QString();
    }
}

// GB 11714: the organisation code in positions 9–17 carries its own check character at position 17.
QChar organizationCheckCharacter(QStringView body)
{
    static constexpr int kWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body[i];
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += value * kWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(u'0' + check);
}

// GB 32100: weights 3^i mod 31 over positions 1–17.
QChar finalCheckCharacter(QStringView first17)
{
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += int(kAlphabet.indexOf(first17[i])) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

} // namespace

QString usccCategory(const QString &normalized)
{
    return normalized.size() == kLength ? normalized.left(2) : QString();
}

CheckResult checkUscc(const QString &input)
{
    CheckResult result;
    if (input.size() > kMaxCheckedInput) {
        result.problems << makeError(
            QStringLiteral("uscc.length"),
            QStringLiteral("统一社会信用代码应为 18 位，但输入了 %1 个字符。请只填写营业执照上的 18 位代码。")
                .arg(input.size()),
            QStringLiteral("A Unified Social Credit Code has 18 characters, but %1 were entered. Enter only "
                           "the 18-character code from the business licence.")
                .arg(input.size()));
        return result;
    }
    const QString code = compactIdentifier(input);
    result.normalized = code;
    if (code.isEmpty()) {
        result.problems << makeError(
            QStringLiteral("uscc.empty"), QStringLiteral("请填写 18 位统一社会信用代码（见营业执照）。"),
            QStringLiteral("Enter the 18-character Unified Social Credit Code (see the business licence)."));
        return result;
    }

    // Characters first: a wrong letter explains a wrong length better than the reverse.
    int position = 0;
    for (const char32_t c : code.toUcs4()) {
        ++position;
        if (c < 0x80 && kAlphabet.contains(QChar(char16_t(c))))
            continue;
        if (c == u'I' || c == u'O' || c == u'S' || c == u'V' || c == u'Z') {
            const QString intended = likelyIntended(QChar(char16_t(c)));
            const QString letter = QString(QChar(char16_t(c)));
            result.problems << makeError(
                QStringLiteral("uscc.forbidden-letter"),
                QStringLiteral("第 %1 位是字母“%2”，统一社会信用代码不使用字母 "
                               "I、O、S、V、Z。%3请对照营业执照重新输入。")
                    .arg(position)
                    .arg(letter, intended.isEmpty() ? QString()
                                                    : QStringLiteral("这里多半应是数字“%1”。").arg(intended)),
                QStringLiteral("Character %1 is the letter “%2”; credit codes never use the letters I, O, S, "
                               "V or Z. %3Re-type it from the business licence.")
                    .arg(position)
                    .arg(letter, intended.isEmpty()
                                     ? QString()
                                     : QStringLiteral("It is probably the digit “%1”. ").arg(intended)));
        } else {
            const BilingualText what = describeCharacter(c);
            result.problems << makeError(
                QStringLiteral("uscc.character"),
                QStringLiteral("第 %1 位是%2，统一社会信用代码只由数字 0-9 和大写拉丁字母（不含 "
                               "I、O、S、V、Z）组成。请用英文输入法重新输入。")
                    .arg(position)
                    .arg(what.zh),
                QStringLiteral(
                    "Character %1 is %2; a credit code consists of the digits 0-9 and Latin capitals "
                    "(without I, O, S, V, Z). Re-type it with an English keyboard layout.")
                    .arg(position)
                    .arg(what.en));
        }
        break; // the first bad character is enough to act on
    }
    if (!result.problems.isEmpty())
        return result;

    if (code.size() != kLength) {
        result.problems << makeError(
            QStringLiteral("uscc.length"),
            QStringLiteral("统一社会信用代码应为 18 位，规范化后的“%1”有 %2 位。请检查是否漏输或多输了字符。")
                .arg(shownValue(code))
                .arg(code.size()),
            QStringLiteral("A Unified Social Credit Code has 18 characters; “%1” (normalised) has %2. Check "
                           "for a missing or extra character.")
                .arg(shownValue(code))
                .arg(code.size()));
        return result;
    }

    const Authority *authority = findAuthority(code[0]);
    if (!authority) {
        result.problems << makeError(
            QStringLiteral("uscc.authority"),
            QStringLiteral("第 1 位“%1”不是登记管理部门代码（1-9、A、N、Y）。请对照营业执照检查第 1 位。")
                .arg(code[0]),
            QStringLiteral("The first character “%1” is not a registration authority code (1-9, A, N, Y). "
                           "Check the first character against the business licence.")
                .arg(code[0]));
    } else if (!QStringView(authority->categories).contains(code[1])) {
        QStringList allowed;
        for (const QChar c : QStringView(authority->categories))
            allowed << QString(authority->code) + c;
        result.problems << makeError(
            QStringLiteral("uscc.category"),
            QStringLiteral("登记管理部门“%1”（%2）没有机构类别“%3”：前两位只能是 %4。请检查第 2 位。")
                .arg(code[0])
                .arg(QString::fromUtf16(authority->zh), QString(code[1]), allowed.join(QStringLiteral("、"))),
            QStringLiteral("Registration authority “%1” (%2) has no organisation category “%3”: the code "
                           "must start with %4. Check the second character.")
                .arg(code[0])
                .arg(QString::fromUtf16(authority->en), QString(code[1]),
                     allowed.join(QStringLiteral(", "))));
    }

    // Positions 3–8: the GB/T 2260 division of the registering office, six digits. Only the province part
    // is checked against a list (old division codes stay valid for life); Taiwan, Hong Kong and Macao
    // (71, 81, 82) are province-level codes but register no one under GB 32100.
    const QString division = code.mid(2, 6);
    qsizetype letterAt = -1;
    for (qsizetype i = 0; i < division.size() && letterAt < 0; ++i)
        if (!division[i].isDigit())
            letterAt = i;
    const QStringView province = QStringView(division).left(2);
    if (letterAt >= 0) {
        result.problems << makeError(
            QStringLiteral("uscc.division"),
            QStringLiteral("第 3-8 位“%1”是登记机关的行政区划代码，只能是 6 位数字，但第 %2 "
                           "位是字母“%3”。请对照营业执照检查。")
                .arg(division)
                .arg(letterAt + 3)
                .arg(division[letterAt]),
            QStringLiteral("Characters 3-8 (“%1”) are the registering office's administrative division code, "
                           "six digits, but character %2 is the letter “%3”. Check them against the business "
                           "licence.")
                .arg(division)
                .arg(letterAt + 3)
                .arg(division[letterAt]));
    } else if (division != u"100000" && (province == u"71" || province == u"81" || province == u"82")) {
        result.problems << makeError(
            QStringLiteral("uscc.division-outside-mainland"),
            QStringLiteral(
                "第 3-8 位“%1”是台湾、香港或澳门的区划代码，而统一社会信用代码只由中国大陆的登记机关赋予，"
                "多半有输入错误。若申请人在中国大陆以外登记，请把证件类型改为“境外注册号”。")
                .arg(division),
            QStringLiteral(
                "Characters 3-8 (“%1”) are a division code of Taiwan, Hong Kong or Macao, but credit "
                "codes are assigned only by registration offices in mainland China, so this is most "
                "likely a typo. If the applicant is registered outside mainland China, change the "
                "identifier type to “Registration number outside mainland China”.")
                .arg(division));
    } else if (division != u"100000" && !isMainlandProvincePrefix(province)) {
        result.problems << makeError(
            QStringLiteral("uscc.division"),
            QStringLiteral("第 3-8 位“%1”不是中国大陆的行政区划代码（应以省级代码 11-65 开头，或为 "
                           "100000）。请对照营业执照检查。")
                .arg(division),
            QStringLiteral(
                "Characters 3-8 (“%1”) are not an administrative division code of mainland China (it "
                "starts with a province code 11-65, or is 100000). Check them against the business "
                "licence.")
                .arg(division));
    }

    const QStringView organization = QStringView(code).mid(8, 9);
    bool organizationChars = true;
    for (int i = 0; i < 8; ++i)
        organizationChars = organizationChars && organization[i].isLetterOrNumber();
    if (organizationChars && organizationCheckCharacter(organization) != organization[8]) {
        result.problems << makeError(
            QStringLiteral("uscc.organization-check"),
            QStringLiteral("第 9-17 位的组织机构代码“%1”校验不通过（第 17 位是它的校验码）。多半是第 9-17 "
                           "位有输入错误，请对照营业执照检查。")
                .arg(organization.toString()),
            QStringLiteral(
                "The organisation code in characters 9-17 (“%1”) fails its own check (character 17). Most "
                "likely one of characters 9-17 is mistyped; check them against the business licence.")
                .arg(organization.toString()));
    }

    if (finalCheckCharacter(QStringView(code).left(17)) != code[17]) {
        result.problems << makeError(
            QStringLiteral("uscc.check-digit"),
            QStringLiteral("第 18 位校验码与前 17 "
                           "位不符，代码多半有输入错误，请对照营业执照逐位检查“%"
                           "1”。若与执照完全一致（少数早期试点代码不符合校验规则），可确认按原样使用，导出的 "
                           "PDF 将注明“未经校验”。")
                .arg(code),
            QStringLiteral("The check character (18th) does not match the first 17 characters, so the code "
                           "is most likely mistyped: compare “%1” with the business licence character by "
                           "character. If it is exactly as printed (a few early pilot codes fail this "
                           "check), confirm it to use it as entered; the PDF will mark it as unverified.")
                .arg(code));
    }
    return result;
}

} // namespace nbapply::validation
