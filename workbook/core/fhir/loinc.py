"""LOINC codes for the standard instruments Workbook ships, looked up in published sources.

Sources (searched, not remembered):

* PHQ-9 panel 44249-1 and its nine items: the HL7 Personal Health Records IG
  Questionnaire ``phq9`` (http://hl7.org/fhir/uv/phr/Questionnaire/phq9, 1.0.0-ballot2),
  the same codes as the US Core "Questionnaire PHQ-9 Example"
  (http://hl7.org/fhir/us/core/Questionnaire/phq-9-example).
* PHQ-9 answer codes LA6568-5, LA6569-3, LA6570-1, LA6571-9 ("Not at all" … "Nearly
  every day"): the answer options of that same PHR IG Questionnaire.
* PHQ-9 total 44261-6: https://loinc.org/44261-6 ("Patient Health Questionnaire 9 item
  (PHQ-9) total score [Reported]", member of panel 44249-1).
* GAD-7 items and total 70274-6: the PHQ-SADS panel https://loinc.org/69729-2, which lists
  the GAD-7 item codes in order and "70274-6 Generalized anxiety disorder 7 item (GAD-7)
  total score [Reported.PHQ]". GAD-7 panel 69737-5: the LOINC code Wikipedia gives for
  GAD-7 (and issue 15).
* AUDIT panel 72110-0, its ten items in order and total 75624-7: the panel hierarchy at
  https://cdn.loinc.org/72110-0 and https://loinc.org/75624-7 (the panel's first item,
  46098-0 "Please select your gender", is not a question in Workbook's AUDIT).
* PCL-5 panel 101697-1 and score 101698-9: the LOINC entries "Post traumatic stress
  disorder checklist - civilian version DSM-5 [PCL-5]" and "PTSD PCL-5 score [PCL-5]"
  (one month, as the module asks), read on findacode.com and healthassure.in's LOINC
  pages; its item codes were not found, so its items go uncoded.
* PHQ-15 total 70273-8: listed in the PHQ-SADS panel https://loinc.org/69729-2; no panel
  of its own was found, and two of its items' codes are not certain there, so only the
  total is coded.
* K10: no LOINC code was found in the searches, so it carries none.
* WHO-5: no LOINC panel or score code was found (loinc.org and FHIR IG searches turned up
  none), so WHO-5 goes out with Workbook's own codes rather than a guessed one.

The difficulty question at the end of PHQ-9 and GAD-7 is left uncoded: the sources name
two candidate codes (69722-7, 44256-6) without saying which belongs to which panel.
A module is matched by its id; a clinic's own copy under another id carries no codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Code:
    code: str
    display: str


@dataclass(frozen=True)
class InstrumentCodes:
    """One instrument's panel, its items by field id and its scores by score id."""

    panel: Code | None
    items: dict[str, Code] = field(default_factory=dict)
    scores: dict[str, Code] = field(default_factory=dict)
    #: LOINC answer codes of the coded items' options, by stored option value
    answers: dict[str, Code] = field(default_factory=dict)


INSTRUMENTS: dict[str, InstrumentCodes] = {
    "phq9": InstrumentCodes(
        panel=Code("44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]"),
        items={
            "q1": Code("44250-9", "Little interest or pleasure in doing things in last 2 weeks"),
            "q2": Code("44255-8", "Feeling down, depressed, or hopeless in last 2 weeks"),
            "q3": Code(
                "44259-0",
                "Trouble falling or staying asleep, or sleeping too much in last 2 weeks "
                "[Reported.PHQ]",
            ),
            "q4": Code(
                "44254-1", "Feeling tired or having little energy in last 2 weeks [Reported.PHQ]"
            ),
            "q5": Code("44251-7", "Poor appetite or overeating in last 2 weeks [Reported.PHQ]"),
            "q6": Code(
                "44258-2",
                "Feeling bad about yourself - or that you are a failure or have let yourself "
                "or your family down in last 2 weeks [Reported.PHQ]",
            ),
            "q7": Code(
                "44252-5",
                "Trouble concentrating on things, such as reading the newspaper or watching "
                "television in last 2 weeks [Reported.PHQ]",
            ),
            "q8": Code(
                "44253-3",
                "Moving or speaking so slowly that other people could have noticed. Or the "
                "opposite - being so fidgety or restless that you have been moving around a "
                "lot more than usual in last 2 weeks [Reported.PHQ]",
            ),
            "q9": Code(
                "44260-8",
                "Thoughts that you would be better off dead, or of hurting yourself in some "
                "way in last 2 weeks [Reported.PHQ]",
            ),
        },
        scores={
            "total": Code("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score")
        },
        answers={
            "not-at-all": Code("LA6568-5", "Not at all"),
            "several-days": Code("LA6569-3", "Several days"),
            "more-than-half-the-days": Code("LA6570-1", "More than half the days"),
            "nearly-every-day": Code("LA6571-9", "Nearly every day"),
        },
    ),
    "gad7": InstrumentCodes(
        panel=Code("69737-5", "Generalized anxiety disorder 7 item (GAD-7)"),
        items={
            "q1": Code("69725-0", "Feeling nervous, anxious or on edge"),
            "q2": Code(
                "68509-9",
                "Over the past 2 weeks have you not been able to stop or control worrying",
            ),
            "q3": Code("69733-4", "Worrying too much about different things"),
            "q4": Code("69734-2", "Trouble relaxing"),
            "q5": Code("69735-9", "Being so restless that it is hard to sit still"),
            "q6": Code("69689-8", "Becoming easily annoyed or irritable"),
            "q7": Code("69736-7", "Feeling afraid as if something awful might happen"),
        },
        scores={
            "total": Code(
                "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"
            )
        },
    ),
    "audit": InstrumentCodes(
        panel=Code("72110-0", "Alcohol Use Disorder Identification Test [AUDIT]"),
        items={
            "q1": Code("68518-0", "How often do you have a drink containing alcohol?"),
            "q2": Code(
                "68519-8",
                "How many standard drinks containing alcohol do you have on a typical day "
                "when drinking?",
            ),
            "q3": Code("68520-6", "How often do you have six or more drinks on one occasion?"),
            "q4": Code(
                "97734-8",
                "During the past year, how often have you found that you were not able to "
                "stop drinking once you had started?",
            ),
            "q5": Code(
                "97735-5",
                "During the past year, how often have you failed to do what was normally "
                "expected of you because of drinking?",
            ),
            "q6": Code(
                "97736-3",
                "During the past year, how often have you needed a drink in the morning to "
                "get yourself going after a heavy drinking session?",
            ),
            "q7": Code(
                "97737-1",
                "During the past year, how often have you had a feeling of guilt or remorse "
                "after drinking?",
            ),
            "q8": Code(
                "97738-9",
                "During the past year, how often have you been unable to remember what "
                "happened the night before because you had been drinking?",
            ),
            "q9": Code(
                "97739-7", "Have you or someone else been injured as a result of your drinking?"
            ),
            "q10": Code(
                "97740-5",
                "Has a relative or friend, doctor or other health worker been concerned about "
                "your drinking or suggested you cut down?",
            ),
        },
        scores={"total": Code("75624-7", "Total score [AUDIT]")},
    ),
    "pcl5": InstrumentCodes(
        panel=Code(
            "101697-1", "Post traumatic stress disorder checklist - civilian version DSM-5 [PCL-5]"
        ),
        scores={"total": Code("101698-9", "PTSD PCL-5 score [PCL-5]")},
    ),
    "phq15": InstrumentCodes(
        panel=None,
        scores={
            "total": Code(
                "70273-8", "Patient Health Questionnaire 15 item (PHQ-15) total score [Reported]"
            )
        },
    ),
}


def instrument(module_id: str) -> InstrumentCodes | None:
    """The LOINC codes of a built-in instrument, or None for every other module."""
    return INSTRUMENTS.get(module_id)
