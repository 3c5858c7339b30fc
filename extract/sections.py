"""Where each section of a document is: its heading, a person's block, a table's column.

A field with a section is searched only inside it. A section starts at a printed heading,
at a short line whose words mean the heading ("Persona, kurai pakalpojums vajadzīgs"), at
a cell holding a whole person's block, or at a second block of the same labels with other
values (another person's); a heading in a header row makes the section that column. The
`Context` finds the sections once per document with these rules.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from .document import Word
from .layout import Line, Segment, code_in_two_boxes, find_label_values, fold, label_regex
from .value_parsing import parse_value
from .vocabulary import CODE_LABEL, FieldSpec


@dataclass(slots=True)
class Area:
    """A section of the document: lines [start, end), and when its heading heads one column
    of a table, the column (the header cells' centres and which of them is this one)."""

    start: int
    end: int
    centres: tuple[float, ...] = ()
    column: int | None = None

    def holds(self, line_index: int, words: list[Word]) -> bool:
        """Whether words on a line lie in this area (in its column, for a column section)."""
        if not self.start <= line_index < self.end:
            return False
        if self.column is None or not words:
            return True
        return self.column_of(words) == self.column

    def column_of(self, words: list[Word]) -> int:
        centre = (words[0].x0 + words[-1].x1) / 2
        return min(range(len(self.centres)), key=lambda i: abs(self.centres[i] - centre))


_BARE_VALUE = re.compile(r"\s*\d{1,3}(?:[.,]\d{1,2})?\s*")


# A sentence ended before the phrase on its line ("... katru darba dienu. Citās aktivitātēs
# asistents nav vajadzīgs."): the phrase runs on in a paragraph, it heads nothing. A number's
# dot ("2. Aktivitātes") or an abbreviation's ("u.c.") ends no sentence.
_SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2,}[.!?]\s")


# A signature's printed name closing its line: initials and a surname ("Ā. Anspoka").
SIGNATURE = re.compile(r"(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.\s*){1,2}[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                        r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?")


def _heads(match: re.Match[str] | None, folded: str) -> bool:
    return match is not None and not _SENTENCE_BEFORE.search(folded[: match.start()])


def _heading(lines: list[Line], phrases: tuple[str, ...],
             every_heading: list[re.Pattern[str]]) -> Area | None:
    """The first line printing one of a section's headings; a header row of a table with
    a column per person makes the section that heading's column."""
    patterns = [label_regex(p) for p in phrases if not p.endswith(":")]
    # A phrase written with its colon ("asistents vajadzīgs:") heads only as a line of its
    # own ending in one: in running text the words are a sentence's ("tam asistents vajadzīgs
    # 6 stundas nedēļā").
    whole = [label_regex(p.rstrip(":")) for p in phrases if p.endswith(":")]
    for line in lines:
        for n, segment in enumerate(line.segments):
            if not any(_heads(p.search(segment.folded), segment.folded) for p in patterns) \
                    and not (len(line.segments) == 1 and segment.text.rstrip().endswith(":")
                             and any(p.fullmatch(segment.folded.rstrip(" :")) for p in whole)):
                continue
            if n + 1 < len(line.segments) and _BARE_VALUE.fullmatch(line.segments[n + 1].text):
                continue  # a row with its value ("Brīvais laiks, aktivitātes | 2"), no heading
            if n + 1 < len(line.segments) and SIGNATURE.fullmatch(line.segments[-1].text.strip()):
                continue  # "Pilnvaras devēja | (scrawl) | Ā. Anspoka": who signs, no block
            headers = [s for s in line.segments if re.search(r"[^\W_]", s.text)]
            short = len(headers) >= 2 and all(
                len(s.words) <= 6 and not re.search(r"\d", s.text) and not s.text.endswith(":")
                for s in headers
            )
            # Two headings side by side, or a ruled header row over rows of a label and one
            # value per column.
            headed = sum(1 for s in headers if any(p.search(s.folded) for p in every_heading))
            below = lines[line.index + 1] if line.index + 1 < len(lines) else None
            ruled = (all(s.cell is not None for s in headers) and below is not None
                     and len(below.segments) == len(headers) + 1)
            if not (short and (headed >= 2 or ruled or _over_value_columns(line, headers, below))):
                return Area(line.index, len(lines))
            centres = tuple((s.x0 + s.x1) / 2 for s in headers)
            return Area(line.index, len(lines), centres, headers.index(segment))
    return None


