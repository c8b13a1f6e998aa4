// Names with characters beyond the BMP (CJK Extension B and later, which real Chinese names use): they
// print, with the PDF font (Noto Sans CJK SC) where it has them and with the fallback font (HanaMinB)
// where it does not, and copy out of the PDF as the characters typed; only characters no font has are
// refused, named.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "pdf/pdffont.h"
#include "pdf/privateusemap.h"
#include "pdftools.h"
#include "received/receivedfile.h"
#include "testdrafts.h"
#include "validation/draftvalidator.h"

#include <QPdfDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

// 𠮷 (U+20BB7) and 𡈼 (U+2123C): Extension B, in Noto Sans CJK SC.
const QString kYoshi = QString::fromUcs4(U"\U00020BB7");
const QString kTing = QString::fromUcs4(U"\U0002123C");
// 𠀀 (U+20000, Extension B) and 𬺰 (U+2CEB0, Extension F): not in Noto Sans CJK SC, in HanaMinB.
const QString kFirstExtB = QString::fromUcs4(U"\U00020000");
const QString kFirstExtF = QString::fromUcs4(U"\U0002CEB0");
// 𰀀 (U+30000, Extension G): in no font nbapply uses. 😀: an emoji.
const QString kFirstExtG = QString::fromUcs4(U"\U00030000");
const QString kEmoji = QString::fromUcs4(U"\U0001F600");

class BeyondBmp : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString exportToFile(const Draft &draft, const QString &name)
    {
        return writeApplicationPdfAtFixedTime(folder.path(), draft, name);
    }

    QTemporaryDir folder;
};

Draft draftNamed(const QString &applicant, const QString &representative)
{
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("applicant.name"), applicant);
    draft.setText(QStringLiteral("representative.name"), representative);
    return draft;
}

QStringList problemCodes(const Draft &draft)
{
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.canPrint = printableCharacters();
    QStringList codes;
    for (const Problem &problem : validateDraft(FormDefinition::builtin(), draft, context))
        codes << problem.code;
    return codes;
}

TEST_F(BeyondBmp, ANameWithExtensionBCharactersExportsAndExtractsExactly)
{
    const QString applicant =
        kYoshi + QStringLiteral("野家（") + kTing + QStringLiteral("）数据科技有限公司");
    const QString representative = QStringLiteral("张") + kTing + kYoshi;
    const Draft draft = draftNamed(applicant, representative);
    EXPECT_FALSE(problemCodes(draft).contains(QStringLiteral("field.unprintable")));

    const QString path = exportToFile(draft, QStringLiteral("ext-b.pdf"));
    const ToolRun run = pdfToText(path);
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_FALSE(run.err.contains(QStringLiteral("Syntax"))) << run.err.toStdString();
    const QString text = withoutWhitespace(run.out);
    EXPECT_TRUE(text.contains(applicant)) << text.toStdString();
    EXPECT_TRUE(text.contains(representative));
    // No stand-in leaks into the text: every private code point is mapped back.
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF)
            << "U+" << std::hex << unsigned(c.unicode());

    // PDFium (QtPdf) reads the same characters.
    QPdfDocument document;
    ASSERT_EQ(document.load(path), QPdfDocument::Error::None);
    EXPECT_TRUE(withoutWhitespace(document.getAllText(0).text()).contains(applicant));

    // The embedded draft and the page check: the pages are what nbapply prints for these names.
    const DraftLoadResult opened = loadDraftFile(path);
    ASSERT_TRUE(opened.ok()) << opened.error.en.toStdString();
    EXPECT_EQ(opened.draft->text(QStringLiteral("applicant.name")), applicant);
    const ToolRun glyphs = checkGlyphs(path);
    EXPECT_EQ(glyphs.exitCode, 0) << glyphs.out.toStdString();
}

TEST_F(BeyondBmp, TheSubsetDrawsEachStandInWithItsCharactersOwnGlyph)
{
    // subsetFont maps each stand-in to the glyph of its supplementary character: same advance, same
    // outline bounds and contours as the full font's glyph of that character (through fontTools).
    QList<char32_t> wanted{U'A', U'名', 0x20BB7, 0x2123C};
    const pdf::PrivateUseMap map(wanted);
    ASSERT_EQ(map.characters(), (QList<char32_t>{0x20BB7, 0x2123C}));
    ASSERT_EQ(map.standIns(), (QList<char16_t>{0xE000, 0xE001}));
    const pdf::FontSubset subset = pdf::subsetFont(pdf::findFontPath(), wanted, map);
    ASSERT_TRUE(subset.ok()) << subset.error.en.toStdString();
    const QString path = writeTemp(folder.path(), QStringLiteral("subset.ttf"), subset.data);
    const ToolRun run = runTool(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         fontToolsShapes() +
             QStringLiteral(
                 "sub = TTFont(sys.argv[1]); full = open_font(sys.argv[2])\n"
                 "sc = sub.getBestCmap(); fc = full.getBestCmap()\n"
                 "for standIn, real in ((0xE000, 0x20BB7), (0xE001, 0x2123C)):\n"
                 "    print(same_shape(shape(sub, sc[standIn]), shape(full, fc[real])) and shape(sub, "
                 "sc[standIn])[2] > 0)\n"),
         path, pdf::findFontPath()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
              (QStringList{QStringLiteral("True"), QStringLiteral("True")}));
}

