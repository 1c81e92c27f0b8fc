#pragma once
// SearchKey: folds names and MRNs to lower-case, accent-free keys so prefix search is an index range.

#include <QString>

namespace novamind::SearchKey {

// "Zoë O'Brien" -> "zoe o'brien"
QString fold(const QString &text);
// The exclusive upper bound of all keys starting with `prefix`.
QString prefixEnd(const QString &prefix);

} // namespace novamind::SearchKey
