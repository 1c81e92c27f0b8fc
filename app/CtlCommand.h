#pragma once
// CtlCommand: what every novamindctl command class shares: the output and error streams it reports on. Each command
// adds `static CommandSpec spec()` and `int run(const ParsedArgs &)` (the table in CtlCommands.cpp calls them).

#include "models/cli/CtlOptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace novamind {

class CtlCommand
{
public:
    CtlCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

protected:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace novamind
