<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SettingsView</name>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>After %n minute without use</numerusform>
                <numerusform>After %n minutes without use</numerusform>
            </translation>
        </message>
    </context>
</TS>
