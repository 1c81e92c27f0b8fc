#include "JsonFields.h"

#include <QCoreApplication>
#include <cmath>

namespace novamind::codec {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01

// Digits at text[pos, pos + n), or -1: the fast paths below avoid Qt's general ISO parser, which dominates
// decoding time for documents made mostly of timestamps (twin states).
int digits(const QString &text, int pos, int n)
{
    int value = 0;
    for (int i = pos; i < pos + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t *out, int value, int n)
{
    for (int i = n - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString formatDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    char16_t buf[10] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0};
    putDigits(buf, y, 4);
    putDigits(buf + 5, m, 2);
    putDigits(buf + 8, d, 2);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

QString formatTimestamp(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return {};
    const qint64 ms = timestamp.toMSecsSinceEpoch();
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(kJulianDayOfEpoch + days);
    if (date.year() < 0 || date.year() > 9999)
        return timestamp.toUTC().toString(Qt::ISODateWithMs);
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    const int msInt = int(msOfDay);
    char16_t buf[24] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0, u'T', 0, 0, u':', 0, 0, u':', 0, 0, u'.', 0, 0, 0, u'Z'};
    putDigits(buf, y, 4);
    putDigits(buf + 5, m, 2);
    putDigits(buf + 8, d, 2);
    putDigits(buf + 11, msInt / 3'600'000, 2);
    putDigits(buf + 14, msInt / 60'000 % 60, 2);
    putDigits(buf + 17, msInt / 1000 % 60, 2);
    putDigits(buf + 20, msInt % 1000, 3);
    return QString(reinterpret_cast<const QChar *>(buf), 24);
}

std::optional<QDate> parseDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    // Fast path: the canonical form this codec writes.
    if (text.size() == 24 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' &&
        text.at(23) == u'Z') {
        const std::optional<QDate> date = parseDate(text.left(10));
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        if (!date || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0)
            return std::nullopt;
        const qint64 msecs =
            (date->toJulianDay() - kJulianDayOfEpoch) * kMsPerDay + h * 3'600'000LL + mi * 60'000LL + s * 1000LL + ms;
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without a zone designator the instant would depend on the reader's time zone.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toUTC();
}

namespace detail {

namespace {

const char *const kMissing = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" is missing.");
const char *const kString = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be a string.");
const char *const kEmpty = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must not be empty.");
const char *const kChoice = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be one of %2.");
const char *const kDate = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be a date in the form YYYY-MM-DD.");
const char *const kTimestamp =
    QT_TRANSLATE_NOOP("novamind::codec",
                      "Field \"%1\" must be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z.");
const char *const kNumber = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be a number.");
const char *const kNumberRange = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be a number from %2 to %3.");
const char *const kNumberMin = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be a number of at least %2.");
const char *const kInteger = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be an integer.");
const char *const kIntegerRange =
    QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be an integer from %2 to %3.");
const char *const kIntegerMin = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be an integer of at least %2.");
const char *const kArray = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be an array.");
const char *const kObject = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must be an object.");
const char *const kOrder = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" must not be earlier than \"%2\".");
const char *const kRequiredWhen = QT_TRANSLATE_NOOP("novamind::codec", "Field \"%1\" is required when \"%2\" is %3.");

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= double(std::numeric_limits<int>::min()) &&
           d <= double(std::numeric_limits<int>::max());
}

} // namespace

void FieldWriter::scores(const char *key, const std::vector<std::optional<int>> &v, IntRange)
{
    QJsonArray array;
    for (const std::optional<int> &s : v)
        array.append(s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null));
    put(key, array);
}

void FieldWriter::numberMap(const char *key, const QMap<QString, double> &v)
{
    QJsonObject object;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        object.insert(it.key(), it.value());
    put(key, object);
}

void FieldWriter::integerMap(const char *key, const QMap<QString, int> &v)
{
    if (v.isEmpty())
        return;
    QJsonObject object;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        object.insert(it.key(), it.value());
    put(key, object);
}

