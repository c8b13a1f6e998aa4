#include "exportfilename.h"

#include "application/checkedapplication.h"
#include "letter/letterpdf.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace nbapply
{

bool outputNameTaken(const QString &path)
{
    // lstat, not QFileInfo::exists: a link that leads nowhere is taken too (writing would follow it).
    struct stat info {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

QStringList PlannedOutputs::paths() const
{
    QStringList out{pdf};
    if (!email.isEmpty())
        out << email;
    if (!letter.isEmpty())
        out << letter;
    return out;
}

PlannedOutputs plannedOutputs(const CheckedApplication &checked, const QString &folder, bool withEmail,
                              bool withLetter, Language language)
{
    const QDir dir(folder);
    PlannedOutputs planned;
    planned.pdf = dir.filePath(checked.pdfFileName());
    if (withEmail)
        planned.email = dir.filePath(checked.emailFileName());
    if (withLetter)
        planned.letter = dir.filePath(letterFileName(checked, language));
    for (const QString &path : planned.paths())
        if (outputNameTaken(path))
            planned.existing << path;
    return planned;
}

} // namespace nbapply
