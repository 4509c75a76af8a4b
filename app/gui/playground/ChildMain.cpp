// tempscope-playground-child: the "other process" of the playground's
// pitfall demos. Links only the core library (Qt Core).
//
//   tempscope-playground-child crash DIR PREFIX COUNT
//       Makes COUNT NamedTemporaryFiles and COUNT mkdtemp() directories
//       (each with a file inside) named PREFIX... in DIR, prints one line per
//       path ("file PATH", "dir PATH"), then "ready", and waits for stdin to
//       close. The playground kills it with SIGKILL before that: nothing is
//       cleaned up, exactly like a crashed program. If stdin closes instead
//       (the playground went away), it cleans up and exits.
//   tempscope-playground-child read FILE
//       Prints "size N" and then the first 4 KiB of FILE as the file system
//       shows it to another process right now.
//   tempscope-playground-child gettempdir
//       Prints "tempdir PATH": gettempdir() as this process works it out from
//       its own environment (TMPDIR, TEMP, TMP, the platform's list).
//   tempscope-playground-child plant LINK TARGET
//       Gets to a predictable name first: writes TARGET ("other process's
//       file") and makes LINK a symbolic link to it, then prints "planted".

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <memory>
#include <utility>
#include <vector>

using namespace tempscope::tempfile;

namespace {

void say(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int crash(const QString &dir, const QString &prefix, int count)
{
    std::vector<std::unique_ptr<NamedTemporaryFile>> files;
    QStringList dirs;
    for (int i = 0; i < count; ++i) {
        NamedTemporaryFileOptions options;
        options.dir = dir;
        options.prefix = prefix;
        options.suffix = QStringLiteral(".part");
        options.events = nullptr;
        files.push_back(std::make_unique<NamedTemporaryFile>(options));
        files.back()->write("half-written result\n");
        say(QStringLiteral("file ") + files.back()->name());

        const QString made = mkdtemp({.prefix = prefix, .dir = dir, .events = nullptr});
        QFile chunk(made + QStringLiteral("/chunk-0"));
        if (chunk.open(QIODevice::WriteOnly))
            chunk.write("intermediate data\n");
        dirs << made;
        say(QStringLiteral("dir ") + made);
    }
    say(QStringLiteral("ready"));
    // Wait to be killed; a closed stdin means the playground is gone.
    std::string ignored;
    while (std::getline(std::cin, ignored)) {
    }
    for (const QString &d : std::as_const(dirs))
        QDir(d).removeRecursively();
    return 0;
}

int read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("error ") + file.errorString());
        return 1;
    }
    say(QStringLiteral("size %1").arg(file.size()));
    const QByteArray data = file.read(4096);
    std::fwrite(data.constData(), 1, std::size_t(data.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int tempdir()
{
    say(QStringLiteral("tempdir ") + gettempdir());
    return 0;
}

int plant(const QString &link, const QString &target)
{
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write("other process's file\n") < 0) {
        say(QStringLiteral("error ") + file.errorString());
        return 1;
    }
    file.close();
    if (!QFile::link(target, link)) {
        say(QStringLiteral("error cannot link ") + link);
        return 1;
    }
    say(QStringLiteral("planted"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    try {
        if (args.size() == 4 && args[0] == QLatin1String("crash"))
            return crash(args[1], args[2], args[3].toInt());
        if (args.size() == 2 && args[0] == QLatin1String("read"))
            return read(args[1]);
        if (args.size() == 1 && args[0] == QLatin1String("gettempdir"))
            return tempdir();
        if (args.size() == 3 && args[0] == QLatin1String("plant"))
            return plant(args[1], args[2]);
    } catch (const TempFileError &e) {
        say(QStringLiteral("error ") + e.message());
        return 1;
    }
    std::fputs(
        "usage: tempscope-playground-child crash DIR PREFIX COUNT | read FILE | gettempdir | "
        "plant LINK TARGET\n",
        stderr);
    return 2;
}
