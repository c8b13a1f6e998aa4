#pragma once

#include "application/checkedapplication.h"
#include "common/bilingualtext.h"
#include "draft/draft.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "ownfiles.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace nbapply
{
class FormDefinition;
struct ValidationContext;
} // namespace nbapply

namespace nbapply::signing
{
class SigningIdentity;
}

namespace nbapply::gui
{

class ExtractedFolder;

// The application being edited: one Draft, the file it lives in (empty until first saved) and
// whether it has changes not yet saved to that file. Every page reads and writes the draft through
// this object, so the review and export pages, the autosaver and the window title all see the same
// state. Writes that do not change the value emit nothing and leave the session clean.
class DraftSession : public QObject
{
    Q_OBJECT
  public:
    explicit DraftSession(const FormDefinition &form, QObject *parent = nullptr);

    const FormDefinition &form() const { return m_form; }
    const Draft &draft() const { return m_draft; }
    // Absolute path of the draft file; empty when the draft was never saved (or came from a PDF).
    QString filePath() const { return m_filePath; }
    // The folder relative document paths are resolved against: the draft file's folder, else the
    // private folder a received package's or e-mail's documents were extracted to, else empty (a new draft:
    // its documents are absolute paths in the private staging folder).
    QString draftFolder() const;
    bool isDirty() const { return m_dirty; }
    // The file name for title bars, or an empty string for an unsaved draft.
    QString displayName() const;
    // The PDF, package or e-mail the draft was read from, while it has no draft file of its own (else
    // empty).
    QString sourceFile() const { return m_sourceFile; }
    // The export date the received PDF (or the PDF inside an .eml) prints; invalid otherwise.
    QDate sourceExportDate() const { return m_sourceExportDate; }
    // Where the Export page writes unless the user picks another folder: the draft file's folder; for a
    // received file the folder it came from, if writable and not a temporary folder (else the
    // documents folder): never the private folder a received file was extracted to, which goes away.
    // For a draft never saved, the documents folder (else the home folder).
    QString defaultExportFolder() const;
    // What the draft was read from (a draft file unless sourceFile() is set).
    SourceKind sourceKind() const { return m_sourceKind; }
    // What opening a received file verified (its fingerprint, how its pages were compared, its document
    // list); nullopt for a draft of this machine.
    const std::optional<ReceivedCheck> &received() const { return m_received; }

    // A received application (a PDF, a package or an e-mail) opens read-only: every write below is
    // ignored until editCopy(). A draft file, even one with someone else's comments, stays editable: it
    // is the applicant's own file coming back (docs/reviewing.md).
    bool isReadOnly() const { return m_readOnly; }
    // Makes a received application editable as a new, unsaved draft: its documents are copied into the
    // staging folder (so they outlive the received file) and Save asks where to write the draft.
    bool editCopy(BilingualText *error);

    // Brings files the user picked into the application as documents of `kind`: a file inside the
    // draft's folder is referred to by its relative path; any other file is copied (owner-only,
    // atomically, under a unique name) into the draft's documents folder (documentsFolderFor()), or
    // while the draft has no file into the private staging folder. False with `error` when a copy
    // failed (the files before it are added).
    bool addDocuments(const QString &kind, const QStringList &paths, BilingualText *error);
    // The private folder (0700, beside the recovery files) that holds documents of a draft never
    // saved; created on first use, kept after a crash so that the recovered draft finds them.
    QString stagingFolder();
    // Where stagingFolder() makes the folder: the autosaver names it after its session
    // (documentfolders.h), so that the session's lock tells other instances whether it is still needed.
    // Without one, a unique folder in the recovery folder.
    void setStagingLocation(const QString &folder) { m_stagingLocation = folder; }
    // Writes the application as a package (docs/package-format.md): one file with the draft and the
    // documents, for a colleague on another machine.
    bool saveAsPackage(const QString &path, BilingualText *error) const;

    // What the wizard pages and the Review page check against: the draft folder and the PDF font's
    // coverage, so a character the export would refuse is an error as soon as it is typed. The font
    // is read once per session, when a character beyond ASCII is first checked (printableCharacters).
    ValidationContext validationContext() const;

    // The draft checked against validationContext(): what Review, the Export page and the documents
    // list show. Built when first asked for after a change, then shared until the next change.
    const CheckedApplication &checked() const;
    // Forgets the check, so that the next checked() looks at the document files again (they may have
    // been moved or removed while the draft stayed the same): Review and Export call it when opened.
    void recheck() const { m_checked.reset(); }

    // Field edits ("applicant.name"). Emit changed(path) only when the stored value differs.
    // A changed value also drops the draft's "<key>Confirmed" marker of that field and of the
    // identifier whose type it selects: a confirmation is about the value that was confirmed.
    // Switching the applicant kind is reversible: a choice whose options differ by kind (the
    // identifier type) is put aside for the old kind and the new kind gets back what it had, and
    // fields of the other kind keep their values in the draft until the user changes them.
    void setText(const QString &path, const QString &value);
    void setList(const QString &path, const QStringList &values);
    // The user vouches for a value the checks cannot verify ("applicant.idNumber" checked against the
    // licence): isConfirmable() in the core says when this is offered. Emits changed(path) when the
    // marker changes, so the page checks the field again (the error becomes the warning, or returns).
    void setConfirmed(const QString &path, bool confirmed);
    // The supporting documents; emits changed("documents").
    void setDocuments(const QList<DocumentRef> &documents);
    // Marks a document kind not applicable with a reason, or clears the mark (Draft::setNotApplicable).
    void setNotApplicable(const QString &kind, bool notApplicable, const QString &reason = {});

