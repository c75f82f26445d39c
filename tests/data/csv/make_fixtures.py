#!/usr/bin/python3
"""Writes the encoded CSV fixtures next to this script (run it again after changing the rows)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SIMPLIFIED = [
    ["客户名称", "联系人", "手机", "地址", "备注"],
    ["北京华信科技有限公司", "张伟", "13800138000", "北京市海淀区中关村大街1号", "老客户,年采购额约50万"],
    ["上海明远贸易有限公司", "李娜", "13912345678", "上海市浦东新区世纪大道100号", ""],
    ["广州恒达电子有限公司", "王芳", "13698765432", "广州市天河区体育西路88号\nB座1203室", "需开增值税专用发票"],
    ["深圳鹏程物流有限公司", "赵磊", "0755-26881234", "深圳市南山区科技园南区", "联系人说\"下周再谈\""],
]

TRADITIONAL = [
    ["客戶名稱", "聯絡人", "手機", "地址", "備註"],
    ["台北宏達科技股份有限公司", "陳志明", "0912345678", "台北市信義區松仁路100號", "長期客戶,每季下單"],
    ["高雄港都貿易有限公司", "林美玲", "0987654321", "高雄市前鎮區中山二路5號", ""],
    ["台中精密機械有限公司", "黃俊傑", "04-23581234", "台中市西屯區工業區一路2號", "需開統一發票"],
]

# A character outside GBK (U+20BB7), which only GB18030's four-byte sequences encode.
GB18030_ONLY = SIMPLIFIED[:2] + [["𠮷野家餐饮管理有限公司", "刘洋", "13511112222", "成都市锦江区春熙路8号", ""]]


def field(value, delimiter):
    if any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def text(rows, delimiter=",", newline="\r\n"):
    return "".join(delimiter.join(field(v, delimiter) for v in row) + newline for row in rows)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)


write("gbk.csv", text(SIMPLIFIED).encode("gbk"))
write("gbk-header-only.csv", text(SIMPLIFIED[:1]).encode("gbk"))
write("gb18030.csv", text(GB18030_ONLY).encode("gb18030"))
write("big5.csv", text(TRADITIONAL).encode("big5"))
write("big5-header-only.csv", text(TRADITIONAL[:1]).encode("big5"))
write("utf8.csv", text(SIMPLIFIED).encode("utf-8"))
write("utf8-bom.csv", text(SIMPLIFIED).encode("utf-8-sig"))
write("utf16le-bom.csv", b"\xff\xfe" + text(SIMPLIFIED).encode("utf-16-le"))
write("utf16be-bom.csv", b"\xfe\xff" + text(SIMPLIFIED).encode("utf-16-be"))
write("utf16le.tsv", text(SIMPLIFIED, "\t").encode("utf-16-le"))
write("utf16be.csv", text(SIMPLIFIED).encode("utf-16-be"))
write("semicolon-lf.csv", text(SIMPLIFIED, ";", "\n").encode("utf-8"))
# UTF-8, except that the fourth line was saved as GBK (two exports pasted together).
lines = text(SIMPLIFIED).split("\r\n")
write("mixed-utf8-gbk.csv", ("\r\n".join(lines[:3]) + "\r\n").encode("utf-8")
      + (lines[3] + "\r\n").encode("gbk") + ("\r\n".join(lines[4:])).encode("utf-8"))
