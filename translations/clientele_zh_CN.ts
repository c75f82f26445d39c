<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Clientele, an offline CRM</source>
        <translation>Clientele，离线 CRM 软件</translation>
    </message>
    <message>
        <source>Open the demo book (created on first use).</source>
        <translation>打开演示账簿（首次使用时创建）。</translation>
    </message>
    <message>
        <source>Open the book FILE.</source>
        <translation>打开账簿 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit.</source>
        <translation>将主窗口的截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Start with TEXT in the search field.</source>
        <translation>启动时在搜索框中填入 TEXT。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The book failed its integrity check. Make a copy of the file before changing anything, and restore a backup if you have one.

%1</source>
        <translation>账簿未通过完整性检查。在进行任何修改之前，请先复制一份该文件；如果有备份，请恢复备份。

%1</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Use the language LANG (en, zh_CN or zh_TW).</source>
        <translation>使用 LANG 语言（en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; use File &gt; Open book to open it.</source>
        <translation>“%1”已存在；请使用“文件 &gt; 打开账簿”打开它。</translation>
    </message>
    <message>
        <source>With --screenshot and an import view: the file to import.</source>
        <translation>与 --screenshot 及导入视图一起使用：要导入的文件。</translation>
    </message>
    <message>
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, backup-settings, audit, erase).</source>
        <translation>与 --screenshot 一起使用：要显示的内容（list、contacts、timeline、trash、edit、duplicates、import-preview、import-mapping、import-check、import-duplicates、import-done、backup-settings、audit、erase）。</translation>
    </message>
    <message>
        <source>Called about the renewal.</source>
        <translation>已致电沟通续约事宜。</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>已移到回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>已永久删除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Erased (privacy)</source>
        <translation>已抹除（隐私）</translation>
    </message>
    <message>
        <source>Book restored from a backup</source>
        <translation>账簿已从备份恢复</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账簿</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the change in the audit trail</source>
        <translation>在审计记录中记录更改</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>读取审计记录</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>All records</source>
        <translation>所有记录类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The newest %1 entries are shown; narrow the filter or export to see all.</source>
        <translation>仅显示最新的 %1 条；缩小筛选范围或导出以查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Audit trail.xlsx</source>
        <translation>审计记录.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The book was not backed up: %1</source>
        <translation>账簿未能备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 (%n customer(s)).</source>
        <translation>
            <numerusform>已备份到 %1（%n 个客户）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup was made but failed its check, so it was deleted: %1</source>
        <translation>备份已生成但未通过检查，因此已删除：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup &quot;%1&quot;.</source>
        <translation>无法写入备份“%1”。</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the backup but %3 in the book.</source>
        <translation>表 %1 在备份中有 %2 行，而账簿中有 %3 行。</translation>
    </message>
    <message>
        <source>The backup has %1 tables, the book %2.</source>
        <translation>备份有 %1 个表，账簿有 %2 个。</translation>
    </message>
    <message>
        <source>Cannot delete the old backup &quot;%1&quot;.</source>
        <translation>无法删除旧备份“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>无法从“%1”恢复：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Clientele.</source>
        <translation>“%1”由更新版本的 Clientele 保存。</translation>
    </message>
    <message>
        <source>Nothing was restored because the current book could not be backed up first: %1</source>
        <translation>未恢复任何内容，因为无法先备份当前账簿：%1</translation>
    </message>
    <message>
        <source>Cannot move the damaged book &quot;%1&quot; aside.</source>
        <translation>无法移走已损坏的账簿“%1”。</translation>
    </message>
    <message>
        <source>Cannot copy &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>无法将“%1”复制到“%2”。</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Reading the backup settings</source>
        <translation>读取备份设置</translation>
    </message>
    <message>
        <source>Saving the backup settings</source>
        <translation>保存备份设置</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Never while open</source>
        <translation>打开期间不备份</translation>
    </message>
    <message>
        <source>Back up when the book is &amp;closed</source>
        <translation>关闭账簿时备份(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily copies:</source>
        <translation>保留每日副本(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep &amp;weekly copies:</source>
        <translation>保留每周副本(&amp;W)：</translation>
    </message>
    <message>
        <source>Keep &amp;monthly copies:</source>
        <translation>保留每月副本(&amp;M)：</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>This book has not been backed up yet.</source>
        <translation>此账簿尚未备份。</translation>
    </message>
    <message>
        <source>Each backup is checked (integrity and record counts) before older ones are deleted. A folder on another disk or a synced folder also protects the book from a broken computer.</source>
        <translation>每个备份都会先经过检查（完整性和记录数），然后才删除较旧的备份。使用另一块磁盘上的文件夹或同步文件夹，还能在电脑损坏时保护账簿。</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created or used.</source>
        <translation>无法创建或使用文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>The book &quot;%1&quot; is already open in another Clientele window or program (process %2 on %3).</source>
        <translation>账簿“%1”已在另一个 Clientele 窗口或程序中打开（%3 上的进程 %2）。</translation>
    </message>
    <message>
        <source>Cannot create the lock file &quot;%1&quot; next to the book.</source>
        <translation>无法在账簿旁创建锁文件“%1”。</translation>
    </message>
</context>
<context>
    <name>BookOpener</name>
    <message>
        <source>Creating the demo book…</source>
        <translation>正在创建演示账簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>Preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Adding phones and emails</source>
        <translation>添加电话和邮箱</translation>
    </message>
    <message>
        <source>Adding the customer &quot;%1&quot;</source>
        <translation>添加客户“%1”</translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Adding the contact &quot;%1&quot;</source>
        <translation>添加联系人“%1”</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>保存导入的数据</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--limit must be a whole number, not &quot;%1&quot;</source>
        <translation>--limit 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no owner named &quot;%1&quot;</source>
        <translation>没有名为“%1”的负责人</translation>
    </message>
    <message>
        <source>customers add needs --name</source>
        <translation>customers add 需要 --name</translation>
    </message>
    <message>
        <source>--kind must be company or individual, not &quot;%1&quot;</source>
        <translation>--kind 必须是 company 或 individual，而不是“%1”</translation>
    </message>
    <message>
        <source>--stage must be lead, prospect, customer or inactive, not &quot;%1&quot;</source>
        <translation>--stage 必须是 lead、prospect、customer 或 inactive，而不是“%1”</translation>
    </message>
    <message>
        <source>likely duplicate of customer %1 &quot;%2&quot; (%3); add --force to create it anyway</source>
        <translation>可能与客户 %1“%2”重复（%3）；如仍要创建，请加上 --force</translation>
    </message>
    <message>
        <source>customers show needs a customer id (a positive number)</source>
        <translation>customers show 需要客户 ID（正整数）</translation>
    </message>
    <message>
        <source>customers takes list, add or show</source>
        <translation>customers 后面应为 list、add 或 show</translation>
    </message>
    <message>
        <source>--db FILE comes first</source>
        <translation>必须先给出 --db FILE</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>未知命令“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>usage: clientele-cli --db FILE COMMAND ...
  demo --customers N --seed S      fill a new book with demo data
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts FILE  import a CSV/TSV/TXT or .xlsx file
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv]
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk] [--anonymise] [--with-consent]
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              replace the book with a backup (the book is backed up first)
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  remove a customer&apos;s personal data for good
  check                           run SQLite&apos;s integrity check on the book
