"""The few fixed words Workbook's core prints or adds around a module, in each language it knows.

Module authors translate their own words in translation files; these are the
words no module carries: worksheet and report headings, table heads, the line that
explains why a questionnaire is shown in its original language. A language
without a catalogue entry falls back to English, word by word.
"""

from __future__ import annotations

#: key → English. Keys name what the text is for, so a translator can judge the tone.
ENGLISH: dict[str, str] = {
    "instrument_in_original": (
        "This questionnaire is shown in its original language, because it may only be "
        "translated with its official translation, copied word for word, and that "
        "translation is not included here."
    ),
    "translation_source": "Translation: {source}",
    # worksheets
    "name": "Name",
    "date": "Date",
    "completed_on": "Completed {day}",
    "draft_saved_on": "Draft, last saved {day}",
    "results": "Results",
    "score_out_of": "{value} out of {maximum}",
    "not_enough_to_score": "not enough answers to score",
    "self_report": (
        "These results are a self-report, not a diagnosis. "
        "Talk them through with your clinician or doctor."
    ),
    "no_answer": "(no answer)",
    "yes": "Yes",
    "no": "No",
    "day": "Day",
    "month": "Month",
    "year": "Year",
    "hour": "Hour",
    "minute": "Minute",
    "entry": "Entry",
    "item": "Item",
    # when a follow-up question applies, printed under it (a clause, then joined)
    "cue_only_if": "Only if {clause}",
    "cue_general": "Only if it applies to you, from your earlier answers",
    "cue_answered": "you answered {answers} to {question}",
    "cue_not_answered": "you did not answer {answer} to {question}",
    "cue_ticked": "you ticked {answer} for {question}",
    "cue_more_than": "your answer to {question} was more than {n}",
    "cue_at_least": "your answer to {question} was {n} or more",
    "cue_less_than": "your answer to {question} was less than {n}",
    "cue_at_most": "your answer to {question} was {n} or less",
    "cue_and": " and ",
    "cue_or": " or ",
    "page_of": "Page {page} of ",
    "confidential": "Confidential — contains personal health information",
    # progress report
    "progress_report": "Progress report",
    "dates": "Dates: {range}",
    "printed_on": "Printed: {day}",
    "summary_note": (
        "This is a summary of what you wrote and scored yourself. It is not a diagnosis. "
        "Scores from questionnaires are a starting point for a conversation with your "
        "clinician, who can put them in context."
    ),
    "what_you_completed": "What you completed",
    "nothing_completed": "No modules were completed in these dates.",
    "module": "Module",
    "times": "Times",
    "last": "Last",
    "questionnaires_over_time": "Questionnaires over time",
    "no_questionnaires": "No questionnaires were completed in these dates.",
    "range_between": "{start} to {end}",
    "range_from": "From {day}",
    "range_up_to": "Up to {day}",
    "all_dates": "All dates",
    "first_result": "First: {words}",
    "latest_result": "Latest: {words}",
    "score_on_day": "{value}{band} on {day}",
    "score": "Score",
    "band": "Band",
    "risk_answer": "Risk answer",
    "in_clinical_range": "in the clinical range",
    "outside_clinical_range": "outside the clinical range",
    "recovery_status": (
        "Recovery status: the latest score is {status} (cut-off {cut_off}, the dashed line)."
    ),
    "risk_answer_on_chart": "! Risk answer (red square on the chart): {said} on {day}.",
    "clinician_summary": "Clinician summary",
    "summary_line": "Dates: {range}. Self-report, not a diagnosis.",
    "measures": "Measures",
    "measure": "Measure",
    "first": "First",
    "latest": "Latest",
    "change": "Change",
    "recovery": "Recovery",
    "risk_answers_in_dates": "Risk answers in these dates",
    "no_risk_answers": "No risk answers in these dates.",
    "crisis_lines": "Crisis lines",
    "goals": "Goals",
    "no_goals": "No goals yet.",
    "goal": "Goal",
    "status": "Status",
    "target_date": "Target date",
    "latest_review": "Latest review",
    "daily_checkins": "Daily check-ins",
    "no_checkins": "No check-ins in these dates.",
    "checkins_between": "{count} check-ins from {start} to {end}.",
    "first_four_weeks": "First four weeks",
    "last_four_weeks": "Last four weeks",
    "average_ratings": "Average ratings (0–10)",
    "checkin_mood": "Mood",
    "checkin_anxiety": "Anxiety",
    "checkin_sleep": "Sleep",
    "checkin_energy": "Energy",
}

