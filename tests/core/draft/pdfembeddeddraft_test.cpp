// The draft embedded in a PDF is untrusted: a small file must not make nbapply inflate gigabytes, and
// a huge one is refused before it is read.
#include "draft/draftfile.h"
#include "draft/pdfembeddeddraft.h"
#include "form/formdefinition.h"
#include "received/receivedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <zlib.h>

using namespace nbapply;

namespace
{

// zlib stream of `size` bytes of `fill`, made in pieces so that the test never holds `size` bytes.
QByteArray deflateRepeated(qint64 size, char fill)
{
    z_stream z{};
    EXPECT_EQ(deflateInit(&z, 9), Z_OK);
    const QByteArray chunk(1 << 20, fill);
    QByteArray out;
    QByteArray buffer(1 << 16, '\0');
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - done);
        done += n;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(n);
        const int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

// A PDF whose nbapply-draft.json attachment is `data`, written as it is with the given /Filter.
void writePdfWithDraft(const QString &path, const QByteArray &data, const char *filter)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
    stream.replaceStreamData(data.toStdString(), QPDFObjectHandle::parse(filter),
                             QPDFObjectHandle::newNull());
    auto spec =
        QPDFFileSpecObjectHelper::createFileSpec(pdf, "nbapply-draft.json", QPDFEFStreamObjectHelper(stream));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile("nbapply-draft.json", spec);
    // QPDFWriter keeps the pointer to the name until write(): the bytes must outlive it (found by ASan).
    const QByteArray name = QFile::encodeName(path);
    QPDFWriter writer(pdf, name.constData());
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(false);
    writer.write();
}

// Runs `load` with the address space capped `headroom` bytes above what the process uses now: an
// allocation of gigabytes fails instead of succeeding on a big machine.
DraftLoadResult loadWithMemoryCap(const QString &path, rlim_t headroom)
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of shadow address space: a cap would stop it, not the test.
    Q_UNUSED(headroom);
    return loadDraftFile(path);
#else
    QFile status(QStringLiteral("/proc/self/statm"));
    EXPECT_TRUE(status.open(QIODevice::ReadOnly));
    const rlim_t pages = rlim_t(status.readAll().split(' ').first().toULongLong());
    rlimit old{};
    EXPECT_EQ(getrlimit(RLIMIT_AS, &old), 0);
    rlimit capped = old;
    capped.rlim_cur = pages * rlim_t(sysconf(_SC_PAGESIZE)) + headroom;
    EXPECT_EQ(setrlimit(RLIMIT_AS, &capped), 0);
    DraftLoadResult result = loadDraftFile(path);
    setrlimit(RLIMIT_AS, &old);
    return result;
#endif
}

} // namespace

TEST(PdfEmbeddedDraft, ADecompressionBombIsRefusedAtTheLimitNotInflated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // 1 GiB of spaces, deflated twice: a few kilobytes in the file.
    const QByteArray once = deflateRepeated(1LL << 30, ' ');
    z_stream z{};
    ASSERT_EQ(deflateInit(&z, 9), Z_OK);
    QByteArray nested(int(deflateBound(&z, uLong(once.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(once.constData()));
    z.avail_in = uInt(once.size());
    z.next_out = reinterpret_cast<Bytef *>(nested.data());
    z.avail_out = uInt(nested.size());
    ASSERT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    nested.truncate(qsizetype(z.total_out));
    deflateEnd(&z);

    const QString path = dir.filePath(QStringLiteral("bomb.pdf"));
    writePdfWithDraft(path, nested, "[/FlateDecode /FlateDecode]");
    EXPECT_LT(QFile(path).size(), 64 * 1024);

    const DraftLoadResult result = loadWithMemoryCap(path, 256u << 20);
    EXPECT_EQ(result.errorCode, QStringLiteral("draft.too-large")) << result.error.en.toStdString();
    EXPECT_TRUE(result.error.en.contains(QString::number(kMaxDraftBytes)));
}

TEST(PdfEmbeddedDraft, ADraftWithinTheLimitStillLoads)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray json = serializeDraft(Draft(FormDefinition::builtin()));
    QByteArray compressed = qCompress(json, 9).mid(4); // qCompress = 4-byte length + zlib stream
    const QString path = dir.filePath(QStringLiteral("draft.pdf"));
    writePdfWithDraft(path, compressed, "/FlateDecode");
    // The reader of the embedded file itself: this hand-made PDF prints no fingerprint, which opening it
    // as an application would refuse (draft.pdf-tampered).
    QByteArray read;
    QString code;
    BilingualText error;
    ASSERT_TRUE(readEmbeddedDraft(path, &read, &code, &error)) << error.en.toStdString();
    EXPECT_EQ(read, json);
}

TEST(PdfEmbeddedDraft, AHugeFileStartingLikeAPdfIsRefusedWithoutReadingIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\n");
    // Sparse: 2 GiB that take no disk space and would take seconds and gigabytes to "repair".
    ASSERT_TRUE(file.resize(2LL << 30));
    file.close();
    const DraftLoadResult result = loadWithMemoryCap(path, 128u << 20);
    EXPECT_EQ(result.errorCode, QStringLiteral("draft.too-large")) << result.error.en.toStdString();
}
