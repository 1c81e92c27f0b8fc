#pragma once
// Database: RAII connection to an SQLCipher replica file, keyed with a raw 256-bit key.

#include "models/Result.h"
#include "storage/SecureBytes.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <string_view>

struct sqlite3;

namespace novamind {

class Transaction;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode
    {
        OpenExisting,
        CreateNew
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        int cacheSizeKiB = 16 * 1024; // page cache per connection, kept warm while the replica is open
        bool readOnly = false;
        bool inMemory = false; // ":memory:" (no WAL), for tests and version probes
        // Test hook: sees every statement from the moment the file is opened, with bound values expanded.
        std::function<void(const QByteArray &)> trace;
    };

    // SQLCipher cipher parameters, all set explicitly so a later SQLCipher (4.x, `cipher_compatibility = 3`)
    // opens today's files. Values match SQLCipher 3.x defaults except the page size.
    static constexpr int kCipherPageSize = 4096;
    static constexpr int kKdfIter = 64000; // unused with a raw key, pinned for compatibility
    static constexpr int kFastKdfIter = 2; // derives the HMAC key from the raw key
    static constexpr const char *kCipher = "aes-256-cbc";
    static constexpr std::size_t kKeySize = 32;

    Database();
    ~Database();
    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;

    // Opens (or creates) the file, applies the key and connection settings and proves the key by reading.
    static Result<Database> open(const QString &path, const SecureBytes &key, Mode mode, const Options &options);
    static Result<Database> open(const QString &path, const SecureBytes &key, Mode mode)
    {
        return open(path, key, mode, Options{});
    }

    // An unencrypted SQLite file, only for benchmarks that compare against plain SQLite. Never for PHI.
    static Result<Database> openUnencryptedForBenchmark(const QString &path, const Options &options);
    // Writes a plain SQLite copy of this encrypted database (sqlcipher_export), for the same benchmarks.
    Status exportUnencryptedForBenchmark(const QString &path);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Runs one or more statements without parameters (schema, pragmas). Never pass data in SQL text.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    // BEGIN IMMEDIATE: takes the write lock up front so two writers fail fast instead of deadlocking.
    Result<Transaction> begin();

    qint64 lastInsertRowId() const;
    int changes() const;
    // Runs a single-value query such as `PRAGMA user_version`.
    Result<QString> queryString(std::string_view sql);
    Result<qint64> queryInt(std::string_view sql);

    // PRAGMA integrity_check: reads every page, so it also verifies every page's HMAC. Empty list = ok.
    Result<QStringList> integrityCheck();
    Status checkpoint();

    // Test hook: receives every statement's SQL as run, with bound values expanded.
    void setTrace(std::function<void(const QByteArray &)> callback);

    // Maps an SQLite result code to an Error with a plain sentence.
    Error errorFor(int rc, const QString &context) const;

    sqlite3 *handle() const { return m_db; }

    // "3.4.1 community" etc.; asks a throwaway in-memory connection.
    static QString cipherVersion();
    static QString sqliteVersion();

private:
    Status configure(const Options &options);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<std::function<void(const QByteArray &)>> m_trace;
};

} // namespace novamind
