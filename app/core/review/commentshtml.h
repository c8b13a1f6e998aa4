#pragma once

#include "common/bilingualtext.h"

#include <QString>

namespace nbapply
{

class Draft;
class FormDefinition;
struct ReviewComment;

// The reviewers' comments as HTML for the review and compare pages (never for the licensor's PDF or
// e-mail): each with its field's label as a link back to the field (reviewEditLink), its state, author,
// time, text and replies. Every text is escaped and isolated for bidi.

// The label of a comment's field: "zh / en" of the form's field or document kind, else the path.
QString commentFieldLabelHtml(const FormDefinition &form, const QString &field);
// One comment as an <li>.
QString commentItemHtml(const FormDefinition &form, const ReviewComment &comment, Language uiLanguage);
// A section "批注 / Comments" listing every comment of `draft`, open ones first; empty when none.
QString renderCommentsHtml(const FormDefinition &form, const Draft &draft, Language uiLanguage);

} // namespace nbapply
