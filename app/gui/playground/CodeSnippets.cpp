#include "gui/playground/CodeSnippets.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace tempscope::gui::playground {

namespace {

// lupdate files a free tr() call under its enclosing namespace; the
// lookup must use that same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("tempscope::gui::playground::snippets", text);
}

bool isSpooled(const ObjectSpec &s)
{
    return s.kind == ObjectKind::SpooledTemporaryFile;
}

// The Python keyword arguments the user set, e.g. `prefix="job_", dir="/tmp/x"`.
QString pythonArgs(const ObjectSpec &s)
{
    QStringList args;
    if (isSpooled(s))
        args << QStringLiteral("max_size=%1").arg(s.maxSize);
    if (s.text)
        args << QStringLiteral("mode=\"w+\", encoding=\"utf-8\"");
    if (!s.suffix.isEmpty())
        args << QStringLiteral("suffix=") + snippets::quoted(s.suffix);
    if (s.prefix != QLatin1String("tmp")) // tmp: gettempprefix(), the default
        args << QStringLiteral("prefix=") + snippets::quoted(s.prefix);
    args << QStringLiteral("dir=") + snippets::quoted(s.dir);
    if (takesDelete(s.kind) && !s.autoDelete)
        args << QStringLiteral("delete=False");
    if (s.kind == ObjectKind::NamedTemporaryFile) {
        if (s.autoDelete && !s.deleteOnClose)
            args << QStringLiteral("delete_on_close=False");
    }
    return args.join(QStringLiteral(", "));
}

// The same as designated initializers, in the order the options structs declare them.
QString cppArgs(const ObjectSpec &s)
{
    QStringList args;
    if (isSpooled(s))
        args << QStringLiteral(".maxSize = %1").arg(s.maxSize);
    if (!s.suffix.isEmpty())
        args << QStringLiteral(".suffix = u%1_s").arg(snippets::quoted(s.suffix));
    if (s.prefix != QLatin1String("tmp"))
        args << QStringLiteral(".prefix = u%1_s").arg(snippets::quoted(s.prefix));
    args << QStringLiteral(".dir = u%1_s").arg(snippets::quoted(s.dir));
    if (takesDelete(s.kind) && !s.autoDelete)
        args << QStringLiteral(".autoDelete = false");
    if (s.kind == ObjectKind::NamedTemporaryFile) {
        if (s.autoDelete && !s.deleteOnClose)
            args << QStringLiteral(".deleteOnClose = false");
    }
    return u'{' + args.join(QStringLiteral(", ")) + u'}';
}

QString comment(const QString &text, const char *mark)
{
    return QString::fromLatin1(mark) + u' ' + text;
}

QString py(const QString &text)
{
    return comment(text, "#");
}

QString cc(const QString &text)
{
    return comment(text, "//");
}

} // namespace

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::TemporaryFile:
        return QStringLiteral("TemporaryFile");
    case ObjectKind::NamedTemporaryFile:
        return QStringLiteral("NamedTemporaryFile");
    case ObjectKind::SpooledTemporaryFile:
        return QStringLiteral("SpooledTemporaryFile");
    case ObjectKind::TemporaryDirectory:
        return QStringLiteral("TemporaryDirectory");
    case ObjectKind::Mkstemp:
        return QStringLiteral("mkstemp");
    case ObjectKind::Mkdtemp:
        return QStringLiteral("mkdtemp");
    }
    return {};
}

bool isDirectoryKind(ObjectKind kind)
{
    return kind == ObjectKind::TemporaryDirectory || kind == ObjectKind::Mkdtemp;
}

bool takesMode(ObjectKind kind)
{
    return kind == ObjectKind::TemporaryFile || kind == ObjectKind::NamedTemporaryFile ||
           kind == ObjectKind::SpooledTemporaryFile;
}

bool takesDelete(ObjectKind kind)
{
    return kind == ObjectKind::NamedTemporaryFile || kind == ObjectKind::TemporaryDirectory;
}

ObjectSpec normalized(ObjectSpec spec)
{
    if (!takesDelete(spec.kind))
        spec.autoDelete = true;
    if (spec.kind != ObjectKind::NamedTemporaryFile)
        spec.deleteOnClose = true;
    if (!takesMode(spec.kind))
        spec.text = false;
    return spec;
}

