// The exported PDF read back by independent tools: every value, the structure, the metadata, the
// embedded draft, the glyphs and the determinism.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "pdf/pdffont.h"
#include "pdftools.h"
#include "received/receivedfile.h"
#include "testdrafts.h"
#include "validation/countries.h"
#include "validation/draftvalidator.h"
#include "validation/identifiers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

// The text each field must show in the PDF: the normalised value, or the label of the chosen choice.
QStringList expectedTexts(const Draft &input)
{
    const FormDefinition &form = FormDefinition::builtin();
    const Draft draft = normalizedDraft(form, input, fixedExportTime().date());
    const QString kind = draft.applicantKind();
    QStringList texts;
    for (const SectionDefinition &section : form.sections) {
        for (const FieldDefinition &field : section.fields) {
            if (!field.appliesToKind(kind))
                continue;
            if (field.type == FieldType::MultiChoice) {
                for (const QString &value : draft.list(field.path()))
                    texts << field.choiceLabel(value, kind).zh;
                continue;
            }
            const QString value = draft.text(field.path());
            if (value.isEmpty())
                continue;
            if (field.type == FieldType::Choice)
                texts << field.choiceLabel(value, kind).zh << field.label.zh;
            else if (field.type == FieldType::Country)
                texts << validation::findCountry(value)->name.zh << validation::findCountry(value)->name.en;
            else if (field.type == FieldType::Phone)
                texts << validation::formatPhoneForDisplay(value);
            else
                texts << value;
        }
    }
    return texts;
}

class PdfExport : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString exportToFile(const Draft &draft, const QString &name, PdfExportResult *out = nullptr)
    {
        PdfExportOptions options;
        options.exportTime = fixedExportTime();
        const QString path = folder.filePath(name);
        const PdfExportResult result = writeApplicationPdf(FormDefinition::builtin(), draft, path, options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        if (out)
            *out = result;
        return path;
    }

    QTemporaryDir folder;
};

TEST_F(PdfExport, EveryValueComesBackFromPdftotext)
{
    for (const Draft &draft : {mixedCompanyDraft(), exampleDraft(QStringLiteral("company.nbapply.json")),
                               exampleDraft(QStringLiteral("individual.nbapply.json")),
                               exampleDraft(QStringLiteral("hong-kong-company.nbapply.json"))}) {
        const QString path = exportToFile(draft, QStringLiteral("values.pdf"));
        const ToolRun text = pdfToText(path);
        ASSERT_EQ(text.exitCode, 0);
        EXPECT_FALSE(text.err.contains(QStringLiteral("Syntax"))) << text.err.toStdString();
        const QString extracted = withoutWhitespace(text.out);
        for (const QString &expected : expectedTexts(draft))
            EXPECT_TRUE(extracted.contains(withoutWhitespace(expected)))
                << "missing from the PDF text: " << expected.toStdString();
        EXPECT_TRUE(extracted.contains(withoutWhitespace(FormDefinition::builtin().title.zh)));
        // The fingerprint over the data and its documents, as opening the PDF re-derives it.
        const DraftLoadResult opened = loadDraftFile(path);
        ASSERT_TRUE(opened.ok()) << opened.error.en.toStdString();
        EXPECT_TRUE(extracted.contains(opened.received->fingerprint));
    }
}

TEST_F(PdfExport, MixedScriptsExtractExactly)
{
    const QString path = exportToFile(mixedCompanyDraft(), QStringLiteral("mixed.pdf"));
    const QString extracted = withoutWhitespace(pdfToText(path).out);
    for (const char *sample :
         {"䶮光（NanbeigeTest）数据科技有限公司", "¥3,000/月。", "（RAG），私有云部署，API仅内部调用！",
          "Singapore,2个城市。", "12,000条；不对外分发。", "91110108MA01C3QK0B"})
        EXPECT_TRUE(extracted.contains(QString::fromUtf8(sample))) << sample;
}

