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
// resolve() is reentrant and touches only the probe files it creates;
// cached() resolves once per process, as Python does.

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace tempscope {

enum class CandidateSource { TmpDir, Temp, Tmp, Platform, Cwd };
// "TMPDIR", "TEMP", "TMP", "platform", "cwd" (the CLI's JSON values)
QString candidateSourceName(CandidateSource source);

struct TempDirCandidate
{
    QString path;            // absolute
    CandidateSource source = CandidateSource::Platform;
    bool usable = false;
    bool probed = false;     // false: a directory earlier in the list already won
    QString reason;          // why usable or not: "probe file created and removed", "does not exist", ...
};

struct TempDirResolution
{
    QString tempDir;                     // empty when no candidate was usable
    QList<TempDirCandidate> candidates;  // in Python's order
    QString error;                       // Python's FileNotFoundError text when none was usable
};

struct QtTempPath
{
    QString path;         // QDir::tempPath()
    QString explanation;  // how Qt got there and how that differs from Python's answer
};

class TempDirResolver
{
public:
    struct Inputs
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString currentDir;           // empty: QDir::currentPath()
    };

    static TempDirResolution resolve(const Inputs &inputs);
    static TempDirResolution resolve() { return resolve(Inputs{}); }
    // Resolved on first use and kept for the life of the process (Python does the same).
    static const TempDirResolution &cached();

    static QtTempPath qtTempPath(const TempDirResolution &python);
};

} // namespace tempscope
