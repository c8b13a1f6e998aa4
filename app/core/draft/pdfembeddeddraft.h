#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QString>

namespace nbapply
{

// The name of the attachment that carries the draft inside every PDF nbapply exports, so that the
// PDF alone is enough to reopen, validate or re-export the application.
inline QString embeddedDraftName()
{
    return QStringLiteral("nbapply-draft.json");
}

// A PDF larger than this is refused unread ("draft.too-large"): the PDFs nbapply exports are tens of
// kilobytes, and qpdf reads a damaged file whole to repair it.
constexpr qint64 kMaxDraftPdfBytes = 1024 * 1024;

// Reads the embedded draft's bytes from a PDF (libqpdf), inflating at most kMaxDraftBytes (draftfile.h)
// of them whatever the stream's compressed length says. On failure sets a stable `code`
// ("draft.too-large", "draft.pdf-too-complex", "draft.pdf-damaged", "draft.pdf-without-draft") and a
// bilingual message.
bool readEmbeddedDraft(const QString &pdfPath, QByteArray *json, QString *code, BilingualText *error);

} // namespace nbapply