</source>
        <translation>用法：clientele-cli --db FILE COMMAND ...
  demo --customers N --seed S      用演示数据填充新账簿
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts FILE  导入 CSV/TSV/TXT 或 .xlsx 文件
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv]
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk] [--anonymise] [--with-consent]
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              用备份替换账簿（先备份当前账簿）
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  永久删除客户的个人数据
  check                           对账簿运行 SQLite 完整性检查
</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>已知生日</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Reading contacts</source>
        <translation>读取联系人</translation>
    </message>
    <message>
        <source>Adding the contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>Removing the contact</source>
        <translation>移除联系人</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is too large: %1 MB, more than the %2 MB that can be imported.</source>
        <translation>文件过大：%1 MB，超过了可导入的上限 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields of a CSV file.</source>
        <translation>“%1”不能用作 CSV 文件的字段分隔符。</translation>
    </message>
    <message>
        <source>The file has no sheet named “%1”.</source>
        <translation>文件中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>A quoted cell is not closed: its closing quote is missing.</source>
        <translation>带引号的单元格没有结束：缺少右引号。</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>该行超过 %1 列。</translation>
    </message>
    <message>
        <source>The quoted cell is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation>带引号的单元格超过 %1 个字符；可能缺少右引号。</translation>
    </message>
    <message>
        <source>The cell is longer than %1 characters.</source>
        <translation>单元格超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character; it may have been cut off.</source>
        <translation>文件末尾有一个不完整的字符；文件可能被截断了。</translation>
    </message>
    <message>
        <source>The cell has bytes that are not %1 text (or a NUL character); perhaps the file mixes encodings or is damaged. Save it in one encoding, or choose the encoding by hand.</source>
        <translation>单元格中有不属于 %1 文本的字节（或 NUL 字符）；文件可能混用了多种编码，或已损坏。请将文件统一保存为一种编码，或手动选择编码。</translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <translation>%1（带 BOM）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write GBK text on this system (Qt was built without ICU)</source>
        <translation>此系统无法写入 GBK 文本（Qt 编译时未启用 ICU）</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活跃</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Company or person (required)</source>
        <translation>公司或个人名称（必填）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>This looks like a customer already in the book:

