// A reviewer's work in the window: a received application opens read-only behind a banner; comments
// sit beside their fields and in Review; an approval shows on the Export page and goes stale after an
// edit; File › Compare with… shows a redline in the Review view.
#include "comments/approvalline.h"
#include "comments/commentindicators.h"
#include "comments/commentsdialog.h"
#include "comments/reviewername.h"
#include "comments/reviewmenu.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "export/applicationexport.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "mainwindow.h"
#include "review/commentshtml.h"
#include "review/readonlybanner.h"
#include "reviewexporthelpers.h"
#include "signing/signingidentity.h"
#include "testpki.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <functional>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;
using nbapply::test::TestPki;

namespace
{

FieldRow *rowFor(MainWindow &window, const QString &path)
{
    for (FieldRow *row : window.wizard()->findChildren<FieldRow *>())
        if (row->field().path() == path)
            return row;
    return nullptr;
}

// A button pressed from the keyboard: focused (as Tab would), then Space.
void press(QAbstractButton *button)
{
    ASSERT_TRUE(button);
    ASSERT_TRUE(button->isEnabled());
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

struct Window {
    Window()
    {
        window.show();
        QApplication::setActiveWindow(&window);
    }
    MainWindow window{form()};
};

} // namespace

// A received PDF's banner gives the export date its pages print, not the date of the file's copy.
TEST(ReviewWorkflow, AReceivedPdfsBannerNamesItsExportDate)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    QTemporaryDir dir;
    ApplicationExportOptions options;
    options.exportTime = QDateTime(QDate(2026, 3, 9), QTime(10, 0), QTimeZone::utc());
    options.writeEmail = false;
    QString pdf;
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        options.draftFolder = source.session.draftFolder();
        const ApplicationExportResult result =
            exportApplication(form(), source.session.draft(), dir.path(), options);
        ASSERT_TRUE(result.ok) << result.error.en.toStdString();
        pdf = result.pdfPath;
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(pdf));
    ReadOnlyBanner *banner = w.window.readOnlyBanner();
    ASSERT_TRUE(banner->isVisible());
    EXPECT_EQ(w.window.session()->sourceExportDate(), QDate(2026, 3, 9));
    const QString exported =
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(QDate(2026, 3, 9), QLocale::ShortFormat);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Exported: ") + exported))
        << qPrintable(banner->text());
    EXPECT_FALSE(banner->text().contains(QStringLiteral("File date")));
    setUiLanguage(before);
}

TEST(ReviewWorkflow, AReceivedPackageOpensReadOnlyBehindABannerUntilEditACopy)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("from-colleague.nbapply.zip"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened) << source.message.toStdString();
        ASSERT_TRUE(source.session.saveAsPackage(package, nullptr));
    }
    Window w;
    ASSERT_TRUE(w.window.openFile(package));
    ReadOnlyBanner *banner = w.window.readOnlyBanner();
    ASSERT_TRUE(banner->isVisible());
    const DraftSession &session = *w.window.session();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("from-colleague.nbapply.zip")));
    EXPECT_TRUE(banner->text().contains(session.draft().text(QStringLiteral("applicant.name"))));
    ASSERT_TRUE(session.received().has_value());
    EXPECT_TRUE(banner->text().contains(session.received()->fingerprint));
    EXPECT_FALSE(banner->text().contains(dir.path())); // the file name only
    FieldRow *name = rowFor(w.window, QStringLiteral("applicant.name"));
    ASSERT_TRUE(name);
    EXPECT_FALSE(name->input()->isEnabled());
    // A reviewer may comment on any field of a received application.
    EXPECT_TRUE(name->commentButton()->isVisibleTo(w.window.wizard()->currentPage()) || !name->isVisible());

    // Edit a copy, from the keyboard: the banner's button has the focus policy of any button.
    banner->editCopyButton()->setFocus();
    QTest::keyClick(banner->editCopyButton(), Qt::Key_Space);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(name->input()->isEnabled());
    EXPECT_FALSE(w.window.session()->isReadOnly());
    EXPECT_TRUE(w.window.session()->filePath().isEmpty()); // Save asks where
}

