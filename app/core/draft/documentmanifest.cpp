#include "documentmanifest.h"

#include "draft/draft.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <mutex>

namespace nbapply
{

namespace
{

constexpr int kManifestVersion = 1;
// A manifest lists the documents of one application: a few dozen at most.
constexpr qsizetype kMaxEntries = 256;
constexpr qint64 kBlockSize = 1 << 20;

QString formatName()
{
    return QStringLiteral("nbapply-documents");
}

} // namespace

const ManifestEntry *DocumentManifest::find(const QString &name) const
{
    for (const ManifestEntry &entry : documents)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

bool DocumentManifest::namesTheDocumentsOf(const Draft &draft) const
{
    const QList<DocumentRef> listed = draft.portableCopy(false).documents();
    if (listed.size() != documents.size())
        return false;
    for (qsizetype i = 0; i < listed.size(); ++i)
        if (listed[i].kind != documents[i].kind || listed[i].path != documents[i].name)
            return false;
    return true;
}

bool sha256OfFile(const QString &path, QByteArray *hexDigest, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray block(kBlockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0)
            return false;
        if (got == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), got));
        total += got;
    }
    *hexDigest = hash.result().toHex();
    if (size)
        *size = total;
    return true;
}

QByteArray cachedSha256(const QString &canonicalPath, qint64 size, qint64 modifiedNs)
{
    struct Version {
        qint64 size;
        qint64 modified;
        QByteArray digest;
    };
    static std::mutex lock;
    static QHash<QString, Version> cache;
    {
        const std::lock_guard<std::mutex> guard(lock);
        const auto it = cache.constFind(canonicalPath);
        if (it != cache.cend() && it->size == size && it->modified == modifiedNs)
            return it->digest;
    }
    // Hashed outside the lock: an export thread and the wizard may both ask.
    QByteArray digest;
    qint64 read = 0;
    if (!sha256OfFile(canonicalPath, &digest, &read) || read != size)
        return {};
    const std::lock_guard<std::mutex> guard(lock);
    if (cache.size() > 1024)
        cache.clear(); // a long session picking many files: start again rather than grow
    cache.insert(canonicalPath, Version{size, modifiedNs, digest});
    return digest;
}

QString applicationFingerprint(const Draft &draft, const QString &formTag, const DocumentManifest &documents)
{
    QJsonArray list;
    for (const ManifestEntry &entry : documents.documents)
        list.append(QJsonObject{{QStringLiteral("kind"), entry.kind},
                                {QStringLiteral("name"), entry.name},
                                {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256)},
                                {QStringLiteral("size"), double(entry.sha256.isEmpty() ? 0 : entry.size)}});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(draft.canonicalJson());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(formTag.toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(QJsonDocument(list).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex().left(12));
}

QByteArray serializeManifest(const DocumentManifest &manifest)
{
    QJsonArray documents;
    for (const ManifestEntry &entry : manifest.documents) {
        QJsonObject object{{QStringLiteral("kind"), entry.kind}, {QStringLiteral("name"), entry.name}};
        if (!entry.sha256.isEmpty()) {
            object.insert(QStringLiteral("size"), double(entry.size));
            object.insert(QStringLiteral("sha256"), QString::fromLatin1(entry.sha256));
        }
        documents.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), formatName()},
                     {QStringLiteral("formatVersion"), kManifestVersion},
                     {QStringLiteral("documents"), documents}};
    if (!manifest.producer.isEmpty()) {
        root.insert(QStringLiteral("producer"), manifest.producer);
        root.insert(QStringLiteral("pageLayout"), manifest.pageLayout);
        root.insert(QStringLiteral("form"), manifest.formTag);
        root.insert(QStringLiteral("checkedOn"), manifest.checkedOn.toString(Qt::ISODate));
    }
    if (manifest.namesSigner())
        root.insert(QStringLiteral("signer"),
                    QJsonObject{{QStringLiteral("cn"), manifest.signerName},
                                {QStringLiteral("o"), manifest.signerOrganisation},
                                {QStringLiteral("time"), manifest.signedAt.toString(Qt::ISODate)}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<DocumentManifest> parseManifest(const QByteArray &json)
{
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toString() != formatName() ||
        root.value(QStringLiteral("formatVersion")).toInt() != kManifestVersion)
        return std::nullopt;
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    if (documents.size() > kMaxEntries)
        return std::nullopt;
    DocumentManifest manifest;
    manifest.producer = root.value(QStringLiteral("producer")).toString().left(100);
    manifest.pageLayout = root.value(QStringLiteral("pageLayout")).toInt();
    manifest.formTag = root.value(QStringLiteral("form")).toString().left(100);
    manifest.checkedOn = QDate::fromString(root.value(QStringLiteral("checkedOn")).toString(), Qt::ISODate);
    if (root.contains(QStringLiteral("signer"))) {
        // A list that names a signer names one completely: it is what the signature block printed.
        const QJsonObject signer = root.value(QStringLiteral("signer")).toObject();
        manifest.signerName = signer.value(QStringLiteral("cn")).toString().left(200);
        manifest.signerOrganisation = signer.value(QStringLiteral("o")).toString().left(200);
        manifest.signedAt =
            QDateTime::fromString(signer.value(QStringLiteral("time")).toString(), Qt::ISODate);
        if (manifest.signerName.isEmpty() || !manifest.signedAt.isValid())
            return std::nullopt;
    }
    for (const QJsonValue &value : documents) {
        const QJsonObject object = value.toObject();
        ManifestEntry entry;
        entry.kind = object.value(QStringLiteral("kind")).toString();
        entry.name = object.value(QStringLiteral("name")).toString();
        const QString sha = object.value(QStringLiteral("sha256")).toString();
        if (entry.name != Draft::fileNameOf(entry.name) || entry.name.size() > 255)
            return std::nullopt; // a manifest names files, never folders
        if (!sha.isEmpty()) {
            if (!digest.match(sha).hasMatch())
                return std::nullopt;
            entry.sha256 = sha.toLatin1();
            entry.size = qint64(object.value(QStringLiteral("size")).toDouble());
        }
        manifest.documents.append(entry);
    }
    return manifest;
}

} // namespace nbapply
