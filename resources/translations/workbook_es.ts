<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Workbook</source>
            <translation>Acerca de Workbook</translation>
        </message>
        <message>
            <source>Workbook {version}</source>
            <translation>Workbook {version}</translation>
        </message>
        <message>
            <source>Python {python_version} · Qt {qVersion} · A private, structured recovery workbook</source>
            <translation>Python {python_version} · Qt {qVersion} · Un cuaderno de recuperación privado y guiado</translation>
        </message>
        <message>
            <source>About and licences</source>
            <translation>Acerca de y licencias</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>Backups are encrypted like the workbook and kept beside it. Workbook makes one each day you use it.</source>
            <translation>Las copias de seguridad están cifradas igual que el cuaderno y se guardan a su lado. Workbook hace una cada día que lo usas.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Make a backup now</source>
            <translation>Hacer una copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Restaurar la copia elegida</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Estado de la copia de seguridad</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Todavía no hay copias de seguridad.</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Haciendo una copia de seguridad…</translation>
        </message>
        <message>
            <source>a backup</source>
            <translation>una copia de seguridad</translation>
        </message>
        <message>
            <source>Backed up: {describe_backup}.</source>
            <translation>Copia hecha: {describe_backup}.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>Restore the backup from {describe_backup}?</source>
            <translation>¿Quieres restaurar la copia del {describe_backup}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Keep things as they are</source>
            <translation>Dejarlo todo como está</translation>
        </message>
        <message>
            <source>Everything in this workbook will be replaced by what it held then; anything written since will no longer show. Workbook first makes a backup of how things are now, so you can go back if you change your mind.</source>
            <translation>Todo lo que hay en este cuaderno se sustituirá por lo que tenía entonces; lo que hayas escrito después dejará de verse. Antes, Workbook hace una copia de cómo está ahora, para que puedas volver atrás si cambias de idea.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>a restore</source>
            <translation>la restauración</translation>
        </message>
        <message>
            <source>Restored. How things were just before is kept as the backup “{describe_backup}”.</source>
            <translation>Restaurado. Cómo estaba todo justo antes se guarda como la copia «{describe_backup}».</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la contraseña</translation>
        </message>
        <message>
            <source>Your recovery key keeps working after this change. The workbook is re-encrypted, so old copies of its key file stop opening it; backups keep the passphrase they were made with.</source>
            <translation>Tu clave de recuperación sigue sirviendo después de este cambio. El cuaderno se vuelve a cifrar, así que las copias antiguas de su archivo de clave dejan de abrirlo; las copias de seguridad conservan la contraseña con la que se hicieron.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Contraseña actual</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Contraseña &amp;actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Contraseña nueva</translation>
        </message>
        <message>
            <source>Change passphrase status</source>
            <translation>Estado del cambio de contraseña</translation>
        </message>
        <message>
            <source>Changing your passphrase…</source>
            <translation>Cambiando tu contraseña…</translation>
        </message>
        <message>
            <source>your new passphrase</source>
            <translation>tu nueva contraseña</translation>
        </message>
        <message>
            <source>Your passphrase is changed. Use the new one next time you unlock.</source>
            <translation>Tu contraseña ha cambiado. Usa la nueva la próxima vez que desbloquees.</translation>
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
        <name>Faults</name>
        <message>
            <source>Something went wrong while doing that.</source>
            <translation>Algo ha fallado al hacer eso.</translation>
        </message>
        <message>
            <source>Nothing you had saved was lost. Please try again; if it keeps happening, restart Workbook.</source>
            <translation>No se ha perdido nada de lo que tenías guardado. Vuelve a intentarlo; si sigue pasando, reinicia Workbook.</translation>
        </message>
        <message>
            <source>Workbook couldn't read or write a file it needs.</source>
            <translation>Workbook no ha podido leer o escribir un archivo que necesita.</translation>
        </message>
        <message>
            <source>Check that the file or folder exists and can be written to, then try again.</source>
            <translation>Comprueba que el archivo o la carpeta existen y se pueden escribir, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Your workbook is locked, so this wasn't saved yet.</source>
            <extracomment>A use case with everything it writes already captured.</extracomment>
            <translation>Tu cuaderno está bloqueado, así que esto aún no se ha guardado.</translation>
        </message>
        <message>
            <source>It is kept until you unlock; then it is saved.</source>
            <translation>Se conserva hasta que desbloquees; entonces se guarda.</translation>
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
            <extracomment>(workbook path, screen key, where on that screen) just before the last lock</extracomment>
            <translation>Principal</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Lock your workbook now (Ctrl+L)</source>
            <translation>Bloquea tu cuaderno ahora (Ctrl+L)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Need help now?</source>
            <translation>¿Necesitas ayuda ya?</translation>
        </message>
        <message>
            <source>Crisis lines and your safety plan</source>
            <translation>Líneas de crisis y tu plan de seguridad</translation>
        </message>
        <message>
            <source>Opens crisis lines and your safety plan</source>
            <translation>Abre las líneas de crisis y tu plan de seguridad</translation>
        </message>
        <message>
            <source>Nothing has been lost yet: it is still on screen.</source>
            <translation>Todavía no se ha perdido nada: sigue en la pantalla.</translation>
        </message>
        <message>
            <source>{reason} Workbook is holding it in memory. Unlock your workbook to save it before quitting.</source>
            <translation>{reason} Workbook lo guarda en memoria. Desbloquea tu cuaderno para guardarlo antes de salir.</translation>
        </message>
        <message>
            <source>Quit without saving it</source>
            <translation>Salir sin guardarlo</translation>
        </message>
        <message>
            <source>{what} couldn't be saved.</source>
            <translation>No se ha podido guardar: {what}.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Aún sin guardar</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Volver</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your new recovery key</source>
            <translation>Tu nueva clave de recuperación</translation>
        </message>
        <message>
            <source>Keep your new recovery key safe</source>
            <translation>Guarda bien tu nueva clave de recuperación</translation>
        </message>
    </context>
    <context>
        <name>SaveProblem</name>
        <message>
            <source>What went wrong</source>
            <translation>Qué ha fallado</translation>
        </message>
        <message>
            <source>What you can do</source>
            <translation>Qué puedes hacer</translation>
        </message>
    </context>
    <context>
        <name>SettingsBackupPanel</name>
        <message>
            <source>Daily backup</source>
            <translation>Copia diaria</translation>
        </message>
        <message>
            <source>Backup you made</source>
            <translation>Copia que hiciste tú</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
    </context>
    <context>
        <name>SettingsLanguage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The same as my computer</source>
            <translation>El mismo que mi ordenador</translation>
        </message>
        <message>
            <source>Language status</source>
            <translation>Estado del idioma</translation>
        </message>
        <message>
            <source>Workbook will speak this language the next time it starts.</source>
            <translation>Workbook usará este idioma la próxima vez que se abra.</translation>
        </message>
    </context>
    <context>
        <name>SettingsRecoveryKeyDialog</name>
        <message>
            <source>Your passphrase is changed. This workbook's key file was made by an older version of Workbook, so its recovery key couldn't be carried over: here is a new one. The old recovery key now opens only the backups made before today.</source>
            <translation>Tu contraseña ha cambiado. El archivo de clave de este cuaderno lo creó una versión antigua de Workbook, así que su clave de recuperación no se ha podido conservar: aquí tienes una nueva. La clave antigua ahora solo abre las copias de seguridad hechas antes de hoy.</translation>
        </message>
        <message>
            <source>This workbook has a new recovery key. The old one no longer opens it (it still opens backups made before today). If someone may have seen the old one, change your passphrase now too.</source>
            <translation>Este cuaderno tiene una clave de recuperación nueva. La antigua ya no lo abre (sí abre las copias de seguridad hechas antes de hoy). Si alguien ha podido ver la antigua, cambia también tu contraseña ahora.</translation>
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
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Página de ajustes</translation>
        </message>
        <message>
            <source>Crisis support</source>
            <translation>Apoyo en crisis</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Appearance on this computer</source>
            <translation>Aspecto en este ordenador</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Colours: {words}</source>
            <translation>Colores: {words}</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <source>Lock the workbook automatically</source>
            <translation>Bloquear el cuaderno automáticamente</translation>
        </message>
        <message>
            <source>Lock automatically</source>
            <translation>Bloquear solo</translation>
        </message>
        <message>
            <source>You can always lock at once with Ctrl+L. Your work is saved first.</source>
            <translation>Siempre puedes bloquearlo al momento con Ctrl+L. Antes se guarda lo que estás haciendo.</translation>
        </message>
        <message>
            <source>Daily check-in reminder</source>
            <translation>Recordatorio diario para registrar cómo estás</translation>
        </message>
        <message>
            <source>Remind me at</source>
            <translation>Recuérdamelo a las</translation>
        </message>
        <message>
            <source>Remind me to check in each day</source>
            <translation>Recuérdame cada día que registre cómo estoy</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>A quiet notification while Workbook is open, not once today's check-in is done. It never shows anything you wrote.</source>
            <translation>Un aviso discreto mientras Workbook está abierto, que no aparece si ya has hecho el registro de hoy. Nunca muestra nada de lo que has escrito.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Change the passphrase you unlock this workbook with, or replace a lost or seen recovery key.</source>
            <translation>Cambia la contraseña con la que desbloqueas este cuaderno, o sustituye una clave de recuperación perdida o que otra persona haya visto.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar la contraseña…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la contraseña</translation>
        </message>
        <message>
            <source>Passphrase status</source>
            <translation>Estado de la contraseña</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Crear una clave de recuperación nueva…</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Crear una clave de recuperación nueva</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Save a copy of everything you have written as JSON or CSV files. The copy is NOT encrypted.</source>
            <translation>Guarda una copia de todo lo que has escrito en archivos JSON o CSV. La copia NO está cifrada.</translation>
        </message>
        <message>
            <source>Export my data…</source>
            <translation>Exportar mis datos…</translation>
        </message>
        <message>
            <source>Export my data (not encrypted)</source>
            <translation>Exportar mis datos (sin cifrar)</translation>
        </message>
        <message>
            <source>Export for my clinic (FHIR)…</source>
            <translation>Exportar para mi clínica (FHIR)…</translation>
        </message>
        <message>
            <source>Export for my clinic (FHIR, not encrypted)</source>
            <translation>Exportar para mi clínica (FHIR, sin cifrar)</translation>
        </message>
        <message>
            <source>your auto-lock choice</source>
            <translation>tu elección de bloqueo automático</translation>
        </message>
        <message>
            <source>your reminder time</source>
            <translation>la hora de tu recordatorio</translation>
        </message>
        <message>
            <source>Make a new recovery key?</source>
            <extracomment>Settings → "Make a new recovery key…": a lost key, or one someone may have seen.</extracomment>
            <translation>¿Crear una clave de recuperación nueva?</translation>
        </message>
        <message>
            <source>The recovery key you have now will stop opening this workbook (it still opens backups made before today). You'll see the new one once, to print or write down.</source>
            <translation>La clave de recuperación que tienes ahora dejará de abrir este cuaderno (seguirá abriendo las copias de seguridad hechas antes de hoy). Verás la nueva una sola vez, para imprimirla o apuntarla.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Clave de recuperación nueva</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>New recovery key made.</source>
            <translation>Clave de recuperación nueva creada.</translation>
        </message>
        <message>
            <source>your new recovery key</source>
            <translation>tu nueva clave de recuperación</translation>
        </message>
        <message>
            <source>No new recovery key</source>
            <translation>Sin clave de recuperación nueva</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Follow my computer</source>
            <translation>Como mi ordenador</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Never (not recommended)</source>
            <translation>Nunca (no recomendado)</translation>
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>Tras %n minuto sin usarlo</numerusform>
                <numerusform>Tras %n minutos sin usarlo</numerusform>
            </translation>
        </message>
        <message>
            <source>{percent} (normal)</source>
            <translation>{percent} (normal)</translation>
        </message>
    </context>
    <context>
        <name>ShellAbout</name>
        <message>
            <source>the windows, charts and print preview</source>
            <extracomment>(component, licence, why Workbook uses it)</extracomment>
            <translation>las ventanas, los gráficos y la vista previa de impresión</translation>
        </message>
        <message>
            <source>the encrypted workbook file</source>
            <translation>el archivo cifrado del cuaderno</translation>
        </message>
        <message>
            <source>the database inside the workbook file</source>
            <translation>la base de datos dentro del archivo del cuaderno</translation>
        </message>
        <message>
            <source>reading, writing and upgrading the workbook</source>
            <translation>leer, escribir y actualizar el cuaderno</translation>
        </message>
        <message>
            <source>printed worksheets and reports (PDF)</source>
            <translation>las fichas y los informes impresos (PDF)</translation>
        </message>
        <message>
            <source>module text</source>
            <translation>el texto de los módulos</translation>
        </message>
        <message>
            <source>module headers</source>
            <translation>las cabeceras de los módulos</translation>
        </message>
        <message>
            <source>turning your passphrase into a key</source>
            <translation>convertir tu contraseña en una clave</translation>
        </message>
        <message>
            <source>protecting the key with your passphrase</source>
            <translation>proteger la clave con tu contraseña</translation>
        </message>
        <message>
            <source>finding the right folders on each system</source>
            <translation>encontrar las carpetas adecuadas en cada sistema</translation>
        </message>
        <message>
            <source>printed text in many languages</source>
            <translation>el texto impreso en muchos idiomas</translation>
        </message>
        <message>
            <source>Workbook is free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
            <translation>Workbook es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.</translation>
        </message>
        <message>
            <source>Workbook is a companion to care, not a diagnosis or a treatment on its own. Questionnaire results are self-reports to discuss with your clinician.</source>
            <translation>Workbook acompaña a tu tratamiento; no es un diagnóstico ni un tratamiento por sí solo. Los resultados de los cuestionarios son lo que tú cuentas de ti, para comentarlo con tu profesional.</translation>
        </message>
        <message>
            <source>Everything you write stays on this computer, encrypted. Workbook sends nothing anywhere.</source>
            <translation>Todo lo que escribes se queda en este ordenador, cifrado. Workbook no envía nada a ningún sitio.</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Hecho con</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>Para qué se usa</translation>
        </message>
        <message>
            <source>Under the LGPL you may replace the Qt libraries Workbook uses with your own build of them.</source>
            <translation>Según la LGPL, puedes sustituir las bibliotecas Qt que usa Workbook por tu propia compilación de ellas.</translation>
        </message>
    </context>
    <context>
        <name>ShellApp</name>
        <message>
            <source>That program folder can't be found.</source>
            <translation>No se encuentra esa carpeta del programa.</translation>
        </message>
        <message>
            <source>There is no folder at {program_dir}. Check the path and try again, or run Workbook without --program to use the built-in program.</source>
            <translation>No hay ninguna carpeta en {program_dir}. Revisa la ruta y vuelve a intentarlo, o abre Workbook sin --program para usar el programa incluido.</translation>
        </message>
    </context>
    <context>
        <name>ShellCrash</name>
        <message>
            <source>A short report for the developers was saved in:
{folder}

