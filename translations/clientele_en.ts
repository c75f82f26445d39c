<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 written (%n page)</numerusform>
            <numerusform>%1 written (%n pages)</numerusform>
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
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>%n customer(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n customer. Double-click it to open it.</numerusform>
            <numerusform>%n customers. Double-click one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag &quot;%1&quot; was added to %n customer(s).</source>
        <translation>
            <numerusform>The tag &quot;%1&quot; was added to %n customer.</numerusform>
            <numerusform>The tag &quot;%1&quot; was added to %n customers.</numerusform>
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
    <name>OrdersPanel</name>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n order, %1</numerusform>
            <numerusform>%n orders, %1</numerusform>
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
