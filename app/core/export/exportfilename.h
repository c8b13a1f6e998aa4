#pragma once

#include "application/filenames.h"
#include "common/bilingualtext.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace nbapply
{

class CheckedApplication;
class Draft;

// The files an export of one checked application into one folder writes, as full paths, and which of
// them are taken. The command line (`export`, `package`) and the Export page plan with it, so they name
// the same files and refuse or ask about the same ones.
struct PlannedOutputs {
    QString pdf;   // <folder>/<exportBaseName>.pdf
    QString email; // <folder>/<exportBaseName>.eml; empty when no e-mail is written
    QString
        letter; // <folder>/letterFileName(): -授权委托书.pdf or -letter-of-authorisation.pdf; empty without
    // Those of the above at which something stands already, in that order.
    QStringList existing;

    QStringList paths() const;
};
// `language` is the user's: it names the letter (letterFileName).
PlannedOutputs plannedOutputs(const CheckedApplication &checked, const QString &folder, bool withEmail,
                              bool withLetter, Language language);

// Whether an output name is taken: anything standing at `path` (a file, a folder, a link — even one
// that leads nowhere — a FIFO…) counts. The names are predictable, so in a shared folder another
// user can plant something at them; nothing that exists is replaced without the user's say.
bool outputNameTaken(const QString &path);

} // namespace nbapply