It contains no words you wrote — only which part of the program failed.</source>
            <translation>Se ha guardado un informe breve para quienes desarrollan Workbook en:
{folder}

No contiene nada de lo que has escrito; solo qué parte del programa ha fallado.</translation>
        </message>
        <message>
            <source>A report could not be saved.</source>
            <translation>No se ha podido guardar un informe.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>Something went wrong inside Workbook. We are sorry.</source>
            <translation>Algo ha fallado dentro de Workbook. Lo sentimos.</translation>
        </message>
        <message>
            <source>Your answers are saved as you go, so you should not have lost anything. You can carry on; if it happens again, close Workbook and open it again.</source>
            <translation>Tus respuestas se guardan sobre la marcha, así que no deberías haber perdido nada. Puedes seguir; si vuelve a pasar, cierra Workbook y ábrelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ShellHelpFallback</name>
        <message>
            <source>If you might act on thoughts of harming yourself, or you are in danger right now, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia) or go to your nearest emergency department.

If you can, tell someone you trust how you are feeling, and stay with them.

You can also contact your doctor, your therapist, or a crisis line in your country.</source>
            <translation>Si crees que podrías hacerte daño, o estás en peligro ahora mismo, llama al número de emergencias de tu zona (112 en Europa, 911 en Norteamérica, 999 en el Reino Unido, 000 en Australia) o ve a las urgencias más cercanas.

