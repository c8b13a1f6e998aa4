#pragma once

#include "common/bilingualtext.h"
#include "draft.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nbapply
{

// Drafts bigger than this are refused before parsing: a real one is a few kilobytes.
constexpr qint64 kMaxDraftBytes = 4 * 1024 * 1024;

struct DraftLoadResult {
    std::optional<Draft> draft;
    QString errorCode;   // stable: "draft.not-found", "draft.too-large", "draft.syntax", …
    BilingualText error; // says what is wrong and, where it can, where

    bool ok() const { return draft.has_value(); }
};

// Checks and wraps draft JSON: format name, a format version this build reads, the known keys'
// types. Unknown keys are kept.
DraftLoadResult parseDraft(const QByteArray &bytes);
// Reads a draft file, or the draft embedded in a PDF that nbapply exported.
DraftLoadResult loadDraftFile(const QString &path);

struct SaveResult {
    bool ok = false;
    BilingualText error;
};

// The bytes written to a draft file: indented UTF-8 JSON, a trailing newline.
QByteArray serializeDraft(const Draft &draft);
// Atomic (QSaveFile) and owner-only (0600); when it fails the previous file is untouched.
SaveResult saveDraftFile(const Draft &draft, const QString &path);

} // namespace nbapply
