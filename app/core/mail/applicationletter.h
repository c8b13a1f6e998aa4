#pragma once

#include "application/checkeddocuments.h"
#include "common/bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{

class CheckedApplication;
class Draft;
class FormDefinition;

namespace mail
{

// One "label: value" line. The value differs by language for choices ("自然人" / "Natural person").
struct LetterLine {
    BilingualText label;
    BilingualText value;
};

// A heading (a section label of the form), the sentence that introduces it, and its lines.
struct LetterBlock {
    BilingualText heading;
    BilingualText intro;
    QList<LetterLine> lines;
};

// A file that goes with the message: the checked application's list (one name for the PDF).
using nbapply::Enclosure;

// The cover letter of the application, independent of how it is rendered (plain text, HTML, the
// short mailto body). Every label, the fields summarised and each section's intro come from the
// FormDefinition ("letter" in forms/*.json); only the letter's own phrases (greeting, closing) are
// written here.
struct ApplicationLetter {
    BilingualText greeting;
    BilingualText introduction;
    QList<LetterBlock> blocks;
    BilingualText enclosuresHeading;
    QList<Enclosure> enclosures;
    // The documents this applicant must send that have no file yet (the PDF marks them 未附 / not
    // attached): said in the letter, so the reader does not look for them among the enclosures.
    BilingualText missingHeading;
    QList<BilingualText> missing;
    // The documents the applicant marked not applicable: the kind (label) and the reason (value).
    BilingualText notApplicableHeading;
    QList<LetterLine> notApplicable;
    BilingualText closing;
    BilingualText signOff;
    QStringList signature; // the representative, then the organisation
    BilingualText governingLanguageNote;
};

// Longest value (in characters) a summary line shows before it is cut and points to the form.
constexpr int kSummaryValueLimit = 300;

// Every value of the draft, as a single tidy line: control and disguising characters (bidi
// overrides, zero-width characters) removed, white space collapsed.
QString oneLine(const QString &value);
// `text` cut after `limit` characters (graphemes, so no accent or emoji is split); `wasCut` says
// whether anything was removed.
QString cutAtGrapheme(const QString &text, int limit, bool *wasCut);
// `value` cut at a character (grapheme) boundary to at most `limit` characters, with a note saying
// the full text is in the form.
BilingualText summarised(const QString &value, int limit);

// The letter of `checked`: its values as the PDF prints them (a confirmed value with the mark
// 未经校验 / unverified), its enclosures.
ApplicationLetter applicationLetter(const CheckedApplication &checked);

// The applicant's name for the subject line and short texts: one line, at most `limit` characters.
QString applicantDisplayName(const Draft &draft, int limit);

// The models applied for, their labels joined ("南北阁 16B 基座模型（…）；…").
BilingualText modelsSummary(const CheckedApplication &checked);

} // namespace mail
} // namespace nbapply
