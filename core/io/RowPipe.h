#pragma once

#include <QList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

// Batches handed from one thread to another, so that reading and writing overlap on two cores (an export reads
// the book while another thread writes the file; an import parses the file while the book is written).
// Bounded: a fast producer waits for a slow consumer, and memory stays flat.
// The consumer gives each batch back when it is done with it, and the producer frees it: with glibc, memory freed
// by another thread than the one that allocated it takes that thread's malloc arena lock, and the two threads
// then wait on each other for every string (an export of a million customers spent a fifth of its reading thread
// in futex calls).
template<typename Batch>
class BatchPipe
{
public:
    explicit BatchPipe(size_t capacity = 8) : m_capacity(capacity) { }

    // False when the consumer has stopped (failed): the producer should stop too.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // No more batches will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // The consumer gives up; pending and later batches are dropped.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    // The consumer is done with a batch: the producer frees it (takeSpent).
    void giveBack(Batch batch)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopped)
            m_spent.push_back(std::move(batch));
    }
    // The batches given back so far, for the producer to let go of on its own thread.
    std::deque<Batch> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }
    // The next batch, or nothing once the pipe is closed and empty.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed || m_stopped; });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent;
    size_t m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
};

using RowPipe = BatchPipe<QList<QVariantList>>;
