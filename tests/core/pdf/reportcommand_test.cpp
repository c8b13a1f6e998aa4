// `nbapply report` as a user runs it: the internal review report read back with poppler (pdftotext,
// pdfinfo), page by page.
#include "draft/draftreview.h"
#include "pdftools.h"
#include "testdrafts.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

ToolRun nbapplyRun(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1795680000"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(binaryPath(QStringLiteral("app/cli/nbapply")), arguments);
    ToolRun run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ToolRun pageText(const QString &pdf, int page)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                    QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                    QStringLiteral("-")});
}

const QDateTime kEvening(QDate(2026, 12, 7), QTime(21, 5), QTimeZone(8 * 3600));

// The company example with its documents, in a folder of its own, reviewed by `review`.
QString reviewedDraft(const QString &folder, const std::function<void(Draft *)> &review,
                      const QString &name = QStringLiteral("company.nbapply.json"))
{
    QDir(folder).mkpath(QStringLiteral("documents"));
    for (const QString &file : QDir(sourcePath(QStringLiteral("examples/documents"))).entryList(QDir::Files))
        QFile::copy(sourcePath(QStringLiteral("examples/documents/")) + file,
                    folder + QStringLiteral("/documents/") + file);
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    review(&draft);
    const QString path = QDir(folder).filePath(name);
    return saveDraftFile(draft, path).ok ? path : QString();
}

void everyPageIsMarkedInternal(const QString &pdf)
{
    const int pages = pdfInfo(pdf).value(QStringLiteral("Pages")).toInt();
    ASSERT_GE(pages, 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page).out;
        EXPECT_TRUE(text.contains(QStringLiteral("内部"))) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("INTERNAL"))) << "page " << page;
    }
}

