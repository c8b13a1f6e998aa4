// Applicants outside mainland China: an identifier is labelled, explained and named in its messages by
// the type chosen (in the checked application every view reads, Review included), while the PDF keeps
// the annex's label; an "other identity document" says which document it is.
#include "application/checkedapplication.h"
#include "form/formdefinition.h"
#include "mail/applicationletter.h"
#include "mail/letterformat.h"
#include "messydraft.h"
#include "pdf/pdfcontent.h"
#include "received/receivedfile.h"
#include "review/reviewhtml.h"
#include "validation/draftvalidator.h"

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

const QString kIdNumber = QStringLiteral("applicant.idNumber");
const QString kRepIdNumber = QStringLiteral("representative.idNumber");

QString examplesFolder()
{
    return sourcePath(QStringLiteral("examples"));
}

Draft hongKongCompany()
{
    const DraftLoadResult loaded =
        loadDraftFile(sourcePath(QStringLiteral("examples/hong-kong-company.nbapply.json")));
    return loaded.ok() ? *loaded.draft : Draft(FormDefinition::builtin());
}

const Problem *problemWithCode(const Problems &problems, const QString &code)
{
    for (const Problem &problem : problems)
        if (problem.code == code)
            return &problem;
    return nullptr;
}

// The texts of the PDF row of `path`: its value and detail lines.
QStringList pdfTexts(const pdf::PdfContent &content, const QString &path, BilingualText *label)
{
    QStringList texts;
    for (const pdf::TableSection &section : content.sections)
        for (const pdf::TableRow &row : section.rows)
            if (row.fieldPath == path) {
                *label = row.label;
                for (const pdf::CellText &text : row.texts)
                    texts << text.text;
            }
    return texts;
}

TEST(NonMainland, TheIdentifierIsLabelledByTheTypeChosen)
{
    Draft draft = hongKongCompany();
    const CheckedApplication checked = checkedOf(draft);
    const CheckedField *id = checked.field(kIdNumber);
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->label, (BilingualText{QStringLiteral("境外注册号"),
                                        QStringLiteral("Registration number outside mainland China")}));
    EXPECT_TRUE(id->help.en.contains(QStringLiteral("certificate of incorporation")))
        << qPrintable(id->help.en);
    EXPECT_FALSE(id->help.en.contains(QStringLiteral("credit code")));
    // The definition itself keeps the annex's combined label for the PDF.
    EXPECT_EQ(id->definition->label.zh, QStringLiteral("统一社会信用代码/身份证号"));

    const CheckedField *rep = checked.field(kRepIdNumber);
    ASSERT_NE(rep, nullptr);
    EXPECT_EQ(rep->label.en, QStringLiteral("Passport number"));
    EXPECT_EQ(rep->label.zh, QStringLiteral("护照号"));

    // Back to a credit code: the label follows.
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    EXPECT_EQ(checkedOf(draft).field(kIdNumber)->label.en, QStringLiteral("Unified Social Credit Code"));
}

TEST(NonMainland, TheRequiredErrorNamesTheTypeChosen)
{
    Draft draft = hongKongCompany();
    draft.setText(kIdNumber, QString());
    draft.setText(kRepIdNumber, QString());
    const CheckedApplication checked = checkedOf(draft);
    const Problem *required =
        problemWithCode(checked.field(kIdNumber)->problems, QStringLiteral("field.required"));
    ASSERT_NE(required, nullptr);
    EXPECT_TRUE(
        required->message.en.startsWith(QStringLiteral("Registration number outside mainland China: ")))
        << qPrintable(required->message.en);
    EXPECT_TRUE(required->message.zh.startsWith(QStringLiteral("境外注册号：")))
        << qPrintable(required->message.zh);
    EXPECT_FALSE(required->message.en.contains(QStringLiteral("Credit Code")));

    const Problem *repRequired =
        problemWithCode(checked.field(kRepIdNumber)->problems, QStringLiteral("field.required"));
    ASSERT_NE(repRequired, nullptr);
    EXPECT_TRUE(repRequired->message.en.startsWith(QStringLiteral("Passport number: ")))
        << qPrintable(repRequired->message.en);
}

