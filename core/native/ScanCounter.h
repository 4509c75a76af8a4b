#pragma once
// ScanCounter: a scan's running count of entries and directories, shared by
// its listing threads (both backends use it). Each listed directory adds
// itself; the progress callback runs each time the entry count passes another
// multiple of ProgressEvery, so a scan of a million entries reports ~120 times
// whatever its shape.
//
// It also tells when each of the root's children is complete, for the
// progressive callbacks (ScanOptions::topLevelListed, subtreeDone): every
// task (one directory to list) carries the root's child it lies under, and
// each such child counts its tasks still queued or running. The root's task
// calls rootListed() before it queues its subdirectories, every task that
// queues more calls queued() before queueing them, and every task, however
// it ends, calls finished() after that; the child whose count drops to zero
// is complete.

#include "core/native/Scanner.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace tempscope::native {

class ScanCounter
{
public:
    static constexpr std::uint64_t ProgressEvery = 8192;

    explicit ScanCounter(const ScanOptions &options) : m_options(options) {}

    bool cancelled() const
    {
        return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
    }

    void directoryListed(std::uint64_t entries)
    {
        const std::uint64_t total = m_entries.fetch_add(entries) + entries;
        const std::uint64_t dirs = m_dirs.fetch_add(1) + 1;
        if (m_options.progress && total / ProgressEvery != (total - entries) / ProgressEvery)
            m_options.progress({total, dirs});
    }

    // The root's children are [first, first + count) in the tree; `entered`
    // are those a task is queued for (each counts one task from here on).
    void rootListed(TreeBuilder &builder, std::uint32_t first, std::uint32_t count,
                    std::span<const std::uint32_t> entered)
    {
        if (!m_options.subtreeDone && !m_options.topLevelListed)
            return;
        m_first = first;
        if (m_options.subtreeDone) {
            m_pending = std::make_unique<std::atomic<std::uint32_t>[]>(count);
            for (std::uint32_t child : entered)
                m_pending[child - first].store(1, std::memory_order_relaxed);
        }
        if (m_options.topLevelListed)
            builder.read([&](const ScanTree &tree) { m_options.topLevelListed(tree); });
    }

    // A task has listed its directory, whose children are [first, first +
    // count), and is about to queue `subdirs`: the root's task says which of
    // its children get tasks, any other adds its subdirectories to its
    // child's count.
    template <typename Task>
    void beforeQueueing(TreeBuilder &builder, const Task &task, std::uint32_t first,
                        std::uint32_t count, const std::vector<Task> &subdirs)
    {
        if (task.entry != ScanTree::Root) {
            queued(task.top, subdirs.size());
            return;
        }
        std::vector<std::uint32_t> entered;
        entered.reserve(subdirs.size());
        for (const Task &t : subdirs)
            entered.push_back(t.entry);
        rootListed(builder, first, count, entered);
    }

    // A task under the root's child `top` (0: the root's own task) queues n more.
    void queued(std::uint32_t top, std::size_t n)
    {
        if (m_pending && top != ScanTree::Root && n > 0)
            m_pending[top - m_first].fetch_add(static_cast<std::uint32_t>(n));
    }

    // A task under `top` ended (listed, failed or skipped).
    void finished(TreeBuilder &builder, std::uint32_t top)
    {
        if (!m_pending || top == ScanTree::Root)
            return;
        if (m_pending[top - m_first].fetch_sub(1) == 1)
            builder.read([&](const ScanTree &tree) { m_options.subtreeDone(tree, top); });
    }

    // The child of the root a subdirectory at `index`, listed by a task
    // under `top`, lies under.
    static std::uint32_t topOf(std::uint32_t top, std::uint32_t index)
    {
        return top == ScanTree::Root ? index : top;
    }

private:
    const ScanOptions &m_options;
    std::atomic<std::uint64_t> m_entries{0};
    std::atomic<std::uint64_t> m_dirs{0};
    std::unique_ptr<std::atomic<std::uint32_t>[]> m_pending; // by child - m_first
    std::uint32_t m_first = 0;
};

} // namespace tempscope::native