TEST(ReviewWorkflow, CommentsSitBesideTheirFieldInReviewAndCanBeRepliedToAndResolved)
{
    setStoredReviewerName(QStringLiteral("李律师"));
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    ASSERT_TRUE(w.window.wizard()->goToField(QStringLiteral("plan.duration")));
    EXPECT_EQ(w.window.reviewMenu()->indicators()->fieldOfFocus(), QStringLiteral("plan.duration"));
    FieldRow *row = rowFor(w.window, QStringLiteral("plan.duration"));
    ASSERT_TRUE(row);
    EXPECT_FALSE(row->commentButton()->isVisible()); // an own draft without comments: nothing extra

    {
        CommentsDialog dialog(w.window.session(), QStringLiteral("plan.duration"), &w.window);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        ASSERT_EQ(QApplication::focusWidget(), dialog.editor());
        QTest::keyClicks(dialog.editor(), QStringLiteral("Three years needs the board"));
        press(dialog.addButton());
        ASSERT_EQ(dialog.list()->count(), 1);
        EXPECT_TRUE(dialog.editor()->toPlainText().isEmpty());
        dialog.list()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog.list(), Qt::Key_Home);
        EXPECT_EQ(dialog.list()->currentRow(), 0);
        QTest::keyClicks(dialog.editor(), QStringLiteral("Board approved"));
        press(dialog.replyButton());
        press(dialog.resolveButton());
    }
    const QList<ReviewComment> comments = reviewComments(w.window.session()->draft());
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments[0].author, QStringLiteral("李律师"));
    EXPECT_EQ(comments[0].text, QStringLiteral("Three years needs the board"));
    ASSERT_EQ(comments[0].replies.size(), 1);
    EXPECT_EQ(comments[0].replies[0].text, QStringLiteral("Board approved"));
    EXPECT_TRUE(comments[0].resolved);
    EXPECT_TRUE(w.window.session()->isDirty());
    // The indicator beside the field, reachable with Tab (it is in the row's tab order).
    EXPECT_TRUE(row->commentButton()->isVisible());
    EXPECT_TRUE(row->commentButton()->text().contains(QStringLiteral("0 open")));
    EXPECT_TRUE(row->tabOrder().contains(row->commentButton()));

    // Review lists it with a link to the field.
    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    ASSERT_TRUE(openReview(*review));
    EXPECT_TRUE(runJs(review->view(), QStringLiteral("document.querySelector('#comments').innerText"))
                    .toString()
                    .contains(QStringLiteral("Three years needs the board")));
    EXPECT_EQ(
        runJs(review->view(), QStringLiteral("document.querySelector('#comments a').getAttribute('href')"))
            .toString(),
        QStringLiteral("nbapply-edit:plan.duration"));
}

TEST(ReviewWorkflow, TheSignedApprovalShowsOnTheExportPageAndCoversAnOlderVersionAfterAnEdit)
{
    QTemporaryDir keys;
    const TestPki pki = TestPki::make(keys.path());
    ASSERT_TRUE(pki.ok);
    const std::optional<signing::SigningIdentity> identity = signing::SigningIdentity::fromPkcs12(
        nbapply::test::readAll(pki.selfSignedP12), TestPki::kPassword, nullptr);
    ASSERT_TRUE(identity);
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    auto *line = w.window.findChild<ApprovalLine *>();
    ASSERT_TRUE(line);
    EXPECT_TRUE(line->text().contains(QStringLiteral("Not reviewed")));
    ASSERT_TRUE(w.window.session()->recordSignedApproval(QStringLiteral("approved"), QString(), *identity));
    // The name is the certificate's; the reviewer name typed in Settings plays no part.
    EXPECT_TRUE(line->text().contains(
        QStringLiteral("Signed by Self Signer (Nobody Vouches) (approval for sending)")))
        << line->text().toStdString();
    EXPECT_TRUE(line->text().contains(QStringLiteral("identity not verified")));

    w.window.session()->setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起五年"));
    EXPECT_TRUE(line->text().contains(QStringLiteral("covers an older version")))
        << line->text().toStdString();
}