TEST(ReportCommand, TheReportHasTheVerdictEveryThreadsEventsAndEveryDocumentsDigest)
{
    QTemporaryDir dir;
    const QString draft = reviewedDraft(dir.path(), [](Draft *d) {
        const QString id = addReviewComment(d, QStringLiteral("plan.duration"), QStringLiteral("李律师"),
                                            kEvening, QStringLiteral("期限请写明起止日期。"));
        replyToReviewComment(d, id, QStringLiteral("张伟"), kEvening.addSecs(60), QStringLiteral("已补充。"));
        setReviewCommentResolved(d, id, true, QStringLiteral("李律师"), kEvening.addSecs(120));
        setReviewCommentResolved(d, id, false, QStringLiteral("王五"), kEvening.addSecs(180));
        addReviewComment(d, QStringLiteral("applicant.name"), QStringLiteral("Mary Chen"),
                         kEvening.addSecs(240), QStringLiteral("Check the seal."));
    });
    ASSERT_FALSE(draft.isEmpty());
    // The reviewer signs "changes requested" with the certificate 李律师's law firm's CA issued.
    const QTemporaryDir keys;
    const TestPki pki = TestPki::make(keys.path());
    ASSERT_TRUE(pki.ok);
    const QString password = keys.filePath(QStringLiteral("password.txt"));
    QFile passwordFile(password);
    ASSERT_TRUE(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(TestPki::kPassword);
    passwordFile.close();
    const ToolRun approve =
        nbapplyRun({QStringLiteral("approve"), draft, QStringLiteral("--sign"), pki.issuedP12,
                    QStringLiteral("--password-file"), password, QStringLiteral("--changes-requested"),
                    QStringLiteral("--note"), QStringLiteral("期限请写明")});
    ASSERT_EQ(approve.exitCode, 0) << approve.err.toStdString();
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const ToolRun run = nbapplyRun({QStringLiteral("report"), draft, QStringLiteral("--out"), out,
                                    QStringLiteral("--trust"), pki.caPem});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString pdf = run.out.trimmed();
    EXPECT_TRUE(pdf.endsWith(QStringLiteral("/北京南山智能科技有限公司-2026-11-26-review-report.pdf")))
        << pdf.toStdString();
    EXPECT_EQ(QFileInfo(pdf).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions())
        << "owner-only: it holds the application's data";

    const QString text = pdfToText(pdf).out;
    const QString flat = withoutWhitespace(text);
    // The verdict as its signature verifies: the signer and issuer from the certificate, what it covers.
    EXPECT_TRUE(
        flat.contains(withoutWhitespace(QStringLiteral("已由 李律师（某某律师事务所）签名（要求修改）"))))
        << text.toStdString();
    EXPECT_TRUE(flat.contains(
        withoutWhitespace(QStringLiteral("Signed by 李律师 (某某律师事务所) (changes requested)"))));
    EXPECT_TRUE(
        flat.contains(withoutWhitespace(QStringLiteral("note: 期限请写明: valid; identity verified"))));
    EXPECT_TRUE(flat.contains(withoutWhitespace(QStringLiteral("签名人 / Signer: 李律师 (某某律师事务所)"))));
    EXPECT_TRUE(flat.contains(
        withoutWhitespace(QStringLiteral("证书签发者 / Issuer: Test Root CA (Test Trust Services)"))));
    EXPECT_TRUE(flat.contains(
        withoutWhitespace(QStringLiteral("Coverage: 有效，针对当前版本 / valid, covers this version"))));
    EXPECT_FALSE(flat.contains(withoutWhitespace(QStringLiteral("not evidence of approval"))));
    // Each thread with each event: when (with the offset), who, what.
    for (const QString &event :
         {QStringLiteral("2026-12-07 21:05:00 +08:00 · 李律师 · 批注 / commented"),
          QStringLiteral("2026-12-07 21:06:00 +08:00 · 张伟 · 回复 / replied"),
          QStringLiteral("2026-12-07 21:07:00 +08:00 · 李律师 · 标为已解决 / resolved"),
          QStringLiteral("2026-12-07 21:08:00 +08:00 · 王五 · 重新打开 / reopened"),
          QStringLiteral("2026-12-07 21:09:00 +08:00 · Mary Chen · 批注 / commented"),
          QStringLiteral("期限请写明起止日期。"), QStringLiteral("已补充。"),
          QStringLiteral("Check the seal.")})
        EXPECT_TRUE(flat.contains(withoutWhitespace(event))) << event.toStdString();
    // Every document with its SHA-256, as `validate` lists them.
    const ToolRun validate =
        nbapplyRun({QStringLiteral("validate"), draft, QStringLiteral("--trust"), pki.caPem});
    const QRegularExpression digest(QStringLiteral("SHA-256 ([0-9a-f]{64})"));
    int documents = 0;
    for (auto match = digest.globalMatch(validate.err); match.hasNext(); ++documents)
        EXPECT_TRUE(text.contains(match.next().captured(1)));
    EXPECT_EQ(documents, 4) << validate.err.toStdString();
    // validate shows the verdict too, with the open comments.
    EXPECT_TRUE(validate.err.contains(
        QStringLiteral("review\tSigned by 李律师 (某某律师事务所) (changes requested)")))
        << validate.err.toStdString();
    EXPECT_TRUE(
        validate.err.contains(QStringLiteral("identity verified; revocation not checked (offline); 2 open "
                                             "comment(s)\n")))
        << validate.err.toStdString();
    everyPageIsMarkedInternal(pdf);

    // An existing report is not replaced without --force; in Chinese the name is Chinese.
    const ToolRun again = nbapplyRun({QStringLiteral("report"), draft, QStringLiteral("--out"), pdf});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(
        nbapplyRun({QStringLiteral("report"), draft, QStringLiteral("--out"), pdf, QStringLiteral("--force")})
            .exitCode,
        0);
    const ToolRun chinese = nbapplyRun({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                        QStringLiteral("report"), draft, QStringLiteral("--out"), out});
    ASSERT_EQ(chinese.exitCode, 0) << chinese.err.toStdString();
    EXPECT_TRUE(chinese.out.trimmed().endsWith(QStringLiteral("-审阅报告.pdf"))) << chinese.out.toStdString();
}

// An approval typed into the draft's JSON (or the unsigned record earlier versions wrote) is named by no
// one: the report and validate say it is not evidence of approval.
TEST(ReportCommand, AnApprovalTypedIntoTheDraftIsNotEvidenceOfApproval)
{
    QTemporaryDir dir;
    const QString draft = reviewedDraft(dir.path(), [](Draft *d) {
        QJsonObject root = d->json();
        root.insert(QStringLiteral("formatVersion"), 2);
        root.insert(QStringLiteral("review"),
                    QJsonObject{{QStringLiteral("approval"),
                                 QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")},
                                             {QStringLiteral("by"), QStringLiteral("王五")},
                                             {QStringLiteral("time"), kEvening.toString(Qt::ISODate)}}}});
        *d = Draft::fromJson(root);
    });
    ASSERT_FALSE(draft.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const ToolRun run = nbapplyRun({QStringLiteral("report"), draft, QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString flat = withoutWhitespace(pdfToText(pdf).out);
    EXPECT_TRUE(
        flat.contains(withoutWhitespace(QStringLiteral("Review record: unsigned: not evidence of approval"))))
        << flat.toStdString();
    EXPECT_TRUE(flat.contains(withoutWhitespace(QStringLiteral("审阅记录：未签名：不能作为批准的证据"))));
    EXPECT_FALSE(flat.contains(QStringLiteral("王五")));
    const ToolRun validate = nbapplyRun({QStringLiteral("validate"), draft});
    EXPECT_TRUE(
        validate.err.contains(QStringLiteral("review\tReview record: unsigned: not evidence of approval\n")))
        << validate.err.toStdString();
}

TEST(ReportCommand, AgainstAnOlderVersionTheRedlineShowsTheChangedValue)
{
    QTemporaryDir dir;
    const QString older = reviewedDraft(
        dir.path(),
        [](Draft *d) {
            d->setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起两年。"));
        },
        QStringLiteral("older.nbapply.json"));
    const QString draft = reviewedDraft(dir.path(), [](Draft *) {});
    ASSERT_FALSE(older.isEmpty());
    ASSERT_FALSE(draft.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const ToolRun run = nbapplyRun(
        {QStringLiteral("report"), draft, QStringLiteral("--out"), pdf, QStringLiteral("--against"), older});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString flat = withoutWhitespace(pdfToText(pdf).out);
    EXPECT_TRUE(flat.contains(
        withoutWhitespace(QStringLiteral("与较早版本的差异 / Changes from the older version"))));
    EXPECT_TRUE(flat.contains(QStringLiteral("older.nbapply.json")));
    EXPECT_TRUE(flat.contains(withoutWhitespace(QStringLiteral("− 原 / was: 自获得书面授权之日起两年。"))))
        << flat.toStdString();
    EXPECT_TRUE(flat.contains(withoutWhitespace(QStringLiteral("+ 现 / now: 自获得书面授权之日起三年。"))));
    everyPageIsMarkedInternal(pdf);
}

TEST(ReportCommand, HostileCommentsAreWrappedAcrossPagesWithNothingDropped)
{
    // Line breaks of every kind, control characters, a character beyond the BMP, then 100 KB of words.
    const QString hostile = QStringLiteral("before\r\nCRLF\rCR\nLF\x01"
                                           "ctl\tTAB\x7f"
                                           "del ") +
                            QString::fromUcs4(U"\U0001F600") + QStringLiteral(" emoji");
    QStringList words;
    for (int i = 0; i < 14500; ++i)
        words << QStringLiteral("w%1").arg(i, 5, 10, QLatin1Char('0'));
    const QString huge = words.join(u' ');
    ASSERT_GE(huge.size(), 100000);
    QTemporaryDir dir;
    const QString draft = reviewedDraft(dir.path(), [&](Draft *d) {
        addReviewComment(d, QStringLiteral("plan.usage"), QStringLiteral("Eve\x02"), kEvening, hostile);
        addReviewComment(d, QStringLiteral("plan.usage"), QStringLiteral("Eve"), kEvening, huge);
    });
    ASSERT_FALSE(draft.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("hostile.pdf"));
    const ToolRun run = nbapplyRun({QStringLiteral("report"), draft, QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const int pages = pdfInfo(pdf).value(QStringLiteral("Pages")).toInt();
    EXPECT_GT(pages, 10) << "100 KB of text flows on to many pages";
    const QString text = pdfToText(pdf).out;
    for (const QString &piece :
         {QStringLiteral("before"), QStringLiteral("CRLF"), QStringLiteral("CR"),
          QStringLiteral("LF[U+0001]ctl[U+0009]TAB[U+007F]del"), QStringLiteral("[U+1F600]"),
          QStringLiteral("emoji"), QStringLiteral("Eve[U+0002]")})
        EXPECT_TRUE(text.contains(piece)) << piece.toStdString();
    // Every one of the 14,500 words is on some page, whole.
    const QStringList printed = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QSet<QString> seen(printed.cbegin(), printed.cend());
    int missing = 0;
    for (const QString &word : std::as_const(words))
        missing += seen.contains(word) ? 0 : 1;
    EXPECT_EQ(missing, 0);
    everyPageIsMarkedInternal(pdf);
}

} // namespace
