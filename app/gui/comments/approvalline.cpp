#include "approvalline.h"

#include "draft/draftreview.h"
#include "draftsession.h"
#include "uilanguage.h"

#include <QEvent>

namespace nbapply::gui
{

ApprovalLine::ApprovalLine(DraftSession *session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("approvalLine"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(session, &DraftSession::changed, this, &ApprovalLine::update);
    update();
}

void ApprovalLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void ApprovalLine::update()
{
    const Draft &draft = m_session->draft();
    int open = 0;
    for (const ReviewComment &comment : reviewComments(draft))
        open += comment.resolved ? 0 : 1;
    QString text = tr("Review: %1").arg(inUi(approvalSummary(draft)));
    if (open > 0)
        text += QStringLiteral(" · ") + tr("%n open comment(s).", nullptr, open);
    setText(text);
    setAccessibleName(text);
}

} // namespace nbapply::gui
