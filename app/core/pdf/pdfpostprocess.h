#pragma once

#include "common/bilingualtext.h"
#include "pdftagging.h"
#include "privateusemap.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace nbapply::pdf
{

struct PdfMetadata {
    QString title;
    QString titleEnglish; // the title's English alternative in the XMP metadata (pdfarchive.h)
    QString subject;
    QString author;
    QString creator;
    QString producer;
    QString language; // BCP 47, "zh-CN"
    QDateTime date;   // creation and modification date (the export clock)
    // 1 when the file is tagged to PDF/UA-1: the XMP then says pdfuaid:part 1, with the extension schema
    // PDF/A requires for it (pdfarchive.h). 0: no PDF/UA claim.
    int pdfUaPart = 0;
};

struct PostprocessResult {
    QByteArray pdf;
    BilingualText error;
    bool ok() const { return !pdf.isEmpty(); }
};

// Finishes what libharu wrote, with libqpdf:
// - replaces every ToUnicode CMap by a correct identity map (libharu 2.3.0 writes an invalid
//   `begincidrange`; with its UTF-8 encoder each CID is the Unicode code point), in which each stand-in
//   of `privateUse` (RawPdf::privateUse) maps to its character beyond the BMP;
// - embeds `draftJson` as the attachment `attachmentName` (application/json), which is how
//   `nbapply validate FILE.pdf` finds the draft again;
// - writes the document information (UTF-16 where needed), the document language and dates;
// - embeds each of `moreAttachments` (name, JSON bytes) the same way: the document manifest;
// - makes it PDF/A-3b: XMP metadata, sRGB output intent, the attachments as associated files
//   (pdfarchive.h); fails with a bilingual error if the sRGB profile is missing;
// - with `tags` enabled, makes it a tagged PDF (writeStructure, pdftagging.h);
// - writes a deterministic file: the /ID is derived from the content, object streams compress it.
PostprocessResult postprocessPdf(const QByteArray &libharuPdf, const PdfMetadata &metadata,
                                 const QString &attachmentName, const QByteArray &draftJson,
                                 const QList<QPair<QString, QByteArray>> &moreAttachments = {},
                                 const PrivateUseMap &privateUse = {}, const TagTree &tags = {});

// The PDF date string of `date`: D:YYYYMMDDHHmmSSZ in UTC, or with its +HH'mm' offset.
QString pdfDate(const QDateTime &date);

} // namespace nbapply::pdf