TEST_F(PdfExport, QtPdfReadsTheSameText)
{
    const Draft draft = mixedCompanyDraft();
    const QString path = exportToFile(draft, QStringLiteral("qtpdf.pdf"));
    QPdfDocument document;
    ASSERT_EQ(document.load(path), QPdfDocument::Error::None);
    QString all;
    for (int page = 0; page < document.pageCount(); ++page)
        all += document.getAllText(page).text();
    // PDFium reports some ideographs as the look-alike Kangxi radicals: NFKC maps them back.
    const QString extracted = withoutWhitespace(all.normalized(QString::NormalizationForm_KC));
    for (const QString &expected : expectedTexts(draft))
        EXPECT_TRUE(extracted.contains(withoutWhitespace(expected.normalized(QString::NormalizationForm_KC))))
            << "QtPdf misses: " << expected.toStdString();
}

TEST_F(PdfExport, CompanyOnlyFieldsAreLeftOutForANaturalPerson)
{
    const QString path =
        exportToFile(exampleDraft(QStringLiteral("individual.nbapply.json")), QStringLiteral("p.pdf"));
    const QString extracted = withoutWhitespace(pdfToText(path).out);
    EXPECT_FALSE(extracted.contains(QStringLiteral("企业类型")));
    EXPECT_FALSE(extracted.contains(QStringLiteral("企业员工规模")));
    EXPECT_FALSE(extracted.contains(QStringLiteral("成立时间")));
    // The enclosed-documents list is this applicant's (the notes themselves name every document).
    EXPECT_TRUE(extracted.contains(QStringLiteral("申请人身份证复印件/Copyoftheapplicant'sIDcard")));
    EXPECT_FALSE(extracted.contains(QStringLiteral("企业营业执照/Businesslicence")));
}

TEST_F(PdfExport, QpdfFindsNoProblemAndTheDraftRoundTrips)
{
    const Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString path = exportToFile(draft, QStringLiteral("check.pdf"));
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("No syntax or stream encoding errors")));
    EXPECT_FALSE((check.out + check.err).contains(QStringLiteral("WARNING")));

    const ToolRun attachments = runTool(QStringLiteral("qpdf"), {QStringLiteral("--list-attachments"), path});
    EXPECT_EQ(attachments.exitCode, 0);
    // The draft and the SHA-256 of each document (docs/package-format.md).
    EXPECT_TRUE(attachments.out.contains(QStringLiteral("\nnbapply-draft.json ->")))
        << attachments.out.toStdString();
    EXPECT_TRUE(attachments.out.startsWith(QStringLiteral("nbapply-documents.json ->")))
        << attachments.out.toStdString();

    const DraftLoadResult loaded = loadDraftFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    // What travels: document paths reduced to file names, no review (Draft::portableCopy).
    EXPECT_EQ(*loaded.draft, draft.portableCopy(false));
}

TEST_F(PdfExport, PopplerReportsNoSyntaxProblems)
{
    const QString path = exportToFile(mixedCompanyDraft(), QStringLiteral("poppler.pdf"));
    for (const QString &tool :
         {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo"), QStringLiteral("pdffonts")}) {
        const ToolRun run =
            runTool(tool, tool == QStringLiteral("pdftotext") ? QStringList{path, QStringLiteral("-")}
                                                              : QStringList{path});
        EXPECT_EQ(run.exitCode, 0) << tool.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("Syntax Warning"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("Syntax Error"))) << run.err.toStdString();
    }
    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {path});
    // One font, embedded (emb), subset (sub) and with a ToUnicode map (uni).
    EXPECT_TRUE(fonts.out.contains(
        QRegularExpression(QStringLiteral("CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes"))))
        << fonts.out.toStdString();
}

TEST_F(PdfExport, NoGlyphLosesAComponent)
{
    const QString path = exportToFile(mixedCompanyDraft(), QStringLiteral("glyphs.pdf"));
    const ToolRun run = checkGlyphs(path);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(" 0 broken"))) << run.out.toStdString();
}

