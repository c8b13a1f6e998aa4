// The compare page: a redline per changed field, comments alongside, file names only, all escaped.
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "review/commentshtml.h"
#include "review/comparehtml.h"
#include "reviewtestdraft.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

DraftLoadResult loaded(const Draft &draft)
{
    DraftLoadResult result;
    result.draft = draft;
    return result;
}

} // namespace

TEST(CompareHtml, MarksTheChangedCharactersAndShowsCommentsAlongside)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft before = test::reviewCompanyDraft(form);
    Draft after = before;
    after.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起五年"));
    after.setText(QStringLiteral("representative.email"), QStringLiteral("<b>li@example.com</b>"));
    addReviewComment(&after, QStringLiteral("plan.duration"), QStringLiteral("李律师"),
                     QDateTime::currentDateTime(), QStringLiteral("五年需要董事会决议"));
    addReviewComment(&after, QStringLiteral("applicant.name"), QStringLiteral("李律师"),
                     QDateTime::currentDateTime(), QStringLiteral("名称与执照一致"));

    const QString html =
        renderCompareHtml(form, loaded(before), QStringLiteral("v1.nbapply.json"), loaded(after),
                          QStringLiteral("v2.nbapply.zip"), Language::English);
    EXPECT_TRUE(html.contains(QStringLiteral(
        "起<del><span class=\"sr-only\"> [Removed: </span>三<span class=\"sr-only\">] </span></del>"
        "<ins><span class=\"sr-only\"> [Added: </span>五<span class=\"sr-only\">] </span></ins>年")))
        << qPrintable(html);
    // The comment sits in the changed field's row; the other one under "did not change".
    const qsizetype row = html.indexOf(QStringLiteral("data-field=\"plan.duration\""));
    ASSERT_GE(row, 0);
    EXPECT_GT(html.indexOf(QStringLiteral("五年需要董事会决议")), row);
    EXPECT_GT(html.indexOf(QStringLiteral("名称与执照一致")),
              html.indexOf(QStringLiteral("id=\"other-comments\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("v1.nbapply.json")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>li@")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    // Comments link back to their field.
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"nbapply-edit:plan.duration\"")));
}

// A changed choice reads as its labels, as Review and the PDF show it, never as its stored code.
TEST(CompareHtml, AChangedChoiceReadsAsItsLabelNotItsCode)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft before = test::reviewCompanyDraft(form);
    Draft after = before;
    after.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});
    const QString html = renderCompareHtml(form, loaded(before), QStringLiteral("a"), loaded(after),
                                           QStringLiteral("b"), Language::English);
    const qsizetype row = html.indexOf(QStringLiteral("data-field=\"plan.models\""));
    ASSERT_GE(row, 0) << qPrintable(html);
    QString change = html.mid(row, html.indexOf(QStringLiteral("</tr>"), row) - row);
    // The redline's marks and the words that say them to a screen reader.
    change.remove(QRegularExpression(QStringLiteral("</?(ins|del)>|<span class=\"sr-only\">[^<]*</span>")));
    EXPECT_FALSE(change.contains(QStringLiteral("16b-base"))) << qPrintable(change);
    const FieldDefinition *models = form.field(QStringLiteral("plan.models"));
    ASSERT_NE(models, nullptr);
    const BilingualText base =
        models->choiceLabel(QStringLiteral("16b-base"), QStringLiteral("organization"));
    EXPECT_TRUE(change.contains(base.zh.toHtmlEscaped())) << qPrintable(change);
}

// A document kind marked not applicable is a row of the compare view, in the reader's language.
TEST(CompareHtml, ANotApplicableMarkIsARowInTheReadersLanguage)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft before = test::reviewCompanyDraft(form);
    Draft after = before;
    after.setNotApplicable(QStringLiteral("legal-representative-id-copy"), true, QStringLiteral("无此职务"));
    for (const Language language : {Language::Chinese, Language::English}) {
        const QString html = renderCompareHtml(form, loaded(before), QStringLiteral("a"), loaded(after),
                                               QStringLiteral("b"), language);
        const qsizetype row =
            html.indexOf(QStringLiteral("data-field=\"documents.legal-representative-id-copy\""));
        ASSERT_GE(row, 0) << qPrintable(html);
        QString change = html.mid(row, html.indexOf(QStringLiteral("</tr>"), row) - row);
        change.remove(
            QRegularExpression(QStringLiteral("</?(ins|del|bdi)>|<span class=\"sr-only\">[^<]*</span>")));
        EXPECT_TRUE(change.contains(language == Language::Chinese
                                        ? QStringLiteral("不适用：无此职务")
                                        : QStringLiteral("not applicable: 无此职务")))
            << qPrintable(change);
    }
}

