#pragma once
// FieldWriter and FieldReader: the two visitors of a type's single field description (Schema<T>), so that
// encoding and decoding cannot drift apart. Private to models/codecs.

#include "models/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace novamind::codec {

QString formatDate(const QDate &date);
QString formatTimestamp(const QDateTime &timestamp);
std::optional<QDate> parseDate(const QString &text);
std::optional<QDateTime> parseTimestamp(const QString &text);

namespace detail {

// Schema<T>::fields(visitor, value) lists T's fields once, for both visitors; specialised in JsonCodec.cpp.
template<typename T> struct Schema;

using Choices = std::span<const QLatin1String>;

struct Range
{
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
};

struct IntRange
{
    int min = std::numeric_limits<int>::min();
    int max = std::numeric_limits<int>::max();
};

class FieldWriter
{
public:
    QJsonObject json;

    void id(const char *key, const QString &v) { put(key, v); }
    void text(const char *key, const QString &v) { put(key, v); }
    void optionalText(const char *key, const QString &v)
    {
        if (!v.isEmpty())
            put(key, v);
    }
    void choice(const char *key, const QString &v, Choices) { put(key, v); }
    void optionalChoice(const char *key, const QString &v, Choices) { optionalText(key, v); }
    void date(const char *key, const QDate &v) { put(key, formatDate(v)); }
    void optionalDate(const char *key, const std::optional<QDate> &v)
    {
        if (v)
            put(key, formatDate(*v));
    }
    void timestamp(const char *key, const QDateTime &v) { put(key, formatTimestamp(v)); }
    void optionalTimestamp(const char *key, const std::optional<QDateTime> &v)
    {
        if (v)
            put(key, formatTimestamp(*v));
    }
    void number(const char *key, double v, Range) { put(key, v); }
    void optionalNumber(const char *key, const std::optional<double> &v, Range)
    {
        if (v)
            put(key, *v);
    }
    void integer(const char *key, int v, IntRange) { put(key, v); }
    void optionalInteger(const char *key, const std::optional<int> &v, IntRange)
    {
        if (v)
            put(key, *v);
    }
    void stringList(const char *key, const QStringList &v)
    {
        if (!v.isEmpty())
            put(key, QJsonArray::fromStringList(v));
    }
    void scores(const char *key, const std::vector<std::optional<int>> &v, IntRange);
    void numberMap(const char *key, const QMap<QString, double> &v);
    void integerMap(const char *key, const QMap<QString, int> &v);

    template<typename T> void object(const char *key, const T &v)
    {
        FieldWriter child;
        Schema<T>::fields(child, v);
        put(key, child.json);
    }
    template<typename T> void optionalObject(const char *key, const T &v)
    {
        if (!(v == T{}))
            object(key, v);
    }
    template<typename T> void list(const char *key, const std::vector<T> &v)
    {
        if (v.empty())
            return;
        QJsonArray array;
        for (const T &item : v) {
            FieldWriter child;
            Schema<T>::fields(child, item);
            array.append(child.json);
        }
        put(key, array);
    }

    // Cross-field rules concern decoding only.
    template<typename T> void notBefore(const char *, const std::optional<T> &, const char *, const T &) {}
    void requiredWhen(bool, const char *, const char *, const char *) {}

private:
    void put(const char *key, const QJsonValue &v) { json.insert(QLatin1String(key), v); }
};

class FieldReader
{
public:
    FieldReader(const QJsonObject &json, std::optional<Error> &error)
        : m_json(json)
        , m_error(error)
    {}
    FieldReader(const QJsonObject &json, const FieldReader &parent, const char *key, int index = -1)
        : m_json(json)
        , m_error(parent.m_error)
        , m_parent(&parent)
        , m_key(key)
        , m_index(index)
    {}

    bool failed() const { return m_error.has_value(); }

    void id(const char *key, QString &out);
    void text(const char *key, QString &out);
    void optionalText(const char *key, QString &out);
    void choice(const char *key, QString &out, Choices choices);
    void optionalChoice(const char *key, QString &out, Choices choices);
    void date(const char *key, QDate &out);
    void optionalDate(const char *key, std::optional<QDate> &out);
    void timestamp(const char *key, QDateTime &out);
    void optionalTimestamp(const char *key, std::optional<QDateTime> &out);
    void number(const char *key, double &out, Range range);
    void optionalNumber(const char *key, std::optional<double> &out, Range range);
    void integer(const char *key, int &out, IntRange range);
    void optionalInteger(const char *key, std::optional<int> &out, IntRange range);
    void stringList(const char *key, QStringList &out);
    void scores(const char *key, std::vector<std::optional<int>> &out, IntRange range);
    void numberMap(const char *key, QMap<QString, double> &out);
    void integerMap(const char *key, QMap<QString, int> &out);

    template<typename T> void object(const char *key, T &out)
    {
        const QJsonValue v = fetch(key, true);
        if (!v.isUndefined() && expectObject(key, v))
            decodeChild(v.toObject(), key, -1, out);
    }
    template<typename T> void optionalObject(const char *key, T &out)
    {
        const QJsonValue v = fetch(key, false);
        if (!v.isUndefined() && expectObject(key, v))
            decodeChild(v.toObject(), key, -1, out);
    }
    template<typename T> void list(const char *key, std::vector<T> &out)
    {
        const QJsonValue v = fetch(key, false);
        if (v.isUndefined() || !expectArray(key, v))
            return;
        const QJsonArray array = v.toArray();
        out.resize(size_t(array.size()));
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            if (!array.at(i).isObject()) {
                failAt(key, int(i), objectMessage());
                return;
            }
            decodeChild(array.at(i).toObject(), key, int(i), out[size_t(i)]);
        }
    }
    template<typename T>
    void notBefore(const char *key, const std::optional<T> &later, const char *earlierKey, const T &earlier)
    {
        if (!failed() && later && *later < earlier)
            failOrder(key, earlierKey);
    }
    void requiredWhen(bool condition, const char *key, const char *whenKey, const char *whenValue);

    // Path of this object within the document: "" at the root, "risk", "source_events[2]".
    QString path() const;

private:
    template<typename T> void decodeChild(const QJsonObject &json, const char *key, int index, T &out)
    {
        FieldReader child(json, *this, key, index);
        Schema<T>::fields(child, out);
    }

    // The value at key, or Undefined when absent (null counts as absent), already failed, or missing but required.
    QJsonValue fetch(const char *key, bool required);
    bool expectObject(const char *key, const QJsonValue &v);
    bool expectArray(const char *key, const QJsonValue &v);
    bool expectString(const char *key, const QJsonValue &v);
    static const char *objectMessage();

    QString fieldPath(const char *key, int index = -1) const;
    void fail(const char *key, const char *sentence, const QString &arg2 = {}, const QString &arg3 = {});
    void failAt(const char *key, int index, const char *sentence, const QString &arg2 = {}, const QString &arg3 = {});
    void failPath(const QString &path, const char *sentence, const QString &arg2 = {}, const QString &arg3 = {});
    void failOrder(const char *key, const char *earlierKey);

    QJsonObject m_json;
    std::optional<Error> &m_error;
    const FieldReader *m_parent = nullptr;
    const char *m_key = nullptr;
    int m_index = -1;
};

} // namespace detail
} // namespace novamind::codec
