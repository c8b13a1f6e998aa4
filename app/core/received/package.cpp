#include "package.h"

#include "application/checkedapplication.h"
#include "draft/draft.h"
#include "draft/draftfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <zip.h>

namespace nbapply
{

namespace
{

constexpr qint64 kBlockSize = 1 << 20;

struct ZipCloser {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

BilingualText cannotWrite(const QString &path, const QString &reason)
{
    return {QStringLiteral("无法写入申请包 %1：%2。").arg(path, reason),
            QStringLiteral("Could not write the package %1: %2.").arg(path, reason)};
}

PackageReadResult readFailure(const char *code, const QString &zh, const QString &en)
{
    PackageReadResult result;
    result.errorCode = QString::fromLatin1(code);
    result.error = {zh, en};
    return result;
}

bool addBuffer(zip_t *archive, const QString &name, const QByteArray &bytes)
{
    // libzip copies nothing here: the buffer must live until zip_close, so it is duplicated and freed
    // by libzip (freep = 1).
    void *copy = malloc(size_t(bytes.size()));
    if (!copy)
        return false;
    memcpy(copy, bytes.constData(), size_t(bytes.size()));
    zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
    if (!source) {
        free(copy);
        return false;
    }
    if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

// Reads one entry with every limit checked: into `out` (a QByteArray, for the JSON entries) or to the
// file `target`.
bool readEntry(zip_t *archive, zip_int64_t index, qint64 cap, QByteArray *out, const QString &target,
               QString *problem)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *problem = QStringLiteral("unreadable");
        return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *problem = QStringLiteral("encrypted");
        return false;
    }
    const qint64 declared = qint64(stat.size);
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : declared;
    if (declared > cap ||
        (declared > kBlockSize && declared / std::max<qint64>(compressed, 1) > kMaxCompressionRatio)) {
        *problem = QStringLiteral("too-large");
        return false;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> entry(zip_fopen_index(archive, zip_uint64_t(index), 0));
    if (!entry) {
        *problem = QStringLiteral("unreadable");
        return false;
    }
    QFile file(target);
    // Owner-only: an extracted document is somebody's ID card copy.
    if (!out && !file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *problem = QStringLiteral("unwritable");
        return false;
    }
    QByteArray block(kBlockSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const zip_int64_t got = zip_fread(entry.get(), block.data(), zip_uint64_t(block.size()));
        if (got < 0) {
            *problem = QStringLiteral("unreadable"); // damaged data or a CRC mismatch
            return false;
        }
        if (got == 0)
            break;
        total += got;
        // The declared size is what the limits were checked against: more is a lie.
        if (total > declared) {
            *problem = QStringLiteral("too-large");
            return false;
        }
        if (out)
            out->append(block.constData(), got);
        else if (file.write(block.constData(), got) != got) {
            *problem = QStringLiteral("unwritable");
            return false;
        }
    }
    return true;
}

quint64 littleEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// The largest entry count that any End of Central Directory record of the ZIP file at `path` declares
// (both of its counts, and those of the ZIP64 record it points to). libzip allocates and reads that
// many central-directory entries inside zip_open -- a million entries took 309 MB -- so the count is
// read here first. Like libzip, every EOCD signature in the last 64 KiB is a candidate (libzip tries
// each and keeps the most consistent); those libzip would reject at once are skipped, so that bytes
// of a document that happen to spell the signature do not refuse a real package. 0 when none is
// found (libzip then refuses the file itself).
quint64 declaredEntryCount(const QString &path)
{
    constexpr qsizetype kEocdSize = 22;
    constexpr qsizetype kLocatorSize = 20;
    constexpr qsizetype kEocd64Size = 56;
    constexpr qint64 kTail = 0xFFFF + kEocdSize + kLocatorSize;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 tailStart = std::max<qint64>(0, file.size() - kTail);
    if (!file.seek(tailStart))
        return 0;
    const QByteArray tail = file.read(kTail);
    quint64 declared = 0;
    for (qsizetype at = tail.indexOf("PK\x05\x06"); at >= 0 && at + kEocdSize <= tail.size();
         at = tail.indexOf("PK\x05\x06", at + 1)) {
        const qint64 eocdOffset = tailStart + at;
        const qsizetype locator = at - kLocatorSize;
        if (locator >= 0 && tail.mid(locator, 4) == "PK\x06\x07") {
            // ZIP64: the counts that matter are in the record the locator points to.
            const quint64 recordOffset = littleEndian(tail, locator + 8, 8);
            if (recordOffset > quint64(eocdOffset) || !file.seek(qint64(recordOffset)))
                continue;
            const QByteArray record = file.read(kEocd64Size);
            if (record.size() == kEocd64Size && record.startsWith("PK\x06\x06"))
                declared = std::max({declared, littleEndian(record, 24, 8), littleEndian(record, 32, 8)});
            continue;
        }
        const quint64 onDisk = littleEndian(tail, at + 8, 2);
        const quint64 total = littleEndian(tail, at + 10, 2);
        const quint64 cdSize = littleEndian(tail, at + 12, 4);
        const quint64 cdOffset = littleEndian(tail, at + 16, 4);
        if (onDisk == total && cdOffset + cdSize <= quint64(eocdOffset))
            declared = std::max(declared, total);
    }
    return declared;
}

// The name of an entry that shares its name with an earlier one, or empty. Readers disagree about
// which of two same-named entries counts (libzip finds the first, Info-ZIP and most archivers keep the
// last), so such a package shows one draft to nbapply and another to whoever unpacks it. Names are
// compared as libzip decodes them and as raw bytes, ignoring case: on Windows and macOS unpacking one
// overwrites the other.
QString duplicateEntryName(zip_t *archive, zip_int64_t count)
{
    QSet<QString> decoded;
    QSet<QString> raw;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), 0);
        const char *rawName = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (!name || !rawName)
            continue; // a deleted or unreadable entry: read nothing of it
        const QString key = QString::fromUtf8(name).toCaseFolded();
        const QString rawKey = QString::fromLatin1(rawName).toCaseFolded();
        if (decoded.contains(key) || raw.contains(rawKey))
            return QString::fromUtf8(name);
        decoded.insert(key);
        raw.insert(rawKey);
    }
    return {};
}

} // namespace