TEST(ReviewWorkflow, CompareWithShowsARedlineInTheReviewView)
{
    QTemporaryDir dir;
    const QString older = dir.filePath(QStringLiteral("v1.nbapply.json"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened);
        source.session.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起三年"));
        ASSERT_TRUE(saveDraftFile(source.session.draft(), older).ok);
    }
    setStoredReviewerName(QStringLiteral("Li"));
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    w.window.session()->setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起五年"));
    w.window.session()->addComment(QStringLiteral("plan.duration"), QStringLiteral("Li"),
                                   QStringLiteral("Why five?"));
    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    QSignalSpy loaded(review, &ReviewPage::reviewLoaded);
    ASSERT_TRUE(w.window.reviewMenu()->compareWith(older));
    EXPECT_EQ(w.window.wizard()->currentId(), int(Review));
    EXPECT_TRUE(review->isComparing());
    ASSERT_TRUE(loaded.wait(30000));
    // Wait for the comparison (the first load may be the review).
    for (int i = 0;
         i < 5 &&
         runJs(review->view(), QStringLiteral("document.querySelector('table.redline') !== null")).toBool() ==
             false;
         ++i)
        loaded.wait(5000);
    // Each mark: the text drawn, and its kind in words for a screen reader (.sr-only, not drawn).
    const auto mark = [&](const char *tag, const char *part) {
        return runJs(review->view(),
                     QStringLiteral(
                         "(() => { const m = document.querySelector('tr[data-field=\"plan.duration\"] "
                         "%1').cloneNode(true); const w = m.querySelectorAll('.sr-only'); "
                         "if ('%2' === 'word') return w.length ? w[0].textContent : ''; "
                         "w.forEach(e => e.remove()); return m.textContent; })()")
                         .arg(QLatin1String(tag), QLatin1String(part)))
            .toString();
    };
    EXPECT_EQ(mark("del", "text"), QStringLiteral("三"));
    EXPECT_EQ(mark("ins", "text"), QStringLiteral("五"));
    EXPECT_TRUE(QStringList({QStringLiteral("【删除："), QStringLiteral(" [Removed: ")})
                    .contains(mark("del", "word")))
        << qPrintable(mark("del", "word"));
    EXPECT_TRUE(
        QStringList({QStringLiteral("【新增："), QStringLiteral(" [Added: ")}).contains(mark("ins", "word")))
        << qPrintable(mark("ins", "word"));
    EXPECT_TRUE(runJs(review->view(),
                      QStringLiteral("document.querySelector('tr[data-field=\"plan.duration\"]').innerText"))
                    .toString()
                    .contains(QStringLiteral("Why five?")));
    EXPECT_TRUE(runJs(review->view(), QStringLiteral("document.querySelector('#compare-files').innerText"))
                    .toString()
                    .contains(QStringLiteral("v1.nbapply.json")));
    // Printable like the review.
    const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
    QSignalSpy printed(review, &ReviewPage::pdfPrinted);
    review->printToPdf(pdf);
    ASSERT_TRUE(printed.wait(30000));
    EXPECT_TRUE(printed.constFirst().at(1).toBool());
    EXPECT_GT(QFileInfo(pdf).size(), 0);
    review->clearComparison();
    EXPECT_FALSE(review->isComparing());
}

TEST(ReviewWorkflow, AFileDroppedOntoTheWindowOpensLikeFileOpen)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("dropped.nbapply.zip"));
    {
        OpenedSession source(example(QStringLiteral("company.nbapply.json")));
        ASSERT_TRUE(source.opened);
        ASSERT_TRUE(source.session.saveAsPackage(package, nullptr));
    }
    Window w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(package)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w.window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w.window, &drop);
    QTRY_COMPARE(w.window.session()->sourceKind(), SourceKind::Package);
    EXPECT_TRUE(w.window.session()->isReadOnly());
    EXPECT_TRUE(w.window.windowTitle().contains(QStringLiteral("dropped.nbapply.zip")));
}

TEST(ReviewWorkflow, TheFirstCommentAsksForTheReviewersNameOnceAndKeepsIt)
{
    setStoredReviewerName(QString());
    Window w;
    // Types the name into the dialog's line edit and presses Enter; closes it in any case.
    QTimer::singleShot(100, [] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *input = qobject_cast<QInputDialog *>(top);
            if (!input || !input->isVisible())
                continue;
            if (auto *edit = input->findChild<QLineEdit *>()) {
                QTest::keyClicks(edit, QStringLiteral("Li Wei"));
                QTest::keyClick(edit, Qt::Key_Return);
            }
            if (input->isVisible())
                input->reject();
        }
    });
    EXPECT_EQ(reviewerName(&w.window), QStringLiteral("Li Wei"));
    EXPECT_EQ(storedReviewerName(), QStringLiteral("Li Wei"));
    // Asked once: now it comes from the settings without a dialog.
    EXPECT_EQ(reviewerName(&w.window), QStringLiteral("Li Wei"));
}

