#include "output.h"

#include <QByteArray>

#include <cstdio>

namespace nbapply::cli
{

namespace
{
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}
} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

bool parseLanguage(const QString &name, Language *language)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"zh" || lower == u"zh_cn" || lower == u"zh-cn" || lower.startsWith(u"zh_hans")) {
        *language = Language::Chinese;
        return true;
    }
    if (lower == u"en" || lower.startsWith(u"en_") || lower.startsWith(u"en-")) {
        *language = Language::English;
        return true;
    }
    return false;
}

Language languageFromEnvironment()
{
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        return value.startsWith(u"zh") ? Language::Chinese : Language::English;
    }
    return Language::English;
}

QString sanitizedForLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const auto category = c.category();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            result += u' ';
        else if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue; // includes U+202E RIGHT-TO-LEFT OVERRIDE and friends
        else
            result += c;
    }
    return result;
}

} // namespace nbapply::cli
