<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Python {python_version} · Qt {qVersion} · A private, structured recovery workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About and licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>AnswerWords</name>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>{value} on a scale of {low} to {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>Backups are encrypted like the workbook and kept beside it. Workbook makes one each day you use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>انسخ احتياطيًا الآن</translation>
        </message>
        <message>
            <source>Make a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore…</source>
            <translation>استعادة…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up: {describe_backup}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup from {describe_backup}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep things as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in this workbook will be replaced by what it held then; anything written since will no longer show. Workbook first makes a backup of how things are now, so you can go back if you change your mind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored. How things were just before is kept as the backup “{describe_backup}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Change</name>
        <message>
            <source>reliable recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recovery (not reliable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recovered (still in the clinical range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recovery not applicable (the first score was not in the clinical range)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery (not reliable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable (not a case at first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reliable deterioration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reliable change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up 1 point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up {points} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down 1 point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down {points} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change {span}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{category}: {moved} {span}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key keeps working after this change. The workbook is re-encrypted, so old copies of its key file stop opening it; backups keep the passphrase they were made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing your passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your passphrase is changed. Use the new one next time you unlock.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckinCard</name>
        <message>
            <source>Today's check-in</source>
            <translation>تسجيل اليوم</translation>
        </message>
        <message>
            <source>Check-in status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line about today (optional)</source>
            <translation>سطر واحد عن اليوم (اختياري)</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save check-in</source>
            <translation>حفظ التسجيل</translation>
        </message>
        <message>
            <source>Change today's check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done for today — {ratings}. Well done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckinReminder</name>
        <message>
            <source>Workbook</source>
            <translation>Workbook</translation>
        </message>
    </context>
    <context>
        <name>CheckinScale</name>
        <message>
            <source>{label}, 0 {low} to 10 {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClinicExportDialog</name>
        <message>
            <source>Export for my clinic (FHIR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share your results with your clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One file in FHIR, the format clinics' health record systems read. Give it to your clinic the way they ask, never by ordinary email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exported file is NOT encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire scores only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything I have finished, answers in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put my name on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put my name on the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, as your clinic knows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand, choose where to save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand the export is not encrypted; choose where to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for my clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for my clinic.fhir.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FHIR JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your export for the clinic</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n questionnaire(s) to {target}. Remember: it is not encrypted.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnPage</name>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Comparison page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparing two entries — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers that changed are shaded in the right-hand column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison of two entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to past entries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>My workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create your workbook</source>
            <translation>أنشئ دفترك</translation>
        </message>
        <message>
            <source>&amp;Name (only you see it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create workbook</source>
            <translation>إنشاء الدفتر</translation>
        </message>
        <message>
            <source>Creating your workbook and locking it with your passphrase…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Crisis</name>
        <message>
            <source>Text {keyword} to {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your local emergency number</source>
            <translation>رقم الطوارئ المحلي</translation>
        </message>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrisisContacts</name>
        <message>
            <source>Open crisis lines and my safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the Need help now panel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrisisContactsEditor</name>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Country for crisis lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis lines shown for this country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown in Need help now, beside the crisis lines: a friend, a relative, your care team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your crisis contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: when to call them, or who they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a crisis contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen crisis contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emergency {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need help now shows: {lines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your crisis contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your crisis-line country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateFormats</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>يناير</translation>
        </message>
        <message>
            <source>February</source>
            <translation>فبراير</translation>
        </message>
        <message>
            <source>March</source>
            <translation>مارس</translation>
        </message>
        <message>
            <source>April</source>
            <translation>أبريل</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مايو</translation>
        </message>
        <message>
            <source>June</source>
            <translation>يونيو</translation>
        </message>
        <message>
            <source>July</source>
            <translation>يوليو</translation>
        </message>
        <message>
            <source>August</source>
            <translation>أغسطس</translation>
        </message>
        <message>
            <source>September</source>
            <translation>سبتمبر</translation>
        </message>
        <message>
            <source>October</source>
            <translation>أكتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <translation>نوفمبر</translation>
        </message>
        <message>
            <source>December</source>
            <translation>ديسمبر</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May (short)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation>الاثنين</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>الثلاثاء</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>الأربعاء</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>الخميس</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>الجمعة</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>السبت</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>الأحد</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{month} {day}, {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{month} {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DueMeasure</name>
        <message>
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} — last done {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntrySession</name>
        <message>
            <source>your answers in {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>{title}, page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Finished {date_in_words}. You are looking at your answers; choose “Edit these answers” to change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are looking at a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are changing a finished entry. Your earlier answers are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved as you go.</source>
            <translation>تُحفظ إجاباتك أولًا بأول.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {page_count}</source>
            <translation>الصفحة {page} من {page_count}</translation>
        </message>
        <message numerus="yes">
            <source> · All %n questions answered</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source> · Question {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n answer(s) on this page need a look before you go on.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Changes saved at {stamp}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft saved at {stamp}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet. Your answers are still here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>This export is NOT encrypted. Anyone who can read these files can read what you wrote. Keep them somewhere private and delete them when you no longer need them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export everything you have written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exported files are NOT encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One JSON file (complete, for another program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A folder of CSV files (for a spreadsheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand, choose where to save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand the export is not encrypted; choose where to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder for the CSV files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {target}. Remember: it is not encrypted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Faults</name>
        <message>
            <source>Something went wrong while doing that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing you had saved was lost. Please try again; if it keeps happening, restart Workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook couldn't read or write a file it needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the file or folder exists and can be written to, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workbook is locked, so this wasn't saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is kept until you unlock; then it is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong with this workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase doesn't open this workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check Caps Lock and try again. If you have forgotten it, use your recovery key to set a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery key doesn't open this workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that this is the recovery key printed for this workbook, and compare it group by group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That recovery key has a typo in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery keys are groups of letters and digits separated by dashes. Check each group against the printed sheet; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase can't be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase with at least one character; a short sentence works well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file isn't a Workbook workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Choose the folder of a workbook made by Workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook is damaged and can't be opened safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Restore a backup to get your writing back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Restore the backup from {when} ({name}) to get your writing back up to that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook was saved by a newer version of Workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Install the newest Workbook to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook is already open in another window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to that window, or close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your latest changes couldn't be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you wrote is still on screen and nothing saved earlier was lost. Free some disk space or check the workbook's folder can be written to, then save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workbook isn't damaged and nothing saved in it was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you wrote is still on screen and nothing saved earlier was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk this workbook is on is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free some disk space (empty the bin, move or delete large files), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook isn't allowed to write in this workbook's folder: it is read-only, or its permissions don't allow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the folder's permissions, or that the disk or USB stick isn't set to read-only, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is using this workbook's database file right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the other program (for example a database viewer, or a backup or sync tool still copying it), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk reported an error while Workbook was reading or writing this workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the disk or USB stick is still connected, then try again. If it keeps happening, copy the whole workbook folder to another disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That item isn't in this workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It may have been restored away from a backup. Refresh and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook's key file is damaged, so it can't be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Restore a backup; each backup carries its own key file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase opens this key file, but not the workbook beside it: the key file is an old copy, from before a passphrase change or from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Put the workbook's own key file back and use the passphrase set most recently, or your recovery key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldsDateTimeFields</name>
        <message>
            <source>Choose a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>Goal problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this goal is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By when would you like to reach it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give your goal a few words, so you can find it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalReview</name>
        <message>
            <source>Working on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resting for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What got in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date is today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target date was {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last reviewed — %n day(s) ago</source>
            <translation>
                <numerusform>آخر مراجعة: اليوم</numerusform>
                <numerusform>آخر مراجعة: قبل يوم</numerusform>
                <numerusform>آخر مراجعة: قبل يومين</numerusform>
                <numerusform>آخر مراجعة: قبل %n أيام</numerusform>
                <numerusform>آخر مراجعة: قبل %n يومًا</numerusform>
                <numerusform>آخر مراجعة: قبل %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not reviewed yet — %n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>GoalReviewDialog</name>
        <message>
            <source>Look back at a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not about passing or failing. Any step counts, and so does noticing what got in the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day of this review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far along it feels, 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation>تمّ</translation>
        </message>
        <message>
            <source>How far along?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helped, even a little?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What got in the way?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is your next step, and when?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What got in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this goal is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsDueCard</name>
        <message>
            <source>Goals to look at</source>
            <translation>أهداف للمراجعة</translation>
        </message>
        <message>
            <source>Nothing due for review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goals yet. Setting one small, clear goal is a good early step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation>مراجعة</translation>
        </message>
    </context>
    <context>
        <name>GoalsEditor</name>
        <message>
            <source>My goal, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something you can find again at a glance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specific</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What exactly will you do, where and with whom?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will you know you have done it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achievable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is this realistic with the time and energy you have now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relevant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why does this matter to you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something tiny you could do today or tomorrow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What might get in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low energy, other people, old habits…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If that happens, I will…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An if-then plan: if it rains, then I walk indoors.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsScreen</name>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>هدف جديد</translation>
        </message>
        <message>
            <source>Start a new goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a goal step by step…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the SMART goal module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your goals</source>
            <translation>أهدافك</translation>
        </message>
        <message>
            <source>Goals you set appear here. Start with something small and clear: “walk for ten minutes after lunch on three days this week”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save goal</source>
            <translation>حفظ الهدف</translation>
        </message>
        <message>
            <source>Save this goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look back at this goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a review of this goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the goal first; then you can look back at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reviews yet. A week or so in is a good time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · {progress} / 10 along</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your goal “{value}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your look back at a goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>{words} · time for a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{words} · by {date_in_words}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Past entries — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an entry to read it, or change it (your earlier answers are kept). Tick two entries to compare them side by side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past entries</source>
            <translation>الإدخالات السابقة</translation>
        </message>
        <message>
            <source>Back to the module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the two ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here yet. Entries appear once you start this module.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeCards</name>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
    </context>
    <context>
        <name>HomeCheckin</name>
        <message>
            <source>Mood</source>
            <translation>المزاج</translation>
        </message>
        <message>
            <source>Very low</source>
            <translation>منخفض جدًا</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>جيد جدًا</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>القلق</translation>
        </message>
        <message>
            <source>Calm</source>
            <translation>هادئ</translation>
        </message>
        <message>
            <source>Extremely anxious</source>
            <translation>قلق جدًا</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>النوم الليلة الماضية</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>سيئ جدًا</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
        <message>
            <source>None at all</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>كثير</translation>
        </message>
        <message>
            <source>How are you today? Go with your first answer; skip any you'd rather not rate.</source>
            <translation>كيف حالك اليوم؟ اختر أول إجابة تخطر ببالك، وتخطَّ ما لا تريد تقييمه.</translation>
        </message>
        <message>
            <source>Pick a number on at least one line (or write a line) before saving.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>today's check-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Good morning</source>
            <translation>صباح الخير</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>طاب يومك</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>مساء الخير</translation>
        </message>
    </context>
    <context>
        <name>JoinPage</name>
        <message>
            <source>Already use Workbook on another computer with sync set up? Choose the sync folder here (once your sync tool has copied it to this computer) and type the same passphrase. This computer gets its own copy, and from then on the two stay in step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join from another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder Syncthing (or similar) keeps in step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase you use on the other computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase (or recovery key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Join and open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joining: opening the key file and reading the change files…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <source>Add {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {item} {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Workbook</source>
            <translation>Workbook</translation>
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
        </message>
        <message>
            <source>Lock your workbook now (Ctrl+L)</source>
            <translation>اقفل دفترك الآن (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <source>Need help now?</source>
            <translation>هل تحتاج إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <source>Crisis lines and your safety plan</source>
            <translation>خطوط الأزمات وخطة سلامتك</translation>
        </message>
        <message>
            <source>Opens crisis lines and your safety plan</source>
            <translation>يفتح خطوط الأزمات وخطة سلامتك</translation>
        </message>
        <message>
            <source>Nothing has been lost yet: it is still on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Workbook is holding it in memory. Unlock your workbook to save it before quitting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit without saving it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} couldn't be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeasureSeries</name>
        <message numerus="yes">
            <source>%n result(s); latest {score}{band} on {date}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source> Risk answers: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModuleHeader</name>
        <message>
            <source>About {estimated_minutes} minutes</source>
            <translation>حوالي {estimated_minutes} دقيقة</translation>
        </message>
        <message>
            <source>Edit these answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past entries</source>
            <translation>الإدخالات السابقة</translation>
        </message>
        <message>
            <source>Print or save…</source>
            <translation>طباعة أو حفظ…</translation>
        </message>
        <message>
            <source>Print or save this module as a PDF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModuleScreen</name>
        <message>
            <source>Modules</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <source>Show the list of modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a module from the list to start or carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested for you</source>
            <translation>مقترح لك</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextSteps</name>
        <message>
            <source>Carry on where you left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next in your program.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NextStepsCard</name>
        <message>
            <source>Your next step</source>
            <translation>خطوتك التالية</translation>
        </message>
        <message>
            <source>You have been through every module. Repeat any skill that helps, and keep checking in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeCard</name>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseFormPage</name>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePair</name>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>A short sentence only you would think of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How strong the passphrase is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether the passphrases match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the passphrase while typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These don't match yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <source>A short sentence only you would think of works well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Easy to guess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make it longer: four or five ordinary words that don't belong together are much harder to guess than a short word with symbols.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adding another word or two would make it much harder to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This would take a long time to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This would be very hard to guess. Well chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please use at least {count} characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Your safety plan</source>
            <translation>خطة سلامتك</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Preview: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the module file {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems in the module file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores and flags for the answers typed in the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printed worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not there just now (moved, deleted or being saved); the preview shows it again as soon as it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
The printed worksheet could not be made ({kind}: {exc}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintChooser</name>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would you like to print?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A progress report to take to my clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My safety plan as a card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A blank worksheet to fill in by hand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” with my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which worksheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the pages smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the pages larger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>Print these pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this PDF to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close the preview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The PDF could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintingExportDialog</name>
        <message>
            <source>Warning: the export is not encrypted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>That didn't work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you can do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramCallouts</name>
        <message>
            <source>Tip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you need help now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;If you are in danger now, call your local emergency number.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;If you are in danger now, call {number}.&lt;/b&gt;&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramEntryView</name>
        <message>
            <source>Every answer checks out: a client would now see their results. Nothing was stored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramHeader</name>
        <message>
            <source>Blank worksheet to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worksheet to fill in on screen (PDF form)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With these answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramHistoryView</name>
        <message>
            <source>{when} — draft, not finished yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
⚠ Risk answer: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramOutline</name>
        <message>
            <source>Done</source>
            <translation>تمّ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program modules</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramPageView</name>
        <message>
            <source>All questions on this page need an answer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All questions on this page need an answer, except %n marked (optional).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramResultsView</name>
        <message>
            <source>This is a self-report, not a diagnosis — talk it through with your clinician.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>{title} over time, chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk answer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Daily check-ins from {start} to {end}: %n day(s) recorded.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Check-in trends, chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} results, table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-ins, table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressData</name>
        <message>
            <source>Mood</source>
            <translation>المزاج</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>القلق</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Progress page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your progress</source>
            <translation>تقدّمك</translation>
        </message>
        <message>
            <source>Print progress report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a progress report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results are self-reports to talk through with your clinician, not a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>الاستبيانات</translation>
        </message>
        <message>
            <source>When you finish a questionnaire such as the PHQ-9, its results appear here, so you can see how things change over time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: chart or table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily check-ins</source>
            <translation>التسجيلات اليومية</translation>
        </message>
        <message>
            <source>Check-in period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-ins: chart or table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No check-ins in this period. A daily check-in takes under a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Goals you set appear here with their reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modules finished</source>
            <translation>الوحدات المكتملة</translation>
        </message>
        <message>
            <source>Modules you finish are listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last finished</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProseView</name>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecentResultsCard</name>
        <message>
            <source>Recent results</source>
            <translation>النتائج الأخيرة</translation>
        </message>
        <message>
            <source>Results of questionnaires you finish will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View</source>
            <translation>عرض</translation>
        </message>
    </context>
    <context>
        <name>RecoverPage</name>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>XXXX-XXXX-XXXX-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set new passphrase and open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening with your recovery key…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your new recovery key safe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>Keep your recovery key safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or print the recovery sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have kept my recovery key somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Workbook recovery key.pdf</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Print progress report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress report choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What should the report include?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printed report is not encrypted. Take it to your clinician, or keep it somewhere private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire results and my goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results, goals and entries I choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include my daily check-in trends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include daily check-in trends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include my safety and relapse-prevention plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates I choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportPeriods</name>
        <message>
            <source>All dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 4 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Your results</source>
            <translation>نتائجك</translation>
        </message>
        <message>
            <source>Finished — well done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved in your workbook. You can look at them, change them or print them whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> out of {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last time ({when}): {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your first result. Next time you will see how it changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something to take care of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What's next</source>
            <translation>ما التالي</translation>
        </message>
        <message>
            <source>You have done every module that is open to you. Home shows your check-in, goals and results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
        <message>
            <source>Change my plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past entries</source>
            <translation>الإدخالات السابقة</translation>
        </message>
        <message>
            <source>Print or save with my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation>تمّ</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the “{flag}” flag was raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {said} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item {number} (“{question}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{question} answered “{answer}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowsField</name>
        <message>
            <source>{add} to: {question}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyCards</name>
        <message>
            <source>Copy this number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy {what} {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text {text_keyword} to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} text number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} website and hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyContactsEditor</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (text {text})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyPanel</name>
        <message>
            <source>Need help now?</source>
            <translation>هل تحتاج إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <source>Help and crisis support</source>
            <translation>المساعدة والدعم في الأزمات</translation>
        </message>
        <message>
            <source>Crisis lines and your plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You don't have to face this alone</source>
            <translation>لست مضطرًا لمواجهة هذا وحدك</translation>
        </message>
        <message>
            <source>Why this opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which country are you in? Choose it under “Crisis lines for” so the right emergency number shows. You only need to do this once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a number to copy it.</source>
            <translation>انقر على رقم لنسخه.</translation>
        </message>
        <message>
            <source>Numbers last checked {month_year_in_words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People you chose</source>
            <translation>أشخاص اخترتهم</translation>
        </message>
        <message>
            <source>Unlock your workbook to see your own contacts and safety plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can add people you trust, such as a friend or your care team, in Settings under Crisis support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add people in Settings</source>
            <translation>أضف أشخاصًا في الإعدادات</translation>
        </message>
        <message>
            <source>Add crisis contacts in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are in danger now, call {emergency_phrase}.</source>
            <translation>إذا كنت في خطر الآن، فاتصل بـ {emergency_phrase}.</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis lines for</source>
            <translation>خطوط الأزمات في</translation>
        </message>
        <message>
            <source>Country for crisis lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your country…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your safety plan</source>
            <translation>خطة سلامتك</translation>
        </message>
        <message>
            <source>You haven't made a safety plan yet. When you feel ready, the Safety plan module helps you write one, a step at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start my safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print plan card…</source>
            <translation>طباعة بطاقة الخطة…</translation>
        </message>
        <message>
            <source>Print your safety plan as a card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied {number}. Paste it into your phone or dialler.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your crisis-line country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveProblem</name>
        <message>
            <source>What went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you can do</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScaleField</name>
        <message>
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>كل أسبوع</numerusform>
                <numerusform>كل أسبوع</numerusform>
                <numerusform>كل أسبوعين</numerusform>
                <numerusform>كل %n أسابيع</numerusform>
                <numerusform>كل %n أسبوعًا</numerusform>
                <numerusform>كل %n أسبوع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يومين</numerusform>
                <numerusform>كل %n أيام</numerusform>
                <numerusform>كل %n يومًا</numerusform>
                <numerusform>كل %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Again {interval}</source>
            <translation>مرة أخرى {interval}</translation>
        </message>
        <message>
            <source>{words} (your clinician's schedule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time for your check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A one-minute check on how you are today. Open Workbook when you're ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook: due today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n questionnaire(s) due again. Open Workbook when you're ready.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>A one-minute check on how you are today. %n questionnaire(s) due again too. Open Workbook when you're ready.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsBackupPanel</name>
        <message>
            <source>Daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup you made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsLanguage</name>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The same as my computer</source>
            <translation>نفس لغة حاسوبي</translation>
        </message>
        <message>
            <source>Language status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook will speak this language the next time it starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsRecoveryKeyDialog</name>
        <message>
            <source>Your passphrase is changed. This workbook's key file was made by an older version of Workbook, so its recovery key couldn't be carried over: here is a new one. The old recovery key now opens only the backups made before today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook has a new recovery key. The old one no longer opens it (it still opens backups made before today). If someone may have seen the old one, change your passphrase now too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook has a new recovery key. The old one can be thrown away: its part of the key file was damaged, so it no longer opened this workbook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis support</source>
            <translation>الدعم في الأزمات</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance on this computer</source>
            <translation>المظهر على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>Colours: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation>الألوان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>القفل</translation>
        </message>
        <message>
            <source>Lock the workbook automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock automatically</source>
            <translation>القفل التلقائي</translation>
        </message>
        <message>
            <source>You can always lock at once with Ctrl+L. Your work is saved first.</source>
            <translation>يمكنك دائمًا القفل فورًا بالضغط على Ctrl+L. يُحفظ عملك أولًا.</translation>
        </message>
        <message>
            <source>Daily check-in reminder</source>
            <translation>تذكير التسجيل اليومي</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>ذكّرني الساعة</translation>
        </message>
        <message>
            <source>Remind me to check in each day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quiet notification while Workbook is open, not once today's check-in is done. It never shows anything you wrote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Change the passphrase you unlock this workbook with, or replace a lost or seen recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>مفتاح استرداد جديد…</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Save a copy of everything you have written as JSON or CSV files. The copy is NOT encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export my data…</source>
            <translation>تصدير بياناتي…</translation>
        </message>
        <message>
            <source>Export my data (not encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for my clinic (FHIR)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for my clinic (FHIR, not encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your auto-lock choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your reminder time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery key?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recovery key you have now will stop opening this workbook (it still opens backups made before today). You'll see the new one once, to print or write down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>New recovery key made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No new recovery key</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Follow my computer</source>
            <translation>مثل حاسوبي</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Never (not recommended)</source>
            <translation>أبدًا (غير مستحسن)</translation>
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>بعد أقل من دقيقة دون استخدام</numerusform>
                <numerusform>بعد دقيقة دون استخدام</numerusform>
                <numerusform>بعد دقيقتين دون استخدام</numerusform>
                <numerusform>بعد %n دقائق دون استخدام</numerusform>
                <numerusform>بعد %n دقيقة دون استخدام</numerusform>
                <numerusform>بعد %n دقيقة دون استخدام</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent} (normal)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellAbout</name>
        <message>
            <source>the windows, charts and print preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the encrypted workbook file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database inside the workbook file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading, writing and upgrading the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>printed worksheets and reports (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>module text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>module headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>turning your passphrase into a key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>protecting the key with your passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finding the right folders on each system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>printed text in many languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook is free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook is a companion to care, not a diagnosis or a treatment on its own. Questionnaire results are self-reports to discuss with your clinician.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you write stays on this computer, encrypted. Workbook sends nothing anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Component</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under the LGPL you may replace the Qt libraries Workbook uses with your own build of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellAddPack</name>
        <message>
            <source>Pack not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a module pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module packs (*.wbpack)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has problems, so nothing was added or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the list below to whoever made the pack: each line names the file inside the pack and the line to fix.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This pack was not added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack added</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellApp</name>
        <message>
            <source>That program folder can't be found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no folder at {program_dir}. Check the path and try again, or run Workbook without --program to use the built-in program.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellCrash</name>
        <message>
            <source>A short report for the developers was saved in:
{folder}

It contains no words you wrote — only which part of the program failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A report could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong inside Workbook. We are sorry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved as you go, so you should not have lost anything. You can carry on; if it happens again, close Workbook and open it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellHelpFallback</name>
        <message>
            <source>If you might act on thoughts of harming yourself, or you are in danger right now, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia) or go to your nearest emergency department.

If you can, tell someone you trust how you are feeling, and stay with them.

You can also contact your doctor, your therapist, or a crisis line in your country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need help now?</source>
            <translation>هل تحتاج إلى مساعدة الآن؟</translation>
        </message>
        <message>
            <source>You don't have to go through this alone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellMenus</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Export my data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for my &amp;clinic (FHIR)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your questionnaire results as a file your clinic's system reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view a module…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a module file in a live preview that follows every save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a module pack…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the modules a clinician sent you as a .wbpack file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>حجم النص ال&amp;عادي</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>ال&amp;مظهر</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;فاتح</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;داكن</translation>
        </message>
        <message>
            <source>&amp;About Workbook</source>
            <translation>&amp;حول Workbook</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Preview a module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module files (*.md)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellNavigation</name>
        <message>
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
    </context>
    <context>
        <name>ShellProgramProblems</name>
        <message>
            <source>… and {remaining} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This program's module files have mistakes, so Workbook can't show it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the problems listed below and start Workbook again, or run “workbook check FOLDER” to see them all. Your workbook and your answers are safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program has mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the built-in program for now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellSaveProblem</name>
        <message>
            <source>Try again</source>
            <translation>حاول مرة أخرى</translation>
        </message>
    </context>
    <context>
        <name>StageProgress</name>
        <message>
            <source>No modules yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} من {total} مكتملة</translation>
        </message>
        <message>
            <source>, {started} in progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StagesCard</name>
        <message>
            <source>Where you are</source>
            <translation>أين أنت الآن</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Your recovery key no longer opens this workbook: the part of the key file it opens is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your passphrase and everything you wrote are fine. Make a new recovery key now and keep it somewhere safe; the old one can then be thrown away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery key damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already have a workbook with that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another name, so you can tell them apart when unlocking.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>An answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: sent {sent} change(s), received {received}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} file(s) in the sync folder were incomplete or damaged and were skipped; nothing in them was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} thing(s) were changed on two computers at once: choose below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync isn't set up on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes from another computer have arrived yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes from {name} last arrived: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(cleared)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {computer}, {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Use this workbook on two computers. Workbook puts encrypted change files in a folder that Syncthing, Nextcloud, Dropbox or a USB stick carries between them; the workbook itself stays on each computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync folder chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with your other computers now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed on two computers before they synced. Both versions are kept; choose the one to keep everywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this version: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your sync folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this computer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept. Your other computers show it after their next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase set on your other computer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the new passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncScheduler</name>
        <message>
            <source>a sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableField</name>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {item} {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>أهلًا بعودتك</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your workbook.</source>
            <translation>أدخل عبارة المرور لفتح دفترك.</translation>
        </message>
        <message>
            <source>Which workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;عبارة المرور</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>هل نسيت عبارة المرور؟</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open with your recovery key and set a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another workbook</source>
            <translation>إنشاء دفتر آخر</translation>
        </message>
        <message>
            <source>{name}  (created {date_in_words})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workbook is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk refused it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsecasesProgramBinding</name>
        <message>
            <source>The modules in {where} have changed since you last opened this workbook. Everything you wrote is kept exactly as it was, with the version of each module you wrote it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook was last used with the program in {old}. You opened it with the program in {new}, so it will use that one from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, so that is the one shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, but that folder is no longer there. The built-in program is shown instead; all your answers are safe. If the folder has moved, start Workbook with --program and its new place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, but its files have problems (run “workbook check {folder}” to see them). The built-in program is shown instead; all your answers are safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook's built-in program</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeCreatePage</name>
        <message>
            <source>Your passphrase locks your workbook. Choose something you will remember but others wouldn't guess — a short sentence of ordinary words is both strong and easy to remember. Nobody can reset it for you; the recovery key on the next page is your way back in if you forget it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Workbook walks you through a structured recovery program one step at a time: short questionnaires, readings, practical skills and plans, with room to write in your own words. You can go at your own pace and come back to anything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workbook is a companion to the care you get, not a diagnosis. Questionnaire results are your own answers, to talk through with your doctor or therapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you write stays on this computer, in one file locked with a passphrase only you know. Nothing is sent anywhere. Workbook locks itself when you step away, and nobody — not even the people who make Workbook — can open it without your passphrase or your recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you need help right now, the “Need help now?” button at the top is always there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Workbook</source>
            <translation>مرحبًا بك في Workbook</translation>
        </message>
        <message>
            <source>A companion, not a diagnosis</source>
            <translation>رفيق، وليس تشخيصًا</translation>
        </message>
        <message>
            <source>Private by design</source>
            <translation>خاص منذ البداية</translation>
        </message>
        <message>
            <source>Back to my workbook</source>
            <translation>العودة إلى دفتري</translation>
        </message>
        <message>
            <source>Create my workbook</source>
            <translation>إنشاء دفتري</translation>
        </message>
        <message>
            <source>Join from another computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join a workbook you use on another computer, through its sync folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeProblems</name>
        <message>
            <source>Your workbook was put back from the backup made on {when} ({backup}). Anything written after that could not be recovered.

The damaged file was kept beside it, renamed, in case someone can help you rescue more from it later:
{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use my recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <source>Workbook damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored from your backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
    </context>
    <context>
        <name>WelcomeRecoverPage</name>
        <message>
            <source>Type the recovery key from the sheet you kept when you created this workbook (groups of letters and digits separated by dashes). Then choose a new passphrase. Your writing stays exactly as it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeRecoveryPage</name>
        <message>
            <source>If you ever forget your passphrase, this recovery key is the only way back into your workbook. Print the recovery sheet or write the key down, and keep it somewhere safe and private — like where you keep your passport. Anyone who has it can open your workbook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeUnlockPage</name>
        <message>
            <source>It locked to keep your writing private. Enter your passphrase to carry on where you left off — your drafts were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It locked to keep your writing private, but {what} couldn't be saved ({reason}). Workbook is holding it in memory, not on disk, and will save it as soon as you unlock; if the disk is full, make some free disk space first. Please don't quit Workbook until then, or it will be lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkbookService</name>
        <message>
            <source>Saved now: {listed}, which couldn't be saved before Workbook locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still not saved: {listed}. {reason} Workbook keeps it in memory and tries again each time you unlock; please don't quit until it is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
    </context>
    <context>
        <name>WriteOp</name>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YesNoField</name>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>_ListRow</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_OptionalDateTimeField</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the answer to: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Row</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
