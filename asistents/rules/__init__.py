"""The rules of the assistant and family assistant services: eligibility, hours, terms, reasons."""

from .assessment import Assessment, Reason, assess, assess_documents
from .assistant import (
    activity_hours,
    cap_total,
    child_hours_mk316,
    choose_rule_set,
    eligible_assistant_mk316,
    eligible_assistant_mk942,
    hours_per_activity,
    visual_benefit_deduction,
)
from .config import RulesConfig, load_config
from .explain import explain
from .facts import CaseFacts, facts_from_documents
from .family_assistant import caseload_ok, caseload_share, family_hours, family_months
from .pay import hourly_rate
from .terms import Period, add_months, decision_due, duration_period

__all__ = [
    "Assessment",
    "CaseFacts",
    "Period",
    "Reason",
    "RulesConfig",
    "activity_hours",
    "add_months",
    "assess",
    "assess_documents",
    "cap_total",
    "caseload_ok",
    "caseload_share",
    "child_hours_mk316",
    "choose_rule_set",
    "decision_due",
    "duration_period",
    "eligible_assistant_mk316",
    "eligible_assistant_mk942",
    "explain",
    "facts_from_documents",
    "family_hours",
    "family_months",
    "hourly_rate",
    "hours_per_activity",
    "load_config",
    "visual_benefit_deduction",
]
