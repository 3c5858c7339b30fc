"""A form's printed instructions with sample values: not the paper's values.

Templates tell how to fill them in and show a sample ("Piemēram: Jānis Paraudziņš,
010101-11111"; a footnote "² Piemēram: „Darbs — 20 stundas”" under an activities table whose
"Darbs" row is empty). Read as text, the sample's hours became an activity the applicant never
asked for. A line that opens with the sample word and a colon, or a footnote's line (opening
with its mark) that gives a sample, is left out of the reading; the words are data
(`sample_values.yaml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .layout import Line, fold, renumbered
from .vocabulary import reader_data


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    data = reader_data("sample_values.yaml")
    words = "|".join(re.escape(str(w)) for w in data["sample_words"])
    marks = str(data["footnote_marks"])
    opening = re.compile(rf"^[\s{re.escape(marks)}]*(?:{words})\s*:")
    anywhere = re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")
    return opening, anywhere, marks


def is_sample_note(line: Line) -> bool:
    """Whether a line is a printed instruction giving a sample value."""
    opening, anywhere, marks = _patterns()
    text = line.text.lstrip()
    if opening.match(fold(text)):
        return True
    return text[:1] in marks and text[:1] != "" and anywhere.search(fold(text)) is not None


def without_sample_notes(lines: list[Line]) -> list[Line]:
    """The lines without the printed instructions' sample values, renumbered; all of them
    when nothing else would be left."""
    kept = [line for line in lines if not is_sample_note(line)]
    if len(kept) == len(lines) or not kept:
        return lines
    return renumbered(kept)


__all__ = ["is_sample_note", "without_sample_notes"]
