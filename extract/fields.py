"""The field engine: a doc_type's vocabulary applied to a document's lines.

For each field, in order: a filled AcroForm value; a value beside or under one of its
labels (inside its section when it has one); a prose pattern; the field's default or the
field it copies (`same_as`). Every candidate is parsed by its kind; the best parsed one
wins. Confidence starts from how the value was found and drops for distance from the
label, low OCR confidence of the words used, guesses, and values that fail validation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml

from ..errors import ConfigError
from ..forms.hours import TIME_RANGE, WORKING_DAYS, parse_schedule, whole_hour_clocks
from ..forms.latvian_dates import ROMAN_DATE_SHAPE, iso_date
from . import (
    employment,
    hand_restore,
    own_decision,
    person_blocks,
    prose_list,
    repair,
    roles,
    service_term,
    timesheet_rows,
    values,
    weekly_hours,
)
from .cross_checks import cross_check
from .document import ReadDocument, Word
from .handwriting import HAND_BELOW
from .layout import (
    LabelHit,
    Line,
    Segment,
    find_label_values,
    find_line,
    fold,
    label_regex,
    wrapped_value,
)
from .marks import (
    GUESSED_MARK,
    MARK_ANY,
    MARK_ON,
    OFF_GLYPHS,
    ON_GLYPHS,
    answer_columns,
    hand_ticked_option,
    marked_options,
)
from .vocabulary import FieldSpec, Vocabulary

# How sure a value is by the way it was found, before any penalty.
BASE_CONFIDENCE = {"acroform": 0.98, "label": 0.97, "letterhead": 0.93, "pattern": 0.9, "list": 0.9,
                   "copy": 0.85, "appointment": 0.85}
GUESS_CONFIDENCE = 0.6
# A value whose ends were guessed (a note cut off, "Nr" without its number), a name whose
# nominative the name tables cannot confirm, a value that is one of several the page offers.
GUESSED_ENDS = 0.75
UNCONFIRMED_NAME = 0.8
ONE_OF_SEVERAL = 0.8
# A value resting on a word that names more than one (a rehabilitation: medical or social).
DOUBTFUL_VALUE = 0.8
# A value found by a pattern with no words of its own (the only code on the page): likely, but
# nothing on the page says whose or which it is.
FALLBACK_CONFIDENCE = 0.85

_MACROS = {
    "NAME": r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})",
    # In running text a personal code carries its dash; without it, 11 digits are more often a
    # company registration number. A scan may break the second part with a space ("090984-1
    # 1298"); its checksum is checked after.
    "CODE": r"(?<![\d-])\d{6}\s*[-‐‑–—]\s*\d(?: ?\d){4}(?![\d-])",
    "DATE": (
        r"(?:\d{4}\.?[\s\"'”„“*]*(?:gada|g\.)\s*\d{1,2}\.?[\s'’`*]*[a-z]+"
        # a form's day filled in between quotation marks: "„17.” marta 2025. g."
        r"|\d{1,2}(?:\.[\"”“]?|[\"”“]\.?)\s*[a-z]+\s+\d{4}\.?"
        r"|\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}\.?|\d{4}-\d{2}-\d{2}"
        # written in words, as a notary dates a deed ("divi tūkstoši divdesmit pirmā gada
        # divpadsmitajā janvārī"): forms.latvian_dates reads it
        r"|divi\s+tukstosi\s+[a-z]+(?:\s+[a-z]+)?\s+gada\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+"
        r"|(?<![\d.])\d{4}\.\d{1,2}\.\d{1,2}(?!\d)\.?|" + ROMAN_DATE_SHAPE + ")"
    ),
    # A date with its year shortened ("14.02.25."), as a hand or a hurried typist dates a
    # paper: only where a date is certain (after the place on a date line), for in prose
    # "1.2.10" is more often a clause's number.
    "SHORTDATE": r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}\.?(?![\d/])(?!\.\d)",
    # Digits, or up to two number words ("divdesmit piecas") that forms.hours reads.
    "HOURS": r"(?:\d{1,3}(?:[.,]\d{1,2})?|(?-i:[a-z]+\s+)?(?-i:[a-z]+))",
    "ORG": (
        r"(?:(?-i:(?:SIA|AS|VSIA|PSIA|IK|ZS|biedriba|nodibinajums|Biedriba|Nodibinajums))\s+)?"
        r"[\"'„“”«][^\"„“”«»\n]{2,80}[\"”“»']"
        r"|(?-i:(?:SIA|AS|VSIA|PSIA|IK))\s+(?-i:[A-Z][^,;.\n]{2,60}?)(?=\s*[,;.\n]|\s+(?:ar|kur|par|adrese|re)\b)"
    ),
    "TEXT": r"[^,;.\n]{2,120}?",
}


# Text with Latvian diacritics removed, same length, case kept (for prose patterns): the fold
# names are bound with (extract/roles.py), so a pattern and a name fold alike.
deaccent = roles.fold_letters


@lru_cache(maxsize=2048)
def compile_pattern(regex: str) -> re.Pattern[str]:
    """A vocabulary pattern with its {MACROS} expanded, diacritics folded, case-insensitive."""
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: f"(?:{_MACROS[m.group(1)]})", deaccent(regex))
    return re.compile(expanded, re.IGNORECASE)


@lru_cache(maxsize=1)
def evidence_ceilings() -> dict[str, float]:
    """The highest confidence each evidence kind may report (`evidence_confidence.yaml`)."""
    text = resources.files(__package__).joinpath("evidence_confidence.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and 0 <= v <= 1 for v in data.values()
    ):
        raise ConfigError("each evidence kind needs a ceiling between 0 and 1",
                          file="extract/evidence_confidence.yaml")
    return {str(k): float(v) for k, v in data.items()}


@dataclass(slots=True)
class Found:
    """One field's chosen value and how it was found."""

    value: Any
    confidence: float
    how: str
    words: list[Word] = field(default_factory=list)
    warning: str | None = None
    structural: float | None = None  # confidence from the layout alone, before OCR doubt


@dataclass(slots=True)
class Extraction:
    """What the engine returns for one document."""

    fields: dict[str, Any]
    confidence: dict[str, float]
    warnings: list[str]
    # Where each value was read: [page, x0, top, x1, bottom] in points (the review desk marks it)
    boxes: dict[str, list[float]] = field(default_factory=dict)
    # How each value was found (its evidence: "label", "letterhead", "pattern", "copy"...).
    sources: dict[str, str] = field(default_factory=dict)


_LEADERS = re.compile(r"[.…]{4,}")


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


def _heading(lines: list[Line], phrases: tuple[str, ...],
             every_heading: list[re.Pattern[str]]) -> Area | None:
    """The first line printing one of a section's headings; a header row of a table with
    a column per person makes the section that heading's column."""
    patterns = [label_regex(p) for p in phrases]
    for line in lines:
        for n, segment in enumerate(line.segments):
            if not any(p.search(segment.folded) for p in patterns):
                continue
            if n + 1 < len(line.segments) and _BARE_VALUE.fullmatch(line.segments[n + 1].text):
                continue  # a row with its value ("Brīvais laiks, aktivitātes | 2"), no heading
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


# A person's own labels, one of which follows a heading over a person's block.
_PERSON_LABEL = re.compile(r"^\W*(?:vards|uzvards|personas kods|p\.? ?k\b)")


def _means(folded_text: str, meanings: list[list[tuple[str, ...]]]) -> bool:
    """Whether a text holds a stem of every group of one meaning."""
    words = re.findall(r"[a-z]+", folded_text)
    return any(all(any(w.startswith(group) for w in words) for group in meaning)
               for meaning in meanings)


# A person's first label inside a cell's text ("... PAKALPOJUMU Vārds, uzvārds: ...").
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
                        taken: set[int]) -> Area | None:
    """The first short line, above a person's labels, holding a stem of every group of one
    meaning: a heading worded as no list foresaw ("Persona, kurai pakalpojums vajadzīgs",
    "Pārstāvis (aizgādnis, aizbildnis, vecāks)") still says whose block follows."""
    folded = [[tuple(fold(stem) for stem in group) for group in meaning] for meaning in meanings]
    for line in lines:
        if line.index in taken:
            continue
        cell = _block_cell(line, folded)
        if cell is not None:
            return Area(line.index, len(lines), tuple((s.x0 + s.x1) / 2 for s in line.segments),
                        cell)
        if re.search(r"\d", line.text) or len(line.words) > 9:
            continue
        if not _means(fold(line.text), folded):
            continue
        # Right over the block's first label: a title's second line ("... piešķiršanai
        # personai ar invaliditāti") heads the whole paper, not one block.
        below = lines[line.index + 1] if line.index + 1 < len(lines) else None
        if below is not None and _PERSON_LABEL.match(fold(below.text)):
            return Area(line.index, len(lines))
    return None


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


class Context:
    """A document prepared once for all fields: lines, text, section ranges."""

    def __init__(self, document: ReadDocument, lines: list[Line], vocab: Vocabulary,
                 title_line: int | None) -> None:
        self.document = document
        answer_columns(lines)  # "X" under "Jā"/"Nē", a lone "X" before an option: box glyphs
        self.lines = lines
        self.vocab = vocab
        self.title_line = title_line
        # Dotted leaders joining a label to its value ("Deklarētā adrese ......... Mālkalnes
        # prospekts ...") are space: blanked, not removed, so offsets still find the words.
        self.text = _LEADERS.sub(lambda m: " " * len(m.group(0)),
                                 " ".join(ln.text for ln in lines))
        # Where each word sits in self.text, to find the words a prose match used.
        self.offsets: list[tuple[int, int, Word]] = []
        position = 0
        for line in lines:
            for word in line.words:
                self.offsets.append((position, position + len(word.text), word))
                position += len(word.text) + 1
        self.plain = deaccent(self.text)
        self._line_of: dict[int, int] | None = None
        self._issuer: set[int] | None = None
        self.sections = self._sections()
        self.form = {fold(k): v for k, v in document.form_values.items()}
        # The person's grammatical gender, for turning "par pavāru" into "pavārs".
        pronoun = re.search(r"(?<!\w)(viņš|viņa)(?!\w)", self.text)
        self.feminine: bool | None = pronoun.group(1) == "viņa" if pronoun else None

    def _sections(self) -> dict[str, Area]:
        """Where each section's heading is and how far it reaches: to the next heading, or,
        for a heading that is one column of a table's header row, down that column."""
        starts: list[tuple[int, str, Area]] = []
        every = [label_regex(p) for phrases in self.vocab.sections.values() for p in phrases]
        for name, phrases in self.vocab.sections.items():
            found = _heading(self.lines, phrases, every)
            if found is None and name in self.vocab.section_meanings:
                found = _heading_by_meaning(self.lines, self.vocab.section_meanings[name],
                                            {s[0] for s in starts})
            if found is not None:
                starts.append((found.start, name, found))
        starts = self._contested_headings(starts, every)
        if self.vocab.second_block and self.vocab.second_block[0] not in {s[1] for s in starts}:
            section, field_name = self.vocab.second_block
            # A header row with a column per person names one column's person: the other
            # column, under a heading no section knows ("Bērns"), is the second person's.
            paired = next((a for _, _, a in starts if a.column is not None
                           and len(a.centres) == 2), None)
            if paired is not None:
                starts.append((paired.start, section,
                               Area(paired.start, len(self.lines), paired.centres,
                                    1 - (paired.column or 0))))
            others = tuple(p for name, phrases in self.vocab.sections.items() if name != section
                           for p in phrases)
            second = None if paired else _second_block(
                self.lines, self.vocab.fields[field_name], {s[0] for s in starts}, others)
            if second is None and paired is None:
                # No second set of the same labels: a label only the second person's fields
                # print ("Bērna vārds, uzvārds") opens their block.
                own = person_blocks.own_label_line(self.lines, self.vocab.fields.values(),
                                                   section, {s[0] for s in starts})
                second = None if own is None else Area(own, len(self.lines))
            if second is not None:
                starts.append((second.start, section, second))
        starts.sort(key=lambda s: s[0])
        areas: dict[str, Area] = {}
        for start, name, area in starts:
            # Headings on one line (the columns of a header row) share their end.
            later = [s[0] for s in starts if s[0] > start]
            area.end = min(later) if later else len(self.lines)
            areas[name] = area
        return areas

    def _contested_headings(self, starts: list[tuple[int, str, Area]],
                            every: list[re.Pattern[str]]) -> list[tuple[int, str, Area]]:
        """A line that two sections' phrases both claim ("Persona, kurai nepieciešams
        asistents": the client's block, and words of the activities' heading) heads the one
        whose heading is printed nowhere else; the other's own heading comes later."""
        moved: list[tuple[int, str, Area]] = []
        for start, name, area in starts:
            shared = any(s == start and n != name and a.column is None
                         for s, n, a in starts) and area.column is None
            later = _heading(self.lines[start + 1:], self.vocab.sections[name], every) \
                if shared else None
            if later is not None and self._titles(later.start, self.vocab.sections[name]):
                moved.append((later.start, name, later))
            else:
                moved.append((start, name, area))
        return moved

    def _titles(self, index: int, phrases: tuple[str, ...]) -> bool:
        """Whether line `index` prints a heading as a title ("4. | Aktivitātes"), a few words
        of a cell of their own, not a word in a sentence ("... līdz bērna pilngadībai.")."""
        patterns = [label_regex(p) for p in phrases]
        return any(len(seg.words) <= 4 and any(p.search(seg.folded) for p in patterns)
                   for seg in self.lines[index].segments)

    def issuer_lines(self) -> set[int]:
        """Lines of the issuer's letterhead (the first block of lines on the first page, when
        it names an organisation) and of the page footers: whose contacts they print."""
        if self._issuer is not None:
            return self._issuer
        found: set[int] = set()
        if self.lines:
            first = self.lines[0]
            block = [first]
            for nxt in self.lines[1:7]:
                last = block[-1]
                if nxt.page != first.page or nxt.top - last.bottom > 1.2 * max(last.height, 1):
                    break
                if self.title_line and nxt.index >= self.title_line:
                    break  # a dense form runs on into its fields: the letterhead ends at the title
                block.append(nxt)
            if any(_ORGANISATION.search(fold(ln.text)) for ln in block[:3]):
                found.update(ln.index for ln in block)
        for line in self.lines:
            page = self.document.pages[line.page] if line.page < len(self.document.pages) else None
            if page is not None and line.top > 0.9 * page.height:
                found.add(line.index)
        self._issuer = found
        return found

    def area(self, name: str) -> Area | None:
        return self.sections.get(name)

    def span(self, spec: FieldSpec) -> tuple[int, int] | None:
        """The line range a field is searched in; None when its section is missing."""
        if spec.section:
            area = self.sections.get(spec.section)
            return (area.start, area.end) if area else None
        if spec.region == "header":
            end = self.title_line if self.title_line else min(len(self.lines), 8)
            return (0, max(end, 1))
        return (0, len(self.lines))

    def line_index(self, word: Word) -> int | None:
        """The index of the line holding this very word."""
        if self._line_of is None:
            self._line_of = {id(w): line.index for line in self.lines for w in line.words}
        return self._line_of.get(id(word))

    def line_of_found(self, found: Found | None) -> int | None:
        """The index of the line where a value read from words begins (None for a value no
        words carry: a copy, a default)."""
        return self.line_index(found.words[0]) if found is not None and found.words else None

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words of self.text that overlap the character span [start, end)."""
        return [w for a, b, w in self.offsets if a < end and b > start]

    def text_of(self, start: int, end: int) -> str:
        return " ".join(ln.text for ln in self.lines[start:end])


_CHECK_ON = MARK_ON
_CHECK_ANY = MARK_ANY


def _lines_doubt(lines: list[Line]) -> float:
    """OCR confidence of the least sure real word (letters or digits) in some lines."""
    return min(
        (w.confidence for line in lines for w in line.words if re.search(r"[^\W_]", w.text)),
        default=1.0,
    )


def _ocr_factor(words: list[Word]) -> float:
    """OCR confidence of the least sure word used (1.0 for a text layer)."""
    return min((w.confidence for w in words), default=1.0)


def parse_value(
    spec: FieldSpec, raw: str, *, inflected: bool = False, feminine: bool | None = None,
    case: str = "auto",
) -> Any:
    """Turn the raw text found for a field into its contract value (None if it does not parse)."""
    kind = spec.kind
    raw = raw.strip()
    if not raw:
        return None
    if kind == "personal_code":
        return values.personal_code(raw)
    if kind == "date":
        raw = raw.translate(_STRAY_MARKS)
        if spec.null_phrases and any(label_regex(p).search(fold(raw)) for p in spec.null_phrases):
            return _NULL
        found = values.date_value(raw)
        return found.isoformat() if isinstance(found, date) else None
    if kind == "month":
        return values.month_value(raw)
    if kind == "hours":
        return _number(values.hours_value(raw))
    if kind == "number":
        match = re.search(r"\d+(?:[.,]\d+)?", raw)
        if match is None:
            if re.match(r"(?i)pusgad", raw.strip()):
                return 6  # "uz pusgadu": half a year is six months
            # "uz sešiem mēnešiem": number words are the forms parser's business.
            return _number(values.hours_value(raw))
        return _number(float(match.group(0).replace(",", ".")))
    if kind == "person_name":
        name = _name_part(raw)
        return values.person_name(name, inflected=inflected, case=case) if name else None
    if kind == "institution":
        if _SUBJECT_LINE.match(raw):
            return None  # "Par dienas centra apmeklējumu": a letter's subject, not its issuer
        # A logo read as a box ("☐ Rīgas ... centrs") leaves a gap the cut must not split at.
        name = _cut_clause(MARK_ANY.sub(" ", raw).strip()).strip()
        if not re.match(r"^[\W\d]*[A-ZĀČĒĢĪĶĻŅŠŪŽ]", name):
            return None  # an institution's name opens with a capital ("vadītāja" is a role)
        return values.institution_name(name)
    if kind == "reg_no":
        return values.reg_no(raw)
    if kind == "phone":
        return values.phone(raw)
    if kind == "email":
        return values.email(raw)
    if kind == "disability_group":
        # OCR reads the roman numerals as "Il", "Ill", "1I": they sit right before "grupa".
        raw = _ROMAN_SLIPS.sub(lambda m: "I" * len(m.group(1)), raw)
        return values.disability_group(raw)
    if kind == "enum":
        return _enum(spec, raw)
    if kind == "bool":
        return _bool(spec, raw)
    if kind == "text":
        if _SENTENCE_ENDED.match(raw):
            return None  # "programmu (kods 01011111). Apmeklējums ...": the next sentence's
        raw = _WORKLOAD_TAIL.split(raw, maxsplit=1)[0]
        # "33 543 01 1 Kokizstrādājumu izgatavošana, kvalifikācija - galdnieks": the programme's
        # code before its name and the qualification it leads to after it are neither the name.
        raw = _QUALIFICATION_TAIL.split(_LEADING_CODE.sub("", raw), maxsplit=1)[0]
        text = _without_note(_without_code(_cut_clause(_LEAD_MARKS.sub("", raw), keep_commas=True)))
        # A name printed in quotes, alone or after its kind ("studiju programma „X”"): X.
        text = values.quoted_name(text) or text
        if text and inflected:
            text = values.phrase_to_nominative(text, feminine=feminine)
        # A decision cited by its number in the accusative ("ar ... lēmumu Nr. 2-7/19/105") is
        # named as itself: "... lēmums Nr. 2-7/19/105".
        text = _CITED_DECISION.sub(r"\1s", text)
        return text or None
    if kind == "reference":
        # A document number: "AP-2020/ 10234" as OCR spaces it is "AP-2020/10234".
        match = re.match(r"[A-Za-z0-9][\w.]*(?:\s*[/-]\s*[\w.]+)*", raw)
        if not match or not re.search(r"\d", match.group(0)):
            return None
        return re.sub(r"\s*([/-])\s*", r"\1", match.group(0)).strip(" .,;")
    if kind == "address":
        # An address starts at its first capital, digit or quote ("ir Dārza iela 12, ..." in
        # prose) and runs to its postal code (LV-1012), across commas and line ends.
        raw = _ADDRESS_LEAD.sub("", raw)
        match = re.match(r"^(.*?LV\s*-?\s*\d{4})", raw)
        if match:
            # "dzīvojam Valkas ielā 2-15": the street in the locative of a sentence is
            # written as an address writes it, "Valkas iela 2-15".
            address = _STREET_LOCATIVE.sub(lambda m: _STREET_NOMINATIVE[m.group(1)],
                                           match.group(1))
            return values.address_case(" ".join(address.split()).strip(" ,;"))
        return None
    return None


_STREET_NOMINATIVE = {"ielā": "iela", "gatvē": "gatve", "bulvārī": "bulvāris",
                      "prospektā": "prospekts"}
_STREET_LOCATIVE = re.compile(r"\b(" + "|".join(_STREET_NOMINATIVE) + r")(?=\s+\d)")
# Words of the sentence before an address in prose: "ir", "dzīvoju", "pēc adreses", and the
# dash or bullet before it ("deklarētā adrese – Liepājas iela ...").
_ADDRESS_LEAD = re.compile(r"^[\s:,;–—•·-]*(?:[a-zāčēģīķļņšūž]{2,}\b(?!/)[\s:,;–—•·-]*)*")
# A dash or bullet opening a value: punctuation of the line, not part of the value.
_LEAD_MARKS = re.compile(r"^[\s–—•·▪*-]+")
# A value after its label that only closes the label's sentence ("(kods 01011111). ..."): what
# follows is the next sentence, not the value.
_SENTENCE_ENDED = re.compile(r"^\s*(?:\([^()]*\)\s*)?[.;]\s")
# A workload after a comma ("šķirotājs, 0,75 slodze – 30 stundas nedēļā", "pavārs, pilna
# laika darbs"): how much is worked, a part of the sentence of its own, not of the value.
_CITED_DECISION = re.compile(r"\b(lēmum|spriedum)u(?=\s+(?:(?:civil)?lietā\s+)?Nr\.)")
_LEADING_CODE = re.compile(r"^\s*\d[\d\s]{4,}\d\s+(?=[^\W\d_])")
_QUALIFICATION_TAIL = re.compile(r"\s*[,;]\s*(?=(?:iegūstamā\s+)?kvalifikācija\b)", re.IGNORECASE)
_WORKLOAD_TAIL = re.compile(
    r"\s*,\s*(?=(?:\d+(?:[.,]\d+)?\s*(?:slodz|likm|stund|st\.|h\b)|(?:pilna|nepilna|daļēja)\s+"
    r"(?:laika|slodz|darba)))", re.IGNORECASE)
# A letter's subject line ("Par dienas aprūpes centra apmeklējumu"): never a name.
_SUBJECT_LINE = re.compile(r"^\s*Par\s+[a-zāčēģīķļņšūž]")
# A note in parentheses closing a value ("maketētāja (nepilna slodze)"): not the value.
_TRAILING_NOTE = re.compile(r"\s*\((?![^()]*\d{5,})[^()]{2,60}\)\s*$")


def _without_note(text: str) -> str:
    return _TRAILING_NOTE.sub("", text).strip() or text


def boundary_doubt(raw: str, value: Any) -> str | None:
    """Why a text value's ends were guessed, or None: a note cut off its end, a number
    label left without its number ("... lietā Nr"), a subject line."""
    if not isinstance(value, str):
        return None
    if re.search(r"(?i)\bnr\.?$", value.strip()):
        return "ends with 'Nr' and no number"
    if _TRAILING_NOTE.search(raw.strip()) and not value.rstrip().endswith(")"):
        return "a note in parentheses was cut off its end"
    return None
# A programme's or a specialty's code printed after its name ("... programma 31011011",
# "(kods 31011011)"); a number after "Nr." is a reference and stays.
# A code in groups ("20V 212 01 1", "33 811 02 1") is one too.
_TRAILING_CODE = re.compile(
    r"\s*[,(]?\s*(?:(?:programmas\s+)?kods\s*:?\s*)?\b(?:[A-Z]?\d{5,}|\d{2}[A-Z]?(?:\s\d{1,3}){3})"
    r"\)?\s*$", re.IGNORECASE
)


def _without_code(text: str) -> str:
    match = _TRAILING_CODE.search(text)
    if match is None or re.search(r"(?i)\bnr\.?\s*$", text[: match.start()]):
        return text
    return text[: match.start()].strip(" ,;:-–")

# Quotes and bullets OCR scatters into a date ("2020. ” gada 1. decembra").
_STRAY_MARKS = str.maketrans({c: " " for c in "\"'’‘`„“”«»*•"})


_ROMAN_SLIPS = re.compile(
    r"(?<![A-Za-z])([Il1|]{1,3})(?=\s*(?:\(\w+\)\s*)?(?:invaliditātes\s+)?grup)"
)


class _Null:
    """A value explicitly printed as absent ("uz nenoteiktu laiku" -> null)."""


_NULL = _Null()


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


_UPPER, _LOWER = "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž"
_NAME_WORD = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")


# Role nouns printed before a name ("Persona Oskars Vītols" in a table without borders); they
# are never part of the name.
ROLE_WORDS = frozenset(
    {
        "persona", "personai", "klients", "klientam", "klientei", "klientu", "darbinieks",
        "darbiniece", "students", "studente", "skolēns", "skolniece", "skolnieks",
        "izglītojamais", "izglītojamā", "pacients", "vārds", "uzvārds", "iesniedzējs",
        "iesniedzēja", "bērns", "bērnam", "pārstāvis", "pārstāvamais", "asistents", "asistente",
        "dalībnieks", "dalībniece", "aizbildnis", "aizbildne", "aizgādnis", "aizgādne",
        "pilnvarnieks",
    }
)


# The same roles in any case ("Pacientei Inārai Rudzītei", "Juris Vanags Aizgādņa personas
# kods"): a capitalised role word is never part of a name.
_ROLE_STEMS = re.compile(
    r"^(?:person|klient|pacient|darbiniek|dalibniek|apmekletaj|student|skolen|skolniec|"
    r"skolniek|izglitojam|berns|bernam|berna|iesniedzej|parstav|aizbildn|aizgadn|pilnvar|"
    r"asistent|arst|dzim|vards|uzvards|adrese|datums|kods|tālr|talr)"
)


# Words opening a sender's line or a sentence, never part of a name ("No Ievas Zēbergas").
_FUNCTION_WORDS = frozenset({"no", "par", "uz", "es", "kam", "ar"})


def _role_word(word: str) -> bool:
    folded = fold(word.strip(".,;:()\"'„“”"))
    return folded in ROLE_WORDS or bool(_ROLE_STEMS.match(folded))


_SPLIT_CAPITAL = re.compile(
    rf"(?<!\S)([{_UPPER.replace('A-Z', 'ABD-HJKMNO-UWYZ')}]) ([{_LOWER}]{{4,}})(?!\S)")


def _name_part(raw: str) -> str | None:
    """The leading capitalised words of a value (a name followed by more text is cut)."""
    words = values.without_letter_boxes(raw).replace(",", " , ").split()
    while words and (words[0].lower().strip(":") in ROLE_WORDS or _role_word(words[0])
                     or words[0].lower() in _FUNCTION_WORDS):
        words = words[1:]
    # OCR splits a capital off its word ("Uldis M ucenieks"): a lone capital before a word
    # in lower case is that word's first letter; not a Roman numeral ("I vai II grupa").
    words = _SPLIT_CAPITAL.sub(r"\1\2", " ".join(words)).split()
    taken: list[str] = []
    for word in words:
        clean = word.strip(".;:()\"'„“”")
        if _role_word(clean):
            break
        if _NAME_WORD.match(clean) or (clean.isupper() and len(clean) > 1 and clean.isalpha()):
            taken.append(clean if not clean.isupper() else clean.capitalize())
            if len(taken) == 4:
                break
        else:
            break
    if len(taken) < 2:
        return None
    return " ".join(taken)


def _cut_clause(raw: str, *, keep_commas: bool = False) -> str:
    """Cut a value at the next label-looking part ("SIA X Reģ. Nr. ..." -> "SIA X")."""
    text = re.split(r"\s{2,}|\s[|]\s", raw)[0]
    text = re.split(r"(?i)\b(?:reģ\.?\s*nr|reg\.?\s*nr|reģistrācijas|personas kods|p\.\s*k\.)",
                    text)[0]
    if not keep_commas and text.count("„") + text.count('"') == 0:
        text = text.split(",")[0]
    return text.strip(" ,;:-–")


def _enum(spec: FieldSpec, raw: str) -> str | None:
    folded = fold(raw)
    at: dict[int, dict[str, int]] = {}  # where a stem is found -> {value: the longest end}
    for value, phrases in spec.synonyms.items():
        for phrase in phrases:
            for match in _stem(phrase).finditer(folded):
                ends = at.setdefault(match.start(), {})
                ends[value] = max(ends.get(value, 0), match.end())
    if not at:
        return None
    # The first word named wins. A word two kinds' stems fit ("darbnīca": a workshop, or
    # "darb"-) is settled by a later word naming one of them alone ("darbnīca (darbs)"), else
    # the longer stem says more ("studijas" are studies where "studija" is a studio).
    first = at[min(at)]
    if len(first) > 1:
        for start in sorted(at)[1:]:
            if len(at[start]) == 1 and next(iter(at[start])) in first:
                return next(iter(at[start]))
    return max(first, key=lambda value: first[value])


_YES = re.compile(r"^\W*(ja|ir|x|sanemu|sanem|nepieciesams|nepieciesama|vajag)\b")
_NO = re.compile(r"^\W*(ne|nav|nesanemu|nesanem|nevajag)\b")


def _bool(spec: FieldSpec, raw: str) -> bool | None:
    """A yes/no answer printed as a value ("jā", "nē", "saņemu", "nav nepieciešams"); with
    both options printed, the marked one ("☐ jā ☒ nē"), and no answer when none is marked."""
    options = marked_options(raw)
    if options is not None:
        return _marked_answer(options)
    folded = fold(raw)
    if _both_options(folded):
        return None  # "jā / nē" printed, nothing marked: the form was not answered
    if _NO.match(folded):
        return False
    if _YES.match(folded):
        return True
    return None


def _both_options(folded: str) -> bool:
    """Both answers printed: "jā / nē", or a verb beside its "ne-" form
    ("saņemu  nesaņemu"): options to mark, not an answer."""
    words = re.findall(r"[a-z]+", folded)
    return ("ja" in words and ("ne" in words or "nav" in words)) or _verb_pair(folded)


def _verb_pair(folded: str) -> bool:
    """A verb printed beside its "ne-" form ("saņemu  nesaņemu"): two options, not a denial."""
    words = re.findall(r"[a-z]+", folded)
    return any(len(w) >= 4 and f"ne{w}" in words for w in words)


def _marked_answer(options: list[tuple[str, bool]]) -> bool | None:
    """The answer of the one marked option (its first word: a circle marks one word); None
    when none or several are marked."""
    chosen = [text for text, on in options if on]
    if len(chosen) != 1:
        return None
    first = fold(chosen[0]).split()[0] if chosen[0].split() else ""
    if _NO.match(first):
        return False
    if _YES.match(first):
        return True
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z)\]][.;!?])\s+")
# "nav", "nē"/"ne", and verbs negated with the "ne-" prefix ("nesaņemu", "nepiedalās").
_NEGATION = re.compile(
    r"(?<![a-z])(?:(?:nav|ne|neesmu)(?![a-z])|ne(?:sanem|vajag|nepieciesam|izmanto|apmekle"
    r"|stradaj|macas|piedalas|tiek))"
)


# What OCR makes of an empty box; a ticked one comes out as more ink ("BI", "Hi", "X").
_EMPTY_BOX = {"d", "o", "0", "□", "☐", "c", "q", "u", "[]", "|", "i", "l"}
_OCR_YES_NO = re.compile(r"(?:^|\s)(\S{1,3})\s+ja\s+(\S{1,3})\s+ne(?![a-z])")


def _ocr_yes_no(text: str) -> bool | None:
    """"☐ Jā ☒ Nē" as OCR reads it ("D Jā Hi Nē"): the box that is not empty is ticked."""
    if _CHECK_ANY.search(text):
        return None  # real box characters: the marked-answer rule reads them
    match = _OCR_YES_NO.search(text)
    if not match:
        return None
    yes_box, no_box = match.group(1), match.group(2)
    yes_empty, no_empty = yes_box in _EMPTY_BOX, no_box in _EMPTY_BOX
    if yes_empty != no_empty:
        return not yes_empty
    if len(yes_box) != len(no_box):
        return len(yes_box) > len(no_box)
    return None


_TICK = re.compile(r"^[xX✓✔☒✗✘vV]$")


def _bool_columns(ctx: Context, spec: FieldSpec) -> Found | None:
    """A question with "jā" and "nē" columns and a tick under one of them."""
    for line in ctx.lines:
        folded = fold(line.text)
        if not any(_has_all(folded, phrase) for phrase in spec.true_phrases):
            continue
        columns = {fold(seg.text): seg for seg in line.segments if fold(seg.text) in ("ja", "ne")}
        if set(columns) != {"ja", "ne"}:
            continue
        for nxt in ctx.lines[line.index + 1 : line.index + 2]:
            if nxt.page != line.page or nxt.top - line.bottom > 2 * line.height:
                break
            ticks = [seg for seg in nxt.segments if _TICK.match(seg.text.strip())]
            if len(ticks) != 1:
                break
            centre = (ticks[0].x0 + ticks[0].x1) / 2
            nearest = min(columns, key=lambda k: abs((columns[k].x0 + columns[k].x1) / 2 - centre))
            return Found(nearest == "ja", 0.88 * _ocr_factor(ticks[0].words), "mark_column",
                         ticks[0].words)
    return None


def _has_all(sentence: str, phrase: str) -> bool:
    return all(_stem(word).search(sentence) for word in phrase.split())


def _phrase_start(sentence: str, phrases: tuple[str, ...]) -> int:
    """Where the tightest run of a phrase's words starts (in any order: "asistenta
    nepieciešamība ir nepieciešams" states "nepieciešams asistents")."""
    best: tuple[int, int] | None = None
    for phrase in phrases:
        places = [[m.start() for m in _stem(word).finditer(sentence)] for word in phrase.split()]
        if not all(places):
            continue
        for start in sorted({s for found in places for s in found}):
            ends = [min((s for s in found if s >= start), default=None) for found in places]
            if any(e is None for e in ends):
                break
            width = max(e for e in ends if e is not None) - start
            if best is None or width < best[1]:
                best = (start, width)
    return best[0] if best else 0


