#pragma once

#include "common/bilingualtext.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace nbapply
{

class CheckedApplication;
struct ApplicationDiff;
namespace signing
{
class TrustStore;
}

// What the review report (reviewreport.h) says, before any geometry: a list of blocks of plain text, in
// order. Built from the checked application only, so that the PDF and its tests read the same words.
struct ReportBlock {
    enum class Style { Title, Heading, Subheading, Body, Detail, Quote, Removed, Added };
    Style style = Style::Body;
    QString text; // may hold line breaks; every character is one the report's font draws (printableText)
};

struct ReviewReportInput {
    // The older version to show the redline against, and its file name; both empty without one.
    const ApplicationDiff *diff = nullptr;
    QString olderName;
    QDateTime time; // when the report was made (printed with its UTC offset)
    // The CAs the approval's signer is checked against (`nbapply report --trust`, the GUI's trusted
    // CAs); null: the system's alone.
    const signing::TrustStore *trust = nullptr;
};

QList<ReportBlock> buildReviewReport(const CheckedApplication &checked, const ReviewReportInput &input);

// The words on every page, above and below: 内部 / INTERNAL.
BilingualText internalMark();
BilingualText reviewReportTitle();

// `text` with every character `printable` does not draw, every control character but the line breaks,
// and every character beyond the BMP (libharu draws those as spaces) written as "[U+XXXX]", so that
// nothing a reviewer typed is lost or drawn as nothing.
QString printableText(const QString &text, const std::function<bool(char32_t)> &printable);

} // namespace nbapply
