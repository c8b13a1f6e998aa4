// A received draft must never make nbapply read a file the user did not choose: document paths resolve
// inside the draft's folder (links followed), only regular non-empty files pass, and the content
// decides the type. Export refuses exactly what validation reports.
#include "application/checkedapplication.h"
#include "draft/documentpath.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "qstringprinter.h"
#include "validation/draftvalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace nbapply;

namespace
{

class DocumentChecks : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(root.isValid());
        ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("draft/sub")));
        folder = root.filePath(QStringLiteral("draft"));
        write(QStringLiteral("draft/licence.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        write(QStringLiteral("secret.pdf"), "%PDF-1.4\nnot yours\n");
    }

    void write(const QString &relative, const QByteArray &bytes)
    {
        QFile file(root.filePath(relative));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // The codes of the documents list for one document entry, as `nbapply validate` reports them.
    QStringList codesFor(const QString &path, Severity severity = Severity::Error) const
    {
        Draft draft(FormDefinition::builtin());
        draft.setDocuments({{QStringLiteral("other"), path}});
        ValidationContext context;
        context.draftFolder = folder;
        QStringList codes;
        for (const Problem &problem : validateDraft(FormDefinition::builtin(), draft, context))
            if (problem.field == u"documents" && problem.severity == severity &&
                problem.code != u"document.missing")
                codes << problem.code;
        return codes;
    }

    const Problem *find(const QString &path, const QString &code)
    {
        Draft draft(FormDefinition::builtin());
        draft.setDocuments({{QStringLiteral("other"), path}});
        ValidationContext context;
        context.draftFolder = folder;
        problems = validateDraft(FormDefinition::builtin(), draft, context);
        for (const Problem &problem : problems)
            if (problem.code == code)
                return &problem;
        return nullptr;
    }

    QTemporaryDir root;
    QString folder;
    Problems problems;
};

} // namespace

TEST_F(DocumentChecks, AFileInTheDraftsFolderPasses)
{
    EXPECT_EQ(codesFor(QStringLiteral("licence.pdf")), QStringList());
    EXPECT_EQ(codesFor(QStringLiteral("licence.pdf"), Severity::Warning), QStringList());
    EXPECT_EQ(codesFor(QDir(folder).filePath(QStringLiteral("licence.pdf"))), QStringList());
    EXPECT_EQ(codesFor(QStringLiteral("sub/../licence.pdf")), QStringList());
    const DocumentFile file = inspectDocumentFile(QStringLiteral("licence.pdf"), folder);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(file.path, QFileInfo(QDir(folder).filePath(QStringLiteral("licence.pdf"))).canonicalFilePath());
}