// Read through AT-SPI, QtWebEngine 6.4 gives <del> and <ins> no name and a screen reader ignores
// strike-through and colour: every change is bracketed by its kind in words (read, neither drawn nor
// printed), and the table is named by a heading, with column and row headers.
TEST(CompareHtml, ChangesAreReadAsWordsAndTheTableHasAHeadingAndHeaders)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft before = test::reviewCompanyDraft(form);
    Draft after = before;
    after.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起五年"));
    after.setText(QStringLiteral("applicant.address"), QString());
    for (const Language language : {Language::Chinese, Language::English}) {
        const bool zh = language == Language::Chinese;
        const QString html = renderCompareHtml(form, loaded(before), QStringLiteral("a"), loaded(after),
                                               QStringLiteral("b"), language);
        const QString removed = zh ? QStringLiteral("【删除：") : QStringLiteral(" [Removed: ");
        const QString added = zh ? QStringLiteral("【新增：") : QStringLiteral(" [Added: ");
        const QString close = zh ? QStringLiteral("】") : QStringLiteral("] ");
        const qsizetype dels = html.count(QStringLiteral("<del>"));
        const qsizetype inss = html.count(QStringLiteral("<ins>"));
        EXPECT_GE(dels, 2); // 三, and the whole address
        EXPECT_GE(inss, 1);
        // Every mark opens with its word and closes, so where it ends is heard; no word without a mark.
        EXPECT_EQ(html.count(QStringLiteral("<del><span class=\"sr-only\">%1</span>").arg(removed)), dels);
        EXPECT_EQ(html.count(QStringLiteral("<ins><span class=\"sr-only\">%1</span>").arg(added)), inss);
        EXPECT_EQ(html.count(QStringLiteral("<span class=\"sr-only\">%1</span></del>").arg(close)), dels);
        EXPECT_EQ(html.count(QStringLiteral("<span class=\"sr-only\">%1</span></ins>").arg(close)), inss);
        EXPECT_EQ(html.count(QStringLiteral("<span class=\"sr-only\">")), 2 * (dels + inss));
        // The words are neither drawn nor printed.
        EXPECT_TRUE(html.contains(QStringLiteral(".sr-only { position: absolute;")));
        EXPECT_TRUE(html.contains(QStringLiteral("@media print { .sr-only { display: none; } }")));
        // A heading names the table; three column headers; each changed field is a row header.
        EXPECT_TRUE(html.contains(zh ? QStringLiteral("<h2 id=\"changes-title\">有改动的栏目（2 个）</h2>")
                                     : QStringLiteral("<h2 id=\"changes-title\">Changed fields (2)</h2>")))
            << qPrintable(html);
        EXPECT_TRUE(
            html.contains(QStringLiteral("<table class=\"redline\" aria-labelledby=\"changes-title\">")));
        EXPECT_EQ(html.count(QStringLiteral("<th scope=\"col\">")), 3);
        EXPECT_EQ(html.count(QStringLiteral("<th scope=\"row\">")), 2);
        EXPECT_EQ(html.count(QStringLiteral("<tr data-field=")), 2);
        EXPECT_EQ(html.count(QStringLiteral("<h1")), 1);
    }
}

TEST(CompareHtml, TheSameApplicationSaysSo)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft draft = test::reviewCompanyDraft(form);
    const QString html = renderCompareHtml(form, loaded(draft), QStringLiteral("a"), loaded(draft),
                                           QStringLiteral("b"), Language::Chinese);
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"no-changes\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("<del>")));
    EXPECT_FALSE(html.contains(QStringLiteral("changes-title"))); // no heading over a table not shown
}

TEST(CommentsHtml, ListsOpenCommentsFirstWithLinksAndNothingWhenThereAreNone)
{
    const FormDefinition &form = FormDefinition::builtin();
    Draft draft = test::reviewCompanyDraft(form);
    EXPECT_TRUE(renderCommentsHtml(form, draft, Language::English).isEmpty());
    const QString first = addReviewComment(&draft, QStringLiteral("applicant.name"), QStringLiteral("A"),
                                           QDateTime::currentDateTime(), QStringLiteral("first"));
    addReviewComment(&draft, QStringLiteral("documents.business-licence"), QStringLiteral("B"),
                     QDateTime::currentDateTime(), QStringLiteral("second <i>"));
    setReviewCommentResolved(&draft, first, true, QStringLiteral("A"), QDateTime::currentDateTime());
    const QString html = renderCommentsHtml(form, draft, Language::English);
    EXPECT_LT(html.indexOf(QStringLiteral("second &lt;i&gt;")), html.indexOf(QStringLiteral("first")));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"nbapply-edit:documents.business-licence\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("Resolved")));
}

