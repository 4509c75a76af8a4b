#pragma once
// A very small test runner for the Windows test executables, which run under
// Wine in CI where there is no Qt. TEST(name) registers a case; CHECK and
// CHECK_EQ stop the case with file:line and the values; main() runs the cases
// in order (or those named on the command line), prints each one's result
// and wall time, and ends with the line "N passed, M failed". The exit status
// is 0 only when nothing failed. Single-threaded.

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace testharness {

struct Case
{
    const char *name;
    void (*run)();
};

inline std::vector<Case> &cases()
{
    static std::vector<Case> all;
    return all;
}

struct Register
{
    Register(const char *name, void (*run)()) { cases().push_back({name, run}); }
};

struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Extra lines printed under the case's result (timings, what Wine did).
inline std::vector<std::string> &notes()
{
    static std::vector<std::string> all;
    return all;
}

template <class... Args> void note(const char *format, Args... args)
{
    char buf[1024];
    std::snprintf(buf, sizeof buf, format, args...);
    notes().emplace_back(buf);
}

template <class T> std::string show(const T &value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

inline void fail(const char *file, int line, const std::string &what)
{
    throw Failure(std::string(file) + ":" + std::to_string(line) + ": " + what);
}

inline int runAll(int argc, char **argv)
{
    int passed = 0;
    int failed = 0;
    for (const Case &c : cases()) {
        if (argc > 1) {
            bool wanted = false;
            for (int i = 1; i < argc; ++i)
                wanted = wanted || std::strcmp(argv[i], c.name) == 0;
            if (!wanted)
                continue;
        }
        notes().clear();
        std::string error;
        const auto start = std::chrono::steady_clock::now();
        try {
            c.run();
        } catch (const std::exception &e) {
            error = e.what();
        }
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
        std::printf("%s %s (%lld ms)\n", error.empty() ? "PASS" : "FAIL", c.name,
                    static_cast<long long>(ms));
        for (const std::string &n : notes())
            std::printf("     %s\n", n.c_str());
        if (!error.empty())
            std::printf("     %s\n", error.c_str());
        std::fflush(stdout);
        (error.empty() ? passed : failed) += 1;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    std::fflush(stdout);
    return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace testharness

#define TEST_CONCAT2(a, b) a##b
#define TEST_CONCAT(a, b) TEST_CONCAT2(a, b)
#define TEST(name)                                                                                 \
    static void name();                                                                            \
    static const testharness::Register TEST_CONCAT(register_, name)(#name, &name);                 \
    static void name()

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond))                                                                               \
            testharness::fail(__FILE__, __LINE__, "CHECK(" #cond ") failed");                      \
    } while (0)

#define CHECK_EQ(a, b)                                                                             \
    do {                                                                                           \
        const auto &check_a_ = (a);                                                                \
        const auto &check_b_ = (b);                                                                \
        if (!(check_a_ == check_b_))                                                               \
            testharness::fail(__FILE__, __LINE__,                                                  \
                              "CHECK_EQ(" #a ", " #b ") failed: " + testharness::show(check_a_) +  \
                                  " != " + testharness::show(check_b_));                           \
    } while (0)

#define TEST_MAIN()                                                                                \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        return testharness::runAll(argc, argv);                                                    \
    }
