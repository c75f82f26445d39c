#include "PipedTableRows.h"

PipedTableRows::PipedTableRows(TableWriter &writer)
    : m_writer(writer)
{
    m_batch.reserve(kBatchRows);
    m_thread = std::thread([this] {
        while (auto batch = m_pipe.pop()) {
            for (const QVariantList &cells : std::as_const(*batch)) {
                m_written = m_writer.writeRow(cells);
                if (!m_written) {
                    m_pipe.stop();
                    return;
                }
            }
            m_pipe.giveBack(std::move(*batch));
        }
    });
}

PipedTableRows::~PipedTableRows()
{
    if (!m_closed)
        (void)close(false);
}

bool PipedTableRows::add(QVariantList cells)
{
    m_batch << std::move(cells);
    if (m_batch.size() < kBatchRows)
        return true;
    m_pipe.takeSpent(); // the written batches are freed here, where they were made
    return m_pipe.push(std::exchange(m_batch, {}));
}

Status PipedTableRows::close(bool complete)
{
    if (m_closed)
        return m_written;
    m_closed = true;
    if (complete && !m_batch.isEmpty())
        m_pipe.push(std::exchange(m_batch, {}));
    if (!complete)
        m_pipe.stop();
    m_pipe.close();
    m_thread.join();
    m_pipe.takeSpent();
    return m_written;
}
