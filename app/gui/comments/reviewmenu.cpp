#include "reviewmenu.h"

#include "certificates/certificateprompt.h"
#include "certificates/trustedcasdialog.h"
#include "commentindicators.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "draftsession.h"
#include "received/receivedfile.h"
#include "review/reviewpage.h"
#include "reviewername.h"
#include "signing/approvalsignature.h"
#include "signing/signingidentity.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace nbapply::gui
{

ReviewMenu::ReviewMenu(QMainWindow *window, DraftSession *session, ApplicationWizard *wizard)
    : QObject(window), m_window(window), m_wizard(wizard), m_session(session),
      m_indicators(new CommentIndicators(session, wizard)), m_menu(new QMenu(window))
{
    // Before Help, after Language: menus read File, Language, Review, Help.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);
    m_comment = m_menu->addAction(QString(), QKeySequence(QStringLiteral("Ctrl+Alt+M")), this, [this] {
        const QString field = m_indicators->fieldOfFocus();
        if (field.isEmpty())
            QMessageBox::information(m_window, tr("Comment on this field"),
                                     tr("Move the focus into a field or a document box first (Tab), then "
                                        "choose this again."));
        else
            m_indicators->openComments(field);
    });
    m_approve = m_menu->addAction(QString(), this, [this] { recordApprovalWithDialog(); });
    m_menu->addSeparator();
    m_name = m_menu->addAction(QString(), this, &ReviewMenu::changeName);
    m_trustedCas = m_menu->addAction(QString(), this, &ReviewMenu::editTrustedCas);
    retranslateUi();
}

void ReviewMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Review"));
    m_comment->setText(tr("&Comment on this field…"));
    m_approve->setText(tr("Record &approval…"));
    m_name->setText(tr("Your &name…"));
    m_trustedCas->setText(tr("&Trusted company CA certificates…"));
    m_indicators->update();
}

bool ReviewMenu::recordApprovalWithDialog()
{
    QMessageBox box(QMessageBox::Question, tr("Record approval"),
                    tr("Sign your review of this application (fingerprint %1) with your certificate (a "
                       "PKCS#12 .p12/.pfx file). The signature names you as your certificate does; it reads "
                       "\"covers an older version\" when the application changes, and it does not stop an "
                       "export.")
                        .arg(m_session->checked().fingerprint()),
                    QMessageBox::NoButton, m_window);
    QPushButton *approved = box.addButton(tr("A&pproved for sending"), QMessageBox::AcceptRole);
    QPushButton *changes = box.addButton(tr("C&hanges requested"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    approved->setObjectName(QStringLiteral("approvedButton"));
    changes->setObjectName(QStringLiteral("changesButton"));
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != approved && box.clickedButton() != changes)
        return false;
    if (box.clickedButton() == approved && !confirmApprovalWithOpenComments())
        return false;
    const QString verdict = QString::fromLatin1(
        box.clickedButton() == approved ? signing::kVerdictApproved : signing::kVerdictChangesRequested);
    bool ok = false;
    // The note is signed with the verdict; it may be empty.
    const QString note = QInputDialog::getMultiLineText(
        m_window, tr("Record approval"), tr("A note signed with your verdict (optional):"), QString(), &ok);
    if (!ok)
        return false;
    CertificatePrompt prompt(m_window, tr("Sign the approval"));
    if (m_chooseCertificate)
        prompt.setFileChooser(m_chooseCertificate);
    // The key lives only for this signature: the prompt's identity is dropped when this returns.
    const std::optional<signing::SigningIdentity> identity = prompt.ask();
    if (!identity)
        return false;
    // A note is a remark, not a document: kept to a length every view can show whole.
    if (m_session->recordSignedApproval(verdict, note.trimmed().left(4000), *identity))
        return true;
    QMessageBox::warning(m_window, tr("Record approval"),
                         tr("The approval could not be signed with this certificate. Nothing was recorded."));
    return false;
}

bool ReviewMenu::confirmApprovalWithOpenComments()
{
    int open = 0;
    for (const ReviewComment &comment : reviewComments(m_session->draft()))
        open += comment.resolved ? 0 : 1;
    if (open == 0)
        return true;
    // Approving over open comments may be right (a remark, not an objection), but never by accident.
    QMessageBox box(QMessageBox::Question, tr("Open comments"),
                    tr("%n comment(s) are still open. Approve anyway?", nullptr, open), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(QStringLiteral("openCommentsQuestion"));
    QPushButton *approve = box.addButton(tr("&Approve anyway"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    approve->setObjectName(QStringLiteral("approveAnywayButton"));
    cancel->setObjectName(QStringLiteral("cancelApprovalButton"));
    // The safe answer is the default: Enter does not approve over open comments.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == approve;
}

bool ReviewMenu::compareWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Compare with another version"),
        m_session->draftFolder().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : m_session->draftFolder(),
        tr("Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip "
           "*.zip *.pdf *.eml);;All files (*)"));
    return !path.isEmpty() && compareWith(path);
}

bool ReviewMenu::compareWith(const QString &path)
{
    const DraftLoadResult other = loadDraftFile(path);
    if (!other.ok()) {
        QMessageBox::warning(m_window, tr("Could not compare"),
                             tr("Could not open %1").arg(QFileInfo(path).fileName()) +
                                 QStringLiteral("\n\n") + inUi(other.error));
        return false;
    }
    m_wizard->buildAllPages();
    auto *review = qobject_cast<ReviewPage *>(m_wizard->page(Review));
    if (!review)
        return false;
    review->setComparison(other, QFileInfo(path).fileName());
    // To the Review page, one page at a time (each page's initialisation runs, as with Next).
    while (m_wizard->currentId() != Review) {
        const int before = m_wizard->currentId();
        if (before > Review)
            m_wizard->back();
        else
            m_wizard->next();
        if (m_wizard->currentId() == before)
            break;
    }
    return m_wizard->currentId() == Review;
}

void ReviewMenu::editTrustedCas()
{
    TrustedCasDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The approval summaries (banner, Review, Export page) follow the session's change signal.
    m_session->refreshReviewViews();
}

void ReviewMenu::changeName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Your name"),
                              tr("Comments, replies and resolutions are recorded with this name:"),
                              QLineEdit::Normal, storedReviewerName(), &ok)
            .simplified()
            .left(120);
    if (ok && !name.isEmpty())
        setStoredReviewerName(name);
}

} // namespace nbapply::gui