namespace
{

// Waits (the event loop running) until `done` holds; false after 15 s.
bool waitFor(const std::function<bool()> &done)
{
    for (int i = 0; i < 300 && !done(); ++i)
        QTest::qWait(50);
    return done();
}

// Focuses the comment list's link matching `selector` (as Tab would) and presses Enter on it; waits for
// the link first (the list may still be rendering after the last action).
void pressLink(ReviewPage *review, const QString &selector)
{
    review->view()->setFocus(Qt::TabFocusReason);
    const QString focus =
        QStringLiteral("(function(){var a=document.querySelector('#comments %1');"
                       "if(!a)return false;a.focus();return document.activeElement===a;})()")
            .arg(selector);
    ASSERT_TRUE(waitFor([&] { return runJs(review->view(), focus).toBool(); })) << selector.toStdString();
    QWidget *keys = review->view()->focusProxy() ? review->view()->focusProxy() : review->view();
    QTest::keyClick(keys, Qt::Key_Return);
}

// Waits until the comment list shows `text`.
bool listShows(ReviewPage *review, const QString &text)
{
    return waitFor([&] {
        return runJs(
                   review->view(),
                   QStringLiteral(
                       "(function(){var c=document.querySelector('#comments');return c?c.innerText:'';})()"))
            .toString()
            .contains(text);
    });
}

ReviewComment onlyComment(const DraftSession &session)
{
    const QList<ReviewComment> comments = reviewComments(session.draft());
    return comments.size() == 1 ? comments.first() : ReviewComment{};
}

} // namespace

TEST(ReviewWorkflow, ACommentIsRepliedToAndResolvedFromReviewsListByKeyboard)
{
    setStoredReviewerName(QStringLiteral("Li Wei"));
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    struct Restore {
        Language language;
        ~Restore() { setUiLanguage(language); }
    } restore{before};
    Window w;
    ASSERT_TRUE(w.window.openFile(example(QStringLiteral("company.nbapply.json"))));
    DraftSession &session = *w.window.session();
    const QString id = session.addComment(QStringLiteral("plan.duration"), QStringLiteral("王律师"),
                                          QStringLiteral("Three years needs the board"));
    auto *review = qobject_cast<ReviewPage *>(w.window.wizard()->page(Review));
    ASSERT_TRUE(review);
    ASSERT_TRUE(openReview(*review));

    // Links in the comment's list item, in the focus chain, each named in full for screen readers.
    const QString resolve = QStringLiteral("document.querySelector('#comments a.comment-resolve')");
    EXPECT_EQ(runJs(review->view(), resolve + QStringLiteral(".tabIndex")).toInt(), 0);
    EXPECT_EQ(runJs(review->view(), resolve + QStringLiteral(".getAttribute('aria-label')")).toString(),
              QStringLiteral("Resolve 王律师’s comment on Duration of commercial use"));
    EXPECT_EQ(runJs(review->view(),
                    QStringLiteral(
                        "document.querySelector('#comments a.comment-reply').getAttribute('aria-label')"))
                  .toString(),
              QStringLiteral("Reply to 王律师’s comment on Duration of commercial use"));

    // Enter on the focused Resolve link resolves the comment; the focus comes back to its Reopen link.
    pressLink(review, QStringLiteral("a.comment-resolve"));
    ASSERT_TRUE(waitFor([&] { return onlyComment(session).resolved; }));
    ASSERT_TRUE(listShows(review, QStringLiteral("Reopen")));
    EXPECT_TRUE(waitFor([&] {
        return runJs(review->view(), QStringLiteral("document.activeElement.getAttribute('href')"))
                   .toString() == commentActionLink(CommentAction::Reopen, id);
    }));

    // Reply: a dialog that names the comment; what is typed becomes a reply signed with the name.
    QString label;
    QString editorName;
    // The dialog opens once the click has been delivered: looked for until it is there.
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *input = qobject_cast<QInputDialog *>(top);
            if (!input || !input->isVisible())
                continue;
            label = input->labelText();
            if (auto *edit = input->findChild<QPlainTextEdit *>()) {
                if (QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(edit))
                    editorName = a11y->text(QAccessible::Name);
                edit->setFocus();
                QTest::keyClicks(edit, QStringLiteral("Board approved on 1 May"));
            }
            answer.stop();
            input->accept();
        }
    });
    answer.start();
    pressLink(review, QStringLiteral("a.comment-reply"));
    ASSERT_TRUE(waitFor([&] { return !onlyComment(session).replies.isEmpty(); })) << label.toStdString();
    const ReviewComment comment = onlyComment(session);
    EXPECT_EQ(comment.replies.first().author, QStringLiteral("Li Wei"));
    EXPECT_EQ(comment.replies.first().text, QStringLiteral("Board approved on 1 May"));
    EXPECT_TRUE(label.contains(QStringLiteral("王律师"))) << label.toStdString();
    EXPECT_TRUE(label.contains(QStringLiteral("Duration of commercial use"))) << label.toStdString();
    EXPECT_TRUE(editorName.contains(QStringLiteral("王律师"))) << editorName.toStdString();

    // Reopened from the list too, once the list shows the reply.
    EXPECT_TRUE(listShows(review, QStringLiteral("Board approved on 1 May")));
    pressLink(review, QStringLiteral("a.comment-reopen"));
    ASSERT_TRUE(waitFor([&] { return !onlyComment(session).resolved; }));
}
