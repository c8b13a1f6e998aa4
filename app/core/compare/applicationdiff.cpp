#include "applicationdiff.h"

#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "form/formdefinition.h"

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

// The documents of a checked application by key ("business-licence", "other[2]" for the second of a
// kind), each with its file name and, when it can be known, its digest; a kind marked not applicable
// carries the reason under the kind's own key (beside its file, if a draft has both).
QMap<QString, DocumentIdentity> documentsOf(const CheckedApplication &checked)
{
    QMap<QString, DocumentIdentity> out;
    QMap<QString, int> perKind;
    for (const CheckedDocument &document : checked.documents()) {
        const QString &kind = document.ref.kind;
        const int n = ++perKind[kind];
        const QString key = n == 1 ? kind : QStringLiteral("%1[%2]").arg(kind).arg(n);
        DocumentIdentity identity{Draft::fileNameOf(document.ref.path), {}, {}};
        // The checked application's digest: of the file the confined reader accepted (Attached), or for a
        // received document that did not travel, the one its list records; never of any other file.
        if (!document.ref.path.isEmpty())
            identity.sha256 = document.sha256;
        out.insert(key, identity);
    }
    for (const CheckedApplication::NotApplicable &entry : checked.notApplicableDocuments())
        // An empty reason is still a mark (validation reports it): kept apart from "no mark" by null.
        out[entry.kind->value].notApplicable = entry.reason.isNull() ? QStringLiteral("") : entry.reason;
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

// The problem of the first document the confined reader refused, as the checked application files it.
std::optional<Problem> refusedDocument(const CheckedApplication &checked)
{
    for (const CheckedDocument &document : checked.documents()) {
        if (document.state != DocumentState::Refused)
            continue;
        for (const Problem &problem : document.problems)
            if (problem.isError())
                return problem;
        // Every refusal is reported as an error; this only keeps a refusal from ever passing unnamed.
        return Problem{
            Severity::Error,
            QStringLiteral("document.unreadable"),
            QStringLiteral("documents"),
            {QStringLiteral("材料文件“%1”不能安全读取。").arg(document.fileName),
             QStringLiteral("The document file “%1” cannot be read safely.").arg(document.fileName)}};
    }
    return std::nullopt;
}

// A field's value as the PDF prints it; empty when the field is empty or does not apply.
QString printed(const CheckedApplication &checked, const QString &path)
{
    const CheckedField *field = checked.field(path);
    return field && !field->isEmpty() ? bilingualLine(field->display) : QString();
}

bool confirmed(const CheckedApplication &checked, const QString &path)
{
    const CheckedField *field = checked.field(path);
    return field && field->confirmed;
}

} // namespace

ApplicationDiff diffApplications(const CheckedApplication &before, const CheckedApplication &after,
                                 Language language)
{
    ApplicationDiff diff;
    // Before anything is read: a file the confined reader refused is never hashed nor shown.
    diff.refused = refusedDocument(before);
    if (!diff.refused)
        diff.refused = refusedDocument(after);
    if (diff.refused)
        return diff;

    const FormDefinition &form = before.form();
    for (const SectionDefinition &section : form.sections) {
        for (const FieldDefinition &field : section.fields) {
            const QString path = field.path();
            const QString old = printed(before, path);
            const QString now = printed(after, path);
            if (old != now)
                diff.changes.append({path, old, now});
            if (confirmed(before, path) != confirmed(after, path))
                diff.changes.append({path + QStringLiteral("Confirmed"),
                                     confirmed(before, path) ? QStringLiteral("true") : QString(),
                                     confirmed(after, path) ? QStringLiteral("true") : QString()});
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
            diff.changes.append(
                {QStringLiteral("documents.") + key, shown(old, language), shown(now, language)});
    }
    return diff;
}

ApplicationDiff diffLoadedApplications(const FormDefinition &form, const DraftLoadResult &before,
                                       const DraftLoadResult &after, Language language)
{
    return diffApplications(checkLoadedApplication(form, before), checkLoadedApplication(form, after),
                            language);
}

} // namespace nbapply
