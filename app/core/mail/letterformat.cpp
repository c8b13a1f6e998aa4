#include "letterformat.h"

namespace nbapply::mail
{

namespace
{

QString labelSeparator(Language language)
{
    return language == Language::Chinese ? QStringLiteral("：") : QStringLiteral(": ");
}

QString enclosureText(const Enclosure &enclosure, Language language)
{
    const QString &label = enclosure.label.in(language);
    return enclosure.fileName.isEmpty() ? label : label + labelSeparator(language) + enclosure.fileName;
}

void appendPlain(QString *out, const ApplicationLetter &letter, Language language)
{
    *out += letter.greeting.in(language) + QStringLiteral("\n\n");
    *out += letter.introduction.in(language) + QStringLiteral("\n");
    for (const LetterBlock &block : letter.blocks) {
        if (block.lines.isEmpty())
            continue;
        *out += QStringLiteral("\n") + block.heading.in(language) + QStringLiteral("\n");
        if (!block.intro.isEmpty())
            *out += block.intro.in(language) + QStringLiteral("\n");
        for (const LetterLine &line : block.lines)
            *out += QStringLiteral("  ") + line.label.in(language) + labelSeparator(language) +
                    line.value.in(language) + QStringLiteral("\n");
    }
    *out += QStringLiteral("\n") + letter.enclosuresHeading.in(language) + QStringLiteral("\n");
    for (qsizetype i = 0; i < letter.enclosures.size(); ++i)
        *out += QStringLiteral("  %1. ").arg(i + 1) + enclosureText(letter.enclosures[i], language) +
                QStringLiteral("\n");
    if (!letter.missing.isEmpty()) {
        *out += QStringLiteral("\n") + letter.missingHeading.in(language) + QStringLiteral("\n");
        for (const BilingualText &label : letter.missing)
            *out += QStringLiteral("  - ") + label.in(language) + QStringLiteral("\n");
    }
    if (!letter.notApplicable.isEmpty()) {
        *out += QStringLiteral("\n") + letter.notApplicableHeading.in(language) + QStringLiteral("\n");
        for (const LetterLine &line : letter.notApplicable)
            *out += QStringLiteral("  - ") + line.label.in(language) + labelSeparator(language) +
                    line.value.in(language) + QStringLiteral("\n");
    }
    *out += QStringLiteral("\n") + letter.closing.in(language) + QStringLiteral("\n\n");
    *out += letter.signOff.in(language) + QStringLiteral("\n");
    for (const QString &line : letter.signature)
        *out += line + QStringLiteral("\n");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void appendHtml(QString *out, const ApplicationLetter &letter, Language language)
{
    const bool zh = language == Language::Chinese;
    *out += zh ? QStringLiteral("<div lang=\"zh-CN\">\n") : QStringLiteral("<div lang=\"en\">\n");
    *out += QStringLiteral("<p>") + escaped(letter.greeting.in(language)) + QStringLiteral("</p>\n");
    *out += QStringLiteral("<p>") + escaped(letter.introduction.in(language)) + QStringLiteral("</p>\n");
    for (const LetterBlock &block : letter.blocks) {
        if (block.lines.isEmpty())
            continue;
        *out += QStringLiteral("<h3>") + escaped(block.heading.in(language)) + QStringLiteral("</h3>\n") +
                (block.intro.isEmpty()
                     ? QString()
                     : QStringLiteral("<p>") + escaped(block.intro.in(language)) + QStringLiteral("</p>\n")) +
                QStringLiteral("<ul>\n");
        for (const LetterLine &line : block.lines)
            *out += QStringLiteral("<li><b>") + escaped(line.label.in(language) + labelSeparator(language)) +
                    QStringLiteral("</b>") + escaped(line.value.in(language)) + QStringLiteral("</li>\n");
        *out += QStringLiteral("</ul>\n");
    }
    *out += QStringLiteral("<h3>") + escaped(letter.enclosuresHeading.in(language)) +
            QStringLiteral("</h3>\n<ol>\n");
    for (const Enclosure &enclosure : letter.enclosures)
        *out +=
            QStringLiteral("<li>") + escaped(enclosureText(enclosure, language)) + QStringLiteral("</li>\n");
    *out += QStringLiteral("</ol>\n");
    if (!letter.missing.isEmpty()) {
        *out += QStringLiteral("<h3>") + escaped(letter.missingHeading.in(language)) +
                QStringLiteral("</h3>\n<ul>\n");
        for (const BilingualText &label : letter.missing)
            *out += QStringLiteral("<li>") + escaped(label.in(language)) + QStringLiteral("</li>\n");
        *out += QStringLiteral("</ul>\n");
    }
    if (!letter.notApplicable.isEmpty()) {
        *out += QStringLiteral("<h3>") + escaped(letter.notApplicableHeading.in(language)) +
                QStringLiteral("</h3>\n<ul>\n");
        for (const LetterLine &line : letter.notApplicable)
            *out += QStringLiteral("<li><b>") + escaped(line.label.in(language) + labelSeparator(language)) +
                    QStringLiteral("</b>") + escaped(line.value.in(language)) + QStringLiteral("</li>\n");
        *out += QStringLiteral("</ul>\n");
    }
    *out += QStringLiteral("<p>") + escaped(letter.closing.in(language)) + QStringLiteral("</p>\n<p>");
    *out += escaped(letter.signOff.in(language)).replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    for (const QString &line : letter.signature)
        *out += QStringLiteral("<br>\n") + escaped(line);
    *out += QStringLiteral("</p>\n</div>\n");
}

} // namespace

QString letterPlainText(const ApplicationLetter &letter)
{
    QString out;
    appendPlain(&out, letter, Language::Chinese);
    out += QStringLiteral("\n") + QString(40, QChar(0x2014)) + QStringLiteral("\n\n");
    appendPlain(&out, letter, Language::English);
    if (!letter.governingLanguageNote.isEmpty())
        out += QStringLiteral("\n") + letter.governingLanguageNote.zh + QStringLiteral("\n") +
               letter.governingLanguageNote.en + QStringLiteral("\n");
    return out;
}

QString letterHtml(const ApplicationLetter &letter)
{
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n");
    appendHtml(&out, letter, Language::Chinese);
    out += QStringLiteral("<hr>\n");
    appendHtml(&out, letter, Language::English);
    if (!letter.governingLanguageNote.isEmpty())
        out += QStringLiteral("<p><small>") + escaped(letter.governingLanguageNote.zh) +
               QStringLiteral("<br>\n") + escaped(letter.governingLanguageNote.en) +
               QStringLiteral("</small></p>\n");
    return out + QStringLiteral("</body>\n</html>\n");
}

} // namespace nbapply::mail
