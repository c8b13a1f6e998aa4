#pragma once

#include "common/bilingualtext.h"
#include "lettercontent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nbapply
{

class CheckedApplication;

struct LetterPdfOptions {
    letter::LetterPeriod period;
    // Footer date and metadata time; invalid = exportClock() (SOURCE_DATE_EPOCH), as for the application.
    QDateTime exportTime;
    // The prepared TrueType font; empty = the installed one.
    QString fontPath;
};

struct LetterPdfResult {
    bool ok = false;
    QByteArray pdf;
    BilingualText error; // set when !ok
    int pageCount = 0;
};

// The letter's file name beside the application, in the user's language `language`:
// "<exportBaseName>-授权委托书.pdf" or "<exportBaseName>-letter-of-authorisation.pdf".
QString letterFileName(const CheckedApplication &checked, Language language);
// The same for the export base name `baseName` (exportfilename.h).
QString letterFileName(const QString &baseName, Language language);

// The bilingual 授权委托书 / Letter of Authorisation for `checked`, drawn with the application PDF's
// font pipeline (subset font, identity ToUnicode, deterministic file): same type, same values. It
// embeds no draft, so it can never be mistaken for an application. Refuses a character the font lacks
// and a period that ends before it starts. Needs a thread stack of at least 512 KiB (libharu).
LetterPdfResult renderLetterPdf(const CheckedApplication &checked, const LetterPdfOptions &options = {});

// renderLetterPdf() written atomically and owner-only (it holds ID and phone numbers) to `path`.
LetterPdfResult writeLetterPdf(const CheckedApplication &checked, const QString &path,
                               const LetterPdfOptions &options = {});

} // namespace nbapply
