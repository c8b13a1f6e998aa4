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

// Review's comment list acts on a comment without a detour through its field: each comment has the links
// "nbapply-comment:reply?id=<id>" and "nbapply-comment:resolve?id=<id>" (or "reopen" when resolved),
// followed by the review page's view. Links, so Tab reaches them and Enter follows them; each is named in
// full for screen readers ("Reply to 李律师's comment on Model use duration"). Not printed.
inline QString commentActionScheme()
{
    return QStringLiteral("nbapply-comment");
}
enum class CommentAction { Reply, Resolve, Reopen };
QString commentActionLink(CommentAction action, const QString &commentId);

// The label of a comment's field: "zh / en" of the form's field or document kind, else the path.
QString commentFieldLabelHtml(const FormDefinition &form, const QString &field);
// One comment as an <li>; with `withActions`, followed by its reply and resolve (or reopen) links.
QString commentItemHtml(const FormDefinition &form, const ReviewComment &comment, Language uiLanguage,
                        bool withActions = false);
// A section "批注 / Comments" listing every comment of `draft`, open ones first, each with its action
// links; empty when none.
QString renderCommentsHtml(const FormDefinition &form, const Draft &draft, Language uiLanguage);

} // namespace nbapply
