#pragma once
// The parallel walk both scanner backends share: a LIFO queue of tasks (one
// directory each) worked off by a few threads, the caller's among them, until
// no task is queued and none is running. LIFO keeps a deep tree's queue (and
// the descriptors its tasks may hold) short: a chain is walked depth first.
//
// process(Task&&) runs on pool threads and may push() more tasks.

#include <algorithm>
#include <condition_variable>
#include <iterator>
#include <mutex>
#include <thread>
#include <vector>

namespace tempscope::native {

// Threads for a scan: the request, or up to 4 by the number of cores.
inline unsigned scanThreads(unsigned requested)
{
    return requested ? requested : std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

template <typename Task> class TaskPool
{
public:
    template <typename Process> void run(unsigned threads, Task first, Process process)
    {
        m_tasks.push_back(std::move(first));
        auto work = [this, &process] {
            for (;;) {
                Task task;
                {
                    std::unique_lock lock(m_mutex);
                    m_wake.wait(lock, [this] { return !m_tasks.empty() || m_busy == 0; });
                    if (m_tasks.empty())
                        return; // nothing queued and nobody busy: done
                    task = std::move(m_tasks.back());
                    m_tasks.pop_back();
                    ++m_busy;
                }
                process(std::move(task));
                {
                    std::lock_guard lock(m_mutex);
                    --m_busy;
                }
                m_wake.notify_all();
            }
        };
        std::vector<std::thread> pool;
        for (unsigned i = 1; i < threads; ++i)
            pool.emplace_back(work);
        work();
        for (auto &t : pool)
            t.join();
    }

    // Queued so that tasks[0] is taken first.
    void push(std::vector<Task> &&tasks)
    {
        if (tasks.empty())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_tasks.insert(m_tasks.end(), std::make_move_iterator(tasks.rbegin()),
                           std::make_move_iterator(tasks.rend()));
        }
        m_wake.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Task> m_tasks;
    unsigned m_busy = 0;
};

} // namespace tempscope::native
