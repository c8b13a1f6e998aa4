// One application, one truth: a messy draft reads the same in Review, the PDF (pdftotext), the e-mail
// letter (parsed as a mail client does) and `nbapply validate --values`; a confirmed credit code is
// marked unverified in the PDF and the letter; the enclosures carry one name everywhere.
#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "emlparser.h"
#include "export/applicationexport.h"
#include "messydraft.h"
#include "pdftools.h"
#include "processrunner.h"
#include "review/reviewhtml.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

struct Views {
    QString review;
    QString pdfText; // without page furniture
    QString letter;  // the text/plain part
    QJsonObject eml;
    QString validate;
    bool ok = false;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every view of `draft`, exported into `dir`.
Views viewsOf(const Draft &draft, const QTemporaryDir &dir)
{
    Views views;
    const CheckedApplication checked = checkedOf(draft);
    views.review = renderReviewHtml(checked, Language::Chinese);

    ApplicationExportOptions options;
    options.exportTime = messyExportTime();
    const ApplicationExportResult exported =
        exportApplication(checked, dir.filePath(QStringLiteral("out")), options);
    EXPECT_TRUE(exported.ok) << exported.error.en.toStdString();
    if (!exported.ok)
        return views;
    const ToolRun text = pdfToText(exported.pdfPath);
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    views.pdfText = textWithoutPageFurniture(text.out);
    views.eml = parseEml(readAll(exported.emailPath));
    views.letter = views.eml.value(QStringLiteral("text")).toString();

    const QString draftPath = dir.filePath(QStringLiteral("messy.nbapply.json"));
    EXPECT_TRUE(saveDraftFile(draft, draftPath).ok);
    const ProcessResult validate = runNbapply(
        {QStringLiteral("validate"), QStringLiteral("--values"), draftPath},
        {QStringLiteral("SOURCE_DATE_EPOCH=") + QString::number(messyExportTime().toSecsSinceEpoch())});
    views.validate = validate.out;
    views.ok = true;
    return views;
}

TEST(OneTruth, AMessyDraftReadsTheSameInReviewPdfLetterAndValidate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Views views = viewsOf(messyCompanyDraft(), dir);
    ASSERT_TRUE(views.ok);
    for (const ShownValue &value : messyValues()) {
        const std::string what = value.path.toStdString();
        // Review: exactly the PDF's text, never the typed one.
        EXPECT_TRUE(views.review.contains(QStringLiteral("<bdi>") + value.shown.toHtmlEscaped() +
                                          QStringLiteral("</bdi>")))
            << what;
        EXPECT_FALSE(views.review.contains(QStringLiteral("<bdi>") + value.typed.toHtmlEscaped())) << what;
        // The PDF (wrapped text loses its spaces to line breaks, so compare without white space).
        EXPECT_TRUE(withoutWhitespace(views.pdfText).contains(withoutWhitespace(value.shown))) << what;
        if (!value.shown.contains(value.typed)) { // "138 0013 8000" is part of "+86 138 0013 8000"
            EXPECT_FALSE(withoutWhitespace(views.pdfText).contains(withoutWhitespace(value.typed))) << what;
        }
        // `nbapply validate --values`: one line per field, the value as printed.
        EXPECT_TRUE(views.validate.contains(value.path + u'\t' + value.shown + u'\n'))
            << what << "\n"
            << views.validate.toStdString();
    }
    // The letter summarises the applicant and the representative's contact details.
    for (const QString &shown :
         {QStringLiteral("91110108MA01C3QK0B"), QStringLiteral("zhang.wei@nanshan-ai.example.cn"),
          QStringLiteral("+86 138 0013 8000")}) {
        EXPECT_TRUE(views.letter.contains(QStringLiteral("：") + shown + u'\n')) << shown.toStdString();
        EXPECT_TRUE(views.letter.contains(QStringLiteral(": ") + shown + u'\n')) << shown.toStdString();
    }
    EXPECT_FALSE(views.letter.contains(QStringLiteral("ma01"))) << views.letter.toStdString();
    EXPECT_FALSE(views.letter.contains(QStringLiteral("138 0013 8000\n")) &&
                 !views.letter.contains(QStringLiteral("+86 138 0013 8000\n")));
    // The country by its name in each language, in the PDF and the letter alike.
    EXPECT_TRUE(views.pdfText.contains(QStringLiteral("中国 / China")));
    EXPECT_TRUE(views.letter.contains(QStringLiteral("中国 北京市海淀区")));
    EXPECT_TRUE(views.letter.contains(QStringLiteral("北京市海淀区, China")));
}

TEST(OneTruth, AConfirmedCreditCodeIsMarkedUnverifiedInThePdfTheLetterReviewAndValidate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Draft draft = companyExample();
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91350100M0001TGQXM"));
    draft.setText(QStringLiteral("applicant.enterpriseType"), QStringLiteral("有限责任公司"));
    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    const Views views = viewsOf(draft, dir);
    ASSERT_TRUE(views.ok);
    EXPECT_TRUE(views.pdfText.contains(QStringLiteral("【未经校验 / unverified】")))
        << views.pdfText.toStdString();
    EXPECT_TRUE(views.letter.contains(QStringLiteral("：91350100M0001TGQXM（未经校验）\n")))
        << views.letter.toStdString();
    EXPECT_TRUE(views.letter.contains(QStringLiteral(": 91350100M0001TGQXM (unverified)\n")));
    EXPECT_TRUE(views.eml.value(QStringLiteral("html"))
                    .toString()
                    .contains(QStringLiteral("91350100M0001TGQXM（未经校验）")));
    EXPECT_TRUE(views.review.contains(QStringLiteral("【未经校验 / unverified】")));
    EXPECT_TRUE(views.validate.contains(
        QStringLiteral("applicant.idNumber\t91350100M0001TGQXM\t未经校验 / unverified\n")))
        << views.validate.toStdString();
    // Only the confirmed value is marked.
    EXPECT_EQ(views.pdfText.count(QStringLiteral("未经校验")), 1);
}

TEST(OneTruth, EnclosureNamesAgreeBetweenTheLetterTheMimePartsAndTheCheckedApplication)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Draft draft = companyExample();
    const Views views = viewsOf(draft, dir);
    ASSERT_TRUE(views.ok);
    const QList<Enclosure> enclosures = checkedOf(draft).enclosures();
    const QJsonArray parts = views.eml.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(parts.size(), enclosures.size());
    for (qsizetype i = 0; i < enclosures.size(); ++i) {
        const QString name = enclosures[i].fileName;
        EXPECT_EQ(parts[i].toObject().value(QStringLiteral("filename")).toString(), name);
        const QString zh = QStringLiteral("%1. %2：%3\n").arg(i + 1).arg(enclosures[i].label.zh, name);
        const QString en = QStringLiteral("%1. %2: %3\n").arg(i + 1).arg(enclosures[i].label.en, name);
        EXPECT_TRUE(views.letter.contains(zh)) << zh.toStdString() << views.letter.toStdString();
        EXPECT_TRUE(views.letter.contains(en)) << en.toStdString();
    }
}

} // namespace
