// A received file built to exhaust memory is refused in seconds, by `nbapply validate` as a user runs
// it, and the process never grows past 200 MB (docs/security.md, "Limits"). Each file is small or is
// written at test time; each would have cost hundreds of megabytes to gigabytes before its limit.
#include "hostilefiles.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nbapply::test;

namespace
{

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// What docs/security.md promises for every input.
constexpr long kMaxPeakKiB = 200 * 1024;
// Without its limit a hostile file would take gigabytes; this cap makes such a regression fail fast
// (the allocation fails and the peak is still far over kMaxPeakKiB) instead of swapping the machine.
constexpr rlim_t kAddressSpaceCap = rlim_t(2) * 1024 * 1024 * 1024;

struct MeasuredRun {
    int exitCode = -1;
    QString err;
    long peakKiB = 0; // the child's own peak resident size (wait4), not this test's
};

// Runs `nbapply validate --lang LANGUAGE FILE` and measures the child's peak memory.
MeasuredRun validateMeasured(const QString &file, const char *language)
{
    QByteArray binary = QFile::encodeName(binaryPath(QStringLiteral("app/cli/nbapply")));
    QByteArray path = QFile::encodeName(file);
    QByteArray command = "validate";
    QByteArray langOption = "--lang";
    QByteArray lang = language;
    QTemporaryFile errors;
    EXPECT_TRUE(errors.open());
    const QByteArray errorsPath = QFile::encodeName(errors.fileName());
    char *argv[] = {binary.data(), command.data(), langOption.data(), lang.data(), path.data(), nullptr};

    const pid_t child = fork();
    if (child == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int err = open(errorsPath.constData(), O_WRONLY | O_TRUNC);
        const int out = open("/dev/null", O_WRONLY);
        if (err < 0 || out < 0 || dup2(err, 2) < 0 || dup2(out, 1) < 0)
            _exit(126);
        if (!kSanitized) {
            // AddressSanitizer reserves terabytes of shadow address space: a cap would stop it at once.
            const rlimit cap{kAddressSpaceCap, kAddressSpaceCap};
            setrlimit(RLIMIT_AS, &cap);
        }
        execv(binary.constData(), argv);
        _exit(127);
    }
    MeasuredRun run;
    EXPECT_GT(child, 0);
    int status = 0;
    rusage usage{};
    EXPECT_EQ(wait4(child, &status, 0, &usage), child);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakKiB = usage.ru_maxrss;
    run.err = QString::fromUtf8(errors.readAll());
    return run;
}

// Refused with exit 2 and `en` / `zh` in the message, in both languages, under 200 MB.
void expectRefusedSmall(const QString &file, const QString &en, const QString &zh)
{
    const MeasuredRun english = validateMeasured(file, "en");
    EXPECT_EQ(english.exitCode, 2) << english.err.toStdString();
    EXPECT_TRUE(english.err.contains(en)) << english.err.toStdString();
    // AddressSanitizer's shadow memory and quarantine are no measure of nbapply's.
    if (!kSanitized) {
        EXPECT_LT(english.peakKiB, kMaxPeakKiB) << "peak " << english.peakKiB / 1024 << " MB";
    }
    const MeasuredRun chinese = validateMeasured(file, "zh_CN");
    EXPECT_EQ(chinese.exitCode, 2) << chinese.err.toStdString();
    EXPECT_TRUE(chinese.err.contains(zh)) << chinese.err.toStdString();
}

QByteArray exampleDraftJson()
{
    QFile file(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray repeated(const QByteArray &reference, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += reference + ' ';
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// An nbapply-looking PDF whose page tree lists page 5 `nodes` × `listings` times: the root lists
// `nodes` distinct /Pages nodes, and each of those lists the same page `listings` times. The nodes are
// kept in one Flate-compressed object stream (PDF 1.5), so that megabytes of "5 0 R" take kilobytes.
QByteArray repeatedPageTreePdf(const QByteArray &draftJson, int nodes, int listings)
{
    const int streamNumber = 6 + nodes;
    const int xrefNumber = streamNumber + 1;
    QList<qint64> offsets(xrefNumber + 1, 0);
    QByteArray pdf = "%PDF-1.7\n";
    const auto plain = [&](int number, const QByteArray &body) {
        offsets[number] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray rootKids;
    for (int i = 0; i < nodes; ++i)
        rootKids += QByteArray::number(6 + i) + " 0 R ";
    plain(1,
          "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(nbapply-draft.json) 3 0 R] >> "
          ">> >>");
    plain(2, "<< /Type /Pages /Kids [" + rootKids + "] /Count " +
                 QByteArray::number(qint64(nodes) * listings) + " >>");
    plain(3, "<< /Type /Filespec /F (nbapply-draft.json) /UF (nbapply-draft.json) /EF << /F 4 0 R >> >>");
    plain(4, "<< /Type /EmbeddedFile /Length " + QByteArray::number(draftJson.size()) + " >>\nstream\n" +
                 draftJson + "\nendstream");
    plain(5, "<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] >>");

    QByteArray header;
    QByteArray bodies;
    const QByteArray node = "<< /Type /Pages /Parent 2 0 R /Kids [" + repeated("5 0 R", listings) +
                            "] /Count " + QByteArray::number(listings) + " >>\n";
    for (int i = 0; i < nodes; ++i) {
        header += QByteArray::number(6 + i) + ' ' + QByteArray::number(bodies.size()) + ' ';
        bodies += node;
    }
    const QByteArray deflated = qCompress(header + bodies, 9).mid(4); // without Qt's length prefix: zlib
    plain(streamNumber, "<< /Type /ObjStm /N " + QByteArray::number(nodes) + " /First " +
                            QByteArray::number(header.size()) + " /Filter /FlateDecode /Length " +
                            QByteArray::number(deflated.size()) + " >>\nstream\n" + deflated + "\nendstream");

    // A cross-reference stream (the only kind that can point into an object stream): per object a type
    // byte, a 4-byte and a 2-byte field, big-endian.
    offsets[xrefNumber] = pdf.size();
    QByteArray table;
    const auto entry = [&](int type, quint64 second, quint64 third) {
        table += char(type);
        for (int shift = 24; shift >= 0; shift -= 8)
            table += char((second >> shift) & 0xFF);
        table += char((third >> 8) & 0xFF);
        table += char(third & 0xFF);
    };
    for (int number = 0; number <= xrefNumber; ++number) {
        if (number == 0)
            entry(0, 0, 0xFFFF);
        else if (number >= 6 && number < streamNumber)
            entry(2, quint64(streamNumber), quint64(number - 6));
        else
            entry(1, quint64(offsets[number]), 0);
    }
    pdf += QByteArray::number(xrefNumber) + " 0 obj\n<< /Type /XRef /Size " +
           QByteArray::number(xrefNumber + 1) + " /W [1 4 2] /Root 1 0 R /Length " +
           QByteArray::number(table.size()) + " >>\nstream\n" + table + "\nendstream\nendobj\nstartxref\n" +
           QByteArray::number(offsets[xrefNumber]) + "\n%%EOF\n";
    return pdf;
}

const QString kPdfRefusedEn = QStringLiteral("is not built like an application form");
const QString kPdfRefusedZh = QStringLiteral("的结构不像申请表");

TEST(HostileMemory, PdfWhosePageTreeListsOnePageHundredsOfThousandsOfTimes)
{
    // 150 nodes that each list one page 1,000 times (0.9 MB, under the 1 MiB a PDF may have). qpdf's
    // getAllPages made a copy of the page for every listing after the first (hundreds of megabytes;
    // 4 GB for 3,000,000 listings) before the page count could be checked.
    constexpr int kNodes = 150;
    PdfBuilder pdf;
    QByteArray rootKids;
    for (int i = 0; i < kNodes; ++i)
        rootKids += QByteArray::number(6 + i) + " 0 R ";
    addNbapplyCatalog(&pdf, rootKids, kNodes * 1000, exampleDraftJson());
    pdf.object(5, "<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] >>");
    for (int i = 0; i < kNodes; ++i)
        pdf.object(6 + i,
                   "<< /Type /Pages /Parent 2 0 R /Kids [" + repeated("5 0 R", 1000) + "] /Count 1000 >>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.pdf"));
    const QByteArray bytes = pdf.finish();
    ASSERT_LT(bytes.size(), 1024 * 1024);
    writeFile(path, bytes);
    expectRefusedSmall(path, kPdfRefusedEn, kPdfRefusedZh);
}

TEST(HostileMemory, PdfWhoseCompressedPageTreeListsOnePageThreeMillionTimes)
{
    // The same in 0.1 MB: 30 nodes of 100,000 listings in one Flate-compressed object stream. Walking
    // the tree would make qpdf parse the whole stream (18 MB of references, 214 MB of objects); the
    // object streams are measured, decoded but not parsed, before any object is read.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.pdf"));
    const QByteArray pdf = repeatedPageTreePdf(exampleDraftJson(), 30, 100000);
    ASSERT_LT(pdf.size(), 200 * 1024);
    writeFile(path, pdf);
    expectRefusedSmall(path, kPdfRefusedEn, kPdfRefusedZh);
}

TEST(HostileMemory, PdfWithTensOfThousandsOfPages)
{
    // Twelve thousand distinct pages in 0.9 MB: every one became a qpdf page object before the 200-page
    // limit was checked (50,000 pages: 277 MB).
    constexpr int kPages = 12000;
    PdfBuilder pdf;
    QByteArray kids;
    for (int i = 0; i < kPages; ++i)
        kids += QByteArray::number(5 + i) + " 0 R ";
    addNbapplyCatalog(&pdf, kids, kPages, exampleDraftJson());
    for (int i = 0; i < kPages; ++i)
        pdf.object(5 + i, "<< /Type /Page /Parent 2 0 R >>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.pdf"));
    const QByteArray bytes = pdf.finish();
    ASSERT_LT(bytes.size(), 1024 * 1024);
    writeFile(path, bytes);
    expectRefusedSmall(path, kPdfRefusedEn, kPdfRefusedZh);
}

TEST(HostileMemory, APdfOfTokensUpToTheSizeLimit)
{
    // qpdf parses an object whole, at about 265 bytes per token, with no limit of its own: a catalog
    // carrying an array of zeros filling the 1 MiB a PDF may have is the most it can be made to parse.
    PdfBuilder pdf;
    addNbapplyCatalog(&pdf, "5 0 R", 1, exampleDraftJson());
    const QByteArray zeros = repeated("0", (1024 * 1024 - 8 * 1024) / 2);
    pdf.object(5, "<< /Type /Page /Parent 2 0 R /Tokens [" + zeros + "] >>");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.pdf"));
    const QByteArray bytes = pdf.finish();
    ASSERT_LT(bytes.size(), 1024 * 1024);
    writeFile(path, bytes);
    const MeasuredRun run = validateMeasured(path, "en");
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    if (!kSanitized) {
        EXPECT_LT(run.peakKiB, kMaxPeakKiB) << "peak " << run.peakKiB / 1024 << " MB";
    }

    // One byte past the limit: refused unread.
    writeFile(path, bytes + QByteArray(1024 * 1024 - bytes.size() + 1, ' '));
    expectRefusedSmall(path, QStringLiteral("too large"), QStringLiteral("过大"));
}

TEST(HostileMemory, MessageWithMegabyteFoldedHeaderLines)
{
    // One header folded over 150 lines of just under a megabyte each (150 MB): the reader joined them
    // in memory before looking at any (over 400 MB).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("message.eml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("From: a@example.com\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\nSubject: x\r\n");
    const QByteArray folded = ' ' + QByteArray(1000 * 1000 - 3, 'a') + "\r\n";
    for (int i = 0; i < 150; ++i)
        ASSERT_EQ(file.write(folded), folded.size());
    file.write("\r\n--b--\r\n");
    file.close();
    expectRefusedSmall(path, QStringLiteral("is too long (over 64 KiB"), QStringLiteral("信头过长"));
}

TEST(HostileMemory, PackageWithAMillionEntries)
{
    // A ZIP64 central directory of a million entries (52 MB): libzip read all of it inside zip_open,
    // before the 64-entry limit could be checked (309 MB).
    constexpr quint64 kEntries = 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("package.zip"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray local = zipLocalEntry("0", {});
    file.write(local);
    const quint64 cdOffset = quint64(local.size());
    QByteArray block;
    for (quint64 i = 0; i < kEntries; ++i) {
        block += zipCentralEntry(QByteArray::number(i, 36), {}, 0);
        if (block.size() > (1 << 20) || i + 1 == kEntries) {
            ASSERT_EQ(file.write(block), block.size());
            block.clear();
        }
    }
    const quint64 eocd64Offset = quint64(file.pos());
    const quint64 cdSize = eocd64Offset - cdOffset;
    QByteArray end = "PK\x06\x06";
    appendLittleEndian(&end, 44, 8); // size of the rest of this record
    appendLittleEndian(&end, 45, 2); // version made by
    appendLittleEndian(&end, 45, 2); // version needed
    appendLittleEndian(&end, 0, 8);  // disk numbers
    appendLittleEndian(&end, kEntries, 8);
    appendLittleEndian(&end, kEntries, 8);
    appendLittleEndian(&end, cdSize, 8);
    appendLittleEndian(&end, cdOffset, 8);
    end += "PK\x06\x07";
    appendLittleEndian(&end, 0, 4);
    appendLittleEndian(&end, eocd64Offset, 8);
    appendLittleEndian(&end, 1, 4); // disks
    end += zipEnd(0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF);
    file.write(end);
    file.close();
    expectRefusedSmall(path, QStringLiteral("holds too many files (1000000; at most 64)"),
                       QStringLiteral("含有过多文件（1000000 个，上限 64）"));
}

} // namespace