namespace snippets {

namespace {

// The Python comment marking what needs a newer Python than 3.8; empty when nothing does.
QString pythonVersionNote(const ObjectSpec &s)
{
    if (s.kind == ObjectKind::NamedTemporaryFile && s.autoDelete && !s.deleteOnClose)
        return py(tr("Python 3.12+: delete_on_close is new in 3.12")) + u'\n';
    if (s.kind == ObjectKind::TemporaryDirectory && !s.autoDelete)
        return py(tr("Python 3.12+: TemporaryDirectory's delete is new in 3.12")) + u'\n';
    return {};
}

// The statement that makes the object: for the `with` kinds the `with` line.
Code creation(const ObjectSpec &s)
{
    const QString &v = s.variable;
    switch (s.kind) {
    case ObjectKind::Mkstemp:
        return {QStringLiteral("fd, path = tempfile.mkstemp(%1)").arg(pythonArgs(s)),
                QStringLiteral("MkstempResult %1 = mkstemp(%2);").arg(v, cppArgs(s))};
    case ObjectKind::Mkdtemp:
        return {QStringLiteral("path = tempfile.mkdtemp(%1)").arg(pythonArgs(s)),
                QStringLiteral("const QString %1 = mkdtemp(%2);").arg(v, cppArgs(s))};
    default:
        break;
    }
    const QString kind = kindName(s.kind);
    return {pythonVersionNote(s) +
                QStringLiteral("with tempfile.%1(%2) as %3:").arg(kind, pythonArgs(s), v),
            QStringLiteral("%1 %2(%1Options%3);").arg(kind, v, cppArgs(s))};
}

QString indented(const QString &code)
{
    QStringList lines = code.split(u'\n');
    for (QString &line : lines)
        line.prepend(QStringLiteral("    "));
    return lines.join(u'\n');
}

// The modules a Python program uses, as its import line.
QString pythonImports(const QString &program)
{
    QStringList modules;
    for (const char *module : {"os", "pathlib", "shutil", "subprocess", "sys", "tempfile"}) {
        const QString name = QString::fromLatin1(module);
        const QRegularExpression use(QStringLiteral("(^|[^\\w.])%1\\.").arg(name));
        if (use.match(program).hasMatch())
            modules << name;
    }
    return QStringLiteral("import ") + modules.join(QStringLiteral(", "));
}

} // namespace

namespace {

// C++ steps joined, with a variable a step declares again renamed (data,
// data2, ...) so that they share one scope.
QString joinedCpp(const QList<Code> &steps)
{
    QStringList out;
    QHash<QString, int> declared;
    static const QRegularExpression declaration(
        QStringLiteral("(?:QByteArray|std::optional<QString>|char|QFile) (data|bytes|out)\\b"));
    for (const Code &step : steps) {
        QString cpp = step.cpp;
        QRegularExpressionMatchIterator it = declaration.globalMatch(step.cpp);
        QSet<QString> renamed;
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            const int seen = declared[name]++;
            if (seen > 0 && !renamed.contains(name)) {
                cpp.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)),
                            name + QString::number(seen + 1));
                renamed.insert(name);
            }
        }
        out << cpp;
    }
    return out.join(u'\n');
}

// What the end of the with block does, as a C++ call on the live object.
QString cppEndOfBlock(const ObjectSpec &s)
{
    switch (s.kind) {
    case ObjectKind::NamedTemporaryFile:
        return QStringLiteral("%1.cleanup(); %2")
            .arg(s.variable, cc(tr("the end of the with block")));
    case ObjectKind::TemporaryDirectory:
        return s.autoDelete ? QStringLiteral("%1.cleanup(); %2")
                                  .arg(s.variable, cc(tr("the end of the with block")))
                            : cc(tr("the end of the with block: delete=False keeps it"));
    default:
        return QStringLiteral("%1.close(); %2")
            .arg(s.variable, cc(tr("the end of the with block")));
    }
}

} // namespace

