#pragma once
// CtlOptions: command-line parsing for novamindctl and novamind-syncd (--name value options, flags, positionals) and
// secret files.

#include "models/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace novamind {

struct CommandSpec
{
    QSet<QString> valueOptions; // take a value: --db PATH or --db=PATH
    QSet<QString> flags;        // no value: --force
    QStringList required;       // value options that must be present
    bool positionals = false;
};

struct ParsedArgs
{
    QMap<QString, QString> values;
    QSet<QString> flags;
    QStringList positionals;

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    // The whole number given for --name, within [min, max]; `fallback` when absent. A usage error names the range.
    Result<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const;
};

class CtlOptions
{
    Q_DECLARE_TR_FUNCTIONS(CtlOptions)
public:
    static Result<ParsedArgs> parse(const QStringList &args, const CommandSpec &spec);
};

// Reads passphrases and passwords from files or stdin ("-"); several "-" read successive lines.
class SecretReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretReader)
public:
    // The whole file minus one trailing newline; an empty secret is a usage error.
    static Result<QByteArray> read(const QString &path, const QString &optionName);
};

} // namespace novamind
