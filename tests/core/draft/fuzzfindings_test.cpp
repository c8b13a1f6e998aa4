// Inputs the fuzzers (tests/fuzz) found, kept as regression tests next to the code they exercised.
#include "draft/draftfile.h"

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

// Load, save, load: the same draft, the same saved bytes, the same fingerprint (printed on the PDF).
void expectStableRoundTrip(const QByteArray &input)
{
    const DraftLoadResult loaded = parseDraft(input);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const QByteArray saved = serializeDraft(*loaded.draft);
    const DraftLoadResult again = parseDraft(saved);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(*again.draft == *loaded.draft);
    EXPECT_EQ(serializeDraft(*again.draft), saved);
    EXPECT_EQ(again.draft->fingerprint(), loaded.draft->fingerprint());
}

} // namespace

// fuzz_draft_loader: a string value that starts with U+FEFF. Qt 6.4's JSON reader drops that character
// when the value is read but kept it in its storage, so the loaded draft differed from itself saved and
// loaded again.
TEST(FuzzFindings, AValueStartingWithAByteOrderMarkRoundTrips)
{
    const QByteArray input =
        "{\"format\":\"nbapply-draft\",\"formatVersion\":1,\"form\":\"nanbeige-annex@1\","
        "\"applicant\":{\"name\":\"\xEF\xBB\xBF\xE6\x89\xA7\"}}";
    expectStableRoundTrip(input);
    EXPECT_EQ(parseDraft(input).draft->text(QStringLiteral("applicant.name")), QStringLiteral("执"));
}

// fuzz_draft_loader: a key that is only U+FEFF. The fingerprint of the loaded draft changed after a save
// (the key read as "" but was looked up by its stored bytes), which would make a PDF exported from such
// a draft disagree with its own embedded copy.
TEST(FuzzFindings, AByteOrderMarkKeyKeepsTheFingerprint)
{
    expectStableRoundTrip("{\"format\":\"nbapply-draft\",\"formatVersion\":1,\"form\":\"nanbeige-annex@1\","
                          "\"\xEF\xBB\xBF\":[1]}");
}