Code program(const ObjectSpec &s, const QList<Code> &steps, const QList<Code> &after)
{
    const Code made = creation(s);
    QList<Code> inBlock;
    bool raised = false;
    for (const Code &step : steps) {
        inBlock << step;
        if (step.python.startsWith(QLatin1String("raise "))) {
            raised = true; // nothing after it runs
            break;
        }
    }
    QStringList python;
    for (const Code &step : std::as_const(inBlock))
        python << step.python;
    QStringList pythonAfter;
    for (const Code &step : after)
        pythonAfter << step.python;
    const bool block = !(s.kind == ObjectKind::Mkstemp || s.kind == ObjectKind::Mkdtemp);
    QString pythonBody = made.python + u'\n';
    QString cppBody = made.cpp + u'\n';
    if (!block) {
        pythonBody += (python + pythonAfter).join(u'\n');
        cppBody += joinedCpp(inBlock + after);
    } else if (raised) {
        pythonBody += indented(python.join(u'\n'));
        pythonBody =
            QStringLiteral("try:\n") + indented(pythonBody) +
            QStringLiteral("\nexcept RuntimeError as e:\n    print(\"RuntimeError:\", e)  ") +
            py(tr("the block was left by the exception: __exit__ ran"));
        if (!pythonAfter.isEmpty())
            pythonBody += u'\n' + pythonAfter.join(u'\n');
        cppBody = QStringLiteral("try {\n") + indented(cppBody + joinedCpp(inBlock)) +
                  QStringLiteral("\n} catch (const std::runtime_error &) {\n    %1\n}")
                      .arg(cc(tr("the destructor ran while the exception left the scope")));
    } else {
        pythonBody += indented(python.isEmpty() ? QStringLiteral("pass") : python.join(u'\n'));
        if (!pythonAfter.isEmpty())
            pythonBody += u'\n' + pythonAfter.join(u'\n');
        cppBody += joinedCpp(after.isEmpty()
                                 ? inBlock
                                 : inBlock + QList<Code>{{QString(), cppEndOfBlock(s)}} + after);
        cppBody = QStringLiteral("{\n") + indented(cppBody) + QStringLiteral("\n}");
    }
    return {pythonImports(pythonBody) + QStringLiteral("\n\n") + pythonBody,
            QStringLiteral("using namespace tempscope::tempfile;\n\n") + cppBody};
}

Code session(const QList<ObjectSpec> &specs, const QList<Code> &programs)
{
    const QString usingLine = QStringLiteral("using namespace tempscope::tempfile;\n\n");
    int lowLevel = 0;
    for (const ObjectSpec &s : specs)
        lowLevel += s.kind == ObjectKind::Mkstemp || s.kind == ObjectKind::Mkdtemp;
    QStringList python;
    QStringList cpp;
    for (qsizetype i = 0; i < programs.size() && i < specs.size(); ++i) {
        const ObjectSpec &s = specs.at(i);
        QString body = programs.at(i).python.section(QStringLiteral("\n\n"), 1);
        if (lowLevel > 1 && (s.kind == ObjectKind::Mkstemp || s.kind == ObjectKind::Mkdtemp)) {
            for (const char *name : {"fd", "path"})
                body.replace(
                    QRegularExpression(QStringLiteral("(?<![\\w.])%1\\b").arg(QLatin1String(name))),
                    QLatin1String(name) + u'_' + s.variable);
        }
        while (body.endsWith(u'\n'))
            body.chop(1);
        python << body;
        QString code = programs.at(i).cpp;
        while (code.endsWith(u'\n'))
            code.chop(1);
        if (code.startsWith(usingLine))
            code = code.mid(usingLine.size());
        if (!code.startsWith(u'{') && !code.startsWith(QLatin1String("try {")))
            code = QStringLiteral("{\n") + indented(code) + QStringLiteral("\n}");
        cpp << code;
    }
    const QString pythonBody =
        python.isEmpty() ? py(tr("nothing made yet")) : python.join(QStringLiteral("\n\n"));
    return {script(pythonBody),
            QStringLiteral("void playgroundSession()\n{\n    using namespace "
                           "tempscope::tempfile;\n\n") +
                indented(cpp.isEmpty() ? cc(tr("nothing made yet")) : cpp.join(u'\n')) +
                QStringLiteral("\n}")};
}

QString script(const QString &python)
{
    return pythonImports(python) + QStringLiteral("\n\n") + python;
}