_UNANSWERED = object()


def _ends_with_mark(text: str) -> bool:
    return bool(re.search(rf"(?:{_CHECK_ANY.pattern})\s*$", text))


def _bool_answer(spec: FieldSpec, lines: list[Line]) -> Found | None:
    """A question printed as a heading ("Asistenta pakalpojuma nepieciešamība | ir"): the
    answer after it on its line ("jā", "ir", "nav", "X"), or on the next line when the
    question ends its line; nothing (a dash, a blank) is no answer."""
    for i, line in enumerate(lines):
        folded = fold(line.text)
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (len(line.segments) >= 2 and below is not None and len(below.segments) == 1
                and len(below.words) <= 3 and abs(below.words[0].x0 - line.words[0].x0) < 3):
            # "Īpašas kopšanas | JĀ" over "nepieciešamība": the label wraps in its cell.
            label = f"{line.segments[0].text} {below.text}"
            answer_text = " ".join(s.text for s in line.segments[1:])
            if any(_has_all(fold(label), p) for p in spec.asked_by):
                answer = _bool(spec, answer_text)
                if answer is not None:
                    return Found(answer, 0.9 * _lines_doubt([line]), "asked", line.words)
        for phrase in spec.asked_by:
            if not _has_all(folded, phrase):
                continue
            if len(line.segments) >= 2 and _has_all(fold(line.segments[0].text), phrase):
                # The question in its cell, the answer in the next: the question's own words
                # ("(saņemu/nesaņemu)") print every option and answer nothing.
                answer = _bool(spec, " ".join(s.text for s in line.segments[1:]))
                if answer is not None:
                    return Found(answer, 0.9 * _lines_doubt([line]), "asked", line.words)
            start = _phrase_start(folded, (phrase,))
            last = max(m.end() for word in phrase.split()
                       if (m := _stem(word).search(folded, start)) is not None)
            tail = re.sub(r"^[a-z]*", "", folded[last:]).strip(" :.-–")
            if "?" in tail:
                # "Vai saņemat valsts pabalstu par asistenta izmantošanu?" / "Nē": the
                # question runs on to its mark, the answer is after it.
                tail = tail.rsplit("?", 1)[1].strip(" :.-–")
            if not tail and i + 1 < len(lines) and lines[i + 1].page == line.page:
                tail = fold(lines[i + 1].text)
            answer = _bool(spec, tail)
            if answer is not None:
                return Found(answer, 0.9 * _lines_doubt([line]), "asked", line.words)
    return None


def _asked(ctx: Context, spec: FieldSpec) -> bool:
    """Whether some line of the document names the yes/no question (its words, any answer)."""
    phrases = spec.asked_by + spec.true_phrases
    return any(_has_all(fold(line.text), p) for line in ctx.lines for p in phrases)


def _bool_on_lines(spec: FieldSpec, lines: list[Line]) -> Any:
    """A question on its own line answered by marks after it on that line (or on the next
    line when the question ends there): True/False, _UNANSWERED when boxes are printed but
    none or both are marked, None when no line asks it with marks."""
    for i, line in enumerate(lines):
        folded = fold(line.text)
        below = fold(lines[i + 1].text) if i + 1 < len(lines) else ""
        if (not any(_has_all(folded, phrase) for phrase in spec.true_phrases)
                and folded.rstrip().endswith((":", "?")) and _CHECK_ANY.match(below.strip())):
            # "Asistenta pakalpojums izglītības iestādē:" / "☒ ir nepieciešams ☐ nav ...":
            # the question names what, its options say whether.
            folded = f"{folded} {below}"
            below = ""
        if not any(_has_all(folded, phrase) for phrase in spec.true_phrases):
            continue
        stated = folded[_phrase_start(folded, spec.true_phrases):]
        if below and _CHECK_ANY.search(below) and len(below) < 40 and (
            stated.rstrip().endswith(("?", ":")) or _ends_with_mark(stated)
        ):
            # The options wrap onto the next line ("...? ☒" / "jā ☐ nē").
            stated = f"{stated} {below}"
        options = marked_options(stated)
        if options is None:
            continue
        answer = _marked_answer(options)
        return _UNANSWERED if answer is None else answer
    return None


def _statement_text(lines: list[Line]) -> str:
    """The lines as prose, each row of a form or table ("Label | value") a sentence of its
    own: a "nav" in the next row does not deny this one."""
    parts = []
    for line in lines:
        # Cell by cell: a row of cells holding wrapped paragraphs ("Persona ... | Komisijas
        # lēmums ...") interleaves its words by position; each cell reads in its own order.
        text = (" ".join(seg.text for seg in line.segments) if line.segments else line.text
                ).rstrip()
        if len(line.segments) >= 2 and not re.search(r"[.;!?:]$", text):
            text += "."
        parts.append(text)
    return " ".join(parts)


def _bool_statement(spec: FieldSpec, text: str) -> bool | None:
    """Whether the document affirms a statement: all words of a `when_true` phrase occur in
    one sentence; "nav"/"ne"/a "ne-" verb in it, or a ticked "Nē", makes it a denial."""
    sentences = [s.strip() for s in _SENTENCE_END.split(fold(text)) if s.strip()]
    for index, sentence in enumerate(sentences):
        if any(_has_all(sentence, phrase) for phrase in spec.false_phrases):
            return False
        if not any(_has_all(sentence, phrase) for phrase in spec.true_phrases):
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        ocr_answer = _ocr_yes_no(following) if sentence.endswith("?") else None
        if ocr_answer is not None:
            return ocr_answer
        # The answer follows the statement: boxes earlier in the sentence (a checklist above
        # it that no full stop ends) answer something else.
        stated = sentence[_phrase_start(sentence, spec.true_phrases):]
        for part in (stated, following):
            options = marked_options(part)
            if options:
                answer = _marked_answer(options)
                if answer is not None or part is stated:
                    # Boxes printed but none (or both) marked: unanswered, not "yes".
                    return answer
        if _verb_pair(re.sub(r"\(.*?\)", "", stated)) and not MARK_ANY.search(stated):
            return None  # "saņemu  nesaņemu" printed, neither marked: not answered
        if ":" in sentence:
            tail = sentence.rsplit(":", 1)[1]
            if _both_options(tail):
                return None
            answer = _bool(spec, tail)
            if answer is not None:
                return answer
        words = set(re.findall(r"[a-z]+", sentence))
        stems = {w for phrase in spec.true_phrases for w in phrase.split()}
        if _NEGATION.search(sentence) or any(
            w.startswith("ne") and any(w[2:].startswith(fold(st)) for st in stems) for w in words
        ):
            return False
        if sentence.endswith("?"):
            continue
        return True
    return None


@lru_cache(maxsize=4096)
def _stem(phrase: str) -> re.Pattern[str]:
    """Every word of a phrase is a stem: "ģimen ar bērn" finds "ģimenēm ar bērniem"; "…"
    stands for up to three words ("lūdzu … piešķirt" finds "lūdzu man piešķirt")."""
    body = ""
    for word in fold(phrase).split():
        if word == "...":
            body += r"[a-z]*\W*\s*(?:\S+\s+){0,3}?"
            continue
        if body and not body.endswith("?"):
            body += r"[a-z]*\W*\s*"
        body += re.escape(word)
    return re.compile(r"(?<![a-z0-9])" + body)


# --- strategies ---------------------------------------------------------------------------


def _from_form(ctx: Context, spec: FieldSpec) -> Found | None:
    if not ctx.form:
        return None
    names = {fold(n) for n in (*spec.acroform, spec.name)}
    for key, raw in ctx.form.items():
        if key in names:
            value = parse_value(spec, raw)
            if value is not None:
                return Found(value, BASE_CONFIDENCE["acroform"], "acroform")
    return None


def _another_fields_label(ctx: Context, spec: FieldSpec, value: str) -> bool:
    """Whether a label's candidate value is, whole, another field's label: the next heading
    of a header row ("Amats | Darba attiecības no"), whose values stand on the row under it."""
    return bool(fold(value).strip(" :.")) and any(
        fold(label) == fold(value).strip(" :.") for name, other in ctx.vocab.fields.items()
        if name != spec.name for label in other.labels)


def _is_any_label(ctx: Context, text: str) -> bool:
    folded = fold(text).strip(" :.")
    return any(fold(label) == folded for other in ctx.vocab.fields.values()
               for label in other.labels)


def _heading_beside(ctx: Context, hit: LabelHit) -> bool:
    """Whether a label's next-cell value is the next heading of a header row: a row of short
    headings ("Studiju programma | Kvalifikācija") over a row of values starting where they
    start ("Tulkošana un rediģēšana (41222) | tulkotājs"), not over the next label's row
    ("Personas kods | ..." of a table of labels and values)."""
    line = hit.line
    cells = line.segments
    at = next((i for i, c in enumerate(cells) if hit.words and c.words[0] is hit.words[0]), 0)
    if at == 0 or fold(hit.label) not in cells[at - 1].folded:
        return False  # not the cell beside the label (a value under it, a label's own rest)
    if any(re.search(r"\d", c.text) or len(c.words) > 5 or c.text.rstrip().endswith(":")
           for c in cells):
        return False
    below = ctx.lines[line.index + 1] if line.index + 1 < len(ctx.lines) else None
    if below is None or below.page != line.page or len(below.segments) != len(cells):
        return False
    if any(abs(a.x0 - b.x0) > 12 for a, b in zip(cells, below.segments, strict=True)):
        return False
    if _is_any_label(ctx, below.segments[0].text):
        return False
    # In a table of labels and values the right column holds only values; in rows of headings
    # over values some heading stands on the right ("Studējošā | Personas kods").
    rows = [ln for ln in ctx.lines[max(0, line.index - 6): line.index + 7]
            if ln.page == line.page and len(ln.segments) == len(cells)
            and all(abs(a.x0 - b.x0) <= 12 for a, b in zip(cells, ln.segments, strict=True))]
    return any(_is_any_label(ctx, c.text) for row in rows for c in row.segments[1:])


