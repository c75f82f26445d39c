<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Application</name>
    <message>
        <source>Clientele, an offline CRM</source>
        <translation>Clientele，離線 CRM 軟體</translation>
    </message>
    <message>
        <source>Open the demo book (created on first use).</source>
        <translation>開啟示範帳簿（首次使用時建立）。</translation>
    </message>
    <message>
        <source>Open the book FILE.</source>
        <translation>開啟帳簿 FILE。</translation>
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
        <translation>將主視窗的截圖儲存到 FILE，然後結束。</translation>
    </message>
    <message>
        <source>Start with TEXT in the search field.</source>
        <translation>啟動時在搜尋欄位中填入 TEXT。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The book failed its integrity check. Make a copy of the file before changing anything, and restore a backup if you have one.

%1</source>
        <translation>帳簿未通過完整性檢查。在進行任何變更之前，請先複製一份此檔案；如果有備份，請還原備份。

%1</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Use the language LANG (en, zh_CN or zh_TW).</source>
        <translation>使用 LANG 語言（en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; use File &gt; Open book to open it.</source>
        <translation>「%1」已存在；請使用「檔案 &gt; 開啟帳簿」開啟它。</translation>
    </message>
    <message>
        <source>With --screenshot and an import view: the file to import.</source>
        <translation>搭配 --screenshot 及匯入畫面使用：要匯入的檔案。</translation>
    </message>
    <message>
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, backup-settings, audit, erase).</source>
        <translation>與 --screenshot 一起使用：要顯示的內容（list、contacts、timeline、trash、edit、duplicates、import-preview、import-mapping、import-check、import-duplicates、import-done、backup-settings、audit、erase）。</translation>
    </message>
    <message>
        <source>Called about the renewal.</source>
        <translation>已致電洽談續約事宜。</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>已移至資源回收筒</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>已永久刪除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <source>Erased (privacy)</source>
        <translation>已抹除（隱私）</translation>
    </message>
    <message>
        <source>Book restored from a backup</source>
        <translation>帳簿已從備份還原</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>帳簿</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording the change in the audit trail</source>
        <translation>在稽核紀錄中記錄變更</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>讀取稽核紀錄</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客戶 ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>All records</source>
        <translation>所有紀錄類型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更內容</translation>
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
        <translation>僅顯示最新的 %1 筆；縮小篩選範圍或匯出以檢視全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>共 %n 筆紀錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>匯出稽核紀錄</translation>
    </message>
    <message>
        <source>Audit trail.xlsx</source>
        <translation>稽核紀錄.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %n 筆紀錄匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>The book was not backed up: %1</source>
        <translation>帳簿未能備份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 (%n customer(s)).</source>
        <translation>
            <numerusform>已備份至 %1（%n 位客戶）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>無法建立備份資料夾「%1」。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <source>The backup was made but failed its check, so it was deleted: %1</source>
        <translation>備份已產生但未通過檢查，因此已刪除：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup &quot;%1&quot;.</source>
        <translation>無法寫入備份「%1」。</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the backup but %3 in the book.</source>
        <translation>資料表 %1 在備份中有 %2 列，而帳簿中有 %3 列。</translation>
    </message>
    <message>
        <source>The backup has %1 tables, the book %2.</source>
        <translation>備份有 %1 個資料表，帳簿有 %2 個。</translation>
    </message>
    <message>
        <source>Cannot delete the old backup &quot;%1&quot;.</source>
        <translation>無法刪除舊備份「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>無法從「%1」還原：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Clientele.</source>
        <translation>「%1」由較新版本的 Clientele 儲存。</translation>
    </message>
    <message>
        <source>Nothing was restored because the current book could not be backed up first: %1</source>
        <translation>未還原任何內容，因為無法先備份目前的帳簿：%1</translation>
    </message>
    <message>
        <source>Cannot move the damaged book &quot;%1&quot; aside.</source>
        <translation>無法移開已損毀的帳簿「%1」。</translation>
    </message>
    <message>
        <source>Cannot copy &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>無法將「%1」複製到「%2」。</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Reading the backup settings</source>
        <translation>讀取備份設定</translation>
    </message>
    <message>
        <source>Saving the backup settings</source>
        <translation>儲存備份設定</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>備份設定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Never while open</source>
        <translation>開啟期間不備份</translation>
    </message>
    <message>
        <source>Back up when the book is &amp;closed</source>
        <translation>關閉帳簿時備份(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>備份間隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily copies:</source>
        <translation>保留每日副本(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep &amp;weekly copies:</source>
        <translation>保留每週副本(&amp;W)：</translation>
    </message>
    <message>
        <source>Keep &amp;monthly copies:</source>
        <translation>保留每月副本(&amp;M)：</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次備份：%1</translation>
    </message>
    <message>
        <source>This book has not been backed up yet.</source>
        <translation>此帳簿尚未備份。</translation>
    </message>
    <message>
        <source>Each backup is checked (integrity and record counts) before older ones are deleted. A folder on another disk or a synced folder also protects the book from a broken computer.</source>
        <translation>每個備份都會先經過檢查（完整性與紀錄數），之後才刪除較舊的備份。使用另一顆磁碟上的資料夾或同步資料夾，也能在電腦故障時保護帳簿。</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即備份(&amp;N)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created or used.</source>
        <translation>無法建立或使用資料夾「%1」。</translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>The book &quot;%1&quot; is already open in another Clientele window or program (process %2 on %3).</source>
        <translation>帳簿「%1」已在另一個 Clientele 視窗或程式中開啟（%3 上的處理程序 %2）。</translation>
    </message>
    <message>
        <source>Cannot create the lock file &quot;%1&quot; next to the book.</source>
        <translation>無法在帳簿旁建立鎖定檔「%1」。</translation>
    </message>
</context>
<context>
    <name>BookOpener</name>
    <message>
        <source>Creating the demo book…</source>
        <translation>正在建立示範帳簿…</translation>
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
        <translation>準備匯入</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation>新增標籤「%1」</translation>
    </message>
    <message>
        <source>Adding phones and emails</source>
        <translation>新增電話和電子郵件</translation>
    </message>
    <message>
        <source>Adding the customer &quot;%1&quot;</source>
        <translation>新增客戶「%1」</translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Adding the contact &quot;%1&quot;</source>
        <translation>新增聯絡人「%1」</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>新增紀錄</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>儲存匯入的資料</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要指定值</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>多餘的引數：%1</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format 必須是 csv 或 json，而不是「%1」</translation>
    </message>
    <message>
        <source>--limit must be a whole number, not &quot;%1&quot;</source>
        <translation>--limit 必須是整數，而不是「%1」</translation>
    </message>
    <message>
        <source>there is no owner named &quot;%1&quot;</source>
        <translation>沒有名為「%1」的負責人</translation>
    </message>
    <message>
        <source>customers add needs --name</source>
        <translation>customers add 需要 --name</translation>
    </message>
    <message>
        <source>--kind must be company or individual, not &quot;%1&quot;</source>
        <translation>--kind 必須是 company 或 individual，而不是「%1」</translation>
    </message>
    <message>
        <source>--stage must be lead, prospect, customer or inactive, not &quot;%1&quot;</source>
        <translation>--stage 必須是 lead、prospect、customer 或 inactive，而不是「%1」</translation>
    </message>
    <message>
        <source>likely duplicate of customer %1 &quot;%2&quot; (%3); add --force to create it anyway</source>
        <translation>可能與客戶 %1「%2」重複（%3）；如仍要建立，請加上 --force</translation>
    </message>
    <message>
        <source>customers show needs a customer id (a positive number)</source>
        <translation>customers show 需要客戶 ID（正整數）</translation>
    </message>
    <message>
        <source>customers takes list, add or show</source>
        <translation>customers 後面應為 list、add 或 show</translation>
    </message>
    <message>
        <source>--db FILE comes first</source>
        <translation>必須先給出 --db FILE</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>未知的命令「%1」（請參閱 --help）</translation>
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
  demo --customers N --seed S      以示範資料填入新帳簿
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts FILE  匯入 CSV/TSV/TXT 或 .xlsx 檔案
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv]
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk] [--anonymise] [--with-consent]
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              以備份取代帳簿（先備份目前的帳簿）
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  永久刪除客戶的個人資料
  check                           對帳簿執行 SQLite 完整性檢查
