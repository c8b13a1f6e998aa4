#pragma once

// What exported files are called: names valid on every system, from the applicant's name and the day.
// Part of the model (the checked application plans its file names); export/exportfilename.h plans
// where they go.

#include <QDate>
#include <QString>

namespace nbapply
{

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

// The package file `nbapply package` writes into a folder: "<exportBaseName>.nbapply.zip".
QString packageFileName(const Draft &draft, const QDate &date);

// The sanitising part of exportBaseName(), for any text used as a file name stem.
QString portableFileNameStem(const QString &text, int maxUtf8Bytes);

} // namespace nbapply