def _name_in_two_columns(ctx: Context, spec: FieldSpec) -> Found | None:
    """A name split into a header row's "Vārds" and "Uzvārds" columns with the values on the
    row under them, each under its heading: the given name and the surname joined."""
    for line, below in pairwise(ctx.lines):
        heads = [fold(seg.text).strip(" :.") for seg in line.segments]
        if "vards" not in heads or "uzvards" not in heads or below.page != line.page:
            continue
        given, family = heads.index("vards"), heads.index("uzvards")
        if family != given + 1 or len(below.segments) != len(line.segments) or any(
                abs(a.x0 - b.x0) > 12 for a, b in zip(line.segments, below.segments,
                                                       strict=True)):
            continue
        cells = below.segments[given], below.segments[family]
        value = parse_value(spec, f"{cells[0].text} {cells[1].text}")
        if value is None:
            continue
        words = [*cells[0].words, *cells[1].words]
        return Found(value, BASE_CONFIDENCE["label"] * _ocr_factor(words), "label", words)
    return None


def _from_labels(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.labels:
        return None
    span = ctx.span(spec)
    if span is None:
        return None
    hits = _own_hits(ctx, spec, find_label_values(ctx.lines, list(spec.labels),
                                                  start=span[0], end=span[1]))
    best: Found | None = None
    for hit in hits:
        if hit.line.index == ctx.title_line and spec.kind in _PERSON_KINDS:
            continue  # "ASISTENTA DARBA UZSKAITE": the title names a role, not a person
        if spec.kind in _PERSON_KINDS and _other_persons(ctx, hit.prefix):
            continue  # "Ārsts (vārds, uzvārds): ..." is the doctor's name, not the person's
        if (spec.kind == "person_name" and _label_kind(hit) == "label_in_prose"
                and values.reads_as_dative(_name_part(hit.value) or "")):
            continue  # "esmu asistente Ansim Zvirbulim": the dative is the one assisted
        if spec.kind == "text" and _label_kind(hit) == "label_in_prose" and _after_full_stop(hit):
            continue  # "... programmā. Mācību gads beidzas ...": the sentence ended at the label
        if _another_fields_label(ctx, spec, hit.value) or _heading_beside(ctx, hit):
            continue  # "Amats | Darba attiecības no": a header row, the values are under it
        # A phrase or an address wrapped onto the lines under it, not the next column's text.
        # A sentence's enum runs on too ("pirmā līmeņa profesionālās" / "augstākās ...").
        runs_on = spec.kind in ("text", "address") or (
            spec.kind == "enum" and _label_kind(hit) == "label_in_prose"
            and hit.value[:1].islower() and not re.search(r"[.;!?:]", hit.value))
        raw = _run_on(ctx, hit) if runs_on else hit.value
        if spec.own_decision:
            raw = _without_aside(raw)
        value = parse_value(spec, raw)
        genitive_label = False
        if spec.kind == "person_name" and hit.label.endswith("ā") and value is not None:
            # "nepilngadīgā Ričarda Celmiņa": a label in -ā may be a genitive, and so is the
            # name after it; a woman's name in the nominative ("Anna Bērziņa") stays as it is.
            turned = parse_value(spec, raw, inflected=True, case="auto") or value
            genitive_label = turned != value
            value = turned
        if value is None and spec.kind == "date":
            # "... beigu datums: 2025. gada" / "30. jūnijs.": a date wrapped at the line end
            value = parse_value(spec, _run_on(ctx, hit))
        if value is None and spec.kind == "address":
            raw = wrapped_value(ctx.lines, hit)  # an address wrapped in its own column
            value = parse_value(spec, raw)
        postcode_mended = False
        if value is None and spec.kind == "address" and _words_by_ocr(ctx, hit.words):
            # A postcode a scan damaged ("L-2123", "V-4301"): the address ends there all the
            # same; written LV-NNNN and no surer than any mended value.
            value = parse_value(spec, repair.mend_postcode(raw))
            postcode_mended = value is not None
        referred = False
        if value is None and spec.kind == "address":
            # "tā pati, kas bērnam": a reference to the address in the other block's column,
            # not an address; the row's other cell holds it, or nothing sure does.
            hit, raw, value = _referred_address(ctx, spec, hit)
            referred = True
        if value is None:
            continue
        if spec.kind == "text" and _header_row(ctx, spec, hit):
            continue  # "programma | Kurss | Stundas nedēļā": the next column's heading, no value
        if spec.kind in _CONTACT_KINDS and (hit.line.index in ctx.issuer_lines()
                                            or _issuers(ctx, value, -1, "")):
            continue  # the issuer's telephone or e-mail, not the person's
        # Labels are listed most specific first: "Klienta vārds, uzvārds" before "Vārds, uzvārds".
        rank = spec.labels.index(hit.label) if hit.label in spec.labels else 0
        structural = BASE_CONFIDENCE["label"] - 0.25 * hit.distance - 0.001 * rank
        if spec.kind == "date" and len(_DATE_ANY.findall(deaccent(raw))) > 1:
            # "Termiņš: no 10.03.2021. līdz 09.03.2023.": the field's own patterns say which
            # date is its; when none does, the first date is a guess.
            decided = _pattern_value(spec, raw)
            if decided is not None:
                value = decided
            else:
                structural = min(structural, GUESS_CONFIDENCE)
        if referred:
            structural = min(structural, GUESS_CONFIDENCE + 0.2)
        confidence = structural * _ocr_factor(hit.words)
        if postcode_mended:
            confidence = min(confidence, evidence_ceilings().get("repaired", GUESS_CONFIDENCE))
        if genitive_label:
            confidence = min(confidence, UNCONFIRMED_NAME)  # the ending is a reading of grammar
        # The best-placed label wins; OCR doubt lowers what is reported, not which is chosen.
        if best is None or structural > (best.structural or 0.0) + 1e-9:
            guessed = boundary_doubt(raw, value) if spec.kind == "text" else None
            best = Found(value, min(confidence, GUESSED_ENDS) if guessed else confidence,
                         _label_kind(hit), hit.words, structural=structural,
                         warning=f"{spec.name}: {guessed}" if guessed else None)
    return best


def _after_full_stop(hit: LabelHit) -> bool:
    """Whether the value found after a label in prose opens a new sentence: the word before
    it (the label's last) closes one."""
    if not hit.words or hit.words[0] not in hit.line.words:
        return False
    at = hit.line.words.index(hit.words[0])
    return at > 0 and re.search(r"[^\W\d_]\.$", hit.line.words[at - 1].text) is not None


def _referred_address(ctx: Context, spec: FieldSpec,
                      hit: LabelHit) -> tuple[LabelHit, str, Any]:
    """The address a reference points to: the next cell of the same row that is one."""
    after = [s for s in hit.line.segments if hit.words and s.x0 > hit.words[-1].x1]
    for segment in after:
        other = LabelHit(segment.text, segment.words, hit.line, hit.distance, hit.label)
        raw = _run_on(ctx, other)
        value = parse_value(spec, raw)
        if value is not None and re.search(r"\d", raw):
            return other, raw, value
    return hit, "", None


def _header_row(ctx: Context, spec: FieldSpec, hit: LabelHit) -> bool:
    """The label sits in a table's heading row (other fields' labels beside it, no figure on
    the line): what follows it on the row is the next column's heading; its value is below."""
    folded = fold(hit.line.text)
    if re.search(r"\d", folded) or hit.value.strip() not in hit.line.text:
        return False
    others = {name for name, other in ctx.vocab.fields.items() if name != spec.name
              and any(label_regex(label).search(folded) for label in other.labels)}
    return len(others) >= 2


def _label_kind(hit: LabelHit) -> str:
    """The evidence a label gives: printed as a label beside its value, a value found under
    it or across a gap, or a label's words met inside a sentence."""
    if re.search(r"[^\W\d_]", hit.prefix):
        return "label_in_prose"
    return "label" if hit.distance < 0.2 else "label_loose"


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


_DATE_ANY = compile_pattern("{DATE}")


def _pattern_value(spec: FieldSpec, text: str) -> Any:
    """The value the first of the field's patterns with words of its own finds in `text`."""
    plain = deaccent(text)
    for pattern in spec.patterns:
        if _context_free(pattern.regex):
            continue
        match = compile_pattern(pattern.regex).search(plain)
        if match and "value" in match.groupdict():
            start, end = match.span("value")
            value = parse_value(spec, text[start:end], case=pattern.case,
                                inflected=pattern.inflected or spec.kind == "person_name")
            if value is not None:
                return value
    return None


@lru_cache(maxsize=1024)
def _context_free(regex: str) -> bool:
    """A pattern that is only a macro (lookarounds aside): it finds any date or code on the
    page and says nothing about whose or which it is."""
    bare = re.sub(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)", "", regex)
    bare = re.sub(r"\{[A-Z]+\}|\\[a-zA-Z]|\[[^\]]*\]", "", bare)
    return not re.search(r"[^\W\d_]", bare.replace("?P<value>", ""))


# A bracketed aside naming another act after the one cited ("... lēmums Nr. 3-12/20/9 par
# aizgādņa iecelšanu (tiesas 2019. gada ... spriedums lietā Nr. ...)"): the earlier judgment the
# decision rests on is a note on the basis, not part of it.
_ACT_ASIDE = re.compile(
    r"\s*\((?=[^()]*(?:spriedum|lēmum|lemum|lietā|lieta\b|protokol|rīkojum|rikojum))[^()]*\)?\s*$",
    re.IGNORECASE)


def _without_aside(raw: str) -> str:
    """A basis without the bracketed act after it, when an act stands before the bracket."""
    match = _ACT_ASIDE.search(raw)
    if match is None or not re.search(r"(?i)(?:lēmum|lemum|spriedum|pilnvar)", raw[:match.start()]):
        return raw
    return raw[:match.start()]


def _run_on(ctx: Context, hit: LabelHit) -> str:
    """A phrase that wraps onto the next lines ("... lēmums Nr. 1-5/44 par" / "aizgādnības
    nodibināšanu."): lines that go on in lower case under the label or the value, with no
    label of their own, until one ends the sentence."""
    text = hit.value
    line = hit.line
    if not hit.words or any(seg.cell is not None for seg in line.segments
                            if any(w is hit.words[0] for w in seg.words)):
        return text  # a ruled cell already holds its wrapped text (a neighbour's cell does not)
    margins = (line.words[0].x0, hit.words[0].x0)
    for nxt in ctx.lines[line.index + 1 : line.index + 4]:
        # "... 2020. gada 3." goes on: a number or "Nr." before the full stop is no end.
        ended = text.rstrip()
        if ended.endswith(";") or (
            ended.endswith(".") and not re.search(r"(?:\b\d{1,4}|\bNr|\bg)\.$", ended)
        ):
            break
        if nxt.page != line.page or nxt.top - line.bottom > 1.2 * line.height:
            break
        first = nxt.words[0]
        goes_on = first.text[:1].islower() or (
            first.text[:1].isdigit() and not re.match(r"^\d{1,2}\.\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]", nxt.text)
        ) or (
            # "... lēmums" / "Nr. 2-10/312", "... lietā Nr." / "C30276516": a number goes on.
            re.match(r"(?i)^nr\.?\s*\S*\d", nxt.text) is not None
            or (re.search(r"(?i)\bnr\.?$", ended) is not None and re.search(r"\d", first.text)
                is not None)
        )
        # The cells of a ruled table beside the value's column are another column's text.
        beside = nxt.segments[0].cell is None and all(s.cell is not None for s in nxt.segments[1:])
        part = nxt.segments[0].text if beside else nxt.text
        if (not (len(nxt.segments) == 1 or beside) or ":" in part or not goes_on
                or min(abs(first.x0 - m) for m in margins) > 3):
            break
        text = f"{text} {part}"
        line = nxt
    return text.rstrip(" ") if re.search(r"(?i)\bnr\.$", text.rstrip()) else text.rstrip(" .")


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


def _from_patterns(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.patterns:
        return None
    # Prose patterns carry their own context, so they read the whole text (sections are for
    # labels); only a header-bound field keeps to the letterhead.
    if spec.region == "header":
        span = ctx.span(spec) or (0, len(ctx.lines))
        text = ctx.text_of(*span)
    else:
        text = ctx.text
    plain = deaccent(text)
    for pattern in spec.patterns:
        for match in compile_pattern(pattern.regex).finditer(plain):
            if "value" in match.groupdict():
                start, end = match.span("value")
            else:
                start, end = match.span()
            if spec.kind == "institution" and text is ctx.text:
                start = _after_title(ctx, start, end)
            raw = text[start:end]
            if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
                continue  # "dzimšanas datums 30.04.1968": someone's birth, not the paper's date
            if spec.region == "dateline" and parse_value(spec, raw) in _birth_dates(ctx):
                continue
            if spec.kind in _PERSON_KINDS and _other_persons(ctx, text[max(0, start - 40):start]):
                continue  # "priekšsēdētāja Anita Bērziņa, personas kods ...": an official's
            # A name in prose may stand in any case; the nominative stays as it is.
            value = parse_value(spec, raw, feminine=ctx.feminine, case=pattern.case,
                                inflected=pattern.inflected or spec.kind == "person_name")
            if value is not None and _on_unmarked_option(ctx, start, end, text):
                continue  # "☐ redzes traucējumi (I grupa)": a printed option, not a statement
            if (value is not None and spec.kind == "text"
                    and fold(str(value)) in {fold(label) for label in spec.labels}):
                continue  # "izglītības programma" in a heading row: the field's label, no value
            if value is not None and spec.kind in _CONTACT_KINDS and _issuers(ctx, value, start,
                                                                              text):
                continue  # the issuer's own telephone or e-mail in its letterhead or footer
            if value is not None and spec.kind == "address" and _across_columns(
                    ctx, ctx.words_in(start, end) if text is ctx.text else []):
                continue  # text of two blocks side by side, joined by the line: no address
            if value is not None:
                words = ctx.words_in(start, end) if text is ctx.text else []
                base = BASE_CONFIDENCE["pattern"]
                warning = None
                how = "pattern"
                if _context_free(pattern.regex):
                    how = "fallback"
                    # Any date or code on the page: sure only when it is the only one.
                    others = _distinct_values(spec, pattern, plain, text) - {_key(value)}
                    base = FALLBACK_CONFIDENCE if not others else GUESS_CONFIDENCE
                    if others:
                        warning = f"{spec.name}: the first of several on the page, by position"
                if how == "pattern" and spec.kind in _RUNNING_TEXT and _across_columns(ctx, words):
                    # "Ludzas | dienas centrs" / "nov., LV-5701": the match ran on into the
                    # next column's cell; where the value ends is a guess.
                    base = GUESSED_ENDS
                    warning = f"{spec.name}: the value runs across a neighbouring column"
                # How sure the route is, against a label's (which value is taken); the doubts
                # below are about the value itself and lower only its confidence.
                structural = base
                if spec.kind == "text" and pattern.inflected:
                    base = min(base, evidence_ceilings().get("text_from_inflected", 1.0))
                if spec.kind == "institution" and values.only_kind(str(value)):
                    # "Dienas aprūpes centrs" and no name of its own: the name was lost.
                    base = min(base, GUESS_CONFIDENCE)
                    warning = f"{spec.name}: names only the kind of institution"
                if pattern.mention:
                    # A decision mentioned in passing ("Ar ... lēmumu ... pārtrauktas ..."):
                    # maybe the basis, maybe an earlier one the paper recounts; any value a
                    # label or a title names goes first.
                    how = "mention"
                    warning = f"{spec.name}: only mentioned in the text, not named as such"
                    structural = base = min(base, evidence_ceilings().get("mention", 1.0))
                if how == "pattern" and _rival_values(ctx, spec, plain, text, value):
                    # "LĒMUMS Nr. K-19/6605 ... ATZINUMS Nr. K-19/6611A": the page's wording
                    # offers another value as well; the first is only the likelier.
                    base = min(base, ONE_OF_SEVERAL)
                    warning = warning or f"{spec.name}: the text offers more than one value"
                return Found(value, base * _ocr_factor(words), how, words,
                             warning=warning, structural=structural)
    return None


def _after_title(ctx: Context, start: int, end: int) -> int:
    """Where a name found across lines really starts: a title line in capitals above it
    ("APLIECINĀJUMS" / "Dienas aprūpes centrs apliecina ...", OCR's "CINĀJUMS") is no part of
    it (the page's lines are joined by spaces, so a prose match can run over them)."""
    words = ctx.words_in(start, end)
    if not words:
        return start
    first = ctx.line_index(words[0])
    if first is None:
        return start
    line = ctx.lines[first]
    rest = [w for w in words if ctx.line_index(w) != first]
    if not rest or not all(w in words for w in line.words):
        return start
    if not (line.text.isupper() and len(line.words) <= 2) or values.names_organisation(line.text):
        return start  # "SIA" / "Ventas Datori", "DIENAS CENTRS" / "„Saulespuķe”": the name's own
    at = next(a for a, _, w in ctx.offsets if w is rest[0])
    return max(start, at)


_CONTACT_KINDS = frozenset({"phone", "email"})
# Values read as running words, which a prose match may carry into the next column.
_RUNNING_TEXT = frozenset({"address", "text", "person_name", "institution"})


def _across_columns(ctx: Context, words: list[Word]) -> bool:
    """Whether words a prose match used lie in two segments of one line: a form's blocks
    side by side ("Ludzas | dienas centrs"), which the joined text reads as one sentence."""
    used = {id(w) for w in words}
    for at in {i for w in words if (i := ctx.line_index(w)) is not None}:
        touched = [seg for seg in ctx.lines[at].segments if any(id(w) in used for w in seg.words)]
        if len(touched) > 1:
            return True
    return False


def _on_unmarked_option(ctx: Context, start: int, end: int, text: str) -> bool:
    """Whether a match lies in an option printed with an empty box before it on its line."""
    if text is not ctx.text:
        return False
    words = ctx.words_in(start, end)
    at = ctx.line_index(words[0]) if words else None
    if at is None:
        return False
    before = [w.text for w in ctx.lines[at].words if w.x0 < words[0].x0 - 0.5]
    glyphs = [g for w in before for g in w if g in ON_GLYPHS + OFF_GLYPHS]
    return bool(glyphs) and glyphs[-1] in OFF_GLYPHS


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


def _rival_values(ctx: Context, spec: FieldSpec, plain: str, text: str, value: Any) -> bool:
    """Whether the field's patterns with words of their own find another value too."""
    if spec.kind in ("enum", "bool"):
        return False
    for pattern in spec.patterns:
        if _context_free(pattern.regex):
            continue
        for match in compile_pattern(pattern.regex).finditer(plain):
            start, end = match.span("value") if "value" in match.groupdict() else match.span()
            if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
                continue
            if spec.kind in _PERSON_KINDS and _other_persons(ctx, text[max(0, start - 40):start]):
                continue
            other = parse_value(spec, text[start:end], feminine=ctx.feminine, case=pattern.case,
                                inflected=pattern.inflected or spec.kind == "person_name")
            if other is None or isinstance(other, _Null) or _key(other) == _key(value):
                continue
            if spec.kind in _CONTACT_KINDS and _issuers(ctx, other, start, text):
                continue
            if spec.region == "dateline" and other in _birth_dates(ctx):
                continue
            if _on_unmarked_option(ctx, start, end, text):
                continue
            return True
    return False


def _key(value: Any) -> str:
    return repr(value)


def _distinct_values(spec: FieldSpec, pattern: Any, plain: str, text: str) -> set[str]:
    found: set[str] = set()
    for match in compile_pattern(pattern.regex).finditer(plain):
        start, end = match.span("value") if "value" in match.groupdict() else match.span()
        if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
            continue
        value = parse_value(spec, text[start:end])
        if value is not None:
            found.add(_key(value))
    return found


def _split_name(ctx: Context, spec: FieldSpec) -> Found | None:
    """"Vārds: Dace" and "Uzvārds: Ozola" printed as two labels: every "<x> vārds uzvārds"
    label of the field also stands for a "<x> vārds" + "<x> uzvārds" pair."""
    span = ctx.span(spec) or (0, len(ctx.lines))
    for label in spec.labels:
        folded = fold(label)
        if not folded.endswith("vards uzvards"):
            continue
        prefix = label[: len(label) - len("vārds uzvārds")]
        firsts = _own_hits(ctx, spec, find_label_values(
            ctx.lines, [f"{prefix}vārds"], start=span[0], end=span[1], allow_below=False))
        lasts = _own_hits(ctx, spec, find_label_values(
            ctx.lines, [f"{prefix}uzvārds"], start=span[0], end=span[1], allow_below=False))
        first = next((h for h in firsts if h.distance < 0.3 and _NAME_WORD.match(h.value)), None)
        last = next((h for h in lasts if h.distance < 0.3), None)
        if first is None or last is None:
            continue
        value = parse_value(spec, f"{first.value} {last.value}")
        if value is not None:
            words = first.words + last.words
            return Found(value, 0.9 * _ocr_factor(words), "label_split", words, structural=0.9)
    return None


# Evidence that says where a value is but not whose it is: a prose pattern, a label's words met
# loosely or split, a sender block. A printed role label ("Bērna personas kods") is not here.
_ROLE_JUDGED = frozenset({"pattern", "label_loose", "label_split", "label_in_prose",
                          "sender_block", "fallback"})


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
    return [h for h in hits if not any(a.holds(h.line.index, h.words) for a in excluded)]


def _another_person(ctx: Context, found: dict[str, Found | None]) -> bool:
    """Whether the page prints a valid personal code no field took: someone else is named."""
    taken = {f.value for f in found.values() if f is not None and isinstance(f.value, str)}
    return bool(_codes_on_page(ctx) - taken)


def _code_beside_name(ctx: Context, spec: FieldSpec,
                      found: dict[str, Found | None]) -> Found | None:
    """A code printed right after its holder's name ("Mikus Ozols, p.k. 090513-26280",
    "Tomass Millers (320519-04170)"): the name field's line gives the code field its value."""
    holder = found.get(spec.name.replace("personal_code", "name"))
    at = ctx.line_of_found(holder)
    if holder is None or at is None:
        return None
    line = ctx.lines[at]
    # The label's value may carry the code itself; the name's own words come first.
    after = [w for w in line.words if w.x0 >= holder.words[0].x0][len(str(holder.value).split()):]
    text = " ".join(w.text for w in after)
    match = re.match(r"^\s*[,(]?\s*(?:(?:personas kods|p\.\s*k\.)\s*:?\s*)?(\d{6}\s*-\s*\d{5})",
                     text, re.IGNORECASE)
    if match is None:
        return None
    value = values.personal_code(match.group(1))
    if value is None:
        return None
    return Found(value, BASE_CONFIDENCE["pattern"] * _ocr_factor(after[:4]), "beside_name",
                 after[:4])


_NAME_WORD_RE = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_WITH_CODE = re.compile(
    rf"^\s*(?P<name>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE}){{1,2}})\s*[,(]?\s*"
    r"(?i:personas\s+kods|pers\.\s*kods|p\.\s*k\.)?"
    r"\s*:?\s*(?P<code>\d{6}\s*-\s*\d{5})\)?\s*[,;]?\s*$")
# A signature closing the page: an initial and a surname ("K. Mārtiņsone").
_SIGNED = re.compile(rf"(?<![\w.])([{_UPPER}])\.\s*({_NAME_WORD_RE})\s*$")


def _sender_line(ctx: Context) -> tuple[Found, Found] | None:
    """The writer of a letter: the one name printed with its code on a line of its own above
    the title, outside the letterhead ("Kitija Mārtiņsone, p. k. 181284-11930" under the
    addressee), unless the signature's initial and surname name another. Whose it is was
    judged by where it stands: below the sure bar."""
    if not ctx.title_line:
        return None
    issuer = ctx.issuer_lines()
    candidates = []
    for line in ctx.lines[: ctx.title_line]:
        if line.index in issuer:
            continue
        for segment in line.segments:
            match = _NAME_WITH_CODE.match(segment.text)
            if match:
                candidates.append((match, segment, line))
    if len(candidates) != 1:
        return None
    match, segment, at = candidates[0]
    name = values.person_name(match.group("name"))
    code = values.personal_code(match.group("code"))
    if not name or not code or not values.starts_with_given_name(name):
        return None
    for line in ctx.lines[-6:]:
        for part in line.segments:
            signed = _SIGNED.search(part.text)
            if signed and (signed.group(1) != name[0]
                           or not roles.same_person(name.split()[-1], signed.group(2))):
                return None  # signed by someone else: the line names another person
    confidence = FALLBACK_CONFIDENCE * _lines_doubt([at])
    return (Found(name, confidence, "sender_block", segment.words),
            Found(code, confidence, "sender_block", segment.words))


def _beside_code(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """A letter's sender block: the line above a person's code that is only a name ("Veltas
    Ozolas" / "personas kods ..."), or a line just below it that is only an address."""
    if spec.kind == "person_name":
        code_field = spec.name.replace("name", "personal_code")
    else:
        code_field = next((n for n, s in ctx.vocab.fields.items() if s.kind == "personal_code"),
                          "")
    at = ctx.line_of_found(found.get(code_field))
    if at is None:
        return None
    line = ctx.lines[at]
    if spec.kind == "person_name":
        above = ctx.lines[at - 1] if at > 0 else None
        if (above is None or above.page != line.page or len(above.segments) != 1
                or line.top - above.bottom > 1.5 * line.height):
            return None
        value = parse_value(spec, above.text, inflected=True)
        named = [w for w in above.words if w.text.lower() not in _FUNCTION_WORDS]
        if value is None or len(named) != len(str(value).split()):
            return None  # the line holds more than a name
        return Found(value, FALLBACK_CONFIDENCE * _lines_doubt([above]), "sender_block",
                     above.words)
    for below in ctx.lines[at + 1 : at + 4]:
        if below.page != line.page:
            break
        text = below.text.strip()
        if re.fullmatch(r"[^:]{5,90}LV\s*-?\s*\d{4}\.?", text):
            value = parse_value(spec, text)
            if value is not None:
                return Found(value, FALLBACK_CONFIDENCE * _lines_doubt([below]), "sender_block",
                             below.words)
    return None


def _paired_code(vocab: Vocabulary, name: str) -> str | None:
    """The code field a `people` check pairs with a name field."""
    for check in vocab.checks:
        for pair in check.get("people", []):
            if pair and pair[0] == name:
                return str(pair[1])
    return None


def _name_in_code_row(ctx: Context, name: str, found: dict[str, Found | None]) -> Found | None:
    """The name opening the table row that holds the field's person's code ("Kirills
    Sergejevs | 27.04.2012. | (his code) | ..." under "Vārds, uzvārds | ... | Personas kods"):
    the row is one person's."""
    code_field = _paired_code(ctx.vocab, name)
    code = found.get(code_field) if code_field else None
    at = ctx.line_of_found(code)
    if code is None or at is None:
        return None
    line = ctx.lines[at]
    if len(line.segments) < 3 or any(code.words[0] is w for w in line.segments[0].words):
        return None
    first = line.segments[0]
    value = parse_value(ctx.vocab.fields[name], first.text)
    if value is None or not values.starts_with_given_name(str(value)) \
            or len(first.words) != len(str(value).split()):
        return None
    # Read from the row, not beside its own label: below the sure bar.
    return Found(value, 0.8 * _lines_doubt([line]), "label_loose", first.words)


_NAME_BEFORE_CODE = compile_pattern(
    r"(?<![\w.])(?P<name>{NAME})\s*[,(]\s*(?:[^\s\d,()]{1,9}\.?\s+){0,3}?(?P<code>{CODE})")


def _name_before_code(ctx: Context, spec: FieldSpec,
                      found: dict[str, Found | None]) -> Found | None:
    """A certificate's one person as the name printed right before the code it found, with at
    most a few short words between (a label OCR garbled: "Edmunds Mucenieks, pe ads 230190-...").
    The label's words are not read, so the name stays below the sure bar."""
    code_field = next((n for n, s in ctx.vocab.fields.items() if s.kind == "personal_code"), "")
    code = found.get(code_field)
    if code is None or not code.value:
        return None
    for match in _NAME_BEFORE_CODE.finditer(ctx.plain):
        if values.personal_code(match.group("code")) != code.value:
            continue
        raw = ctx.text[match.start("name"):match.end("name")]
        value = parse_value(spec, raw, inflected=True)
        if value is None:
            continue
        words = ctx.words_in(match.start("name"), match.end("name"))
        return Found(value, min(0.7, _ocr_factor(words)), "beside_name", words)
    return None


def _other_code(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """In prose with two people, the personal code that is not the other person's."""
    other = found.get(spec.other_than or "")
    if other is None or not other.value:
        return None
    for match in compile_pattern("{CODE}").finditer(ctx.plain):
        code = values.personal_code(match.group(0))
        if code and code != other.value:
            return Found(code, 0.85, "other_code")
    return None


_LETTERHEAD_END = re.compile(
    r"(?i)reģ\.|reg\.|reģistr|tālr|tel\.|e-pasts|@|LV\s*-\s*\d{4}|\bNr\.|iela\b|\d{5,}"
    r"|\b(?:laukums|gatve|prospekts|bulvāris|aleja|ceļš)\s+\d"
)


_DATE_LIKE = re.compile(r"\d{4}\.\s*(?:gada|g\.)|\d{1,2}\.\d{1,2}\.\d{4}|" + ROMAN_DATE_SHAPE)
_ORGANISATION = re.compile(
    r"(?<![a-z])(sia|as|vsia|biedriba|nodibinajums|skola|vidusskola|pamatskola|gimnazija|"
    r"koledza|universitate|akademija|augstskola|tehnikums|centrs|dienests|komisija|baritiesa|"
    r"nams|iestade|pasvaldiba|fonds|klinika|slimnica|muzejs|biblioteka)(?![a-z])|[\"„“”«]"
)


def _from_letterhead(ctx: Context, spec: FieldSpec) -> Found | None:
    """The issuer's name at the head of the first page: the leading lines printed in the
    heading's type size, before the address, registration number or contacts."""
    if spec.region != "letterhead" or not ctx.lines:
        return None
    first = ctx.lines[0]
    size = sum(w.bottom - w.top for w in first.words) / len(first.words)
    taken: list[Line] = []
    for line in ctx.lines[:4]:
        if line.page != first.page or _LETTERHEAD_END.search(line.text):
            break
        if ctx.title_line is not None and line.index >= ctx.title_line:
            break
        line_size = sum(w.bottom - w.top for w in line.words) / len(line.words)
        if abs(line_size - size) > 0.15 * size:
            break
        taken.append(line)
    if not taken:
        return _preferred_issuer(ctx, spec) if spec.prefer else None
    stacked = _stacked_issuer(ctx, spec, taken)
    if stacked is not None:
        taken_words, text = stacked
    else:
        rows = _without_repeated_name([_without_place(line) for line in taken])
        taken_words = [w for row in rows for w in row]
        # "R Ī G A S   M E Ž C I E M A": letter-spaced capitals are words again
        text = " ".join(values.spaced_letters_joined(row) for row in rows)
    scanned = ctx.document.text_source not in ("text", "acroform")
    if scanned:
        # OCR's "STA", "S1A", "SlA" for the legal form "SIA" that opens a company's name.
        text, mended = _OCR_SIA.subn("SIA", text)
    else:
        mended = 0
    if _DATE_LIKE.search(text) and len(taken) == 1:
        # The name and the paper's date side by side on one row ("SIA ...      2021. g. 3.
        # febr."): the name is the words left of the gap before the date, when they name an
        # organisation (not a mail program's "Outlook" over its print date).
        left = values.spaced_letters_joined(_left_of_date(taken[0]))
        if mended:
            left = _OCR_SIA.sub("SIA", left)
        if left and _ORGANISATION.search(fold(left)):
            text = left
    if _DATE_LIKE.search(text):
        return None  # a date line, not a name: the letterhead may be a picture
    if spec.prefer and not _names_issuer_kind(text, spec):
        preferred = _preferred_issuer(ctx, spec)
        if preferred is not None:
            return preferred
    value = parse_value(spec, text)
    if value is None:
        return None
    # "Masāžas studija „Jūras Vējš”" over requisites "SIA „Jūras Vējš”": the legal name
    value = values.legal_name(text, ctx.text) or value
    words = taken_words
    heights = sorted(w.bottom - w.top for w in ctx.document.words)
    body = heights[len(heights) // 2] if heights else size
    # Sure when it looks like an organisation or is printed larger than the body text.
    sure = _ORGANISATION.search(fold(text)) or size > 1.15 * body
    value, cased = _as_in_text(ctx, value)
    confidence = (0.93 if sure and cased else 0.7) * _ocr_factor(words)
    if mended:
        confidence = min(confidence, BASE_CONFIDENCE["copy"] - 0.05)  # a letter put right
    return Found(value, confidence, "letterhead", words)


_QUOTED = re.compile(r"[\"„“«][^\"”»]{2,80}[\"”»]")
# A letterhead line's own words before its contacts ("Dienas aprūpes centrs „Saulgozis” ·
# Salātu iela 8, Bauska").
_CONTACTS_AFTER = re.compile(r"\s[·|]\s")


def _letterhead_rows(ctx: Context, taken: list[Line]) -> list[list[Word]]:
    """The letterhead's rows of names: the lines taken, and the line under them up to the
    contacts it runs on into after a separator ("... „Saulgozis” · Salātu iela 8")."""
    rows = [_without_place(line) for line in taken]
    below = ctx.lines[taken[-1].index + 1] if taken[-1].index + 1 < len(ctx.lines) else None
    if below is not None and below.page == taken[0].page and (
            ctx.title_line is None or below.index < ctx.title_line):
        cut = _CONTACTS_AFTER.search(below.text)
        if cut is not None:
            head = below.text[: cut.start()]
            words = below.words[: len(head.split())]
            if words and not _LETTERHEAD_END.search(head):
                rows.append(words)
    return rows


def _stacked_issuer(ctx: Context, spec: FieldSpec,
                    taken: list[Line]) -> tuple[list[Word], str] | None:
    """A parent body over its unit, one per row: the unit of the field's kind with a name of
    its own ("Bauskas novada pašvaldības aģentūra ..." / "Dienas aprūpes centrs „Saulgozis”")
    is the issuer; a unit named only by its kind ("Hemodialīzes nodaļa") under an
    organisation is part of it, and the organisation is the issuer."""
    if not spec.prefer:
        return None
    rows = _letterhead_rows(ctx, taken)
    if len(rows) < 2:
        return None
    texts = [values.spaced_letters_joined(row) for row in rows]
    for row, text in zip(reversed(rows[1:]), reversed(texts[1:]), strict=True):
        if _names_issuer_kind(text, spec) and _QUOTED.search(text) and text[:1].isupper() \
                and not _foreign_letters(text):
            return row, text
    if _ORGANISATION.search(fold(texts[0])) and all(
            not _QUOTED.search(t) and values.names_a_unit(t) for t in texts[1:]):
        return rows[0], texts[0]
    return None


# The town a dateline opens with ("Liepājā", "Daugavpilī", "Rīgā"), printed at the right of the
# letterhead's row above the date: one capitalised word in the locative.
_PLACE_LOCATIVE = re.compile(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās)[,.]?$")


def _without_place(line: Line) -> list[Word]:
    """A letterhead row's words without the dateline's town standing apart at its right end
    ("SIA Dzintarjūras Kontaktcentrs        Liepājā"): that is where, not who; nor the name
    set beside it in another script (a Latgale letterhead's Russian column)."""
    dropped = [seg.words for seg in line.segments if _other_script(seg.text)]
    if len(line.segments) >= 2 and _PLACE_LOCATIVE.match(line.segments[-1].text.strip()):
        dropped.append(line.segments[-1].words)
    if not dropped or len(dropped) == len(line.segments):
        return line.words
    return [w for w in line.words if all(w is not x for words in dropped for x in words)]


def _other_script(text: str) -> bool:
    """Whether most of a text's letters are not Latin ones (Cyrillic, Greek)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(not ("a" <= fold(c)[:1] <= "z") for c in letters) > len(
        letters) / 2


# Latvian's letters beyond the Latin alphabet's (with the old orthography's "ō" and "ŗ").
_LATVIAN_LETTERS = frozenset("āčēģīķļņšūžōŗ")


def _foreign_letters(text: str) -> bool:
    """Whether a text holds letters Latvian does not write (Lithuanian "ė", Estonian "õ",
    Cyrillic): a letterhead row in another language, no unit of the issuer."""
    return any(c.isalpha() and not ("a" <= c.lower() <= "z") and c.lower() not in
               _LATVIAN_LETTERS for c in text)


def _without_repeated_name(rows: list[list[Word]]) -> list[list[Word]]:
    """The letterhead's rows without one repeating an earlier row's quoted name: that is the
    name again in another language ("Valkas kultūras centrs „Sīlis”" over "Valka
    kultuurikeskus „Sīlis”"), not the rest of the first."""
    kept: list[list[Word]] = []
    names: set[str] = set()
    for row in rows:
        quoted = {q[1:-1].strip() for q in _QUOTED.findall(" ".join(w.text for w in row))}
        if kept and quoted & names:
            continue
        names |= quoted
        kept.append(row)
    return kept


_OCR_SIA = re.compile(r"^S[Tl1|!]A(?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ„\"“])")


def _left_of_date(line: Line) -> list[Word]:
    """The words of a row left of a wide gap after which a date starts; none without one."""
    for i in range(1, len(line.words)):
        before, word = line.words[i - 1], line.words[i]
        height = max(word.bottom - word.top, 1.0)
        rest = " ".join(w.text for w in line.words[i:])
        # The date may open with its place ("Talsos, 2024. gada 9. aprīlī").
        dated = _DATE_LIKE.match(rest) or _DATE_LIKE.match(_PLACE_FIRST.sub("", rest))
        if word.x0 - before.x1 > 3 * height and dated:
            return line.words[:i]
    return []


_PLACE_FIRST = re.compile(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās),?\s+")


def _preferred_issuer(ctx: Context, spec: FieldSpec) -> Found | None:
    """Among the letterhead's lines, the one naming the field's kind of issuer (a school
    under its municipality's name, a technical school under its ministry's)."""
    if not spec.prefer:
        return None
    end = ctx.title_line if ctx.title_line is not None else min(len(ctx.lines), 5)
    for line in ctx.lines[: min(end, 5)]:
        if line.page != ctx.lines[0].page:
            break
        for i, segment in enumerate(line.segments):
            if _LETTERHEAD_END.search(segment.text) or _DATE_LIKE.search(segment.text):
                continue
            if segment.text.rstrip().endswith(":") or any(
                re.search(r"[^\W\d_]{3}", s.text) and not _LETTERHEAD_END.search(s.text)
                for s in line.segments[i + 1 :]
            ):
                continue  # a label with its value beside it, not a name in the letterhead
            if not _names_issuer_kind(segment.text, spec):
                continue
            if not re.match(r"^[\"„“«]?[A-ZĀČĒĢĪĶĻŅŠŪŽ]", segment.text.strip()) or re.search(
                    r"\d", segment.text):
                continue  # a sentence or a line of the address, not the issuer's name
            value = parse_value(spec, segment.text)
            if value is None:
                continue
            value, cased = _as_in_text(ctx, value)
            confidence = (0.93 if cased else 0.7) * _ocr_factor(segment.words)
            return Found(value, confidence, "letterhead", segment.words)
    return None


def _names_issuer_kind(text: str, spec: FieldSpec) -> bool:
    # Inside compounds too: "pamatskola", "vidusskola", "tehnikums".
    folded = fold(text)
    return any(fold(p) in folded for p in spec.prefer)


def _as_in_text(ctx: Context, value: Any) -> tuple[Any, bool]:
    """A name printed in capitals ("GRUNDZĀLES PAMATSKOLA") as the text writes it elsewhere
    ("Grundzāles pamatskola apliecina ..."); False when no such spelling is found."""
    if not isinstance(value, str) or not value.isupper():
        return value, True
    pattern = re.compile(r"\s+".join(re.escape(w) for w in value.split()), re.IGNORECASE)
    for match in pattern.finditer(ctx.text):
        if not match.group(0).isupper():
            return match.group(0), True
    return values.institution_in_normal_case(value), False


# What may stand beside the document's own date on its line: the place, the registration
# number, "Datums", a signature; anything else (a label, a sentence) makes it another date.
_DOT_BEFORE = re.compile(r"\s[·|]\s")
_DATELINE_REST = re.compile(
    r"^(?:[\s,.:;/()\-–_„“”\"]+|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās|ūs|is|ī|u|s)"
    r"(?![a-zāčēģīķļņšūž]))|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)(?=\s*,)|nr\.?|reģ\.?|[\w./-]*\d[\w./-]*|datums|dat\.|(?:[☐☒□]\s*)?atums|g\.|gada|(?:izdot|izsniegt"
    r"|sastādīt|parakstīt|iesniegt)\w*|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{3,}))*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(?:[_.\s]+|\(?paraksts\)?:?|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]+)|z\.\s*v\.)+$",
    re.IGNORECASE,
)


def _from_dateline(ctx: Context, spec: FieldSpec) -> Found | None:
    """The document's own date by its place on the page: a line holding only a date (with
    the place, the registration number, "Datums", a signature beside it), not a date inside
    a sentence or under another label.

    Date lines differ in how sure their role is: a date after its place ("Auce, 18.01.2024."),
    beside a signature or on the registration line is the issuer's own; a bare date on a line
    of its own may be anyone's; a "received" stamp is the addressee's. The best role wins; a
    date chosen among several different ones stays below 0.9, and with no role above the
    others the first is only a guess.
    """
    if spec.region != "dateline":
        return None
    # A copy of a paper that carries its own number (an opinion's "Nr. ZR-24/812") is dated
    # as the paper it copies, the number and date naming that paper together; a copy of a
    # decision without such a field is its own paper, dated when certified.
    numbered = any(f.kind == "reference" for f in ctx.vocab.fields.values())
    certified = None if numbered else _certified_copy_date(ctx, spec)
    if certified is not None:
        return certified
    found: list[tuple[str, list[Word], int]] = []
    births = _birth_dates(ctx)
    previous: Line | None = None
    for line in ctx.lines:
        before, previous = previous, line
        if _BIRTH_WORD.search(fold(line.text)):
            continue  # "Dzimis | 21.06.2012.": a birth date is never the paper's date
        if before is not None and before.page == line.page and _runs_on(before, line):
            continue  # "... uz laiku no ... līdz | 2025. gada 24. jūnijam.": the sentence's date
        for segment in line.segments:
            match = _DATE_ANY.search(deaccent(segment.text))
            if match is None:
                continue
            lead = segment.text[: match.start()]
            # "IZZIŅA Nr. 2021/47 · 2021.g. 15.februārī": a "·" before the date parts it from
            # the paper's title and number, as a gap would (after it, a print's note follows).
            rest = _DOT_BEFORE.sub(" ", lead) + " " + segment.text[match.end() :]
            if not _DATELINE_REST.match(rest):
                continue
            if _other_event(spec, lead):
                continue  # "Izmeklēšanas datums 24.09.2020.": another event's date
            # Before the date only its place, number or a signature; after it (to the right)
            # anything but a label: the addressee's block, a note, the signer's name.
            others = [s for s in line.segments if s is not segment]
            if not all(_DATELINE_REST.match(s.text) or _SIGNATURE.match(s.text)
                       or (s.x0 > segment.x1 and ":" not in s.text) for s in others):
                continue
            value = parse_value(spec, segment.text[match.start() : match.end()])
            if value is not None and value not in births:
                found.append((value, segment.words, _dateline_role(lead, others)))
    if not found:
        return None
    best = max(role for _, _, role in found)
    # Among date lines of the same role the latest is the paper's own: a registration line
    # records when the request came in ("Reģistrēts 28.06.2021."), the place-and-date line at
    # the signature when the paper was issued, never the other way round.
    value, words, _ = max((item for item in found if item[2] == best), key=lambda item: item[0])
    if any(other != value for other, _, _ in found):
        sure = best == _ROLE_OWN and all(
            other == value for other, _, role in found if role == best)
        confidence = ONE_OF_SEVERAL if sure else GUESS_CONFIDENCE
        return Found(value, confidence * _ocr_factor(words), "dateline", words,
                     warning=f"{spec.name}: the page prints more than one date line")
    if best == _ROLE_RECEIVED:
        return Found(value, GUESS_CONFIDENCE * _ocr_factor(words), "dateline", words,
                     warning=f"{spec.name}: only a stamp's date was found, not the paper's own")
    return Found(value, BASE_CONFIDENCE["letterhead"] * _ocr_factor(words), "dateline", words,
                 structural=BASE_CONFIDENCE["letterhead"])


# An e-signed paper's date is its signature's time stamp (Cabinet Regulation No 558, on
# drawing up documents): the stamp as the signing software prints it ("Laika zīmogs:
# 10.03.2025 16:25:09", "Parakstīts ... ar laika zīmogu 2024-05-20 09:14"), and the date field's
# note sending the reader there ("Datums skatāms laika zīmogā", "Dokumenta datums ir tā
# elektroniskās parakstīšanas laiks").
_TIME_STAMP = re.compile(r"laika\s+zimog\w*\s*:?\s*(?:[^\d\s]+\s+){0,3}?(?=\d)")
_DATED_BY_STAMP = re.compile(
    r"datums[\s:–-]+(?:\w+\s+){0,2}(?:laika\s+zimog|elektronisk\w*\s+paraksta|parakstisanas\s+laik)"
    r"|(?:datums|datejums)[\s:–-]+ir\s+(?:\w+\s+){0,3}(?:laika\s+zimog|parakstisanas\s+laik)")


def _from_time_stamp(ctx: Context, spec: FieldSpec) -> tuple[Found, bool] | None:
    """The date of an e-signature's time stamp, for a field that is the paper's own date, and
    whether the page says that is where its date is. Of several signers' stamps the latest
    dates the paper: it is complete when the last has signed."""
    if spec.kind != "date" or spec.region != "dateline":
        return None
    folded = fold(ctx.text)
    stamps: list[tuple[Any, list[Word]]] = []
    for line in ctx.lines:
        text = deaccent(line.text).lower()  # same length as the line: offsets carry over
        for match in _TIME_STAMP.finditer(text):
            date_match = _DATE_ANY.match(text, match.end())
            if date_match is None:
                continue
            value = parse_value(spec, date_match.group(0))
            if value is not None:
                stamps.append((value, line.words))
    if not stamps:
        return None
    value, words = max(stamps, key=lambda item: item[0])
    ceiling = evidence_ceilings().get("time_stamp", GUESS_CONFIDENCE)
    return (Found(value, ceiling * _ocr_factor(words), "time_stamp", words, structural=ceiling),
            bool(_DATED_BY_STAMP.search(folded)))


# A copy's certification: "Izraksts pareizs", "Noraksts pareizs", "Kopija pareiza", "Atvasinājums
# pareizs", "Izraksts atbilst oriģinālam". An extract (a copy) of a decision is its own paper: its
# date is the day it was certified, not the decision's date printed on the copied text above.
_CERTIFIED_COPY = re.compile(
    r"(?<![a-z])(?:izraksts|izraksta|noraksts|noraksta|kopija|kopijas|atvasinajums|atvasinajuma)"
    r"\s+(?:ir\s+)?(?:pareiz\w*|atbilst\w*|apliecin\w*)", re.IGNORECASE)
_STAMP_LETTER = re.compile(r"(?<=[\s,])(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])(?=\s|$)")
# A paper calling itself an extract or a copy in its title ("IZRAKSTS no sēdes protokola").
_COPY_TITLE = re.compile(r"^\W*(?:izraksts|noraksts|kopija)\b", re.IGNORECASE)
# Below the bar: a copy's date line may be the copied decision's date, not the copy's own.
COPY_DATELINE_CONFIDENCE = 0.6


def _certified_copy_date(ctx: Context, spec: FieldSpec) -> Found | None:
    """The date of a copy's certification line (on its line or the next): the copy's own date."""
    for index, line in enumerate(ctx.lines):
        folded = deaccent(line.text)
        mark = _CERTIFIED_COPY.search(folded)
        if mark is None:
            continue
        candidates = [line] + [ln for ln in ctx.lines[index + 1:index + 2] if ln.page == line.page]
        for at, candidate in enumerate(candidates):
            # A stamp over the line drops its letters into the text ("Jelgavā,Ņ 2024. T gada
            # 19*. aprīlī"): lone capitals and stars are no part of a date.
            raw = candidate.text[mark.end():] if at == 0 else candidate.text
            text = " ".join(_STAMP_LETTER.sub(" ", raw.replace("*", "")).split())
            match = _DATE_ANY.search(deaccent(text))
            if match is None:
                continue
            value = parse_value(spec, text[match.start():match.end()])
            if value is None:
                continue
            words = [w for seg in candidate.segments for w in seg.words]
            return Found(value, ONE_OF_SEVERAL * _ocr_factor(words), "certified_copy", words,
                         warning=f"{spec.name}: the date the copy was certified")
    return None


def _copy_dateline_cap(ctx: Context, item: Found) -> Found:
    """A date line of a paper titled as an extract or a copy may be the copied decision's
    date: with no certification line found, a person checks it."""
    titled_copy = any(_COPY_TITLE.search(deaccent(ln.text)) for ln in ctx.lines[:12])
    if item.how == "dateline" and titled_copy:
        item.confidence = min(item.confidence, COPY_DATELINE_CONFIDENCE)
        item.warning = item.warning or "issued_on: the paper is a copy; its date line may be the " \
            "copied decision's"
    return item


def _own_date_not_an_end(vocab: Vocabulary, fields: dict[str, Any],
                         confidence: dict[str, float], warnings: list[str]) -> None:
    """A paper's own date equal to the end of what it certifies (valid until, studies until) is
    that end's date read twice, not a paper issued on its last day: doubted."""
    for check in vocab.checks:
        if "order" not in check:
            continue
        earlier, later = (str(name) for name in check["order"])
        spec = vocab.fields.get(earlier)
        if spec is None or spec.region != "dateline" or not fields.get(earlier):
            continue
        if fields[earlier] == fields.get(later) and confidence.get(earlier, 0.0) > GUESS_CONFIDENCE:
            confidence[earlier] = GUESS_CONFIDENCE
            warnings.append(f"{earlier}: the same date as {later}; which is the paper's own is "
                            "not clear")


# "<whose> datums": the word naming which date a label gives.
_QUALIFIED_DATE = re.compile(r"(\w+)\s+datums\b", re.IGNORECASE)


def _other_event(spec: FieldSpec, lead: str) -> bool:
    """Whether the words before a date name another event's date ("Izmeklēšanas datums",
    "Sēdes datums") rather than the paper's own ("Atzinuma datums", a label of the field)."""
    qualified = _QUALIFIED_DATE.search(lead)
    if qualified is None:
        return False
    own = {fold(label) for label in spec.labels}
    return fold(qualified.group(0)) not in own


# Roles of a date line, weakest first.
_ROLE_RECEIVED, _ROLE_BARE, _ROLE_OWN = 0, 1, 2
# The addressee's stamp: "SAŅEMTS 23.01.2024.", "Saņemts: ...".
_RECEIVED = re.compile(r"(?<![a-z])san[eē]m", re.IGNORECASE)
# The issuer's own: its place before a comma, its registration number.
_OWN_LEAD = re.compile(
    r"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s*,\s*$|(?<![a-z])(?:nr|reģ)\b", re.IGNORECASE)


def _dateline_role(lead: str, others: list[Segment]) -> int:
    """How sure the role of a date line is: a stamp's, a bare date's, the issuer's own."""
    beside = " ".join([lead, *(s.text for s in others)])
    if _RECEIVED.search(deaccent(beside)):
        return _ROLE_RECEIVED
    if _OWN_LEAD.search(lead) or any(_SIGNATURE.match(s.text) or _OWN_LEAD.search(s.text)
                                     for s in others if s.text.strip()):
        return _ROLE_OWN
    return _ROLE_BARE


_BIRTH_WORD = re.compile(r"(?<![a-z])dzim(?:is|usi|s|\.|sanas|\b)")
# A line of running text that stops mid-sentence: several words, the last in lower case and no
# closing punctuation ("... noteikt invaliditāti uz laiku no 2020. gada 25. jūnija līdz").
_RUNS_ON = re.compile(r"(?:\S+\s+){3,}[a-zāčēģīķļņšūž]+\s*$")


def _runs_on(line: Line, below: Line | None = None) -> bool:
    """The line is a sentence going on to the next line (one segment of prose, cut short).
    A sentence does not go on across a blank line's gap (a list's last item, "4. mājokļa
    uzkopšanas prasmes", ends without a stop above the date line)."""
    if len(line.segments) != 1 or _RUNS_ON.search(line.text.rstrip()) is None:
        return False
    return below is None or below.top - line.bottom <= 1.2 * line.height


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


def _from_phrases(ctx: Context, spec: FieldSpec) -> Found | None:
    """Enums and booleans stated anywhere in their span ("nepieciešams asistents")."""
    span = ctx.span(spec)
    if span is None:
        return None
    folded = fold(ctx.text_of(*span))
    if spec.kind == "bool":
        lines = ctx.lines[span[0] : span[1]]
        marked = _bool_on_lines(spec, lines)
        if marked is _UNANSWERED:
            return None
        if marked is not None:
            # A mark told only by where it stands or by a stroke in a scan's pixels
            # (marks.GUESSED_MARK) is one a person confirms.
            guessed = any(w.confidence == GUESSED_MARK for line in lines for w in line.words
                          if MARK_ANY.fullmatch(w.text.strip()))
            return Found(marked, 0.75 if guessed else 0.9, "mark")
        # On a scan a form's printed options are words too: one option read without its mark
        # (a circle OCR lost) looks like an answer. Only a mark makes a scan's answer sure.
        sure = 0.9 if ctx.document.text_source in ("text", "acroform") else 0.75
        answered = _bool_answer(spec, lines)
        if answered is not None:
            answered.confidence = min(answered.confidence, sure)
            return answered
        value = _bool_statement(spec, _statement_text(lines))
        return Found(value, sure, "statement") if value is not None else None
    if spec.ordered:
        # The vocabulary's order decides, not which word comes first in the text; a value the
        # issuer's own name must state (a sports club that is an association) is looked for
        # there, and in the rest of the text only when nothing else is stated.
        issuer = fold(" ".join(ctx.lines[i].text for i in sorted(ctx.issuer_lines())
                               if span[0] <= i < span[1]))
        # Words that may name either of two values ("sociālās rehabilitācijas nodarbības" of
        # an association, a "rehabilitācijas centrs" giving medical courses) decide only when
        # no sure word does, and whatever decides stays below a sure value when they stood
        # for another one.
        doubted = {listed for listed, phrases in spec.synonyms.items()
                   if any(_stem(p).search(folded) for p in phrases if p in spec.doubtful)}
        for listed, phrases in spec.synonyms.items():
            where = issuer if listed in spec.issuer_only else folded
            if any(_stem(p).search(where) for p in phrases if p not in spec.doubtful):
                sure = 0.85 if doubted <= {listed} else DOUBTFUL_VALUE
                return Found(listed, sure, "enum_phrase")
        for listed in spec.issuer_only:
            if any(_stem(p).search(folded) for p in spec.synonyms.get(listed, ())):
                return Found(listed, DOUBTFUL_VALUE if doubted else 0.85, "enum_phrase")
        for listed in spec.synonyms:
            if listed in doubted:
                return Found(listed, DOUBTFUL_VALUE, "enum_phrase")
        return None
    boxed = _boxed_enum(ctx, spec, ctx.lines[span[0] : span[1]])
    if boxed is not None:
        return boxed
    first = _enum(spec, folded)
    return Found(first, 0.85, "enum_phrase") if first is not None else None


def _boxed_enum(ctx: Context, spec: FieldSpec, lines: list[Line]) -> Found | None:
    """An enum printed as options with boxes ("☐ asistenta pakalpojumu" / "☒ ģimenes asistenta
    pakalpojumu"): only a marked option names the value, an option with an empty box never
    does. On a scan the one option OCR read without its box, every other box empty, is taken
    for the marked one, below the confident bar."""
    units: list[str] = []
    for line in lines:
        found = marked_options(line.text)
        if found and any(_names_option(text, spec) for text, _ in found):
            units.extend(_chosen_units(line.text, found))
    if not units and not any(
            found and any(_names_option(text, spec) for text, _ in found)
            for found in (marked_options(line.text) for line in lines)):
        return None
    lost = None
    if not units and ctx.document.text_source not in ("text", "acroform"):
        lost = _lost_enum_box(lines, spec)
        if lost is not None:
            units.append(lines[lost].text)
    chosen = [value for unit in units if (value := _enum(spec, unit)) is not None]
    if len(set(chosen)) != 1:
        # None marked or several: the printed options are no answer; the rest of the text
        # (a title, a sentence) may still name the value.
        rest = _enum(spec, fold(" ".join(_option_units(lines, spec))))
        return Found(rest, DOUBTFUL_VALUE, "enum_phrase") if rest is not None else None
    if lost is not None:
        return Found(chosen[0], GUESSED_ENDS, "marked_list",
                     warning=f"{spec.name}: the box of '{lines[lost].text.strip()}' was not "
                             "read; taken as the marked one (every other box is empty)")
    return Found(chosen[0], BASE_CONFIDENCE["list"] * _lines_doubt(lines), "marked_list")


def _enum_set(ctx: Context, spec: FieldSpec) -> Found:
    """Every value whose words the document states; in a list printed with boxes or circles,
    only the marked options (a printed option is not a chosen one)."""
    span = ctx.span(spec) or (0, len(ctx.lines))
    lines = ctx.lines[span[0] : span[1]]
    units = _option_units(lines, spec)
    lost = None
    if ctx.document.text_source not in ("text", "acroform"):
        lost = _lost_box(lines, spec)
        if lost is not None:
            units.append(lines[lost].text)
    denied = _denied_options(lines, spec)
    found: list[str] = []
    for value, phrases in spec.synonyms.items():
        if value in denied:
            continue
        for unit in units:
            folded = fold(unit)
            if any(_stem(p).search(folded) for p in phrases):
                if _negated(folded, phrases):
                    continue
                found.append(value)
                break
    confidence = BASE_CONFIDENCE["list"] * _lines_doubt(lines)
    if lost is not None:
        return Found(found, min(confidence, GUESSED_ENDS), "marked_list",
                     warning=f"{spec.name}: the box of '{lines[lost].text.strip()}' was not "
                             "read; taken as the marked one (every other box is empty)")
    return Found(found, confidence, "marked_list")


def _lost_box(lines: list[Line], spec: FieldSpec) -> int | None:
    """On a scan, the one option line of a boxed list OCR read without its box while every
    other option prints an empty one: a filled box is the one OCR drops (dark, no letter)."""
    options = [marked_options(line.text) for line in lines]
    boxed = [i for i, found in enumerate(options)
             if found and any(_names_option(text, spec) for text, _ in found)]
    if len(boxed) < 2 or any(on for i in boxed for _, on in options[i] or []):
        return None
    bare = [i for i in range(boxed[0] - 1, boxed[-1] + 2)
            if 0 <= i < len(lines) and options[i] is None and i not in boxed
            and _names_option(lines[i].text, spec) and len(_options_named(lines[i].text, spec))
            == 1 and i in _block(lines, boxed[0])]
    return bare[0] if len(bare) == 1 else None


def _lost_enum_box(lines: list[Line], spec: FieldSpec) -> int | None:
    """The option of a one-choice list OCR read without its box, every printed box empty: the
    one line beside them naming a value no boxed option names ("☐ asistenta pakalpojumu" over
    "ģimenes asistenta pakalpojumu"). Two options are enough: one empty box."""
    options = [marked_options(line.text) for line in lines]
    boxed = [i for i, found in enumerate(options)
             if found and any(_names_option(text, spec) for text, _ in found)]
    if not boxed or any(on for i in boxed for _, on in options[i] or []):
        return None
    printed = {_enum(spec, text) for i in boxed for text, _ in options[i] or []}
    block = _block(lines, boxed[0])
    bare = [i for i in range(boxed[0] - 1, boxed[-1] + 2)
            if 0 <= i < len(lines) and options[i] is None and i in block
            and _enum(spec, lines[i].text) not in printed | {None}]
    return bare[0] if len(bare) == 1 else None


def _options_named(text: str, spec: FieldSpec) -> set[str]:
    folded = fold(text)
    return {value for value, phrases in spec.synonyms.items()
            if any(_stem(p).search(folded) for p in phrases)}


def _other_option(above: str, line: str, spec: FieldSpec) -> bool:
    """A line naming an option the line above does not: an option of its own, not the
    wrapped end of the one above."""
    named, before = _options_named(line, spec), _options_named(above, spec)
    return bool(named) and bool(before) and not named <= before


def _names_option(text: str, spec: FieldSpec) -> bool:
    folded = fold(text)
    return any(_stem(p).search(folded) for phrases in spec.synonyms.values() for p in phrases)


def _block(lines: list[Line], at: int) -> list[int]:
    """The lines printed as one block with line `at`: no wider gap than a line between them."""
    block = [at]
    for step in (-1, 1):
        j = at
        while 0 <= j + step < len(lines):
            a, b = sorted((lines[j], lines[j + step]), key=lambda ln: ln.top)
            if a.page != b.page or b.top - a.bottom > 1.0 * a.height:
                break
            j += step
            block.append(j)
    return block


def _chosen_units(text: str, options: list[tuple[str, bool]]) -> list[str]:
    """The marked options of a line; a yes/no question answered yes stands for its question,
    answered no for nothing."""
    chosen = [option for option, on in options if on]
    if chosen and all(fold(c).split()[:1] and fold(c).split()[0] in ("ja", "ne", "ir", "nav")
                      for c in chosen):
        answer = _marked_answer(options)
        question = re.split(_CHECK_ANY.pattern, text, maxsplit=1)[0]
        return [question] if answer else []
    return chosen


def _continues(above: Line, line: Line, lines: list[Line]) -> bool:
    """A line that carries on the option above it: close under it, the line above ran to the
    right margin (it wrapped), and this one is indented past its box or goes on in lower case.
    A short line above ends its option: the next is an option left unmarked."""
    right = max((ln.words[-1].x1 for ln in lines if ln.page == above.page), default=0.0)
    left = min((ln.words[0].x0 for ln in lines if ln.page == above.page), default=0.0)
    full = above.words[-1].x1 >= right - 0.25 * (right - left)
    return (full and line.page == above.page and line.top - above.bottom < 1.2 * above.height
            and len(above.words) > 1
            and (line.words[0].x0 >= above.words[1].x0 - 2 or line.words[0].text[:1].islower()))


def _option_units(lines: list[Line], spec: FieldSpec) -> list[str]:
    """The stretches of text a set of options is read from: a line without marks whole,
    the marked options of a line with marks. A line without marks inside a list whose other
    lines print boxes for the same options was left unmarked, and is not read."""
    options = [marked_options(line.text) for line in lines]
    units: list[str] = []
    last: tuple[Line, bool] | None = None  # the last marked line and whether its option was on
    for i, line in enumerate(lines):
        found = options[i]
        if found is not None:
            units.extend(_chosen_units(line.text, found))
            last = (line, bool(found) and found[-1][1])
            continue
        if last is not None and _continues(last[0], line, lines) and not _other_option(
                units[-1] if last[1] and units else last[0].text, line.text, spec):
            # The option of the line above wraps onto this one.
            if last[1]:
                units[-1] = f"{units[-1]} {line.text}"
            last = (line, last[1])
            continue
        last = None
        in_marked_list = any(
            found and any(_names_option(text, spec) for text, _ in found)
            for found in (options[j] for j in _block(lines, i))
        )
        if not in_marked_list:
            units.append(line.text)
    return units


# A statement closing on its denial: "... traucējumu nav.", a row answered "nav" or "nē".
_DENIED_TAIL = re.compile(r"(?<![a-z])(?:nav|ne)(?:\s+(?:konstatet|noteikt)\w*)?\s*[.;]?\s*$")


def _statements(lines: list[Line]) -> list[str]:
    """The unmarked text as statements: each table row (a line of cells) on its own, the
    prose between them split into sentences, a sentence read across its line breaks."""
    statements: list[str] = []
    prose: list[str] = []

    def close_prose() -> None:
        if prose:
            statements.extend(re.split(r"(?<=[a-z)][.;!?])\s+", fold(" ".join(prose))))
            prose.clear()

    for line in lines:
        if marked_options(line.text) is not None:
            close_prose()
        elif len(line.segments) > 1:
            close_prose()
            statements.append(fold(" ".join(seg.text for seg in line.segments)))
        else:
            prose.append(line.text)
    close_prose()
    return statements


def _denied_options(lines: list[Line], spec: FieldSpec) -> set[str]:
    """The options the paper names only in statements it denies: a list printing every option
    with "ir"/"nav" answers, or a sentence "Pārvietošanās ... traucējumu nav." naming several."""
    statements = _statements(lines)
    denied: set[str] = set()
    for value, phrases in spec.synonyms.items():
        naming = [st for st in statements if any(_stem(p).search(st) for p in phrases)]
        if naming and all(_DENIED_TAIL.search(st) for st in naming):
            denied.add(value)
    return denied


def _negated(folded: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        match = _stem(phrase).search(folded)
        if match and re.search(r"(?<![a-z])(nav|ne)\s*$", folded[: match.start()].rstrip(" :")):
            return True
    return False


_HOURS_NEAR = re.compile(
    r"(?<![\d.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:st\b|st\.|stund\w*|h\b|h/)", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"(?<![\d.,:/-])(\d{1,2}(?:[.,]5)?)(?![\d.,:/-])")
_DATEISH = re.compile(
    r"\d{4}\.?\s*(?:gada|g\.)\s*\d{1,2}\.?\s*\w+|\d{1,2}\.\d{1,2}\.\d{4}\.?|\d{4}-\d{2}-\d{2}|"
    + ROMAN_DATE_SHAPE
)


def _activity_units(ctx: Context, spec: FieldSpec) -> list[str] | None:
    """The text stretches activities are read from: each ticked item when the form has
    checkboxes, otherwise the whole activities section as one stream (prose, table rows).
    A letter with no such section states them in its request sentence (`prose_from`)."""
    span = ctx.span(spec)
    if span is None:
        request = _request_sentence(ctx, spec)
        if request:
            if not _names_an_activity(spec, request):
                # "Lūdzu piešķirt Megijai asistenta pakalpojumu." after a letter that told
                # what she does and for how long: the activities stand before the request.
                folded = fold(ctx.text)
                return [folded[: folded.find(request)] + " " + request]
            return [request]
        span = _answer_table(ctx)
        if span is None:
            return _weekly_lines(ctx, spec)
    end = span[1]
    if spec.stop:
        stop = find_line(ctx.lines, list(spec.stop), span[0] + 1)
        if stop is not None and stop < end:
            end = stop
    lines = ctx.lines[span[0] : end]
    if not any(_CHECK_ANY.search(line.text) for line in lines):
        return [fold(" ".join(line.text for line in lines))]
    units: list[str] = []
    current: list[str] | None = None
    boxes = [ln.words[0] for ln in lines
             if ln.words and ln.words[0].text in OFF_GLYPHS + ON_GLYPHS]
    for line in lines:
        options = marked_options(line.text)
        ticked = None if options is not None else hand_ticked_option(line.words, boxes)
        if ticked is not None:
            options = [(ticked, True)]
        if options is not None and _yes_no_only(options):
            # A row of a table with "jā"/"nē" columns: the row is asked for when "jā" is
            # marked; its hours stand in the row.
            if current is not None:
                units.append(" ".join(current))
            current = None
            if _marked_answer(options):
                units.append(_YES_NO_MARKS.sub(" ", line.text))
            continue
        if options is not None:
            if current is not None:
                units.append(" ".join(current))
            current = None
            # Each marked option is an item; the last one runs on into unmarked lines below.
            for index, (text, on) in enumerate(options):
                if not on:
                    continue
                if index == len(options) - 1:
                    current = [text]
                else:
                    units.append(text)
        elif current is not None:
            current.append(line.text)
        elif _HOURS_NEAR.search(fold(line.text)) or re.search(r"stund", fold(line.text)):
            # An item whose box OCR lost, but with hours written in: it was asked for.
            current = [line.text]
    if current is not None:
        units.append(" ".join(current))
    return [fold(unit) for unit in units]


def _names_an_activity(spec: FieldSpec, folded: str) -> bool:
    return any(not _STREET.match(folded[m.start():])
               for phrases in spec.synonyms.values() for phrase in phrases
               for m in _stem(phrase).finditer(folded))


_YES_NO_MARKS = re.compile(rf"[{ON_GLYPHS}{OFF_GLYPHS}]\s*(?:jā|nē|ja|ne)?(?![\w])", re.IGNORECASE)


def _yes_no_only(options: list[tuple[str, bool]]) -> bool:
    """Options that are only "jā" and "nē" (or "ir"/"nav"): a question's answer boxes."""
    firsts = [fold(text).split()[0] if text.split() else "" for text, _on in options]
    if len(firsts) >= 3 and firsts[0] not in ("ja", "ne", "ir", "nav"):
        firsts = firsts[1:]  # the question printed before its boxes
    return len(firsts) >= 2 and all(f in ("ja", "ne", "ir", "nav") for f in firsts)


# A column of a week's hours: "Stundas nedēļā", "h nedēļā", "st./ned.", "Stundu skaits nedēļā".
_HOURS_COLUMN = re.compile(r"^(?:stundas|stundu skaits|h|st\.?)\s*(?:/\s*ned\b\.?|nedela\b)")
# A line ending in a week's hours: "Darbs aģentūrā ........ 10 st./ned.", or a form's row
# asking for them with the answer after it: "8. Darbs: stundas nedēļā | 20".
_WEEKLY_FIGURE = re.compile(
    r"\d(?:[.,]\d)?\s*(?:h|st\.?|stundas)\s*(?:/\s*ned\b\.?|nedela\b)\W*$"
    r"|(?:h|st\.?|stundas)\s*(?:/\s*ned\b\.?|nedela\b)\W*\d{1,2}(?:[.,]\d)?\s*$")


def _answer_table(ctx: Context) -> tuple[int, int] | None:
    """A table whose header row prints "jā" and "nē" columns ("Asistenta pakalpojums | jā |
    nē | h nedēļā"), or a column of a week's hours beside a column of words ("Mērķis |
    Stundas nedēļā"), with no heading the vocabulary knows: its rows are the activities."""
    for line in ctx.lines:
        heads = [fold(seg.text).strip(" :") for seg in line.segments]
        if "ja" in heads and "ne" in heads:
            return (line.index + 1, len(ctx.lines))
        if len(heads) == 2 and _HOURS_COLUMN.match(heads[1]) and not re.search(r"\d", heads[0]):
            return (line.index + 1, len(ctx.lines))
    return None


def _weekly_lines(ctx: Context, spec: FieldSpec) -> list[str] | None:
    """Lines naming an activity and ending in its week's hours ("Studijas koledžā ....
    24 st./ned."), under a heading the vocabulary does not know: each line is one activity."""
    units = [folded for line in ctx.lines if _WEEKLY_FIGURE.search(folded := fold(line.text))
             and _names_an_activity(spec, folded)]
    return units or None


# Hours printed before the activity they are for, in a sentence: "30 stundas nedēļā
# nokļūšanai uz lekcijām", "2 stundas nedēļā brīvajam laikam" (at most two words between).
_HOURS_BEFORE = re.compile(
    r"(?<![\d.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:stund[a-z]*|h)\s+(?:nedel[a-z]*\s+(?:laika\s+)?)?"
    r"(?:[a-z]+\s+){0,2}$"
)


def _request_sentence(ctx: Context, spec: FieldSpec) -> str | None:
    """The part of a letter that asks for the service ("... lūdzu piešķirt asistenta
    pakalpojumu manam dēlam ..., kurš mācās ... un apmeklē ..."), from its request on."""
    folded = fold(ctx.text)
    starts = [m.start() for phrase in spec.prose_from if (m := _stem(phrase).search(folded))]
    if not starts:
        return None
    start = min(starts)
    # The request and what follows it up to the next topic (the benefit, the attachments, the
    # signature: the field's `stop` phrases): a letter may list the activities after it.
    rest = folded[start:]
    stops = [m.start() for phrase in spec.stop if (m := _stem(phrase).search(rest, 1))]
    return rest[: min(stops)] if stops else rest


def _activities(ctx: Context, spec: FieldSpec) -> Found:
    """{kind, hours_per_week} for each activity the document names (ticked, when ticked)."""
    units = _activity_units(ctx, spec)
    if units is None:
        return Found([], GUESS_CONFIDENCE, "list")
    from_prose = ctx.span(spec) is None and _request_sentence(ctx, spec) is not None
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    computed = False
    for folded in units:
        hits: list[tuple[int, int, str]] = []
        for kind, phrases in spec.synonyms.items():
            for phrase in phrases:
                for match in _stem(phrase).finditer(folded):
                    if _STREET.match(folded[match.start():]):
                        continue  # "Skolas iela 5" is an address, not schooling
                    if WORKING_DAYS.match(folded, match.start()):
                        continue  # "katru darba dienu": when, not work
                    hits.append((match.start(), match.end(), kind))
        if not hits:
            continue
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        hits = [h for i, h in enumerate(hits) if not _names_the_place(folded, hits[:i], h)]
        # One run per activity: overlapping hits and repeats of the same kind merge.
        # A run remembers where its first hit ends: its hours may follow that hit ("mācībām
        # ... tehnikumā – 30 stundas nedēļā (nokļūšanai uz mācībām ...)").
        runs: list[list[Any]] = []
        for start, stop_at, kind in hits:
            # "ārstniecības vai rehabilitācijas iestādē": two names of one option, the first
            # says which kind it is.
            joined = bool(runs) and re.fullmatch(r"\s+(?:[a-z]+\s+)?vai\s+",
                                                 folded[runs[-1][1]:start] or "")
            if runs and (start < runs[-1][1] or runs[-1][2] == kind or joined):
                runs[-1][1] = max(runs[-1][1], stop_at)
                continue
            runs.append([start, stop_at, kind, stop_at])
        # In a sentence the hours may stand before what they are for: each hit so preceded
        # takes them, and no other activity's window may take them again.
        before: dict[int, Any] = {}
        claimed = folded
        if from_prose:
            for index, (start, _stop_at, _kind) in enumerate(hits):
                ahead = _HOURS_BEFORE.search(folded[max(0, start - 60):start])
                at = max(0, start - 60) + ahead.start() if ahead else None
                if ahead:
                    before[start] = _number(float(ahead.group(1).replace(",", ".")))
                else:
                    # "reizi nedēļā ap 2 st. vajag pavadīt pie ārsta": the hours said earlier
                    # in the activity's own sentence, no other activity between.
                    head = _own_sentence_head(folded, start, hits[index - 1][1] if index else 0)
                    opens = _opens_sentence(folded, head, start)
                    near = _HOURS_NEAR.search(head) if opens else None
                    if near:
                        before[start] = _number(float(near.group(1).replace(",", ".")))
                        at = start - len(head) + near.start()
                if at is not None:
                    claimed = claimed[:at] + " " * (start - at) + claimed[start:]
        for i, (start, _stop, kind, first_end) in enumerate(runs):
            window_end = runs[i + 1][0] if i + 1 < len(runs) else len(folded)
            window = _DATEISH.sub(" ", claimed[first_end:window_end])
            forward = [before[h[0]] for h in hits
                       if h[2] == kind and start <= h[0] < window_end and h[0] in before]
            # "Sestdienās viņš apmeklē pulciņu no plkst. 16 līdz 18": the days a week may
            # stand before the activity in its sentence.
            head = _own_sentence_head(folded, start, runs[i - 1][1] if i else 0)
            # Only its words: numbers before the activity may be another row's.
            head = head if _opens_sentence(folded, head, start) and not re.search(
                r"\d", head) else ""
            hours = forward[0] if forward else _hours_in(window, head=head)
            if isinstance(hours, _Computed):
                computed = True
                hours = hours.value
            if kind in seen:
                # Mentioned first without hours ("apmeklē dienas centru"), asked for later with
                # them: the later mention gives the hours.
                earlier = next(item for item in items if item["kind"] == kind)
                if earlier["hours_per_week"] is None:
                    earlier["hours_per_week"] = hours
                continue
            seen.add(kind)
            items.append({"kind": kind, "hours_per_week": hours})
    confidence = BASE_CONFIDENCE["list"]
    if computed:
        # A week's hours worked out from a day's and the days: arithmetic, a person checks.
        confidence = min(confidence, weekly_hours.COMPUTED_CONFIDENCE)
    with_hours = [item for item in items if item["hours_per_week"] is not None]
    if with_hours and len(with_hours) < len(items):
        # A checklist whose ticks were not readable (OCR turns boxes into "D", "BI"...): the
        # activities asked for are the ones given hours.
        items = with_hours
        confidence = 0.8
    elif any(item["hours_per_week"] is None for item in items):
        confidence = GUESS_CONFIDENCE
    if from_prose:
        # In a letter's prose an activity asked for comes with its hours; one without is only
        # mentioned ("saziņai ar iestādēm").
        items = [item for item in items if item["hours_per_week"] is not None]
        confidence = min(confidence, BASE_CONFIDENCE["copy"])
    span = ctx.span(spec) or (0, len(ctx.lines))
    return Found(items, confidence * _lines_doubt(ctx.lines[span[0] : span[1]]), "list")


_STREET = re.compile(r"^\w*\s+(iela|iel|gatve|prospekt|bulvar|laukum|cel)", re.IGNORECASE)
_QUOTED_AFTER = re.compile(r"\w*\s*[„\"“«]")
# The words from an activity up to a hit inside the brackets opened right after it.
_ASIDE_OPEN = re.compile(r"\w*\s*\([^()\d]{0,40}")


def _names_the_place(folded: str, earlier: list[tuple[int, int, str]],
                     hit: tuple[int, int, str]) -> bool:
    """Whether a hit is the kind in a place's name ("darbs | Biedrība „Redzes Gaisma” | 20":
    the work is done at an association): followed by a quoted name, right after another
    activity whose hours have not come yet; or in brackets right after another activity."""
    previous = next((h for h in reversed(earlier) if h[2] != hit[2]), None)
    if previous is not None and _ASIDE_OPEN.fullmatch(folded[previous[1]:hit[0]]):
        return True  # "Darbs (biedrībā, velosipēdu darbnīcā)": where the work is done
    if not _QUOTED_AFTER.match(folded, hit[1]):
        return False
    previous = next((h for h in reversed(earlier) if h[2] != hit[2]), None)
    return (previous is not None and hit[0] - previous[1] <= 40
            and not re.search(r"\d", folded[previous[1]:hit[0]]))


# A full stop ends a sentence, not the one of "plkst. 9" or "2 st. 30 min." before a number;
# after a number only when it closes a span of clock time ("... līdz 13. Reizi nedēļā"). A
# semicolon ends a list's item ("... darba dienās; ārsta apmeklējumi – 1,5 h dienā, ...").
_PROSE_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z])(?<!\bst)(?<!\bplkst)|(?<=\d:\d\d)|(?<=lidz \d)|(?<=lidz \d\d))"
    r"\.\s(?!\s*\d)|;\s")


def _own_sentence_head(folded: str, start: int, floor: int) -> str:
    """The words of `start`'s sentence before it, from no earlier than `floor`."""
    ends = [m.end() for m in _PROSE_SENTENCE_END.finditer(folded, floor, start)]
    return folded[max([floor, *ends]):start]


def _opens_sentence(folded: str, head: str, start: int) -> bool:
    """Whether `head` (the words before `start`) reaches back to its sentence's start: no
    other activity stands earlier in the sentence to own what the head says."""
    return _own_sentence_head(folded, start, 0) == head


@dataclass(frozen=True)
class _Computed:
    """A week's hours worked out (a day's hours times the days), not printed."""

    value: int | float | None


def _hours_in(window: str, *, unit_only: bool = False,
              head: str = "") -> int | float | _Computed | None:
    # "piecas dienas nedēļā pa pusotrai stundai": a visit's hours times the visits of a week.
    # The activity's own sentence (with its words before the activity, `head`), or the next
    # one ("... mācās pamatskolas 3. klasē. Uz skolu viņu jāpavada ..."), when the window
    # holds no other activity.
    for n, sentence in enumerate(_PROSE_SENTENCE_END.split(window)[:2]):
        schedule = parse_schedule((head + " " + sentence if n == 0 else sentence)[:240])
        if (schedule is not None and schedule.weekly is None and schedule.times is not None
                and schedule.each is not None and schedule.hours_per_week is not None):
            return _Computed(_number(schedule.hours_per_week))
    match = _HOURS_NEAR.search(window)
    unit = re.search(r"stund\w*|(?<![a-z])h(?![a-z])|st\.", window[:80])
    if match is None and unit:
        # "divdesmit stundas nedēļā": number words are the forms parser's business.
        worded = values.hours_value(window[: unit.end()])
        if worded is not None:
            return _number(worded)
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    if unit_only:
        return None
    # "no plkst. 16 līdz 18": clock times are no count of hours
    match = _BARE_NUMBER.search(TIME_RANGE.sub(" ", whole_hour_clocks(window)))
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    return None


# --- timesheet rows and signatures (read in extract/timesheet_rows.py) ----------------------


def _timesheet_entries(ctx: Context, spec: FieldSpec, month: str | None) -> Found:
    sure = replace(spec, synonyms={value: tuple(p for p in phrases if p not in spec.doubtful)
                                   for value, phrases in spec.synonyms.items()})
    guessed: set[str] = set()

    def activity_of(raw: str) -> str | None:
        value = _enum(spec, raw)
        if value is not None and spec.doubtful and _enum(sure, raw) != value:
            guessed.add(raw.strip())
        return value
    read = timesheet_rows.read_entries(ctx.document, ctx.lines, activity_of, month)
    confidence, warnings = read.confidence, list(read.warnings)
    if guessed:
        # "rehabilitācija" is a clinic's course or a social service's: the activity is a guess.
        confidence = min(confidence, DOUBTFUL_VALUE)
        warnings.append(f"entries: the activity of {len(guessed)} row(s) rests on a word that "
                        "names more than one kind (check it)")
    return Found(read.entries, confidence, "rows", warning="; ".join(warnings) or None)


def _timesheet_signatures(ctx: Context, month: str | None) -> Found | None:
    rows = timesheet_rows.read_entries(ctx.document, ctx.lines, lambda raw: None, month)
    value, confidence = timesheet_rows.read_signatures(ctx.document, ctx.lines, rows.row_lines)
    return Found(value, confidence, "signatures") if value is not None else None


# Ways a name is found printed as it stands in a form (the nominative by the form's design).
_AS_PRINTED = frozenset({"acroform", "label", "label_split", "label_loose"})


def _appointed(ctx: Context, found: dict[str, Found | None]) -> None:
    """The one a decision appoints and the one over whom, as its grammar states them
    (`roles.appointment`), over what patterns found: "par aizgādni iecelt Kitiju Mārtiņsoni"
    makes Kitija Mārtiņsone the representative though her name also opens the sentence about
    the application. A field the grammar does not settle keeps its value; one holding the
    other role's person is doubted."""
    if not ctx.vocab.appointment:
        return
    reading = roles.appointment(ctx.text)
    mentions = dict(zip(ctx.vocab.appointment, (reading.representative, reading.person),
                        strict=True))
    for name, mention in mentions.items():
        item = found.get(name)
        if mention is None:
            other = next(m for n, m in mentions.items() if n != name)
            if (other is not None and item is not None and isinstance(item.value, str)
                    and roles.same_person(item.value, other.printed)):
                found[name] = Found(item.value, min(item.confidence, GUESS_CONFIDENCE),
                                    item.how, item.words, structural=item.structural,
                                    warning=f"{name}: the decision's grammar gives this "
                                            "person the other role")
            continue
        value = values.person_name(mention.printed, inflected=True, case=mention.case)
        if value is None or (item is not None and item.value == value):
            continue
        replaced = item.value if item is not None and isinstance(item.value, str) else None
        found[name] = Found(
            value, BASE_CONFIDENCE["appointment"], "appointment",
            ctx.words_in(mention.at, mention.at + len(mention.printed)),
            warning=(f"{name}: read from the decision's grammar ({mention.printed!r}), not "
                     f"{replaced!r}") if replaced and not roles.same_person(
                         replaced, mention.printed) else None)


def _doubt_inflection(ctx: Context, name: str, found: dict[str, Found | None]) -> None:
    """A name read from prose whose nominative the name tables cannot confirm (an unknown
    given name: "Ģederta Auziņa" is a woman's nominative or a man's genitive) stays below
    the flowing threshold; the text's pronoun ("viņš") picks the reading."""
    item = found.get(name)
    if item is None or item.how in _AS_PRINTED or not isinstance(item.value, str):
        return
    printed = _name_part(" ".join(w.text for w in item.words)) if item.words else None
    if printed:
        # "Haralda Kursīša": Kursītis, Kursīsis or Kursīšs; the page may print which one.
        value, how_sure = values.settle_name(printed, item.value, ctx.text)
        if how_sure == "guess":
            doubt = f"{name}: more than one nominative fits the printed name (check its ending)"
            found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how,
                                item.words, structural=item.structural,
                                warning="; ".join(filter(None, [item.warning, doubt])))
            return
        item.value = value
        if how_sure == "printed":
            return  # "Imants Mucena" printed on the page: the son is Valdis Mucena
        if _other_nominative(ctx.text, value):
            # "Valda Ķemera" read as Ķemers while the signature prints "V. Ķemeris".
            found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how,
                                item.words, structural=item.structural,
                                warning=f"{name}: the page prints the surname with another ending")
            return
    if values.nominative_confirmed(item.value):
        return
    value = item.value
    if ctx.feminine is False and all(w.endswith("a") for w in value.split()):
        masculine = values.person_name(value, inflected=True, case="genitive")
        if masculine:
            value = masculine
    found[name] = Found(value, min(item.confidence, UNCONFIRMED_NAME), item.how, item.words,
                        warning=f"{name}: the name's nominative is not certain (check its ending)",
                        structural=item.structural)


def _mend_split_surname(ctx: Context, name: str, found: dict[str, Found | None]) -> None:
    """A surname OCR broke into pieces ("Gvido Ki Šs") mended from the surname the page prints
    beside another given name ("Klienta aizgādnis Raivis Kūšs"): a likely mend, not a sure one."""
    item = found.get(name)
    if item is None or not isinstance(item.value, str):
        return
    mended = values.mended_split_surname(item.value, ctx.text)
    if mended is None:
        return
    doubt = f"{name}: the surname was read in pieces; mended from the one the page prints"
    found[name] = Found(mended, min(item.confidence, UNCONFIRMED_NAME), item.how, item.words,
                        warning="; ".join(filter(None, [item.warning, doubt])),
                        structural=item.structural)


def _doubt_first_word(name: str, found: dict[str, Found | None]) -> None:
    """A name whose first word is no given name of the name-day calendar nor an initial (a
    word kept before it, a surname printed first, letters OCR broke) is not sure."""
    item = found.get(name)
    if item is None or not isinstance(item.value, str) or not item.value:
        return
    if values.starts_with_given_name(item.value) or item.confidence <= UNCONFIRMED_NAME:
        return
    doubt = f"{name}: the name does not start with a known given name (check it)"
    item.confidence = UNCONFIRMED_NAME
    item.warning = "; ".join(filter(None, [item.warning, doubt]))


def _other_nominative(text: str, value: str) -> bool:
    """Whether the page prints the name's surname with another nominative ending (-s, -is,
    -us, -š): the reading taken from an inflected form may be the wrong one."""
    words = value.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    stem = re.sub(r"(?:is|us|s|š)$", "", surname)
    if stem == surname or len(stem) < 3:
        return False
    for match in re.finditer(rf"(?<!\w){re.escape(stem)}(is|us|s|š)(?!\w)", text):
        if match.group(0) != surname:
            return True
    return False


def _bind_codes(ctx: Context, found: dict[str, Found | None]) -> None:
    """A person's code is the one printed beside their name in any case (`roles.code_of`):
    a code found by weaker evidence (the first "personas kods" in prose, the other code) gives
    way to it; a printed label that disagrees with it is doubted."""
    lined = "\n".join(line.text for line in ctx.lines)
    for check in ctx.vocab.checks:
        for name_field, code_field in check.get("people", []):
            name, code = found.get(name_field), found.get(code_field)
            if name is None or not isinstance(name.value, str):
                continue
            bound = (roles.code_of(lined, name.value)
                     or roles.kin_code(lined, name.value, ctx.vocab.kin))
            if bound is None or (code is not None and code.value == bound):
                continue
            others = [f.value for n, f in found.items() if n != name_field and f is not None
                      and ctx.vocab.fields[n].kind == "person_name" and isinstance(f.value, str)
                      and f.value != name.value]
            theirs = code is not None and any(roles.code_of(lined, other) == code.value
                                              for other in others)
            if code is not None and code.how in _AS_PRINTED and not theirs:
                found[code_field] = Found(
                    code.value, min(code.confidence, GUESS_CONFIDENCE), code.how, code.words,
                    warning=f"{code_field}: the text prints another code beside {name.value}",
                    structural=code.structural)
                continue
            # A label's code printed beside another person's name ("manam mazdēlam Oskaram
            # Vanagam / (personas kods ...)") is theirs: the one beside this name wins, though
            # two readings disagreed, so not surely.
            ceiling = ONE_OF_SEVERAL if theirs else BASE_CONFIDENCE["pattern"]
            found[code_field] = Found(bound, min(name.confidence, ceiling), "beside_name")


# A decision's number on its own line or at the end of its date line.
_OWN_NUMBER = re.compile(r"\bNr\.?\s*[\w/.-]*\d[\w/-]*\s*$")


def _titled_decision(ctx: Context, kinds: dict[str, str]) -> tuple[str, str, Line] | None:
    """(kind, title, title line) of a paper titled "LĒMUMS Nr. ..." (its subject maybe on the
    line below), or "LĒMUMS" over a date line ending in its number."""
    # The paper's own title: a line of the first page opening with the kind of decision and
    # its number ("LĒMUMS Nr. 1-6/21/112"), its subject maybe on the line below.
    # The number may stand on the date line under a title printed alone ("LĒMUMS" / "Talsos,
    # 2021. gada 17. martā    Nr. 2-5/21/46" / "Par aizbildnības nodibināšanu ...").
    # Or it stands on the date line's right ("Alūksnē, 2020. gada 3. jūnijā   Lēmums Nr. 1-9/20/31"
    # with its subject below).
    at = next((ln.index for ln in ctx.lines[:15] if ln.words and ln.page == ctx.lines[0].page
               and fold(ln.words[0].text) in kinds
               and (re.search(r"\bNr\b", ln.text) or len(ln.words) == 1)), None)
    beside = None if at is not None else next(
        ((ln.index, seg) for ln in ctx.lines[:15] if ln.page == ctx.lines[0].page
         for seg in ln.segments[1:] if seg.words and fold(seg.words[0].text) in kinds
         and re.search(r"\bNr\b", seg.text)), None)
    if beside is not None:
        at = beside[0]
    if at is None:
        return None
    title_line = ctx.lines[at]
    title = title_line.text if beside is None else beside[1].text
    title_words = title_line.words if beside is None else beside[1].words
    for below in ctx.lines[at + 1 : at + 3]:
        # The subject may stand on its own line or beside the place and date ("Aizkrauklē
        # 10.11.2020.      par aizgādnības nodibināšanu"): a segment opening with "par".
        subject = next((seg.text for seg in below.segments
                        if fold(seg.text.strip()).startswith("par ")), None)
        if re.search(r"\bNr\b", title) and subject is None:
            break
        number = _OWN_NUMBER.search(below.text)
        if not re.search(r"\bNr\b", title) and number and subject is None:
            title = f"{title} {number.group(0)}"
        elif subject is not None:
            title = f"{title} {subject.strip()}"
            break
    if not re.search(r"\bNr\b", title):
        return None
    return kinds[fold(title_words[0].text)], title, title_line


def _own_decision(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """The paper as its own basis when its title is a decision ("LĒMUMS Nr. ... / par ...")
    under a court's letterhead; a value already naming the paper's number stays. Legal grounds
    ("Civillikuma 223. pantu") read as the basis are dropped when nothing better is found."""
    current = found.get(spec.name)
    phrase = _decision_basis(ctx, spec, found) or _notarial_power(ctx, found)
    if phrase is not None:
        return phrase
    if current is not None and own_decision.cites_articles(current.value):
        return None
    return current


def _notarial_power(ctx: Context, found: dict[str, Found | None]) -> Found | None:
    """A notarial power of attorney as its own basis, dated by its own date line."""
    dated = next((f for n, f in found.items() if f is not None
                  and ctx.vocab.fields[n].kind == "date"
                  and ctx.vocab.fields[n].region == "dateline"), None)
    on = iso_date(dated.value) if dated is not None else None
    phrase = own_decision.notarial_power_phrase(ctx.lines, on) if on is not None else None
    if phrase is None:
        return None
    return Found(phrase, 0.85 * _lines_doubt(ctx.lines[:3]), "own_decision", ctx.lines[0].words)


def _decision_basis(ctx: Context, spec: FieldSpec,
                    found: dict[str, Found | None]) -> Found | None:
    kinds = {fold(k): k for k in spec.own_decision}
    own_date = next((f.value for n, f in found.items() if f is not None
                     and ctx.vocab.fields[n].kind == "date"
                     and ctx.vocab.fields[n].region == "dateline"), None)
    on = iso_date(own_date)
    titled = _titled_decision(ctx, kinds)
    if titled is None:
        # The title block names the kind, the number and the subject apart ("Lēmuma Nr. ..."
        # as a label, a table's "Nr." column, "Nr. ..." on the date line): its own date first.
        stems = {fold(k)[:-1]: k for k in spec.own_decision}
        head = own_decision.head_decision(ctx.lines, stems)
        if head is None:
            return None
        kind, title, printed_on, title_line = head
        on = printed_on or on
    else:
        kind, title, title_line = titled
    if on is None:
        return None
    current = found.get(spec.name)
    number = re.search(r"Nr\.?\s*([\w/.-]*\d[\w/-]*)", title)
    if current is not None and number and number.group(1).rstrip(".") in str(current.value):
        return None
    for index in sorted(ctx.issuer_lines() | set(range(title_line.index))):
        for segment in ctx.lines[index].segments:
            phrase = own_decision.decision_phrase(kind, title, segment.text.strip(), on)
            if phrase is not None:
                return Found(phrase, 0.85 * _lines_doubt([title_line]), "own_decision",
                             title_line.words)
    return None


# A table's line of sums: "Mēnesī 40 0 0 6 46", "Kopā 12,5", "Pavisam: 33,5 st.".
_SUM_LINE = re.compile(r"^\W*(?:kopa|pavisam|kopsumma|summa|menesi|kopa menesi)\b")


def _total_on_sum_line(ctx: Context, entries: list[dict[str, Any]]) -> Found | None:
    """The month's total as the last figure of a line of sums, when it is the rows' sum: a
    "Kopā" heading over the day's column is not the month's total, the sums' line is."""
    listed = sum(float(e["hours"]) for e in entries if e.get("hours") is not None)
    if not entries or listed <= 0:
        return None
    for line in ctx.lines:
        if not _SUM_LINE.match(fold(line.text)):
            continue
        figures = re.findall(r"(?<![\d.,:])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,:]\d)", line.text)
        if figures and abs(float(figures[-1].replace(",", ".")) - listed) < 0.01:
            return Found(_number(listed), BASE_CONFIDENCE["label"] * _lines_doubt([line]),
                         "sum_line", line.words)
    return None


def _timesheet_total(ctx: Context, found: dict[str, Found | None]) -> None:
    """A stated total that disagrees with its rows: repaired, dropped or doubted."""
    total, entries = found.get("total_hours"), found.get("entries")
    if total is None or entries is None or not isinstance(entries.value, list):
        return
    if entries.value and total.value is not None:
        listed = sum(float(e["hours"]) for e in entries.value if e.get("hours") is not None)
        if abs(float(total.value) - listed) >= 0.01:
            summed = _total_on_sum_line(ctx, entries.value)
            if summed is not None:
                found["total_hours"] = summed
                return
    raw = " ".join(w.text for w in total.words) or str(total.value)
    mended = timesheet_rows.rows_mended_by_total(total.value, entries.value)
    if mended is not None:
        # Hours that contradicted their own from-to, mended so the rows meet the total.
        rows, note = mended
        found["entries"] = Found(rows, min(entries.confidence, timesheet_rows.REPAIRED_CONFIDENCE),
                                 entries.how, entries.words,
                                 "; ".join(w for w in (entries.warning, note) if w))
        return
    value, cap, warning = timesheet_rows.total_against_rows(
        total.value, raw, _ocr_factor(total.words), entries.value)
    if cap is not None:
        found["total_hours"] = Found(value, min(total.confidence, cap), total.how, total.words,
                                     warning)


# "- a", "• a", "1) a", "2. a" and a sub-number under a section's ("3.1. a")
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪]|\d{1,2}(?:\.\d{1,2})*[.)])\s+")
# A table's total row: a sum, never an item of the list above it.
_TOTAL_ROW = re.compile(r"^\W*(?:kopa|pavisam|kopsumma|summa|kopa nedela)\b")
# "1) saziņa ar iestādēm; 2) ārsta apmeklējumu plānošana": items numbered inside a sentence.
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}\)(?:\s+|$)")


