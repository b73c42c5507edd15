<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ClinicExportDialog</name>
        <message numerus="yes">
            <source>Exported %n questionnaire(s) to {target}. Remember: it is not encrypted.</source>
            <translation>
                <numerusform>Exported %n questionnaire to {target}. Remember: it is not encrypted.</numerusform>
                <numerusform>Exported %n questionnaires to {target}. Remember: it is not encrypted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message numerus="yes">
            <source> · All %n questions answered</source>
            <translation>
                <numerusform> · The question is answered</numerusform>
                <numerusform> · All %n questions answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) on this page need a look before you go on.</source>
            <translation>
                <numerusform>One answer on this page needs a look before you go on.</numerusform>
                <numerusform>%n answers on this page need a look before you go on.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalReview</name>
        <message numerus="yes">
            <source>Last reviewed — %n day(s) ago</source>
            <translation>
                <numerusform>Last reviewed — %n day ago</numerusform>
                <numerusform>Last reviewed — %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not reviewed yet — %n day(s) ago</source>
            <translation>
                <numerusform>Not reviewed yet — %n day ago</numerusform>
                <numerusform>Not reviewed yet — %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeasureSeries</name>
        <message numerus="yes">
            <source>%n result(s); latest {score}{band} on {date}</source>
            <translation>
                <numerusform>%n result; latest {score}{band} on {date}</numerusform>
                <numerusform>%n results; latest {score}{band} on {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramPageView</name>
        <message numerus="yes">
            <source>All questions on this page need an answer, except %n marked (optional).</source>
            <translation>
                <numerusform>All questions on this page need an answer, except the one marked (optional).</numerusform>
                <numerusform>All questions on this page need an answer, except those marked (optional).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message numerus="yes">
            <source>Daily check-ins from {start} to {end}: %n day(s) recorded.</source>
            <translation>
                <numerusform>Daily check-ins from {start} to {end}: %n day recorded.</numerusform>
                <numerusform>Daily check-ins from {start} to {end}: %n days recorded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>once</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>every day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questionnaire(s) due again. Open Workbook when you're ready.</source>
            <translation>
                <numerusform>A questionnaire is due again. Open Workbook when you're ready.</numerusform>
                <numerusform>Some questionnaires are due again. Open Workbook when you're ready.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A one-minute check on how you are today. %n questionnaire(s) due again too. Open Workbook when you're ready.</source>
            <translation>
                <numerusform>A one-minute check on how you are today. A questionnaire is due again too. Open Workbook when you're ready.</numerusform>
                <numerusform>A one-minute check on how you are today. Some questionnaires are due again too. Open Workbook when you're ready.</numerusform>
            </translation>
        </message>
    </context>
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
