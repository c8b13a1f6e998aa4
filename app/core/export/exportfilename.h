#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace nbapply
{

class CheckedApplication;
class Draft;

// The longest base name, in UTF-8 bytes, leaving room for an extension within the 255-byte file
// name limit of Linux file systems (Windows and macOS count 255 UTF-16 units, which is never less).
constexpr int kMaxExportBaseNameBytes = 200;

// "<applicant name>-<YYYY-MM-DD>": the name of the exported files without extension. Valid on
// Windows, macOS and Linux: no < > : " / \ | ? * and no control or invisible format characters (each
// becomes _ or, for line breaks and tabs, a space), runs of spaces collapsed, no leading dot or space,
// not a reserved DOS device name (CON, NUL, COM1 …, also before a dot), at most
// kMaxExportBaseNameBytes bytes of UTF-8 cut between characters. Chinese is kept (NFC). An empty name
// gives "application-<date>".
QString exportBaseName(const Draft &draft, const QDate &date);

// The files an export of one checked application into one folder writes, as full paths, and which of
// them are taken. The command line (`export`, `package`) and the Export page plan with it, so they name
// the same files and refuse or ask about the same ones.
struct PlannedOutputs {
    QString pdf;    // <folder>/<exportBaseName>.pdf
    QString email;  // <folder>/<exportBaseName>.eml; empty when no e-mail is written
    QString letter; // <folder>/<exportBaseName>-授权委托书.pdf; empty without the letter
    // Those of the above at which something stands already, in that order.
    QStringList existing;

    QStringList paths() const;
};
PlannedOutputs plannedOutputs(const CheckedApplication &checked, const QString &folder, bool withEmail,
                              bool withLetter);

// Whether an output name is taken: anything standing at `path` (a file, a folder, a link — even one
// that leads nowhere — a FIFO…) counts. The names are predictable, so in a shared folder another
// user can plant something at them; nothing that exists is replaced without the user's say.
bool outputNameTaken(const QString &path);

// The package file `nbapply package` writes into a folder: "<exportBaseName>.nbapply.zip".
QString packageFileName(const Draft &draft, const QDate &date);

// The sanitising part of exportBaseName(), for any text used as a file name stem.
QString portableFileNameStem(const QString &text, int maxUtf8Bytes);

} // namespace nbapply