# OCR's reading of a bullet ("«", "+", "«<", "°"): a lone token of marks before a word.
_SCANNED_BULLET = re.compile(r"^\s*[^\w\s„“\"(]{1,3}\s+(?=[^\W\d_])")
# A line that opens with a box, ticked or not: "☒ bērnu aprūpe", "[ ] mājoklis".
_BOX_ITEM = re.compile(rf"^\s*((?:{MARK_ANY.pattern}))\s*")


def _split_items(text: str) -> list[str]:
    separator = ";" if ";" in text else ","
    return [p.strip(" .;,") for p in text.split(separator) if p.strip(" .;,")]


def _cell_rows(ctx: Context, words: list[Word]) -> list[str]:
    """A list written one item a line inside one table cell: a line that stops short of the
    cell's right edge ends its item; one that runs to the edge wraps into the next."""
    rows: list[list[Word]] = []
    for word in words:
        if rows and abs(word.top - rows[-1][0].top) < 0.5 * (word.bottom - word.top):
            rows[-1].append(word)
        else:
            rows.append([word])
    if len(rows) < 2:
        return []
    first = words[0]
    cx, cy = (first.x0 + first.x1) / 2, (first.top + first.bottom) / 2
    cell = next((c for c in ctx.document.pages[first.page].cells
                 if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]), None)
    if cell is None:
        return []
    left, right = cell[0], cell[2]
    items: list[str] = []
    wraps = False
    for row in rows:
        text = " ".join(w.text for w in row).strip(" ;.")
        if wraps and items:
            items[-1] = f"{items[-1]} {text}"
        else:
            items.append(text)
        # Close to the cell's edge: the line was full and wrapped.
        wraps = row[-1].x1 > right - 0.12 * (right - left)
    return items


