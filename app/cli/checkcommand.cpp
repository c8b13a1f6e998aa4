// nbapply check KIND VALUE...: checks identifiers one by one, for people and for scripts.
//   ok<TAB>normalised                 (warnings do not make a value invalid)
//   error<TAB>code<TAB>message        (the first error, in the chosen language)
// or, with --json, one array of {input, valid, normalized, problems[{severity, code, message{zh,en}}]}.
// VALUE "-" reads values from stdin, one per line, streaming: each is checked and printed as it arrives.
#include "commands.h"
#include "commonoptions.h"
#include "output.h"
#include "validation/identifiers.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace nbapply::cli
{

namespace
{

using validation::CheckResult;

// A value longer than this is cut here (the rest of its line is skipped, never taken for the next
// value): every kind's checker rejects far shorter input, so the verdict is the same.
constexpr qsizetype kMaxLineBytes = 64 * 1024;

// Lines of standard input, read in pieces as they arrive: memory stays flat however much is piped in,
// and every line is seen (a line cut by a fixed-size buffer would be checked as two values).
class StdinLines
{
  public:
    // The next non-blank line (CR before LF dropped). False at the end of input or on a read error.
    bool next(QByteArray *line)
    {
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n', m_start);
            if (newline >= 0 || m_eof) {
                if (newline < 0 && m_start >= m_buffer.size())
                    return false;
                const qsizetype end = newline >= 0 ? newline : m_buffer.size();
                QByteArray candidate = m_buffer.mid(m_start, end - m_start);
                m_start = end + 1;
                const bool skipped = m_skipping;
                m_skipping = false;
                if (candidate.endsWith('\r'))
                    candidate.chop(1);
                if (skipped || candidate.trimmed().isEmpty())
                    continue;
                *line = candidate;
                return true;
            }
            if (m_buffer.size() - m_start >= kMaxLineBytes && !m_skipping) {
                // An over-long line: hand out its first kMaxLineBytes, drop the rest as it arrives.
                *line = m_buffer.mid(m_start, kMaxLineBytes);
                m_buffer.clear();
                m_start = 0;
                m_skipping = true;
                return true;
            }
            if (m_skipping) {
                m_buffer.clear();
                m_start = 0;
            }
            if (!fill())
                return false;
        }
    }
    bool failed() const { return m_failed; }

  private:
    bool fill()
    {
        m_buffer.remove(0, m_start);
        m_start = 0;
        char chunk[1 << 16];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (n > 0) {
                m_buffer.append(chunk, qsizetype(n));
                return true;
            }
            if (n == 0) {
                m_eof = true;
                return true;
            }
            if (errno != EINTR) {
                m_failed = true;
                return false;
            }
        }
    }

    QByteArray m_buffer;
    qsizetype m_start = 0;
    bool m_eof = false;
    bool m_skipping = false;
    bool m_failed = false;
};

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
    const QStringList values = positional.mid(1);
    // Standard input is read once, where the first "-" stands; an empty one is a usage error, found
    // before anything is printed.
    StdinLines input;
    QByteArray pending;
    const bool readsStdin = values.contains(QStringLiteral("-"));
    if (readsStdin && !input.next(&pending)) {
        printErr(input.failed() ? QStringLiteral("nbapply check: cannot read stdin\n")
                                : QStringLiteral("nbapply check: no values on stdin\n"));
        return input.failed() ? ExitUnreadable : ExitUsage;
    }

    const QDate today = QDate::currentDate();
    const bool asJson = parser.isSet(json);
    bool allValid = true;
    qint64 count = 0;
    const auto report = [&](const QString &value) {
        const CheckResult result = checkValue(kind, value, today);
        allValid = allValid && result.ok();
        if (asJson) {
            // One element at a time, so that the output needs no memory for the whole array.
            QByteArray element = QJsonDocument(toJson(value, result)).toJson(QJsonDocument::Indented);
            element.chop(1);
            element.replace('\n', "\n    ");
            printOut((count == 0 ? QStringLiteral("[\n    ") : QStringLiteral(",\n    ")) +
                     QString::fromUtf8(element));
        } else {
            printOut(toLine(result, language));
        }
        ++count;
    };
    bool stdinDone = false;
    for (const QString &value : values) {
        if (value != u"-") {
            report(value);
            continue;
        }
        if (stdinDone)
            continue;
        stdinDone = true;
        do
            report(QString::fromUtf8(pending));
        while (input.next(&pending));
    }
    if (asJson)
        printOut(count == 0 ? QStringLiteral("[]\n") : QStringLiteral("\n]\n"));
    if (input.failed()) {
        printErr(QStringLiteral("nbapply check: cannot read stdin\n"));
        return ExitUnreadable;
    }
    return allValid ? ExitOk : ExitProblems;
}

} // namespace nbapply::cli
