#include "problemoutput.h"

#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nbapply::cli
{

QJsonArray problemsJson(const Problems &problems)
{
    QJsonArray array;
    for (const Problem &problem : problems)
        array.append(QJsonObject{
            {QStringLiteral("field"), problem.field},
            {QStringLiteral("severity"), severityName(problem.severity)},
            {QStringLiteral("code"), problem.code},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("zh"), problem.message.zh},
                                                    {QStringLiteral("en"), problem.message.en}}}});
    return array;
}

QString problemLine(const Problem &problem, Language language)
{
    // The field of a review comment comes from the file: it must not forge a line either.
    return QStringList{problem.field.isEmpty() ? QStringLiteral("-") : sanitizedForLine(problem.field),
                       severityName(problem.severity), problem.code,
                       sanitizedForLine(problem.message.in(language))}
               .join(u'\t') +
           u'\n';
}

void printProblems(const Problems &problems, Language language, bool json)
{
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(problemsJson(problems)).toJson(QJsonDocument::Indented)));
        return;
    }
    qsizetype errors = 0;
    qsizetype notices = 0;
    for (const Problem &problem : problems) {
        errors += problem.isError() ? 1 : 0;
        notices += problem.severity == Severity::Notice ? 1 : 0;
        printOut(problemLine(problem, language));
    }
    const qsizetype warnings = problems.size() - errors - notices;
    QString summary = language == Language::Chinese
                          ? QStringLiteral("%1 个错误，%2 个警告").arg(errors).arg(warnings)
                          : QStringLiteral("%1 error(s), %2 warning(s)").arg(errors).arg(warnings);
    if (notices > 0)
        summary += language == Language::Chinese ? QStringLiteral("，%1 条提示").arg(notices)
                                                 : QStringLiteral(", %1 notice(s)").arg(notices);
    printErr(summary + u'\n');
}

} // namespace nbapply::cli
