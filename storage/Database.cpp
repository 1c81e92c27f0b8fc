#include "storage/Database.h"

#include "storage/SqliteError.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <sys/stat.h>
#include <utility>

namespace novamind {

namespace {

// The raw-key form SQLCipher expects: x'<64 hex digits>' (67 bytes), built in locked memory.
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    static constexpr char hex[] = "0123456789abcdef";
    SecureBytes literal(key.size() * 2 + 3);
    char *out = literal.chars();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = hex[key.data()[i] >> 4];
        *out++ = hex[key.data()[i] & 0x0f];
    }
    *out = '\'';
    return literal;
}

int traceCallback(unsigned type, void *ctx, void *p, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto *callback = static_cast<std::function<void(const QByteArray &)> *>(ctx);
    char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(p));
    (*callback)(QByteArray(expanded ? expanded : ""));
    sqlite3_free(expanded);
    return 0;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_trace(std::move(other.m_trace))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_trace = std::move(other.m_trace);
    }
    return *this;
}

void Database::close()
{
    if (!m_db)
        return;
    // sqlite3_close_v2 defers the close until every statement is finalised; SQLCipher wipes its key copy.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_trace.reset();
}

Error Database::errorFor(int rc, const QString &context) const
{
    return sqliteError(m_db, rc, context);
}

Result<Database> Database::open(const QString &path, const SecureBytes &key, Mode mode, const Options &options)
{
    if (key.size() != kKeySize)
        return Error{ErrorCode::Internal, tr("The database key has the wrong length."), {}};

    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && (!info.exists() || !info.isFile()))
        return Error{ErrorCode::NotFound, tr("There is no replica database at %1.").arg(path), {}};
    if (mode == Mode::CreateNew && !options.inMemory && info.exists())
        return Error{ErrorCode::AlreadyExists, tr("A file already exists at %1.").arg(path), {}};

    Database db;
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_PRIVATECACHE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.errorFor(rc, QStringLiteral("open"));
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    if (options.trace)
        db.setTrace(options.trace);

    {
        // The key goes through the C API only: never through SQL text, so no trace or log can see it.
        const SecureBytes literal = rawKeyLiteral(key);
        rc = sqlite3_key(db.m_db, literal.data(), static_cast<int>(literal.size()));
    }
    if (rc != SQLITE_OK)
        return db.errorFor(rc, QStringLiteral("key"));

    if (Status s = db.configure(options); !s.ok())
        return s.error();
    // Owner-only, whatever the process umask: SQLite gives the -wal and -shm files the same mode.
    if (mode == Mode::CreateNew && !options.inMemory && ::chmod(nativePath.constData(), S_IRUSR | S_IWUSR) != 0)
        return Error{ErrorCode::Io, tr("The replica database's permissions could not be restricted."),
                     QString::fromLocal8Bit(std::strerror(errno))};
    return db;
}

Result<Database> Database::openUnencryptedForBenchmark(const QString &path, const Options &options)
{
    Database db;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(nativePath.constData(), &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFor(rc, QStringLiteral("open"));
    NM_TRY(db.exec("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"));
    NM_TRY(db.exec(("PRAGMA cache_size = -" + std::to_string(options.cacheSizeKiB))));
    NM_TRY(db.queryString("PRAGMA journal_mode = WAL"));
    return db;
}

Status Database::exportUnencryptedForBenchmark(const QString &path)
{
    auto attach = prepare("ATTACH DATABASE ? AS plain KEY ''");
    if (!attach.ok())
        return attach.error();
    attach->bind(1, path);
    NM_TRY(attach->run());
    const Status exported = exec("SELECT sqlcipher_export('plain')");
    NM_TRY(exec("DETACH DATABASE plain"));
    return exported;
}

Status Database::configure(const Options &options)
{
    // Cipher parameters come right after the key and before the first page is read.
    static const char *const cipherPragmas = "PRAGMA cipher = 'aes-256-cbc';"
                                             "PRAGMA kdf_iter = 64000;"
                                             "PRAGMA fast_kdf_iter = 2;"
                                             "PRAGMA cipher_page_size = 4096;"
                                             "PRAGMA cipher_use_hmac = ON;";
    NM_TRY(exec(cipherPragmas));

    // The first read proves the key; a wrong key shows up here as SQLITE_NOTADB.
    NM_TRY(queryInt("SELECT count(*) FROM sqlite_master"));

    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    // WAL: readers (the GUI) never block the writer (sync) and a commit is one sequential append;
    // synchronous=FULL so a committed clinical edit survives power loss, not just a crash.
    // temp_store=MEMORY keeps sort and index temporaries off the disk (they would be plaintext).
    QByteArray pragmas = "PRAGMA temp_store = MEMORY;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA secure_delete = ON;"
                         "PRAGMA synchronous = FULL;";
    pragmas += "PRAGMA cache_size = -" + QByteArray::number(options.cacheSizeKiB) + ';';
    NM_TRY(exec(std::string_view(pragmas.constData(), static_cast<std::size_t>(pragmas.size()))));
    if (!options.readOnly && !options.inMemory) {
        auto mode = queryString("PRAGMA journal_mode = WAL");
        if (!mode.ok())
            return mode.error();
        if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{ErrorCode::Database, tr("The replica could not switch to write-ahead logging."),
                         QStringLiteral("journal_mode=") + mode.value()};
    }
    return {};
}

Status Database::exec(std::string_view sql)
{
    Q_ASSERT(m_db);
    const std::string text(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("exec"));
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    Q_ASSERT(m_db);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc, QStringLiteral("prepare"));
    }
    return Statement(m_db, stmt);
}

Result<Transaction> Database::begin()
{
    NM_TRY(exec("BEGIN IMMEDIATE"));
    return Transaction(this);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<QString> Database::queryString(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return QString();
    return stmt->columnText(0);
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return qint64(0);
    return stmt->columnInt64(0);
}

Result<QStringList> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt.ok())
        return stmt.error();
    QStringList problems;
    NM_TRY(stmt->forEach([&](const Statement &s) {
        if (const QString line = s.columnText(0); line != QLatin1String("ok"))
            problems << line;
    }));
    return problems;
}

Status Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("checkpoint"));
    return {};
}

void Database::setTrace(std::function<void(const QByteArray &)> callback)
{
    Q_ASSERT(m_db);
    if (!callback) {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        m_trace.reset();
        return;
    }
    m_trace = std::make_unique<std::function<void(const QByteArray &)>>(std::move(callback));
    sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, traceCallback, m_trace.get());
}

QString Database::cipherVersion()
{
    SecureBytes key(kKeySize);
    if (!key.randomize())
        return {};
    Options options;
    options.inMemory = true;
    auto db = open(QStringLiteral(":memory:"), key, Mode::CreateNew, options);
    if (!db.ok())
        return {};
    auto v = db->queryString("PRAGMA cipher_version");
    return v.ok() ? v.value() : QString();
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace novamind
