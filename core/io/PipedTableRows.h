#pragma once

#include "Result.h"
#include "io/RowPipe.h"
#include "io/TableWriter.h"

#include <thread>

// Rows on their way to a TableWriter that writes them on a thread of its own, a batch at a time, so that reading
// the book (this thread) and writing the file overlap on two cores. Memory stays flat: a fast reader waits for a
// slow writer. The written batches are freed on the reading thread, where they were made (RowPipe.h says why).
class PipedTableRows
{
public:
    static constexpr int kBatchRows = 1000;

    explicit PipedTableRows(TableWriter &writer);
    ~PipedTableRows(); // stops the writing thread if close() was not called
    PipedTableRows(const PipedTableRows &) = delete;
    PipedTableRows &operator=(const PipedTableRows &) = delete;

    // False once the writer has failed: stop reading, close() says why.
    bool add(QVariantList cells);
    // Waits for the writing thread. With complete, the rows added so far are written first; without (cancelled or
    // failed while reading), the rest is dropped. Returns the writer's first failure. The caller still calls the
    // writer's finish() (or drops it, leaving no file).
    Status close(bool complete = true);

private:
    TableWriter &m_writer;
    RowPipe m_pipe;
    QList<QVariantList> m_batch;
    Status m_written;
    std::thread m_thread;
    bool m_closed = false;
};
