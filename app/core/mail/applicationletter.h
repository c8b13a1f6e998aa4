#pragma once

#include "common/bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{

class Draft;
class FormDefinition;

namespace mail
{

// One "label: value" line. The value differs by language for choices ("自然人" / "Natural person").
struct LetterLine {
    BilingualText label;
    BilingualText value;
};

// A heading (a section label of the form) and its lines.
struct LetterBlock {
    BilingualText heading;
    QList<LetterLine> lines;
};

// A file that goes with the message: what it is, and its name.
struct Enclosure {
    BilingualText label;
    QString fileName;
};

// The cover letter of the application, independent of how it is rendered (plain text, HTML, the
// short mailto body). Every label comes from the FormDefinition; only the letter's own phrases
// (greeting, closing) are written here.
struct ApplicationLetter {
    BilingualText greeting;
    BilingualText introduction;
    QList<LetterBlock> blocks;
    BilingualText enclosuresHeading;
    QList<Enclosure> enclosures;
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

// The enclosures: the form as PDF (`pdfFileName`, or a description when empty), then every document.
QList<Enclosure> applicationEnclosures(const FormDefinition &form, const Draft &draft,
                                       const QString &pdfFileName);

ApplicationLetter applicationLetter(const FormDefinition &form, const Draft &draft,
                                    const QList<Enclosure> &enclosures);

// The applicant's name for the subject line and short texts: one line, at most `limit` characters.
QString applicantDisplayName(const Draft &draft, int limit);

// The models applied for, their labels joined ("南北阁 16B 基座模型（…）；…").
BilingualText modelsSummary(const FormDefinition &form, const Draft &draft);

} // namespace mail
} // namespace nbapply
