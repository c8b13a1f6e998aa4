// A Hong Kong company and a US company typed from scratch by keyboard in the English UI, as their
// staff would: the identifier is labelled and its errors worded for the type chosen, an "other"
// identity document asks which document it is, the Documents page asks for the equivalents of the
// mainland documents and takes "not applicable" with a reason, and the application exports.
#include "draft/draft.h"
#include "draftsession.h"
#include "export/exportpage.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "widgets/documentkindbox.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

struct Company {
    QString name;
    QString registration;
    QString enterpriseType;
    QString country;
    QString location;
    QString address;
    QString representative;
    QString representativeIdType;
    QString representativeId;
    QString representativeDocument; // for idType "other"
    QString email;
    QString phone; // as typed: without a country code, read in the applicant's country
    QString expectedPhone;
};

QString blockingReasonOf(MainWindow &window)
{
    SectionPage *page = window.wizard()->sectionPage(window.wizard()->currentId());
    return page ? page->blockingReason() : QString();
}

void switchToEnglish()
{
    setUiLanguage(Language::English);
    QApplication::processEvents();
    QApplication::processEvents();
    settle();
}

void pressNextButton(MainWindow &window)
{
    settle();
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled()) << qPrintable(blockingReasonOf(window));
    ASSERT_TRUE(tabTo(next));
    pressKey(Qt::Key_Space);
    settle();
}

void startNewApplication(MainWindow &window)
{
    ApplicationWizard *wizard = window.wizard();
    ASSERT_EQ(wizard->currentId(), Welcome);
    QAbstractButton *startButton = nullptr;
    for (QAbstractButton *b : wizard->currentPage()->findChildren<QAbstractButton *>())
        if (b->text().contains(QStringLiteral("new application"), Qt::CaseInsensitive))
            startButton = b;
    ASSERT_NE(startButton, nullptr);
    ASSERT_TRUE(tabTo(startButton));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(wizard->currentId(), Applicant);
}

void typeApplicant(MainWindow &window, const Company &company)
{
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.name"), company.name));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.idType"), QStringLiteral("foreign-registration")));
    settle();
    // Labelled for the type chosen, not as a credit code.
    FieldRow *id = rowOf(window, QStringLiteral("applicant.idNumber"));
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->label().en, QStringLiteral("Registration number outside mainland China"));
    EXPECT_FALSE(shownProblems(id).contains(QStringLiteral("credit code")));
    EXPECT_TRUE(shownProblems(id).contains(QStringLiteral("certificate of incorporation")))
        << qPrintable(shownProblems(id));
    // Next with the number still empty: the error names the registration number.
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    EXPECT_TRUE(
        blockingReasonOf(window).contains(QStringLiteral("Registration number outside mainland China")))
        << qPrintable(blockingReasonOf(window));
    EXPECT_FALSE(blockingReasonOf(window).contains(QStringLiteral("Credit Code")));

    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), company.registration));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.enterpriseType"), company.enterpriseType));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.industry"), QStringLiteral("M")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.establishedOn"), QStringLiteral("2019-11-04")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.country"), company.country));
    // The help gives examples outside Beijing too: a Hong Kong or US applicant sees their kind of answer.
    const QString locationHelp = shownProblems(rowOf(window, QStringLiteral("applicant.location")));
    EXPECT_TRUE(locationHelp.contains(QStringLiteral("Hong Kong")) &&
                locationHelp.contains(QStringLiteral("USA")))
        << qPrintable(locationHelp);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.location"), company.location));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.address"), company.address));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.employees"), QStringLiteral("1-99")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.users"), QStringLiteral("1000-10w")));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Representative) << qPrintable(blockingReasonOf(window));
}

void typeRepresentativeAndPlan(MainWindow &window, const Company &company)
{
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.name"), company.representative));
    ASSERT_TRUE(choose(window, QStringLiteral("representative.idType"), company.representativeIdType));
    settle();
    FieldRow *document = rowOf(window, QStringLiteral("representative.idDocument"));
    ASSERT_NE(document, nullptr);
    const bool other = company.representativeIdType == u"other";
    EXPECT_EQ(document->isVisible(), other);
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.idNumber"), company.representativeId));
    if (other) {
        ASSERT_TRUE(
            typeInto(window, QStringLiteral("representative.idDocument"), company.representativeDocument));
    }
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.email"), company.email));
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.phone"), company.phone));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Plan) << qPrintable(blockingReasonOf(window));

    ASSERT_TRUE(choose(window, QStringLiteral("plan.models"), QStringLiteral("16b-base")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("plan.regions"), QStringLiteral("Hong Kong and the United States")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("plan.usage"),
                 QStringLiteral("A contract-review service run on our own servers; clients are law firms.")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("plan.duration"), QStringLiteral("Two years from approval.")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("plan.derivativeTraining"), QStringLiteral("None.")));
    pressNextButton(window);
    ASSERT_EQ(window.wizard()->currentId(), Documents) << qPrintable(blockingReasonOf(window));
}

