// The draft loader (draft/draftfile.h) on arbitrary bytes: it either refuses with a code and a
// bilingual message, or yields a draft that saves and loads back to the same draft, bytes and
// fingerprint, and that the validator can check without crashing.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "fuzzsupport.h"
#include "validation/draftvalidator.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nbapply::fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nbapply;
    const DraftLoadResult result = parseDraft(fuzz::bytes(data, size));
    if (!result.ok()) {
        NBAPPLY_FUZZ_CHECK(!result.errorCode.isEmpty());
        NBAPPLY_FUZZ_CHECK(!result.error.zh.isEmpty() && !result.error.en.isEmpty());
        return 0;
    }
    // Saving and loading again gives the same draft, bytes and fingerprint.
    const QByteArray saved = serializeDraft(*result.draft);
    const DraftLoadResult again = parseDraft(saved);
    NBAPPLY_FUZZ_CHECK(again.ok());
    NBAPPLY_FUZZ_CHECK(*again.draft == *result.draft);
    NBAPPLY_FUZZ_CHECK(serializeDraft(*again.draft) == saved);
    NBAPPLY_FUZZ_CHECK(again.draft->fingerprint() == result.draft->fingerprint());
    ValidationContext context;
    context.today = QDate(2026, 11, 26);
    validateDraft(FormDefinition::builtin(), *result.draft, context);
    return 0;
}
