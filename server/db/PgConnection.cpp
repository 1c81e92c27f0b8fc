#include "server/db/PgConnection.h"

#include <QRegularExpression>
#include <libpq-fe.h>
#include <utility>

namespace novamind::server {

namespace {

// libpq messages can quote the connection string; keep passwords out of anything that is logged.
QString scrub(QString message)
{
    static const QRegularExpression password(QStringLiteral(R"((://[^:/@\s]*:)[^@\s]*@)"));
    static const QRegularExpression keyValue(QStringLiteral(R"(password\s*=\s*\S+)"));
    message.replace(password, QStringLiteral("\\1***@"));
    message.replace(keyValue, QStringLiteral("password=***"));
    return message.trimmed();
}

// SQLSTATE plus the schema names involved. PostgreSQL's message text can quote the values of the statement
// (e.g. "invalid input syntax for type ...: <value>"), and those may be PHI, so it is left out.
QString describe(const PGresult *result)
{
    QString out = QStringLiteral("SQLSTATE ");
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    out += QString::fromLatin1(state ? state : "?????");
    const std::pair<int, const char *> names[] = {
        {PG_DIAG_TABLE_NAME, "table"}, {PG_DIAG_COLUMN_NAME, "column"}, {PG_DIAG_CONSTRAINT_NAME, "constraint"}};
    for (const auto &[field, label] : names) {
        if (const char *value = PQresultErrorField(result, field))
            out += QLatin1Char(' ') + QLatin1String(label) + QLatin1Char('=') + QString::fromUtf8(value);
    }
    // Syntax and access-rule errors and our own RAISEs speak of schema objects only: their text helps and is safe.
    const QByteArray cls = QByteArray(state ? state : "").left(2);
    if (cls == "42" || cls == "0A" || cls == "P0") {
        if (const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
            out += QStringLiteral(": ") + QString::fromUtf8(primary);
    }
    return out;
}

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return isNull(row, column)
               ? 0
               : QByteArray::fromRawData(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column))
                     .toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

int PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toInt() : 0;
}

QByteArray pgParam(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.isNull())
        utf8 = QByteArray(""); // an empty string, not SQL NULL
    return utf8;
}

QByteArray pgParam(qint64 number)
{
    return QByteArray::number(number);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url)
{
    const QByteArray conninfo = url.toUtf8();
    pg_conn *conn = PQconnectdb(conninfo.constData());
    if (!conn)
        return Error(ErrorCode::Network, tr("The database could not be reached."), QStringLiteral("out of memory"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString detail = scrub(QString::fromUtf8(PQerrorMessage(conn)));
        PQfinish(conn);
        return Error(ErrorCode::Network, tr("The database could not be reached."), detail);
    }
    PQsetClientEncoding(conn, "UTF8");
    // libpq prints server notices to stderr by default; the server's stderr is its log, and stays ours alone.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn)
{}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Error PgConnection::errorFrom(pg_result *result, const char *what) const
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Error(ErrorCode::Network, tr("The connection to the database was lost."),
                     scrub(QString::fromUtf8(PQerrorMessage(m_conn))));
    const QString detail = result ? describe(result) : scrub(QString::fromUtf8(PQerrorMessage(m_conn)));
    return Error(ErrorCode::Database, tr("The database refused an operation (%1).").arg(QLatin1String(what)), detail);
}

Result<PgResult> PgConnection::exec(const char *sql, const PgParams &params)
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(params.size()));
    lengths.reserve(size_t(params.size()));
    for (const QByteArray &p : params) {
        // libpq passes C strings: a NUL would silently cut the value short (two different keys could then collide).
        if (p.contains('\0'))
            return Error(ErrorCode::Usage, tr("A text value contains a NUL character, which cannot be stored."),
                         QStringLiteral("NUL in a statement parameter"));
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    if (!isPreparable(sql)) {
        PgResult result(
            PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(), lengths.data(), nullptr, 0));
        return checked(std::move(result));
    }
    // The service runs the same few statements over and over: parse and plan each once per connection.
    const QByteArray text(sql);
    auto name = m_prepared.constFind(text);
    if (name == m_prepared.cend()) {
        const QByteArray newName = "nm_" + QByteArray::number(m_prepared.size() + 1);
        PgResult prepared(PQprepare(m_conn, newName.constData(), sql, int(params.size()), nullptr));
        NM_TRY(checked(std::move(prepared)));
        name = m_prepared.insert(text, newName);
    }
    PgResult result(
        PQexecPrepared(m_conn, name->constData(), int(params.size()), values.data(), lengths.data(), nullptr, 0));
    return checked(std::move(result));
}

bool PgConnection::isPreparable(const char *sql)
{
    // Only plannable statements can be prepared; transaction control, DDL and COPY go through unprepared.
    const QByteArray head = QByteArray(sql).trimmed().left(7).toUpper();
    return head.startsWith("SELECT") || head.startsWith("INSERT") || head.startsWith("UPDATE") ||
           head.startsWith("DELETE") || head.startsWith("WITH");
}

Result<PgResult> PgConnection::checked(PgResult result)
{
    const auto status = PQresultStatus(result.raw());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN)
        return result;
    return errorFrom(result.raw(), "statement");
}

Status PgConnection::run(const char *sql, const PgParams &params)
{
    auto result = exec(sql, params);
    if (!result.ok())
        return result.error();
    return {};
}

Status PgConnection::runScript(const QByteArray &sql)
{
    PgResult result(PQexec(m_conn, sql.constData()));
    NM_TRY(checked(std::move(result)));
    return {};
}

Status PgConnection::copyIn(const char *copySql, const QByteArray &rows)
{
    PgResult start(PQexec(m_conn, copySql));
    if (PQresultStatus(start.raw()) != PGRES_COPY_IN)
        return errorFrom(start.raw(), "copy");
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        return errorFrom(nullptr, "copy");
    PgResult end(PQgetResult(m_conn));
    Status status;
    if (PQresultStatus(end.raw()) != PGRES_COMMAND_OK)
        status = errorFrom(end.raw(), "copy");
    while (pg_result *rest = PQgetResult(m_conn))
        PQclear(rest);
    return status;
}

bool PgConnection::isHealthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

QByteArray copyEscape(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size() + 8);
    for (char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray sqlState(const Error &error)
{
    if (error.code != ErrorCode::Database || !error.detail.startsWith(QLatin1String("SQLSTATE ")))
        return {};
    return error.detail.mid(9, 5).toLatin1();
}

Result<std::unique_ptr<PgTransaction>> PgTransaction::begin(PgConnection &conn, const char *mode)
{
    const QByteArray sql = QByteArray("BEGIN ") + mode;
    NM_TRY(conn.runScript(sql));
    return std::unique_ptr<PgTransaction>(new PgTransaction(conn));
}

PgTransaction::PgTransaction(PgConnection &conn)
    : m_conn(conn)
{}

PgTransaction::~PgTransaction()
{
    if (m_open)
        (void)m_conn.runScript("ROLLBACK");
}

Status PgTransaction::commit()
{
    m_open = false;
    auto result = m_conn.exec("COMMIT");
    if (!result.ok())
        return result.error();
    // COMMIT of a transaction that already failed succeeds as a ROLLBACK: that is not a commit.
    if (qstrcmp(PQcmdStatus(result->raw()), "ROLLBACK") == 0)
        return Error(ErrorCode::Database, PgConnection::tr("The database rolled the transaction back."),
                     QStringLiteral("COMMIT answered ROLLBACK"));
    return {};
}

} // namespace novamind::server
