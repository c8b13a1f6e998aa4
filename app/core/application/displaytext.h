#pragma once

#include "common/bilingualtext.h"

#include <QString>

namespace nbapply
{

class Draft;
struct FieldDefinition;

// "The text a reader sees" of a value, written once for every view: the PDF, the e-mail letter, the
// Review page and `nbapply validate --values` all show a value through displayText(), so they cannot
// disagree. `normalized` is the draft after normalizedDraft() (identifiers compact, phones E.164).
//   choice       its label in each language (free text: the text itself)
//   multichoice  the labels, joined by "；" / "; "
//   country      the country's name in each language (an unknown code: the code)
//   phone        formatted as "+86 138 0013 8000"
//   other        the stored value (identifiers compact and upper-case, dates YYYY-MM-DD)
// Empty when the field has no value.
BilingualText displayText(const FieldDefinition &field, const Draft &normalized,
                          const QString &applicantKind);

// False when the English only repeats the Chinese ("1-99" and "1–99", "1000-9999" and "1,000–9,999").
bool englishAddsInformation(const BilingualText &text);

// Both languages on one line as the PDF prints a value: "有限责任公司 / Limited liability company", or one
// text when the English adds nothing.
QString bilingualLine(const BilingualText &text);

// The applicant's name as every view names the applicant (file names, the e-mail's subject and letter,
// the PDF's and the letter's metadata, window titles and banners): the name field's text on one line,
// each run of white space (line breaks, tabs) one space, none at either end. Empty when there is none.
QString applicantName(const Draft &draft);

// The mark beside a value the user confirmed although the checks cannot verify it.
inline BilingualText unverifiedMark()
{
    return {QStringLiteral("未经校验"), QStringLiteral("unverified")};
}

} // namespace nbapply
