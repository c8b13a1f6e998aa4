#include "commentreply.h"

#include "commentsdialog.h"
#include "draft/draftreview.h"
#include "draftsession.h"
#include "reviewername.h"

#include <QInputDialog>
#include <QPlainTextEdit>

namespace nbapply::gui
{

bool askReplyToComment(DraftSession *session, const QString &commentId, QWidget *parent)
{
    const QList<ReviewComment> comments = reviewComments(session->draft());
    const auto comment = std::find_if(comments.cbegin(), comments.cend(),
                                      [&](const ReviewComment &c) { return c.id == commentId; });
    if (comment == comments.cend())
        return false;
    const QString author = reviewerName(parent);
    if (author.isEmpty())
        return false;
    const QString commented = comment->author.left(120);
    const QString field = commentFieldLabel(*session, comment->field);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Reply to a comment"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    // The label's "&" is its shortcut: a literal one in a name or label is doubled.
    auto literal = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    dialog.setLabelText(QObject::tr("&Reply to %1’s comment on %2:").arg(literal(commented), literal(field)));
    // The text box is named after the comment, so a screen reader says what is being answered.
    if (auto *editor = dialog.findChild<QPlainTextEdit *>())
        editor->setAccessibleName(QObject::tr("Reply to %1’s comment on %2").arg(commented, field));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString text = dialog.textValue().trimmed().left(kMaxCommentChars);
    if (text.isEmpty())
        return false;
    return session->replyToComment(commentId, author, text);
}

} // namespace nbapply::gui