TEST(NonMainland, AWrongPassportIsReportedAsAPassportNumber)
{
    Draft draft = hongKongCompany();
    draft.setText(kRepIdNumber, QStringLiteral("K1"));
    const Problems problems = checkedOf(draft).field(kRepIdNumber)->problems;
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.first().message.en.startsWith(QStringLiteral("Passport number: ")))
        << qPrintable(problems.first().message.en);
}

TEST(NonMainland, ReviewLabelsTheIdentifierByTypeAndThePdfKeepsTheAnnexLabel)
{
    Draft draft = hongKongCompany();
    draft.setText(kRepIdNumber, QString());
    const CheckedApplication checked = checkedOf(draft);
    const QString review = renderReviewHtml(checked, Language::English);
    EXPECT_TRUE(review.contains(QStringLiteral("Registration number outside mainland China"))) << "row label";
    // The summary names the field as the wizard does.
    EXPECT_TRUE(review.contains(QStringLiteral("Passport number"))) << "summary";
    EXPECT_FALSE(review.contains(QStringLiteral("Unified Social Credit Code / ID number")));

    BilingualText label;
    const QStringList texts = pdfTexts(pdf::buildPdfContent(checked), kIdNumber, &label);
    EXPECT_EQ(label.zh, QStringLiteral("统一社会信用代码/身份证号"));
    EXPECT_TRUE(texts.join(u'|').contains(QStringLiteral("3012345"))) << qPrintable(texts.join(u'|'));
    EXPECT_TRUE(texts.join(u'|').contains(QStringLiteral("境外注册号"))) << qPrintable(texts.join(u'|'));
}