    // Review comments (app/core/draft/draftreview.h) and the signed approval
    // (app/core/signing/approvalsignature.h). They are allowed on a read-only
    // application: that is what a reviewer does with one. Each emits changed("review").
    QString addComment(const QString &field, const QString &author, const QString &text);
    bool replyToComment(const QString &id, const QString &author, const QString &text);
    // Records who resolved or reopened it (`by`, the reviewer's name) and when.
    bool setCommentResolved(const QString &id, bool resolved, const QString &by);
    // Signs `verdict` ("approved" / "changes-requested") and `note` for the application as checked now
    // (checked().fingerprint()) with `identity`; false when the signature could not be made.
    bool recordSignedApproval(const QString &verdict, const QString &note,
                              const signing::SigningIdentity &identity);
    // The trusted CAs changed (Review › Trusted company CA certificates…): emits changed("review") so
    // every approval shown is verified again. The draft itself is unchanged (not dirty).
    void refreshReviewViews() { emit changed(QStringLiteral("review")); }

    // Replace the whole draft. Each emits changed(QString()) (meaning "everything") and fileChanged().
    void newDraft();
    // Loads a draft file or an nbapply PDF (loadDraftFile). On failure the current draft is kept
    // and `error` says why in both languages. A draft restored from a PDF has no file path: saving
    // it asks for one, so the PDF is never overwritten with JSON.
    bool open(const QString &path, BilingualText *error);
    // Saves to filePath() (which must not be empty) / to `path` (which becomes filePath()).
    // Atomic and owner-only (saveDraftFile). On success the session is clean and the recovery
    // file is removed.
    bool save(BilingualText *error);
    // Save As brings the documents along: each one outside the new draft's folder is copied into its
    // documents folder and the draft stores paths relative to the new file. A received application
    // saved as a draft is a draft of this machine from then on: editable.
    bool saveAs(const QString &path, BilingualText *error);
    // The user chose to throw the unsaved changes away (on quit): clean, recovery file removed.
    void discardChanges();
    // Adopts a recovered draft: keeps it dirty, remembers the file it came from. Its documents that lie
    // in another session's private folder (the killed session's) are copied into this session's staging
    // folder and the draft points there, so that the old folder can go with its recovery (the Autosaver
    // removes it) and this session's save drops the copies. A copy that fails keeps its old path (and
    // with it the old folder).
    void adoptRecovered(const Draft &draft, const QString &originalPath);
    // Whether `path` lies in one of nbapply's own folders, which the user does not see and which go
    // away: the private document folders beside the recovery files, or the folder a received file's
    // documents were extracted to. The Export page copies such documents beside the export.
    bool isPrivateFile(const QString &path) const;

  signals:
    // A field changed ("applicant.name", "documents"); an empty path means the whole draft changed.
    void changed(const QString &fieldPath);
    // The file path or the dirty flag changed (title bar, Save action).
    void fileChanged();
    // An explicit save succeeded or the user discarded the draft: the recovery file may go.
    void savedOrDiscarded();
    // Emitted (directly) just before the staging folder is made: the autosaver locks its session first,
    // so that no other instance takes the new folder for a crashed session's leftover.
    void stagingFolderNeeded();

  private:
    void markDirty(const QString &fieldPath);
    void replace(const Draft &draft, const QString &filePath, bool dirty);
    void dropConfirmations(const QString &path);
    // The applicant kind changes from `from` to m_draft's: swaps the per-kind choices; returns the
    // paths it changed.
    QStringList switchKindChoices(const QString &from);
    // The draft's documents brought into `draftPath`'s folder (see saveAs).
    std::optional<Draft> withDocumentsBroughtTo(const QString &draftPath, BilingualText *error);
    void dropStaging();
    // Lists `copy` (just made in the staging folder) as nbapply's own.
    void recordStaged(const QString &copy);
    void markReviewChanged();

    const FormDefinition &m_form;
    Draft m_draft;
    QString m_filePath;
    QString m_sourceFile;
    QDate m_sourceExportDate;
    SourceKind m_sourceKind = SourceKind::Draft;
    std::optional<ReceivedCheck> m_received;
    bool m_readOnly = false;
    // A received file's document folder, and the private folder its documents were extracted to (only
    // what was extracted goes with it: receivedfolders.h).
    QString m_documentFolder;
    std::shared_ptr<ExtractedFolder> m_extracted;
    QString m_staging;
    // The copies this session made in m_staging, also listed in the folder (ownfiles.h): all that
    // dropStaging() and the recovery sweep remove (a file the user saved there stays, with the folder).
    QList<OwnFile> m_stagedFiles;
    QString m_stagingLocation;
    bool m_dirty = false;
    // Per applicant kind, its identifier type and identifier when the user switched away from it.
    QHash<QString, QHash<QString, QString>> m_choicesByKind;
    const std::function<bool(char32_t)> m_canPrint;
    mutable std::optional<CheckedApplication> m_checked; // reset by every change
};

} // namespace nbapply::gui
