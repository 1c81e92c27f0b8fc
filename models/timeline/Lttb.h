#pragma once
// Lttb: Largest-Triangle-Three-Buckets decimation (Steinarsson 2013) of a polyline sorted by x.

#include <QList>
#include <QPointF>

namespace novamind::lttb {

// Picks `threshold` points of `data[0, count)` that keep its visual shape: the first and the last point, and from
// each of the threshold - 2 buckets in between the point forming the largest triangle with the point kept before it
// and the average of the next bucket. The result is a subsequence of the input, so x keeps its order.
// When count <= threshold, or threshold <= 0 (no limit), the input is returned unchanged. A threshold of 1 keeps
// the first point, 2 keeps the first and the last.
QList<QPointF> decimate(const QPointF *data, qsizetype count, qsizetype threshold);
QList<QPointF> decimate(const QList<QPointF> &data, qsizetype threshold);

// The index range [first, last) of the points of `data` (sorted by x) needed to draw x in [from, to]: the points
// inside plus one neighbour on each side, so the line runs to the edges of the plot.
std::pair<qsizetype, qsizetype> visibleRange(const QList<QPointF> &data, double from, double to);

} // namespace novamind::lttb
