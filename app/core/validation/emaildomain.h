#pragma once

// Internal to the e-mail check: a domain in the two forms IDNA2008 defines, computed by libidn2.

#include "common/problem.h"

#include <QString>

namespace nbapply::validation
{

// `ascii`: the A-label form, what message headers and the length limits use. `unicode`: the U-label form
// after the UTS 46 mapping (lower case, NFC), what people read and the draft stores. `error` is libidn2's
// code (IDN2_OK, 0, when both forms are set).
struct DomainForms {
    QString ascii;
    QString unicode;
    int error = 0;
};

// UTS 46 nontransitional processing and the IDNA2008 lookup rules (bidi, CONTEXTJ, combining marks), then
// the registration rules on each non-ASCII U-label (CONTEXTO too: libidn2's lookup leaves it out).
DomainForms convertDomain(const QString &domain);

// The problem for a domain convertDomain() refused with `error`, naming the domain as the user typed it.
Problem idnaProblem(int error, const QString &domain);

} // namespace nbapply::validation
