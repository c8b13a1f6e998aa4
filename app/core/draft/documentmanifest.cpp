#include "documentmanifest.h"

#include "draft/draft.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

DocumentManifest manifestOf(const Draft &draft, const QString &draftFolder)
{
    DocumentManifest manifest;
    const QList<DocumentRef> documents = draft.documents();
    const QList<DocumentRef> portable = draft.portableCopy(false).documents();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        ManifestEntry entry;
        entry.kind = documents[i].kind;
        entry.name = portable[i].path;
        if (!documents[i].path.isEmpty())
            sha256OfFile(Draft::resolvePath(documents[i], draftFolder), &entry.sha256, &entry.size);
        manifest.documents.append(entry);
    }
    return manifest;
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
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), formatName()},
                                     {QStringLiteral("formatVersion"), kManifestVersion},
                                     {QStringLiteral("documents"), documents}})
        .toJson(QJsonDocument::Indented);
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
