#include "reviewmenu.h"

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
    retranslateUi();
}

void ReviewMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Review"));
    m_comment->setText(tr("&Comment on this field…"));
    m_approve->setText(tr("Record &approval…"));
    m_name->setText(tr("Your &name…"));
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
    const QString verdict = QString::fromLatin1(
        box.clickedButton() == approved ? signing::kVerdictApproved : signing::kVerdictChangesRequested);
    const QString certificate =
        QFileDialog::getOpenFileName(m_window, tr("Your certificate"), QString(),
                                     tr("Certificates with their key (*.p12 *.pfx);;All files (*)"));
    if (certificate.isEmpty())
        return false;
    QFile file(certificate);
    const QByteArray pkcs12 =
        file.size() <= 1024 * 1024 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    bool ok = false;
    // Held only for the call below; never stored.
    const QString password = QInputDialog::getText(
        m_window, tr("Your certificate"), tr("Password of %1:").arg(QFileInfo(certificate).fileName()),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    BilingualText error;
    const std::optional<signing::SigningIdentity> identity =
        signing::SigningIdentity::fromPkcs12(pkcs12, password.toUtf8(), &error);
    if (!identity) {
        QMessageBox::warning(m_window, tr("Record approval"), inUi(error));
        return false;
    }
    return m_session->recordSignedApproval(verdict, QString(), *identity);
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

void ReviewMenu::changeName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Your name"),
                                               tr("Comments and approvals are signed with this name:"),
                                               QLineEdit::Normal, storedReviewerName(), &ok)
                             .simplified()
                             .left(120);
    if (ok && !name.isEmpty())
        setStoredReviewerName(name);
}

} // namespace nbapply::gui
