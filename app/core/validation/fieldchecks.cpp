// The per-field checks of the draft validator: characters, lengths, choices, dates, countries.
#include "fieldchecks.h"

#include "countries.h"
#include "identifiers.h"
#include "problemtext.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace nbapply::validation
{

namespace
{

bool defaultCanPrint(char32_t c)
{
    return c <= 0xFFFF && QChar::category(c) != QChar::Other_Control &&
           QChar::category(c) != QChar::Other_Surrogate;
}

} // namespace

Problem forField(Problem problem, const FieldDefinition &field)
{
    problem.field = field.path();
    problem.message.zh = field.label.zh + QStringLiteral("：") + problem.message.zh;
    problem.message.en = field.label.en + QStringLiteral(": ") + problem.message.en;
    return problem;
}

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++count;
    return count;
}

Problems checkTextCharacters(const FieldDefinition &field, const QString &value,
                             const ValidationContext &context)
{
    Problems problems;
    const bool multiline = field.type == FieldType::Multiline;
    const QList<uint> codePoints = value.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (multiline &&
            (c == u'\n' || (c == u'\r' && i + 1 < codePoints.size() && codePoints[i + 1] == u'\n')))
            continue;
        if (!isForbiddenInLine(c))
            continue;
        const QString code = codePointName(c);
        const bool lineBreak = c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
                          c == 0x200F || c == 0x061C;
        if (lineBreak && !multiline) {
            problems << forField(
                makeError(QStringLiteral("field.control-character"),
                          QStringLiteral("这一项只能填一行，但含有换行符（%1）。请删去换行。").arg(code),
                          QStringLiteral("this field takes a single line but contains a line break (%1). "
                                         "Remove the line break.")
                              .arg(code)),
                field);
        } else if (bidi) {
            problems << forField(
                makeError(
                    QStringLiteral("field.control-character"),
                    QStringLiteral("含有不可见的文字方向控制符 "
                                   "%1，它会让打印出的文字顺序与所填不同。请删去它（重新输入这一项即可）。")
                        .arg(code),
                    QStringLiteral(
                        "contains the invisible text-direction control %1, which makes the printed text read "
                        "differently from what was entered. Remove it (re-typing the field does).")
                        .arg(code)),
                field);
        } else {
            problems << forField(
                makeError(
                    QStringLiteral("field.control-character"),
                    QStringLiteral("含有不可见的控制字符 %1。请删去它（重新输入这一项即可）。").arg(code),
                    QStringLiteral(
                        "contains the invisible control character %1. Remove it (re-typing the field does).")
                        .arg(code)),
                field);
        }
        return problems; // one is enough: the fix is the same for all
    }

    const auto &canPrint = context.canPrint;
    QStringList unprintable;
    QString first;
    for (const char32_t c : codePoints) {
        if (c == u'\n' || c == u'\r')
            continue;
        if (canPrint ? canPrint(c) : defaultCanPrint(c))
            continue;
        const QString shown = QString::fromUcs4(&c, 1) + QLatin1Char(' ') + codePointName(c);
        if (!unprintable.contains(shown))
            unprintable << shown;
        if (unprintable.size() == 5)
            break;
    }
    if (!unprintable.isEmpty()) {
        const QString zhList =
            QStringLiteral("“") + unprintable.join(QStringLiteral("”、“")) + QStringLiteral("”");
        const QString enList =
            QStringLiteral("“") + unprintable.join(QStringLiteral("”, “")) + QStringLiteral("”");
        problems << forField(
            makeError(
                QStringLiteral("field.unprintable"),
                QStringLiteral("导出的 PDF 无法显示字符 "
                               "%1（生僻字、表情符号或字体中没有的字符）。请改用常用写法，或删去这些字符。")
                    .arg(zhList),
                QStringLiteral("the exported PDF cannot show the character(s) %1 (rare ideographs, emoji or "
                               "characters missing from the font). Use a common form or remove them.")
                    .arg(enList)),
            field);
    }

    if (field.maxLength > 0) {
        const qsizetype length = characterCount(value.trimmed());
        if (length > field.maxLength) {
            problems << forField(
                makeError(
                    QStringLiteral("field.too-long"),
                    QStringLiteral("最多 %1 个字符，现在有 %2 个。请删减 %3 个字符，以免打印时超出版面。")
                        .arg(field.maxLength)
                        .arg(length)
                        .arg(length - field.maxLength),
                    QStringLiteral(
                        "at most %1 characters, now %2. Shorten it by %3 so that it fits the printed page.")
                        .arg(field.maxLength)
                        .arg(length)
                        .arg(length - field.maxLength)),
                field);
        }
    }
    return problems;
}

