#include "readonlybanner.h"

#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "certificates/sessionsignatures.h"
#include "certificates/trustsettings.h"
#include "draft/draftreview.h"
#include "draftsession.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"
#include "uilanguage.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace nbapply::gui
{

ReadOnlyBanner::ReadOnlyBanner(DraftSession *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_text(new QLabel(this)), m_editCopy(new QPushButton(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tooltip colours: a notice that stands out in light and dark themes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus); // a screen reader user reaches it with Tab
    m_editCopy->setObjectName(QStringLiteral("editCopyButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_editCopy, 0, Qt::AlignTop);
    connect(m_editCopy, &QPushButton::clicked, this, &ReadOnlyBanner::editCopyRequested);
    connect(session, &DraftSession::fileChanged, this, &ReadOnlyBanner::update);
    connect(session, &DraftSession::changed, this, &ReadOnlyBanner::update);
    update();
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QFrame::changeEvent(event);
}

void ReadOnlyBanner::update()
{
    setVisible(m_session->isReadOnly());
    m_editCopy->setText(tr("&Edit a copy"));
    if (!m_session->isReadOnly())
        return;
    const QFileInfo source(m_session->sourceFile());
    const QString applicant = applicantName(m_session->draft());
    const QLocale locale(uiLanguage() == Language::Chinese
                             ? QLocale(QLocale::Chinese, QLocale::China)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The file name only: the folder it sits in says nothing about the application and may be private.
    // The export date the PDF prints, where there is one (a PDF, an .eml); a package has only its file's.
    const QDate exported = m_session->sourceExportDate();
    const QString date =
        exported.isValid()
            ? tr("Exported: %1").arg(locale.toString(exported, QLocale::ShortFormat))
            : tr("File date: %1").arg(locale.toString(source.lastModified().date(), QLocale::ShortFormat));
    // What opening it verified, so the reviewer knows what the fingerprint and the documents are worth.
    const std::optional<ReceivedCheck> &received = m_session->received();
    QString checks;
    if (received && received->pages == PagesCompared::Exact)
        checks = tr("Its pages were re-derived from its data and are identical.");
    else if (received && received->pages == PagesCompared::Text)
        checks =
            tr("It was made by %1: only the text of its pages was compared with its data, and it matches.")
                .arg(received->producer.isEmpty() ? tr("an earlier nbapply") : received->producer);
    int verified = 0;
    int differ = 0;
    int notEnclosed = 0;
    for (const CheckedDocument &document : m_session->checked().documents()) {
        verified += document.verification == DocumentVerification::Verified ? 1 : 0;
        differ += document.verification == DocumentVerification::Differs ? 1 : 0;
        notEnclosed += document.verification == DocumentVerification::NotEnclosed ? 1 : 0;
    }
    const QString documents = tr("Documents: %1 SHA-256 verified, %2 differ, %3 not enclosed.")
                                  .arg(verified)
                                  .arg(differ)
                                  .arg(notEnclosed);
    // The review's verdict where the reviewer looks first, not only on the Export page.
    int open = 0;
    for (const ReviewComment &comment : reviewComments(m_session->draft()))
        open += comment.resolved ? 0 : 1;
    // The approval as its signature verifies against the CAs the user trusts: the signer's name comes
    // from the certificate, and a record without a valid signature reads "unsigned: not evidence of
    // approval".
    const signing::TrustStore trust =
        signing::hasApproval(m_session->draft()) ? currentTrustStore() : signing::TrustStore();
    QString review =
        tr("Review: %1.")
            .arg(inUi(signing::approvalSummary(m_session->draft(), m_session->checked().fingerprint(), trust,
                                               QDateTime::currentDateTimeUtc())));
    if (open > 0)
        review += QLatin1Char(' ') + tr("%n open comment(s).", nullptr, open);
    // A signed export: who signed the PDF, and whether the signature still covers it.
    for (const signing::SignatureReport &signature : receivedPdfSignatures(*m_session))
        review += QLatin1Char(' ') + tr("PDF signature: %1.").arg(inUi(signature.summary()));
    m_text->setText(tr("Received application, read-only. File: %1. Applicant: %2. %3. "
                       "Fingerprint: %4. %5 %6 Comments and an approval can be added; to change the "
                       "application itself, edit a copy.")
                        .arg(source.fileName(), applicant.isEmpty() ? tr("(no name)") : applicant.left(120),
                             date, received ? received->fingerprint : m_session->checked().fingerprint(),
                             checks, documents) +
                    QLatin1Char(' ') + review);
    m_text->setAccessibleName(m_text->text());
}

} // namespace nbapply::gui
