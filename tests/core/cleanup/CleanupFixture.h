#pragma once
// Real trees for cleanup tests: files and directories with chosen ages,
// scanned into an Inventory the way tempscope-cli does it.

#include "core/cleanup/CleanupPlan.h"
#include "core/cleanup/CleanupReport.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::test {

constexpr qint64 Day = 86400;

// Sets atime and mtime to `age` seconds ago (ctime is always now).
inline bool setAge(const QString &path, qint64 age)
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - age;
    const struct timespec times[2] = {{t, 0}, {t, 0}};
    return ::utimensat(AT_FDCWD, nativePath(path).c_str(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

inline bool makeFile(const QString &path, qint64 age, int size = 10)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray(size, 'x'));
    f.close();
    return setAge(path, age);
}

inline bool makeDir(const QString &path, qint64 age)
{
    return QDir().mkpath(path) && setAge(path, age);
}

inline std::shared_ptr<const Inventory> scanRoot(const QString &root)
{
    native::ScanResult r = native::scan(nativePath(root));
    if (!r.ok())
        return {};
    auto tree = std::make_shared<const native::ScanTree>(std::move(r.tree));
    return std::make_shared<const Inventory>(tree, PrefixFamilies());
}

inline bool exists(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(nativePath(path).c_str(), &st) == 0;
}

// The report line for one path, or null.
inline const CleanupResult *resultFor(const CleanupReport &report, const QString &path)
{
    for (const CleanupResult &r : report.results) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

// A plan for everything older than a week (by mtime) below `root`, with one rule.
inline std::shared_ptr<CleanupPlan> stalePlan(const QString &root,
                                              CleanupUnit unit = CleanupUnit::Item,
                                              CleanupAction action = CleanupAction::Delete)
{
    CleanupRule rule;
    rule.olderThan = std::chrono::days(7);
    rule.basis = AgeBasis::Mtime;
    rule.unit = unit;
    rule.action = action;
    CleanupPlan::Context ctx;
    ctx.now = Inventory::nowNs();
    ctx.uid = ::geteuid();
    auto plan = std::make_shared<CleanupPlan>(QList<CleanupRule>{rule}, ctx);
    const auto inv = scanRoot(root);
    if (inv)
        plan->addRoot(*inv);
    return plan;
}

} // namespace tempscope::test
