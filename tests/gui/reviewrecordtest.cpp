// The record of the review in the wizard: approving over open comments asks first, the verdict shows on
// the read-only banner, resolving records who, and Review › Print review report writes the report.
#include "comments/reviewername.h"
#include "comments/reviewmenu.h"
#include "draft/draftreview.h"
#include "mainwindow.h"
#include "review/readonlybanner.h"
#include "review/reviewpage.h"
#include "review/reviewreport.h"
#include "reviewexporthelpers.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QApplication>
#include <QFile>
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

// Review › Record approval… with "Approved for sending"; an Answerer handles the question that may follow.
bool approve(MainWindow &window)
{
    // The first dialog has no object name of its own: the verdict box.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (auto *approved = box->findChild<QPushButton *>(QStringLiteral("approvedButton"))) {
            approved->setFocus(Qt::TabFocusReason);
            QTest::keyClick(approved, Qt::Key_Space);
        }
    });
    return window.reviewMenu()->recordApprovalWithDialog();
}

TEST(ReviewRecord, ApprovingWhileCommentsAreOpenAsksFirstAndEnterDoesNotApprove)
{
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
        EXPECT_EQ(approvalStatus(session->draft()), ApprovalStatus::NotReviewed) << "Enter is Cancel";
    }
    {
        Answerer yes(QStringLiteral("openCommentsQuestion"), QStringLiteral("approveAnywayButton"));
        EXPECT_TRUE(approve(w.window));
        EXPECT_TRUE(yes.shown());
        EXPECT_EQ(approvalStatus(session->draft()), ApprovalStatus::Approved);
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

TEST(ReviewRecord, TheReadOnlyBannerShowsTheVerdict)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("approved.nbapply.zip"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        source.session.addComment(QStringLiteral("plan.duration"), QStringLiteral("Li"),
                                  QStringLiteral("ok?"));
        source.session.recordApproval(ApprovalState::Approved, QStringLiteral("Li"));
        ASSERT_TRUE(source.session.saveAsPackage(package, nullptr));
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(package));
    ReadOnlyBanner *banner = w.window.readOnlyBanner();
    ASSERT_TRUE(banner->isVisible());
    const QString text = banner->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Approved for sending by Li")) ||
                text.contains(QStringLiteral("已由 Li 于")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 open comment")) || text.contains(QStringLiteral("1 条")))
        << text.toStdString();
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
    EXPECT_TRUE(button->accessibleName().contains(visible))
        << button->accessibleName().toStdString() << " / " << visible.toStdString();

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
