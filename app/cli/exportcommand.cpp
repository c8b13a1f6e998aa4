// nbapply export DRAFT --out DIR: the bilingual PDF and the e-mail draft of an application.
#include "commands.h"
#include "common/exportclock.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "export/checkloaded.h"
#include "export/exportfilename.h"
#include "form/formdefinition.h"
#include "letter/letterpdf.h"
#include "mail/applicationemail.h"
#include "output.h"
#include "problemoutput.h"
#include "received/receivedfile.h"
#include "signing/passwordfile.h"
#include "signing/signingidentity.h"

#include <QCommandLineParser>
#include <QFile>

namespace nbapply::cli
{

namespace
{

// The warnings on stderr, in the columns `validate` prints (stdout lists the files written).
void printWarnings(const Problems &problems, Language language)
{
    for (const Problem &problem : problems)
        if (!problem.isError())
            printErr(problemLine(problem, language));
}

// --letter-from / --letter-until: an ISO date, or nothing (the default).
std::optional<QDate> parseDay(const QString &text)
{
    if (text.isEmpty())
        return QDate();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || day.toString(Qt::ISODate) != text)
        return std::nullopt;
    return day;
}

// A PKCS#12 file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxPkcs12Bytes = 1024 * 1024;

// --sign CERT.p12 with the password from --password-file (default: standard input): the identity, or
// the bilingual reason it cannot be used (a wrong password, a file that is not PKCS#12). Never prints or
// keeps the password.
std::optional<signing::SigningIdentity> loadSigningIdentity(const QString &p12Path,
                                                            const QString &passwordFile, BilingualText *error)
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxPkcs12Bytes) {
        *error = {
            QStringLiteral("无法读取证书文件 %1（需要 PKCS#12 格式的 .p12 / .pfx 文件）。").arg(p12Path),
            QStringLiteral("Cannot read the certificate file %1 (a PKCS#12 .p12 / .pfx file is needed).")
                .arg(p12Path)};
        return std::nullopt;
    }
    const QByteArray pkcs12 = file.readAll();
    std::optional<QByteArray> password = signing::readPasswordFile(passwordFile, error);
    if (!password)
        return std::nullopt;
    std::optional<signing::SigningIdentity> identity =
        signing::SigningIdentity::fromPkcs12(pkcs12, *password, error);
    password->fill('\0');
    return identity;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export an application: DIR/<applicant name>-<date>.pdf (bilingual, with the draft "
        "embedded) and DIR/<applicant name>-<date>.eml (an e-mail draft to the licensor with "
        "the PDF and the documents attached). With --letter also DIR/<applicant name>-<date>-授权委托书.pdf "
        "(-letter-of-authorisation.pdf in English), "
        "the representative's letter of authorisation prefilled from the application, to print, seal "
        "and sign. With --sign the PDF is signed with the certificate (PAdES B-B, ETSI.CAdES.detached) "
        "and shows a signature block on its last page; the e-mail carries the signed PDF (the letter of "
        "authorisation is not signed). Prints the paths written, and on stderr the size of the "
        "attachments with a warning when they exceed what the mailbox accepts.\n"
        "Output files that exist already are not replaced without --force.\n"
        "Exit codes: 0 written, 1 the draft has errors (nothing written; the problems are "
        "listed as by `validate`), 2 the draft cannot be read, an output file exists (without --force), "
        "a file cannot be written, or the certificate cannot be used (a wrong password: nothing is "
        "written)."));
    parser.addPositionalArgument(
        QStringLiteral("DRAFT"),
        QStringLiteral("a draft, a package, an nbapply PDF (its documents beside it) or an "
                       "nbapply .eml"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("folder to write to (created if missing)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption pdfOnly(QStringLiteral("pdf-only"),
                                     QStringLiteral("write the PDF only, no e-mail"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list problems as a JSON array"));
    const QCommandLineOption letter(
        QStringLiteral("letter"),
        QStringLiteral("also write the letter of authorisation (授权委托书) beside the application"));
    const QCommandLineOption letterFrom(QStringLiteral("letter-from"),
                                        QStringLiteral("first day of the letter's period (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption letterUntil(
        QStringLiteral("letter-until"),
        QStringLiteral("last day of the letter's period (default: until the application is concluded)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("replace output files that exist already (a symbolic link "
                                                  "at an output name is never written through)"));
    const QCommandLineOption sign(
        QStringLiteral("sign"),
        QStringLiteral("sign the PDF with this certificate and key (PKCS#12: .p12 / .pfx)"),
        QStringLiteral("CERT.p12"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("read the certificate's password from the first line of FILE ('-' = standard "
                       "input, the default)"),
        QStringLiteral("FILE"));
    parser.addOptions({out, pdfOnly, json, force, letter, letterFrom, letterUntil, sign, passwordFile});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("export"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out) || parser.value(out).isEmpty()) {
        printErr(QStringLiteral("Usage: nbapply export [--pdf-only] [--force] [--letter [--letter-from DATE] "
                                "[--letter-until DATE]] "
                                "[--sign CERT.p12 [--password-file FILE|-]] "
                                "[--json] [--lang zh_CN|en] DRAFT --out DIR\n"));
        return ExitUsage;
    }
    // "-" is not standard output here: export writes several files into a folder, and QDir would
    // create one named "-". Refused, so that a script expecting a stream learns it at once.
    if (parser.value(out) == u"-") {
        printErr(BilingualText{
            QStringLiteral("--out 需要一个文件夹，不能是“-”：导出会写入多个文件（PDF、邮件草稿），"
                           "无法写到标准输出。请给出文件夹，例如 --out ./导出。\n"),
            QStringLiteral("--out needs a folder, not \"-\": export writes several files (the "
                           "PDF, the e-mail draft) and cannot write them to standard output. "
                           "Give a folder, for example --out ./export.\n")}
                     .in(language));
        return ExitUsage;
    }
    const std::optional<QDate> from = parseDay(parser.value(letterFrom));
    const std::optional<QDate> until = parseDay(parser.value(letterUntil));
    if (!from || !until ||
        ((parser.isSet(letterFrom) || parser.isSet(letterUntil)) && !parser.isSet(letter))) {
        printErr(
            QStringLiteral("--letter-from and --letter-until take a date YYYY-MM-DD and go with --letter\n"));
        return ExitUsage;
    }
    // A period that ends before it starts is refused before anything is written.
    if (until->isValid() && *until < (from->isValid() ? *from : exportClock().date())) {
        printErr(language == Language::Chinese
                     ? QStringLiteral("委托期限的结束日期早于开始日期。\n")
                     : QStringLiteral("The letter's period ends before it starts.\n"));
        return ExitUsage;
    }

    if (parser.isSet(passwordFile) && !parser.isSet(sign)) {
        printErr(QStringLiteral("--password-file goes with --sign\n"));
        return ExitUsage;
    }
    // The certificate first: a wrong password must stop the export before anything is written.
    std::optional<signing::SigningIdentity> signer;
    if (parser.isSet(sign)) {
        BilingualText error;
        signer = loadSigningIdentity(
            parser.value(sign), parser.isSet(passwordFile) ? parser.value(passwordFile) : QStringLiteral("-"),
            &error);
        if (!signer) {
            printErr(sanitizedForLine(error.in(language)) + QStringLiteral(" ") +
                     (language == Language::Chinese ? QStringLiteral("未写入任何文件。")
                                                    : QStringLiteral("Nothing was written.")) +
                     u'\n');
            return ExitUnreadable;
        }
    }

    const QString path = parser.positionalArguments().first();
    const DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    // One check for the application and the letter, so both print the same values on the same day.
    ApplicationExportOptions options;
    options.exportTime = exportClock();
    options.writeEmail = !parser.isSet(pdfOnly);
    options.signer = signer;
    // Checked as `validate` checks it, on the export day.
    const CheckedApplication checked =
        checkLoadedApplication(FormDefinition::builtin(), loaded, options.exportTime.date());
    // The names are predictable, so another user of a shared folder can plant files there: without
    // --force nothing that exists is replaced, and the user learns which names are taken.
    const PlannedOutputs planned =
        plannedOutputs(checked, parser.value(out), options.writeEmail, parser.isSet(letter), language);
    if (!planned.existing.isEmpty() && !parser.isSet(force)) {
        const QString names = sanitizedForLine(planned.existing.join(QStringLiteral(", ")));
        printErr(language == Language::Chinese
                     ? QStringLiteral(
                           "nbapply export：以下文件已存在，未做任何改动：%1。如要替换，请加 --force。\n")
                           .arg(names)
                     : QStringLiteral("nbapply export: these files exist already, nothing was changed: %1. "
                                      "Add --force to replace them.\n")
                           .arg(names));
        return ExitUsage;
    }
    // A received application's documents must all be at hand, and be the ones it lists: the e-mail
    // attaches them.
    if (!hasErrors(checked.problems()) && !checked.readyToExport()) {
        printErr(language == Language::Chinese
                     ? QStringLiteral("导出需要以下材料文件，请把它们放在 %1 旁边后再导出：\n").arg(path)
                     : QStringLiteral("The export needs these document files; put them beside %1 and "
                                      "export again:\n")
                           .arg(path));
        for (const CheckedDocument &document : checked.documents())
            if (!document.isAttached())
                printErr(QStringLiteral("needed\t") + sanitizedForLine(document.label.in(language)) + u'\t' +
                         sanitizedForLine(document.fileName) + u'\n');
        return ExitProblems;
    }
    const ApplicationExportResult result = exportApplication(checked, parser.value(out), options);
    if (result.refused) {
        printProblems(result.problems, language, parser.isSet(json));
        printErr(sanitizedForLine(result.error.in(language)) + u'\n');
        return ExitProblems;
    }
    printWarnings(result.problems, language);
    // The size first, then (above the mailbox's limit) the warning that says how to send the rest.
    if (!result.emailPath.isEmpty())
        printErr(attachmentSizeSummary(result.attachmentBytes).in(language) + u'\n');
    printWarnings(result.emailWarnings, language);
    if (!result.pdfPath.isEmpty())
        printOut(result.pdfPath + u'\n');
    if (!result.emailPath.isEmpty())
        printOut(result.emailPath + u'\n');
    if (!result.ok) {
        printErr(sanitizedForLine(result.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    if (parser.isSet(letter)) {
        LetterPdfOptions letterOptions;
        letterOptions.exportTime = options.exportTime;
        letterOptions.period = {*from, *until};
        const LetterPdfResult written = writeLetterPdf(checked, planned.letter, letterOptions);
        if (!written.ok) {
            printErr(sanitizedForLine(written.error.in(language)) + u'\n');
            return ExitUnreadable;
        }
        printOut(planned.letter + u'\n');
    }
    return ExitOk;
}

} // namespace nbapply::cli