Problems checkChoice(const FieldDefinition &field, const QString &value, const QString &applicantKind,
                     bool anyKindAllowed)
{
    if (field.freeText)
        return {};
    QList<Choice> choices = field.choicesFor(applicantKind);
    if (anyKindAllowed)
        for (const QList<Choice> &kindChoices : field.choicesByKind)
            choices += kindChoices;
    QStringList zh;
    QStringList en;
    for (const Choice &choice : choices) {
        if (choice.value == value)
            return {};
        zh << choice.label.zh;
        en << choice.label.en;
    }
    return {forField(makeError(QStringLiteral("field.choice"),
                               QStringLiteral("“%1”不是可选项。请从以下选项中选择：%2。")
                                   .arg(shownValue(value), zh.join(QStringLiteral("、"))),
                               QStringLiteral("“%1” is not one of the choices. Choose one of: %2.")
                                   .arg(shownValue(value), en.join(QStringLiteral("; ")))),
                     field)};
}

Problems checkMultiChoice(const FieldDefinition &field, const QStringList &values,
                          const QString &applicantKind)
{
    Problems problems;
    const QList<Choice> choices = field.choicesFor(applicantKind);
    QSet<QString> seen;
    for (const QString &value : values) {
        bool known = false;
        for (const Choice &choice : choices)
            known = known || choice.value == value;
        if (!known) {
            QStringList zh;
            QStringList en;
            for (const Choice &choice : choices) {
                zh << choice.label.zh;
                en << choice.label.en;
            }
            problems << forField(makeError(QStringLiteral("field.choice"),
                                           QStringLiteral("“%1”不是可选项。请从以下选项中选择：%2。")
                                               .arg(shownValue(value), zh.join(QStringLiteral("、"))),
                                           QStringLiteral("“%1” is not one of the choices. Choose from: %2.")
                                               .arg(shownValue(value), en.join(QStringLiteral("; ")))),
                                 field);
        } else if (seen.contains(value)) {
            problems << forField(makeError(QStringLiteral("field.duplicate"),
                                           QStringLiteral("“%1”选了不止一次。请只保留一个。")
                                               .arg(field.choiceLabel(value, applicantKind).zh),
                                           QStringLiteral("“%1” is chosen more than once. Keep it once.")
                                               .arg(field.choiceLabel(value, applicantKind).en)),
                                 field);
        }
        seen.insert(value);
    }
    return problems;
}

namespace
{

// The year, month and day of a date as people type it (docs/validation-rules.md, "Dates"): 2016-03-09,
// 2016-3-9, 2016/03/09, 2016.03.09 (one separator throughout) or 2016年3月9日, after NFKC (full-width
// digits and separators fold to ASCII). Nullopt when the text has none of these shapes; the date itself
// may still not exist.
struct TypedDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

std::optional<TypedDate> typedDate(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{4})\\s*([-/.])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]?$"));
    if (const QRegularExpressionMatch m = separated.match(text); m.hasMatch())
        return TypedDate{m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
    if (const QRegularExpressionMatch m = chinese.match(text); m.hasMatch())
        return TypedDate{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    return std::nullopt;
}

} // namespace

