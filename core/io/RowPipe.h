#pragma once

#include <QList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

// Batches handed from one thread to another, so that reading and writing overlap on two cores (an export reads
// the book while another thread writes the file; an import parses the file while the book is written).
// Bounded: a fast producer waits for a slow consumer, and memory stays flat.
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
    size_t m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
};

using RowPipe = BatchPipe<QList<QVariantList>>;
