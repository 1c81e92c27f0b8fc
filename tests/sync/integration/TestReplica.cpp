#include "TestReplica.h"

#include "FileSupport.h"
#include "TestSupport.h"

#include <QRandomGenerator>

namespace novamind::test {

Result<std::unique_ptr<TestReplica>> TestReplica::create(const QString &dir, const QString &name, const TestUser &user)
{
    std::unique_ptr<TestReplica> r(new TestReplica);
    r->m_user = user;
    r->m_path = dir + u'/' + name + QStringLiteral(".db");
    r->m_passphraseFile = dir + u'/' + name + QStringLiteral(".passphrase");
    r->m_serverPasswordFile = dir + u'/' + name + QStringLiteral(".server-password");
    // The replica passphrase and the server password are different secrets, as for a real user.
    r->m_passphrase = "replica passphrase " + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    if (!writeFile(r->m_passphraseFile, r->m_passphrase + '\n') || !writeFile(r->m_serverPasswordFile, user.password))
        return Error(ErrorCode::Io, QStringLiteral("Cannot write the secrets of %1.").arg(name));
    const std::optional<Role> role = roleFromName(user.role);
    if (!role)
        return Error(ErrorCode::Usage, QStringLiteral("Unknown role %1.").arg(user.role));
    auto created = Replica::create(r->m_path, user.id, r->m_passphrase, *role, cheapOptions());
    if (!created.ok())
        return created.error();
    return r;
}

Status TestReplica::open()
{
    if (m_replica)
        return {};
    auto opened = Replica::open(m_path, m_user.id, m_passphrase, cheapOptions());
    if (!opened.ok())
        return opened.error();
    m_replica = std::move(opened).value();
    return {};
}

void TestReplica::close()
{
    m_replica.reset();
}

Result<Session> TestReplica::session()
{
    NM_TRY(open());
    return Session::forReplica(*m_replica);
}

QStringList TestReplica::syncArgs(const QByteArray &serverUrl, const QStringList &extra) const
{
    return QStringList{QStringLiteral("sync"),
                       QStringLiteral("--db"),
                       m_path,
                       QStringLiteral("--user"),
                       m_user.id,
                       QStringLiteral("--passphrase-file"),
                       m_passphraseFile,
                       QStringLiteral("--server"),
                       QString::fromUtf8(serverUrl),
                       QStringLiteral("--server-password-file"),
                       m_serverPasswordFile} +
           extra;
}

} // namespace novamind::test
