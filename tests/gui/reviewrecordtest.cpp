// The record of the review in the wizard: approving over open comments asks first, the approval is signed
// with the reviewer's certificate (file and password asked), the signed verdict shows on the read-only
// banner and Review with the certificate's name, an approval typed into the JSON reads "unsigned: not
// evidence of approval", resolving records who, and Review › Print review report writes the report.
#include "certificates/passworddialog.h"
#include "certificates/trustedcasdialog.h"
#include "certificates/trustsettings.h"
#include "comments/reviewername.h"
#include "comments/reviewmenu.h"
#include "draft/draftreview.h"
#include "export/applicationexport.h"
#include "mainwindow.h"
#include "received/receivedfile.h"
#include "review/readonlybanner.h"
#include "review/reviewpage.h"
#include "review/reviewreport.h"
#include "reviewexporthelpers.h"
#include "signing/approvalsignature.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "testpki.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

struct Window {
    Window()
    {
        window.show();
        QApplication::setActiveWindow(&window);
    }
    MainWindow window{form()};
};

// Presses `button` of the modal dialog named `dialog` from the keyboard when it shows (or Return, for
// the default button, when `button` is empty); records the dialog's text. Polls, so that it finds a
// dialog that opens after another one closed.
class Answerer : public QObject
{
  public:
    Answerer(const QString &dialog, const QString &button) : m_dialog(dialog), m_button(button)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    bool shown() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }

  private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_dialog || !box->isVisible())
            return;
        m_text = box->text();
        m_timer.stop();
        if (m_button.isEmpty()) {
            QTest::keyClick(box, Qt::Key_Return);
        } else if (auto *button = box->findChild<QPushButton *>(m_button)) {
            button->setFocus(Qt::TabFocusReason);
            QTest::keyClick(button, Qt::Key_Space);
        }
        if (box->isVisible())
            box->reject();
    }

    QString m_dialog;
    QString m_button;
    QString m_text;
    QTimer m_timer;
};

// Certificates made once for the tests of this file (the openssl command is slow).
const test::TestPki &pki()
{
    static QTemporaryDir folder;
    static const test::TestPki made = test::TestPki::make(folder.path());
    return made;
}

signing::SignatureReport approvalOf(DraftSession *session)
{
    return signing::verifyApproval(session->draft(), session->checked().fingerprint(),
                                   signing::TrustStore::load({pki().caPem}, nullptr),
                                   QDateTime::currentDateTimeUtc());
}

// Answers the dialogs of Review › Record approval… as a user does, whenever each is the active modal
// one: the verdict box ("Approved for sending"), the note (`note`), the certificate's password. The
// open-comments question is left to an Answerer. Polls, since each opens after the one before closed.
class ApprovalDriver : public QObject
{
  public:
    explicit ApprovalDriver(const QString &note) : m_note(note)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    bool noteAsked() const { return m_noteAsked; }
    bool passwordAsked() const { return m_passwordAsked; }

  private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (auto *approved = box->findChild<QPushButton *>(QStringLiteral("approvedButton"))) {
                approved->setFocus(Qt::TabFocusReason);
                QTest::keyClick(approved, Qt::Key_Space);
            }
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            m_noteAsked = true;
            input->setTextValue(m_note);
            input->accept();
        } else if (auto *password = qobject_cast<PasswordDialog *>(modal)) {
            m_passwordAsked = true;
            auto *field = password->findChild<QLineEdit *>(QStringLiteral("certificatePassword"));
            field->setFocus();
            field->insert(QString::fromUtf8(test::TestPki::kPassword)); // keyClicks asserts on non-ASCII
            QTest::keyClick(field, Qt::Key_Return);
        }
    }

    QString m_note;
    bool m_noteAsked = false;
    bool m_passwordAsked = false;
    QTimer m_timer;
};

// Review › Record approval… with "Approved for sending", a note and 李律师's certificate.
bool approve(MainWindow &window)
{
    window.reviewMenu()->setCertificateFileChooser([](const QString &) { return pki().issuedP12; });
    ApprovalDriver own(QStringLiteral("可以发送"));
    return window.reviewMenu()->recordApprovalWithDialog();
}

