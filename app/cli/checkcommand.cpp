// nbapply check KIND VALUE...: checks identifiers one by one, for people and for scripts.
//   ok<TAB>normalised                 (warnings do not make a value invalid)
//   error<TAB>code<TAB>message        (the first error, in the chosen language)
// or, with --json, one array of {input, valid, normalized, problems[{severity, code, message{zh,en}}]}.
// VALUE "-" reads values from stdin, one per line.
#include "commands.h"
#include "commonoptions.h"
#include "output.h"
#include "validation/identifiers.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace nbapply::cli
{

namespace
{

using validation::CheckResult;

// Reading stdin stops here: a check list is lines of identifiers, not a disk image.
constexpr qint64 kMaxStdinBytes = 64 * 1024 * 1024;

const QStringList &kinds()
{
    static const QStringList list{QStringLiteral("uscc"), QStringLiteral("id"), QStringLiteral("email"),
                                  QStringLiteral("phone")};
    return list;
}

CheckResult checkValue(const QString &kind, const QString &value, const QDate &today)
{
    if (kind == u"uscc")
        return validation::checkUscc(value);
    if (kind == u"id")
        return validation::checkResidentId(value, today);
    if (kind == u"email")
        return validation::checkEmail(value);
    return validation::checkPhone(value);
}

// The values of the command line, with each "-" replaced by the lines of stdin (empty lines skipped,
// CRLF accepted). Returns false when stdin cannot be read.
bool collectValues(const QStringList &arguments, QStringList *values)
{
    bool stdinRead = false;
    for (const QString &argument : arguments) {
        if (argument != u"-") {
            *values << argument;
            continue;
        }
        if (stdinRead)
            continue;
        stdinRead = true;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return false;
        // A pipe delivers its data in pieces: read until end of input (or the cap).
        QByteArray data;
        while (data.size() < kMaxStdinBytes) {
            const QByteArray chunk = in.read(qMin<qint64>(1 << 20, kMaxStdinBytes - data.size()));
            if (chunk.isEmpty())
                break;
            data += chunk;
        }
        for (QByteArray line : data.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                *values << QString::fromUtf8(line);
        }
    }
    return true;
}

QJsonObject toJson(const QString &input, const CheckResult &result)
{
    QJsonArray problems;
    for (const Problem &problem : result.problems) {
        problems.append(QJsonObject{
            {QStringLiteral("severity"), severityName(problem.severity)},
            {QStringLiteral("code"), problem.code},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("zh"), problem.message.zh},
                                                    {QStringLiteral("en"), problem.message.en}}},
        });
    }
    return QJsonObject{
        {QStringLiteral("input"), input},
        {QStringLiteral("valid"), result.ok()},
        {QStringLiteral("normalized"), result.normalized},
        {QStringLiteral("problems"), problems},
    };
}

QString toLine(const CheckResult &result, Language language)
{
    if (result.ok())
        return QStringLiteral("ok\t") + sanitizedForLine(result.normalized) + u'\n';
    for (const Problem &problem : result.problems) {
        if (problem.isError())
            return QStringLiteral("error\t") + problem.code + u'\t' +
                   sanitizedForLine(problem.message.in(language)) + u'\n';
    }
    return QString(); // not reached: !ok() means there is an error
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check identifiers as the application form does.\n"
        "KIND: uscc (统一社会信用代码), id (身份证号 and residence/permanent-resident permits),\n"
        "email, phone. VALUE '-' reads values from stdin, one per line;\n"
        "put '--' before values that start with '-'.\n"
        "Prints one line per value: ok<TAB>normalised, or error<TAB>code<TAB>message.\n"
        "Exit codes: 0 every value valid, 1 some value invalid, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("uscc, id, email or phone"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("values to check ('-' = stdin)"),
                                 QStringLiteral("VALUE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print a JSON array, one object per value"));
    parser.addOptions({json});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("check"), arguments, &language))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !kinds().contains(positional.first())) {
        printErr(positional.isEmpty() ? QStringLiteral("nbapply check: missing KIND\n")
                                      : QStringLiteral("nbapply check: unknown KIND '%1'\n")
                                            .arg(sanitizedForLine(positional.first())));
        printErr(
            QStringLiteral("Usage: nbapply check [--json] [--lang zh_CN|en] uscc|id|email|phone VALUE...\n"));
        return ExitUsage;
    }
    if (positional.size() < 2) {
        printErr(QStringLiteral("nbapply check: no VALUE given (use '-' to read values from stdin)\n"));
        return ExitUsage;
    }

    const QString kind = positional.first();
    QStringList values;
    if (!collectValues(positional.mid(1), &values)) {
        printErr(QStringLiteral("nbapply check: cannot read stdin\n"));
        return ExitUnreadable;
    }

    const QDate today = QDate::currentDate();
    bool allValid = true;
    QJsonArray array;
    QString lines;
    for (const QString &value : values) {
        const CheckResult result = checkValue(kind, value, today);
        allValid = allValid && result.ok();
        if (parser.isSet(json))
            array.append(toJson(value, result));
        else
            lines += toLine(result, language);
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        printOut(lines);
    return allValid ? ExitOk : ExitProblems;
}

} // namespace nbapply::cli
