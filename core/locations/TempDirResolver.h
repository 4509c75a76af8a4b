#pragma once
// Which directory is "the" temp directory, and why: Python's
// tempfile.gettempdir() rule with a trace of every candidate, and Qt's
// QDir::tempPath() answer beside it.
//
// Python's rule: $TMPDIR, $TEMP, $TMP (set and non-empty), then the platform
// list (/tmp, /var/tmp, /usr/tmp; on Windows ~\AppData\Local\Temp,
// %SYSTEMROOT%\Temp, c:\temp, c:\tmp, \temp, \tmp), then the current
// directory. Each candidate, made absolute, is probed by creating a random
// file with O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW, writing "blat" and removing it;
// the first that works wins. See ../shared/TEMPFILE.md.
//
// resolve() and probe() are reentrant and touch only the probe files they
// create; cached() resolves once per process, as Python does, and may be
// called from any thread.

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace tempscope {

enum class CandidateSource { TmpDir, Temp, Tmp, Platform, Cwd };
// "TMPDIR", "TEMP", "TMP", "platform", "cwd" (the CLI's JSON values)
QString candidateSourceName(CandidateSource source);

struct TempDirCandidate
{
    QString path; // absolute
    CandidateSource source = CandidateSource::Platform;
    bool usable = false;
    bool probed = false; // false: a directory earlier in the list already won
    QString reason; // why usable or not: "probe file created and removed", "does not exist", ...
};

struct TempDirResolution
{
    QString tempDir;                    // empty when no candidate was usable
    QList<TempDirCandidate> candidates; // in Python's order
    QString error;                      // Python's FileNotFoundError text when none was usable
};

struct QtTempPath
{
    QString path;              // QDir::tempPath()
    QString explanation;       // how Qt got there and how that differs from Python's answer
    bool sameAsPython = false; // both name the same directory (after resolving symlinks)
};

// The result of probing one directory the way Python does.
struct ProbeResult
{
    bool usable = false;
    int error = 0;  // errno (or CRT errno on Windows) of the failure; 0 when usable
    QString reason; // for people, translated
};

class TempDirResolver
{
public:
    struct Inputs
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString currentDir; // empty: QDir::currentPath()
    };

    static TempDirResolution resolve(const Inputs &inputs);
    static TempDirResolution resolve() { return resolve(Inputs{}); }
    // Resolved on first use and kept for the life of the process (Python does the same).
    static const TempDirResolution &cached();

    // Python's candidate list for these inputs, made absolute, not probed.
    static QList<TempDirCandidate> candidates(const Inputs &inputs);
    // Python's probe of one directory: up to 100 random names; a taken name
    // tries the next one, any other error gives up on the directory.
    static ProbeResult probe(const QString &directory);

    // Qt's answer for this process (QDir::tempPath() reads the process
    // environment, not Inputs), explained against Python's.
    static QtTempPath qtTempPath(const TempDirResolution &python);

    // os.path.abspath() of Python: lexical, symlinks kept.
    static QString pythonAbsPath(const QString &path, const QString &currentDir);
};

} // namespace tempscope
