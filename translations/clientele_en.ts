<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <source>Backed up to %1 (%n customer(s)).</source>
        <translation>
            <numerusform>Backed up to %1 (%n customer).</numerusform>
            <numerusform>Backed up to %1 (%n customers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates found.</source>
        <translation>
            <numerusform>%n group of likely duplicates found.</numerusform>
            <numerusform>%n groups of likely duplicates found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>This removes for good the customer, %n contact(s) with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</source>
        <translation>
            <numerusform>This removes for good the customer, %n contact with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</numerusform>
            <numerusform>This removes for good the customer, %n contacts with their phones and emails, notes, tags and the values recorded in the audit trail, also from the trash, the search index and the book file itself. The audit trail keeps only that an erasure happened. Orders, when there are any, stay for the sales figures, without the customer&apos;s name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Move %n customer(s) to the trash</source>
        <translation>
            <numerusform>Move %n customer to the trash</numerusform>
            <numerusform>Move %n customers to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the trash. %1 brings them back.</source>
        <translation>
            <numerusform>%n customer moved to the trash. %1 brings it back.</numerusform>
            <numerusform>%n customers moved to the trash. %1 brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Replace everything in the book with the backup of %1 (%n customer(s))?

The book as it is now is backed up first.</source>
        <translation>
            <numerusform>Replace everything in the book with the backup of %1 (%n customer)?

The book as it is now is backed up first.</numerusform>
            <numerusform>Replace everything in the book with the backup of %1 (%n customers)?

The book as it is now is backed up first.</numerusform>
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
</context>
<context>
    <name>TrashPanel</name>
    <message numerus="yes">
        <source>Delete %n customer(s) for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n customer for good, with its contacts and history? This cannot be undone.</numerusform>
            <numerusform>Delete %n customers for good, with their contacts and history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
