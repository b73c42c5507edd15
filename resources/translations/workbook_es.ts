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
        <name>AnswerWords</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{value} on a scale of {low} to {high}</source>
            <translation>{value} en una escala de {low} a {high}</translation>
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
        <name>Change</name>
        <message>
            <source>reliable recovery</source>
            <translation>recuperación fiable</translation>
        </message>
        <message>
            <source>recovery (not reliable)</source>
            <translation>recuperación (no fiable)</translation>
        </message>
        <message>
            <source>not recovered (still in the clinical range)</source>
            <translation>sin recuperación (sigue en el rango clínico)</translation>
        </message>
        <message>
            <source>recovery not applicable (the first score was not in the clinical range)</source>
            <translation>la recuperación no se aplica (la primera puntuación no estaba en el rango clínico)</translation>
        </message>
        <message>
            <source>Reliable recovery</source>
            <translation>Recuperación fiable</translation>
        </message>
        <message>
            <source>Recovery (not reliable)</source>
            <translation>Recuperación (no fiable)</translation>
        </message>
        <message>
            <source>Not recovered</source>
            <translation>Sin recuperación</translation>
        </message>
        <message>
            <source>Not applicable (not a case at first)</source>
            <translation>No se aplica (al principio no era un caso)</translation>
        </message>
        <message>
            <source>Reliable improvement</source>
            <translation>Mejora fiable</translation>
        </message>
        <message>
            <source>Reliable deterioration</source>
            <translation>Empeoramiento fiable</translation>
        </message>
        <message>
            <source>No reliable change</source>
            <translation>Sin cambio fiable</translation>
        </message>
        <message>
            <source>up 1 point</source>
            <translation>sube 1 punto</translation>
        </message>
        <message>
            <source>up {points} points</source>
            <translation>sube {points} puntos</translation>
        </message>
        <message>
            <source>down 1 point</source>
            <translation>baja 1 punto</translation>
        </message>
        <message>
            <source>down {points} points</source>
            <translation>baja {points} puntos</translation>
        </message>
        <message>
            <source>No change {span}</source>
            <translation>Sin cambios {span}</translation>
        </message>
        <message>
            <source>{category}: {moved} {span}</source>
            <translation>{category}: {moved} {span}</translation>
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
            <translation>Tu clave de recuperación seguirá sirviendo. El cuaderno se vuelve a cifrar: las copias antiguas de su archivo de clave dejan de abrirlo, y las copias de seguridad conservan su contraseña.</translation>
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
        <name>CheckinCard</name>
        <message>
            <source>Today's check-in</source>
            <translation>Tu registro de hoy</translation>
        </message>
        <message>
            <source>Check-in status</source>
            <translation>Estado del registro</translation>
        </message>
        <message>
            <source>One line about today (optional)</source>
            <translation>Una línea sobre hoy (si quieres)</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>Una línea sobre hoy</translation>
        </message>
        <message>
            <source>Save check-in</source>
            <translation>Guardar el registro</translation>
        </message>
        <message>
            <source>Change today's check-in</source>
            <translation>Cambiar el registro de hoy</translation>
        </message>
        <message>
            <source>Done for today — {ratings}. Well done.</source>
            <translation>Hecho por hoy: {ratings}. ¡Bien hecho!</translation>
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
            <translation>{label}, de 0 ({low}) a 10 ({high})</translation>
        </message>
    </context>
    <context>
        <name>ClinicExportDialog</name>
        <message>
            <source>Export for my clinic (FHIR)</source>
            <translation>Exportar para mi centro (FHIR)</translation>
        </message>
        <message>
            <source>Share your results with your clinic</source>
            <translation>Comparte tus resultados con tu centro</translation>
        </message>
        <message>
            <source>One file in FHIR, the format clinics' health record systems read. Give it to your clinic the way they ask, never by ordinary email.</source>
            <translation>Un archivo en FHIR, el formato que leen los sistemas de historia clínica. Entrégalo a tu centro como te lo pidan, nunca por correo electrónico normal.</translation>
        </message>
        <message>
            <source>The exported file is NOT encrypted.</source>
            <translation>El archivo exportado NO está cifrado.</translation>
        </message>
        <message>
            <source>Questionnaire scores only</source>
            <translation>Solo las puntuaciones de los cuestionarios</translation>
        </message>
        <message>
            <source>Everything I have finished, answers in full</source>
            <translation>Todo lo que he terminado, con las respuestas completas</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <source>Dates to include</source>
            <translation>Fechas que incluir</translation>
        </message>
        <message>
            <source>Put my name on it</source>
            <translation>Poner mi nombre</translation>
        </message>
        <message>
            <source>Put my name on the export</source>
            <translation>Poner mi nombre en la exportación</translation>
        </message>
        <message>
            <source>Your name, as your clinic knows it</source>
            <translation>Tu nombre, tal como lo conoce tu centro</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <source>I understand, choose where to save…</source>
            <translation>Entendido, elegir dónde guardar…</translation>
        </message>
        <message>
            <source>I understand the export is not encrypted; choose where to save</source>
            <translation>Entiendo que la exportación no está cifrada; elegir dónde guardar</translation>
        </message>
        <message>
            <source>Export for my clinic</source>
            <translation>Exportar para mi centro</translation>
        </message>
        <message>
            <source>for my clinic.fhir.json</source>
            <translation>para mi centro.fhir.json</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json)</source>
            <translation>Archivos JSON de FHIR (*.json)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>your export for the clinic</source>
            <translation>tu exportación para el centro</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n questionnaire(s) to {target}. Remember: it is not encrypted.</source>
            <translation>
                <numerusform>Se ha exportado %n cuestionario a {target}. Recuerda: no está cifrado.</numerusform>
                <numerusform>Se han exportado %n cuestionarios a {target}. Recuerda: no está cifrado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnPage</name>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Comparison page</source>
            <translation>Página de comparación</translation>
        </message>
        <message>
            <source>Comparing two entries — {title}</source>
            <translation>Comparar dos entradas: {title}</translation>
        </message>
        <message>
            <source>Answers that changed are shaded in the right-hand column.</source>
            <translation>Las respuestas que cambiaron aparecen sombreadas en la columna de la derecha.</translation>
        </message>
        <message>
            <source>Comparison of two entries</source>
            <translation>Comparación de dos entradas</translation>
        </message>
        <message>
            <source>Back to past entries</source>
            <translation>Volver a las entradas anteriores</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>My workbook</source>
            <translation>Mi cuaderno</translation>
        </message>
        <message>
            <source>Workbook name</source>
            <translation>Nombre del cuaderno</translation>
        </message>
        <message>
            <source>Create your workbook</source>
            <translation>Crea tu cuaderno</translation>
        </message>
        <message>
            <source>&amp;Name (only you see it)</source>
            <translation>&amp;Nombre (solo lo ves tú)</translation>
        </message>
        <message>
            <source>Create workbook</source>
            <translation>Crear el cuaderno</translation>
        </message>
        <message>
            <source>Creating your workbook and locking it with your passphrase…</source>
            <translation>Creando tu cuaderno y cerrándolo con tu contraseña…</translation>
        </message>
    </context>
    <context>
        <name>Crisis</name>
        <message>
            <source>Text {keyword} to {number}</source>
            <translation>Envía {keyword} por SMS al {number}</translation>
        </message>
        <message>
            <source>Text {number}</source>
            <translation>SMS al {number}</translation>
        </message>
        <message>
            <source>your local emergency number</source>
            <translation>número de emergencias de tu zona</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
    </context>
    <context>
        <name>CrisisContacts</name>
        <message>
            <source>Open crisis lines and my safety plan</source>
            <translation>Abrir las líneas de crisis y mi plan de seguridad</translation>
        </message>
        <message>
            <source>Opens the Need help now panel</source>
            <translation>Abre el panel «¿Necesitas ayuda ya?»</translation>
        </message>
    </context>
    <context>
        <name>CrisisContactsEditor</name>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Country for crisis lines</source>
            <translation>País de las líneas de crisis</translation>
        </message>
        <message>
            <source>Crisis lines shown for this country</source>
            <translation>Líneas de crisis que se muestran para este país</translation>
        </message>
        <message>
            <source>People you choose</source>
            <translation>Personas que eliges</translation>
        </message>
        <message>
            <source>Shown in Need help now, beside the crisis lines: a friend, a relative, your care team.</source>
            <translation>Aparecen en «¿Necesitas ayuda ya?», junto a las líneas de crisis: una amistad, un familiar, tu equipo de atención.</translation>
        </message>
        <message>
            <source>Your crisis contacts</source>
            <translation>Tus contactos para momentos de crisis</translation>
        </message>
        <message>
            <source>Note: when to call them, or who they are</source>
            <translation>Nota: cuándo llamarles o quiénes son</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Add a crisis contact</source>
            <translation>Añadir un contacto para momentos de crisis</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen crisis contact</source>
            <translation>Quitar el contacto elegido</translation>
        </message>
        <message>
            <source>emergency {number}</source>
            <translation>emergencias {number}</translation>
        </message>
        <message>
            <source>Need help now shows: {lines}.</source>
            <translation>«¿Necesitas ayuda ya?» muestra: {lines}.</translation>
        </message>
        <message>
            <source>your crisis contacts</source>
            <translation>tus contactos para momentos de crisis</translation>
        </message>
        <message>
            <source>your crisis-line country</source>
            <translation>el país de tus líneas de crisis</translation>
        </message>
    </context>
    <context>
        <name>DateFormats</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May (short)</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>{month} {day}, {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{month} {day}</source>
            <translation>{day} de {month}</translation>
        </message>
        <message>
            <source>{weekday}, {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <translation>{day} de {month}</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
    </context>
    <context>
        <name>DueMeasure</name>
        <message>
            <source>Due today</source>
            <translation>Toca hoy</translation>
        </message>
        <message>
            <source>Due since {date}</source>
            <translation>Tocaba desde el {date}</translation>
        </message>
        <message>
            <source>{when} — last done {date}</source>
            <translation>{when}; la última vez fue el {date}</translation>
        </message>
    </context>
    <context>
        <name>EntrySession</name>
        <message>
            <source>your answers in {title}</source>
            <translation>tus respuestas en «{title}»</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>{title}, page</source>
            <translation>{title}, página</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Finished {date_in_words}. You are looking at your answers; choose “Edit these answers” to change them.</source>
            <translation>Terminado el {date_in_words}. Estás viendo tus respuestas; elige «Editar estas respuestas» para cambiarlas.</translation>
        </message>
        <message>
            <source>You are looking at a draft.</source>
            <translation>Estás viendo un borrador.</translation>
        </message>
        <message>
            <source>You are changing a finished entry. Your earlier answers are kept.</source>
            <translation>Estás cambiando una entrada terminada. Tus respuestas anteriores se conservan.</translation>
        </message>
        <message>
            <source>Your answers are saved as you go.</source>
            <translation>Tus respuestas se guardan sobre la marcha.</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Page {page} of {page_count}</source>
            <translation>Página {page} de {page_count}</translation>
        </message>
        <message numerus="yes">
            <source> · All %n questions answered</source>
            <translation>
                <numerusform> · %n pregunta respondida</numerusform>
                <numerusform> · Las %n preguntas respondidas</numerusform>
            </translation>
        </message>
        <message>
            <source> · Question {number} of {count}</source>
            <translation> · Pregunta {number} de {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) on this page need a look before you go on.</source>
            <translation>
                <numerusform>Hay %n respuesta en esta página que conviene revisar antes de seguir.</numerusform>
                <numerusform>Hay %n respuestas en esta página que conviene revisar antes de seguir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes saved at {stamp}.</source>
            <translation>Cambios guardados a las {stamp}.</translation>
        </message>
        <message>
            <source>Draft saved at {stamp}.</source>
            <translation>Borrador guardado a las {stamp}.</translation>
        </message>
        <message>
            <source>Not saved yet. Your answers are still here.</source>
            <translation>Aún sin guardar. Tus respuestas siguen aquí.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>This export is NOT encrypted. Anyone who can read these files can read what you wrote. Keep them somewhere private and delete them when you no longer need them.</source>
            <translation>Esta exportación NO está cifrada. Cualquiera que pueda leer estos archivos puede leer lo que escribiste. Guárdalos en un sitio privado y bórralos cuando ya no los necesites.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export my data</source>
            <translation>Exportar mis datos</translation>
        </message>
        <message>
            <source>Export everything you have written</source>
            <translation>Exporta todo lo que has escrito</translation>
        </message>
        <message>
            <source>The exported files are NOT encrypted.</source>
            <translation>Los archivos exportados NO están cifrados.</translation>
        </message>
        <message>
            <source>One JSON file (complete, for another program)</source>
            <translation>Un archivo JSON (completo, para otro programa)</translation>
        </message>
        <message>
            <source>A folder of CSV files (for a spreadsheet)</source>
            <translation>Una carpeta de archivos CSV (para una hoja de cálculo)</translation>
        </message>
        <message>
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <source>I understand, choose where to save…</source>
            <translation>Entendido, elegir dónde guardar…</translation>
        </message>
        <message>
            <source>I understand the export is not encrypted; choose where to save</source>
            <translation>Entiendo que la exportación no está cifrada; elegir dónde guardar</translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exportar como JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Choose a folder for the CSV files</source>
            <translation>Elige una carpeta para los archivos CSV</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>Exported to {target}. Remember: it is not encrypted.</source>
            <translation>Exportado a {target}. Recuerda: no está cifrado.</translation>
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
            <translation>Tu cuaderno está bloqueado, así que esto aún no se ha guardado.</translation>
        </message>
        <message>
            <source>It is kept until you unlock; then it is saved.</source>
            <translation>Se conserva hasta que desbloquees; entonces se guarda.</translation>
        </message>
        <message>
            <source>Something went wrong with this workbook.</source>
            <translation>Algo ha fallado con este cuaderno.</translation>
        </message>
        <message>
            <source>Nothing was changed. Please try again.</source>
            <translation>No se ha cambiado nada. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>That passphrase doesn't open this workbook.</source>
            <translation>Esa contraseña no abre este cuaderno.</translation>
        </message>
        <message>
            <source>Check Caps Lock and try again. If you have forgotten it, use your recovery key to set a new passphrase.</source>
            <translation>Comprueba el Bloq Mayús y vuelve a intentarlo. Si la has olvidado, usa tu clave de recuperación para poner una contraseña nueva.</translation>
        </message>
        <message>
            <source>That recovery key doesn't open this workbook.</source>
            <translation>Esa clave de recuperación no abre este cuaderno.</translation>
        </message>
        <message>
            <source>Check that this is the recovery key printed for this workbook, and compare it group by group.</source>
            <translation>Comprueba que es la clave de recuperación que imprimiste para este cuaderno y compárala grupo a grupo.</translation>
        </message>
        <message>
            <source>That recovery key has a typo in it.</source>
            <translation>Esa clave de recuperación tiene una errata.</translation>
        </message>
        <message>
            <source>Recovery keys are groups of letters and digits separated by dashes. Check each group against the printed sheet; nothing was changed.</source>
            <translation>Las claves de recuperación son grupos de letras y cifras separados por guiones. Compara cada grupo con la hoja impresa; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>That passphrase can't be used.</source>
            <translation>Esa contraseña no se puede usar.</translation>
        </message>
        <message>
            <source>Choose a passphrase with at least one character; a short sentence works well.</source>
            <translation>Elige una contraseña de al menos un carácter; una frase corta funciona bien.</translation>
        </message>
        <message>
            <source>This file isn't a Workbook workbook.</source>
            <translation>Este archivo no es un cuaderno de Workbook.</translation>
        </message>
        <message>
            <source>Nothing was changed. Choose the folder of a workbook made by Workbook.</source>
            <translation>No se ha cambiado nada. Elige la carpeta de un cuaderno creado con Workbook.</translation>
        </message>
        <message>
            <source>This workbook is damaged and can't be opened safely.</source>
            <translation>Este cuaderno está dañado y no se puede abrir con seguridad.</translation>
        </message>
        <message>
            <source>Nothing was changed. Restore a backup to get your writing back.</source>
            <translation>No se ha cambiado nada. Restaura una copia de seguridad para recuperar lo que escribiste.</translation>
        </message>
        <message>
            <source>Nothing was changed. Restore the backup from {when} ({name}) to get your writing back up to that day.</source>
            <translation>No se ha cambiado nada. Restaura la copia del {when} ({name}) para recuperar lo que escribiste hasta ese día.</translation>
        </message>
        <message>
            <source>This workbook was saved by a newer version of Workbook.</source>
            <translation>Este cuaderno se guardó con una versión más nueva de Workbook.</translation>
        </message>
        <message>
            <source>Nothing was changed. Install the newest Workbook to open it.</source>
            <translation>No se ha cambiado nada. Instala la versión más reciente de Workbook para abrirlo.</translation>
        </message>
        <message>
            <source>This workbook is already open in another window.</source>
            <translation>Este cuaderno ya está abierto en otra ventana.</translation>
        </message>
        <message>
            <source>Switch to that window, or close it and try again.</source>
            <translation>Ve a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Your latest changes couldn't be saved.</source>
            <translation>No se han podido guardar tus últimos cambios.</translation>
        </message>
        <message>
            <source>What you wrote is still on screen and nothing saved earlier was lost. Free some disk space or check the workbook's folder can be written to, then save again.</source>
            <translation>Lo que escribiste sigue en la pantalla y no se ha perdido nada de lo guardado antes. Libera espacio en el disco o comprueba que se puede escribir en la carpeta del cuaderno, y vuelve a guardar.</translation>
        </message>
        <message>
            <source>Your workbook isn't damaged and nothing saved in it was lost.</source>
            <translation>Tu cuaderno no está dañado y no se ha perdido nada de lo guardado.</translation>
        </message>
        <message>
            <source>What you wrote is still on screen and nothing saved earlier was lost.</source>
            <translation>Lo que escribiste sigue en la pantalla y no se ha perdido nada de lo guardado antes.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Vuelve a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <source>The disk this workbook is on is full.</source>
            <translation>El disco donde está este cuaderno está lleno.</translation>
        </message>
        <message>
            <source>Free some disk space (empty the bin, move or delete large files), then try again.</source>
            <translation>Libera espacio en el disco (vacía la papelera, mueve o borra archivos grandes) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Workbook isn't allowed to write in this workbook's folder: it is read-only, or its permissions don't allow it.</source>
            <translation>Workbook no tiene permiso para escribir en la carpeta de este cuaderno: es de solo lectura o sus permisos no lo permiten.</translation>
        </message>
        <message>
            <source>Check the folder's permissions, or that the disk or USB stick isn't set to read-only, then try again.</source>
            <translation>Revisa los permisos de la carpeta, o que el disco o la memoria USB no esté en modo de solo lectura, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Another program is using this workbook's database file right now.</source>
            <translation>Otro programa está usando ahora mismo el archivo de base de datos de este cuaderno.</translation>
        </message>
        <message>
            <source>Close the other program (for example a database viewer, or a backup or sync tool still copying it), then try again.</source>
            <translation>Cierra ese otro programa (por ejemplo, un visor de bases de datos o una herramienta de copia o sincronización que aún lo esté copiando) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The disk reported an error while Workbook was reading or writing this workbook.</source>
            <translation>El disco ha dado un error mientras Workbook leía o escribía este cuaderno.</translation>
        </message>
        <message>
            <source>Check that the disk or USB stick is still connected, then try again. If it keeps happening, copy the whole workbook folder to another disk.</source>
            <translation>Comprueba que el disco o la memoria USB sigue conectado y vuelve a intentarlo. Si sigue pasando, copia la carpeta entera del cuaderno a otro disco.</translation>
        </message>
        <message>
            <source>That item isn't in this workbook.</source>
            <translation>Ese elemento no está en este cuaderno.</translation>
        </message>
        <message>
            <source>It may have been restored away from a backup. Refresh and try again.</source>
            <translation>Puede que haya desaparecido al restaurar una copia de seguridad. Actualiza y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>This workbook's key file is damaged, so it can't be opened.</source>
            <translation>El archivo de clave de este cuaderno está dañado, así que no se puede abrir.</translation>
        </message>
        <message>
            <source>Nothing was changed. Restore a backup; each backup carries its own key file.</source>
            <translation>No se ha cambiado nada. Restaura una copia de seguridad; cada copia lleva su propio archivo de clave.</translation>
        </message>
        <message>
            <source>That passphrase opens this key file, but not the workbook beside it: the key file is an old copy, from before a passphrase change or from a backup.</source>
            <translation>Esa contraseña abre este archivo de clave, pero no el cuaderno que está a su lado: el archivo de clave es una copia antigua, de antes de un cambio de contraseña o de una copia de seguridad.</translation>
        </message>
        <message>
            <source>Nothing was changed. Put the workbook's own key file back and use the passphrase set most recently, or your recovery key.</source>
            <translation>No se ha cambiado nada. Vuelve a poner el archivo de clave del propio cuaderno y usa la última contraseña que pusiste, o tu clave de recuperación.</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <source>required</source>
            <translation>obligatoria</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Obligatoria.</translation>
        </message>
    </context>
    <context>
        <name>FieldsDateTimeFields</name>
        <message>
            <source>Choose a date</source>
            <translation>Elegir una fecha</translation>
        </message>
        <message>
            <source>Choose a time</source>
            <translation>Elegir una hora</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>Goal problem</source>
            <translation>Problema con la meta</translation>
        </message>
        <message>
            <source>Where this goal is now</source>
            <translation>En qué punto está esta meta</translation>
        </message>
        <message>
            <source>Where it is now</source>
            <translation>En qué punto está</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Set a target date</source>
            <translation>Poner una fecha objetivo</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Time-bound</source>
            <translation>Con fecha</translation>
        </message>
        <message>
            <source>By when would you like to reach it?</source>
            <translation>¿Para cuándo te gustaría conseguirla?</translation>
        </message>
        <message>
            <source>Give your goal a few words, so you can find it again.</source>
            <translation>Describe tu meta en pocas palabras, para poder encontrarla después.</translation>
        </message>
    </context>
    <context>
        <name>GoalReview</name>
        <message>
            <source>Working on it</source>
            <translation>En ello</translation>
        </message>
        <message>
            <source>Reached it</source>
            <translation>Conseguida</translation>
        </message>
        <message>
            <source>Resting for now</source>
            <translation>En pausa por ahora</translation>
        </message>
        <message>
            <source>Let go</source>
            <translation>La dejo ir</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Qué ayudó</translation>
        </message>
        <message>
            <source>What got in the way</source>
            <translation>Qué lo puso difícil</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Target date is today</source>
            <translation>La fecha objetivo es hoy</translation>
        </message>
        <message>
            <source>Target date was {date}</source>
            <translation>La fecha objetivo era el {date}</translation>
        </message>
        <message numerus="yes">
            <source>Last reviewed — %n day(s) ago</source>
            <translation>
                <numerusform>Última revisión: hace %n día</numerusform>
                <numerusform>Última revisión: hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not reviewed yet — %n day(s) ago</source>
            <translation>
                <numerusform>Sin revisar aún: hace %n día</numerusform>
                <numerusform>Sin revisar aún: hace %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoalReviewDialog</name>
        <message>
            <source>Look back at a goal</source>
            <translation>Repasar una meta</translation>
        </message>
        <message>
            <source>Goal review</source>
            <translation>Repaso de la meta</translation>
        </message>
        <message>
            <source>This is not about passing or failing. Any step counts, and so does noticing what got in the way.</source>
            <translation>No se trata de aprobar o suspender. Cualquier paso cuenta, y también darte cuenta de lo que lo puso difícil.</translation>
        </message>
        <message>
            <source>Day of this review</source>
            <translation>Día de este repaso</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>How far along it feels, 0 to 10</source>
            <translation>Cuánto sientes que has avanzado, de 0 a 10</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Conseguido</translation>
        </message>
        <message>
            <source>How far along?</source>
            <translation>¿Cuánto has avanzado?</translation>
        </message>
        <message>
            <source>What helped, even a little?</source>
            <translation>¿Qué te ayudó, aunque fuera un poco?</translation>
        </message>
        <message>
            <source>What got in the way?</source>
            <translation>¿Qué lo puso difícil?</translation>
        </message>
        <message>
            <source>What is your next step, and when?</source>
            <translation>¿Cuál es tu siguiente paso, y cuándo?</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Qué ayudó</translation>
        </message>
        <message>
            <source>What got in the way</source>
            <translation>Qué lo puso difícil</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Where this goal is now</source>
            <translation>En qué punto está esta meta</translation>
        </message>
        <message>
            <source>Where it is now</source>
            <translation>En qué punto está</translation>
        </message>
        <message>
            <source>Save review</source>
            <translation>Guardar el repaso</translation>
        </message>
    </context>
    <context>
        <name>GoalsDueCard</name>
        <message>
            <source>Goals to look at</source>
            <translation>Metas para repasar</translation>
        </message>
        <message>
            <source>Nothing due for review.</source>
            <translation>No hay nada pendiente de repasar.</translation>
        </message>
        <message>
            <source>No goals yet. Setting one small, clear goal is a good early step.</source>
            <translation>Aún no tienes metas. Ponerte una meta pequeña y clara es un buen primer paso.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Repasar</translation>
        </message>
    </context>
    <context>
        <name>GoalsEditor</name>
        <message>
            <source>My goal, in a few words</source>
            <translation>Mi meta, en pocas palabras</translation>
        </message>
        <message>
            <source>Something you can find again at a glance.</source>
            <translation>Algo que puedas reconocer de un vistazo.</translation>
        </message>
        <message>
            <source>Specific</source>
            <translation>Concreta</translation>
        </message>
        <message>
            <source>What exactly will you do, where and with whom?</source>
            <translation>¿Qué vas a hacer exactamente, dónde y con quién?</translation>
        </message>
        <message>
            <source>Measurable</source>
            <translation>Medible</translation>
        </message>
        <message>
            <source>How will you know you have done it?</source>
            <translation>¿Cómo sabrás que lo has hecho?</translation>
        </message>
        <message>
            <source>Achievable</source>
            <translation>Alcanzable</translation>
        </message>
        <message>
            <source>Why is this realistic with the time and energy you have now?</source>
            <translation>¿Por qué es realista con el tiempo y la energía que tienes ahora?</translation>
        </message>
        <message>
            <source>Relevant</source>
            <translation>Importante para ti</translation>
        </message>
        <message>
            <source>Why does this matter to you?</source>
            <translation>¿Por qué te importa?</translation>
        </message>
        <message>
            <source>First step</source>
            <translation>Primer paso</translation>
        </message>
        <message>
            <source>Something tiny you could do today or tomorrow.</source>
            <translation>Algo muy pequeño que puedas hacer hoy o mañana.</translation>
        </message>
        <message>
            <source>What might get in the way</source>
            <translation>Qué podría ponerlo difícil</translation>
        </message>
        <message>
            <source>Low energy, other people, old habits…</source>
            <translation>Poca energía, otras personas, viejas costumbres…</translation>
        </message>
        <message>
            <source>If that happens, I will…</source>
            <translation>Si eso pasa, yo…</translation>
        </message>
        <message>
            <source>An if-then plan: if it rains, then I walk indoors.</source>
            <translation>Un plan «si… entonces»: si llueve, entonces camino bajo techo.</translation>
        </message>
    </context>
    <context>
        <name>GoalsScreen</name>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nueva meta</translation>
        </message>
        <message>
            <source>Start a new goal</source>
            <translation>Empezar una meta nueva</translation>
        </message>
        <message>
            <source>Set a goal step by step…</source>
            <translation>Meta paso a paso…</translation>
        </message>
        <message>
            <source>Open the SMART goal module</source>
            <translation>Abrir el módulo de metas SMART</translation>
        </message>
        <message>
            <source>Your goals</source>
            <translation>Tus metas</translation>
        </message>
        <message>
            <source>Goals you set appear here. Start with something small and clear: “walk for ten minutes after lunch on three days this week”.</source>
            <translation>Aquí aparecen las metas que te pongas. Empieza por algo pequeño y claro: «caminar diez minutos después de comer tres días esta semana».</translation>
        </message>
        <message>
            <source>Goal details</source>
            <translation>Detalles de la meta</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>Guardar la meta</translation>
        </message>
        <message>
            <source>Save this goal</source>
            <translation>Guardar esta meta</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Repasos</translation>
        </message>
        <message>
            <source>Look back at this goal…</source>
            <translation>Repasar esta meta…</translation>
        </message>
        <message>
            <source>Add a review of this goal</source>
            <translation>Añadir un repaso de esta meta</translation>
        </message>
        <message>
            <source>Save the goal first; then you can look back at it.</source>
            <translation>Guarda primero la meta; después podrás repasarla.</translation>
        </message>
        <message>
            <source>No reviews yet. A week or so in is a good time.</source>
            <translation>Aún no hay repasos. Pasada una semana más o menos es un buen momento.</translation>
        </message>
        <message>
            <source> · {progress} / 10 along</source>
            <translation> · avance {progress} de 10</translation>
        </message>
        <message>
            <source>your goal “{value}”</source>
            <translation>tu meta «{value}»</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Aún sin guardar.</translation>
        </message>
        <message>
            <source>your look back at a goal</source>
            <translation>tu repaso de una meta</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <source>{words} · time for a review</source>
            <translation>{words} · toca repasarla</translation>
        </message>
        <message>
            <source>{words} · by {date_in_words}</source>
            <translation>{words} · para el {date_in_words}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Past entries — {title}</source>
            <translation>Entradas anteriores: {title}</translation>
        </message>
        <message>
            <source>Open an entry to read it, or change it (your earlier answers are kept). Tick two entries to compare them side by side.</source>
            <translation>Abre una entrada para leerla o cambiarla (tus respuestas anteriores se conservan). Marca dos entradas para compararlas una al lado de la otra.</translation>
        </message>
        <message>
            <source>Past entries</source>
            <translation>Entradas anteriores</translation>
        </message>
        <message>
            <source>Back to the module</source>
            <translation>Volver al módulo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambiar</translation>
        </message>
        <message>
            <source>Change this entry</source>
            <translation>Cambiar esta entrada</translation>
        </message>
        <message>
            <source>Compare the two ticked</source>
            <translation>Comparar las dos marcadas</translation>
        </message>
        <message>
            <source>Nothing here yet. Entries appear once you start this module.</source>
            <translation>Aquí aún no hay nada. Las entradas aparecen cuando empiezas este módulo.</translation>
        </message>
    </context>
    <context>
        <name>HomeCards</name>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
    </context>
    <context>
        <name>HomeCheckin</name>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Very low</source>
            <translation>Muy bajo</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Muy bueno</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>Ansiedad</translation>
        </message>
        <message>
            <source>Calm</source>
            <translation>Tranquilidad</translation>
        </message>
        <message>
            <source>Extremely anxious</source>
            <translation>Muchísima ansiedad</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sueño anoche</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Muy malo</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>None at all</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Mucha</translation>
        </message>
        <message>
            <source>How are you today? Go with your first answer; skip any you'd rather not rate.</source>
            <translation>¿Cómo estás hoy? Quédate con lo primero que te salga; sáltate lo que prefieras no puntuar.</translation>
        </message>
        <message>
            <source>Pick a number on at least one line (or write a line) before saving.</source>
            <translation>Elige un número en al menos una fila (o escribe una línea) antes de guardar.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>today's check-in</source>
            <translation>el registro de hoy</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>Buenas tardes</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>Buenas noches</translation>
        </message>
    </context>
    <context>
        <name>JoinPage</name>
        <message>
            <source>Already use Workbook on another computer with sync set up? Choose the sync folder here (once your sync tool has copied it to this computer) and type the same passphrase. This computer gets its own copy, and from then on the two stay in step.</source>
            <translation>¿Ya usas Workbook en otro ordenador con la sincronización configurada? Elige aquí la carpeta de sincronización (cuando tu herramienta de sincronización la haya copiado a este ordenador) y escribe la misma contraseña. Este ordenador tendrá su propia copia y desde entonces los dos irán a la par.</translation>
        </message>
        <message>
            <source>Join from another computer</source>
            <translation>Unirse desde otro ordenador</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <source>The folder Syncthing (or similar) keeps in step</source>
            <translation>La carpeta que Syncthing (o similar) mantiene a la par</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Elegir la carpeta de sincronización</translation>
        </message>
        <message>
            <source>Sync &amp;folder</source>
            <translation>&amp;Carpeta de sincronización</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Nombre de este ordenador</translation>
        </message>
        <message>
            <source>This computer's &amp;name</source>
            <translation>&amp;Nombre de este ordenador</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Contraseña o clave de recuperación</translation>
        </message>
        <message>
            <source>The passphrase you use on the other computer</source>
            <translation>La contraseña que usas en el otro ordenador</translation>
        </message>
        <message>
            <source>&amp;Passphrase (or recovery key)</source>
            <translation>C&amp;ontraseña (o clave de recuperación)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Join and open</source>
            <translation>Unirse y abrir</translation>
        </message>
        <message>
            <source>Joining: opening the key file and reading the change files…</source>
            <translation>Uniéndose: abriendo el archivo de clave y leyendo los archivos de cambios…</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <source>Add {item}</source>
            <translation>Añadir: {item}</translation>
        </message>
        <message>
            <source>Remove {item} {number}</source>
            <translation>Quitar {item} {number}</translation>
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
        <name>MeasureSeries</name>
        <message numerus="yes">
            <source>%n result(s); latest {score}{band} on {date}</source>
            <translation>
                <numerusform>%n resultado; el último, {score}{band}, el {date}</numerusform>
                <numerusform>%n resultados; el último, {score}{band}, el {date}</numerusform>
            </translation>
        </message>
        <message>
            <source> Risk answers: </source>
            <translation> Respuestas de riesgo: </translation>
        </message>
    </context>
    <context>
        <name>ModuleHeader</name>
        <message>
            <source>About {estimated_minutes} minutes</source>
            <translation>Unos {estimated_minutes} minutos</translation>
        </message>
        <message>
            <source>Edit these answers</source>
            <translation>Editar estas respuestas</translation>
        </message>
        <message>
            <source>Past entries</source>
            <translation>Entradas anteriores</translation>
        </message>
        <message>
            <source>Print or save…</source>
            <translation>Imprimir o guardar…</translation>
        </message>
        <message>
            <source>Print or save this module as a PDF</source>
            <translation>Imprimir o guardar este módulo como PDF</translation>
        </message>
    </context>
    <context>
        <name>ModuleScreen</name>
        <message>
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <source>Show the list of modules</source>
            <translation>Mostrar la lista de módulos</translation>
        </message>
        <message>
            <source>Choose a module from the list to start or carry on.</source>
            <translation>Elige un módulo de la lista para empezar o seguir.</translation>
        </message>
        <message>
            <source>Suggested for you</source>
            <translation>Te sugerimos</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open {title}</source>
            <translation>Abrir {title}</translation>
        </message>
    </context>
    <context>
        <name>NextSteps</name>
        <message>
            <source>Carry on where you left off.</source>
            <translation>Sigue donde lo dejaste.</translation>
        </message>
        <message>
            <source>Next in your program.</source>
            <translation>Lo siguiente en tu programa.</translation>
        </message>
    </context>
    <context>
        <name>NextStepsCard</name>
        <message>
            <source>Your next step</source>
            <translation>Tu siguiente paso</translation>
        </message>
        <message>
            <source>You have been through every module. Repeat any skill that helps, and keep checking in.</source>
            <translation>Has pasado por todos los módulos. Repite cualquier habilidad que te ayude y sigue haciendo tu registro.</translation>
        </message>
    </context>
    <context>
        <name>NoticeCard</name>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFormPage</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePair</name>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>A short sentence only you would think of</source>
            <translation>Una frase corta que solo se te ocurriría a ti</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Fuerza de la contraseña</translation>
        </message>
        <message>
            <source>How strong the passphrase is</source>
            <translation>Lo fuerte que es la contraseña</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Escribe la contraseña otra vez</translation>
        </message>
        <message>
            <source>Type it &amp;again</source>
            <translation>Escríbela &amp;otra vez</translation>
        </message>
        <message>
            <source>Whether the passphrases match</source>
            <translation>Si las contraseñas coinciden</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>&amp;Mostrar lo que escribo</translation>
        </message>
        <message>
            <source>Show the passphrase while typing</source>
            <translation>Mostrar la contraseña mientras escribo</translation>
        </message>
        <message>
            <source>The two match.</source>
            <translation>Coinciden.</translation>
        </message>
        <message>
            <source>These don't match yet.</source>
            <translation>Todavía no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <source>A short sentence only you would think of works well.</source>
            <translation>Funciona bien una frase corta que solo se te ocurriría a ti.</translation>
        </message>
        <message>
            <source>Easy to guess</source>
            <translation>Fácil de adivinar</translation>
        </message>
        <message>
            <source>Make it longer: four or five ordinary words that don't belong together are much harder to guess than a short word with symbols.</source>
            <translation>Hazla más larga: cuatro o cinco palabras corrientes que no tengan nada que ver entre sí son mucho más difíciles de adivinar que una palabra corta con símbolos.</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <source>Adding another word or two would make it much harder to guess.</source>
            <translation>Añadir una o dos palabras más la haría mucho más difícil de adivinar.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <source>This would take a long time to guess.</source>
            <translation>Costaría mucho tiempo adivinarla.</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <source>This would be very hard to guess. Well chosen.</source>
            <translation>Sería muy difícil de adivinar. Bien elegida.</translation>
        </message>
        <message>
            <source>Please use at least {count} characters.</source>
            <translation>Usa al menos {count} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Your safety plan</source>
            <translation>Tu plan de seguridad</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Preview: {name}</source>
            <translation>Vista previa: {name}</translation>
        </message>
        <message>
            <source>Preview of the module file {name}</source>
            <translation>Vista previa del archivo de módulo {name}</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Estado de la vista previa</translation>
        </message>
        <message>
            <source>Problems in the module file</source>
            <translation>Problemas en el archivo del módulo</translation>
        </message>
        <message>
            <source>Scores and flags for the answers typed in the preview</source>
            <translation>Puntuaciones y avisos para las respuestas escritas en la vista previa</translation>
        </message>
        <message>
            <source>The printed worksheet</source>
            <translation>La ficha impresa</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Puntuaciones</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impresa</translation>
        </message>
        <message>
            <source>{name} is not there just now (moved, deleted or being saved); the preview shows it again as soon as it is back.</source>
            <translation>{name} no está ahora mismo (se ha movido, borrado o se está guardando); la vista previa lo volverá a mostrar en cuanto vuelva.</translation>
        </message>
        <message>
            <source>
The printed worksheet could not be made ({kind}: {exc}).</source>
            <translation>
No se ha podido crear la ficha impresa ({kind}: {exc}).</translation>
        </message>
    </context>
    <context>
        <name>PrintChooser</name>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>What would you like to print?</source>
            <translation>¿Qué te gustaría imprimir?</translation>
        </message>
        <message>
            <source>A progress report to take to my clinician</source>
            <translation>Un informe de progreso para llevar a mi profesional</translation>
        </message>
        <message>
            <source>My safety plan as a card</source>
            <translation>Mi plan de seguridad como tarjeta</translation>
        </message>
        <message>
            <source>A blank worksheet to fill in by hand:</source>
            <translation>Una ficha en blanco para rellenar a mano:</translation>
        </message>
        <message>
            <source>“{name}” with my answers</source>
            <translation>«{name}» con mis respuestas</translation>
        </message>
        <message>
            <source>Which worksheet</source>
            <translation>Qué ficha</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <source>Preparing the PDF…</source>
            <translation>Preparando el PDF…</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Estado de la vista previa</translation>
        </message>
        <message>
            <source>Preview of the pages</source>
            <translation>Vista previa de las páginas</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Make the pages smaller</source>
            <translation>Hacer las páginas más pequeñas</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Make the pages larger</source>
            <translation>Hacer las páginas más grandes</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print these pages</source>
            <translation>Imprimir estas páginas</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save this PDF to a file</source>
            <translation>Guardar este PDF en un archivo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the preview</source>
            <translation>Cerrar la vista previa</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>The PDF could not be made.</source>
            <translation>No se ha podido crear el PDF.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>No se ha podido poner en marcha la impresora.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>PrintingExportDialog</name>
        <message>
            <source>Warning: the export is not encrypted</source>
            <translation>Atención: la exportación no está cifrada</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>That didn't work</source>
            <translation>Eso no ha funcionado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>What you can do</source>
            <translation>Qué puedes hacer</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
    </context>
    <context>
        <name>ProgramCallouts</name>
        <message>
            <source>Tip</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Cuídate</translation>
        </message>
        <message>
            <source>If you need help now</source>
            <translation>Si necesitas ayuda ya</translation>
        </message>
        <message>
            <source>&lt;p&gt;If you are in danger now, call your local emergency number.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Si estás en peligro ahora, llama al número de emergencias de tu zona.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;If you are in danger now, call {number}.&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Si estás en peligro ahora, llama al {number}.&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ProgramEntryView</name>
        <message>
            <source>Every answer checks out: a client would now see their results. Nothing was stored.</source>
            <translation>Todas las respuestas son válidas: ahora la persona vería sus resultados. No se ha guardado nada.</translation>
        </message>
    </context>
    <context>
        <name>ProgramHeader</name>
        <message>
            <source>Blank worksheet to print</source>
            <translation>Ficha en blanco para imprimir</translation>
        </message>
        <message>
            <source>Worksheet to fill in on screen (PDF form)</source>
            <translation>Ficha para rellenar en pantalla (formulario PDF)</translation>
        </message>
        <message>
            <source>With these answers</source>
            <translation>Con estas respuestas</translation>
        </message>
    </context>
    <context>
        <name>ProgramHistoryView</name>
        <message>
            <source>{when} — draft, not finished yet</source>
            <translation>{when}: borrador, aún sin terminar</translation>
        </message>
        <message>
            <source>
⚠ Risk answer: </source>
            <translation>
⚠ Respuesta de riesgo: </translation>
        </message>
    </context>
    <context>
        <name>ProgramOutline</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Sugerido</translation>
        </message>
        <message>
            <source>Program modules</source>
            <translation>Módulos del programa</translation>
        </message>
    </context>
    <context>
        <name>ProgramPageView</name>
        <message>
            <source>All questions on this page need an answer.</source>
            <translation>Todas las preguntas de esta página necesitan respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>All questions on this page need an answer, except %n marked (optional).</source>
            <translation>
                <numerusform>Todas las preguntas de esta página necesitan respuesta, salvo la marcada como (opcional).</numerusform>
                <numerusform>Todas las preguntas de esta página necesitan respuesta, salvo las %n marcadas como (opcional).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramResultsView</name>
        <message>
            <source>This is a self-report, not a diagnosis — talk it through with your clinician.</source>
            <translation>Esto es lo que tú cuentas de ti, no un diagnóstico: coméntalo con tu profesional.</translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>{title} over time, chart</source>
            <translation>{title} a lo largo del tiempo, gráfico</translation>
        </message>
        <message>
            <source>Risk answer</source>
            <translation>Respuesta de riesgo</translation>
        </message>
        <message numerus="yes">
            <source>Daily check-ins from {start} to {end}: %n day(s) recorded.</source>
            <translation>
                <numerusform>Registros diarios del {start} al {end}: %n día registrado.</numerusform>
                <numerusform>Registros diarios del {start} al {end}: %n días registrados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in trends, chart</source>
            <translation>Tendencias de los registros, gráfico</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>{title} results, table</source>
            <translation>Resultados de {title}, tabla</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Check-ins, table</source>
            <translation>Registros, tabla</translation>
        </message>
    </context>
    <context>
        <name>ProgressData</name>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Anxiety</source>
            <translation>Ansiedad</translation>
        </message>
        <message>
            <source>Sleep</source>
            <translation>Sueño</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
    </context>
    <context>
        <name>ProgressScreen</name>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Progress page</source>
            <translation>Página de progreso</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Tu progreso</translation>
        </message>
        <message>
            <source>Print progress report…</source>
            <translation>Imprimir informe de progreso…</translation>
        </message>
        <message>
            <source>Print a progress report</source>
            <translation>Imprimir un informe de progreso</translation>
        </message>
        <message>
            <source>Questionnaire results are self-reports to talk through with your clinician, not a diagnosis.</source>
            <translation>Los resultados de los cuestionarios son lo que tú cuentas de ti, para comentarlo con tu profesional; no son un diagnóstico.</translation>
        </message>
        <message>
            <source>Questionnaires</source>
            <translation>Cuestionarios</translation>
        </message>
        <message>
            <source>When you finish a questionnaire such as the PHQ-9, its results appear here, so you can see how things change over time.</source>
            <translation>Cuando termines un cuestionario, como el PHQ-9, sus resultados aparecerán aquí para que veas cómo cambian las cosas con el tiempo.</translation>
        </message>
        <message>
            <source>{title}: chart or table</source>
            <translation>{title}: gráfico o tabla</translation>
        </message>
        <message>
            <source>Daily check-ins</source>
            <translation>Registros diarios</translation>
        </message>
        <message>
            <source>Check-in period</source>
            <translation>Periodo de los registros</translation>
        </message>
        <message>
            <source>Show {what}</source>
            <translation>Mostrar {what}</translation>
        </message>
        <message>
            <source>Check-ins: chart or table</source>
            <translation>Registros: gráfico o tabla</translation>
        </message>
        <message>
            <source>No check-ins in this period. A daily check-in takes under a minute.</source>
            <translation>No hay registros en este periodo. Un registro diario lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Goals you set appear here with their reviews.</source>
            <translation>Aquí aparecen las metas que te pongas, con sus repasos.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Where it is</source>
            <translation>En qué punto está</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Repasos</translation>
        </message>
        <message>
            <source>Latest progress</source>
            <translation>Último avance</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Último repaso</translation>
        </message>
        <message>
            <source>Modules finished</source>
            <translation>Módulos terminados</translation>
        </message>
        <message>
            <source>Modules you finish are listed here.</source>
            <translation>Aquí aparecen los módulos que termines.</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Módulo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Last finished</source>
            <translation>Terminado por última vez</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>una vez</numerusform>
                <numerusform>%n veces</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
    </context>
    <context>
        <name>ProseView</name>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
    </context>
    <context>
        <name>RecentResultsCard</name>
        <message>
            <source>Recent results</source>
            <translation>Resultados recientes</translation>
        </message>
        <message>
            <source>Results of questionnaires you finish will show here.</source>
            <translation>Aquí se verán los resultados de los cuestionarios que termines.</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
    </context>
    <context>
        <name>RecoverPage</name>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>XXXX-XXXX-XXXX-…</source>
            <translation>XXXX-XXXX-XXXX-…</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation>Usa tu clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Recovery key</source>
            <translation>&amp;Clave de recuperación</translation>
        </message>
        <message>
            <source>Set new passphrase and open</source>
            <translation>Poner una contraseña nueva y abrir</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Contraseña nueva</translation>
        </message>
        <message>
            <source>Opening with your recovery key…</source>
            <translation>Abriendo con tu clave de recuperación…</translation>
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
        <name>RecoveryKeyPage</name>
        <message>
            <source>Keep your recovery key safe</source>
            <translation>Guarda bien tu clave de recuperación</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Tu clave de recuperación</translation>
        </message>
        <message>
            <source>Save or print the recovery sheet…</source>
            <translation>Guardar o imprimir la hoja de recuperación…</translation>
        </message>
        <message>
            <source>I have kept my recovery key somewhere safe</source>
            <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Workbook recovery key.pdf</source>
            <translation>Clave de recuperación de Workbook.pdf</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Print progress report</source>
            <translation>Imprimir un informe de progreso</translation>
        </message>
        <message>
            <source>Progress report choices</source>
            <translation>Opciones del informe de progreso</translation>
        </message>
        <message>
            <source>What should the report include?</source>
            <translation>¿Qué quieres que incluya el informe?</translation>
        </message>
        <message>
            <source>The printed report is not encrypted. Take it to your clinician, or keep it somewhere private.</source>
            <translation>El informe impreso no está cifrado. Llévaselo a tu profesional o guárdalo en un sitio privado.</translation>
        </message>
        <message>
            <source>Questionnaire results only</source>
            <translation>Solo los resultados de los cuestionarios</translation>
        </message>
        <message>
            <source>Questionnaire results and my goals</source>
            <translation>Los resultados de los cuestionarios y mis metas</translation>
        </message>
        <message>
            <source>Results, goals and entries I choose</source>
            <translation>Resultados, metas y las entradas que yo elija</translation>
        </message>
        <message>
            <source>Include my daily check-in trends</source>
            <translation>Incluir las tendencias de mis registros diarios</translation>
        </message>
        <message>
            <source>Include daily check-in trends</source>
            <translation>Incluir las tendencias de los registros diarios</translation>
        </message>
        <message>
            <source>Include my safety and relapse-prevention plans</source>
            <translation>Incluir mis planes de seguridad y de prevención de recaídas</translation>
        </message>
        <message>
            <source>Entries to include</source>
            <translation>Entradas que incluir</translation>
        </message>
        <message>
            <source>Preview report…</source>
            <translation>Vista previa del informe…</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Fechas:</translation>
        </message>
        <message>
            <source>Report dates</source>
            <translation>Fechas del informe</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Las fechas que yo elija</translation>
        </message>
        <message>
            <source>Report from</source>
            <translation>Informe desde</translation>
        </message>
        <message>
            <source>Report to</source>
            <translation>Informe hasta</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriods</name>
        <message>
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <source>The last 4 weeks</source>
            <translation>Las últimas 4 semanas</translation>
        </message>
        <message>
            <source>The last 3 months</source>
            <translation>Los últimos 3 meses</translation>
        </message>
        <message>
            <source>The last 6 months</source>
            <translation>Los últimos 6 meses</translation>
        </message>
        <message>
            <source>The last year</source>
            <translation>El último año</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Your results</source>
            <translation>Tus resultados</translation>
        </message>
        <message>
            <source>Finished — well done</source>
            <translation>Terminado. ¡Bien hecho!</translation>
        </message>
        <message>
            <source>Your answers are saved in your workbook. You can look at them, change them or print them whenever you like.</source>
            <translation>Tus respuestas están guardadas en tu cuaderno. Puedes verlas, cambiarlas o imprimirlas cuando quieras.</translation>
        </message>
        <message>
            <source> out of {maximum}</source>
            <translation> de {maximum}</translation>
        </message>
        <message>
            <source>Last time ({when}): {score}</source>
            <translation>La vez anterior ({when}): {score}</translation>
        </message>
        <message>
            <source>This is your first result. Next time you will see how it changed.</source>
            <translation>Este es tu primer resultado. La próxima vez verás cómo ha cambiado.</translation>
        </message>
        <message>
            <source>Something to take care of</source>
            <translation>Algo que cuidar</translation>
        </message>
        <message>
            <source>What's next</source>
            <translation>Qué viene ahora</translation>
        </message>
        <message>
            <source>You have done every module that is open to you. Home shows your check-in, goals and results.</source>
            <translation>Has hecho todos los módulos que tienes disponibles. En Inicio verás tu registro, tus metas y tus resultados.</translation>
        </message>
        <message>
            <source>Carry on</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Change my plan</source>
            <translation>Cambiar mi plan</translation>
        </message>
        <message>
            <source>See my answers</source>
            <translation>Ver mis respuestas</translation>
        </message>
        <message>
            <source>Past entries</source>
            <translation>Entradas anteriores</translation>
        </message>
        <message>
            <source>Print or save with my answers</source>
            <translation>Imprimir o guardar con mis respuestas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>the “{flag}” flag was raised</source>
            <translation>se activó el aviso «{flag}»</translation>
        </message>
        <message>
            <source>{title}: {said} on {date}</source>
            <translation>{title}: {said} el {date}</translation>
        </message>
        <message>
            <source>item {number}</source>
            <translation>pregunta {number}</translation>
        </message>
        <message>
            <source>item {number} (“{question}”)</source>
            <translation>pregunta {number} («{question}»)</translation>
        </message>
        <message>
            <source>{question} answered “{answer}”</source>
            <translation>{question}: respondiste «{answer}»</translation>
        </message>
    </context>
    <context>
        <name>RowsField</name>
        <message>
            <source>{add} to: {question}</source>
            <translation>{add} a: {question}</translation>
        </message>
    </context>
    <context>
        <name>SafetyCards</name>
        <message>
            <source>Copy this number</source>
            <translation>Copiar este número</translation>
        </message>
        <message>
            <source>Copy {what} {number}</source>
            <translation>Copiar {what} {number}</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamar</translation>
        </message>
        <message>
            <source>{name} phone number</source>
            <translation>Teléfono de {name}</translation>
        </message>
        <message>
            <source>Text {text_keyword} to</source>
            <translation>Envía {text_keyword} por SMS al</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>{name} text number</source>
            <translation>Número de SMS de {name}</translation>
        </message>
        <message>
            <source>{name} website and hours</source>
            <translation>Web y horario de {name}</translation>
        </message>
    </context>
    <context>
        <name>SafetyContactsEditor</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{name} (text {text})</source>
            <translation>{name} (SMS {text})</translation>
        </message>
    </context>
    <context>
        <name>SafetyPanel</name>
        <message>
            <source>Need help now?</source>
            <translation>¿Necesitas ayuda ya?</translation>
        </message>
        <message>
            <source>Help and crisis support</source>
            <translation>Ayuda y apoyo en crisis</translation>
        </message>
        <message>
            <source>Crisis lines and your plan</source>
            <translation>Líneas de crisis y tu plan</translation>
        </message>
        <message>
            <source>Copy status</source>
            <translation>Estado de la copia</translation>
        </message>
        <message>
            <source>You don't have to face this alone</source>
            <translation>No tienes que pasar por esto sin compañía</translation>
        </message>
        <message>
            <source>Why this opened</source>
            <translation>Por qué se ha abierto esto</translation>
        </message>
        <message>
            <source>Which country are you in? Choose it under “Crisis lines for” so the right emergency number shows. You only need to do this once.</source>
            <translation>¿En qué país estás? Elígelo en «Líneas de crisis de» para que aparezca el número de emergencias correcto. Solo hace falta hacerlo una vez.</translation>
        </message>
        <message>
            <source>Choose your country</source>
            <translation>Elige tu país</translation>
        </message>
        <message>
            <source>Click a number to copy it.</source>
            <translation>Haz clic en un número para copiarlo.</translation>
        </message>
        <message>
            <source>Numbers last checked {month_year_in_words}.</source>
            <translation>Números revisados por última vez en {month_year_in_words}.</translation>
        </message>
        <message>
            <source>People you chose</source>
            <translation>Personas que elegiste</translation>
        </message>
        <message>
            <source>Unlock your workbook to see your own contacts and safety plan.</source>
            <translation>Desbloquea tu cuaderno para ver tus propios contactos y tu plan de seguridad.</translation>
        </message>
        <message>
            <source>You can add people you trust, such as a friend or your care team, in Settings under Crisis support.</source>
            <translation>Puedes añadir personas de confianza, como una amistad o tu equipo de atención, en Ajustes, en «Apoyo en crisis».</translation>
        </message>
        <message>
            <source>Add people in Settings</source>
            <translation>Añadir personas en Ajustes</translation>
        </message>
        <message>
            <source>Add crisis contacts in Settings</source>
            <translation>Añadir contactos para momentos de crisis en Ajustes</translation>
        </message>
        <message>
            <source>If you are in danger now, call {emergency_phrase}.</source>
            <translation>Si estás en peligro ahora, llama al {emergency_phrase}.</translation>
        </message>
        <message>
            <source>Emergency number</source>
            <translation>Número de emergencias</translation>
        </message>
        <message>
            <source>emergency number</source>
            <translation>número de emergencias</translation>
        </message>
        <message>
            <source>Crisis lines for</source>
            <translation>Líneas de crisis de</translation>
        </message>
        <message>
            <source>Country for crisis lines</source>
            <translation>País de las líneas de crisis</translation>
        </message>
        <message>
            <source>Choose your country…</source>
            <translation>Elige tu país…</translation>
        </message>
        <message>
            <source>Your safety plan</source>
            <translation>Tu plan de seguridad</translation>
        </message>
        <message>
            <source>You haven't made a safety plan yet. When you feel ready, the Safety plan module helps you write one, a step at a time.</source>
            <translation>Aún no has hecho un plan de seguridad. Cuando te sientas con fuerzas, el módulo Plan de seguridad te ayuda a escribirlo, paso a paso.</translation>
        </message>
        <message>
            <source>Start my safety plan</source>
            <translation>Empezar mi plan de seguridad</translation>
        </message>
        <message>
            <source>Print plan card…</source>
            <translation>Imprimir la tarjeta del plan…</translation>
        </message>
        <message>
            <source>Print your safety plan as a card</source>
            <translation>Imprimir tu plan de seguridad como tarjeta</translation>
        </message>
        <message>
            <source>Copied {number}. Paste it into your phone or dialler.</source>
            <translation>Copiado: {number}. Pégalo en tu teléfono o en la aplicación de llamadas.</translation>
        </message>
        <message>
            <source>your crisis-line country</source>
            <translation>el país de tus líneas de crisis</translation>
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
        <name>ScaleField</name>
        <message>
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>cada semana</numerusform>
                <numerusform>cada %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>cada día</numerusform>
                <numerusform>cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Again {interval}</source>
            <translation>Otra vez {interval}</translation>
        </message>
        <message>
            <source>{words} (your clinician's schedule)</source>
            <translation>{words} (según tu profesional)</translation>
        </message>
        <message>
            <source>Time for your check-in</source>
            <translation>Hora de tu registro</translation>
        </message>
        <message>
            <source>A one-minute check on how you are today. Open Workbook when you're ready.</source>
            <translation>Un minuto para ver cómo estás hoy. Abre Workbook cuando quieras.</translation>
        </message>
        <message>
            <source>Workbook: due today</source>
            <translation>Workbook: toca hoy</translation>
        </message>
        <message numerus="yes">
            <source>%n questionnaire(s) due again. Open Workbook when you're ready.</source>
            <translation>
                <numerusform>Toca repetir un cuestionario. Abre Workbook cuando quieras.</numerusform>
                <numerusform>Toca repetir %n cuestionarios. Abre Workbook cuando quieras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A one-minute check on how you are today. %n questionnaire(s) due again too. Open Workbook when you're ready.</source>
            <translation>
                <numerusform>Un minuto para ver cómo estás hoy. También toca repetir un cuestionario. Abre Workbook cuando quieras.</numerusform>
                <numerusform>Un minuto para ver cómo estás hoy. También toca repetir %n cuestionarios. Abre Workbook cuando quieras.</numerusform>
            </translation>
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
            <translation>Este cuaderno tiene una clave de recuperación nueva. Puedes tirar la antigua: su parte del archivo de clave estaba dañada, así que ya no abría este cuaderno.</translation>
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
            <translation>Bloqueo automático</translation>
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
            <translation>Nueva clave de recuperación…</translation>
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
        <name>ShellAddPack</name>
        <message>
            <source>Pack not added</source>
            <translation>Paquete no añadido</translation>
        </message>
        <message>
            <source>Add a module pack</source>
            <translation>Añadir un paquete de módulos</translation>
        </message>
        <message>
            <source>Module packs (*.wbpack)</source>
            <translation>Paquetes de módulos (*.wbpack)</translation>
        </message>
        <message>
            <source>“{name}” has problems, so nothing was added or changed.</source>
            <translation>«{name}» tiene problemas, así que no se ha añadido ni cambiado nada.</translation>
        </message>
        <message>
            <source>Send the list below to whoever made the pack: each line names the file inside the pack and the line to fix.</source>
            <translation>Envía la lista de abajo a quien hizo el paquete: cada línea indica el archivo del paquete y la línea que hay que corregir.</translation>
        </message>
        <message>
            <source>This pack was not added.</source>
            <translation>Este paquete no se ha añadido.</translation>
        </message>
        <message>
            <source>Pack added</source>
            <translation>Paquete añadido</translation>
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
            <translation>Exportar para mi &amp;centro (FHIR)…</translation>
        </message>
        <message>
            <source>Your questionnaire results as a file your clinic's system reads</source>
            <translation>Los resultados de tus cuestionarios en un archivo que el sistema de tu centro puede leer</translation>
        </message>
        <message>
            <source>Pre&amp;view a module…</source>
            <translation>&amp;Vista previa de un módulo…</translation>
        </message>
        <message>
            <source>Open a module file in a live preview that follows every save</source>
            <translation>Abre un archivo de módulo en una vista previa que se actualiza cada vez que guardas</translation>
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
        <message>
            <source>Preview a module</source>
            <translation>Vista previa de un módulo</translation>
        </message>
        <message>
            <source>Module files (*.md)</source>
            <translation>Archivos de módulo (*.md)</translation>
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
        <name>StageProgress</name>
        <message>
            <source>No modules yet</source>
            <translation>Aún no hay módulos</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} de {total} hechos</translation>
        </message>
        <message>
            <source>, {started} in progress</source>
            <translation>, {started} en curso</translation>
        </message>
    </context>
    <context>
        <name>StagesCard</name>
        <message>
            <source>Where you are</source>
            <translation>Dónde estás</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Your recovery key no longer opens this workbook: the part of the key file it opens is damaged.</source>
            <translation>Tu clave de recuperación ya no abre este cuaderno: la parte del archivo de clave que abre está dañada.</translation>
        </message>
        <message>
            <source>Your passphrase and everything you wrote are fine. Make a new recovery key now and keep it somewhere safe; the old one can then be thrown away.</source>
            <translation>Tu contraseña y todo lo que escribiste están bien. Crea ahora una clave de recuperación nueva y guárdala en un lugar seguro; después puedes tirar la antigua.</translation>
        </message>
        <message>
            <source>Recovery key damaged</source>
            <translation>Clave de recuperación dañada</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>You already have a workbook with that name.</source>
            <translation>Ya tienes un cuaderno con ese nombre.</translation>
        </message>
        <message>
            <source>Choose another name, so you can tell them apart when unlocking.</source>
            <translation>Elige otro nombre, para distinguirlos al desbloquear.</translation>
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
            <source>this computer's name</source>
            <translation>el nombre de este ordenador</translation>
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
        <name>TableField</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Add {item}</source>
            <translation>Añadir: {item}</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Añadir una fila</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove {item} {number}</source>
            <translation>Quitar {item} {number}</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Hola de nuevo</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your workbook.</source>
            <translation>Escribe tu contraseña para abrir tu cuaderno.</translation>
        </message>
        <message>
            <source>Which workbook</source>
            <translation>Qué cuaderno</translation>
        </message>
        <message>
            <source>&amp;Workbook</source>
            <translation>&amp;Cuaderno</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>¿Has olvidado tu contraseña?</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation>Usa tu clave de recuperación</translation>
        </message>
        <message>
            <source>Open with your recovery key and set a new passphrase</source>
            <translation>Abrir con tu clave de recuperación y poner una contraseña nueva</translation>
        </message>
        <message>
            <source>Create another workbook</source>
            <translation>Crear otro cuaderno</translation>
        </message>
        <message>
            <source>{name}  (created {date_in_words})</source>
            <translation>{name}  (creado el {date_in_words})</translation>
        </message>
        <message>
            <source>Your workbook is locked</source>
            <translation>Tu cuaderno está bloqueado</translation>
        </message>
        <message>
            <source>the disk refused it</source>
            <translation>el disco lo rechazó</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
    </context>
    <context>
        <name>UsecasesProgramBinding</name>
        <message>
            <source>The modules in {where} have changed since you last opened this workbook. Everything you wrote is kept exactly as it was, with the version of each module you wrote it in.</source>
            <translation>Los módulos de {where} han cambiado desde la última vez que abriste este cuaderno. Todo lo que escribiste se conserva tal cual, con la versión de cada módulo en la que lo escribiste.</translation>
        </message>
        <message>
            <source>This workbook was last used with the program in {old}. You opened it with the program in {new}, so it will use that one from now on.</source>
            <translation>La última vez, este cuaderno se usó con el programa de {old}. Lo has abierto con el programa de {new}, así que a partir de ahora usará ese.</translation>
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, so that is the one shown.</source>
            <translation>Este cuaderno pertenece al programa de {folder}, así que es el que se muestra.</translation>
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, but that folder is no longer there. The built-in program is shown instead; all your answers are safe. If the folder has moved, start Workbook with --program and its new place.</source>
            <translation>Este cuaderno pertenece al programa de {folder}, pero esa carpeta ya no está. En su lugar se muestra el programa incluido; todas tus respuestas están a salvo. Si la carpeta se ha movido, abre Workbook con --program y su nueva ubicación.</translation>
        </message>
        <message>
            <source>This workbook belongs to the program in {folder}, but its files have problems (run “workbook check {folder}” to see them). The built-in program is shown instead; all your answers are safe.</source>
            <translation>Este cuaderno pertenece al programa de {folder}, pero sus archivos tienen problemas (ejecuta «workbook check {folder}» para verlos). En su lugar se muestra el programa incluido; todas tus respuestas están a salvo.</translation>
        </message>
        <message>
            <source>Workbook's built-in program</source>
            <translation>el programa incluido en Workbook</translation>
        </message>
    </context>
    <context>
        <name>WelcomeCreatePage</name>
        <message>
            <source>Your passphrase locks your workbook. Choose something you will remember but others wouldn't guess — a short sentence of ordinary words is both strong and easy to remember. Nobody can reset it for you; the recovery key on the next page is your way back in if you forget it.</source>
            <translation>Tu contraseña cierra tu cuaderno. Elige algo que vayas a recordar pero que otras personas no adivinarían: una frase corta de palabras corrientes es fuerte y fácil de recordar. Nadie puede restablecerla por ti; si la olvidas, la clave de recuperación de la página siguiente es tu forma de volver a entrar.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Workbook walks you through a structured recovery program one step at a time: short questionnaires, readings, practical skills and plans, with room to write in your own words. You can go at your own pace and come back to anything.</source>
            <translation>Workbook te acompaña por un programa de recuperación guiado, paso a paso: cuestionarios cortos, lecturas, habilidades prácticas y planes, con espacio para escribir con tus propias palabras. Puedes ir a tu ritmo y volver a cualquier parte.</translation>
        </message>
        <message>
            <source>Workbook is a companion to the care you get, not a diagnosis. Questionnaire results are your own answers, to talk through with your doctor or therapist.</source>
            <translation>Workbook acompaña la atención que recibes; no es un diagnóstico. Los resultados de los cuestionarios son tus propias respuestas, para comentarlas con tu médico o terapeuta.</translation>
        </message>
        <message>
            <source>Everything you write stays on this computer, in one file locked with a passphrase only you know. Nothing is sent anywhere. Workbook locks itself when you step away, and nobody — not even the people who make Workbook — can open it without your passphrase or your recovery key.</source>
            <translation>Todo lo que escribes se queda en este ordenador, en un archivo cerrado con una contraseña que solo tú conoces. No se envía nada a ningún sitio. Workbook se bloquea solo cuando te alejas, y nadie (ni siquiera quienes hacen Workbook) puede abrirlo sin tu contraseña o tu clave de recuperación.</translation>
        </message>
        <message>
            <source>If you need help right now, the “Need help now?” button at the top is always there.</source>
            <translation>Si necesitas ayuda ahora mismo, el botón «¿Necesitas ayuda ya?» de arriba siempre está ahí.</translation>
        </message>
        <message>
            <source>Welcome to Workbook</source>
            <translation>Te damos la bienvenida a Workbook</translation>
        </message>
        <message>
            <source>A companion, not a diagnosis</source>
            <translation>Un acompañamiento, no un diagnóstico</translation>
        </message>
        <message>
            <source>Private by design</source>
            <translation>Privado desde el principio</translation>
        </message>
        <message>
            <source>Back to my workbook</source>
            <translation>Volver a mi cuaderno</translation>
        </message>
        <message>
            <source>Create my workbook</source>
            <translation>Crear mi cuaderno</translation>
        </message>
        <message>
            <source>Join from another computer…</source>
            <translation>Unirse desde otro ordenador…</translation>
        </message>
        <message>
            <source>Join a workbook you use on another computer, through its sync folder</source>
            <translation>Unirse a un cuaderno que usas en otro ordenador, a través de su carpeta de sincronización</translation>
        </message>
    </context>
    <context>
        <name>WelcomeProblems</name>
        <message>
            <source>Your workbook was put back from the backup made on {when} ({backup}). Anything written after that could not be recovered.

The damaged file was kept beside it, renamed, in case someone can help you rescue more from it later:
{kept}</source>
            <translation>Tu cuaderno se ha recuperado de la copia de seguridad del {when} ({backup}). Lo que escribiste después no se ha podido recuperar.

El archivo dañado se ha guardado a su lado, con otro nombre, por si más adelante alguien puede ayudarte a rescatar algo más:
{kept}</translation>
        </message>
        <message>
            <source>Not unlocked</source>
            <translation>Sin desbloquear</translation>
        </message>
        <message>
            <source>Use my recovery key</source>
            <translation>Usar mi clave de recuperación</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Volver a intentarlo</translation>
        </message>
        <message>
            <source>Workbook damaged</source>
            <translation>Cuaderno dañado</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>Not opened</source>
            <translation>Sin abrir</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Sin restaurar</translation>
        </message>
        <message>
            <source>Restored from your backup.</source>
            <translation>Restaurado desde tu copia de seguridad.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
    </context>
    <context>
        <name>WelcomeRecoverPage</name>
        <message>
            <source>Type the recovery key from the sheet you kept when you created this workbook (groups of letters and digits separated by dashes). Then choose a new passphrase. Your writing stays exactly as it is.</source>
            <translation>Escribe la clave de recuperación de la hoja que guardaste al crear este cuaderno (grupos de letras y cifras separados por guiones). Después elige una contraseña nueva. Lo que escribiste se queda tal cual.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeRecoveryPage</name>
        <message>
            <source>If you ever forget your passphrase, this recovery key is the only way back into your workbook. Print the recovery sheet or write the key down, and keep it somewhere safe and private — like where you keep your passport. Anyone who has it can open your workbook.</source>
            <translation>Si algún día olvidas tu contraseña, esta clave de recuperación es la única forma de volver a entrar en tu cuaderno. Imprime la hoja de recuperación o apunta la clave, y guárdala en un sitio seguro y privado, como donde guardas el pasaporte. Cualquiera que la tenga puede abrir tu cuaderno.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeUnlockPage</name>
        <message>
            <source>It locked to keep your writing private. Enter your passphrase to carry on where you left off — your drafts were saved.</source>
            <translation>Se ha bloqueado para que lo que escribes siga siendo privado. Escribe tu contraseña para seguir donde lo dejaste; tus borradores se guardaron.</translation>
        </message>
        <message>
            <source>It locked to keep your writing private, but {what} couldn't be saved ({reason}). Workbook is holding it in memory, not on disk, and will save it as soon as you unlock; if the disk is full, make some free disk space first. Please don't quit Workbook until then, or it will be lost.</source>
            <translation>Se ha bloqueado para que lo que escribes siga siendo privado, pero no se ha podido guardar {what} ({reason}). Workbook lo guarda en memoria, no en el disco, y lo guardará en cuanto desbloquees; si el disco está lleno, libera antes algo de espacio. No cierres Workbook hasta entonces o se perderá.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookService</name>
        <message>
            <source>Saved now: {listed}, which couldn't be saved before Workbook locked.</source>
            <translation>Guardado ahora: {listed}, que no se pudo guardar antes de que Workbook se bloqueara.</translation>
        </message>
        <message>
            <source>Still not saved: {listed}. {reason} Workbook keeps it in memory and tries again each time you unlock; please don't quit until it is saved.</source>
            <translation>Aún sin guardar: {listed}. {reason} Workbook lo guarda en memoria y vuelve a intentarlo cada vez que desbloqueas; no cierres el programa hasta que se haya guardado.</translation>
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
    <context>
        <name>YesNoField</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>_ListRow</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>_OptionalDateTimeField</name>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the answer to: {label}</source>
            <translation>Borrar la respuesta a: {label}</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
    </context>
    <context>
        <name>_Row</name>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
</TS>