TEST_F(PdfExport, TheEmbeddedFontHasSimpleTrueTypeGlyphsConvertedFromTheInstalledFont)
{
    // The installed Noto Sans CJK has CFF outlines; libharu embeds only glyf outlines and mangles
    // composite glyphs. Each export converts the glyphs it uses: with 600 different ideographs the
    // embedded program must be TrueType, every glyph simple, with TrueType's clockwise outer contours
    // (a negative signed area for fontTools) and the shape of the installed font's glyph (libharu
    // embeds the outlines of the glyphs the pages draw only).
    QString many;
    for (char32_t c = 0x4E00; many.size() < 600; c += 29)
        many += QChar(char16_t(c));
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("plan.usage"), many);
    const QString path = exportToFile(draft, QStringLiteral("ideographs.pdf"));
    const ToolRun run = runTool(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         fontToolsShapes() +
             QStringLiteral(
                 "import io, json, subprocess\n"
                 "from fontTools.pens.areaPen import AreaPen\n"
                 "pdf, system = sys.argv[1], open_font(sys.argv[2])\n"
                 "raw = subprocess.run(['qpdf', '--json=2', '--json-key=qpdf', pdf], capture_output=True, "
                 "text=True, check=True).stdout\n"
                 "for _, obj in json.loads(raw)['qpdf'][1].items():\n"
                 "    v = obj.get('value')\n"
                 "    if not isinstance(v, dict) or '/FontFile2' not in v: continue\n"
                 "    data = subprocess.run(['qpdf', '--show-object=' + v['/FontFile2'].split()[0], "
                 "'--filtered-stream-data', pdf], capture_output=True, check=True).stdout\n"
                 "    f = TTFont(io.BytesIO(data)); glyf = f['glyf']; glyphs = f.getGlyphSet()\n"
                 "    drawn = [g for g in f.getGlyphOrder() if glyf[g].numberOfContours > 0]\n"
                 "    composite = sum(glyf[g].isComposite() for g in f.getGlyphOrder())\n"
                 "    def area(g):\n"
                 "        pen = AreaPen(glyphs); glyphs[g].draw(pen); return pen.value\n"
                 "    counter_clockwise = sum(area(g) > 0 for g in drawn)\n"
                 "    sc = f.getBestCmap(); fc = system.getBestCmap()\n"
                 "    unlike = sum(not same_shape(shape(f, sc[c]), shape(system, fc[c])) for c in sc\n"
                 "                 if c >= 0x4E00 and glyf[sc[c]].numberOfContours > 0)\n"
                 "    print('CFF ' in f, 'glyf' in f, len(drawn) >= 600, composite, counter_clockwise, "
                 "unlike)\n"),
         path, pdf::findFontPath()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // One font (no character needs the fallback): no CFF, glyf, all 600 ideographs drawn, no composite,
    // no counter-clockwise glyph, none unlike the installed font's.
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("False True True 0 0 0")) << run.out.toStdString();
}

TEST_F(PdfExport, MetadataNamesTheApplicantAndTheExportTime)
{
    const Draft draft = mixedCompanyDraft();
    PdfExportResult result;
    const QString path = exportToFile(draft, QStringLiteral("meta.pdf"), &result);
    const QMap<QString, QString> info = pdfInfo(path);
    EXPECT_EQ(info.value(QStringLiteral("Pages")).toInt(), result.pageCount);
    EXPECT_GE(result.pageCount, 2);
    EXPECT_EQ(info.value(QStringLiteral("Author")), draft.text(QStringLiteral("applicant.name")));
    EXPECT_TRUE(info.value(QStringLiteral("Title")).startsWith(FormDefinition::builtin().title.zh));
    EXPECT_TRUE(info.value(QStringLiteral("Title")).endsWith(draft.text(QStringLiteral("applicant.name"))));
    EXPECT_EQ(info.value(QStringLiteral("Creator")), QStringLiteral("nbapply " NBAPPLY_VERSION));
    EXPECT_TRUE(info.value(QStringLiteral("CreationDate")).contains(QStringLiteral("2026")));
    EXPECT_TRUE(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("595.276 x 841.89")));
    EXPECT_LT(result.pdf.size(), 100 * 1024);
}

