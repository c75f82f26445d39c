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
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, complaints, complaint-case, complaint-history, complaint-reports).</source>
        <translation>與 --screenshot 一起使用：要顯示的內容（list、contacts、timeline、trash、edit、duplicates、import-preview、import-mapping、import-check、import-duplicates、import-done、complaints、complaint-case、complaint-history、complaint-reports）。</translation>
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
        <source>--status must be new, acknowledged, in_progress, resolved or closed, not &quot;%1&quot;</source>
        <translation>--status 必須是 new、acknowledged、in_progress、resolved 或 closed，而不是「%1」</translation>
    </message>
    <message>
        <source>--format must be json, not &quot;%1&quot;</source>
        <translation>--format 必須是 json，而不是「%1」</translation>
    </message>
    <message>
        <source>complaints stats needs --from and --to as dates YYYY-MM-DD, not &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>complaints stats 需要 YYYY-MM-DD 格式的 --from 與 --to 日期，而不是「%1」與「%2」</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早於 --from %2</translation>
    </message>
    <message>
        <source>complaints needs list or stats, not &quot;%1&quot;</source>
        <translation>complaints 需要 list 或 stats，而不是「%1」</translation>
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
         [--encoding utf8-bom|utf8|gbk]
  complaints list [--status S] [--overdue] [--format csv|json]
  complaints stats --from DATE --to DATE [--format json]  counts, service levels, CSAT, NPS
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
         [--encoding utf8-bom|utf8|gbk]
  complaints list [--status S] [--overdue] [--format csv|json]
  complaints stats --from DATE --to DATE [--format json]  數量、服務水準、CSAT、NPS
  check                           對帳簿執行 SQLite 完整性檢查
