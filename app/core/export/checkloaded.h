#pragma once

#include "application/checkedapplication.h"

#include <QDate>

namespace nbapply
{

struct DraftLoadResult;

// The context every command and view checks a loaded file in (a draft, a package, a PDF, an e-mail):
// validationContextFor() (loadedcontext.h: the file's folder, the document list a received file carries,
// a received PDF's or e-mail's export day) on a base of the export clock's day, the PDF font's coverage
// (read at most once per process) and the installed document inspector. `validate`, `export`, `diff`
// and the compare view all use it, so the same confined reader judges the same documents for each.
ValidationContext loadedValidationContext(const DraftLoadResult &loaded);

// The checked application of a loaded file in that context; `day`, when valid, replaces the context's
// (an export is checked and dated on its own day). `loaded.ok()` must hold.
CheckedApplication checkLoadedApplication(const FormDefinition &form, const DraftLoadResult &loaded,
                                          const QDate &day = {});

} // namespace nbapply
