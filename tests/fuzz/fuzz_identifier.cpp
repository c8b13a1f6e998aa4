// One identifier checker (validation/identifiers.h), chosen at build time by NBAPPLY_FUZZ_KIND, on
// arbitrary UTF-8: every problem has a code and both messages, and a valid value's normalised form is
// itself valid and normalises to itself (what is stored is what is checked next time).
#include "fuzzsupport.h"
#include "validation/identifiers.h"

#include <QDate>

namespace
{

using nbapply::validation::CheckResult;

CheckResult check(const QString &value)
{
    using namespace nbapply::validation;
    const QDate today(2026, 11, 26);
#if NBAPPLY_FUZZ_KIND == 1
    return checkUscc(value);
#elif NBAPPLY_FUZZ_KIND == 2
    return checkResidentId(value, today);
#elif NBAPPLY_FUZZ_KIND == 3
    Q_UNUSED(today);
    return checkEmail(value);
#elif NBAPPLY_FUZZ_KIND == 4
    Q_UNUSED(today);
    return checkPhone(value);
#elif NBAPPLY_FUZZ_KIND == 5
    Q_UNUSED(today);
    // The free-text document numbers share one target: the first character picks the checker.
    if (value.startsWith(u'p'))
        return checkPassport(value.mid(1));
    if (value.startsWith(u'r'))
        return checkForeignRegistration(value.mid(1));
    return checkOtherDocumentNumber(value);
#else
#error "NBAPPLY_FUZZ_KIND must be 1 to 5"
#endif
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nbapply::fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(nbapply::fuzz::bytes(data, size));
    const CheckResult result = check(value);
    for (const nbapply::Problem &problem : result.problems)
        NBAPPLY_FUZZ_CHECK(!problem.code.isEmpty() && !problem.message.zh.isEmpty() &&
                           !problem.message.en.isEmpty());
    if (result.ok() && NBAPPLY_FUZZ_KIND != 5) {
        const CheckResult again = check(result.normalized);
        NBAPPLY_FUZZ_CHECK(again.ok());
        NBAPPLY_FUZZ_CHECK(again.normalized == result.normalized);
    }
    return 0;
}
