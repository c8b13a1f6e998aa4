// File names of exported applications, valid on Windows, macOS and Linux.
#include "application/checkedapplication.h"
#include "draft/draft.h"
#include "export/exportfilename.h"
#include "form/formdefinition.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace nbapply;

namespace
{

QString baseName(const QString &applicant)
{
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), applicant);
    return exportBaseName(draft, QDate(2026, 11, 26));
}

TEST(ExportFileName, KeepsChineseAndAddsTheDate)
{
    EXPECT_EQ(baseName(QStringLiteral("北京南山智能科技有限公司")),
              QStringLiteral("北京南山智能科技有限公司-2026-11-26"));
    EXPECT_EQ(baseName(QStringLiteral("Harbour Analytics Limited")),
              QStringLiteral("Harbour Analytics Limited-2026-11-26"));
}

TEST(ExportFileName, ReplacesCharactersWindowsForbids)
{
    EXPECT_EQ(baseName(QStringLiteral("A<B>C:D\"E/F\\G|H?I*J")),
              QStringLiteral("A_B_C_D_E_F_G_H_I_J-2026-11-26"));
}

TEST(ExportFileName, DropsControlAndInvisibleCharacters)
{
    const QString name = baseName(QStringLiteral("Evil\r\nCo\tLtd\u202Efdp.exe\u0007"));
    for (QChar c : name) {
        EXPECT_GE(c.unicode(), 0x20);
        EXPECT_NE(c.category(), QChar::Other_Format);
    }
    EXPECT_EQ(name, QStringLiteral("Evil Co Ltd_fdp.exe_-2026-11-26"));
}

TEST(ExportFileName, NoLeadingDotsOrSpaces)
{
    EXPECT_EQ(baseName(QStringLiteral("  ..hidden ")), QStringLiteral("hidden-2026-11-26"));
    EXPECT_EQ(baseName(QStringLiteral("Acme Inc.")), QStringLiteral("Acme Inc-2026-11-26"));
}

TEST(ExportFileName, AvoidsReservedDosNames)
{
    for (const char *reserved : {"CON", "con", "Nul", "COM1", "lpt9", "AUX.company", "PRN"}) {
        const QString name = baseName(QString::fromLatin1(reserved));
        EXPECT_TRUE(name.startsWith(QLatin1Char('_'))) << name.toStdString();
    }
    EXPECT_EQ(baseName(QStringLiteral("Console Ltd")), QStringLiteral("Console Ltd-2026-11-26"));
}

TEST(ExportFileName, EmptyNameGetsAFallback)
{
    EXPECT_EQ(baseName(QString()), QStringLiteral("application-2026-11-26"));
    EXPECT_EQ(baseName(QStringLiteral(" ... ")), QStringLiteral("application-2026-11-26"));
}

TEST(ExportFileName, LongNamesFitTheFileSystemLimitWithoutCuttingACharacter)
{
    const QString longName = QStringLiteral("南北阁测试科技有限公司").repeated(20) + QStringLiteral("😀");
    const QString name = baseName(longName);
    EXPECT_LE(name.toUtf8().size(), kMaxExportBaseNameBytes);
    EXPECT_TRUE(name.endsWith(QStringLiteral("-2026-11-26")));
    EXPECT_TRUE(longName.startsWith(name.chopped(11)));
    EXPECT_FALSE(name.contains(QChar(QChar::ReplacementCharacter)));

    // And the file can really be created with the .pdf and .eml extensions.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char *extension : {".pdf", ".eml"}) {
        QFile file(QDir(dir.path()).filePath(name + QString::fromLatin1(extension)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << file.errorString().toStdString();
    }
}

TEST(ExportFileName, NormalisesToNfc)
{
    EXPECT_EQ(baseName(QStringLiteral("Cafe\u0301")), QStringLiteral("Caf\u00E9-2026-11-26"));
}

} // namespace

// The names the command line and the Export page plan, and what counts as taken: anything at a name,
// also a link that leads nowhere (QFileInfo::exists says no, and writing would follow it) and a folder.
TEST(PlannedOutputs, NamesTheFilesOfAnExportAndWhichAreTaken)
{
    QTemporaryDir dir;
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("北京南山智能科技有限公司"));
    ValidationContext context;
    context.today = QDate(2026, 11, 26);
    const CheckedApplication checked = CheckedApplication::check(FormDefinition::builtin(), draft, context);
    const QString base = dir.filePath(QStringLiteral("北京南山智能科技有限公司-2026-11-26"));

    PlannedOutputs planned = plannedOutputs(checked, dir.path(), true, true, Language::Chinese);
    EXPECT_EQ(planned.pdf, base + QStringLiteral(".pdf"));
    EXPECT_EQ(planned.email, base + QStringLiteral(".eml"));
    EXPECT_EQ(planned.letter, base + QStringLiteral("-授权委托书.pdf"));
    EXPECT_TRUE(planned.existing.isEmpty());

    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("nowhere")), planned.pdf));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QFileInfo(planned.letter).fileName()));
    planned = plannedOutputs(checked, dir.path(), true, true, Language::Chinese);
    EXPECT_EQ(planned.existing, (QStringList{planned.pdf, planned.letter}));

    QFile email(planned.email);
    ASSERT_TRUE(email.open(QIODevice::WriteOnly));
    email.close();
    // Without the e-mail and the letter, only the PDF is planned, and only it can be taken.
    planned = plannedOutputs(checked, dir.path(), false, false, Language::Chinese);
    EXPECT_TRUE(planned.email.isEmpty());
    EXPECT_TRUE(planned.letter.isEmpty());
    EXPECT_EQ(planned.paths(), QStringList{planned.pdf});
    EXPECT_EQ(planned.existing, QStringList{planned.pdf});
}

TEST(PlannedOutputs, APackageIsNamedLikeTheExport)
{
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("Harbour\nAnalytics  Limited"));
    EXPECT_EQ(packageFileName(draft, QDate(2026, 11, 26)),
              QStringLiteral("Harbour Analytics Limited-2026-11-26.nbapply.zip"));
}
