#include "cli/Interrupt.h"

#include <csignal>

namespace tempscope::cli {

namespace {

std::atomic<bool> stopRequested{false};
volatile std::sig_atomic_t lastSignal = 0;
#ifdef SIGHUP
constexpr int Handled[] = {SIGINT, SIGTERM, SIGHUP};
#else
constexpr int Handled[] = {SIGINT, SIGTERM};
#endif
static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

extern "C" void requestStop(int sig)
{
    lastSignal = sig;
    stopRequested.store(true);
}

} // namespace

StopOnSignals::StopOnSignals()
{
#ifdef _WIN32
    for (int sig : Handled)
        std::signal(sig, requestStop);
#else
    struct sigaction sa
    {
    };
    sa.sa_handler = requestStop;
    sigemptyset(&sa.sa_mask);
    // Interrupted system calls restart; the second signal takes the default action.
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    for (int sig : Handled)
        ::sigaction(sig, &sa, nullptr);
#endif
}

StopOnSignals::~StopOnSignals()
{
    for (int sig : Handled)
        std::signal(sig, SIG_DFL);
}

const std::atomic<bool> &StopOnSignals::flag()
{
    return stopRequested;
}

int StopOnSignals::signal()
{
    return lastSignal;
}

} // namespace tempscope::cli
