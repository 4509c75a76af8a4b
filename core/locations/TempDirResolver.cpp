#include "core/locations/TempDirResolver.h"

#include "core/inventory/PathText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <iterator>
#include <system_error>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tempscope {

namespace {

// Python: tempfile._RandomNameSequence, 8 characters of this alphabet.
QString randomName()
{
    static constexpr char16_t Alphabet[] = u"abcdefghijklmnopqrstuvwxyz0123456789_";
    constexpr int AlphabetSize = int(std::size(Alphabet)) - 1;
    QString name(8, Qt::Uninitialized);
    for (QChar &c : name)
        c = QChar(Alphabet[QRandomGenerator::global()->bounded(AlphabetSize)]);
    return name;
}

QString systemMessage(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

// A short reason a person understands, with the system's own text beside it.
QString errorReason(int error, const char *what = nullptr)
{
    QString plain;
    switch (error) {
    case ENOENT:
        plain = QCoreApplication::translate("TempDirResolver", "does not exist");
        break;
    case ENOTDIR:
        plain = QCoreApplication::translate("TempDirResolver", "not a directory");
        break;
    case EACCES:
    case EPERM:
        plain = QCoreApplication::translate("TempDirResolver", "permission denied");
        break;
    case EROFS:
        plain = QCoreApplication::translate("TempDirResolver", "read-only file system");
        break;
    case ENOSPC:
        plain = QCoreApplication::translate("TempDirResolver", "no space left on the device");
        break;
#ifdef EDQUOT
    case EDQUOT:
        plain = QCoreApplication::translate("TempDirResolver", "disk quota exceeded");
        break;
#endif
    case ELOOP:
        plain = QCoreApplication::translate("TempDirResolver", "too many levels of symbolic links");
        break;
    case ENAMETOOLONG:
        plain = QCoreApplication::translate("TempDirResolver", "path too long");
        break;
    default:
        plain = QCoreApplication::translate("TempDirResolver", "cannot create a file there");
        break;
    }
    const QString system = systemMessage(error);
    if (plain.compare(system, Qt::CaseInsensitive) != 0)
        plain = QStringLiteral("%1 (%2)").arg(plain, system);
    if (what)
        plain = QCoreApplication::translate("TempDirResolver", what).arg(plain);
    return plain;
}

enum class Attempt { Usable, NameTaken, Failed };

Attempt tryName(const QString &directory, int *error, const char **what)
{
    // os.path.join: no separator added after one that is already there.
    QString file = directory;
    if (!file.endsWith(u'/') && !file.endsWith(QDir::separator()))
        file += QDir::separator();
    file += randomName();
    *what = nullptr;
#ifdef Q_OS_WIN
    const std::wstring path = file.toStdWString();
    const int fd = ::_wopen(path.c_str(), _O_RDWR | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT,
                            _S_IREAD | _S_IWRITE);
    if (fd < 0) {
        *error = errno;
        if (*error == EEXIST)
            return Attempt::NameTaken;
        // Windows reports an existing directory of that name as EACCES;
        // Python tries the next name when the directory itself is writable.
        if (*error == EACCES) {
            const QFileInfo info(directory);
            if (info.isDir() && info.isWritable())
                return Attempt::NameTaken;
        }
        return Attempt::Failed;
    }
    const bool wrote = ::_write(fd, "blat", 4) == 4;
    int writeError = wrote ? 0 : errno;
    ::_close(fd);
    const bool removed = ::_wunlink(path.c_str()) == 0;
    const int removeError = removed ? 0 : errno;
#else
    const native::NativeString path = nativePath(file);
    int fd;
    do {
        fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = errno;
        return *error == EEXIST ? Attempt::NameTaken : Attempt::Failed;
    }
    ssize_t written;
    do {
        written = ::write(fd, "blat", 4);
    } while (written < 0 && errno == EINTR);
    int writeError = written == 4 ? 0 : (written < 0 ? errno : EIO);
    if (::close(fd) != 0 && writeError == 0 && errno != EINTR)
        writeError = errno;
    const bool removed = ::unlink(path.c_str()) == 0;
    const int removeError = removed ? 0 : errno;
#endif
    // Python writes, closes, then unlinks in finally blocks: a failure in any
    // step gives up on the directory, the first failure being the one raised.
    if (writeError) {
        *error = writeError;
        *what = QT_TRANSLATE_NOOP("TempDirResolver", "cannot write the probe file: %1");
        return Attempt::Failed;
    }
    if (!removed) {
        *error = removeError;
        *what = QT_TRANSLATE_NOOP("TempDirResolver", "cannot remove the probe file: %1");
        return Attempt::Failed;
    }
    *error = 0;
    return Attempt::Usable;
}

QString pythonRepr(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

// QProcessEnvironment decodes values with replacement characters, which would
// send the probe to a different directory for a non-UTF-8 TMPDIR. When the
// value is the process's own, decode its bytes losslessly instead (the
// surrogate escapes of PathText.h, as Python's os.environ does).
QString variable(const QProcessEnvironment &environment, const QString &name)
{
    QString value = environment.value(name);
#ifndef Q_OS_WIN
    if (value.contains(QChar::ReplacementCharacter)) {
        const QByteArray latin1Name = name.toLatin1();
        if (value == qEnvironmentVariable(latin1Name.constData())) {
            const QByteArray bytes = qgetenv(latin1Name.constData());
            value =
                pathText(native::NativeStringView(bytes.constData(), std::size_t(bytes.size())));
        }
    }
#endif
    return value;
}

} // namespace

QString candidateSourceName(CandidateSource source)
{
    switch (source) {
    case CandidateSource::TmpDir:
        return QStringLiteral("TMPDIR");
    case CandidateSource::Temp:
        return QStringLiteral("TEMP");
    case CandidateSource::Tmp:
        return QStringLiteral("TMP");
    case CandidateSource::Platform:
        return QStringLiteral("platform");
    case CandidateSource::Cwd:
        return QStringLiteral("cwd");
    }
    return {};
}

QString TempDirResolver::pythonAbsPath(const QString &path, const QString &currentDir)
{
#ifdef Q_OS_WIN
    // ntpath.abspath goes through GetFullPathNameW; cleanPath + native
    // separators gives the same text for the paths that occur here.
    return QDir::toNativeSeparators(QDir::cleanPath(QDir(currentDir).absoluteFilePath(path)));
#else
    // posixpath.abspath: join with the cwd, then normpath (lexical: ".."
    // removes the previous component even if it is a symlink; exactly two
    // leading slashes are kept, as POSIX allows).
    const QString joined = path.startsWith(u'/') ? path : currentDir + u'/' + path;
    if (joined.isEmpty())
        return QStringLiteral(".");
    int initialSlashes = joined.startsWith(u'/') ? 1 : 0;
    if (joined.startsWith(u"//") && !joined.startsWith(u"///"))
        initialSlashes = 2;
    QStringList parts;
    for (const QString &comp : joined.split(u'/')) {
        if (comp.isEmpty() || comp == u".")
            continue;
        if (comp != u".." || (!initialSlashes && parts.isEmpty()) ||
            (!parts.isEmpty() && parts.last() == u".."))
            parts.append(comp);
        else if (!parts.isEmpty())
            parts.removeLast();
    }
    QString result = QString(initialSlashes, u'/') + parts.join(u'/');
    return result.isEmpty() ? QStringLiteral(".") : result;
#endif
}

QList<TempDirCandidate> TempDirResolver::candidates(const Inputs &inputs)
{
    const QString cwd = inputs.currentDir.isEmpty() ? QDir::currentPath() : inputs.currentDir;
    QList<TempDirCandidate> list;
    auto add = [&](const QString &raw, CandidateSource source) {
        TempDirCandidate c;
        c.path = pythonAbsPath(raw, cwd);
        c.source = source;
        list.append(c);
    };
    const struct
    {
        const char16_t *name;
        CandidateSource source;
    } variables[] = {{u"TMPDIR", CandidateSource::TmpDir},
                     {u"TEMP", CandidateSource::Temp},
                     {u"TMP", CandidateSource::Tmp}};
    for (const auto &v : variables) {
        const QString value = variable(inputs.environment, QString::fromUtf16(v.name));
        if (!value.isEmpty())
            add(value, v.source);
    }
#ifdef Q_OS_WIN
    // ntpath.expanduser('~\\AppData\\Local\\Temp'): USERPROFILE, else
    // HOMEDRIVE+HOMEPATH, else left as written.
    QString home = inputs.environment.value(QStringLiteral("USERPROFILE"));
    if (home.isEmpty() && inputs.environment.contains(QStringLiteral("HOMEPATH")))
        home = inputs.environment.value(QStringLiteral("HOMEDRIVE")) +
               inputs.environment.value(QStringLiteral("HOMEPATH"));
    add(home.isEmpty() ? QStringLiteral("~\\AppData\\Local\\Temp")
                       : home + QStringLiteral("\\AppData\\Local\\Temp"),
        CandidateSource::Platform);
    // ntpath.expandvars leaves an unset variable as written.
    const QString systemRoot = inputs.environment.value(QStringLiteral("SYSTEMROOT"));
    add(inputs.environment.contains(QStringLiteral("SYSTEMROOT"))
            ? systemRoot + QStringLiteral("\\Temp")
            : QStringLiteral("%SYSTEMROOT%\\Temp"),
        CandidateSource::Platform);
    for (const char16_t *p : {u"c:\\temp", u"c:\\tmp", u"\\temp", u"\\tmp"})
        add(QString::fromUtf16(p), CandidateSource::Platform);
#else
    for (const char16_t *p : {u"/tmp", u"/var/tmp", u"/usr/tmp"})
        add(QString::fromUtf16(p), CandidateSource::Platform);
#endif
    add(cwd, CandidateSource::Cwd);
    return list;
}

ProbeResult TempDirResolver::probe(const QString &directory)
{
    // Python: `for seq in range(100)`; FileExistsError tries the next name,
    // anything else breaks out to the next directory.
    constexpr int Attempts = 100;
    for (int i = 0; i < Attempts; ++i) {
        int error = 0;
        const char *what = nullptr;
        switch (tryName(directory, &error, &what)) {
        case Attempt::Usable:
            return {true, 0,
                    QCoreApplication::translate("TempDirResolver",
                                                "probe file created, written and removed")};
        case Attempt::NameTaken:
            continue;
        case Attempt::Failed:
            return {false, error, errorReason(error, what)};
        }
    }
    return {false, EEXIST,
            QCoreApplication::translate("TempDirResolver",
                                        "all %1 random probe names were already taken")
                .arg(Attempts)};
}

TempDirResolution TempDirResolver::resolve(const Inputs &inputs)
{
    TempDirResolution result;
    result.candidates = candidates(inputs);
    for (TempDirCandidate &c : result.candidates) {
        if (!result.tempDir.isEmpty()) {
            c.reason = QCoreApplication::translate("TempDirResolver",
                                                   "not probed: an earlier candidate is usable");
            continue;
        }
        const ProbeResult p = probe(c.path);
        c.probed = true;
        c.usable = p.usable;
        c.reason = p.reason;
        if (p.usable)
            result.tempDir = c.path;
    }
    if (result.tempDir.isEmpty()) {
        QStringList quoted;
        for (const TempDirCandidate &c : std::as_const(result.candidates))
            quoted.append(pythonRepr(c.path));
        result.error = QCoreApplication::translate("TempDirResolver",
                                                   "No usable temporary directory found in [%1]")
                           .arg(quoted.join(QStringLiteral(", ")));
    }
    return result;
}

const TempDirResolution &TempDirResolver::cached()
{
    static const TempDirResolution resolution = resolve();
    return resolution;
}

QtTempPath TempDirResolver::qtTempPath(const TempDirResolution &python)
{
    QtTempPath qt;
    qt.path = QDir::tempPath();
    const QString pyCanonical =
        python.tempDir.isEmpty() ? QString() : QFileInfo(python.tempDir).canonicalFilePath();
    qt.sameAsPython = !qt.path.isEmpty() && !pyCanonical.isEmpty() &&
                      QDir::cleanPath(qt.path) == QDir::cleanPath(pyCanonical);

    QStringList lines;
#ifdef Q_OS_WIN
    lines.append(QCoreApplication::translate(
        "TempDirResolver",
        "Qt asks Windows (GetTempPath), which reads TMP, then TEMP, then USERPROFILE, "
        "then the Windows directory; Python reads TMPDIR, TEMP, TMP in that order and "
        "probes each one by creating a file."));
    const QString tmp = qEnvironmentVariable("TMP");
    const QString temp = qEnvironmentVariable("TEMP");
    if (!tmp.isEmpty() && !temp.isEmpty() && QDir::cleanPath(tmp) != QDir::cleanPath(temp))
        lines.append(QCoreApplication::translate(
                         "TempDirResolver",
                         "TMP and TEMP differ: Windows prefers TMP (%1), Python prefers TEMP (%2).")
                         .arg(tmp, temp));
    if (!qEnvironmentVariable("TMPDIR").isEmpty())
        lines.append(QCoreApplication::translate(
            "TempDirResolver", "TMPDIR is set: Python uses it first, Windows ignores it."));
#else
    const QString tmpdir = qEnvironmentVariable("TMPDIR");
    if (tmpdir.isEmpty()) {
#ifdef Q_OS_DARWIN
        lines.append(QCoreApplication::translate(
            "TempDirResolver",
            "Qt reads only TMPDIR, which is not set, so it asks macOS (NSTemporaryDirectory)."));
#else
        lines.append(QCoreApplication::translate(
            "TempDirResolver", "Qt reads only TMPDIR, which is not set, so it uses /tmp."));
#endif
        for (const TempDirCandidate &c : python.candidates) {
            if (c.source == CandidateSource::Temp || c.source == CandidateSource::Tmp) {
                lines.append(QCoreApplication::translate("TempDirResolver",
                                                         "Qt ignores %1 (%2); Python reads it.")
                                 .arg(candidateSourceName(c.source), c.path));
            }
        }
    } else {
        const QFileInfo info(QDir::cleanPath(tmpdir));
        lines.append(
            QCoreApplication::translate(
                "TempDirResolver",
                "Qt reads only TMPDIR (%1) and never checks that a file can be created there.")
                .arg(tmpdir));
        if (!info.exists()) {
            lines.append(QCoreApplication::translate(
                "TempDirResolver",
                "TMPDIR does not exist: Qt resolves the path to its canonical form, "
                "which fails, and returns an empty path (Qt 6.4). Python skips it and "
                "probes the next candidate."));
        } else {
            const QString canonical = info.canonicalFilePath();
            if (QDir::cleanPath(tmpdir) != canonical)
                lines.append(QCoreApplication::translate(
                                 "TempDirResolver",
                                 "Qt resolves symbolic links and relative parts: %1 becomes %2; "
                                 "Python keeps the path as written (made absolute).")
                                 .arg(tmpdir, canonical));
            if (!info.isDir())
                lines.append(QCoreApplication::translate(
                    "TempDirResolver", "TMPDIR is not a directory, yet Qt returns it."));
            for (const TempDirCandidate &c : python.candidates) {
                if (c.source == CandidateSource::TmpDir && c.probed && !c.usable) {
                    lines.append(QCoreApplication::translate(
                                     "TempDirResolver",
                                     "Python's probe of TMPDIR failed (%1), so Python moved on; Qt "
                                     "does not probe.")
                                     .arg(c.reason));
                    break;
                }
            }
        }
    }
#endif
    if (qt.sameAsPython)
        lines.append(
            QCoreApplication::translate("TempDirResolver", "Both name the same directory."));
    else if (python.tempDir.isEmpty())
        lines.append(
            QCoreApplication::translate("TempDirResolver", "Python found no usable directory."));
    else
        lines.append(QCoreApplication::translate("TempDirResolver",
                                                 "Qt's answer differs from Python's (%1).")
                         .arg(python.tempDir));
    qt.explanation = lines.join(u' ');
    return qt;
}

} // namespace tempscope
