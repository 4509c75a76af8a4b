#pragma once
// Python's _RandomNameSequence: endless 8-character names drawn from
// "abcdefghijklmnopqrstuvwxyz0123456789_".
//
// The generator is seeded from std::random_device and re-seeded whenever the
// process id changes, so a forked child never repeats its parent's names
// (Python checks os.getpid() the same way). next() is thread-safe.
//
// Qt differs: QTemporaryFile/QTemporaryDir replace the last run of at least
// six 'X' in a template with characters from [A-Za-z] (no digits, no '_')
// and append ".XXXXXX" when the template has no such run.

#include <QString>

#include <functional>

namespace tempscope::tempfile {

// Where mkstemp and friends take their candidate names from. Empty: the
// process-wide sequence. The playground (and tests) pass a fixed list to
// force collisions, as test_tempfile.py's _mock_candidate_names does.
using NameSource = std::function<QString()>;

class RandomNameSequence final
{
public:
    static constexpr int kLength = 8;
    static QStringView characters(); // the 37 characters names are made of

    RandomNameSequence();
    QString next();

    // The sequence mkstemp, mkdtemp and the classes use by default.
    static RandomNameSequence &shared();

private:
    void reseedIfForked();

    long long m_pid = -1;
    unsigned long long m_state[4] = {};
};

} // namespace tempscope::tempfile
