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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore…</source>
            <translation type="unfinished" />
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
        <name>CheckinReminder</name>
        <message>
            <source>Workbook</source>
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
            <extracomment>A use case with everything it writes already captured.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is kept until you unlock; then it is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <extracomment>(workbook path, screen key, where on that screen) just before the last lock</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock your workbook now (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Need help now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis lines and your safety plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens crisis lines and your safety plan</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same as my computer</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crisis support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the workbook automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can always lock at once with Ctrl+L. Your work is saved first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily check-in reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me at</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the passphrase you unlock this workbook with, or replace a lost or seen recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy of everything you have written as JSON or CSV files. The copy is NOT encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export my data…</source>
            <translation type="unfinished" />
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
            <extracomment>Settings → "Make a new recovery key…": a lost key, or one someone may have seen.</extracomment>
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never (not recommended)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation type="unfinished">
                <numerusform />
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
            <extracomment>(component, licence, why Workbook uses it)</extracomment>
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellNavigation</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellProgramProblems</name>
        <message>
            <source>… and {remaining} more.</source>
            <extracomment>The dialog lists this many problems; ``workbook check`` shows them all.</extracomment>
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Your recovery key no longer opens this workbook: the part of the key file it opens is damaged.</source>
            <extracomment>Unlocking found the key file's recovery part damaged: said now, not on the day it's needed.</extracomment>
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
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WriteOp</name>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
