#include "draftsession.h"

#include "autosaver.h"
#include "documentfolders.h"
#include "documents/documentimport.h"
#include "draft/documentpath.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "receivedfolders.h"
#include "signing/approvalsignature.h"
#include "validation/draftvalidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace nbapply::gui
{

DraftSession::DraftSession(const FormDefinition &form, QObject *parent)
    : QObject(parent), m_form(form), m_draft(form), m_canPrint(printableCharacters())
{
}

QString DraftSession::draftFolder() const
{
    return m_filePath.isEmpty() ? m_documentFolder : QFileInfo(m_filePath).absolutePath();
}

namespace
{

// Whether `folder` is the temporary folder or inside it (a mail client saves attachments it opens there).
bool liesInTemporaryFolder(const QString &folder)
{
    const QString temp = QFileInfo(QDir::tempPath()).canonicalFilePath();
    const QString path = QFileInfo(folder).canonicalFilePath();
    return !temp.isEmpty() && !path.isEmpty() && (path == temp || path.startsWith(temp + QLatin1Char('/')));
}

} // namespace

QString DraftSession::defaultExportFolder() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).absolutePath();
    if (!m_sourceFile.isEmpty()) {
        const QFileInfo from(QFileInfo(m_sourceFile).absolutePath());
        if (from.isDir() && from.isWritable() && !liesInTemporaryFolder(from.absoluteFilePath()))
            return from.absoluteFilePath();
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString DraftSession::displayName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

ValidationContext DraftSession::validationContext() const
{
    ValidationContext context;
    context.draftFolder = draftFolder();
    context.canPrint = m_canPrint;
    // A received application is checked against the document list it carries, as on the day it was
    // exported: what its pages print (the same as validationContextFor gives `nbapply validate`).
    if (m_received)
        context.receivedDocuments = m_received->documents;
    if (m_sourceExportDate.isValid())
        context.today = m_sourceExportDate;
    return context;
}

const CheckedApplication &DraftSession::checked() const
{
    const QDate today = m_sourceExportDate.isValid() ? m_sourceExportDate : QDate::currentDate();
    if (!m_checked || m_checked->date() != today) {
        ValidationContext context = validationContext();
        context.today = today;
        m_checked = CheckedApplication::check(m_form, m_draft, context);
    }
    return *m_checked;
}

void DraftSession::setText(const QString &path, const QString &value)
{
    if (m_readOnly)
        return;
    if (m_draft.text(path) == value)
        return;
    const QString previousKind = m_draft.applicantKind();
    m_draft.setText(path, value);
    dropConfirmations(path);
    // The kind first, so the pages show the new kind's choices, then the choices it brought back.
    const QStringList switched =
        path == Draft::applicantKindPath() ? switchKindChoices(previousKind) : QStringList();
    markDirty(path);
    for (const QString &other : switched)
        emit changed(other);
}

QStringList DraftSession::switchKindChoices(const QString &from)
{
    const QString to = m_draft.applicantKind();
    // Fields whose meaning changes with the kind: the choices offered per kind (the identifier type) and
    // the identifiers typed for such a type. A credit code carried into a natural person's ID field would
    // be wrong there and lost for the organisation: each kind keeps its own and gets it back.
    QSet<QString> kindChoiceFields;
    for (const SectionDefinition &section : m_form.sections)
        for (const FieldDefinition &field : section.fields)
            if (!field.choicesByKind.isEmpty())
                kindChoiceFields.insert(field.path());
    QStringList changedPaths;
    for (const SectionDefinition &section : m_form.sections)
        for (const FieldDefinition &field : section.fields) {
            const bool isChoice = !field.choicesByKind.isEmpty();
            const bool isIdentifier =
                !field.idTypeField.isEmpty() && kindChoiceFields.contains(field.idTypeField);
            if (!isChoice && !isIdentifier)
                continue;
            const QString path = field.path();
            const QString current = m_draft.text(path);
            if (!current.isEmpty())
                m_choicesByKind[from].insert(path, current);
            else
                m_choicesByKind[from].remove(path);
            QString restored = m_choicesByKind.value(to).value(path);
            if (isChoice) {
                // What this kind had before, if it is one of its choices; else the current choice if
                // this kind offers it; else nothing: a credit code type means nothing for a natural
                // person, and the required check asks for a choice.
                bool offered = false;
                bool currentOffered = false;
                for (const Choice &choice : field.choicesFor(to)) {
                    offered = offered || choice.value == restored;
                    currentOffered = currentOffered || choice.value == current;
                }
                if (!offered)
                    restored.clear();
                if (currentOffered && restored.isEmpty())
                    restored = current;
            }
            if (restored == current)
                continue;
            m_draft.setText(path, restored);
            dropConfirmations(path);
            changedPaths << path;
        }
    return changedPaths;
}

void DraftSession::setList(const QString &path, const QStringList &values)
{
    if (m_readOnly)
        return;
    if (m_draft.list(path) == values)
        return;
    m_draft.setList(path, values);
    markDirty(path);
}

void DraftSession::setConfirmed(const QString &path, bool confirmed)
{
    if (m_readOnly)
        return;
    if (m_draft.isConfirmed(path) == confirmed)
        return;
    m_draft.setConfirmed(path, confirmed);
    markDirty(path);
}

void DraftSession::setDocuments(const QList<DocumentRef> &documents)
{
    if (m_readOnly)
        return;
    if (m_draft.documents() == documents)
        return;
    m_draft.setDocuments(documents);
    markDirty(QStringLiteral("documents"));
}

void DraftSession::setNotApplicable(const QString &kind, bool notApplicable, const QString &reason)
{
    const NotApplicableDocument entry{kind, reason};
    const QList<NotApplicableDocument> marked = m_draft.notApplicableDocuments();
    const bool isMarked = std::any_of(marked.cbegin(), marked.cend(),
                                      [&kind](const NotApplicableDocument &e) { return e.kind == kind; });
    if (notApplicable ? marked.contains(entry) : !isMarked)
        return;
    m_draft.setNotApplicable(kind, notApplicable, reason);
    markDirty(QStringLiteral("documents"));
}

void DraftSession::newDraft()
{
    dropStaging();
    replace(Draft(m_form), QString(), false);
    emit savedOrDiscarded();
}

bool DraftSession::open(const QString &path, BilingualText *error)
{
    DraftLoadResult result = loadDraftFile(path);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    // A PDF, a package or an e-mail carries the draft but is not a draft file, whatever its name: the
    // loader looked at the content. Keep the path only where Save may write JSON back; otherwise
    // remember where the draft came from, for the title.
    // The staging folder belongs to the draft being replaced (the caller saved or discarded it).
    dropStaging();
    replace(*result.draft, result.canSaveBack ? QFileInfo(path).absoluteFilePath() : QString(), false);
    if (!result.canSaveBack) {
        m_sourceFile = QFileInfo(path).absoluteFilePath();
        m_sourceExportDate = result.exportDate;
        m_sourceKind = result.source;
        m_received = result.received;
        m_readOnly = true;
        // A package's or an e-mail's documents travelled with it, into a private folder; a PDF's are
        // looked for beside it. Either way each is judged against the document list the file carries
        // (the same context as `nbapply validate`: validationContextFor).
        m_documentFolder = result.documentFolder;
        if (result.extracted)
            m_extracted = std::make_shared<ExtractedFolder>(result.extracted);
        m_checked.reset();
        emit changed(QString());
        emit fileChanged();
    }
    emit savedOrDiscarded();
    return true;
}

bool DraftSession::save(BilingualText *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = {QStringLiteral("这份草稿还没有文件名：请用“另存为”。"),
                      QStringLiteral("This draft has no file name yet: use Save As.")};
        return false;
    }
    return saveAs(m_filePath, error);
}

