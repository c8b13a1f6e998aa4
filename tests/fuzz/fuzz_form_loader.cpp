// The form-definition parser (form/formdefinition.h): strict, so it refuses almost everything, but it
// must do so with a message and never crash, whatever the JSON.
#include "form/formdefinition.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nbapply::fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nbapply;
    BilingualText error;
    const std::optional<FormDefinition> form = FormDefinition::parse(fuzz::bytes(data, size), &error);
    NBAPPLY_FUZZ_CHECK(form.has_value() || (!error.zh.isEmpty() && !error.en.isEmpty()));
    return 0;
}
