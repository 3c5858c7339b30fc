"""A paper's own date is not before the dates it certifies.

A certificate issued on day X that certifies a past fact (employed since Y, studying since Y, a
home visit on Y, an examination on Y) has Y <= X. A paper read as issued before a date it
certifies has a wrong own date or a wrong certified date: the reader typically took a start,
a referral or another event's date as the paper's own, or the other way round. Which dates are
certified past facts is data per doc_type (`certified_dates.yaml`): contract fields and words
the text prints before such a date.

On a contradiction the reader first does what a careful reader would: when the page prints
exactly one other date in a date line's place that is not before the certified dates, that is
the paper's own (below the review bar: one of several dates). Otherwise the contradicted
fields are doubted, so a person looks at them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError
from ..forms.latvian_dates import parse_date
from .cross_checks import iso_day
from .dates_by_role import _ROLE_RECEIVED, dateline_dates
from .evidence import ONE_OF_SEVERAL
from .phrase_patterns import _DATE_ANY, deaccent
from .reading_context import Context
from .vocabulary import Vocabulary

# A contradicted value's confidence: well below the review bar, as cross_checks' doubts.
DOUBTED = 0.5
# Routes whose place on the page names the date the paper's own: never replaced, only doubted.
_PRINTED_AS_OWN = frozenset({"label", "acroform"})


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a contradiction between a paper's own date and the dates it certifies calls for:
    the paper's own date to take instead (`corrected`), else the fields to doubt."""

    later: tuple[str, ...]  # the certified dates after the paper's own, by name
    corrected: date | None = None
    doubted: tuple[str, ...] = ()


def issue_date_verdict(dated: str, issued: date, certified: dict[str, date],
                       candidates: Iterable[date], fields: Iterable[str] = ()) -> Verdict | None:
    """None when no certified date falls after `issued`. Else the one other date-line date
    (`candidates`) that is not before any certified date, when there is exactly one; else the
    own date and the certified `fields` after it, doubted."""
    later = tuple(sorted(name for name, day in certified.items() if day > issued))
    if not later:
        return None
    latest = max(certified.values())
    fits = {day for day in candidates if day >= latest and day != issued}
    if len(fits) == 1:
        return Verdict(later, corrected=next(iter(fits)))
    names = set(fields)
    return Verdict(later, doubted=(dated, *(name for name in later if name in names)))


@cache
def _rules() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath("certified_dates.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or not all(
            isinstance(rule, dict) and isinstance(rule.get("dated"), str)
            for rule in data.values()):
        raise ConfigError("certified_dates.yaml: each doc_type needs its `dated` field")
    return data


@cache
def _phrase(words: str) -> re.Pattern[str]:
    """A phrase's words as written (past tenses: "uzsāks" is a plan, not a fact), without
    diacritics, then at most two words without digits, then a date."""
    parts = [re.escape(w) for w in deaccent(words.lower()).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts)
                      + r"(?!\w)\s*:?\s*((?:[^\W\d]+\s+){0,2}?)(?=\d)", re.IGNORECASE)


# Words before a phrase or between it and its date that make the date a plan ("nākamās
# izmeklēšanas datums", "atkārtotas apsekošanas datums", "apsekota ... plānots 05.09."):
# the date is no fact certified.
_PLANNED = re.compile(r"(?<!\w)(?:plan|paredz|nakam|atkartot|lidz|turpmak)", re.IGNORECASE)


def stated_past_dates(text: str, phrases: Iterable[str]) -> dict[str, date]:
    """The latest date each phrase introduces in `text` ("mācās kopš 2023. gada 1.
    septembra"), keyed by the phrase in quotation marks."""
    folded = deaccent(text)
    found: dict[str, date] = {}
    for words in phrases:
        for match in _phrase(words).finditer(folded):
            before = " ".join(folded[max(0, match.start() - 40):match.start()].split()[-2:])
            if _PLANNED.search(match.group(1)) or _PLANNED.search(before):
                continue  # "nākamās izmeklēšanas datums", "apsekota ... plānots": a plan
            span = _DATE_ANY.match(folded, match.end())
            day = parse_date(folded[span.start():span.end()]) if span else None
            if day is not None:
                key = f'"{words}"'
                found[key] = max(found.get(key, day), day)
    return found


def check_issue_after_certified(ctx: Context, vocab: Vocabulary, result: dict[str, Any],
                                confidence: dict[str, float], warnings: list[str],
                                sources: dict[str, str], boxes: dict[str, list[float]]) -> None:
    """Apply `issue_date_verdict` to one document's values (see the module's docstring)."""
    rule = _rules().get(vocab.doc_type)
    if rule is None or rule["dated"] not in vocab.fields:
        return
    dated = str(rule["dated"])
    issued = iso_day(result.get(dated))
    if issued is None:
        return
    fields = [str(name) for name in rule.get("fields") or ()]
    certified = {name: day for name in fields if (day := iso_day(result.get(name))) is not None}
    certified.update(stated_past_dates(ctx.text, [str(p) for p in rule.get("phrases") or ()]))
    lines, _ = dateline_dates(ctx, vocab.fields[dated])
    own = {value: words for value, words, role in lines if role > _ROLE_RECEIVED}
    candidates = [day for value in own if (day := iso_day(value)) is not None]
    verdict = issue_date_verdict(dated, issued, certified, candidates, fields)
    if verdict is None:
        return
    if verdict.corrected is not None and sources.get(dated) not in _PRINTED_AS_OWN:
        value = verdict.corrected.isoformat()
        words = own[value]
        result[dated] = value
        confidence[dated] = ONE_OF_SEVERAL
        sources[dated] = "dateline"
        if words and len({w.page for w in words}) == 1:
            boxes[dated] = [words[0].page, min(w.x0 for w in words), min(w.top for w in words),
                            max(w.x1 for w in words), max(w.bottom for w in words)]
        warnings.append(f"{dated}: {issued.isoformat()} is before a date the paper certifies; "
                        f"its other date line {value} taken")
        return
    for name in verdict.doubted or (dated, *(n for n in verdict.later if n in fields)):
        if name in confidence:
            confidence[name] = min(confidence[name], DOUBTED)
        warnings.append(f"{name}: before a date the paper certifies: one of the dates is misread"
                        if name == dated else f"{name}: after the paper's own date, which "
                        "cannot be: one of the dates is misread")
