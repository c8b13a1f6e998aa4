// The draft embedded in a PDF (draft/pdfembeddeddraft.h), read with libqpdf from arbitrary bytes: never
// a crash, never more than the draft limit inflated (the fuzzer's -rss_limit_mb catches a bomb).
#include "draft/draftfile.h"
#include "draft/pdfembeddeddraft.h"
#include "fuzzsupport.h"

#include <sys/mman.h>
#include <unistd.h>

namespace
{
// One in-memory file, rewritten for each input: no disk traffic, and a path qpdf can open.
int g_fd = -1;
QString g_path;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nbapply::fuzz::initialiseQt(argc, argv);
    g_fd = memfd_create("nbapply-fuzz-pdf", 0);
    NBAPPLY_FUZZ_CHECK(g_fd >= 0);
    g_path = QStringLiteral("/proc/self/fd/%1").arg(g_fd);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nbapply;
    NBAPPLY_FUZZ_CHECK(ftruncate(g_fd, 0) == 0);
    NBAPPLY_FUZZ_CHECK(pwrite(g_fd, data, size, 0) == ssize_t(size));
    QByteArray json;
    QString code;
    BilingualText error;
    if (readEmbeddedDraft(g_path, &json, &code, &error)) {
        NBAPPLY_FUZZ_CHECK(json.size() <= kMaxDraftBytes);
        parseDraft(json);
    } else {
        NBAPPLY_FUZZ_CHECK(!code.isEmpty() && !error.en.isEmpty());
    }
    return 0;
}
