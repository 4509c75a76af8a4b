#pragma once
// ScanCounter: a scan's running count of entries and directories, shared by
// its listing threads (both backends use it). Each listed directory adds
// itself; the progress callback runs each time the entry count passes another
// multiple of ProgressEvery, so a scan of a million entries reports ~120 times
// whatever its shape.

#include "core/native/Scanner.h"

#include <atomic>
#include <cstdint>

namespace tempscope::native {

class ScanCounter
{
public:
    static constexpr std::uint64_t ProgressEvery = 8192;

    explicit ScanCounter(const ScanOptions &options) : m_options(options) {}

    void directoryListed(std::uint64_t entries)
    {
        const std::uint64_t total = m_entries.fetch_add(entries) + entries;
        const std::uint64_t dirs = m_dirs.fetch_add(1) + 1;
        if (m_options.progress && total / ProgressEvery != (total - entries) / ProgressEvery)
            m_options.progress({total, dirs});
    }

private:
    const ScanOptions &m_options;
    std::atomic<std::uint64_t> m_entries{0};
    std::atomic<std::uint64_t> m_dirs{0};
};

} // namespace tempscope::native
