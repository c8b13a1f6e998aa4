#include "applicationdiff.h"

#include "draft/documentmanifest.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "validation/draftvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace nbapply
{

namespace
{

struct DocumentIdentity {
    QString name;
    QByteArray sha256;     // empty when the content is not known
    QString notApplicable; // the reason when the kind is marked not applicable, else null
};

// The documents of a loaded application by key ("business-licence", "other[2]" for the second of a
// kind), each with its file name and, when it can be known, its digest; a kind marked not applicable
// carries the reason under the kind's own key (beside its file, if a draft has both).
QMap<QString, DocumentIdentity> documentsOf(const DraftLoadResult &loaded)
{
    QMap<QString, DocumentIdentity> out;
    QMap<QString, int> perKind;
    for (const DocumentRef &document : loaded.draft->documents()) {
        const int n = ++perKind[document.kind];
        const QString key = n == 1 ? document.kind : QStringLiteral("%1[%2]").arg(document.kind).arg(n);
        DocumentIdentity identity{Draft::fileNameOf(document.path), {}, {}};
        if (!document.path.isEmpty()) {
            const QString file = Draft::resolvePath(document, loaded.documentFolder);
            if (!(QFileInfo(file).isFile() && sha256OfFile(file, &identity.sha256, nullptr)) &&
                loaded.received)
                if (const ManifestEntry *listed = loaded.received->documents.find(identity.name))
                    identity.sha256 = listed->sha256;
        }
        out.insert(key, identity);
    }
    for (const NotApplicableDocument &entry : loaded.draft->notApplicableDocuments())
        // An empty reason is still a mark (validation reports it): kept apart from "no mark" by null.
        out[entry.kind].notApplicable = entry.reason.isNull() ? QStringLiteral("") : entry.reason;
    return out;
}

QString shown(const DocumentIdentity &identity, Language language)
{
    QString file;
    if (!identity.name.isEmpty())
        file = identity.sha256.isEmpty()
                   ? identity.name
                   : QStringLiteral("%1 (SHA-256 %2…)")
                         .arg(identity.name, QString::fromLatin1(identity.sha256.left(16)));
    if (identity.notApplicable.isNull())
        return file;
    const QString mark = language == Language::Chinese
                             ? QStringLiteral("不适用：%1").arg(identity.notApplicable)
                             : QStringLiteral("not applicable: %1").arg(identity.notApplicable);
    return file.isEmpty()
               ? mark
               : file + (language == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; ")) + mark;
}

bool sameDocument(const DocumentIdentity &a, const DocumentIdentity &b)
{
    if (a.notApplicable.isNull() != b.notApplicable.isNull() || a.notApplicable != b.notApplicable)
        return false;
    if (a.name.isEmpty() != b.name.isEmpty())
        return false;
    if (!a.sha256.isEmpty() && !b.sha256.isEmpty())
        return a.sha256 == b.sha256;
    return a.name == b.name;
}

} // namespace

QList<FieldChange> diffApplications(const FormDefinition &form, const DraftLoadResult &before,
                                    const DraftLoadResult &after, Language language)
{
    QList<FieldChange> changes;
    // Values as the application holds them, normalised once (the checked application's rule): a credit
    // code typed "9111 0108 ma01 c3qk0b" and the "91110108MA01C3QK0B" its export stores are the same.
    const QDate today = QDate::currentDate();
    const Draft a = normalizedDraft(form, *before.draft, today);
    const Draft b = normalizedDraft(form, *after.draft, today);
    for (const SectionDefinition &section : form.sections) {
        for (const FieldDefinition &field : section.fields) {
            const QString path = field.path();
            const QString old =
                field.type == FieldType::MultiChoice ? a.list(path).join(QStringLiteral(", ")) : a.text(path);
            const QString now =
                field.type == FieldType::MultiChoice ? b.list(path).join(QStringLiteral(", ")) : b.text(path);
            if (old != now)
                changes.append({path, old, now});
            if (a.isConfirmed(path) != b.isConfirmed(path))
                changes.append({path + QStringLiteral("Confirmed"),
                                a.isConfirmed(path) ? QStringLiteral("true") : QString(),
                                b.isConfirmed(path) ? QStringLiteral("true") : QString()});
        }
    }
    const QMap<QString, DocumentIdentity> oldDocuments = documentsOf(before);
    const QMap<QString, DocumentIdentity> newDocuments = documentsOf(after);
    QStringList keys = oldDocuments.keys() + newDocuments.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const DocumentIdentity old = oldDocuments.value(key);
        const DocumentIdentity now = newDocuments.value(key);
        if (!sameDocument(old, now))
            changes.append({QStringLiteral("documents.") + key, shown(old, language), shown(now, language)});
    }
    return changes;
}

} // namespace nbapply