</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>編輯聯絡人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>職稱(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
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
        <translation>讀取聯絡人</translation>
    </message>
    <message>
        <source>Adding the contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>儲存聯絡人</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>此聯絡人已不存在。</translation>
    </message>
    <message>
        <source>Removing the contact</source>
        <translation>移除聯絡人</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>這是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>The file is too large: %1 MB, more than the %2 MB that can be imported.</source>
        <translation>檔案過大：%1 MB，超過可匯入的上限 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>未知的文字編碼「%1」。</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields of a CSV file.</source>
        <translation>「%1」不能作為 CSV 檔案的欄位分隔符號。</translation>
    </message>
    <message>
        <source>The file has no sheet named “%1”.</source>
        <translation>檔案中沒有名為「%1」的工作表。</translation>
    </message>
    <message>
        <source>A quoted cell is not closed: its closing quote is missing.</source>
        <translation>含引號的儲存格未結束：缺少結尾的引號。</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>此列超過 %1 欄。</translation>
    </message>
    <message>
        <source>The quoted cell is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation>含引號的儲存格超過 %1 個字元；可能缺少結尾的引號。</translation>
    </message>
    <message>
        <source>The cell is longer than %1 characters.</source>
        <translation>儲存格超過 %1 個字元。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character; it may have been cut off.</source>
        <translation>檔案結尾有一個不完整的字元；檔案可能已被截斷。</translation>
    </message>
    <message>
        <source>The cell has bytes that are not %1 text (or a NUL character); perhaps the file mixes encodings or is damaged. Save it in one encoding, or choose the encoding by hand.</source>
        <translation>儲存格中有不屬於 %1 文字的位元組（或 NUL 字元）；檔案可能混用了多種編碼，或已損毀。請將檔案以單一編碼儲存，或手動選擇編碼。</translation>
    </message>
    <message>
        <source>%1 (BOM)</source>
        <translation>%1（含 BOM）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab 字元</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
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
        <translation>此系統無法寫入 GBK 文字（Qt 建置時未啟用 ICU）</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>無法建立檔案：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>無法儲存檔案：%1</translation>
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
        <translation>個人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活躍</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Company or person (required)</source>
        <translation>公司或個人名稱（必填）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>產業(&amp;I)：</translation>
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
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>網站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>階段(&amp;T)：</translation>
    </message>
    <message>
        <source>This looks like a customer already in the book:

%1

Create it anyway?</source>
        <translation>帳簿中似乎已有這個客戶：

%1

仍要建立嗎？</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <source>Separate several numbers with ; or ,</source>
        <translation>多個號碼以 ; 或 , 分隔</translation>
    </message>
    <message>
        <source>Separate several addresses with ; or ,</source>
        <translation>多個地址以 ; 或 , 分隔</translation>
    </message>
    <message>
        <source>Separate tags with , or ;</source>
        <translation>標籤以 , 或 ; 分隔</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>類型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地區(&amp;G)：</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>等級(&amp;R)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
</context>
<context>
    <name>CustomerFilePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>新增紀錄(&amp;N)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>產業：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地區：</translation>
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
        <translation>電話：</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>網站：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>建立時間：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新時間：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未選取客戶</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>已於 %1 移至資源回收筒</translation>
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
        <translation>聯絡人（%1）</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <source>Remove %1 from this customer?</source>
        <translation>要從此客戶中移除「%1」嗎？</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增紀錄</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>發生了什麼事？</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Skip the row</source>
        <translation>略過此列</translation>
    </message>
    <message>
        <source>Update the existing customer</source>
        <translation>更新現有客戶</translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation>仍要建立新客戶</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>電話號碼相同</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>電子郵件地址相同</translation>
    </message>
    <message>
        <source>Same name and city</source>
        <translation>名稱和城市相同</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>準備匯入</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>檔案是空的：沒有標題列。</translation>
    </message>
    <message>
        <source>Looking for the customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>聯絡人姓名為必填欄位。</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot; in the book.</source>
        <translation>帳簿中沒有名為「%1」的客戶。</translation>
    </message>
    <message>
        <source>Several customers are named &quot;%1&quot;: add a City column to tell them apart.</source>
        <translation>有多個客戶名為「%1」：請加入「城市」欄以區分。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>欄標題</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <source>Search names, contacts, phones, emails (Ctrl+F)</source>
        <translation>搜尋名稱、聯絡人、電話、電子郵件（Ctrl+F）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有負責人</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有階段</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地區</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1+ 個客戶</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 個客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerMerger</name>
    <message>
        <source>Moving records to the other customer</source>
        <translation>將紀錄移至另一個客戶</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客戶無法與自己合併。</translation>
    </message>
    <message>
        <source>“%1” is in the trash: restore it before merging.</source>
        <translation>「%1」在資源回收筒中：請先還原再合併。</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>合併客戶</translation>
    </message>
    <message>
        <source>Merged with “%1”</source>
        <translation>已與「%1」合併</translation>
    </message>
    <message>
        <source>Undoing the merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <source>“%1” was merged into “%2” after this merge: restore “%1” first.</source>
        <translation>在這次合併之後，「%1」又被合併到「%2」：請先還原「%1」。</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Creating the customer</source>
        <translation>建立客戶</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>儲存客戶</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>此客戶已不存在。</translation>
    </message>
    <message>
        <source>Saving phones and emails</source>
        <translation>儲存電話和電子郵件</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>儲存標籤</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>更新搜尋索引</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>讀取客戶</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>沒有 ID 為 %1 的客戶。</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>列出客戶</translation>
    </message>
    <message>
        <source>Moving customers to the trash</source>
        <translation>將客戶移至資源回收筒</translation>
    </message>
    <message>
        <source>Restoring customers</source>
        <translation>還原客戶</translation>
    </message>
    <message>
        <source>Deleting customers for good</source>
        <translation>永久刪除客戶</translation>
    </message>
    <message>
        <source>Only customers in the trash can be deleted for good.</source>
        <translation>只有資源回收筒中的客戶才能永久刪除。</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>尋找重複的客戶</translation>
    </message>
    <message>
        <source>Counting customers</source>
        <translation>計算客戶數量</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The name is required.</source>
        <translation>名稱為必填欄位。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名稱超過 200 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>「%1」不是網址。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>聯絡人姓名為必填欄位。</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>生日不能是未來的日期。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The book &quot;%1&quot; does not exist.</source>
        <translation>帳簿「%1」不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Clientele book: the file is not an SQLite database.</source>
        <translation>「%1」不是 Clientele 帳簿：此檔案不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or not a database: %2</source>
        <translation>「%1」已損毀或不是資料庫：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a Clientele book.</source>
        <translation>「%1」是 SQLite 資料庫，但不是 Clientele 帳簿。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Clientele (book format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>「%1」是由較新版本的 Clientele 儲存的（帳簿格式 %2；此版本最高只能讀取格式 %3）。請安裝新版本以開啟此檔案。</translation>
    </message>
    <message>
        <source>The book was not upgraded because no backup could be made first: %1</source>
        <translation>帳簿未升級，因為無法事先建立備份：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation>無法使用「%1」：%2</translation>
    </message>
    <message>
        <source>The book &quot;%1&quot; is damaged: %2</source>
        <translation>帳簿「%1」已損毀：%2</translation>
    </message>
    <message>
        <source>Copying the book</source>
        <translation>複製帳簿</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be verified: %2</source>
        <translation>無法驗證副本「%1」：%2</translation>
    </message>
    <message>
        <source>Book format %1 is missing from this build.</source>
        <translation>此版本的程式不含帳簿格式 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>Upgrading the book to format %1</source>
        <translation>將帳簿升級至格式 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an upgrade, but it is open read-only.</source>
        <translation>「%1」需要升級，但它是以唯讀方式開啟的。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客戶數量不能為負數。</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <translation>檢查帳簿</translation>
    </message>
    <message>
        <source>The book already has customers; demo data goes into a new, empty book.</source>
        <translation>帳簿中已有客戶；示範資料只能寫入新建立的空白帳簿。</translation>
    </message>
    <message>
        <source>Cancelled; the book was left as it was.</source>
        <translation>已取消；帳簿維持原狀。</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>Same phone number: %1</source>
        <translation>電話號碼相同：%1</translation>
    </message>
    <message>
        <source>Same email address: %1</source>
        <translation>電子郵件地址相同：%1</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>名稱相似</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>尋找重複的客戶</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>已取消尋找重複的客戶。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>尋找重複的客戶</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>重新尋找(&amp;A)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt; (stays in the book)</source>
        <translation>&lt;b&gt;保留&lt;/b&gt;（留在帳簿中）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge into it&lt;/b&gt; (goes to the trash)</source>
        <translation>&lt;b&gt;合併到保留方&lt;/b&gt;（移至資源回收筒）</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>左右互換(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合併(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The customer on the right goes to the trash and its contacts and notes move to the one on the left; restoring it from the trash undoes the merge.</source>
        <translation>為每個欄位選擇要保留的值。右側的客戶會移至資源回收筒，其聯絡人和紀錄會移到左側的客戶；從資源回收筒還原該客戶即可復原合併。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在尋找重複的客戶…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>已取消尋找。</translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation>電話相同：%1</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>電子郵件相同：%1</translation>
    </message>
    <message>
        <source>Same name: %1</source>
        <translation>名稱相同：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未發現可能重複的客戶。</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates found; the first %2 are listed. Merge them, then search again for the rest.</source>
        <translation>發現 %1 組可能重複的客戶，以下列出前 %2 組。請先合併這些，再重新尋找其餘的。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>發現 %n 組可能重複的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>請選擇兩個不同的客戶。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?

“%1” goes to the trash and its contacts and notes move to “%2”, which keeps the values chosen here. Restoring “%1” from the trash undoes the merge.</source>
        <translation>要將「%1」合併到「%2」嗎？

「%1」會移至資源回收筒，其聯絡人和紀錄會移到「%2」，「%2」將保留此處選擇的值。從資源回收筒還原「%1」即可復原合併。</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合併客戶</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>抹除客戶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of &quot;%1&quot;?&lt;/b&gt;</source>
        <translation>&lt;b&gt;抹除「%1」的全部個人資料？&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>This removes for good the customer, %n contact(s) with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</source>
        <translation>
            <numerusform>這將永久刪除該客戶、%n 位聯絡人及其電話與電子郵件、備註、標籤以及稽核紀錄中記下的值，也會從資源回收筒、搜尋索引與帳簿檔案本身刪除。稽核紀錄只保留「發生過一次抹除」。如有訂單，訂單會保留以確保銷售數據正確，但不含客戶名稱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before now still hold this data until rotation deletes them (after at most a year with the default settings). It cannot be undone: export the customer&apos;s data first if they asked for a copy.</source>
        <translation>先前產生的備份仍保存這些資料，直到輪替將其刪除（預設設定下最多一年）。此操作無法復原：如果客戶要求提供副本，請先匯出其資料。</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>我了解此操作無法復原</translation>
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
        <translation>抹除客戶</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 為 %1 的客戶。</translation>
    </message>
    <message>
        <source>Writing the erasure to the book file</source>
        <translation>將抹除寫入帳簿檔案</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
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
        <translation>檢查資料列</translation>
    </message>
    <message>
        <source>Nothing has been written yet. By default the import is all or nothing: fix the problems in the file, or import only the valid rows.</source>
        <translation>尚未寫入任何資料。預設情況下，匯入只會全部完成或完全不匯入：請修正檔案中的問題，或只匯入有效的列。</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows and leave out the rows with problems</source>
        <translation>只匯入有效的列，略過有問題的列(&amp;V)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>無法匯入此檔案：%1</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back and forward again to check once more.</source>
        <translation>已取消檢查。返回上一步再按「下一步」即可重新檢查。</translation>
    </message>
    <message>
        <source>New owners will be added: %1.</source>
        <translation>將新增負責人：%1。</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>共 %1 個問題，以下列出前 %2 個。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重複項目</translation>
    </message>
    <message>
        <source>These rows match a customer already in the book or an earlier row of the file. Choose what to do for each kind of match.</source>
        <translation>這些列與帳簿中已有的客戶或檔案中前面的某一列相符。請為每種相符情況選擇處理方式。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation>檔案中的客戶</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符對象</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>檔案第 %1 列</translation>
    </message>
    <message>
        <source>Rows that match: %1.</source>
        <translation>相符的列：%1。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>A CSV or text file (any encoding, comma, semicolon or tab) or an Excel workbook (.xlsx).</source>
        <translation>CSV 或文字檔（任何編碼，以逗號、分號或 Tab 分隔），或 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Customers (one contact per row where given)</source>
        <translation>客戶（如有聯絡人，每列一位聯絡人）</translation>
    </message>
    <message>
        <source>Contacts of customers already in the book</source>
        <translation>帳簿中現有客戶的聯絡人</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>匯入內容(&amp;I)：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>試算表和 CSV 檔案 (*.xlsx *.csv *.tsv *.txt);;所有檔案 (*)</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>欄標題</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Save the problems as CSV…</source>
        <translation>將問題儲存為 CSV…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation>匯入意外中止。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation>%1 - 問題.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>儲存問題清單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Rows read: %1. To create: %2. To update: %3. Duplicates to skip: %4. With problems: %5.</source>
        <translation>已讀取 %1 列。將新增：%2，將更新：%3，略過重複：%4，有問題：%5。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(Do not import)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Company or individual</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/地區</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner (sales rep)</source>
        <translation>負責人（業務）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>客戶起始日期</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>聯絡人職稱</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡人電話</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>聯絡人電子郵件</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer (company) each contact belongs to.</source>
        <translation>請選擇哪一欄是各聯絡人所屬的客戶（公司）。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>請選擇包含客戶名稱的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact&apos;s name.</source>
        <translation>請選擇包含聯絡人姓名的欄。</translation>
    </message>
    <message>
        <source>The saved mapping is not readable: %1</source>
        <translation>無法讀取已儲存的對應：%1</translation>
    </message>
    <message>
        <source>The saved mapping names an unknown field &quot;%1&quot;.</source>
        <translation>已儲存的對應中有未知的欄位「%1」。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>設定欄位對應</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to &quot;(Do not import)&quot; are left out.</source>
        <translation>為檔案中的每一欄選擇要匯入為哪個欄位。設為「（不匯入）」的欄將略過不匯入。</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>對應名稱</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>儲存對應(&amp;M)</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>已儲存的對應(&amp;M)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前幾個值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>(Choose a saved mapping)</source>
        <translation>（選擇已儲存的對應）</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已儲存的對應</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <source>Reading the saved mappings</source>
        <translation>讀取已儲存的對應</translation>
    </message>
    <message>
        <source>Reading the saved mapping &quot;%1&quot;</source>
        <translation>讀取已儲存的對應「%1」</translation>
    </message>
    <message>
        <source>There is no saved mapping named &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的已儲存對應。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>對應名稱不可空白。</translation>
    </message>
    <message>
        <source>Saving the mapping &quot;%1&quot;</source>
        <translation>儲存對應「%1」</translation>
    </message>
    <message>
        <source>Deleting the mapping &quot;%1&quot;</source>
        <translation>刪除對應「%1」</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>&quot;%1&quot; is neither a company nor an individual.</source>
        <translation>「%1」既不是公司也不是個人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known stage.</source>
        <translation>「%1」不是已知的階段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>「%1」不是日期（請使用 YYYY-MM-DD 格式）。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Nothing was imported; the book is as it was.
%1</source>
        <translation>未匯入任何資料，帳簿維持原狀。
%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported; the book is as it was.</source>
        <translation>已取消。未匯入任何資料，帳簿維持原狀。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows have problems. The book is as it was.</source>
        <translation>未匯入任何資料：有 %1 列有問題。帳簿維持原狀。</translation>
    </message>
    <message>
        <source>Done. Created: %1. Updated: %2. Duplicates skipped: %3. Rows with problems left out: %4.</source>
        <translation>完成。新增：%1，更新：%2，略過重複：%3，未匯入的問題列：%4。</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Check the preview</source>
        <translation>檢查預覽</translation>
    </message>
    <message>
        <source>The first row holds the column names. Check that the characters and columns look right.</source>
        <translation>第一列是欄名。請檢查文字和各欄是否顯示正確。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>讀取方式：</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>此工作表是空的。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>匯入客戶</translation>
    </message>
</context>
<context>
    <name>LookupRepository</name>
    <message>
        <source>Reading owners</source>
        <translation>讀取負責人</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>負責人姓名不可空白。</translation>
    </message>
    <message>
        <source>Adding the owner &quot;%1&quot;</source>
        <translation>新增負責人「%1」</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>讀取標籤</translation>
    </message>
    <message>
        <source>Unknown column %1.</source>
        <translation>未知的欄位 %1。</translation>
    </message>
    <message>
        <source>Reading the list of values</source>
        <translation>讀取選項清單</translation>
    </message>
    <message>
        <source>Reading the book&apos;s settings</source>
        <translation>讀取帳簿設定</translation>
    </message>
    <message>
        <source>Saving the book&apos;s settings</source>
        <translation>儲存帳簿設定</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>新增帳簿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>開啟帳簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation>開啟示範帳簿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>編輯客戶(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移至資源回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>資源回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>關於 Clientele(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <source>Customer created.</source>
        <translation>已建立客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the trash</source>
        <translation>
            <numerusform>將 %n 個客戶移至資源回收筒</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移至資源回收筒</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>開啟帳簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 帳簿 (*.clientele *.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新增帳簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele)</source>
        <translation>Clientele 帳簿 (*.clientele)</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>關於 Clientele</translation>
    </message>
    <message>
        <source>Clientele %1
An offline CRM for small and medium businesses.

Book: %2</source>
        <translation>Clientele %1
專為中小企業設計的離線 CRM 軟體。

帳簿：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>已將 %n 個客戶移到資源回收筒。按 %1 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>匯出清單(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>尋找重複的客戶(&amp;D)…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>匯入完成。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，UTF-8 編碼，適用於 Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GBK for older Chinese Excel (*.csv)</source>
        <translation>CSV，GBK 編碼，適用於舊版簡體中文 Excel (*.csv)</translation>
    </message>
    <message>
        <source>Customers %1.xlsx</source>
        <translation>客戶 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>匯出清單</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消匯出，未寫入任何檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %n 個客戶匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash %1.xlsx</source>
        <translation>資源回收筒 %1.xlsx</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>備份設定(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this customer…</source>
        <translation>匯出此客戶的全部資料(&amp;X)…</translation>
    </message>
    <message>
        <source>Erase this customer (&amp;privacy)…</source>
        <translation>抹除此客戶（隱私）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>稽核紀錄(&amp;A)</translation>
    </message>
    <message>
        <source>The book was restored from a backup.</source>
        <translation>帳簿已從備份還原。</translation>
    </message>
    <message>
        <source>Export everything about this customer</source>
        <translation>匯出此客戶的全部資料</translation>
    </message>
    <message>
        <source>Customer %1 data.json</source>
        <translation>客戶 %1 資料.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1 and %2.</source>
        <translation>已寫入 %1 與 %2。</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>客戶的個人資料已抹除。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>電話號碼是空的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a phone number.</source>
        <translation>「%1」的位數不正確，不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>電子郵件地址是空的。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it has no @.</source>
        <translation>「%1」不是電子郵件地址：缺少 @。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>「%1」不是有效的電子郵件地址。</translation>
    </message>
</context>
<context>
    <name>Pseudonymiser</name>
    <message>
        <source>Reading the pseudonym key</source>
        <translation>讀取化名金鑰</translation>
    </message>
    <message>
        <source>Saving the pseudonym key</source>
        <translation>儲存化名金鑰</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the book with the backup. The book as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>還原會以備份取代帳簿中的全部內容。目前的帳簿會先備份，因此還原本身也可以復原。</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>%1 中的備份</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the book with the backup of %1 (%n customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>以 %1 的備份（%n 位客戶）取代帳簿中的全部內容？

目前的帳簿會先備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book was restored from the backup of %1. The book as it was is kept in %2.</source>
        <translation>帳簿已從 %1 的備份還原。原本的帳簿保存在 %2。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Preparing the search index</source>
        <translation>準備搜尋索引</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>更新搜尋索引</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>重建搜尋索引</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Compacting the search index</source>
        <translation>壓縮搜尋索引</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Clientele.</source>
        <translation>新語言將在下次啟動 Clientele 時生效。</translation>
    </message>
    <message>
        <source>Two-letter code of a country or region, e.g. CN, TW, HK, US</source>
        <translation>國家或地區的兩字母代碼，例如 CN、TW、HK、US</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a prefix are from:</source>
        <translation>無國碼前綴的電話號碼所屬地區(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失敗：%2</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>準備 SQL 陳述式</translation>
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
        <translation>計算列數</translation>
    </message>
    <message>
        <source>Copying the book to &quot;%1&quot;</source>
        <translation>將帳簿複製到「%1」</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>無法建立「%1」。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;.</source>
        <translation>無法開啟「%1」。</translation>
    </message>
    <message>
        <source>Restoring from &quot;%1&quot;</source>
        <translation>從「%1」還原</translation>
    </message>
    <message>
        <source>%1: this build cannot restore a book while it is open.</source>
        <translation>%1：此版本無法在帳簿開啟時還原。</translation>
    </message>
</context>
<context>
    <name>SubjectExporter</name>
    <message>
        <source>Collecting the customer&apos;s data</source>
        <translation>收集客戶資料</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在 ID 為 %1 的客戶。</translation>
    </message>
    <message>
        <source>Everything we hold about %1</source>
        <translation>我們保存的關於 %1 的全部資料</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>匯出於 %1。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message numerus="yes">
        <source>%n cell(s) in %1 held more than the 32,767 characters Excel allows and were cut short.</source>
        <translation>
            <numerusform>%1 中有 %n 個儲存格超過 Excel 允許的 32,767 個字元，已被截斷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be written in the chosen encoding and appear as &quot;?&quot; in %1.</source>
        <translation>
            <numerusform>有 %n 個字元無法以所選編碼寫入，在 %1 中會顯示為「?」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell which format to write: the file name should end in .xlsx or .csv</source>
        <translation>無法判斷要寫入的格式：檔名應以 .xlsx 或 .csv 結尾</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>這不是文字檔：其中含有二進位資料。</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <source>A note needs some text.</source>
        <translation>紀錄內容不可空白。</translation>
    </message>
    <message>
        <source>Adding the note</source>
        <translation>新增紀錄</translation>
    </message>
    <message>
        <source>Reading the timeline</source>
        <translation>讀取時間軸</translation>
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
        <translation>已新增聯絡人：%1</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>已建立客戶</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>已移至資源回收筒</translation>
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
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>永久刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Customers in the trash keep their contacts and history until they are deleted for good. Restore brings them back to the list.</source>
        <translation>資源回收筒中的客戶在永久刪除之前，會一直保留其聯絡人和歷史紀錄。按「還原」即可將客戶放回清單。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>要永久刪除這 %n 個客戶及其聯絡人和歷史紀錄嗎？此動作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久刪除</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Clientele</source>
        <translation>歡迎使用 Clientele</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Clientele&lt;/h2&gt;&lt;p&gt;Your customers, their people and everything that happened with them, in one book on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎使用 Clientele&lt;/h2&gt;&lt;p&gt;您的客戶、客戶的聯絡人，以及與他們往來的一切，都保存在這台電腦上的一本帳簿裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open demo book</source>
        <translation>開啟示範帳簿</translation>
    </message>
    <message>
        <source>Create new book</source>
        <translation>建立新帳簿</translation>
    </message>
    <message>
        <source>Start an empty book for your company.</source>
        <translation>為您的公司建立一本空白帳簿。</translation>
    </message>
    <message>
        <source>Open existing book…</source>
        <translation>開啟現有帳簿…</translation>
    </message>
    <message>
        <source>Open a book file from disk.</source>
        <translation>從磁碟開啟帳簿檔案。</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>新增帳簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele)</source>
        <translation>Clientele 帳簿 (*.clientele)</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>開啟帳簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 帳簿 (*.clientele *.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Explore Clientele with %L1 sample customers in English and Chinese.</source>
        <translation>用 %L1 個中英文範例客戶體驗 Clientele。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>The file is %1 bytes, larger than the limit of %2 bytes: refused.</source>
        <translation>檔案大小為 %1 位元組，超過 %2 位元組的上限：已拒絕。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again, then import it.</source>
        <translation>此活頁簿受密碼保護。請在 Excel 中移除密碼（檔案 &gt; 資訊 &gt; 保護活頁簿），重新儲存後再匯入。</translation>
    </message>
    <message>
        <source>The workbook is in the old .xls format. Save it as .xlsx or CSV in Excel or LibreOffice, then import it.</source>
        <translation>此活頁簿是舊版 .xls 格式。請在 Excel 或 LibreOffice 中另存為 .xlsx 或 CSV 後再匯入。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook.</source>
        <translation>此檔案不是 Excel 活頁簿。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx files are zip archives, this one is not).</source>
        <translation>此檔案不是 Excel 活頁簿（.xlsx 檔案是 zip 壓縮檔，而此檔案不是）。</translation>
    </message>
    <message>
        <source>The workbook is in the binary .xlsb format. Save it as .xlsx or CSV, then import it.</source>
        <translation>此活頁簿是二進位 .xlsb 格式。請另存為 .xlsx 或 CSV 後再匯入。</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no %1.</source>
        <translation>此檔案是 zip 壓縮檔，但不是 Excel 活頁簿：其中沒有 %1。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>此活頁簿中沒有工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 has no data in the file (its part is missing).</source>
        <translation>工作表 %1 在檔案中沒有資料（缺少其內部檔案）。</translation>
    </message>
    <message>
        <source>Shared string %1 has more than %2 characters: refused.</source>
        <translation>共用字串 %1 超過 %2 個字元：已拒絕。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation>此活頁簿中沒有名為 %1 的工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 ends too early: the file is incomplete.</source>
        <translation>工作表 %1 提前結束：檔案不完整。</translation>
    </message>
    <message>
        <source>The cell reference %1 in row %2 is not valid.</source>
        <translation>第 %2 列中的儲存格參照 %1 無效。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns: refused.</source>
        <translation>第 %1 列超過 %2 欄：已拒絕。</translation>
    </message>
    <message>
        <source>Cell %1 has more than %2 characters: refused.</source>
        <translation>儲存格 %1 超過 %2 個字元：已拒絕。</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which the workbook does not have.</source>
        <translation>儲存格 %1 參照了共用字串 %2，但活頁簿中沒有此字串。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a boolean (0 or 1) belongs.</source>
        <translation>儲存格 %1 應為布林值（0 或 1），實際為 %2。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a date belongs.</source>
        <translation>儲存格 %1 應為日期，實際為 %2。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 where a number belongs.</source>
        <translation>儲存格 %1 應為數字，實際為 %2。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetScanner</name>
    <message>
        <source>there is text outside the root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>there is a second root element</source>
        <translation>有第二個根元素</translation>
    </message>
    <message>
        <source>a &lt; does not start a tag (write &amp;lt;)</source>
        <translation>「&lt;」不是標籤的開頭（應寫成 &amp;lt;）</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; has a / that does not end it</source>
        <translation>標籤 &lt;%1&gt; 中有一個不在結尾的 /</translation>
    </message>
    <message>
        <source>the tag &lt;%1&gt; has a character that is not part of an attribute</source>
        <translation>標籤 &lt;%1&gt; 中有不屬於任何屬性的字元</translation>
    </message>
    <message>
        <source>the attribute %1 has no value</source>
        <translation>屬性 %1 沒有值</translation>
    </message>
    <message>
        <source>the value of the attribute %1 is not in quotes</source>
        <translation>屬性 %1 的值沒有用引號括住</translation>
    </message>
    <message>
        <source>the value of the attribute %1 contains a &lt; (write &amp;lt;)</source>
        <translation>屬性 %1 的值中含有 &lt;（應寫成 &amp;lt;）</translation>
    </message>
    <message>
        <source>The part %1 nests elements more than %2 deep: refused.</source>
        <translation>內部檔案 %1 的元素巢狀超過 %2 層：已拒絕。</translation>
    </message>
    <message>
        <source>an end tag has no name</source>
        <translation>結束標籤沒有名稱</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not end with &gt;</source>
        <translation>結束標籤 &lt;/%1&gt; 不是以 &gt; 結尾</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; has no start tag</source>
        <translation>結束標籤 &lt;/%1&gt; 沒有對應的開始標籤</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>結束標籤 &lt;/%1&gt; 與開始標籤 &lt;%2&gt; 不相符</translation>
    </message>
    <message>
        <source>there is a CDATA section outside the root element</source>
        <translation>根元素之外有 CDATA 區段</translation>
    </message>
    <message>
        <source>The part %1 contains a document type declaration (DTD), which workbooks never have: refused.</source>
        <translation>內部檔案 %1 含有文件類型宣告（DTD），而活頁簿中不應有這種宣告：已拒絕。</translation>
    </message>
    <message>
        <source>a &lt;! starts neither a comment nor a CDATA section</source>
        <translation>「&lt;!」既不是註解的開頭，也不是 CDATA 區段的開頭</translation>
    </message>
    <message>
        <source>an &amp; does not start a reference (write &amp;amp;)</source>
        <translation>「&amp;」不是參照的開頭（應寫成 &amp;amp;）</translation>
    </message>
    <message>
        <source>&amp;%1; is not a valid character reference</source>
        <translation>&amp;%1; 不是有效的字元參照</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>實體 &amp;%1; 未定義</translation>
    </message>
    <message>
        <source>The part %1 has a single piece of XML larger than %2 bytes: refused.</source>
        <translation>內部檔案 %1 中有一段 XML 超過 %2 位元組：已拒絕。</translation>
    </message>
    <message>
        <source>The part %1 ends too early: the file is incomplete.</source>
        <translation>內部檔案 %1 提前結束：檔案不完整。</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2): %3</source>
        <translation>內部檔案 %1 不是格式正確的 XML（第 %2 行）：%3</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>An Excel sheet holds at most %1 columns; the table has %2</source>
        <translation>Excel 工作表最多只能有 %1 欄；此表格有 %2 欄</translation>
    </message>
    <message>
        <source>Cannot create a file in the folder %1: %2</source>
        <translation>無法在資料夾 %1 中建立檔案：%2</translation>
    </message>
    <message>
        <source>Cannot start the workbook (out of memory?)</source>
        <translation>無法建立活頁簿（記憶體不足？）</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1</source>
        <translation>無法在 %1 中建立暫存檔</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows; the table has more</source>
        <translation>Excel 工作表最多只能有 %1 列；此表格超過這個列數</translation>
    </message>
    <message>
        <source>Cannot write the temporary data to %1; the disk may be full</source>
        <translation>無法將暫存資料寫入 %1；磁碟可能已滿</translation>
    </message>
    <message>
        <source>Cannot put the finished file in place: %1</source>
        <translation>無法將完成的檔案移至目標位置：%1</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>Cannot use a temporary file in %1</source>
        <translation>無法使用 %1 中的暫存檔</translation>
    </message>
    <message>
        <source>Cannot write the file; the disk may be full</source>
        <translation>無法寫入檔案；磁碟可能已滿</translation>
    </message>
    <message>
        <source>Out of memory while writing the file</source>
        <translation>寫入檔案時記憶體不足</translation>
    </message>
    <message>
        <source>Cannot write the file: %1 (libxlsxwriter error %2)</source>
        <translation>無法寫入檔案：%1（libxlsxwriter 錯誤 %2）</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file cannot be read as a zip archive: it is damaged or incomplete.</source>
        <translation>無法將此檔案當作 zip 壓縮檔讀取：檔案已損毀或不完整。</translation>
    </message>
    <message>
        <source>The zip directory of the file is damaged.</source>
        <translation>此檔案的 zip 目錄已損毀。</translation>
    </message>
    <message>
        <source>The zip archive lists %1 entries, more than a workbook can have (%2).</source>
        <translation>此 zip 壓縮檔列出 %1 個項目，超過活頁簿可能包含的數量（%2）。</translation>
    </message>
    <message>
        <source>The zip archive is encrypted (entry %1); remove the password in Excel and save again.</source>
        <translation>此 zip 壓縮檔已加密（項目 %1）；請在 Excel 中移除密碼後重新儲存。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>活頁簿中沒有內部檔案 %1。</translation>
    </message>
    <message>
        <source>The part %1 would unpack to %2 bytes, more than the limit of %3 bytes: refused as a possible zip bomb.</source>
        <translation>內部檔案 %1 解壓縮後將達 %2 位元組，超過 %3 位元組的上限：可能是 zip 炸彈，已拒絕。</translation>
    </message>
    <message>
        <source>The part %1 is compressed more than %2 times: refused as a possible zip bomb.</source>
        <translation>內部檔案 %1 的壓縮比超過 %2 倍：可能是 zip 炸彈，已拒絕。</translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked: the file is damaged or uses an unsupported compression.</source>
        <translation>無法解壓縮內部檔案 %1：檔案已損毀或使用了不支援的壓縮方式。</translation>
    </message>
    <message>
        <source>The part %1 is damaged: its compressed data cannot be unpacked.</source>
        <translation>內部檔案 %1 已損毀：其壓縮資料無法解壓縮。</translation>
    </message>
    <message>
        <source>The part %1 is damaged: its checksum or size does not match.</source>
        <translation>內部檔案 %1 已損毀：總和檢查碼或大小不符。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more data than its zip entry declares: refused as a possible zip bomb.</source>
        <translation>內部檔案 %1 解壓縮後的資料多於其 zip 項目宣告的大小：可能是 zip 炸彈，已拒絕。</translation>
    </message>
</context>
<context>
    <name>ZipXmlStream</name>
    <message>
        <source>The part %1 contains a document type declaration (DTD), which workbooks never have: refused.</source>
        <translation>內部檔案 %1 含有文件類型宣告（DTD），而活頁簿中不應有這種宣告：已拒絕。</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2): %3</source>
        <translation>內部檔案 %1 不是格式正確的 XML（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>The part %1 ends too early: the file is incomplete.</source>
        <translation>內部檔案 %1 提前結束：檔案不完整。</translation>
    </message>
    <message>
        <source>The part %1 has a single piece of XML larger than %2 bytes: refused.</source>
        <translation>內部檔案 %1 中有一段 XML 超過 %2 位元組：已拒絕。</translation>
    </message>
</context>
</TS>
