// Cleanup rules as tmpfiles.d lines: age-by specifiers, path escaping, the
// x lines for what is kept, and the warnings for what cannot be expressed.
// (tests/cli/TmpfilesDifferentialTest.cpp runs the result through
// systemd-tmpfiles.)

#include "core/export/TmpfilesExport.h"
#include "core/inventory/PathText.h"

#include <QtTest>

using namespace tempscope;
using namespace std::chrono_literals;

namespace {

QStringList policyLines(const TmpfilesExport &e)
{
    QStringList out;
    for (const QString &l : e.text.split(u'\n')) {
        if (!l.isEmpty() && !l.startsWith(u'#'))
            out << l;
    }
    return out;
}

bool warned(const TmpfilesExport &e, const char *word)
{
    for (const QString &w : e.warnings) {
        if (w.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

CleanupRule perFileRule()
{
    CleanupRule r;
    r.olderThan = 7 * 24h;
    r.basis = AgeBasis::Mtime;
    r.unit = CleanupUnit::PerFile;
    r.includeOthers = true;
    r.builtinProtection = false;
    return r;
}

} // namespace

class TmpfilesExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void age_data()
    {
        QTest::addColumn<AgeBasis>("basis");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("age");
        QTest::addRow("mtime 7d") << AgeBasis::Mtime << qint64(7 * 86400)
                                  << QStringLiteral("mM:7d");
        QTest::addRow("mtime 8d") << AgeBasis::Mtime << qint64(8 * 86400)
                                  << QStringLiteral("mM:8d");
        QTest::addRow("atime 36h")
            << AgeBasis::Atime << qint64(36 * 3600) << QStringLiteral("aA:36h");
        QTest::addRow("ctime 15min")
            << AgeBasis::Ctime << qint64(900) << QStringLiteral("cC:15min");
        QTest::addRow("newest 90s") << AgeBasis::Newest << qint64(90) << QStringLiteral("acmM:90s");
        QTest::addRow("newest 1d1s")
            << AgeBasis::Newest << qint64(86401) << QStringLiteral("acmM:86401s");
    }

    void age()
    {
        QFETCH(AgeBasis, basis);
        QFETCH(qint64, seconds);
        QFETCH(QString, age);
        QCOMPARE(tmpfilesAge(basis, std::chrono::seconds(seconds)), age);
    }

    void pathEscaping_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << QStringLiteral("/tmp/x") << QString() << QStringLiteral("/tmp/x");
        QTest::addRow("glob") << QStringLiteral("/tmp") << QStringLiteral("up*")
                              << QStringLiteral("/tmp/up*");
        QTest::addRow("root with /")
            << QStringLiteral("/") << QStringLiteral("x") << QStringLiteral("/x");
        QTest::addRow("space") << QStringLiteral("/tmp/a b") << QString()
                               << QStringLiteral("\"/tmp/a b\"");
        QTest::addRow("specifier")
            << QStringLiteral("/tmp/100%") << QString() << QStringLiteral("/tmp/100%%");
        QTest::addRow("backslash")
            << QStringLiteral("/tmp/a\\b") << QString() << QStringLiteral("/tmp/a\\\\\\\\b");
        QTest::addRow("glob chars in root") << QStringLiteral("/tmp/[x]*") << QStringLiteral("y?")
                                            << QStringLiteral("/tmp/\\\\[x\\\\]\\\\*/y?");
        QTest::addRow("quotes") << QStringLiteral("/tmp/\"'") << QString()
                                << QStringLiteral("\"/tmp/\\\"'\"");
        QTest::addRow("utf-8") << QStringLiteral("/tmp/caf\u00e9") << QString()
                               << QStringLiteral("/tmp/caf\u00e9");
        // The raw byte stays a raw byte (U+DCFF in lossless text).
        QTest::addRow("raw byte") << pathText(native::NativeStringView("/tmp/\xff", 6)) << QString()
                                  << pathText(native::NativeStringView("/tmp/\xff", 6));
    }

    void pathEscaping()
    {
        QFETCH(QString, root);
        QFETCH(QString, glob);
        QFETCH(QString, field);
        QCOMPARE(tmpfilesPath(root, glob).value_or(QStringLiteral("<left out>")), field);
    }

    void controlCharactersAreLeftOut()
    {
        QVERIFY(!tmpfilesPath(QStringLiteral("/tmp/a\nb")).has_value());
        const TmpfilesExport e = exportTmpfiles({perFileRule()}, {QStringLiteral("/tmp/a\nb")});
        QVERIFY(policyLines(e).isEmpty());
        QVERIFY(warned(e, "control characters"));
    }

    void perFileRuleIsExact()
    {
        const TmpfilesExport e = exportTmpfiles({perFileRule()}, {QStringLiteral("/srv/scratch")});
        QCOMPARE(policyLines(e), QStringList{QStringLiteral("e /srv/scratch - - - mM:7d")});
        // Only what no rule can change is left: files in use.
        QCOMPARE(e.warnings.size(), 1);
        QVERIFY(warned(e, "in use"));
        QVERIFY(e.text.contains(QStringLiteral("#  - ") + e.warnings.constFirst()));
    }

    void everyRootGetsItsLines()
    {
        CleanupRule r = perFileRule();
        r.roots = {QStringLiteral("/a"), QStringLiteral("/c")};
        const TmpfilesExport e =
            exportTmpfiles({r}, {QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")});
        QCOMPARE(policyLines(e), (QStringList{QStringLiteral("e /a - - - mM:7d"),
                                              QStringLiteral("e /c - - - mM:7d")}));
    }

    void keptEntriesBecomeXLines()
    {
        CleanupRule r = perFileRule();
        r.builtinProtection = true;
        r.excludes = {QStringLiteral("cache/*.lock")};
        r.protects = {QStringLiteral("keep-me")};
        const TmpfilesExport e = exportTmpfiles({r}, {QStringLiteral("/tmp")});
        const QStringList lines = policyLines(e);
        QCOMPARE(lines.constFirst(), QStringLiteral("e /tmp - - - mM:7d"));
        QVERIFY(lines.contains(QStringLiteral("x /tmp/systemd-private-*")));
        QVERIFY(lines.contains(QStringLiteral("x /tmp/.X11-unix")));
        QVERIFY(lines.contains(QStringLiteral("x /tmp/cache/*.lock")));
        QVERIFY(lines.contains(QStringLiteral("x /tmp/keep-me")));
        // "keep-me" is kept at any depth by Tempscope, at the top only here.
        QVERIFY(warned(e, "any depth"));
    }

    void slashPatternsAndBuiltinsNeedNoDepthWarning()
    {
        CleanupRule r = perFileRule();
        r.builtinProtection = true;
        r.excludes = {QStringLiteral("cache/x")};
        QVERIFY(!warned(exportTmpfiles({r}, {QStringLiteral("/tmp")}), "any depth"));
    }

    void whatCannotBeExpressedIsWarned()
    {
        CleanupRule r;
        r.olderThan = 24h;
        r.includes = {QStringLiteral("upload_"), QStringLiteral("*.part")};
        r.action = CleanupAction::Trash;
        const TmpfilesExport e = exportTmpfiles({r}, {QStringLiteral("/tmp")});
        QVERIFY(warned(e, "Whole items"));
        QVERIFY(warned(e, "Includes"));
        QVERIFY(warned(e, "Other users"));
        QVERIFY(warned(e, "Trash"));
        QVERIFY(warned(e, "wildcard"));
        const QStringList lines = policyLines(e);
        QVERIFY(lines.contains(QStringLiteral("e /tmp/upload_* - - - acmM:1d")));
        QVERIFY(lines.contains(QStringLiteral("e /tmp/*.part - - - acmM:1d")));
        QVERIFY(!lines.contains(
            QStringLiteral("e /tmp - - - acmM:1d"))); // never wider than the includes
        for (const QString &w : e.warnings)
            QVERIFY2(e.text.contains(w), qPrintable(w));
    }

    void secondRuleForARootIsWarned()
    {
        CleanupRule a = perFileRule();
        CleanupRule b = perFileRule();
        b.olderThan = 24h;
        QVERIFY(warned(exportTmpfiles({a, b}, {QStringLiteral("/tmp")}), "Several rules"));
    }
};

QTEST_GUILESS_MAIN(TmpfilesExportTest)
#include "TmpfilesExportTest.moc"