// Each comment in Review's list can be replied to and resolved (or reopened) where it is listed: links
// named in full, in the reader's language, with the comment's id escaped; the compare view has none.
TEST(CommentsHtml, EachCommentHasReplyAndResolveLinksNamedForScreenReaders)
{
    const FormDefinition &form = FormDefinition::builtin();
    Draft draft = test::reviewCompanyDraft(form);
    const QString open =
        addReviewComment(&draft, QStringLiteral("plan.duration"), QStringLiteral("A&B \"Law\""),
                         QDateTime::currentDateTime(), QStringLiteral("three years?"));
    const QString resolved =
        addReviewComment(&draft, QStringLiteral("applicant.name"), QStringLiteral("李律师"),
                         QDateTime::currentDateTime(), QStringLiteral("ok"));
    setReviewCommentResolved(&draft, resolved, true, QStringLiteral("A"), QDateTime::currentDateTime());

    const QString en = renderCommentsHtml(form, draft, Language::English);
    EXPECT_TRUE(
        en.contains(QStringLiteral("href=\"%1\"").arg(commentActionLink(CommentAction::Reply, open))));
    EXPECT_TRUE(
        en.contains(QStringLiteral("href=\"%1\"").arg(commentActionLink(CommentAction::Resolve, open))));
    EXPECT_TRUE(
        en.contains(QStringLiteral("href=\"%1\"").arg(commentActionLink(CommentAction::Reopen, resolved))));
    EXPECT_FALSE(en.contains(commentActionLink(CommentAction::Resolve, resolved)));
    EXPECT_TRUE(en.contains(QStringLiteral(
        "aria-label=\"Resolve A&amp;B &quot;Law&quot;’s comment on Duration of commercial use\"")))
        << qPrintable(en);
    EXPECT_FALSE(en.contains(QStringLiteral("\"Law\"")));
    const QString zh = renderCommentsHtml(form, draft, Language::Chinese);
    EXPECT_TRUE(zh.contains(QStringLiteral("aria-label=\"重新打开李律师对“")));
    EXPECT_TRUE(zh.contains(QStringLiteral(">回复</a>")));
    // Not printed.
    EXPECT_TRUE(en.contains(QStringLiteral("@media print{.comment-actions{display:none}}")));

    // An id that is not a plain word stays one query value.
    EXPECT_EQ(commentActionLink(CommentAction::Reply, QStringLiteral("a b&c\"")),
              QStringLiteral("nbapply-comment:reply?id=a%20b%26c%22"));

    Draft after = draft;
    after.setText(QStringLiteral("plan.duration"), QStringLiteral("两年"));
    DraftLoadResult before;
    before.draft = draft;
    DraftLoadResult now;
    now.draft = after;
    const QString compare =
        renderCompareHtml(form, before, QStringLiteral("a"), now, QStringLiteral("b"), Language::English);
    EXPECT_TRUE(compare.contains(QStringLiteral("three years?")));
    EXPECT_FALSE(compare.contains(commentActionScheme()));
}

// The compare view reads documents as `validate` does: a version naming a file outside its folder is
// not compared, the page says why with the problem's code, and shows nothing of the file.
TEST(CompareHtml, ADocumentOutsideTheFolderIsRefusedNotCompared)
{
    const FormDefinition &form = FormDefinition::builtin();
    QTemporaryDir dir;
    Draft hostile = test::reviewCompanyDraft(form);
    hostile.setDocuments({{QStringLiteral("business-licence"), QStringLiteral("/etc/passwd")}});
    Draft edited = hostile;
    edited.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起五年"));
    DraftLoadResult before = loaded(hostile);
    before.documentFolder = dir.path();
    DraftLoadResult after = loaded(edited);
    after.documentFolder = dir.path();
    for (const Language language : {Language::Chinese, Language::English}) {
        const QString html =
            renderCompareHtml(form, before, QStringLiteral("a"), after, QStringLiteral("b"), language);
        EXPECT_TRUE(html.contains(QStringLiteral("id=\"compare-refused\""))) << qPrintable(html);
        EXPECT_TRUE(html.contains(QStringLiteral("document.outside-folder")));
        EXPECT_FALSE(html.contains(QStringLiteral("SHA-256")));
        EXPECT_FALSE(html.contains(QStringLiteral("data-field=")));
    }
}
