#pragma once
// SIGINT, SIGTERM and SIGHUP as a request to stop: while a StopOnSignals is
// alive they set a flag (and remember the signal) instead of killing the
// process, so a cleanup can finish or abandon the file at hand and still print
// the report of what it did. A second signal of any of them kills as usual.

#include <atomic>

namespace tempscope::cli {

class StopOnSignals
{
public:
    StopOnSignals();
    ~StopOnSignals();
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

    // Set from the signal handler; pass it as the cancel flag.
    static const std::atomic<bool> &flag();
    // The signal that arrived, 0 if none.
    static int signal();
    // The conventional exit status after a signal: 128 + its number.
    static int exitCode() { return 128 + signal(); }
};

} // namespace tempscope::cli
