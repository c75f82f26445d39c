#pragma once

#include <QString>

// An amount of yuan written in Chinese capital numerals (大写金额), as on cheques, invoices and quotations:
// 1234567 fen -> 壹万贰仟叁佰肆拾伍元陆角柒分; 1000500 -> 壹万零伍元整; 5 -> 伍分; 0 -> 零元整.
// The rules of the People's Bank of China payment regulations (支付结算办法): 壹 before 拾 (壹拾元整);
// one 零 for a run of zeros between non-zero digits, also across the 万 and 亿 groups; no 零 at the end of a
// group; 整 after 元 or 角 when nothing follows; 零 between 元 and 分 when there are no 角. Negative amounts
// start with 负. Amounts up to 9,999,999,999,999,999 fen.
namespace ChineseAmount {

enum class Script
{
    Simplified,
    Traditional
};

QString capitals(qint64 fen, Script script = Script::Simplified);

} // namespace ChineseAmount
