#pragma once

#include "lettercontent.h"
#include "pdf/hpdfdocument.h"

namespace nbapply::letter
{

// Lays out the letter on one A4 page of `document` (its font loaded) in the application PDF's type and
// grey levels: the title, the template notice, the principal and the representative as two-column
// tables, the matter, the period, the seal/signature/date boxes at their physical size
// (kBoxWidthMm x kBoxHeightMm, never scaled), the governing-language line and a footer on every page.
// Always one page: when the text does not fit, its variable parts shrink in steps (letterlayout.cpp,
// kScales); the title and the boxes keep their size. Returns the number of pages (1, or 0 when
// libharu failed); check document.failed() afterwards.
int layoutLetter(pdf::HpdfDocument &document, const LetterContent &content);

} // namespace nbapply::letter
