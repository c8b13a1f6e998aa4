#pragma once

#include "common/bilingualtext.h"

namespace nbapply::gui
{

// The application's font, chosen by the UI language once useUiFont() was called (the app calls it at
// start; setUiLanguage() keeps it following the language):
//  - Chinese: Noto Sans CJK SC, whose punctuation is full-width as Chinese typesetting wants;
//  - English: a Latin face first (Noto Sans, DejaVu Sans or Liberation Sans, whichever is installed),
//    then Noto Sans CJK SC for the Han characters of names and addresses. In a CJK face “ ” and ‘ ’ are
//    full-width, so English text showed "“ext. 123” ." with what looked like stray spaces.
// Without Noto Sans CJK SC the system's font is left alone.
void useUiFont();
// Called by setUiLanguage(); does nothing until useUiFont() was called.
void followUiFont(nbapply::Language language);

} // namespace nbapply::gui
