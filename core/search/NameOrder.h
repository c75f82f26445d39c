#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct UCollator;

// The order customer names are listed in: Chinese names by pinyin (or by stroke count, or by zhuyin, as the book
// is set), Latin names alphabetically without regard to case, as people expect and as Excel sorts them. SQLite
// compares bytes, and a name's bytes put 上海 before 北京 (by character code), so each customer row stores its
// name's ICU collation key in customers.sort_key, and the list sorts and pages by that key through its index.
//
// The order is one setting of the book (name_order), not of the user: everyone sharing a book sees one order.
// The keys depend on ICU's collation data too, so the book records what its keys were made with
// (name_order_keys) and openBook() makes them again when that changes (a new ICU, or a new order chosen).
class NameOrder
{
    Q_DECLARE_TR_FUNCTIONS(NameOrder)

public:
    enum class Kind
    {
        Pinyin, // ICU "zh": Latin letters first, then Han characters by pinyin
        Stroke, // ICU "zh@collation=stroke": by stroke count, as in Taiwan and Hong Kong
        Zhuyin, // ICU "zh@collation=zhuyin": by bopomofo reading
    };

    explicit NameOrder(Kind kind);
    ~NameOrder();
    NameOrder(const NameOrder &) = delete;
    NameOrder &operator=(const NameOrder &) = delete;

    // Whose name it is: the first character of a person's name is a surname, and some surnames are read
    // otherwise than the same character elsewhere (曾 zēng, not céng).
    enum class Holder
    {
        Company,
        Person,
    };

    // The key that sorts `name` in this order (bytes compared as they are); empty for an empty name. In the orders
    // by reading (pinyin, zhuyin), a name is sorted by how it is said where ICU's one reading per character is
    // wrong for it: the surnames 曾 单 仇 解 区 查 朴 覃 翟 缪 盖 of a person, and 长 (cháng) and 厦门 (xià) at the
    // start of any name, as in 长沙, 长城, 厦门.
    QByteArray key(const QString &name, Holder holder = Holder::Company) const;
    // What the keys are made with: the order and ICU's collation version. Keys of another version must be remade.
    QString version() const;

    // The book's order, or the one for the user's language when the book has none yet (stroke for Traditional
    // Chinese, pinyin for everyone else: pinyin order keeps Latin names alphabetical).
    static Kind ofBook(const QSqlDatabase &db);
    static Kind forLocale(const QLocale &locale);
    static QString toString(Kind kind);
    static Kind fromString(const QString &text, Kind fallback);
    static QString displayName(Kind kind);

    // Makes every customer's key again when the book's keys are not of this order and ICU version (one
    // transaction; a book of a million customers takes some seconds). Records the order chosen.
    static Status ensureKeys(const QSqlDatabase &db);
    // Chooses another order for the book and remakes its keys.
    static Status change(const QSqlDatabase &db, Kind kind);

private:
    QString spoken(const QString &name, Holder holder) const;

    Kind m_kind;
    UCollator *m_collator = nullptr;
};
