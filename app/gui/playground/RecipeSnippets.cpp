#include "gui/playground/RecipeSnippets.h"

#include <QCoreApplication>

namespace tempscope::gui::playground::snippets::recipes {

namespace {

// lupdate files a free tr() call under its enclosing namespace; the
// lookup must use that same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("tempscope::gui::playground::snippets::recipes", text);
}

QString py(const QString &text)
{
    return QStringLiteral("# ") + text;
}

QString cc(const QString &text)
{
    return QStringLiteral("// ") + text;
}

QString imports(const QString &modules, const QString &body)
{
    return QStringLiteral("import %1\n\n%2").arg(modules, body);
}

QString cppProgram(const QString &body)
{
    return QStringLiteral("using namespace tempscope::tempfile;\n\n") + body;
}

} // namespace

Code handOff(const ObjectSpec &s, const QByteArray &data)
{
    const QString python =
        QStringLiteral(
            "path = None\n"
            "try:\n"
            "    with tempfile.NamedTemporaryFile(suffix=%1, prefix=%2, dir=%3, delete=False) "
            "as %4:\n"
            "        path = pathlib.Path(%4.name)\n"
            "        %4.write(%5)\n"
            "    %6\n"
            "    subprocess.run([\"cat\", str(path)], check=True)  %7\n"
            "finally:\n"
            "    if path:\n"
            "        path.unlink(missing_ok=True)  %8")
            .arg(quoted(s.suffix), quoted(s.prefix), quoted(s.dir), s.variable, pythonBytes(data),
                 py(tr("the block closed the file: flushed, and free for others (Windows too)")),
                 py(tr("the other tool opens the path")), py(tr("runs whatever happened above")));
    const QString cpp =
        QStringLiteral(
            "QString path;\n"
            "{\n"
            "    NamedTemporaryFile %1({.suffix = u%2_s, .prefix = u%3_s, .dir = u%4_s, "
            ".autoDelete = false});\n"
            "    path = %1.path();\n"
            "    %1.write(%5);\n"
            "} %6\n"
            "const auto removeAtTheEnd = qScopeGuard([&path] { QFile::remove(path); });\n"
            "QProcess::execute(u\"cat\"_s, {path}); %7")
            .arg(s.variable, quoted(s.suffix), quoted(s.prefix), quoted(s.dir), cppBytes(data),
                 cc(tr("closed, kept: autoDelete = false")),
                 cc(tr("the other tool opens the path")));
    return {imports(QStringLiteral("pathlib, subprocess, tempfile"), python), cppProgram(cpp)};
}

Code lowLevel(const ObjectSpec &file, const QByteArray &data, const ObjectSpec &dir,
              const QString &added)
{
    const QString python =
        QStringLiteral("fd, path = tempfile.mkstemp(suffix=%1, prefix=%2, dir=%3)\n"
                       "try:\n"
                       "    with os.fdopen(fd, \"w+b\") as f:  %4\n"
                       "        f.write(%5)\n"
                       "finally:\n"
                       "    os.remove(path)  %6\n"
                       "\n"
                       "path = tempfile.mkdtemp(prefix=%7, dir=%8)\n"
                       "try:\n"
                       "    (pathlib.Path(path) / %9).write_text(\"intermediate data\\n\")\n"
                       "finally:\n"
                       "    shutil.rmtree(path)  %10")
            .arg(quoted(file.suffix), quoted(file.prefix), quoted(file.dir),
                 py(tr("a file object on the descriptor: closing it closes fd")), pythonBytes(data),
                 py(tr("runs even when the write raised")), quoted(dir.prefix), quoted(dir.dir),
                 quoted(added))
            .arg(py(tr("the directory and everything in it")));
    const QString cpp =
        QStringLiteral(
            "const MkstempResult %1 = mkstemp({.suffix = u%2_s, .prefix = u%3_s, .dir = u%4_s});\n"
            "const auto remove%1 = qScopeGuard([&%1] { QFile::remove(%1.path); }); %5\n"
            "{\n"
            "    QFile f;\n"
            "    f.open(%1.fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle); %6\n"
            "    f.write(%7);\n"
            "}\n"
            "const QString %8 = mkdtemp({.prefix = u%9_s, .dir = u%10_s});\n")
            .arg(file.variable, quoted(file.suffix), quoted(file.prefix), quoted(file.dir),
                 cc(tr("the finally")), cc(tr("closing f closes the descriptor")), cppBytes(data),
                 dir.variable, quoted(dir.prefix))
            .arg(quoted(dir.dir)) +
        QStringLiteral(
            "const auto remove%1 = qScopeGuard([&%1] { QDir(%1).removeRecursively(); });\n"
            "QFile part(%1 + u\"/%2\"_s);\n"
            "part.open(QIODevice::WriteOnly);\n"
            "part.write(\"intermediate data\\n\");")
            .arg(dir.variable, added);
    return {imports(QStringLiteral("os, pathlib, shutil, tempfile"), python), cppProgram(cpp)};
}

