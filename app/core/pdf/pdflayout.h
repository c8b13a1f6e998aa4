#pragma once

#include "hpdfdocument.h"
#include "pdfcontent.h"

namespace nbapply::pdf
{

// Lays out `content` on A4 pages of `document` (whose font is loaded): title, the three sections as
// bordered two-column tables that flow across pages (heading repeated with （续）/ continued, a cell
// taller than a page split between pages), 特别提示 with the enclosed documents, the signature block,
// the governing-language line, and a footer on every page. Returns the number of pages; check
// document.failed() afterwards.
int layoutApplication(HpdfDocument &document, const PdfContent &content);

} // namespace nbapply::pdf