TEST_F(PdfExport, SameDraftAndClockGiveTheSameBytes)
{
    const Draft draft = mixedCompanyDraft();
    PdfExportOptions options;
    options.exportTime = fixedExportTime();
    const PdfExportResult first = renderApplicationPdf(FormDefinition::builtin(), draft, options);
    const PdfExportResult second = renderApplicationPdf(FormDefinition::builtin(), draft, options);
    ASSERT_TRUE(first.ok && second.ok);
    EXPECT_EQ(first.pdf, second.pdf);

    // Through SOURCE_DATE_EPOCH, as reproducible builds and the command line use it.
    qputenv("SOURCE_DATE_EPOCH", "1795680000");
    const PdfExportResult third = renderApplicationPdf(FormDefinition::builtin(), draft);
    const PdfExportResult fourth = renderApplicationPdf(FormDefinition::builtin(), draft);
    qunsetenv("SOURCE_DATE_EPOCH");
    ASSERT_TRUE(third.ok && fourth.ok);
    EXPECT_EQ(third.pdf, fourth.pdf);
    EXPECT_NE(third.pdf, first.pdf); // the date is printed
}

TEST_F(PdfExport, AMissingFontIsAClearErrorAndLeavesNoFile)
{
    PdfExportOptions options;
    options.fontPath = folder.filePath(QStringLiteral("no-such-font.ttf"));
    const QString path = folder.filePath(QStringLiteral("never.pdf"));
    const PdfExportResult result =
        writeApplicationPdf(FormDefinition::builtin(), mixedCompanyDraft(), path, options);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.zh.contains(QStringLiteral("字体")));
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("NBAPPLY_DATA_DIR")));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(PdfExport, ADamagedFontFailsInLibharuWithoutAFile)
{
    // A file that HarfBuzz cannot read as a font, or libharu cannot load: an error, never a PDF.
    const QString fontPath = writeTemp(folder.path(), QStringLiteral("broken.ttf"), QByteArray(4096, 'x'));
    PdfExportOptions options;
    options.fontPath = fontPath;
    const QString path = folder.filePath(QStringLiteral("never.pdf"));
    const PdfExportResult result =
        writeApplicationPdf(FormDefinition::builtin(), mixedCompanyDraft(), path, options);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.zh.isEmpty());
    EXPECT_FALSE(result.error.en.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PdfExport, ACharacterTheFontLacksIsRefusedNotDropped)
{
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("plan.usage"), QStringLiteral("Ext-B 𠀀 and an emoji 😀"));
    const PdfExportResult result = renderApplicationPdf(FormDefinition::builtin(), draft);
    EXPECT_FALSE(result.ok);
    // 𠀀 prints with the fallback font: the emoji is the character refused.
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("U+1F600"))) << result.error.en.toStdString();
}

TEST_F(PdfExport, PrintableCharactersFollowTheFont)
{
    const auto printable = printableCharacters();
    for (char32_t c : {U'A', U'z', U'中', U'䶮', U'，', U'。', U'（', U'¥', U'€', U'\n'})
        EXPECT_TRUE(printable(c)) << static_cast<unsigned>(c);
    // Beyond the BMP: Extension G (in no font nbapply uses) and an emoji (beyondbmp_test.cpp has the rest).
    for (char32_t c : {U'\t', U'\r', char32_t(0x07), char32_t(0x1B), char32_t(0x85), char32_t(0xD800),
                       char32_t(0x30000), char32_t(0x1F600)})
        EXPECT_FALSE(printable(c)) << static_cast<unsigned>(c);
}