QString FieldReader::path() const
{
    return m_parent ? m_parent->fieldPath(m_key, m_index) : QString();
}

QString FieldReader::fieldPath(const char *key, int index) const
{
    QString p = path();
    if (!p.isEmpty())
        p += QLatin1Char('.');
    p += QLatin1String(key);
    if (index >= 0)
        p += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return p;
}

void FieldReader::fail(const char *key, const char *sentence, const QString &arg2, const QString &arg3)
{
    failAt(key, -1, sentence, arg2, arg3);
}

void FieldReader::failAt(const char *key, int index, const char *sentence, const QString &arg2, const QString &arg3)
{
    if (!failed())
        failPath(fieldPath(key, index), sentence, arg2, arg3);
}

void FieldReader::failPath(const QString &path, const char *sentence, const QString &arg2, const QString &arg3)
{
    if (failed())
        return;
    // One multi-argument arg() so that a "%2" inside a path is never substituted again.
    const QString sentenceText = QCoreApplication::translate("novamind::codec", sentence);
    const QString message = arg3.isNull() ? (arg2.isNull() ? sentenceText.arg(path) : sentenceText.arg(path, arg2))
                                          : sentenceText.arg(path, arg2, arg3);
    m_error = Error(ErrorCode::Usage, message, QStringLiteral("invalid JSON document"));
}

void FieldReader::failOrder(const char *key, const char *earlierKey)
{
    QString earlier = path();
    if (!earlier.isEmpty())
        earlier += QLatin1Char('.');
    fail(key, kOrder, earlier + QLatin1String(earlierKey));
}

QJsonValue FieldReader::fetch(const char *key, bool required)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, kMissing);
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

const char *FieldReader::objectMessage()
{
    return kObject;
}

bool FieldReader::expectObject(const char *key, const QJsonValue &v)
{
    if (v.isObject())
        return true;
    fail(key, kObject);
    return false;
}

bool FieldReader::expectArray(const char *key, const QJsonValue &v)
{
    if (v.isArray())
        return true;
    fail(key, kArray);
    return false;
}

bool FieldReader::expectString(const char *key, const QJsonValue &v)
{
    if (v.isString())
        return true;
    fail(key, kString);
    return false;
}

void FieldReader::text(const char *key, QString &out)
{
    const QJsonValue v = fetch(key, true);
    if (!v.isUndefined() && expectString(key, v))
        out = v.toString();
}

void FieldReader::id(const char *key, QString &out)
{
    text(key, out);
    if (!failed() && out.isEmpty())
        fail(key, kEmpty);
}

void FieldReader::optionalText(const char *key, QString &out)
{
    const QJsonValue v = fetch(key, false);
    if (!v.isUndefined() && expectString(key, v))
        out = v.toString();
}

void FieldReader::choice(const char *key, QString &out, Choices choices)
{
    text(key, out);
    if (failed())
        return;
    for (const QLatin1String &c : choices) {
        if (out == c)
            return;
    }
    QString list;
    for (const QLatin1String &c : choices)
        list += (list.isEmpty() ? QString() : QStringLiteral(", ")) + c;
    fail(key, kChoice, list);
}

void FieldReader::optionalChoice(const char *key, QString &out, Choices choices)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (failed() || v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return; // "" means "not stated", as in the domain types
    choice(key, out, choices);
}

void FieldReader::date(const char *key, QDate &out)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return;
    const std::optional<QDate> d = v.isString() ? parseDate(v.toString()) : std::nullopt;
    if (d)
        out = *d;
    else
        fail(key, kDate);
}

void FieldReader::optionalDate(const char *key, std::optional<QDate> &out)
{
    if (fetch(key, false).isUndefined())
        return;
    QDate d;
    date(key, d);
    if (!failed())
        out = d;
}

