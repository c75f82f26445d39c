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
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit).</source>
        <translation>與 --screenshot 一起使用：要顯示的內容（list、contacts、timeline、trash、edit）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; use File &gt; Open book to open it.</source>
        <translation>「%1」已存在；請使用「檔案 &gt; 開啟帳簿」開啟它。</translation>
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
        <source>Starting the import</source>
        <translation>開始匯入</translation>
    </message>
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
        <source>usage: clientele-cli --db FILE COMMAND ...
  demo --customers N --seed S      fill a new book with demo data
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  check                           run SQLite&apos;s integrity check on the book
</source>
        <translation>用法：clientele-cli --db FILE COMMAND ...
  demo --customers N --seed S      以示範資料填入新帳簿
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  check                           對帳簿執行 SQLite 的完整性檢查
</translation>
    </message>
    <message>
        <source>--db FILE comes first</source>
        <translation>必須先給出 --db FILE</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>未知的命令「%1」（請參閱 --help）</translation>
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
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Starting a transaction</source>
        <translation>開始交易</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>儲存</translation>
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
</TS>
