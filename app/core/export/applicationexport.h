#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "signing/signingidentity.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nbapply
{

class CheckedApplication;
class Draft;
class FormDefinition;

struct ApplicationExportOptions {
    // Printed in the PDF and stamped into the e-mail; invalid = exportClock() (SOURCE_DATE_EPOCH). Its
    // date should be the day the application was checked on (the file names carry that day).
    QDateTime exportTime;
    // The folder of the draft file: relative document paths are resolved against it (and checked).
    // Only for the overload that checks the draft itself.
    QString draftFolder;
    // The prepared PDF font; empty = the installed one.
    QString fontPath;
    // Also write the e-mail draft (<base name>.eml) next to the PDF.
    bool writeEmail = true;
    // Sign the PDF with this identity (signing/pdfsigner.h: PAdES B-B, ETSI.CAdES.detached, a visible block
    // with the certificate's CN and O and the time at the end of the last page); none = unsigned. The
    // e-mail attaches the signed bytes. A copy shares the key in memory (an export job on another thread
    // keeps it alive for as long as it runs); it is never written anywhere.
    std::optional<signing::SigningIdentity> signer;
};

struct ApplicationExportResult {
    bool ok = false;
    bool refused = false; // the draft has errors: nothing was written, see `problems`
    Problems problems;    // every problem of the draft (warnings too, when the export went ahead)
    BilingualText error;  // why the export failed, when !ok and !refused
    QString pdfPath;      // set when the export succeeded
    QString emailPath;    // set when the export succeeded with the e-mail draft
    int pageCount = 0;
    Problems emailWarnings;     // e.g. attachments too large for the mailbox
    qint64 attachmentBytes = 0; // the e-mail's attachments (PDF and documents), once it is written
    qint64 pdfBytes = 0;        // the size of the PDF written
    bool signedPdf = false;     // the PDF was signed (options.signer)
};

// Exports `checked` as one unit: refused (nothing written, `problems` say why) unless
// checked.readyToExport(); otherwise the PDF is rendered in memory, the e-mail draft attaches those
// very bytes and the documents (streamed), and `outDir`/<exportBaseName>.pdf and .eml are written
// together (two AtomicFiles committed one after the other): both or, on any failure (a document gone or
// changed since the check, a full disk), neither.
// `outDir` is created when missing. With options.signer the PDF is signed in memory before anything is
// written; a signature that cannot be made writes nothing. The GUI and `nbapply export` both call this.
ApplicationExportResult exportApplication(const CheckedApplication &checked, const QString &outDir,
                                          const ApplicationExportOptions &options = {});

// The same for `draft`, checked here on the export day against options.draftFolder and the PDF
// font's coverage.
ApplicationExportResult exportApplication(const FormDefinition &form, const Draft &draft,
                                          const QString &outDir,
                                          const ApplicationExportOptions &options = {});

} // namespace nbapply