def _header_column(ctx: Context, spec: FieldSpec, heading: int, end: int) -> list[str]:
    """A table whose header row has the list's heading as a column ("Uzdevums | Kas veic |
    Termiņš"): the cells under that header, a cell's wrapped line joined to it."""
    line = ctx.lines[heading]
    if len(line.segments) < 2 or any(re.search(r"\d", s.text) or len(s.words) > 4
                                     for s in line.segments):
        return []
    below = ctx.lines[heading + 1] if heading + 1 < end else None
    if below is None or len(below.segments) < 2:
        return []  # a header row stands over rows of cells
    patterns = [label_regex(label) for label in spec.labels]
    header = next((s for s in line.segments if any(p.search(s.folded) for p in patterns)), None)
    if header is None or len(header.words) > 4:
        return []
    items: list[str] = []
    for row in ctx.lines[heading + 1 : end]:
        if row.page != line.page:
            break
        cell = next((s for s in row.segments if abs(s.x0 - header.x0) < 8), None)
        if cell is None and not items and not re.search(r"\d{2}", row.text):
            continue  # the header's wrapped second line ("st./ned. | termiņš"), empty here
        if cell is None or _TOTAL_ROW.match(fold(row.segments[0].text)):
            break  # the table ends, or its total row ("Kopā | 6") closes it
        if items and len(row.segments) == 1 and cell.text[:1].islower():
            items[-1] = f"{items[-1]} {cell.text}"  # the cell's text wrapped
        elif len(row.segments) >= 2:
            items.append(cell.text.strip(" ;."))
        else:
            break
    return items


