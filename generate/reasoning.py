"""A decision's reasoning in official Latvian, rule by rule, from the assessment of a case.

The assessment's own reason texts are working notes for the social worker ("darbs: prasīts
25 h, izziņa apliecina 20 h, limits 20 h -> 20 h"). A decision states the same findings as
sentences a client and a judge read, each followed by its source as the assessment cites it
(the act or municipal description by its public name and point, never our shorthand).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..forms.latvian_dates import format_date_numeric, iso_date
from ..forms.vocabulary import ACTIVITY_KINDS, LIMITATIONS
from ..rules import Assessment, CaseFacts, RulesConfig
from ..rules.assessment import ActivityLine, Reason
from .latvian import (
    date_dative,
    date_genitive,
    date_locative,
    dative,
    figure,
    noun_form,
    period_text,
    quantity,
)

VDEAVK = "Veselības un darbspēju ekspertīzes ārstu valsts komisija"
VDEAVK_GENITIVE = "Veselības un darbspēju ekspertīzes ārstu valsts komisijas"

_RESIDENCE_LOCATIVE = {
    "long_term_care": "ilgstošas sociālās aprūpes institūcijā",
    "hospital": "stacionārā ārstniecības iestādē",
    "prison": "ieslodzījuma vietā",
}


@dataclass(frozen=True)
class Paragraph:
    """One point of the reasoning: what was established and the source it rests on."""

    text: str
    source: str


def citation(rule: str) -> str:
    """The source part of a rule ("... noteikumi Nr. 942, 1. pielikums"), without its quote."""
    return rule.split(": ", 1)[0].strip()


def hours(value: float, unit: str = "nedēļā") -> str:
    """'20 stundas nedēļā' (figures in the reasoning; words are for the operative part)."""
    return f"{figure(value)} {noun_form(value)} {unit}"


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _uses(reason: Reason, *names: str) -> bool:
    return any(name in reason.uses for name in names)


class Reasoning:
    """Builds the paragraphs of one case's decision from its facts and assessment."""

    def __init__(self, facts: CaseFacts, assessment: Assessment, records: list[dict[str, Any]],
                 config: RulesConfig) -> None:
        self.facts = facts
        self.assessment = assessment
        self.records = records
        self.config = config
        self.client = dative(facts.client_name or "")

    # --- documents ---------------------------------------------------------------------------

    def _record(self, file: str) -> dict[str, Any] | None:
        return next((r for r in self.records if str(r.get("file")) == file), None)

    def _opinion(self) -> dict[str, Any] | None:
        files = self.facts.files("opinion")
        record = self._record(files[0]) if files else None
        return record.get("fields") if record else None

    def opinion_phrase(self) -> str:
        """'Veselības ... komisijas 2020. gada 20. novembra atzinumā Nr. AP-2020/04512'."""
        opinion = self._opinion() or {}
        issued = iso_date(opinion.get("issued_on"))
        parts = [VDEAVK_GENITIVE]
        if issued:
            parts.append(date_genitive(issued))
        parts.append("atzinumā")
        if opinion.get("opinion_no"):
            parts.append(f"Nr. {opinion['opinion_no']}")
        return " ".join(parts)

    def _certificate(self, kind: str) -> str:
        for file in self.facts.files(f"supported.{kind}"):
            record = self._record(file)
            if not record:
                continue
            f = record.get("fields") or {}
            issuer = f.get("employer_name") or f.get("institution_name")
            issued = iso_date(f.get("issued_on"))
            bits = [b for b in (issuer, format_date_numeric(issued) if issued else None)
                    if b]
            return f"izziņa ({', '.join(bits)})" if bits else "izziņa"
        return "izziņa"

    # --- eligibility ---------------------------------------------------------------------------

    def eligibility(self) -> list[Paragraph]:
        facts, out = self.facts, []
        checks = [r for r in self.assessment.reasons if r.outcome in ("applied", "limited")]
        main = next((r for r in checks if _uses(r, "disability_group", "special_care_needed")),
                    None)
        if main is not None and facts.opinion_present:
            valid = ("bez termiņa ierobežojuma" if facts.opinion_valid_until is None
                     else f"līdz {date_dative(facts.opinion_valid_until)}")
            track = self.assessment.track
            if track == "adult" and self.assessment.service == "assistant" \
                    and self.assessment.unit == "week":
                limits = [LIMITATIONS.get(x, x) for x in facts.limitations]
                with_limits = f" ({', '.join(limits)})" if limits else ""
                text = (f"{self.opinion_phrase()} {self.client} noteikta "
                        f"{facts.disability_group}. invaliditātes grupa{with_limits} un atzīts, "
                        f"ka nepieciešams asistenta pakalpojums; atzinums derīgs {valid}. "
                        "Persona atbilst asistenta pakalpojuma saņēmēja kritērijiem")
            elif track == "companion":
                text = (f"{self.opinion_phrase()} {self.client} nav atzīta īpašas kopšanas "
                        "nepieciešamība, bet ir pārvietošanās traucējumi; bērnam ir tiesības "
                        f"uz pavadoņa pakalpojumu; atzinums derīgs {valid}")
            elif track == "adult":
                text = (f"{self.opinion_phrase()} {self.client} noteikta "
                        f"{facts.disability_group}. invaliditātes grupa; pieaugušā atbalsta "
                        "vajadzību novērtē sociālais dienests")
            else:
                age = facts.age_on(facts.application_date) if facts.application_date else None
                aged = f"; iesnieguma dienā bērnam bija {age} {_years(age)}" if age is not None \
                    else ""
                text = (f"{self.opinion_phrase()} konstatēts, ka {self.client} smagu "
                        "funkcionālu traucējumu dēļ nepieciešama īpaša kopšana; atzinums derīgs "
                        f"{valid}{aged}. Bērns atbilst asistenta pakalpojuma saņēmēja "
                        "kritērijiem")
            out.append(Paragraph(_sentence(text), citation(main.rule)))
        residence = next((r for r in checks if _uses(r, "residence")), None)
        if residence is not None:
            out.append(Paragraph(
                "Lietā nav ziņu, ka persona atrastos ilgstošas sociālās aprūpes institūcijā, "
                "stacionārā ārstniecības iestādē vai ieslodzījuma vietā, kur asistenta "
                "pakalpojums netiek sniegts.", citation(residence.rule)))
        return out

    # --- hours ---------------------------------------------------------------------------------

    def _activity(self, line: ActivityLine) -> Paragraph:
        label = ACTIVITY_KINDS.get(line.kind, line.kind)
        asked = ("iesniegumā lūgtas " + hours(line.requested) if line.requested is not None
                 else "iesniegumā stundu skaits nav norādīts")
        if not line.has_certificate:
            text = (f"{label}: {asked}; aktivitāti apliecinošs dokuments nav iesniegts, tādēļ "
                    "šai aktivitātei stundas netiek piešķirtas")
        else:
            proof = self._certificate(line.kind)
            proof += (" stundu skaitu nenorāda" if line.supported is None
                      else f" apliecina {hours(line.supported)}")
            text = (f"{label}: {asked}; {proof}; šai aktivitātei nosakāmais apjoms – līdz "
                    f"{_until(line.cap)} nedēļā. Piešķir {hours(line.granted)}")
        if line.cap_kind != line.kind:
            text += (". Studiju apjoms līdz 40 stundām nedēļā paredzēts personām ar I grupas "
                     "redzes invaliditāti un bērniem ar redzes invaliditāti, tādēļ piemērots "
                     "mācību apjoms")
        return Paragraph(_sentence(text), citation(line.rule))

    def volume(self) -> list[Paragraph]:
        a, out = self.assessment, []
        if a.service == "family_assistant":
            return self.family_volume()
        if a.unit == "month":
            figure_reason = next((r for r in a.reasons if _uses(r, "special_care_needed")
                                  and "weekly_procedures" in r.uses), None)
            if a.hours_per_month and figure_reason is not None:
                who = "pavadoņa pakalpojumam" if a.track == "companion" else \
                    "bērnam ar īpašas kopšanas nepieciešamību"
                extra = "" if a.track == "companion" else (
                    "; 100 stundas mēnesī nosaka, ja vismaz reizi nedēļā nozīmētas procedūras "
                    "vai rehabilitācija, par ko lietā ziņu nav" if not self.facts.weekly_procedures
                    else ", jo vismaz reizi nedēļā nozīmētas procedūras vai rehabilitācija")
                out.append(Paragraph(_sentence(
                    f"{who[:1].upper() + who[1:]} nosakāmais apjoms ir "
                    f"{hours(a.hours_per_month, 'mēnesī')}{extra}"), citation(figure_reason.rule)))
            return out
        out.extend(self._activity(line) for line in a.activities)
        subtotal = sum(a.hours.values())
        rule_set = self.config.rule_sets.get(a.rule_set)
        total_rule = rule_set.total_cap.source if rule_set and rule_set.total_cap else None
        cap_reason = next((r for r in a.reasons if r.outcome == "limited"
                           and r.rule == total_rule), None)
        if cap_reason is not None and a.total_cap is not None:
            out.append(Paragraph(_sentence(
                f"Kopējais asistenta pakalpojuma apjoms nedrīkst pārsniegt "
                f"{hours(a.total_cap)}, tādēļ aktivitāšu stundu summa ({figure(subtotal)}) "
                f"samazināta līdz {hours(a.assessed_hours_per_week or 0)}"),
                citation(cap_reason.rule)))
        benefit = next((r for r in a.reasons if _uses(r, "receives_assistant_benefit")
                        and r.outcome in ("limited", "refused")), None)
        if benefit is not None:
            assessed = a.assessed_hours_per_week or 0
            out.append(Paragraph(_sentence(
                f"{self.client} ir noteikta I grupas invaliditāte redzes traucējumu dēļ, un "
                "persona saņem valsts pabalstu par asistenta izmantošanu, tādēļ pirmās "
                f"{hours(a.benefit_hours_deducted or 0, '').strip()} nedēļā sedz šis pabalsts: "
                f"novērtētais apjoms ir {hours(assessed)}, pašvaldība nodrošina "
                f"{hours(a.total_hours_per_week or 0)}"), citation(benefit.rule)))
        return out

    def family_volume(self) -> list[Paragraph]:
        a, facts, fam = self.assessment, self.facts, self.config.family
        out: list[Paragraph] = []
        category = fam.categories.get(a.category or "")
        if category is None:
            return out
        asked = facts.family_hours
        asked_text = (f"sociālā darbinieka atzinumā noteiktas {hours(asked)}; "
                      if asked is not None else "")
        out.append(Paragraph(_sentence(
            f"Pakalpojuma saņēmējs atbilst kategorijai „{category.label}”, kurai pakalpojuma "
            f"apjoms ir līdz {_until(category.hours_per_week)} nedēļā; {asked_text}piešķir "
            f"{hours(a.total_hours_per_week or 0)}"), citation(category.source)))
        if a.period_months:
            months = a.period_months
            out.append(Paragraph(_sentence(
                f"Pakalpojumu piešķir uz laiku līdz {fam.max_months} mēnešiem, un to var "
                "pagarināt, pamatojoties uz sociālā darbinieka atzinumu; piešķirtais termiņš – "
                f"{figure(months)} {noun_form(months, 'mēnesis')}"),
                citation(fam.max_months_source)))
        extension = next((r for r in a.reasons if _uses(r, "previous_term")), None)
        if extension is not None and a.period is not None:
            out.append(Paragraph(_sentence(
                "Pakalpojums tiek pagarināts, pamatojoties uz jaunu sociālā darbinieka "
                f"atzinumu; jaunais periods sākas {date_locative(a.period.start)}"),
                citation(extension.rule)))
        return out

    # --- period --------------------------------------------------------------------------------

    def period(self) -> list[Paragraph]:
        a = self.assessment
        if a.period is None or a.service == "family_assistant":
            return []
        out: list[Paragraph] = []
        span = period_text(a.period.start, a.period.end)
        duration = next((r for r in a.reasons if _uses(r, "duration")), None)
        years = next((r for r in a.reasons if _uses(r, "opinion_valid_until")
                      and r.outcome in ("applied", "limited") and a.unit == "month"), None)
        if duration is not None:
            out.append(Paragraph(f"Pakalpojuma periods – {span}.", citation(duration.rule)))
        elif years is not None:
            out.append(Paragraph(
                f"Pakalpojumu piešķir uz invaliditātes noteikšanas laiku, bet ne ilgāk kā uz "
                f"trim gadiem: {span}.", citation(years.rule)))
        shortened = next((r for r in a.reasons if _uses(r, "opinion_valid_until")
                          and r.outcome == "limited" and a.unit == "week"), None)
        if shortened is not None and self.facts.opinion_valid_until is not None:
            out.append(Paragraph(
                "Pakalpojuma periods nevar pārsniegt VDEĀVK atzinuma derīguma termiņu, tādēļ "
                f"tas beidzas {date_locative(self.facts.opinion_valid_until)}.",
                citation(shortened.rule)))
        aged = next((r for r in a.reasons if _uses(r, "birth_date") and r.outcome == "limited"),
                    None)
        if aged is not None:
            out.append(Paragraph(
                "Pakalpojums bērnam paredzēts līdz 18 gadu vecumam ieskaitot, tādēļ periods "
                f"beidzas {date_locative(a.period.end)}.", citation(aged.rule)))
        return out

    # --- refusal -------------------------------------------------------------------------------

    def ground(self, reason: Reason) -> str:
        """A reason to refuse, as the decision states it (a clause, no final full stop)."""
        facts = self.facts
        if _uses(reason, "residence"):
            where = _RESIDENCE_LOCATIVE.get(facts.residence or "", "institūcijā")
            return f"persona atrodas {where}, kur asistenta pakalpojums netiek sniegts"
        if _uses(reason, "opinion"):
            return (f"lietā nav {VDEAVK_GENITIVE} atzinuma, kas apliecinātu tiesības uz "
                    "asistenta pakalpojumu")
        if _uses(reason, "opinion_valid_until") and _uses(reason, "application_date") \
                and facts.opinion_valid_until and facts.application_date:
            return (f"VDEĀVK atzinums bija derīgs līdz {date_dative(facts.opinion_valid_until)}, "
                    f"bet iesniegums iesniegts {date_locative(facts.application_date)}; "
                    "iesnieguma dienā personai nebija derīga atzinuma")
        if _uses(reason, "opinion_valid_until") and facts.opinion_valid_until:
            start = facts.start
            when = f" {date_locative(start)}" if start else ""
            return (f"VDEĀVK atzinums derīgs līdz {date_dative(facts.opinion_valid_until)}, "
                    f"bet pakalpojuma periods sāktos{when}, kad atzinums vairs nav spēkā")
        if _uses(reason, "assistant_needed") and facts.disability_group in ("I", "II"):
            return "VDEĀVK atzinumā nav atzīts, ka personai nepieciešams asistenta pakalpojums"
        if _uses(reason, "disability_group") and not _uses(reason, "assistant_needed",
                                                           "receives_assistant_benefit"):
            group = facts.disability_group
            have = f"noteikta {group}. invaliditātes grupa" if group in ("I", "II", "III") \
                else "invaliditātes grupa nav noteikta"
            return (f"VDEĀVK atzinumā {have}, bet asistenta pakalpojums paredzēts personām ar "
                    "I vai II invaliditātes grupu un bērniem ar invaliditāti no 5 līdz 18 gadu "
                    "vecumam")
        if _uses(reason, "birth_date") and facts.application_date:
            age = facts.age_on(facts.application_date)
            if age is not None:
                return (f"iesnieguma dienā bērnam bija {age} {_years(age)}, bet asistenta "
                        "pakalpojums paredzēts bērniem no 5 līdz 18 gadu vecumam")
        if _uses(reason, "limitations") and _uses(reason, "special_care_needed"):
            return ("VDEĀVK atzinumā nav atzīta īpašas kopšanas nepieciešamība, un bērnam nav "
                    "pārvietošanās traucējumu, kas dotu tiesības uz pavadoņa pakalpojumu")
        if _uses(reason, "special_care_needed"):
            return "VDEĀVK atzinumā nav atzīta bērna īpašas kopšanas nepieciešamība"
        if _uses(reason, "receives_assistant_benefit"):
            a = self.assessment
            return (f"novērtētais apjoms ({hours(a.assessed_hours_per_week or 0)}) nepārsniedz "
                    "stundas, ko sedz valsts pabalsts par asistenta izmantošanu, tādēļ "
                    "pašvaldībai nav pienākuma nodrošināt asistentu")
        if any(u.startswith("requested.") for u in reason.uses) or not reason.uses:
            return ("iesniegumā nav norādīta un ar dokumentiem apliecināta neviena aktivitāte, "
                    "kurai nepieciešams asistents")
        if _uses(reason, "family_category"):
            return ("sociālā darbinieka atzinumā nav norādīta neviena no pašvaldības noteiktajām "
                    "ģimenes asistenta pakalpojuma saņēmēju kategorijām")
        if _uses(reason, "family_hours"):
            return "sociālā darbinieka atzinumā nav noteikts pakalpojuma apjoms"
        return reason.text

    def grounds(self) -> list[Reason]:
        """The reasons to refuse; when only missing facts stood in the way (a refusal issued
        despite them), those."""
        refused = [r for r in self.assessment.reasons if r.outcome == "refused"]
        return refused or [r for r in self.assessment.reasons if r.outcome == "missing"]

    def refusal(self) -> list[Paragraph]:
        out = []
        seen: set[str] = set()
        for reason in self.grounds():
            text = _sentence(self.ground(reason))
            if text not in seen:
                seen.add(text)
                out.append(Paragraph(text, citation(reason.rule)))
        return out

    def grant(self) -> list[Paragraph]:
        return self.eligibility() + self.volume() + self.period()


def _until(value: float) -> str:
    """'līdz 20 stundām' (the dative plural after "līdz"); 'līdz 1 stundai'."""
    number = float(value)
    whole = int(number) if number.is_integer() else None
    noun = "stundai" if whole is not None and whole % 10 == 1 and whole % 100 != 11 \
        else "stundām"
    return f"{figure(value)} {noun}"


def _years(age: int) -> str:
    return "gads" if age % 10 == 1 and age % 100 != 11 else "gadi"


__all__ = ["VDEAVK", "Paragraph", "Reasoning", "citation", "hours", "quantity"]
