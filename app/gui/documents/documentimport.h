#pragma once

#include "common/bilingualtext.h"

#include <QString>

namespace nbapply::gui
{

// Documents the user picks are brought into the application (docs/draft-format.md, "Where documents
// live"): the core refuses a document outside the draft's folder, so a file from elsewhere is copied
// into the draft's documents folder and the draft stores a path relative to the draft.

// "<folder>/<base>.documents" for "<folder>/<base>.nbapply.json" (or "<base>.json"): the folder beside a
// draft that holds the documents it brought in.
QString documentsFolderFor(const QString &draftPath);

// True when `path` (canonical) lies inside `folder` (canonicalised here).
bool liesInside(const QString &path, const QString &folder);

// Copies `source` into `folder` (created owner-only when missing) under its own file name, made unique
// with " (2)", " (3)", … when another file has that name; a file there with the same content is reused
// rather than copied again (saving twice does not double the documents). The copy is owner-only and
// atomic (AtomicFile), streamed in blocks. Returns the copy's absolute path, or empty with `error`.
QString copyIntoFolder(const QString &source, const QString &folder, BilingualText *error);

} // namespace nbapply::gui
