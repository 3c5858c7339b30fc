"""A form's label row printed as one run of text ("Asistenta pakalpojums: ir nepieciešams").

Rows of labels and their answers printed without cells read as one line each, no full stop
after the answer. Joined as prose they run into one sentence, and the next row's "nav" denies
this one's statement. A line opening with a short label and its colon is a row of its own:
what stood before it has ended, and it ends where the next sentence or row begins.
"""

from __future__ import annotations

import re

# A capitalised label of a few words, its colon, then the answer on the same line.
_LABEL_ROW = re.compile(
    r"^\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w.-]*(?:\s+[\w.()/-]+){0,4}\s*:\s+\S")
_CLOSED = re.compile(r"[.;!?:]\s*$")


def opens_label_row(text: str) -> bool:
    """Whether a line starts a label row: a short capitalised label, a colon, its answer."""
    return bool(_LABEL_ROW.match(text))


def close_before_rows(parts: list[str]) -> list[str]:
    """The lines of a stretch of prose with a full stop ending each label row and the line
    before one (unless it ends with one already), so a sentence split does not join a row to
    its neighbours. A row's answer wrapped onto the next line goes on in lower case: that row
    stays open."""
    closed = []
    for text, after in zip(parts, [*parts[1:], None], strict=True):
        ends_row = opens_label_row(text) and (after is None or after.lstrip()[:1].isupper())
        if (ends_row or (after is not None and opens_label_row(after))) \
                and not _CLOSED.search(text):
            text = text.rstrip() + "."
        closed.append(text)
    return closed


# The rest of a question's label before its colon: words, no sentence's end.
_LABEL_REST = re.compile(r"^[^.;!?:]{0,80}:")


def after_label_colon(tail: str) -> str:
    """The answer after a question whose label runs on past its key words to its colon
    ("Īpašas kopšanas nepieciešamība sakarā ar ... traucējumiem: ir noteikta"); "" when no
    colon closes the label before a sentence ends."""
    match = _LABEL_REST.match(tail)
    return tail[match.end():].strip(" .-–") if match else ""
