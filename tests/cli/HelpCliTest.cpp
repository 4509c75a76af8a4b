// `tempscope-cli COMMAND --help`, `tempscope-cli help COMMAND` and the man page
// tempscope-cli(1) all document every option each command's parser accepts,
// and the man page renders without warnings.

#include "CliRunner.h"
#include "cli/CommandDoc.h"
#include "cli/Commands.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace tempscope::cli;

namespace {

QString normalized(const QByteArray &text)
{
    return QString::fromUtf8(text).simplified();
}

QString manPath()
{
    return QStringLiteral(TEMPSCOPE_MAN);
}

// What `man` or groff prints for the page, and what it complained about.
CliResult render(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliResult r;
    if (!p.waitForFinished(60'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class HelpCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOptionIsDocumented_data()
    {
        QTest::addColumn<QString>("command");
        for (const CommandDoc &d : commandDocs())
            QTest::addRow("%s", qPrintable(d.name)) << d.name;
    }

    void everyOptionIsDocumented()
    {
        QFETCH(QString, command);
        CommandDoc doc;
        for (const CommandDoc &d : commandDocs()) {
            if (d.name == command)
                doc = d;
        }
        QVERIFY(doc.options.size() >= 2);

        const CliResult help = runCli({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        const CliResult helpCommand = runCli({QStringLiteral("help"), command});
        QCOMPARE(helpCommand.exitCode, 0);
        QCOMPARE(helpCommand.out, help.out);

        const QString text = normalized(help.out);
        QVERIFY2(text.startsWith(QStringLiteral("Usage: tempscope-cli ") + command),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Examples:")));
        QVERIFY(text.contains(QStringLiteral("Exit status:")));
        for (const auto &[code, meaning] : doc.exitStatus)
            QVERIFY2(text.contains(QStringLiteral("%1 %2").arg(code).arg(meaning.simplified())),
                     qPrintable(meaning));
        for (const auto &[line, what] : doc.examples)
            QVERIFY2(text.contains(line.simplified()), qPrintable(line));

        QFile man(manPath());
        QVERIFY2(man.open(QIODevice::ReadOnly), qPrintable(manPath()));
        const QString page = QString::fromUtf8(man.readAll());

        for (const QCommandLineOption &o : doc.options) {
            const QString signature = optionSignature(o);
            QVERIFY2(text.contains(signature), qPrintable(signature));
            QVERIFY2(text.contains(o.description().simplified()), qPrintable(o.description()));
            for (const QString &name : o.names()) {
                const QString dashes =
                    name.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-");
                QString roffName = name;
                roffName.replace(u'-', QStringLiteral("\\-"));
                QVERIFY2(page.contains(QStringLiteral("\\fB") + dashes + roffName +
                                       QStringLiteral("\\fR")),
                         qPrintable(name));
            }

            // The parser accepts it: with --help nothing else runs.
            const QString longName = o.names().constLast();
            QStringList args{command, QStringLiteral("--") + longName};
            if (!o.valueName().isEmpty())
                args.last() += QStringLiteral("=1d");
            args << QStringLiteral("--help");
            const CliResult accepted = runCli(args);
            QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        }

        // And nothing else.
        const CliResult unknown = runCli({command, QStringLiteral("--no-such-option")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void overviewAndHelpCommand()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("help")}).out, r.out);
        for (const CommandDoc &d : commandDocs())
            QVERIFY2(normalized(r.out).contains(d.name + u' ' + d.summary.simplified()),
                     qPrintable(d.name));
        const CliResult none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err, r.out);
        const CliResult bad = runCli({QStringLiteral("help"), QStringLiteral("frob")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith("tempscope-cli: no command \"frob\""));
    }

    void manPageIsCurrent()
    {
        // The installed page is what the binary generates now.
        QFile man(manPath());
        QVERIFY(man.open(QIODevice::ReadOnly));
        const CliResult r = runCli({QStringLiteral("--man")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, man.readAll());
    }

    void manPageRendersWithoutWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed (Debian package groff-base; see .ci/setup --test)");
        const CliResult checked =
            render(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                           QStringLiteral("-z"), manPath()});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.err.isEmpty(), checked.err.constData());

        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (Debian package man-db; see .ci/setup --test)");
        const CliResult shown =
            render(man, {QStringLiteral("--warnings"), QStringLiteral("-l"), manPath()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.err.isEmpty(), shown.err.constData());
        const QString text = QString::fromUtf8(shown.out);
        for (const char *section :
             {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXAMPLES", "EXIT STATUS", "SEE ALSO"})
            QVERIFY2(text.contains(QLatin1StringView(section)), section);
        QVERIFY(text.contains(QStringLiteral("--older-than")) ||
                text.contains(QStringLiteral("\u2010\u2010older\u2010than")));
    }
};

QTEST_GUILESS_MAIN(HelpCliTest)
#include "HelpCliTest.moc"
