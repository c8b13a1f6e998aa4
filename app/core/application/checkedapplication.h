#pragma once

#include "checkeddocuments.h"
#include "common/problem.h"
#include "displaytext.h"
#include "draft/draft.h"
#include "validation/draftvalidator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace nbapply
{

class FormDefinition;
struct FieldDefinition;

// One field of the application as every view shows it.
struct CheckedField {
    const FieldDefinition *definition = nullptr;
    // The label and help the wizard and Review show: an identifier's follow the type chosen
    // (FieldDefinition::wordedFor); the PDF keeps the annex's label (definition->label).
    BilingualText label;
    BilingualText help;
    BilingualText placeholder;
    QString value;         // normalised (identifiers compact, phones E.164, dates YYYY-MM-DD); empty if unset
    QStringList values;    // a multichoice's chosen values
    BilingualText display; // displayText(): exactly as the PDF prints it, in each language
    bool confirmable = false; // fails only a check the user may vouch for (isConfirmable)
    bool confirmed = false;   // the draft holds the user's confirmation (Draft::isConfirmed)
    Problems problems;        // this field's problems, as validateDraft reports them

    QString path() const;
    bool isEmpty() const { return value.isEmpty() && values.isEmpty(); }
    // Printed and mailed with the mark 未经校验 / unverified: confirmed, and still failing the check.
    bool isUnverified() const { return confirmed && confirmable; }
};

// One kind of supporting document as every view lists it (the PDF's enclosure list, Review, the Documents
// page): what this applicant is asked for and what the draft has for it.
struct DocumentKindRow {
    const DocumentKind *kind = nullptr; // nullptr for a kind the form does not know (a hand-edited draft)
    QString kindValue;                  // "business-licence"
    BilingualText label;                // this applicant's name for it (an equivalent outside the mainland)
    bool required = false;              // the applicant kind must enclose it
    bool sealed = false;         // 须加盖公章: the applicant is an organisation and the kind is stamped
    QList<qsizetype> files;      // indexes into CheckedApplication::documents()
    QString notApplicableReason; // non-null when the applicant marked the kind not applicable
    Problems problems;           // documentProblems(kindValue)
};

// A draft checked once per revision against its form and a validation context: the single source that
// the PDF, the e-mail (subject, letter, parts), the Review page, the Export page and `nbapply validate`
// read. None of them normalises, formats or judges a value on its own (docs/architecture.md).
class CheckedApplication
{
  public:
    // Normalises the draft once, checks every field, the documents and the form's rules. Refers to
    // `form` (field definitions, document kinds): the form must outlive the result (the built-in one
    // does). Copies are cheap enough to hand to an export thread.
    static CheckedApplication check(const FormDefinition &form, const Draft &draft,
                                    const ValidationContext &context);

    const FormDefinition &form() const { return *m_form; }
    // The draft as the user wrote it (its fingerprint is printed) and as it is exported.
    const Draft &draft() const { return m_draft; }
    const Draft &normalized() const { return m_normalized; }
    QString applicantKind() const { return m_normalized.applicantKind(); }
    // The day the application is checked and exported on (the context's `today`).
    QDate date() const { return m_date; }
    QString draftFolder() const { return m_draftFolder; }

    // The fields that apply to the applicant kind (and whose `shownWhen` holds), in form order.
    const QList<CheckedField> &fields() const { return m_fields; }
    // nullptr when the form has no such field or it does not apply to the applicant kind.
    const CheckedField *field(const QString &path) const;

    // Every problem, in the order validateDraft reports them; one severity each, wherever shown.
    const Problems &problems() const { return m_problems; }
    // The problems filed under `path` ("applicant.idNumber", "documents").
    Problems problemsOf(const QString &path) const;
    qsizetype errorCount() const;
    qsizetype warningCount() const;

    const QList<CheckedDocument> &documents() const { return m_documents; }
    // Each document as the PDF and a package record it: its kind, the file name that travels (names made
    // unique as Draft::portableCopy makes them), size and SHA-256 (documents().sha256).
    const DocumentManifest &documentList() const { return m_documentList; }
    // The application's fingerprint (applicationFingerprint: the data, the form version and every
    // document's SHA-256), printed on every page of the PDF. For a received application whose documents did
    // not travel, their listed digests stand in: it is then the fingerprint the received PDF prints.
    QString fingerprint() const { return m_fingerprint; }
    // True when this application came from someone else (the context listed received documents).
    bool isReceived() const { return m_received; }
    // The kinds the applicant marked not applicable, with the kind's label for this applicant and the
    // reason, in form order: the PDF's enclosure list and the e-mail letter state them.
    struct NotApplicable {
        const DocumentKind *kind = nullptr;
        BilingualText label;
        QString reason;
    };
    const QList<NotApplicable> &notApplicableDocuments() const { return m_notApplicable; }
    // The reason `kindValue` is not applicable, or a null string when it is not marked so.
    QString notApplicableReason(const QString &kindValue) const;
    // A kind's label for this applicant (FormDefinition::documentLabel): its equivalent outside
    // mainland China where the form declares one.
    BilingualText documentLabel(const DocumentKind &kind) const;
    // How to prepare a kind's file for this applicant (FormDefinition::documentPrepare): the
    // equivalent's guidance where the form declares one, so a company outside mainland China is not
    // told to copy a 营业执照.
    BilingualText documentPrepare(const DocumentKind &kind) const;
    // Every kind of document this application involves, in form order, then kinds the form does not know:
    // each kind the applicant kind requires, has files for or marked not applicable. The PDF, Review and
    // the Documents page render these rows; none of them decides "required" or "sealed" on its own.
    const QList<DocumentKindRow> &documentKinds() const { return m_documentKinds; }
    // The row of `kindValue` (also for a kind the application does not involve), or nullptr for a kind
    // the form does not know and the draft does not use.
    const DocumentKindRow *documentKind(const QString &kindValue) const;
    // The kinds the applicant kind requires that have no document yet.
    const QList<const DocumentKind *> &missingDocumentKinds() const { return m_missingKinds; }
    // The problems of one kind of document: each of its entries' and, when it is required but
    // missing, the warning document.missing. What the Documents page shows beside the kind.
    Problems documentProblems(const QString &kindValue) const;

    // The applicant's name as every view shows it (displaytext.h).
    QString applicantName() const { return nbapply::applicantName(m_normalized); }
    // "<applicant>-<date>": the exported files' names without extension (exportfilename.h).
    QString exportBaseName() const { return m_baseName; }
    QString pdfFileName() const { return m_baseName + QStringLiteral(".pdf"); }
    QString emailFileName() const { return m_baseName + QStringLiteral(".eml"); }
    // The application PDF (named pdfFileName()), then every document: what the e-mail attaches.
    QList<Enclosure> enclosures() const;

    // True exactly when an export will go ahead: no error, and every document's file can be read.
    bool readyToExport() const;
    // The documents with a file that is not at hand: for a received application, those that did not travel
    // with it (notices, not errors — but the export needs them). What stops an export without errors.
    qsizetype documentsNotAtHand() const;

  private:
    CheckedApplication(const FormDefinition &form, const Draft &draft)
        : m_form(&form), m_draft(draft), m_normalized(draft)
    {
    }

    const FormDefinition *m_form;
    Draft m_draft;
    Draft m_normalized;
    QDate m_date;
    QString m_draftFolder;
    QList<CheckedField> m_fields;
    QHash<QString, qsizetype> m_fieldIndex;
    Problems m_problems;
    QList<CheckedDocument> m_documents;
    DocumentManifest m_documentList;
    QString m_fingerprint;
    bool m_received = false;
    QList<NotApplicable> m_notApplicable;
    QList<const DocumentKind *> m_missingKinds;
    QList<DocumentKindRow> m_documentKinds;     // those the application involves
    QList<DocumentKindRow> m_otherKinds;        // the form's other kinds (the Documents page offers them)
    QHash<QString, Problems> m_missingProblems; // document kind -> document.missing
    QString m_baseName;
};

} // namespace nbapply
