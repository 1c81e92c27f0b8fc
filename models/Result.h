#pragma once
// Result<T>: a value or an Error with a user-facing sentence; the one error style of every layer.

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace novamind {

enum class ErrorCode
{
    Usage,          // the caller asked for something malformed
    Authentication, // wrong passphrase, unknown user, bad credentials
    NotFound,       // a file, replica or record that does not exist
    AlreadyExists,  // refusing to overwrite
    Corrupt,        // damaged or tampered data
    Incompatible,   // made by a newer version, or an edited migration
    Io,             // file system error (disk full, permissions)
    Database,       // any other SQLite/SQLCipher error
    Network,
    Server,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one translated sentence a user can act on; never PHI, never key material
    QString detail;  // technical context for logs (error codes, paths); never PHI, never key material

    Error() = default;
    Error(ErrorCode c, QString msg, QString det = {})
        : code(c)
        , message(std::move(msg))
        , detail(std::move(det))
    {}
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_v);
    }
    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_v);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<T>(std::move(m_v));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<Error>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        Q_ASSERT(m_error.has_value());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// Short name of an error code for logs and JSON ("authentication", "corrupt", ...).
QString errorCodeName(ErrorCode code);

} // namespace novamind

// Propagate an error from an expression returning Result<...>.
#define NM_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto &&nm_try_result_ = (expr);                                                                                \
        if (!nm_try_result_.ok())                                                                                      \
            return nm_try_result_.error();                                                                             \
    } while (false)
