#include "draft.h"

#include "form/formdefinition.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace nbapply
{

namespace
{

// "applicant.name" -> {"applicant", "name"}. Paths have exactly one dot.
std::pair<QString, QString> splitPath(const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    return {path.left(dot), path.mid(dot + 1)};
}

// QJsonObject keeps keys sorted already; arrays keep their order. The explicit walk documents that
// the canonical form does not depend on how the object was built.
QByteArray canonical(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QByteArray out = "{";
        QStringList keys = object.keys();
        keys.sort();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            out += QJsonDocument(QJsonArray{keys[i]}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            out += ':';
            out += canonical(object.value(keys[i]));
        }
        return out + '}';
    }
    if (value.isArray()) {
        QByteArray out = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            out += canonical(array.at(i));
        }
        return out + ']';
    }
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

Draft::Draft(const FormDefinition &form)
{
    m_root.insert(QStringLiteral("format"), formatName());
    m_root.insert(QStringLiteral("formatVersion"), kFormatVersion);
    m_root.insert(QStringLiteral("form"), form.tag());
    // The form's first applicant kind (the annex lists legal persons and organisations first).
    const QString kind = form.applicantKinds.isEmpty() ? QString() : form.applicantKinds.first().value;
    m_root.insert(QStringLiteral("applicant"), QJsonObject{{QStringLiteral("kind"), kind}});
    m_root.insert(QStringLiteral("representative"), QJsonObject{});
    m_root.insert(QStringLiteral("plan"), QJsonObject{{QStringLiteral("models"), QJsonArray{}}});
    m_root.insert(QStringLiteral("documents"), QJsonArray{});
}

Draft Draft::fromJson(const QJsonObject &root)
{
    Draft draft;
    draft.m_root = root;
    return draft;
}

QString Draft::text(const QString &path) const
{
    const auto [section, key] = splitPath(path);
    return m_root.value(section).toObject().value(key).toString();
}

void Draft::setText(const QString &path, const QString &value)
{
    const auto [section, key] = splitPath(path);
    QJsonObject object = m_root.value(section).toObject();
    if (value.isEmpty())
        object.remove(key);
    else
        object.insert(key, value);
    m_root.insert(section, object);
}

bool Draft::isConfirmed(const QString &path) const
{
    const auto [section, key] = splitPath(path);
    const QJsonValue value = m_root.value(section).toObject().value(key + QStringLiteral("Confirmed"));
    return value.isBool() && value.toBool();
}

void Draft::setConfirmed(const QString &path, bool confirmed)
{
    const auto [sectionKey, key] = splitPath(path);
    QJsonObject section = m_root.value(sectionKey).toObject();
    const QString marker = key + QStringLiteral("Confirmed");
    if (confirmed)
        section.insert(marker, true);
    else if (section.contains(marker))
        section.remove(marker);
    else
        return;
    m_root.insert(sectionKey, section);
}

QStringList Draft::list(const QString &path) const
{
    const auto [section, key] = splitPath(path);
    QStringList values;
    for (const QJsonValue &value : m_root.value(section).toObject().value(key).toArray())
        values << value.toString();
    return values;
}

void Draft::setList(const QString &path, const QStringList &values)
{
    const auto [section, key] = splitPath(path);
    QJsonObject object = m_root.value(section).toObject();
    object.insert(key, QJsonArray::fromStringList(values));
    m_root.insert(section, object);
}

namespace
{

bool isNotApplicableEntry(const QJsonValue &value)
{
    return value.toObject().value(QStringLiteral("notApplicable")).toBool();
}

} // namespace

QList<DocumentRef> Draft::documents() const
{
    QList<DocumentRef> documents;
    for (const QJsonValue &value : m_root.value(QStringLiteral("documents")).toArray()) {
        if (isNotApplicableEntry(value))
            continue;
        const QJsonObject object = value.toObject();
        documents << DocumentRef{object.value(QStringLiteral("kind")).toString(),
                                 object.value(QStringLiteral("path")).toString()};
    }
    return documents;
}

void Draft::setDocuments(const QList<DocumentRef> &documents)
{
    // An entry that stays keeps any extra keys it had (comments, checksums added by other tools).
    const QJsonArray old = m_root.value(QStringLiteral("documents")).toArray();
    QJsonArray array;
    for (const DocumentRef &document : documents) {
        QJsonObject object;
        for (const QJsonValue &previous : old) {
            const QJsonObject candidate = previous.toObject();
            if (candidate.value(QStringLiteral("kind")).toString() == document.kind &&
                candidate.value(QStringLiteral("path")).toString() == document.path) {
                object = candidate;
                break;
            }
        }
        object.insert(QStringLiteral("kind"), document.kind);
        object.insert(QStringLiteral("path"), document.path);
        array.append(object);
    }
    for (const QJsonValue &previous : old)
        if (isNotApplicableEntry(previous))
            array.append(previous);
    m_root.insert(QStringLiteral("documents"), array);
}

QList<NotApplicableDocument> Draft::notApplicableDocuments() const
{
    QList<NotApplicableDocument> entries;
    for (const QJsonValue &value : m_root.value(QStringLiteral("documents")).toArray())
        if (isNotApplicableEntry(value))
            entries << NotApplicableDocument{value.toObject().value(QStringLiteral("kind")).toString(),
                                             value.toObject().value(QStringLiteral("reason")).toString()};
    return entries;
}

void Draft::setNotApplicable(const QString &kind, bool notApplicable, const QString &reason)
{
    QJsonArray array;
    bool replaced = false;
    for (const QJsonValue &value : m_root.value(QStringLiteral("documents")).toArray()) {
        if (isNotApplicableEntry(value) &&
            value.toObject().value(QStringLiteral("kind")).toString() == kind) {
            if (notApplicable && !replaced) {
                QJsonObject object = value.toObject();
                object.insert(QStringLiteral("reason"), reason);
                array.append(object);
                replaced = true;
            }
            continue;
        }
        array.append(value);
    }
    if (notApplicable && !replaced)
        array.append(QJsonObject{{QStringLiteral("kind"), kind},
                                 {QStringLiteral("notApplicable"), true},
                                 {QStringLiteral("reason"), reason}});
    m_root.insert(QStringLiteral("documents"), array);
}

QString Draft::resolvePath(const DocumentRef &document, const QString &draftFolder)
{
    if (document.path.isEmpty() || QDir::isAbsolutePath(document.path) || draftFolder.isEmpty())
        return document.path;
    return QDir::cleanPath(QDir(draftFolder).filePath(document.path));
}

QString Draft::fileNameOf(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1);
}

