#pragma once
// The code a playground action stands for, in Python (the tempfile module)
// and in C++ (Tempscope's core/tempfile, which follows it call for call).
// Pure functions of what the user chose; code is never translated, the
// comments inside it are.

#include <QList>
#include <QString>
#include <QStringList>

namespace tempscope::gui::playground {

enum class ObjectKind {
    TemporaryFile,
    NamedTemporaryFile,
    SpooledTemporaryFile,
    TemporaryDirectory,
    Mkstemp,
    Mkdtemp,
};

// The arguments an object was made with, and the variable it is shown as.
struct ObjectSpec
{
    ObjectKind kind = ObjectKind::NamedTemporaryFile;
    QString variable = {}; // "f1", "d2"
    QString prefix = {};
    QString suffix = {};
    QString dir = {};          // absolute; empty: the playground root
    bool autoDelete = true;    // delete=
    bool deleteOnClose = true; // delete_on_close=
    qint64 maxSize = 30;       // max_size=
    bool text = false;         // mode="w+", encoding="utf-8" (else Python's default "w+b")
    // Names mkstemp tries before its random ones (the playground forcing a
    // collision); not part of the code shown.
    QStringList firstNames = {};
};

struct Code
{
    QString python;
    QString cpp;
};

QString kindName(ObjectKind kind); // "NamedTemporaryFile", "mkstemp", ...
bool isDirectoryKind(ObjectKind kind);
// Whether kind takes delete= (NamedTemporaryFile; TemporaryDirectory since 3.12).
bool takesDelete(ObjectKind kind);
// Whether kind takes mode= (the file objects; mkstemp's descriptor has none).
bool takesMode(ObjectKind kind);
// spec with the options its kind does not take at their defaults.
ObjectSpec normalized(ObjectSpec spec);

namespace snippets {
// Whether Windows refuses to open spec's file again by name while it is open:
// only a NamedTemporaryFile with delete=True and delete_on_close=True (O_TEMPORARY).
bool reopenRefusedOnWindows(const ObjectSpec &spec);
Code create(const ObjectSpec &spec);
// A whole program: spec's object made, then steps (the snippets below) inside
// its `with` block (its C++ scope), then the after steps once the block has
// ended, with the imports the Python uses. A raiseInBlock() step ends the
// block: the program catches it (try/except, try/catch) and goes on after it.
Code program(const ObjectSpec &spec, const QList<Code> &steps, const QList<Code> &after = {});
// The whole session as one program: each object's program() (made by
// program() above, in the order the objects were made) in one Python script
// with one import line, and in one C++ function, playgroundSession(). Where
// two objects would share a Python name (mkstemp's fd and path, mkdtemp's
// path) each gets its own (fd_f1, path_f1).
Code session(const QList<ObjectSpec> &specs, const QList<Code> &programs);
// python with the import line it needs in front, so it runs on its own.
QString script(const QString &python);
Code write(const ObjectSpec &spec, const QByteArray &data); // data: UTF-8 in text mode
// Writing the type the file does not take (str to binary, bytes to text), caught.
Code writeWrongType(const ObjectSpec &spec);
// An exception raised inside the block: program() wraps the block in try/except.
Code raiseInBlock(const ObjectSpec &spec);
Code readBack(const ObjectSpec &spec);   // seek(0) + read()
Code readNoSeek(const ObjectSpec &spec); // read() where the position is
Code flush(const ObjectSpec &spec);
Code close(const ObjectSpec &spec);
Code leaveScope(const ObjectSpec &spec);
Code removeByHand(const ObjectSpec &spec);
Code addFile(const ObjectSpec &spec, const QString &name);
Code otherProcessReads(const ObjectSpec &spec);
Code inUse(const ObjectSpec &spec);
Code crash(const QString &dir, const QString &prefix);
// A Python/C++ literal for data: b"hello\n" / QByteArray("hello\n", 6); a run
// of one byte as b"x" * 5000 / QByteArray(5000, 'x'). Exact up to limit bytes
// (400 for code), then cut with "…"; explanations quote 40.
QString pythonBytes(const QByteArray &data, qsizetype limit = 400);
QString cppBytes(const QByteArray &data);
// A Python str literal / C++ u""_s literal for UTF-8 text (at most 40 characters shown).
QString pythonStr(const QString &text);
QString cppStr(const QString &text);
// "text" with backslashes and double quotes escaped: a path or name in
// either language's code.
QString quoted(const QString &text);
} // namespace snippets

} // namespace tempscope::gui::playground