void FieldReader::timestamp(const char *key, QDateTime &out)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return;
    std::optional<QDateTime> t = v.isString() ? parseTimestamp(v.toString()) : std::nullopt;
    if (t)
        out = std::move(*t);
    else
        fail(key, kTimestamp);
}

void FieldReader::optionalTimestamp(const char *key, std::optional<QDateTime> &out)
{
    if (fetch(key, false).isUndefined())
        return;
    QDateTime t;
    timestamp(key, t);
    if (!failed())
        out = t;
}

void FieldReader::number(const char *key, double &out, Range range)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, kNumber);
        return;
    }
    const double d = v.toDouble();
    if (!(d >= range.min && d <= range.max)) {
        if (std::isinf(range.max))
            fail(key, kNumberMin, QString::number(range.min));
        else
            fail(key, kNumberRange, QString::number(range.min), QString::number(range.max));
        return;
    }
    out = d;
}

void FieldReader::optionalNumber(const char *key, std::optional<double> &out, Range range)
{
    if (fetch(key, false).isUndefined())
        return;
    double d = 0;
    number(key, d, range);
    if (!failed())
        out = d;
}

void FieldReader::integer(const char *key, int &out, IntRange range)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined())
        return;
    if (!isInteger(v)) {
        fail(key, kInteger);
        return;
    }
    const int i = int(v.toDouble());
    if (i < range.min || i > range.max) {
        if (range.max == std::numeric_limits<int>::max())
            fail(key, kIntegerMin, QString::number(range.min));
        else
            fail(key, kIntegerRange, QString::number(range.min), QString::number(range.max));
        return;
    }
    out = i;
}

void FieldReader::optionalInteger(const char *key, std::optional<int> &out, IntRange range)
{
    if (fetch(key, false).isUndefined())
        return;
    int i = 0;
    integer(key, i, range);
    if (!failed())
        out = i;
}

void FieldReader::stringList(const char *key, QStringList &out)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || !expectArray(key, v))
        return;
    const QJsonArray array = v.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            failAt(key, int(i), kString);
            return;
        }
        out.append(array.at(i).toString());
    }
}

void FieldReader::scores(const char *key, std::vector<std::optional<int>> &out, IntRange range)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined() || !expectArray(key, v))
        return;
    const QJsonArray array = v.toArray();
    out.assign(size_t(array.size()), std::nullopt);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isNull())
            continue; // unanswered
        if (!isInteger(item)) {
            failAt(key, int(i), kInteger);
            return;
        }
        const int s = int(item.toDouble());
        if (s < range.min || s > range.max) {
            failAt(key, int(i), kIntegerRange, QString::number(range.min), QString::number(range.max));
            return;
        }
        out[size_t(i)] = s;
    }
}

void FieldReader::numberMap(const char *key, QMap<QString, double> &out)
{
    const QJsonValue v = fetch(key, true);
    if (v.isUndefined() || !expectObject(key, v))
        return;
    const QJsonObject object = v.toObject();
    out.clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble())) {
            failPath(fieldPath(key) + QLatin1Char('.') + it.key(), kNumber);
            return;
        }
        out.insert(it.key(), it.value().toDouble());
    }
}

void FieldReader::integerMap(const char *key, QMap<QString, int> &out)
{
    const QJsonValue v = fetch(key, false);
    if (v.isUndefined() || !expectObject(key, v))
        return;
    const QJsonObject object = v.toObject();
    out.clear();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isInteger(it.value())) {
            failPath(fieldPath(key) + QLatin1Char('.') + it.key(), kInteger);
            return;
        }
        out.insert(it.key(), int(it.value().toDouble()));
    }
}

void FieldReader::requiredWhen(bool condition, const char *key, const char *whenKey, const char *whenValue)
{
    if (failed() || !condition)
        return;
    QString when = path();
    if (!when.isEmpty())
        when += QLatin1Char('.');
    fail(key, kRequiredWhen, when + QLatin1String(whenKey), QLatin1String(whenValue));
}

} // namespace detail
} // namespace novamind::codec
