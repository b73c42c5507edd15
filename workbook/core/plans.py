"""Which modules are plans (the person's own safety and relapse plans), not questionnaires.

A finished plan is shown as the plan itself (the safety panel, the plan card, the
progress report, the finish screen) rather than as the pages it was written on.
"""

from __future__ import annotations

PLAN_MODULE_IDS = ("relapse-plan", "safety-plan")

#: The plan the "Need help now?" panel shows (the relapse plan is printed, not shown there).
SAFETY_PLAN_MODULE = "safety-plan"
