#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct TermCount
{
    QString term;
    int count = 0;
    bool operator==(const TermCount &other) const = default;
};

// The most frequent terms in a set of texts. English (Latin letters and digits): words lower-cased; common stop
// words, single letters and plain numbers dropped. Chinese: Debian has no C/C++ segmenter (only python3-jieba), so each
// run of Han characters gives its character bigrams ("包装破损" -> 包装 装破 破损), with bigrams of function characters
// (的, 了, 是, ...) dropped; a lone Han character between others is no term. Counted over all texts; ties in
// term order.
QList<TermCount> frequentTerms(const QStringList &texts, int limit);
