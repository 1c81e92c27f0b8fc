#pragma once
// RecordTableModel: a read-only table of one list of a patient record (diagnoses, medications, ...).

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace novamind {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole, // the record's id (every column)
        ActiveRole,            // bool: current (active medication, active diagnosis, valid relationship)
        SortRole,              // the raw value a column sorts by (dates as QDate, "" when absent)
    };

    struct Cell
    {
        QString text;   // as shown; "" when absent
        QVariant value; // raw value for SortRole; the text when invalid
    };
    struct Row
    {
        QString id;
        bool active = false;
        std::vector<Cell> cells; // one per header
    };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(std::vector<Row> rows);
    // Drops every row (no PHI stays behind a view).
    void clear() { setRows({}); }

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace novamind
