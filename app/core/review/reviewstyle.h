#pragma once

#include <QString>

namespace nbapply::review
{

// The review page's style sheet: screen and print (A4), a CJK font stack, problem marks that differ
// in shape and wording as well as colour.
QString reviewStyleSheet();

// Inline SVG icons for problems (no font or file needed). Decorative: the word next to them carries
// the meaning for screen readers and in monochrome print.
QString errorIconSvg();
QString warningIconSvg();
QString okIconSvg();

} // namespace nbapply::review
