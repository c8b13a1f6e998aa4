#include "receivedfile.h"

#include "draft/pdfembeddeddraft.h"
#include "emlreader.h"
#include "form/formdefinition.h"
#include "package.h"
#include "pdftrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace nbapply
{

namespace
{

DraftLoadResult failure(const QString &code, const BilingualText &error)
{
    DraftLoadResult result;
    result.errorCode = code;
    result.error = error;
    return result;
}

// A private folder for what a received file carries; removed with the last copy of the result.
std::shared_ptr<QTemporaryDir> privateFolder()
{
    auto folder =
        std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("nbapply-received-XXXXXX")));
    if (!folder->isValid())
        return nullptr;
    QFile::setPermissions(folder->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

DraftLoadResult noPrivateFolder()
{
    return failure(
        QStringLiteral("received.no-temporary-folder"),
        {QStringLiteral("无法在临时目录中建立私有文件夹来打开收到的文件。请检查临时目录的可用空间。"),
         QStringLiteral("Cannot create a private folder in the temporary directory to open the "
                        "received file. Check the free space of the temporary folder.")});
}

// The received draft with only safe file names as document paths: nothing it names can reach outside
// the folder it is opened in.
Draft confined(const Draft &draft)
{
    Draft portable = draft.portableCopy(true);
    QList<DocumentRef> documents = portable.documents();
    bool changed = false;
    for (DocumentRef &document : documents) {
        if (!document.path.isEmpty() && safeFileName(document.path).isEmpty()) {
            document.path.clear();
            changed = true;
        }
    }
    if (changed)
        portable.setDocuments(documents);
    return portable;
}

// The draft inside an nbapply PDF, checked against what its pages print.
DraftLoadResult loadPdf(const QString &pdfPath, std::optional<DocumentManifest> *manifest)
{
    QByteArray json;
    BilingualText error;
    QString code;
    if (!readEmbeddedDraft(pdfPath, &json, &code, &error))
        return failure(code, error);
    DraftLoadResult result = parseDraft(json);
    if (!result.ok())
        return result;
    const PdfPages pages = readPdfPages(pdfPath);
    if (!pages.ok)
        return failure(QStringLiteral("draft.pdf-damaged"), pages.error);
    if (!embeddedDraftMatchesPages(*result.draft, pages, &error))
        return failure(QStringLiteral("draft.pdf-tampered"), error);
    *manifest = pages.manifest;
    result.exportDate = pages.exportDate;
    return result;
}

bool startsWithPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

DraftLoadResult loadEmail(const QString &path, std::optional<DocumentManifest> *manifest,
                          const std::shared_ptr<QTemporaryDir> &folder)
{
    const QString parts = folder->filePath(QStringLiteral("parts"));
    const QString documents = folder->filePath(QStringLiteral("documents"));
    if (!QDir().mkpath(parts) || !QDir().mkpath(documents))
        return noPrivateFolder();
    const received::EmlReadResult message = received::extractEmlAttachments(path, parts);
    if (!message.ok)
        return failure(message.errorCode, message.error);
    // The application form is the first attached PDF that carries a draft; the rest are documents.
    qsizetype formIndex = -1;
    DraftLoadResult result;
    for (qsizetype i = 0; i < message.attachments.size() && formIndex < 0; ++i) {
        const QString stored = message.attachments[i].storedPath;
        QByteArray json;
        QString code;
        BilingualText error;
        if (!startsWithPdf(stored) || !readEmbeddedDraft(stored, &json, &code, &error))
            continue;
        formIndex = i;
        result = loadPdf(stored, manifest);
        if (!result.ok())
            return result;
    }
    if (formIndex < 0)
        return failure(
            QStringLiteral("mail.no-application"),
            {QStringLiteral("邮件 %1 中没有 nbapply 导出的申请表 PDF，无法从中打开申请。").arg(path),
             QStringLiteral("The message %1 carries no application PDF exported by nbapply; no "
                            "application can be opened from it.")
                 .arg(path)});
    // The documents under the names the message gives them, made safe and unique the way the
    // portable draft names them ("scan.pdf", "scan (2).pdf"), so that names and manifest agree.
    QSet<QString> taken;
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        if (i == formIndex)
            continue;
        QString name = safeFileName(Draft::fileNameOf(message.attachments[i].fileName));
        if (name.isEmpty())
            name = QStringLiteral("document-%1").arg(i + 1);
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString suffix = dot > 0 ? name.mid(dot) : QString();
        QString unique = name;
        for (int n = 2; taken.contains(unique.toCaseFolded()); ++n)
            unique = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
        taken.insert(unique.toCaseFolded());
        QFile::rename(message.attachments[i].storedPath, QDir(documents).filePath(unique));
    }
    result.documentFolder = documents;
    return result;
}

} // namespace

