// CheckedApplication: the values, verdicts, documents and enclosures every view reads.
#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "messydraft.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

TEST(CheckedApplication, HoldsNormalisedValuesAndTheirTextAsThePdfPrintsIt)
{
    const CheckedApplication checked = checkedOf(messyCompanyDraft());
    for (const ShownValue &value : messyValues()) {
        const CheckedField *field = checked.field(value.path);
        ASSERT_NE(field, nullptr) << qPrintable(value.path);
        EXPECT_EQ(field->display.zh, value.shown) << qPrintable(value.path);
        EXPECT_EQ(field->display.en, value.shown) << qPrintable(value.path);
        EXPECT_TRUE(field->problems.isEmpty()) << qPrintable(value.path);
    }
    EXPECT_EQ(checked.field(QStringLiteral("representative.phone"))->value, QStringLiteral("+8613800138000"));
    EXPECT_EQ(checked.normalized().text(QStringLiteral("applicant.idNumber")),
              QStringLiteral("91110108MA01C3QK0B"));
    // The draft as typed is kept: its fingerprint is what the PDF prints.
    EXPECT_EQ(checked.draft().text(QStringLiteral("applicant.idNumber")),
              QStringLiteral("9111 0108 ma01 c3qk0b"));
    // Choices by their labels, the country by its name, in each language.
    EXPECT_EQ(checked.field(QStringLiteral("applicant.country"))->display,
              (BilingualText{QStringLiteral("中国"), QStringLiteral("China")}));
    EXPECT_EQ(checked.field(QStringLiteral("applicant.kind"))->display.zh,
              FormDefinition::builtin()
                  .field(QStringLiteral("applicant.kind"))
                  ->choiceLabel(QStringLiteral("organization"), {})
                  .zh);
    // Fields of the other applicant kind are not part of it.
    Draft person = messyCompanyDraft();
    person.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    EXPECT_EQ(checkedOf(person).field(QStringLiteral("applicant.enterpriseType")), nullptr);
}

TEST(CheckedApplication, AConfirmedPilotCodeIsAWarningAndUnverified)
{
    Draft draft = companyExample();
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91350100m0001tgqxm"));
    CheckedApplication checked = checkedOf(draft);
    const CheckedField *code = checked.field(QStringLiteral("applicant.idNumber"));
    ASSERT_NE(code, nullptr);
    EXPECT_TRUE(code->confirmable);
    EXPECT_FALSE(code->isUnverified());
    EXPECT_FALSE(checked.readyToExport());
    ASSERT_FALSE(code->problems.isEmpty());
    EXPECT_EQ(code->problems.first().code, QStringLiteral("uscc.check-digit"));

    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    checked = checkedOf(draft);
    code = checked.field(QStringLiteral("applicant.idNumber"));
    EXPECT_TRUE(code->isUnverified());
    EXPECT_EQ(code->display.zh, QStringLiteral("91350100M0001TGQXM"));
    ASSERT_EQ(code->problems.size(), 1);
    EXPECT_EQ(code->problems.first().code, QStringLiteral("uscc.unverified"));
    EXPECT_EQ(code->problems.first().severity, Severity::Warning);
    EXPECT_TRUE(checked.readyToExport());

    // A confirmation left on a value that passes every check marks nothing.
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91110108MA01C3QK0B"));
    draft.setConfirmed(QStringLiteral("applicant.idNumber"), true);
    EXPECT_FALSE(checkedOf(draft).field(QStringLiteral("applicant.idNumber"))->isUnverified());
}

TEST(CheckedApplication, AMissingDocumentFileIsOneErrorAndNotReady)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Draft draft = companyExampleIn(dir.path()); // documents relative to the draft's folder
    const QString copy = QDir(dir.path()).filePath(draft.documents().first().path);

    CheckedApplication checked = checkedOf(draft, dir.path());
    EXPECT_TRUE(checked.readyToExport());
    EXPECT_EQ(checked.documents().first().state, DocumentState::Attached);
    EXPECT_EQ(checked.documents().first().path, copy);
    EXPECT_EQ(checked.documents().first().size, QFileInfo(copy).size());

    ASSERT_TRUE(QFile::remove(copy));
    checked = checkedOf(draft, dir.path());
    EXPECT_EQ(checked.documents().first().state, DocumentState::NotFound);
    EXPECT_FALSE(checked.readyToExport());
    ASSERT_EQ(checked.problemsOf(QStringLiteral("documents")).size(), 1);
    EXPECT_EQ(checked.problemsOf(QStringLiteral("documents")).first().code,
              QStringLiteral("document.not-found"));
    EXPECT_EQ(checked.errorCount(), 1);

    // Without a folder (a draft read from a PDF or never saved) a relative path cannot be found either:
    // the same verdict, never "ready" for an export that would then fail. (The other documents are
    // named by absolute paths, which a draft without a folder may hold: the user chose them.)
    Draft unsaved = draft;
    QList<DocumentRef> documents = draft.documents();
    for (qsizetype i = 1; i < documents.size(); ++i)
        documents[i].path = QDir(dir.path()).filePath(documents[i].path);
    unsaved.setDocuments(documents);
    checked = checkedOf(unsaved);
    EXPECT_EQ(checked.documents().first().state, DocumentState::NoFolder);
    EXPECT_FALSE(checked.readyToExport());
    ASSERT_EQ(checked.problemsOf(QStringLiteral("documents")).size(), 1);
    EXPECT_EQ(checked.problemsOf(QStringLiteral("documents")).first().code,
              QStringLiteral("document.no-folder"));
    EXPECT_EQ(checked.problemsOf(QStringLiteral("documents")).first().severity, Severity::Error);
}

TEST(CheckedApplication, EnclosuresNameThePdfOnceThenEveryDocument)
{
    const CheckedApplication checked = checkedOf(companyExample());
    EXPECT_EQ(checked.exportBaseName(), QStringLiteral("北京南山智能科技有限公司-2026-11-26"));
    EXPECT_EQ(checked.pdfFileName(), checked.exportBaseName() + QStringLiteral(".pdf"));
    EXPECT_EQ(checked.emailFileName(), checked.exportBaseName() + QStringLiteral(".eml"));
    const QList<Enclosure> enclosures = checked.enclosures();
    ASSERT_EQ(enclosures.size(), 1 + checked.documents().size());
    EXPECT_TRUE(enclosures.first().isApplicationPdf);
    EXPECT_EQ(enclosures.first().fileName, checked.pdfFileName());
    EXPECT_EQ(enclosures.first().label, applicationPdfLabel(FormDefinition::builtin()));
    for (qsizetype i = 1; i < enclosures.size(); ++i) {
        EXPECT_FALSE(enclosures[i].isApplicationPdf);
        EXPECT_EQ(enclosures[i].fileName, QFileInfo(checked.documents()[i - 1].path).fileName());
        EXPECT_GT(enclosures[i].size, 0);
    }
    EXPECT_TRUE(checked.missingDocumentKinds().isEmpty());
}

TEST(DisplayText, OneLineAsThePdfPrintsIt)
{
    EXPECT_EQ(bilingualLine({QStringLiteral("有限责任公司"), QStringLiteral("Limited liability company")}),
              QStringLiteral("有限责任公司 / Limited liability company"));
    EXPECT_EQ(bilingualLine({QStringLiteral("1-99"), QStringLiteral("1–99")}), QStringLiteral("1-99"));
    EXPECT_EQ(bilingualLine({QStringLiteral("1000-9999"), QStringLiteral("1,000–9,999")}),
              QStringLiteral("1000-9999"));
}

} // namespace
