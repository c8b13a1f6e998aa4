#include "checkloaded.h"

#include "common/exportclock.h"
#include "draft/draftfile.h"
#include "application/loadedcontext.h"
#include "pdf/pdfexporter.h"

namespace nbapply
{

ValidationContext loadedValidationContext(const DraftLoadResult &loaded)
{
    // One coverage function for the process: the font is mapped when the first character beyond ASCII
    // is asked about and never again, however many files a command or the compare view checks.
    static const std::function<bool(char32_t)> canPrint = printableCharacters();
    ValidationContext base;
    base.today = exportClock().date();
    base.canPrint = canPrint;
    return validationContextFor(loaded, base);
}

CheckedApplication checkLoadedApplication(const FormDefinition &form, const DraftLoadResult &loaded,
                                          const QDate &day)
{
    ValidationContext context = loadedValidationContext(loaded);
    if (day.isValid())
        context.today = day;
    return CheckedApplication::check(form, *loaded.draft, context);
}

} // namespace nbapply