Code namingRace(const QString &dir, const QString &victim, const ObjectSpec &m)
{
    const QString python =
        QStringLiteral(
            "d = %1\n"
            "predictable = os.path.join(d, \"report_%d.txt\" % os.getpid())  %2\n"
            "victim = os.path.join(d, %3)\n"
            "%4\n"
            "with open(victim, \"w\") as other:\n"
            "    other.write(\"other process's file\\n\")\n"
            "os.symlink(victim, predictable)\n"
            "\n"
            "with open(predictable, \"w\") as f:  %5\n"
            "    f.write(\"secret\\n\")\n"
            "with open(victim) as other:\n"
            "    print(\"victim now holds:\", repr(other.read()))\n"
            "\n"
            "try:  %6\n"
            "    os.open(predictable, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)\n"
            "except FileExistsError as e:\n"
            "    print(\"refused:\", e)\n"
            "fd, path = tempfile.mkstemp(suffix=%7, prefix=%8, dir=d)  %9\n"
            "print(\"mkstemp made:\", os.path.basename(path), oct(os.stat(path).st_mode & 0o777))\n"
            "os.close(fd)\n"
            "%10\n"
            "for p in (path, predictable, victim):\n"
            "    os.remove(p)")
            .arg(quoted(dir), py(tr("a name anyone can guess")), quoted(victim),
                 py(tr("another process gets there first: a link to a file of its choosing")),
                 py(tr("O_CREAT|O_TRUNC follows the link")),
                 py(tr("what mkstemp does for each name it tries")), quoted(m.suffix),
                 quoted(m.prefix), py(tr("a taken name: it tries the next random one")))
            .arg(py(tr("tempfile.mktemp() only returns a name (deprecated since Python 2.3): "
                       "between it and open() the name can be taken, exactly as above.")));
    const QString cpp =
        QStringLiteral(
            "const QString predictable = u%1_s + "
            "QString::number(QCoreApplication::applicationPid()) "
            "+ u\".txt\"_s;\n"
            "QFile naive(predictable);\n"
            "naive.open(QIODevice::WriteOnly | QIODevice::Truncate); %2\n"
            "naive.write(\"secret\\n\");\n"
            "const MkstempResult %3 = mkstemp({.suffix = u%4_s, .prefix = u%5_s, .dir = u%6_s}); "
            "%7")
            .arg(quoted(dir + QStringLiteral("/report_")),
                 cc(tr("follows the other process's link")), m.variable, quoted(m.suffix),
                 quoted(m.prefix), quoted(dir),
                 cc(tr("O_EXCL|O_NOFOLLOW: a taken name is skipped")));
    return {imports(QStringLiteral("os, tempfile"), python), cppProgram(cpp)};
}

Code gettempdir(const ObjectSpec &d)
{
    const QString python =
        QStringLiteral(
            "print(tempfile.gettempdir())  %1\n"
            "path = tempfile.mkdtemp(prefix=%2, dir=%3)\n"
            "child = subprocess.run(\n"
            "    [sys.executable, \"-c\", \"import tempfile; print(tempfile.gettempdir())\"],\n"
            "    env=dict(os.environ, TMPDIR=path), capture_output=True, text=True, check=True)\n"
            "print(child.stdout.strip())  %4\n"
            "os.environ[\"TMPDIR\"] = path\n"
            "print(tempfile.gettempdir())  %5\n"
            "shutil.rmtree(path)")
            .arg(py(tr("this process: worked out on the first call, then cached")),
                 quoted(d.prefix), quoted(d.dir), py(tr("the child's own answer: path")),
                 py(tr("unchanged: this process keeps its first answer")));
    const QString cpp =
        QStringLiteral(
            "qDebug() << gettempdir(); %1\n"
            "const QString %2 = mkdtemp({.prefix = u%3_s, .dir = u%4_s});\n"
            "QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();\n"
            "environment.insert(u\"TMPDIR\"_s, %2);\n"
            "QProcess child;\n"
            "child.setProcessEnvironment(environment);\n"
            "child.start(u\"tempscope-playground-child\"_s, {u\"gettempdir\"_s}); %5")
            .arg(cc(tr("TempDirResolver::cached(): one answer per process")), d.variable,
                 quoted(d.prefix), quoted(d.dir), cc(tr("prints: tempdir <the new directory>")));
    return {imports(QStringLiteral("os, shutil, subprocess, sys, tempfile"), python),
            cppProgram(cpp)};
}

Code spoolName(const ObjectSpec &s, const QByteArray &small, const QByteArray &big)
{
    const Code before = {QStringLiteral("print(%1.name)  %2")
                             .arg(s.variable, py(tr("None: an io.BytesIO inside, no file"))),
                         QStringLiteral("qDebug() << %1.name(); %2")
                             .arg(s.variable, cc(tr("empty: the data is in memory")))};
    const Code after = {
        QStringLiteral("print(%1.name, %1.fileno())  %2")
            .arg(s.variable, py(tr("the TemporaryFile's name: its descriptor number, no path"))),
        QStringLiteral("qDebug() << %1.name() << %1.fileno(); %2")
            .arg(s.variable, cc(tr("the descriptor number, twice")))};
    return program(s, {write(s, small), before, write(s, big), after});
}

} // namespace tempscope::gui::playground::snippets::recipes
