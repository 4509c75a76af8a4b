// The catalogue of known temp files: the shipped file is sound, every entry
// recognises its own examples and no other entry's, the names real programs
// leave get their program, texts reach the translators, user entries merge.

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueTexts.h"
#include "core/inventory/PrefixFamilies.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using tempscope::Catalogue;
using tempscope::CatalogueEntry;

class CatalogueTest : public QObject
{
    Q_OBJECT

    static const CatalogueEntry *linearMatch(const Catalogue &c, QStringView name)
    {
        for (const CatalogueEntry &e : c.entries()) {
            if (e.matches(name))
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void shippedFileParses()
    {
        QFile file(QStringLiteral(TEMPSCOPE_SOURCE_DIR "/resources/catalogue.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto c = Catalogue::fromJson(file.readAll(), &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QVERIFY2(c->entries().size() >= 60, qPrintable(QString::number(c->entries().size())));
        // The compiled-in copy is the same file.
        QCOMPARE(Catalogue::builtin().entries().size(), c->entries().size());
    }

    void entriesAreComplete()
    {
        for (const CatalogueEntry &e : Catalogue::builtin().entries()) {
            QVERIFY2(!e.purpose.isEmpty() && !e.safe.isEmpty() && !e.family.isEmpty(),
                     qPrintable(e.id));
            QVERIFY2(!e.examples.isEmpty(), qPrintable(e.id));
            QVERIFY2(!e.user, qPrintable(e.id));
        }
    }

    void examplesMatchTheirEntryOnly()
    {
        const Catalogue &c = Catalogue::builtin();
        for (const CatalogueEntry &e : c.entries()) {
            for (const QString &example : e.examples) {
                QVERIFY2(e.matches(example), qPrintable(e.id + u' ' + example));
                for (const CatalogueEntry &other : c.entries()) {
                    if (&other != &e)
                        QVERIFY2(!other.matches(example),
                                 qPrintable(other.id + u" also matches " + example));
                }
                // The family the items get covers them.
                QVERIFY2(tempscope::PrefixFamilies::globMatch(e.family, example),
                         qPrintable(e.family + u' ' + example));
            }
        }
    }

    void pidsInNamesAreFound()
    {
        for (const CatalogueEntry &e : Catalogue::builtin().entries()) {
            if (e.pidFrom != CatalogueEntry::PidFrom::Name)
                continue;
            for (const QString &example : e.examples) {
                const auto m = e.pidRegex.match(example);
                QVERIFY2(m.hasMatch(), qPrintable(e.id + u' ' + example));
                bool ok = false;
                QVERIFY2(m.captured(1).toInt(&ok) > 0 && ok, qPrintable(example));
            }
        }
    }

    void realNamesGetTheirProgram_data()
    {
        // The names of PrefixFamiliesTest, as real programs leave them. Names
        // with a prefix the application chose (Python's tempfile with
        // prefix="upload_") say nothing about the program: no entry.
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("program");
        const auto row = [](const char16_t *name, const char *program) {
            QTest::newRow(QString::fromUtf16(name).toUtf8().constData())
                << QString::fromUtf16(name) << QString::fromUtf8(program);
        };
        row(u"tmpab3_x9zq", "Python");
        row(u"tmpqwertyui", "Python");
        row(u"tmpk2j3h4g5.csv", "Python");
        row(u"upload_k2j3h4g5.csv", "");
        row(u"report-7h2k_q9z.pdf", "");
        row(u"k_qun08i", "");
        row(u"ab12cd34.json", "");
        row(u"pytest-of-root", "pytest");
        row(u"pytest-42", "pytest");
        row(u"qt_temp.AbCdEf", "Qt applications");
        row(u"tempscope.XkPqRz", "");
        row(u"qtsingleapp-myapp-2f3a-lockfile", "Qt applications");
        row(u"tmp.Xq3kP9aZ2b", "mktemp (shell scripts)");
        row(u"sh-thd.abc123", "Bash");
        row(u"systemd-private-5f3c2e9a1b7d4c6e8f0a1b2c3d4e5f6a-chronyd.service-Xy7kQz", "systemd");
        row(u".X0-lock", "X11");
        row(u".X11-unix", "X11");
        row(u".ICE-unix", "X11");
        row(u"ssh-XXXXabc123Zq", "OpenSSH");
        row(u"tmux-1000", "tmux");
        row(u"krb5cc_1000", "Kerberos");
        row(u"pulse-PKdhtXMmr18n", "PulseAudio / PipeWire");
        row(u"dbus-Ab3dE5fG7h", "D-Bus");
        row(u".com.google.Chrome.AbCdEf", "Google Chrome");
        row(u".org.chromium.Chromium.xYz123", "Chromium / Electron");
        row(u"scoped_dir12345_67890", "Chromium / chromedriver");
        row(u"Temp-3f2a9b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c", "Firefox");
        row(u"vscode-ipc-3f2a9b7c-1d2e-4f5a-9b8c-7d6e5f4a3b2c.sock", "Visual Studio Code");
        row(u"puppeteer_dev_chrome_profile-AbCdEf", "Puppeteer");
        row(u"playwright-artifacts-Xk3pQz", "Playwright");
        row(u"ccR5yCdu.s", "GCC");
        row(u"cc1a2B3c.o", "GCC");
        row(u"go-build123456789", "Go");
        row(u"rustcAbC123", "Rust");
        row(u"cmake_try_compile_8f3a2", "CMake");
        row(u"hsperfdata_root", "Java");
        row(u"jetty-0_0_0_0-8080-app_war-_-any-1234567890", "Jetty");
        row(u"pip-build-env-k2j3h4g5", "pip");
        row(u"pip-unpack-ab12cd34", "pip");
        row(u"npm-12345-abcdef12", "npm");
        row(u"yarn--1700000000000-0.123456", "Yarn");
        row(u"apt-key-gpghome.AbCdEfGhIj", "APT");
        row(u"v123456", "Vim");
        row(u"emacs1000", "Emacs");
        row(u"lu12345abcd.tmp", "LibreOffice");
        row(u"~DF1A2B3C4D.TMP", "Microsoft Office");
        row(u"etilqs_Ab3dE5fG7h", "SQLite");
        row(u"notes.txt", "");
        row(u"downloads", "");
        row(u"node-v20", "");
    }
    void realNamesGetTheirProgram()
    {
        QFETCH(QString, name);
        QFETCH(QString, program);
        const CatalogueEntry *e = Catalogue::builtin().match(name);
        QCOMPARE(e ? e->program : QString(), program);
    }

    void indexAgreesWithEveryEntry()
    {
        // The first-character index finds what trying every entry in order finds.
        const Catalogue &c = Catalogue::builtin();
        QStringList names;
        for (const CatalogueEntry &e : c.entries())
            names += e.examples;
        names << QStringLiteral("a") << QStringLiteral("uscreens") << QStringLiteral("x.db-wal")
              << QStringLiteral(".hidden") << QStringLiteral("~") << QStringLiteral("Zzz");
        for (const QString &n : std::as_const(names))
            QVERIFY2(c.match(n) == linearMatch(c, n), qPrintable(n));
    }

    void textsAreListedForTranslation()
    {
        // tools/catalogue-texts writes CatalogueTexts.cpp; run it after editing the catalogue.
        QSet<QString> listed;
        for (std::size_t i = 0; i < tempscope::CatalogueTextCount; ++i)
            listed.insert(QString::fromUtf8(tempscope::CatalogueTexts[i]));
        QSet<QString> used;
        for (const CatalogueEntry &e : Catalogue::builtin().entries())
            used << e.purpose << e.safe;
        QCOMPARE(listed, used);
    }

    void userEntriesComeFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalogue.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"entries\": [{\"id\": \"myapp\", \"program\": \"My App\", \"purpose\": "
                "\"Its cache\", \"globs\": [\"myapp-*\"], \"processes\": [\"myapp\"]},"
                "{\"id\": \"mine-too\", \"program\": \"Mine\", \"match\": [\"npm-1-.*\"]}]}");
        f.close();
        QString error;
        const Catalogue c = Catalogue::withUserFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.userCount(), 2);
        QCOMPARE(c.entries().size(), Catalogue::builtin().entries().size() + 2);
        QCOMPARE(c.match(u"myapp-cache")->program, QStringLiteral("My App"));
        QCOMPARE(c.match(u"myapp-cache")->family, QStringLiteral("myapp-*"));
        QVERIFY(c.match(u"myapp-cache")->user);
        // The user's entry wins over the built-in npm entry.
        QCOMPARE(c.match(u"npm-1-abcdef12")->program, QStringLiteral("Mine"));
        QCOMPARE(c.match(u"npm-2-abcdef12")->program, QStringLiteral("npm"));
        // User texts are shown as written.
        QCOMPARE(c.match(u"myapp-x")->purposeText(), QStringLiteral("Its cache"));
    }

    void missingUserFileIsNoError()
    {
        QString error;
        const Catalogue c =
            Catalogue::withUserFile(QStringLiteral("/nonexistent/catalogue.json"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(c.entries().size(), Catalogue::builtin().entries().size());
    }

    void badUserFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{entries") << QStringLiteral("not valid JSON");
        QTest::newRow("no list") << QByteArray("{}") << QStringLiteral("\"entries\"");
        QTest::newRow("no id") << QByteArray(
                                      "{\"entries\":[{\"program\":\"x\",\"globs\":[\"a*\"]}]}")
                               << QStringLiteral("entry 1");
        QTest::newRow("no pattern")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\"}]}")
            << QStringLiteral("\"match\"");
        QTest::newRow("bad regex")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\",\"match\":[\"(a\"]}]}")
            << QStringLiteral("bad regular expression");
        QTest::newRow("match-all glob")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\",\"globs\":[\"*\"]}]}")
            << QStringLiteral("glob \"*\"");
        QTest::newRow("twice")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\",\"globs\":[\"a*\"]},"
                          "{\"id\":\"a\",\"program\":\"y\",\"globs\":[\"b*\"]}]}")
            << QStringLiteral("entry 2 (a): the id is used twice");
        QTest::newRow("pid without group")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\",\"globs\":[\"a*\"],"
                          "\"pid\":{\"from\":\"name\",\"regex\":\"\\\\d+\"}}]}")
            << QStringLiteral("captures the pid");
        QTest::newRow("pid from nowhere")
            << QByteArray("{\"entries\":[{\"id\":\"a\",\"program\":\"x\",\"globs\":[\"a*\"],"
                          "\"pid\":{\"from\":\"moon\",\"regex\":\"(\\\\d+)\"}}]}")
            << QStringLiteral("\"from\"");
    }
    void badUserFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalogue.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QString error;
        const Catalogue c = Catalogue::withUserFile(path, &error);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        // Nothing lost: the built-in entries are all there.
        QCOMPARE(c.entries().size(), Catalogue::builtin().entries().size());
    }
};

QTEST_APPLESS_MAIN(CatalogueTest)
#include "CatalogueTest.moc"
