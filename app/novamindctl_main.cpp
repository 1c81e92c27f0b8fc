// novamindctl: command-line provisioning and checks for IT staff and acceptance tests.
#include "CtlCommands.h"
#include "models/cli/MemoryTuning.h"
#include "models/cli/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    novamind::limitAllocatorArenas();
    novamind::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Novamind"));
    QCoreApplication::setApplicationName(QStringLiteral("novamindctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    novamind::Ctl ctl(out, err);
    return ctl.run(QCoreApplication::arguments().mid(1));
}