Si puedes, cuéntale a alguien de confianza cómo te sientes y quédate con esa persona.

También puedes contactar con tu médico, tu terapeuta o una línea de crisis de tu país.</translation>
        </message>
        <message>
            <source>Need help now?</source>
            <translation>¿Necesitas ayuda ya?</translation>
        </message>
        <message>
            <source>You don't have to go through this alone.</source>
            <translation>No tienes que pasar por esto sin compañía.</translation>
        </message>
    </context>
    <context>
        <name>ShellMenus</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Export my data…</source>
            <translation>&amp;Exportar mis datos…</translation>
        </message>
        <message>
            <source>Export for my &amp;clinic (FHIR)…</source>
            <translation>Exportar para mi &amp;clínica (FHIR)…</translation>
        </message>
        <message>
            <source>Pre&amp;view a module…</source>
            <translation>&amp;Vista previa de un módulo…</translation>
        </message>
        <message>
            <source>Open a module file in a live preview that follows every save</source>
            <translation>Abre un archivo de módulo en una vista previa que se actualiza cada vez que lo guardas</translation>
        </message>
        <message>
            <source>&amp;Add a module pack…</source>
            <translation>&amp;Añadir un paquete de módulos…</translation>
        </message>
        <message>
            <source>Add the modules a clinician sent you as a .wbpack file</source>
            <translation>Añade los módulos que te envió tu profesional en un archivo .wbpack</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Aspecto</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;About Workbook</source>
            <translation>&amp;Acerca de Workbook</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>ShellNavigation</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
    </context>
    <context>
        <name>ShellProgramProblems</name>
        <message>
            <source>… and {remaining} more.</source>
            <extracomment>The dialog lists this many problems; ``workbook check`` shows them all.</extracomment>
            <translation>… y {remaining} más.</translation>
        </message>
        <message>
            <source>This program's module files have mistakes, so Workbook can't show it.</source>
            <translation>Los archivos de módulos de este programa tienen errores, así que Workbook no puede mostrarlo.</translation>
        </message>
        <message>
            <source>Fix the problems listed below and start Workbook again, or run “workbook check FOLDER” to see them all. Your workbook and your answers are safe.</source>
            <translation>Corrige los problemas de abajo y vuelve a abrir Workbook, o ejecuta «workbook check CARPETA» para verlos todos. Tu cuaderno y tus respuestas están a salvo.</translation>
        </message>
        <message>
            <source>Program has mistakes</source>
            <translation>El programa tiene errores</translation>
        </message>
        <message>
            <source>Use the built-in program for now</source>
            <translation>Usar de momento el programa incluido</translation>
        </message>
    </context>
    <context>
        <name>ShellSaveProblem</name>
        <message>
            <source>Try again</source>
            <translation>Volver a intentarlo</translation>
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
            <translation>Una respuesta</translation>
        </message>
        <message>
            <source>A goal</source>
            <translation>Un objetivo</translation>
        </message>
        <message>
            <source>A check-in</source>
            <translation>Un registro diario</translation>
        </message>
        <message>
            <source>A setting</source>
            <translation>Un ajuste</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Synced: sent {sent} change(s), received {received}.</source>
            <translation>Sincronizado: {sent} cambio(s) enviado(s), {received} recibido(s).</translation>
        </message>
        <message>
            <source>{count} file(s) in the sync folder were incomplete or damaged and were skipped; nothing in them was merged.</source>
            <translation>{count} archivo(s) de la carpeta de sincronización estaban incompletos o dañados y se omitieron; no se fusionó nada de ellos.</translation>
        </message>
        <message>
            <source>{count} thing(s) were changed on two computers at once: choose below.</source>
            <translation>{count} cosa(s) se cambiaron en dos ordenadores a la vez: elige abajo.</translation>
        </message>
        <message>
            <source>Sync isn't set up on this computer.</source>
            <translation>La sincronización no está configurada en este ordenador.</translation>
        </message>
        <message>
            <source>Sync folder: {folder}</source>
            <translation>Carpeta de sincronización: {folder}</translation>
        </message>
        <message>
            <source>Last synced: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <source>No changes from another computer have arrived yet.</source>
            <translation>Todavía no han llegado cambios de otro ordenador.</translation>
        </message>
        <message>
            <source>Changes from {name} last arrived: {when}</source>
            <translation>Últimos cambios de {name}: {when}</translation>
        </message>
        <message>
            <source>another computer</source>
            <translation>otro ordenador</translation>
        </message>
        <message>
            <source>(cleared)</source>
            <translation>(borrada)</translation>
        </message>
        <message>
            <source>From {computer}, {when}</source>
            <translation>De {computer}, {when}</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Use this workbook on two computers. Workbook puts encrypted change files in a folder that Syncthing, Nextcloud, Dropbox or a USB stick carries between them; the workbook itself stays on each computer.</source>
            <translation>Usa este cuaderno en dos ordenadores. Workbook deja archivos de cambios cifrados en una carpeta que Syncthing, Nextcloud, Dropbox o una memoria USB lleva de uno a otro; el cuaderno en sí se queda en cada ordenador.</translation>
        </message>
        <message>
            <source>No sync folder chosen</source>
            <translation>No se ha elegido carpeta de sincronización</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Elegir la carpeta de sincronización</translation>
        </message>
        <message>
            <source>This computer's name:</source>
            <translation>Nombre de este ordenador:</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nombre de este ordenador</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync with your other computers now</source>
            <translation>Sincronizar ahora con tus otros ordenadores</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Estado de la sincronización</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Changed on two computers before they synced. Both versions are kept; choose the one to keep everywhere.</source>
            <translation>Cambiado en dos ordenadores antes de sincronizarse. Se guardan las dos versiones; elige la que quieres conservar en todos.</translation>
        </message>
        <message>
            <source>Keep this</source>
            <translation>Conservar esta</translation>
        </message>
        <message>
            <source>Keep this version: {words}</source>
            <translation>Conservar esta versión: {words}</translation>
        </message>
        <message>
            <source>your sync folder</source>
            <translation>tu carpeta de sincronización</translation>
        </message>
        <message>
            <source>a sync</source>
            <translation>una sincronización</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>tu elección</translation>
        </message>
        <message>
            <source>Kept. Your other computers show it after their next sync.</source>
            <translation>Conservada. Tus otros ordenadores la mostrarán tras su próxima sincronización.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Contraseña nueva</translation>
        </message>
        <message>
            <source>The passphrase set on your other computer:</source>
            <translation>La contraseña que pusiste en tu otro ordenador:</translation>
        </message>
        <message>
            <source>the new passphrase</source>
            <translation>la contraseña nueva</translation>
        </message>
    </context>
    <context>
        <name>SyncScheduler</name>
        <message>
            <source>a sync</source>
            <translation>una sincronización</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
    </context>
    <context>
        <name>WriteOp</name>
        <message>
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
    </context>
</TS>