# A person's name and code in a row's value cell ("Roberts Strautiņš, p.k. 320517-32081").
_NAME_AND_CODE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?\s+[^\W\d_]+.{0,20}?\d{6}\s*-?\s*\d{5}")


def _heading_cell_with_person(line: Line, meanings: list[list[tuple[str, ...]]]) -> bool:
    """A row whose label cell is a heading by its meaning and whose next cell is the person
    it means, name and code ("Bērns, kuram nepieciešams asistents | Roberts Strautiņš, p.k.
    ..."): the heading and its block's first value on one line."""
    if len(line.segments) != 2:
        return False
    head, value = line.segments
    return (not re.search(r"\d", head.text) and len(head.words) <= 9
            and _means(head.folded, meanings) and _NAME_AND_CODE.match(value.text) is not None)


# A question's number ("2.", "3)") before its words.
_NUMBERING = re.compile(r"^\s*\d{1,2}\s*[.)]\s*")

# A person's own labels, one of which follows a heading over a person's block.
_PERSON_LABEL = re.compile(rf"^\W*(?:vards|uzvards|{CODE_LABEL})")


def _means(folded_text: str, meanings: list[list[tuple[str, ...]]]) -> bool:
    """Whether a text holds a stem of every group of one meaning."""
    words = re.findall(r"[a-z]+", folded_text)
    return any(all(any(w.startswith(group) for w in words) for group in meaning)
               for meaning in meanings)


# The captions under a person's first row of values ("vārds, uzvārds | personas kods"), one
# letter of OCR's slip aside in the first word.
_CAPTION_OF_PERSON = re.compile(r"^\W*[a-z]{3,6}\s*,\s*uzvards\b")

# A person's first label inside a cell's text ("... PAKALPOJUMU Vārds, uzvārds: ...").
# The code's label only in full (not vocabulary.CODE_LABEL): a cell's lone "Pk" is Friday's.
_LABEL_IN_CELL = re.compile(r"\b(?:vards|personas kods)\b")


def _block_cell(line: Line, meanings: list[list[tuple[str, ...]]]) -> int | None:
    """The cell of a row of cells each holding a whole person's block ("PIEPRASĪTĀJS Vārds,
    uzvārds: ..." | "PERSONA, KURAI PIEPRASA PAKALPOJUMU Vārds, uzvārds: ...") whose heading,
    the words before its first label, has the meaning: that cell is the section."""
    if len(line.segments) < 2:
        return None
    for index, segment in enumerate(line.segments):
        label = _LABEL_IN_CELL.search(segment.folded)
        if label is None or label.start() == 0:
            continue
        heading = segment.folded[: label.start()]
        if len(heading.split()) <= 9 and not re.search(r"\d", heading) \
                and _means(heading, meanings):
            return index
    return None


def _heading_by_meaning(lines: list[Line], meanings: tuple[tuple[tuple[str, ...], ...], ...],
                        taken: set[int], questions: AbstractSet[int] = frozenset()) -> Area | None:
    """The first short line, above a person's labels, holding a stem of every group of one
    meaning: a heading worded as no list foresaw ("Persona, kurai pakalpojums vajadzīgs",
    "Pārstāvis (aizgādnis, aizbildnis, vecāks)") still says whose block follows. A
    questionnaire's short question with its answer beside it ("2. Kam nepieciešams asistents
    (vārds, uzvārds, personas kods)? | Harijs Vanags, ...") heads the block its answer opens."""
    folded = [[tuple(fold(stem) for stem in group) for group in meaning] for meaning in meanings]
    for line in lines:
        if line.index in taken:
            continue
        if line.index in questions:
            asked = _NUMBERING.sub("", " ".join(seg.text for seg in line.segments[:-1]))
            if len(asked.split()) <= 9 and not re.search(r"\d", asked) \
                    and _means(fold(asked), folded):
                return Area(line.index, len(lines))
            continue
        cell = _block_cell(line, folded)
        if cell is not None:
            return Area(line.index, len(lines), tuple((s.x0 + s.x1) / 2 for s in line.segments),
                        cell)
        if _heading_cell_with_person(line, folded):
            return Area(line.index, len(lines))
        # A block's number ("2. Ziņas par ...") is no figure of a value.
        text = _NUMBERING.sub("", line.text)
        if re.search(r"\d", text) or len(line.words) > 9:
            continue
        if not _means(fold(text), folded):
            continue
        # Right over the block's first label: a title's second line ("... piešķiršanai
        # personai ar invaliditāti") heads the whole paper, not one block. On a form whose
        # captions stand beneath the values, the first row of values is between them.
        below = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if below is not None and _PERSON_LABEL.match(fold(below.text)):
            return Area(line.index, len(lines))
        under = lines[line.index + 2] if line.index + 2 < len(lines) else None
        if below is not None and under is not None and text != line.text \
                and _NAME_AND_CODE.match(below.text) \
                and _CAPTION_OF_PERSON.search(fold(" ".join(w.text for w in under.words[:3]))):
            return Area(line.index, len(lines))
        # A letter's block written without labels ("Mamma (kam vajag asistentu):" / "Ausma
        # Vārpiņa" / "personas kods ..."): the heading ends in a colon, the name stands alone
        # on the line under it and the person's labels follow.
        if (below is not None and under is not None and line.text.rstrip().endswith(":")
                and _BARE_NAME.match(below.text) and _PERSON_LABEL.match(fold(under.text))):
            return Area(line.index, len(lines))
    return None


