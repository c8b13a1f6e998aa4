// Signing from the Export page as a user does it: "Export and sign…", the certificate file, a wrong
// password (said on the password field, nothing written), the right one; the PDF written is signed by
// that certificate, and the page says by whom. Certificates are made at test time (testpki).
#include "certificates/passworddialog.h"
#include "reviewexporthelpers.h"
#include "signing/pdfsignatureverify.h"
#include "signing/truststore.h"
#include "testpki.h"
#include "uilanguage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

// Answers the password dialog once it is shown: types `password`, reads what the dialog shows, presses
// Enter. Runs from the event loop of the dialog's exec().
void answerPasswordDialog(const QString &password, QString *shownError, QString *fieldDescription)
{
    QTimer::singleShot(50, [=] {
        auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerPasswordDialog(password, shownError, fieldDescription); // not shown yet
            return;
        }
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("certificatePassword"));
        if (shownError) {
            QStringList texts;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible())
                    texts << label->text();
            *shownError = texts.join(u'\n');
        }
        if (fieldDescription)
            *fieldDescription = field->accessibleDescription();
        if (password.isNull()) {
            dialog->reject();
            return;
        }
        EXPECT_EQ(field->echoMode(), QLineEdit::Password);
        field->setFocus();
        field->insert(password); // QTest::keyClicks asserts on non-ASCII keys
        QTest::keyClick(field, Qt::Key_Return);
    });
}

} // namespace

TEST(SignedExport, AWrongPasswordIsSaidOnItsFieldAndTheRightOneSignsThePdf)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    QTemporaryDir pkiDir;
    const test::TestPki pki = test::TestPki::make(pkiDir.path());
    ASSERT_TRUE(pki.ok);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    f.page.setCertificateFileChooser([&](const QString &) { return pki.issuedP12; });

    // A wrong password: the dialog stays, says why on the field; Cancel then writes nothing.
    QString error;
    QString description;
    answerPasswordDialog(QStringLiteral("wrong"), nullptr, nullptr);
    answerPasswordDialog(QString(), &error, &description); // the second look: after the wrong try
    EXPECT_FALSE(f.page.exportSigned());
    EXPECT_TRUE(error.contains(QStringLiteral("password"), Qt::CaseInsensitive)) << qPrintable(error);
    EXPECT_TRUE(description.contains(QStringLiteral("password"), Qt::CaseInsensitive))
        << qPrintable(description);
    EXPECT_TRUE(QDir(f.out.path()).entryList(QDir::Files).isEmpty());

    // The right password: the export runs and its PDF carries a signature by that certificate.
    QSignalSpy finished(&f.page, &ExportPage::exportFinished);
    answerPasswordDialog(QString::fromUtf8(test::TestPki::kPassword), nullptr, nullptr);
    ASSERT_TRUE(f.page.exportSigned());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.at(0).at(0).toBool());
    const ApplicationExportResult &result = *f.page.lastResult();
    EXPECT_TRUE(result.signedPdf);
    QFile pdf(result.pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    BilingualText trustError;
    const signing::TrustStore trust = signing::TrustStore::load({pki.caPem}, &trustError);
    const QList<signing::SignatureReport> reports =
        signing::pdfSignatureReports(pdf.readAll(), trust, QDateTime::currentDateTime());
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.first().coverage, signing::SignatureReport::Coverage::Current);
    EXPECT_TRUE(reports.first().wholeDocument);
    EXPECT_EQ(reports.first().cms.signer.commonName, QStringLiteral("李律师"));
    // The page says it is signed, and by whom.
    const QString texts = labelTexts(&f.page);
    EXPECT_TRUE(texts.contains(QStringLiteral("signed with the certificate of 李律师"))) << qPrintable(texts);
    // The settings keep the certificate file's path, never its password.
    QSettings().sync();
    QFile settings(QSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly)) << qPrintable(settings.fileName());
    const QByteArray stored = settings.readAll();
    EXPECT_TRUE(stored.contains(QFileInfo(pki.issuedP12).fileName().toUtf8())) << stored.constData();
    EXPECT_FALSE(stored.contains(QByteArray(test::TestPki::kPassword)));
    setUiLanguage(before);
}

TEST(SignedExport, TheSignButtonFollowsExportInTheTabOrderAndHasAMnemonic)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened);
    QPushButton *exportButton = nullptr;
    QPushButton *sign = nullptr;
    for (QPushButton *button : f.page.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Export"))
            exportButton = button;
        if (button->text() == QStringLiteral("Export and si&gn…"))
            sign = button;
    }
    ASSERT_NE(exportButton, nullptr);
    ASSERT_NE(sign, nullptr);
    f.page.show();
    exportButton->setFocus();
    QApplication::processEvents();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), sign);
    EXPECT_FALSE(sign->accessibleDescription().isEmpty());
    setUiLanguage(before);
}
