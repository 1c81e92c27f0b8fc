#include "models/timeline/TwinStateModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace novamind {

namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString percent(double fraction)
{
    return TwinStateModel::tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 0));
}

QString riskLevelName(const QString &level)
{
    if (level == QLatin1String("low"))
        return TwinStateModel::tr("Low");
    if (level == QLatin1String("moderate"))
        return TwinStateModel::tr("Moderate");
    if (level == QLatin1String("high"))
        return TwinStateModel::tr("High");
    if (level == QLatin1String("imminent"))
        return TwinStateModel::tr("Imminent");
    return level.isEmpty() ? QStringLiteral("—") : level;
}

QString sourceTypeName(const QString &type)
{
    if (type == QLatin1String("assessment"))
        return TwinStateModel::tr("Assessment");
    if (type == QLatin1String("medication_start"))
        return TwinStateModel::tr("Medication started");
    if (type == QLatin1String("medication_stop"))
        return TwinStateModel::tr("Medication stopped");
    if (type == QLatin1String("observation"))
        return TwinStateModel::tr("Observation");
    if (type == QLatin1String("note"))
        return TwinStateModel::tr("Note");
    return type;
}

} // namespace

TwinStateModel::TwinStateModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TwinStateModel::clear()
{
    setState(std::nullopt);
}

void TwinStateModel::setState(const std::optional<DigitalTwinState> &state)
{
    beginResetModel();
    m_state = state;
    m_groups.clear();
    if (m_state) {
        const DigitalTwinState &s = *m_state;
        const auto group = [this](const char *key, QString name) -> Group & {
            m_groups.push_back(Group{QString::fromLatin1(key), std::move(name), {}});
            return m_groups.back();
        };
        const auto add = [](Group &g, const char *key, QString name, QString display, QVariant raw) {
            g.fields.push_back(Field{QString::fromLatin1(key), std::move(name), std::move(display), std::move(raw)});
        };
        Group &record = group("record", tr("Record"));
        add(record, "timestamp", tr("Recorded"), QLocale().toString(s.timestamp.toLocalTime(), QLocale::ShortFormat),
            s.timestamp);
        add(record, "confidence", tr("Model confidence"), percent(s.confidence), s.confidence);

        Group &symptom = group("symptom", tr("Symptoms (fraction of maximum)"));
        add(symptom, "symptom.depression", tr("Depression"), number(s.symptom.depression, 2), s.symptom.depression);
        add(symptom, "symptom.anxiety", tr("Anxiety"), number(s.symptom.anxiety, 2), s.symptom.anxiety);
        add(symptom, "symptom.anhedonia", tr("Anhedonia"), number(s.symptom.anhedonia, 2), s.symptom.anhedonia);
        add(symptom, "symptom.insomnia", tr("Insomnia"), number(s.symptom.insomnia, 2), s.symptom.insomnia);

        const NeurotransmitterState &n = s.neurotransmitter;
        Group &neuro = group("neurotransmitter", tr("Neurotransmitters (1 = baseline)"));
        add(neuro, "neurotransmitter.serotonin", tr("Serotonin"), number(n.serotonin, 2), n.serotonin);
        add(neuro, "neurotransmitter.dopamine", tr("Dopamine"), number(n.dopamine, 2), n.dopamine);
        add(neuro, "neurotransmitter.norepinephrine", tr("Norepinephrine"), number(n.norepinephrine, 2),
            n.norepinephrine);
        add(neuro, "neurotransmitter.gaba", tr("GABA"), number(n.gaba, 2), n.gaba);
        add(neuro, "neurotransmitter.glutamate", tr("Glutamate"), number(n.glutamate, 2), n.glutamate);
        add(neuro, "neurotransmitter.acetylcholine", tr("Acetylcholine"), number(n.acetylcholine, 2), n.acetylcholine);

        const BehavioralState &b = s.behavioral;
        Group &behaviour = group("behavioral", tr("Behaviour"));
        add(behaviour, "behavioral.sleep_hours", tr("Sleep"), tr("%1 h").arg(number(b.sleepHours, 1)), b.sleepHours);
        add(behaviour, "behavioral.activity_level", tr("Activity"), percent(b.activityLevel), b.activityLevel);
        add(behaviour, "behavioral.social_engagement", tr("Social engagement"), percent(b.socialEngagement),
            b.socialEngagement);

        Group &function = group("functional", tr("Function"));
        add(function, "functional.global_functioning", tr("Global functioning (0–100)"),
            number(s.functional.globalFunctioning, 0), s.functional.globalFunctioning);
        add(function, "functional.adherence", tr("Medication adherence"), percent(s.functional.adherence),
            s.functional.adherence);

        Group &risk = group("risk", tr("Risk"));
        add(risk, "risk.level", tr("Risk level"), riskLevelName(s.risk.level), s.risk.level);
        add(risk, "risk.suicide_risk", tr("Suicide risk (0–1)"), number(s.risk.suicideRisk, 2), s.risk.suicideRisk);

        if (!s.sourceEvents.empty()) {
            Group &sources = group("source", tr("Sources of this state"));
            for (size_t i = 0; i < s.sourceEvents.size(); ++i) {
                const SourceEvent &e = s.sourceEvents[i];
                sources.fields.push_back(Field{QStringLiteral("source.%1").arg(i), sourceTypeName(e.type), e.id, e.id});
            }
        }
    }
    endResetModel();
}

QModelIndex TwinStateModel::indexOfKey(const QString &key, int column) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const auto &fields = m_groups[g].fields;
        for (size_t f = 0; f < fields.size(); ++f)
            if (fields[f].key == key)
                return createIndex(static_cast<int>(f), column, static_cast<quintptr>(g + 1));
    }
    return {};
}

// Top-level rows are groups (internal id 0); a field's internal id is its group's row + 1.
QModelIndex TwinStateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    if (row >= static_cast<int>(m_groups[static_cast<size_t>(parent.row())].fields.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex TwinStateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int TwinStateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= static_cast<int>(m_groups.size()))
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].fields.size());
}

int TwinStateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const TwinStateModel::Field *TwinStateModel::field(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const size_t g = static_cast<size_t>(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= static_cast<int>(m_groups[g].fields.size()))
        return nullptr;
    return &m_groups[g].fields[static_cast<size_t>(index.row())];
}

QVariant TwinStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[static_cast<size_t>(index.row())];
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == MeasureColumn)
            return g.name;
        if (role == KeyRole)
            return g.key;
        return {};
    }
    const Field *f = field(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == MeasureColumn ? f->name : f->display;
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(f->name, f->display);
    case KeyRole:
        return f->key;
    case RawValueRole:
        return f->raw;
    default:
        return {};
    }
}

QVariant TwinStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == MeasureColumn)
        return tr("Measure");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

QHash<int, QByteArray> TwinStateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(RawValueRole, "rawValue");
    return names;
}

} // namespace novamind
