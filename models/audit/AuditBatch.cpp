#include "models/audit/AuditBatch.h"

#include <QJsonArray>
#include <cmath>

namespace novamind {

namespace {

// Integers a JSON number (an IEEE double) carries exactly: 2^53 - 1.
constexpr double kMaxExactInteger = 9007199254740991.0;

Error shapeError(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

} // namespace

Result<AuditBatch> AuditBatch::fromJson(const QJsonObject &body)
{
    AuditBatch batch;

    const QJsonValue device = body.value(QLatin1String("device_id"));
    if (!device.isString() || device.toString().isEmpty() || device.toString().size() > kMaxDeviceIdLength)
        return shapeError(tr("device_id must be a string of 1 to %1 characters.").arg(kMaxDeviceIdLength));
    batch.deviceId = device.toString();
    for (const QChar c : std::as_const(batch.deviceId)) {
        if (c.category() == QChar::Other_Control)
            return shapeError(tr("device_id must not contain control characters."));
    }

    const QJsonValue list = body.value(QLatin1String("entries"));
    if (!list.isArray())
        return shapeError(tr("entries must be an array."));
    const QJsonArray array = list.toArray();
    batch.entries.reserve(size_t(array.size()));

    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return shapeError(tr("%1 must be an object.").arg(path));
        const QJsonObject o = array.at(i).toObject();
        AuditEntry e;

        const QJsonValue seq = o.value(QLatin1String("seq"));
        const double number = seq.toDouble(-1);
        if (!seq.isDouble() || number < 1 || number > kMaxExactInteger || std::floor(number) != number)
            return shapeError(tr("%1.seq must be a whole number of at least 1.").arg(path));
        e.seq = seq.toInteger();

        // Text fields: any string the replica could have chained, but PostgreSQL text cannot hold U+0000.
        const auto text = [&](const char *key, QString &out) -> std::optional<Error> {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isString())
                return shapeError(tr("%1.%2 must be a string.").arg(path, QLatin1String(key)));
            out = v.toString();
            if (out.contains(QChar(0)) || !QStringView(out).isValidUtf16())
                return shapeError(
                    tr("%1.%2 must be Unicode text without NUL characters.").arg(path, QLatin1String(key)));
            return std::nullopt;
        };
        for (const auto &[key, field] :
             {std::pair{"ts", &e.ts}, std::pair{"user_id", &e.userId}, std::pair{"action", &e.action},
              std::pair{"entity", &e.entity}, std::pair{"entity_id", &e.entityId}, std::pair{"purpose", &e.purpose},
              std::pair{"prev_hash", &e.prevHash}, std::pair{"hash", &e.hash}}) {
            if (auto error = text(key, *field))
                return *error;
        }
        if (!AuditChain::isHash(e.prevHash))
            return shapeError(tr("%1.prev_hash must be 64 lower-case hexadecimal digits.").arg(path));
        if (!AuditChain::isHash(e.hash))
            return shapeError(tr("%1.hash must be 64 lower-case hexadecimal digits.").arg(path));

        if (!batch.entries.empty() && e.seq <= batch.entries.back().seq)
            return shapeError(tr("%1.seq must be greater than the seq of the entry before it.").arg(path));
        batch.entries.push_back(std::move(e));
    }
    return batch;
}

QJsonObject AuditBatch::toJson() const
{
    QJsonArray list;
    for (const AuditEntry &e : entries) {
        list.append(QJsonObject{{QLatin1String("seq"), e.seq},
                                {QLatin1String("ts"), e.ts},
                                {QLatin1String("user_id"), e.userId},
                                {QLatin1String("action"), e.action},
                                {QLatin1String("entity"), e.entity},
                                {QLatin1String("entity_id"), e.entityId},
                                {QLatin1String("purpose"), e.purpose},
                                {QLatin1String("prev_hash"), e.prevHash},
                                {QLatin1String("hash"), e.hash}});
    }
    return QJsonObject{{QLatin1String("device_id"), deviceId}, {QLatin1String("entries"), list}};
}

std::optional<qint64> AuditBatch::firstBrokenLink() const
{
    for (size_t i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[i];
        if (i == 0) {
            if (AuditChain::computeHash(e.prevHash, e) != e.hash)
                return e.seq;
            continue;
        }
        const AuditEntry &before = entries[i - 1];
        if (e.seq != before.seq + 1 || AuditChain::verifyLink(before.hash, e) != AuditLink::Ok)
            return e.seq;
    }
    return std::nullopt;
}

} // namespace novamind
