// How phone numbers are written (docs/validation-rules.md, "Phone"): extension markers people type, and
// RFC 3966 tel: URIs pasted from web pages and address books.
#include "phonetext.h"

#include "problemtext.h"

#include <QRegularExpression>

namespace nbapply::validation
{

namespace
{

// RFC 3966 phonedigit-hex and visual separators, as they may appear in the number and in ;ext=.
bool isTelNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || QStringView(u"-.()").contains(c);
}

QString withoutSeparators(QStringView text)
{
    QString digits;
    for (const QChar c : text)
        if (!QStringView(u"-.()").contains(c))
            digits += c;
    return digits;
}

Problem telUriProblem(const QString &text, const BilingualText &why)
{
    return makeError(
        QStringLiteral("phone.tel-uri"),
        QStringLiteral("“%1”不是可用的 tel: 链接：%2。请直接填写号码，例如 +86 28 6050 1492 转 321。")
            .arg(shownValue(text), why.zh),
        QStringLiteral("“%1” is not a usable tel: link: %2. Enter the number itself, for example +86 28 6050 "
                       "1492 ext. 321.")
            .arg(shownValue(text), why.en));
}

} // namespace

SplitNumber splitExtension(const QString &text)
{
    // Longer markers first: "extension" must not stop at "ext" and leave "ension" as the extension.
    static const QRegularExpression marker(
        QStringLiteral("^(.*?)[\\s,，;；]*(?:转|分机|分機|extension|ext\\.?|x|#)\\s*[:：.=]?\\s*(.*)$"),
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

bool isTelUri(const QString &text)
{
    return text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
}

std::optional<SplitNumber> splitTelUri(const QString &text, Problem *problem)
{
    const QStringList parts = text.mid(4).split(u';');
    SplitNumber split;
    QString number = parts.first();
    const bool global = number.startsWith(u'+');
    for (qsizetype i = global ? 1 : 0; i < number.size(); ++i) {
        if (!isTelNumberChar(number[i])) {
            const BilingualText what = describeCharacter(number[i].unicode());
            *problem = telUriProblem(text, {QStringLiteral("号码部分含有%1").arg(what.zh),
                                            QStringLiteral("its number contains %1").arg(what.en)});
            return std::nullopt;
        }
    }
    if (withoutSeparators(QStringView(number).mid(global ? 1 : 0)).isEmpty()) {
        *problem = telUriProblem(
            text, {QStringLiteral("“tel:”后面没有号码"), QStringLiteral("there is no number after “tel:”")});
        return std::nullopt;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &parameter = parts[i];
        const qsizetype equals = parameter.indexOf(u'=');
        const QString name = parameter.left(equals).toLower();
        const QString value = equals < 0 ? QString() : parameter.mid(equals + 1);
        if (name == u"ext") {
            split.hasMarker = true;
            split.extension = withoutSeparators(value);
        } else if (name == u"phone-context") {
            // A global context is the leading digits of a local number; a domain name says nothing
            // about the number plan, so the default region applies.
            if (!global && value.startsWith(u'+'))
                number = u'+' + withoutSeparators(QStringView(value).mid(1)) + number;
        } else if (name != u"isub") {
            *problem = telUriProblem(
                text, {QStringLiteral("不认识参数“%1”").arg(shownValue(name, 20)),
                       QStringLiteral("the parameter “%1” is not known").arg(shownValue(name, 20))});
            return std::nullopt;
        }
    }
    split.main = number;
    return split;
}

} // namespace nbapply::validation
