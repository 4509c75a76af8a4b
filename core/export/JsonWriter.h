#pragma once
// A small streaming JSON writer: output goes to a sink in chunks, so a report
// of any size never sits in memory whole. Strings are QStrings; lone
// surrogates (escaped raw bytes of non-UTF-8 names) are written as "\udcXX",
// which keeps them lossless for readers that understand it (Python's json +
// os.fsencode). Output is indented with two spaces, keys in the order written.
//
// A sink may return bool: false means the bytes were not written (a full
// disk, a closed pipe). From then on the writer drops everything, ok() is
// false and finish() returns false, so a report that could not be written
// is never mistaken for one that was.

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tempscope {

class JsonWriter
{
public:
    using Sink = std::function<bool(std::string_view)>;
    explicit JsonWriter(Sink sink);
    // A sink that returns nothing is taken to succeed always.
    template <typename F>
    requires std::is_void_v<std::invoke_result_t<F &, std::string_view>>
    explicit JsonWriter(F sink)
        : JsonWriter(Sink([sink = std::move(sink)](std::string_view s) mutable {
              sink(s);
              return true;
          }))
    {
    }
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void value(const QString &s);
    void value(std::string_view utf8);
    void value(const char *utf8) { value(std::string_view(utf8)); }
    void value(bool b);
    void value(qint64 n);
    void value(quint64 n);
    void value(int n) { value(qint64(n)); }
    void value(unsigned n) { value(quint64(n)); }
    void value(double d);
    void null();

    template <typename T> void field(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }
    void nullField(std::string_view name)
    {
        key(name);
        null();
    }

    // "name": [{...}, ...]: one object per element of `list`, its fields
    // written by writeFields(element).
    template <typename List, typename F>
    void objectArray(std::string_view name, const List &list, F writeFields)
    {
        key(name);
        beginArray();
        for (const auto &element : list) {
            beginObject();
            writeFields(element);
            endObject();
        }
        endArray();
    }
    // "name": [value, ...]
    template <typename List> void valueArray(std::string_view name, const List &list)
    {
        key(name);
        beginArray();
        for (const auto &element : list)
            value(element);
        endArray();
    }

    // Ends the document with a newline and hands everything to the sink.
    // False when any part of the document could not be written.
    bool finish();
    bool ok() const { return !m_failed; }

private:
    void beforeValue();
    void newline();
    void flushIfLarge();
    void deliver();

    Sink m_sink;
    std::string m_buffer;
    struct Level
    {
        bool array;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
    bool m_failed = false;
};

// Appends s as a JSON string literal (quotes included).
void appendJsonString(std::string &out, const QString &s);

} // namespace tempscope
