// Rules, built-in protections, user globs and root refusal: tables of cases.

#include "core/cleanup/CleanupRule.h"
#include "core/cleanup/Protections.h"
#include "core/cleanup/RootGuard.h"
#include "core/inventory/PathText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tempscope;

class CleanupRuleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includes_data()
    {
        QTest::addColumn<QStringList>("includes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("matched"); // empty: not selected
        QTest::newRow("no includes: everything")
            << QStringList{} << QStringLiteral("anything") << QStringLiteral("*");
        QTest::newRow("prefix") << QStringList{QStringLiteral("upload_")}
                                << QStringLiteral("upload_k2j3.csv") << QStringLiteral("upload_");
        QTest::newRow("prefix is not infix")
            << QStringList{QStringLiteral("upload_")} << QStringLiteral("x_upload_1") << QString();
        QTest::newRow("family glob")
            << QStringList{QStringLiteral("upload_*.csv")} << QStringLiteral("upload_k2.csv")
            << QStringLiteral("upload_*.csv");
        QTest::newRow("family glob, other suffix") << QStringList{QStringLiteral("upload_*.csv")}
                                                   << QStringLiteral("upload_k2.tsv") << QString();
        QTest::newRow("first match wins")
            << QStringList{QStringLiteral("tmp"), QStringLiteral("tmp*")}
            << QStringLiteral("tmpab3_x9zq") << QStringLiteral("tmp");
        QTest::newRow("set") << QStringList{QStringLiteral("qt_temp.[A-Z]*")}
                             << QStringLiteral("qt_temp.AbCdEf")
                             << QStringLiteral("qt_temp.[A-Z]*");
        QTest::newRow("case matters")
            << QStringList{QStringLiteral("TMP")} << QStringLiteral("tmp1") << QString();
    }
    void includes()
    {
        QFETCH(QStringList, includes);
        QFETCH(QString, name);
        QFETCH(QString, matched);
        CleanupRule rule;
        rule.includes = includes;
        const auto m = rule.matchInclude(name);
        QCOMPARE(m.has_value(), !matched.isEmpty());
        if (m)
            QCOMPARE(*m, matched);
    }

    void labels_data()
    {
        QTest::addColumn<QString>("include");
        QTest::addColumn<bool>("perFile");
        QTest::addColumn<QString>("label");
        QTest::newRow("all") << QString() << false << QStringLiteral("* older than 7d by mtime");
        QTest::newRow("prefix gets a star") << QStringLiteral("upload_") << false
                                            << QStringLiteral("upload_* older than 7d by mtime");
        QTest::newRow("glob as given")
            << QStringLiteral("a*.csv") << false << QStringLiteral("a*.csv older than 7d by mtime");
        QTest::newRow("per file") << QString() << true
                                  << QStringLiteral("* older than 7d by mtime, per file");
    }
    void labels()
    {
        QFETCH(QString, include);
        QFETCH(bool, perFile);
        QFETCH(QString, label);
        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        rule.basis = AgeBasis::Mtime;
        rule.unit = perFile ? CleanupUnit::PerFile : CleanupUnit::Item;
        QCOMPARE(rule.label(include), label);
        rule.name = QStringLiteral("nightly");
        QCOMPARE(rule.label(include), QStringLiteral("nightly"));
    }

    void protections_data()
    {
        QTest::addColumn<bool>("builtins");
        QTest::addColumn<QStringList>("protects");
        QTest::addColumn<QStringList>("excludes");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason"); // prefix of the reason; empty: not kept
        const QStringList none;
        QTest::newRow("X lock") << true << none << none << QStringLiteral(".X0-lock")
                                << QStringLiteral("protected: .X*-lock");
        QTest::newRow("X lock, display 12") << true << none << none << QStringLiteral(".X12-lock")
                                            << QStringLiteral("protected: .X*-lock");
        QTest::newRow("X11 sockets") << true << none << none << QStringLiteral(".X11-unix")
                                     << QStringLiteral("protected: .X11-unix");
        QTest::newRow("ICE") << true << none << none << QStringLiteral(".ICE-unix")
                             << QStringLiteral("protected: .ICE-unix");
        QTest::newRow("font") << true << none << none << QStringLiteral(".font-unix")
                              << QStringLiteral("protected: .font-unix");
        QTest::newRow("XIM") << true << none << none << QStringLiteral(".XIM-unix")
                             << QStringLiteral("protected: .XIM-unix");
        QTest::newRow("systemd-private")
            << true << none << none
            << QStringLiteral("systemd-private-5f2c0e6a-colord.service-AbCdEf")
            << QStringLiteral("protected: systemd-private-*");
        QTest::newRow("a file system's trash")
            << true << none << none << QStringLiteral(".Trash-1000")
            << QStringLiteral("protected: .Trash-*");
        QTest::newRow("the shared trash") << true << none << none << QStringLiteral(".Trash")
                                          << QStringLiteral("protected: .Trash");
        QTest::newRow("a trash inside an item")
            << true << none << none << QStringLiteral("box/.Trash-0")
            << QStringLiteral("protected: .Trash-*");
        QTest::newRow("nested built-in") << true << none << none << QStringLiteral("box/.X11-unix")
                                         << QStringLiteral("protected: .X11-unix");
        QTest::newRow("look-alike")
            << true << none << none << QStringLiteral("X11-unix") << QString();
        QTest::newRow("lock not X")
            << true << none << none << QStringLiteral(".Y0-lock") << QString();
        QTest::newRow("built-ins off")
            << false << none << none << QStringLiteral(".X11-unix") << QString();
        QTest::newRow("the root itself")
            << false << none << none << QString() << QStringLiteral("protected: the root");
        QTest::newRow("user protect")
            << true << QStringList{QStringLiteral("*.keep")} << none << QStringLiteral("a/b/c.keep")
            << QStringLiteral("protected: *.keep");
        QTest::newRow("exclude by name")
            << true << none << QStringList{QStringLiteral("*.sock")} << QStringLiteral("x.sock")
            << QStringLiteral("excluded: *.sock");
        QTest::newRow("exclude by path")
            << true << none << QStringList{QStringLiteral("cache/*")}
            << QStringLiteral("cache/blob") << QStringLiteral("excluded: cache/*");
        QTest::newRow("path glob needs the path")
            << true << none << QStringList{QStringLiteral("cache/*")}
            << QStringLiteral("other/blob") << QString();
        QTest::newRow("protect wins over exclude")
            << true << QStringList{QStringLiteral("a*")} << QStringList{QStringLiteral("a*")}
            << QStringLiteral("abc") << QStringLiteral("protected: a*");
        QTest::newRow("star crosses slash in path globs")
            << true << none << QStringList{QStringLiteral("cache/*")} << QStringLiteral("cache/x/y")
            << QStringLiteral("excluded");
    }
    void protections()
    {
        QFETCH(bool, builtins);
        QFETCH(QStringList, protects);
        QFETCH(QStringList, excludes);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const ProtectionMatcher m(builtins, protects, excludes);
        const QString got = m.keepReason(path);
        QVERIFY2(reason.isEmpty() ? got.isEmpty() : got.startsWith(reason), qPrintable(got));
        QCOMPARE(m.keeps(path), !reason.isEmpty());
    }

    void builtinsAreListedForPeople()
    {
        const QList<BuiltinProtection> &list = builtinProtections();
        QStringList patterns;
        for (const BuiltinProtection &p : list) {
            QVERIFY(!p.why.isEmpty());
            patterns << p.pattern;
        }
        for (const char *p : {".X*-lock", ".X11-unix", ".ICE-unix", ".font-unix", ".XIM-unix",
                              "systemd-private-*", ".Trash-*", ".Trash"})
            QVERIFY2(patterns.contains(QLatin1StringView(p)), p);
    }

    void roots_data()
    {
        QTest::addColumn<QString>("root");    // relative to the fixture, or absolute
        QTest::addColumn<QString>("refusal"); // part of the message; empty: allowed
        QTest::newRow("a temp dir") << QStringLiteral("scratch") << QString();
        QTest::newRow("inside home") << QStringLiteral("users/me/tmp") << QString();
        QTest::newRow("sibling of home") << QStringLiteral("users/other") << QString();
        QTest::newRow("home prefix is not an ancestor") << QStringLiteral("users/m") << QString();
        QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("file system root");
        QTest::newRow("//") << QStringLiteral("//") << QStringLiteral("file system root");
        QTest::newRow("/tmp/..") << QStringLiteral("/tmp/..") << QStringLiteral("file system root");
        QTest::newRow("home") << QStringLiteral("users/me")
                              << QStringLiteral("it is the home directory");
        QTest::newRow("home with slash")
            << QStringLiteral("users/me/") << QStringLiteral("it is the home directory");
        QTest::newRow("home via ..")
            << QStringLiteral("users/me/tmp/..") << QStringLiteral("it is the home directory");
        QTest::newRow("parent of home")
            << QStringLiteral("users") << QStringLiteral("contains the home directory");
        QTest::newRow("symlink to parent of home")
            << QStringLiteral("link") << QStringLiteral("contains the home directory");
        QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("not a directory");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("empty") << QString() << QStringLiteral("empty root");
        QTest::newRow("/usr") << QStringLiteral("/usr") << QStringLiteral("system directory");
        QTest::newRow("/var") << QStringLiteral("/var") << QStringLiteral("system directory");
        QTest::newRow("/var/tmp") << QStringLiteral("/var/tmp") << QString();
        QTest::newRow("/tmp contains the home")
            << QStringLiteral("..") << QStringLiteral("contains the home directory");
        QTest::newRow("/proc/self/root")
            << QStringLiteral("/proc/self/root") << QStringLiteral("file system root");
    }
    void roots()
    {
        QFETCH(QString, root);
        QFETCH(QString, refusal);
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("users/me/tmp")));
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("users/m")));
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("users/other")));
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("scratch")));
        QVERIFY(QFile::link(tmp.filePath(QStringLiteral("users")),
                            tmp.filePath(QStringLiteral("link"))));
        QFile f(tmp.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString home =
            QFileInfo(tmp.filePath(QStringLiteral("users/me"))).canonicalFilePath();
        const QString path = root.isEmpty() || root.startsWith(u'/') ? root : tmp.filePath(root);
        const RootVerdict v = RootGuard::check(path, {home});
        QVERIFY2(refusal.isEmpty() ? v.allowed() : v.refusal.contains(refusal),
                 qPrintable(v.refusal));
        if (v.allowed())
            QCOMPARE(v.canonicalPath, QFileInfo(path).canonicalFilePath());
        else
            QVERIFY(v.canonicalPath.isEmpty());
    }

    // A root whose name is not UTF-8 was reported as missing.
    void rootNamedInBytesIsJudgedLikeAnyOther()
    {
        QTemporaryDir tmp;
        const native::NativeString dir = nativePath(tmp.path()) + "/r\xff\xfe";
        QVERIFY(::mkdir(dir.c_str(), 0755) == 0);
        const RootVerdict v = RootGuard::check(pathText(dir), {});
        QVERIFY2(v.allowed(), qPrintable(v.refusal));
        QCOMPARE(nativePath(v.canonicalPath),
                 nativePath(QFileInfo(tmp.path()).canonicalFilePath()) + "/r\xff\xfe");
        QVERIFY(v.id.inode != 0);
    }

    void realHomeIsRefused()
    {
        const QStringList homes = RootGuard::homeDirectories();
        if (homes.isEmpty() || !QFileInfo(homes.first()).isDir())
            QSKIP("this account has no existing home directory");
        QVERIFY(!RootGuard::check(homes.first()).allowed());
    }
};

QTEST_GUILESS_MAIN(CleanupRuleTest)
#include "CleanupRuleTest.moc"
