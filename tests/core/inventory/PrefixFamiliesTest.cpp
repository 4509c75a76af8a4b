// Prefix inference on names real programs leave in temp directories.

#include "core/inventory/PrefixFamilies.h"

#include <QTest>

using tempscope::PrefixFamilies;

class PrefixFamiliesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infersFamilies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("family");
        const auto row = [](const char *label, const char16_t *name, const char16_t *family) {
            QTest::newRow(label) << QString::fromUtf16(name) << QString::fromUtf16(family);
        };
        // Python tempfile
        row("python default", u"tmpab3_x9zq", u"tmp*");
        row("python letters only", u"tmpqwertyui", u"tmp*");
        row("python with suffix", u"tmpk2j3h4g5.csv", u"tmp*.csv");
        row("python custom prefix", u"upload_k2j3h4g5.csv", u"upload_*.csv");
        row("python prefix with dash", u"report-7h2k_q9z.pdf", u"report-*.pdf");
        row("python empty prefix", u"k_qun08i", u"*");
        row("python empty prefix, suffix", u"ab12cd34.json", u"*.json");
        row("python mkdtemp", u"pytest-of-root", u"pytest-of-root");
        row("pytest numbered", u"pytest-42", u"pytest-*");
        // Qt
        row("qt template", u"qt_temp.AbCdEf", u"qt_temp.*");
        row("qt app default", u"tempscope.XkPqRz", u"tempscope.*");
        row("qt lock file", u"qtsingleapp-myapp-2f3a-lockfile", u"qtsingleapp-myapp-*-lockfile");
        // mktemp(1), shells
        row("mktemp default", u"tmp.Xq3kP9aZ2b", u"tmp.*");
        row("bash heredoc", u"sh-thd.abc123", u"sh-thd.*");
        // systemd and the desktop
        row("systemd private",
            u"systemd-private-5f3c2e9a1b7d4c6e8f0a1b2c3d4e5f6a-chronyd.service-Xy7kQz",
            u"systemd-private-*");
        row("X lock", u".X0-lock", u".X*-lock");
        row("X socket dir", u".X11-unix", u".X11-unix");
        row("ICE dir", u".ICE-unix", u".ICE-unix");
        row("ssh agent", u"ssh-XXXXabc123Zq", u"ssh-*");
        row("tmux", u"tmux-1000", u"tmux-*");
        row("kerberos cache", u"krb5cc_1000", u"krb5cc_*");
        row("pulse", u"pulse-PKdhtXMmr18n", u"pulse-*");
        row("dbus", u"dbus-Ab3dE5fG7h", u"dbus-*");
        // Browsers and Electron
        row("chrome", u".com.google.Chrome.AbCdEf", u".com.google.Chrome.*");
        row("chromium", u".org.chromium.Chromium.xYz123", u".org.chromium.Chromium.*");
        row("chrome scoped dir", u"scoped_dir12345_67890", u"scoped_dir*");
        row("firefox", u"Temp-3f2a9b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c", u"Temp-*");
        row("vscode ipc", u"vscode-ipc-3f2a9b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c.sock",
            u"vscode-ipc-*.sock");
        row("puppeteer", u"puppeteer_dev_chrome_profile-AbCdEf", u"puppeteer_dev_chrome_profile-*");
        row("playwright", u"playwright-artifacts-Xk3pQz", u"playwright-artifacts-*");
        // Compilers and build tools
        row("gcc assembly", u"ccR5yCdu.s", u"cc*.s");
        row("gcc object", u"cc1a2B3c.o", u"cc*.o");
        row("go build", u"go-build123456789", u"go-build*");
        row("rustc", u"rustcAbC123", u"rustc*");
        row("cmake try-compile", u"cmake_try_compile_8f3a2", u"cmake_try_compile_*");
        row("java perf data", u"hsperfdata_root", u"hsperfdata_root");
        row("jetty", u"jetty-0_0_0_0-8080-app_war-_-any-1234567890", u"jetty-*");
        // Package managers
        row("pip build env", u"pip-build-env-k2j3h4g5", u"pip-build-env-*");
        row("pip unpack", u"pip-unpack-ab12cd34", u"pip-unpack-*");
        row("npm", u"npm-12345-abcdef12", u"npm-*");
        row("yarn", u"yarn--1700000000000-0.123456", u"yarn--*");
        row("apt", u"apt-key-gpghome.AbCdEfGhIj", u"apt-key-gpghome.*");
        // Editors and office
        row("vim swap dir", u"v123456", u"v*");
        row("emacs server", u"emacs1000", u"emacs*");
        row("libreoffice", u"lu12345abcd.tmp", u"lu*.tmp");
        row("office owner file", u"~DF1A2B3C4D.TMP", u"~DF*.TMP");
        row("sqlite journal", u"etilqs_Ab3dE5fG7h", u"etilqs_*");
        // Plain names stay as they are
        row("plain file", u"notes.txt", u"notes.txt");
        row("plain dir", u"downloads", u"downloads");
        row("dotted version dir", u"node-v20", u"node-v*");
    }
    void infersFamilies()
    {
        QFETCH(QString, name);
        QFETCH(QString, family);
        QCOMPARE(PrefixFamilies::inferKey(name), family);
    }

    void familyMatchesItsMembers_data() { infersFamilies_data(); }
    void familyMatchesItsMembers()
    {
        // A family key is a glob that matches the names it came from.
        QFETCH(QString, name);
        QVERIFY2(PrefixFamilies::globMatch(PrefixFamilies::inferKey(name), name), qPrintable(name));
    }

    void userFamiliesWin()
    {
        PrefixFamilies f;
        f.addUserFamily(QStringLiteral("myapp-"));
        f.addUserFamily(QStringLiteral("report_*.pdf"));
        f.addUserFamily(QStringLiteral("myapp-")); // duplicates ignored
        QCOMPARE(f.userFamilies(),
                 (QList<QString>{QStringLiteral("myapp-*"), QStringLiteral("report_*.pdf")}));
        QCOMPARE(f.keyFor(u"myapp-cache"), QStringLiteral("myapp-*"));
        QCOMPARE(f.keyFor(u"report_2026.pdf"), QStringLiteral("report_*.pdf"));
        QCOMPARE(f.keyFor(u"tmpab3_x9zq"), QStringLiteral("tmp*"));
    }

    void glob_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("match");
        QTest::newRow("star") << QStringLiteral("tmp*") << QStringLiteral("tmpabc") << true;
        QTest::newRow("star empty") << QStringLiteral("tmp*") << QStringLiteral("tmp") << true;
        QTest::newRow("star middle")
            << QStringLiteral(".X*-lock") << QStringLiteral(".X0-lock") << true;
        QTest::newRow("star middle mismatch")
            << QStringLiteral(".X*-lock") << QStringLiteral(".X0-lockx") << false;
        QTest::newRow("question") << QStringLiteral("a?c") << QStringLiteral("abc") << true;
        QTest::newRow("question needs one")
            << QStringLiteral("a?c") << QStringLiteral("ac") << false;
        QTest::newRow("set") << QStringLiteral("[abc]x") << QStringLiteral("bx") << true;
        QTest::newRow("range") << QStringLiteral("f[0-9]") << QStringLiteral("f7") << true;
        QTest::newRow("negated set") << QStringLiteral("f[!0-9]") << QStringLiteral("f7") << false;
        QTest::newRow("unterminated set is literal")
            << QStringLiteral("a[b") << QStringLiteral("a[b") << true;
        QTest::newRow("many stars stay linear")
            << QStringLiteral("*a*a*a*a*a*a*b") << QString(200, u'a') << false;
        QTest::newRow("slash is ordinary")
            << QStringLiteral("a*b") << QStringLiteral("a/b") << true;
        QTest::newRow("empty glob") << QString() << QStringLiteral("x") << false;
    }
    void glob()
    {
        QFETCH(QString, glob);
        QFETCH(QString, name);
        QFETCH(bool, match);
        QCOMPARE(PrefixFamilies::globMatch(glob, name), match);
    }

    void userFamilyValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("key");
        QTest::newRow("prefix") << QStringLiteral("myapp-") << true << QStringLiteral("myapp-*");
        QTest::newRow("glob") << QStringLiteral("upload_*.csv") << true
                              << QStringLiteral("upload_*.csv");
        QTest::newRow("set") << QStringLiteral("log[0-9]*") << true << QStringLiteral("log[0-9]*");
        QTest::newRow("negated set with bracket")
            << QStringLiteral("a[!]]*") << true << QStringLiteral("a[!]]*");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << false << QString();
        QTest::newRow("trailing space") << QStringLiteral("myapp- ") << false << QString();
        QTest::newRow("path") << QStringLiteral("cache/myapp-") << false << QString();
        QTest::newRow("unclosed set") << QStringLiteral("log[0-9*") << false << QString();
        QTest::newRow("unclosed negated set") << QStringLiteral("a[!]*") << false << QString();
        QTest::newRow("everything") << QStringLiteral("*") << false << QString();
        QTest::newRow("almost everything") << QStringLiteral("?*") << false << QString();
        QTest::newRow("too long") << QString(256, u'a') << false << QString();
    }

    void userFamilyValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, key);
        const QString error = PrefixFamilies::userFamilyError(text);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(PrefixFamilies::userFamilyKey(text), key);
    }

    void userFamilyKeyIsTheItemsFamily()
    {
        PrefixFamilies families;
        families.addUserFamily(QStringLiteral("myapp-"));
        QCOMPARE(families.keyFor(u"myapp-cache.db"),
                 PrefixFamilies::userFamilyKey(QStringLiteral("myapp-")));
    }
};

QTEST_APPLESS_MAIN(PrefixFamiliesTest)
#include "PrefixFamiliesTest.moc"
