// Handing the export on: "Open in my mail program" runs xdg-email with every attachment (a fake one on
// PATH records what it was given), falls back to the .eml's folder when it fails or is missing; and the
// files to attach by hand are files the user can reach, also for a draft never saved.
#include "autosaver.h"
#include "draftsession.h"
#include "export/exportpage.h"
#include "mail/applicationemail.h"
#include "reviewexporthelpers.h"
#include "uilanguage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A folder holding an executable `xdg-email` that writes each argument, byte for byte, to a file of its
// own (args/1, args/2, …) and exits with `exitCode`; put first on PATH for the test's lifetime.
struct FakeXdgEmail {
    explicit FakeXdgEmail(int exitCode) : oldPath(qgetenv("PATH"))
    {
        args = dir.filePath(QStringLiteral("args"));
        QFile script(dir.filePath(QStringLiteral("xdg-email")));
        EXPECT_TRUE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nmkdir '" + QFile::encodeName(args) +
                     "' || exit 9\ni=0\nfor a in \"$@\"; do\n"
                     "  i=$((i + 1))\n  printf '%s' \"$a\" > '" +
                     QFile::encodeName(args) + "'/$i\ndone\nexit " + QByteArray::number(exitCode) + "\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("PATH", QFile::encodeName(dir.path()) + ':' + oldPath);
    }
    ~FakeXdgEmail() { qputenv("PATH", oldPath); }
    QStringList received() const
    {
        QStringList out;
        for (int i = 1; QFileInfo::exists(args + u'/' + QString::number(i)); ++i)
            out << QString::fromUtf8(readAll(args + u'/' + QString::number(i)));
        return out;
    }
    QTemporaryDir dir;
    QString args;
    QByteArray oldPath;
};

QPushButton *mailProgramButton(ExportPage &page)
{
    for (QPushButton *button : page.findChildren<QPushButton *>())
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Open in my mail program"))
            return button;
    return nullptr;
}

struct EnglishUi {
    EnglishUi() : before(uiLanguage()) { setUiLanguage(Language::English); }
    ~EnglishUi() { setUiLanguage(before); }
    Language before;
};

} // namespace

TEST(ExportHandOff, OpenInMyMailProgramGivesXdgEmailRecipientSubjectTextAndEveryAttachment)
{
    EnglishUi english;
    FakeXdgEmail xdgEmail(0);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    QPushButton *button = mailProgramButton(f.page);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    QSignalSpy finished(&f.page, &ExportPage::mailProgramFinished);
    button->click();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());

    // Exactly: UTF-8 arguments, the subject and the letter of the .eml, the PDF and the four documents
    // (the files the e-mail attaches), then the recipient.
    const CheckedApplication &checked = f.s.session.checked();
    QStringList expected{QStringLiteral("--utf8"), QStringLiteral("--subject"),
                         applicationEmailSubject(checked), QStringLiteral("--body"),
                         applicationEmailText(checked)};
    ASSERT_EQ(f.page.enclosures().size(), 5);
    for (const Enclosure &file : f.page.enclosures()) {
        EXPECT_TRUE(QFileInfo(file.path).isFile()) << qPrintable(file.path);
        expected << QStringLiteral("--attach") << file.path;
    }
    expected << QStringLiteral("nanbeige@126.com");
    EXPECT_EQ(xdgEmail.received(), expected);
    EXPECT_EQ(expected.at(6), f.page.lastResult()->pdfPath);
    EXPECT_TRUE(expected.at(2).contains(QStringLiteral("北京南山智能科技有限公司")));
    // Handed over: nothing else is opened, and the page says where the message is now.
    EXPECT_TRUE(f.opened.isEmpty());
    EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("Your mail program has the message")));
}