DocumentKindBox *boxOf(MainWindow &window, const QString &kind)
{
    for (DocumentKindBox *box : window.wizard()->currentPage()->findChildren<DocumentKindBox *>())
        if (box->kind().value == kind)
            return box;
    return nullptr;
}

// The Documents page: the equivalents, and the legal representative's ID marked not applicable.
void markLegalRepresentativeNotApplicable(MainWindow &window)
{
    DocumentKindBox *licence = boxOf(window, QStringLiteral("business-licence"));
    ASSERT_NE(licence, nullptr);
    EXPECT_TRUE(
        licence->title().startsWith(QStringLiteral("Certificate of incorporation or business registration")))
        << qPrintable(licence->title());
    DocumentKindBox *legal = boxOf(window, QStringLiteral("legal-representative-id-copy"));
    ASSERT_NE(legal, nullptr);
    EXPECT_TRUE(legal->title().contains(QStringLiteral("director or authorised signatory")));
    EXPECT_FALSE(legal->notApplicableBox()->accessibleName().isEmpty());
    EXPECT_FALSE(legal->reasonEdit()->isVisible());

    ASSERT_TRUE(tabTo(legal->notApplicableBox()));
    pressKey(Qt::Key_Space);
    settle();
    // Ticked: the reason line appears with the focus, and a mark without a reason is an error.
    ASSERT_TRUE(legal->reasonEdit()->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), legal->reasonEdit());
    EXPECT_FALSE(legal->reasonEdit()->accessibleName().isEmpty());
    EXPECT_TRUE(legal->statusText().contains(QStringLiteral("say why"))) << qPrintable(legal->statusText());
    typeText(QStringLiteral("Our company has directors, not a legal representative"));
    settle();
    EXPECT_FALSE(legal->statusText().contains(QStringLiteral("say why"))) << qPrintable(legal->statusText());
    const QList<NotApplicableDocument> marked = window.session()->draft().notApplicableDocuments();
    ASSERT_EQ(marked.size(), 1);
    EXPECT_EQ(marked.first().reason, QStringLiteral("Our company has directors, not a legal representative"));
}

void exportFromTheWizard(MainWindow &window)
{
    pressNextButton(window);
    ASSERT_EQ(window.wizard()->currentId(), Review);
    // The review's web view keeps Tab for its links: the keyboard user takes Next with its mnemonic.
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    for (int i = 0; i < 100 && !next->isEnabled(); ++i)
        settle();
    ASSERT_TRUE(next->isEnabled());
    pressKey(Qt::Key_N, Qt::AltModifier);
    settle();
    ASSERT_EQ(window.wizard()->currentId(), Export);
    auto *page = qobject_cast<ExportPage *>(window.wizard()->currentPage());
    ASSERT_NE(page, nullptr);
    QTemporaryDir out;
    page->setOutputFolder(out.path());
    QSignalSpy finished(page, &ExportPage::exportFinished);
    ASSERT_TRUE(page->startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.pdf"), QStringLiteral("*.eml")});
    EXPECT_EQ(files.size(), 2) << qPrintable(files.join(u' '));
}

void typeAndExport(const Company &company, const QString &expectedCountry)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    switchToEnglish();
    startNewApplication(window);
    typeApplicant(window, company);
    typeRepresentativeAndPlan(window, company);
    markLegalRepresentativeNotApplicable(window);
    const Draft &draft = window.session()->draft();
    EXPECT_EQ(draft.text(QStringLiteral("applicant.country")), expectedCountry);
    const CheckedField *phone = window.session()->checked().field(QStringLiteral("representative.phone"));
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->value, company.expectedPhone);
    exportFromTheWizard(window);
    setUiLanguage(Language::Chinese);
}

} // namespace

TEST(NonMainlandWizard, AHongKongCompanyTypedByKeyboardInEnglishExports)
{
    typeAndExport({QStringLiteral("Harbour Analytics Limited"), QStringLiteral("3012345"),
                   QStringLiteral("Private company limited by shares"), QStringLiteral("Hong Kong"),
                   QStringLiteral("Kowloon"), QStringLiteral("1 Science Park East Avenue, Shatin"),
                   QStringLiteral("Chan Tai Man"), QStringLiteral("other"), QStringLiteral("A123456(7)"),
                   QStringLiteral("Hong Kong identity card"), QStringLiteral("tm.chan@harbour.example"),
                   QStringLiteral("2123 4567"), QStringLiteral("+85221234567")},
                  QStringLiteral("HK"));
}

TEST(NonMainlandWizard, AUsCompanyTypedByKeyboardInEnglishExports)
{
    typeAndExport({QStringLiteral("Prairie Robotics, Inc."), QStringLiteral("7654321"),
                   QStringLiteral("Delaware corporation"), QStringLiteral("US"),
                   QStringLiteral("Austin, Texas"), QStringLiteral("500 West 2nd Street, Austin, TX 78701"),
                   QStringLiteral("Jane Doe"), QStringLiteral("passport"), QStringLiteral("561234567"),
                   QString(), QStringLiteral("jane.doe@prairie.example"), QStringLiteral("(201) 555-0123"),
                   QStringLiteral("+12015550123")},
                  QStringLiteral("US"));
}
