#include "models/cli/CtlOptions.h"

#include <QFile>
#include <algorithm>
#include <iostream>
#include <string>

namespace novamind {

Result<ParsedArgs> CtlOptions::parse(const QStringList &args, const CommandSpec &spec)
{
    ParsedArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (!spec.positionals)
                return Error{ErrorCode::Usage, tr("Unexpected argument “%1”.").arg(arg)};
            out.positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (spec.flags.contains(name)) {
            if (inlineValue)
                return Error{ErrorCode::Usage, tr("Option --%1 takes no value.").arg(name)};
            out.flags.insert(name);
            continue;
        }
        if (!spec.valueOptions.contains(name))
            return Error{ErrorCode::Usage, tr("Unknown option --%1.").arg(name)};
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return Error{ErrorCode::Usage, tr("Option --%1 needs a value.").arg(name)};
            value = args.at(++i);
        }
        if (out.values.contains(name))
            return Error{ErrorCode::Usage, tr("Option --%1 is given twice.").arg(name)};
        out.values.insert(name, value);
    }
    for (const QString &name : spec.required)
        if (!out.values.contains(name) || out.values.value(name).isEmpty())
            return Error{ErrorCode::Usage, tr("Option --%1 is required.").arg(name)};
    return out;
}

Result<QByteArray> SecretReader::read(const QString &path, const QString &optionName)
{
    QByteArray secret;
    if (path == QLatin1String("-")) {
        std::string line;
        if (!std::getline(std::cin, line))
            return Error{ErrorCode::Usage,
                         tr("Standard input ended before the secret for --%1 was read.").arg(optionName)};
        secret = QByteArray::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Usage, tr("The file %1 given to --%2 could not be read.").arg(path, optionName),
                         file.errorString()};
        if (file.size() > 4096)
            return Error{ErrorCode::Usage,
                         tr("The file %1 given to --%2 is too large to hold a passphrase.").arg(path, optionName)};
        secret = file.readAll();
    }
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return Error{ErrorCode::Usage, tr("The secret given to --%1 is empty.").arg(optionName)};
    return secret;
}

Result<qint64> ParsedArgs::integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Error{ErrorCode::Usage,
                     CtlOptions::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max)};
    return v;
}

} // namespace novamind
