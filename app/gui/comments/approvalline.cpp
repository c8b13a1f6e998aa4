#include "approvalline.h"

#include "draft/draftreview.h"
#include "draftsession.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"
#include "uilanguage.h"

#include <QEvent>

namespace nbapply::gui
{

namespace
{

// The system's CAs, read the first time an approval is shown (not at start-up: most drafts have none).
// The CAs the user adds in Settings are the lead's to wire in.
const signing::TrustStore &approvalTrust()
{
    static const signing::TrustStore trust = signing::TrustStore::load({}, nullptr);
    return trust;
}

BilingualText approvalState(const DraftSession &session)
{
    if (!signing::hasApproval(session.draft()))
        return {QStringLiteral("尚未审阅"), QStringLiteral("Not reviewed")};
    return signing::approvalSummary(session.draft(), session.checked().fingerprint(), approvalTrust(),
                                    QDateTime::currentDateTimeUtc());
}

} // namespace

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
    QString text = tr("Review: %1").arg(inUi(approvalState(*m_session)));
    if (open > 0)
        text += QStringLiteral(" · ") + tr("%n open comment(s).", nullptr, open);
    setText(text);
    setAccessibleName(text);
}

} // namespace nbapply::gui
