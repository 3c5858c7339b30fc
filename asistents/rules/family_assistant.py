"""The family assistant service rules (municipal binding rules; seeds 000, 001, 002)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

from .config import FamilyAssistantConfig, load_config


def family_hours(category: str, requested: float | None, config: FamilyAssistantConfig) -> float:
    """Weekly hours for a category: what the social worker's opinion names, at most the
    category's cap (seed 000 Jēkabpils: care leavers 6, families with children 10, persons
    with mental disorders 6; other municipalities configure their own). Without a requested
    figure the cap is granted. An unknown category gets 0."""
    if category not in config.categories:
        return 0.0
    cap = config.categories[category].hours_per_week
    return cap if requested is None else max(0.0, min(requested, cap))


def family_months(requested: int | None, config: FamilyAssistantConfig) -> int:
    """The term in months: what the opinion names, at most `max_months` (seed 000: "uz laiku
    līdz sešiem mēnešiem"); without a figure, the maximum."""
    if requested is None or requested <= 0:
        return config.max_months
    return min(requested, config.max_months)


def extension_months(
    granted_months: int, social_worker_opinion: bool, requested: int | None,
    config: FamilyAssistantConfig,
) -> int:
    """Months added by an extension: only on a social worker's opinion (seed 000: "pamatojoties
    uz sociālā darbinieka atzinumu, periodu var pagarināt"), each extension a new term of at
    most `max_months`. Without the opinion, 0. `granted_months` is the term being extended
    (kept for the record; seed 000 sets no overall limit)."""
    if not social_worker_opinion or granted_months <= 0:
        return 0
    return family_months(requested, config)


def caseload_share(
    assistant_cases: Iterable[str], config: FamilyAssistantConfig | None = None
) -> Fraction:
    """How much of one full-time family assistant the cases take, 1 being a full caseload.

    Seed 002 (Preiļi): at the same time at most 3-4 families with children, or 3-4
    persons/families with mental disorders, or 6 young people after out-of-family care. We
    read the "or" as alternatives of equal weight, so a mixed caseload counts each case as
    1/limit of its category (one family with children = 1/4, one care leaver = 1/6). An
    unknown category counts as a full caseload, so it is never silently accepted.
    """
    config = config or load_config().family
    counts = Counter(assistant_cases)
    share = Fraction(0)
    for category, n in counts.items():
        limit = config.caseload.get(category)
        share += Fraction(n, limit) if limit else Fraction(n)
    return share


def caseload_ok(
    assistant_cases: Iterable[str], config: FamilyAssistantConfig | None = None
) -> bool:
    """True when one full-time family assistant may hold these cases at the same time (seed
    002; see `caseload_share`): 4 families with children, 4 persons with mental disorders or
    6 care leavers is a full caseload; one more is too many."""
    return caseload_share(assistant_cases, config) <= 1