_SPECK_DOT = re.compile(r"(?<=[a-zāčēģīķļņšūž]{3})\.(?=[a-zāčēģīķļņšūž]{3})")


def _ticked_rows(lines: list[Line]) -> list[str]:
    """A checklist of rows whose mark sits in a cell of its own after the option ("budžeta
    plānošana | ✓"): the options of the marked rows; an unmarked row prints no mark."""
    ticked: list[str] = []
    for line in lines:
        if ":" in line.text:
            break
        cells = [seg.text.strip() for seg in line.segments]
        if len(cells) == 2 and MARK_ON.fullmatch(cells[1]) and re.search(r"[^\W\d_]{3}",
                                                                           cells[0]):
            ticked.append(cells[0].strip(" ;."))
    return ticked


def _bullets_after_support(ctx: Context) -> list[str]:
    """Bulleted lines after a sentence that ends in a colon and speaks of support ("...,
    lai palīdzētu mātei:" / "• zīdaiņa kopšanas prasmes"), with no heading over them."""
    for line in ctx.lines:
        if not line.text.rstrip().endswith(":"):
            continue
        above = ctx.lines[line.index - 1].text if line.index else ""
        if not prose_list.speaks_of_support(fold(f"{above} {line.text}")):
            continue
        items: list[str] = []
        for below in ctx.lines[line.index + 1:]:
            bullet = _BULLET.match(below.text)
            if bullet is None:
                break
            items.append(below.text[bullet.end():].strip(" ;."))
        if len(items) >= 2:
            return items
    return []


