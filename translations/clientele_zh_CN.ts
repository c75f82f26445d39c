<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
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
        <translation>计划中</translation>
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
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>e.g. Call about the new price list</source>
        <translation>例如：电话沟通新价目表</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every … days</source>
        <translation>每隔…天</translation>
    </message>
    <message>
        <source>Every … weeks</source>
        <translation>每隔…周</translation>
    </message>
    <message>
        <source>Every … months</source>
        <translation>每隔…个月</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Done and schedule &amp;next…</source>
        <translation>完成并安排下次(&amp;N)…</translation>
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
        <translation>（无）</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>投诉：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Open the complaint %1</source>
        <translation>打开投诉 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复间隔</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Saving the activity "%1"</source>
        <translation>保存跟进“%1”</translation>
    </message>
    <message>
        <source>The activity "%1" no longer exists.</source>
        <translation>跟进“%1”已不存在。</translation>
    </message>
    <message>
        <source>There is no activity with the number %1.</source>
        <translation>没有编号为 %1 的跟进。</translation>
    </message>
    <message>
        <source>Reading activities</source>
        <translation>读取跟进</translation>
    </message>
    <message>
        <source>Counting activities</source>
        <translation>统计跟进</translation>
    </message>
    <message>
        <source>Dismissing the reminder</source>
        <translation>关闭提醒</translation>
    </message>
    <message>
        <source>Snoozing the reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <source>Looking for neglected customers</source>
        <translation>查找被冷落的客户</translation>
    </message>
    <message>
        <source>Moving the customers' planned activities to the trash</source>
        <translation>将客户的计划跟进移到回收站</translation>
    </message>
    <message>
        <source>Restoring the customers' planned activities</source>
        <translation>恢复客户的计划跟进</translation>
    </message>
    <message>
        <source>Saving the activity "%1": %2</source>
        <translation>保存跟进“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>新建跟进(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Done and next…</source>
        <translation>完成并安排下次(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the selected activity done and schedule the next one (Ctrl+Return)</source>
        <translation>将选中的跟进标为完成并安排下一次（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>导出日历(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the planned follow-ups as an iCalendar (.ics) file for Outlook, Apple or Google calendars</source>
        <translation>将计划中的跟进保存为 iCalendar（.ics）文件，可导入 Outlook、Apple 或 Google 日历</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>…… 还有 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>%1的日程</translation>
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
        <translation>未来 7 天（%1）</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>导出跟进</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>跟进.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar（*.ics）</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-up(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 项跟进保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>About complaint %1.
%2</source>
        <translation>关于投诉 %1。
%2</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Nothing is planned for the next 7 days. New activity… (Ctrl+Shift+A) plans a call, visit or task for the customer selected on the Customers page.</source>
        <translation>未来 7 天没有安排。“新建跟进…”（Ctrl+Shift+A）可为“客户”页中选中的客户安排电话、拜访或任务。</translation>
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
        <translation>截至 %1 的全部历史</translation>
    </message>
    <message>
        <source>Customers who bought in the period</source>
        <translation>本期有购买的客户</translation>
    </message>
    <message>
        <source>Revenue (without tax)</source>
        <translation>收入（不含税）</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Class A customers</source>
        <translation>A 类客户</translation>
    </message>
    <message>
        <source>%1, bringing %2% of the gross profit</source>
        <translation>%1 位，贡献 %2% 的毛利</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>截至：%1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows.</source>
        <translation>共 %2 行，此处列出前 %1 行。</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Customer analysis view: %1</source>
        <translation>客户分析视图：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows.</source>
        <translation>共 %2 行，显示 %1 行。</translation>
    </message>
    <message>
        <source>The analysis cannot be printed: the printer or file did not open.</source>
        <translation>无法打印客户分析：打印机或文件未能打开。</translation>
    </message>
    <message>
        <source>The analysis cannot be printed: page %1 could not be started.</source>
        <translation>无法打印客户分析：第 %1 页无法开始。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format on the printed analysis's cover</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Customers buying only in other currencies (not in this analysis)</source>
        <translation>只用其他币种购买的客户（不在本分析中）</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>生命周期：%1</translation>
    </message>
</context>
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
        <source>Start with TEXT in the search field.</source>
        <translation>启动时在搜索框中填入 TEXT。</translation>
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
        <translation>使用 LANG 语言（en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>"%1" already exists; use File &gt; Open book to open it.</source>
        <translation>“%1”已存在；请使用“文件 &gt; 打开账簿”打开它。</translation>
    </message>
    <message>
        <source>Called about the renewal.</source>
        <translation>已致电沟通续约事宜。</translation>
    </message>
    <message>
        <source>Ask about their plans for next quarter.</source>
        <translation>了解客户下季度的计划。</translation>
    </message>
    <message>
        <source>Call about the renewal</source>
        <translation>续约电话</translation>
    </message>
    <message>
        <source>Agreed to renew for two years.</source>
        <translation>同意续约两年。</translation>
    </message>
    <message>
        <source>"%1" is already open in this window.</source>
        <translation>“%1”已在此窗口中打开。</translation>
    </message>
    <message>
        <source>The demo book is already open in this window.</source>
        <translation>演示账簿已在此窗口中打开。</translation>
    </message>
    <message>
        <source>With --screenshot: what to show (list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, products, quotes, orders, quote-editor, reports-segments, reports-pareto, reports-pyramid, reports-lifecycle, reports-churn, reports-clusters, views-profile, views-loyalty, views-profitability, views-performance, views-prospects, views-products, views-promotion, views-value, agenda, calendar, renewals, renewal-rate, neglected, complaints, complaint-case, complaint-history, complaint-followups, complaint-reports, schedule-followups, backup-settings, audit, audit-kinds, contact-consent, erase, tiers, sales-reps, hand-over, hand-over-audit, assign-rep, tag-customers, bulk-edit, shortcuts, settings, book-locked, book-damaged).</source>
        <translation>与 --screenshot 一起使用：要显示的内容（list, contacts, timeline, trash, edit, duplicates, import-preview, import-mapping, import-check, import-duplicates, import-done, products, quotes, orders, quote-editor, reports-segments, reports-pareto, reports-pyramid, reports-lifecycle, reports-churn, reports-clusters, views-profile, views-loyalty, views-profitability, views-performance, views-prospects, views-products, views-promotion, views-value, agenda, calendar, renewals, renewal-rate, neglected, complaints, complaint-case, complaint-history, complaint-followups, complaint-reports, schedule-followups, backup-settings, audit, audit-kinds, contact-consent, erase, tiers, sales-reps, hand-over, hand-over-audit, assign-rep, tag-customers, bulk-edit, shortcuts, settings, book-locked, book-damaged）。</translation>
    </message>
    <message>
        <source>Use light or dark colours: MODE is system, light or dark (default: as in Settings).</source>
        <translation>使用浅色或深色外观：MODE 为 system、light 或 dark（默认：按设置）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE and quit (with --db, on a copy of the book).</source>
        <translation>将主窗口的截图保存到 FILE，然后退出（使用 --db 时，在账簿的副本上进行）。</translation>
    </message>
    <message>
        <source>Cannot copy "%1" to take the screenshot on the copy.</source>
        <translation>无法复制“%1”以在副本上截图。</translation>
    </message>
    <message>
        <source>With --screenshot and an import view: the file to import (customers), or contacts:, products: or orders: and the file.</source>
        <translation>与 --screenshot 和导入视图一起使用：要导入的文件（客户），或 contacts:、products:、orders: 加文件。</translation>
    </message>
</context>
<context>
    <name>AssignRepDialog</name>
    <message>
        <source>Assign to a sales rep</source>
        <translation>分配给销售代表</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) &amp;to:</source>
        <translation>
            <numerusform>将选中的 %Ln 位客户分配给(&amp;T)：</numerusform>
        </translation>
    </message>
    <message>
        <source>Also move the open work their current rep has on them: planned follow-ups, open quotes, contracts and open complaints</source>
        <translation>同时移交其当前销售代表在这些客户上的未结工作：计划中的跟进、未结报价单、合同和未结投诉</translation>
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
        <translation>（空）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the changed fields of one audit entry</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n in all: %1, …</source>
        <translation>
            <numerusform>共 %n 条：%1……</numerusform>
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
            <numerusform>%n 分钟</numerusform>
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
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
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
        <source>Primary contact</source>
        <translation>主要联系人</translation>
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
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
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
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>同意来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Renews contract</source>
        <translation>续签自合同</translation>
    </message>
    <message>
        <source>Copied from quote</source>
        <translation>复制自报价单</translation>
    </message>
    <message>
        <source>Revises quote</source>
        <translation>修订报价单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>自动续约</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>提前通知期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>附加费用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Recommendation (0–10)</source>
        <translation>推荐意愿（0–10）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
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
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>Only with marketing consent</source>
        <translation>仅限同意营销</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>被合并的客户</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rows erased</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <source>Customer kept, anonymised</source>
        <translation>保留客户并匿名化</translation>
    </message>
    <message>
        <source>Previous book saved as</source>
        <translation>原账簿另存为</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Erased again</source>
        <translation>再次抹除</translation>
    </message>
    <message>
        <source>Orders deleted</source>
        <translation>删除的订单</translation>
    </message>
    <message>
        <source>Quotes deleted</source>
        <translation>删除的报价单</translation>
    </message>
    <message>
        <source>Contracts deleted</source>
        <translation>删除的合同</translation>
    </message>
    <message>
        <source>Complaints deleted</source>
        <translation>删除的投诉</translation>
    </message>
    <message>
        <source>Follow-ups deleted</source>
        <translation>删除的跟进</translation>
    </message>
    <message>
        <source>Records created</source>
        <translation>创建的记录</translation>
    </message>
    <message>
        <source>Undoes the import of</source>
        <translation>撤销的导入</translation>
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
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1.</source>
        <translation>审计记录中没有第 %1 条。</translation>
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
        <source>The newest %1 entries are shown; narrow the filter or export to see all.</source>
        <translation>仅显示最新的 %1 条；缩小筛选范围或导出以查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s).</source>
        <translation>
            <numerusform>共 %Ln 条记录。</numerusform>
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
        <source>%Ln entry(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>No changes in this period, or none that match the filters.</source>
        <translation>此期间没有变更，或没有符合筛选条件的变更。</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Moves the customers the selected import created to the trash</source>
        <translation>将所选导入创建的客户移到回收站</translation>
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
        <translation>备份</translation>
    </message>
    <message>
        <source>The book was not backed up: %1</source>
        <translation>账簿未能备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 (%Ln customer(s)).</source>
        <translation>
            <numerusform>已备份到 %1（%Ln 个客户）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book is open read-only. The Clientele window that has it open backs it up.</source>
        <translation>账簿以只读方式打开。由打开它的那个 Clientele 窗口负责备份。</translation>
    </message>
    <message>
        <source>A backup is running; another follows as soon as it ends.</source>
        <translation>正在备份；完成后将立即再备份一次。</translation>
    </message>
    <message>
        <source>Backing up the book…</source>
        <translation>正在备份账簿…</translation>
    </message>
    <message>
        <source>the backup did not run.</source>
        <translation>备份未能运行。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>正在停止备份…</translation>
    </message>
    <message>
        <source>The backup was cancelled: the book was not backed up this time.</source>
        <translation>备份已取消：本次未备份账簿。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot create the backup folder "%1".</source>
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
        <source>Cannot write the backup "%1".</source>
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
        <source>Cannot delete the old backup "%1".</source>
        <translation>无法删除旧备份“%1”。</translation>
    </message>
    <message>
        <source>"%1" cannot be restored: %2</source>
        <translation>无法从“%1”恢复：%2</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of Clientele.</source>
        <translation>“%1”由更新版本的 Clientele 保存。</translation>
    </message>
    <message>
        <source>Nothing was restored because the current book could not be backed up first: %1</source>
        <translation>未恢复任何内容，因为无法先备份当前账簿：%1</translation>
    </message>
    <message>
        <source>Cannot move the damaged book "%1" aside.</source>
        <translation>无法移走已损坏的账簿“%1”。</translation>
    </message>
    <message>
        <source>Cannot copy "%1" to "%2".</source>
        <translation>无法将“%1”复制到“%2”。</translation>
    </message>
    <message>
        <source>Reading the book's erasures</source>
        <translation>读取账簿的抹除记录</translation>
    </message>
    <message>
        <source>The backup was restored, but the customers erased since it was taken could not be erased again: %1. Erase them again before using the book.</source>
        <translation>备份已恢复，但备份之后被抹除的客户未能再次抹除：%1。使用账簿前请再次抹除他们。</translation>
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
        <source>The folder "%1" cannot be created or used.</source>
        <translation>无法创建或使用文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>BookFileCheck</name>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>"%1" is not a Clientele book: the file is not an SQLite database.</source>
        <translation>“%1”不是 Clientele 账簿：该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>"%1" is damaged: the file is cut short (%2 bytes).</source>
        <translation>“%1”已损坏：文件不完整（只有 %2 字节）。</translation>
    </message>
    <message>
        <source>"%1" is damaged: the file is cut short (%2 bytes of the %3 its header gives).</source>
        <translation>“%1”已损坏：文件不完整（只有 %2 字节，文件头表明应有 %3 字节）。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>"%1" is damaged: the database check found %n problem(s) in it. The first: %2</source>
        <translation>
            <numerusform>“%1”已损坏：数据库检查发现了 %n 个问题。第一个：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookLock</name>
    <message>
        <source>Cannot create the lock file "%1" next to the book.</source>
        <translation>无法在账簿旁创建锁文件“%1”。</translation>
    </message>
    <message>
        <source>The book "%1" is already open in another Clientele window or program: user %2 on %3, process %4, since %5.</source>
        <translation>账簿“%1”已在另一个 Clientele 窗口或程序中打开：用户 %2，计算机 %3，进程 %4，自 %5 起。</translation>
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
        <translation>正在创建演示账簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Book restored</source>
        <translation>账簿已恢复</translation>
    </message>
    <message>
        <source>"%1" was restored from the backup "%2". The damaged file was kept as "%3".</source>
        <translation>“%1”已从备份“%2”恢复。损坏的文件已保留为“%3”。</translation>
    </message>
    <message>
        <source>Book in use</source>
        <translation>账簿正在使用中</translation>
    </message>
    <message>
        <source>%1

You can open it read-only to look things up: nothing can be changed then, and the other window keeps working undisturbed.</source>
        <translation>%1

您可以以只读方式打开它来查阅：此时不能做任何修改，另一个窗口也可照常工作，不受影响。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Damaged book</source>
        <translation>账簿已损坏</translation>
    </message>
    <message numerus="yes">
        <source>%1

Nothing has been written to it. The newest backup that passes its check was taken on %2 and holds %Ln customer(s):
%3

Restore it? The damaged file is kept beside it as "%4", never deleted.</source>
        <translation>
            <numerusform>%1

未向该文件写入任何内容。通过检查的最新备份创建于 %2，包含 %Ln 个客户：
%3

要恢复此备份吗？损坏的文件会以“%4”为名保留在旁边，绝不会被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another book…</source>
        <translation>打开其他账簿(&amp;O)…</translation>
    </message>
    <message>
        <source>%1

Nothing has been written to it. No backup of this book was found (looked in %2).

Open another book?</source>
        <translation>%1

未向该文件写入任何内容。没有找到此账簿的备份（已查找：%2）。

要打开其他账簿吗？</translation>
    </message>
</context>
<context>
    <name>BookTableExporter</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>销售明细</translation>
    </message>
    <message>
        <source>Counting the rows to export</source>
        <translation>统计要导出的行</translation>
    </message>
    <message>
        <source>Reading the rows to export</source>
        <translation>读取要导出的行</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>许可日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>许可来源</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Charges tax rate</source>
        <translation>其他费用税率</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>Preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>Adding the tag "%1"</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Adding phones and emails</source>
        <translation>添加电话和邮箱</translation>
    </message>
    <message>
        <source>Adding the customer "%1"</source>
        <translation>添加客户“%1”</translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Adding the contact "%1"</source>
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
    <name>BulkEditDialog</name>
    <message>
        <source>Set tier or stage</source>
        <translation>设置等级或阶段</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>For the %Ln selected customer(s):</source>
        <translation>
            <numerusform>对选中的 %Ln 位客户：</numerusform>
        </translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段“%1”</translation>
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
        <translation>跟进需要填写主题。</translation>
    </message>
    <message>
        <source>The follow-ups need a due date.</source>
        <translation>跟进需要填写日期。</translation>
    </message>
    <message>
        <source>The follow-ups need a time of day, or all day.</source>
        <translation>跟进需要填写时间，或选择全天。</translation>
    </message>
    <message>
        <source>The follow-ups can be spread over 1 to %1 working days.</source>
        <translation>跟进只能分布在 1 到 %1 个工作日内。</translation>
    </message>
</context>
<context>
    <name>BusinessRecordsText</name>
    <message numerus="yes">
        <source>%Ln order(s), whose sales leave the reports</source>
        <translation>
            <numerusform>%Ln 个订单（其销售额将从报表中消失）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln 份报价单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln 条跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今天(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>下一页(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Drag an activity to another day to reschedule it.</source>
        <translation>把跟进拖到另一天即可改期。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 这一周</translation>
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
            <numerusform>%1 · %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>"%1" is %2 and stays on its day.</source>
        <translation>“%1”%2，不能改期。</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ 另外 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more follow-up(s) on this day. Choose a sales rep to see fewer at a time.</source>
        <translation>
            <numerusform>这一天还有 %Ln 项跟进。选择一位销售代表可一次只看其中一部分。</numerusform>
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
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The chart could not be saved as "%1".</source>
        <translation>无法将图表保存为“%1”。</translation>
    </message>
    <message>
        <source>%1: the figures</source>
        <translation>%1：数据表</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Nothing to show for this period and these filters.</source>
        <translation>此期间和筛选条件下没有可显示的数据。</translation>
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
        <source>--format must be csv or json, not "%1"</source>
        <translation>--format 必须是 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--limit must be a whole number, not "%1"</source>
        <translation>--limit 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no owner named "%1"</source>
        <translation>没有名为“%1”的负责人</translation>
    </message>
    <message>
        <source>customers add needs --name</source>
        <translation>customers add 需要 --name</translation>
    </message>
    <message>
        <source>--kind must be company or individual, not "%1"</source>
        <translation>--kind 必须是 company 或 individual，而不是“%1”</translation>
    </message>
    <message>
        <source>--stage must be lead, prospect, customer or inactive, not "%1"</source>
        <translation>--stage 必须是 lead、prospect、customer 或 inactive，而不是“%1”</translation>
    </message>
    <message>
        <source>likely duplicate of customer %1 "%2" (%3); add --force to create it anyway</source>
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
        <source>unknown command "%1" (see --help)</source>
        <translation>未知命令“%1”（参见 --help）</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026-06-30, not "%2"</source>
        <translation>%1 必须是日期（如 2026-06-30），而不是“%2”</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>未知币种“%1”</translation>
    </message>
    <message>
        <source>cannot read the customers' names</source>
        <translation>无法读取客户名称</translation>
    </message>
    <message>
        <source>--by must be revenue or profit, not "%1"</source>
        <translation>--by 必须是 revenue 或 profit，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not "%1"</source>
        <translation>--seed 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--k must be a number from 1 to 20, not "%1"</source>
        <translation>--k 必须是 1 到 20 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>report pdf needs the name of the PDF file to write</source>
        <translation>report pdf 需要要写入的 PDF 文件名</translation>
    </message>
    <message>
        <source>--language must be en, zh_CN or zh_TW, not "%1"</source>
        <translation>--language 必须是 en、zh_CN 或 zh_TW，而不是“%1”</translation>
    </message>
    <message>
        <source>report needs one of: %1</source>
        <translation>report 需要以下之一：%1</translation>
    </message>
    <message>
        <source>--status must be new, acknowledged, in_progress, resolved or closed, not "%1"</source>
        <translation>--status 必须是 new、acknowledged、in_progress、resolved 或 closed，而不是“%1”</translation>
    </message>
    <message>
        <source>--format must be json, not "%1"</source>
        <translation>--format 必须是 json，而不是“%1”</translation>
    </message>
    <message>
        <source>complaints stats needs --from and --to as dates YYYY-MM-DD, not "%1" and "%2"</source>
        <translation>complaints stats 需要 YYYY-MM-DD 格式的 --from 和 --to 日期，而不是“%1”和“%2”</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>complaints needs list or stats, not "%1"</source>
        <translation>complaints 需要 list 或 stats，而不是“%1”</translation>
    </message>
    <message>
        <source>report customer needs a customer id and a PDF file, e.g. report customer 12 report.pdf</source>
        <translation>report customer 需要客户编号和 PDF 文件，例如 report customer 12 report.pdf</translation>
    </message>
    <message>
        <source>report customer needs the name of the PDF file to write</source>
        <translation>report customer 需要要写入的 PDF 文件名</translation>
    </message>
    <message>
        <source>--lang must be en, zh_CN or zh_TW, not "%1"</source>
        <translation>--lang 必须是 en、zh_CN 或 zh_TW，而不是“%1”</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-06-30, not "%1"</source>
        <translation>--as-of 必须是日期，例如 2026-06-30，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 Close it there first; commands that only read may still run.</source>
        <translation>%1 请先在那里关闭它；只读取数据的命令仍可运行。</translation>
    </message>
    <message>
        <source>--customers must be a whole number, not "%1"</source>
        <translation>--customers 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 个客户</translation>
    </message>
    <message>
        <source>Created %1 demo customers in %2 s.</source>
        <translation>已创建 %1 个演示客户，用时 %2 秒。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not "%2"</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>renewals needs --within DAYS</source>
        <translation>renewals 需要 --within 天数</translation>
    </message>
    <message>
        <source>--within must be a number of days, not "%1"</source>
        <translation>--within 必须是天数，而不是“%1”</translation>
    </message>
    <message>
        <source>activities export-ics needs the file to write, e.g. follow-ups.ics</source>
        <translation>activities export-ics 需要要写入的文件，例如 follow-ups.ics</translation>
    </message>
    <message>
        <source>Wrote %1 follow-ups to %2.</source>
        <translation>已将 %1 条跟进写入 %2。</translation>
    </message>
    <message>
        <source>activities needs a subcommand: export-ics OUT.ics</source>
        <translation>activities 需要子命令：export-ics OUT.ics</translation>
    </message>
    <message>
        <source>cannot read the mapping "%1": %2</source>
        <translation>无法读取字段对应“%1”：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>... and %1 more problems (--errors FILE writes them all)</source>
        <translation>……另有 %1 个问题（--errors FILE 可写出全部问题）</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or create, not "%1"</source>
        <translation>--on-duplicate 必须是 skip、update 或 create，而不是“%1”</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Created: %3, updated: %4, duplicates skipped: %5, with problems: %6.</source>
        <translation>已读取 %1 行（%2）。新增：%3，更新：%4，跳过的重复：%5，有问题：%6。</translation>
    </message>
    <message>
        <source>nothing was imported: fix the rows above or use --valid-only</source>
        <translation>未导入任何数据：请修正上面的行，或使用 --valid-only</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>nothing was imported: every row was a duplicate or had a problem</source>
        <translation>未导入任何数据：每一行都是重复或有问题</translation>
    </message>
    <message>
        <source>unknown column "%1" in --columns</source>
        <translation>--columns 中有未知的列“%1”</translation>
    </message>
    <message>
        <source>a quote ID is needed</source>
        <translation>需要报价单编号</translation>
    </message>
    <message>
        <source>"%1" is not a quote ID</source>
        <translation>“%1”不是报价单编号</translation>
    </message>
    <message>
        <source>quote pdf needs the file to write, e.g. quote pdf 12 quote.pdf</source>
        <translation>quote pdf 需要要写入的文件，例如 quote pdf 12 quote.pdf</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-03-31, not "%1"</source>
        <translation>--date 必须是 2026-03-31 这样的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>quote needs show, pdf or accept, not "%1"</source>
        <translation>quote 需要 show、pdf 或 accept，而不是“%1”</translation>
    </message>
    <message>
        <source>orders needs list, not "%1"</source>
        <translation>orders 需要 list，而不是“%1”</translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2026-03-31</source>
        <translation>--from 和 --to 必须是 2026-03-31 这样的日期</translation>
    </message>
    <message>
        <source>products needs list, not "%1"</source>
        <translation>products 需要 list，而不是“%1”</translation>
    </message>
    <message>
        <source>backup verified: %1 (%2 customers, %3 contacts, %4 notes)</source>
        <translation>备份已验证：%1（%2 个客户，%3 个联系人，%4 条备注）</translation>
    </message>
    <message>
        <source>usage: backup verify FILE</source>
        <translation>用法：backup verify FILE</translation>
    </message>
    <message>
        <source>ok: %1 customers, %2 contacts, %3 notes, book format %4</source>
        <translation>ok：%1 个客户，%2 个联系人，%3 条备注，账簿格式 %4</translation>
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
        <translation>恢复会用“%1”替换整个账簿；确认请加上 --yes</translation>
    </message>
    <message>
        <source>restored from %1; the book as it was is kept in %2</source>
        <translation>已从 %1 恢复；原来的账簿保存在 %2</translation>
    </message>
    <message>
        <source>usage: audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A] [--format csv|json]</source>
        <translation>用法：audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A] [--format csv|json]</translation>
    </message>
    <message>
        <source>--id must be a record id, not "%1"</source>
        <translation>--id 必须是记录编号，而不是“%1”</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD, not "%1"</source>
        <translation>日期的写法是 YYYY-MM-DD，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown action "%1"</source>
        <translation>未知的操作“%1”</translation>
    </message>
    <message>
        <source>usage: privacy export CUSTOMER_ID OUT.json [--html OUT.html]</source>
        <translation>用法：privacy export CUSTOMER_ID OUT.json [--html OUT.html]</translation>
    </message>
    <message>
        <source>everything held about customer %1 written to %2</source>
        <translation>客户 %1 的全部数据已写入 %2</translation>
    </message>
    <message>
        <source>usage: privacy erase CUSTOMER_ID --yes</source>
        <translation>用法：privacy erase CUSTOMER_ID --yes</translation>
    </message>
    <message>
        <source>erasing removes customer %1's personal data for good; add --yes to do it</source>
        <translation>抹除会永久删除客户 %1 的个人数据；确认请加上 --yes</translation>
    </message>
    <message>
        <source>customer %1 erased; backups made before now still hold their data until rotation deletes them</source>
        <translation>客户 %1 已抹除；此前的备份仍保有其数据，直到轮换删除这些备份</translation>
    </message>
    <message>
        <source>another program has the book open: the erased data leaves the file when it closes it</source>
        <translation>另一个程序正打开此账簿：它关闭账簿后，被抹除的数据才会离开文件</translation>
    </message>
    <message>
        <source>usage: privacy export CUSTOMER_ID OUT.json | privacy erase CUSTOMER_ID --yes</source>
        <translation>用法：privacy export CUSTOMER_ID OUT.json | privacy erase CUSTOMER_ID --yes</translation>
    </message>
    <message>
        <source>--tier must be one of this book's tiers (%1), not "%2"</source>
        <translation>--tier 必须是本账簿的等级之一（%1），而不是“%2”</translation>
    </message>
    <message>
        <source>there is no sales rep "%1" (see reps list)</source>
        <translation>没有销售代表“%1”（见 reps list）</translation>
    </message>
    <message>
        <source>Handed over from %1 to %2: customers %3, planned follow-ups %4, open quotes %5, contracts %6, open complaints %7.</source>
        <translation>已从%1移交给%2：客户 %3，计划中的跟进 %4，未结报价单 %5，合同 %6，未结投诉 %7。</translation>
    </message>
    <message>
        <source>usage: reps list [--format csv|json] | reps hand-over FROM TO</source>
        <translation>用法：reps list [--format csv|json] | reps hand-over FROM TO</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Nothing was written (--check). An import would create %3, update %4, skip %5 duplicates; rows with problems: %6.</source>
        <translation>已读取 %1 行（%2）。未写入任何内容（--check）。导入将新增 %3、更新 %4、跳过 %5 个重复；有问题的行：%6。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv, which says how to write it</source>
        <translation>%1：文件名必须以 .xlsx 或 .csv 结尾，据此决定写入格式</translation>
    </message>
    <message>
        <source>no customer bought in the period, so there is nothing to analyse: no PDF written (the analysis is made from orders; try an earlier --from or other filters)</source>
        <translation>此期间没有客户购买，没有可分析的数据：未写入 PDF（分析基于订单；请尝试更早的 --from 或其他筛选条件）</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup</source>
        <translation>%1 已存在：请为备份选择一个新文件名</translation>
    </message>
    <message>
        <source>%1 is the book itself: choose another file to write</source>
        <translation>%1 就是账簿本身：请选择另一个要写入的文件</translation>
    </message>
    <message>
        <source>%1 is not a file: choose a file to write</source>
        <translation>%1 不是文件：请选择要写入的文件</translation>
    </message>
    <message>
        <source>%1 is a database, perhaps another book: it is not overwritten</source>
        <translation>%1 是一个数据库，可能是另一个账簿：不会覆盖它</translation>
    </message>
    <message>
        <source>there is no book at %1 (a new book is made by demo, import or customers add)</source>
        <translation>%1 处没有账簿（新账簿由 demo、import 或 customers add 创建）</translation>
    </message>
    <message>
        <source>usage: import customers|contacts|products|orders FILE [options] (see --help)</source>
        <translation>用法：import customers|contacts|products|orders FILE [选项]（参见 --help）</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Nothing was written. The import would have created %3, updated %4 and skipped %5 duplicates; rows with problems: %6.</source>
        <translation>已读取 %1 行（%2）。未写入任何内容。本次导入原本会新建 %3 条、更新 %4 条、跳过 %5 条重复；有问题的行：%6。</translation>
    </message>
    <message>
        <source>--encoding must be utf8-bom, utf8, gbk or big5, not "%1"</source>
        <translation>--encoding 必须是 utf8-bom、utf8、gbk 或 big5，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个联系人写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个产品写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条订单明细写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个客户写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: export customers|contacts|products|orders OUT.xlsx|OUT.csv [options] (see --help)</source>
        <translation>用法：export customers|contacts|products|orders OUT.xlsx|OUT.csv [选项]（见 --help）</translation>
    </message>
    <message>
        <source>%1 does not apply to export %2</source>
        <translation>%1 不适用于 export %2</translation>
    </message>
    <message>
        <source>--phone-region must be a two-letter region code such as CN, TW, HK or US, not "%1"</source>
        <translation>--phone-region 必须是两个字母的地区代码，例如 CN、TW、HK 或 US，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased since the backup was taken were erased again</source>
        <translation>
            <numerusform>备份之后被抹除的 %n 位客户已再次抹除</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: import undo ENTRY --yes (ENTRY: the import's id in audit list --action import)</source>
        <translation>用法：import undo ENTRY --yes（ENTRY：该导入在 audit list --action import 中的编号）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created by import %1 would go to the trash; add --yes to do it</source>
        <translation>
            <numerusform>导入 %1 创建的 %n 个客户将被移到回收站；加上 --yes 以执行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash.</source>
        <translation>
            <numerusform>已将 %n 个客户移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) the import updated keep its changes.</source>
        <translation>
            <numerusform>导入更新的 %n 个客户保留其更改。</numerusform>
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
  demo --customers N --seed S      用演示数据填充一个新账簿
  customers list [--search TEXT] [--format csv|json] [--limit N]
  customers add --name NAME [--kind company|individual] [--phone P]... [--email E]...
                [--industry I] [--province P] [--city C] [--address A] [--website W]
                [--source S] [--owner NAME] [--tier T] [--stage S] [--tag T]... [--force]
  customers show ID
  import customers|contacts|products|orders FILE   导入 CSV/TSV/TXT 或 .xlsx 文件
         （orders：每行一个订单明细；按名称找客户，按编码或名称找产品）
         [--sheet NAME] [--mapping PRESET|FILE.json] [--on-duplicate skip|update|create]
         [--valid-only] [--check] [--errors OUT.csv] [--duplicates OUT.csv]
  import undo ENTRY --yes         将某次导入创建的客户移到回收站
                                  （ENTRY：它在 audit list --action import 中的编号）
  export customers OUT.xlsx|OUT.csv [--search TEXT] [--trash] [--columns name,phone,...]
         [--encoding utf8-bom|utf8|gbk|big5] [--anonymise] [--with-consent]
         （不加 --columns 时导出客户档案的全部列）
  export contacts|products|orders OUT.xlsx|OUT.csv [--encoding ...]
         [--search TEXT]（contacts、orders：这些客户的）[--from DATE] [--to DATE]（orders）
         （orders：每个订单明细一行；每个文件都可原样导入另一个账簿）
  check                           对账簿运行 SQLite 完整性检查
  quote show ID [--format json]   报价单及其明细和合计
  quote pdf ID OUT.pdf [--language en|zh_CN|zh_TW]   打印的报价单
  quote accept ID [--date YYYY-MM-DD] [--channel direct|online|distributor|phone]
  orders list [--format csv|json] [--from DATE] [--to DATE]
  products list [--search TEXT]
  report rfm|abc|lifecycle|clusters [--as-of DATE] [--from DATE] [--to DATE] [--currency C]
         [--owner NAME] [--province P] [--tier T] [--category C] [--format csv|json]
         [--by revenue|profit] (abc)  [--k K] [--seed S] (clusters)
  report views --view profile|loyalty|profitability|performance|prospects|products|promotion|value
         [--by industry|region|tier|source (profile) | category|channel|region|rep (performance)]
         [相同的筛选条件和 --format]   客户分析七大视图之一
  report pdf OUT.pdf [--language en|zh_CN|zh_TW] [相同的筛选条件]   打印的客户分析
  report customer ID OUT.pdf [--language en|zh_CN|zh_TW] [--as-of DATE]
                                  打印的单个客户报告
  agenda [--date YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  逾期事项、今天和未来七天的事项
  renewals --within DAYS [--as-of YYYY-MM-DD] [--owner NAME] [--format csv|json]
                                  DAYS 天内到期的合同
  activities export-ics OUT.ics [--owner NAME]
                                  将计划的跟进导出为 iCalendar 文件
  complaints list [--status S] [--overdue] [--format csv|json]
  complaints stats --from DATE --to DATE [--format json]  数量、服务水平、CSAT、NPS
  backup create [OUT] | backup list | backup verify FILE
  restore FILE --yes              用备份替换账簿（先备份当前账簿）
  audit list [--entity customer --id N] [--from DATE] [--to DATE] [--user U] [--action A]
             [--format csv|json]
  privacy export CUSTOMER_ID OUT.json [--html OUT.html]
  privacy erase CUSTOMER_ID --yes  永久删除客户的个人数据
  reps list [--format csv|json]   销售代表及其客户数
  reps hand-over FROM TO          将一位销售代表的客户和未完成的工作交给另一位（姓名或编号）
</translation>
    </message>
    <message>
        <source>the customers created by import %1 are no longer in the list: they are in the trash, merged, deleted or erased</source>
        <translation>导入 %1 创建的客户已不在列表中：它们已在回收站中、已被合并、已被永久删除或已被抹除</translation>
    </message>
    <message>
        <source>(This is the sheet "%1"; the workbook also has %2: choose one with --sheet NAME.)</source>
        <translation>（这是工作表“%1”；工作簿中还有 %2：请用 --sheet 名称 选择其中一个。）</translation>
    </message>
    <message>
        <source>Sales reps the book does not have yet, which an import would add: %1</source>
        <translation>账簿中尚无、导入时会新增的销售代表：%1</translation>
    </message>
    <message>
        <source>Sales reps added to the book: %1</source>
        <translation>已新增到账簿的销售代表：%1</translation>
    </message>
    <message>
        <source>(with %1, which leave the lists and reports)</source>
        <translation>（连同 %1，它们将从列表和报表中消失）</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's customer with another contact, phone or e-mail address, which an import would add to that customer: %1</source>
        <translation>重复前面某行的客户、并带有另一联系人、电话或电子邮件地址的行（导入时会补充到该客户）：%1</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row's customer with another contact, phone or e-mail address, added to that customer: %1</source>
        <translation>重复前面某行的客户、并带有另一联系人、电话或电子邮件地址的行，已补充到该客户：%1</translation>
    </message>
</context>
<context>
    <name>CloseComplaintDialog</name>
    <message>
        <source>Close complaint %1</source>
        <translation>结案：投诉 %1</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>How satisfied is the customer with how the complaint was handled?</source>
        <translation>客户对投诉处理的满意程度如何？</translation>
    </message>
    <message>
        <source>How likely are they to recommend us (0 = not at all, 10 = certainly)?</source>
        <translation>客户向他人推荐我们的可能性有多大（0 = 完全不会，10 = 一定会）？</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>Clustering</name>
    <message>
        <source>bought recently</source>
        <translation>近期有购买</translation>
    </message>
    <message>
        <source>not seen for a long time</source>
        <translation>很久没有购买</translation>
    </message>
    <message>
        <source>buy often</source>
        <translation>购买频繁</translation>
    </message>
    <message>
        <source>buy rarely</source>
        <translation>很少购买</translation>
    </message>
    <message>
        <source>spend a lot</source>
        <translation>消费高</translation>
    </message>
    <message>
        <source>spend little</source>
        <translation>消费低</translation>
    </message>
    <message>
        <source>Average customers</source>
        <translation>一般客户</translation>
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
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付物流</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单发票</translation>
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
        <translation>%1 的跟进</translation>
    </message>
    <message>
        <source>Visit about %1</source>
        <translation>就 %1 上门拜访</translation>
    </message>
    <message>
        <source>Call back about %1</source>
        <translation>就 %1 回电</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Log complaint</source>
        <translation>登记投诉(&amp;L)</translation>
    </message>
    <message>
        <source>Type part of a name, phone or email</source>
        <translation>输入名称、电话或邮箱的一部分</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>What the customer complains about, in a few words</source>
        <translation>用几句话概括客户投诉的内容</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>详细描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>为客户做了什么</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>What changes so that it does not happen again</source>
        <translation>为避免再次发生所做的改变</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>纠正措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Record &amp;satisfaction…</source>
        <translation>记录满意度(&amp;S)…</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
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
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Response and resolution due times follow from the severity when the complaint is logged.</source>
        <translation>登记投诉时，响应和解决的截止时间由严重程度决定。</translation>
    </message>
    <message>
        <source>%1 · %2 · escalated</source>
        <translation>%1 · %2 · 已升级</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Response due %1, given %2.</source>
        <translation>响应截止 %1，已于 %2 响应。</translation>
    </message>
    <message>
        <source>Response due %1.</source>
        <translation>响应截止 %1。</translation>
    </message>
    <message>
        <source>Resolution due %1, resolved %2.</source>
        <translation>解决截止 %1，已于 %2 解决。</translation>
    </message>
    <message>
        <source>Resolution due %1.</source>
        <translation>解决截止 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Overdue. %1</source>
        <translation>已超时。%1</translation>
    </message>
    <message>
        <source>Due soon. %1</source>
        <translation>即将超时。%1</translation>
    </message>
    <message>
        <source>Satisfaction for %1</source>
        <translation>%1 的满意度</translation>
    </message>
    <message>
        <source>Call &amp;back…</source>
        <translation>回电(&amp;B)…</translation>
    </message>
    <message>
        <source>Plan a call to the customer about this case (%1)</source>
        <translation>安排就此投诉给客户回电（%1）</translation>
    </message>
    <message>
        <source>V&amp;isit…</source>
        <translation>上门拜访(&amp;I)…</translation>
    </message>
    <message>
        <source>Plan a visit to the customer about this case (%1)</source>
        <translation>安排就此投诉上门拜访客户（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>受理(&amp;K)</translation>
    </message>
    <message>
        <source>Star&amp;t work</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>解决(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUps</name>
    <message>
        <source>Visit about complaint %1: %2</source>
        <translation>就投诉 %1 上门拜访：%2</translation>
    </message>
    <message>
        <source>Call back about complaint %1: %2</source>
        <translation>就投诉 %1 回电：%2</translation>
    </message>
    <message>
        <source>The follow-up "%1" is not for the customer of the complaint %2.</source>
        <translation>跟进“%1”的客户不是投诉 %2 的客户。</translation>
    </message>
    <message>
        <source>Follow-up scheduled: %1 "%2", due %3, for %4.</source>
        <translation>已安排跟进：%1“%2”，时间 %3，负责人 %4。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUpsWidget</name>
    <message>
        <source>Due</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>标记完成(&amp;M)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>收到投诉的时间：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Repeated complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Frequent terms</source>
        <translation>高频词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; complaints</source>
        <translation>投诉 &lt;b&gt;%1&lt;/b&gt; 件</translation>
    </message>
    <message>
        <source>Average response &lt;b&gt;%1 h&lt;/b&gt;</source>
        <translation>平均响应 &lt;b&gt;%1 小时&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Average resolution &lt;b&gt;%1 h&lt;/b&gt;</source>
        <translation>平均解决 &lt;b&gt;%1 小时&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Responses in time &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>按时响应 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resolved in time &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>按时解决 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CSAT &lt;b&gt;%1&lt;/b&gt; of 5 (%2 answers)</source>
        <translation>CSAT &lt;b&gt;%1&lt;/b&gt;/5（%2 份回答）</translation>
    </message>
    <message>
        <source>NPS &lt;b&gt;%1&lt;/b&gt; (%2 promoters, %3 passives, %4 detractors)</source>
        <translation>NPS &lt;b&gt;%1&lt;/b&gt;（推荐者 %2，中立者 %3，贬损者 %4）</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By month received</source>
        <translation>按收到月份</translation>
    </message>
    <message>
        <source>Satisfaction by month closed</source>
        <translation>按结案月份的满意度</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Reading the complaints…</source>
        <translation>正在读取投诉…</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>此期间没有收到投诉。</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Numbering the complaint</source>
        <translation>为投诉编号</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>保存投诉</translation>
    </message>
    <message>
        <source>The complaint %1 no longer exists.</source>
        <translation>投诉 %1 已不存在。</translation>
    </message>
    <message>
        <source>Reading complaints</source>
        <translation>读取投诉</translation>
    </message>
    <message>
        <source>There is no complaint with the id %1.</source>
        <translation>没有 ID 为 %1 的投诉。</translation>
    </message>
    <message>
        <source>Counting complaints</source>
        <translation>统计投诉数量</translation>
    </message>
    <message>
        <source>Recording the complaint's history</source>
        <translation>记录投诉历史</translation>
    </message>
    <message>
        <source>Reading the complaint's history</source>
        <translation>读取投诉历史</translation>
    </message>
</context>
<context>
    <name>ComplaintSettings</name>
    <message>
        <source>A complaint category cannot contain a comma: "%1".</source>
        <translation>投诉类别不能包含逗号：“%1”。</translation>
    </message>
    <message>
        <source>Keep at least one complaint category.</source>
        <translation>请至少保留一个投诉类别。</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Complaint settings</source>
        <translation>投诉设置</translation>
    </message>
    <message>
        <source>Categories, one per line</source>
        <translation>类别（每行一个）</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Count service levels in business hours only</source>
        <translation>服务水平只按工作时间计算</translation>
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
        <translation>时间：</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Escalated: not resolved in time</source>
        <translation>已升级：未按时解决</translation>
    </message>
    <message>
        <source>Escalated: no response in time</source>
        <translation>已升级：未按时响应</translation>
    </message>
    <message>
        <source>%1 ▲</source>
        <translation>%1 ▲</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>Satisfaction: CSAT %1, NPS %2.</source>
        <translation>满意度：CSAT %1，NPS %2。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>A complaint needs a customer.</source>
        <translation>投诉需要指定客户。</translation>
    </message>
    <message>
        <source>A complaint needs a short summary of what the customer complains about.</source>
        <translation>投诉需要一句简短的摘要，说明客户投诉什么。</translation>
    </message>
    <message>
        <source>A complaint needs a category.</source>
        <translation>投诉需要类别。</translation>
    </message>
    <message>
        <source>Checking the complaint</source>
        <translation>检查投诉</translation>
    </message>
    <message>
        <source>The customer %1 of the complaint does not exist or is in the trash.</source>
        <translation>投诉的客户 %1 不存在或在回收站中。</translation>
    </message>
    <message>
        <source>The contact of the complaint is not one of the customer's contacts.</source>
        <translation>投诉的联系人不是该客户的联系人。</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT) is a score from 1 to 5, not %1.</source>
        <translation>客户满意度（CSAT）应为 1 到 5 分，而不是 %1。</translation>
    </message>
    <message>
        <source>The recommendation score (NPS) is from 0 to 10, not %1.</source>
        <translation>推荐得分（NPS）应为 0 到 10，而不是 %1。</translation>
    </message>
    <message>
        <source>Logged via %1, severity %2.</source>
        <translation>通过%1登记，严重程度：%2。</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2.</source>
        <translation>严重程度由%1改为%2。</translation>
    </message>
    <message>
        <source>Owner changed from %1 to %2.</source>
        <translation>负责人由 %1 改为 %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The complaint %1 is %2; it cannot move to %3.</source>
        <translation>投诉 %1 的状态是“%2”，不能转为“%3”。</translation>
    </message>
    <message>
        <source>Write down the resolution before resolving the complaint %1.</source>
        <translation>请先填写处理结果，再将投诉 %1 标记为已解决。</translation>
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
        <translation>投诉 %1 解决后才能询问满意度。</translation>
    </message>
    <message>
        <source>Escalated: not resolved by %1.</source>
        <translation>已升级：未在 %1 前解决。</translation>
    </message>
    <message>
        <source>Escalated: no response by %1.</source>
        <translation>已升级：未在 %1 前响应。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Search number, summary, customer</source>
        <translation>搜索编号、摘要、客户</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>登记投诉(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Service levels and categories…</source>
        <translation>服务水平和类别…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未结 %1 件，超时 %2 件</translation>
    </message>
    <message>
        <source>Service level check</source>
        <translation>服务水平检查</translation>
    </message>
    <message>
        <source>Call &amp;back…</source>
        <translation>回电(&amp;B)…</translation>
    </message>
    <message>
        <source>V&amp;isit…</source>
        <translation>上门拜访(&amp;I)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>仅显示超时(&amp;U)</translation>
    </message>
    <message>
        <source>No complaints to show with these filters. Log complaint… (Ctrl+Shift+L) records one for the customer selected on the Customers page.</source>
        <translation>在这些筛选条件下没有投诉。“登记投诉…”（Ctrl+Shift+L）可为“客户”页中选中的客户登记一条投诉。</translation>
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
        <translation>与 %2 的%1，到期 %3</translation>
    </message>
    <message>
        <source>What came of it, e.g. Wants a quote for 200 units</source>
        <translation>结果如何，例如：需要 200 件的报价</translation>
    </message>
    <message>
        <source>&amp;Schedule the next follow-up</source>
        <translation>安排下一次跟进(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>This activity repeats (%1): the next one in the series is proposed.</source>
        <translation>此跟进会重复（%1）：已按周期建议下一次。</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标为完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
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
    <message>
        <source>&amp;Marketing:</source>
        <translation>营销同意(&amp;M)：</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>同意日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>同意来源(&amp;S)：</translation>
    </message>
    <message>
        <source>The day the contact agreed, or refused or withdrew their consent</source>
        <translation>联系人同意、拒绝或撤回同意的日期</translation>
    </message>
    <message>
        <source>e.g. web form, trade fair</source>
        <translation>例如：网站表单、展会</translation>
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
        <translation>打开链接</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>这台电脑上没有可以打开 %1 的程序。</translation>
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
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续约</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
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
        <translation>为 %1 续约</translation>
    </message>
    <message>
        <source>New contract for %1</source>
        <translation>为 %1 新建合同</translation>
    </message>
    <message>
        <source>Renews &amp;automatically</source>
        <translation>自动续约(&amp;A)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The successor of the contract that ends on %1, linked to it.</source>
        <translation>接续 %1 到期的合同，并与之关联。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>金额(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>结算周期(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otice period:</source>
        <translation>提前通知期(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续约(&amp;R)</translation>
    </message>
    <message>
        <source>The value "%1" is not an amount of %2 such as 12000 or %3.</source>
        <translation>“%1”不是 %2 金额，应写作 12000 或 %3 这样的形式。</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A contract needs a customer.</source>
        <translation>合同需要指定客户。</translation>
    </message>
    <message>
        <source>A contract needs a number.</source>
        <translation>合同需要编号。</translation>
    </message>
    <message>
        <source>Contract %1 needs a start and an end date.</source>
        <translation>合同 %1 需要开始和结束日期。</translation>
    </message>
    <message>
        <source>Contract %1 ends (%2) before it starts (%3).</source>
        <translation>合同 %1 的结束日期（%2）早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>The value of contract %1 cannot be negative.</source>
        <translation>合同 %1 的金额不能为负数。</translation>
    </message>
    <message>
        <source>The currency of contract %1 must be a three-letter code such as CNY.</source>
        <translation>合同 %1 的币种必须是三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The notice period of contract %1 must be between 0 and 3650 days.</source>
        <translation>合同 %1 的提前通知期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
        <source>There is already a contract numbered %1.</source>
        <translation>已有编号为 %1 的合同。</translation>
    </message>
    <message>
        <source>Saving contract %1</source>
        <translation>保存合同 %1</translation>
    </message>
    <message>
        <source>Contract %1 no longer exists.</source>
        <translation>合同 %1 已不存在。</translation>
    </message>
    <message>
        <source>There is no contract with the number %1 in the book.</source>
        <translation>账簿中没有编号为 %1 的合同。</translation>
    </message>
    <message>
        <source>Checking contract numbers</source>
        <translation>检查合同编号</translation>
    </message>
    <message>
        <source>Reading contracts</source>
        <translation>读取合同</translation>
    </message>
    <message>
        <source>Counting renewals</source>
        <translation>统计续约</translation>
    </message>
    <message>
        <source>Updating contract statuses</source>
        <translation>更新合同状态</translation>
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
    <message>
        <source>Cannot write %1 text on this system (Qt was built without ICU)</source>
        <translation>此系统无法写入 %1 文本（Qt 构建时未包含 ICU）</translation>
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
    <name>CustomerBulkEdit</name>
    <message>
        <source>"%1" is not one of this book's tiers (%2).</source>
        <translation>“%1”不是本账簿的等级（%2）。</translation>
    </message>
    <message>
        <source>Changing the customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>The customer %1 is not in this book (any more).</source>
        <translation>客户 %1 已不在本账簿中。</translation>
    </message>
</context>
<context>
    <name>CustomerComplaintsWidget</name>
    <message>
        <source>Log &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>CustomerContractsTab</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>新建合同(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>续约(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
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
        <translation>（无）</translation>
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
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>其他邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
    <message>
        <source>Plan &amp;activity…</source>
        <translation>安排跟进(&amp;A)…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>&amp;Print customer report…</source>
        <translation>打印客户报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Save customer report as P&amp;DF…</source>
        <translation>将客户报告另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print the customer report (%1)</source>
        <translation>打印客户报告（%1）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销同意</translation>
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
        <translation>发送电子邮件(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>No contacts yet. Add contact… adds the people you deal with at this customer.</source>
        <translation>还没有联系人。用“添加联系人…”添加您在这位客户处打交道的人。</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their details, contacts, timeline, contracts and complaints here.</source>
        <translation>在列表中选择一位客户，即可在此查看其详细信息、联系人、时间线、合同和投诉。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
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
        <source>The contact's name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>There is no customer named "%1" in the book.</source>
        <translation>账簿中没有名为“%1”的客户。</translation>
    </message>
    <message>
        <source>Several customers are named "%1": add a City column to tell them apart.</source>
        <translation>有多个客户名为“%1”：请添加“城市”列以区分它们。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
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
    <message>
        <source>Same product code</source>
        <translation>产品编码相同</translation>
    </message>
    <message>
        <source>Same product name</source>
        <translation>产品名称相同</translation>
    </message>
    <message>
        <source>Same order number</source>
        <translation>订单号相同</translation>
    </message>
    <message>
        <source>Skip the order</source>
        <translation>跳过该订单</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the existing product</source>
        <translation>更新现有产品</translation>
    </message>
    <message>
        <source>Create a new product anyway</source>
        <translation>仍然新建产品</translation>
    </message>
    <message>
        <source>Replace the order in the book</source>
        <translation>替换账簿中的订单</translation>
    </message>
    <message>
        <source>Import it under a new number</source>
        <translation>以新单号导入</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>更新现有联系人</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation>仍然新建联系人</translation>
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
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>row %1 (%2) “%3”</source>
        <translation>第 %1 行（%2）“%3”</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as headings or totals merged across the columns: %1.</source>
        <translation>
            <numerusform>%n 行是跨列合并的标题或合计，未导入：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to its customer: %1</source>
        <translation>已补充到其客户：%1</translation>
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
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Only customers with a contact who agreed to receive marketing</source>
        <translation>只显示有联系人同意接收营销信息的客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New customer… (Ctrl+N), or bring your list in with File › Import… (Ctrl+Shift+I).</source>
        <translation>还没有客户。
用“新建客户…”（Ctrl+N）添加一位，或用“文件 › 导入…”（Ctrl+Shift+I）导入您的客户名单。</translation>
    </message>
    <message>
        <source>No customer matches the search or the filters. Clear filters shows them all.</source>
        <translation>没有符合搜索或筛选条件的客户。点击“清除筛选”可显示全部客户。</translation>
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
    <name>CustomerReport</name>
    <message>
        <source>Customer report: %1</source>
        <translation>客户报告：%1</translation>
    </message>
    <message>
        <source>CUSTOMER REPORT</source>
        <translation>客户报告</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Customer no. %1 · in the trash since %2</source>
        <translation>客户编号 %1 · 自 %2 起在回收站中</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation>%1，来源：%2</translation>
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
        <source>Region / city</source>
        <translation>地区 / 城市</translation>
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
        <source>Acquired</source>
        <translation>获客时间与渠道</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>未记录联系人。</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>RFM scores and segment</source>
        <translation>RFM 评分与客户分群</translation>
    </message>
    <message>
        <source>No purchases up to %1: not scored.</source>
        <translation>截至 %1 没有购买记录：未评分。</translation>
    </message>
    <message>
        <source>Recency (R)</source>
        <translation>最近购买 (R)</translation>
    </message>
    <message>
        <source>Days since the last purchase: %1</source>
        <translation>距上次购买天数：%1</translation>
    </message>
    <message>
        <source>Frequency (F)</source>
        <translation>购买频次 (F)</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>购买次数：%1</translation>
    </message>
    <message>
        <source>Monetary (M)</source>
        <translation>购买金额 (M)</translation>
    </message>
    <message>
        <source>Segment: %1.</source>
        <translation>客户分群：%1。</translation>
    </message>
    <message>
        <source>Suggested action: %1</source>
        <translation>建议行动：%1</translation>
    </message>
    <message>
        <source>Scores from 1 (worst) to 5 (best) by quintiles among all customers with purchases in %1 up to %2 (%3 customers), as on the Reports page.</source>
        <translation>按五分位评分，1（最差）至 5（最好），比较对象为截至 %2 有 %1 购买记录的全部客户（共 %3 位），规则与“报表”页面相同。</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>尚无订单。</translation>
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
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>每年购买次数</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近一次购买</translation>
    </message>
    <message>
        <source>Lifetime value (est.)</source>
        <translation>客户终身价值（估算）</translation>
    </message>
    <message>
        <source>Lifetime value = average order value × purchases per year × margin × 3 years expected lifetime. Revenue without tax, refunds included.</source>
        <translation>客户终身价值 = 平均订单金额 × 每年购买次数 × 毛利率 × 预期 3 年客户生命周期。收入不含税，已计入退款。</translation>
    </message>
    <message>
        <source>No purchase with a positive amount: no lifetime value estimate.</source>
        <translation>没有金额为正的购买：无法估算客户终身价值。</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>No orders in the last %1 months.</source>
        <translation>最近 %1 个月没有订单。</translation>
    </message>
    <message>
        <source>Revenue per month, the last %1 months (%2)</source>
        <translation>最近 %1 个月的每月收入（%2）</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>主要购买产品</translation>
    </message>
    <message>
        <source>No products bought yet.</source>
        <translation>尚未购买任何产品。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Recent timeline</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
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
        <source>Open quotes</source>
        <translation>未结报价</translation>
    </message>
    <message>
        <source>No open quotes.</source>
        <translation>没有未结报价。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>No contracts.</source>
        <translation>没有合同。</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>已续约</translation>
    </message>
    <message>
        <source>%1 (renews automatically)</source>
        <translation>%1（自动续约）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>续约决定日</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>没有投诉。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>The customer report cannot be printed: the printer or file did not open.</source>
        <translation>无法打印客户报告：打印机或文件无法打开。</translation>
    </message>
    <message>
        <source>The customer report cannot be printed: page %1 could not be started.</source>
        <translation>无法打印客户报告：无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a contact's job title</comment>
        <translation>职务</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n order(s)</source>
        <translation>
            <numerusform>%n 个订单共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures above are in %1, the currency of most of the customer's orders. Also bought, without tax: %2.</source>
        <translation>以上数字以 %1 计，这是该客户多数订单的币种。另有其他币种的购买（不含税）：%2。</translation>
    </message>
</context>
<context>
    <name>CustomerReportPrinting</name>
    <message>
        <source>Gathering the customer report…</source>
        <translation>正在汇总客户报告…</translation>
    </message>
    <message>
        <source>Print customer report</source>
        <translation>打印客户报告</translation>
    </message>
    <message>
        <source>Save customer report as PDF</source>
        <translation>将客户报告另存为 PDF</translation>
    </message>
    <message>
        <source>Customer report %1.pdf</source>
        <translation>客户报告 %1.pdf</translation>
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
    <message>
        <source>Counting the customers' records</source>
        <translation>统计客户的记录</translation>
    </message>
</context>
<context>
    <name>CustomerSalesRepository</name>
    <message>
        <source>Reading the customer's orders</source>
        <translation>读取客户的订单</translation>
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
    <name>CustomerTiers</name>
    <message>
        <source>Counting the customers of each tier</source>
        <translation>统计各等级的客户数</translation>
    </message>
    <message>
        <source>A tier needs a name.</source>
        <translation>等级需要名称。</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters.</source>
        <translation>“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>"%1" contains a comma or an equals sign, which a tier name cannot.</source>
        <translation>“%1”包含逗号或等号，等级名称不能包含这些字符。</translation>
    </message>
    <message>
        <source>There are two tiers named "%1".</source>
        <translation>有两个名为“%1”的等级。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have the tier "%1": give them another tier, or rename "%1" instead of removing it.</source>
        <translation>
            <numerusform>有 %n 个客户的等级为“%1”：请先为他们改设其他等级，或改为重命名“%1”而不是删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming the tier "%1"</source>
        <translation>重命名等级“%1”</translation>
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
        <source>"%1" is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>The contact's name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>The birthday is in the future.</source>
        <translation>生日不能是将来的日期。</translation>
    </message>
    <message>
        <source>%1 holds a hidden control character (such as a line break, a tab or a text-direction override).</source>
        <translation>%1含有看不见的控制字符（如换行、制表符或文字方向控制符）。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>地区</translation>
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
        <translation>来源</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>某个标签</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma, semicolon or 、: they separate tags. Use a dash or a space instead.</source>
        <translation>标签不能包含逗号、分号或顿号（、）：它们用来分隔标签。请改用短横线或空格。</translation>
    </message>
</context>
<context>
    <name>CustomerViewRepository</name>
    <message>
        <source>Reading the customers to analyse</source>
        <translation>读取要分析的客户</translation>
    </message>
    <message>
        <source>Reading the sales history</source>
        <translation>读取销售历史</translation>
    </message>
    <message>
        <source>Reading the quotes</source>
        <translation>读取报价单</translation>
    </message>
    <message>
        <source>Reading the products</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
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
        <translation>账簿“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>"%1" is damaged or not a database: %2</source>
        <translation>“%1”已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>"%1" is an SQLite database but not a Clientele book.</source>
        <translation>“%1”是 SQLite 数据库，但不是 Clientele 账簿。</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of Clientele (book format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>“%1”由较新版本的 Clientele 保存（账簿格式 %2；此版本最高只能读取格式 %3）。请安装新版本以打开它。</translation>
    </message>
    <message>
        <source>The book was not upgraded because no backup could be made first: %1</source>
        <translation>账簿未升级，因为无法事先创建备份：%1</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2</source>
        <translation>无法使用“%1”：%2</translation>
    </message>
    <message>
        <source>The book "%1" is damaged: %2</source>
        <translation>账簿“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>Copying the book</source>
        <translation>复制账簿</translation>
    </message>
    <message>
        <source>The copy "%1" could not be verified: %2</source>
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
        <source>"%1" is in an older format (%2) and must be upgraded to format %3 before use, which cannot be done while it is open read-only. Close the other Clientele window that has it open, then open it again.</source>
        <translation>“%1”是旧格式（%2），使用前必须升级到格式 %3，而以只读方式打开时无法升级。请关闭打开它的另一个 Clientele 窗口，然后重新打开。</translation>
    </message>
    <message>
        <source>Upgrading the book</source>
        <translation>升级账簿</translation>
    </message>
    <message>
        <source>Upgrading the book to format %1 would break a link between records (table %2, row %3); the book was left as it was.</source>
        <translation>升级账簿到格式 %1 会破坏记录之间的关联（表 %2，第 %3 行）；账簿保持原样未改动。</translation>
    </message>
</context>
<context>
    <name>DemoComplaintFollowUps</name>
    <message>
        <source>Reading the demo complaints</source>
        <translation>读取演示投诉</translation>
    </message>
    <message>
        <source>Writing the demo complaint follow-ups failed: %1</source>
        <translation>写入演示投诉的跟进失败：%1</translation>
    </message>
</context>
<context>
    <name>DemoComplaints</name>
    <message>
        <source>Reading the demo customers</source>
        <translation>读取演示客户</translation>
    </message>
    <message>
        <source>Reading the demo owners</source>
        <translation>读取演示负责人</translation>
    </message>
    <message>
        <source>Writing the demo complaints failed: %1</source>
        <translation>写入演示投诉失败：%1</translation>
    </message>
    <message>
        <source>Reading the demo products</source>
        <translation>读取演示产品</translation>
    </message>
</context>
<context>
    <name>DemoConsent</name>
    <message>
        <source>Writing the demo contacts' consent</source>
        <translation>写入演示联系人的营销同意</translation>
    </message>
</context>
<context>
    <name>DemoFollowUps</name>
    <message>
        <source>Preparing the demo follow-ups</source>
        <translation>准备演示跟进</translation>
    </message>
    <message>
        <source>Indexing the demo follow-ups</source>
        <translation>为演示跟进建立索引</translation>
    </message>
    <message>
        <source>Reading the demo customers</source>
        <translation>读取演示客户</translation>
    </message>
    <message>
        <source>Writing demo follow-ups failed: %1</source>
        <translation>写入演示跟进失败：%1</translation>
    </message>
    <message>
        <source>Writing demo contracts failed: %1</source>
        <translation>写入演示合同失败：%1</translation>
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
    <message>
        <source>Service level check</source>
        <translation>服务水平检查</translation>
    </message>
</context>
<context>
    <name>DemoQuotes</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Reading the demo customers</source>
        <translation>读取演示客户</translation>
    </message>
    <message>
        <source>Writing the demo products</source>
        <translation>写入演示产品</translation>
    </message>
    <message>
        <source>Writing the demo orders</source>
        <translation>写入演示订单</translation>
    </message>
    <message>
        <source>Writing the demo quotes</source>
        <translation>写入演示报价单</translation>
    </message>
    <message>
        <source>Writing the demo numbering</source>
        <translation>写入演示编号</translation>
    </message>
    <message>
        <source>Writing the demo letterhead</source>
        <translation>写入演示信头</translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>The number pattern "%1" needs exactly one counter such as {####}.</source>
        <translation>编号格式“%1”需要恰好一个计数器，例如 {####}。</translation>
    </message>
    <message>
        <source>Numbering the document</source>
        <translation>为单据编号</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add a &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s). Double-click one to open it.</source>
        <translation>
            <numerusform>共 %Ln 位客户。双击可打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was added to %Ln customer(s).</source>
        <translation>
            <numerusform>已为 %Ln 位客户添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag for these customers:</source>
        <translation>为这些客户添加的标签：</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-ups…</source>
        <translation>安排跟进(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln customer(s)…</source>
        <translation>
            <numerusform>正在为 %Ln 位客户添加标签…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagging stopped unexpectedly.</source>
        <translation>添加标签意外中止。</translation>
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
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 及另外 %Ln 个</numerusform>
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
        <source>%Ln group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>发现 %Ln 组可能重复的客户。</numerusform>
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
    <message>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>Same name apart from case, punctuation or legal form</source>
        <translation>名称相同（不计大小写、标点和公司类型）</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>The customers side by side</source>
        <translation>并排比较的客户</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>左右互换(&amp;W)</translation>
    </message>
    <message>
        <source>Why they may be one customer: %1 (numbers and addresses of their contacts count too).</source>
        <translation>可能是同一客户的原因：%1（联系人的电话和邮箱也计算在内）。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>抹除客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase all personal data of "%1"?&lt;/b&gt;</source>
        <translation>&lt;b&gt;抹除“%1”的全部个人数据？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backups made before now still hold this data until rotation deletes them (after at most a year with the default settings). It cannot be undone: export the customer's data first if they asked for a copy.</source>
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
    <message numerus="yes">
        <source>This removes for good the customer, %Ln contact(s) with their phones and emails, notes, tags, follow-ups, complaints and the values recorded in the audit trail, also from the trash, the search index and the book file itself.</source>
        <translation>
            <numerusform>这将永久删除该客户、%Ln 位联系人及其电话和邮箱、备注、标签、跟进、投诉以及审计记录中记下的内容，包括回收站、搜索索引和账簿文件本身中的副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln duplicate(s) merged into this customer are erased with it.</source>
        <translation>
            <numerusform>合并到此客户的 %Ln 条重复记录也会一并抹除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail keeps only that an erasure happened. Orders, quotes and contracts, when there are any, stay for the sales figures, without the customer's name.</source>
        <translation>审计记录只保留发生过抹除这一事实。订单、报价单和合同（如有）会保留以供销售统计，但不再带有客户名称。</translation>
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
    <message>
        <source>Erased customer %1</source>
        <translation>已抹除的客户 %1</translation>
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
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>An activity needs a customer.</source>
        <translation>跟进需要指定客户。</translation>
    </message>
    <message>
        <source>An activity needs a subject.</source>
        <translation>跟进需要主题。</translation>
    </message>
    <message>
        <source>The activity "%1" needs a due date.</source>
        <translation>跟进“%1”需要到期日期。</translation>
    </message>
    <message>
        <source>The duration of "%1" must be between 0 minutes and 7 days.</source>
        <translation>“%1”的时长必须在 0 分钟到 7 天之间。</translation>
    </message>
    <message>
        <source>Reading the customer's tier</source>
        <translation>读取客户等级</translation>
    </message>
    <message>
        <source>The activity "%1" is already %2.</source>
        <translation>跟进“%1”已经是%2状态。</translation>
    </message>
    <message>
        <source>The activity "%1" needs a valid date.</source>
        <translation>跟进“%1”需要有效的日期。</translation>
    </message>
    <message>
        <source>The follow-up interval of tier %1 must be between 1 and 3650 days.</source>
        <translation>%1 级客户的跟进间隔必须在 1 到 3650 天之间。</translation>
    </message>
    <message>
        <source>Follow-up cancelled: %1 "%2".</source>
        <translation>已取消跟进：%1“%2”。</translation>
    </message>
    <message>
        <source>Follow-up done: %1 "%2".</source>
        <translation>已完成跟进：%1“%2”。</translation>
    </message>
    <message>
        <source>Follow-up done: %1 "%2". Outcome: %3</source>
        <translation>已完成跟进：%1“%2”。结果：%3</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsDialog</name>
    <message>
        <source>Follow-up settings</source>
        <translation>跟进设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Follow up tier %1 customers every:</source>
        <translation>%1 级客户的跟进间隔：</translation>
    </message>
    <message>
        <source>e.g. 60, 30, 7</source>
        <translation>例如 60, 30, 7</translation>
    </message>
    <message>
        <source>Renewal reminders, days before the end:</source>
        <translation>续约提醒（到期前天数）：</translation>
    </message>
    <message>
        <source>"%1" is not a number of days.</source>
        <translation>“%1”不是天数。</translation>
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
        <translation>计划%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it</source>
        <translation>双击或按 Enter 键打开</translation>
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
        <translation>%1没有可移交的客户或未完成的工作。</translation>
    </message>
    <message>
        <source>What moves: %1.</source>
        <translation>将移交：%1。</translation>
    </message>
    <message>
        <source>Done follow-ups, decided quotes, orders and resolved complaints stay with %1: they are the history of what %1 did. Records in the trash move with the rest.</source>
        <translation>已完成的跟进、已有结果的报价单、订单和已解决的投诉仍归%1：这些是%1的工作记录。回收站中的记录也一并移交。</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up(s)</source>
        <translation>
            <numerusform>%Ln 项计划中的跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open quote(s)</source>
        <translation>
            <numerusform>%Ln 份未结报价单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) not yet renewed</source>
        <translation>
            <numerusform>%Ln 份尚未续约的合同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open complaint(s)</source>
        <translation>
            <numerusform>%Ln 件未结投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Give it &amp;to:</source>
        <translation>移交给(&amp;T)：</translation>
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
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Cannot write the calendar file: %1</source>
        <translation>无法写入日历文件：%1</translation>
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
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Since the import, its customers have %1. Move the %Ln customer(s) it created to the trash all the same?</source>
        <translation>
            <numerusform>导入之后，这些客户有了%1。仍要将它创建的 %Ln 个客户移到回收站吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
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
    <message>
        <source>%1:</source>
        <comment>a duplicate rule as the label of its choice</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Rows matching customers in the book</source>
        <translation>与账簿中客户相符的行</translation>
    </message>
    <message>
        <source>These rows match a product already in the catalogue or an earlier row of the file. Choose what to do for each kind of match.</source>
        <translation>这些行与产品目录中已有的产品或文件中前面的行重复。请为每种重复选择处理方式。</translation>
    </message>
    <message>
        <source>These orders have a number the book already has. Choose what to do with them.</source>
        <translation>这些订单的单号账簿中已有。请选择如何处理。</translation>
    </message>
    <message>
        <source>Product in the file</source>
        <translation>文件中的产品</translation>
    </message>
    <message>
        <source>Order in the file</source>
        <translation>文件中的订单</translation>
    </message>
    <message>
        <source>%1; adds %2</source>
        <translation>%1；补充 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>其中 %n 行重复前面某行的客户，并带有另一联系人、电话或电子邮件地址：选择“跳过该行”时，这些信息会补充到该客户。</numerusform>
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
    <message>
        <source>Products for the catalogue</source>
        <translation>产品（导入产品目录）</translation>
    </message>
    <message>
        <source>Orders (sales history, one row per order line)</source>
        <translation>订单（销售记录，每行一个订单明细）</translation>
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
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated the customer of an earlier row with another contact, phone or e-mail address: these were added to that customer.</source>
        <translation>
            <numerusform>%n 行重复了前面某行的客户，并带有另一联系人、电话或电子邮件地址：这些信息已补充到该客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>%n 行重复前面某行的客户，并带有另一联系人、电话或电子邮件地址：选择“跳过该行”时，这些信息会补充到该客户。</numerusform>
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
        <translation>负责人（销售代表）</translation>
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
        <source>Choose the column that holds the customer's name.</source>
        <translation>请选择包含客户名称的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact's name.</source>
        <translation>请选择包含联系人姓名的列。</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>产品描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Choose the column that holds the product's name.</source>
        <translation>请选择包含产品名称的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer who bought.</source>
        <translation>请选择包含购买客户的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the order date.</source>
        <translation>请选择包含订单日期的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the product (its code or its name).</source>
        <translation>请选择包含产品（编码或名称）的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the quantity.</source>
        <translation>请选择包含数量的列。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>许可日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>许可来源</translation>
    </message>
    <message>
        <source>Active (offered)</source>
        <translation>在售（可报价）</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>The mapping is not readable (%1); it should be a JSON object such as {"Company": "name", "Mobile": "phone"}.</source>
        <translation>无法读取列映射（%1）；它应是一个 JSON 对象，例如 {"Company": "name", "Mobile": "phone"}。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（不是文本）</translation>
    </message>
    <message>
        <source>The mapping gives the column "%1" the unknown field %2; the fields are: %3.</source>
        <translation>列映射把列“%1”对应到未知字段 %2；可用的字段有：%3。</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Charges tax rate</source>
        <translation>其他费用税率</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>设置字段映射</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to "(Do not import)" are left out.</source>
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
    <message>
        <source>Columns in the file and what they are imported as</source>
        <translation>文件中的列及其导入方式</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <source>Reading the saved mappings</source>
        <translation>读取已保存的映射</translation>
    </message>
    <message>
        <source>Reading the saved mapping "%1"</source>
        <translation>读取已保存的映射“%1”</translation>
    </message>
    <message>
        <source>There is no saved mapping named "%1".</source>
        <translation>没有名为“%1”的已保存映射。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>映射名称不能为空。</translation>
    </message>
    <message>
        <source>Saving the mapping "%1"</source>
        <translation>保存映射“%1”</translation>
    </message>
    <message>
        <source>Deleting the mapping "%1"</source>
        <translation>删除映射“%1”</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>"%1" is neither a company nor an individual.</source>
        <translation>“%1”既不是公司也不是个人。</translation>
    </message>
    <message>
        <source>"%1" is not a known stage.</source>
        <translation>“%1”不是已知的阶段。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD).</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>"%1" is not one of this book's tiers (%2). Add it under Edit ▸ Customer tiers, or change the file.</source>
        <translation>“%1”不是本账簿的等级（%2）。请在“编辑 ▸ 客户等级”中添加，或修改文件。</translation>
    </message>
    <message>
        <source>"%1" is in the future: a customer cannot have been with you since then.</source>
        <translation>“%1”是将来的日期：客户不可能从那时起就与您合作。</translation>
    </message>
    <message>
        <source>"%1" is not a marketing consent: write agreed, refused or not asked.</source>
        <translation>“%1”不是营销许可：请填写已同意、已拒绝或未询问。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (TRUE or FALSE).</source>
        <translation>“%1”既不是“是”也不是“否”（TRUE 或 FALSE）。</translation>
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
    <message>
        <source>Preview of the file</source>
        <translation>文件预览</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Only an import of customers can be taken back.</source>
        <translation>只有客户导入可以撤销。</translation>
    </message>
    <message>
        <source>This import was made by an earlier version of Clientele, which did not record the customers it created.</source>
        <translation>这次导入由较早版本的 Clientele 完成，当时没有记录它创建了哪些客户。</translation>
    </message>
    <message>
        <source>Finding the customers of the import</source>
        <translation>查找导入的客户</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
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
        <translation>公司信头</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>开户银行及账号(&amp;B)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <source>Default te&amp;rms:</source>
        <translation>默认条款(&amp;R)：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>无法将 %1 读取为图片：%2</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation>未成交客户</translation>
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
        <source>Adding the owner "%1"</source>
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
        <source>Reading the book's settings</source>
        <translation>读取账簿设置</translation>
    </message>
    <message>
        <source>Saving the book's settings</source>
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
        <source>Move %Ln customer(s) to the trash</source>
        <translation>
            <numerusform>将 %Ln 个客户移到回收站</numerusform>
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
        <source>%Ln customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>已将 %Ln 个客户移到回收站。按 %1 可撤销。</numerusform>
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
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>New &amp;quote for this customer…</source>
        <translation>为此客户新建报价单(&amp;Q)…</translation>
    </message>
    <message>
        <source>Company &amp;letterhead…</source>
        <translation>公司信头(&amp;L)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Neglected</source>
        <translation>被冷落客户</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>日程（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue follow-up(s)</source>
        <translation>
            <numerusform>%Ln 项逾期跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>Select a customer in the customer list first; the activity is planned for them.</source>
        <translation>请先在客户列表中选择一个客户，跟进将为该客户安排。</translation>
    </message>
    <message>
        <source>Activity planned.</source>
        <translation>已安排跟进。</translation>
    </message>
    <message>
        <source>Plan &amp;activity…</source>
        <translation>安排跟进(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow-up settin&amp;gs…</source>
        <translation>跟进设置(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>日程(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>日历(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>续约(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Neglected customers</source>
        <translation>被冷落的客户(&amp;N)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint reports</source>
        <translation>投诉报表</translation>
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
        <source>Log &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>投诉已登记。</translation>
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
        <source>The customer's personal data was erased.</source>
        <translation>客户的个人数据已抹除。</translation>
    </message>
    <message>
        <source>&amp;Schedule follow-ups for the selected customers…</source>
        <translation>为选中的客户安排跟进(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule follow-ups</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <source>Select one or more customers in the customer list first.</source>
        <translation>请先在客户列表中选择一个或多个客户。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %Ln 条跟进。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print customer report…</source>
        <translation>打印客户报告(&amp;P)…</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>此页面没有可导出的列表。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported.</source>
        <translation>
            <numerusform>已导出 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) — Clientele</source>
        <translation>%1（只读）— Clientele</translation>
    </message>
    <message>
        <source>The book is open read-only.</source>
        <translation>账簿以只读方式打开。</translation>
    </message>
    <message>
        <source>The book "%1" is open read-only because another Clientele window or program has it open, so it cannot be changed here. Close it there, then open it again here to make changes.</source>
        <translation>账簿“%1”以只读方式打开，因为另一个 Clientele 窗口或程序正在使用它，所以无法在此修改。请先在那里关闭它，再在这里重新打开以进行修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Erase this customer</source>
        <translation>抹除此客户</translation>
    </message>
    <message>
        <source>Customer tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Customer t&amp;iers…</source>
        <translation>客户等级(&amp;I)…</translation>
    </message>
    <message>
        <source>Sa&amp;les reps…</source>
        <translation>销售代表(&amp;L)…</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Assign t&amp;o a sales rep…</source>
        <translation>分配给销售代表(&amp;O)…</translation>
    </message>
    <message>
        <source>Assign to a sales rep</source>
        <translation>分配给销售代表</translation>
    </message>
    <message>
        <source>This book has no sales reps yet: add them with Edit ▸ Sales reps… first.</source>
        <translation>本账簿还没有销售代表：请先通过“编辑 ▸ 销售代表…”添加。</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln customer(s) to %1</source>
        <translation>
            <numerusform>将 %Ln 位客户分配给%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) given to %1. %2 takes it back.</source>
        <translation>
            <numerusform>已将 %Ln 位客户分配给%1。按 %2 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag the selected custo&amp;mers…</source>
        <translation>为选中的客户添加标签(&amp;M)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve a tag from the selected customers…</source>
        <translation>移除选中客户的标签(&amp;V)…</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln customer(s) "%1"</source>
        <translation>
            <numerusform>为 %Ln 位客户添加标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag "%1" from %Ln customer(s)</source>
        <translation>
            <numerusform>移除 %Ln 位客户的标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was given to %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>已为 %Ln 位客户添加标签“%1”。按 %2 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag "%1" was taken from %Ln customer(s). %2 puts it back.</source>
        <translation>
            <numerusform>已移除 %Ln 位客户的标签“%1”。按 %2 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set tier or stage of t&amp;he selected customers…</source>
        <translation>设置选中客户的等级或阶段(&amp;H)…</translation>
    </message>
    <message>
        <source>Set tier or stage</source>
        <translation>设置等级或阶段</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>为 %Ln 位客户设置%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>已为 %Ln 位客户设置%1。按 %2 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>最近打开(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>No books yet</source>
        <translation>还没有账簿</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>清除列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <source>Complaint report&amp;s</source>
        <translation>投诉报表(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>报表(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>审计记录(&amp;U)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Done again: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Select the customer on the Customers page first, then choose New quote.</source>
        <translation>请先在“客户”页面选择客户，然后再新建报价单。</translation>
    </message>
    <message>
        <source>There are no customers in this book yet. Add one with New customer… (Ctrl+N), or bring your list in with File › Import… (Ctrl+Shift+I).</source>
        <translation>此账簿中还没有客户。用“新建客户…”（Ctrl+N）添加一位，或用“文件 › 导入…”（Ctrl+Shift+I）导入您的客户名单。</translation>
    </message>
    <message>
        <source>Export data for another pro&amp;gram</source>
        <translation>导出数据供其他程序使用(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Customers with every detail…</source>
        <translation>客户及全部资料(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>联系人(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>产品(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Sales history, one row per order line…</source>
        <translation>销售明细，每个订单明细一行(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln customer(s) created. %1 moves them to the trash.</source>
        <translation>
            <numerusform>导入完成：创建了 %Ln 个客户。按 %1 可将它们移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
</context>
<context>
    <name>MarketingConsent</name>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>已拒绝或撤回</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>网站表单</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字表格</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>"%1" has decimals; this currency has none.</source>
        <translation>“%1”含有小数，而此币种没有小数。</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>“%1”的小数位超过 %2 位。</translation>
    </message>
    <message>
        <source>"%1" is too large an amount.</source>
        <translation>“%1”金额过大。</translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Sorting the customers' names</source>
        <translation>排列客户名称</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Stroke count</source>
        <translation>笔画</translation>
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
        <translation>被冷落的客户</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>跟进间隔</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message numerus="yes">
        <source>tier %1: %Ln day(s)</source>
        <translation>
            <numerusform>%1 级：%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed activity for longer than the tier's follow-up interval (%1). Double-click a customer to open their file.</source>
        <translation>超过其等级的跟进间隔仍没有完成任何跟进（%1）。双击客户可打开其档案。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>没有被冷落的客户：每位客户都在其等级要求的间隔内有过跟进。</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <source>Direct</source>
        <translation>直销</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>An order needs a customer.</source>
        <translation>订单需要客户。</translation>
    </message>
    <message>
        <source>An order needs a date.</source>
        <translation>订单需要日期。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支持币种“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not a sales channel (direct, online, distributor or phone).</source>
        <translation>“%1”不是销售渠道（direct、online、distributor 或 phone）。</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>保存订单</translation>
    </message>
    <message>
        <source>Saving line %1 of the order</source>
        <translation>保存订单第 %1 行</translation>
    </message>
    <message>
        <source>Reading the orders</source>
        <translation>读取订单</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>读取订单</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Order %1 belongs to a customer in the trash.</source>
        <translation>订单 %1 属于回收站中的客户。</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
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
        <translation>订单日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The newest %1 orders; narrow the dates to see the others.</source>
        <translation>最新的 %1 张订单；缩小日期范围以查看其他订单。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), %1</source>
        <translation>
            <numerusform>%Ln 张订单，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>No orders in this period. A quote the customer accepts becomes an order, and File › Import… brings in earlier sales.</source>
        <translation>此期间没有订单。客户接受的报价单会成为订单，“文件 › 导入…”可导入以往的销售记录。</translation>
    </message>
    <message numerus="yes">
        <source>No orders in this period. The book has %n order(s) from %1 to %2: widen the dates to see them.</source>
        <translation>
            <numerusform>此期间没有订单。账簿中有 %n 个订单，日期从 %1 到 %2：放宽日期范围即可看到。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pareto</name>
    <message>
        <source>The top %1% of customers bring %2% of the gross profit.</source>
        <translation>前 %1% 的客户贡献了 %2% 的毛利。</translation>
    </message>
    <message>
        <source>The top %1% of customers bring %2% of the revenue.</source>
        <translation>前 %1% 的客户贡献了 %2% 的收入。</translation>
    </message>
    <message>
        <source>No customer brought a gross profit in the period.</source>
        <translation>此期间没有客户带来毛利。</translation>
    </message>
    <message>
        <source>No customer brought revenue in the period.</source>
        <translation>此期间没有客户带来收入。</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>"%1" has the wrong number of digits for a phone number.</source>
        <translation>“%1”的位数不对，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The email address is empty.</source>
        <translation>电子邮件地址为空。</translation>
    </message>
    <message>
        <source>"%1" is not an email address: it has no @.</source>
        <translation>“%1”不是电子邮件地址：缺少 @。</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>"%1" is not a mobile number of mainland China, which has 11 digits starting with 1.</source>
        <translation>“%1”不是中国大陆的手机号码：手机号码是以 1 开头的 11 位数字。</translation>
    </message>
</context>
<context>
    <name>PrivacyTables</name>
    <message>
        <source>Finding the customer's merged records</source>
        <translation>查找合并到该客户的记录</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>e.g. pc, box, hour</source>
        <translation>例如：个、箱、小时</translation>
    </message>
    <message>
        <source>&amp;Offered (shown when picking products for a quote)</source>
        <translation>在售(&amp;O)（为报价单选择产品时显示）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit &amp;price (before tax):</source>
        <translation>单价（不含税）(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ost price:</source>
        <translation>成本价(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>税率(&amp;T)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>Reading the products</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>Reading the product</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>产品 %1 不存在。</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>产品需要名称。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支持币种“%1”。</translation>
    </message>
    <message>
        <source>The unit price must be zero or more.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The cost price must be zero or more.</source>
        <translation>成本价不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>保存产品</translation>
    </message>
    <message>
        <source>The code %1 is already used by "%2".</source>
        <translation>编码 %1 已被“%2”使用。</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>Search code, name or category</source>
        <translation>搜索编码、名称或类别</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <source>Offer / &amp;stop offering</source>
        <translation>上架 / 停售(&amp;S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
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
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>No products yet. Add what you sell with New product…: quotes take their lines from here.</source>
        <translation>还没有产品。用“新建产品…”添加您销售的产品和服务：报价单的明细从这里选取。</translation>
    </message>
    <message>
        <source>No product matches the search.</source>
        <translation>没有符合搜索条件的产品。</translation>
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
    <name>Quote</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>QuoteCalculator</name>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: the unit price cannot be negative.</source>
        <translation>第 %1 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the unit cost cannot be negative.</source>
        <translation>第 %1 行：单位成本不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation>第 %1 行：折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Line %1: the tax rate must be between 0% and 100%.</source>
        <translation>第 %1 行：税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>第 %1 行：金额过大。</translation>
    </message>
    <message>
        <source>The quote discount must be between 0% and 100%.</source>
        <translation>报价单折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The charges must be an amount of zero or more.</source>
        <translation>附加费用不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate of the charges must be between 0% and 100%.</source>
        <translation>附加费用的税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The quote's total is too large.</source>
        <translation>报价单总额过大。</translation>
    </message>
</context>
<context>
    <name>QuoteChaser</name>
    <message>
        <source>Chase quote %1</source>
        <translation>跟进报价单 %1</translation>
    </message>
    <message>
        <source>Planning the follow-up of quote %1</source>
        <translation>安排报价单 %1 的跟进</translation>
    </message>
    <message>
        <source>Ask whether quote %1 suits them and what is still open.</source>
        <translation>询问报价单 %1 是否合适，还有哪些未决事项。</translation>
    </message>
    <message>
        <source>Cancelling the follow-up of quote %1</source>
        <translation>取消报价单 %1 的跟进</translation>
    </message>
</context>
<context>
    <name>QuoteContract</name>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>添加产品(&amp;P)…</translation>
    </message>
    <message>
        <source>Add free-text &amp;line</source>
        <translation>添加自由文本行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Gross margin: sales after discounts less cost. Shown to you only, never printed.</source>
        <translation>毛利：折后销售额减去成本。仅向您显示，不会打印。</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;hipping and other charges:</source>
        <translation>运费及其他费用(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>条款(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes (printed):</source>
        <translation>备注（会打印）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Mark s&amp;ent</source>
        <translation>标记为已发送(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Accept → order</source>
        <translation>接受 → 订单(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>复制(&amp;I)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Order channel:</source>
        <translation>订单渠道：</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>第 %1 行需要描述。</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>小计：%1</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>折扣：%1</translation>
    </message>
    <message>
        <source>Charges: %1</source>
        <translation>附加费用：%1</translation>
    </message>
    <message>
        <source>Tax %1%: %2</source>
        <translation>税 %1%：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Margin: %1 (%2%)</source>
        <translation>毛利：%1（%2%）</translation>
    </message>
    <message>
        <source>&amp;Save as new revision</source>
        <translation>另存为新版本(&amp;S)</translation>
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
        <translation>添加产品</translation>
    </message>
    <message>
        <source>The catalogue has no products yet. Add them on the Products page.</source>
        <translation>产品目录中还没有产品。请在“产品”页面添加。</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 is priced in %2 and this quote is in %3: check the unit price.</source>
        <translation>%1 以 %2 定价，而此报价单使用 %3：请检查单价。</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>保存报价单</translation>
    </message>
    <message>
        <source>Saved as revision %1 of %2; the earlier revision stays as it was sent.</source>
        <translation>已保存为 %2 的第 %1 版；之前的版本保持发送时的样子。</translation>
    </message>
    <message>
        <source>Save your changes as a new revision first.</source>
        <translation>请先将修改另存为新版本。</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>接受报价单</translation>
    </message>
    <message>
        <source>Accept quote %1 and create its order dated today?</source>
        <translation>接受报价单 %1 并创建日期为今天的订单？</translation>
    </message>
    <message>
        <source>%1 · order %2 created</source>
        <translation>%1 · 已创建订单 %2</translation>
    </message>
    <message>
        <source>Duplicate quote</source>
        <translation>复制报价单</translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation>打印报价单</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>Save quotation as PDF</source>
        <translation>将报价单另存为 PDF</translation>
    </message>
    <message>
        <source>Quotation %1.pdf</source>
        <translation>报价单 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Plan a call on %1 to chase quote %2?</source>
        <translation>在 %1 安排电话跟进报价单 %2 吗？</translation>
    </message>
    <message>
        <source>Record a contract for quote %1 as well (for renewals)?</source>
        <translation>是否同时为报价单 %1 登记合同（用于续约提醒）？</translation>
    </message>
    <message>
        <source>Mark s&amp;ent again</source>
        <translation>再次标记为已发送(&amp;E)</translation>
    </message>
    <message>
        <source>The quote went out again: its sent date becomes today.</source>
        <translation>报价单再次发出：发送日期改为今天。</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>Quote dis&amp;count:</source>
        <translation>整单折扣(&amp;C)：</translation>
    </message>
    <message>
        <source>Ta&amp;x on the charges:</source>
        <translation>附加费用税率(&amp;X)：</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>No single product matches "%1". Pick one from the list.</source>
        <translation>没有唯一与“%1”匹配的产品。请从列表中选择。</translation>
    </message>
    <message>
        <source>Reject quote</source>
        <translation>拒绝报价单</translation>
    </message>
    <message>
        <source>Mark quote %1 as rejected? It can then no longer be sent or accepted, and the calls planned to chase it are cancelled.</source>
        <translation>将报价单 %1 标记为已拒绝？之后将无法再发送或接受，为跟进它安排的电话也会取消。</translation>
    </message>
    <message>
        <source>Save this new quote before closing?</source>
        <translation>关闭前保存这份新报价单吗？</translation>
    </message>
    <message>
        <source>Save your changes to quote %1 before closing?</source>
        <translation>关闭前保存对报价单 %1 的更改吗？</translation>
    </message>
    <message>
        <source>Quotation %1 revision %2.pdf</source>
        <translation>报价单 %1 版本 %2.pdf</translation>
    </message>
</context>
<context>
    <name>QuotePrinter</name>
    <message>
        <source>"%1" is not a language for quotations (en, zh_CN or zh_TW).</source>
        <translation>“%1”不是报价单可用的语言（en、zh_CN 或 zh_TW）。</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>税号：</translation>
    </message>
    <message>
        <source>QUOTATION</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Attn.:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Quotation no.</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Quotation for</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Shipping and other charges</source>
        <translation>运费及其他费用</translation>
    </message>
    <message>
        <source>on</source>
        <translation>计税基数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation>大写金额：</translation>
    </message>
    <message>
        <source>This quotation is valid until %1.</source>
        <translation>本报价有效期至 %1。</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>条款与条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>开户银行及账号</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>For the supplier</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>需方确认</translation>
    </message>
    <message>
        <source>Signature and company seal</source>
        <translation>签字并加盖公章</translation>
    </message>
    <message>
        <source>The quotation cannot be printed: the printer or file did not open.</source>
        <translation>无法打印报价单：打印机或文件未能打开。</translation>
    </message>
    <message>
        <source>The quotation cannot be printed: page %1 could not be started.</source>
        <translation>无法打印报价单：无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales contact</source>
        <translation>我方联系人</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>A quote needs a customer.</source>
        <translation>报价单需要客户。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows.</source>
        <translation>此版本不支持币种“%1”。</translation>
    </message>
    <message>
        <source>A quote needs a date.</source>
        <translation>报价单需要日期。</translation>
    </message>
    <message>
        <source>The quote must be valid until its date or later.</source>
        <translation>报价单的有效期不能早于报价日期。</translation>
    </message>
    <message>
        <source>Checking the customer</source>
        <translation>检查客户</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Saving the quote</source>
        <translation>保存报价单</translation>
    </message>
    <message>
        <source>Saving the quote lines</source>
        <translation>保存报价单明细</translation>
    </message>
    <message>
        <source>Saving line %1 of the quote</source>
        <translation>保存报价单第 %1 行</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 was replaced by a later revision and cannot be changed.</source>
        <translation>报价单 %1 第 %2 版已被新版本取代，不能修改。</translation>
    </message>
    <message>
        <source>Quote %1 was accepted and cannot be changed.</source>
        <translation>报价单 %1 已被接受，不能修改。</translation>
    </message>
    <message>
        <source>Reading the quote</source>
        <translation>读取报价单</translation>
    </message>
    <message>
        <source>There is no quote %1.</source>
        <translation>报价单 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the quote lines</source>
        <translation>读取报价单明细</translation>
    </message>
    <message>
        <source>Reading the quotes</source>
        <translation>读取报价单</translation>
    </message>
    <message>
        <source>Quote %1 revision %2 was replaced by a later revision.</source>
        <translation>报价单 %1 第 %2 版已被新版本取代。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot become %3.</source>
        <translation>报价单 %1 的状态为“%2”，不能改为“%3”。</translation>
    </message>
    <message>
        <source>Changing the quote's status</source>
        <translation>更改报价单状态</translation>
    </message>
    <message>
        <source>Expiring overdue quotes</source>
        <translation>将过期报价单标记为已过期</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>读取销售漏斗</translation>
    </message>
    <message>
        <source>Reading the win rate</source>
        <translation>读取成交率</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Customer or quote number</source>
        <translation>客户或报价单号</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>新建报价单(&amp;N)…</translation>
    </message>
    <message>
        <source>A new quote for the customer selected on the Customers page</source>
        <translation>为“客户”页面中选中的客户新建报价单</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 张：%3</translation>
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
        <translation>销售漏斗：%1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Select the customer on the Customers page first, then choose New quote.</source>
        <translation>请先在“客户”页面选择客户，然后再新建报价单。</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>早期版本(&amp;R)</translation>
    </message>
    <message>
        <source>Also list the revisions that a later one replaced (they open read-only)</source>
        <translation>同时列出已被新版本取代的版本（以只读方式打开）</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>No quotes for this status, rep and period. New quote… (Ctrl+Shift+Q) starts one for the customer selected on the Customers page.</source>
        <translation>此状态、销售代表和期间下没有报价单。“新建报价单…”（Ctrl+Shift+Q）可为“客户”页中选中的客户新建一份。</translation>
    </message>
    <message>
        <source>No quotes yet: the pipeline and the win rate by month show here once there are some.</source>
        <translation>还没有报价单：有了报价单后，这里会显示销售漏斗和各月成交率。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a short month name and its year: Mar 2026</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Win rate by month of the quote, all currencies: %1</source>
        <translation>按报价月份的成交率（全部币种）：%1</translation>
    </message>
</context>
<context>
    <name>ReadOnlyUi</name>
    <message>
        <source>The book is open read-only: another Clientele window or program has it open.</source>
        <translation>账簿以只读方式打开：另一个 Clientele 窗口或程序正打开着它。</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
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
            <numerusform>每 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>每 %n 个月</numerusform>
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
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>10 分钟后再提醒(&amp;S)</translation>
    </message>
    <message>
        <source>These follow-ups are due:</source>
        <translation>以下跟进已到期：</translation>
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
        <translation>跟进到期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due.</source>
        <translation>
            <numerusform>%Ln 项跟进已到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dismiss selected</source>
        <translation>忽略所选(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>全部忽略(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message>
        <source>A renewal reminder must fall between 0 and 3650 days before the end date, not %1.</source>
        <translation>续约提醒必须在到期日前 0 到 3650 天之间，不能是 %1。</translation>
    </message>
    <message>
        <source>Looking for contracts to renew</source>
        <translation>查找待续约的合同</translation>
    </message>
    <message>
        <source>Renew contract %1</source>
        <translation>续约合同 %1</translation>
    </message>
    <message>
        <source>Renew contract %1 (%2)</source>
        <translation>续约合同 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1 ends on %2 (reminder %n day(s) before the end).</source>
        <translation>
            <numerusform>合同 %1 于 %2 到期（到期前 %n 天提醒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 has already been renewed.</source>
        <translation>合同 %1 已经续约。</translation>
    </message>
    <message>
        <source>Contract %1 is %2 and cannot be renewed.</source>
        <translation>合同 %1 为“%2”状态，不能续约。</translation>
    </message>
    <message>
        <source>Renewed as %1</source>
        <translation>已续约为 %1</translation>
    </message>
    <message>
        <source>Closing the renewal follow-ups of contract %1</source>
        <translation>关闭合同 %1 的续约跟进</translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续约</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal rate, last 12 months</source>
        <translation>近 12 个月续约率</translation>
    </message>
    <message>
        <source>Ending in 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>已到期未续约</translation>
    </message>
    <message>
        <source>Renewal rate by month</source>
        <translation>每月续约率</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>续约(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
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
        <translation>每月到期合同中已续约的比例</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续约率</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 份中 %2 份）</translation>
    </message>
    <message>
        <source>no contracts ended</source>
        <translation>没有到期的合同</translation>
    </message>
    <message>
        <source>Ending in 90 days (%1)</source>
        <translation>90 天内到期（%1）</translation>
    </message>
    <message>
        <source>Expired, not renewed (%1)</source>
        <translation>已到期未续约（%1）</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>The %1 soonest are listed; choose a sales rep to see theirs.</source>
        <translation>列出最早到期的 %1 份；选择一位销售代表可查看其名下的合同。</translation>
    </message>
    <message>
        <source>The %1 latest are listed; choose a sales rep to see theirs.</source>
        <translation>列出最近到期的 %1 份；选择一位销售代表可查看其名下的合同。</translation>
    </message>
    <message>
        <source>Reading the contracts…</source>
        <translation>正在读取合同…</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format of a month under a bar of the chart</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No contract ends in the next 90 days.</source>
        <translation>未来 90 天内没有到期的合同。</translation>
    </message>
    <message>
        <source>No contract has expired without being renewed.</source>
        <translation>没有到期未续约的合同。</translation>
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
        <translation>帕累托 / ABC</translation>
    </message>
    <message>
        <source>Value pyramid</source>
        <translation>价值金字塔</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation>各 RFM 分群的客户数</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
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
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Share of gross profit</source>
        <translation>毛利占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Class %1: %2 customers (%3), %4 of the gross profit</source>
        <translation>%1 类：%2 位客户（%3），占毛利 %4</translation>
    </message>
    <message>
        <source>Customers ranked by gross profit</source>
        <translation>按毛利排名的客户</translation>
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
        <translation>%1（%2 位客户）</translation>
    </message>
    <message>
        <source>Entry bar</source>
        <translation>入门门槛</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage on %1</source>
        <translation>%1 各生命周期阶段的客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Monthly churn and reactivation</source>
        <translation>每月流失与召回</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>月初活跃</translation>
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
        <translation>召回</translation>
    </message>
    <message>
        <source>Customers by recency and revenue, coloured by cluster</source>
        <translation>按最近购买和收入分布的客户（按聚类着色）</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>第 %1 类</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Mean days since last purchase</source>
        <translation>平均距上次购买天数</translation>
    </message>
    <message>
        <source>Mean purchases</source>
        <translation>平均购买次数</translation>
    </message>
    <message>
        <source>Mean revenue</source>
        <translation>平均收入</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>特征</translation>
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
        <translation>按毛利排名的客户，每根柱为十分之一</translation>
    </message>
    <message>
        <source>Value pyramid: share of gross profit per value level</source>
        <translation>价值金字塔：各价值层级的毛利占比</translation>
    </message>
    <message>
        <source>Value level</source>
        <translation>价值层级</translation>
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
        <translation>按毛利排名的客户，每根柱为一位客户</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <source>Last 36 months</source>
        <translation>最近 36 个月</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Run the analysis again (%1)</source>
        <translation>重新运行分析（%1）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the customer analysis</source>
        <translation>预览并打印客户分析</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>聚类数：</translation>
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
        <source>Category:</source>
        <translation>产品类别：</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Analysing the sales history…</source>
        <translation>正在分析销售历史…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>%1 customers bought in the period. Revenue %2, gross profit %3. %4</source>
        <translation>本期有 %1 位客户购买。收入 %2，毛利 %3。%4</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <source>Save the customer analysis</source>
        <translation>保存客户分析</translation>
    </message>
    <message>
        <source>Customer analysis.pdf</source>
        <translation>客户分析.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
    <message>
        <source>Customers ranked %1–%2% by gross profit</source>
        <translation>按毛利排名第 %1–%2% 的客户</translation>
    </message>
    <message>
        <source>Value tier: %1</source>
        <translation>价值层级：%1</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>生命周期阶段：%1</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>第 %1 类</translation>
    </message>
    <message>
        <source>Seven views</source>
        <translation>七大视图</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>No customer bought in this period, so there is nothing to analyse yet. The reports are made from orders: a quote the customer accepts becomes one, and File › Import… brings in earlier sales. A longer period or other filters may show some.</source>
        <translation>此期间没有客户购买，暂时没有可分析的数据。报表基于订单：客户接受的报价单会成为订单，“文件 › 导入…”可导入以往的销售记录。更长的期间或其他筛选条件可能会显示数据。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) buying only in other currencies are not in this analysis: choose their currency to see them.</source>
        <translation>
            <numerusform>%Ln 个只用其他币种购买的客户不在本分析中：选择他们的币种即可查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
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
        <source>Replace everything in the book with the backup of %1 (%Ln customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>用 %1 的备份（%Ln 个客户）替换账簿中的全部内容？

当前账簿会先被备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The book was restored from the backup of %1. The book as it was is kept in %2.</source>
        <translation>账簿已从 %1 的备份恢复。原来的账簿保存在 %2。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>备份之后被抹除的 %Ln 位客户已再次抹除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>最近购买、购买频繁、消费最多。</translation>
    </message>
    <message>
        <source>Buy regularly and spend well.</source>
        <translation>定期购买，消费良好。</translation>
    </message>
    <message>
        <source>Recent customers who bought more than once.</source>
        <translation>近期购买过不止一次的客户。</translation>
    </message>
    <message>
        <source>Bought for the first time very recently.</source>
        <translation>最近才首次购买。</translation>
    </message>
    <message>
        <source>Recent buyers who have not spent much yet.</source>
        <translation>近期购买但消费尚不多。</translation>
    </message>
    <message>
        <source>Average recency, frequency and spending.</source>
        <translation>最近购买、频率和消费都处于中等水平。</translation>
    </message>
    <message>
        <source>Below average and not seen for a while.</source>
        <translation>低于平均，且有一段时间没有购买。</translation>
    </message>
    <message>
        <source>Spent well and bought often, but long ago.</source>
        <translation>曾经消费多、购买频繁，但已很久没有购买。</translation>
    </message>
    <message>
        <source>Were among the best customers and have not come back.</source>
        <translation>曾是最好的客户之一，但没有再回来。</translation>
    </message>
    <message>
        <source>Last bought long ago, rarely and little.</source>
        <translation>上次购买已久，购买少、消费低。</translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spending.</source>
        <translation>最近购买、频率和消费都最低。</translation>
    </message>
    <message>
        <source>Reward them; ask for referrals and reviews; offer new products first.</source>
        <translation>给予奖励；请他们推荐和评价；优先推出新产品。</translation>
    </message>
    <message>
        <source>Offer loyalty terms and upsell higher-value products.</source>
        <translation>提供会员优惠，推荐更高价值的产品。</translation>
    </message>
    <message>
        <source>Offer a membership or loyalty programme; recommend related products.</source>
        <translation>邀请加入会员或忠诚计划；推荐相关产品。</translation>
    </message>
    <message>
        <source>Onboard them well; follow up soon after the first order.</source>
        <translation>做好新客户引导；首单后尽快跟进。</translation>
    </message>
    <message>
        <source>Build the relationship; offer a trial of other products.</source>
        <translation>建立关系；提供其他产品的试用。</translation>
    </message>
    <message>
        <source>Make a limited-time offer based on their past purchases.</source>
        <translation>根据以往购买提供限时优惠。</translation>
    </message>
    <message>
        <source>Call to reconnect; share useful news or a small offer.</source>
        <translation>致电重新联系；分享有用资讯或小优惠。</translation>
    </message>
    <message>
        <source>Contact them personally; find out why they stopped and win them back.</source>
        <translation>亲自联系，了解停止购买的原因并挽回。</translation>
    </message>
    <message>
        <source>Visit or call now; a senior person should follow up.</source>
        <translation>立即拜访或致电，由资深人员跟进。</translation>
    </message>
    <message>
        <source>Send a relevant offer; otherwise keep contact low-cost.</source>
        <translation>发送相关优惠；否则以低成本方式保持联系。</translation>
    </message>
    <message>
        <source>Try one reactivation campaign; otherwise do not spend on them.</source>
        <translation>尝试一次召回活动；否则不再投入。</translation>
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
        <translation>读取销售历史</translation>
    </message>
    <message>
        <source>Reading the product categories</source>
        <translation>读取产品类别</translation>
    </message>
    <message>
        <source>Reading the sales history failed: %1</source>
        <translation>读取销售记录失败：%1</translation>
    </message>
    <message>
        <source>Reading the customers failed: %1</source>
        <translation>读取客户失败：%1</translation>
    </message>
</context>
<context>
    <name>SalesImporter</name>
    <message>
        <source>Preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>The code %1 is already used by "%2": skip or update such rows, or give this product a code of its own.</source>
        <translation>编码 %1 已被“%2”使用：请跳过或更新这类行，或给该产品一个自己的编码。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Looking for the customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>There is no customer named "%1" in the book: import the customers first.</source>
        <translation>账簿中没有名为“%1”的客户：请先导入客户。</translation>
    </message>
    <message>
        <source>Several customers are named "%1": add a City column to tell them apart.</source>
        <translation>有多个客户名为“%1”：请添加“城市”列以便区分。</translation>
    </message>
    <message>
        <source>No product in the catalogue has the code %1: import the products first.</source>
        <translation>产品目录中没有编码为 %1 的产品：请先导入产品。</translation>
    </message>
    <message>
        <source>Several products are named "%1": add a column with their codes.</source>
        <translation>有多个产品名为“%1”：请添加产品编码列。</translation>
    </message>
    <message>
        <source>Order %1 is for another customer on row %2.</source>
        <translation>订单 %1 在第 %2 行属于另一位客户。</translation>
    </message>
    <message>
        <source>Order %1 has another date on row %2.</source>
        <translation>订单 %1 在第 %2 行的日期不同。</translation>
    </message>
    <message>
        <source>The catalogue's price of "%1" is in %2, the order in %3: give the unit price.</source>
        <translation>产品目录中“%1”的价格币种为 %2，订单币种为 %3：请填写单价。</translation>
    </message>
    <message>
        <source>"%1" is not in the catalogue: give its unit price.</source>
        <translation>“%1”不在产品目录中：请填写其单价。</translation>
    </message>
    <message>
        <source>Order %1 is in %2 on row %3.</source>
        <translation>订单 %1 在第 %3 行的币种为 %2。</translation>
    </message>
    <message>
        <source>Left out with order %1, whose row %2 has a problem.</source>
        <translation>随订单 %1 一起略过：该订单的第 %2 行有问题。</translation>
    </message>
    <message>
        <source>Order %1 has another value here on row %2.</source>
        <translation>订单 %1 在第 %2 行的此项取值不同。</translation>
    </message>
</context>
<context>
    <name>SalesRepHandover</name>
    <message>
        <source>Counting the open work of a sales rep</source>
        <translation>统计销售代表未完成的工作</translation>
    </message>
    <message>
        <source>Choose another sales rep to hand the work over to.</source>
        <translation>请选择另一位销售代表来接手工作。</translation>
    </message>
    <message>
        <source>Handing over the work</source>
        <translation>移交工作</translation>
    </message>
    <message>
        <source>The sales rep %1 is not in this book (any more).</source>
        <translation>销售代表 %1 已不在本账簿中。</translation>
    </message>
    <message>
        <source>Assigning the customers</source>
        <translation>分配客户</translation>
    </message>
    <message>
        <source>The customer %1 is not in this book (any more).</source>
        <translation>客户 %1 已不在本账簿中。</translation>
    </message>
    <message>
        <source>The handover was cancelled; nothing changed.</source>
        <translation>移交已取消，没有任何更改。</translation>
    </message>
</context>
<context>
    <name>SalesReps</name>
    <message>
        <source>Counting the customers of each sales rep</source>
        <translation>统计每位销售代表的客户数</translation>
    </message>
    <message>
        <source>A sales rep needs a name.</source>
        <translation>销售代表需要姓名。</translation>
    </message>
    <message>
        <source>There are two sales reps named "%1".</source>
        <translation>有两位名为“%1”的销售代表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saving the sales rep "%1"</source>
        <translation>保存销售代表“%1”</translation>
    </message>
    <message>
        <source>Removing the sales rep "%1"</source>
        <translation>删除销售代表“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n customer(s) or open record(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 仍有 %n 位客户或未完成的记录：请先移交给另一位销售代表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesRepsDialog</name>
    <message>
        <source>Sales reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>The people customers, follow-ups, quotes and complaints can be assigned to. Double-click a name or address to change it.</source>
        <translation>可以负责客户、跟进、报价单和投诉的人员。双击姓名或邮箱即可修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>New sales rep</source>
        <translation>新销售代表</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Give this rep's customers and open work to another rep, e.g. when they leave</source>
        <translation>将此销售代表的客户和未完成的工作交给另一位销售代表，例如在其离职时</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %Ln customer(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 负责 %Ln 位客户：请先移交给另一位销售代表。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sales rep has no work yet.</source>
        <translation>新销售代表还没有工作可移交。</translation>
    </message>
    <message>
        <source>Add and save another sales rep first, to hand the work over to.</source>
        <translation>请先添加并保存另一位销售代表，以便接手工作。</translation>
    </message>
    <message>
        <source>Handed over to %1: %2.</source>
        <translation>已移交给%1：%2。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>SalesRowParser</name>
    <message>
        <source>"%1" is below zero.</source>
        <translation>“%1”小于零。</translation>
    </message>
    <message>
        <source>"%1" is not a discount between 0% and 100% (write 10%, 0.1 or 9折).</source>
        <translation>“%1”不是 0% 到 100% 之间的折扣（可写 10%、0.1 或 9折）。</translation>
    </message>
    <message>
        <source>"%1" is not a tax rate between 0% and 100% (write 13% or 0.13).</source>
        <translation>“%1”不是 0% 到 100% 之间的税率（可写 13% 或 0.13）。</translation>
    </message>
    <message>
        <source>"%1" is not a currency this version knows (%2).</source>
        <translation>“%1”不是本版本支持的币种（%2）。</translation>
    </message>
    <message>
        <source>The product's name is required.</source>
        <translation>产品名称为必填项。</translation>
    </message>
    <message>
        <source>The customer's name is required.</source>
        <translation>客户名称为必填项。</translation>
    </message>
    <message>
        <source>The order date is required.</source>
        <translation>订单日期为必填项。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use YYYY-MM-DD).</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>"%1" is in the future: the sales history holds what was sold.</source>
        <translation>“%1”是将来的日期：销售记录只记录已售出的内容。</translation>
    </message>
    <message>
        <source>The row names no product (a code or a name).</source>
        <translation>该行没有指明产品（编码或名称）。</translation>
    </message>
    <message>
        <source>The quantity is required.</source>
        <translation>数量为必填项。</translation>
    </message>
    <message>
        <source>"%1" is not a quantity above zero (with at most 3 decimals).</source>
        <translation>“%1”不是大于零的数量（最多 3 位小数）。</translation>
    </message>
    <message>
        <source>"%1" is not a sales channel (direct, online, distributor or phone).</source>
        <translation>“%1”不是销售渠道（直销、线上、经销商或电话）。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no (TRUE or FALSE).</source>
        <translation>“%1”既不是“是”也不是“否”（TRUE 或 FALSE）。</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the disk is full (%1 free)</source>
        <translation>磁盘已满（剩余 %1）</translation>
    </message>
    <message>
        <source>only part of the data could be written; the disk may be full</source>
        <translation>只写入了部分数据；磁盘可能已满</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpsDialog</name>
    <message>
        <source>Schedule follow-ups</source>
        <translation>安排跟进</translation>
    </message>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln customer(s).</source>
        <translation>
            <numerusform>为这 %Ln 个客户各安排一条跟进。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>%1 is replaced by each customer's name.</source>
        <translation>%1 会替换为每个客户的名称。</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Spread over</source>
        <translation>分布在(&amp;S)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Each customer's &amp;owner</source>
        <translation>各客户的负责人(&amp;O)</translation>
    </message>
    <message>
        <source>One &amp;rep:</source>
        <translation>指定一名销售代表(&amp;R)：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>安排(&amp;C)</translation>
    </message>
    <message>
        <source>Scheduling stopped unexpectedly; no follow-up was created.</source>
        <translation>安排意外中止，未创建任何跟进。</translation>
    </message>
    <message>
        <source>Cancelled; no follow-up was created.</source>
        <translation>已取消，未创建任何跟进。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %Ln 条跟进。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln customer(s) were skipped: they are in the trash or no longer exist.</source>
        <translation>
            <numerusform>%1 已跳过 %Ln 个客户：它们在回收站中或已不存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Working days to spread over</source>
        <translation>分散到的工作日数</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
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
    <name>ServiceLevels</name>
    <message>
        <source>The service level "%1" is not of the form severity=response/resolution minutes.</source>
        <translation>服务水平“%1”的格式不是 严重程度=响应/解决分钟数。</translation>
    </message>
    <message>
        <source>The service level for %1 needs a response time above zero and a resolution time no shorter than it.</source>
        <translation>“%1”的服务水平需要大于零的响应时间，且解决时间不短于响应时间。</translation>
    </message>
    <message>
        <source>The business hours "%1" are not of the form "1,2,3,4,5 09:00-18:00" with the start before the end.</source>
        <translation>工作时间“%1”的格式不是“1,2,3,4,5 09:00-18:00”，或开始时间不早于结束时间。</translation>
    </message>
    <message>
        <source>The time zone "%1" of the business hours is unknown.</source>
        <translation>工作时间的时区“%1”未知。</translation>
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
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>外观(&amp;C)：</translation>
    </message>
    <message>
        <source>How the customer list sorts Chinese names in this book; Latin names come first, alphabetically</source>
        <translation>客户列表在此账簿中如何排列中文名称；拉丁字母名称排在前面，按字母顺序</translation>
    </message>
    <message>
        <source>Sort Chinese &amp;names by:</source>
        <translation>中文名称排序方式(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>打开选中的客户</translation>
    </message>
    <message>
        <source>Select more customers</source>
        <translation>选择多位客户</translation>
    </message>
    <message>
        <source>Show what can be done with the selected customers</source>
        <translation>显示可对选中客户执行的操作</translation>
    </message>
    <message>
        <source>Go from the search to the results</source>
        <translation>从搜索框转到结果列表</translation>
    </message>
    <message>
        <source>Down or Enter in the search field</source>
        <translation>在搜索框中按向下键或回车</translation>
    </message>
    <message>
        <source>Shift+Up or Shift+Down; Ctrl+click, Shift+click</source>
        <translation>Shift+向上、Shift+向下；Ctrl+单击、Shift+单击</translation>
    </message>
    <message>
        <source>Menu key; right-click</source>
        <translation>菜单键；右键单击</translation>
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
    <message>
        <source>%1 failed: the book is open read-only (another Clientele window or program has it open), so nothing was changed.</source>
        <translation>%1失败：账簿以只读方式打开（另一个 Clientele 窗口或程序正在使用它），因此没有做任何修改。</translation>
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
        <source>Copying the book to "%1"</source>
        <translation>将账簿复制到“%1”</translation>
    </message>
    <message>
        <source>Cannot create "%1".</source>
        <translation>无法创建“%1”。</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Restoring from "%1"</source>
        <translation>从“%1”恢复</translation>
    </message>
    <message>
        <source>%1: this build cannot restore a book while it is open.</source>
        <translation>%1：此版本无法在账簿打开时恢复。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>Checking "%1": cancelled.</source>
        <translation>检查“%1”：已取消。</translation>
    </message>
</context>
<context>
    <name>StoredPhones</name>
    <message>
        <source>Reading the phones</source>
        <translation>读取电话号码</translation>
    </message>
    <message>
        <source>Updating the phone keys</source>
        <translation>更新电话号码索引</translation>
    </message>
</context>
<context>
    <name>SubjectExporter</name>
    <message>
        <source>Collecting the customer's data</source>
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
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>电话和邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags (links)</source>
        <translation>标签（关联）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Merges with duplicates</source>
        <translation>与重复记录的合并</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint history</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>报价单明细</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Merged into this customer: %1 (id %2)</source>
        <translation>合并到此客户的记录：%1（编号 %2）</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>There is no table to export.</source>
        <translation>没有可导出的表格。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，适用于 Excel 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GBK for older Chinese Excel (*.csv)</source>
        <translation>CSV，适用于旧版中文 Excel 的 GBK (*.csv)</translation>
    </message>
    <message>
        <source>%1 %2.xlsx</source>
        <translation>%1 %2.xlsx</translation>
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
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>CSV, Big5 for older Traditional Chinese Excel (*.csv)</source>
        <translation>CSV，适用于旧版繁体中文 Excel 的 Big5 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open "%1": %2</source>
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
        <source>%n character(s) could not be written in the chosen encoding and appear as "?" in %1.</source>
        <translation>
            <numerusform>有 %n 个字符无法以所选编码写入，在 %1 中显示为“?”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell which format to write: the file name should end in .xlsx or .csv</source>
        <translation>无法确定要写入的格式：文件名应以 .xlsx 或 .csv 结尾</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in Simplified Chinese were written in Traditional characters in %1, as Big5 holds no others: imported back, their names will not match. UTF-8 keeps them as they are.</source>
        <translation>
            <numerusform>%1 中有 %n 个简体中文单元格以繁体字写入，因为 Big5 只能容纳繁体字：再导入时，其中的名称将对不上。UTF-8 会原样保留它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagCustomersDialog</name>
    <message>
        <source>Tag customers</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>添加(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>为选中的 %Ln 位客户添加标签(&amp;T)：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take from the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>移除选中的 %Ln 位客户的标签(&amp;T)：</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a tag or type a new one</source>
        <translation>选择标签或输入新标签</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>Adding the tag "%1"</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Reading the tag "%1"</source>
        <translation>读取标签“%1”</translation>
    </message>
    <message>
        <source>Reading the tags of a customer</source>
        <translation>读取客户的标签</translation>
    </message>
    <message>
        <source>Changing the tag "%1"</source>
        <translation>修改标签“%1”</translation>
    </message>
    <message>
        <source>Tagging was cancelled; no customer got the tag.</source>
        <translation>添加标签已取消，没有客户获得该标签。</translation>
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
    <name>TiersDialog</name>
    <message>
        <source>Customer tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>The tiers customers can have, in the order lists show them. Double-click a name to rename it: its customers keep their tier under the new name.</source>
        <translation>客户可用的等级，按列表中显示的顺序排列。双击名称可重命名：该等级的客户会随之改用新名称。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
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
        <translation>新等级</translation>
    </message>
    <message>
        <source>Saving the tiers stopped unexpectedly.</source>
        <translation>保存等级意外中止。</translation>
    </message>
    <message>
        <source>Saving the tiers…</source>
        <translation>正在保存等级…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have the tier "%1": give them another tier first, or rename it instead.</source>
        <translation>
            <numerusform>有 %Ln 个客户的等级为“%1”：请先为他们改设其他等级，或改为重命名。</numerusform>
        </translation>
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
        <source>Complaint %1: %2 (%3)</source>
        <translation>投诉 %1：%2（%3）</translation>
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
        <translation>开始事务</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
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
        <source>Delete %Ln customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除这 %Ln 个客户及其联系人和历史记录吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Customers in the trash</source>
        <translation>回收站中的客户</translation>
    </message>
    <message>
        <source>The trash is empty. Customers moved to the trash wait here until you restore them or delete them for good.</source>
        <translation>回收站是空的。移入回收站的客户会留在这里，直到您恢复或永久删除它们。</translation>
    </message>
    <message>
        <source>Deleted with them: %1.</source>
        <translation>一并删除：%1。</translation>
    </message>
    <message>
        <source>To remove a person's data but keep the sales figures, restore the customer and use Erase instead.</source>
        <translation>如要删除个人数据但保留销售数据，请先恢复该客户，再使用“抹除”。</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of %1 to the trash?</source>
        <translation>
            <numerusform>将 %1 导入创建的 %Ln 个客户移到回收站？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of "%1" (%2) to the trash?</source>
        <translation>
            <numerusform>将导入“%1”（%2）创建的 %Ln 个客户移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>They take with them: %1.</source>
        <translation>随之一起移走：%1。</translation>
    </message>
    <message>
        <source>They can be restored from the trash.</source>
        <translation>可以从回收站恢复它们。</translation>
    </message>
    <message>
        <source>The customers created by this import are no longer in the list: they are in the trash, merged, deleted or erased.</source>
        <translation>这次导入创建的客户已不在列表中：它们已在回收站中、已被合并、已被永久删除或已被抹除。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) it created are already in the trash, merged, deleted or erased.</source>
        <translation>
            <numerusform>它创建的另外 %Ln 个客户已在回收站中、已被合并、已被永久删除或已被抹除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln customer(s) it updated keep its changes; the audit trail shows what changed.</source>
        <translation>
            <numerusform>它更新的 %Ln 个客户会保留导入所做的更改；审计记录中可查看改了什么。</numerusform>
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
        <translation>重点</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小客户</translation>
    </message>
</context>
<context>
    <name>ViewCli</name>
    <message>
        <source>--view must be one of: %1</source>
        <translation>--view 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--by must be one of: %1</source>
        <translation>--by 必须是以下之一：%1</translation>
    </message>
</context>
<context>
    <name>ViewContent</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 至 %2 以下</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Profile: customers by industry</source>
        <translation>客户画像：按行业</translation>
    </message>
    <message>
        <source>Profile: customers by region</source>
        <translation>客户画像：按地区</translation>
    </message>
    <message>
        <source>Profile: customers by tier</source>
        <translation>客户画像：按等级</translation>
    </message>
    <message>
        <source>Profile: customers by acquisition source</source>
        <translation>客户画像：按获客来源</translation>
    </message>
    <message>
        <source>Loyalty: repeat purchases</source>
        <translation>忠诚度：重复购买</translation>
    </message>
    <message>
        <source>Loyalty: years since the first purchase</source>
        <translation>忠诚度：首次购买至今的年数</translation>
    </message>
    <message>
        <source>Profitability: gross margin by customer</source>
        <translation>盈利能力：各客户毛利率</translation>
    </message>
    <message>
        <source>Profitability: most and least profitable customers</source>
        <translation>盈利能力：利润最高和最低的客户</translation>
    </message>
    <message>
        <source>Performance: sales by product category</source>
        <translation>业绩：按产品类别的销售</translation>
    </message>
    <message>
        <source>Performance: sales by channel</source>
        <translation>业绩：按渠道的销售</translation>
    </message>
    <message>
        <source>Performance: sales by region</source>
        <translation>业绩：按地区的销售</translation>
    </message>
    <message>
        <source>Performance: sales by sales rep</source>
        <translation>业绩：按销售代表的销售</translation>
    </message>
    <message>
        <source>Prospects: new customers and pipeline</source>
        <translation>潜在客户：新客户和销售管道</translation>
    </message>
    <message>
        <source>Products: bought together</source>
        <translation>产品：一起购买的产品</translation>
    </message>
    <message>
        <source>Promotion: sales by acquisition source</source>
        <translation>推广：按获客来源的销售</translation>
    </message>
    <message>
        <source>Promotion: new customers per source</source>
        <translation>推广：各来源的新客户</translation>
    </message>
    <message>
        <source>Customer value: lifetime value distribution</source>
        <translation>客户价值：生命周期价值分布</translation>
    </message>
    <message>
        <source>Customer value: most valuable customers</source>
        <translation>客户价值：最有价值的客户</translation>
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
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>获客来源</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>%1 customers by %2</source>
        <translation>%1 位客户，按%2</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation>不到 1 年</translation>
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
        <translation>5 年及以上</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>购买 1 次</translation>
    </message>
    <message>
        <source>2 purchases</source>
        <translation>购买 2 次</translation>
    </message>
    <message>
        <source>3 to 5 purchases</source>
        <translation>购买 3 至 5 次</translation>
    </message>
    <message>
        <source>6 to 10 purchases</source>
        <translation>购买 6 至 10 次</translation>
    </message>
    <message>
        <source>11 purchases and more</source>
        <translation>购买 11 次及以上</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买客户数</translation>
    </message>
    <message>
        <source>Repeat-purchase rate %1: %2 of %3 buyers bought twice or more</source>
        <translation>重复购买率 %1：%3 位购买客户中有 %2 位购买了两次或以上</translation>
    </message>
    <message>
        <source>Buyers by years since their first purchase</source>
        <translation>按首次购买至今年数划分的购买客户</translation>
    </message>
    <message>
        <source>Years since the first purchase</source>
        <translation>首次购买至今</translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation>期间内购买次数</translation>
    </message>
    <message>
        <source>Share of buyers</source>
        <translation>购买客户占比</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>无收入</translation>
    </message>
    <message>
        <source>Customers by gross margin (profit / revenue)</source>
        <translation>按毛利率（毛利 / 收入）划分的客户</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share of customers with revenue</source>
        <translation>占有收入客户的比例</translation>
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
        <translation>倒数第 %1 名</translation>
    </message>
    <message>
        <source>Gross profit of the most and least profitable customers (%1)</source>
        <translation>利润最高和最低客户的毛利（%1）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Revenue and gross profit by %1 (%2)</source>
        <translation>按%1的收入和毛利（%2）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
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
        <translation>丢单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>New customers and quotes per month (%1)</source>
        <translation>每月新客户和报价（%1）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单数</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>报价金额</translation>
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
        <translation>一起购买的产品：关联最强的产品对的提升度（%1 个订单）</translation>
    </message>
    <message>
        <source>Who bought</source>
        <translation>购买了</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>也购买了</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同时包含两者的订单</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Support: share of all orders with both products. Confidence: share of the orders with the first product that also have the second. Lift: confidence divided by the second product's share of all orders; above 1 they go together more often than by chance.</source>
        <translation>支持度：同时包含两种产品的订单占全部订单的比例。置信度：包含第一种产品的订单中也包含第二种产品的比例。提升度：置信度除以第二种产品在全部订单中的占比；大于 1 表示两者一起购买的频率高于偶然。</translation>
    </message>
    <message>
        <source>Revenue and gross profit by acquisition source (%1)</source>
        <translation>按获客来源的收入和毛利（%1）</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>每位客户收入</translation>
    </message>
    <message>
        <source>New customers per month by acquisition source</source>
        <translation>按获客来源的每月新客户</translation>
    </message>
    <message>
        <source>Customers by estimated lifetime value</source>
        <translation>按估计生命周期价值划分的客户</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>生命周期价值</translation>
    </message>
    <message>
        <source>Historic gross profit</source>
        <translation>历史毛利</translation>
    </message>
    <message>
        <source>Most valuable customers: lifetime value and gross profit so far (%1)</source>
        <translation>最有价值的客户：生命周期价值和至今毛利（%1）</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>每年购买次数</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>预期年数</translation>
    </message>
    <message>
        <source>Lifetime value = average order value × purchases per year × gross margin × expected lifetime (%1 years); purchases per year = purchases / years since the first purchase (at least 30 days), over the whole history to the as-of date.</source>
        <translation>生命周期价值 = 平均订单金额 × 每年购买次数 × 毛利率 × 预期生命周期（%1 年）；每年购买次数 = 购买次数 / 自首次购买以来的年数（至少按 30 天计），按截至日期前的全部历史计算。</translation>
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
        <translation>单击列出这些客户。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Vie&amp;w:</source>
        <translation>视图(&amp;W)：</translation>
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