TEST(ReviewRecord, ApprovingWhileCommentsAreOpenAsksFirstAndEnterDoesNotApprove)
{
    ASSERT_TRUE(pki().ok);
    setStoredReviewerName(QStringLiteral("Li"));
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    DraftSession *session = w.window.session();
    const QString id = session->addComment(QStringLiteral("plan.duration"), QStringLiteral("Li"),
                                           QStringLiteral("Three years?"));
    session->addComment(QStringLiteral("applicant.name"), QStringLiteral("Li"), QStringLiteral("Seal?"));

    {
        Answerer enter(QStringLiteral("openCommentsQuestion"), QString());
        EXPECT_FALSE(approve(w.window));
        ASSERT_TRUE(enter.shown()) << "no question before approving over open comments";
        EXPECT_TRUE(enter.text().contains(QStringLiteral("2"))) << enter.text().toStdString();
        EXPECT_TRUE(enter.text().contains(QStringLiteral("Approve anyway?")) ||
                    enter.text().contains(QStringLiteral("仍要批准吗")))
            << enter.text().toStdString();
        EXPECT_FALSE(signing::hasApproval(session->draft())) << "Enter is Cancel";
    }
    {
        Answerer yes(QStringLiteral("openCommentsQuestion"), QStringLiteral("approveAnywayButton"));
        EXPECT_TRUE(approve(w.window));
        EXPECT_TRUE(yes.shown());
        // Signed with the certificate chosen, for the application as it is, with the note typed.
        const signing::SignatureReport report = approvalOf(session);
        EXPECT_EQ(report.coverage, signing::SignatureReport::Coverage::Current);
        EXPECT_EQ(report.verdict, QStringLiteral("approved"));
        EXPECT_EQ(report.note, QStringLiteral("可以发送"));
        EXPECT_EQ(report.cms.signer.commonName, QStringLiteral("李律师"));
    }
    // With every comment resolved nothing is asked; resolving records the reviewer.
    for (const ReviewComment &comment : reviewComments(session->draft()))
        ASSERT_TRUE(session->setCommentResolved(comment.id, true, storedReviewerName()));
    const ReviewComment first = reviewComments(session->draft()).first();
    ASSERT_EQ(first.id, id);
    ASSERT_EQ(first.events.size(), 2);
    EXPECT_EQ(first.events[1].kind, CommentEvent::Kind::Resolve);
    EXPECT_EQ(first.events[1].by, QStringLiteral("Li"));
    EXPECT_TRUE(reviewTimeHasOffset(first.events[1].timeText)) << first.events[1].timeText.toStdString();
    Answerer none(QStringLiteral("openCommentsQuestion"), QStringLiteral("approveAnywayButton"));
    EXPECT_TRUE(approve(w.window));
    EXPECT_FALSE(none.shown());
}

// The whole flow from the keyboard's point of view: the note and the password are asked, and
// cancelling the password records nothing.
TEST(ReviewRecord, RecordApprovalAsksForANoteAndTheCertificatesPassword)
{
    ASSERT_TRUE(pki().ok);
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    w.window.reviewMenu()->setCertificateFileChooser([](const QString &) { return pki().issuedP12; });
    {
        ApprovalDriver driver{QString()};
        ASSERT_TRUE(w.window.reviewMenu()->recordApprovalWithDialog());
        EXPECT_TRUE(driver.noteAsked());
        EXPECT_TRUE(driver.passwordAsked());
    }
    const signing::SignatureReport report = approvalOf(w.window.session());
    EXPECT_EQ(report.coverage, signing::SignatureReport::Coverage::Current);
    EXPECT_TRUE(report.note.isEmpty()) << "the note is optional";
    // Cancelling the certificate's file records nothing new.
    w.window.reviewMenu()->setCertificateFileChooser([](const QString &) { return QString(); });
    const QJsonObject before = w.window.session()->draft().json();
    {
        ApprovalDriver driver(QStringLiteral("x"));
        EXPECT_FALSE(w.window.reviewMenu()->recordApprovalWithDialog());
    }
    EXPECT_EQ(w.window.session()->draft().json(), before);
}

