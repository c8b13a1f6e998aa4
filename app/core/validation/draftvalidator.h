#pragma once

#include "common/problem.h"
#include "documentinspector.h"
#include "draft/documentmanifest.h"
#include "draft/documentpath.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace nbapply
{

class Draft;
class FormDefinition;

struct ValidationContext {
    QDate today = QDate::currentDate();
    // Folder that relative document paths are resolved against. Empty when the application has no
    // folder (new, or read from a PDF): a relative document path is then an error (document.no-folder),
    // because the export could not find the file either.
    QString draftFolder;
    // Whether the exported PDF can draw a character; default: any BMP character that is not a
    // control character. The PDF layer supplies the embedded font's real coverage.
    std::function<bool(char32_t)> canPrint;
    // What an accepted document file's content is checked for (documentinspector.h): the inspector the
    // program installed at start-up — the scan checks in the wizard and the command line.
    DocumentInspector inspectDocument = installedDocumentInspector();
    // What a received application (an nbapply PDF, a package, an e-mail) lists for its documents: each
    // document is judged against it by SHA-256 — the one listed (verified), another file
    // (document.hash-mismatch, an error) or not here (document.not-enclosed, a notice: it did not travel).
    // Unset for a draft of this machine.
    std::optional<DocumentManifest> receivedDocuments;
};

// Every problem of a draft against its form: required fields, lengths, identifiers, dates,
// choices, characters the PDF cannot draw, documents, and the form's cross-field rules.
// `inspectedDocuments`, when given, receives what was found of each document's file (checkDocuments).
Problems validateDraft(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                       QList<InspectedDocument> *inspectedDocuments = nullptr);

// The problems of one field only (the wizard checks as the user types).
Problems validateField(const FormDefinition &form, const Draft &draft, const QString &fieldPath,
                       const ValidationContext &context);

// Whether the value of `fieldPath` may be confirmed "as entered": its only errors are ones the user can
// vouch for against the original document (a credit code that fails only its check character, a phone
// number that is well formed but in a range the phone data does not know), or it is confirmed already.
// The wizard shows its confirm control exactly then.
bool isConfirmable(const FormDefinition &form, const Draft &draft, const QString &fieldPath,
                   const QDate &today);

// The draft with every identifier, e-mail and phone replaced by its normalised form.
Draft normalizedDraft(const FormDefinition &form, const Draft &draft, const QDate &today);

} // namespace nbapply