%1

Create it anyway?</source>
        <translation>账簿中似乎已有这个客户：

%1

仍要创建吗？</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Separate several numbers with ; or ,</source>
        <translation>多个号码用 ; 或 , 分隔</translation>
    </message>
    <message>
        <source>Separate several addresses with ; or ,</source>
        <translation>多个地址用 ; 或 , 分隔</translation>
    </message>
    <message>
        <source>Separate tags with , or ;</source>
        <translation>标签用 , 或 ; 分隔</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>等级(&amp;R)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>• %1, %2 (%3)</source>
        <translation>• %1，%2（%3）</translation>
    </message>
</context>
<context>
    <name>CustomerExporter</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CustomerFilePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>已于 %1 移到回收站</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from this customer?</source>
        <translation>要从此客户中移除“%1”吗？</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>更新现有客户</translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>邮箱地址相同</translation>
    </message>
    <message>
        <source>Same name and city</source>
        <translation>名称和城市相同</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>Looking for the customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot; in the book.</source>
        <translation>账簿中没有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;: add a City column to tell them apart.</source>
        <translation>有多个客户名为“%1”：请添加“城市”列以区分它们。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search names, contacts, phones, emails (Ctrl+F)</source>
        <translation>搜索名称、联系人、电话、邮箱（Ctrl+F）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1+ 个客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerMerger</name>
    <message>
        <source>Moving records to the other customer</source>
        <translation>将记录转移到另一个客户</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it before merging.</source>
        <translation>“%1”在回收站中：请先恢复再合并。</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merged with “%1”</source>
        <translation>已与“%1”合并</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>“%1” was merged into “%2” after this merge: restore “%1” first.</source>
        <translation>在这次合并之后，“%1”又被合并到了“%2”：请先恢复“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Creating the customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Saving phones and emails</source>
        <translation>保存电话和邮箱</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>读取客户</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>列出客户</translation>
    </message>
    <message>
        <source>Moving customers to the trash</source>
        <translation>将客户移到回收站</translation>
    </message>
    <message>
        <source>Restoring customers</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Deleting customers for good</source>
        <translation>永久删除客户</translation>
    </message>
    <message>
        <source>Only customers in the trash can be deleted for good.</source>
        <translation>只有回收站中的客户才能永久删除。</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Counting customers</source>
        <translation>统计客户数量</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>生日不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The book &quot;%1&quot; does not exist.</source>
        <translation>账簿“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Clientele book: the file is not an SQLite database.</source>
        <translation>“%1”不是 Clientele 账簿：该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or not a database: %2</source>
        <translation>“%1”已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a Clientele book.</source>
        <translation>“%1”是 SQLite 数据库，但不是 Clientele 账簿。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Clientele (book format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>“%1”由较新版本的 Clientele 保存（账簿格式 %2；此版本最高只能读取格式 %3）。请安装新版本以打开它。</translation>
    </message>
    <message>
        <source>The book was not upgraded because no backup could be made first: %1</source>
        <translation>账簿未升级，因为无法事先创建备份：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用“%1”：%2</translation>
    </message>
    <message>
        <source>The book &quot;%1&quot; is damaged: %2</source>
        <translation>账簿“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>Copying the book</source>
        <translation>复制账簿</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be verified: %2</source>
        <translation>无法验证副本“%1”：%2</translation>
    </message>
    <message>
        <source>Book format %1 is missing from this build.</source>
        <translation>此版本的程序不包含账簿格式 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Upgrading the book to format %1</source>
        <translation>将账簿升级到格式 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an upgrade, but it is open read-only.</source>
        <translation>“%1”需要升级，但它是以只读方式打开的。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>检查账簿</translation>
    </message>
    <message>
        <source>The book already has customers; demo data goes into a new, empty book.</source>
        <translation>账簿中已有客户；演示数据只能写入新建的空账簿。</translation>
    </message>
    <message>
        <source>Cancelled; the book was left as it was.</source>
        <translation>已取消；账簿保持原样。</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>Same phone number: %1</source>
        <translation>电话号码相同：%1</translation>
    </message>
    <message>
        <source>Same email address: %1</source>
        <translation>邮箱地址相同：%1</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>名称相似</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>已取消查找重复客户。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt; (stays in the book)</source>
        <translation>&lt;b&gt;保留&lt;/b&gt;（留在账簿中）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it&lt;/b&gt; (goes to the trash)</source>
        <translation>&lt;b&gt;合并到保留方&lt;/b&gt;（移到回收站）</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>左右互换(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The customer on the right goes to the trash and its contacts and notes move to the one on the left; restoring it from the trash undoes the merge.</source>
        <translation>为每个字段选择要保留的值。右侧的客户将移到回收站，其联系人和记录会转到左侧的客户；从回收站恢复该客户即可撤销合并。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>查找已取消。</translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation>电话相同：%1</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>邮箱相同：%1</translation>
    </message>
    <message>
        <source>Same name: %1</source>
        <translation>名称相同：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现可能重复的客户。</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates found; the first %2 are listed. Merge them, then search again for the rest.</source>
        <translation>发现 %1 组可能重复的客户，下面列出前 %2 组。请先合并这些，再重新查找其余的。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>发现 %n 组可能重复的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?

“%1” goes to the trash and its contacts and notes move to “%2”, which keeps the values chosen here. Restoring “%1” from the trash undoes the merge.</source>
        <translation>要将“%1”合并到“%2”吗？

“%1”将移到回收站，其联系人和记录会转到“%2”，“%2”将保留此处选择的值。从回收站恢复“%1”即可撤销合并。</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>抹除客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of &quot;%1&quot;?&lt;/b&gt;</source>
        <translation>&lt;b&gt;抹除“%1”的全部个人数据？&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This removes for good the customer, %n contact(s) with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</source>
        <translation>
            <numerusform>这将永久删除该客户、%n 位联系人及其电话和邮箱、备注、标签以及审计记录中记下的值，也会从回收站、搜索索引和账簿文件本身中删除。审计记录只保留“发生过一次抹除”。如有订单，订单会保留以保证销售数据正确，但不含客户名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before now still hold this data until rotation deletes them (after at most a year with the default settings). It cannot be undone: export the customer&apos;s data first if they asked for a copy.</source>
        <translation>此前生成的备份仍保存这些数据，直到轮换将其删除（默认设置下最多一年）。此操作无法撤销：如果客户要求提供副本，请先导出其数据。</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>我了解此操作无法撤销</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>抹除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Eraser</name>
    <message>
        <source>Erasing the customer</source>
        <translation>抹除客户</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Writing the erasure to the book file</source>
        <translation>将抹除写入账簿文件</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Nothing has been written yet. By default the import is all or nothing: fix the problems in the file, or import only the valid rows.</source>
        <translation>尚未写入任何数据。默认情况下，导入要么全部完成，要么完全不导入：请修正文件中的问题，或只导入有效的行。</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows and leave out the rows with problems</source>
        <translation>只导入有效的行，略过有问题的行(&amp;V)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to check once more.</source>
        <translation>检查已取消。返回上一步再点“下一步”即可重新检查。</translation>
    </message>
    <message>
        <source>New owners will be added: %1.</source>
        <translation>将添加新的负责人：%1。</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>共 %1 个问题，下面列出前 %2 个。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>These rows match a customer already in the book or an earlier row of the file. Choose what to do for each kind of match.</source>
        <translation>这些行与账簿中已有的客户或文件中前面的某一行相匹配。请为每种匹配情况选择处理方式。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation>文件中的客户</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配对象</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Rows that match: %1.</source>
        <translation>匹配的行：%1。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV or text file (any encoding, comma, semicolon or tab) or an Excel workbook (.xlsx).</source>
        <translation>CSV 或文本文件（任意编码，以逗号、分号或制表符分隔），或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Customers (one contact per row where given)</source>
        <translation>客户（如有联系人，每行一个联系人）</translation>
    </message>
    <message>
        <source>Contacts of customers already in the book</source>
        <translation>账簿中现有客户的联系人</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入内容(&amp;I)：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格和 CSV 文件 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportJobPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save the problems as CSV…</source>
        <translation>将问题保存为 CSV…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation>导入意外中止。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation>%1 - 问题.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Rows read: %1. To create: %2. To update: %3. Duplicates to skip: %4. With problems: %5.</source>
        <translation>已读取 %1 行。将新建：%2，将更新：%3，跳过重复：%4，有问题：%5。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(Do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Company or individual</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner (sales rep)</source>
        <translation>负责人（销售）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客户起始日期</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer (company) each contact belongs to.</source>
        <translation>请选择哪一列是各联系人所属的客户（公司）。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>请选择包含客户名称的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact&apos;s name.</source>
        <translation>请选择包含联系人姓名的列。</translation>
    </message>
    <message>
        <source>The saved mapping is not readable: %1</source>
        <translation>无法读取已保存的映射：%1</translation>
    </message>
    <message>
        <source>The saved mapping names an unknown field &quot;%1&quot;.</source>
        <translation>已保存的映射中有未知字段“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>设置字段映射</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to &quot;(Do not import)&quot; are left out.</source>
        <translation>为文件中的每一列选择要导入为哪个字段。设为“（不导入）”的列将被忽略。</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>映射名称</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>保存映射(&amp;M)</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>已保存的映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(Choose a saved mapping)</source>
        <translation>（选择已保存的映射）</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已保存的映射</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <source>Reading the saved mappings</source>
        <translation>读取已保存的映射</translation>
    </message>
    <message>
        <source>Reading the saved mapping &quot;%1&quot;</source>
        <translation>读取已保存的映射“%1”</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存映射。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>映射名称不能为空。</translation>
    </message>
    <message>
        <source>Saving the mapping &quot;%1&quot;</source>
        <translation>保存映射“%1”</translation>
    </message>
    <message>
        <source>Deleting the mapping &quot;%1&quot;</source>
        <translation>删除映射“%1”</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>&quot;%1&quot; is neither a company nor an individual.</source>
        <translation>“%1”既不是公司也不是个人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage.</source>
        <translation>“%1”不是已知的阶段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing was imported; the book is as it was.
%1</source>
        <translation>未导入任何数据，账簿保持原样。
%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; the book is as it was.</source>
        <translation>已取消。未导入任何数据，账簿保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows have problems. The book is as it was.</source>
        <translation>未导入任何数据：有 %1 行存在问题。账簿保持原样。</translation>
    </message>
    <message>
        <source>Done. Created: %1. Updated: %2. Duplicates skipped: %3. Rows with problems left out: %4.</source>
        <translation>完成。新建：%1，更新：%2，跳过重复：%3，未导入的问题行：%4。</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Check the preview</source>
        <translation>检查预览</translation>
    </message>
    <message>
        <source>The first row holds the column names. Check that the characters and columns look right.</source>
        <translation>第一行是列名。请检查文字和各列是否显示正确。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取方式：</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>此工作表为空。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>LookupRepository</name>
    <message>
        <source>Reading owners</source>
        <translation>读取负责人</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>负责人姓名不能为空。</translation>
    </message>
    <message>
        <source>Adding the owner &quot;%1&quot;</source>
        <translation>添加负责人“%1”</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <source>Unknown column %1.</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>Reading the list of values</source>
        <translation>读取可选值列表</translation>
    </message>
    <message>
        <source>Reading the book&apos;s settings</source>
        <translation>读取账簿设置</translation>
    </message>
    <message>
        <source>Saving the book&apos;s settings</source>
        <translation>保存账簿设置</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>新建账簿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>打开账簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation>打开演示账簿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Customer created.</source>
        <translation>客户已创建。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the trash</source>
        <translation>
            <numerusform>将 %n 个客户移到回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>打开账簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 账簿 (*.clientele *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新建账簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele)</source>
        <translation>Clientele 账簿 (*.clientele)</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <source>Clientele %1
An offline CRM for small and medium businesses.

Book: %2</source>
        <translation>Clientele %1
面向中小企业的离线 CRM 软件。

账簿：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>已将 %n 个客户移到回收站。按 %1 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，UTF-8 编码，适用于 Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GBK for older Chinese Excel (*.csv)</source>
        <translation>CSV，GBK 编码，适用于旧版中文 Excel (*.csv)</translation>
    </message>
    <message>
        <source>Customers %1.xlsx</source>
        <translation>客户 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash %1.xlsx</source>
        <translation>回收站 %1.xlsx</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>备份设置(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this customer…</source>
        <translation>导出此客户的全部数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Erase this customer (&amp;privacy)…</source>
        <translation>抹除此客户（隐私）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>审计记录(&amp;A)</translation>
    </message>
    <message>
        <source>The book was restored from a backup.</source>
        <translation>账簿已从备份恢复。</translation>
    </message>
    <message>
        <source>Export everything about this customer</source>
        <translation>导出此客户的全部数据</translation>
    </message>
    <message>
        <source>Customer %1 data.json</source>
        <translation>客户 %1 数据.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1 and %2.</source>
        <translation>已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>客户的个人数据已抹除。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a phone number.</source>
        <translation>“%1”的位数不对，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>电子邮件地址为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it has no @.</source>
        <translation>“%1”不是电子邮件地址：缺少 @。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>Pseudonymiser</name>
    <message>
        <source>Reading the pseudonym key</source>
        <translation>读取化名密钥</translation>
    </message>
    <message>
        <source>Saving the pseudonym key</source>
        <translation>保存化名密钥</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the book with the backup. The book as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>恢复会用备份替换账簿中的全部内容。当前账簿会先被备份，因此恢复本身也可以撤销。</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>%1 中的备份</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the book with the backup of %1 (%n customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>用 %1 的备份（%n 个客户）替换账簿中的全部内容？

当前账簿会先被备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book was restored from the backup of %1. The book as it was is kept in %2.</source>
        <translation>账簿已从 %1 的备份恢复。原来的账簿保存在 %2。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Preparing the search index</source>
        <translation>准备搜索索引</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>重建搜索索引</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Compacting the search index</source>
        <translation>压缩搜索索引</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Clientele.</source>
        <translation>新语言将在下次启动 Clientele 时生效。</translation>
    </message>
    <message>
        <source>Two-letter code of a country or region, e.g. CN, TW, HK, US</source>
        <translation>国家或地区的两字母代码，例如 CN、TW、HK、US</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a prefix are from:</source>
        <translation>无区号前缀的电话号码所属地区(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>准备 SQL 语句</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>统计行数</translation>
    </message>
    <message>
        <source>Copying the book to &quot;%1&quot;</source>
        <translation>将账簿复制到“%1”</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>无法创建“%1”。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Restoring from &quot;%1&quot;</source>
        <translation>从“%1”恢复</translation>
    </message>
    <message>
        <source>%1: this build cannot restore a book while it is open.</source>
        <translation>%1：此版本无法在账簿打开时恢复。</translation>
    </message>
</context>
<context>
    <name>SubjectExporter</name>
    <message>
        <source>Collecting the customer&apos;s data</source>
        <translation>收集客户数据</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Everything we hold about %1</source>
        <translation>我们保存的关于 %1 的全部数据</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>导出于 %1。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message numerus="yes">
        <source>%n cell(s) in %1 held more than the 32,767 characters Excel allows and were cut short.</source>
        <translation>
            <numerusform>%1 中有 %n 个单元格超过了 Excel 允许的 32,767 个字符，已被截断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be written in the chosen encoding and appear as &quot;?&quot; in %1.</source>
        <translation>
            <numerusform>有 %n 个字符无法以所选编码写入，在 %1 中显示为“?”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell which format to write: the file name should end in .xlsx or .csv</source>
        <translation>无法确定要写入的格式：文件名应以 .xlsx 或 .csv 结尾</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>这不是文本文件：其中含有二进制数据。</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <source>A note needs some text.</source>
        <translation>记录内容不能为空。</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Reading the timeline</source>
        <translation>读取时间线</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Contact added: %1</source>
        <translation>已添加联系人：%1</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>客户已创建</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>已移到回收站</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Customers in the trash keep their contacts and history until they are deleted for good. Restore brings them back to the list.</source>
        <translation>回收站中的客户在被永久删除之前，会一直保留其联系人和历史记录。点击“恢复”可将客户放回列表。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除这 %n 个客户及其联系人和历史记录吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Clientele</source>
        <translation>欢迎使用 Clientele</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Clientele&lt;/h2&gt;&lt;p&gt;Your customers, their people and everything that happened with them, in one book on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Clientele&lt;/h2&gt;&lt;p&gt;您的客户、客户的联系人，以及与他们往来的一切，都保存在这台电脑上的一本账簿里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open demo book</source>
        <translation>打开演示账簿</translation>
    </message>
    <message>
        <source>Create new book</source>
        <translation>创建新账簿</translation>
    </message>
    <message>
        <source>Start an empty book for your company.</source>
        <translation>为您的公司新建一本空白账簿。</translation>
    </message>
    <message>
        <source>Open existing book…</source>
        <translation>打开现有账簿…</translation>
    </message>
    <message>
        <source>Open a book file from disk.</source>
        <translation>从磁盘打开账簿文件。</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新建账簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele)</source>
        <translation>Clientele 账簿 (*.clientele)</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>打开账簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 账簿 (*.clientele *.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Explore Clientele with %L1 sample customers in English and Chinese.</source>
        <translation>用 %L1 个中英文示例客户体验 Clientele。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is %1 bytes, larger than the limit of %2 bytes: refused.</source>
        <translation>文件大小为 %1 字节，超过了 %2 字节的上限：已拒绝。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again, then import it.</source>
        <translation>该工作簿受密码保护。请在 Excel 中删除密码（文件 &gt; 信息 &gt; 保护工作簿），重新保存后再导入。</translation>
    </message>
    <message>
        <source>The workbook is in the old .xls format. Save it as .xlsx or CSV in Excel or LibreOffice, then import it.</source>
        <translation>该工作簿是旧版 .xls 格式。请在 Excel 或 LibreOffice 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook.</source>
        <translation>该文件不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx files are zip archives, this one is not).</source>
        <translation>该文件不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，而该文件不是）。</translation>
    </message>
    <message>
        <source>The workbook is in the binary .xlsb format. Save it as .xlsx or CSV, then import it.</source>
        <translation>该工作簿是二进制 .xlsb 格式。请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no %1.</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿：其中没有 %1。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>该工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 has no data in the file (its part is missing).</source>
        <translation>工作表 %1 在文件中没有数据（缺少其内部文件）。</translation>
    </message>
    <message>
        <source>Shared string %1 has more than %2 characters: refused.</source>
        <translation>共享字符串 %1 超过 %2 个字符：已拒绝。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>该工作簿中没有名为 %1 的工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 ends too early: the file is incomplete.</source>
        <translation>工作表 %1 提前结束：文件不完整。</translation>
    </message>
    <message>
        <source>The cell reference %1 in row %2 is not valid.</source>
        <translation>第 %2 行中的单元格引用 %1 无效。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns: refused.</source>
        <translation>第 %1 行超过 %2 列：已拒绝。</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters: refused.</source>
        <translation>单元格 %1 超过 %2 个字符：已拒绝。</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which the workbook does not have.</source>
        <translation>单元格 %1 引用了共享字符串 %2，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a boolean (0 or 1) belongs.</source>
        <translation>单元格 %1 应为布尔值（0 或 1），实际为 %2。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a date belongs.</source>
        <translation>单元格 %1 应为日期，实际为 %2。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a number belongs.</source>
        <translation>单元格 %1 应为数字，实际为 %2。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetScanner</name>
    <message>
        <source>there is text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>there is a second root element</source>
        <translation>存在第二个根元素</translation>
    </message>
    <message>
        <source>a &lt; does not start a tag (write &amp;lt;)</source>
        <translation>“&lt;”不是标签的开头（应写作 &amp;lt;）</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; has a / that does not end it</source>
        <translation>标签 &lt;%1&gt; 中有一个不在末尾的 /</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; has a character that is not part of an attribute</source>
        <translation>标签 &lt;%1&gt; 中有不属于任何属性的字符</translation>
    </message>
    <message>
        <source>the attribute %1 has no value</source>
        <translation>属性 %1 没有值</translation>
    </message>
    <message>
        <source>the value of the attribute %1 is not in quotes</source>
        <translation>属性 %1 的值没有用引号括起来</translation>
    </message>
    <message>
        <source>the value of the attribute %1 contains a &lt; (write &amp;lt;)</source>
        <translation>属性 %1 的值中含有 &lt;（应写作 &amp;lt;）</translation>
    </message>
    <message>
        <source>The part %1 nests elements more than %2 deep: refused.</source>
        <translation>内部文件 %1 的元素嵌套超过 %2 层：已拒绝。</translation>
    </message>
    <message>
        <source>an end tag has no name</source>
        <translation>结束标签没有名称</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not end with &gt;</source>
        <translation>结束标签 &lt;/%1&gt; 不是以 &gt; 结尾</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; has no start tag</source>
        <translation>结束标签 &lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>结束标签 &lt;/%1&gt; 与开始标签 &lt;%2&gt; 不匹配</translation>
    </message>
    <message>
        <source>there is a CDATA section outside the root element</source>
        <translation>根元素之外有 CDATA 节</translation>
    </message>
    <message>
        <source>The part %1 contains a document type declaration (DTD), which workbooks never have: refused.</source>
        <translation>内部文件 %1 含有文档类型声明（DTD），而工作簿中不应有这种声明：已拒绝。</translation>
    </message>
    <message>
        <source>a &lt;! starts neither a comment nor a CDATA section</source>
        <translation>“&lt;!”既不是注释的开头，也不是 CDATA 节的开头</translation>
    </message>
    <message>
        <source>an &amp; does not start a reference (write &amp;amp;)</source>
        <translation>“&amp;”不是引用的开头（应写作 &amp;amp;）</translation>
    </message>
    <message>
        <source>&amp;%1; is not a valid character reference</source>
        <translation>&amp;%1; 不是有效的字符引用</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>实体 &amp;%1; 未定义</translation>
    </message>
    <message>
        <source>The part %1 has a single piece of XML larger than %2 bytes: refused.</source>
        <translation>内部文件 %1 中有一段 XML 超过 %2 字节：已拒绝。</translation>
    </message>
    <message>
        <source>The part %1 ends too early: the file is incomplete.</source>
        <translation>内部文件 %1 提前结束：文件不完整。</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2): %3</source>
        <translation>内部文件 %1 不是格式正确的 XML（第 %2 行）：%3</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>An Excel sheet holds at most %1 columns; the table has %2</source>
        <translation>Excel 工作表最多只能有 %1 列；此表格有 %2 列</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>Cannot start the workbook (out of memory?)</source>
        <translation>无法创建工作簿（内存不足？）</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1</source>
        <translation>无法在 %1 中创建临时文件</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; the table has more</source>
        <translation>Excel 工作表最多只能有 %1 行；此表格超出了这个行数</translation>
    </message>
    <message>
        <source>Cannot write the temporary data to %1; the disk may be full</source>
        <translation>无法将临时数据写入 %1；磁盘可能已满</translation>
    </message>
    <message>
        <source>Cannot put the finished file in place: %1</source>
        <translation>无法将完成的文件移到目标位置：%1</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>Cannot use a temporary file in %1</source>
        <translation>无法使用 %1 中的临时文件</translation>
    </message>
    <message>
        <source>Cannot write the file; the disk may be full</source>
        <translation>无法写入文件；磁盘可能已满</translation>
    </message>
    <message>
        <source>Out of memory while writing the file</source>
        <translation>写入文件时内存不足</translation>
    </message>
    <message>
        <source>Cannot write the file: %1 (libxlsxwriter error %2)</source>
        <translation>无法写入文件：%1（libxlsxwriter 错误 %2）</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file cannot be read as a zip archive: it is damaged or incomplete.</source>
        <translation>无法将该文件作为 zip 压缩包读取：文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The zip directory of the file is damaged.</source>
        <translation>该文件的 zip 目录已损坏。</translation>
    </message>
    <message>
        <source>The zip archive lists %1 entries, more than a workbook can have (%2).</source>
        <translation>该 zip 压缩包列出了 %1 个条目，超过了工作簿可能包含的数量（%2）。</translation>
    </message>
    <message>
        <source>The zip archive is encrypted (entry %1); remove the password in Excel and save again.</source>
        <translation>该 zip 压缩包已加密（条目 %1）；请在 Excel 中删除密码后重新保存。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中没有内部文件 %1。</translation>
    </message>
    <message>
        <source>The part %1 would unpack to %2 bytes, more than the limit of %3 bytes: refused as a possible zip bomb.</source>
        <translation>内部文件 %1 解压后将达 %2 字节，超过 %3 字节的上限：可能是 zip 炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>The part %1 is compressed more than %2 times: refused as a possible zip bomb.</source>
        <translation>内部文件 %1 的压缩比超过 %2 倍：可能是 zip 炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked: the file is damaged or uses an unsupported compression.</source>
        <translation>无法解压内部文件 %1：文件已损坏或使用了不支持的压缩方式。</translation>
    </message>
    <message>
        <source>The part %1 is damaged: its compressed data cannot be unpacked.</source>
        <translation>内部文件 %1 已损坏：其压缩数据无法解压。</translation>
    </message>
    <message>
        <source>The part %1 is damaged: its checksum or size does not match.</source>
        <translation>内部文件 %1 已损坏：校验和或大小不匹配。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more data than its zip entry declares: refused as a possible zip bomb.</source>
        <translation>内部文件 %1 解压后的数据多于其 zip 条目声明的大小：可能是 zip 炸弹，已拒绝。</translation>
    </message>
</context>
<context>
    <name>ZipXmlStream</name>
    <message>
        <source>The part %1 contains a document type declaration (DTD), which workbooks never have: refused.</source>
        <translation>内部文件 %1 含有文档类型声明（DTD），而工作簿中不应有这种声明：已拒绝。</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2): %3</source>
        <translation>内部文件 %1 不是格式正确的 XML（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>The part %1 ends too early: the file is incomplete.</source>
        <translation>内部文件 %1 提前结束：文件不完整。</translation>
    </message>
    <message>
        <source>The part %1 has a single piece of XML larger than %2 bytes: refused.</source>
        <translation>内部文件 %1 中有一段 XML 超过 %2 字节：已拒绝。</translation>
    </message>
</context>
</TS>