Code create(const ObjectSpec &s)
{
    const QString &v = s.variable;
    switch (s.kind) {
    case ObjectKind::Mkstemp:
        return {QStringLiteral("import os, tempfile\n\nfd, path = tempfile.mkstemp(%1)\n%2")
                    .arg(pythonArgs(s),
                         py(tr("You own both: os.close(fd) and os.remove(path) are up to you."))),
                QStringLiteral(
                    "using namespace tempscope::tempfile;\n\nMkstempResult %1 = mkstemp(%2);\n%3")
                    .arg(v, cppArgs(s), cc(tr("You own both: close the fd and remove the path.")))};
    case ObjectKind::Mkdtemp:
        return {
            QStringLiteral("import tempfile\n\npath = tempfile.mkdtemp(%1)\n%2")
                .arg(pythonArgs(s), py(tr("Mode 0700. Removing it (shutil.rmtree) is up to you."))),
            QStringLiteral(
                "using namespace tempscope::tempfile;\n\nconst QString %1 = mkdtemp(%2);\n%3")
                .arg(v, cppArgs(s), cc(tr("Mode 0700. Removing it is up to you.")))};
    default:
        break;
    }
    const QString kind = kindName(s.kind);
    return {QStringLiteral("import tempfile\n\n%1\n    ...  %2")
                .arg(creation(s).python, py(tr("the next actions happen here"))),
            QStringLiteral(
                "using namespace tempscope::tempfile;\n\n{\n    %1 %2(%3Options%4);\n    ...  %5")
                .arg(kind, v, kind, cppArgs(s), cc(tr("the next actions happen here")))};
}

Code write(const ObjectSpec &s, const QByteArray &data)
{
    if (s.kind == ObjectKind::Mkstemp)
        return {QStringLiteral("os.write(fd, %1)  %2")
                    .arg(pythonBytes(data), py(tr("unbuffered: straight to the OS"))),
                QStringLiteral("const QByteArray bytes = %2;\n::write(%1.fd, bytes.constData(), "
                               "std::size_t(bytes.size()));")
                    .arg(s.variable, cppBytes(data))};
    if (s.text)
        return {QStringLiteral("%1.write(%2)").arg(s.variable, pythonStr(QString::fromUtf8(data))),
                QStringLiteral("TextMode().write(%1, %2);")
                    .arg(s.variable, cppStr(QString::fromUtf8(data)))};
    return {QStringLiteral("%1.write(%2)").arg(s.variable, pythonBytes(data)),
            QStringLiteral("%1.write(%2);").arg(s.variable, cppBytes(data))};
}

Code writeWrongType(const ObjectSpec &s)
{
    const QString target = s.kind == ObjectKind::Mkstemp
                               ? QStringLiteral("os.write(fd, %1)")
                               : s.variable + QStringLiteral(".write(%1)");
    const QString wrong =
        s.text ? QStringLiteral("b\"id,email\\n\"") : QStringLiteral("\"id,email\\n\"");
    return {QStringLiteral("try:\n    %1  %2\nexcept TypeError as e:\n    print(\"TypeError:\", e)")
                .arg(target.arg(wrong),
                     py(s.text ? tr("bytes to a text file") : tr("str to a binary file"))),
            cc(s.text ? tr("TextMode::write() takes a QString: bytes do not compile")
                      : tr("QIODevice::write() takes bytes: a QString does not compile"))};
}

Code raiseInBlock(const ObjectSpec &s)
{
    Q_UNUSED(s);
    return {QStringLiteral("raise RuntimeError(\"pipeline failed\")"),
            QStringLiteral("throw std::runtime_error(\"pipeline failed\");")};
}

Code readBack(const ObjectSpec &s)
{
    if (s.kind == ObjectKind::Mkstemp)
        return {
            QStringLiteral("os.lseek(fd, 0, os.SEEK_SET)\ndata = os.read(fd, 4096)"),
            QStringLiteral(
                "::lseek(%1.fd, 0, SEEK_SET);\nchar data[4096];\n::read(%1.fd, data, sizeof data);")
                .arg(s.variable)};
    if (s.text)
        return {QStringLiteral("%1.seek(0)\ndata = %1.read()  %2")
                    .arg(s.variable, py(tr("str, newlines translated"))),
                QStringLiteral("%1.seek(0);\nconst std::optional<QString> data = "
                               "TextMode().readAll(%1);")
                    .arg(s.variable)};
    return {QStringLiteral("%1.seek(0)\ndata = %1.read()").arg(s.variable),
            QStringLiteral("%1.seek(0);\nconst QByteArray data = %1.readAll();").arg(s.variable)};
}