def _sentence_below(ctx: Context, heading: int, end: int) -> str | None:
    """A list's sentence starting under a heading that ends its line with a colon ("...
    Asistenta uzdevumi:" / "dokumentu kārtošana, naudas plānošana un ... uzturēšana."): its
    text to the full stop, when it is one sentence of items parted by commas or semicolons."""
    if not ctx.lines[heading].text.rstrip().endswith(":") or heading + 1 >= end:
        return None
    text = ""
    for line in ctx.lines[heading + 1 : end]:
        if (text.rstrip().endswith(".") or _BULLET.match(line.text) or ":" in line.text
                or _BOX_ITEM.match(line.text) or (not text and not line.text[:1].islower())):
            break
        text = f"{text} {line.text}".strip()
    if not text.endswith(".") or not re.search(r"[,;]", text):
        return None
    return text


def _answered_yes(lines: list[Line]) -> list[str]:
    """A table of areas with "jā" and "nē" columns ("budžeta plānošana | ☒ jā | ☐ nē"): the
    areas answered "jā"; none unless two rows or more are so answered."""
    rows: list[tuple[str, bool | None]] = []
    for line in lines:
        options = marked_options(line.text)
        if options is None or not _yes_no_only(options) or len(options) < 3:
            if rows:
                break
            continue
        rows.append((options[0][0].strip(" ;."), _marked_answer(options)))
    return [area for area, yes in rows if yes] if len(rows) >= 2 else []


def _earlier_number(ctx: Context, heading: int, value: str) -> str:
    """A list whose label wrapped onto two lines ("Ģimenes asistenta | 1) a" over "uzdevumi |
    2) b"): the value beside the label opens with "2)", its "1)" stands on the line above, in
    the same column; that item goes first."""
    number = re.match(r"^\s*(\d{1,2})\)", value)
    if number is None or number.group(1) == "1" or heading == 0:
        return value
    above = ctx.lines[heading - 1]
    previous = rf"^\s*{int(number.group(1)) - 1}\)\s"
    cell = next((seg for seg in above.segments[1:] if re.match(previous, seg.text)), None)
    return f"{cell.text} {value}" if cell is not None else value


def _items(ctx: Context, spec: FieldSpec) -> Found:
    """A list under a heading (tasks): bulleted or numbered lines, or "Heading: a, b, c."
    running on until its full stop, or a table cell "a; b; c"."""
    heading = find_line(ctx.lines, list(spec.labels)) if spec.labels else None
    if heading is None:
        return Found([], GUESS_CONFIDENCE, "list")
    stop = find_line(ctx.lines, list(spec.stop), heading + 1) if spec.stop else None
    end = stop if stop is not None else len(ctx.lines)
    items: list[str] = []
    column_end = end
    if stop == heading + 1 and spec.stop:
        # A header row wrapped onto a second line ("Uzdevums | Apjoms" over "st./ned. |
        # termiņš"): the stop word there is the header's; the column runs on below.
        later = find_line(ctx.lines, list(spec.stop), heading + 2)
        column_end = later if later is not None else len(ctx.lines)
    column = _header_column(ctx, spec, heading, column_end)
    if column:
        return Found(column, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                     "list")
    hits = find_label_values(ctx.lines, list(spec.labels), start=heading, end=heading + 1,
                             allow_below=False)
    numbered = next((h for h in hits if re.match(r"^\s*\d{1,2}\)(?:\s|$)", h.value)), None)
    if numbered is not None:
        # "... ar šādiem uzdevumiem: 1) a; 2) b; 3) c." running on to its full stop.
        text = _earlier_number(ctx, heading, numbered.value)
        opening = re.match(r"^\s*(\d{1,2})\)", text)
        first = int(opening.group(1)) if opening else 1
        # In a form's value column ("uzdevumi | 1) a"), a line that starts left of the values
        # is the form's next row (its date line), not the list's wrapped rest.
        value_x = numbered.words[0].x0 if numbered.words else 0.0
        in_column = any(seg.words and seg.words[0] is numbered.words[0]
                        for seg in ctx.lines[heading].segments[1:]) if numbered.words else False
        for line in ctx.lines[heading + 1 : end]:
            if in_column and line.words and line.words[0].x0 < value_x - 8:
                break
            # A wrapped line may open with the sentence's next number ("2) ..."): it goes on;
            # any other bullet starts a list of its own.
            following = len(_NUMBERED.findall(text)) + first
            goes_on = re.match(rf"^\s*{following}\)\s", line.text) is not None
            if re.search(r"\.\s*$", text) or ":" in line.text or (
                    _BULLET.match(line.text) and not goes_on):
                break
            text = f"{text} {line.text}"
        text = re.split(r"(?<=[a-zāčēģīķļņšūž)])\.(?:\s|$)", text)[0]
        split = [p.strip(" ;.,") for p in _NUMBERED.split(text) if p.strip(" ;.,")]
        doubt = _lines_doubt(ctx.lines[heading : heading + 1])
        return Found(split, BASE_CONFIDENCE["list"] * doubt, "list")
    ticked = _ticked_rows(ctx.lines[heading + 1 : end]) or _answered_yes(ctx.lines[heading + 1:end])
    if ticked:
        return Found(ticked, BASE_CONFIDENCE["list"] * _lines_doubt(ctx.lines[heading:end]),
                     "marked_list")
    # OCR's speck after the heading ("Uzdevumi: l") is no item: a task has a word.
    inline = next((h for h in hits if not _BULLET.match(h.value)
                   and re.search(r"[^\W\d_]{3}", h.value)), None)
    in_table = any(seg.cell is not None for seg in ctx.lines[heading].segments)
    if inline is not None:
        text = inline.value
        for line in [] if in_table else ctx.lines[heading + 1 : end]:
            if text.rstrip().endswith(".") or _BULLET.match(line.text) or ":" in line.text:
                break
            text = f"{text} {line.text}"
        doubt = _lines_doubt(ctx.lines[heading : heading + 1])
        rows = (_cell_rows(ctx, inline.words) if in_table and not re.search(r"[;,]", text)
                else [])
        split = rows if len(rows) > 1 else _split_items(text)
        return Found(split, BASE_CONFIDENCE["list"] * doubt, "list")
    below = _sentence_below(ctx, heading, end) if not in_table else None
    if below is not None:
        # Where the items of one line end is told by commas only: a person checks.
        return Found(_split_items(below), min(BASE_CONFIDENCE["list"], FALLBACK_CONFIDENCE)
                     * _lines_doubt(ctx.lines[heading:end]), "list")
    head_x = ctx.lines[heading].words[0].x0
    boxes = 0
    scanned = ctx.document.text_source not in ("text", "acroform")
    # On a scan OCR keeps an empty box and drops a filled one (dark, no letter): an option
    # line without a box among boxed ones, not the wrapped end of the line above, was marked.
    unboxed: list[tuple[int, str]] = []
    boxed_at: list[int] = []
    above: Line | None = None
    for line in ctx.lines[heading + 1 : end]:
        if _TOTAL_ROW.match(fold(line.text)):
            break
        box = _BOX_ITEM.match(line.text)
        previous, above = above, line
        if box is not None:
            # A checklist: every area printed with a box, the marked ones are the list.
            boxes += 1
            boxed_at.append(line.index)
            if MARK_ON.fullmatch(box.group(1).strip()):
                items.append(line.text[box.end():].strip(" ;."))
            continue
        if (scanned and boxes and not items and ":" not in line.text
                and (previous is None or not _continues(previous, line, ctx.lines))):
            unboxed.append((line.index, line.text.strip(" ;.")))
            continue
        if boxes and not items and line.words[0].x0 > head_x + 8:
            continue  # the wrapped rest of an unmarked option
        bullet = _BULLET.match(line.text) or (scanned and _SCANNED_BULLET.match(line.text))
        if bullet:
            items.append(line.text[bullet.end():].strip(" ;."))
        elif items and line.words[0].x0 > head_x + 8 and ":" not in line.text:
            items[-1] = f"{items[-1]} {line.text.strip(' ;.')}"
        elif items:
            break
    if not items and not boxes and heading + 1 < end:
        # "Uzdevumi" over one line "a; b; c": the items on the line under the heading.
        under = ctx.lines[heading + 1].text
        if ";" in under and ":" not in under and not _TOTAL_ROW.match(fold(under)):
            items = _split_items(under)
    doubt = _lines_doubt(ctx.lines[heading:end])
    # Only inside the boxed list or on the line right after it, in its block.
    listed = [text for at, text in unboxed if boxed_at and at <= boxed_at[-1] + 1
              and at in _block(ctx.lines, boxed_at[-1])]
    if not items and boxes >= 2 and listed:
        return Found(listed, min(BASE_CONFIDENCE["list"] * doubt, GUESSED_ENDS), "marked_list",
                     warning=f"{spec.name}: the marked boxes were not read; the options printed "
                             "without a box are taken as the marked ones")
    return Found(items, BASE_CONFIDENCE["list"] * doubt, "list")