QString normalizedDate(const QString &value)
{
    const std::optional<TypedDate> typed = typedDate(normalizeIdentifierText(value));
    if (!typed)
        return QString();
    const QDate date(typed->year, typed->month, typed->day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Problems checkDate(const FieldDefinition &field, const QString &value, const QDate &today)
{
    const QString text = normalizeIdentifierText(value);
    const std::optional<TypedDate> typed = typedDate(text);
    if (!typed) {
        return {forField(
            makeError(QStringLiteral("date.format"),
                      QStringLiteral("“%1”不是日期。请按 年-月-日 填写，例如 2020-03-15（也可写作 2020/3/15、"
                                     "2020.03.15 或 2020年3月15日）。")
                          .arg(shownValue(text)),
                      QStringLiteral("“%1” is not a date. Write it year-month-day, for example 2020-03-15 "
                                     "(2020/3/15, 2020.03.15 and 2020年3月15日 are understood too).")
                          .arg(shownValue(text))),
            field)};
    }
    const QDate date(typed->year, typed->month, typed->day);
    if (!date.isValid()) {
        return {forField(
            makeError(
                QStringLiteral("date.invalid"),
                QStringLiteral("%1 这一天不存在（请检查月份和日期，例如 2 月只有 28 或 29 天）。")
                    .arg(shownValue(text)),
                QStringLiteral("%1 does not exist (check the month and day: February has 28 or 29 days).")
                    .arg(shownValue(text))),
            field)};
    }
    const QString iso = date.toString(Qt::ISODate);
    if (date < QDate(1900, 1, 1)) {
        return {forField(
            makeError(
                QStringLiteral("date.too-early"),
                QStringLiteral("%1 早于 1900-01-01，多半有输入错误。请检查年份。").arg(iso),
                QStringLiteral("%1 is before 1900-01-01, most likely a typo. Check the year.").arg(iso)),
            field)};
    }
    if (field.notInFuture && today.isValid() && date > today) {
        return {forField(
            makeError(
                QStringLiteral("date.future"),
                QStringLiteral("%1 在今天（%2）之后，这一项不能是将来的日期。请检查年份和月份。")
                    .arg(iso, today.toString(Qt::ISODate)),
                QStringLiteral(
                    "%1 is after today (%2); this date cannot be in the future. Check the year and month.")
                    .arg(iso, today.toString(Qt::ISODate))),
            field)};
    }
    return {};
}

Problems checkPlanLanguage(const FieldDefinition &field, const QString &value)
{
    if (field.type != FieldType::Multiline || !field.path().startsWith(QLatin1String("plan.")))
        return {};
    bool latin = false;
    for (const char32_t c : value.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return {};
        latin = latin || QChar::script(c) == QChar::Script_Latin;
    }
    if (!latin)
        return {};
    return {forField(
        makeWarning(
            QStringLiteral("plan.english-only"),
            QStringLiteral(
                "只用英文填写。按协议第 10.2 条，申请以中文文本为准：请补充中文回答（英文可保留），"
                "以免审核时产生歧义。"),
            QStringLiteral("written only in English. Under clause 10.2 of the agreement the Chinese text "
                           "governs: add the answer in Chinese as well (the English may stay), so that it "
                           "cannot be read differently.")),
        field)};
}

Problems checkCountry(const FieldDefinition &field, const QString &value)
{
    const QString code = normalizeIdentifierText(value).toUpper();
    if (countries().isEmpty()) {
        return {forField(
            makeError(
                QStringLiteral("country.unavailable"),
                QStringLiteral("无法读取国家和地区列表（%1）。请安装 iso-codes 软件包。")
                    .arg(isoCodesJsonPath()),
                QStringLiteral(
                    "the list of countries and regions (%1) cannot be read. Install the iso-codes package.")
                    .arg(isoCodesJsonPath())),
            field)};
    }
    if (findCountry(code))
        return {};
    return {forField(
        makeError(QStringLiteral("country.unknown"),
                  QStringLiteral("“%1”不是 ISO 3166-1 两字母国家或地区代码。请从列表中选择，例如中国为 CN。")
                      .arg(shownValue(value)),
                  QStringLiteral("“%1” is not an ISO 3166-1 two-letter country or region code. Choose one "
                                 "from the list, for example CN for China.")
                      .arg(shownValue(value))),
        field)};
}

} // namespace nbapply::validation