Code readNoSeek(const ObjectSpec &s)
{
    if (s.kind == ObjectKind::Mkstemp)
        return {QStringLiteral("data = os.read(fd, 4096)  %1")
                    .arg(py(tr("no seek: reads from the current position"))),
                QStringLiteral("char data[4096];\n::read(%1.fd, data, sizeof data); %2")
                    .arg(s.variable, cc(tr("no seek")))};
    if (s.text)
        return {QStringLiteral("data = %1.read()  %2").arg(s.variable, py(tr("no seek(0) first"))),
                QStringLiteral("const std::optional<QString> data = TextMode().readAll(%1); %2")
                    .arg(s.variable, cc(tr("no seek(0) first")))};
    return {QStringLiteral("data = %1.read()  %2").arg(s.variable, py(tr("no seek(0) first"))),
            QStringLiteral("const QByteArray data = %1.readAll(); %2")
                .arg(s.variable, cc(tr("no seek(0) first")))};
}

Code flush(const ObjectSpec &s)
{
    if (s.kind == ObjectKind::Mkstemp)
        return {py(tr("os.write() has no buffer: nothing to flush")),
                cc(tr("::write() has no buffer: nothing to flush"))};
    return {QStringLiteral("%1.flush()").arg(s.variable),
            cc(tr("nothing to flush: the core devices are unbuffered (a QFile would need "
                  "flush())"))};
}

Code close(const ObjectSpec &s)
{
    if (s.kind == ObjectKind::Mkstemp)
        return {QStringLiteral("os.close(fd)  %1").arg(py(tr("the file stays"))),
                QStringLiteral("::close(%1.fd); %2").arg(s.variable, cc(tr("the file stays")))};
    return {QStringLiteral("%1.close()").arg(s.variable),
            QStringLiteral("%1.close();").arg(s.variable)};
}

Code leaveScope(const ObjectSpec &s)
{
    switch (s.kind) {
    case ObjectKind::Mkstemp:
        return {
            QStringLiteral("%1\n%2\n...\n%3")
                .arg(py(tr("no with block: nothing happens when path goes out of scope")),
                     creation(s).python,
                     py(tr("the right way: try/finally with os.close(fd) and os.remove(path)"))),
            cc(tr("MkstempResult is a plain struct: its destructor does nothing."))};
    case ObjectKind::Mkdtemp:
        return {QStringLiteral("%1\n%2\n...\nshutil.rmtree(path)  %3")
                    .arg(py(tr("no with block: the directory stays")), creation(s).python,
                         py(tr("what you must write yourself"))),
                cc(tr("A QString path: nothing removes the directory for you."))};
    default:
        break;
    }
    const QString what =
        s.kind == ObjectKind::TemporaryDirectory
            ? (s.autoDelete ? tr("cleanup(): the directory and everything in it go")
                            : tr("nothing; the directory stays (delete=False)"))
        : s.kind == ObjectKind::NamedTemporaryFile
            ? (s.autoDelete ? tr("close(), then remove the file (delete=True)")
                            : tr("close(); the file stays (delete=False)"))
            : tr("close(): the file goes with its last descriptor");
    const Code made = creation(s);
    return {
        QStringLiteral("%1\n    ...\n%2")
            .arg(made.python, py(tr("leaving the block runs __exit__: %1").arg(what))),
        QStringLiteral("{\n    %1\n} %2").arg(made.cpp, cc(tr("the destructor: %1").arg(what)))};
}

Code removeByHand(const ObjectSpec &s)
{
    if (isDirectoryKind(s.kind))
        return {QStringLiteral("shutil.rmtree(%1)")
                    .arg(s.kind == ObjectKind::Mkdtemp ? QStringLiteral("path") : s.variable),
                QStringLiteral("QDir(%1).removeRecursively();")
                    .arg(s.kind == ObjectKind::Mkdtemp ? s.variable
                                                       : s.variable + QStringLiteral(".path()"))};
    const QString path = s.kind == ObjectKind::Mkstemp ? QStringLiteral("path")
                                                       : s.variable + QStringLiteral(".name");
    // Before 3.12, __exit__ of a delete=True file raises FileNotFoundError when it is gone.
    const bool needs312 = s.kind == ObjectKind::NamedTemporaryFile && s.autoDelete;
    return {QStringLiteral("os.remove(%1)").arg(path) +
                (needs312 ? QStringLiteral("  ") +
                                py(tr("Python 3.12+: before, the end of the block raises "
                                      "FileNotFoundError"))
                          : QString()),
            QStringLiteral("QFile::remove(%1);")
                .arg(s.kind == ObjectKind::Mkstemp ? s.variable + QStringLiteral(".path")
                                                   : s.variable + QStringLiteral(".path()"))};
}