SPANISH: dict[str, str] = {
    "instrument_in_original": (
        "Este cuestionario aparece en su idioma original porque solo se puede traducir "
        "con su traducción oficial, copiada palabra por palabra, y esa traducción no está "
        "incluida aquí."
    ),
    "translation_source": "Traducción: {source}",
    "name": "Nombre",
    "date": "Fecha",
    "completed_on": "Completado el {day}",
    "draft_saved_on": "Borrador, guardado por última vez el {day}",
    "results": "Resultados",
    "score_out_of": "{value} de {maximum}",
    "not_enough_to_score": "no hay respuestas suficientes para puntuar",
    "self_report": (
        "Estos resultados salen de tus propias respuestas; no son un diagnóstico. "
        "Coméntalos con tu terapeuta o tu médico."
    ),
    "no_answer": "(sin respuesta)",
    "yes": "Sí",
    "no": "No",
    "day": "Día",
    "month": "Mes",
    "year": "Año",
    "hour": "Hora",
    "minute": "Minuto",
    "entry": "Entrada",
    "item": "Elemento",
    "cue_only_if": "Solo si {clause}",
    "cue_general": "Solo si te corresponde según tus respuestas anteriores",
    "cue_answered": "respondiste {answers} a {question}",
    "cue_not_answered": "no respondiste {answer} a {question}",
    "cue_ticked": "marcaste {answer} en {question}",
    "cue_more_than": "tu respuesta a {question} fue mayor que {n}",
    "cue_at_least": "tu respuesta a {question} fue {n} o más",
    "cue_less_than": "tu respuesta a {question} fue menor que {n}",
    "cue_at_most": "tu respuesta a {question} fue {n} o menos",
    "cue_and": " y ",
    "cue_or": " o ",
    "page_of": "Página {page} de ",
    "confidential": "Confidencial: contiene información personal de salud",
    "progress_report": "Informe de progreso",
    "dates": "Fechas: {range}",
    "printed_on": "Impreso: {day}",
    "summary_note": (
        "Este es un resumen de lo que escribiste y puntuaste por tu cuenta. No es un "
        "diagnóstico. Las puntuaciones de los cuestionarios son un punto de partida para "
        "hablar con tu terapeuta, que puede ponerlas en contexto."
    ),
    "what_you_completed": "Lo que completaste",
    "nothing_completed": "No completaste ningún módulo en estas fechas.",
    "module": "Módulo",
    "times": "Veces",
    "last": "Última vez",
    "questionnaires_over_time": "Los cuestionarios a lo largo del tiempo",
    "no_questionnaires": "No completaste ningún cuestionario en estas fechas.",
    "range_between": "del {start} al {end}",
    "range_from": "desde el {day}",
    "range_up_to": "hasta el {day}",
    "all_dates": "todas las fechas",
    "first_result": "Primera vez: {words}",
    "latest_result": "Última vez: {words}",
    "score_on_day": "{value}{band} el {day}",
    "score": "Puntuación",
    "band": "Nivel",
    "risk_answer": "Respuesta de riesgo",
    "in_clinical_range": "dentro del rango clínico",
    "outside_clinical_range": "fuera del rango clínico",
    "recovery_status": (
        "Estado de recuperación: la última puntuación está {status} (punto de corte "
        "{cut_off}, la línea discontinua)."
    ),
    "risk_answer_on_chart": (
        "! Respuesta de riesgo (cuadrado rojo en el gráfico): {said}, el {day}."
    ),
    "clinician_summary": "Resumen para el profesional",
    "summary_line": "Fechas: {range}. Autoinforme, no un diagnóstico.",
    "measures": "Medidas",
    "measure": "Medida",
    "first": "Primera",
    "latest": "Última",
    "change": "Cambio",
    "recovery": "Recuperación",
    "risk_answers_in_dates": "Respuestas de riesgo en estas fechas",
    "no_risk_answers": "No hay respuestas de riesgo en estas fechas.",
    "crisis_lines": "Líneas de crisis",
    "goals": "Metas",
    "no_goals": "Todavía no hay metas.",
    "goal": "Meta",
    "status": "Estado",
    "target_date": "Fecha prevista",
    "latest_review": "Última revisión",
    "daily_checkins": "Registros diarios",
    "no_checkins": "No hay registros diarios en estas fechas.",
    "checkins_between": "{count} registros del {start} al {end}.",
    "first_four_weeks": "Primeras cuatro semanas",
    "last_four_weeks": "Últimas cuatro semanas",
    "average_ratings": "Puntuaciones medias (0–10)",
    "checkin_mood": "Ánimo",
    "checkin_anxiety": "Ansiedad",
    "checkin_sleep": "Sueño",
    "checkin_energy": "Energía",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH}


def fixed_words(key: str, language: str | None, **values: object) -> str:
    """The text for ``key`` in ``language`` (English when that language lacks it), filled in."""
    # Only the language matters here (``es-MX`` and ``es_MX.UTF-8`` read as ``es``).
    base = (language or "en").split(".")[0].replace("_", "-").split("-")[0].lower()
    for code in (base, "en"):
        text = CATALOGUES.get(code, {}).get(key)
        if text is not None:
            return text.format(**values) if values else text
    raise KeyError(f"no fixed text {key!r}")


def languages() -> tuple[str, ...]:
    """The languages the fixed words exist in."""
    return tuple(CATALOGUES)
