#include "cu2qu.h"

#include <cmath>
#include <optional>

namespace nbapply::pdf
{

namespace
{

// A port of fontTools' cu2qu (fontTools/cu2qu/cu2qu.py), the algorithm the build's fontTools conversion
// used before nbapply converted per export: the same splines, so the PDFs draw the same outlines.
constexpr int kMaxSegments = 100;

double dot(Point a, Point b)
{
    return a.real() * b.real() + a.imag() * b.imag();
}

// Whether the cubic p0..p3 (differences between the cubic and its approximation) stays within
// `tolerance` of the origin, checked by recursive subdivision.
bool farthestFitInside(Point p0, Point p1, Point p2, Point p3, double tolerance, int depth = 0)
{
    if (std::abs(p2) <= tolerance && std::abs(p1) <= tolerance)
        return true;
    const Point mid = (p0 + 3.0 * (p1 + p2) + p3) * 0.125;
    if (std::abs(mid) > tolerance)
        return false;
    if (depth > 30) // the pieces are far below a font unit by now
        return true;
    const Point deriv3 = (p3 + p2 - p1 - p0) * 0.125;
    return farthestFitInside(p0, (p0 + p1) * 0.5, mid - deriv3, mid, tolerance, depth + 1) &&
           farthestFitInside(mid, mid + deriv3, (p2 + p3) * 0.5, p3, tolerance, depth + 1);
}

// Where the lines a→b and c→d cross; nullopt when they are parallel.
std::optional<Point> intersect(Point a, Point b, Point c, Point d)
{
    const Point ab = b - a;
    const Point cd = d - c;
    const Point p = ab * Point(0, 1);
    const double denominator = dot(p, cd);
    if (denominator == 0)
        return std::nullopt;
    return c + cd * (dot(p, a - c) / denominator);
}

std::vector<std::array<Point, 4>> splitCubic(const std::array<Point, 4> &c, int n)
{
    const Point cc = (c[1] - c[0]) * 3.0;
    const Point b = (c[2] - c[1]) * 3.0 - cc;
    const Point d = c[0];
    const Point a = c[3] - d - cc - b;
    const double dt = 1.0 / n;
    const double delta2 = dt * dt;
    const double delta3 = dt * delta2;
    std::vector<std::array<Point, 4>> pieces;
    pieces.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const double t1 = i * dt;
        const double t1_2 = t1 * t1;
        const Point a1 = a * delta3;
        const Point b1 = (3.0 * a * t1 + b) * delta2;
        const Point c1 = (2.0 * b * t1 + cc + 3.0 * a * t1_2) * dt;
        const Point d1 = a * t1 * t1_2 + b * t1_2 + cc * t1 + d;
        const Point p2 = c1 / 3.0 + d1;
        pieces.push_back({d1, p2, (b1 + c1) / 3.0 + p2, a1 + d1 + c1 + b1});
    }
    // The ends exactly where the cubic's are, whatever the rounding above did.
    pieces.front()[0] = c[0];
    pieces.back()[3] = c[3];
    return pieces;
}

Point approxControl(double t, const std::array<Point, 4> &c)
{
    const Point p1 = c[0] + (c[1] - c[0]) * 1.5;
    const Point p2 = c[3] + (c[2] - c[3]) * 1.5;
    return p1 + (p2 - p1) * t;
}

// The off-curve points of a quadratic spline within `tolerance` of the cubic, for n pieces; empty if none.
std::vector<Point> approxSpline(const std::array<Point, 4> &cubic, int n, double tolerance)
{
    if (n == 1) {
        const std::optional<Point> q1 = intersect(cubic[0], cubic[1], cubic[2], cubic[3]);
        if (!q1 || !std::isfinite(q1->real()) || !std::isfinite(q1->imag()))
            return {};
        const Point c1 = cubic[0] + (*q1 - cubic[0]) * (2.0 / 3.0);
        const Point c2 = cubic[3] + (*q1 - cubic[3]) * (2.0 / 3.0);
        if (!farthestFitInside(0, c1 - cubic[1], c2 - cubic[2], 0, tolerance))
            return {};
        return {*q1};
    }
    const auto pieces = splitCubic(cubic, n);
    std::vector<Point> controls{approxControl(0, pieces[0])};
    Point q2 = cubic[0];
    Point d1 = 0;
    for (int i = 1; i <= n; ++i) {
        const Point c1 = pieces[size_t(i - 1)][1];
        const Point c2 = pieces[size_t(i - 1)][2];
        const Point c3 = pieces[size_t(i - 1)][3];
        const Point q0 = q2;
        const Point q1 = controls.back();
        if (i < n) {
            controls.push_back(approxControl(double(i) / (n - 1), pieces[size_t(i)]));
            q2 = (q1 + controls.back()) * 0.5;
        } else {
            q2 = c3;
        }
        const Point d0 = d1;
        d1 = q2 - c3;
        if (std::abs(d1) > tolerance || !farthestFitInside(d0, q0 + (q1 - q0) * (2.0 / 3.0) - c1,
                                                           q2 + (q1 - q2) * (2.0 / 3.0) - c2, d1, tolerance))
            return {};
    }
    return controls;
}

} // namespace

std::vector<Point> cubicToQuadratic(const std::array<Point, 4> &cubic, double tolerance)
{
    for (int n = 1; n <= kMaxSegments; ++n) {
        std::vector<Point> controls = approxSpline(cubic, n, tolerance);
        if (!controls.empty())
            return controls;
    }
    // A degenerate cubic (cu2qu raises here): one control point between its own is as close as it gets.
    return {(cubic[1] + cubic[2]) * 0.5};
}

} // namespace nbapply::pdf
