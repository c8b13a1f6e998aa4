#pragma once

#include "common/bilingualtext.h"

#include <QString>

namespace nbapply
{

struct DraftLoadResult;
class FormDefinition;

// The compare view: a print-friendly page listing each field that differs between two versions of an
// application (diffApplications) with a redline of its value — deleted text in <del>, inserted text in
// <ins>, each bracketed by "[Removed: …]"/"[Added: …]" (【删除：…】/【新增：…】) for screen readers only,
// Chinese marked by character and English by word (diffText) — and the reviewers' comments on
// that field alongside; then the comments on fields that did not change. `beforeName` and `afterName`
// are file names only (never a path of someone's machine). Both versions are checked as `validate`
// checks them (diffLoadedApplications): when either names a document the confined reader refuses, the
// page says so, with the problem's code, and compares nothing. The page carries no script.
QString renderCompareHtml(const FormDefinition &form, const DraftLoadResult &before,
                          const QString &beforeName, const DraftLoadResult &after, const QString &afterName,
                          Language uiLanguage);

} // namespace nbapply
