#pragma once
// TestReplica: one clinician's replica on disk for sync tests: cheap key slots, the replica passphrase and the
// server password in files for novamindctl, and sessions for local edits between syncs.

#include "ServerFixture.h"
#include "models/Result.h"
#include "storage/Replica.h"
#include "storage/Session.h"

#include <QString>
#include <memory>

namespace novamind::test {

class TestReplica
{
public:
    // Creates DIR/<name>.db for `user` (its role), empty until the first sync; the replica stays closed.
    static Result<std::unique_ptr<TestReplica>> create(const QString &dir, const QString &name, const TestUser &user);

    const QString &path() const { return m_path; }
    const QString &passphraseFile() const { return m_passphraseFile; }
    const QString &serverPasswordFile() const { return m_serverPasswordFile; }
    const TestUser &user() const { return m_user; }

    // Unlocks the replica (as an app would after a restart); a no-op when open.
    Status open();
    void close();
    bool isOpen() const { return m_replica != nullptr; }
    Replica &replica() { return *m_replica; }
    Database &db() { return m_replica->database(); }
    // The signed-in user, organisation from the synced clinician record. Opens the replica when closed.
    Result<Session> session();

    // `novamindctl sync` arguments for this replica against `serverUrl`, with `extra` appended.
    QStringList syncArgs(const QByteArray &serverUrl, const QStringList &extra = {}) const;

private:
    TestReplica() = default;
    QString m_path;
    QString m_passphraseFile;
    QString m_serverPasswordFile;
    QByteArray m_passphrase;
    TestUser m_user;
    std::unique_ptr<Replica> m_replica;
};

} // namespace novamind::test
