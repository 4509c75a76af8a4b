// tempscope-cli: Tempscope's command-line twin, for scripts and servers.

#include "cli/CliSupport.h"
#include "cli/CommandDoc.h"
#include "cli/Commands.h"

#include "core/export/AtomicFile.h"
#include "core/inventory/PathText.h"

#include <QCoreApplication>

using namespace tempscope;
using namespace tempscope::cli;

namespace {

struct Command
{
    const char16_t *name;
    int (*run)(const QStringList &);
};

// One command a line.
// clang-format off
constexpr Command Commands[] = {
    {u"where", runWhere},
    {u"scan", runScan},
    {u"clean", runClean},
    {u"snapshot", runSnapshot},
    {u"history", runHistory},
    {u"schedule", runSchedule},
};
// clang-format on

// `tempscope-cli --man [FILE]`: the man page, generated at build time.
int writeManPage(const QStringList &args)
{
    const QString page = manPage(commandDocs(), QStringLiteral(TEMPSCOPE_VERSION),
                                 QStringLiteral(TEMPSCOPE_RELEASE_DATE));
    if (args.size() < 3 || args.at(2) == u"-") {
        writeOut(page);
        return ExitOk;
    }
    const QByteArray bytes = page.toUtf8();
    const QString error = writeFileAtomically(
        args.at(2), std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (error.isEmpty())
        return ExitOk;
    writeErr(QStringLiteral("tempscope-cli: cannot write %1: %2\n")
                 .arg(printablePath(nativePath(args.at(2))), error));
    return ExitSomeFailed;
}

int run(const QStringList &args)
{
    if (args.size() < 2) {
        writeErr(overviewText(commandDocs()));
        return ExitUsage;
    }
    const QString &name = args.at(1);
    if (name == u"--help" || name == u"-h" || (name == u"help" && args.size() == 2)) {
        writeOut(overviewText(commandDocs()));
        return ExitOk;
    }
    if (name == u"help") {
        // `tempscope-cli help COMMAND` is `tempscope-cli COMMAND --help`.
        for (const CommandDoc &doc : commandDocs()) {
            if (doc.name == args.at(2)) {
                writeOut(helpText(doc));
                return ExitOk;
            }
        }
        return usageError(
            QStringLiteral("no command \"%1\" (try 'tempscope-cli --help')").arg(args.at(2)));
    }
    if (name == u"--version") {
        writeOut(QStringLiteral("tempscope-cli " TEMPSCOPE_VERSION "\n"));
        return ExitOk;
    }
    if (name == u"--man")
        return writeManPage(args);
    for (const Command &c : Commands) {
        if (name == QStringView(c.name))
            return c.run(args.mid(1));
    }
    return usageError(
        QStringLiteral("unknown command \"%1\" (try 'tempscope-cli --help')").arg(name));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tempscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tempscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMPSCOPE_VERSION));
    // Whatever a command printed must have reached its destination: a report
    // cut short by a full disk is an error, even after a successful cleanup.
    return finishOutput(run(losslessArguments(argc, argv)));
}
