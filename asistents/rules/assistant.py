"""The assistant service rules (MK 942 weekly hours, MK 316 monthly hours) as pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..errors import ValidationError
from ..forms.latvian_dates import format_date_numeric
from .config import RuleSet, load_config


@dataclass(frozen=True)
class Check:
    """One rule applied: `ok` True (met), False (not met: refuse), None (cannot tell: a fact is
    missing). `uses` names the facts it read (keys of CaseFacts.sources)."""

    rule: str
    text: str
    ok: bool | None
    uses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Eligibility:
    """The outcome of the eligibility checks: the track (`adult`, `child`, `companion`) and
    every check made, in order."""

    eligible: bool | None
    track: str | None
    checks: list[Check] = field(default_factory=list)


def choose_rule_set(
    application_date: date, rule_sets: Mapping[str, RuleSet] | None = None
) -> str:
    """The rule set in force on the application date.

    MK 942 (18.12.2012) governed applications from 2013-01-01 to 2021-06-30; MK 316
    (18.05.2021) from 2021-07-01 (domain.md). The dates are data in rule_sets.yaml.
    A date before every rule set is a ValidationError.
    """
    if rule_sets is None:
        rule_sets = load_config().rule_sets
    for name, rule_set in rule_sets.items():
        if rule_set.in_force_on(application_date):
            return name
    raise ValidationError(f"iesnieguma datumā ({format_date_numeric(application_date)}) nav "
                          "spēkā neviens no asistenta pakalpojuma noteikumiem")


def activity_hours(requested: float, supported: float | None, cap: float) -> float:
    """The hours of one activity: the lesser of what is asked, what its certificate supports
    (None: the certificate confirms the activity but states no hours) and the activity's cap.

    MK 942 annex 1; seed 004 ("apjomu nosaka, ņemot vērā šādus kritērijus"). Never negative.
    """
    candidates = [requested, cap] if supported is None else [requested, supported, cap]
    return max(0.0, min(candidates))


def hours_per_activity(
    requested: Mapping[str, float],
    supported: Mapping[str, float | None],
    caps: Mapping[str, float],
) -> dict[str, float]:
    """`activity_hours` for every requested activity (MK 942 annex 1; seed 004).

    `supported` maps an activity to the hours its certificate states (None: no hours stated);
    an activity missing from `supported` has no certificate and gets 0 (seed 004: proof of
    each activity is required). An activity with no cap gets 0.
    """
    result: dict[str, float] = {}
    for kind, asked in requested.items():
        if kind not in supported or kind not in caps:
            result[kind] = 0.0
        else:
            result[kind] = activity_hours(asked, supported[kind], caps[kind])
    return result


def cap_total(hours: Mapping[str, float], total_cap: float) -> float:
    """The weekly total: the sum of the activities, at most `total_cap` (MK 942 annex 1; seed
    004: "nepārsniedzot 40 stundas nedēļā"). 20 + 20 + 2 = 42 becomes 40."""
    return max(0.0, min(sum(hours.values()), total_cap))


def visual_benefit_deduction(total: float, benefit_hours: float = 10) -> float:
    """The municipal hours for an adult with group I visual disability who receives the state
    assistant benefit: the first `benefit_hours` come from the benefit (seed 004; Ministry of
    Welfare, "citi ierobežojumi"). 40 -> 30; 10 or less -> 0 (no duty to provide an assistant).
    """
    return max(0.0, total - benefit_hours) if total > benefit_hours else 0.0


def visual_benefit_applies(
    *, adult: bool, disability_group: str | None, limitations: tuple[str, ...],
    receives_benefit: bool | None,
) -> bool:
    """The deduction applies to adults with group I visual disability receiving the benefit
    (seed 004: "pieaugušiem cilvēkiem ar I grupas redzes invaliditāti, kuri saņem pabalstu")."""
    return bool(adult and disability_group == "I" and "vision" in limitations and receives_benefit)


def higher_education_allowed(*, adult: bool, disability_group: str | None,
                             limitations: tuple[str, ...]) -> bool:
    """Ministry of Welfare guidance: the 40 h higher-education row only for adults with group I
    visual disability and children with a visual disability."""
    if "vision" not in limitations:
        return False
    return disability_group == "I" if adult else True


def _residence_check(rule_set: RuleSet, residence: str | None) -> Check:
    if residence in rule_set.excluded_residence:
        names = {"long_term_care": "ilgstošas sociālās aprūpes institūcijā",
                 "hospital": "stacionārā ārstniecības iestādē", "prison": "ieslodzījuma vietā"}
        return Check(rule_set.excluded_source,
                     f"persona atrodas {names.get(residence or '', residence)}: pakalpojums "
                     "netiek sniegts", False, ("residence",))
    return Check(rule_set.excluded_source,
                 "nav ziņu, ka persona atrodas ilgstošas aprūpes institūcijā, slimnīcā vai "
                 "ieslodzījumā", True, ("residence",))


def eligible_assistant_mk942(
    *,
    age: int | None,
    disability_group: str | None,
    assistant_needed: bool | None,
    special_care_needed: bool | None,
    residence: str | None,
    opinion_present: bool = True,
    rule_set: RuleSet | None = None,
    opinion_valid_until: date | None = None,
    application_date: date | None = None,
) -> Eligibility:
    """Who may receive the assistant service under MK 942 (p. 2; seed 004 "Klienti").

    Adult track: disability group I or II and a VDEĀVK opinion that an assistant is needed.
    Child track: aged `child_min_age` to `child_max_age` (5 to 18, both inclusive, in completed
    years on the application date: "no 5 līdz 18 gadu vecumam" is read inclusively because the
    adult opinion is for persons "vecāka par 18 gadiem", so an 18-year-old is not left in
    neither track) and a VDEĀVK opinion that special care is needed. Nobody living in a
    long-term social care institution, an inpatient hospital or a prison (seed 004). The
    opinion must be valid on the application date (`opinion_valid_until`, None = indefinite).
    """
    rule_set = rule_set or load_config().rule_set("mk942")
    checks: list[Check] = [_residence_check(rule_set, residence)]
    if not opinion_present:
        checks.append(Check(rule_set.adult_source,
                            "lietā nav VDEĀVK atzinuma: tiesības nevar noteikt (pieprasīt "
                            "atzinumu vai pārbaudīt pašvaldības informācijas sistēmā)",
                            None, ("opinion",)))
        return Eligibility(False if checks[0].ok is False else None, None, checks)
    if disability_group in rule_set.adult_groups:
        ok = bool(assistant_needed)
        checks.append(Check(
            rule_set.adult_source,
            f"{disability_group}. invaliditātes grupa; VDEĀVK atzinums par asistenta "
            f"nepieciešamību: {'ir' if ok else 'nav'}",
            ok, ("disability_group", "assistant_needed")))
        track = "adult"
    elif disability_group == "child" or (special_care_needed and disability_group is None):
        track = "child"
        if age is None:
            checks.append(Check(rule_set.child_source,
                                "bērna vecums nav nosakāms (jaunā formāta personas kods, nav "
                                "dzimšanas datuma): jāpārbauda", None, ("birth_date",)))
        else:
            in_range = rule_set.child_min_age <= age <= rule_set.child_max_age
            checks.append(Check(
                rule_set.child_source,
                f"vecums {age} gadi; pieļaujams no {rule_set.child_min_age} līdz "
                f"{rule_set.child_max_age} gadiem (ieskaitot)",
                in_range, ("birth_date",)))
        ok = bool(special_care_needed)
        checks.append(Check(
            rule_set.child_source,
            f"VDEĀVK atzinums par īpašas kopšanas nepieciešamību: {'ir' if ok else 'nav'}",
            ok, ("special_care_needed",)))
    else:
        checks.append(Check(
            rule_set.adult_source,
            f"invaliditātes grupa {disability_group or 'nav norādīta'}: pakalpojums paredzēts "
            "I vai II grupai vai bērnam ar īpašas kopšanas atzinumu",
            False if disability_group else None, ("disability_group",)))
        track = None
    _validity_check(checks, rule_set, track, opinion_valid_until, application_date)
    return Eligibility(_combine(checks), track, checks)


def _validity_check(checks: list[Check], rule_set: RuleSet, track: str | None,
                    valid_until: date | None, application_date: date | None) -> None:
    if valid_until is None or application_date is None or valid_until >= application_date:
        return
    rule = rule_set.child_source if track in ("child", "companion") else (
        rule_set.adult_source or rule_set.child_source)
    checks.append(Check(rule, "VDEĀVK atzinums bija derīgs līdz "
                              f"{format_date_numeric(valid_until)}, iesniegums "
                              f"{format_date_numeric(application_date)}: atzinums nav spēkā",
                        False, ("opinion_valid_until", "application_date")))


def _combine(checks: list[Check]) -> bool | None:
    if any(c.ok is False for c in checks):
        return False
    if any(c.ok is None for c in checks):
        return None
    return True


def eligible_assistant_mk316(
    *,
    age: int | None,
    disability_group: str | None,
    special_care_needed: bool | None,
    limitations: tuple[str, ...],
    residence: str | None,
    opinion_present: bool = True,
    rule_set: RuleSet | None = None,
    opinion_valid_until: date | None = None,
    application_date: date | None = None,
) -> Eligibility:
    """Who may receive the service under MK 316 (from 2021-07-01; domain.md).

    Children 5-18 (inclusive, as for MK 942) with a VDEĀVK special-care opinion: the assistant
    service; children 5-18 with a mobility impairment and no special-care opinion: the
    companion service (pavadonis). Adults (group I/II) are assessed by the social service with
    a questionnaire, not by a VDEĀVK assistant opinion: their track is `adult`, with the hours
    left to that assessment.
    """
    rule_set = rule_set or load_config().rule_set("mk316")
    checks: list[Check] = [_residence_check(rule_set, residence)]
    if disability_group in ("I", "II"):
        checks.append(Check(rule_set.source,
                            f"{disability_group}. invaliditātes grupa: pieaugušo vajadzības "
                            "izvērtē sociālais dienests ar anketu (atbalsta intensitātes līmenis)",
                            True, ("disability_group",)))
        return Eligibility(_combine(checks), "adult", checks)
    if not opinion_present:
        checks.append(Check(rule_set.child_source,
                            "lietā nav VDEĀVK atzinuma: tiesības nevar noteikt", None,
                            ("opinion",)))
        return Eligibility(_combine(checks), None, checks)
    if age is None:
        checks.append(Check(rule_set.child_source, "bērna vecums nav nosakāms: jāpārbauda",
                            None, ("birth_date",)))
    else:
        checks.append(Check(
            rule_set.child_source,
            f"vecums {age} gadi; pieļaujams no {rule_set.child_min_age} līdz "
            f"{rule_set.child_max_age} gadiem (ieskaitot)",
            rule_set.child_min_age <= age <= rule_set.child_max_age, ("birth_date",)))
    if special_care_needed:
        checks.append(Check(rule_set.child_source,
                            "VDEĀVK atzinums par īpašas kopšanas nepieciešamību: ir", True,
                            ("special_care_needed",)))
        _validity_check(checks, rule_set, "child", opinion_valid_until, application_date)
        return Eligibility(_combine(checks), "child", checks)
    if "mobility" in limitations:
        checks.append(Check(rule_set.companion_source or rule_set.child_source,
                            "nav īpašas kopšanas atzinuma, ir pārvietošanās traucējumi: "
                            "pavadoņa pakalpojums", True, ("special_care_needed", "limitations")))
        _validity_check(checks, rule_set, "companion", opinion_valid_until, application_date)
        return Eligibility(_combine(checks), "companion", checks)
    checks.append(Check(rule_set.child_source,
                        "nav īpašas kopšanas atzinuma un nav pārvietošanās traucējumu", False,
                        ("special_care_needed", "limitations")))
    return Eligibility(False, None, checks)


def child_hours_mk316(track: str, weekly_procedures: bool | None, rule_set: RuleSet) -> float:
    """Monthly hours for a child under MK 316: 80, or 100 with prescribed procedures or
    rehabilitation at least weekly; the companion service 60 (annotation 00a48808)."""
    if track == "companion":
        return rule_set.child_hours["companion"].value
    key = "with_weekly_procedures" if weekly_procedures else "base"
    return rule_set.child_hours[key].value
