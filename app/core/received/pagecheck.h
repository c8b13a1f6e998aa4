#pragma once

#include "common/bilingualtext.h"
#include "draft/documentmanifest.h"
#include "draft/draftfile.h"

#include <QDate>
#include <QString>

namespace nbapply
{

class Draft;

// Which pages verifyPdf() compares.
enum class PdfRevision {
    Signed, // when the PDF carries a signature with a sane ByteRange: the revision it covers; else Current
    Current // the file as it is, incremental updates included
};

// What verifying an nbapply PDF found.
struct PdfVerification {
    bool ok = false;
    // When !ok: "draft.pdf-damaged" (unreadable), "draft.pdf-tampered" (the document list is missing or
    // does not list the draft's documents) or "draft.pdf-pages-differ" (the pages are not what nbapply
    // prints for the data), with a bilingual message naming the page and, where it can, the field.
    QString code;
    BilingualText error;
    // Exact: made by this nbapply (the same producer and page layout revision), so the pages were
    // re-derived from the embedded data and every page's drawing — its content stream token by token, its
    // fonts, images, annotations and every other object it uses — compared with the received one.
    // Text: made by another nbapply version, whose pages this one cannot reproduce to the byte; the text
    // the pages show was compared with the re-derived text (a drawing that is not text is not caught).
    PagesCompared pages = PagesCompared::Exact;
    int page = 0;     // the first page that differs (1-based); 0 when none, or when the page count differs
    QString field;    // the field whose printed text differs ("plan.duration"), where it can be told
    QString producer; // what the PDF says made it ("nbapply 0.1.0"); empty for older PDFs
    DocumentManifest documents; // the document list the PDF carries
    QDate checkedOn;            // the day the application was checked and exported on, as printed
    QString fingerprint;        // re-derived from the data (applicationFingerprint); every page prints it
    // The pages compared were those a PDF signature covers (PdfRevision::Signed on a signed file): bytes
    // appended after signing were not looked at; the signature's report (signing/pdfsignatureverify.h)
    // says whether there are any ("covers an older version").
    bool signedRevision = false;
};

// Verifies that the pages of the nbapply PDF at `pdfPath` are exactly what nbapply prints for
// `embedded`, the draft it carries (draft/pdfembeddeddraft.h): reads the document list the PDF carries,
// refuses it when it is missing or lists other documents than the draft, re-derives the pages from the
// draft and the list (the checked application on the recorded day, its fingerprint over the data, the
// form version and every document's SHA-256) and compares them (PdfVerification::pages). Text added, changed
// or removed, invisible or off the page, a page added or removed, a footer whose fingerprint was rewritten:
// each is "draft.pdf-pages-differ". Reads at most a bounded number of pages and bytes. Renders a PDF
// with libharu: the calling thread needs a stack of at least 512 KiB (the main thread has 8 MiB).
// A signed PDF's signature widget (FT Sig, an appearance that draws nothing) is left out of the
// comparison; any other annotation counts. `revision`: see PdfRevision.
PdfVerification verifyPdf(const QString &pdfPath, const Draft &embedded,
                          PdfRevision revision = PdfRevision::Signed);

} // namespace nbapply
