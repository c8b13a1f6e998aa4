#pragma once

#include "bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{

// An error blocks export; a warning is shown but never blocks; a notice informs (a document that did
// not travel with a received PDF, an open review comment) and asks for nothing.
enum class Severity { Error, Warning, Notice };

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
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

} // namespace nbapply
