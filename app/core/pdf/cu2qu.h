#pragma once

#include <array>
#include <complex>
#include <vector>

namespace nbapply::pdf
{

// Points as complex numbers (x + iy), as in fontTools' cu2qu, of which this is a port.
using Point = std::complex<double>;

// The off-curve points of a quadratic spline within `tolerance` (font units) of the cubic Bézier curve
// `cubic` (start, two controls, end), with as few points as cu2qu finds: the cubic is split into n
// equal-parameter pieces, each approximated by one quadratic whose control points the next piece shares
// through an implied on-curve midpoint, n growing until every piece fits. Consecutive off-curve points
// imply the on-curve midpoints between them, as in TrueType glyphs.
std::vector<Point> cubicToQuadratic(const std::array<Point, 4> &cubic, double tolerance);

} // namespace nbapply::pdf
