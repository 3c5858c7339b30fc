"""Where a second person's block begins when no heading opens it: at a label only that
person's fields print.

A form for a child's application may print the parent's "Vārds, uzvārds" under "Iesniedzējs"
and then, with no heading between, "Bērna vārds, uzvārds:" for the child. The label says whose
the line is: "bērna vārds uzvārds" is a label of the client's name and of no field outside the
client's section, so the client's block starts on that line (the applicant's, above it, ends
there), where a label shared by both ("vārds uzvārds") says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .layout import Line, find_label_values, fold

# "Label: value" at the start of its line (extract/layout.py's distance); a label met
# further into a segment or a sentence is no block's opening.
AT_LINE_START = 0.3
MIN_LABEL_WORDS = 2  # one word ("Bērns", "Klients") is as often a sentence's subject
# ... unless what follows the one word is a person: a name and a personal code ("Bērns |
# Kristofers Apšenieks, p.k. 320662-84170"), which no sentence's subject has after it.
_NAME_AND_CODE = re.compile(
    r"^\W*[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\s+"
    r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\W.*?"
    r"\d{6}\s*-\s*\d{5}")


def own_label_line(lines: Sequence[Line], fields: Iterable[Any], section: str,
                   taken: set[int]) -> int | None:
    """The first line (not a heading in `taken`) whose label belongs to `section`'s person
    fields alone, or None. `fields` are the vocabulary's field specs."""
    specs = list(fields)
    elsewhere = {fold(label) for spec in specs if spec.section != section
                 for label in spec.labels}
    own = sorted({label for spec in specs
                  if spec.section == section and spec.kind == "person_name"
                  for label in spec.labels if fold(label) not in elsewhere})
    if not own:
        return None
    for hit in find_label_values(list(lines), own, allow_below=False):
        if hit.distance < AT_LINE_START and not hit.prefix.strip() \
                and hit.line.index not in taken and (
                    len(hit.label.split()) >= MIN_LABEL_WORDS
                    or _NAME_AND_CODE.match(hit.value)):
            return hit.line.index
    return None
