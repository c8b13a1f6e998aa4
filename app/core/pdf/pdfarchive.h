#pragma once

// PDF/A-3b (ISO 19005-3, level B) for every PDF nbapply writes: the application, the letter of
// authorisation and the review report all go through postprocessPdf, which calls this. What it adds and
// why is in docs/pdf-archive.md; tests/tools/check-pdfa.py checks the result.

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QString>

#include <string>

class QPDF;

namespace nbapply::pdf
{

struct PdfMetadata;

// The output intent's ICC profile: the ICC v2 sRGB profile of Debian's `icc-profiles-free` (7 KB, zlib
// licence), a dependency of the .deb. Read at every export, never copied into the source tree.
QString srgbProfilePath();

struct SrgbProfile {
    QByteArray bytes;
    BilingualText error; // set when the file is missing or is not an RGB ICC profile
    bool ok() const { return error.isEmpty(); }
};

// Reads the profile at `path` and checks its ICC header (size, 'acsp' signature, RGB data colour
// space, XYZ or Lab connection space). A PDF without it would not be PDF/A, so a missing profile is
// an error that names the package, not a silently lesser file.
SrgbProfile loadSrgbProfile(const QString &path = srgbProfilePath());

// `metadata` with every character XML 1.0 cannot hold removed (controls, unpaired surrogates,
// U+FFFE/U+FFFF), so that the Info dictionary and the XMP packet can say exactly the same.
PdfMetadata archivalMetadata(const PdfMetadata &metadata);

// The XMP packet (UTF-8): pdfaid part 3 conformance B, and the Info dictionary's title, subject,
// author, creator tool, producer and dates as the properties PDF/A maps them to. With
// `metadata.pdfUaPart`, also pdfuaid:part and its PDF/A extension schema description.
std::string xmpPacket(const PdfMetadata &metadata);

// Makes the document PDF/A-3b once postprocessPdf has written its Info dictionary and attachments:
// the XMP metadata stream, the sRGB output intent, and each embedded file an associated file of the
// document (catalog /AF) with /AFRelationship — /Source for `sourceAttachment` (the data the pages
// are made from), /Data for the others.
void makePdfA3b(QPDF &qpdf, const PdfMetadata &metadata, const QByteArray &iccProfile,
                const std::string &sourceAttachment);

} // namespace nbapply::pdf