bool DraftSession::saveAs(const QString &path, BilingualText *error)
{
    // A received application saved as a draft (with the reviewer's comments) becomes a draft of this
    // machine: its documents are brought beside it like any others, and it is editable.
    std::optional<Draft> brought = withDocumentsBroughtTo(path, error);
    if (!brought)
        return false;
    const SaveResult result = saveDraftFile(*brought, path);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    const bool documentsMoved = brought->documents() != m_draft.documents();
    m_draft = *brought;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_sourceFile.clear();
    m_sourceExportDate = QDate();
    m_sourceKind = SourceKind::Draft;
    m_received.reset();
    m_readOnly = false;
    m_documentFolder.clear();
    m_extracted.reset();
    // Every document now lives beside the draft: the copies in the staging folder are not needed.
    dropStaging();
    if (documentsMoved)
        emit changed(QStringLiteral("documents"));
    m_dirty = false;
    m_checked.reset(); // the folder documents are resolved against may have changed
    emit fileChanged();
    emit savedOrDiscarded();
    return true;
}

void DraftSession::discardChanges()
{
    dropStaging();
    const bool wasDirty = m_dirty;
    m_dirty = false;
    if (wasDirty)
        emit fileChanged();
    emit savedOrDiscarded();
}

void DraftSession::adoptRecovered(const Draft &draft, const QString &originalPath)
{
    dropStaging(); // the staging folder of the draft being replaced (the caller saved or discarded it)
    Draft adopted = draft;
    QList<DocumentRef> documents = adopted.documents();
    for (DocumentRef &document : documents) {
        const QString from = privateDocumentFolderOf(document.path, Autosaver::recoveryFolder());
        if (from.isEmpty() || !QFileInfo(document.path).isFile())
            continue;
        const QString folder = stagingFolder();
        if (folder.isEmpty())
            break; // no folder of its own: the documents stay where they are
        if (QDir::cleanPath(from) == QDir::cleanPath(folder))
            continue; // already this session's
        // A copy, not a move: until this session's recovery file refers to the copies, the old recovery
        // (still on disk) must find its documents, should this process be killed too.
        BilingualText ignored;
        const QString copy = copyIntoFolder(document.path, folder, &ignored);
        if (copy.isEmpty())
            continue;
        recordStaged(copy);
        document.path = copy;
    }
    adopted.setDocuments(documents);
    replace(adopted, originalPath, true);
}