TEST(NonMainland, TheFormRefusesWordingForAnUnknownTypeOrANonIdentifier)
{
    QFile file(sourcePath(QStringLiteral("forms/nanbeige-annex-v1.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    BilingualText error;
    ASSERT_TRUE(FormDefinition::parse(json, &error)) << qPrintable(error.en);

    QByteArray unknownType = json;
    unknownType.replace("\"foreign-registration\": {\n              \"label\"",
                        "\"foreign-reg\": {\n              \"label\"");
    ASSERT_NE(unknownType, json);
    EXPECT_FALSE(FormDefinition::parse(unknownType, &error));
    EXPECT_TRUE(error.en.contains(QStringLiteral("byType.foreign-reg"))) << qPrintable(error.en);

    QByteArray unknownKey = json;
    unknownKey.replace("\"passport\": {\n              \"label\"",
                       "\"passport\": {\n              \"lable\"");
    ASSERT_NE(unknownKey, json);
    EXPECT_FALSE(FormDefinition::parse(unknownKey, &error));
    EXPECT_TRUE(error.en.contains(QStringLiteral("unknown key"))) << qPrintable(error.en);

    QByteArray badCondition = json;
    badCondition.replace("\"values\": [\"other\"]", "\"values\": [\"othr\"]");
    ASSERT_NE(badCondition, json);
    EXPECT_FALSE(FormDefinition::parse(badCondition, &error));
    EXPECT_TRUE(error.en.contains(QStringLiteral("shownWhen.values"))) << qPrintable(error.en);
}

TEST(NonMainland, AnOtherIdentityDocumentSaysWhichDocumentItIs)
{
    const QString document = QStringLiteral("representative.idDocument");
    Draft draft = hongKongCompany();
    // Not asked while the type is a passport.
    EXPECT_EQ(checkedOf(draft).field(document), nullptr);

    draft.setText(QStringLiteral("representative.idType"), QStringLiteral("other"));
    draft.setText(kRepIdNumber, QStringLiteral("A123456(7)"));
    CheckedApplication checked = checkedOf(draft);
    const CheckedField *which = checked.field(document);
    ASSERT_NE(which, nullptr);
    EXPECT_NE(problemWithCode(which->problems, QStringLiteral("field.required")), nullptr);
    EXPECT_FALSE(checked.readyToExport());

    draft.setText(document, QStringLiteral("Hong Kong identity card"));
    checked = checkedOf(draft, examplesFolder());
    EXPECT_TRUE(checked.field(document)->problems.isEmpty());
    EXPECT_TRUE(checked.readyToExport());

    // The PDF prints the document's name with the number.
    BilingualText label;
    const QString texts = pdfTexts(pdf::buildPdfContent(checked), kRepIdNumber, &label).join(u'|');
    EXPECT_TRUE(texts.contains(QStringLiteral("Hong Kong identity card"))) << qPrintable(texts);
    EXPECT_TRUE(texts.contains(QStringLiteral("A123456"))) << qPrintable(texts);

    // The letter lists the applicant's identifier: a natural person's other document labels it.
    Draft person = draft;
    person.setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    person.setText(QStringLiteral("applicant.idType"), QStringLiteral("other"));
    person.setText(kIdNumber, QStringLiteral("H1234567890"));
    person.setText(QStringLiteral("applicant.idDocument"), QStringLiteral("Mainland Travel Permit"));
    const mail::ApplicationLetter letter = mail::applicationLetter(checkedOf(person, examplesFolder()));
    bool found = false;
    for (const mail::LetterBlock &block : letter.blocks)
        for (const mail::LetterLine &line : block.lines)
            if (line.value.en.contains(QStringLiteral("H1234567890")))
                found = line.label.en == QStringLiteral("Mainland Travel Permit");
    EXPECT_TRUE(found);

    // Another type again: the name is no longer asked for nor printed, and is kept in the draft.
    draft.setText(QStringLiteral("representative.idType"), QStringLiteral("passport"));
    draft.setText(kRepIdNumber, QStringLiteral("K12345678"));
    checked = checkedOf(draft);
    EXPECT_EQ(checked.field(document), nullptr);
    EXPECT_FALSE(pdfTexts(pdf::buildPdfContent(checked), kRepIdNumber, &label)
                     .join(u'|')
                     .contains(QStringLiteral("Hong Kong identity card")));
    EXPECT_EQ(checked.draft().text(document), QStringLiteral("Hong Kong identity card"));
}

// The documents a Hong Kong company is asked for: the equivalents of the mainland ones.
TEST(NonMainland, ACompanyOutsideTheMainlandIsAskedForTheEquivalents)
{
    const FormDefinition &form = FormDefinition::builtin();
    Draft draft = hongKongCompany();
    const CheckedApplication checked = checkedOf(draft);
    const DocumentKind *licence = form.documentKind(QStringLiteral("business-licence"));
    const DocumentKind *legalRep = form.documentKind(QStringLiteral("legal-representative-id-copy"));
    ASSERT_NE(licence, nullptr);
    ASSERT_NE(legalRep, nullptr);
    EXPECT_TRUE(checked.documentLabel(*licence).en.startsWith(
        QStringLiteral("Certificate of incorporation or business registration")));
    EXPECT_TRUE(
        checked.documentLabel(*legalRep).en.contains(QStringLiteral("director or authorised signatory")));
    EXPECT_FALSE(checked.documentLabel(*licence).zh.startsWith(QStringLiteral("企业营业执照")));

    // The missing warning and the PDF's enclosure list use the equivalent's name.
    const Problems missing = checked.documentProblems(legalRep->value);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing.first().code, QStringLiteral("document.missing"));
    EXPECT_TRUE(missing.first().message.en.contains(QStringLiteral("director or authorised signatory")))
        << qPrintable(missing.first().message.en);
    bool listed = false;
    for (const pdf::DocumentLine &line : pdf::buildPdfContent(checked).documents)
        listed |= line.kind.en.contains(QStringLiteral("Certificate of incorporation"));
    EXPECT_TRUE(listed);
    // And the attached file is enclosed under that name.
    bool enclosed = false;
    for (const Enclosure &enclosure : checked.enclosures())
        enclosed |= enclosure.label.en.contains(QStringLiteral("Certificate of incorporation"));
    EXPECT_TRUE(enclosed);

    // A mainland company keeps the annex's names.
    const CheckedApplication mainland = checkedOf(companyExample());
    EXPECT_EQ(mainland.documentLabel(*licence), licence->label);
}

// A problem with a document's file, and the notice a reviewer gets when the file did not come with the
// application, call the document what the applicant was asked for, not the annex's "business licence".
TEST(NonMainland, AFileProblemNamesTheEquivalentDocument)
{
    const FormDefinition &form = FormDefinition::builtin();
    Draft draft = hongKongCompany();
    draft.setDocuments({{QStringLiteral("business-licence"), QStringLiteral("documents/not-there.pdf")}});
    const CheckedApplication checked = checkedOf(draft, examplesFolder());
    const Problem *notFound = problemWithCode(checked.documentProblems(QStringLiteral("business-licence")),
                                              QStringLiteral("document.not-found"));
    ASSERT_NE(notFound, nullptr);
    EXPECT_TRUE(notFound->message.en.contains(QStringLiteral("Certificate of incorporation")))
        << qPrintable(notFound->message.en);
    EXPECT_FALSE(notFound->message.zh.contains(QStringLiteral("“企业营业执照”")))
        << qPrintable(notFound->message.zh);

    // Received without that file: the notice names the equivalent too.
    ValidationContext context;
    context.draftFolder = examplesFolder();
    DocumentManifest listed;
    listed.documents << ManifestEntry{QStringLiteral("business-licence"), QStringLiteral("not-there.pdf"), 10,
                                      QByteArray(64, 'a')};
    context.receivedDocuments = listed;
    const Problems received = CheckedApplication::check(form, draft, context).problems();
    const Problem *notEnclosed = problemWithCode(received, QStringLiteral("document.not-enclosed"));
    ASSERT_NE(notEnclosed, nullptr);
    EXPECT_TRUE(notEnclosed->message.en.contains(QStringLiteral("Certificate of incorporation")))
        << qPrintable(notEnclosed->message.en);
}

TEST(NonMainland, ADocumentMarkedNotApplicableIsStatedWithItsReason)
{
    const QString kind = QStringLiteral("legal-representative-id-copy");
    const QString reason =
        QStringLiteral("Registered in Hong Kong: a company has directors, not a 法定代表人");
    Draft draft = hongKongCompany();
    draft.setNotApplicable(kind, true, QString());
    CheckedApplication checked = checkedOf(draft);
    // Marked without a reason: an error on the kind, and no longer "missing".
    Problems problems = checked.documentProblems(kind);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().code, QStringLiteral("document.not-applicable-reason"));
    EXPECT_FALSE(checked.readyToExport());

    draft.setNotApplicable(kind, true, reason);
    checked = checkedOf(draft, examplesFolder());
    EXPECT_TRUE(checked.documentProblems(kind).isEmpty());
    EXPECT_TRUE(checked.readyToExport())
        << qPrintable(checked.problems().isEmpty() ? QString() : checked.problems().first().message.en);
    ASSERT_EQ(checked.notApplicableDocuments().size(), 1);
    EXPECT_EQ(checked.notApplicableReason(kind), reason);
    // Not an enclosure: nothing is attached for it.
    for (const Enclosure &enclosure : checked.enclosures())
        EXPECT_FALSE(enclosure.label.en.contains(QStringLiteral("director")));

    // The PDF's list of enclosed documents states it and the reason.
    bool stated = false;
    for (const pdf::DocumentLine &line : pdf::buildPdfContent(checked).documents)
        if (line.kind.en.contains(QStringLiteral("director")))
            stated = line.notApplicableReason == reason && line.fileName.isEmpty() && !line.sealRequired;
    EXPECT_TRUE(stated);
    // So does the e-mail letter, in both languages.
    const mail::ApplicationLetter letter = mail::applicationLetter(checked);
    const QString plain = mail::letterPlainText(letter);
    EXPECT_TRUE(plain.contains(QStringLiteral("以下材料不适用"))) << qPrintable(plain);
    EXPECT_TRUE(plain.contains(QStringLiteral("Not applicable to this applicant"))) << qPrintable(plain);
    EXPECT_TRUE(plain.contains(reason));
    EXPECT_TRUE(mail::letterHtml(letter).contains(QStringLiteral("Registered in Hong Kong")));
    // Review shows it in the documents' table.
    EXPECT_TRUE(renderReviewHtml(checked, Language::English).contains(QStringLiteral("Not applicable: ")));

    // The reason is printed and mailed: no hidden control characters, not longer than the page takes.
    Draft hostile = draft;
    hostile.setNotApplicable(kind, true, QStringLiteral("no\u202Elicence"));
    Problems reasonProblems = checkedOf(hostile, examplesFolder()).documentProblems(kind);
    ASSERT_EQ(reasonProblems.size(), 1);
    EXPECT_EQ(reasonProblems.first().code, QStringLiteral("field.control-character"));
    EXPECT_TRUE(reasonProblems.first().message.en.contains(QStringLiteral("why it does not apply")));
    hostile.setNotApplicable(kind, true, QString(301, QLatin1Char('x')));
    reasonProblems = checkedOf(hostile, examplesFolder()).documentProblems(kind);
    ASSERT_EQ(reasonProblems.size(), 1);
    EXPECT_EQ(reasonProblems.first().code, QStringLiteral("field.too-long"));
    EXPECT_FALSE(checkedOf(hostile, examplesFolder()).readyToExport());

    // A file as well as the mark is an error.
    QList<DocumentRef> documents = draft.documents();
    documents << DocumentRef{kind, documents.first().path};
    draft.setDocuments(documents);
    EXPECT_EQ(checkedOf(draft).documentProblems(kind).first().code,
              QStringLiteral("document.not-applicable-with-file"));
}

TEST(NonMainland, TheNotApplicableMarkSurvivesTheDraftFileAndTheDocumentsList)
{
    const QString kind = QStringLiteral("business-licence");
    Draft draft = hongKongCompany();
    draft.setNotApplicable(kind, true, QStringLiteral("no licence"));
    // Changing the files keeps the mark.
    QList<DocumentRef> documents = draft.documents();
    documents.removeFirst();
    draft.setDocuments(documents);
    ASSERT_EQ(draft.notApplicableDocuments().size(), 1);
    EXPECT_EQ(draft.notApplicableDocuments().first().reason, QStringLiteral("no licence"));
    for (const DocumentRef &document : draft.documents())
        EXPECT_FALSE(document.path.isEmpty());

    // Saved and parsed again: the same entry, and the portable copy (PDF, package) keeps it as it is.
    const DraftLoadResult again = parseDraft(serializeDraft(draft));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error.en);
    EXPECT_EQ(again.draft->notApplicableDocuments(), draft.notApplicableDocuments());
    EXPECT_EQ(draft.portableCopy(false).notApplicableDocuments(), draft.notApplicableDocuments());
    EXPECT_EQ(again.draft->fingerprint(), draft.fingerprint());

    // A reason of the wrong type is refused by the draft's schema, naming the key.
    QByteArray json = serializeDraft(draft);
    json.replace("\"reason\": \"no licence\"", "\"reason\": 3");
    const DraftLoadResult wrong = parseDraft(json);
    EXPECT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error.en.contains(QStringLiteral("reason"))) << qPrintable(wrong.error.en);

    // Cleared: gone from the draft, and the kind is missing again.
    draft.setNotApplicable(kind, false);
    EXPECT_TRUE(draft.notApplicableDocuments().isEmpty());
    EXPECT_EQ(checkedOf(draft).documentProblems(kind).first().code, QStringLiteral("document.missing"));
}

} // namespace
