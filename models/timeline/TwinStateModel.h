#pragma once
// TwinStateModel: every field of one DigitalTwinState as a two-level tree (group → measure, value) for "as of".

#include "models/domain/DigitalTwin.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

namespace novamind {

class TwinStateModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        MeasureColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole =
            Qt::UserRole + 1, // "symptom.depression", "risk.level", "timestamp", "source.0" ...; groups: "symptom"
        RawValueRole,         // the field's value (double, QString or QDateTime); invalid for groups
    };

    explicit TwinStateModel(QObject *parent = nullptr);

    // Shows `state`; nullopt (no state at or before the instant) or clear() empties the model.
    void setState(const std::optional<DigitalTwinState> &state);
    void clear();
    bool hasState() const { return m_state.has_value(); }
    const std::optional<DigitalTwinState> &state() const { return m_state; }

    // The index of a field by key (column ValueColumn by default); invalid when absent.
    QModelIndex indexOfKey(const QString &key, int column = ValueColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Field
    {
        QString key;
        QString name;
        QString display;
        QVariant raw;
    };
    struct Group
    {
        QString key;
        QString name;
        std::vector<Field> fields;
    };

    const Field *field(const QModelIndex &index) const;

    std::optional<DigitalTwinState> m_state;
    std::vector<Group> m_groups;
};

} // namespace novamind