TEST_F(BeyondBmp, AStandInSkipsAPrivateCharacterTheDocumentDrawsItself)
{
    const pdf::PrivateUseMap map(QList<char32_t>{0xE000, 0xE002, 0x20BB7, 0x2123C, 0x20BB7});
    EXPECT_EQ(map.standIns(), (QList<char16_t>{0xE001, 0xE003}));
    EXPECT_EQ(map.drawable(QStringLiteral("a") + kTing + kYoshi), QStringLiteral("a\uE003\uE001"));
}

TEST_F(BeyondBmp, ExtensionCharactersTheFontLacksPrintWithTheFallbackFont)
{
    ASSERT_FALSE(pdf::findFallbackFontPath().isEmpty()) << "fonts-hanazono is a dependency";
    const auto noto = pdf::fontCoverage(pdf::findFontPath());
    ASSERT_FALSE(noto(0x20000));
    ASSERT_FALSE(noto(0x2CEB0));

    const QString applicant =
        kFirstExtB + kYoshi + QStringLiteral("科技") + kFirstExtF + QStringLiteral("有限公司");
    const Draft draft = draftNamed(applicant, QStringLiteral("张伟 Zhang Wei"));
    EXPECT_FALSE(problemCodes(draft).contains(QStringLiteral("field.unprintable")));
    const QString path = exportToFile(draft, QStringLiteral("fallback.pdf"));
    EXPECT_TRUE(withoutWhitespace(pdfToText(path).out).contains(applicant));
    // Two embedded fonts: the PDF font's and the fallback's subset.
    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {path});
    ASSERT_EQ(fonts.exitCode, 0);
    EXPECT_EQ(fonts.out.count(QStringLiteral("CID TrueType")), 2) << fonts.out.toStdString();
    EXPECT_TRUE(fonts.out.contains(QStringLiteral("HanaMinB"))) << fonts.out.toStdString();
    const DraftLoadResult opened = loadDraftFile(path);
    EXPECT_TRUE(opened.ok()) << opened.error.en.toStdString();
}

TEST_F(BeyondBmp, OnlyCharactersNoFontHasAreRefusedAndTheMessageNamesThem)
{
    const auto printable = printableCharacters();
    for (char32_t c : {char32_t(0x20BB7), char32_t(0x2123C), char32_t(0x20000), char32_t(0x2CEB0)})
        EXPECT_TRUE(printable(c)) << std::hex << static_cast<unsigned>(c);
    for (char32_t c : {char32_t(0x30000), char32_t(0x1F600), char32_t(0xE000), char32_t(0xDC00)})
        EXPECT_FALSE(printable(c)) << std::hex << static_cast<unsigned>(c);

    Draft draft = draftNamed(kYoshi + QStringLiteral("光") + kFirstExtG + QStringLiteral("有限公司"),
                             QStringLiteral("张伟"));
    EXPECT_TRUE(problemCodes(draft).contains(QStringLiteral("field.unprintable")));
    const PdfExportResult refused = renderApplicationPdf(FormDefinition::builtin(), draft);
    EXPECT_FALSE(refused.ok);
    // The character no font has, itself and by its code point, in both languages.
    EXPECT_TRUE(refused.error.en.contains(QStringLiteral("“") + kFirstExtG + QStringLiteral("” U+30000")))
        << refused.error.en.toStdString();
    EXPECT_TRUE(refused.error.zh.contains(QStringLiteral("U+30000")));

    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("光") + kEmoji);
    const PdfExportResult emoji = renderApplicationPdf(FormDefinition::builtin(), draft);
    EXPECT_FALSE(emoji.ok);
    EXPECT_TRUE(emoji.error.en.contains(kEmoji + QStringLiteral("” U+1F600")))
        << emoji.error.en.toStdString();
}

TEST_F(BeyondBmp, WithoutTheFallbackFontItsCharactersAreRefusedNotDropped)
{
    // A damaged fallback font (first in the search path) covers nothing: 𠀀 is refused, 𠮷 still prints.
    const QByteArray saved = qgetenv("NBAPPLY_DATA_DIR");
    ASSERT_TRUE(QDir(folder.path()).mkpath(QStringLiteral("fonts")));
    writeTemp(folder.filePath(QStringLiteral("fonts")), pdf::fallbackFontFileName(), QByteArray(4096, 'x'));
    qputenv("NBAPPLY_DATA_DIR", QFile::encodeName(folder.path()));
    PdfExportOptions options;
    options.fontPath = pdf::findFontPath();
    options.exportTime = fixedExportTime();
    const PdfExportResult refused = renderApplicationPdf(
        FormDefinition::builtin(), draftNamed(kFirstExtB + QStringLiteral("光"), kYoshi), options);
    const PdfExportResult printed = renderApplicationPdf(
        FormDefinition::builtin(), draftNamed(kYoshi + QStringLiteral("光"), kTing), options);
    if (saved.isNull())
        qunsetenv("NBAPPLY_DATA_DIR");
    else
        qputenv("NBAPPLY_DATA_DIR", saved);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.en.contains(QStringLiteral("U+20000"))) << refused.error.en.toStdString();
    EXPECT_TRUE(printed.ok) << printed.error.en.toStdString();
}

} // namespace
