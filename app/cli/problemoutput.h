#pragma once

#include "common/problem.h"
#include "validation/draftvalidator.h"

#include <QJsonArray>

namespace nbapply::cli
{

// One problem as a tab-separated line (field, severity, code, message in `language`), made safe to print.
QString problemLine(const Problem &problem, Language language);
// Problems as tab-separated lines (field, severity, code, message) on stdout, a count on stderr;
// or, with `json`, one JSON array on stdout. Shared by `validate` and `export`.
void printProblems(const Problems &problems, Language language, bool json);
// The JSON array printProblems() prints with `json`.
QJsonArray problemsJson(const Problems &problems);

} // namespace nbapply::cli
