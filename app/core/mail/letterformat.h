#pragma once

#include "applicationletter.h"

#include <QString>

namespace nbapply::mail
{

// The letter as plain text: all of it in Chinese, a rule, then all of it in English. LF line breaks
// (the MIME writer turns them into CRLF).
QString letterPlainText(const ApplicationLetter &letter);

// The same letter as a small, self-contained HTML document (no scripts, no remote content), every
// value HTML-escaped.
QString letterHtml(const ApplicationLetter &letter);

} // namespace nbapply::mail