</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint %1</source>
        <translation>結案：客訴 %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不滿意</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不滿意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 普通</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 滿意</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常滿意</translation>
    </message>
    <message>
        <source>How satisfied is the customer with how the complaint was handled?</source>
        <translation>客戶對客訴處理的滿意程度如何？</translation>
    </message>
    <message>
        <source>How likely are they to recommend us (0 = not at all, 10 = certainly)?</source>
        <translation>客戶向他人推薦我們的可能性有多大（0 = 完全不會，10 = 一定會）？</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>結案</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
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
        <source>Visit</source>
        <translation>到訪</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>產品品質</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交貨物流</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>帳單發票</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint %1</source>
        <translation>客訴 %1</translation>
    </message>
    <message>
        <source>Log a complaint</source>
        <translation>登記客訴</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <source>&amp;Log complaint</source>
        <translation>登記客訴(&amp;L)</translation>
    </message>
    <message>
        <source>Type part of a name, phone or email</source>
        <translation>輸入名稱、電話或電子郵件的一部分</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客戶(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>聯絡人(&amp;O)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到時間：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>嚴重程度：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>類別(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>What the customer complains about, in a few words</source>
        <translation>用幾句話概括客戶客訴的內容</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>詳細描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>訂單：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>為客戶做了什麼</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>處理結果(&amp;R)：</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>What changes so that it does not happen again</source>
        <translation>為避免再次發生所做的改變</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>矯正措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Record &amp;satisfaction…</source>
        <translation>記錄滿意度(&amp;S)…</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>滿意度：</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>不指定</translation>
    </message>
    <message>
        <source>CSAT %1 of 5, NPS %2 of 10</source>
        <translation>CSAT %1/5，NPS %2/10</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未詢問</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新客訴</translation>
    </message>
    <message>
        <source>Response and resolution due times follow from the severity when the complaint is logged.</source>
        <translation>登記客訴時，回應與解決的截止時間由嚴重程度決定。</translation>
    </message>
    <message>
        <source>%1 · %2 · escalated</source>
        <translation>%1 · %2 · 已升級</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Response due %1, given %2.</source>
        <translation>回應截止 %1，已於 %2 回應。</translation>
    </message>
    <message>
        <source>Response due %1.</source>
        <translation>回應截止 %1。</translation>
    </message>
    <message>
        <source>Resolution due %1, resolved %2.</source>
        <translation>解決截止 %1，已於 %2 解決。</translation>
    </message>
    <message>
        <source>Resolution due %1.</source>
        <translation>解決截止 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Overdue. %1</source>
        <translation>已逾時。%1</translation>
    </message>
    <message>
        <source>Due soon. %1</source>
        <translation>即將逾時。%1</translation>
    </message>
    <message>
        <source>Satisfaction for %1</source>
        <translation>%1 的滿意度</translation>
    </message>
</context>
<context>
    <name>ComplaintReportsPanel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Complaints received from</source>
        <translation>收到客訴的時間：從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Repeated complaints</source>
        <translation>重複客訴</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Frequent terms</source>
        <translation>高頻詞</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; complaints</source>
        <translation>客訴 &lt;b&gt;%1&lt;/b&gt; 件</translation>
    </message>
    <message>
        <source>Average response &lt;b&gt;%1 h&lt;/b&gt;</source>
        <translation>平均回應 &lt;b&gt;%1 小時&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Average resolution &lt;b&gt;%1 h&lt;/b&gt;</source>
        <translation>平均解決 &lt;b&gt;%1 小時&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Responses in time &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>準時回應 &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resolved in time &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>準時解決 &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSAT &lt;b&gt;%1&lt;/b&gt; of 5 (%2 answers)</source>
        <translation>CSAT &lt;b&gt;%1&lt;/b&gt;/5（%2 份回答）</translation>
    </message>
    <message>
        <source>NPS &lt;b&gt;%1&lt;/b&gt; (%2 promoters, %3 passives, %4 detractors)</source>
        <translation>NPS &lt;b&gt;%1&lt;/b&gt;（推薦者 %2，中立者 %3，批評者 %4）</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>依類別</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>依嚴重程度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By month received</source>
        <translation>依收到月份</translation>
    </message>
    <message>
        <source>Satisfaction by month closed</source>
        <translation>依結案月份的滿意度</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT（1–5）</translation>
    </message>
    <message>
        <source>NPS (−100–100)</source>
        <translation>NPS（−100–100）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Numbering the complaint</source>
        <translation>為客訴編號</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>儲存客訴</translation>
    </message>
    <message>
        <source>The complaint %1 no longer exists.</source>
        <translation>客訴 %1 已不存在。</translation>
    </message>
    <message>
        <source>Reading complaints</source>
        <translation>讀取客訴</translation>
    </message>
    <message>
        <source>There is no complaint with the id %1.</source>
        <translation>沒有 ID 為 %1 的客訴。</translation>
    </message>
    <message>
        <source>Counting complaints</source>
        <translation>統計客訴數量</translation>
    </message>
    <message>
        <source>Recording the complaint&apos;s history</source>
        <translation>記錄客訴歷程</translation>
    </message>
    <message>
        <source>Reading the complaint&apos;s history</source>
        <translation>讀取客訴歷程</translation>
    </message>
</context>
<context>
    <name>ComplaintSettings</name>
    <message>
        <source>A complaint category cannot contain a comma: &quot;%1&quot;.</source>
        <translation>客訴類別不能包含逗號：「%1」。</translation>
    </message>
    <message>
        <source>Keep at least one complaint category.</source>
        <translation>請至少保留一個客訴類別。</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Complaint settings</source>
        <translation>客訴設定</translation>
    </message>
    <message>
        <source>Categories, one per line</source>
        <translation>類別（每列一個）</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>回應時限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>解決時限</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>上班時間</translation>
    </message>
    <message>
        <source>Count service levels in business hours only</source>
        <translation>服務水準只按上班時間計算</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>時間：</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>%1 ▲</source>
        <translation>%1 ▲</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將逾時</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止時間</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>Escalated: not resolved in time</source>
        <translation>已升級：未準時解決</translation>
    </message>
    <message>
        <source>Escalated: no response in time</source>
        <translation>已升級：未準時回應</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>開始處理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>A complaint needs a customer.</source>
        <translation>客訴需要指定客戶。</translation>
    </message>
    <message>
        <source>A complaint needs a short summary of what the customer complains about.</source>
        <translation>客訴需要一句簡短的摘要，說明客戶投訴什麼。</translation>
    </message>
    <message>
        <source>A complaint needs a category.</source>
        <translation>客訴需要類別。</translation>
    </message>
    <message>
        <source>Checking the complaint</source>
        <translation>檢查客訴</translation>
    </message>
    <message>
        <source>The customer %1 of the complaint does not exist or is in the trash.</source>
        <translation>客訴的客戶 %1 不存在或在資源回收筒中。</translation>
    </message>
    <message>
        <source>The contact of the complaint is not one of the customer&apos;s contacts.</source>
        <translation>客訴的聯絡人不是該客戶的聯絡人。</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT) is a score from 1 to 5, not %1.</source>
        <translation>客戶滿意度（CSAT）應為 1 到 5 分，而不是 %1。</translation>
    </message>
    <message>
        <source>The recommendation score (NPS) is from 0 to 10, not %1.</source>
        <translation>推薦分數（NPS）應為 0 到 10，而不是 %1。</translation>
    </message>
    <message>
        <source>Logged via %1, severity %2.</source>
        <translation>透過%1登記，嚴重程度：%2。</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2.</source>
        <translation>嚴重程度由%1改為%2。</translation>
    </message>
    <message>
        <source>Owner changed from %1 to %2.</source>
        <translation>負責人由 %1 改為 %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The complaint %1 is %2; it cannot move to %3.</source>
        <translation>客訴 %1 的狀態是「%2」，不能轉為「%3」。</translation>
    </message>
    <message>
        <source>Write down the resolution before resolving the complaint %1.</source>
        <translation>請先填寫處理結果，再將客訴 %1 標記為已解決。</translation>
    </message>
    <message>
        <source>Satisfaction: CSAT %1, NPS %2.</source>
        <translation>滿意度：CSAT %1，NPS %2。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Satisfaction is asked once the complaint %1 is resolved.</source>
        <translation>客訴 %1 解決後才能詢問滿意度。</translation>
    </message>
    <message>
        <source>Escalated: not resolved by %1.</source>
        <translation>已升級：未在 %1 前解決。</translation>
    </message>
    <message>
        <source>Escalated: no response by %1.</source>
        <translation>已升級：未在 %1 前回應。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未結</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部嚴重程度</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>僅顯示逾時(&amp;V)</translation>
    </message>
    <message>
        <source>Search number, summary, customer</source>
        <translation>搜尋編號、摘要、客戶</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>登記客訴(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Service levels and categories…</source>
        <translation>服務水準與類別…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未結 %1 件，逾時 %2 件</translation>
    </message>
    <message>
        <source>Service level check</source>
        <translation>服務水準檢查</translation>
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
    <name>CustomerComplaintsWidget</name>
    <message>
        <source>Log &amp;complaint…</source>
        <translation>登記客訴(&amp;C)…</translation>
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
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
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
    <name>DemoComplaints</name>
    <message>
        <source>Reading the demo customers</source>
        <translation>讀取示範客戶</translation>
    </message>
    <message>
        <source>Reading the demo owners</source>
        <translation>讀取示範負責人</translation>
    </message>
    <message>
        <source>Writing the demo complaints failed: %1</source>
        <translation>寫入示範客訴失敗：%1</translation>
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
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Complaint reports</source>
        <translation>客訴報表</translation>
    </message>
    <message>
        <source>Log &amp;complaint…</source>
        <translation>登記客訴(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;omplaints</source>
        <translation>客訴(&amp;O)</translation>
    </message>
    <message>
        <source>Complaint &amp;reports</source>
        <translation>客訴報表(&amp;R)</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>客訴已登記。</translation>
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
    <name>ServiceLevels</name>
    <message>
        <source>The service level &quot;%1&quot; is not of the form severity=response/resolution minutes.</source>
        <translation>服務水準「%1」的格式不是 嚴重程度=回應/解決分鐘數。</translation>
    </message>
    <message>
        <source>The service level for %1 needs a response time above zero and a resolution time no shorter than it.</source>
        <translation>「%1」的服務水準需要大於零的回應時間，且解決時間不短於回應時間。</translation>
    </message>
    <message>
        <source>The business hours &quot;%1&quot; are not of the form &quot;1,2,3,4,5 09:00-18:00&quot; with the start before the end.</source>
        <translation>上班時間「%1」的格式不是「1,2,3,4,5 09:00-18:00」，或開始時間不早於結束時間。</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; of the business hours is unknown.</source>
        <translation>上班時間的時區「%1」未知。</translation>
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
        <source>Complaint %1: %2 (%3)</source>
        <translation>客訴 %1：%2（%3）</translation>
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
