"""An assessment: what one case is granted and why, rule by rule and document by document."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ..errors import ValidationError
from ..forms.latvian_dates import format_date_numeric, format_period_numeric
from .assistant import (
    Check,
    Eligibility,
    activity_hours,
    cap_total,
    child_hours_mk316,
    choose_rule_set,
    eligible_assistant_mk316,
    eligible_assistant_mk942,
    higher_education_allowed,
    visual_benefit_applies,
    visual_benefit_deduction,
)
from .config import ACTIVITY_KINDS, FamilyAssistantConfig, RulesConfig, RuleSet, load_config
from .facts import CaseFacts, facts_from_documents
from .family_assistant import family_hours, family_months
from .terms import (
    Period,
    capped_years_period,
    decision_due,
    duration_period,
    family_period,
    first_of_next_month,
    months_end,
)

log = logging.getLogger(__name__)

# Public names of the municipal descriptions the rules cite where no regulation point is known
# (domain.md, "Citing sources"): what a social worker or a judge can look up.
DAUGAVPILS = ("Daugavpils pilsētas pašvaldības iestādes „Sociālais dienests” apraksts "
              "„Asistentu pakalpojumi”")
MINISTRY_FAMILY = ("Labklājības ministrijas pakalpojuma apraksts „Ģimenes asistenta pakalpojums” "
                   "(ESF projekts Nr. 9.2.1.1/15/I/001)")

# What a reason did to the outcome: `applied` (a rule met or a figure set), `limited` (a cap or
# a date cut something down), `refused` (a reason to refuse), `missing` (a fact is absent, so
# the rule could not be decided: a human has to look).
OUTCOMES = ("applied", "limited", "refused", "missing")

ACTIVITY_LABELS = {
    "work": "darbs",
    "education": "mācības",
    "higher_education": "augstākā izglītība",
    "day_centre": "dienas centrs",
    "institutions": "iestāžu apmeklējumi",
    "ngo": "biedrības pasākumi",
    "leisure": "brīvais laiks",
    "care_leaver": "jaunietis pēc ārpusģimenes aprūpes",
    "family_with_children": "ģimene ar bērniem",
    "mental_disorder": "persona ar garīga rakstura traucējumiem",
}


DURATION_LABELS = {
    "one_off": "vienreizējs",
    "one_month": "uz vienu mēnesi",
    "several_months": "uz vairākiem mēnešiem",
    "end_of_year": "līdz kārtējā gada beigām",
    "one_year": "uz vienu gadu",
}


def number(value: float | None) -> float | int | None:
    """Hours as JSON shows them: 20, not 20.0; 2.5 stays 2.5."""
    if value is None:
        return None
    rounded = round(float(value), 2)
    return int(rounded) if rounded.is_integer() else rounded


@dataclass
class Reason:
    """One rule applied to this case: the rule (regulation and point, or seed municipality
    rule), what it found, the documents and `doc_type.field`s it read, and its effect."""

    rule: str
    text: str
    documents: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    outcome: str = "applied"
    # For a `missing` reason about a document: which one (and the activity it would prove), so
    # intake can match it with its own `missing` finding.
    doc_type: str | None = None
    activity: str | None = None
    # The facts the rule read (`disability_group`, `opinion_valid_until`...): what a decision's
    # wording of this reason is chosen by. Not part of the contract.
    uses: tuple[str, ...] = ()
    held: bool = False  # a refusal or cut held for a person: it rests on a doubtful value

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "text": self.text,
                               "documents": list(self.documents), "fields": list(self.fields),
                               "outcome": self.outcome}
        if self.doc_type:
            out["doc_type"] = self.doc_type
        if self.activity:
            out["activity"] = self.activity
        return out


@dataclass
class ActivityLine:
    """The hours of one activity and the three figures they are the least of."""

    kind: str
    requested: float | None  # None: the application names the activity without hours
    supported: float | None
    has_certificate: bool
    cap: float
    cap_kind: str
    granted: float
    rule: str
    documents: list[str] = field(default_factory=list)


@dataclass
class Assessment:
    """The result of the rules for one case (the case contract's `assessment`, plus detail)."""

    service: str
    rule_set: str
    granted: bool
    hours: dict[str, float] = field(default_factory=dict)
    total_hours_per_week: float | None = 0.0
    period: Period | None = None
    decision_due: date | None = None
    reasons: list[Reason] = field(default_factory=list)
    unit: str = "week"
    hours_per_month: float | None = None
    activities: list[ActivityLine] = field(default_factory=list)
    assessed_hours_per_week: float | None = None
    benefit_hours_deducted: float = 0.0
    total_cap: float | None = None
    track: str | None = None
    needs_review: bool = False
    missing: list[str] = field(default_factory=list)
    tiers: dict[str, dict[str, float]] = field(default_factory=dict)  # MK 316 adults, unconfirmed
    category: str | None = None  # family assistant: the category whose weekly cap applies
    period_months: int | None = None  # family assistant: the term in months
    # needs_review findings for refusals and cuts held back on a doubtful value (rules.doubt)
    held: list[dict[str, Any]] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The `assessment` object of the case contract (DESIGN.md), with added detail fields."""
        return {
            "rule_set": self.rule_set,
            "granted": self.granted,
            "hours": {k: number(v) for k, v in self.hours.items()},
            "total_hours_per_week": number(self.total_hours_per_week),
            "period": self.period.to_contract() if self.period else None,
            "decision_due": self.decision_due.isoformat() if self.decision_due else None,
            "reasons": [r.to_contract() for r in self.reasons],
            "service": self.service,
            "unit": self.unit,
            "hours_per_month": number(self.hours_per_month),
            "track": self.track,
            "requested": {a.kind: number(a.requested) for a in self.activities},
            "supported": {a.kind: number(a.supported) for a in self.activities
                          if a.has_certificate},
            "caps": {a.kind: number(a.cap) for a in self.activities},
            "total_cap": number(self.total_cap),
            "assessed_hours_per_week": number(self.assessed_hours_per_week),
            "benefit_hours_deducted": number(self.benefit_hours_deducted),
            "needs_review": self.needs_review,
            "missing": list(self.missing),
            "tiers": {k: {lvl: number(v) for lvl, v in t.items()} for k, t in self.tiers.items()},
            "category": self.category,
            "period_months": self.period_months,
        }

    def findings(self) -> list[dict[str, Any]]:
        """Case-contract findings for a refusal: `ineligible` for each reason to refuse, or
        `needs_review` when only missing facts stopped the grant. Empty when granted."""
        held = [dict(f) for f in self.held]
        if self.granted:
            return held
        refused = [r for r in self.reasons if r.outcome == "refused"]
        kind = "ineligible"
        if not refused:
            # A held reason is already one of `held`, with the fields to confirm.
            refused = [r for r in self.reasons if r.outcome == "missing" and not r.held]
            kind = "needs_review"
        findings = []
        for r in refused:
            finding: dict[str, Any] = {"kind": kind, "rule": r.rule, "message": r.text,
                                       "documents": list(r.documents)}
            if r.doc_type:
                finding["doc_type"] = r.doc_type
            if r.activity:
                finding["activity"] = r.activity
            findings.append(finding)
        return findings + held


# --- building reasons from facts ---------------------------------------------------------------


def _reason(facts: CaseFacts, rule: str, text: str, uses: tuple[str, ...] | list[str],
            outcome: str = "applied") -> Reason:
    documents = facts.files(*uses)
    fields = facts.fields(*uses)
    if not documents:
        # A rule with nothing to point at (e.g. no residence stated) still names the application.
        documents = facts.files("application_date", "service")
    return Reason(rule, text, documents, fields, outcome, uses=tuple(uses))


def _from_check(facts: CaseFacts, check: Check) -> Reason:
    outcome = "applied" if check.ok else ("refused" if check.ok is False else "missing")
    reason = _reason(facts, check.rule, check.text, check.uses, outcome)
    if outcome == "missing" and "opinion" in check.uses:
        reason.doc_type = "commission_opinion"
    return reason


def certificate_type(kind: str) -> str:
    """The document that proves an activity (seed 004 item 4; DESIGN.md doc types)."""
    if kind == "work":
        return "employer_certificate"
    if kind in ("education", "higher_education"):
        return "school_certificate"
    return "activity_certificate"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{number(value)}"


def assess(
    facts: CaseFacts, *, config: RulesConfig | None = None, today: date | None = None
) -> Assessment:
    """Assess one case: eligibility, hours, period and decision due date, with every reason.

    The service decides the rules: the family assistant service follows the municipal
    configuration; the assistant service the national rule set in force on the application
    date (`mk942` weekly hours, `mk316` monthly hours). A refusal always carries at least one
    reason with outcome `refused` or `missing`.
    """
    config = config or load_config()
    today = today or date.today()
    if facts.service == "family_assistant":
        result = _assess_family(facts, config, today)
    else:
        result = _assess_assistant(facts, config, today)
    result.missing = list(facts.missing)
    if not result.granted:
        result.hours = {}
        result.total_hours_per_week = 0.0 if result.unit == "week" else None
        result.hours_per_month = 0.0 if result.unit == "month" else None
        result.period = None
        result.period_months = None
        if not any(r.outcome in ("refused", "missing") for r in result.reasons):
            result.reasons.append(_reason(
                facts, f"{DAUGAVPILS}, sadaļa „Asistenta pakalpojuma piešķiršana”: lēmums par "
                "atteikumu", "nav piešķiramu stundu", (), "refused"))
        result.needs_review = result.needs_review or not any(
            r.outcome == "refused" for r in result.reasons)
    return result


def assess_documents(
    documents: list[dict[str, Any]], *, received_on: date | None = None,
    config: RulesConfig | None = None, today: date | None = None,
    min_field_confidence: float | None = None,
) -> Assessment:
    """`assess(facts_from_documents(documents))`: the documents of ONE case, with every
    refusal or cut that rests on a value read with doubt held for a person (rules.doubt)."""
    from .doubt import hold_doubtful  # doubt reads the checks' thresholds; they import forms

    result = assess(facts_from_documents(documents, received_on=received_on), config=config,
                    today=today)
    return hold_doubtful(result, documents, min_field_confidence)


def _choose(facts: CaseFacts, config: RulesConfig, today: date,
            reasons: list[Reason]) -> tuple[date, RuleSet | None]:
    app_date = facts.application_date or facts.received_on
    if app_date is None:
        app_date = today
        reasons.append(_reason(facts, "Administratīvā procesa likums: iesnieguma datums",
                               f"nav iesnieguma datuma: noteikumi izvēlēti pēc šodienas "
                               f"({format_date_numeric(today)})", (), "missing"))
    try:
        name = choose_rule_set(app_date, config.rule_sets)
    except ValidationError as exc:
        reasons.append(_reason(facts, "Ministru kabineta noteikumi Nr. 942 un Nr. 316: spēkā "
                               "esamības laiks", exc.message,
                               ("application_date",), "refused"))
        return app_date, None
    rs = config.rule_set(name)
    until = format_date_numeric(rs.valid_until) if rs.valid_until else "šobrīd"
    reasons.append(_reason(
        facts, f"{rs.title}: {rs.source}",
        # The rule names the act in full; its key (`mk942`) is the data's, not the user's.
        f"iesnieguma datums {format_date_numeric(app_date)}: piemērojami šie noteikumi "
        f"(spēkā {format_date_numeric(rs.valid_from)}–{until})", ("application_date",)))
    return app_date, rs


def _due(facts: CaseFacts, months: int, source: str, reasons: list[Reason]) -> date | None:
    if facts.received_on is None:
        return None
    due = decision_due(facts.received_on, months=months)
    reasons.append(_reason(
        facts, source,
        f"iesniegums saņemts {format_date_numeric(facts.received_on)}: lēmums jāpieņem līdz "
        f"{format_date_numeric(due)} (viens mēnesis; ja mēnesī nav tāda datuma, tā pēdējā diena)",
        ("application_date",)))
    return due


def _child_age_limit(facts: CaseFacts, rs: RuleSet, track: str | None, period: Period,
                     reasons: list[Reason]) -> Period:
    """A child's period ends the day before the birthday past the child track's upper age."""
    if track not in ("child", "companion") or facts.birth_date is None:
        return period
    born = facts.birth_date
    limit = months_end(born, 12 * (rs.child_max_age + 1))
    if limit < period.end:
        reasons.append(_reason(
            facts, rs.child_source,
            f"bērns sasniedz {rs.child_max_age + 1} gadu vecumu: periods līdz "
            f"{format_date_numeric(limit)}", ("birth_date",), "limited"))
        return replace(period, end=max(limit, period.start))
    return period


def _assess_assistant(facts: CaseFacts, config: RulesConfig, today: date) -> Assessment:
    reasons: list[Reason] = []
    app_date, rs = _choose(facts, config, today, reasons)
    if rs is None:
        return Assessment("assistant", "none", False, reasons=reasons)
    result = Assessment("assistant", rs.name, False, reasons=reasons, unit=rs.unit)
    result.decision_due = _due(facts, rs.decision_months, rs.decision_source, reasons)
    age = facts.age_on(app_date)
    for item in facts.missing:
        if item.startswith(("VDEĀVK", "iesniegums", "iesnieguma", "izziņa", "klienta")):
            continue  # said by the rule that needs it
        reason = _reason(facts, f"{DAUGAVPILS}, 1.–3. punkts: iesniedzamie dokumenti",
                         f"trūkst: {item}", (), "missing")
        if "representation_document" in item:
            reason.doc_type = "representation_document"
        reasons.append(reason)
    if rs.unit == "week":
        _assess_mk942(facts, rs, age, result)
    else:
        _assess_mk316(facts, rs, age, result)
    return result


def _period(facts: CaseFacts, rs: RuleSet, result: Assessment) -> Period | None:
    received = facts.received_on or facts.application_date
    start = facts.start or (first_of_next_month(received) if received else None)
    if start is None:
        return None
    option = facts.duration if facts.duration in rs.duration_options else rs.default_duration
    months = facts.duration_months
    if option == "several_months" and (months is None or not 2 <= months <= 11):
        option = rs.default_duration
    period, shortened = duration_period(option, start, facts.opinion_valid_until, months=months)
    chosen = "iesniegumā" if facts.duration == option else "noklusējums, iesniegumā nav"
    result.reasons.append(_reason(
        facts, rs.duration_source,
        f"ilgums {DURATION_LABELS[option]}"
        + (f" ({months} mēn.)" if option == "several_months" else "")
        + f" ({chosen}), no {format_date_numeric(start)}", ("duration",)))
    if period is None:
        until = format_date_numeric(facts.opinion_valid_until) if facts.opinion_valid_until else "?"
        result.reasons.append(_reason(
            facts, rs.duration_source.split(": ", 1)[0] + ": ilgums nevar pārsniegt atzinuma "
            "derīguma termiņu",
            f"VDEĀVK atzinums derīgs līdz {until}, pirms perioda sākuma "
            f"{format_date_numeric(start)}",
            ("opinion_valid_until",), "refused"))
        return None
    if shortened:
        result.reasons.append(_reason(
            facts, rs.duration_source.split(": ", 1)[0] + ": ilgums nevar pārsniegt atzinuma "
            "derīguma termiņu",
            f"VDEĀVK atzinums derīgs līdz {format_date_numeric(period.end)}: periods saīsināts",
            ("opinion_valid_until",), "limited"))
    return period


def _eligibility_reasons(facts: CaseFacts, elig: Eligibility, result: Assessment) -> None:
    result.track = elig.track
    result.reasons.extend(_from_check(facts, c) for c in elig.checks)


def _assess_mk942(facts: CaseFacts, rs: RuleSet, age: int | None, result: Assessment) -> None:
    elig = eligible_assistant_mk942(
        age=age, disability_group=facts.disability_group,
        assistant_needed=facts.assistant_needed, special_care_needed=facts.special_care_needed,
        residence=facts.residence, opinion_present=facts.opinion_present, rule_set=rs,
        opinion_valid_until=facts.opinion_valid_until, application_date=facts.application_date)
    _eligibility_reasons(facts, elig, result)
    adult = elig.track != "child"
    assert rs.total_cap is not None and rs.visual_benefit is not None  # checked on load
    result.total_cap = rs.total_cap.value
    # Activities named without hours count when a certificate proves them (asked = unknown).
    proven_unstated = {k for k in facts.unstated if k in facts.supported}
    ordered = sorted(set(facts.requested) | proven_unstated, key=ACTIVITY_KINDS.index)
    for kind in ordered:
        stated = kind in facts.requested
        cap_kind = kind
        cap = rs.caps[kind]
        if cap.only_for_limitation and cap.fallback_kind and not higher_education_allowed(
                adult=adult, disability_group=facts.disability_group,
                limitations=facts.limitations):
            cap_kind = cap.fallback_kind
            result.reasons.append(_reason(
                facts, "Labklājības ministrijas skaidrojums par asistenta pakalpojumu pašvaldībā: "
                "augstākās izglītības apjoms tikai redzes invaliditātei",
                f"{ACTIVITY_LABELS[kind]}: nav I grupas redzes invaliditātes (pieaugušajam) vai "
                f"redzes invaliditātes (bērnam): piemēro mācību limitu "
                f"{_fmt(rs.caps[cap_kind].hours)} h",
                ("disability_group", "limitations"), "limited"))
            cap = rs.caps[cap_kind]
        has_cert = kind in facts.supported
        supported = facts.supported.get(kind)
        asked = facts.requested[kind] if stated else cap.hours
        granted = activity_hours(asked, supported, cap.hours) if has_cert else 0.0
        uses = (f"requested.{kind}", f"supported.{kind}")
        line = ActivityLine(kind, asked if stated else None, supported, has_cert, cap.hours,
                            cap_kind, granted, cap.source, facts.files(*uses))
        result.activities.append(line)
        if not has_cert:
            text = (f"{ACTIVITY_LABELS[kind]}: prasīts {_fmt(asked)} h, nav izziņas, kas "
                    f"apliecina aktivitāti -> 0 h")
            outcome = "missing"
        else:
            proof = ("izziņā stundas nav norādītas" if supported is None
                     else f"izziņa apliecina {_fmt(supported)} h")
            if cap.unconfirmed:
                # An internal note for the logs, never for what users read (domain.md).
                log.info("%s: the %s cap (%s h) is not confirmed in a primary text",
                         rs.name, kind, _fmt(cap.hours))
            asked_text = f"prasīts {_fmt(asked)} h" if stated else "prasītās stundas nav norādītas"
            text = (f"{ACTIVITY_LABELS[kind]}: {asked_text}, {proof}, limits "
                    f"{_fmt(cap.hours)} h -> {_fmt(granted)} h")
            # Granted on the certificate alone, a worker confirms the claim: `missing`.
            outcome = "missing" if not stated else "limited" if granted < asked else "applied"
        if kind in facts.assumed:
            text += (f" (izziņā {facts.assumed[kind]} aktivitātes veids nav nolasīts: pieņemts, "
                     "ka tā apliecina šo aktivitāti; pārbaudiet)")
            outcome = "missing"
        reason = _reason(facts, cap.source, text, uses, outcome)
        if not has_cert:
            reason.doc_type, reason.activity = certificate_type(kind), kind
        result.reasons.append(reason)
    # An activity that gets nothing stays in `activities` (and the contract's `requested`),
    # not in `hours`: a decision lists what is granted.
    result.hours = {a.kind: a.granted for a in result.activities if a.granted > 0}
    subtotal = sum(result.hours.values())
    assessed = cap_total(result.hours, rs.total_cap.value)
    result.assessed_hours_per_week = assessed
    if subtotal > assessed:
        result.reasons.append(_reason(
            facts, rs.total_cap.source,
            f"kopā {_fmt(subtotal)} h, nepārsniedzot {_fmt(rs.total_cap.value)} h nedēļā -> "
            f"{_fmt(assessed)} h", [f"requested.{k}" for k in ordered], "limited"))
    total = assessed
    if visual_benefit_applies(adult=adult, disability_group=facts.disability_group,
                              limitations=facts.limitations,
                              receives_benefit=facts.receives_assistant_benefit):
        total = visual_benefit_deduction(assessed, rs.visual_benefit.value)
        result.benefit_hours_deducted = assessed - total
        result.reasons.append(_reason(
            facts, rs.visual_benefit.source,
            f"I grupas redzes invaliditāte un asistenta pabalsts: pirmās "
            f"{_fmt(rs.visual_benefit.value)} h sedz pabalsts: {_fmt(assessed)} h -> "
            f"{_fmt(total)} h",
            ("receives_assistant_benefit", "disability_group", "limitations"),
            "limited" if total > 0 else "refused"))
    result.total_hours_per_week = total
    if elig.eligible is True and total <= 0 and result.benefit_hours_deducted == 0:
        result.reasons.append(_reason(
            facts, rs.total_cap.source.split(": ", 1)[0] + ": apjoms pēc apliecinātām "
            "aktivitātēm",
            "nav nevienas apliecinātas aktivitātes ar stundām: apjoms 0 h",
            [f"requested.{k}" for k in ordered], "refused" if not facts.requested
            else "missing"))
    period = _period(facts, rs, result) if elig.eligible is not False else None
    if period is not None:
        period = _child_age_limit(facts, rs, elig.track, period, result.reasons)
    result.period = period
    result.granted = bool(elig.eligible is True and total > 0 and period is not None)


def _assess_mk316(facts: CaseFacts, rs: RuleSet, age: int | None, result: Assessment) -> None:
    elig = eligible_assistant_mk316(
        age=age, disability_group=facts.disability_group,
        special_care_needed=facts.special_care_needed, limitations=facts.limitations,
        residence=facts.residence, opinion_present=facts.opinion_present, rule_set=rs,
        opinion_valid_until=facts.opinion_valid_until, application_date=facts.application_date)
    _eligibility_reasons(facts, elig, result)
    result.total_hours_per_week = None
    if elig.track == "adult":
        wanted = set(facts.requested) | set(facts.unstated)
        result.tiers = {k: {"lower": t.lower, "higher": t.higher}
                        for k, t in rs.adult_tiers.items() if k in wanted}
        tiers = [f"{ACTIVITY_LABELS[k]} {_fmt(t['lower'])}/{_fmt(t['higher'])} h"
                 for k, t in result.tiers.items()]
        result.reasons.append(_reason(
            facts, f"{rs.title}: pieaugušā atbalsta intensitātes novērtējums",
            "pieaugušā apjomu nosaka sociālā dienesta anketa; mēneša stundu pakāpes "
            + ("(" + "; ".join(tiers) + ")" if tiers else "nav piemērojamas")
            + ": jāizvērtē sociālajam darbiniekam", ("requested.work",), "missing"))
        result.needs_review = True
        return
    if elig.eligible is not True or elig.track is None:
        return
    hours = child_hours_mk316(elig.track, facts.weekly_procedures, rs)
    key = ("companion" if elig.track == "companion" else
           "with_weekly_procedures" if facts.weekly_procedures else "base")
    figure = rs.child_hours[key]
    note = ""
    if elig.track == "child" and facts.weekly_procedures is None:
        note = " (nav ziņu par procedūrām vai rehabilitāciju vismaz reizi nedēļā)"
    result.hours_per_month = hours
    result.reasons.append(_reason(
        facts, figure.source, f"{'pavadonis' if elig.track == 'companion' else 'bērns'}: "
        f"{_fmt(hours)} h mēnesī{note}", ("special_care_needed", "weekly_procedures")))
    received = facts.received_on or facts.application_date
    start = facts.start or (first_of_next_month(received) if received else None)
    if start is None:
        return
    if facts.opinion_valid_until is not None and facts.opinion_valid_until < start:
        result.reasons.append(_reason(
            facts, "MK 316: uz invaliditātes laiku",
            f"VDEĀVK atzinums derīgs līdz {format_date_numeric(facts.opinion_valid_until)}, pirms "
            f"perioda sākuma {format_date_numeric(start)}", ("opinion_valid_until",), "refused"))
        return
    assert rs.max_years is not None  # checked on load for monthly rule sets
    period, by_years = capped_years_period(start, int(rs.max_years.value),
                                           facts.opinion_valid_until)
    result.reasons.append(_reason(
        facts, rs.max_years.source,
        f"periods {format_period_numeric(period.start, period.end)} ("
        + (f"ne ilgāk kā {_fmt(rs.max_years.value)} gadi" if by_years
           else "līdz invaliditātes termiņa beigām") + ")",
        ("opinion_valid_until",), "limited" if by_years else "applied"))
    result.period = _child_age_limit(facts, rs, elig.track, period, result.reasons)
    result.granted = hours > 0


def _extension_start(facts: CaseFacts, fam: FamilyAssistantConfig, start: date | None,
                     reasons: list[Reason]) -> date | None:
    """An extension continues the term the earlier opinion gave (seed 000): it starts the day
    after that term ends; the term is counted as a first grant would be (from the month after
    the earlier opinion, at most `max_months`)."""
    if facts.start is not None or facts.previous_opinion_on is None:
        reasons.append(_reason(facts, fam.extension_source,
                               "lietā ir atkārtots sociālā darbinieka atzinums: pagarinājums",
                               ("family_category", "previous_term")))
        return start
    first = family_period(first_of_next_month(facts.previous_opinion_on),
                          family_months(facts.previous_months, fam))
    new_start = first.end + timedelta(days=1)
    reasons.append(_reason(
        facts, fam.extension_source,
        f"pagarinājums pēc sociālā darbinieka atzinuma: iepriekšējais termiņš "
        f"{format_period_numeric(first.start, first.end)}, turpinās no "
        f"{format_date_numeric(new_start)}", ("previous_term", "family_months")))
    return new_start


def _assess_family(facts: CaseFacts, config: RulesConfig, today: date) -> Assessment:
    fam = config.family
    reasons: list[Reason] = []
    result = Assessment("family_assistant", "family_assistant", False, reasons=reasons)
    result.decision_due = _due(facts, fam.decision_months, fam.decision_source, reasons)
    category = facts.family_category
    if category is None or category not in fam.categories:
        known = ", ".join(fam.categories)
        reasons.append(_reason(
            facts, f"{fam.municipality}: ģimenes asistenta pakalpojuma saņēmēji",
            f"sociālā darbinieka atzinumā nav zināmas kategorijas ({category or 'nav'}; "
            f"zināmās: {known})", ("family_category",),
            "missing" if category is None else "refused"))
        return result
    cap = fam.categories[category]
    hours = family_hours(category, facts.family_hours, fam)
    asked = facts.family_hours
    limited = asked is not None and asked > hours
    reasons.append(_reason(
        facts, cap.source,
        f"{ACTIVITY_LABELS.get(category, category)}: atzinumā {_fmt(asked)} h, limits "
        f"{_fmt(cap.hours_per_week)} h nedēļā -> {_fmt(hours)} h",
        ("family_category", "family_hours"), "limited" if limited else "applied"))
    result.activities.append(ActivityLine(category, asked if asked is not None else hours,
                                          None, False, cap.hours_per_week, category, hours,
                                          cap.source, facts.files("family_hours")))
    months = family_months(facts.family_months, fam)
    if facts.family_months is not None and facts.family_months > months:
        reasons.append(_reason(
            facts, fam.max_months_source,
            f"atzinumā {facts.family_months} mēn., ne ilgāk kā {fam.max_months} mēn.; "
            "pagarināt var ar jaunu sociālā darbinieka atzinumu",
            ("family_months",), "limited"))
    else:
        reasons.append(_reason(facts, fam.max_months_source,
                               f"termiņš {months} mēn. (līdz {fam.max_months})",
                               ("family_months",)))
    if not facts.family_tasks:
        reasons.append(_reason(
            facts, f"{MINISTRY_FAMILY}, priekšnosacījumi: atzinumā konkrēti uzdevumi, apjoms, "
            "termiņš",
            "sociālā darbinieka atzinumā nav nosaukti konkrēti uzdevumi: jāpapildina",
            ("family_tasks",), "missing"))
        result.needs_review = True
    start_from = facts.received_on or facts.social_worker_opinion_on or facts.application_date
    start = facts.start or (first_of_next_month(start_from) if start_from else None)
    if facts.extension_opinion:
        start = _extension_start(facts, fam, start, reasons)
    if start is not None:
        result.period = family_period(start, months)
    else:
        reasons.append(_reason(facts, fam.max_months_source,
                               "nav datuma, no kura sākt periodu", (), "missing"))
    # The family service grants weekly hours for the household, not per activity: `hours`
    # stays empty and the category names the cap (as intake's sample truth expects).
    result.category = category
    result.period_months = months
    result.total_hours_per_week = hours
    result.total_cap = cap.hours_per_week
    result.track = category
    result.granted = hours > 0 and result.period is not None
    if not result.granted and hours <= 0:
        reasons.append(_reason(facts, cap.source, "atzinumā 0 stundu", ("family_hours",),
                               "refused"))
    return result
