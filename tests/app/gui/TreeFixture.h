#pragma once
// A small temp tree with known names, sizes and ages for the GUI tests, and
// a helper that scans it into an Inventory the way the app does.

#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <ctime>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>

namespace tempscope::gui::test {

inline constexpr qint64 Day = 24 * 3600;

class TreeFixture
{
public:
    TreeFixture() { QVERIFY2(m_dir.isValid(), "cannot create a temporary directory"); }

    QString root() const { return QDir(m_dir.path()).canonicalPath(); }

    // The helpers report a failure to the caller as well (false): the test
    // stops at the first one, `QVERIFY(tree.makeStandard())`.

    // A file of `bytes` whose access and modification times are `ageSeconds` ago.
    [[nodiscard]] bool file(const QString &relative, qint64 bytes, qint64 ageSeconds)
    {
        writeFile(root() + u'/' + relative, bytes);
        if (QTest::currentTestFailed())
            return false;
        setAge(root() + u'/' + relative, ageSeconds);
        return !QTest::currentTestFailed();
    }

    // A directory with `files` files of 100 bytes, everything `ageSeconds` old.
    [[nodiscard]] bool directory(const QString &name, int files, qint64 ageSeconds)
    {
        if (!QDir(root()).mkdir(name)) {
            QTest::qFail(qPrintable(QStringLiteral("cannot make the directory ") + name), __FILE__,
                         __LINE__);
            return false;
        }
        for (int i = 0; i < files; ++i) {
            if (!file(name + QStringLiteral("/f%1").arg(i), 100, ageSeconds))
                return false;
        }
        setAge(root() + u'/' + name, ageSeconds);
        return !QTest::currentTestFailed();
    }

    // The standard tree: 3 upload_*.csv (two of them 30 days old), 2 tmp*
    // directories (one old), and a fresh report.pdf. Six items.
    [[nodiscard]] bool makeStandard()
    {
        return file(QStringLiteral("upload_k2j3h4g5.csv"), 5000, 30 * Day) &&
               file(QStringLiteral("upload_a8b7c6d5.csv"), 7000, 30 * Day) &&
               file(QStringLiteral("upload_zz91qq02.csv"), 1000, 3600) &&
               directory(QStringLiteral("tmpab3_x9zq"), 4, 40 * Day) &&
               directory(QStringLiteral("tmpq8w7e6r5"), 2, 60) &&
               file(QStringLiteral("report.pdf"), 200000, 600);
    }

    // userFamilies: prefixes or globs the user tracks.
    std::shared_ptr<const Inventory> scan(const QStringList &userFamilies = {}) const
    {
        native::ScanResult r = native::scan(nativePath(root()));
        auto tree = std::make_shared<const native::ScanTree>(std::move(r.tree));
        PrefixFamilies families;
        for (const QString &f : userFamilies)
            families.addUserFamily(f);
        return std::make_shared<const Inventory>(std::move(tree), families);
    }

private:
    static void writeFile(const QString &path, qint64 bytes)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        QVERIFY2(f.resize(bytes), qPrintable(path));
    }

    // Access and modification time; works on directories too (QFile cannot open those).
    static void setAge(const QString &path, qint64 ageSeconds)
    {
        const timespec when{std::time(nullptr) - ageSeconds, 0};
        const timespec times[2] = {when, when};
        QVERIFY2(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times,
                             AT_SYMLINK_NOFOLLOW) == 0,
                 qPrintable(path));
    }

    QTemporaryDir m_dir;
};

} // namespace tempscope::gui::test
