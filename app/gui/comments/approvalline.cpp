#include "approvalline.h"

#include "certificates/sessionsignatures.h"
#include "certificates/trustsettings.h"
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

BilingualText approvalState(const DraftSession &session)
{
    if (!signing::hasApproval(session.draft()))
        return {QStringLiteral("尚未审阅"), QStringLiteral("Not reviewed")};
    // The system's CAs and the company CAs the user trusts, read only when there is an approval.
    return signing::approvalSummary(session.draft(), session.checked().fingerprint(), currentTrustStore(),
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
    // A received signed PDF: its signatures, as the banner and Review list them.
    for (const signing::SignatureReport &signature : receivedPdfSignatures(*m_session))
        text += QLatin1Char('\n') + tr("PDF signature: %1").arg(inUi(signature.summary()));
    setText(text);
    setAccessibleName(text);
}

} // namespace nbapply::gui
