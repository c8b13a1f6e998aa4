#pragma once

#include "common/bilingualtext.h"

#include <QJsonObject>
#include <QString>

namespace nbapply
{
class CheckedApplication;
struct DraftLoadResult;
} // namespace nbapply

namespace nbapply::cli
{

// What `validate` checked, for the person reading its output: the kind of file, for a received file
// its fingerprint and how its pages were compared with its data, and each document with its verdict
// (verified by SHA-256, differs, not enclosed) — tab-separated lines in `language` on standard error, so
// that standard output keeps one line per problem.
void printWhatWasChecked(const DraftLoadResult &loaded, const CheckedApplication &checked, Language language);

// The same as JSON members of `validate --json`'s object: "source", "fingerprint", "pages", "producer",
// "documents" [{kind, name, size, sha256, verdict}].
QJsonObject whatWasCheckedJson(const DraftLoadResult &loaded, const CheckedApplication &checked);

} // namespace nbapply::cli