TEST_F(PdfExport, FontCoverageIsTheFontsBmpCmapAsFontToolsReadsIt)
{
    // fontCoverage() asks HarfBuzz one character at a time; fontTools reads the whole cmap.
    const QString fontPath = pdf::findFontPath();
    ASSERT_FALSE(fontPath.isEmpty());
    const ToolRun run = runTool(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         fontToolsShapes() + QStringLiteral("cmap = open_font(sys.argv[1]).getBestCmap()\n"
                                            "print(' '.join('%x' % c for c, g in sorted(cmap.items()) if c "
                                            "<= 0xFFFF and g != '.notdef'))"),
         fontPath});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QSet<char32_t> inCmap;
    for (const QString &hex : run.out.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        inCmap.insert(hex.trimmed().toUInt(nullptr, 16));
    ASSERT_GT(inCmap.size(), 30000) << "a CJK font";
    const auto covers = pdf::fontCoverage(fontPath);
    int mismatches = 0;
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        const QChar ch(static_cast<char16_t>(c));
        const bool expected =
            c == U'\n' || (inCmap.contains(c) && ch.category() != QChar::Other_Control && !ch.isSurrogate());
        if (covers(c) != expected && ++mismatches <= 5)
            ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(c) << " expected " << expected;
    }
    EXPECT_EQ(mismatches, 0);
    // Beyond the BMP the cmap is asked too: 𠮷 is in Noto Sans CJK SC, 𠀀 only in the fallback font.
    EXPECT_TRUE(covers(0x20BB7));
    EXPECT_FALSE(covers(0x20000));
}

TEST_F(PdfExport, TheSubsetsCompactCmapMapsExactlyTheRequestedCharactersToTheirGlyphs)
{
    // subsetFont() rewrites HarfBuzz's cmap with a few merged segments (libharu scans segments
    // linearly). fontTools must read it, and it must map the requested characters, and no others, to
    // the glyphs of the installed font: compared through the glyph outlines' names is not possible
    // (post format 3), so through each glyph's advance width, outline bounds and contours (the subset's
    // TrueType outlines approximate the font's CFF outlines within a font unit).
    QList<char32_t> wanted;
    for (const QChar c : QStringLiteral("Az09 ，。（）：、申请人名称统一社会信用代码䶮龘鿋€¥—…“”"))
        wanted << c.unicode();
    const pdf::FontSubset subset = pdf::subsetFont(pdf::findFontPath(), wanted);
    ASSERT_TRUE(subset.ok()) << subset.error.en.toStdString();
    const QString path = writeTemp(folder.path(), QStringLiteral("subset.ttf"), subset.data);
    const ToolRun run = runTool(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         fontToolsShapes() +
             QStringLiteral(
                 "sub = TTFont(sys.argv[1]); full = open_font(sys.argv[2])\n"
                 "subsets = [t for t in sub['cmap'].tables]\n"
                 "assert len(subsets) == 1 and subsets[0].format == 4 and subsets[0].platformID == 3, "
                 "subsets\n"
                 "sc = sub.getBestCmap(); fc = full.getBestCmap()\n"
                 "for c in sorted(sc): print('%x' % c, same_shape(shape(sub, sc[c]), shape(full, fc[c])))\n"),
         path, pdf::findFontPath()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QSet<char32_t> mapped;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        ASSERT_EQ(parts.size(), 2) << line.toStdString();
        mapped.insert(parts[0].toUInt(nullptr, 16));
        EXPECT_EQ(parts[1], QStringLiteral("True")) << "U+" << parts[0].toStdString() << " has another glyph";
    }
    EXPECT_EQ(mapped, QSet<char32_t>(wanted.begin(), wanted.end()));
}

