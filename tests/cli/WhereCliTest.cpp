// `tempscope-cli where --json` against the real thing: for each environment,
// the system Python's tempfile.gettempdir() and its candidate list are
// computed in a child process and compared with the CLI's answer.
//
// The unwritable-directory row needs an unprivileged user. Run as root, the
// test runs both Python and a private copy of the CLI as `nobody` (setpriv);
// run as another user, it runs them directly.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");
const QString PythonScript = QStringLiteral(
    "import json, os, tempfile\n"
    "print(json.dumps({'tempdir': tempfile.gettempdir(),\n"
    "                  'candidates': [d if d == os.curdir else os.path.abspath(d)\n"
    "                                 for d in tempfile._candidate_tempdir_list()]}))\n");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class WhereCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base;  // the fixture: good/, ro/, file, cwd/
    QTemporaryDir m_stage; // a copy of the CLI that `nobody` can run
    QString m_cli = QStringLiteral(TEMPSCOPE_CLI);
    bool m_asNobody = false;

    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
            const QString &cwd)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(cwd);
        if (m_asNobody) {
            p.setProgram(QStringLiteral("setpriv"));
            p.setArguments(QStringList{QStringLiteral("--reuid=nobody"),
                                       QStringLiteral("--regid=nogroup"),
                                       QStringLiteral("--clear-groups"), program} +
                           args);
        } else {
            p.setProgram(program);
            p.setArguments(args);
        }
        p.start();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString resolvePlaceholders(QString value) const
    {
        return value.replace(QStringLiteral("@base@"), m_base.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(Python).isExecutable());
        QVERIFY(QFileInfo(m_cli).isExecutable());
        QVERIFY(m_base.isValid());
        const QString b = m_base.path();
        // Readable by `nobody` too (the unwritable row runs as nobody under root).
        QVERIFY(QFile::setPermissions(b, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                             QFile::ExeOther));
        QVERIFY(QDir(b).mkdir(QStringLiteral("good")));
        QVERIFY(QDir(b).mkdir(QStringLiteral("cwd")));
        QVERIFY(QDir(b).mkdir(QStringLiteral("ro")));
        QFile file(b + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(b + QStringLiteral("/good"), b + QStringLiteral("/goodlink")));
        QCOMPARE(::chmod(QFile::encodeName(b + QStringLiteral("/ro")).constData(), 0555), 0);
        QCOMPARE(::chmod(QFile::encodeName(b + QStringLiteral("/good")).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(b + QStringLiteral("/cwd")).constData(), 0755), 0);
    }

    void cleanupTestCase()
    {
        ::chmod(QFile::encodeName(m_base.filePath(QStringLiteral("ro"))).constData(), 0755);
    }

    void sameDirectoryAsPython_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value; @base@ is the fixture
        QTest::addColumn<QString>("expected");      // what both must answer
        QTest::addColumn<bool>("unprivileged");     // needs a user that permissions apply to

        const QString tmp = QStringLiteral("/tmp");
        QTest::newRow("TMPDIR unset") << QStringList{} << tmp << false;
        QTest::newRow("TMPDIR empty") << QStringList{QStringLiteral("TMPDIR=")} << tmp << false;
        QTest::newRow("TMPDIR a good directory")
            << QStringList{QStringLiteral("TMPDIR=@base@/good")} << QStringLiteral("@base@/good")
            << false;
        QTest::newRow("TMPDIR a good directory, trailing slash and dot segments")
            << QStringList{QStringLiteral("TMPDIR=@base@/cwd/../good/./")}
            << QStringLiteral("@base@/good") << false;
        QTest::newRow("TMPDIR a symlink to a good directory (kept as written)")
            << QStringList{QStringLiteral("TMPDIR=@base@/goodlink")}
            << QStringLiteral("@base@/goodlink") << false;
        QTest::newRow("TMPDIR relative to the working directory")
            << QStringList{QStringLiteral("TMPDIR=../good")} << QStringLiteral("@base@/good")
            << false;
        QTest::newRow("TMPDIR a missing directory")
            << QStringList{QStringLiteral("TMPDIR=@base@/missing")} << tmp << false;
        QTest::newRow("TMPDIR a regular file")
            << QStringList{QStringLiteral("TMPDIR=@base@/file")} << tmp << false;
        QTest::newRow("TMPDIR an unwritable directory (as a non-root user)")
            << QStringList{QStringLiteral("TMPDIR=@base@/ro")} << tmp << true;
        QTest::newRow("only TEMP set") << QStringList{QStringLiteral("TEMP=@base@/good")}
                                       << QStringLiteral("@base@/good") << false;
        QTest::newRow("only TMP set") << QStringList{QStringLiteral("TMP=@base@/good")}
                                      << QStringLiteral("@base@/good") << false;
        QTest::newRow("TMPDIR missing, TEMP missing, TMP good")
            << QStringList{QStringLiteral("TMPDIR=@base@/missing"),
                           QStringLiteral("TEMP=@base@/missing2"),
                           QStringLiteral("TMP=@base@/good")}
            << QStringLiteral("@base@/good") << false;
        QTest::newRow("TEMP beats TMP")
            << QStringList{QStringLiteral("TEMP=@base@/good"), QStringLiteral("TMP=/var/tmp")}
            << QStringLiteral("@base@/good") << false;
        QTest::newRow("TMPDIR unwritable, TMP good (as a non-root user)")
            << QStringList{QStringLiteral("TMPDIR=@base@/ro"), QStringLiteral("TMP=@base@/good")}
            << QStringLiteral("@base@/good") << true;
    }

    void sameDirectoryAsPython()
    {
        QFETCH(QStringList, variables);
        QFETCH(QString, expected);
        QFETCH(bool, unprivileged);
        expected = resolvePlaceholders(expected);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"TMPDIR", "TEMP", "TMP"})
            env.remove(QString::fromLatin1(name));
        for (const QString &v : std::as_const(variables)) {
            const qsizetype eq = v.indexOf(u'=');
            env.insert(v.left(eq), resolvePlaceholders(v.mid(eq + 1)));
        }
        QString cli = m_cli;
        const QString cwd = m_base.filePath(QStringLiteral("cwd"));
        m_asNobody = false;
        if (unprivileged && ::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: cannot test an unwritable directory as a "
                      "normal user");
            // The build tree may not be reachable by nobody: run a private copy.
            QVERIFY(m_stage.isValid());
            cli = m_stage.filePath(QStringLiteral("tempscope-cli"));
            if (!QFileInfo::exists(cli)) {
                QVERIFY(QFile::copy(m_cli, cli));
                QCOMPARE(::chmod(QFile::encodeName(m_stage.path()).constData(), 0755), 0);
                QCOMPARE(::chmod(QFile::encodeName(cli).constData(), 0755), 0);
            }
            env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
            m_asNobody = true;
        } else if (unprivileged &&
                   ::access(QFile::encodeName(m_base.filePath(QStringLiteral("ro"))).constData(),
                            W_OK) == 0) {
            QSKIP("this user can write to a 0555 directory (capabilities?): the row would test "
                  "nothing");
        }

        const Run py = run(Python, {QStringLiteral("-c"), PythonScript}, env, cwd);
        const Run where = run(cli, {QStringLiteral("where"), QStringLiteral("--json")}, env, cwd);
        m_asNobody = false;
        QVERIFY2(py.exitCode == 0, py.err.constData());
        QVERIFY2(where.exitCode == 0, where.err.constData());

        QJsonParseError error;
        const QJsonObject pyJson = QJsonDocument::fromJson(py.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, py.out.constData());
        const QJsonObject ours = QJsonDocument::fromJson(where.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, where.out.constData());

        // The answer: the same as Python's, and the one this row is about.
        QCOMPARE(ours.value(QStringLiteral("tempdir")).toString(),
                 pyJson.value(QStringLiteral("tempdir")).toString());
        QCOMPARE(ours.value(QStringLiteral("tempdir")).toString(), expected);

        // The trace: Python's candidates, in Python's order, each with a source.
        QStringList pyCandidates;
        for (const QJsonValue &v : pyJson.value(QStringLiteral("candidates")).toArray())
            pyCandidates.append(v.toString());
        QStringList ourCandidates;
        bool seenUsable = false;
        for (const QJsonValue &v : ours.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject c = v.toObject();
            ourCandidates.append(c.value(QStringLiteral("path")).toString());
            QVERIFY(QStringList({QStringLiteral("TMPDIR"), QStringLiteral("TEMP"),
                                 QStringLiteral("TMP"), QStringLiteral("platform"),
                                 QStringLiteral("cwd")})
                        .contains(c.value(QStringLiteral("source")).toString()));
            QVERIFY(c.value(QStringLiteral("usable")).isBool());
            QVERIFY(!c.value(QStringLiteral("reason")).toString().isEmpty());
            if (!seenUsable && c.value(QStringLiteral("usable")).toBool()) {
                seenUsable = true;
                QCOMPARE(c.value(QStringLiteral("path")).toString(), expected);
            }
        }
        QCOMPARE(ourCandidates, pyCandidates);
        QVERIFY(seenUsable);
        QVERIFY(ours.value(QStringLiteral("qt_temp_path")).isString());
        QVERIFY(ours.value(QStringLiteral("scratch_roots")).isArray());

        // Neither probe left anything behind.
        for (const char *dir : {"good", "ro", "cwd"}) {
            QCOMPARE(QDir(m_base.filePath(QString::fromLatin1(dir)))
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                    QDir::NoDotAndDotDot),
                     QStringList());
        }
    }

    void nonUtf8TmpdirIsKeptByteForByte()
    {
        // A directory whose name is not valid UTF-8: Python keeps the byte as
        // a surrogate escape and writes it as \udcff in JSON; so must we.
        const QByteArray name = QFile::encodeName(m_base.path()) + "/bad\xff";
        QCOMPARE(::mkdir(name.constData(), 0755), 0);
        const QByteArray saved = qgetenv("TMPDIR");
        const bool had = qEnvironmentVariableIsSet("TMPDIR");
        qputenv("TMPDIR", name);
        // systemEnvironment() keeps the raw bytes as long as TMPDIR is not touched.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (had)
            qputenv("TMPDIR", saved);
        else
            qunsetenv("TMPDIR");
        env.remove(QStringLiteral("TEMP"));
        env.remove(QStringLiteral("TMP"));

        const Run py = run(Python, {QStringLiteral("-c"), PythonScript}, env, m_base.path());
        const Run where =
            run(m_cli, {QStringLiteral("where"), QStringLiteral("--json")}, env, m_base.path());
        ::rmdir(name.constData());
        QVERIFY2(py.exitCode == 0, py.err.constData());
        QCOMPARE(where.exitCode, 0);
        QVERIFY2(py.out.contains("bad\\udcff"), py.out.constData());
        const QByteArray expected = "\"tempdir\": \"" + name.left(name.size() - 1) + "\\udcff\"";
        QVERIFY2(where.out.contains(expected), where.out.constData());
        const QJsonObject pyJson = QJsonDocument::fromJson(py.out).object();
        const QJsonObject ours = QJsonDocument::fromJson(where.out).object();
        QCOMPARE(ours.value(QStringLiteral("tempdir")).toString(),
                 pyJson.value(QStringLiteral("tempdir")).toString());
    }

    void unusableCandidatesSayWhy_data()
    {
        QTest::addColumn<QString>("tmpdir");
        QTest::addColumn<QString>("reasonStart");
        QTest::newRow("missing") << QStringLiteral("@base@/missing")
                                 << QStringLiteral("does not exist");
        QTest::newRow("regular file")
            << QStringLiteral("@base@/file") << QStringLiteral("not a directory");
    }

    void unusableCandidatesSayWhy()
    {
        QFETCH(QString, tmpdir);
        QFETCH(QString, reasonStart);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), resolvePlaceholders(tmpdir));
        const Run where =
            run(m_cli, {QStringLiteral("where"), QStringLiteral("--json")}, env, m_base.path());
        QCOMPARE(where.exitCode, 0);
        const QJsonObject ours = QJsonDocument::fromJson(where.out).object();
        const QJsonObject first =
            ours.value(QStringLiteral("candidates")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("TMPDIR"));
        QCOMPARE(first.value(QStringLiteral("usable")).toBool(true), false);
        QVERIFY2(first.value(QStringLiteral("reason")).toString().startsWith(reasonStart),
                 qPrintable(first.value(QStringLiteral("reason")).toString()));

        // Human output names the candidate and the reason too.
        const Run human = run(m_cli, {QStringLiteral("where")}, env, m_base.path());
        QCOMPARE(human.exitCode, 0);
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.contains(resolvePlaceholders(tmpdir)), qPrintable(text));
        QVERIFY2(text.contains(reasonStart), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt's QDir::tempPath()")), qPrintable(text));
    }

    void qtAnswerBeside()
    {
        // Qt 6.4 returns "" for a missing TMPDIR; the JSON says so and explains it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_base.filePath(QStringLiteral("missing")));
        const Run where =
            run(m_cli, {QStringLiteral("where"), QStringLiteral("--json")}, env, m_base.path());
        QCOMPARE(where.exitCode, 0);
        const QJsonObject ours = QJsonDocument::fromJson(where.out).object();
        QCOMPARE(ours.value(QStringLiteral("qt_temp_path")).toString(QStringLiteral("<absent>")),
                 QString());
        QVERIFY(ours.value(QStringLiteral("qt_explanation"))
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        QCOMPARE(ours.value(QStringLiteral("qt_same_as_python")).toBool(true), false);
    }

    void scratchRootsListed()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TMPDIR"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_base.filePath(QStringLiteral("good")));
        const Run where =
            run(m_cli, {QStringLiteral("where"), QStringLiteral("--json")}, env, m_base.path());
        QCOMPARE(where.exitCode, 0);
        const QJsonArray roots = QJsonDocument::fromJson(where.out)
                                     .object()
                                     .value(QStringLiteral("scratch_roots"))
                                     .toArray();
        QStringList kinds;
        for (const QJsonValue &v : roots) {
            const QJsonObject r = v.toObject();
            kinds.append(r.value(QStringLiteral("kind")).toString());
            QVERIFY(r.value(QStringLiteral("path")).isString());
            QVERIFY(r.value(QStringLiteral("exists")).isBool());
            if (r.value(QStringLiteral("kind")).toString() == u"runtime") {
                QCOMPARE(r.value(QStringLiteral("path")).toString(),
                         m_base.filePath(QStringLiteral("good")));
                QCOMPARE(r.value(QStringLiteral("exists")).toBool(), true);
                QVERIFY(r.value(QStringLiteral("bytes_total")).toDouble() > 0);
                QVERIFY(!r.value(QStringLiteral("fs_type")).toString().isEmpty());
            }
            if (r.value(QStringLiteral("kind")).toString() == u"cache")
                QCOMPARE(r.value(QStringLiteral("clean_by_default")).toBool(true), false);
        }
        QVERIFY(kinds.size() >= 3);
        QCOMPARE(kinds.first(), QStringLiteral("system-temp"));
        QVERIFY(kinds.contains(QStringLiteral("secondary-temp")));
        QVERIFY(kinds.contains(QStringLiteral("runtime")));
        QVERIFY(kinds.contains(QStringLiteral("cache")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("where"), QStringLiteral("--bogus")};
        QTest::newRow("positional argument")
            << QStringList{QStringLiteral("where"), QStringLiteral("/tmp")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run where = run(m_cli, args, QProcessEnvironment::systemEnvironment(), m_base.path());
        QCOMPARE(where.exitCode, 2);
        QVERIFY(where.out.isEmpty());
        const QByteArray err = where.err.trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains('\n'), where.err.constData());
        QVERIFY(err.startsWith("tempscope-cli: "));
    }
};

QTEST_GUILESS_MAIN(WhereCliTest)
#include "WhereCliTest.moc"
