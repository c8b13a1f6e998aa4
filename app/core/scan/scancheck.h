#pragma once

#include "common/problem.h"
#include "validation/documentinspector.h"

#include <QString>

namespace nbapply
{

// The least resolution a scan should have when printed on A4: below it, seals and ID numbers become
// hard to read for the licensor.
constexpr double kMinimumScanDpi = 150;

struct ScanCheckOptions {
    // One file above this cannot go with the e-mail (applicationemail.h); tests lower it.
    qint64 mailLimit = kMailboxAttachmentLimit;
};

// What nbapply can say about one attached file (a scan or photo of a sealed copy), before the
// licensor opens it. All problems are filed under "documents" and name the file:
// - document.scan-unreadable (error): a PNG, JPEG (or any image Qt reads) that cannot be decoded —
//   damaged, truncated, or not the image its name says;
// - document.scan-low-resolution (warning): an image that, printed on A4, has fewer than
//   kMinimumScanDpi dots per inch;
// - document.too-large-for-mail (warning): a file larger than the mailbox takes in one message
//   (checkDocumentSize, which the core runs without this library too).
// Images are measured from their header; they are decoded only to find damage, JPEG at 1/8 scale
// and no image above 64 megapixels at all, so a huge scan never fills the memory. PDFs and other
// files are checked for their size only. `label` is the document kind's label, for the messages.
Problems checkScanFile(const QString &path, const BilingualText &label, const ScanCheckOptions &options = {});

// The same checks as a DocumentInspector (validation/documentinspector.h), which every validation
// runs on each accepted document file; images (mayBeImage) only are read. What an image's header and
// decoding found is kept per version of the file (canonical path, size, modification time): a keystroke
// in the wizard re-checks the application but decodes no image again. Safe to call from several threads.
DocumentInspector scanDocumentInspector(const ScanCheckOptions &options = {});

// Makes scanDocumentInspector() the inspector of every ValidationContext created from now on. The
// wizard calls it at start-up. The command line, which does not link Qt Gui (it would cost every command
// a few milliseconds of start-up), loads the same checks from the module libnbapply-scan.so when a draft
// has an image (app/cli/scanloader.h); QImageReader needs no display, QCoreApplication is enough.
void installScanChecks();

// The resolution of a `width` x `height` pixel image printed on A4 in the orientation that suits it
// (the long side along 297 mm).
double dpiOnA4(int width, int height);

} // namespace nbapply
