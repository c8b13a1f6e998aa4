#pragma once

#include "common/bilingualtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace nbapply
{
class CheckedApplication;
} // namespace nbapply

namespace nbapply::pdf
{

// What the PDF says, before any geometry: every label comes from forms/*.json and every value from the
// checked application, which says how a value reads (the PDF formats nothing itself).

// A paragraph of a cell. Details are the smaller grey lines (the identifier's type, the province).
struct CellText {
    enum Role { Value, Detail, Mark } role = Value;
    QString text;
};

// One option of a checkbox field, ticked when the applicant chose it.
struct CheckOption {
    bool checked = false;
    QString text;    // Chinese label, with the English in brackets where it adds something
    QString english; // for long options: the English as its own smaller line; empty otherwise
};

struct TableRow {
    QString fieldPath;
    BilingualText label;
    QString prefix; // printed before the options (员工人数：)
    QList<CheckOption> options;
    QList<CellText> texts; // the value, then details
};

struct TableSection {
    BilingualText heading;
    QList<TableRow> rows;
};

struct DocumentLine {
    BilingualText kind;
    QString fileName; // empty when the draft has no file of this required kind
    bool sealRequired = false;
    QString notApplicableReason; // non-null when the applicant marked the kind not applicable
};

struct PdfContent {
    BilingualText title;
    BilingualText source;
    QList<TableSection> sections;
    BilingualText notesHeading;
    QList<BilingualText> notes;
    BilingualText stampNote; // empty unless the applicant is an organisation
    QList<DocumentLine> documents;
    QList<BilingualText> signature;
    BilingualText governingLanguageNote;
    QString formTag;
    QString exportDate; // YYYY-MM-DD
    QString fingerprint;
    // The visible block of a PDF signature (signing/pdfsigner.h), one line each; empty when unsigned.
    QStringList digitalSignature;

    // Every character any page may draw (page numbers included), sorted, without duplicates.
    QList<char32_t> codePoints(int maxPageCount) const;
};

// The export date is the checked application's date().
PdfContent buildPdfContent(const CheckedApplication &checked);

} // namespace nbapply::pdf
