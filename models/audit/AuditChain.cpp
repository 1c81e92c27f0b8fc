#include "models/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace novamind {

QString AuditChain::genesisHash()
{
    return QString::fromLatin1(kGenesisHash);
}

QByteArray AuditChain::canonical(const AuditEntry &entry)
{
    const QJsonArray fields{entry.seq,    entry.ts,       entry.userId, entry.action,
                            entry.entity, entry.entityId, entry.purpose};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString AuditChain::computeHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(canonical(entry));
    return QString::fromLatin1(sha.result().toHex());
}

AuditLink AuditChain::verifyLink(const QString &prevHash, const AuditEntry &entry)
{
    if (entry.prevHash != prevHash)
        return AuditLink::WrongPrevious;
    if (computeHash(prevHash, entry) != entry.hash)
        return AuditLink::Altered;
    return AuditLink::Ok;
}

bool AuditChain::isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool lowerHex = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !lowerHex)
            return false;
    }
    return true;
}

} // namespace novamind
