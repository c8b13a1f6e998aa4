#pragma once

#include "hpdfdocument.h"
#include "pdfcontent.h"

namespace nbapply::pdf
{

// Where the visible signature block was drawn: page (0-based, -1 = none) and its rectangle in PDF user
// space (points from the bottom-left corner). The signature widget's /Rect lies over it.
struct SignatureArea {
    int page = -1;
    double left = 0, bottom = 0, right = 0, top = 0;
};

// Lays out `content` on A4 pages of `document` (whose font is loaded): title, the three sections as
// bordered two-column tables that flow across pages (heading repeated with （续）/ continued, a cell
// taller than a page split between pages), 特别提示 with the enclosed documents, the signature block,
// the governing-language line, the digital signature block (when content.digitalSignature has lines; it
// follows all other text, on a new page only when it does not fit, and is written to `area`), and a
// footer on every page. Returns the number of pages; check document.failed() afterwards.
int layoutApplication(HpdfDocument &document, const PdfContent &content, SignatureArea *area = nullptr);

} // namespace nbapply::pdf