Code addFile(const ObjectSpec &s, const QString &name)
{
    const QString dir = s.kind == ObjectKind::Mkdtemp ? QStringLiteral("path") : s.variable;
    return {
        QStringLiteral("(pathlib.Path(%1) / %2).write_text(\"intermediate data\\n\")")
            .arg(dir, quoted(name)),
        QStringLiteral(
            "QFile out(%1 + "
            "u\"/%2\"_s);\nout.open(QIODevice::WriteOnly);\nout.write(\"intermediate data\\n\");")
            .arg(s.kind == ObjectKind::Mkdtemp ? s.variable
                                               : s.variable + QStringLiteral(".path()"),
                 name)};
}

Code otherProcessReads(const ObjectSpec &s)
{
    const QString path = s.kind == ObjectKind::Mkstemp ? QStringLiteral("path")
                                                       : s.variable + QStringLiteral(".name");
    return {QStringLiteral("subprocess.run([\"cat\", %1])  %2")
                .arg(path, py(tr("another process opens the path"))),
            QStringLiteral("QProcess::execute(u\"cat\"_s, {%1});")
                .arg(s.kind == ObjectKind::Mkstemp ? s.variable + QStringLiteral(".path")
                                                   : s.variable + QStringLiteral(".path()"))};
}

bool reopenRefusedOnWindows(const ObjectSpec &s)
{
    return s.kind == ObjectKind::NamedTemporaryFile && s.autoDelete && s.deleteOnClose;
}

Code inUse(const ObjectSpec &s)
{
    const QString path = s.kind == ObjectKind::Mkstemp ? QStringLiteral("path")
                                                       : s.variable + QStringLiteral(".name");
    const QString cppPath = s.kind == ObjectKind::Mkstemp ? s.variable + QStringLiteral(".path")
                                                          : s.variable + QStringLiteral(".path()");
    const QString python =
        reopenRefusedOnWindows(s)
            ? QStringLiteral("%1\nopen(%2).close()  %3")
                  .arg(py(tr("Windows, while the file is open with delete_on_close=True:")), path,
                       py(tr("PermissionError: [Errno 13] Permission denied")))
            : QStringLiteral("open(%1).close()  %2")
                  .arg(path, py(tr("opening it again by name works, on Windows too")));
    return {python, QStringLiteral(
                        "%1\nstruct stat st {};\n::stat(QFile::encodeName(%2).constData(), &st);\n"
                        "const tempscope::native::InUseIndex open = "
                        "tempscope::native::InUseIndex::scan();\n"
                        "open.holder({std::uint64_t(st.st_dev), std::uint64_t(st.st_ino)}); %3")
                        .arg(cc(tr("Tempscope's in-use detection (/proc/*/fd on Linux):")), cppPath,
                             cc(tr("this process holds it")))};
}

Code crash(const QString &dir, const QString &prefix)
{
    return {QStringLiteral(
                "import os, signal, tempfile\n\nf = tempfile.NamedTemporaryFile(prefix=%1, "
                "suffix=\".part\", dir=%2)\n"
                "d = tempfile.mkdtemp(prefix=%1, dir=%2)\nos.kill(os.getpid(), signal.SIGKILL)  %3")
                .arg(quoted(prefix), quoted(dir), py(tr("no __exit__, no finally, no atexit"))),
            QStringLiteral(
                "NamedTemporaryFile f({.suffix = u\".part\"_s, .prefix = u%1_s, .dir = u%2_s});\n"
                "const QString d = mkdtemp({.prefix = u%1_s, .dir = u%2_s});\n::raise(SIGKILL); %3")
                .arg(quoted(prefix), quoted(dir), cc(tr("no destructor runs")))};
}

} // namespace snippets

} // namespace tempscope::gui::playground
