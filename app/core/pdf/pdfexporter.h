#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace nbapply
{

class CheckedApplication;
class Draft;
class FormDefinition;

// Who signs the PDF (signing/pdfsigner.h), as the visible signature block prints it: the certificate's
// subject CN and O, and the signing time (its UTC offset is printed).
struct VisibleSignature {
    QString name;
    QString organisation;
    QDateTime time;
};

// The lines of the visible signature block for `signature`.
QStringList visibleSignatureLines(const VisibleSignature &signature);

struct PdfExportOptions {
    // The time printed in the footer and written into the metadata; invalid = exportClock(), which
    // honours SOURCE_DATE_EPOCH for byte-identical output.
    QDateTime exportTime;
    // The PDF font (a font file or collection); empty = the installed one (pdf::findFontPath()).
    QString fontPath;
    // Draws the visible signature block below the last text and records the signer in the document list
    // (DocumentManifest::signerName…). The signature itself is added afterwards (signPdf).
    std::optional<VisibleSignature> signature;
};

// The rectangle of the visible signature block, in PDF points from the bottom-left of page `page`.
struct PdfSignatureArea {
    int page = -1; // 0-based; -1 = no block
    double left = 0, bottom = 0, right = 0, top = 0;
};

struct PdfExportResult {
    bool ok = false;
    QByteArray pdf;
    BilingualText error; // says what went wrong and what to do; set when !ok
    int pageCount = 0;
    PdfSignatureArea signatureArea; // where the visible signature block is, when options.signature was set
};

// The bilingual application (A4, the annex's layout, Chinese and English) for `draft`, with the draft
// embedded as the attachment embeddedDraftName() (its portableCopy(false): file names, no review) and
// the checked application's document list (each document's size and SHA-256, what made the pages and
// the check day) as manifestFileName(): what the page check (received/pagecheck.h) re-derives the
// pages from. Identifiers are printed normalised. The draft should
// have passed validateDraft(): this function refuses only what it cannot draw (a character the font
// lacks), it does not judge the data. Runs libharu, which needs a thread stack of at least 512 KiB
// (the main thread has 8 MiB; give a QThread setStackSize(1 << 20)). One call per thread at a time.
// Every value is printed as `checked` shows it; the footer's date is options.exportTime's, which should
// be the day `checked` was checked on.
PdfExportResult renderApplicationPdf(const CheckedApplication &checked, const PdfExportOptions &options = {});
// The same for a draft checked here (on the export day, without a draft folder).
PdfExportResult renderApplicationPdf(const FormDefinition &form, const Draft &draft,
                                     const PdfExportOptions &options = {});

// renderApplicationPdf() written to `path` atomically (a temporary file in the same folder, renamed
// when complete): on any failure no file, not even a partial one, is left at `path`, and an existing
// file there is untouched; a full disk is detected before the rename (writeFileAtomically). The file
// is owner-only: it holds ID and phone numbers. `pdf` in the result holds the bytes written.
PdfExportResult writeApplicationPdf(const FormDefinition &form, const Draft &draft, const QString &path,
                                    const PdfExportOptions &options = {});

// The revision of what the pages draw for given data (layout, wording, fonts). Part of the producer a PDF
// records: a received PDF is re-derived exactly only when it was made by the same producer and
// revision. Raise it with every change that alters the pages of an unchanged draft.
// 2: the visible signature block of a signed PDF.
// 3: tagged PDF: marked content around every text and drawing, an invisible glyph in each checkbox.
constexpr int kPageLayoutRevision = 3;
// The first revision that draws an invisible glyph in each checkbox (pdf::checkboxGlyphs()): the text of
// an earlier revision's pages has none.
constexpr int kCheckboxGlyphsLayout = 3;

// "nbapply <version>": the producer the PDF's document list records.
QString pdfProducer();

// The characters the exported PDF can draw: the embedded font's coverage (its cmap, beyond the BMP too)
// and, for ideographs beyond the BMP it lacks, the fallback font's (pdf::documentCoverage); no control
// characters (LF is accepted: it is drawn as a line break). Use it as ValidationContext::canPrint.
// Without an installed font: every BMP character that is not a control character (the export itself
// then reports the missing font). Cheap to call: printable ASCII is answered without the font, which is
// looked up and read when any other character is first checked.
std::function<bool(char32_t)> printableCharacters();

} // namespace nbapply