Draft Draft::portableCopy(bool keepReview) const
{
    Draft copy;
    copy.m_root = m_root;
    if (!keepReview)
        copy.m_root.remove(QStringLiteral("review"));
    if (!m_root.contains(QStringLiteral("documents")))
        return copy;
    QJsonArray documents = m_root.value(QStringLiteral("documents")).toArray();
    QSet<QString> taken;
    for (auto &&value : documents) {
        if (isNotApplicableEntry(value))
            continue; // no file, nothing of this machine in it
        QJsonObject document = value.toObject();
        const QString name = fileNameOf(document.value(QStringLiteral("path")).toString());
        QString unique = name;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString suffix = dot > 0 ? name.mid(dot) : QString();
        for (int n = 2; !unique.isEmpty() && taken.contains(unique.toCaseFolded()); ++n)
            unique = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
        taken.insert(unique.toCaseFolded());
        document.insert(QStringLiteral("path"), unique);
        value = document;
    }
    copy.m_root.insert(QStringLiteral("documents"), documents);
    return copy;
}

QByteArray Draft::canonicalJson() const
{
    QJsonObject root = portableCopy(false).m_root;
    // A version 1 draft that gets its first comment becomes version 2: the same application.
    root.remove(QStringLiteral("formatVersion"));
    return canonical(root);
}

QString Draft::fingerprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex().left(12));
}

QString Draft::legacyFingerprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(m_root), QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace nbapply
