#pragma once

#include "draft/draftfile.h"
#include "validation/draftvalidator.h"

namespace nbapply
{

// The context a loaded file is checked in, the same for `validate`, `export`, `diff`, the compare view and
// the wizard, so that they cannot disagree about it: `base` (the characters the PDF can print, the
// document inspector) with the folder the file's documents resolve against, the document list a received
// file carries (each document is judged against it), and, for a received PDF or e-mail, the day it was
// checked and exported on — every view then shows what its pages print. An export sets its own day after.
ValidationContext validationContextFor(const DraftLoadResult &loaded, ValidationContext base);

} // namespace nbapply
