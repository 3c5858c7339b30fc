"""Whose a value is: the field's own column and block, someone else named before it.

A page names more people than the field's person (a doctor, a signer, a child beside a
parent) and prints the issuer's contacts beside the person's. These rules keep a reader to
the field's own column and block, say when the words before a value name another person,
when a phone or e-mail is the issuer's, which dates are only birthdays the page's personal
codes encode, and whether the page names a person no field took. Labels, prose patterns
and the names-by-code readers all ask them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import values
from .evidence import Found
from .layout import LabelHit, fold, label_regex
from .phrase_patterns import compile_pattern
from .reading_context import Context
from .sections import Area
from .vocabulary import FieldSpec

_PERSON_KINDS = frozenset({"person_name", "personal_code"})
_BIRTH_BEFORE = re.compile(r"(?i)dzim\w*(?:\s+datums)?\s*:?\s*$")


def _other_persons(ctx: Context, before: str) -> bool:
    """Whether the words right before a label or a name name someone else (a doctor, the
    court's official, a signer): the vocabulary's `other_people`."""
    # The words right before, within their clause: "Sociālais darbinieks, izvērtējot Jāņa
    # Kalna ..." names Jānis, not the social worker.
    clause = re.split(r"[,.;:()]", fold(before).rstrip(" ,.;:(").rstrip())[-1]
    words = re.findall(r"[a-z]+", clause)[-1:]
    return any(word.startswith(fold(stem)) for word in words for stem in ctx.vocab.other_people)


def _someone_elses_line(ctx: Context, line_text: str) -> bool:
    """Whether the words of a line before a phone or e-mail name someone else by role or by
    what he did for the writer ("... palīdzēja biedrības konsultante Rasa Kalna, tālr."): the
    contact printed after them is that person's, not the field's person's."""
    words = re.findall(r"[a-z]+", fold(line_text))
    return any(word.startswith(fold(stem)) for word in words for stem in ctx.vocab.other_people)


def _in_column(hit: LabelHit, area: Area) -> LabelHit | None:
    """A label in a table's first column, its value taken from this section's column."""
    if area.column_of(hit.words) == area.column:
        return hit
    if not area.start <= hit.line.index < area.end:
        return None
    for segment in hit.line.segments:
        if (area.column_of(segment.words) == area.column and segment.words != hit.words
                and re.search(r"[^\W_]", segment.text)
                and not label_regex(hit.label).search(segment.folded)):
            return LabelHit(segment.text, segment.words, hit.line, hit.distance, hit.label,
                            hit.prefix)
    return None


_SENDER_LINE = re.compile(r"^\s*(?:no|from|sutitajs)\s*:")


def _issuers(ctx: Context, value: Any, start: int, text: str) -> bool:
    """Whether a telephone or e-mail is the issuer's: printed in its letterhead or footer
    (`Context.issuer_lines`), here or there."""
    issuer = ctx.issuer_lines()
    if not issuer:
        return False
    # An e-mail printout's sender line ("No: Name <address>") is the writer's, not a letterhead.
    issuer = {i for i in issuer if not _SENDER_LINE.match(fold(ctx.lines[i].text))}
    if text is ctx.text:
        words = ctx.words_in(start, start + 1)
        at = ctx.line_index(words[0]) if words else None
        if at is not None and at in issuer:
            return True
    printed = " ".join(ctx.lines[i].text for i in sorted(issuer))
    wanted = re.sub(r"\D", "", str(value)) if "@" not in str(value) else str(value).lower()
    if "@" in wanted:
        return wanted in printed.lower()
    return len(wanted) >= 7 and wanted in re.sub(r"\D", "", printed)


def _codes_on_page(ctx: Context) -> set[str]:
    """The distinct valid personal codes the page prints: how many people it names."""
    codes = set()
    for match in compile_pattern("{CODE}").finditer(ctx.plain):
        code = values.personal_code(match.group(0))
        if code and values.personal_code_ok(code):
            codes.add(code)
    return codes


def _own_hits(ctx: Context, spec: FieldSpec, hits: list[LabelHit]) -> list[LabelHit]:
    """Label hits read in the field's own column (a table with a column per person) and
    outside other people's blocks."""
    area = ctx.area(spec.section) if spec.section else None
    if area is not None and area.column is not None:
        hits = [h for h in (_in_column(h, area) for h in hits) if h is not None]
    excluded = [a for name in spec.not_in if (a := ctx.area(name)) is not None]
    if area is None:
        # Kept out of one column of a two-person table ("Bērns | Likumiskais pārstāvis"): a
        # row's first value in that column leaves the field the other column's value.
        for other in excluded:
            if other.column is not None and len(other.centres) == 2:
                rest = Area(other.start, other.end, other.centres, 1 - other.column)
                hits = [_in_column(h, rest) or h if rest.start <= h.line.index < rest.end
                        else h for h in hits]
    return [h for h in hits if not any(a.holds(h.line.index, h.words) for a in excluded)]


def _another_person(ctx: Context, found: dict[str, Found | None]) -> bool:
    """Whether the page prints a valid personal code no field took: someone else is named."""
    taken = {f.value for f in found.values() if f is not None and isinstance(f.value, str)}
    return bool(_codes_on_page(ctx) - taken)


def _birth_dates(ctx: Context) -> set[str]:
    """The birth dates the page's personal codes encode (old-format codes: ddmmyy-Cnnnn, C
    the century): a date equal to one is someone's birthday, not the paper's date."""
    found: set[str] = set()
    for match in compile_pattern("{CODE}").finditer(ctx.plain):
        digits = re.sub(r"\D", "", match.group(0))
        century = {"0": 1800, "1": 1900, "2": 2000}.get(digits[6])
        if century is None:
            continue
        try:
            found.add(date(century + int(digits[4:6]), int(digits[2:4]),
                           int(digits[0:2])).isoformat())
        except ValueError:
            continue
    return found
