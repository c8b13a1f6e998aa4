#include "documentpath.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

#include <sys/stat.h>
#include <unistd.h>

namespace nbapply
{

namespace
{

bool isInside(const QString &canonicalPath, const QString &canonicalFolder)
{
    if (canonicalFolder == u"/")
        return canonicalPath.startsWith(u'/');
    return canonicalPath.startsWith(canonicalFolder + u'/');
}

// Kernel interfaces look like regular files (size 0, or endless) but are not documents, and reading
// some of them has side effects or leaks the machine's state.
bool isVirtualFileSystem(const QString &canonicalPath)
{
    for (const char *root : {"/proc", "/sys"})
        if (canonicalPath == QLatin1String(root) || canonicalPath.startsWith(QLatin1String(root) + u'/'))
            return true;
    return false;
}

} // namespace

DocumentFile inspectDocumentFile(const QString &documentPath, const QString &draftFolder)
{
    DocumentFile result;
    if (documentPath.trimmed().isEmpty())
        return result;
    const QString candidate = QDir::isAbsolutePath(documentPath) || draftFolder.isEmpty()
                                  ? documentPath
                                  : QDir(draftFolder).filePath(documentPath);
    // realpath(): every link, "..", and "." resolved; empty when the file (or a link's target) is missing.
    const QString canonical = QFileInfo(candidate).canonicalFilePath();
    if (canonical.isEmpty())
        return result;
    if (!draftFolder.isEmpty()) {
        const QString folder = QFileInfo(draftFolder).canonicalFilePath();
        if (folder.isEmpty() || !isInside(canonical, folder)) {
            result.status = DocumentFileStatus::OutsideFolder;
            return result;
        }
    }
    struct stat info {
    };
    if (::stat(QFile::encodeName(canonical).constData(), &info) != 0) {
        result.status = DocumentFileStatus::NotFound;
        return result;
    }
    if (!S_ISREG(info.st_mode) || isVirtualFileSystem(canonical)) {
        result.status = DocumentFileStatus::NotRegular;
        return result;
    }
    result.size = qint64(info.st_size);
    if (result.size == 0) {
        result.status = DocumentFileStatus::Empty;
        return result;
    }
    if (result.size > kMaxDocumentBytes) {
        result.status = DocumentFileStatus::TooLarge;
        return result;
    }
    if (::access(QFile::encodeName(canonical).constData(), R_OK) != 0) {
        result.status = DocumentFileStatus::Unreadable;
        return result;
    }
    result.status = DocumentFileStatus::Ok;
    result.path = canonical;
    result.modified = qint64(info.st_mtim.tv_sec) * 1000000000 + qint64(info.st_mtim.tv_nsec);
    result.mimeType = QMimeDatabase().mimeTypeForFile(canonical, QMimeDatabase::MatchContent).name();
    return result;
}

bool isExpectedDocumentType(const QString &mimeType)
{
    return mimeType == u"application/pdf" || mimeType == u"image/jpeg" || mimeType == u"image/png";
}

bool hasDisguisingCharacter(const QString &fileName)
{
    for (const char32_t c : fileName.toUcs4()) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029)
            return true;
        const auto category = QChar::category(c);
        if (category == QChar::Other_Format || category == QChar::Other_Control ||
            category == QChar::Other_Surrogate)
            return true;
    }
    return false;
}

} // namespace nbapply