TEST_F(DocumentChecks, AbsolutePathsClimbingAndLinksOutOfTheFolderAreRefused)
{
    EXPECT_EQ(codesFor(QStringLiteral("/etc/passwd")), QStringList{"document.outside-folder"});
    EXPECT_EQ(codesFor(QStringLiteral("../secret.pdf")), QStringList{"document.outside-folder"});
    EXPECT_EQ(codesFor(root.filePath(QStringLiteral("secret.pdf"))), QStringList{"document.outside-folder"});
    ASSERT_TRUE(QFile::link(root.filePath(QStringLiteral("secret.pdf")),
                            QDir(folder).filePath(QStringLiteral("innocent.pdf"))));
    EXPECT_EQ(codesFor(QStringLiteral("innocent.pdf")), QStringList{"document.outside-folder"});
    // A linked folder leading out is no way around it either.
    ASSERT_TRUE(QFile::link(root.path(), QDir(folder).filePath(QStringLiteral("up"))));
    EXPECT_EQ(codesFor(QStringLiteral("up/secret.pdf")), QStringList{"document.outside-folder"});
    // A link that stays inside is fine.
    ASSERT_TRUE(
        QFile::link(QStringLiteral("licence.pdf"), QDir(folder).filePath(QStringLiteral("copy.pdf"))));
    EXPECT_EQ(codesFor(QStringLiteral("copy.pdf")), QStringList());

    const Problem *problem = find(QStringLiteral("/etc/passwd"), QStringLiteral("document.outside-folder"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->message.en.contains(QStringLiteral("Choose the file again")));
    EXPECT_TRUE(problem->message.zh.contains(QStringLiteral("请重新选择该文件")));
    EXPECT_TRUE(problem->message.en.contains(QStringLiteral("/etc/passwd")));
}

TEST_F(DocumentChecks, FoldersFifosDevicesAndKernelFilesAreNotRegular)
{
    EXPECT_EQ(codesFor(QStringLiteral("sub")), QStringList{"document.not-regular"});
    ASSERT_EQ(
        ::mkfifo(QFile::encodeName(QDir(folder).filePath(QStringLiteral("pipe.pdf"))).constData(), 0600), 0);
    EXPECT_EQ(codesFor(QStringLiteral("pipe.pdf")), QStringList{"document.not-regular"});
    // A draft in "/" (or anywhere above them) still never reads a device or a /proc or /sys file.
    const DocumentFile device = inspectDocumentFile(QStringLiteral("dev/null"), QStringLiteral("/"));
    EXPECT_EQ(device.status, DocumentFileStatus::NotRegular);
    EXPECT_TRUE(device.path.isEmpty());
    EXPECT_EQ(inspectDocumentFile(QStringLiteral("/proc/self/status"), QStringLiteral("/")).status,
              DocumentFileStatus::NotRegular);
    EXPECT_EQ(inspectDocumentFile(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"),
                                  QStringLiteral("/"))
                  .status,
              QFileInfo::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"))
                  ? DocumentFileStatus::NotRegular
                  : DocumentFileStatus::NotFound);
    const Problem *problem = find(QStringLiteral("sub"), QStringLiteral("document.not-regular"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->message.en.contains(QStringLiteral("does not exist")));
}

TEST_F(DocumentChecks, AnEmptyFileIsAnErrorAndAMissingOneIsNotFound)
{
    write(QStringLiteral("draft/empty.pdf"), QByteArray());
    EXPECT_EQ(codesFor(QStringLiteral("empty.pdf")), QStringList{"document.empty"});
    EXPECT_EQ(codesFor(QStringLiteral("gone.pdf")), QStringList{"document.not-found"});
    ASSERT_TRUE(
        QFile::link(QStringLiteral("gone.pdf"), QDir(folder).filePath(QStringLiteral("dangling.pdf"))));
    EXPECT_EQ(codesFor(QStringLiteral("dangling.pdf")), QStringList{"document.not-found"});
}

TEST_F(DocumentChecks, TheContentDecidesTheTypeAndAnUnexpectedOneIsAWarningNamingIt)
{
    write(QStringLiteral("draft/scan.pdf"), "#!/bin/sh\necho this is a shell script, not a PDF\n");
    EXPECT_EQ(codesFor(QStringLiteral("scan.pdf")), QStringList());
    EXPECT_EQ(codesFor(QStringLiteral("scan.pdf"), Severity::Warning),
              QStringList{"document.unexpected-type"});
    const Problem *problem = find(QStringLiteral("scan.pdf"), QStringLiteral("document.unexpected-type"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->message.en.contains(QStringLiteral("application/x-shellscript")))
        << problem->message.en.toStdString();
    // A PNG named .pdf is still an expected type.
    write(QStringLiteral("draft/photo.pdf"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_EQ(codesFor(QStringLiteral("photo.pdf"), Severity::Warning), QStringList());
}

TEST_F(DocumentChecks, NamesWithControlOrBidiCharactersAreRefusedByValidateAndExportAlike)
{
    for (const QString &name :
         {QStringLiteral("scan\tlicence.pdf"), QStringLiteral("invoice\u202Efdp.exe")}) {
        write(QStringLiteral("draft/") + name, "%PDF-1.4\n");
        EXPECT_EQ(codesFor(name), QStringList{"document.name-character"});
    }
}

TEST_F(DocumentChecks, TheEmailNeverAttachesARefusedFile)
{
    write(QStringLiteral("draft/form.pdf"), "%PDF-1.4\nform\n");
    Draft draft(FormDefinition::builtin());
    ValidationContext context;
    context.draftFolder = folder;
    for (const QString &path : {QStringLiteral("/etc/passwd"), QStringLiteral("../secret.pdf"),
                                QStringLiteral("/proc/self/environ"), QStringLiteral("sub")}) {
        draft.setDocuments({{QStringLiteral("other"), path}});
        const CheckedApplication checked =
            CheckedApplication::check(FormDefinition::builtin(), draft, context);
        const EmailResult result = buildApplicationEmail(checked, "%PDF-1.4\nform\n", EmailOptions{});
        EXPECT_FALSE(result.ok) << path.toStdString();
        EXPECT_TRUE(result.message.isEmpty());
        EXPECT_FALSE(result.error.en.isEmpty());
    }
}
