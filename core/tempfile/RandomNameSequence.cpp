#include "core/tempfile/RandomNameSequence.h"

#include <QCoreApplication>

#include <mutex>
#include <random>

namespace tempscope::tempfile {

namespace {

std::mutex &sequenceMutex()
{
    static std::mutex mutex;
    return mutex;
}

// xoshiro256**: small, fast, good enough for names (not a secret).
unsigned long long rotl(unsigned long long x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

QStringView RandomNameSequence::characters()
{
    return u"abcdefghijklmnopqrstuvwxyz0123456789_";
}

RandomNameSequence::RandomNameSequence() = default;

void RandomNameSequence::reseedIfForked()
{
    const long long pid = QCoreApplication::applicationPid();
    if (pid == m_pid)
        return;
    std::random_device device;
    for (auto &word : m_state)
        word = (static_cast<unsigned long long>(device()) << 32) ^ device();
    if (m_state[0] == 0 && m_state[1] == 0 && m_state[2] == 0 && m_state[3] == 0)
        m_state[0] = 1;
    m_pid = pid;
}

QString RandomNameSequence::next()
{
    std::lock_guard lock(sequenceMutex());
    reseedIfForked();
    const QStringView chars = characters();
    QString name(kLength, Qt::Uninitialized);
    for (int i = 0; i < kLength; ++i) {
        const unsigned long long result = rotl(m_state[1] * 5, 7) * 9;
        const unsigned long long t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        // Top bits, reduced with a multiply: bias of 37/2^32 is irrelevant here.
        const auto index = ((result >> 32) * static_cast<unsigned long long>(chars.size())) >> 32;
        name[i] = chars[static_cast<qsizetype>(index)];
    }
    return name;
}

RandomNameSequence &RandomNameSequence::shared()
{
    static RandomNameSequence sequence;
    return sequence;
}

} // namespace tempscope::tempfile
