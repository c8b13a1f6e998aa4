#pragma once

#include "bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{

// An error blocks export; a warning is shown but never blocks.
enum class Severity { Error, Warning };

// One finding of a validator: stable code (for scripts and tests), the field it belongs to
// ("applicant.idNumber"; empty for a bare identifier check) and a message that says how to fix it.
struct Problem {
    Severity severity = Severity::Error;
    QString code;
    QString field;
    BilingualText message;

    bool isError() const { return severity == Severity::Error; }
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.isError())
            return true;
    return false;
}

inline QString severityName(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace nbapply
