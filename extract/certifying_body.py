"""Which of two bodies printed side by side in a letterhead issued the paper.

A service run by one body under a contract with another prints both names at the head of the
page ("Alūksnes novada Sociālais dienests | Biedrība „Ezerzeme”"), and the paper's own
sentence says which of them certifies ("Dienas centrs „Pūpoli” apliecina, ka ..."). The
letterhead's row joins the two; the sentence's subject is the issuer.
"""

from __future__ import annotations

import re
from typing import Any

from .evidence import Found
from .layout import fold
from .reading_context import _ORGANISATION
from .value_parsing import parse_value
from .vocabulary import FieldSpec

# A sentence opening with its subject, a few words naming a body, then the certifying verb.
_CERTIFIES = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<subject>(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^.,;:!?]{2,80}?)\s+"
    r"(?:apliecina|apstiprina|izsniedz\s+šo)\b")
# Below the bar: the subject was chosen over what the letterhead prints.
CERTIFIER_CONFIDENCE = 0.85


def _bodies_side_by_side(line: Any) -> bool:
    """A letterhead row of two or more segments, each naming an organisation."""
    named = [seg for seg in line.segments if _ORGANISATION.search(fold(seg.text))]
    return len(line.segments) >= 2 and len(named) >= 2


def certifying_body(ctx: Any, spec: FieldSpec, first: Any) -> Found | None:
    """The body the paper's sentence says certifies, when its letterhead's first row prints
    two bodies side by side; None otherwise."""
    if not _bodies_side_by_side(first):
        return None
    return certifying_subject(ctx, spec, warning=f"{spec.name}: two bodies head the page; the "
                              "one its sentence says certifies was taken")


def certifying_subject(ctx: Any, spec: FieldSpec, warning: str | None = None) -> Found | None:
    """The body a sentence of the paper says certifies ("Biedrība „X” apliecina, ka ..."),
    below the sure bar; None when no such sentence names an organisation."""
    for line in ctx.lines:
        match = _CERTIFIES.search(line.text)
        if match is None or not _ORGANISATION.search(fold(match.group("subject"))):
            continue
        subject = " ".join(match.group("subject").split())
        value = parse_value(spec, subject) if len(subject.split()) <= 8 else None
        if value is None:
            return None
        return Found(value, CERTIFIER_CONFIDENCE, "certifier", line.words, warning=warning)
    return None
