// tempscope-cli: Tempscope's command-line twin, for scripts and servers.

#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tempscope::cli;

namespace {

const char Usage[] = R"(Usage: tempscope-cli COMMAND [OPTIONS]

Inspect temporary directories and clean them safely.

Commands:
  where             which directory is the temp directory and why; the scratch roots
  scan   [ROOT...]  what is in the temp directories, by item, prefix family and age
  clean  [ROOT...] --older-than DUR  remove stale items safely (--dry-run shows the plan)

Run 'tempscope-cli COMMAND --help' for a command's options.
)";

struct Command
{
    const char16_t *name;
    int (*run)(const QStringList &);
};

constexpr Command Commands[] = {
    {u"scan", runScan},
    {u"where", runWhere},
    {u"clean", runClean},
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tempscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tempscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPSCOPE_VERSION));

    const QStringList args = losslessArguments(argc, argv);
    if (args.size() < 2) {
        std::fputs(Usage, stderr);
        return ExitUsage;
    }
    const QString &name = args.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        std::fputs(Usage, stdout);
        return ExitOk;
    }
    if (name == u"--version") {
        writeOut(QStringLiteral("tempscope-cli " TEMPSCOPE_VERSION "\n"));
        return ExitOk;
    }
    for (const Command &c : Commands) {
        if (name == QStringView(c.name)) {
            setCommandName(name);
            return c.run(args.mid(1));
        }
    }
    return usageError(QStringLiteral("unknown command \"%1\" (try 'tempscope-cli --help')").arg(name));
}
