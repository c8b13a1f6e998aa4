#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace nbapply::pdf
{

// The width of a piece of text in points, as the PDF will draw it.
using MeasureText = std::function<double(QStringView)>;

// Splits `text` into lines no wider than `maxWidth`:
// - LF (and CR LF, CR) is a hard break; an empty paragraph gives an empty line;
// - otherwise lines break only at Unicode line-break opportunities (UAX #14 through
//   QTextBoundaryFinder), so no line starts with closing punctuation such as ，。）and Latin words stay
//   whole; each line takes as many pieces as fit (greedy fill);
// - a piece wider than a whole line (a long URL, an unbroken run) is cut between grapheme clusters,
//   so nothing ever overflows.
// Spaces at the end of a line are dropped; every other character is kept, in order.
QStringList breakLines(const QString &text, double maxWidth, const MeasureText &measure);

} // namespace nbapply::pdf
