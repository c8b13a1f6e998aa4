#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"

#include <QDateTime>
#include <QString>

namespace nbapply
{

class Draft;
class FormDefinition;

struct ApplicationExportOptions {
    // Printed in the PDF and stamped into the e-mail; invalid = exportClock() (SOURCE_DATE_EPOCH).
    QDateTime exportTime;
    // The folder of the draft file: relative document paths are resolved against it (and checked).
    QString draftFolder;
    // The prepared PDF font; empty = the installed one.
    QString fontPath;
    // Also write the e-mail draft (<base name>.eml) next to the PDF.
    bool writeEmail = true;
};

struct ApplicationExportResult {
    bool ok = false;
    bool refused = false; // the draft has errors: nothing was written, see `problems`
    Problems problems;    // every problem of the draft (warnings too, when the export went ahead)
    BilingualText error;  // why the export failed, when !ok and !refused
    QString pdfPath;      // set once the PDF is written (also when the e-mail then failed)
    QString emailPath;    // set once the e-mail draft is written
    int pageCount = 0;
    Problems emailWarnings;     // e.g. attachments too large for the mailbox
    qint64 attachmentBytes = 0; // the e-mail's attachments (PDF and documents), once it is written
};

// Validates `draft` (an error refuses the export and nothing is written), then writes
// `outDir`/<exportBaseName>.pdf and, when asked, the e-mail draft <exportBaseName>.eml with that PDF
// and the supporting documents attached. `outDir` is created when missing. Each file is written
// atomically. The GUI and `nbapply export` both call this.
ApplicationExportResult exportApplication(const FormDefinition &form, const Draft &draft,
                                          const QString &outDir,
                                          const ApplicationExportOptions &options = {});

} // namespace nbapply