// The banner and Review name the signer as the certificate does; once the company CA is trusted
// (Review › Trusted company CA certificates…) the identity reads verified.
TEST(ReviewRecord, TheReadOnlyBannerAndReviewShowTheSignedVerdict)
{
    ASSERT_TRUE(pki().ok);
    setTrustedCaFiles({});
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("approved.nbapply.zip"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        source.session.addComment(QStringLiteral("plan.duration"), QStringLiteral("Li"),
                                  QStringLiteral("ok?"));
        const std::optional<signing::SigningIdentity> identity = signing::SigningIdentity::fromPkcs12(
            test::readAll(pki().issuedP12), test::TestPki::kPassword, nullptr);
        ASSERT_TRUE(identity);
        ASSERT_TRUE(source.session.recordSignedApproval(QStringLiteral("approved"), QString(), *identity));
        ASSERT_TRUE(source.session.saveAsPackage(package, nullptr));
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(package));
    ReadOnlyBanner *banner = w.window.readOnlyBanner();
    ASSERT_TRUE(banner->isVisible());
    QString text = banner->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Signed by 李律师 (某某律师事务所) (approval for sending)")) ||
                text.contains(QStringLiteral("已由 李律师（某某律师事务所）签名（批准发送）")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("identity not verified")) ||
                text.contains(QStringLiteral("身份未经验证")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 open comment")) || text.contains(QStringLiteral("1 条")))
        << text.toStdString();

    // The company CA added and accepted in the dialog: the banner reads the identity verified.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<TrustedCasDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setFileChooser([] { return QStringList{pki().caPem}; });
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text().remove(u'&').startsWith(QStringLiteral("Add")) ||
                button->text().startsWith(QStringLiteral("添加")))
                button->click();
        dialog->accept();
    });
    w.window.reviewMenu()->trustedCasAction()->trigger();
    EXPECT_EQ(trustedCaFiles(), QStringList{pki().caPem});
    text = banner->text();
    EXPECT_TRUE(text.contains(QStringLiteral("identity verified")) ||
                text.contains(QStringLiteral("身份已验证")))
        << text.toStdString();

    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    ASSERT_TRUE(openReview(*review));
    const QString state =
        runJs(review->view(), QStringLiteral("document.querySelector('#approval-state').textContent"))
            .toString();
    EXPECT_TRUE(state.contains(QStringLiteral("李律师（某某律师事务所）")) ||
                state.contains(QStringLiteral("李律师 (某某律师事务所)")))
        << state.toStdString();
    setTrustedCaFiles({});
}

// An approval typed into the JSON (or written by an older version) names no one anywhere.
TEST(ReviewRecord, AnApprovalTypedIntoTheJsonIsNotEvidenceOfApproval)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.nbapply.json"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        QJsonObject root = source.session.draft().json();
        root.insert(QStringLiteral("formatVersion"), 2);
        root.insert(QStringLiteral("review"),
                    QJsonObject{{QStringLiteral("approval"),
                                 QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                                             {QStringLiteral("by"), QStringLiteral("王五")},
                                             {QStringLiteral("fingerprint"),
                                              source.session.checked().fingerprint()}}}});
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(path));
    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    ASSERT_TRUE(openReview(*review));
    const QString state =
        runJs(review->view(), QStringLiteral("document.querySelector('#approval-state').textContent"))
            .toString();
    EXPECT_TRUE(state.contains(QStringLiteral("unsigned: not evidence of approval")) ||
                state.contains(QStringLiteral("未签名：不能作为批准的证据")))
        << state.toStdString();
    EXPECT_FALSE(state.contains(QStringLiteral("王五")));
}

// The same typed approval in a received package: the read-only banner says it too.
TEST(ReviewRecord, TheBannerSaysATypedApprovalIsNotEvidence)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("typed.nbapply.zip"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        QJsonObject root = source.session.draft().json();
        root.insert(QStringLiteral("formatVersion"), 2);
        root.insert(QStringLiteral("review"),
                    QJsonObject{{QStringLiteral("approval"),
                                 QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                                             {QStringLiteral("by"), QStringLiteral("王五")}}}});
        // The documents beside the draft, as the example has them, so that the package carries them.
        QDir(dir.path()).mkpath(QStringLiteral("documents"));
        for (const QString &file : QDir(example(QStringLiteral("documents"))).entryList(QDir::Files))
            QFile::copy(example(QStringLiteral("documents/")) + file,
                        dir.filePath(QStringLiteral("documents/")) + file);
        const QString typed = dir.filePath(QStringLiteral("typed.nbapply.json"));
        QFile file(typed);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        OpenedSession again(typed);
        ASSERT_TRUE(again.opened) << again.message.toStdString();
        BilingualText error;
        ASSERT_TRUE(again.session.saveAsPackage(package, &error)) << error.en.toStdString();
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(package));
    const QString text = w.window.readOnlyBanner()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("unsigned: not evidence of approval")) ||
                text.contains(QStringLiteral("未签名：不能作为批准的证据")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("王五")));
}