bool DraftSession::isPrivateFile(const QString &path) const
{
    if (!privateDocumentFolderOf(QFileInfo(path).absoluteFilePath(), Autosaver::recoveryFolder()).isEmpty())
        return true;
    return m_extracted && liesInside(QFileInfo(path).canonicalFilePath(), m_extracted->path());
}

void DraftSession::dropConfirmations(const QString &path)
{
    // The marker sits beside the field it confirms ("applicant.idNumberConfirmed"); an identifier's
    // marker also goes when its type changes (the same number means something else then).
    QStringList fields{path};
    for (const SectionDefinition &section : m_form.sections)
        for (const FieldDefinition &field : section.fields)
            if (!field.idTypeField.isEmpty() && field.idTypeField == path)
                fields << field.path();
    for (const QString &field : std::as_const(fields))
        m_draft.setConfirmed(field, false);
}

void DraftSession::markDirty(const QString &fieldPath)
{
    m_checked.reset();
    const bool wasDirty = m_dirty;
    m_dirty = true;
    emit changed(fieldPath);
    if (!wasDirty)
        emit fileChanged();
}

void DraftSession::replace(const Draft &draft, const QString &filePath, bool dirty)
{
    m_checked.reset();
    m_draft = draft;
    m_choicesByKind.clear();
    m_filePath = filePath;
    m_sourceFile.clear();
    m_sourceExportDate = QDate();
    m_sourceKind = SourceKind::Draft;
    m_received.reset();
    m_readOnly = false;
    m_documentFolder.clear();
    m_extracted.reset();
    m_dirty = dirty;
    emit changed(QString());
    emit fileChanged();
}

bool DraftSession::editCopy(BilingualText *error)
{
    if (!m_readOnly)
        return true;
    // The received file's documents are copied into the staging folder and referred to by absolute
    // path there, as for any draft never saved: the copy no longer depends on the received file (nor
    // on the extracted folder, which goes with it).
    const QString folder = stagingFolder();
    QList<DocumentRef> documents = m_draft.documents();
    for (DocumentRef &document : documents) {
        if (m_documentFolder.isEmpty() && QFileInfo(document.path).isRelative())
            continue; // a PDF's file name, with no folder to look in
        const DocumentFile file = inspectDocumentFile(document.path, m_documentFolder);
        if (!file.ok())
            continue; // not enclosed: stays a file name, reported as missing
        const QString copy = copyIntoFolder(file.path, folder, error);
        if (copy.isEmpty())
            return false;
        recordStaged(copy);
        document.path = copy;
    }
    m_draft.setDocuments(documents);
    m_sourceFile.clear();
    m_sourceExportDate = QDate();
    m_sourceKind = SourceKind::Draft;
    m_received.reset();
    m_readOnly = false;
    m_documentFolder.clear();
    m_extracted.reset();
    markDirty(QString());
    emit fileChanged();
    return true;
}

QString DraftSession::stagingFolder()
{
    if (m_staging.isEmpty() || !QFileInfo(m_staging).isDir()) {
        emit stagingFolderNeeded();
        QDir().mkpath(Autosaver::recoveryFolder());
        if (!m_stagingLocation.isEmpty()) {
            const bool made =
                QDir().mkpath(m_stagingLocation) &&
                QFile::setPermissions(m_stagingLocation, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner);
            m_staging = made ? m_stagingLocation : QString();
        } else {
            QTemporaryDir dir(Autosaver::recoveryFolder() + QStringLiteral("/documents-XXXXXX"));
            dir.setAutoRemove(false); // a crash must not take the documents of the recovered draft
            m_staging = dir.isValid() ? dir.path() : QString();
        }
    }
    return m_staging;
}

