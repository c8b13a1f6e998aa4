#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nbapply
{

class FormDefinition;

// A supporting document: what 特别提示 kind it answers and where the file is. `path` may be
// relative to the draft's folder.
struct DocumentRef {
    QString kind;
    QString path;
    friend bool operator==(const DocumentRef &, const DocumentRef &) = default;
};

// A kind of document the applicant marked "not applicable" (a company registered outside mainland
// China has no 营业执照 …), with the reason the PDF and the e-mail letter state.
struct NotApplicableDocument {
    QString kind;
    QString reason;
    friend bool operator==(const NotApplicableDocument &, const NotApplicableDocument &) = default;
};

// An application in progress, in the public draft format (docs/draft-format.md):
//   { "format": "nbapply-draft", "formatVersion": 2, "form": "nanbeige-annex@1",
//     "applicant": {...}, "representative": {...}, "plan": {...}, "documents": [...],
//     "review": {"comments": [...], "approval": {...}} }   (review: draftreview.h)
// The draft keeps the whole JSON object, so keys it does not know survive a load/save round trip.
class Draft
{
  public:
    static constexpr int kFormatVersion = 2;
    static QString formatName() { return QStringLiteral("nbapply-draft"); }

    // An empty draft for `form` (format keys, the form tag, the form's first applicant kind).
    explicit Draft(const FormDefinition &form);
    // Wraps an already checked JSON object (see draftfile.h for checked loading).
    static Draft fromJson(const QJsonObject &root);

    const QJsonObject &json() const { return m_root; }

    // Values addressed by field path, "applicant.name". Missing keys read as empty.
    QString text(const QString &path) const;
    void setText(const QString &path, const QString &value);
    QStringList list(const QString &path) const; // for multichoice fields ("plan.models")
    void setList(const QString &path, const QStringList &values);

    // The user's confirmation that a value the checks cannot verify (an early pilot credit code, a
    // phone number in a range the phone library does not know yet) is used as entered. Stored as
    // "<key>Confirmed": true beside the field; setConfirmed(path, false) removes the marker.
    bool isConfirmed(const QString &path) const;
    void setConfirmed(const QString &path, bool confirmed);

    // The field that says which kind of applicant this is; every view that follows the kind listens
    // for changes of this path.
    static QString applicantKindPath() { return QStringLiteral("applicant.kind"); }
    QString applicantKind() const { return text(applicantKindPath()); }
    QString formTag() const { return m_root.value(QStringLiteral("form")).toString(); }

    // The documents with a file; entries marked not applicable are not among them.
    QList<DocumentRef> documents() const;
    // Replaces the documents with a file; the not-applicable entries stay.
    void setDocuments(const QList<DocumentRef> &documents);
    // The entries `{"kind": …, "notApplicable": true, "reason": …}`, in the draft's order.
    QList<NotApplicableDocument> notApplicableDocuments() const;
    // Marks `kind` not applicable with `reason` (replacing an earlier reason), or, with `notApplicable`
    // false, removes the mark.
    void setNotApplicable(const QString &kind, bool notApplicable, const QString &reason = {});
    // `document.path` made absolute against `draftFolder` when it is relative.
    static QString resolvePath(const DocumentRef &document, const QString &draftFolder);
    // The last component of `path`, with '/' and '\\' both taken as separators (a draft written on
    // another system); what travels of a document's path.
    static QString fileNameOf(const QString &path);

    // The draft as it leaves this machine: every document path reduced to its file name (names made
    // unique: "scan.pdf", "scan (2).pdf"), so that no folder of the sender's machine travels. With
    // `keepReview` false the reviewers' comments and approval ("review") are left out too: that is the
    // copy embedded in the licensor's PDF (docs/draft-format.md).
    Draft portableCopy(bool keepReview) const;

    // Compact JSON with keys sorted at every level of portableCopy(false), without "formatVersion": the
    // input of the fingerprint printed on the PDF. The fingerprint names the application, not where its files
    // lie or what its reviewers said: a draft, its package and its PDF share it, and recording an approval
    // keeps it.
    QByteArray canonicalJson() const;
    // The first 12 hex digits of SHA-256(canonicalJson()).
    QString fingerprint() const;
    // The fingerprint as nbapply up to format version 1 printed it: SHA-256 of the whole draft, document
    // paths included. Only to recognise PDFs exported before the fingerprint left paths out.
    QString legacyFingerprint() const;

    friend bool operator==(const Draft &a, const Draft &b) { return a.m_root == b.m_root; }

  private:
    Draft() = default;
    QJsonObject m_root;
};

} // namespace nbapply
