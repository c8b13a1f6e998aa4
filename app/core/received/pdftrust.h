#pragma once

#include "common/bilingualtext.h"
#include "draft/documentmanifest.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace nbapply
{

class Draft;

// What the pages of an nbapply PDF show about the data it carries, read with libqpdf.
struct PdfPages {
    bool ok = false;
    BilingualText error;      // when !ok: the file cannot be read
    QStringList fingerprints; // the fingerprint printed in each page's footer; empty string = none
    QDate exportDate;         // the export date the first page's footer prints; invalid when none
    std::optional<DocumentManifest> manifest; // the embedded manifestFileName(), when there is one
};

// Reads the text each page draws and finds its footer's fingerprint ("数据指纹 / Fingerprint
// 0123456789ab"). nbapply draws text with a CID font whose two-byte codes are the Unicode code points
// (app/core/pdf/hpdfdocument.cpp), so the footer reads back without a text extractor.
PdfPages readPdfPages(const QString &pdfPath);

// Whether the draft embedded in a PDF is the one its pages show: every page prints a fingerprint and
// each is the draft's (current or, for PDFs exported before the fingerprint left paths out, legacy).
// On false, `error` is the bilingual "draft.pdf-tampered" message.
bool embeddedDraftMatchesPages(const Draft &embedded, const PdfPages &pages, BilingualText *error);

} // namespace nbapply
