<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計畫中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新增跟進</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>e.g. Call about the new price list</source>
        <translation>例如：電話溝通新價目表</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message>
        <source>Every … days</source>
        <translation>每隔…天</translation>
    </message>
    <message>
        <source>Every … weeks</source>
        <translation>每隔…週</translation>
    </message>
    <message>
        <source>Every … months</source>
        <translation>每隔…個月</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主旨(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>聯絡人(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>時長(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重複(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Done and schedule &amp;next…</source>
        <translation>完成並安排下次(&amp;N)…</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>客訴：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Open the complaint %1</source>
        <translation>開啟客訴 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重複間隔</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Saving the activity "%1"</source>
        <translation>儲存跟進「%1」</translation>
    </message>
    <message>
        <source>The activity "%1" no longer exists.</source>
        <translation>跟進「%1」已不存在。</translation>
    </message>
    <message>
        <source>There is no activity with the number %1.</source>
        <translation>沒有編號為 %1 的跟進。</translation>
    </message>
    <message>
        <source>Reading activities</source>
        <translation>讀取跟進</translation>
    </message>
    <message>
        <source>Counting activities</source>
        <translation>統計跟進</translation>
    </message>
    <message>
        <source>Dismissing the reminder</source>
        <translation>關閉提醒</translation>
    </message>
    <message>
        <source>Snoozing the reminder</source>
        <translation>延後提醒</translation>
    </message>
    <message>
        <source>Looking for neglected customers</source>
        <translation>尋找被冷落的客戶</translation>
    </message>
    <message>
        <source>Moving the customers' planned activities to the trash</source>
        <translation>將客戶的計畫跟進移到資源回收筒</translation>
    </message>
    <message>
        <source>Restoring the customers' planned activities</source>
        <translation>還原客戶的計畫跟進</translation>
    </message>
    <message>
        <source>Saving the activity "%1": %2</source>
        <translation>儲存跟進「%1」：%2</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Whole team</source>
        <translation>整個團隊</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>新增跟進(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Done and next…</source>
        <translation>完成並安排下次(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the selected activity done and schedule the next one (Ctrl+Return)</source>
        <translation>將選取的跟進標為完成並安排下一次（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>開啟客戶(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>匯出行事曆(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the planned follow-ups as an iCalendar (.ics) file for Outlook, Apple or Google calendars</source>
        <translation>將計畫中的跟進儲存為 iCalendar（.ics）檔案，可匯入 Outlook、Apple 或 Google 行事曆</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>…… 還有 %Ln 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>%1的行程</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>Next 7 days (%1)</source>
        <translation>未來 7 天（%1）</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>匯出跟進</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>跟進.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar（*.ics）</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-up(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 項跟進儲存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>About complaint %1.
%2</source>
        <translation>關於客訴 %1。
%2</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>編輯(&amp;T)…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Nothing is planned for the next 7 days. New activity… (Ctrl+Shift+A) plans a call, visit or task for the customer selected on the Customers page.</source>
        <translation>未來 7 天沒有安排。「新增跟進…」（Ctrl+Shift+A）可為「客戶」頁中選取的客戶安排電話、拜訪或工作。</translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>All history to %1</source>
        <translation>截至 %1 的全部歷史</translation>
    </message>
    <message>
        <source>Customers who bought in the period</source>
        <translation>本期有購買的客戶</translation>
    </message>
    <message>
        <source>Revenue (without tax)</source>
        <translation>收入（未稅）</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Class A customers</source>
        <translation>A 類客戶</translation>
    </message>
    <message>
        <source>%1, bringing %2% of the gross profit</source>
        <translation>%1 位，貢獻 %2% 的毛利</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客戶分析</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期間：%1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>截至：%1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>幣別：%1</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows.</source>
        <translation>共 %2 列，此處列出前 %1 列。</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 頁，共 %3 頁</translation>
    </message>
    <message>
        <source>Customer analysis view: %1</source>
        <translation>客戶分析檢視：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows.</source>
        <translation>共 %2 列，顯示 %1 列。</translation>
    </message>
    <message>
        <source>The analysis cannot be printed: the printer or file did not open.</source>
        <translation>無法列印客戶分析：印表機或檔案未能開啟。</translation>
    </message>
    <message>
        <source>The analysis cannot be printed: page %1 could not be started.</source>
        <translation>無法列印客戶分析：第 %1 頁無法開始。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format on the printed analysis's cover</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Customers buying only in other currencies (not in this analysis)</source>
        <translation>只以其他幣別購買的客戶（不在本分析中）</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>生命週期：%1</translation>
    </message>
</context>
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
        <source>Start with TEXT in the search field.</source>
        <translation>啟動時在搜尋欄位中填入 TEXT。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
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
        <source>"%1" already exists; use File &gt; Open book to open it.</source>
        <translation>「%1」已存在；請使用「檔案 &gt; 開啟帳簿」開啟它。</translation>
    </message>
    <message>
        <source>Called about the renewal.</source>
        <translation>已致電洽談續約事宜。</translation>
    </message>
    <message>
        <source>Ask about their plans for next quarter.</source>
        <translation>了解客戶下一季的計畫。</translation>
    </message>
    <message>
        <source>Call about the renewal</source>
        <translation>續約電話</translation>
    </message>
    <message>
        <source>Agreed to renew for two years.</source>
        <translation>同意續約兩年。</translation>
    </message>
    <message>
        <source>"%1" is already open in this window.</source>
        <translation>「%1」已在此視窗中開啟。</translation>
    </message>
    <message>
        <source>The demo book is already open in this window.</source>
        <translation>示範帳簿已在此視窗中開啟。</translation>
    </message>
    <message>
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, products, quotes, orders, quote-editor, reports-segments, reports-pareto, reports-pyramid, reports-lifecycle, reports-churn, reports-clusters, views-profile, views-loyalty, views-profitability, views-performance, views-prospects, views-products, views-promotion, views-value, agenda, calendar, renewals, renewal-rate, neglected, complaints, complaint-case, complaint-history, complaint-followups, complaint-reports, schedule-followups, backup-settings, audit, audit-kinds, contact-consent, erase, tiers, sales-reps, hand-over, hand-over-audit, assign-rep, tag-customers, bulk-edit, shortcuts, settings, book-locked, book-damaged).</source>
        <translation>搭配 --screenshot 使用：要顯示的畫面（list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, products, quotes, orders, quote-editor, reports-segments, reports-pareto, reports-pyramid, reports-lifecycle, reports-churn, reports-clusters, views-profile, views-loyalty, views-profitability, views-performance, views-prospects, views-products, views-promotion, views-value, agenda, calendar, renewals, renewal-rate, neglected, complaints, complaint-case, complaint-history, complaint-followups, complaint-reports, schedule-followups, backup-settings, audit, audit-kinds, contact-consent, erase, tiers, sales-reps, hand-over, hand-over-audit, assign-rep, tag-customers, bulk-edit, shortcuts, settings, book-locked, book-damaged）。</translation>
    </message>
    <message>
        <source>Use light or dark colours: MODE is system, light or dark (default: as in Settings).</source>
        <translation>使用淺色或深色外觀：MODE 為 system、light 或 dark（預設：依設定）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (with --db, on a copy of the book).</source>
        <translation>將主視窗的截圖儲存到 FILE，然後結束（使用 --db 時，在帳簿的副本上進行）。</translation>
    </message>
    <message>
        <source>Cannot copy "%1" to take the screenshot on the copy.</source>
        <translation>無法複製「%1」以在副本上截圖。</translation>
    </message>
    <message>
        <source>With --screenshot and an import view: the file to import (customers), or contacts:, products: or orders: and the file.</source>
        <translation>與 --screenshot 和匯入檢視一起使用：要匯入的檔案（客戶），或 contacts:、products:、orders: 加檔案。</translation>
    </message>
</context>
<context>
    <name>AssignRepDialog</name>
    <message>
        <source>Assign to a sales rep</source>
        <translation>指派給業務代表</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) &amp;to:</source>
        <translation>
            <numerusform>將選取的 %Ln 位客戶指派給(&amp;T)：</numerusform>
        </translation>
    </message>
    <message>
        <source>Also move the open work their current rep has on them: planned follow-ups, open quotes, contracts and open complaints</source>
        <translation>同時移交其目前業務代表在這些客戶上的未結工作：計畫中的跟進、未結報價單、合約和未結客訴</translation>
    </message>
</context>
<context>
    <name>AuditDescriber</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the changed fields of one audit entry</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n in all: %1, …</source>
        <translation>
            <numerusform>共 %n 筆：%1……</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務代表</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
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
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
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
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>電子郵件</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
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
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>同意來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>升級層級</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Renews contract</source>
        <translation>續約自合約</translation>
    </message>
    <message>
        <source>Copied from quote</source>
        <translation>複製自報價單</translation>
    </message>
    <message>
        <source>Revises quote</source>
        <translation>修訂報價單</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限至</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>計費週期</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>自動續約</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>提前通知期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止時間</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>回應期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解決期限</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>回應時間</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升級時間</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案時間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本價</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>販售中</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細行數</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>附加費用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>滿意度（1–5）</translation>
    </message>
    <message>
        <source>Recommendation (0–10)</source>
        <translation>推薦意願（0–10）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有問題的列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>Only with marketing consent</source>
        <translation>僅限同意行銷</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄類型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>被合併的客戶</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Rows erased</source>
        <translation>已刪除的列</translation>
    </message>
    <message>
        <source>Customer kept, anonymised</source>
        <translation>保留客戶並匿名化</translation>
    </message>
    <message>
        <source>Previous book saved as</source>
        <translation>原帳簿另存為</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Erased again</source>
        <translation>再次抹除</translation>
    </message>
    <message>
        <source>Orders deleted</source>
        <translation>刪除的訂單</translation>
    </message>
    <message>
        <source>Quotes deleted</source>
        <translation>刪除的報價單</translation>
    </message>
    <message>
        <source>Contracts deleted</source>
        <translation>刪除的合約</translation>
    </message>
    <message>
        <source>Complaints deleted</source>
        <translation>刪除的客訴</translation>
    </message>
    <message>
        <source>Follow-ups deleted</source>
        <translation>刪除的跟進</translation>
    </message>
    <message>
        <source>Records created</source>
        <translation>建立的紀錄</translation>
    </message>
    <message>
        <source>Undoes the import of</source>
        <translation>復原的匯入</translation>
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
    <message>
        <source>an unknown user</source>
        <translation>未知使用者</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1.</source>
        <translation>稽核紀錄中沒有第 %1 筆。</translation>
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
        <source>The newest %1 entries are shown; narrow the filter or export to see all.</source>
        <translation>僅顯示最新的 %1 筆；縮小篩選範圍或匯出以檢視全部。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s).</source>
        <translation>
            <numerusform>共 %Ln 筆紀錄。</numerusform>
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
        <source>%Ln entry(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆紀錄匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>No changes in this period, or none that match the filters.</source>
        <translation>此期間沒有變更，或沒有符合篩選條件的變更。</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>復原匯入(&amp;U)…</translation>
    </message>
    <message>
        <source>Moves the customers the selected import created to the trash</source>
        <translation>將所選匯入建立的客戶移到資源回收筒</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Backed up to %1 (%Ln customer(s)).</source>
        <translation>
            <numerusform>已備份至 %1（%Ln 位客戶）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book is open read-only. The Clientele window that has it open backs it up.</source>
        <translation>帳簿以唯讀方式開啟。由開啟它的那個 Clientele 視窗負責備份。</translation>
    </message>
    <message>
        <source>A backup is running; another follows as soon as it ends.</source>
        <translation>正在備份；完成後將立即再備份一次。</translation>
    </message>
    <message>
        <source>Backing up the book…</source>
        <translation>正在備份帳簿…</translation>
    </message>
    <message>
        <source>the backup did not run.</source>
        <translation>備份未能執行。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在檢查備份…</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>正在停止備份…</translation>
    </message>
    <message>
        <source>The backup was cancelled: the book was not backed up this time.</source>
        <translation>備份已取消：本次未備份帳簿。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder "%1".</source>
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
        <source>Cannot write the backup "%1".</source>
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
        <source>Cannot delete the old backup "%1".</source>
        <translation>無法刪除舊備份「%1」。</translation>
    </message>
    <message>
        <source>"%1" cannot be restored: %2</source>
        <translation>無法從「%1」還原：%2</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of Clientele.</source>
        <translation>「%1」由較新版本的 Clientele 儲存。</translation>
    </message>
    <message>
        <source>Nothing was restored because the current book could not be backed up first: %1</source>
        <translation>未還原任何內容，因為無法先備份目前的帳簿：%1</translation>
    </message>
    <message>
        <source>Cannot move the damaged book "%1" aside.</source>
        <translation>無法移開已損毀的帳簿「%1」。</translation>
    </message>
    <message>
        <source>Cannot copy "%1" to "%2".</source>
        <translation>無法將「%1」複製到「%2」。</translation>
    </message>
    <message>
        <source>Reading the book's erasures</source>
        <translation>讀取帳簿的抹除紀錄</translation>
    </message>
    <message>
        <source>The backup was restored, but the customers erased since it was taken could not be erased again: %1. Erase them again before using the book.</source>
        <translation>備份已還原，但備份之後被抹除的客戶未能再次抹除：%1。使用帳簿前請再次抹除他們。</translation>
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
        <source>The folder "%1" cannot be created or used.</source>
        <translation>無法建立或使用資料夾「%1」。</translation>
    </message>
</context>
<context>
    <name>BookFileCheck</name>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>"%1" is not a Clientele book: the file is not an SQLite database.</source>
        <translation>「%1」不是 Clientele 帳簿：此檔案不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>"%1" is damaged: the file is cut short (%2 bytes).</source>
        <translation>「%1」已損壞：檔案不完整（只有 %2 位元組）。</translation>
    </message>
    <message>
        <source>"%1" is damaged: the file is cut short (%2 bytes of the %3 its header gives).</source>
        <translation>「%1」已損壞：檔案不完整（只有 %2 位元組，檔頭表明應有 %3 位元組）。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>"%1" is damaged: the database check found %n problem(s) in it. The first: %2</source>
        <translation>
            <numerusform>「%1」已損毀：資料庫檢查發現了 %n 個問題。第一個：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>Cannot create the lock file "%1" next to the book.</source>
        <translation>無法在帳簿旁建立鎖定檔「%1」。</translation>
    </message>
    <message>
        <source>The book "%1" is already open in another Clientele window or program: user %2 on %3, process %4, since %5.</source>
        <translation>帳簿「%1」已在另一個 Clientele 視窗或程式中開啟：使用者 %2，電腦 %3，處理程序 %4，自 %5 起。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
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
    <message>
        <source>Open book</source>
        <translation>開啟帳簿</translation>
    </message>
    <message>
        <source>Clientele books (*.clientele *.db *.sqlite);;All files (*)</source>
        <translation>Clientele 帳簿 (*.clientele *.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Book restored</source>
        <translation>帳簿已還原</translation>
    </message>
    <message>
        <source>"%1" was restored from the backup "%2". The damaged file was kept as "%3".</source>
        <translation>「%1」已從備份「%2」還原。損壞的檔案已保留為「%3」。</translation>
    </message>
    <message>
        <source>Book in use</source>
        <translation>帳簿正在使用中</translation>
    </message>
    <message>
        <source>%1

You can open it read-only to look things up: nothing can be changed then, and the other window keeps working undisturbed.</source>
        <translation>%1

您可以以唯讀方式開啟它來查閱：此時不能做任何修改，另一個視窗也可照常工作，不受影響。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以唯讀方式開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Damaged book</source>
        <translation>帳簿已損壞</translation>
    </message>
    <message numerus="yes">
        <source>%1

Nothing has been written to it. The newest backup that passes its check was taken on %2 and holds %Ln customer(s):
%3

Restore it? The damaged file is kept beside it as "%4", never deleted.</source>
        <translation>
            <numerusform>%1

未向該檔案寫入任何內容。通過檢查的最新備份建立於 %2，包含 %Ln 位客戶：
%3

要還原此備份嗎？損壞的檔案會以「%4」為名保留在旁邊，絕不會被刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>還原備份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another book…</source>
        <translation>開啟其他帳簿(&amp;O)…</translation>
    </message>
    <message>
        <source>%1

Nothing has been written to it. No backup of this book was found (looked in %2).

Open another book?</source>
        <translation>%1

未向該檔案寫入任何內容。沒有找到此帳簿的備份（已查找：%2）。

要開啟其他帳簿嗎？</translation>
    </message>
</context>
<context>
    <name>BookTableExporter</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>聯絡人備註</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本價</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂單日期</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>銷售通路</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>產品編碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品名稱</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>銷售明細</translation>
    </message>
    <message>
        <source>Counting the rows to export</source>
        <translation>統計要匯出的列</translation>
    </message>
    <message>
        <source>Reading the rows to export</source>
        <translation>讀取要匯出的列</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>同意來源</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整單折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>Charges tax rate</source>
        <translation>其他費用稅率</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>Preparing the import</source>
        <translation>準備匯入</translation>
    </message>
    <message>
        <source>Adding the tag "%1"</source>
        <translation>新增標籤「%1」</translation>
    </message>
    <message>
        <source>Adding phones and emails</source>
        <translation>新增電話和電子郵件</translation>
    </message>
    <message>
        <source>Adding the customer "%1"</source>
        <translation>新增客戶「%1」</translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Adding the contact "%1"</source>
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
    <name>BulkEditDialog</name>
    <message>
        <source>Set tier or stage</source>
        <translation>設定等級或階段</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不變）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等級(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>階段(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>For the %Ln selected customer(s):</source>
        <translation>
            <numerusform>對選取的 %Ln 位客戶：</numerusform>
        </translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等級 %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>階段「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>BulkFollowUpScheduler</name>
    <message>
        <source>The follow-ups need a subject.</source>
        <translation>跟進需要填寫主旨。</translation>
    </message>
    <message>
        <source>The follow-ups need a due date.</source>
        <translation>跟進需要填寫日期。</translation>
    </message>
    <message>
        <source>The follow-ups need a time of day, or all day.</source>
        <translation>跟進需要填寫時間，或選擇全天。</translation>
    </message>
    <message>
        <source>The follow-ups can be spread over 1 to %1 working days.</source>
        <translation>跟進只能分散在 1 到 %1 個工作天內。</translation>
    </message>
</context>
<context>
    <name>BusinessRecordsText</name>
    <message numerus="yes">
        <source>%Ln order(s), whose sales leave the reports</source>
        <translation>
            <numerusform>%Ln 筆訂單（其銷售額將從報表中消失）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln 份報價單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合約</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln 筆客訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln 筆跟進</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一頁(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>下一頁(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整個團隊</translation>
    </message>
    <message>
        <source>Drag an activity to another day to reschedule it.</source>
        <translation>把跟進拖到另一天即可改期。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 這一週</translation>
    </message>
    <message>
        <source>%1: %2
%3
%4</source>
        <translation>%1：%2
%3
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln item(s)</source>
        <translation>
            <numerusform>%1 · %Ln 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>"%1" is %2 and stays on its day.</source>
        <translation>「%1」%2，不能改期。</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ 另外 %Ln 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more follow-up(s) on this day. Choose a sales rep to see fewer at a time.</source>
        <translation>
            <numerusform>這一天還有 %Ln 項跟進。選擇一位業務代表可一次只看其中一部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of the month's title</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart…</source>
        <translation>儲存圖表…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>The chart could not be saved as "%1".</source>
        <translation>無法將圖表儲存為「%1」。</translation>
    </message>
    <message>
        <source>%1: the figures</source>
        <translation>%1：資料表</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Nothing to show for this period and these filters.</source>
        <translation>此期間和篩選條件下沒有可顯示的資料。</translation>
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
        <source>--format must be csv or json, not "%1"</source>
        <translation>--format 必須是 csv 或 json，而不是「%1」</translation>
    </message>
    <message>
        <source>--limit must be a whole number, not "%1"</source>
        <translation>--limit 必須是整數，而不是「%1」</translation>
    </message>
    <message>
        <source>there is no owner named "%1"</source>
        <translation>沒有名為「%1」的負責人</translation>
    </message>
    <message>
        <source>customers add needs --name</source>
        <translation>customers add 需要 --name</translation>
    </message>
    <message>
        <source>--kind must be company or individual, not "%1"</source>
        <translation>--kind 必須是 company 或 individual，而不是「%1」</translation>
    </message>
    <message>
        <source>--stage must be lead, prospect, customer or inactive, not "%1"</source>
        <translation>--stage 必須是 lead、prospect、customer 或 inactive，而不是「%1」</translation>
    </message>
    <message>
        <source>likely duplicate of customer %1 "%2" (%3); add --force to create it anyway</source>
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
        <source>unknown command "%1" (see --help)</source>
        <translation>未知的命令「%1」（請參閱 --help）</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>已寫入 %1（%n 頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026-06-30, not "%2"</source>
        <translation>%1 必須是日期（如 2026-06-30），而不是「%2」</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>未知幣別「%1」</translation>
    </message>
    <message>
        <source>cannot read the customers' names</source>
        <translation>無法讀取客戶名稱</translation>
    </message>
    <message>
        <source>--by must be revenue or profit, not "%1"</source>
        <translation>--by 必須是 revenue 或 profit，而不是「%1」</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not "%1"</source>
        <translation>--seed 必須是整數，而不是「%1」</translation>
    </message>
    <message>
        <source>--k must be a number from 1 to 20, not "%1"</source>
        <translation>--k 必須是 1 到 20 之間的數字，而不是「%1」</translation>
    </message>
    <message>
        <source>report pdf needs the name of the PDF file to write</source>
        <translation>report pdf 需要要寫入的 PDF 檔名</translation>
    </message>
    <message>
        <source>--language must be en, zh_CN or zh_TW, not "%1"</source>
        <translation>--language 必須是 en、zh_CN 或 zh_TW，而不是「%1」</translation>
    </message>
    <message>
        <source>report needs one of: %1</source>
        <translation>report 需要以下之一：%1</translation>
    </message>
    <message>
        <source>--status must be new, acknowledged, in_progress, resolved or closed, not "%1"</source>
        <translation>--status 必須是 new、acknowledged、in_progress、resolved 或 closed，而不是「%1」</translation>
    </message>
    <message>
        <source>--format must be json, not "%1"</source>
        <translation>--format 必須是 json，而不是「%1」</translation>
    </message>
    <message>
        <source>complaints stats needs --from and --to as dates YYYY-MM-DD, not "%1" and "%2"</source>
        <translation>complaints stats 需要 YYYY-MM-DD 格式的 --from 與 --to 日期，而不是「%1」與「%2」</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早於 --from %2</translation>
    </message>
    <message>
        <source>complaints needs list or stats, not "%1"</source>
        <translation>complaints 需要 list 或 stats，而不是「%1」</translation>
    </message>
    <message>
        <source>report customer needs a customer id and a PDF file, e.g. report customer 12 report.pdf</source>
        <translation>report customer 需要客戶編號與 PDF 檔案，例如 report customer 12 report.pdf</translation>
    </message>
    <message>
        <source>report customer needs the name of the PDF file to write</source>
        <translation>report customer 需要要寫入的 PDF 檔名</translation>
    </message>
    <message>
        <source>--lang must be en, zh_CN or zh_TW, not "%1"</source>
        <translation>--lang 必須是 en、zh_CN 或 zh_TW，而不是「%1」</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-06-30, not "%1"</source>
        <translation>--as-of 必須是日期，例如 2026-06-30，而不是「%1」</translation>
    </message>
    <message>
        <source>%1 Close it there first; commands that only read may still run.</source>
        <translation>%1 請先在那裡關閉它；只讀取資料的命令仍可執行。</translation>
    </message>
    <message>
        <source>--customers must be a whole number, not "%1"</source>
        <translation>--customers 必須是整數，而不是「%1」</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 位客戶</translation>
    </message>
    <message>
        <source>Created %1 demo customers in %2 s.</source>
        <translation>已建立 %1 位示範客戶，用時 %2 秒。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not "%2"</source>
        <translation>%1 必須是 YYYY-MM-DD 格式的日期，而不是「%2」</translation>
    </message>
    <message>
        <source>renewals needs --within DAYS</source>
        <translation>renewals 需要 --within 天數</translation>
    </message>
    <message>
        <source>--within must be a number of days, not "%1"</source>
        <translation>--within 必須是天數，而不是「%1」</translation>
    </message>
    <message>
        <source>activities export-ics needs the file to write, e.g. follow-ups.ics</source>
        <translation>activities export-ics 需要要寫入的檔案，例如 follow-ups.ics</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>已將 %1 筆跟進寫入 %2。</translation>
    </message>
    <message>
        <source>activities needs a subcommand: export-ics OUT.ics</source>
        <translation>activities 需要子命令：export-ics OUT.ics</translation>
    </message>
    <message>
        <source>cannot read the mapping "%1": %2</source>
        <translation>無法讀取欄位對應「%1」：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 列，第 %2 欄（%3）：%4</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>... and %1 more problems (--errors FILE writes them all)</source>
        <translation>……另有 %1 個問題（--errors FILE 可寫出全部問題）</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or create, not "%1"</source>
        <translation>--on-duplicate 必須是 skip、update 或 create，而不是「%1」</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Created: %3, updated: %4, duplicates skipped: %5, with problems: %6.</source>
        <translation>已讀取 %1 列（%2）。新增：%3，更新：%4，略過的重複：%5，有問題：%6。</translation>
    </message>
    <message>
        <source>nothing was imported: fix the rows above or use --valid-only</source>
        <translation>未匯入任何資料：請修正上面的列，或使用 --valid-only</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>未匯入任何資料</translation>
    </message>
    <message>
        <source>nothing was imported: every row was a duplicate or had a problem</source>
        <translation>未匯入任何資料：每一列都是重複或有問題</translation>
    </message>
    <message>
        <source>unknown column "%1" in --columns</source>
        <translation>--columns 中有未知的欄「%1」</translation>
    </message>
    <message>
        <source>a quote ID is needed</source>
        <translation>需要報價單編號</translation>
    </message>
    <message>
        <source>"%1" is not a quote ID</source>
        <translation>「%1」不是報價單編號</translation>
    </message>
    <message>
        <source>quote pdf needs the file to write, e.g. quote pdf 12 quote.pdf</source>
        <translation>quote pdf 需要要寫入的檔案，例如 quote pdf 12 quote.pdf</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-03-31, not "%1"</source>
        <translation>--date 必須是 2026-03-31 這樣的日期，而不是「%1」</translation>
    </message>
    <message>
        <source>quote needs show, pdf or accept, not "%1"</source>
        <translation>quote 需要 show、pdf 或 accept，而不是「%1」</translation>
    </message>
    <message>
        <source>orders needs list, not "%1"</source>
        <translation>orders 需要 list，而不是「%1」</translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2026-03-31</source>
        <translation>--from 和 --to 必須是 2026-03-31 這樣的日期</translation>
    </message>
    <message>
        <source>products needs list, not "%1"</source>
        <translation>products 需要 list，而不是「%1」</translation>
    </message>
    <message>
        <source>backup verified: %1 (%2 customers, %3 contacts, %4 notes)</source>
        <translation>備份已驗證：%1（%2 位客戶，%3 位聯絡人，%4 則備註）</translation>
    </message>
    <message>
        <source>usage: backup verify FILE</source>
        <translation>用法：backup verify FILE</translation>
    </message>
    <message>
        <source>ok: %1 customers, %2 contacts, %3 notes, book format %4</source>
        <translation>ok：%1 位客戶，%2 位聯絡人，%3 則備註，帳簿格式 %4</translation>
    </message>
    <message>
        <source>usage: backup create [OUT] | backup list | backup verify FILE</source>
        <translation>用法：backup create [OUT] | backup list | backup verify FILE</translation>
    </message>
    <message>
        <source>usage: restore FILE --yes</source>
        <translation>用法：restore FILE --yes</translation>
    </message>
    <message>
        <source>restoring replaces the whole book with "%1"; add --yes to do it</source>
        <translation>還原會用「%1」取代整個帳簿；確認請加上 --yes</translation>
    </message>
    <message>
        <source>restored from %1; the book as it was is kept in %2</source>
        <translation>已從 %1 還原；原來的帳簿保存在 %2</translation>
    </message>
    <message>
        <source>usage: audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A] [--format csv|json]</source>
        <translation>用法：audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A] [--format csv|json]</translation>
    </message>
    <message>
        <source>--id must be a record id, not "%1"</source>
        <translation>--id 必須是記錄編號，而不是「%1」</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD, not "%1"</source>
        <translation>日期的寫法是 YYYY-MM-DD，而不是「%1」</translation>
    </message>
    <message>
        <source>unknown action "%1"</source>
        <translation>未知的操作「%1」</translation>
    </message>
    <message>
        <source>usage: privacy export CUSTOMER_ID OUT.json [--html OUT.html]</source>
        <translation>用法：privacy export CUSTOMER_ID OUT.json [--html OUT.html]</translation>
    </message>
    <message>
        <source>everything held about customer %1 written to %2</source>
        <translation>客戶 %1 的全部資料已寫入 %2</translation>
    </message>
    <message>
        <source>usage: privacy erase CUSTOMER_ID --yes</source>
        <translation>用法：privacy erase CUSTOMER_ID --yes</translation>
    </message>
    <message>
        <source>erasing removes customer %1's personal data for good; add --yes to do it</source>
        <translation>抹除會永久刪除客戶 %1 的個人資料；確認請加上 --yes</translation>
    </message>
    <message>
        <source>customer %1 erased; backups made before now still hold their data until rotation deletes them</source>
        <translation>客戶 %1 已抹除；此前的備份仍保有其資料，直到輪替刪除這些備份</translation>
    </message>
    <message>
        <source>another program has the book open: the erased data leaves the file when it closes it</source>
        <translation>另一個程式正開啟此帳簿：它關閉帳簿後，被抹除的資料才會離開檔案</translation>
    </message>
    <message>
        <source>usage: privacy export CUSTOMER_ID OUT.json | privacy erase CUSTOMER_ID --yes</source>
        <translation>用法：privacy export CUSTOMER_ID OUT.json | privacy erase CUSTOMER_ID --yes</translation>
    </message>
    <message>
        <source>--tier must be one of this book's tiers (%1), not "%2"</source>
        <translation>--tier 必須是本帳簿的等級之一（%1），而不是「%2」</translation>
    </message>
    <message>
        <source>there is no sales rep "%1" (see reps list)</source>
        <translation>沒有業務代表「%1」（見 reps list）</translation>
    </message>
    <message>
        <source>Handed over from %1 to %2: customers %3, planned follow-ups %4, open quotes %5, contracts %6, open complaints %7.</source>
        <translation>已從%1移交給%2：客戶 %3，計畫中的跟進 %4，未結報價單 %5，合約 %6，未結客訴 %7。</translation>
    </message>
    <message>
        <source>usage: reps list [--format csv|json] | reps hand-over FROM TO</source>
        <translation>用法：reps list [--format csv|json] | reps hand-over FROM TO</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Nothing was written (--check). An import would create %3, update %4, skip %5 duplicates; rows with problems: %6.</source>
        <translation>已讀取 %1 列（%2）。未寫入任何內容（--check）。匯入將新增 %3、更新 %4、略過 %5 筆重複；有問題的列：%6。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv, which says how to write it</source>
        <translation>%1：檔名必須以 .xlsx 或 .csv 結尾，據此決定寫入格式</translation>
    </message>
    <message>
        <source>no customer bought in the period, so there is nothing to analyse: no PDF written (the analysis is made from orders; try an earlier --from or other filters)</source>
        <translation>此期間沒有客戶購買，沒有可分析的資料：未寫入 PDF（分析以訂單為基礎；請嘗試更早的 --from 或其他篩選條件）</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup</source>
        <translation>%1 已存在：請為備份選擇新的檔名</translation>
    </message>
    <message>
        <source>%1 is the book itself: choose another file to write</source>
        <translation>%1 就是帳簿本身：請選擇另一個要寫入的檔案</translation>
    </message>
    <message>
        <source>%1 is not a file: choose a file to write</source>
        <translation>%1 不是檔案：請選擇要寫入的檔案</translation>
    </message>
    <message>
        <source>%1 is a database, perhaps another book: it is not overwritten</source>
        <translation>%1 是一個資料庫，可能是另一本帳簿：不會覆寫它</translation>
    </message>
    <message>
        <source>there is no book at %1 (a new book is made by demo, import or customers add)</source>
        <translation>%1 處沒有帳簿（新帳簿由 demo、import 或 customers add 建立）</translation>
    </message>
    <message>
        <source>usage: import customers|contacts|products|orders FILE [options] (see --help)</source>
        <translation>用法：import customers|contacts|products|orders FILE [選項]（請參閱 --help）</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Nothing was written. The import would have created %3, updated %4 and skipped %5 duplicates; rows with problems: %6.</source>
        <translation>已讀取 %1 列（%2）。未寫入任何內容。本次匯入原本會新增 %3 筆、更新 %4 筆、略過 %5 筆重複；有問題的列：%6。</translation>
    </message>
    <message>
        <source>--encoding must be utf8-bom, utf8, gbk or big5, not "%1"</source>
        <translation>--encoding 必須是 utf8-bom、utf8、gbk 或 big5，而不是「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 位聯絡人寫入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 項產品寫入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 筆訂單明細寫入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 位客戶寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: export customers|contacts|products|orders OUT.xlsx|OUT.csv [options] (see --help)</source>
        <translation>用法：export customers|contacts|products|orders OUT.xlsx|OUT.csv [選項]（見 --help）</translation>
    </message>
    <message>
        <source>%1 does not apply to export %2</source>
        <translation>%1 不適用於 export %2</translation>
    </message>
    <message>
        <source>--phone-region must be a two-letter region code such as CN, TW, HK or US, not "%1"</source>
        <translation>--phone-region 必須是兩個字母的地區代碼，例如 CN、TW、HK 或 US，而不是「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased since the backup was taken were erased again</source>
        <translation>
            <numerusform>備份之後被抹除的 %n 位客戶已再次抹除</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: import undo ENTRY --yes (ENTRY: the import's id in audit list --action import)</source>
        <translation>用法：import undo ENTRY --yes（ENTRY：該匯入在 audit list --action import 中的編號）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created by import %1 would go to the trash; add --yes to do it</source>
        <translation>
            <numerusform>匯入 %1 建立的 %n 位客戶將被移到資源回收筒；加上 --yes 以執行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash.</source>
        <translation>
            <numerusform>已將 %n 位客戶移到資源回收筒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) the import updated keep its changes.</source>
        <translation>
            <numerusform>匯入更新的 %n 位客戶保留其變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: clientele-cli --db FILE [--phone-region CN|TW|HK|US|...] COMMAND ...
  demo --customers N --seed S      fill a new book with demo data
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts|products|orders FILE   import a CSV/TSV/TXT or .xlsx file
         (orders: one row per order line; its customer by name, its product by code or name)
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv] [--duplicates OUT.csv]
  import undo ENTRY --yes         the customers an import created go to the trash
                                  (ENTRY: its id in audit list --action import)
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk|big5] [--anonymise] [--with-consent]
         (every column of the customer's file unless --columns says which)
  export contacts|products|orders OUT.xlsx|OUT.csv [--encoding ...]
         [--search TEXT] (contacts, orders: of these customers) [--from DATE] [--to DATE] (orders)
         (orders: one row per order line; each file imports into another book as it is)
  check                           run SQLite's integrity check on the book
  quote show ID [--format json]   a quote with its lines and totals
  quote pdf ID OUT.pdf [--language en|zh_CN|zh_TW]   the printed quotation
  quote accept ID [--date YYYY-MM-DD] [--channel direct|online|distributor|phone]
  orders list [--format csv|json] [--from DATE] [--to DATE]
  products list [--search TEXT]
  report rfm|abc|lifecycle|clusters [--as-of DATE] [--from DATE] [--to DATE] [--currency C]
         [--owner NAME] [--province P] [--tier T] [--category C] [--format csv|json]
         [--by revenue|profit] (abc)  [--k K] [--seed S] (clusters)
  report views --view profile|loyalty|profitability|performance|prospects|products|promotion|value
         [--by industry|region|tier|source (profile) | category|channel|region|rep (performance)]
         [the same filters and --format]   one of the seven views of customer analysis
  report pdf OUT.pdf [--language en|zh_CN|zh_TW] [the same filters]   the printed analysis
  report customer ID OUT.pdf [--language en|zh_CN|zh_TW] [--as-of DATE]
                                  the printed one-customer report
  agenda [--date YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  overdue items, today's and the next seven days'
  renewals --within DAYS [--as-of YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  contracts ending within DAYS
  activities export-ics OUT.ics [--owner NAME]
                                  planned follow-ups as an iCalendar file
  complaints list [--status S] [--overdue] [--format csv|json]
  complaints stats --from DATE --to DATE [--format json]  counts, service levels, CSAT, NPS
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              replace the book with a backup (the book is backed up first)
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  remove a customer's personal data for good
  reps list [--format csv|json]   the sales reps and how many customers each has
  reps hand-over FROM TO          give a rep's customers and open work to another (name or id)
</source>
        <translation>用法： clientele-cli --db FILE [--phone-region CN|TW|HK|US|...] COMMAND ...
  demo --customers N --seed S      用示範資料填入新帳簿
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts|products|orders FILE   匯入 CSV/TSV/TXT 或 .xlsx 檔案
         （orders：每列一筆訂單明細；依名稱找客戶，依編號或名稱找產品）
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv] [--duplicates OUT.csv]
  import undo ENTRY --yes         將某次匯入建立的客戶移到資源回收筒
                                  （ENTRY：它在 audit list --action import 中的編號）
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk|big5] [--anonymise] [--with-consent]
         （不加 --columns 時匯出客戶檔案的全部欄位）
  export contacts|products|orders OUT.xlsx|OUT.csv [--encoding ...]
         [--search TEXT]（contacts、orders：這些客戶的）[--from DATE] [--to DATE]（orders）
         （orders：每個訂單明細一列；每個檔案都可原樣匯入另一個帳簿）
  check                           對帳簿執行 SQLite 完整性檢查
  quote show ID [--format json]   報價單及其明細與合計
  quote pdf ID OUT.pdf [--language en|zh_CN|zh_TW]   列印的報價單
  quote accept ID [--date YYYY-MM-DD] [--channel direct|online|distributor|phone]
  orders list [--format csv|json] [--from DATE] [--to DATE]
  products list [--search TEXT]
  report rfm|abc|lifecycle|clusters [--as-of DATE] [--from DATE] [--to DATE] [--currency C]
         [--owner NAME] [--province P] [--tier T] [--category C] [--format csv|json]
         [--by revenue|profit] (abc)  [--k K] [--seed S] (clusters)
  report views --view profile|loyalty|profitability|performance|prospects|products|promotion|value
         [--by industry|region|tier|source (profile) | category|channel|region|rep (performance)]
         [相同的篩選條件與 --format]   客戶分析七大檢視之一
  report pdf OUT.pdf [--language en|zh_CN|zh_TW] [相同的篩選條件]   列印的客戶分析
  report customer ID OUT.pdf [--language en|zh_CN|zh_TW] [--as-of DATE]
                                  列印的單一客戶報告
  agenda [--date YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  逾期事項、今天與未來七天的事項
  renewals --within DAYS [--as-of YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  DAYS 天內到期的合約
  activities export-ics OUT.ics [--owner NAME]
                                  將計畫的跟進匯出為 iCalendar 檔案
  complaints list [--status S] [--overdue] [--format csv|json]
  complaints stats --from DATE --to DATE [--format json]  數量、服務水準、CSAT、NPS
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              以備份取代帳簿（先備份目前帳簿）
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  永久刪除客戶的個人資料
  reps list [--format csv|json]   業務代表及其客戶數
  reps hand-over FROM TO          將一位業務代表的客戶和未完成的工作交給另一位（姓名或編號）
</translation>
    </message>
    <message>
        <source>the customers created by import %1 are no longer in the list: they are in the trash, merged, deleted or erased</source>
        <translation>匯入 %1 建立的客戶已不在清單中：他們已在資源回收筒中、已被合併、已被永久刪除或已被抹除</translation>
    </message>
    <message>
        <source>(This is the sheet "%1"; the workbook also has %2: choose one with --sheet NAME.)</source>
        <translation>（這是工作表「%1」；活頁簿中還有 %2：請用 --sheet 名稱 選擇其中一個。）</translation>
    </message>
    <message>
        <source>Sales reps the book does not have yet, which an import would add: %1</source>
        <translation>帳簿中尚無、匯入時會新增的業務代表：%1</translation>
    </message>
    <message>
        <source>Sales reps added to the book: %1</source>
        <translation>已新增到帳簿的業務代表：%1</translation>
    </message>
    <message>
        <source>(with %1, which leave the lists and reports)</source>
        <translation>（連同 %1，它們將從清單和報表中消失）</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's customer with another contact, phone or e-mail address, which an import would add to that customer: %1</source>
        <translation>重複前面某列的客戶、並帶有另一聯絡人、電話或電子郵件地址的列（匯入時會補充到該客戶）：%1</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's customer with another contact, phone or e-mail address, added to that customer: %1</source>
        <translation>重複前面某列的客戶、並帶有另一聯絡人、電話或電子郵件地址的列，已補充到該客戶：%1</translation>
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
    <name>Clustering</name>
    <message>
        <source>bought recently</source>
        <translation>近期有購買</translation>
    </message>
    <message>
        <source>not seen for a long time</source>
        <translation>很久沒有購買</translation>
    </message>
    <message>
        <source>buy often</source>
        <translation>購買頻繁</translation>
    </message>
    <message>
        <source>buy rarely</source>
        <translation>很少購買</translation>
    </message>
    <message>
        <source>spend a lot</source>
        <translation>消費高</translation>
    </message>
    <message>
        <source>spend little</source>
        <translation>消費低</translation>
    </message>
    <message>
        <source>Average customers</source>
        <translation>一般客戶</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the traits of a customer group, e.g. "bought recently, buy often".</extracomment>
        <translation>，</translation>
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
    <name>ComplaintCallback</name>
    <message>
        <source>Follow-up for %1</source>
        <translation>%1 的跟進</translation>
    </message>
    <message>
        <source>Visit about %1</source>
        <translation>就 %1 登門拜訪</translation>
    </message>
    <message>
        <source>Call back about %1</source>
        <translation>就 %1 回電</translation>
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
    <message>
        <source>Call &amp;back…</source>
        <translation>回電(&amp;B)…</translation>
    </message>
    <message>
        <source>Plan a call to the customer about this case (%1)</source>
        <translation>安排就此客訴回電給客戶（%1）</translation>
    </message>
    <message>
        <source>V&amp;isit…</source>
        <translation>登門拜訪(&amp;I)…</translation>
    </message>
    <message>
        <source>Plan a visit to the customer about this case (%1)</source>
        <translation>安排就此客訴登門拜訪客戶（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟進（%1）</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>重新開啟(&amp;E)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>受理(&amp;K)</translation>
    </message>
    <message>
        <source>Star&amp;t work</source>
        <translation>開始處理(&amp;T)</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>解決(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>結案(&amp;L)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUps</name>
    <message>
        <source>Visit about complaint %1: %2</source>
        <translation>就客訴 %1 登門拜訪：%2</translation>
    </message>
    <message>
        <source>Call back about complaint %1: %2</source>
        <translation>就客訴 %1 回電：%2</translation>
    </message>
    <message>
        <source>The follow-up "%1" is not for the customer of the complaint %2.</source>
        <translation>跟進「%1」的客戶不是客訴 %2 的客戶。</translation>
    </message>
    <message>
        <source>Follow-up scheduled: %1 "%2", due %3, for %4.</source>
        <translation>已安排跟進：%1「%2」，時間 %3，負責人 %4。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUpsWidget</name>
    <message>
        <source>Due</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>標記完成(&amp;M)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
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
        <source>Responses in time &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>準時回應 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resolved in time &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>準時解決 &lt;b&gt;%1%&lt;/b&gt;</translation>
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
    <message>
        <source>Reading the complaints…</source>
        <translation>正在讀取客訴…</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>此期間沒有收到客訴。</translation>
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
        <source>Recording the complaint's history</source>
        <translation>記錄客訴歷程</translation>
    </message>
    <message>
        <source>Reading the complaint's history</source>
        <translation>讀取客訴歷程</translation>
    </message>
</context>
<context>
    <name>ComplaintSettings</name>
    <message>
        <source>A complaint category cannot contain a comma: "%1".</source>
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
        <source>Escalated: not resolved in time</source>
        <translation>已升級：未準時解決</translation>
    </message>
    <message>
        <source>Escalated: no response in time</source>
        <translation>已升級：未準時回應</translation>
    </message>
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
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>Satisfaction: CSAT %1, NPS %2.</source>
        <translation>滿意度：CSAT %1，NPS %2。</translation>
    </message>
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
        <source>The contact of the complaint is not one of the customer's contacts.</source>
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
    <message>
        <source>Call &amp;back…</source>
        <translation>回電(&amp;B)…</translation>
    </message>
    <message>
        <source>V&amp;isit…</source>
        <translation>登門拜訪(&amp;I)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>僅顯示逾時(&amp;U)</translation>
    </message>
    <message>
        <source>No complaints to show with these filters. Log complaint… (Ctrl+Shift+L) records one for the customer selected on the Customers page.</source>
        <translation>在這些篩選條件下沒有客訴。「登記客訴…」（Ctrl+Shift+L）可為「客戶」頁中選取的客戶登記一筆客訴。</translation>
    </message>
</context>
<context>
    <name>CompleteActivityDialog</name>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>%1 with %2, due %3</source>
        <translation>與 %2 的%1，到期 %3</translation>
    </message>
    <message>
        <source>What came of it, e.g. Wants a quote for 200 units</source>
        <translation>結果如何，例如：需要 200 件的報價</translation>
    </message>
    <message>
        <source>&amp;Schedule the next follow-up</source>
        <translation>安排下一次跟進(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>This activity repeats (%1): the next one in the series is proposed.</source>
        <translation>此跟進會重複（%1）：已依週期建議下一次。</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主旨(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>標為完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
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
    <message>
        <source>&amp;Marketing:</source>
        <translation>行銷同意(&amp;M)：</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>同意日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>同意來源(&amp;S)：</translation>
    </message>
    <message>
        <source>The day the contact agreed, or refused or withdrew their consent</source>
        <translation>聯絡人同意、拒絕或撤回同意的日期</translation>
    </message>
    <message>
        <source>e.g. web form, trade fair</source>
        <translation>例如：網站表單、展覽</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>ContactLinks</name>
    <message>
        <source>Open link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>這台電腦上沒有可以開啟 %1 的程式。</translation>
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
    <name>Contract</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已續約</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已終止</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Renew contract for %1</source>
        <translation>為 %1 續約</translation>
    </message>
    <message>
        <source>New contract for %1</source>
        <translation>為 %1 新增合約</translation>
    </message>
    <message>
        <source>Renews &amp;automatically</source>
        <translation>自動續約(&amp;A)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The successor of the contract that ends on %1, linked to it.</source>
        <translation>接續 %1 到期的合約，並與之關聯。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>編號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名稱(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>結束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>金額(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>幣別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>結算週期(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otice period:</source>
        <translation>提前通知期(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>備註(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>續約(&amp;R)</translation>
    </message>
    <message>
        <source>The value "%1" is not an amount of %2 such as 12000 or %3.</source>
        <translation>「%1」不是 %2 金額，應寫作 12000 或 %3 這樣的形式。</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A contract needs a customer.</source>
        <translation>合約需要指定客戶。</translation>
    </message>
    <message>
        <source>A contract needs a number.</source>
        <translation>合約需要編號。</translation>
    </message>
    <message>
        <source>Contract %1 needs a start and an end date.</source>
        <translation>合約 %1 需要開始和結束日期。</translation>
    </message>
    <message>
        <source>Contract %1 ends (%2) before it starts (%3).</source>
        <translation>合約 %1 的結束日期（%2）早於開始日期（%3）。</translation>
    </message>
    <message>
        <source>The value of contract %1 cannot be negative.</source>
        <translation>合約 %1 的金額不能為負數。</translation>
    </message>
    <message>
        <source>The currency of contract %1 must be a three-letter code such as CNY.</source>
        <translation>合約 %1 的幣別必須是三個字母的代碼，例如 CNY。</translation>
    </message>
    <message>
        <source>The notice period of contract %1 must be between 0 and 3650 days.</source>
        <translation>合約 %1 的提前通知期必須在 0 到 3650 天之間。</translation>
    </message>
    <message>
        <source>There is already a contract numbered %1.</source>
        <translation>已有編號為 %1 的合約。</translation>
    </message>
    <message>
        <source>Saving contract %1</source>
        <translation>儲存合約 %1</translation>
    </message>
    <message>
        <source>Contract %1 no longer exists.</source>
        <translation>合約 %1 已不存在。</translation>
    </message>
    <message>
        <source>There is no contract with the number %1 in the book.</source>
        <translation>帳簿中沒有編號為 %1 的合約。</translation>
    </message>
    <message>
        <source>Checking contract numbers</source>
        <translation>檢查合約編號</translation>
    </message>
    <message>
        <source>Reading contracts</source>
        <translation>讀取合約</translation>
    </message>
    <message>
        <source>Counting renewals</source>
        <translation>統計續約</translation>
    </message>
    <message>
        <source>Updating contract statuses</source>
        <translation>更新合約狀態</translation>
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
    <message>
        <source>Cannot write %1 text on this system (Qt was built without ICU)</source>
        <translation>此系統無法寫入 %1 文字（Qt 建置時未包含 ICU）</translation>
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
        <translation>線索</translation>
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
    <name>CustomerBulkEdit</name>
    <message>
        <source>"%1" is not one of this book's tiers (%2).</source>
        <translation>「%1」不是本帳簿的等級（%2）。</translation>
    </message>
    <message>
        <source>Changing the customers</source>
        <translation>修改客戶</translation>
    </message>
    <message>
        <source>The customer %1 is not in this book (any more).</source>
        <translation>客戶 %1 已不在本帳簿中。</translation>
    </message>
</context>
<context>
    <name>CustomerComplaintsWidget</name>
    <message>
        <source>Log &amp;complaint…</source>
        <translation>登記客訴(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
</context>
<context>
    <name>CustomerContractsTab</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>新增合約(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>續約(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
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
        <translation>（無）</translation>
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
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他電話</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>其他電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <source>Plan &amp;activity…</source>
        <translation>安排跟進(&amp;A)…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>&amp;Print customer report…</source>
        <translation>列印客戶報告(&amp;P)…</translation>
    </message>
    <message>
        <source>Save customer report as P&amp;DF…</source>
        <translation>將客戶報告另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the customer report (%1)</source>
        <translation>列印客戶報告（%1）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>&amp;Write an email…</source>
        <translation>寄送電子郵件(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>編輯(&amp;T)…</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <source>No contacts yet. Add contact… adds the people you deal with at this customer.</source>
        <translation>還沒有聯絡人。用「新增聯絡人…」新增您在這位客戶處往來的人。</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their details, contacts, timeline, contracts and complaints here.</source>
        <translation>在清單中選取一位客戶，即可在此查看其詳細資料、聯絡人、時間軸、合約和客訴。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
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
        <source>The contact's name is required.</source>
        <translation>聯絡人姓名為必填欄位。</translation>
    </message>
    <message>
        <source>There is no customer named "%1" in the book.</source>
        <translation>帳簿中沒有名為「%1」的客戶。</translation>
    </message>
    <message>
        <source>Several customers are named "%1": add a City column to tell them apart.</source>
        <translation>有多個客戶名為「%1」：請加入「城市」欄以區分。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
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
    <message>
        <source>Same product code</source>
        <translation>產品編號相同</translation>
    </message>
    <message>
        <source>Same product name</source>
        <translation>產品名稱相同</translation>
    </message>
    <message>
        <source>Same order number</source>
        <translation>訂單號碼相同</translation>
    </message>
    <message>
        <source>Skip the order</source>
        <translation>略過該訂單</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>略過此列</translation>
    </message>
    <message>
        <source>Update the existing product</source>
        <translation>更新現有產品</translation>
    </message>
    <message>
        <source>Create a new product anyway</source>
        <translation>仍要建立新產品</translation>
    </message>
    <message>
        <source>Replace the order in the book</source>
        <translation>取代帳簿中的訂單</translation>
    </message>
    <message>
        <source>Import it under a new number</source>
        <translation>以新單號匯入</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>更新現有聯絡人</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation>仍要建立新聯絡人</translation>
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
        <source>In the file</source>
        <translation>檔案中</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>比對到</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>比對方式</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>檔案第 %1 列</translation>
    </message>
    <message>
        <source>row %1 (%2) “%3”</source>
        <translation>第 %1 列（%2）「%3」</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as headings or totals merged across the columns: %1.</source>
        <translation>
            <numerusform>%n 列是跨欄合併的標題或合計，未匯入：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to its customer: %1</source>
        <translation>已補充到其客戶：%1</translation>
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
        <translation>%1+ 位客戶</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Only customers with a contact who agreed to receive marketing</source>
        <translation>只顯示有聯絡人同意接收行銷資訊的客戶</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New customer… (Ctrl+N), or bring your list in with File › Import… (Ctrl+Shift+I).</source>
        <translation>還沒有客戶。
用「新增客戶…」（Ctrl+N）新增一位，或用「檔案 › 匯入…」（Ctrl+Shift+I）匯入您的客戶名單。</translation>
    </message>
    <message>
        <source>No customer matches the search or the filters. Clear filters shows them all.</source>
        <translation>沒有符合搜尋或篩選條件的客戶。按「清除篩選」可顯示全部客戶。</translation>
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
    <name>CustomerReport</name>
    <message>
        <source>Customer report: %1</source>
        <translation>客戶報告：%1</translation>
    </message>
    <message>
        <source>CUSTOMER REPORT</source>
        <translation>客戶報告</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Customer no. %1 · in the trash since %2</source>
        <translation>客戶編號 %1 · 自 %2 起在資源回收筒中</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>客戶編號 %1</translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation>%1，來源：%2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Region / city</source>
        <translation>地區 / 城市</translation>
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
        <source>Acquired</source>
        <translation>獲客時間與管道</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客戶概況</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>未記錄聯絡人。</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1（主要）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>RFM scores and segment</source>
        <translation>RFM 評分與客戶分群</translation>
    </message>
    <message>
        <source>No purchases up to %1: not scored.</source>
        <translation>截至 %1 沒有購買紀錄：未評分。</translation>
    </message>
    <message>
        <source>Recency (R)</source>
        <translation>最近購買 (R)</translation>
    </message>
    <message>
        <source>Days since the last purchase: %1</source>
        <translation>距上次購買天數：%1</translation>
    </message>
    <message>
        <source>Frequency (F)</source>
        <translation>購買頻次 (F)</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>購買次數：%1</translation>
    </message>
    <message>
        <source>Monetary (M)</source>
        <translation>購買金額 (M)</translation>
    </message>
    <message>
        <source>Segment: %1.</source>
        <translation>客戶分群：%1。</translation>
    </message>
    <message>
        <source>Suggested action: %1</source>
        <translation>建議行動：%1</translation>
    </message>
    <message>
        <source>Scores from 1 (worst) to 5 (best) by quintiles among all customers with purchases in %1 up to %2 (%3 customers), as on the Reports page.</source>
        <translation>按五分位評分，1（最差）至 5（最好），比較對象為截至 %2 有 %1 購買紀錄的全部客戶（共 %3 位），規則與「報表」頁面相同。</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>尚無訂單。</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>每年購買次數</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近一次購買</translation>
    </message>
    <message>
        <source>Lifetime value (est.)</source>
        <translation>客戶終身價值（估算）</translation>
    </message>
    <message>
        <source>Lifetime value = average order value × purchases per year × margin × 3 years expected lifetime. Revenue without tax, refunds included.</source>
        <translation>客戶終身價值 = 平均訂單金額 × 每年購買次數 × 毛利率 × 預期 3 年客戶生命週期。收入不含稅，已計入退款。</translation>
    </message>
    <message>
        <source>No purchase with a positive amount: no lifetime value estimate.</source>
        <translation>沒有金額為正的購買：無法估算客戶終身價值。</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>購買紀錄</translation>
    </message>
    <message>
        <source>No orders in the last %1 months.</source>
        <translation>最近 %1 個月沒有訂單。</translation>
    </message>
    <message>
        <source>Revenue per month, the last %1 months (%2)</source>
        <translation>最近 %1 個月的每月收入（%2）</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>主要購買產品</translation>
    </message>
    <message>
        <source>No products bought yet.</source>
        <translation>尚未購買任何產品。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Recent timeline</source>
        <translation>最近動態</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚無紀錄。</translation>
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
        <source>Open quotes</source>
        <translation>未結報價</translation>
    </message>
    <message>
        <source>No open quotes.</source>
        <translation>沒有未結報價。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>No contracts.</source>
        <translation>沒有合約。</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>已續約</translation>
    </message>
    <message>
        <source>%1 (renews automatically)</source>
        <translation>%1（自動續約）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>續約決定日</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>沒有客訴。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>The customer report cannot be printed: the printer or file did not open.</source>
        <translation>無法列印客戶報告：印表機或檔案無法開啟。</translation>
    </message>
    <message>
        <source>The customer report cannot be printed: page %1 could not be started.</source>
        <translation>無法列印客戶報告：無法開始第 %1 頁。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a contact's job title</comment>
        <translation>職稱</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n order(s)</source>
        <translation>
            <numerusform>%n 筆訂單共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures above are in %1, the currency of most of the customer's orders. Also bought, without tax: %2.</source>
        <translation>以上數字以 %1 計，這是該客戶多數訂單的幣別。另有其他幣別的購買（未稅）：%2。</translation>
    </message>
</context>
<context>
    <name>CustomerReportPrinting</name>
    <message>
        <source>Gathering the customer report…</source>
        <translation>正在彙整客戶報告…</translation>
    </message>
    <message>
        <source>Print customer report</source>
        <translation>列印客戶報告</translation>
    </message>
    <message>
        <source>Save customer report as PDF</source>
        <translation>將客戶報告另存為 PDF</translation>
    </message>
    <message>
        <source>Customer report %1.pdf</source>
        <translation>客戶報告 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
    <message>
        <source>Counting the customers' records</source>
        <translation>統計客戶的紀錄</translation>
    </message>
</context>
<context>
    <name>CustomerSalesRepository</name>
    <message>
        <source>Reading the customer's orders</source>
        <translation>讀取客戶的訂單</translation>
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
    <name>CustomerTiers</name>
    <message>
        <source>Counting the customers of each tier</source>
        <translation>統計各等級的客戶數</translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation>等級需要名稱。</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters.</source>
        <translation>「%1」超過 %2 個字元。</translation>
    </message>
    <message>
        <source>"%1" contains a comma or an equals sign, which a tier name cannot.</source>
        <translation>「%1」包含逗號或等號，等級名稱不能包含這些字元。</translation>
    </message>
    <message>
        <source>There are two tiers named "%1".</source>
        <translation>有兩個名為「%1」的等級。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have the tier "%1": give them another tier, or rename "%1" instead of removing it.</source>
        <translation>
            <numerusform>有 %n 位客戶的等級為「%1」：請先為他們改設其他等級，或改為重新命名「%1」而不是刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming the tier "%1"</source>
        <translation>重新命名等級「%1」</translation>
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
        <source>"%1" is not a web address.</source>
        <translation>「%1」不是網址。</translation>
    </message>
    <message>
        <source>The contact's name is required.</source>
        <translation>聯絡人姓名為必填欄位。</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>生日不能是未來的日期。</translation>
    </message>
    <message>
        <source>%1 holds a hidden control character (such as a line break, a tab or a text-direction override).</source>
        <translation>%1含有看不見的控制字元（如換行、定位字元或文字方向控制字元）。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>某個標籤</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma, semicolon or 、: they separate tags. Use a dash or a space instead.</source>
        <translation>標籤不能包含逗號、分號或頓號（、）：它們用來分隔標籤。請改用連字號或空格。</translation>
    </message>
</context>
<context>
    <name>CustomerViewRepository</name>
    <message>
        <source>Reading the customers to analyse</source>
        <translation>讀取要分析的客戶</translation>
    </message>
    <message>
        <source>Reading the sales history</source>
        <translation>讀取銷售歷史</translation>
    </message>
    <message>
        <source>Reading the quotes</source>
        <translation>讀取報價單</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>讀取產品</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失敗：%2</translation>
    </message>
</context>
<context>
    <name>CustomerViewsAnalysis</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The book "%1" does not exist.</source>
        <translation>帳簿「%1」不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>"%1" is damaged or not a database: %2</source>
        <translation>「%1」已損毀或不是資料庫：%2</translation>
    </message>
    <message>
        <source>"%1" is an SQLite database but not a Clientele book.</source>
        <translation>「%1」是 SQLite 資料庫，但不是 Clientele 帳簿。</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of Clientele (book format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>「%1」是由較新版本的 Clientele 儲存的（帳簿格式 %2；此版本最高只能讀取格式 %3）。請安裝新版本以開啟此檔案。</translation>
    </message>
    <message>
        <source>The book was not upgraded because no backup could be made first: %1</source>
        <translation>帳簿未升級，因為無法事先建立備份：%1</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>無法使用「%1」：%2</translation>
    </message>
    <message>
        <source>The book "%1" is damaged: %2</source>
        <translation>帳簿「%1」已損毀：%2</translation>
    </message>
    <message>
        <source>Copying the book</source>
        <translation>複製帳簿</translation>
    </message>
    <message>
        <source>The copy "%1" could not be verified: %2</source>
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
        <source>"%1" is in an older format (%2) and must be upgraded to format %3 before use, which cannot be done while it is open read-only. Close the other Clientele window that has it open, then open it again.</source>
        <translation>「%1」是舊格式（%2），使用前必須升級到格式 %3，而以唯讀方式開啟時無法升級。請關閉開啟它的另一個 Clientele 視窗，然後重新開啟。</translation>
    </message>
    <message>
        <source>Upgrading the book</source>
        <translation>升級帳簿</translation>
    </message>
    <message>
        <source>Upgrading the book to format %1 would break a link between records (table %2, row %3); the book was left as it was.</source>
        <translation>升級帳簿到格式 %1 會破壞記錄之間的關聯（表 %2，第 %3 列）；帳簿保持原樣未改動。</translation>
    </message>
</context>
<context>
    <name>DemoComplaintFollowUps</name>
    <message>
        <source>Reading the demo complaints</source>
        <translation>讀取示範客訴</translation>
    </message>
    <message>
        <source>Writing the demo complaint follow-ups failed: %1</source>
        <translation>寫入示範客訴的跟進失敗：%1</translation>
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
    <message>
        <source>Reading the demo products</source>
        <translation>讀取示範產品</translation>
    </message>
</context>
<context>
    <name>DemoConsent</name>
    <message>
        <source>Writing the demo contacts' consent</source>
        <translation>寫入示範聯絡人的行銷同意</translation>
    </message>
</context>
<context>
    <name>DemoFollowUps</name>
    <message>
        <source>Preparing the demo follow-ups</source>
        <translation>準備示範跟進</translation>
    </message>
    <message>
        <source>Indexing the demo follow-ups</source>
        <translation>為示範跟進建立索引</translation>
    </message>
    <message>
        <source>Reading the demo customers</source>
        <translation>讀取示範客戶</translation>
    </message>
    <message>
        <source>Writing demo follow-ups failed: %1</source>
        <translation>寫入示範跟進失敗：%1</translation>
    </message>
    <message>
        <source>Writing demo contracts failed: %1</source>
        <translation>寫入示範合約失敗：%1</translation>
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
    <message>
        <source>Service level check</source>
        <translation>服務水準檢查</translation>
    </message>
</context>
<context>
    <name>DemoQuotes</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失敗：%2</translation>
    </message>
    <message>
        <source>Reading the demo customers</source>
        <translation>讀取示範客戶</translation>
    </message>
    <message>
        <source>Writing the demo products</source>
        <translation>寫入示範產品</translation>
    </message>
    <message>
        <source>Writing the demo orders</source>
        <translation>寫入示範訂單</translation>
    </message>
    <message>
        <source>Writing the demo quotes</source>
        <translation>寫入示範報價單</translation>
    </message>
    <message>
        <source>Writing the demo numbering</source>
        <translation>寫入示範編號</translation>
    </message>
    <message>
        <source>Writing the demo letterhead</source>
        <translation>寫入示範信頭</translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>The number pattern "%1" needs exactly one counter such as {####}.</source>
        <translation>編號格式「%1」需要恰好一個計數器，例如 {####}。</translation>
    </message>
    <message>
        <source>Numbering the document</source>
        <translation>為單據編號</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
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
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Add a &amp;tag…</source>
        <translation>加上標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s). Double-click one to open it.</source>
        <translation>
            <numerusform>共 %Ln 位客戶。按兩下即可開啟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was added to %Ln customer(s).</source>
        <translation>
            <numerusform>已為 %Ln 位客戶加上標籤「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Tag for these customers:</source>
        <translation>為這些客戶加上的標籤：</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>匯出客戶</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-ups…</source>
        <translation>安排跟進(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln customer(s)…</source>
        <translation>
            <numerusform>正在為 %Ln 位客戶加上標籤…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagging stopped unexpectedly.</source>
        <translation>加上標籤意外中止。</translation>
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
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 及另外 %Ln 個</numerusform>
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
        <source>%Ln group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>發現 %Ln 組可能重複的客戶。</numerusform>
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
    <message>
        <source>Same name</source>
        <translation>名稱相同</translation>
    </message>
    <message>
        <source>Same name apart from case, punctuation or legal form</source>
        <translation>名稱相同（不計大小寫、標點與公司類型）</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>可能重複的客戶</translation>
    </message>
    <message>
        <source>The customers side by side</source>
        <translation>並排比較的客戶</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>重新尋找(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>左右互換(&amp;W)</translation>
    </message>
    <message>
        <source>Why they may be one customer: %1 (numbers and addresses of their contacts count too).</source>
        <translation>可能是同一客戶的原因：%1（聯絡人的電話和電子郵件也計算在內）。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>抹除客戶</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of "%1"?&lt;/b&gt;</source>
        <translation>&lt;b&gt;抹除「%1」的全部個人資料？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backups made before now still hold this data until rotation deletes them (after at most a year with the default settings). It cannot be undone: export the customer's data first if they asked for a copy.</source>
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
    <message numerus="yes">
        <source>This removes for good the customer, %Ln contact(s) with their phones and emails, notes, tags, follow-ups, complaints and the values recorded in the audit trail, also from the trash, the search index and the book file itself.</source>
        <translation>
            <numerusform>這將永久刪除該客戶、%Ln 位聯絡人及其電話和電子郵件、備註、標籤、跟進、客訴以及稽核紀錄中記下的內容，包括資源回收筒、搜尋索引和帳簿檔案本身中的副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln duplicate(s) merged into this customer are erased with it.</source>
        <translation>
            <numerusform>合併到此客戶的 %Ln 筆重複資料也會一併抹除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail keeps only that an erasure happened. Orders, quotes and contracts, when there are any, stay for the sales figures, without the customer's name.</source>
        <translation>稽核紀錄只保留發生過抹除這件事。訂單、報價單和合約（如有）會保留以供銷售統計，但不再帶有客戶名稱。</translation>
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
    <message>
        <source>Erased customer %1</source>
        <translation>已抹除的客戶 %1</translation>
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
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>An activity needs a customer.</source>
        <translation>跟進需要指定客戶。</translation>
    </message>
    <message>
        <source>An activity needs a subject.</source>
        <translation>跟進需要主旨。</translation>
    </message>
    <message>
        <source>The activity "%1" needs a due date.</source>
        <translation>跟進「%1」需要到期日期。</translation>
    </message>
    <message>
        <source>The duration of "%1" must be between 0 minutes and 7 days.</source>
        <translation>「%1」的時長必須在 0 分鐘到 7 天之間。</translation>
    </message>
    <message>
        <source>Reading the customer's tier</source>
        <translation>讀取客戶等級</translation>
    </message>
    <message>
        <source>The activity "%1" is already %2.</source>
        <translation>跟進「%1」已經是%2狀態。</translation>
    </message>
    <message>
        <source>The activity "%1" needs a valid date.</source>
        <translation>跟進「%1」需要有效的日期。</translation>
    </message>
    <message>
        <source>The follow-up interval of tier %1 must be between 1 and 3650 days.</source>
        <translation>%1 級客戶的跟進間隔必須在 1 到 3650 天之間。</translation>
    </message>
    <message>
        <source>Follow-up cancelled: %1 "%2".</source>
        <translation>已取消跟進：%1「%2」。</translation>
    </message>
    <message>
        <source>Follow-up done: %1 "%2".</source>
        <translation>已完成跟進：%1「%2」。</translation>
    </message>
    <message>
        <source>Follow-up done: %1 "%2". Outcome: %3</source>
        <translation>已完成跟進：%1「%2」。結果：%3</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsDialog</name>
    <message>
        <source>Follow-up settings</source>
        <translation>跟進設定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Follow up tier %1 customers every:</source>
        <translation>%1 級客戶的跟進間隔：</translation>
    </message>
    <message>
        <source>e.g. 60, 30, 7</source>
        <translation>例如 60, 30, 7</translation>
    </message>
    <message>
        <source>Renewal reminders, days before the end:</source>
        <translation>續約提醒（到期前天數）：</translation>
    </message>
    <message>
        <source>"%1" is not a number of days.</source>
        <translation>「%1」不是天數。</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>%1 (all day)</source>
        <translation>%1（全天）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1已完成：%2</translation>
    </message>
    <message>
        <source>%1 done: %2 — %3</source>
        <translation>%1已完成：%2 — %3</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1已取消：%2</translation>
    </message>
    <message>
        <source>Planned %1: %2</source>
        <translation>計畫%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it</source>
        <translation>按兩下或按 Enter 鍵開啟</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over %1's work</source>
        <translation>移交%1的工作</translation>
    </message>
    <message>
        <source>%1 has no customers and no open work to hand over.</source>
        <translation>%1沒有可移交的客戶或未完成的工作。</translation>
    </message>
    <message>
        <source>What moves: %1.</source>
        <translation>將移交：%1。</translation>
    </message>
    <message>
        <source>Done follow-ups, decided quotes, orders and resolved complaints stay with %1: they are the history of what %1 did. Records in the trash move with the rest.</source>
        <translation>已完成的跟進、已有結果的報價單、訂單和已解決的客訴仍歸%1：這些是%1的工作紀錄。資源回收筒中的紀錄也一併移交。</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up(s)</source>
        <translation>
            <numerusform>%Ln 項計畫中的跟進</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open quote(s)</source>
        <translation>
            <numerusform>%Ln 份未結報價單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) not yet renewed</source>
        <translation>
            <numerusform>%Ln 份尚未續約的合約</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open complaint(s)</source>
        <translation>
            <numerusform>%Ln 件未結客訴</numerusform>
        </translation>
    </message>
    <message>
        <source>Give it &amp;to:</source>
        <translation>移交給(&amp;T)：</translation>
    </message>
    <message>
        <source>The handover stopped unexpectedly.</source>
        <translation>移交意外中止。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of work to hand over</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>%1 — %2</source>
        <comment>calendar event title: subject — customer</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>聯絡人：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Cannot write the calendar file: %1</source>
        <translation>無法寫入行事曆檔案：%1</translation>
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
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Since the import, its customers have %1. Move the %Ln customer(s) it created to the trash all the same?</source>
        <translation>
            <numerusform>匯入之後，這些客戶有了%1。仍要將它建立的 %Ln 位客戶移到資源回收筒嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
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
    <message>
        <source>%1:</source>
        <comment>a duplicate rule as the label of its choice</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Rows matching customers in the book</source>
        <translation>與帳簿中客戶相符的列</translation>
    </message>
    <message>
        <source>These rows match a product already in the catalogue or an earlier row of the file. Choose what to do for each kind of match.</source>
        <translation>這些列與產品目錄中已有的產品或檔案中前面的列重複。請為每種重複選擇處理方式。</translation>
    </message>
    <message>
        <source>These orders have a number the book already has. Choose what to do with them.</source>
        <translation>這些訂單的單號帳簿中已有。請選擇如何處理。</translation>
    </message>
    <message>
        <source>Product in the file</source>
        <translation>檔案中的產品</translation>
    </message>
    <message>
        <source>Order in the file</source>
        <translation>檔案中的訂單</translation>
    </message>
    <message>
        <source>%1; adds %2</source>
        <translation>%1；補充 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>其中 %n 列重複前面某列的客戶，並帶有另一聯絡人、電話或電子郵件地址：選擇「略過此列」時，這些資料會補充到該客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another (no space between them in Chinese)</comment>
        <translation>%1%2</translation>
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
    <message>
        <source>Products for the catalogue</source>
        <translation>產品（匯入產品目錄）</translation>
    </message>
    <message>
        <source>Orders (sales history, one row per order line)</source>
        <translation>訂單（銷售紀錄，每列一筆訂單明細）</translation>
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
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated the customer of an earlier row with another contact, phone or e-mail address: these were added to that customer.</source>
        <translation>
            <numerusform>%n 列重複了前面某列的客戶，並帶有另一聯絡人、電話或電子郵件地址：這些資料已補充到該客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>%n 列重複前面某列的客戶，並帶有另一聯絡人、電話或電子郵件地址：選擇「略過此列」時，這些資料會補充到該客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another (no space between them in Chinese)</comment>
        <translation>%1%2</translation>
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
        <translation>負責人（業務代表）</translation>
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
        <source>Choose the column that holds the customer's name.</source>
        <translation>請選擇包含客戶名稱的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact's name.</source>
        <translation>請選擇包含聯絡人姓名的欄。</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>產品編號</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>產品名稱</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>產品描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本價</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單號碼</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂單日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>單項折扣</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>銷售通路</translation>
    </message>
    <message>
        <source>Choose the column that holds the product's name.</source>
        <translation>請選擇包含產品名稱的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer who bought.</source>
        <translation>請選擇包含購買客戶的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the order date.</source>
        <translation>請選擇包含訂單日期的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the product (its code or its name).</source>
        <translation>請選擇包含產品（編號或名稱）的欄。</translation>
    </message>
    <message>
        <source>Choose the column that holds the quantity.</source>
        <translation>請選擇包含數量的欄。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>聯絡人備註</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>同意來源</translation>
    </message>
    <message>
        <source>Active (offered)</source>
        <translation>啟用（可報價）</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>The mapping is not readable (%1); it should be a JSON object such as {"Company": "name", "Mobile": "phone"}.</source>
        <translation>無法讀取欄位對應（%1）；它應是一個 JSON 物件，例如 {"Company": "name", "Mobile": "phone"}。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（不是文字）</translation>
    </message>
    <message>
        <source>The mapping gives the column "%1" the unknown field %2; the fields are: %3.</source>
        <translation>欄位對應把欄「%1」對應到未知欄位 %2；可用的欄位有：%3。</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整單折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>Charges tax rate</source>
        <translation>其他費用稅率</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>設定欄位對應</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to "(Do not import)" are left out.</source>
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
    <message>
        <source>Columns in the file and what they are imported as</source>
        <translation>檔案中的欄位及其匯入方式</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <source>Reading the saved mappings</source>
        <translation>讀取已儲存的對應</translation>
    </message>
    <message>
        <source>Reading the saved mapping "%1"</source>
        <translation>讀取已儲存的對應「%1」</translation>
    </message>
    <message>
        <source>There is no saved mapping named "%1".</source>
        <translation>沒有名為「%1」的已儲存對應。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>對應名稱不可空白。</translation>
    </message>
    <message>
        <source>Saving the mapping "%1"</source>
        <translation>儲存對應「%1」</translation>
    </message>
    <message>
        <source>Deleting the mapping "%1"</source>
        <translation>刪除對應「%1」</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>"%1" is neither a company nor an individual.</source>
        <translation>「%1」既不是公司也不是個人。</translation>
    </message>
    <message>
        <source>"%1" is not a known stage.</source>
        <translation>「%1」不是已知的階段。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD).</source>
        <translation>「%1」不是日期（請使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>"%1" is not one of this book's tiers (%2). Add it under Edit ▸ Customer tiers, or change the file.</source>
        <translation>「%1」不是本帳簿的等級（%2）。請在「編輯 ▸ 客戶等級」中新增，或修改檔案。</translation>
    </message>
    <message>
        <source>"%1" is in the future: a customer cannot have been with you since then.</source>
        <translation>「%1」是未來的日期：客戶不可能從那時起就與您往來。</translation>
    </message>
    <message>
        <source>"%1" is not a marketing consent: write agreed, refused or not asked.</source>
        <translation>「%1」不是行銷同意：請填寫已同意、已拒絕或未詢問。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (TRUE or FALSE).</source>
        <translation>「%1」既不是「是」也不是「否」（TRUE 或 FALSE）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Preview of the file</source>
        <translation>檔案預覽</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Only an import of customers can be taken back.</source>
        <translation>只有客戶匯入可以復原。</translation>
    </message>
    <message>
        <source>This import was made by an earlier version of Clientele, which did not record the customers it created.</source>
        <translation>這次匯入由較早版本的 Clientele 完成，當時沒有記錄它建立了哪些客戶。</translation>
    </message>
    <message>
        <source>Finding the customers of the import</source>
        <translation>尋找匯入的客戶</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Company letterhead</source>
        <translation>公司信頭</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美國 Letter</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>統一編號(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>銀行帳戶資料(&amp;B)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>紙張(&amp;R)：</translation>
    </message>
    <message>
        <source>Default te&amp;rms:</source>
        <translation>預設條款(&amp;R)：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>無法將 %1 讀取為圖片：%2</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation>未成交客戶</translation>
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
        <source>Adding the owner "%1"</source>
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
        <source>Reading the book's settings</source>
        <translation>讀取帳簿設定</translation>
    </message>
    <message>
        <source>Saving the book's settings</source>
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
        <source>Move %Ln customer(s) to the trash</source>
        <translation>
            <numerusform>將 %Ln 位客戶移至資源回收筒</numerusform>
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
        <source>%Ln customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>已將 %Ln 位客戶移到資源回收筒。按 %1 可復原。</numerusform>
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
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 位客戶匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>報價單(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;quote for this customer…</source>
        <translation>為此客戶新增報價單(&amp;Q)…</translation>
    </message>
    <message>
        <source>Company &amp;letterhead…</source>
        <translation>公司信頭(&amp;L)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Neglected</source>
        <translation>被冷落客戶</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>行程（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue follow-up(s)</source>
        <translation>
            <numerusform>%Ln 項逾期跟進</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新增跟進</translation>
    </message>
    <message>
        <source>Select a customer in the customer list first; the activity is planned for them.</source>
        <translation>請先在客戶列表中選擇一位客戶，跟進將為該客戶安排。</translation>
    </message>
    <message>
        <source>Activity planned.</source>
        <translation>已安排跟進。</translation>
    </message>
    <message>
        <source>Plan &amp;activity…</source>
        <translation>安排跟進(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow-up settin&amp;gs…</source>
        <translation>跟進設定(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>行程(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>行事曆(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>續約(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Neglected customers</source>
        <translation>被冷落的客戶(&amp;N)</translation>
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
        <source>Log &amp;complaint…</source>
        <translation>登記客訴(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>客訴已登記。</translation>
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
        <source>The customer's personal data was erased.</source>
        <translation>客戶的個人資料已抹除。</translation>
    </message>
    <message>
        <source>&amp;Schedule follow-ups for the selected customers…</source>
        <translation>為選取的客戶安排跟進(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule follow-ups</source>
        <translation>安排跟進</translation>
    </message>
    <message>
        <source>Select one or more customers in the customer list first.</source>
        <translation>請先在客戶清單中選取一個或多個客戶。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %Ln 筆跟進。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print customer report…</source>
        <translation>列印客戶報告(&amp;P)…</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>此頁面沒有可匯出的清單。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported.</source>
        <translation>
            <numerusform>已匯出 %Ln 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) — Clientele</source>
        <translation>%1（唯讀）— Clientele</translation>
    </message>
    <message>
        <source>The book is open read-only.</source>
        <translation>帳簿以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>The book "%1" is open read-only because another Clientele window or program has it open, so it cannot be changed here. Close it there, then open it again here to make changes.</source>
        <translation>帳簿「%1」以唯讀方式開啟，因為另一個 Clientele 視窗或程式正在使用它，所以無法在此修改。請先在那裡關閉它，再在這裡重新開啟以進行修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>尋找重複的客戶</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>登記客訴</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>備份設定</translation>
    </message>
    <message>
        <source>Erase this customer</source>
        <translation>抹除此客戶</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Customer t&amp;iers…</source>
        <translation>客戶等級(&amp;I)…</translation>
    </message>
    <message>
        <source>Sa&amp;les reps…</source>
        <translation>業務代表(&amp;L)…</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>Assign t&amp;o a sales rep…</source>
        <translation>指派給業務代表(&amp;O)…</translation>
    </message>
    <message>
        <source>Assign to a sales rep</source>
        <translation>指派給業務代表</translation>
    </message>
    <message>
        <source>This book has no sales reps yet: add them with Edit ▸ Sales reps… first.</source>
        <translation>本帳簿還沒有業務代表：請先透過「編輯 ▸ 業務代表…」新增。</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln customer(s) to %1</source>
        <translation>
            <numerusform>將 %Ln 位客戶指派給%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) given to %1. %2 takes it back.</source>
        <translation>
            <numerusform>已將 %Ln 位客戶指派給%1。按 %2 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the selected custo&amp;mers…</source>
        <translation>為選取的客戶加上標籤(&amp;M)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve a tag from the selected customers…</source>
        <translation>移除選取客戶的標籤(&amp;V)…</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln customer(s) "%1"</source>
        <translation>
            <numerusform>為 %Ln 位客戶加上標籤「%1」</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag "%1" from %Ln customer(s)</source>
        <translation>
            <numerusform>移除 %Ln 位客戶的標籤「%1」</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was given to %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>已為 %Ln 位客戶加上標籤「%1」。按 %2 可復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was taken from %Ln customer(s). %2 puts it back.</source>
        <translation>
            <numerusform>已移除 %Ln 位客戶的標籤「%1」。按 %2 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set tier or stage of t&amp;he selected customers…</source>
        <translation>設定選取客戶的等級或階段(&amp;H)…</translation>
    </message>
    <message>
        <source>Set tier or stage</source>
        <translation>設定等級或階段</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>為 %Ln 位客戶設定%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>已為 %Ln 位客戶設定%1。按 %2 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>最近開啟(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>No books yet</source>
        <translation>還沒有帳簿</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>清除清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>客訴(&amp;M)</translation>
    </message>
    <message>
        <source>Complaint report&amp;s</source>
        <translation>客訴報表(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>報表(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>稽核紀錄(&amp;U)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>Done again: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新增報價單</translation>
    </message>
    <message>
        <source>Select the customer on the Customers page first, then choose New quote.</source>
        <translation>請先在「客戶」頁面選取客戶，再新增報價單。</translation>
    </message>
    <message>
        <source>There are no customers in this book yet. Add one with New customer… (Ctrl+N), or bring your list in with File › Import… (Ctrl+Shift+I).</source>
        <translation>此帳簿中還沒有客戶。用「新增客戶…」（Ctrl+N）新增一位，或用「檔案 › 匯入…」（Ctrl+Shift+I）匯入您的客戶名單。</translation>
    </message>
    <message>
        <source>Export data for another pro&amp;gram</source>
        <translation>匯出資料供其他程式使用(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Customers with every detail…</source>
        <translation>客戶及全部資料(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>聯絡人(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>產品(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Sales history, one row per order line…</source>
        <translation>銷售明細，每筆訂單明細一列(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>已將 %Ln 列匯出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln customer(s) created. %1 moves them to the trash.</source>
        <translation>
            <numerusform>匯入完成：建立了 %Ln 位客戶。按 %1 可將他們移到資源回收筒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
</context>
<context>
    <name>MarketingConsent</name>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>已拒絕或撤回</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>網站表單</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展覽</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>簽名表單</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>「%1」不是有效金額。</translation>
    </message>
    <message>
        <source>"%1" has decimals; this currency has none.</source>
        <translation>「%1」含有小數，而此幣別沒有小數。</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>「%1」的小數位超過 %2 位。</translation>
    </message>
    <message>
        <source>"%1" is too large an amount.</source>
        <translation>「%1」金額過大。</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Sorting the customers' names</source>
        <translation>排列客戶名稱</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Stroke count</source>
        <translation>筆畫</translation>
    </message>
    <message>
        <source>Zhuyin (bopomofo)</source>
        <translation>注音</translation>
    </message>
</context>
<context>
    <name>NeglectedPanel</name>
    <message>
        <source>Neglected customers</source>
        <translation>被冷落的客戶</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整個團隊</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟進</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>間隔天數</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>跟進間隔</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合約金額</translation>
    </message>
    <message numerus="yes">
        <source>tier %1: %Ln day(s)</source>
        <translation>
            <numerusform>%1 級：%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed activity for longer than the tier's follow-up interval (%1). Double-click a customer to open their file.</source>
        <translation>超過其等級的跟進間隔仍沒有完成任何跟進（%1）。按兩下客戶可開啟其檔案。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the follow-up intervals of the tiers</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>No neglected customers: each had an activity within the interval their tier asks for.</source>
        <translation>沒有被冷落的客戶：每位客戶都在其等級要求的間隔內有過跟進。</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <source>Direct</source>
        <translation>直銷</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>An order needs a customer.</source>
        <translation>訂單需要客戶。</translation>
    </message>
    <message>
        <source>An order needs a date.</source>
        <translation>訂單需要日期。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支援幣別「%1」。</translation>
    </message>
    <message>
        <source>"%1" is not a sales channel (direct, online, distributor or phone).</source>
        <translation>「%1」不是銷售通路（direct、online、distributor 或 phone）。</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>儲存訂單</translation>
    </message>
    <message>
        <source>Saving line %1 of the order</source>
        <translation>儲存訂單第 %1 列</translation>
    </message>
    <message>
        <source>Reading the orders</source>
        <translation>讀取訂單</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>讀取訂單</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>訂單 %1 不存在。</translation>
    </message>
    <message>
        <source>Order %1 belongs to a customer in the trash.</source>
        <translation>訂單 %1 屬於資源回收筒中的客戶。</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Orders from</source>
        <translation>訂單日期從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The newest %1 orders; narrow the dates to see the others.</source>
        <translation>最新的 %1 張訂單；縮小日期範圍以檢視其他訂單。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), %1</source>
        <translation>
            <numerusform>%Ln 張訂單，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>No orders in this period. A quote the customer accepts becomes an order, and File › Import… brings in earlier sales.</source>
        <translation>此期間沒有訂單。客戶接受的報價單會成為訂單，「檔案 › 匯入…」可匯入以往的銷售紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>No orders in this period. The book has %n order(s) from %1 to %2: widen the dates to see them.</source>
        <translation>
            <numerusform>此期間沒有訂單。帳簿中有 %n 筆訂單，日期從 %1 到 %2：放寬日期範圍即可看到。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pareto</name>
    <message>
        <source>The top %1% of customers bring %2% of the gross profit.</source>
        <translation>前 %1% 的客戶貢獻了 %2% 的毛利。</translation>
    </message>
    <message>
        <source>The top %1% of customers bring %2% of the revenue.</source>
        <translation>前 %1% 的客戶貢獻了 %2% 的收入。</translation>
    </message>
    <message>
        <source>No customer brought a gross profit in the period.</source>
        <translation>此期間沒有客戶帶來毛利。</translation>
    </message>
    <message>
        <source>No customer brought revenue in the period.</source>
        <translation>此期間沒有客戶帶來營收。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>電話號碼是空的。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <source>"%1" has the wrong number of digits for a phone number.</source>
        <translation>「%1」的位數不正確，不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>電子郵件地址是空的。</translation>
    </message>
    <message>
        <source>"%1" is not an email address: it has no @.</source>
        <translation>「%1」不是電子郵件地址：缺少 @。</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>「%1」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>"%1" is not a mobile number of mainland China, which has 11 digits starting with 1.</source>
        <translation>「%1」不是中國大陸的手機號碼：手機號碼是以 1 開頭的 11 位數字。</translation>
    </message>
</context>
<context>
    <name>PrivacyTables</name>
    <message>
        <source>Finding the customer's merged records</source>
        <translation>尋找合併到該客戶的資料</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>編輯產品</translation>
    </message>
    <message>
        <source>e.g. pc, box, hour</source>
        <translation>例如：個、箱、小時</translation>
    </message>
    <message>
        <source>&amp;Offered (shown when picking products for a quote)</source>
        <translation>販售中(&amp;O)（為報價單選擇產品時顯示）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit &amp;price (before tax):</source>
        <translation>單價（未稅）(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ost price:</source>
        <translation>成本價(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>稅率(&amp;T)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>類別(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>Reading the products</source>
        <translation>讀取產品</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>讀取產品</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>產品 %1 不存在。</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>產品需要名稱。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支援幣別「%1」。</translation>
    </message>
    <message>
        <source>The unit price must be zero or more.</source>
        <translation>單價不能為負數。</translation>
    </message>
    <message>
        <source>The cost price must be zero or more.</source>
        <translation>成本價不能為負數。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>稅率必須介於 0% 與 100% 之間。</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>儲存產品</translation>
    </message>
    <message>
        <source>The code %1 is already used by "%2".</source>
        <translation>代碼 %1 已被「%2」使用。</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>Search code, name or category</source>
        <translation>搜尋代碼、名稱或類別</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新增產品(&amp;N)…</translation>
    </message>
    <message>
        <source>Offer / &amp;stop offering</source>
        <translation>上架 / 停售(&amp;S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>販售中</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>編輯(&amp;T)…</translation>
    </message>
    <message>
        <source>No products yet. Add what you sell with New product…: quotes take their lines from here.</source>
        <translation>還沒有產品。用「新增產品…」新增您銷售的產品和服務：報價單的明細從這裡選取。</translation>
    </message>
    <message>
        <source>No product matches the search.</source>
        <translation>沒有符合搜尋條件的產品。</translation>
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
    <name>Quote</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>QuoteCalculator</name>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>第 %1 列：數量必須大於零。</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>第 %1 列：單價不能為負數。</translation>
    </message>
    <message>
        <source>Line %1: the unit cost cannot be negative.</source>
        <translation>第 %1 列：單位成本不能為負數。</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation>第 %1 列：折扣必須介於 0% 與 100% 之間。</translation>
    </message>
    <message>
        <source>Line %1: the tax rate must be between 0% and 100%.</source>
        <translation>第 %1 列：稅率必須介於 0% 與 100% 之間。</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>第 %1 列：金額過大。</translation>
    </message>
    <message>
        <source>The quote discount must be between 0% and 100%.</source>
        <translation>報價單折扣必須介於 0% 與 100% 之間。</translation>
    </message>
    <message>
        <source>The charges must be an amount of zero or more.</source>
        <translation>附加費用不能為負數。</translation>
    </message>
    <message>
        <source>The tax rate of the charges must be between 0% and 100%.</source>
        <translation>附加費用的稅率必須介於 0% 與 100% 之間。</translation>
    </message>
    <message>
        <source>The quote's total is too large.</source>
        <translation>報價單總額過大。</translation>
    </message>
</context>
<context>
    <name>QuoteChaser</name>
    <message>
        <source>Chase quote %1</source>
        <translation>追蹤報價單 %1</translation>
    </message>
    <message>
        <source>Planning the follow-up of quote %1</source>
        <translation>安排報價單 %1 的跟進</translation>
    </message>
    <message>
        <source>Ask whether quote %1 suits them and what is still open.</source>
        <translation>詢問報價單 %1 是否合適，還有哪些未決事項。</translation>
    </message>
    <message>
        <source>Cancelling the follow-up of quote %1</source>
        <translation>取消報價單 %1 的追蹤</translation>
    </message>
</context>
<context>
    <name>QuoteContract</name>
    <message>
        <source>Quote %1</source>
        <translation>報價單 %1</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>稅率 %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>加入產品(&amp;P)…</translation>
    </message>
    <message>
        <source>Add free-text &amp;line</source>
        <translation>加入自由文字列(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>刪除列(&amp;R)</translation>
    </message>
    <message>
        <source>Gross margin: sales after discounts less cost. Shown to you only, never printed.</source>
        <translation>毛利：折扣後銷售額減去成本。僅向您顯示，不會列印。</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>聯絡人(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;hipping and other charges:</source>
        <translation>運費及其他費用(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>條款(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes (printed):</source>
        <translation>備註（會列印）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Mark s&amp;ent</source>
        <translation>標記為已寄出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Accept → order</source>
        <translation>接受 → 訂單(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒絕(&amp;J)</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>複製(&amp;I)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Order channel:</source>
        <translation>訂單通路：</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新增報價單</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>報價單 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 列，%2：%3</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>第 %1 列需要描述。</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>小計：%1</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>折扣：%1</translation>
    </message>
    <message>
        <source>Charges: %1</source>
        <translation>附加費用：%1</translation>
    </message>
    <message>
        <source>Tax %1%: %2</source>
        <translation>稅 %1%：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2%)</source>
        <translation>毛利：%1（%2%）</translation>
    </message>
    <message>
        <source>&amp;Save as new revision</source>
        <translation>另存為新版本(&amp;S)</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (replaced by a later revision)</source>
        <translation>%1（已被新版本取代）</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>加入產品</translation>
    </message>
    <message>
        <source>The catalogue has no products yet. Add them on the Products page.</source>
        <translation>產品目錄中尚無產品。請在「產品」頁面新增。</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 is priced in %2 and this quote is in %3: check the unit price.</source>
        <translation>%1 以 %2 定價，而此報價單使用 %3：請檢查單價。</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>儲存報價單</translation>
    </message>
    <message>
        <source>Saved as revision %1 of %2; the earlier revision stays as it was sent.</source>
        <translation>已儲存為 %2 的第 %1 版；先前的版本保持寄出時的樣子。</translation>
    </message>
    <message>
        <source>Save your changes as a new revision first.</source>
        <translation>請先將修改另存為新版本。</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>接受報價單</translation>
    </message>
    <message>
        <source>Accept quote %1 and create its order dated today?</source>
        <translation>接受報價單 %1 並建立日期為今天的訂單？</translation>
    </message>
    <message>
        <source>%1 · order %2 created</source>
        <translation>%1 · 已建立訂單 %2</translation>
    </message>
    <message>
        <source>Duplicate quote</source>
        <translation>複製報價單</translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation>列印報價單</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>報價單 %1</translation>
    </message>
    <message>
        <source>Save quotation as PDF</source>
        <translation>將報價單另存為 PDF</translation>
    </message>
    <message>
        <source>Quotation %1.pdf</source>
        <translation>報價單 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Plan a call on %1 to chase quote %2?</source>
        <translation>在 %1 安排電話追蹤報價單 %2 嗎？</translation>
    </message>
    <message>
        <source>Record a contract for quote %1 as well (for renewals)?</source>
        <translation>是否同時為報價單 %1 登記合約（用於續約提醒）？</translation>
    </message>
    <message>
        <source>Mark s&amp;ent again</source>
        <translation>再次標記為已寄出(&amp;E)</translation>
    </message>
    <message>
        <source>The quote went out again: its sent date becomes today.</source>
        <translation>報價單再次寄出：寄出日期改為今天。</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期限至(&amp;U)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>幣別(&amp;Y)：</translation>
    </message>
    <message>
        <source>Quote dis&amp;count:</source>
        <translation>整單折扣(&amp;C)：</translation>
    </message>
    <message>
        <source>Ta&amp;x on the charges:</source>
        <translation>附加費用稅率(&amp;X)：</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>另存為 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>報價明細</translation>
    </message>
    <message>
        <source>No single product matches "%1". Pick one from the list.</source>
        <translation>沒有唯一符合「%1」的產品。請從清單中選擇。</translation>
    </message>
    <message>
        <source>Reject quote</source>
        <translation>拒絕報價單</translation>
    </message>
    <message>
        <source>Mark quote %1 as rejected? It can then no longer be sent or accepted, and the calls planned to chase it are cancelled.</source>
        <translation>將報價單 %1 標記為已拒絕？之後將無法再傳送或接受，為追蹤它安排的電話也會取消。</translation>
    </message>
    <message>
        <source>Save this new quote before closing?</source>
        <translation>關閉前儲存這份新報價單嗎？</translation>
    </message>
    <message>
        <source>Save your changes to quote %1 before closing?</source>
        <translation>關閉前儲存對報價單 %1 的變更嗎？</translation>
    </message>
    <message>
        <source>Quotation %1 revision %2.pdf</source>
        <translation>報價單 %1 版本 %2.pdf</translation>
    </message>
</context>
<context>
    <name>QuotePrinter</name>
    <message>
        <source>"%1" is not a language for quotations (en, zh_CN or zh_TW).</source>
        <translation>「%1」不是報價單可用的語言（en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>統一編號：</translation>
    </message>
    <message>
        <source>QUOTATION</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Attn.:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Quotation no.</source>
        <translation>報價單號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Quotation for</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品號</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Shipping and other charges</source>
        <translation>運費及其他費用</translation>
    </message>
    <message>
        <source>on</source>
        <translation>稅基</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation>大寫金額：</translation>
    </message>
    <message>
        <source>This quotation is valid until %1.</source>
        <translation>本報價有效期限至 %1。</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>條款與條件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>匯款帳戶資料</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation>報價方</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>客戶確認</translation>
    </message>
    <message>
        <source>Signature and company seal</source>
        <translation>簽名並加蓋公司章</translation>
    </message>
    <message>
        <source>The quotation cannot be printed: the printer or file did not open.</source>
        <translation>無法列印報價單：印表機或檔案無法開啟。</translation>
    </message>
    <message>
        <source>The quotation cannot be printed: page %1 could not be started.</source>
        <translation>無法列印報價單：無法開始第 %1 頁。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Sales contact</source>
        <translation>我方聯絡人</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>A quote needs a customer.</source>
        <translation>報價單需要客戶。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支援幣別「%1」。</translation>
    </message>
    <message>
        <source>A quote needs a date.</source>
        <translation>報價單需要日期。</translation>
    </message>
    <message>
        <source>The quote must be valid until its date or later.</source>
        <translation>報價單的有效期限不能早於報價日期。</translation>
    </message>
    <message>
        <source>Checking the customer</source>
        <translation>檢查客戶</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>客戶 %1 不存在。</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>儲存報價單</translation>
    </message>
    <message>
        <source>Saving the quote lines</source>
        <translation>儲存報價單明細</translation>
    </message>
    <message>
        <source>Saving line %1 of the quote</source>
        <translation>儲存報價單第 %1 列</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 was replaced by a later revision and cannot be changed.</source>
        <translation>報價單 %1 第 %2 版已被新版本取代，不能修改。</translation>
    </message>
    <message>
        <source>Quote %1 was accepted and cannot be changed.</source>
        <translation>報價單 %1 已被接受，不能修改。</translation>
    </message>
    <message>
        <source>Reading the quote</source>
        <translation>讀取報價單</translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation>報價單 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the quote lines</source>
        <translation>讀取報價單明細</translation>
    </message>
    <message>
        <source>Reading the quotes</source>
        <translation>讀取報價單</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 was replaced by a later revision.</source>
        <translation>報價單 %1 第 %2 版已被新版本取代。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot become %3.</source>
        <translation>報價單 %1 的狀態為「%2」，不能改為「%3」。</translation>
    </message>
    <message>
        <source>Changing the quote's status</source>
        <translation>變更報價單狀態</translation>
    </message>
    <message>
        <source>Expiring overdue quotes</source>
        <translation>將逾期報價單標記為已逾期</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>讀取銷售漏斗</translation>
    </message>
    <message>
        <source>Reading the win rate</source>
        <translation>讀取成交率</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>Customer or quote number</source>
        <translation>客戶或報價單號</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>新增報價單(&amp;N)…</translation>
    </message>
    <message>
        <source>A new quote for the customer selected on the Customers page</source>
        <translation>為「客戶」頁面中選取的客戶新增報價單</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 rev. %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 張：%3</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1：–</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>銷售漏斗：%1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新增報價單</translation>
    </message>
    <message>
        <source>Select the customer on the Customers page first, then choose New quote.</source>
        <translation>請先在「客戶」頁面選取客戶，再新增報價單。</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>早期版本(&amp;R)</translation>
    </message>
    <message>
        <source>Also list the revisions that a later one replaced (they open read-only)</source>
        <translation>同時列出已被新版本取代的版本（以唯讀方式開啟）</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>No quotes for this status, rep and period. New quote… (Ctrl+Shift+Q) starts one for the customer selected on the Customers page.</source>
        <translation>此狀態、業務代表和期間下沒有報價單。「新增報價單…」（Ctrl+Shift+Q）可為「客戶」頁中選取的客戶新增一份。</translation>
    </message>
    <message>
        <source>No quotes yet: the pipeline and the win rate by month show here once there are some.</source>
        <translation>還沒有報價單：有了報價單後，這裡會顯示銷售漏斗和各月成交率。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a short month name and its year: Mar 2026</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Win rate by month of the quote, all currencies: %1</source>
        <translation>依報價月份的成交率（所有幣別）：%1</translation>
    </message>
</context>
<context>
    <name>ReadOnlyUi</name>
    <message>
        <source>The book is open read-only: another Clientele window or program has it open.</source>
        <translation>帳簿以唯讀方式開啟：另一個 Clientele 視窗或程式正開啟著它。</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>每 %n 週</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>每 %n 個月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>10 分鐘後再提醒(&amp;S)</translation>
    </message>
    <message>
        <source>These follow-ups are due:</source>
        <translation>以下跟進已到期：</translation>
    </message>
    <message>
        <source>Clientele reminders</source>
        <translation>Clientele 提醒</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2：%3（%4）</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>跟進到期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due.</source>
        <translation>
            <numerusform>%Ln 項跟進已到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dismiss selected</source>
        <translation>略過所選(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>全部略過(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>A renewal reminder must fall between 0 and 3650 days before the end date, not %1.</source>
        <translation>續約提醒必須在到期日前 0 到 3650 天之間，不能是 %1。</translation>
    </message>
    <message>
        <source>Looking for contracts to renew</source>
        <translation>尋找待續約的合約</translation>
    </message>
    <message>
        <source>Renew contract %1</source>
        <translation>續約合約 %1</translation>
    </message>
    <message>
        <source>Renew contract %1 (%2)</source>
        <translation>續約合約 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1 ends on %2 (reminder %n day(s) before the end).</source>
        <translation>
            <numerusform>合約 %1 於 %2 到期（到期前 %n 天提醒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 has already been renewed.</source>
        <translation>合約 %1 已經續約。</translation>
    </message>
    <message>
        <source>Contract %1 is %2 and cannot be renewed.</source>
        <translation>合約 %1 為「%2」狀態，不能續約。</translation>
    </message>
    <message>
        <source>Renewed as %1</source>
        <translation>已續約為 %1</translation>
    </message>
    <message>
        <source>Closing the renewal follow-ups of contract %1</source>
        <translation>關閉合約 %1 的續約跟進</translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自動續約</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整個團隊</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天內到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal rate, last 12 months</source>
        <translation>近 12 個月續約率</translation>
    </message>
    <message>
        <source>Ending in 90 days</source>
        <translation>90 天內到期</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>已到期未續約</translation>
    </message>
    <message>
        <source>Renewal rate by month</source>
        <translation>每月續約率</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>續約(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>開啟客戶(&amp;C)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Renewed contracts as a share of those that ended, by month</source>
        <translation>每月到期合約中已續約的比例</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>續約率</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合約</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 份中 %2 份）</translation>
    </message>
    <message>
        <source>no contracts ended</source>
        <translation>沒有到期的合約</translation>
    </message>
    <message>
        <source>Ending in 90 days (%1)</source>
        <translation>90 天內到期（%1）</translation>
    </message>
    <message>
        <source>Expired, not renewed (%1)</source>
        <translation>已到期未續約（%1）</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>The %1 soonest are listed; choose a sales rep to see theirs.</source>
        <translation>列出最早到期的 %1 份；選擇一位業務代表可查看其名下的合約。</translation>
    </message>
    <message>
        <source>The %1 latest are listed; choose a sales rep to see theirs.</source>
        <translation>列出最近到期的 %1 份；選擇一位業務代表可查看其名下的合約。</translation>
    </message>
    <message>
        <source>Reading the contracts…</source>
        <translation>正在讀取合約…</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format of a month under a bar of the chart</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No contract ends in the next 90 days.</source>
        <translation>未來 90 天內沒有到期的合約。</translation>
    </message>
    <message>
        <source>No contract has expired without being renewed.</source>
        <translation>沒有到期未續約的合約。</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Pareto / ABC</source>
        <translation>柏拉圖 / ABC</translation>
    </message>
    <message>
        <source>Value pyramid</source>
        <translation>價值金字塔</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>分群聚類</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation>各 RFM 分群的客戶數</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建議措施</translation>
    </message>
    <message>
        <source>Share of gross profit</source>
        <translation>毛利占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計占比</translation>
    </message>
    <message>
        <source>Class %1: %2 customers (%3), %4 of the gross profit</source>
        <translation>%1 類：%2 位客戶（%3），占毛利 %4</translation>
    </message>
    <message>
        <source>Customers ranked by gross profit</source>
        <translation>依毛利排名的客戶</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客戶）</translation>
    </message>
    <message>
        <source>Entry bar</source>
        <translation>進入門檻</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage on %1</source>
        <translation>%1 各生命週期階段的客戶</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>喚回率</translation>
    </message>
    <message>
        <source>Monthly churn and reactivation</source>
        <translation>每月流失與喚回</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>月初活躍</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Lapsed at start</source>
        <translation>月初已流失</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>喚回</translation>
    </message>
    <message>
        <source>Customers by recency and revenue, coloured by cluster</source>
        <translation>依最近購買與收入分布的客戶（依聚類著色）</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次購買天數</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>第 %1 群</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Mean days since last purchase</source>
        <translation>平均距上次購買天數</translation>
    </message>
    <message>
        <source>Mean purchases</source>
        <translation>平均購買次數</translation>
    </message>
    <message>
        <source>Mean revenue</source>
        <translation>平均收入</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>Top 10%</source>
        <translation>前 10%</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>Customers ranked by gross profit, a tenth per bar</source>
        <translation>依毛利排名的客戶，每根長條為十分之一</translation>
    </message>
    <message>
        <source>Value pyramid: share of gross profit per value level</source>
        <translation>價值金字塔：各價值層級的毛利占比</translation>
    </message>
    <message>
        <source>Value level</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the as-of day, as on the printed analysis's cover</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Customers ranked by gross profit, one per bar</source>
        <translation>依毛利排名的客戶，每根長條為一位客戶</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 個月</translation>
    </message>
    <message>
        <source>Last 36 months</source>
        <translation>最近 36 個月</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部歷史</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建議值</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Run the analysis again (%1)</source>
        <translation>重新執行分析（%1）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the customer analysis</source>
        <translation>預覽並列印客戶分析</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>幣別：</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>群數：</translation>
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
        <source>Category:</source>
        <translation>產品類別：</translation>
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
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Analysing the sales history…</source>
        <translation>正在分析銷售歷史…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失敗：%1</translation>
    </message>
    <message>
        <source>%1 customers bought in the period. Revenue %2, gross profit %3. %4</source>
        <translation>本期有 %1 位客戶購買。收入 %2，毛利 %3。%4</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客戶分析</translation>
    </message>
    <message>
        <source>Save the customer analysis</source>
        <translation>儲存客戶分析</translation>
    </message>
    <message>
        <source>Customer analysis.pdf</source>
        <translation>客戶分析.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
    <message>
        <source>Customers ranked %1–%2% by gross profit</source>
        <translation>依毛利排名第 %1–%2% 的客戶</translation>
    </message>
    <message>
        <source>Value tier: %1</source>
        <translation>價值層級：%1</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>生命週期階段：%1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>第 %1 群</translation>
    </message>
    <message>
        <source>Seven views</source>
        <translation>七大檢視</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>No customer bought in this period, so there is nothing to analyse yet. The reports are made from orders: a quote the customer accepts becomes one, and File › Import… brings in earlier sales. A longer period or other filters may show some.</source>
        <translation>此期間沒有客戶購買，暫時沒有可分析的資料。報表以訂單為基礎：客戶接受的報價單會成為訂單，「檔案 › 匯入…」可匯入以往的銷售紀錄。更長的期間或其他篩選條件可能會顯示資料。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) buying only in other currencies are not in this analysis: choose their currency to see them.</source>
        <translation>
            <numerusform>%Ln 位只以其他幣別購買的客戶不在本分析中：選擇他們的幣別即可查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地區：</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地區</translation>
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
        <source>Replace everything in the book with the backup of %1 (%Ln customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>以 %1 的備份（%Ln 位客戶）取代帳簿中的全部內容？

目前的帳簿會先備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book was restored from the backup of %1. The book as it was is kept in %2.</source>
        <translation>帳簿已從 %1 的備份還原。原本的帳簿保存在 %2。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>備份之後被抹除的 %Ln 位客戶已再次抹除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Champions</source>
        <translation>冠軍客戶</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潛在忠誠客戶</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潛力客戶</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即將沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客戶</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>最近購買、購買頻繁、消費最多。</translation>
    </message>
    <message>
        <source>Buy regularly and spend well.</source>
        <translation>定期購買，消費良好。</translation>
    </message>
    <message>
        <source>Recent customers who bought more than once.</source>
        <translation>近期購買過不止一次的客戶。</translation>
    </message>
    <message>
        <source>Bought for the first time very recently.</source>
        <translation>最近才首次購買。</translation>
    </message>
    <message>
        <source>Recent buyers who have not spent much yet.</source>
        <translation>近期購買但消費尚不多。</translation>
    </message>
    <message>
        <source>Average recency, frequency and spending.</source>
        <translation>最近購買、頻率與消費皆屬中等。</translation>
    </message>
    <message>
        <source>Below average and not seen for a while.</source>
        <translation>低於平均，且有一段時間沒有購買。</translation>
    </message>
    <message>
        <source>Spent well and bought often, but long ago.</source>
        <translation>曾經消費多、購買頻繁，但已很久沒有購買。</translation>
    </message>
    <message>
        <source>Were among the best customers and have not come back.</source>
        <translation>曾是最好的客戶之一，但沒有再回來。</translation>
    </message>
    <message>
        <source>Last bought long ago, rarely and little.</source>
        <translation>上次購買已久，購買少、消費低。</translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spending.</source>
        <translation>最近購買、頻率與消費皆最低。</translation>
    </message>
    <message>
        <source>Reward them; ask for referrals and reviews; offer new products first.</source>
        <translation>給予獎勵；請他們推薦與評價；優先推出新產品。</translation>
    </message>
    <message>
        <source>Offer loyalty terms and upsell higher-value products.</source>
        <translation>提供會員優惠，推薦更高價值的產品。</translation>
    </message>
    <message>
        <source>Offer a membership or loyalty programme; recommend related products.</source>
        <translation>邀請加入會員或忠誠計畫；推薦相關產品。</translation>
    </message>
    <message>
        <source>Onboard them well; follow up soon after the first order.</source>
        <translation>做好新客戶引導；首單後儘快跟進。</translation>
    </message>
    <message>
        <source>Build the relationship; offer a trial of other products.</source>
        <translation>建立關係；提供其他產品的試用。</translation>
    </message>
    <message>
        <source>Make a limited-time offer based on their past purchases.</source>
        <translation>根據以往購買提供限時優惠。</translation>
    </message>
    <message>
        <source>Call to reconnect; share useful news or a small offer.</source>
        <translation>致電重新聯繫；分享有用資訊或小優惠。</translation>
    </message>
    <message>
        <source>Contact them personally; find out why they stopped and win them back.</source>
        <translation>親自聯繫，了解停止購買的原因並挽回。</translation>
    </message>
    <message>
        <source>Visit or call now; a senior person should follow up.</source>
        <translation>立即拜訪或致電，由資深人員跟進。</translation>
    </message>
    <message>
        <source>Send a relevant offer; otherwise keep contact low-cost.</source>
        <translation>發送相關優惠；否則以低成本方式保持聯繫。</translation>
    </message>
    <message>
        <source>Try one reactivation campaign; otherwise do not spend on them.</source>
        <translation>嘗試一次喚回活動；否則不再投入。</translation>
    </message>
</context>
<context>
    <name>SalesAnalysis</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
</context>
<context>
    <name>SalesHistoryRepository</name>
    <message>
        <source>Reading the sales history</source>
        <translation>讀取銷售歷史</translation>
    </message>
    <message>
        <source>Reading the product categories</source>
        <translation>讀取產品類別</translation>
    </message>
    <message>
        <source>Reading the sales history failed: %1</source>
        <translation>讀取銷售紀錄失敗：%1</translation>
    </message>
    <message>
        <source>Reading the customers failed: %1</source>
        <translation>讀取客戶失敗：%1</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>Preparing the import</source>
        <translation>準備匯入</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>檔案是空的：沒有標題列。</translation>
    </message>
    <message>
        <source>The code %1 is already used by "%2": skip or update such rows, or give this product a code of its own.</source>
        <translation>編號 %1 已被「%2」使用：請略過或更新這類列，或為該產品指定專屬編號。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Looking for the customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <source>There is no customer named "%1" in the book: import the customers first.</source>
        <translation>帳簿中沒有名為「%1」的客戶：請先匯入客戶。</translation>
    </message>
    <message>
        <source>Several customers are named "%1": add a City column to tell them apart.</source>
        <translation>有多位客戶名為「%1」：請加入「城市」欄以便區分。</translation>
    </message>
    <message>
        <source>No product in the catalogue has the code %1: import the products first.</source>
        <translation>產品目錄中沒有編號為 %1 的產品：請先匯入產品。</translation>
    </message>
    <message>
        <source>Several products are named "%1": add a column with their codes.</source>
        <translation>有多項產品名為「%1」：請加入產品編號欄。</translation>
    </message>
    <message>
        <source>Order %1 is for another customer on row %2.</source>
        <translation>訂單 %1 在第 %2 列屬於另一位客戶。</translation>
    </message>
    <message>
        <source>Order %1 has another date on row %2.</source>
        <translation>訂單 %1 在第 %2 列的日期不同。</translation>
    </message>
    <message>
        <source>The catalogue's price of "%1" is in %2, the order in %3: give the unit price.</source>
        <translation>產品目錄中「%1」的價格幣別為 %2，訂單幣別為 %3：請填寫單價。</translation>
    </message>
    <message>
        <source>"%1" is not in the catalogue: give its unit price.</source>
        <translation>「%1」不在產品目錄中：請填寫其單價。</translation>
    </message>
    <message>
        <source>Order %1 is in %2 on row %3.</source>
        <translation>訂單 %1 在第 %3 列的幣別為 %2。</translation>
    </message>
    <message>
        <source>Left out with order %1, whose row %2 has a problem.</source>
        <translation>隨訂單 %1 一併略過：該訂單的第 %2 列有問題。</translation>
    </message>
    <message>
        <source>Order %1 has another value here on row %2.</source>
        <translation>訂單 %1 在第 %2 列的此欄取值不同。</translation>
    </message>
</context>
<context>
    <name>SalesRepHandover</name>
    <message>
        <source>Counting the open work of a sales rep</source>
        <translation>統計業務代表未完成的工作</translation>
    </message>
    <message>
        <source>Choose another sales rep to hand the work over to.</source>
        <translation>請選擇另一位業務代表來接手工作。</translation>
    </message>
    <message>
        <source>Handing over the work</source>
        <translation>移交工作</translation>
    </message>
    <message>
        <source>The sales rep %1 is not in this book (any more).</source>
        <translation>業務代表 %1 已不在本帳簿中。</translation>
    </message>
    <message>
        <source>Assigning the customers</source>
        <translation>指派客戶</translation>
    </message>
    <message>
        <source>The customer %1 is not in this book (any more).</source>
        <translation>客戶 %1 已不在本帳簿中。</translation>
    </message>
    <message>
        <source>The handover was cancelled; nothing changed.</source>
        <translation>移交已取消，沒有任何變更。</translation>
    </message>
</context>
<context>
    <name>SalesReps</name>
    <message>
        <source>Counting the customers of each sales rep</source>
        <translation>統計每位業務代表的客戶數</translation>
    </message>
    <message>
        <source>A sales rep needs a name.</source>
        <translation>業務代表需要姓名。</translation>
    </message>
    <message>
        <source>There are two sales reps named "%1".</source>
        <translation>有兩位名為「%1」的業務代表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saving the sales rep "%1"</source>
        <translation>儲存業務代表「%1」</translation>
    </message>
    <message>
        <source>Removing the sales rep "%1"</source>
        <translation>刪除業務代表「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n customer(s) or open record(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 仍有 %n 位客戶或未完成的紀錄：請先移交給另一位業務代表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesRepsDialog</name>
    <message>
        <source>Sales reps</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>The people customers, follow-ups, quotes and complaints can be assigned to. Double-click a name or address to change it.</source>
        <translation>可以負責客戶、跟進、報價單與客訴的人員。按兩下姓名或電子郵件即可修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>New sales rep</source>
        <translation>新業務代表</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Give this rep's customers and open work to another rep, e.g. when they leave</source>
        <translation>將此業務代表的客戶和未完成的工作交給另一位業務代表，例如在其離職時</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %Ln customer(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 負責 %Ln 位客戶：請先移交給另一位業務代表。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sales rep has no work yet.</source>
        <translation>新業務代表還沒有工作可移交。</translation>
    </message>
    <message>
        <source>Add and save another sales rep first, to hand the work over to.</source>
        <translation>請先新增並儲存另一位業務代表，以便接手工作。</translation>
    </message>
    <message>
        <source>Handed over to %1: %2.</source>
        <translation>已移交給%1：%2。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
</context>
<context>
    <name>SalesRowParser</name>
    <message>
        <source>"%1" is below zero.</source>
        <translation>「%1」小於零。</translation>
    </message>
    <message>
        <source>"%1" is not a discount between 0% and 100% (write 10%, 0.1 or 9折).</source>
        <translation>「%1」不是 0% 到 100% 之間的折扣（可寫 10%、0.1 或 9折）。</translation>
    </message>
    <message>
        <source>"%1" is not a tax rate between 0% and 100% (write 13% or 0.13).</source>
        <translation>「%1」不是 0% 到 100% 之間的稅率（可寫 5% 或 0.05）。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows (%2).</source>
        <translation>「%1」不是本版本支援的幣別（%2）。</translation>
    </message>
    <message>
        <source>The product's name is required.</source>
        <translation>產品名稱為必填。</translation>
    </message>
    <message>
        <source>The customer's name is required.</source>
        <translation>客戶名稱為必填。</translation>
    </message>
    <message>
        <source>The order date is required.</source>
        <translation>訂單日期為必填。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD).</source>
        <translation>「%1」不是日期（請使用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>"%1" is in the future: the sales history holds what was sold.</source>
        <translation>「%1」是未來的日期：銷售紀錄只記錄已售出的內容。</translation>
    </message>
    <message>
        <source>The row names no product (a code or a name).</source>
        <translation>該列沒有指明產品（編號或名稱）。</translation>
    </message>
    <message>
        <source>The quantity is required.</source>
        <translation>數量為必填。</translation>
    </message>
    <message>
        <source>"%1" is not a quantity above zero (with at most 3 decimals).</source>
        <translation>「%1」不是大於零的數量（最多 3 位小數）。</translation>
    </message>
    <message>
        <source>"%1" is not a sales channel (direct, online, distributor or phone).</source>
        <translation>「%1」不是銷售通路（直銷、線上、經銷商或電話）。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (TRUE or FALSE).</source>
        <translation>「%1」既不是「是」也不是「否」（TRUE 或 FALSE）。</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>the disk is full (%1 free)</source>
        <translation>磁碟已滿（剩餘 %1）</translation>
    </message>
    <message>
        <source>only part of the data could be written; the disk may be full</source>
        <translation>只寫入了部分資料；磁碟可能已滿</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpsDialog</name>
    <message>
        <source>Schedule follow-ups</source>
        <translation>安排跟進</translation>
    </message>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln customer(s).</source>
        <translation>
            <numerusform>為這 %Ln 位客戶各安排一筆跟進。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>跟進 %1</translation>
    </message>
    <message>
        <source>%1 is replaced by each customer's name.</source>
        <translation>%1 會替換為每個客戶的名稱。</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Spread over</source>
        <translation>分散在(&amp;S)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 個工作天</translation>
    </message>
    <message>
        <source>Each customer's &amp;owner</source>
        <translation>各客戶的負責人(&amp;O)</translation>
    </message>
    <message>
        <source>One &amp;rep:</source>
        <translation>指定一名業務代表(&amp;R)：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主旨(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>時間(&amp;D)：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>安排(&amp;C)</translation>
    </message>
    <message>
        <source>Scheduling stopped unexpectedly; no follow-up was created.</source>
        <translation>安排意外中止，未建立任何跟進。</translation>
    </message>
    <message>
        <source>Cancelled; no follow-up was created.</source>
        <translation>已取消，未建立任何跟進。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %Ln 筆跟進。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln customer(s) were skipped: they are in the trash or no longer exist.</source>
        <translation>
            <numerusform>%1 已略過 %Ln 位客戶：它們在資源回收筒中或已不存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Working days to spread over</source>
        <translation>分散到的工作日數</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
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
    <name>ServiceLevels</name>
    <message>
        <source>The service level "%1" is not of the form severity=response/resolution minutes.</source>
        <translation>服務水準「%1」的格式不是 嚴重程度=回應/解決分鐘數。</translation>
    </message>
    <message>
        <source>The service level for %1 needs a response time above zero and a resolution time no shorter than it.</source>
        <translation>「%1」的服務水準需要大於零的回應時間，且解決時間不短於回應時間。</translation>
    </message>
    <message>
        <source>The business hours "%1" are not of the form "1,2,3,4,5 09:00-18:00" with the start before the end.</source>
        <translation>上班時間「%1」的格式不是「1,2,3,4,5 09:00-18:00」，或開始時間不早於結束時間。</translation>
    </message>
    <message>
        <source>The time zone "%1" of the business hours is unknown.</source>
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
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>外觀(&amp;C)：</translation>
    </message>
    <message>
        <source>How the customer list sorts Chinese names in this book; Latin names come first, alphabetically</source>
        <translation>客戶清單在此帳簿中如何排列中文名稱；拉丁字母名稱排在前面，依字母順序</translation>
    </message>
    <message>
        <source>Sort Chinese &amp;names by:</source>
        <translation>中文名稱排序方式(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客戶清單</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>開啟選取的客戶</translation>
    </message>
    <message>
        <source>Select more customers</source>
        <translation>選取多位客戶</translation>
    </message>
    <message>
        <source>Show what can be done with the selected customers</source>
        <translation>顯示可對選取客戶執行的操作</translation>
    </message>
    <message>
        <source>Go from the search to the results</source>
        <translation>從搜尋框移到結果清單</translation>
    </message>
    <message>
        <source>Down or Enter in the search field</source>
        <translation>在搜尋框中按向下鍵或 Enter</translation>
    </message>
    <message>
        <source>Shift+Up or Shift+Down; Ctrl+click, Shift+click</source>
        <translation>Shift+向上、Shift+向下；Ctrl+按一下、Shift+按一下</translation>
    </message>
    <message>
        <source>Menu key; right-click</source>
        <translation>選單鍵；按右鍵</translation>
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
    <message>
        <source>%1 failed: the book is open read-only (another Clientele window or program has it open), so nothing was changed.</source>
        <translation>%1失敗：帳簿以唯讀方式開啟（另一個 Clientele 視窗或程式正在使用它），因此沒有做任何修改。</translation>
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
        <source>Copying the book to "%1"</source>
        <translation>將帳簿複製到「%1」</translation>
    </message>
    <message>
        <source>Cannot create "%1".</source>
        <translation>無法建立「%1」。</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>無法開啟「%1」。</translation>
    </message>
    <message>
        <source>Restoring from "%1"</source>
        <translation>從「%1」還原</translation>
    </message>
    <message>
        <source>%1: this build cannot restore a book while it is open.</source>
        <translation>%1：此版本無法在帳簿開啟時還原。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>Checking "%1": cancelled.</source>
        <translation>檢查「%1」：已取消。</translation>
    </message>
</context>
<context>
    <name>StoredPhones</name>
    <message>
        <source>Reading the phones</source>
        <translation>讀取電話號碼</translation>
    </message>
    <message>
        <source>Updating the phone keys</source>
        <translation>更新電話號碼索引</translation>
    </message>
</context>
<context>
    <name>SubjectExporter</name>
    <message>
        <source>Collecting the customer's data</source>
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
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>電話和電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Tags (links)</source>
        <translation>標籤（關聯）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>Merges with duplicates</source>
        <translation>與重複資料的合併</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Complaint history</source>
        <translation>客訴處理紀錄</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>報價單明細</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
    </message>
    <message>
        <source>Merged into this customer: %1 (id %2)</source>
        <translation>合併到此客戶的資料：%1（編號 %2）</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>There is no table to export.</source>
        <translation>沒有可匯出的表格。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，適用於 Excel 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GBK for older Chinese Excel (*.csv)</source>
        <translation>CSV，適用於舊版簡體中文 Excel 的 GBK (*.csv)</translation>
    </message>
    <message>
        <source>%1 %2.xlsx</source>
        <translation>%1 %2.xlsx</translation>
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
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>CSV, Big5 for older Traditional Chinese Excel (*.csv)</source>
        <translation>CSV，適用於舊版繁體中文 Excel 的 Big5 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open "%1": %2</source>
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
        <source>%n character(s) could not be written in the chosen encoding and appear as "?" in %1.</source>
        <translation>
            <numerusform>有 %n 個字元無法以所選編碼寫入，在 %1 中會顯示為「?」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell which format to write: the file name should end in .xlsx or .csv</source>
        <translation>無法判斷要寫入的格式：檔名應以 .xlsx 或 .csv 結尾</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in Simplified Chinese were written in Traditional characters in %1, as Big5 holds no others: imported back, their names will not match. UTF-8 keeps them as they are.</source>
        <translation>
            <numerusform>%1 中有 %n 個簡體中文儲存格以繁體字寫入，因為 Big5 只能容納繁體字：再匯入時，其中的名稱將對不上。UTF-8 會原樣保留它們。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagCustomersDialog</name>
    <message>
        <source>Tag customers</source>
        <translation>加上標籤</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>加上(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>為選取的 %Ln 位客戶加上標籤(&amp;T)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take from the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>移除選取的 %Ln 位客戶的標籤(&amp;T)：</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a tag or type a new one</source>
        <translation>選擇標籤或輸入新標籤</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>標籤需要名稱。</translation>
    </message>
    <message>
        <source>Adding the tag "%1"</source>
        <translation>加上標籤「%1」</translation>
    </message>
    <message>
        <source>Reading the tag "%1"</source>
        <translation>讀取標籤「%1」</translation>
    </message>
    <message>
        <source>Reading the tags of a customer</source>
        <translation>讀取客戶的標籤</translation>
    </message>
    <message>
        <source>Changing the tag "%1"</source>
        <translation>修改標籤「%1」</translation>
    </message>
    <message>
        <source>Tagging was cancelled; no customer got the tag.</source>
        <translation>加上標籤已取消，沒有客戶獲得該標籤。</translation>
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
    <name>TiersDialog</name>
    <message>
        <source>Customer tiers</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>The tiers customers can have, in the order lists show them. Double-click a name to rename it: its customers keep their tier under the new name.</source>
        <translation>客戶可用的等級，依清單中顯示的順序排列。按兩下名稱可重新命名：該等級的客戶會隨之改用新名稱。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新等級</translation>
    </message>
    <message>
        <source>Saving the tiers stopped unexpectedly.</source>
        <translation>儲存等級意外中止。</translation>
    </message>
    <message>
        <source>Saving the tiers…</source>
        <translation>正在儲存等級…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have the tier "%1": give them another tier first, or rename it instead.</source>
        <translation>
            <numerusform>有 %Ln 位客戶的等級為「%1」：請先為他們改設其他等級，或改為重新命名。</numerusform>
        </translation>
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
        <source>Delete %Ln customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>要永久刪除這 %Ln 位客戶及其聯絡人和歷史紀錄嗎？此動作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Customers in the trash</source>
        <translation>資源回收筒中的客戶</translation>
    </message>
    <message>
        <source>The trash is empty. Customers moved to the trash wait here until you restore them or delete them for good.</source>
        <translation>資源回收筒是空的。移到資源回收筒的客戶會留在這裡，直到您還原或永久刪除它們。</translation>
    </message>
    <message>
        <source>Deleted with them: %1.</source>
        <translation>一併刪除：%1。</translation>
    </message>
    <message>
        <source>To remove a person's data but keep the sales figures, restore the customer and use Erase instead.</source>
        <translation>如要刪除個人資料但保留銷售數據，請先還原該客戶，再使用「抹除」。</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of %1 to the trash?</source>
        <translation>
            <numerusform>將 %1 匯入建立的 %Ln 位客戶移到資源回收筒？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of "%1" (%2) to the trash?</source>
        <translation>
            <numerusform>將匯入「%1」（%2）建立的 %Ln 位客戶移到資源回收筒？</numerusform>
        </translation>
    </message>
    <message>
        <source>They take with them: %1.</source>
        <translation>隨之一起移走：%1。</translation>
    </message>
    <message>
        <source>They can be restored from the trash.</source>
        <translation>可以從資源回收筒還原他們。</translation>
    </message>
    <message>
        <source>The customers created by this import are no longer in the list: they are in the trash, merged, deleted or erased.</source>
        <translation>這次匯入建立的客戶已不在清單中：他們已在資源回收筒中、已被合併、已被永久刪除或已被抹除。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) it created are already in the trash, merged, deleted or erased.</source>
        <translation>
            <numerusform>它建立的另外 %Ln 位客戶已在資源回收筒中、已被合併、已被永久刪除或已被抹除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln customer(s) it updated keep its changes; the audit trail shows what changed.</source>
        <translation>
            <numerusform>它更新的 %Ln 位客戶會保留匯入所做的變更；稽核紀錄中可查看改了什麼。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuePyramid</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重點</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小客戶</translation>
    </message>
</context>
<context>
    <name>ViewCli</name>
    <message>
        <source>--view must be one of: %1</source>
        <translation>--view 必須是以下之一：%1</translation>
    </message>
    <message>
        <source>--by must be one of: %1</source>
        <translation>--by 必須是以下之一：%1</translation>
    </message>
</context>
<context>
    <name>ViewContent</name>
    <message>
        <source>(not set)</source>
        <translation>（未填寫）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>低於 %1</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 至 %2 以下</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客戶輪廓</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠誠度</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>獲利能力</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>業績</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>推廣</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <source>Profile: customers by industry</source>
        <translation>客戶輪廓：依產業</translation>
    </message>
    <message>
        <source>Profile: customers by region</source>
        <translation>客戶輪廓：依地區</translation>
    </message>
    <message>
        <source>Profile: customers by tier</source>
        <translation>客戶輪廓：依等級</translation>
    </message>
    <message>
        <source>Profile: customers by acquisition source</source>
        <translation>客戶輪廓：依客戶來源</translation>
    </message>
    <message>
        <source>Loyalty: repeat purchases</source>
        <translation>忠誠度：重複購買</translation>
    </message>
    <message>
        <source>Loyalty: years since the first purchase</source>
        <translation>忠誠度：首次購買至今的年數</translation>
    </message>
    <message>
        <source>Profitability: gross margin by customer</source>
        <translation>獲利能力：各客戶毛利率</translation>
    </message>
    <message>
        <source>Profitability: most and least profitable customers</source>
        <translation>獲利能力：利潤最高與最低的客戶</translation>
    </message>
    <message>
        <source>Performance: sales by product category</source>
        <translation>業績：依產品類別的銷售</translation>
    </message>
    <message>
        <source>Performance: sales by channel</source>
        <translation>業績：依通路的銷售</translation>
    </message>
    <message>
        <source>Performance: sales by region</source>
        <translation>業績：依地區的銷售</translation>
    </message>
    <message>
        <source>Performance: sales by sales rep</source>
        <translation>業績：依業務代表的銷售</translation>
    </message>
    <message>
        <source>Prospects: new customers and pipeline</source>
        <translation>潛在客戶：新客戶與銷售管道</translation>
    </message>
    <message>
        <source>Products: bought together</source>
        <translation>產品：一起購買的產品</translation>
    </message>
    <message>
        <source>Promotion: sales by acquisition source</source>
        <translation>推廣：依客戶來源的銷售</translation>
    </message>
    <message>
        <source>Promotion: new customers per source</source>
        <translation>推廣：各來源的新客戶</translation>
    </message>
    <message>
        <source>Customer value: lifetime value distribution</source>
        <translation>客戶價值：終身價值分布</translation>
    </message>
    <message>
        <source>Customer value: most valuable customers</source>
        <translation>客戶價值：最有價值的客戶</translation>
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
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>客戶來源</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>%1 customers by %2</source>
        <translation>%1 位客戶，依%2</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶占比</translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation>未滿 1 年</translation>
    </message>
    <message>
        <source>1 to 2 years</source>
        <translation>1 至 2 年</translation>
    </message>
    <message>
        <source>2 to 3 years</source>
        <translation>2 至 3 年</translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation>3 至 5 年</translation>
    </message>
    <message>
        <source>5 years and more</source>
        <translation>5 年以上</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>購買 1 次</translation>
    </message>
    <message>
        <source>2 purchases</source>
        <translation>購買 2 次</translation>
    </message>
    <message>
        <source>3 to 5 purchases</source>
        <translation>購買 3 至 5 次</translation>
    </message>
    <message>
        <source>6 to 10 purchases</source>
        <translation>購買 6 至 10 次</translation>
    </message>
    <message>
        <source>11 purchases and more</source>
        <translation>購買 11 次以上</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購買客戶數</translation>
    </message>
    <message>
        <source>Repeat-purchase rate %1: %2 of %3 buyers bought twice or more</source>
        <translation>重複購買率 %1：%3 位購買客戶中有 %2 位購買了兩次以上</translation>
    </message>
    <message>
        <source>Buyers by years since their first purchase</source>
        <translation>依首次購買至今年數劃分的購買客戶</translation>
    </message>
    <message>
        <source>Years since the first purchase</source>
        <translation>首次購買至今</translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation>期間內購買次數</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>購買客戶占比</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>無收入</translation>
    </message>
    <message>
        <source>Customers by gross margin (profit / revenue)</source>
        <translation>依毛利率（毛利 / 收入）劃分的客戶</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share of customers with revenue</source>
        <translation>占有收入客戶的比例</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>前 %1 名</translation>
    </message>
    <message>
        <source>Bottom %1</source>
        <translation>倒數第 %1 名</translation>
    </message>
    <message>
        <source>Gross profit of the most and least profitable customers (%1)</source>
        <translation>利潤最高與最低客戶的毛利（%1）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>產品類別</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>業務代表</translation>
    </message>
    <message>
        <source>Revenue and gross profit by %1 (%2)</source>
        <translation>依%1的收入與毛利（%2）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失單</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>New customers and quotes per month (%1)</source>
        <translation>每月新客戶與報價（%1）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>報價單數</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>報價金額</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Products bought together: lift of the strongest pairs (%1 orders)</source>
        <translation>一起購買的產品：關聯最強的產品組合的提升度（%1 筆訂單）</translation>
    </message>
    <message>
        <source>Who bought</source>
        <translation>購買了</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>也購買了</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同時包含兩者的訂單</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信賴度</translation>
    </message>
    <message>
        <source>Support: share of all orders with both products. Confidence: share of the orders with the first product that also have the second. Lift: confidence divided by the second product's share of all orders; above 1 they go together more often than by chance.</source>
        <translation>支持度：同時包含兩種產品的訂單占全部訂單的比例。信賴度：包含第一種產品的訂單中也包含第二種產品的比例。提升度：信賴度除以第二種產品在全部訂單中的占比；大於 1 表示兩者一起購買的頻率高於偶然。</translation>
    </message>
    <message>
        <source>Revenue and gross profit by acquisition source (%1)</source>
        <translation>依客戶來源的收入與毛利（%1）</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>每位客戶收入</translation>
    </message>
    <message>
        <source>New customers per month by acquisition source</source>
        <translation>依客戶來源的每月新客戶</translation>
    </message>
    <message>
        <source>Customers by estimated lifetime value</source>
        <translation>依估計終身價值劃分的客戶</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>終身價值</translation>
    </message>
    <message>
        <source>Historic gross profit</source>
        <translation>歷史毛利</translation>
    </message>
    <message>
        <source>Most valuable customers: lifetime value and gross profit so far (%1)</source>
        <translation>最有價值的客戶：終身價值與至今毛利（%1）</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>每年購買次數</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>預期年數</translation>
    </message>
    <message>
        <source>Lifetime value = average order value × purchases per year × gross margin × expected lifetime (%1 years); purchases per year = purchases / years since the first purchase (at least 30 days), over the whole history to the as-of date.</source>
        <translation>終身價值 = 平均訂單金額 × 每年購買次數 × 毛利率 × 預期生命週期（%1 年）；每年購買次數 = 購買次數 / 自首次購買以來的年數（至少以 30 天計），以截至日期前的全部歷史計算。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Click to list these customers.</source>
        <translation>按一下列出這些客戶。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>檢視(&amp;W)：</translation>
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