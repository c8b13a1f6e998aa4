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

// Reads the embedded draft's bytes from a PDF (libqpdf). On failure sets a stable `code`
// ("draft.pdf-damaged", "draft.pdf-without-draft") and a bilingual message.
bool readEmbeddedDraft(const QString &pdfPath, QByteArray *json, QString *code, BilingualText *error);

} // namespace nbapply
