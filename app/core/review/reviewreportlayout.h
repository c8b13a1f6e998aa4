#pragma once

#include "reviewreportcontent.h"

#include <QList>
#include <QString>

namespace nbapply::pdf
{
class HpdfDocument;
}

namespace nbapply
{

// Draws `blocks` on A4 pages, every line wrapped (pdf::breakLines) so that a text of any length flows
// on to the next pages; "内部 / INTERNAL" at the top and the bottom of every page with the page number
// and `fingerprint`. Returns the page count.
int layoutReviewReport(pdf::HpdfDocument &document, const QList<ReportBlock> &blocks,
                       const QString &fingerprint);

// The words every page shows besides the blocks (page furniture), for the font subset.
QString reviewReportFurniture();

} // namespace nbapply
