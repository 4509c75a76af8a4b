// The SpooledTemporaryFile scenarios of PythonComparisonTest: rolled over or
// not after each write, seek, truncate and fileno(), as Python's _rolled says.

#include "PythonScenarios.h"

#include "core/tempfile/SpooledTemporaryFile.h"

#include <QDir>
#include <QJsonArray>

#include <sys/stat.h>

namespace tempscope::tempfile::test {

namespace {

bool isEmptyDir(const QString &dir)
{
    return QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QJsonArray rolledAfterWrites(qint64 maxSize, const QList<int> &writes, const QString &dir)
{
    SpooledTemporaryFile spool({.maxSize = maxSize, .dir = dir});
    QJsonArray rolled;
    for (int size : writes) {
        spool.write(QByteArray(size, 'x'));
        rolled.append(spool.isRolled());
    }
    return rolled;
}

} // namespace

void appendSpooledScenarios(QList<PythonScenario> &list)
{
    list.append({QStringLiteral("SpooledTemporaryFile(30): writes 20, 10, 1"), QStringLiteral(R"(
    f = tempfile.SpooledTemporaryFile(max_size=30, dir=d)
    out['rolled'] = []
    for n in (20, 10, 1):
        f.write(b'x' * n); out['rolled'].append(f._rolled)
    out['visible'] = len(listing()) > 0
)"),
                 [](const QString &d) {
                     QJsonObject o;
                     SpooledTemporaryFile spool({.maxSize = 30, .dir = d});
                     QJsonArray rolled;
                     for (int n : {20, 10, 1}) {
                         spool.write(QByteArray(n, 'x'));
                         rolled.append(spool.isRolled());
                     }
                     o[u"rolled"] = rolled;
                     o[u"visible"] = !isEmptyDir(d);
                     return o;
                 }});

    list.append({QStringLiteral("SpooledTemporaryFile(30): 31 at once; 29+1+0+1"),
                 QStringLiteral(R"(
    out['rolled'] = []
    for writes in ((31,), (29, 1, 0, 1)):
        f = tempfile.SpooledTemporaryFile(max_size=30, dir=d)
        for n in writes:
            f.write(b'x' * n); out['rolled'].append(f._rolled)
)"),
                 [](const QString &d) {
                     QJsonArray rolled;
                     for (const QList<int> &writes : {QList<int>{31}, QList<int>{29, 1, 0, 1}}) {
                         for (const auto &value : rolledAfterWrites(30, writes, d))
                             rolled.append(value);
                     }
                     QJsonObject o;
                     o[u"rolled"] = rolled;
                     return o;
                 }});

    list.append({QStringLiteral("SpooledTemporaryFile(30): seek(100), write 1"), QStringLiteral(R"(
    f = tempfile.SpooledTemporaryFile(max_size=30, dir=d)
    f.seek(100); out['rolled_after_seek'] = f._rolled
    f.write(b'x'); out['rolled_after_write'] = f._rolled
    out['size'] = os.fstat(f.fileno()).st_size
    out['position'] = f.tell()
)"),
                 [](const QString &d) {
                     SpooledTemporaryFile spool({.maxSize = 30, .dir = d});
                     QJsonObject o;
                     spool.seek(100);
                     o[u"rolled_after_seek"] = spool.isRolled();
                     spool.write("x");
                     o[u"rolled_after_write"] = spool.isRolled();
                     struct stat st;
                     ::fstat(spool.fileno(), &st);
                     o[u"size"] = qint64(st.st_size);
                     o[u"position"] = spool.pos();
                     return o;
                 }});

    list.append({QStringLiteral("SpooledTemporaryFile: fileno(), truncate, max_size=0"),
                 QStringLiteral(R"(
    f = tempfile.SpooledTemporaryFile(max_size=30, dir=d)
    f.fileno(); out['fileno_rolls'] = f._rolled
    f = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
    f.write(b'abcdefg\n'); f.truncate(4); out['truncate_4'] = f._rolled
    f.truncate(20); out['truncate_20'] = f._rolled
    out['size_after_20'] = os.fstat(f.fileno()).st_size
    f = tempfile.SpooledTemporaryFile(dir=d)
    f.write(b'y' * 1048576); out['max0_1MiB'] = f._rolled
    f.truncate(5); out['max0_truncate_5'] = f._rolled
    f = tempfile.SpooledTemporaryFile(max_size=30, dir=d)
    f.write(b'a' * 25); f.seek(10); f.rollover(); out['position_kept'] = f.tell()
)"),
                 [](const QString &d) {
                     QJsonObject o;
                     {
                         SpooledTemporaryFile f({.maxSize = 30, .dir = d});
                         f.fileno();
                         o[u"fileno_rolls"] = f.isRolled();
                     }
                     {
                         SpooledTemporaryFile f({.maxSize = 10, .dir = d});
                         f.write("abcdefg\n");
                         f.truncate(4);
                         o[u"truncate_4"] = f.isRolled();
                         f.truncate(20);
                         o[u"truncate_20"] = f.isRolled();
                         struct stat st;
                         ::fstat(f.fileno(), &st);
                         o[u"size_after_20"] = qint64(st.st_size);
                     }
                     {
                         SpooledTemporaryFile f({.dir = d});
                         f.write(QByteArray(1048576, 'y'));
                         o[u"max0_1MiB"] = f.isRolled();
                         f.truncate(5);
                         o[u"max0_truncate_5"] = f.isRolled();
                     }
                     {
                         SpooledTemporaryFile f({.maxSize = 30, .dir = d});
                         f.write(QByteArray(25, 'a'));
                         f.seek(10);
                         f.rollover();
                         o[u"position_kept"] = f.pos();
                     }
                     return o;
                 }});
}

} // namespace tempscope::tempfile::test