QString safeFileName(const QString &name)
{
    if (name.isEmpty() || name == u"." || name == u".." || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name.toUtf8().size() > 255)
        return {};
    for (char32_t c : name.toUcs4())
        if (c < 0x20 || c == 0x7f || QChar::category(c) == QChar::Other_Control ||
            QChar::category(c) == QChar::Other_Format)
            return {};
    return name;
}

bool writePackage(const CheckedApplication &checked, const QString &path, BilingualText *error)
{
    BilingualText unused; // a caller that only needs the yes or no may pass no error
    if (!error)
        error = &unused;
    const Draft portable = checked.draft().portableCopy(true);
    const QList<DocumentRef> names = portable.documents();
    const QList<CheckedDocument> &documents = checked.documents();
    for (const CheckedDocument &document : documents) {
        if (document.ref.path.isEmpty())
            continue; // an entry still without a file travels as it is
        if (!document.isAttached()) {
            const BilingualText why =
                document.problems.isEmpty() ? BilingualText{} : document.problems.first().message;
            *error = {QStringLiteral("材料“%1”的文件“%2”无法打包，申请包未写入。%3")
                          .arg(document.label.zh, document.fileName, why.zh),
                      QStringLiteral("The file “%2” of the document “%1” cannot be packed; no package was "
                                     "written. %3")
                          .arg(document.label.en, document.fileName, why.en)};
            return false;
        }
    }

    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = cannotWrite(path, QStringLiteral("folder cannot be created"));
        return false;
    }
    // QTemporaryFile creates the file owner-only; libzip keeps the mode of the file it replaces.
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.nbapply-package-XXXXXX"));
    if (!temporary.open()) {
        *error = cannotWrite(path, temporary.errorString());
        return false;
    }
    temporary.close();
    int zipError = 0;
    ZipArchive archive(
        zip_open(QFile::encodeName(temporary.fileName()).constData(), ZIP_TRUNCATE, &zipError));
    bool ok = archive != nullptr;
    ok = ok && addBuffer(archive.get(), draftEntryName(), serializeDraft(portable));
    ok = ok && addBuffer(archive.get(), manifestFileName(), serializeManifest(checked.documentList()));
    for (qsizetype i = 0; ok && i < documents.size(); ++i) {
        if (documents[i].ref.path.isEmpty())
            continue;
        zip_source_t *source =
            zip_source_file(archive.get(), QFile::encodeName(documents[i].path).constData(), 0, 0);
        const zip_int64_t index =
            source ? zip_file_add(archive.get(), names[i].path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
                   : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            ok = false;
            break;
        }
        // Scans and PDFs are compressed already: storing them is as small and much faster.
        zip_set_file_compression(archive.get(), zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (ok) {
        // zip_close reads the documents and writes the archive; on failure the archive is discarded.
        ok = zip_close(archive.get()) == 0;
        if (ok)
            (void)archive.release();
    }
    if (!ok) {
        const QString reason = archive ? QString::fromUtf8(zip_strerror(archive.get()))
                                       : QStringLiteral("libzip error %1").arg(zipError);
        *error = cannotWrite(path, reason);
        return false;
    }
    QFile::setPermissions(temporary.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), renameError);
    if (renameError) {
        *error = cannotWrite(path, QString::fromStdString(renameError.message()));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

PackageReadResult extractPackage(const QString &path, const QString &folder)
{
    const auto tooManyEntries = [&](quint64 count) {
        return readFailure("package.too-large",
                           QStringLiteral("申请包 %1 含有过多文件（%2 个，上限 %3）。")
                               .arg(path)
                               .arg(count)
                               .arg(kMaxPackageEntries),
                           QStringLiteral("The package %1 holds too many files (%2; at most %3).")
                               .arg(path)
                               .arg(count)
                               .arg(kMaxPackageEntries));
    };
    // Before zip_open, which reads the whole central directory.
    const quint64 declared = declaredEntryCount(path);
    if (declared > quint64(kMaxPackageEntries))
        return tooManyEntries(declared);
    int zipError = 0;
    ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError));
    if (!archive)
        return readFailure(
            "package.unreadable", QStringLiteral("无法读取申请包 %1：文件已损坏或不是 ZIP 文件。").arg(path),
            QStringLiteral("Cannot read the package %1: the file is damaged or not a ZIP file.").arg(path));
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > kMaxPackageEntries)
        return tooManyEntries(quint64(count));
    if (const QString duplicate = duplicateEntryName(archive.get(), count); !duplicate.isEmpty())
        return readFailure(
            "package.duplicate-entry",
            QStringLiteral(
                "申请包 %1 中有两个名为“%2”的文件（名称相同或只差大小写）：不同的软件会读到不同的文件，"
                "已拒绝读取（可能是恶意文件）。")
                .arg(path, duplicate),
            QStringLiteral("The package %1 holds two entries named “%2” (the same name, or names that differ "
                           "only in case): different programs would read different files, so it was refused "
                           "(the file may be hostile).")
                .arg(path, duplicate));
    const auto refused = [&](const QString &entry, const QString &why) {
        if (why == u"too-large")
            return readFailure(
                "package.too-large",
                QStringLiteral("申请包 %1 中的“%2”过大或压缩比异常，已拒绝读取（可能是恶意文件）。")
                    .arg(path, entry),
                QStringLiteral("“%2” in the package %1 is too large or compressed suspiciously well; it was "
                               "refused (the file may be hostile).")
                    .arg(path, entry));
        return readFailure("package.unreadable",
                           QStringLiteral("无法读取申请包 %1 中的“%2”（%3）。").arg(path, entry, why),
                           QStringLiteral("Cannot read “%2” in the package %1 (%3).").arg(path, entry, why));
    };

    PackageReadResult result;
    QString problem;
    const zip_int64_t draftIndex = zip_name_locate(archive.get(), draftEntryName().toUtf8().constData(), 0);
    if (draftIndex < 0)
        return readFailure(
            "package.not-a-package",
            QStringLiteral("%1 不是 nbapply 申请包：其中没有 %2。").arg(path, draftEntryName()),
            QStringLiteral("%1 is not an nbapply package: it holds no %2.").arg(path, draftEntryName()));
    if (!readEntry(archive.get(), draftIndex, kMaxDraftBytes, &result.draftJson, {}, &problem))
        return refused(draftEntryName(), problem);
    const zip_int64_t manifestIndex =
        zip_name_locate(archive.get(), manifestFileName().toUtf8().constData(), 0);
    if (manifestIndex >= 0) {
        QByteArray json;
        if (!readEntry(archive.get(), manifestIndex, kMaxDraftBytes, &json, {}, &problem))
            return refused(manifestFileName(), problem);
        result.manifest = parseManifest(json);
    }
    qint64 total = 0;
    if (result.manifest) {
        for (const ManifestEntry &entry : result.manifest->documents) {
            const QString name = safeFileName(entry.name);
            if (name.isEmpty() || name == draftEntryName() || name == manifestFileName())
                continue;
            const zip_int64_t index = zip_name_locate(archive.get(), name.toUtf8().constData(), 0);
            if (index < 0)
                continue; // reported as not enclosed when the documents are checked
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(archive.get(), zip_uint64_t(index), 0, &stat) == 0)
                total += qint64(stat.size);
            if (total > kMaxPackageTotalBytes)
                return refused(name, QStringLiteral("too-large"));
            if (!readEntry(archive.get(), index, kMaxPackageEntryBytes, nullptr, QDir(folder).filePath(name),
                           &problem))
                return refused(name, problem);
        }
    }
    result.ok = true;
    return result;
}

} // namespace nbapply