TEST(ReviewRecord, PrintReviewReportIsAButtonBesidePrintAndWritesTheReportsBytes)
{
    qputenv("SOURCE_DATE_EPOCH", "1795680000"); // the same clock for the page and the comparison
    setStoredReviewerName(QStringLiteral("Li"));
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    auto *button = review->findChild<QPushButton *>(QStringLiteral("reviewReportButton"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus) << "reachable with Tab";
    const QString visible = button->text().remove(u'&').remove(u'…');
    EXPECT_FALSE(visible.isEmpty());
    // The name a screen reader reads (the button's text unless one is set) contains the visible text.
    const QString name = QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name).remove(u'&');
    EXPECT_TRUE(name.contains(visible)) << name.toStdString() << " / " << visible.toStdString();

    w.window.session()->addComment(QStringLiteral("plan.duration"), QStringLiteral("Li"),
                                   QStringLiteral("Why?"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString status = review->writeReviewReport(path);
    EXPECT_TRUE(status.contains(QStringLiteral("report.pdf"))) << status.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const ReviewReportResult expected = renderReviewReport(w.window.session()->checked());
    ASSERT_TRUE(expected.ok);
    EXPECT_EQ(file.readAll(), expected.pdf) << "the bytes `nbapply report` writes";
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    qunsetenv("SOURCE_DATE_EPOCH");
}

} // namespace

// A signed export received and opened: the banner, Review and the Export page list the PDF's signature
// with the signer from its certificate; a byte changed inside what was signed reads "changed after
// signing" in the banner.
TEST(ReviewRecord, AReceivedSignedPdfShowsItsSignatureWhereTheReviewerLooks)
{
    ASSERT_TRUE(pki().ok);
    setTrustedCaFiles({pki().caPem});
    QTemporaryDir dir;
    ApplicationExportOptions options;
    options.draftFolder = test::sourcePath(QStringLiteral("examples"));
    options.writeEmail = false;
    options.signer = signing::SigningIdentity::fromPkcs12(test::readAll(pki().issuedP12),
                                                          test::TestPki::kPassword, nullptr);
    ASSERT_TRUE(options.signer);
    const Draft draft = *loadDraftFile(example(QStringLiteral("company.nbapply.json"))).draft;
    const ApplicationExportResult exported = exportApplication(form(), draft, dir.path(), options);
    ASSERT_TRUE(exported.ok && exported.signedPdf) << exported.error.en.toStdString();

    {
        Window w;
        ASSERT_TRUE(w.window.openFile(exported.pdfPath));
        const QString text = w.window.readOnlyBanner()->text();
        EXPECT_TRUE(text.contains(QStringLiteral("李律师"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("PDF signature")) ||
                    text.contains(QStringLiteral("PDF 签名")))
            << text.toStdString();
        auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
        ASSERT_TRUE(review);
        ASSERT_TRUE(openReview(*review));
        const QString shown =
            runJs(review->view(), QStringLiteral("document.querySelector('.pdf-signature').textContent"))
                .toString();
        EXPECT_TRUE(shown.contains(QStringLiteral("李律师"))) << shown.toStdString();
        auto *line = w.window.wizard()->page(Export)->findChild<QLabel *>(QStringLiteral("approvalLine"));
        ASSERT_NE(line, nullptr);
        EXPECT_TRUE(line->text().contains(QStringLiteral("李律师"))) << line->text().toStdString();
    }

    // One byte of the signed range changed (the signature field's name, which no page draws).
    QFile pdf(exported.pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    QByteArray bytes = pdf.readAll();
    pdf.close();
    const qsizetype at = bytes.lastIndexOf("(Signature1)");
    ASSERT_GT(at, 0);
    bytes[at + 10] = '2';
    const QString changed = dir.filePath(QStringLiteral("changed.pdf"));
    QFile out(changed);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    Window w;
    ASSERT_TRUE(w.window.openFile(changed));
    const QString text = w.window.readOnlyBanner()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("changed after signing")) ||
                text.contains(QStringLiteral("签名后已被修改")))
        << text.toStdString();
    setTrustedCaFiles({});
}
