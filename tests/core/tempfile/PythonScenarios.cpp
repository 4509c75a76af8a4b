#include "PythonScenarios.h"

#include "TempfileTestSupport.h"

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::tempfile::test {

namespace {

QString octal(int mode)
{
    return u"0o" + QString::number(mode, 8);
}

QJsonArray listingJson(const QString &dir)
{
    return QJsonArray::fromStringList(listing(dir));
}

bool isEmptyDir(const QString &dir)
{
    return listing(dir).isEmpty();
}

QString errorName(const std::function<void()> &call)
{
    try {
        call();
    } catch (const TempFileError &error) {
        return error.pythonName();
    }
    return QStringLiteral("none");
}

} // namespace

QList<PythonScenario> pythonScenarios()
{
    QList<PythonScenario> list;

    list.append({QStringLiteral("mkstemp"), QStringLiteral(R"(
    fd, p = tempfile.mkstemp(dir=d)
    out['visible'] = os.path.basename(p) in listing()
    out['mode'] = mode(p)
    out['absolute'] = isabs(p)
    out['name'] = bool(re.fullmatch(r'tmp[a-z0-9_]{8}', os.path.basename(p)))
    os.close(fd)
    out['survives_close'] = os.path.exists(p)
)"),
                 [](const QString &d) {
                     const MkstempResult f = mkstemp({.dir = d});
                     QJsonObject o;
                     o[u"visible"] = listing(d).contains(QFileInfo(f.path).fileName());
                     o[u"mode"] = octal(mode(f.path));
                     o[u"absolute"] = QFileInfo(f.path).isAbsolute();
                     o[u"name"] = QRegularExpression(QStringLiteral("^tmp[a-z0-9_]{8}$"))
                                      .match(QFileInfo(f.path).fileName())
                                      .hasMatch();
                     ::close(f.fd);
                     o[u"survives_close"] = QFileInfo::exists(f.path);
                     return o;
                 }});

    list.append({QStringLiteral("mkstemp under umask 0o277, prefix/suffix, dir='.'"),
                 QStringLiteral(R"(
    old = os.umask(0o277)
    cwd = os.getcwd(); os.chdir(d)
    try:
        fd, p = tempfile.mkstemp(prefix='upload_', suffix='.csv', dir='.')
    finally:
        os.umask(old); os.chdir(cwd)
    os.close(fd)
    out['mode'] = mode(p)
    out['absolute'] = isabs(p)
    out['name'] = bool(re.fullmatch(r'upload_[a-z0-9_]{8}\.csv', os.path.basename(p)))
)"),
                 [](const QString &d) {
                     const mode_t old = ::umask(0277);
                     const QString cwd = QDir::currentPath();
                     QDir::setCurrent(d);
                     const MkstempResult f = mkstemp({.suffix = QStringLiteral(".csv"),
                                                      .prefix = QStringLiteral("upload_"),
                                                      .dir = QStringLiteral(".")});
                     ::umask(old);
                     QDir::setCurrent(cwd);
                     ::close(f.fd);
                     QJsonObject o;
                     o[u"mode"] = octal(mode(f.path));
                     o[u"absolute"] = QFileInfo(f.path).isAbsolute();
                     o[u"name"] = QRegularExpression(QStringLiteral("^upload_[a-z0-9_]{8}\\.csv$"))
                                      .match(QFileInfo(f.path).fileName())
                                      .hasMatch();
                     return o;
                 }});

    list.append({QStringLiteral("mkdtemp"), QStringLiteral(R"(
    p = tempfile.mkdtemp(dir=d)
    out['visible'] = os.path.basename(p) in listing()
    out['mode'] = mode(p)
    out['is_dir'] = os.path.isdir(p)
    out['absolute'] = isabs(p)
)"),
                 [](const QString &d) {
                     const QString p = mkdtemp({.dir = d});
                     QJsonObject o;
                     o[u"visible"] = listing(d).contains(QFileInfo(p).fileName());
                     o[u"mode"] = octal(mode(p));
                     o[u"is_dir"] = QFileInfo(p).isDir();
                     o[u"absolute"] = QFileInfo(p).isAbsolute();
                     return o;
                 }});

    list.append({QStringLiteral("mkstemp/mkdtemp collisions and TMP_MAX"), QStringLiteral(R"(
    os.mkdir(os.path.join(d, 'aaa'))
    tempfile._get_candidate_names = lambda: iter(['aaa', 'bbb'])  # test_tempfile's mock
    fd, p = tempfile.mkstemp(prefix='', dir=d); os.close(fd)
    out['file_after_dir_collision'] = os.path.basename(p)
    asked = [0]
    def taken():
        while True:
            asked[0] += 1
            yield 'aaa'
    tempfile._get_candidate_names = taken
    try:
        tempfile.mkstemp(prefix='', dir=d); out['error'] = 'none'
    except OSError as e:
        out['error'] = type(e).__name__
    out['names_tried'] = asked[0]
    out['listing'] = listing()
)"),
                 [](const QString &d) {
                     QDir(d).mkdir(QStringLiteral("aaa"));
                     QJsonObject o;
                     const MkstempResult f = mkstemp(
                         {.prefix = QString(),
                          .dir = d,
                          .names = fixedNames({QStringLiteral("aaa"), QStringLiteral("bbb")})});
                     ::close(f.fd);
                     o[u"file_after_dir_collision"] = QFileInfo(f.path).fileName();
                     int asked = 0;
                     o[u"error"] = errorName([&] {
                         mkstemp({.prefix = QString(), .dir = d, .names = [&asked] {
                                      ++asked;
                                      return QStringLiteral("aaa");
                                  }});
                     });
                     o[u"names_tried"] = asked;
                     o[u"listing"] = listingJson(d);
                     return o;
                 }});

    list.append(
        {QStringLiteral("bad directories"), QStringLiteral(R"(
    open(os.path.join(d, 'afile'), 'w').close()
    for key, bad in (('missing', os.path.join(d, 'missing')), ('file', os.path.join(d, 'afile'))):
        for what, make in (('mkstemp', lambda: tempfile.mkstemp(dir=bad)),
                           ('mkdtemp', lambda: tempfile.mkdtemp(dir=bad)),
                           ('NamedTemporaryFile', lambda: tempfile.NamedTemporaryFile(dir=bad)),
                           ('TemporaryFile', lambda: tempfile.TemporaryFile(dir=bad))):
            try:
                make(); out[key + ' ' + what] = 'none'
            except OSError as e:
                out[key + ' ' + what] = type(e).__name__
)"),
         [](const QString &d) {
             QFile(d + u"/afile").open(QIODevice::WriteOnly);
             QJsonObject o;
             for (const QString &key : {QStringLiteral("missing"), QStringLiteral("file")}) {
                 const QString bad = d + u'/' + (key == u"file" ? u"afile" : u"missing");
                 o[key + u" mkstemp"] = errorName([&] { mkstemp({.dir = bad}); });
                 o[key + u" mkdtemp"] = errorName([&] { mkdtemp({.dir = bad}); });
                 o[key + u" NamedTemporaryFile"] =
                     errorName([&] { NamedTemporaryFile f({.dir = bad}); });
                 o[key + u" TemporaryFile"] = errorName([&] { TemporaryFile f({.dir = bad}); });
             }
             return o;
         }});

    list.append({QStringLiteral("TemporaryFile"), QStringLiteral(R"(
    with tempfile.TemporaryFile(dir=d) as f:
        f.write(b'blat')
        out['visible_while_open'] = len(listing()) > 0
        out['name_is_fd'] = f.name == f.fileno()
        out['mode'] = oct(stat.S_IMODE(os.fstat(f.fileno()).st_mode))
    out['listing_after'] = listing()
)"),
                 [](const QString &d) {
                     QJsonObject o;
                     {
                         TemporaryFile f({.dir = d});
                         f.write("blat");
                         o[u"visible_while_open"] = !isEmptyDir(d);
                         o[u"name_is_fd"] = f.name() == QString::number(f.fileno());
                         struct stat st;
                         ::fstat(f.fileno(), &st);
                         o[u"mode"] = octal(int(st.st_mode & 07777));
                     }
                     o[u"listing_after"] = listingJson(d);
                     return o;
                 }});

    const auto namedCpp = [](bool autoDelete, bool deleteOnClose) {
        return [autoDelete, deleteOnClose](const QString &d) {
            QJsonObject o;
            QString p;
            {
                NamedTemporaryFile f(
                    {.dir = d, .autoDelete = autoDelete, .deleteOnClose = deleteOnClose});
                p = f.name();
                f.write("blat");
                o[u"visible_while_open"] = listing(d).contains(QFileInfo(p).fileName());
                o[u"mode"] = octal(mode(p));
                f.close();
                o[u"survives_close"] = QFileInfo::exists(p);
            }
            o[u"survives_exit"] = QFileInfo::exists(p);
            return o;
        };
    };
    const QString namedPython = QStringLiteral(R"(
    with tempfile.NamedTemporaryFile(dir=d%1) as f:
        p = f.name
        f.write(b'blat')
        out['visible_while_open'] = os.path.basename(p) in listing()
        out['mode'] = mode(p)
        f.close()
        out['survives_close'] = os.path.exists(p)
    out['survives_exit'] = os.path.exists(p)
)");
    list.append(
        {QStringLiteral("NamedTemporaryFile()"), namedPython.arg(QString()), namedCpp(true, true)});
    list.append({QStringLiteral("NamedTemporaryFile(delete=False)"),
                 namedPython.arg(QStringLiteral(", delete=False")), namedCpp(false, true)});
    list.append({QStringLiteral("NamedTemporaryFile(delete_on_close=False)"),
                 namedPython.arg(QStringLiteral(", delete_on_close=False")), namedCpp(true, false),
                 12});

    list.append({QStringLiteral("NamedTemporaryFile: closed 3 times"), QStringLiteral(R"(
    f = tempfile.NamedTemporaryFile(dir=d)
    f.close(); f.close(); f.close()
    out['closed'] = f.closed
    out['listing'] = listing()
)"),
                 [](const QString &d) {
                     NamedTemporaryFile f({.dir = d});
                     f.close();
                     f.close();
                     f.close();
                     QJsonObject o;
                     o[u"closed"] = f.isClosed();
                     o[u"listing"] = listingJson(d);
                     return o;
                 }});

    list.append({QStringLiteral("NamedTemporaryFile: removed by hand inside with"),
                 QStringLiteral(R"(
    try:
        with tempfile.NamedTemporaryFile(dir=d, delete_on_close=False) as f:
            os.unlink(f.name)
        out['error'] = 'none'
    except OSError as e:
        out['error'] = type(e).__name__
)"),
                 [](const QString &d) {
                     QJsonObject o;
                     o[u"error"] = errorName([&] {
                         NamedTemporaryFile f({.dir = d, .deleteOnClose = false});
                         QFile::remove(f.name());
                         f.cleanup();
                     });
                     return o;
                 },
                 12});

    appendSpooledScenarios(list);

    list.append({QStringLiteral("TemporaryDirectory with a symlink out and 0o000 subdirectory"),
                 QStringLiteral(R"(
    target = os.path.join(d, 'target'); os.mkdir(target)
    open(os.path.join(target, 'keep.txt'), 'w').close()
    os.chmod(target, 0o500)
    with tempfile.TemporaryDirectory(dir=d) as t:
        out['visible'] = os.path.basename(t) in listing()
        out['mode'] = mode(t)
        os.symlink(target, os.path.join(t, 'link'))
        os.mkdir(os.path.join(t, 'sub'))
        open(os.path.join(t, 'sub', 'f'), 'w').close()
        os.chmod(os.path.join(t, 'sub'), 0o000)
    out['exists_after'] = os.path.exists(t)
    out['target'] = sorted(os.listdir(target))
    out['target_mode'] = mode(target)
    os.chmod(target, 0o700)
    out['listing_after'] = listing()
)"),
                 [](const QString &d) {
                     const QString target = d + u"/target";
                     QDir().mkdir(target);
                     QFile(target + u"/keep.txt").open(QIODevice::WriteOnly);
                     ::chmod(QFile::encodeName(target).constData(), 0500);
                     QJsonObject o;
                     QString t;
                     {
                         TemporaryDirectory tmp({.dir = d});
                         t = tmp.path();
                         o[u"visible"] = listing(d).contains(QFileInfo(t).fileName());
                         o[u"mode"] = octal(mode(t));
                         QFile::link(target, t + u"/link");
                         QDir().mkdir(t + u"/sub");
                         QFile(t + u"/sub/f").open(QIODevice::WriteOnly);
                         ::chmod(QFile::encodeName(t + u"/sub").constData(), 0);
                     }
                     o[u"exists_after"] = QFileInfo::exists(t);
                     o[u"target"] = listingJson(target);
                     o[u"target_mode"] = octal(mode(target));
                     ::chmod(QFile::encodeName(target).constData(), 0700);
                     o[u"listing_after"] = listingJson(d);
                     return o;
                 }});

    list.append({QStringLiteral("os.TMP_MAX and gettempprefix()"), QStringLiteral(R"(
    out['TMP_MAX'] = os.TMP_MAX
    out['prefix'] = tempfile.gettempprefix()
)"),
                 [](const QString &) {
                     QJsonObject o;
                     o[u"TMP_MAX"] = kTmpMax;
                     o[u"prefix"] = gettempprefix();
                     return o;
                 }});
    return list;
}

} // namespace tempscope::tempfile::test
