#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace novamind {

namespace {

constexpr const char *kCreateTable = "CREATE TABLE IF NOT EXISTS schema_migrations ("
                                     " version INTEGER PRIMARY KEY NOT NULL,"
                                     " name TEXT NOT NULL,"
                                     " checksum TEXT NOT NULL,"
                                     " applied_at TEXT NOT NULL)";

struct Applied
{
    QString name;
    QString checksum;
};

Result<std::map<int, Applied>> appliedMigrations(Database &db)
{
    auto exists = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!exists.ok())
        return exists.error();
    std::map<int, Applied> applied;
    if (exists.value() == 0)
        return applied;
    auto stmt = db.prepare("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
    if (!stmt.ok())
        return stmt.error();
    NM_TRY(stmt->forEach([&](const Statement &s) {
        applied[static_cast<int>(s.columnInt64(0))] = Applied{s.columnText(1), s.columnText(2)};
    }));
    return applied;
}

} // namespace

QString Migration::checksum() const
{
    return QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
}

const std::vector<Migration> &Migrator::builtin()
{
    static const std::vector<Migration> migrations = [] {
        std::vector<Migration> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = re.match(file);
            Q_ASSERT_X(m.hasMatch(), "Migrator", "migration files are named NNNN_name.sql");
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.push_back(Migration{m.captured(1).toInt(), m.captured(2), f.readAll()});
        }
        std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return out;
    }();
    return migrations;
}

int Migrator::latestVersion(const std::vector<Migration> &migrations)
{
    return migrations.empty() ? 0 : migrations.back().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto applied = appliedMigrations(db);
    if (!applied.ok())
        return applied.error();
    return applied->empty() ? 0 : applied->rbegin()->first;
}

Status Migrator::verify(Database &db, const std::vector<Migration> &migrations, int *pending)
{
    auto applied = appliedMigrations(db);
    if (!applied.ok())
        return applied.error();
    const int latest = latestVersion(migrations);
    if (!applied->empty() && applied->rbegin()->first > latest)
        return Error{
            ErrorCode::Incompatible,
            tr("This replica was made by a newer version of Novamind (schema %1; this version knows up to %2). "
               "Update Novamind to open it.")
                .arg(applied->rbegin()->first)
                .arg(latest)};
    int missing = 0;
    for (const Migration &m : migrations) {
        const auto it = applied->find(m.version);
        if (it == applied->end()) {
            ++missing;
            continue;
        }
        if (it->second.checksum != m.checksum())
            return Error{ErrorCode::Incompatible,
                         tr("Schema migration %1 (%2) differs from the one applied to this replica; "
                            "refusing to open it with a modified schema.")
                             .arg(m.version)
                             .arg(m.name)};
    }
    if (pending)
        *pending = missing;
    return {};
}

Status Migrator::migrate(Database &db, const std::vector<Migration> &migrations, int targetVersion)
{
    NM_TRY(verify(db, migrations));
    NM_TRY(db.exec(kCreateTable));
    auto applied = appliedMigrations(db);
    if (!applied.ok())
        return applied.error();
    if (targetVersion < 0)
        targetVersion = latestVersion(migrations);

    for (const Migration &m : migrations) {
        if (m.version > targetVersion)
            break;
        if (applied->count(m.version))
            continue;
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        const QByteArray sql = m.sql;
        if (Status s = db.exec(std::string_view(sql.constData(), static_cast<std::size_t>(sql.size()))); !s.ok()) {
            Error e = s.error();
            e.message =
                tr("Upgrading the replica to schema %1 failed; it was left at the previous version.").arg(m.version);
            return e;
        }
        auto ins =
            db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)");
        if (!ins.ok())
            return ins.error();
        ins->bind(1, m.version)
            .bind(2, m.name)
            .bind(3, m.checksum())
            .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        NM_TRY(ins->run());
        NM_TRY(db.exec("PRAGMA user_version = " + std::to_string(m.version)));
        NM_TRY(tx->commit());
    }
    return {};
}

} // namespace novamind
