#pragma once
// MutationFactory: valid push mutations of one user (notes, observations, signed and scored assessments, edits),
// each with a fresh idempotency key, as a client's outbox would send them.

#include <QByteArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <optional>
#include <vector>

namespace novamind::test {

struct PushMutation
{
    QString key;
    QString entity;
    QString id;
    qint64 baseVersion = 0;
    QString op; // create | update
    QJsonObject data;

    QJsonObject toJson() const;
};

class MutationFactory
{
public:
    // `keyPrefix` makes keys unique across users and runs; `seed` makes the choices repeatable.
    MutationFactory(QString userId, QString keyPrefix, quint64 seed);

    PushMutation note(const QString &patientId);
    PushMutation observation(const QString &patientId);
    // A completed assessment of a random instrument with random answers, scored by InstrumentLibrary::builtin()
    // so that the server's re-scoring agrees and accepts it.
    PushMutation signedAssessment(const QString &patientId);
    // An edit of a stored clinical_note or diagnosis at `version` (its data as the client holds it); nullopt for
    // any other entity.
    std::optional<PushMutation> edit(const QString &entity, const QJsonObject &data, qint64 version);

    // {"mutations": [...]} as POST /v1/push takes it.
    static QByteArray pushBody(const std::vector<PushMutation> &batch);

    QRandomGenerator &random() { return m_random; }

private:
    QString nextKey();
    QString m_user;
    QString m_prefix;
    QRandomGenerator m_random;
    qint64 m_counter = 0;
};

} // namespace novamind::test
