// nbapply approve FILE --sign CERT.p12: a reviewer's verdict, signed with their own certificate, written
// into the draft or the package it was given (issue 18). The name shown later is the certificate's.
#include "application/checkedapplication.h"
#include "commands.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "form/formdefinition.h"
#include "output.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "signing/approvalsignature.h"
#include "signing/passwordfile.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "signingoptions.h"

#include <QCommandLineParser>
#include <QFile>

namespace nbapply::cli
{

namespace
{

int refuse(const QString &code, const BilingualText &message, Language language)
{
    // Both languages: a refusal must be understood whoever reads it; the chosen one first.
    const Language other = language == Language::Chinese ? Language::English : Language::Chinese;
    printErr(QStringLiteral("nbapply approve: %1: %2\n  %3\n")
                 .arg(code, sanitizedForLine(message.in(language)), sanitizedForLine(message.in(other))));
    return ExitUnreadable;
}

// The PKCS#12 file is a few KB; anything over 1 MB is not one (and is not read whole).
std::optional<QByteArray> readCertificateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return std::nullopt;
    return file.readAll();
}

} // namespace

int runApprove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Record your review of an application as a signature made with your certificate (a PKCS#12 "
        ".p12/.pfx file): approved for sending, or --changes-requested. It is written into the draft or "
        "the package given (nothing else changes) and covers the application as it is now: any later "
        "change makes it read \"covers an older version\". The password is read from --password-file or, "
        "without it, from the first line of standard input; it is never printed or stored.\n"
        "Exit codes: 0 recorded, 2 the file, the certificate or the password cannot be used (the file is "
        "then unchanged), or bad usage."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("a draft (.nbapply.json) or a package "
                                                "(.nbapply.zip)"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  QStringLiteral("your certificate and key (PKCS#12)"),
                                  QStringLiteral("CERT.p12"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("read the certificate's password from the first line of FILE ('-' = standard input)"),
        QStringLiteral("FILE"));
    const QCommandLineOption changes(
        QStringLiteral("changes-requested"),
        QStringLiteral("record that changes are requested instead of an approval"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("a note signed with the verdict"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption trust = trustOption();
    parser.addOptions({sign, passwordFile, changes, note, trust});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("approve"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.value(sign).isEmpty()) {
        printErr(QStringLiteral("Usage: nbapply approve FILE --sign CERT.p12 [--password-file FILE] "
                                "[--changes-requested] [--note TEXT] [--trust CA.pem] [--lang zh_CN|en]\n"));
        return ExitUsage;
    }
    const std::optional<signing::TrustStore> trustStore = trustStoreFromOptions(parser, trust, language);
    if (!trustStore)
        return ExitUsage;

    const QString path = parser.positionalArguments().first();
    DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    if (loaded.source != SourceKind::Draft && loaded.source != SourceKind::Package)
        return refuse(
            QStringLiteral("approve.not-draft-or-package"),
            {QStringLiteral(
                 "审阅签名只能写入草稿（.nbapply.json）或申请包（.nbapply.zip）；PDF 和邮件不会被改写"),
             QStringLiteral("A signed review is written into a draft (.nbapply.json) or a package "
                            "(.nbapply.zip) only; a PDF or an e-mail is never rewritten")},
            language);

    const std::optional<QByteArray> pkcs12 = readCertificateFile(parser.value(sign));
    if (!pkcs12)
        return refuse(QStringLiteral("signing.not-pkcs12"),
                      {QStringLiteral("无法读取证书文件 %1").arg(parser.value(sign)),
                       QStringLiteral("The certificate file %1 cannot be read").arg(parser.value(sign))},
                      language);
    BilingualText error;
    const std::optional<QByteArray> password = signing::readPasswordFile(
        parser.isSet(passwordFile) ? parser.value(passwordFile) : QStringLiteral("-"), &error);
    if (!password)
        return refuse(QStringLiteral("signing.password-file"), error, language);
    QString code;
    const std::optional<signing::SigningIdentity> identity =
        signing::SigningIdentity::fromPkcs12(*pkcs12, *password, &error, &code);
    if (!identity)
        return refuse(code, error, language);

    // What is signed is the application as every view checks it: data, form version and documents.
    const CheckedApplication checked = checkLoadedApplication(FormDefinition::builtin(), loaded);
    const QString verdict = QString::fromLatin1(parser.isSet(changes) ? signing::kVerdictChangesRequested
                                                                      : signing::kVerdictApproved);
    Draft draft = *loaded.draft;
    if (!signing::recordSignedApproval(&draft, checked.fingerprint(), verdict, parser.value(note), *identity,
                                       QDateTime::currentDateTime()))
        return refuse(QStringLiteral("signing.sign-failed"),
                      {QStringLiteral("无法用此证书签名（密钥类型不受支持？）"),
                       QStringLiteral("Signing with this certificate failed (an unsupported key type?)")},
                      language);

    // Written atomically and owner-only: on any failure the file stays as it was.
    if (loaded.source == SourceKind::Draft) {
        const SaveResult saved = saveDraftFile(draft, path);
        if (!saved.ok)
            return refuse(QStringLiteral("approve.write-failed"), saved.error, language);
    } else {
        loaded.draft = draft;
        if (!writePackage(checkLoadedApplication(FormDefinition::builtin(), loaded), path, &error))
            return refuse(QStringLiteral("approve.write-failed"), error, language);
    }
    const signing::SignatureReport report =
        signing::verifyApproval(draft, checked.fingerprint(), *trustStore, QDateTime::currentDateTimeUtc());
    printOut(sanitizedForLine(report.summary().in(language)) + u'\n');
    return ExitOk;
}

} // namespace nbapply::cli