TEST(ExportHandOff, WhenXdgEmailFailsTheFolderWithTheEmailDraftOpens)
{
    EnglishUi english;
    FakeXdgEmail xdgEmail(3); // xdg-utils: "no method available"
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    QSignalSpy finished(&f.page, &ExportPage::mailProgramFinished);
    ASSERT_TRUE(f.page.openInMailProgram());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    const QString eml = f.page.lastResult()->emailPath;
    ASSERT_EQ(f.opened.size(), 1);
    EXPECT_EQ(f.opened.at(0), QUrl::fromLocalFile(QFileInfo(eml).absolutePath()));
    const QString shown = labelTexts(&f.page);
    EXPECT_TRUE(shown.contains(QStringLiteral("ended with code 3"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(eml))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("mailto:")));

    // The same in Chinese: the status line follows the UI language.
    setUiLanguage(Language::Chinese);
    ASSERT_TRUE(f.page.openInMailProgram());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("邮件程序"))) << qPrintable(labelTexts(&f.page));
}

TEST(ExportHandOff, WithoutXdgEmailTheFolderWithTheEmailDraftOpens)
{
    EnglishUi english;
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    QTemporaryDir emptyBin;
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(emptyBin.path()));
    const bool started = f.page.openInMailProgram();
    qputenv("PATH", oldPath);
    EXPECT_FALSE(started);
    ASSERT_EQ(f.opened.size(), 1);
    EXPECT_EQ(f.opened.at(0), QUrl::fromLocalFile(QFileInfo(f.page.lastResult()->emailPath).absolutePath()));
    EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("xdg-utils")));
}

// A draft never saved keeps its documents in a hidden private folder beside the recovery files. The
// files to attach by hand (the mailto: note, and what xdg-email gets) are copies beside the PDF instead:
// files the user can pick in a mail program, which do not go away when the draft is saved.
TEST(ExportHandOff, TheDocumentsOfADraftNeverSavedAreAttachedFromTheExportFolder)
{
    EnglishUi english;
    DraftSession session(form());
    BilingualText error;
    ASSERT_TRUE(session.open(example(QStringLiteral("company.nbapply.json")), &error));
    const Draft saved = session.draft();
    Draft unsaved = saved;
    unsaved.setDocuments({});
    session.adoptRecovered(unsaved, QString()); // the same application, never saved
    for (const DocumentRef &document : saved.documents())
        ASSERT_TRUE(session.addDocuments(document.kind, {example(document.path)}, &error))
            << qPrintable(error.en);
    const QString privateFolder = QDir::cleanPath(Autosaver::recoveryFolder());
    for (const DocumentRef &document : session.draft().documents())
        ASSERT_TRUE(QDir::cleanPath(document.path).startsWith(privateFolder)) << qPrintable(document.path);

    ExportPage page(form(), &session);
    page.setUrlOpener([](const QUrl &) { return true; });
    page.initializePage();
    QTemporaryDir out;
    page.setOutputFolder(out.path());
    QSignalSpy finished(&page, &ExportPage::exportFinished);
    ASSERT_TRUE(page.startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.at(0).at(0).toBool());

    const QString pdf = page.lastResult()->pdfPath;
    const QString copies =
        QDir(out.path()).filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral(".documents"));
    ASSERT_EQ(page.enclosures().size(), 5);
    EXPECT_EQ(page.enclosures().first().path, pdf);
    const QString note = page.mailtoNote();
    for (qsizetype i = 1; i < page.enclosures().size(); ++i) {
        const Enclosure &file = page.enclosures().at(i);
        // In the export folder, under the name the e-mail gives the attachment, owner-only, the same bytes.
        EXPECT_EQ(file.path, copies + u'/' + file.fileName);
        EXPECT_EQ(readAll(file.path), readAll(example(saved.documents().at(i - 1).path)))
            << qPrintable(file.path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        EXPECT_FALSE(QFileInfo(file.path).permissions() & others) << qPrintable(file.path);
        EXPECT_TRUE(note.contains(QDir::toNativeSeparators(file.path))) << qPrintable(note);
    }
    EXPECT_FALSE(note.contains(QDir::toNativeSeparators(privateFolder))) << qPrintable(note);

    // Saving the draft removes the private folder; what the note names is still there.
    ASSERT_TRUE(session.saveAs(QDir(out.path()).filePath(QStringLiteral("saved.nbapply.json")), &error));
    for (const Enclosure &file : page.enclosures())
        EXPECT_TRUE(QFileInfo(file.path).isFile()) << qPrintable(file.path);
}
