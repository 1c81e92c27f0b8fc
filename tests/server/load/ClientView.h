#pragma once
// ClientView: what one sync client holds after applying change pages and push answers: (entity, id) -> version and
// data, plus its cursor; the stand-in for a replica when only the protocol is under test.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace novamind::test {

struct ViewDocument
{
    qint64 version = 0;
    QJsonObject data;
    QString patientId; // "" for organisation-wide documents
};

class ClientView
{
public:
    // "entity/id", the key of every map here and of the database view the tests compare with.
    static QString keyOf(const QString &entity, const QString &id);

    // Applies the changes and revocations of one page of GET /v1/changes and moves the cursor on.
    void applyPage(const QList<QJsonObject> &changes, const QStringList &revocations, const QString &cursor);
    // What a push answer or a re-read taught: kept only when newer than what the view holds.
    void learn(const QString &entity, const QString &id, qint64 version, const QJsonObject &data);
    void forget(const QString &entity, const QString &id);

    const QHash<QString, ViewDocument> &documents() const { return m_documents; }
    const ViewDocument *find(const QString &entity, const QString &id) const;
    QString cursor() const { return m_cursor; }

    // Keys of the documents of these entities that belong to one of `patients`.
    QStringList keysOf(const QStringList &entities, const QStringList &patients) const;

private:
    static QString patientOf(const QString &entity, const QJsonObject &data);
    QHash<QString, ViewDocument> m_documents;
    QString m_cursor = QStringLiteral("0");
};

} // namespace novamind::test