void DraftSession::dropStaging()
{
    // Only when no document of the draft still points into it (a failed copy keeps the original).
    if (m_staging.isEmpty())
        return;
    for (const DocumentRef &document : m_draft.documents())
        if (QFileInfo(document.path).absoluteFilePath().startsWith(m_staging + QLatin1Char('/')))
            return;
    // Only the copies made here, then the folder if that left it empty: nothing the user saved into it
    // is lost.
    removeOwnFiles(m_staging, m_stagedFiles);
    m_stagedFiles.clear();
    m_staging.clear();
}

void DraftSession::recordStaged(const QString &copy)
{
    const std::optional<OwnFile> file = ownFileAt(m_staging, copy);
    if (!file || m_stagedFiles.contains(*file))
        return;
    m_stagedFiles.removeIf([&file](const OwnFile &listed) { return listed.path == file->path; });
    m_stagedFiles << *file;
    writeOwnFilesList(m_staging, m_stagedFiles);
}

bool DraftSession::addDocuments(const QString &kind, const QStringList &paths, BilingualText *error)
{
    if (m_readOnly)
        return false;
    QList<DocumentRef> documents = m_draft.documents();
    bool ok = true;
    for (const QString &path : paths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        QString stored;
        if (!m_filePath.isEmpty()) {
            const QString folder = draftFolder();
            if (liesInside(canonical, folder)) {
                stored = QDir(QFileInfo(folder).canonicalFilePath()).relativeFilePath(canonical);
            } else {
                const QString copy = copyIntoFolder(path, documentsFolderFor(m_filePath), error);
                if (copy.isEmpty()) {
                    ok = false;
                    break;
                }
                stored = QDir(folder).relativeFilePath(copy);
            }
        } else {
            stored = copyIntoFolder(path, stagingFolder(), error);
            if (stored.isEmpty()) {
                ok = false;
                break;
            }
            recordStaged(stored);
        }
        const DocumentRef ref{kind, stored};
        if (!documents.contains(ref))
            documents << ref;
    }
    setDocuments(documents);
    return ok;
}

std::optional<Draft> DraftSession::withDocumentsBroughtTo(const QString &draftPath, BilingualText *error)
{
    const QString newFolder = QFileInfo(draftPath).absolutePath();
    const QString oldFolder = draftFolder();
    Draft draft = m_draft;
    QList<DocumentRef> documents = draft.documents();
    for (DocumentRef &document : documents) {
        const DocumentFile file = inspectDocumentFile(document.path, oldFolder);
        if (!file.ok())
            continue; // nothing to bring: the path stays as it was, and stays reported
        QString inside = file.path;
        if (!liesInside(file.path, newFolder)) {
            inside = copyIntoFolder(file.path, documentsFolderFor(draftPath), error);
            if (inside.isEmpty())
                return std::nullopt;
        }
        document.path = QDir(QFileInfo(newFolder).canonicalFilePath())
                            .relativeFilePath(QFileInfo(inside).canonicalFilePath());
    }
    draft.setDocuments(documents);
    return draft;
}

bool DraftSession::saveAsPackage(const QString &path, BilingualText *error) const
{
    return writePackage(checked(), path, error);
}

QString DraftSession::addComment(const QString &field, const QString &author, const QString &text)
{
    const QString id = addReviewComment(&m_draft, field, author, QDateTime::currentDateTime(), text);
    markReviewChanged();
    return id;
}

bool DraftSession::replyToComment(const QString &id, const QString &author, const QString &text)
{
    if (!replyToReviewComment(&m_draft, id, author, QDateTime::currentDateTime(), text))
        return false;
    markReviewChanged();
    return true;
}

bool DraftSession::setCommentResolved(const QString &id, bool resolved, const QString &by)
{
    if (!setReviewCommentResolved(&m_draft, id, resolved, by, QDateTime::currentDateTime()))
        return false;
    markReviewChanged();
    return true;
}

bool DraftSession::recordSignedApproval(const QString &verdict, const QString &note,
                                        const signing::SigningIdentity &identity)
{
    if (!signing::recordSignedApproval(&m_draft, checked().fingerprint(), verdict, note, identity,
                                       QDateTime::currentDateTime()))
        return false;
    markReviewChanged();
    return true;
}

void DraftSession::markReviewChanged()
{
    // A reviewer's comment on a read-only application is still a change worth saving (as a draft).
    markDirty(QStringLiteral("review"));
}

} // namespace nbapply::gui
