<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomerImporter</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as headings or totals merged across the columns: %1.</source>
        <translation>
            <numerusform>%n row left out as a heading or total merged across the columns: %1.</numerusform>
            <numerusform>%n rows left out as headings or totals merged across the columns: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-up(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln follow-up to %1.</numerusform>
            <numerusform>Saved %Ln follow-ups to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDescriber</name>
    <message numerus="yes">
        <source>%n in all: %1, …</source>
        <translation>
            <numerusform>%n in all: %1, …</numerusform>
            <numerusform>%n in all: %1, …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%Ln entry(s).</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln entry exported to %1.</numerusform>
            <numerusform>%Ln entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <source>Backed up to %1 (%Ln customer(s)).</source>
        <translation>
            <numerusform>Backed up to %1 (%Ln customer).</numerusform>
            <numerusform>Backed up to %1 (%Ln customers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookOpener</name>
    <message numerus="yes">
        <source>%1

Nothing has been written to it. The newest backup that passes its check was taken on %2 and holds %Ln customer(s):
%3

Restore it? The damaged file is kept beside it as &quot;%4&quot;, never deleted.</source>
        <translation>
            <numerusform>%1

Nothing has been written to it. The newest backup that passes its check was taken on %2 and holds %Ln customer:
%3

Restore it? The damaged file is kept beside it as &quot;%4&quot;, never deleted.</numerusform>
            <numerusform>%1

Nothing has been written to it. The newest backup that passes its check was taken on %2 and holds %Ln customers:
%3

Restore it? The damaged file is kept beside it as &quot;%4&quot;, never deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message numerus="yes">
        <source>%1 · %Ln item(s)</source>
        <translation>
            <numerusform>%1 · %Ln item</numerusform>
            <numerusform>%1 · %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more</source>
        <translation>
            <numerusform>+ %Ln more</numerusform>
            <numerusform>+ %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more follow-up(s) on this day. Choose a sales rep to see fewer at a time.</source>
        <translation>
            <numerusform>%Ln more follow-up on this day. Choose a sales rep to see fewer at a time.</numerusform>
            <numerusform>%Ln more follow-ups on this day. Choose a sales rep to see fewer at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n customer(s) erased since the backup was taken were erased again</source>
        <translation>
            <numerusform>%n customer erased since the backup was taken was erased again</numerusform>
            <numerusform>%n customers erased since the backup was taken were erased again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contact written to %1</numerusform>
            <numerusform>%n contacts written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) written to %1</source>
        <translation>
            <numerusform>%n product written to %1</numerusform>
            <numerusform>%n products written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to %1</source>
        <translation>
            <numerusform>%n order line written to %1</numerusform>
            <numerusform>%n order lines written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1</source>
        <translation>
            <numerusform>%n customer written to %1</numerusform>
            <numerusform>%n customers written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 written (%n page)</numerusform>
            <numerusform>%1 written (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created by import %1 would go to the trash; add --yes to do it</source>
        <translation>
            <numerusform>%n customer created by import %1 would go to the trash; add --yes to do it</numerusform>
            <numerusform>%n customers created by import %1 would go to the trash; add --yes to do it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash.</source>
        <translation>
            <numerusform>%n customer moved to the trash.</numerusform>
            <numerusform>%n customers moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) the import updated keep its changes.</source>
        <translation>
            <numerusform>%n customer the import updated keeps its changes.</numerusform>
            <numerusform>%n customers the import updated keep its changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>Tagging %Ln customer(s)…</source>
        <translation>
            <numerusform>Tagging %Ln customer…</numerusform>
            <numerusform>Tagging %Ln customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%Ln customer. Double-click it to open it.</numerusform>
            <numerusform>%Ln customers. Double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag &quot;%1&quot; was added to %Ln customer(s).</source>
        <translation>
            <numerusform>The tag &quot;%1&quot; was added to %Ln customer.</numerusform>
            <numerusform>The tag &quot;%1&quot; was added to %Ln customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>%Ln group of likely duplicates found.</numerusform>
            <numerusform>%Ln groups of likely duplicates found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>This removes for good the customer, %Ln contact(s) with their phones and emails, notes, tags, follow-ups, complaints and the values recorded in the audit trail, also from the trash, the search index and the book file itself.</source>
        <translation>
            <numerusform>This removes for good the customer, %Ln contact with their phones and emails, notes, tags, follow-ups, complaints and the values recorded in the audit trail, also from the trash, the search index and the book file itself.</numerusform>
            <numerusform>This removes for good the customer, %Ln contacts with their phones and emails, notes, tags, follow-ups, complaints and the values recorded in the audit trail, also from the trash, the search index and the book file itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln duplicate(s) merged into this customer are erased with it.</source>
        <translation>
            <numerusform>The duplicate merged into this customer is erased with it.</numerusform>
            <numerusform>The %Ln duplicates merged into this customer are erased with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes for good the customer, %Ln contact(s) with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</source>
        <translation>
            <numerusform>This removes for good the customer, %Ln contact with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</numerusform>
            <numerusform>This removes for good the customer, %Ln contacts with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln row exported to %1.</numerusform>
            <numerusform>%Ln rows exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s)</source>
        <translation>
            <numerusform>Set %1 for %Ln customer</numerusform>
            <numerusform>Set %1 for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>Set %1 for %Ln customer. %2 takes it back.</numerusform>
            <numerusform>Set %1 for %Ln customers. %2 takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln customer(s) &quot;%1&quot;</source>
        <translation>
            <numerusform>Tag %Ln customer &quot;%1&quot;</numerusform>
            <numerusform>Tag %Ln customers &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag &quot;%1&quot; from %Ln customer(s)</source>
        <translation>
            <numerusform>Remove the tag &quot;%1&quot; from %Ln customer</numerusform>
            <numerusform>Remove the tag &quot;%1&quot; from %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag &quot;%1&quot; was given to %Ln customer(s). %2 takes it back.</source>
        <translation>
            <numerusform>The tag &quot;%1&quot; was given to %Ln customer. %2 takes it back.</numerusform>
            <numerusform>The tag &quot;%1&quot; was given to %Ln customers. %2 takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag &quot;%1&quot; was taken from %Ln customer(s). %2 puts it back.</source>
        <translation>
            <numerusform>The tag &quot;%1&quot; was taken from %Ln customer. %2 puts it back.</numerusform>
            <numerusform>The tag &quot;%1&quot; was taken from %Ln customers. %2 puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln customer(s) to %1</source>
        <translation>
            <numerusform>Assign %Ln customer to %1</numerusform>
            <numerusform>Assign %Ln customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) given to %1. %2 takes it back.</source>
        <translation>
            <numerusform>%Ln customer given to %1. %2 takes it back.</numerusform>
            <numerusform>%Ln customers given to %1. %2 takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln customer(s) to the trash</source>
        <translation>
            <numerusform>Move %Ln customer to the trash</numerusform>
            <numerusform>Move %Ln customers to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>%Ln customer moved to the trash. %1 brings it back.</numerusform>
            <numerusform>%Ln customers moved to the trash. %1 brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln customer exported to %1.</numerusform>
            <numerusform>%Ln customers exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue follow-up(s)</source>
        <translation>
            <numerusform>%Ln overdue follow-up</numerusform>
            <numerusform>%Ln overdue follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>%Ln follow-up scheduled.</numerusform>
            <numerusform>%Ln follow-ups scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported.</source>
        <translation>
            <numerusform>%Ln row exported.</numerusform>
            <numerusform>%Ln rows exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln customer(s) created. %1 moves them to the trash.</source>
        <translation>
            <numerusform>Import finished: %Ln customer created. %1 moves it to the trash.</numerusform>
            <numerusform>Import finished: %Ln customers created. %1 moves them to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeglectedPanel</name>
    <message numerus="yes">
        <source>tier %1: %Ln day(s)</source>
        <translation>
            <numerusform>tier %1: %Ln day</numerusform>
            <numerusform>tier %1: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message numerus="yes">
        <source>%Ln order(s), %1</source>
        <translation>
            <numerusform>%Ln order, %1</numerusform>
            <numerusform>%Ln orders, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No orders in this period. The book has %n order(s) from %1 to %2: widen the dates to see them.</source>
        <translation>
            <numerusform>No orders in this period. The book has %n order from %1 to %2: widen the dates to see it.</numerusform>
            <numerusform>No orders in this period. The book has %n orders from %1 to %2: widen the dates to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) are due.</source>
        <translation>
            <numerusform>%Ln follow-up is due.</numerusform>
            <numerusform>%Ln follow-ups are due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalService</name>
    <message numerus="yes">
        <source>Contract %1 ends on %2 (reminder %n day(s) before the end).</source>
        <translation>
            <numerusform>Contract %1 ends on %2 (reminder %n day before the end).</numerusform>
            <numerusform>Contract %1 ends on %2 (reminder %n days before the end).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message numerus="yes">
        <source>Ending within %Ln day(s)</source>
        <translation>
            <numerusform>Ending within %Ln day</numerusform>
            <numerusform>Ending within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) erased since the backup was taken were erased again.</source>
        <translation>
            <numerusform>%Ln customer erased since the backup was taken was erased again.</numerusform>
            <numerusform>%Ln customers erased since the backup was taken were erased again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the book with the backup of %1 (%Ln customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>Replace everything in the book with the backup of %1 (%Ln customer)?

The book as it is now is backed up first.</numerusform>
            <numerusform>Replace everything in the book with the backup of %1 (%Ln customers)?

The book as it is now is backed up first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpsDialog</name>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln customer(s).</source>
        <translation>
            <numerusform>One follow-up for the customer.</numerusform>
            <numerusform>One follow-up for each of the %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) scheduled.</source>
        <translation>
            <numerusform>%Ln follow-up scheduled.</numerusform>
            <numerusform>%Ln follow-ups scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln customer(s) were skipped: they are in the trash or no longer exist.</source>
        <translation>
            <numerusform>%1 %Ln customer was skipped: it is in the trash or no longer exists.</numerusform>
            <numerusform>%1 %Ln customers were skipped: they are in the trash or no longer exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message numerus="yes">
        <source>%n cell(s) in %1 held more than the 32,767 characters Excel allows and were cut short.</source>
        <translation>
            <numerusform>%n cell in %1 held more than the 32,767 characters Excel allows and was cut short.</numerusform>
            <numerusform>%n cells in %1 held more than the 32,767 characters Excel allows and were cut short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be written in the chosen encoding and appear as &quot;?&quot; in %1.</source>
        <translation>
            <numerusform>%n character could not be written in the chosen encoding and appears as &quot;?&quot; in %1.</numerusform>
            <numerusform>%n characters could not be written in the chosen encoding and appear as &quot;?&quot; in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in Simplified Chinese were written in Traditional characters in %1, as Big5 holds no others: imported back, their names will not match. UTF-8 keeps them as they are.</source>
        <translation>
            <numerusform>%n cell in Simplified Chinese was written in Traditional characters in %1, as Big5 holds no others: imported back, its names will not match. UTF-8 keeps them as they are.</numerusform>
            <numerusform>%n cells in Simplified Chinese were written in Traditional characters in %1, as Big5 holds no others: imported back, their names will not match. UTF-8 keeps them as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message numerus="yes">
        <source>Delete %Ln customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln customer for good, with its contacts and history? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln customers for good, with their contacts and history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTiers</name>
    <message numerus="yes">
        <source>%n customer(s) have the tier &quot;%1&quot;: give them another tier, or rename &quot;%1&quot; instead of removing it.</source>
        <translation>
            <numerusform>%n customer has the tier &quot;%1&quot;: give them another tier, or rename &quot;%1&quot; instead of removing it.</numerusform>
            <numerusform>%n customers have the tier &quot;%1&quot;: give them another tier, or rename &quot;%1&quot; instead of removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) have the tier &quot;%1&quot;: give them another tier first, or rename it instead.</source>
        <translation>
            <numerusform>%Ln customer has the tier &quot;%1&quot;: give them another tier first, or rename it instead.</numerusform>
            <numerusform>%Ln customers have the tier &quot;%1&quot;: give them another tier first, or rename it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesReps</name>
    <message numerus="yes">
        <source>%1 still has %n customer(s) or open record(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 still has %n customer or open record: hand it over to another sales rep first.</numerusform>
            <numerusform>%1 still has %n customers or open records: hand them over to another sales rep first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesRepsDialog</name>
    <message numerus="yes">
        <source>%1 owns %Ln customer(s): hand them over to another sales rep first.</source>
        <translation>
            <numerusform>%1 owns %Ln customer: hand it over to another sales rep first.</numerusform>
            <numerusform>%1 owns %Ln customers: hand them over to another sales rep first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned follow-up(s)</source>
        <translation>
            <numerusform>%Ln planned follow-up</numerusform>
            <numerusform>%Ln planned follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open quote(s)</source>
        <translation>
            <numerusform>%Ln open quote</numerusform>
            <numerusform>%Ln open quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) not yet renewed</source>
        <translation>
            <numerusform>%Ln contract not yet renewed</numerusform>
            <numerusform>%Ln contracts not yet renewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open complaint(s)</source>
        <translation>
            <numerusform>%Ln open complaint</numerusform>
            <numerusform>%Ln open complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignRepDialog</name>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) &amp;to:</source>
        <translation>
            <numerusform>Give the selected customer &amp;to:</numerusform>
            <numerusform>Give the %Ln selected customers &amp;to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagCustomersDialog</name>
    <message numerus="yes">
        <source>Give the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>Give the selected customer the &amp;tag:</numerusform>
            <numerusform>Give the %Ln selected customers the &amp;tag:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take from the %Ln selected customer(s) the &amp;tag:</source>
        <translation>
            <numerusform>Take from the selected customer the &amp;tag:</numerusform>
            <numerusform>Take from the %Ln selected customers the &amp;tag:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>For the %Ln selected customer(s):</source>
        <translation>
            <numerusform>For the selected customer:</numerusform>
            <numerusform>For the %Ln selected customers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerReport</name>
    <message numerus="yes">
        <source>%1 in %n order(s)</source>
        <translation>
            <numerusform>%1 in %n order</numerusform>
            <numerusform>%1 in %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message numerus="yes">
        <source>%Ln customer(s) buying only in other currencies are not in this analysis: choose their currency to see them.</source>
        <translation>
            <numerusform>%Ln customer buying only in other currencies is not in this analysis: choose their currency to see them.</numerusform>
            <numerusform>%Ln customers buying only in other currencies are not in this analysis: choose their currency to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessRecordsText</name>
    <message numerus="yes">
        <source>%Ln order(s), whose sales leave the reports</source>
        <translation>
            <numerusform>%Ln order, whose sales leave the reports</numerusform>
            <numerusform>%Ln orders, whose sales leave the reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookFileCheck</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is damaged: the database check found %n problem(s) in it. The first: %2</source>
        <translation>
            <numerusform>&quot;%1&quot; is damaged: the database check found %n problem in it: %2</numerusform>
            <numerusform>&quot;%1&quot; is damaged: the database check found %n problems in it. The first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of %1 to the trash?</source>
        <translation>
            <numerusform>Move the customer created by the import of %1 to the trash?</numerusform>
            <numerusform>Move the %Ln customers created by the import of %1 to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln customer(s) created by the import of &quot;%1&quot; (%2) to the trash?</source>
        <translation>
            <numerusform>Move the customer created by the import of &quot;%1&quot; (%2) to the trash?</numerusform>
            <numerusform>Move the %Ln customers created by the import of &quot;%1&quot; (%2) to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s) it created are already in the trash, merged, deleted or erased.</source>
        <translation>
            <numerusform>%Ln other it created is already in the trash, merged, deleted or erased.</numerusform>
            <numerusform>%Ln others it created are already in the trash, merged, deleted or erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln customer(s) it updated keep its changes; the audit trail shows what changed.</source>
        <translation>
            <numerusform>The customer it updated keeps its changes; the audit trail shows what changed.</numerusform>
            <numerusform>The %Ln customers it updated keep its changes; the audit trail shows what changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Since the import, its customers have %1. Move the %Ln customer(s) it created to the trash all the same?</source>
        <translation>
            <numerusform>Since the import, its customer has %1. Move the customer it created to the trash all the same?</numerusform>
            <numerusform>Since the import, its customers have %1. Move the %Ln customers it created to the trash all the same?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJobPage</name>
    <message numerus="yes">
        <source>%n row(s) repeated the customer of an earlier row with another contact, phone or e-mail address: these were added to that customer.</source>
        <translation>
            <numerusform>%n row repeated the customer of an earlier row with another contact, phone or e-mail address: these were added to that customer.</numerusform>
            <numerusform>%n rows repeated the customer of an earlier row with another contact, phone or e-mail address: these were added to that customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>%n row repeats the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</numerusform>
            <numerusform>%n rows repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesPage</name>
    <message numerus="yes">
        <source>%n of them repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</source>
        <translation>
            <numerusform>%n of them repeats the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</numerusform>
            <numerusform>%n of them repeat the customer of an earlier row with another contact, phone or e-mail address: with “Skip the row”, these are added to that customer.</numerusform>
        </translation>
    </message>
</context>
</TS>