# A person's name alone on its line: two or three capitalised words.
_BARE_NAME = re.compile(r"^\s*(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ]"
                        r"[a-zāčēģīķļņšūž]+)?\s+){1,2}[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                        r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\s*$")


def _over_value_columns(line: Line, headers: list[Segment], below: Line | None) -> bool:
    """A header row without rules over rows of a label and one value per column ("Likumiskais
    pārstāvis | Bērns" over "Vārds | Raimonds | Anete"): each header starts where a value of
    the row below starts, and the row's label stands left of them all."""
    if below is None or len(below.segments) != len(headers) + 1 or len(headers) < 2:
        return False
    values = below.segments[1:]
    width = max(line.segments[-1].x1 - line.segments[0].x0, 1.0)
    return all(abs(h.x0 - v.x0) < 0.08 * width for h, v in zip(headers, values, strict=True))


def _second_block(lines: list[Line], spec: FieldSpec, headings: set[int],
                  others: tuple[str, ...] = ()) -> Area | None:
    """A form printing a field's labels twice, with two different values: the second block
    (from the heading line above its label) belongs to another person."""
    seen: list[tuple[int, Any]] = []
    beside: list[tuple[float, Any]] = []  # (x, value) of the first line's hits
    for hit in find_label_values(lines, list(spec.labels), allow_below=False):
        if hit.distance >= 0.3:
            continue  # a label met inside a sentence does not open a block
        value = parse_value(spec, hit.value)
        if value is None and spec.kind == "personal_code":
            value = parse_value(spec, code_in_two_boxes(hit)[0] or hit.value)
        if value is None:
            continue
        if seen and hit.line.index == seen[0][0] and hit.words:
            beside.append((hit.words[0].x0, value))
        if any(index == hit.line.index for index, _ in seen):
            continue
        seen.append((hit.line.index, value))
        if hit.words:
            beside = [(hit.words[0].x0, value)]
    if len(beside) >= 2 and beside[0][1] != beside[-1][1]:
        # Two blocks side by side (the applicant's beside the client's): the right-hand one,
        # from the header row above its labels, is the second person's column.
        first = seen[0][0]
        centres = (beside[0][0], beside[-1][0])
        # Unless the header row names the right-hand block as someone else's ("Bērns |
        # Likumiskais pārstāvis"): then the left-hand one is the second person's.
        column = 1
        if first > 0 and others:
            patterns = [label_regex(p) for p in others]
            for segment in lines[first - 1].segments:
                near = min(range(2), key=lambda i: abs(centres[i] - segment.x0))
                if near == 1 and any(p.search(segment.folded) for p in patterns):
                    column = 0
        return Area(max(0, first - 1), len(lines), centres, column)
    if len(seen) < 2 or seen[0][1] == seen[1][1]:
        return None
    start = seen[1][0]
    above = start - 1
    # The block's own heading, when the line above the label is not a value of the first block.
    if above > seen[0][0] and above not in headings and ":" not in lines[above].text:
        start = above
    return Area(start, len(lines))
