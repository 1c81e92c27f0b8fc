#pragma once
// ConflictComparisonModel: one conflict's two versions side by side, field by field, with a per-field choice for a
// merge (Field | This device | Server; the chosen side's cell is checked).

#include "storage/sync/Conflicts.h"

#include <QAbstractTableModel>
#include <QJsonValue>
#include <optional>
#include <vector>

namespace novamind {

class ConflictComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        LocalColumn,
        ServerColumn,
        ColumnCount
    };
    // The field's codec key, for tests and for callers that need the raw name.
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int DiffersRole = Qt::UserRole + 2;

    explicit ConflictComparisonModel(QObject *parent = nullptr);

    void setConflict(const Conflict &conflict);
    void clear();

    // Neither side deleted the record, so fields can be combined.
    bool isMergeable() const { return m_mergeable; }
    int differingCount() const;
    // For a differing field: take the server's value (true) or ours (false). Ignored for equal fields.
    void chooseServer(int row, bool server);
    bool choosesServer(int row) const;
    // Our version with the chosen fields replaced by the server's: what Conflicts::resolve(Merged) receives.
    QJsonObject merged() const;
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // A JSON value as a clinician reads it: dates in the locale's format, lists joined, Yes/No; "—" when absent.
    static QString displayValue(const std::optional<QJsonValue> &value);

private:
    struct Field
    {
        QString key;
        std::optional<QJsonValue> local; // nullopt: absent from our version (or the record is deleted here)
        std::optional<QJsonValue> server;
        bool differs = false;
        bool useServer = false;
    };

    std::vector<Field> m_fields;
    bool m_localDeleted = false;
    bool m_serverDeleted = false;
    bool m_mergeable = false;
};

} // namespace novamind
