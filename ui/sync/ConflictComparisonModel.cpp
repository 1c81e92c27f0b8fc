#include "ui/sync/ConflictComparisonModel.h"

#include "models/codecs/JsonCodec.h"
#include "ui/ClinicalStyle.h"
#include "ui/sync/SyncLabels.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <algorithm>

namespace novamind {

namespace {

// Identity fields first, so the reader sees what the record is before what changed.
int keyRank(const QString &key)
{
    if (key == QLatin1String("id"))
        return 0;
    if (key == QLatin1String("patient_id"))
        return 1;
    return 2;
}

} // namespace

ConflictComparisonModel::ConflictComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConflictComparisonModel::setConflict(const Conflict &conflict)
{
    beginResetModel();
    m_fields.clear();
    m_localDeleted = conflict.localDeleted;
    m_serverDeleted = conflict.serverDeleted;
    m_mergeable = !conflict.localDeleted && !conflict.serverDeleted;
    QStringList keys = conflict.localData.keys();
    for (const QString &key : conflict.serverData.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ra = keyRank(a);
        const int rb = keyRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    for (const QString &key : keys) {
        Field field;
        field.key = key;
        if (!conflict.localDeleted && conflict.localData.contains(key))
            field.local = conflict.localData.value(key);
        if (!conflict.serverDeleted && conflict.serverData.contains(key))
            field.server = conflict.serverData.value(key);
        field.differs = field.local != field.server;
        m_fields.push_back(std::move(field));
    }
    endResetModel();
}

void ConflictComparisonModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_mergeable = false;
    m_localDeleted = m_serverDeleted = false;
    endResetModel();
}

int ConflictComparisonModel::differingCount() const
{
    return static_cast<int>(
        std::count_if(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return f.differs; }));
}

void ConflictComparisonModel::chooseServer(int row, bool server)
{
    if (row < 0 || row >= rowCount() || !m_mergeable)
        return;
    Field &field = m_fields[static_cast<std::size_t>(row)];
    if (!field.differs || field.useServer == server)
        return;
    field.useServer = server;
    Q_EMIT dataChanged(index(row, LocalColumn), index(row, ServerColumn), {Qt::CheckStateRole});
}

bool ConflictComparisonModel::choosesServer(int row) const
{
    return row >= 0 && row < rowCount() && m_fields[static_cast<std::size_t>(row)].useServer;
}

QJsonObject ConflictComparisonModel::merged() const
{
    QJsonObject result;
    for (const Field &field : m_fields) {
        const std::optional<QJsonValue> &chosen = field.differs && field.useServer ? field.server : field.local;
        if (chosen)
            result.insert(field.key, *chosen);
    }
    return result;
}

int ConflictComparisonModel::rowOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int ConflictComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int ConflictComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictComparisonModel::displayValue(const std::optional<QJsonValue> &value)
{
    if (!value || value->isNull() || value->isUndefined())
        return QStringLiteral("—");
    switch (value->type()) {
    case QJsonValue::Bool:
        return value->toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value->toDouble(), 'g', 12);
    case QJsonValue::String: {
        const QString text = value->toString();
        // Only full wire-format dates and timestamps are reformatted; anything else is shown as written.
        if (text.size() == 10) {
            if (const auto date = codec::parseDate(text))
                return style::formatDate(*date);
        } else if (text.size() >= 20 && text.at(10) == QLatin1Char('T')) {
            if (const auto when = codec::parseTimestamp(text))
                return style::formatDateTime(*when);
        }
        return text;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value->toArray();
        QStringList parts;
        for (const QJsonValue &item : array)
            parts << (item.isString() ? item.toString() : displayValue(item));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("—");
    }
}

QVariant ConflictComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Field &field = m_fields[static_cast<std::size_t>(index.row())];
    const bool localSide = index.column() == LocalColumn;
    const bool deletedSide = (localSide && m_localDeleted) || (index.column() == ServerColumn && m_serverDeleted);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == FieldColumn)
            return syncui::fieldLabel(field.key);
        if (deletedSide)
            return tr("(deleted)");
        return displayValue(localSide ? field.local : field.server);
    case Qt::FontRole: {
        QFont font = QApplication::font();
        if (field.differs && index.column() == FieldColumn)
            font.setBold(true);
        if (deletedSide)
            font.setItalic(true);
        return font;
    }
    case Qt::BackgroundRole:
        if (field.differs) {
            // A tint of the highlight colour: visible on light and dark palettes alike, text stays readable.
            QColor tint = QApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(style::isDark(QApplication::palette()) ? 90 : 55);
            return tint;
        }
        return {};
    case Qt::CheckStateRole:
        if (m_mergeable && field.differs && index.column() != FieldColumn) {
            const bool chosen = localSide ? !field.useServer : field.useServer;
            return chosen ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case KeyRole:
        return field.key;
    case DiffersRole:
        return field.differs;
    default:
        return {};
    }
}

QVariant ConflictComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case LocalColumn:
        return m_localDeleted ? tr("This device — deleted") : tr("This device");
    case ServerColumn:
        return m_serverDeleted ? tr("Server — deleted") : tr("Server");
    default:
        return {};
    }
}

Qt::ItemFlags ConflictComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Field &field = m_fields[static_cast<std::size_t>(index.row())];
    if (m_mergeable && field.differs && index.column() != FieldColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ConflictComparisonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() == FieldColumn)
        return false;
    const Field &field = m_fields[static_cast<std::size_t>(index.row())];
    if (!m_mergeable || !field.differs)
        return false;
    // The two cells act like a pair of radio buttons: checking one side, or unchecking the other, picks it.
    const bool checked = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    const bool server = index.column() == ServerColumn ? checked : !checked;
    chooseServer(index.row(), server);
    return true;
}

} // namespace novamind