TEST_F(PdfExport, PrintableAsciiNeedsNoFontAndTheFontIsReadOnlyForOtherCharacters)
{
    // The fast path of printableCharacters() is right only if the font draws every printable ASCII
    // character.
    const auto coverage = pdf::fontCoverage(pdf::findFontPath());
    for (char32_t c = 0x20; c < 0x7F; ++c)
        EXPECT_TRUE(coverage(c)) << static_cast<unsigned>(c);

    // The font is looked up lazily: a damaged font put first in the search path after the function
    // was made is the one used, and only once a non-ASCII character is checked.
    const QByteArray savedDataDir = qgetenv("NBAPPLY_DATA_DIR");
    qputenv("NBAPPLY_DATA_DIR", QFile::encodeName(folder.path()));
    const auto printable = printableCharacters();
    EXPECT_TRUE(printable(U'A'));
    EXPECT_TRUE(printable(U'~'));
    EXPECT_TRUE(printable(U'\n'));
    ASSERT_TRUE(QDir(folder.path()).mkpath(QStringLiteral("fonts")));
    writeTemp(folder.filePath(QStringLiteral("fonts")), pdf::pdfFontFileName(), QByteArray(4096, 'x'));
    const auto copy = printable; // copies share the one lazy load
    EXPECT_FALSE(copy(U'中')) << "an eager load would have used the build tree's font, which has 中";
    EXPECT_FALSE(printable(U'中'));
    EXPECT_TRUE(printable(U'z'));
    EXPECT_FALSE(printable(U'\t'));
    if (savedDataDir.isNull())
        qunsetenv("NBAPPLY_DATA_DIR");
    else
        qputenv("NBAPPLY_DATA_DIR", savedDataDir);
    EXPECT_TRUE(printableCharacters()(U'中'));
}

TEST_F(PdfExport, AFullDiskLeavesThePreviousPdfUntouchedAndTheFileIsOwnerOnly)
{
    const QString path = folder.filePath(QStringLiteral("申请.pdf"));
    const QByteArray previous = "%PDF-1.7 the previous export";
    writeTemp(folder.path(), QStringLiteral("申请.pdf"), previous);
    // The PDF must be larger than the font subset written to a temporary file on the way: the draft
    // it embeds carries 1 MB of incompressible data in a key nbapply keeps without knowing it.
    QJsonObject root = QJsonDocument::fromJson(serializeDraft(mixedCompanyDraft())).object();
    QByteArray noise(768 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20261126); // fixed seed: the same bytes every run
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>(random.generate() & 0xFF);
    root[QStringLiteral("attachmentOfAnotherTool")] = QString::fromLatin1(noise.toBase64());
    const DraftLoadResult loaded = parseDraft(QJsonDocument(root).toJson());
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const Draft draft = *loaded.draft;
    PdfExportOptions options;
    options.exportTime = fixedExportTime();
    const PdfExportResult rendered = renderApplicationPdf(FormDefinition::builtin(), draft, options);
    ASSERT_TRUE(rendered.ok) << rendered.error.en.toStdString();

    // Make the disk "full" for this process just below the PDF's size: the font subset written on the
    // way still fits, the PDF does not (EFBIG). QSaveFile alone would rename a truncated PDF over the
    // previous one.
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = old;
    tiny.rlim_cur = static_cast<rlim_t>(rendered.pdf.size() - 1);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const PdfExportResult failed = writeApplicationPdf(FormDefinition::builtin(), draft, path, options);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.error.zh.contains(QStringLiteral("无法写入 ") + path))
        << failed.error.zh.toStdString();
    EXPECT_TRUE(failed.error.en.contains(QStringLiteral("Could not write ") + path))
        << failed.error.en.toStdString();
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), previous);
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("申请.pdf")})
        << "no temporary file left behind";

    // With room again: the very bytes rendered, readable by the owner only (ID and phone numbers).
    const PdfExportResult written = writeApplicationPdf(FormDefinition::builtin(), draft, path, options);
    ASSERT_TRUE(written.ok) << written.error.en.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), rendered.pdf);
    EXPECT_EQ(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace
