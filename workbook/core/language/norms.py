"""A score's outcome thresholds: ``reliable_change`` and ``caseness``, or Jacobson–Truax ``norms``.

A module gives either the two thresholds as published, or the norms they are worked
out from (reliability, and the mean and SD of a clinical and a community sample).
Impossible norms (a reliability of 1, an SD of 0, a clinical mean on the healthy side
of the community mean) would give a meaningless threshold, so they are errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbook.core.language.model import Better, Norms
from workbook.core.language.reader import Reader

NORM_KEYS = ("reliability", "clinical_mean", "clinical_sd", "community_mean", "community_sd")
NORMS_HINT = (
    "give `reliability`, `clinical_mean`, `clinical_sd`, `community_mean` and `community_sd` "
    "from the instrument's published norms"
)


@dataclass(frozen=True)
class Thresholds:
    reliable_change: float | None
    caseness: float | None
    norms: Norms | None


def read_thresholds(
    s: Reader, minimum: float | None, maximum: float | None, better: Better
) -> Thresholds:
    """The score's thresholds, each wrong or missing value reported at its line."""
    reliable = s.number("reliable_change")
    if reliable is not None and reliable <= 0:
        s.report.error(s.at("reliable_change"), "`reliable_change` should be larger than 0")
        reliable = None
    caseness = s.number("caseness")
    if caseness is not None and not _within(caseness, minimum, maximum):
        s.report.error(s.at("caseness"), f"`caseness` ({caseness:g}) is outside the score's range")
    if "norms" not in s:
        return Thresholds(reliable, caseness, None)
    both = [key for key in ("reliable_change", "caseness") if key in s]
    if both:
        s.report.error(
            s.key(both[0]),
            f"this score gives both `norms` and `{both[0]}`",
            "give either the published `reliable_change` and `caseness`, or `norms` to work "
            "them out from (Jacobson–Truax), not both",
        )
    norms = _norms(s, minimum, maximum, better)
    if norms is None or both:
        return Thresholds(reliable, caseness, None)
    return Thresholds(norms.reliable_change, norms.cut_off, norms)


def _within(value: float, minimum: float | None, maximum: float | None) -> bool:
    return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)


def _norms(s: Reader, minimum: float | None, maximum: float | None, better: Better) -> Norms | None:
    data = s.mapping("norms")
    if data is None:
        return None
    n = Reader(data, s.report, "`norms`", NORM_KEYS)
    n.check_keys()
    values = {key: n.number(key) for key in NORM_KEYS}
    missing = [key for key in NORM_KEYS if key not in data]
    for key in missing:
        n.missing(key, NORMS_HINT)
    ok = not missing and all(v is not None for v in values.values())
    reliability = values["reliability"]
    if reliability is not None and not 0 < reliability < 1:
        s.report.error(
            n.at("reliability"),
            f"`reliability` ({reliability:g}) should be above 0 and below 1",
            "it is a reliability coefficient such as Cronbach's alpha or test–retest r, "
            "e.g. `0.89`",
        )
        ok = False
    for key in ("clinical_sd", "community_sd"):
        sd = values[key]
        if sd is not None and sd <= 0:
            s.report.error(n.at(key), f"`{key}` ({sd:g}) should be larger than 0")
            ok = False
    for key in ("clinical_mean", "community_mean"):
        mean = values[key]
        if mean is not None and not _within(mean, minimum, maximum):
            s.report.error(n.at(key), f"`{key}` ({mean:g}) is outside the score's range")
            ok = False
    clinical, community = values["clinical_mean"], values["community_mean"]
    if ok and clinical is not None and community is not None:
        worse_is_higher = better == Better.LOWER
        if clinical == community or (clinical > community) != worse_is_higher:
            side = "higher" if worse_is_higher else "lower"
            s.report.error(
                n.at("clinical_mean"),
                f"`clinical_mean` ({clinical:g}) should be {side} than `community_mean` "
                f"({community:g}) for a score where {better.value} is better",
                "check the two means are not swapped, and that `better:` is right",
            )
            ok = False
    if not ok:
        return None
    assert reliability is not None and clinical is not None and community is not None
    clinical_sd, community_sd = values["clinical_sd"], values["community_sd"]
    assert clinical_sd is not None and community_sd is not None
    return Norms(reliability, clinical, clinical_sd, community, community_sd)
