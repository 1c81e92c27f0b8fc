#pragma once
// TwinStateColumns: twin states as struct-of-arrays (time, numeric dimensions, risk level code) for charting.

#include <QString>
#include <QtGlobal>
#include <vector>

namespace novamind {

// What the timeline reads of a long run of states: no ids, no source events and no per-row QDateTime or QString,
// so 100,000 rows read in a few tens of milliseconds. Row i of every column is the same state; rows are oldest first.
struct TwinStateColumns
{
    // Risk level codes in riskLevel: index into riskLevelNames(); -1 for a level this build does not know.
    static const std::vector<QString> &riskLevelNames()
    {
        static const std::vector<QString> names = {QStringLiteral("low"), QStringLiteral("moderate"),
                                                   QStringLiteral("high"), QStringLiteral("imminent")};
        return names;
    }

    std::vector<qint64> ts;    // ms since the epoch, UTC
    std::vector<QString> keys; // dimension keys as in predictions ("symptom.depression"), parallel to values
    std::vector<std::vector<double>> values; // values[k][i]: dimension keys[k] of row i
    std::vector<qint8> riskLevel;            // code per row (see riskLevelNames)

    size_t size() const { return ts.size(); }
    bool empty() const { return ts.empty(); }
    // The column of a dimension, or nullptr when it was not read.
    const std::vector<double> *column(const QString &key) const
    {
        for (size_t k = 0; k < keys.size(); ++k)
            if (keys[k] == key)
                return &values[k];
        return nullptr;
    }
};

} // namespace novamind
