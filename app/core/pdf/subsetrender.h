#pragma once

#include "common/bilingualtext.h"
#include "pdftagging.h"
#include "privateusemap.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace nbapply::pdf
{

class HpdfDocument;

// libharu's output before qpdf finishes it, or why there is none.
struct RawPdf {
    QByteArray bytes;
    int pageCount = 0;
    // The stand-ins the pages draw for characters beyond the BMP: postprocessPdf's ToUnicode needs them.
    PrivateUseMap privateUse;
    // The structure the layout recorded (disabled unless it tagged its drawing): postprocessPdf writes it.
    TagTree tags;
    BilingualText error;

    bool ok() const { return error.isEmpty(); }
};

// The steps every nbapply PDF (the application, the letter of authorisation) takes before qpdf: the
// font at `fontPath` (empty = the installed one) must draw every one of `codePoints` — libharu would draw
// a missing glyph as nothing, without any error — then it is subset to them, loaded into a fresh
// document, and `layout` draws the pages and returns their count. Characters beyond the BMP are drawn
// through private stand-ins (privateusemap.h), returned in RawPdf::privateUse.
RawPdf renderWithFontSubset(const QString &fontPath, const QList<char32_t> &codePoints,
                            const std::function<int(HpdfDocument &)> &layout);

} // namespace nbapply::pdf