# --- the engine ---------------------------------------------------------------------------


def extract_fields(
    document: ReadDocument, lines: list[Line], vocab: Vocabulary, title_line: int | None = None
) -> Extraction:
    """Every contract field of `vocab.doc_type`, with per-field confidence and warnings."""
    ctx = Context(document, lines, vocab, title_line)
    found: dict[str, Found | None] = {}
    for name, spec in vocab.fields.items():
        found[name] = _find(ctx, spec, found)
        item = found[name]
        if (name == "person_name" and ctx.feminine is None and item
                and isinstance(item.value, str) and _one_person(vocab)):
            # No pronoun: the only person's name tells "par operatori" is "operatore".
            ctx.feminine = values.feminine_name(item.value)
        if spec.kind in ("entries", "items") and item is not None and item.value == []:
            # Nothing read where rows or items were expected: not a sure "none".
            item.confidence = min(item.confidence, GUESS_CONFIDENCE)
        elif spec.kind == "entries" and item is not None and any(
            isinstance(row, dict) and None in row.values() for row in item.value
        ):
            # A row with a part unread (an activity no synonym names) is not sure as a whole.
            item.confidence = min(item.confidence, BASE_CONFIDENCE["copy"])
    if vocab.employment:
        _employment_sentence(ctx, found)
    if vocab.writer and found[vocab.writer[0]] is None:
        writer = _sender_line(ctx)
        if writer is not None:
            found[vocab.writer[0]], code = writer
            printed = found[vocab.writer[1]]
            if printed is None or printed.how not in _AS_PRINTED:
                found[vocab.writer[1]] = code
    for name, spec in vocab.fields.items():
        if found[name] is None and spec.kind in ("person_name", "address"):
            found[name] = _beside_code(ctx, spec, found)
        if found[name] is None and spec.kind == "person_name":
            found[name] = _name_in_code_row(ctx, name, found)
        if found[name] is None and spec.kind == "person_name" and _one_person(vocab):
            found[name] = _name_before_code(ctx, spec, found)
        elif found[name] is None and spec.kind == "personal_code":
            found[name] = _code_beside_name(ctx, spec, found)
    if any(spec.kind == "entries" for spec in vocab.fields.values()):
        _timesheet_total(ctx, found)
    _appointed(ctx, found)
    for name, spec in vocab.fields.items():
        if spec.kind == "person_name":
            _doubt_inflection(ctx, name, found)
            _mend_split_surname(ctx, name, found)
            _doubt_first_word(name, found)
    _mend_scanned(ctx, found)
    _bind_codes(ctx, found)
    for name, spec in vocab.fields.items():
        if spec.own_decision:
            found[name] = _own_decision(ctx, spec, found)
    for name, spec in vocab.fields.items():
        if found[name] is None and spec.same_as and found.get(spec.same_as) is not None:
            if _two_codes(vocab, found, name, spec.same_as):
                continue  # each block has a code of its own: two people, the name is not copied
            source = found[spec.same_as]
            assert source is not None  # narrowed for mypy; checked just above
            copy = Found(source.value, min(source.confidence, BASE_CONFIDENCE["copy"]), "copy")
            if spec.kind in _PERSON_KINDS and _another_person(ctx, found):
                copy.confidence = min(copy.confidence, GUESS_CONFIDENCE)
                copy.warning = (f"{name}: copied from {spec.same_as} although the document "
                                "prints another person's code")
            found[name] = copy
    result: dict[str, Any] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []
    boxes: dict[str, list[float]] = {}
    sources: dict[str, str] = {}
    people = _codes_on_page(ctx)
    for name, spec in vocab.fields.items():
        item = found[name]
        sources[name] = item.how if item is not None else "none"
        if item is None:
            default = None if spec.default_if_asked else spec.default
            result[name] = [] if spec.kind in {"activities", "entries", "items", "enum_set"} else (
                default
            )
            confidence[name] = 0.0 if default is None else GUESS_CONFIDENCE
            continue
        value = None if isinstance(item.value, _Null) else item.value
        result[name] = value
        if item.words and len({w.page for w in item.words}) == 1:
            boxes[name] = [item.words[0].page, min(w.x0 for w in item.words),
                           min(w.top for w in item.words), max(w.x1 for w in item.words),
                           max(w.bottom for w in item.words)]
        # No evidence kind reports more than its measured share right (evidence_confidence.yaml).
        ceiling = evidence_ceilings().get(item.how, 1.0)
        if spec.kind in _PERSON_KINDS and item.how in _ROLE_JUDGED and len(people) > 1:
            # Whose name or code it is was judged from the words around it while the page
            # names several people: read blind, such values were right 80 % of the time.
            ceiling = min(ceiling, evidence_ceilings().get("role_among_people", 1.0))
        confidence[name] = round(max(0.0, min(ceiling, item.confidence)), 2)
        if spec.kind == "personal_code" and value and not values.personal_code_ok(value):
            confidence[name] = min(confidence[name], 0.4)
            warnings.append(f"{name}: personal code fails its checksum (kept as read)")
        if item.warning:
            warnings.append(item.warning)
        if item.words and _ocr_factor(item.words) < 0.8:
            warnings.append(f"{name}: read from doubtful OCR text")
    kinds = {name: spec.kind for name, spec in vocab.fields.items()}
    cross_check(result, kinds, list(vocab.checks), ctx.text, confidence, warnings)
    _own_date_not_an_end(vocab, result, confidence, warnings)
    for field_name, message in values.validation_problems(vocab.doc_type, result).items():
        if field_name in confidence:
            confidence[field_name] = min(confidence[field_name], 0.5)
        # forms' messages may already start with the field's name.
        note = message if message.startswith(field_name) else f"{field_name}: {message}"
        if not any(w.startswith(f"{field_name}:") for w in warnings):
            warnings.append(note)
    return Extraction(result, confidence, warnings, boxes, sources)


# Routes a sentence's grammar outranks when they disagree: each took a value from words
# around it without knowing the words' roles (the first organisation on the page, whatever
# follows "amatā").
_WEAKER_THAN_GRAMMAR = frozenset({"pattern", "label_in_prose", "fallback", "letterhead"})


def _same_fact(a: Any, b: Any) -> bool:
    """Two readings of one value, quotation marks and letter case aside."""
    def plain(value: Any) -> str:
        return fold(re.sub(r"[\"'„“”«»]", "", str(value)))
    return plain(a) == plain(b)


def _employment_sentence(ctx: Context, found: dict[str, Found | None]) -> None:
    """The facts of the sentence saying who works where (extract/employment.py) fill the fields
    nothing else found and replace a weaker route's different value, below the sure bar."""
    read = employment.read_employment(ctx.text, ctx.feminine)
    if read is None:
        return
    for fact_name, name in ctx.vocab.employment.items():
        fact = getattr(read, fact_name)
        if fact_name == "employer" and fact is not None:
            fact = _org_on_its_line(ctx, fact)
        if fact is None:
            continue
        before = found.get(name)
        if before is not None and _same_fact(before.value, fact.value):
            continue
        if before is not None and before.how not in _WEAKER_THAN_GRAMMAR:
            before.confidence = min(before.confidence, BASE_CONFIDENCE["copy"] - 0.05)
            before.warning = before.warning or (
                f"{name}: the sentence of employment says {fact.value!r}")
            continue
        words = ctx.words_in(fact.start, fact.end)
        sure = BASE_CONFIDENCE["copy"] if fact.sure else 0.7
        item = Found(fact.value, min(sure, _ocr_factor(words) if words else 1.0), "sentence",
                     words)
        if before is not None:
            item.confidence = min(item.confidence, 0.8)
            item.warning = f"{name}: read from the sentence of employment, not {before.value!r}"
        found[name] = item


def _org_on_its_line(ctx: Context, fact: Any) -> Any:
    """An organisation's unquoted name standing alone on its line (a letterhead's "SIA
    DAUGAVKRASTA SILTUMNĪCAS") ends with it: the "Reģistrācijas numurs ..." under it is not
    part of it. In a sentence a name may wrap ("... SIA Kuldīgas" / "Rumbas Viesnīca")."""
    start = 0
    for line in ctx.lines:
        end = start + len(line.text)
        if fact.start == start and end < fact.end and not re.search(r"[\"„“”«»]", str(fact.value)):
            spill = len(ctx.text[end:fact.end].split())
            kept = str(fact.value).split()[:-spill]
            if len(kept) < 2:
                return None
            return replace(fact, value=" ".join(kept), end=end)
        start = end + 1
    return fact


def _two_codes(vocab: Vocabulary, found: dict[str, Found | None], name: str, source: str) -> bool:
    """Whether the two people whose names `name` and `source` are (a `people` check) each
    have a code of their own, and the codes differ."""
    for check in vocab.checks:
        pairs = {n: c for n, c in check.get("people", [])}
        if name in pairs and source in pairs:
            one, other = found.get(pairs[name]), found.get(pairs[source])
            return (one is not None and other is not None and bool(one.value)
                    and bool(other.value) and one.value != other.value)
    return False


def _mend_scanned(ctx: Context, found: dict[str, Found | None]) -> None:
    """Values OCR damaged, mended against what must be true of them (extract/repair): only
    values read from OCR pages (a typed paper's slip is its sender's, not ours to correct), and
    a mended value stays below the confident bar."""
    ceiling = evidence_ceilings().get("repaired", GUESS_CONFIDENCE)
    for name, spec in ctx.vocab.fields.items():
        item = found.get(name)
        if item is None or not isinstance(item.value, str) or not _read_by_ocr(ctx, item):
            continue
        before = item.value
        mended = repair.mend_value(spec.kind, item.value, ctx.text)
        value = item.value if mended is None else mended.value
        # A hand's reading has slips of its own (extract/hand_restore.py).
        by_hand = hand_restore.read_by_hand((w.confidence for w in item.words), HAND_BELOW)
        restored = hand_restore.restore_value(spec.kind, value, ctx.text) if by_hand else None
        if restored is not None:
            value, note = restored, f"read \"{before}\""
        elif mended is not None:
            note = mended.note
        else:
            continue
        item.value = value
        item.confidence = min(item.confidence, ceiling)
        item.warning = f"{name}: mended from a damaged scan ({note})"


def _read_by_ocr(ctx: Context, item: Found) -> bool:
    if item.words:
        return _words_by_ocr(ctx, item.words)
    return ctx.document.text_source not in ("text", "acroform")


def _words_by_ocr(ctx: Context, words: list[Word]) -> bool:
    pages = ctx.document.pages
    return bool(words) and all(0 <= w.page < len(pages) and pages[w.page].source == "ocr"
                               for w in words)


def _one_person(vocab: Vocabulary) -> bool:
    """Whether a type names one person only (a certificate), so their gender is the text's."""
    return sum(spec.kind == "person_name" for spec in vocab.fields.values()) == 1


def _find(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    item = _find_value(ctx, spec, found)
    if item is None and spec.name == ctx.vocab.term:
        item = _term(ctx)
    if spec.kind == "hours" and spec.name.endswith("_per_week"):
        item = _weekly(ctx, item)
    if spec.kind == "disability_group":
        item = _roman_slip(ctx, spec, item)
    if spec.issuer_only and item is not None and item.value in spec.synonyms:
        item = _issuer_kind(ctx, spec, item)
    return item


def _term(ctx: Context) -> Found | None:
    """A term told in years or by a start and an end date (extract/service_term.py)."""
    term = service_term.term_months(ctx.text)
    if term is None:
        return None
    words = ctx.words_in(term.start, term.end)
    return Found(term.months, BASE_CONFIDENCE["copy"] * _ocr_factor(words), "term", words)


def _issuer_kind(ctx: Context, spec: FieldSpec, item: Found) -> Found:
    """A value the issuer's own name states (an association) outranks one listed after it
    that a label or a sentence named (its "pulciņš" is still the association's activity)."""
    order = list(spec.synonyms)
    issuer = fold(" ".join(ctx.lines[i].text for i in sorted(ctx.issuer_lines())))
    # A value only an activity's word suggests ("radošās darbnīcas" of an association) names
    # no institution of that kind: the issuer's own kind outranks it wherever it is listed.
    folded = fold(ctx.text)
    named = any(_stem(p).search(folded) for p in spec.synonyms.get(str(item.value), ())
                if p not in spec.doubtful)
    for listed in spec.issuer_only:
        if listed in order and (order.index(listed) < order.index(item.value) or not named) \
                and any(_stem(p).search(issuer) for p in spec.synonyms[listed]):
            return Found(listed, min(item.confidence, 0.85), "enum_phrase", item.words)
    return item


def _roman_slip(ctx: Context, spec: FieldSpec, item: Found | None) -> Found | None:
    """OCR's "|", "l" or "1" for a Roman numeral after the group's label ("grupa: |."): the
    layout strips a leading "|" as a table rule, so the label's first word is looked at. A
    stroke may be lost or added: such a value stays below the bar of a sure one."""
    slip = re.compile(r"[|l1]{1,3}\.?")
    if item is not None:
        if any(slip.fullmatch(w.text) for w in item.words):
            item.confidence = min(item.confidence, BASE_CONFIDENCE["copy"])
        return item
    span = ctx.span(spec) or (0, len(ctx.lines))
    for hit in find_label_values(ctx.lines[span[0]:span[1]], list(spec.labels)):
        if hit.words and slip.fullmatch(hit.words[0].text):
            value = values.disability_group(hit.words[0].text.replace("|", "I").rstrip("."))
            if value is not None:
                return Found(value, min(BASE_CONFIDENCE["copy"], hit.words[0].confidence),
                             "label", hit.words[:1],
                             warning=f"{spec.name}: read from OCR's {hit.words[0].text!r}")
    return None


def _weekly(ctx: Context, item: Found | None) -> Found | None:
    """A weekly figure checked against its sentence's schedule (weekly_hours.reconsider)."""
    at = None
    if item is not None and item.words:
        starts = {id(w): a for a, _b, w in ctx.offsets}
        at = starts.get(id(item.words[0]))
        if at is None:
            return item
    value = item.value if item is not None and isinstance(item.value, (int, float)) else None
    reading = weekly_hours.reconsider(ctx.text, at, value, [ln.text for ln in ctx.lines])
    if reading is None or reading.value is None:
        return item
    if item is None:
        item = Found(None, reading.confidence_cap or 0.0, "schedule",
                     ctx.words_in(reading.start, reading.end))
    item.value = _number(reading.value)
    if reading.confidence_cap is not None:
        item.confidence = min(item.confidence, reading.confidence_cap) if item.how != "schedule" \
            else reading.confidence_cap
    if reading.note:
        item.warning = reading.note
    return item


def _find_value(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    if spec.kind == "activities":
        return _activities(ctx, spec)
    if spec.kind in ("entries", "signatures"):
        month = found.get("month")
        month_value = month.value if month else None
        if spec.kind == "signatures":
            return _timesheet_signatures(ctx, month_value)
        return _timesheet_entries(ctx, spec, month_value)
    if spec.kind == "items":
        listed = _items(ctx, spec)
        if listed.value == [] and spec.name == ctx.vocab.prose_list:
            areas = prose_list.areas_of_support(ctx.text) or _bullets_after_support(ctx)
            if areas:
                # Read from a sentence's grammar, the nominatives guessed: a person checks.
                listed = Found(areas, evidence_ceilings().get("prose_list", GUESS_CONFIDENCE)
                               * _lines_doubt(ctx.lines), "prose_list")
        if ctx.document.text_source not in ("text", "acroform") and isinstance(listed.value, list):
            # OCR's speck between two words ("kārtošana.iestādēs") is a space.
            listed.value = [_SPECK_DOT.sub(" ", str(item)) for item in listed.value]
        return listed
    if spec.kind == "enum_set":
        return _enum_set(ctx, spec)
    item = _from_form(ctx, spec)
    if item is not None:
        return item
    if spec.kind == "bool" and spec.true_phrases:
        item = _bool_columns(ctx, spec)
        if item is not None:
            return item
    labelled = _from_labels(ctx, spec)
    if labelled is None and spec.kind == "person_name" and spec.section is None:
        labelled = _name_in_two_columns(ctx, spec)
    # A label printed as a label beats prose; a label met inside a sentence does not.
    if labelled is not None and (labelled.structural or 0.0) >= BASE_CONFIDENCE["pattern"]:
        return labelled
    item = _from_letterhead(ctx, spec)
    if item is not None:
        return item
    stamped = _from_time_stamp(ctx, spec)
    if stamped is not None and stamped[1]:
        return stamped[0]  # "Datums skatāms laika zīmogā": the page says where its date is
    item = _from_dateline(ctx, spec)
    if item is not None:
        return _copy_dateline_cap(ctx, item)
    if stamped is not None:
        return stamped[0]  # no date line of its own: an e-signed paper is dated when signed
    item = _from_patterns(ctx, spec)
    if item is not None and (labelled is None
                             or (item.structural or 0.0) >= (labelled.structural or 0.0)):
        return item
    if labelled is not None:
        # A label met in a sentence ("rakstīt uz e-pastu ...") beats any address on the page.
        return labelled
    if spec.kind == "person_name":
        item = _split_name(ctx, spec)
        if item is not None:
            return item
    if spec.kind == "address":
        loose = FieldSpec(name=spec.name, kind="text", labels=spec.labels)
        item = _from_labels(ctx, loose)
        # Only a printed label: "dzīvesvieta sakrīt ar manējo" in a sentence is no address.
        if item is not None and (item.structural or 0.0) >= BASE_CONFIDENCE["pattern"]:
            # Without a house number it may be a reference ("tā pati, kas bērnam") or a
            # remark, not an address: a person reads it.
            ceiling = 0.8 if re.search(r"\d", str(item.value)) else GUESS_CONFIDENCE
            item.confidence = min(item.confidence, ceiling)
            return item
    if spec.kind == "personal_code" and spec.other_than:
        item = _other_code(ctx, spec, found)
        if item is not None:
            return item
    if spec.kind in {"enum", "bool"}:
        item = _from_phrases(ctx, spec)
        if item is not None:
            return item
        if spec.default is not None and spec.default_if_asked and not _asked(ctx, spec):
            return None
        if spec.default is not None:
            return Found(spec.default, GUESS_CONFIDENCE, "default",
                         warning=f"{spec.name}: not stated, assumed {spec.default}")
    if spec.kind == "date" and spec.null_phrases:
        span = ctx.span(spec) or (0, len(ctx.lines))
        folded = fold(ctx.text_of(*span))
        if any(_stem(p).search(folded) for p in spec.null_phrases):
            return Found(_NULL, 0.9, "null_phrase")
    return None