Problems checkReceivedDocuments(const FormDefinition &form, const Draft &draft, const QString &folder,
                                const std::optional<DocumentManifest> &manifest)
{
    Problems problems;
    for (const DocumentRef &document : draft.documents()) {
        if (document.path.isEmpty())
            continue;
        const DocumentKind *kind = form.documentKind(document.kind);
        const BilingualText label =
            kind ? form.documentLabel(*kind, draft) : BilingualText{document.kind, document.kind};
        const QFileInfo file(QDir(folder).filePath(document.path));
        if (!file.isFile()) {
            problems.append({Severity::Notice,
                             QStringLiteral("document.not-enclosed"),
                             QStringLiteral("documents"),
                             {QStringLiteral("材料“%1”的文件“%2”没有随申请一起收到；需要时请向申请人索取。")
                                  .arg(label.zh, document.path),
                              QStringLiteral("The file “%2” of the document “%1” did not come with the "
                                             "application; ask the applicant for it if you need it.")
                                  .arg(label.en, document.path)}});
            continue;
        }
        const ManifestEntry *listed = manifest ? manifest->find(document.path) : nullptr;
        if (!listed || listed->sha256.isEmpty())
            continue;
        QByteArray digest;
        qint64 size = 0;
        if (!sha256OfFile(file.filePath(), &digest, &size) || digest != listed->sha256)
            problems.append(
                {Severity::Error,
                 QStringLiteral("document.hash-mismatch"),
                 QStringLiteral("documents"),
                 {QStringLiteral("材料“%1”的文件“%2”与申请表 PDF 记录的不是同一份文件（SHA-256 "
                                 "不符），可能在导出后被更换或改动。请向申请人核实。")
                      .arg(label.zh, document.path),
                  QStringLiteral("The file “%2” of the document “%1” is not the file the "
                                 "application PDF lists (its SHA-256 differs): it may have been "
                                 "replaced or changed after the export. Check with the applicant.")
                      .arg(label.en, document.path)}});
    }
    return problems;
}

DraftLoadResult loadReceivedFile(const QString &path, SourceKind kind)
{
    std::optional<DocumentManifest> manifest;
    DraftLoadResult result;
    if (kind == SourceKind::Pdf) {
        result = loadPdf(path, &manifest);
        result.documentFolder = QFileInfo(path).absolutePath();
    } else {
        const std::shared_ptr<QTemporaryDir> folder = privateFolder();
        if (!folder)
            return noPrivateFolder();
        if (kind == SourceKind::Package) {
            const PackageReadResult package = extractPackage(path, folder->path());
            if (!package.ok)
                return failure(package.errorCode, package.error);
            result = parseDraft(package.draftJson);
            manifest = package.manifest;
            result.documentFolder = folder->path();
        } else {
            result = loadEmail(path, &manifest, folder);
        }
        result.extracted = folder;
    }
    if (!result.ok())
        return result;
    result.source = kind;
    result.canSaveBack = false;
    result.draft = confined(*result.draft);
    if (manifest)
        for (const ManifestEntry &entry : manifest->documents)
            if (!entry.sha256.isEmpty())
                result.listedDigests.insert(entry.name, entry.sha256);
    result.documentProblems =
        checkReceivedDocuments(FormDefinition::builtin(), *result.draft, result.documentFolder, manifest);
    return result;
}

} // namespace nbapply
