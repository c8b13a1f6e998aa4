#include "receivedfile.h"

#include "draft/documentpath.h"
#include "draft/pdfembeddeddraft.h"
#include "emlreader.h"
#include "form/formdefinition.h"
#include "package.h"
#include "pagecheck.h"

#include <QCoreApplication>
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

DraftLoadResult failure(const char *code, const QString &zh, const QString &en)
{
    return failure(QString::fromLatin1(code), {zh, en});
}

// A private folder (0700) for what a received file carries; removed with the last copy of the result
// unless a session took it over (app/gui/receivedfolders.h). The name carries this process's id, so
// that the next start sweeps the folder of a killed process and never that of a running one.
std::shared_ptr<QTemporaryDir> privateFolder()
{
    auto folder = std::make_shared<QTemporaryDir>(QDir::temp().filePath(
        QStringLiteral("nbapply-received-%1-XXXXXX").arg(QCoreApplication::applicationPid())));
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

// The draft inside an nbapply PDF, once its pages are shown to be what nbapply prints for it.
DraftLoadResult loadPdf(const QString &pdfPath)
{
    QByteArray json;
    BilingualText error;
    QString code;
    if (!readEmbeddedDraft(pdfPath, &json, &code, &error))
        return failure(code, error);
    DraftLoadResult result = parseDraft(json);
    if (!result.ok())
        return result;
    const PdfVerification verified = verifyPdf(pdfPath, *result.draft);
    if (!verified.ok)
        return failure(verified.code, verified.error);
    result.received = ReceivedCheck{verified.documents, verified.fingerprint, verified.pages,
                                    verified.producer, verified.fileBytes};
    result.exportDate = verified.checkedOn;
    return result;
}

// A package's or an e-mail's document that is not the one its list names: the whole file is refused,
// since someone swapped what travelled with the application.
DraftLoadResult documentDiffers(const QString &name)
{
    return failure(
        QStringLiteral("document.hash-mismatch"),
        {QStringLiteral(
             "随申请收到的文件“%1”与申请所列的材料不是同一份文件（SHA-256 不符），文件在导出后被更换"
             "或改动过。请向发送人索取原始文件。")
             .arg(name),
         QStringLiteral("The file “%1” that came with the application is not the document the application "
                        "lists (its SHA-256 differs): it was replaced or changed after the export. Ask the "
                        "sender for the original.")
             .arg(name)});
}

// Every listed document that travelled must be the listed file; one that did not is a notice later.
std::optional<DraftLoadResult> refuseDifferingDocuments(const DocumentManifest &list, const QString &folder)
{
    for (const ManifestEntry &entry : list.documents) {
        if (entry.name.isEmpty())
            continue;
        // The confined reader the check uses next, and its digest cache: each file is read once.
        const DocumentFile file = inspectDocumentFile(entry.name, folder);
        if (file.status == DocumentFileStatus::NotFound)
            continue;
        if (entry.sha256.isEmpty() || !file.ok() || file.size != entry.size ||
            cachedSha256(file.path, file.size, file.modified) != entry.sha256)
            return documentDiffers(entry.name);
    }
    return std::nullopt;
}

DraftLoadResult listTampered(const QString &path)
{
    return failure(
        QStringLiteral("package.manifest-mismatch"),
        {QStringLiteral("文件 %1 的材料清单缺失，或与其中申请数据所列的材料不符：文件在导出后被改动过。"
                        "请向发送人索取原始文件。")
             .arg(path),
         QStringLiteral("The document list of %1 is missing or does not list the documents its "
                        "application data names: the file was altered after it was made. Ask the "
                        "sender for the original.")
             .arg(path)});
}

bool startsWithPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

DraftLoadResult loadEmail(const QString &path, const std::shared_ptr<QTemporaryDir> &folder)
{
    const QString parts = folder->filePath(QStringLiteral("parts"));
    const QString documents = folder->filePath(QStringLiteral("documents"));
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkdir(parts, ownerOnly) || !QDir().mkdir(documents, ownerOnly))
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
        result = loadPdf(stored);
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
    if (std::optional<DraftLoadResult> refused =
            refuseDifferingDocuments(result.received->documents, documents))
        return *refused;
    return result;
}

} // namespace

DraftLoadResult loadReceivedFile(const QString &path, SourceKind kind)
{
    DraftLoadResult result;
    if (kind == SourceKind::Pdf) {
        result = loadPdf(path);
        // Files beside a PDF are judged against its document list, never trusted by their names.
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
            if (!result.ok())
                return result;
            if (!package.manifest || !package.manifest->namesTheDocumentsOf(*result.draft))
                return listTampered(path);
            if (std::optional<DraftLoadResult> refused =
                    refuseDifferingDocuments(*package.manifest, folder->path()))
                return *refused;
            const FormDefinition &form = FormDefinition::builtin();
            result.received = ReceivedCheck{
                *package.manifest, applicationFingerprint(*result.draft, form.tag(), *package.manifest),
                PagesCompared::None, QString(), QByteArray()};
            result.documentFolder = folder->path();
        } else {
            result = loadEmail(path, folder);
        }
        result.extracted = folder;
    }
    if (!result.ok())
        return result;
    result.source = kind;
    result.canSaveBack = false;
    result.draft = confined(*result.draft);
    return result;
}

DraftLoadResult loadDraftFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure("draft.not-found", QStringLiteral("找不到文件：%1").arg(path),
                       QStringLiteral("No such file: %1").arg(path));
    if (!info.isFile())
        return failure("draft.not-a-file", QStringLiteral("不是文件：%1").arg(path),
                       QStringLiteral("Not a file: %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure("draft.unreadable", QStringLiteral("无法读取 %1：%2").arg(path, file.errorString()),
                       QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const SourceKind kind = sniffSourceKind(file.peek(256));
    if (kind != SourceKind::Draft) {
        file.close();
        return loadReceivedFile(path, kind);
    }
    if (info.size() > kMaxDraftBytes)
        return failure(
            "draft.too-large",
            QStringLiteral("文件过大（%1 字节，上限 %2 字节），不是 nbapply 草稿。")
                .arg(info.size())
                .arg(kMaxDraftBytes),
            QStringLiteral("The file is too large (%1 bytes; drafts are at most %2 bytes): it is not an "
                           "nbapply draft.")
                .arg(info.size())
                .arg(kMaxDraftBytes));
    DraftLoadResult result = parseDraft(file.read(kMaxDraftBytes + 1));
    result.source = SourceKind::Draft;
    result.canSaveBack = true;
    result.documentFolder = info.absolutePath();
    return result;
}

} // namespace nbapply
