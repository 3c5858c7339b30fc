"""Which contract doc_type a document is, how sure, and the phrases that decided it.

Scores come from the vocabulary: a title phrase near the top of the first page weighs most,
then what the paper does (an act: a verb and its object in one clause, "apliecinām, ka ...
strādā", "lūdzu piešķirt ... asistentu"), keywords anywhere add their weight once each.
`unknown.yaml` describes paper that is none of ours (bills, report cards, a hospital's discharge
summary) and competes like any other type; below a minimum score the answer is `unknown` as well,
and so it is when only keywords point at a type while the paper's own act is another's: a type
is never forced. How a type was decided (`support`) says how far its fields may be trusted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..forms.hours import TIME_RANGE
from ..forms.institution_names import join_letter_spaced
from .layout import Line, Segment, fold
from .mail_header import mail_header_lines
from .phrase_patterns import stem_phrase
from .print_header import named_form
from .timesheet_rows import calendar_days
from .values import STREET_NOUNS
from .vocabulary import Act, Vocabulary, reader_data, vocabularies

TITLE_WEIGHT = 6.0
GENERIC_TITLE_WEIGHT = 3.0  # "IZZIŅA": some certificate, which one its words decide
MIN_SCORE = 5.0  # a title alone, or a few strong keywords
# A type only keywords decided (no title, no act of its own) is no surer than this.
WEAK_TYPE_CONFIDENCE = 0.7
TITLE_LINES = 12  # a title sits in the letterhead or just under it
# A title phrase met inside a sentence ("... Jūsu iesniegums par ... ir saņemts") names what the
# text talks about, not what the paper is: it weighs as a keyword.
IN_SENTENCE_WEIGHT = 1.5
# What may stand before a title on its line: a number, a reference, quotes; not a bullet (a
# list item names a paper, it is not one) and not a word ("uz ... komisiju").
DATED_ROWS = 4
# A line opening with a day's date ("01.06.2021.", "4.09.", "3. jūnijā") and holding a time
# ("8.30", "14:00") or a number of hours after it: one row of a record of hours.
_DATED_ROW = re.compile(
    r"^\W{0,2}(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4}\.?)?|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.\s+[a-z]+(?:a|i)\b)"
    r"(?=.*?(?:\b\d{1,2}[:.]\d{2}\b(?!\.\d)|\|\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:\||$|h\b|st)))"
)
# A diary's day heading ("Pirmdiena, 7. decembris", "12.03.2021.") on a line of its own: with a
# time on the line under it, one row of a record of hours written as prose.
_DAY_HEADING = re.compile(
    r"^\W{0,2}(?:(?:pirmdien|otrdien|tresdien|ceturtdien|piektdien|sestdien|svetdien)[a-z]*"
    r"\s*[,.]?\s*)?(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4}\.?)?|\d{1,2}\.\s+[a-z]+(?:a|i|s)\b)"
    r"\s*[.,:]?\s*$"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?!\.\d)")
# A hurried row (a chat message, a notebook's line): a day and month with no stop after them
# ("2.05", "4/5"), then a from-to in whole hours or clocks ("10-12", "9.30-11") and the hours
# counted ("(2h)", "1,5 st"): one row of a record of hours however casually it is written.
# A weekday may lead the row, whole or cut short as a hand shortens it ("pirmd. 1.09",
# "ceturt. d. 4.09", "otrdiena 2.09").
_WEEKDAY_LEAD = (r"(?:(?:pirm|otr|tres|cet|piek|sest|svet)[a-z]{0,6}[).,]{0,2}\s*"
                 r"(?:d\.\s*)?)?")
_CASUAL_ROW = re.compile(
    r"^\W{0,2}" + _WEEKDAY_LEAD + r"(?:[12]\d|3[01]|0?[1-9])[./](?:0?[1-9]|1[0-2])(?![\d/])\.?\s"
    r"(?=.*?(?<![\d.,])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*[-–]\s*(?:[01]?\d|2[0-4])"
    r"(?:[.:][0-5]\d)?(?![\d.,:]*\d).*?\(?\d{1,2}(?:[.,]\d)?\s*(?:h|st)\b)"
)
# A diary's sentence (round 22): a day with its month in words, then the hours of that day
# from-to, whole or as clocks ("Otrdien, 3. martā, no 10 līdz 13 ...", "5. maijā no 9.30 līdz
# 12"): one row of a record of hours however the sentences run over the lines.
_DAY_SENTENCE_HOURS = re.compile(
    r"(?<![\d.])\d{1,2}\.\s*(?:janvar|februar|mart|april|maij|junij|julij|august|septembr"
    r"|oktobr|novembr|decembr)[a-z]*[\s,]*(?:no\s+)?(?:plkst\.?\s*)?(?:[01]?\d|2[0-4])"
    r"(?:[.:][0-5]\d)?\s*(?:lidz|[-–—])\s*(?:plkst\.?\s*)?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
    r"(?![\d.:]*\d)")
# A title's lead: a number or a reference, or another noun joined to it by "un" (a title naming
# two papers in one, "Novērtējums un atzinums": the second is its kind all the same).
_TITLE_LEAD = re.compile(r"^[\s\d.()„\"“]*(?:nr\.?\s*[\w/.-]*\s*|[a-z]{4,}\s+un\s+)?$")
# A letterhead's logo read as a glyph ("☐", "■", "◆") before the issuer's name: shapes and
# symbols, not a bullet or a dash (a list item names a paper, it is not one).
_PARTED_LEAD = re.compile(r"^.*\s·\s")
_LOGO_GLYPH = re.compile(r"^\s*[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]+\s*")
# A phrase followed by a word and a date is a label and its value ("Iesniegums saņemts
# 04.01.2021."): the date of another paper, not this paper's title.
_LABEL_TAIL = re.compile(r"^[a-z]*\s+[a-z]+\s*:?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}")
# A phrase followed by a predicate ("Lēmums nav pārsūdzēts.", "Pilnvara ir derīga ...") is the
# subject of a sentence about another paper, not this paper's title: a title is a noun phrase,
# never a clause (a copula, an auxiliary or a verb of state right after the noun).
_PREDICATE_TAIL = re.compile(
    r"^[a-z]*\s+(?:ir|nav|bija|nebija|tiek|netiek|tika|netika|tiks|netiks|stajas|stajies"
    r"|stajusies|zaude|zaudejis|zaudejusi)\b")
# What may follow the noun closing a title: the rest of the word, a number and its reference.
_TITLE_TAIL = re.compile(r"^[a-z]*\s*(?:nr\.?\s*[\w/.-]*)?\s*[.:]?\s*$")


@dataclass(slots=True)
class Classification:
    """The decided doc_type, its confidence (0..1) and the evidence behind it."""

    doc_type: str
    confidence: float
    evidence: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    title_line: int | None = None  # index of the line holding the title, when found
    # The line of the paper's heading: its own title or a generic one ("IZZIŅA"), which names
    # no type but still ends the letterhead and is no part of a value.
    heading_line: int | None = None
    # What decided the type: "title" (the paper names itself), "act" (what it does: a verb and
    # its object) or "keywords" (words only): a type only keywords gave is weak evidence, and
    # every field of the paper is capped below the sure bar (extract/api.py).
    support: str = "keywords"


@lru_cache(maxsize=1)
def _short_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each short form of `short_forms.yaml` as a folded pattern with its word written out."""
    return tuple((re.compile(r"(?<![a-z0-9])" + re.escape(fold(short)) + r"(?=[\s:]|$)"),
                  fold(word)) for short, word in reader_data("short_forms.yaml").items())


def written_out(text: str) -> str:
    """A folded text with its short forms written out ("soc. darbiniece" -> "sociala
    darbiniece")."""
    for pattern, word in _short_forms():
        text = pattern.sub(word, text)
    return text


@lru_cache(maxsize=2048)
def stem_regex(phrase: str) -> re.Pattern[str]:
    """A folded phrase matched at a word start, open at the end so stems match inflections."""
    # Classifying phrases are sentences: punctuation between the words counts as a space
    # ("apliecina, ka" is "apliecina ka"), but a space must be there.
    return stem_phrase(phrase, r"[\s,;:]*\s")


# A clause ends at a sentence's stop after a word (not a date's "3." or "2021.", not an
# abbreviation's: "plkst. 15.00", "p. k.", "Cien."), at ";", "?" or "!".
_STOP = re.compile(r"(?<=[a-z\)”\"])\.(?=\s|$)|[;?!]")
_ABBREVIATIONS = frozenset({
    "plkst", "p", "k", "pk", "cien", "g", "nr", "reg", "talr", "tel", "t", "sk", "u", "c", "utt",
    "piem", "pag", "nov", "apm", "st", "min", "h", "val", "lpp", "izgl", "prof", "kv", "dz", "md",
    "iel", "pers", "soc", "inv", "gr"})
# Words an act's verb and object may stand apart by in one clause ("apliecina, ka Jānis
# Bērziņš, personas kods ..., no 2020. gada strādā"): a name, a code, a date between them.
ACT_SPAN = 16


def _clauses(lines: list[Line]) -> list[str]:
    """The paper's text as clauses: a line ending in a stop ends its sentence, a sentence may
    run over lines, a table's cells are clauses of their own."""
    text = " ".join(" ; ".join(fold(seg.text) for seg in ln.segments) for ln in lines)
    clauses, start = [], 0
    for stop in _STOP.finditer(text):
        word = re.search(r"([a-z]+)\W*$", text[start:stop.start()])
        if stop.group() == "." and word is not None and word.group(1) in _ABBREVIATIONS:
            continue
        clauses.append(text[start:stop.start()].strip())
        start = stop.end()
    clauses.append(text[start:].strip())
    return [c for c in clauses if c]


@lru_cache(maxsize=512)
def _act_regex(verbs: tuple[str, ...], objects: tuple[str, ...],
               not_objects: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A verb stem, then within ACT_SPAN words its object stem (not where one of
    `not_objects` opens: a name or a topic the object's stem begins)."""
    verb = "|".join(stem_regex(v).pattern for v in verbs)
    obj = "|".join(stem_regex(o).pattern for o in objects)
    gap = rf"(?:[\s,:]+\S+){{0,{ACT_SPAN}}}?[\s,:„\"]+"
    if not_objects:
        unlike = "|".join(stem_regex(o).pattern for o in not_objects)
        obj = rf"(?!{unlike})(?:{obj})"
    return re.compile(rf"(?:{verb})[a-z]*{gap}(?:{obj})")


def acts_done(acts: tuple[Act, ...], clauses: Sequence[str]) -> list[str]:
    """The acts a paper does, as evidence ("certifies: apliecin… strādā")."""
    found = []
    for act in acts:
        pattern = _act_regex(act.verbs, act.objects, act.not_objects)
        hit = next((m for c in clauses if (m := pattern.search(c))), None)
        if hit is not None:
            words = hit.group(0).split()
            found.append(f"{act.does}: {words[0]} … {words[-1]}")
    return found


def _score(
    vocab: Vocabulary, head: list[tuple[int, str, bool]], text: str, rows: int = 0,
    openings: tuple[str, ...] = (), days_table: bool = False, clauses: tuple[str, ...] = (),
) -> tuple[float, list[str], int | None]:
    score = 0.0
    evidence: list[str] = []
    title_line: int | None = None
    for phrase in vocab.title:
        pattern = stem_regex(phrase)
        mentioned = False
        for index, line_text, upper in head:
            match = pattern.search(line_text)
            if match is None:
                continue
            if not (_heads_line(line_text, match, upper)
                    or (index == head[0][0] and (_names_issuer(line_text, match)
                                                 or _parted_title(line_text, match, upper)))):
                mentioned = True
                continue
            score += TITLE_WEIGHT
            evidence.append(f"title: {phrase}")
            if title_line is None or index < title_line:
                title_line = index
            mentioned = False
            break
        if mentioned:
            score += IN_SENTENCE_WEIGHT
            evidence.append(f"mentions: {phrase}")
    for phrase in vocab.generic_title:
        pattern = stem_regex(phrase)
        at = next((i for i, t, up in head if (m := pattern.search(t)) and _heads_line(t, m, up)),
                  None)
        if at is not None:
            score += GENERIC_TITLE_WEIGHT
            evidence.append(f"generic title: {phrase} @{at}")
            break
    for phrase, weight in vocab.keywords.items():
        if stem_regex(phrase).search(text):
            score += weight
            evidence.append(phrase)
    for phrase, weight in vocab.opening_roles.items():
        # A label naming the person by their role, the role noun the label's first word and
        # a colon after it ("Darbinieks: ..."): not the same noun inside a longer role.
        role = stem_regex(phrase)
        if any(role.match(opening) and re.match(r"[a-z]+\s*:", opening) for opening in openings):
            score += weight
            evidence.append(f"role: {phrase}")
    about = not (vocab.rows_about or vocab.rows_by) or any(
        stem_regex(p).match(opening) or _role_label(p).search(opening)
        for p in vocab.rows_about for opening in openings
    ) or any(stem_regex(p).search(text) for p in vocab.rows_by)
    if vocab.dated_rows and (rows >= DATED_ROWS or days_table) and about:
        score += vocab.dated_rows
        evidence.append(f"{rows} dated rows" if rows >= DATED_ROWS else "a table of days")
    for phrase in vocab.exclude:
        if stem_regex(phrase).search(text):
            score -= 2 * TITLE_WEIGHT
            evidence.append(f"not: {phrase}")
    for act in vocab.acts:
        done = acts_done((act,), clauses)
        if done:
            score += act.weight
            evidence.append(f"act {done[0]}")
    return score, evidence, title_line


# Rows of a list of people: three lines, each holding one personal code, all different.
PEOPLE_ROWS = 3
_PERSONAL_CODE = re.compile(r"(?<![\d-])\d{6}\s?[-‐‑–—]\s?\d{5}(?![\d-])")


def _people_rows(lines: Sequence[Line]) -> int:
    """How many lines hold one personal code each, every line another person's."""
    codes = set()
    for ln in lines:
        found = _PERSONAL_CODE.findall(" ".join(seg.text for seg in ln.segments))
        if len(found) == 1:
            codes.add(re.sub(r"\D", "", found[0]))
    return len(codes)


@lru_cache(maxsize=256)
def _role_label(phrase: str) -> re.Pattern[str]:
    """A role written as a label inside a line, its colon right after it ("Kl.: Anna Ozola
    Asist.: Dace Upe"): a slip puts both people on one line, only the first opens it."""
    tail = "" if phrase.endswith(":") else r"[a-z]*\.?\s*:"  # "kl.:" is a label already
    return re.compile(stem_regex(phrase).pattern + tail)


# A table's header of days and hours: a date column beside a from-to pair or an hours column.
# A bare grid heads its day column short: "dat.", "d." (the day's number under a month heading).
_DATE_COLUMN = re.compile(r"^(?:datums|datum[si]|diena|dat\.|d\.)$")
_TIME_COLUMNS = re.compile(r"^(?:no|lidz|stundas|stundu skaits|h|st\.?|ilgums|laiks|laiks no"
                           r"|stundas kopa|nostradats|nostradatas stundas)$")


def _days_table(lines: list[Line]) -> bool:
    """Whether the paper prints a table of days and hours ("Datums | No | Līdz | Stundas")
    with at least two rows under it: the shape of a record of hours even when OCR could read
    none of the dates written in it (a hand-filled sheet)."""
    for at, line in enumerate(lines):
        if _days_across(lines, at):
            return True
        # OCR reads a table's rule as "|": it parts cells too.
        cells = [c.strip(" :") for seg in line.segments for c in fold(seg.text).split("|")]
        if not any(_DATE_COLUMN.match(c) for c in cells):
            continue
        times = [c for c in cells if _TIME_COLUMNS.match(c)]
        if (("no" in times and "lidz" in times) or any(c not in ("no", "lidz") for c in times)) \
                and sum(1 for below in lines[at + 1:at + 6]
                        if below.page == line.page and len(below.segments) >= 2) >= 2:
            return True
    return False


# A grid of days across: its header row a date label, then the days as columns ("Datums →
# 12.01 13.01 14.01 ..."), a day and month each (OCR may read a dot as ":"); rows of hours
# under it ("Skola 3 3 3 ...").
_DAY_CELL = re.compile(r"^(?:[0-2]?\d|3[01])[.:](?:0?[1-9]|1[0-2])\.?$")
_HOURS_CELL = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")
DAYS_ACROSS = 5  # day columns (and hour cells under them) at least


def _days_across(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` heads a grid of days as columns, with a row of hours under
    it: a date label opening it, then day after day."""
    words = [fold(w.text).strip(" :>→|") for w in lines[at].words]
    if not words or (not _DATE_COLUMN.match(words[0]) and not (
            len(words) > 1 and _DATE_COLUMN.match(words[1]))):
        return False
    if sum(1 for w in words if _DAY_CELL.match(w)) < DAYS_ACROSS:
        return False
    return any(below.page == lines[at].page
               and sum(1 for w in below.words if _HOURS_CELL.match(w.text)) >= DAYS_ACROSS
               for below in lines[at + 1:at + 4])


_FILLED_DAY = re.compile(r"^\s*\d{1,2}\.?\s+\d{1,2}(?:[.,:]\d{1,2})?(?!\d)")


def _calendar_filled(lines: list[Line]) -> list[int]:
    """For each line of a month drawn as a calendar, how many of its day cells write a
    number after the day (the hours given that day)."""
    counts = []
    for line in lines:
        days = calendar_days(line)
        if days is not None:
            counts.append(sum(1 for cell in days if _FILLED_DAY.match(cell.text)))
    return counts


def _heads_line(line_text: str, match: re.Match[str], upper: bool = False) -> bool:
    """A phrase is printed as a title when it opens its line (after a number or a reference)
    and no clause goes on after it; inside a sentence it is only mentioned."""
    lead = _LOGO_GLYPH.sub("", line_text[: match.start()])
    if not upper and (_LABEL_TAIL.match(line_text[match.end():])
                      or _PREDICATE_TAIL.match(line_text[match.end():])):
        return False
    # A title set in capitals may open with a word of its own ("DARBA LĪGUMS"), or with any
    # number of them when the kind of paper closes it: a Latvian title ends in its noun
    # ("TEHNISKĀ PALĪGLĪDZEKĻA NODOŠANAS-PIEŅEMŠANAS AKTS Nr. ...").
    closes = upper and _TITLE_TAIL.match(line_text[match.end():]) is not None
    if not (_TITLE_LEAD.match(lead) or (upper and len(lead.split()) <= 2) or closes):
        return False
    if lead.count("(") > lead.count(")"):
        return False  # "(pilnvara pielikumā)": an aside in brackets names a paper, it is none
    # "darba devēja izziņa, ja persona strādā": a clause goes on after it.
    return not re.match(r"\s*[,;]", line_text[match.end() :])


def _parted_title(line_text: str, match: re.Match[str], upper: bool) -> bool:
    """The letterhead's first line carrying the issuer and the paper's title parted by a middle
    dot ("... sociālais dienests · darba laika uzskaite"): the title opens its part."""
    parted = _PARTED_LEAD.match(line_text[: match.start()])
    if parted is None:
        return False
    part = line_text[parted.end():]
    moved = re.compile(re.escape(match.group(0))).search(part)
    return moved is not None and _heads_line(part, moved, upper)


def _names_issuer(line_text: str, match: re.Match[str]) -> bool:
    """The letterhead's first line closing with the issuer a title phrase names, after the
    place it serves: "Cēsu novada bāriņtiesa", "☐ Rīgas pilsētas bāriņtiesa"."""
    lead = _LOGO_GLYPH.sub("", line_text[: match.start()])
    tail = line_text[match.end():]
    return len(lead.split()) <= 3 and re.fullmatch(r"[a-z]*[\s.,]*", tail) is not None


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


MARKED_BOX, EMPTY_BOX = "☒", "☐"
# An option after an empty box, up to the next box: printed, not chosen.
_UNCHOSEN = re.compile(EMPTY_BOX + "[^" + EMPTY_BOX + MARKED_BOX + "]*")


CHOICE_BOXES = 3  # boxes on a line that offer one choice among alternatives


def _a_choice(line: Line) -> bool:
    """A line of three boxed options or more: alternatives of one choice (a status, a kind),
    of which the unmarked ones are what the person is not. Two boxes may be two statements
    each answered on its own ("☒ nepieciešams asistents ☐ nepieciešama īpaša kopšana"),
    which say what the paper is whether marked or not."""
    return sum(line.text.count(box) for box in (EMPTY_BOX, MARKED_BOX)) >= CHOICE_BOXES


def _chosen_only(text: str, chosen_only: bool) -> str:
    """`text` without the options after an empty box (printed, not chosen) when asked."""
    return _UNCHOSEN.sub(" ", text) if chosen_only and EMPTY_BOX in text else text


def _spaced_joined(seg: Segment) -> str:
    return join_letter_spaced([(w.text, w.x0, w.x1) for w in seg.words])


SENTENCE_WORDS = 5  # words of a line that is a sentence's, not a heading's or a letterhead's


def _carries_on(above: Line, line: Line) -> bool:
    """`line` goes on with the sentence `above` left open: the line above is a sentence's (five
    words or more) ending in a word with no stop or in a comma ("Lai pieteiktos," /
    "iesniegums jāiesniedz ..."), and this one opens in lower case."""
    text = line.text.lstrip()
    return (above.page == line.page and len(above.words) >= SENTENCE_WORDS
            and re.search(r"[^\W\d_],?$", above.text.rstrip()) is not None
            and text[:1].isalpha() and text[:1].islower())


# How far apart (points) two rows' cells may start and still be one column of a form.
_COLUMN_SLACK = 4.0
# Words a label cell holds at most: a longer first cell is a sentence of a text printed in two
# columns (a paper and its translation side by side), not a form's label.
_LABEL_WORDS = 4


def _label_rows(lines: list[Line]) -> set[int]:
    """Rows of a form's label column: a line of a label cell and its value cell next to a line
    laid out alike (both cells starting where the neighbour's do: "Pacients | Anna Ozola" over
    "Nosūtījums | ģimenes ārsta nosūtījums"). Its first cell is a label, not the paper's title
    (a paper names itself above its form, not inside it); a row in capitals is left a title."""
    rows = set()
    for line, other in [*pairwise(lines), *((b, a) for a, b in pairwise(lines))]:
        if (len(line.segments) >= 2 and len(other.segments) >= 2 and line.page == other.page
                and not _capitals(line.text)
                and max(len(line.segments[0].words), len(other.segments[0].words)) <= _LABEL_WORDS
                and abs(line.segments[0].x0 - other.segments[0].x0) <= _COLUMN_SLACK
                and abs(line.segments[1].x0 - other.segments[1].x0) <= _COLUMN_SLACK):
            rows.add(line.index)
    return rows


# A title noun, its number (and its date), then what it is about: "lēmums nr. 1-5/31, 12.02.2025.,
# par ...".
_TITLE_NUMBER_SUBJECT = re.compile(
    r"([a-z]+)\s+nr\.?\s*[\w./-]+[\s,]+(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?[\s,]+)?(par\s.+)$")


def _title_lines(lines: list[Line]) -> list[tuple[int, str, bool]]:
    """The head's lines as (index, folded text, in capitals), and each title in capitals read
    together with the "par ..." line under it: "LĒMUMS Nr. 1-6/21/112" over "par aizbildņa
    iecelšanu" is one title, "lēmums par aizbildņa iecelšanu" (its number left out), and a
    line with the one or two words wrapped under it."""
    # A line that carries on the sentence above it ("... nav pievienota" / "izglītības iestādes
    # izziņa par ..."): what opens it is the sentence's object, no heading.
    carried = {ln.index for above, ln in pairwise(lines) if _carries_on(above, ln)}
    # A form's row reads as a list item: a phrase in it is mentioned, it heads no line.
    rows = _label_rows(lines)
    head = [(ln.index, fold(ln.text), _capitals(ln.text)) if ln.index not in rows
            else (ln.index, f"• {fold(ln.text)}", False) for ln in lines
            if ln.index not in carried]
    # A heading printed letter-spaced ("I Z Z I Ņ A", "A P L I E C I N Ā J U M S"), alone on
    # its line or in a column of its own beside the letterhead: its letters joined into words.
    head += [(ln.index, fold(spaced), True) for ln in lines for seg in ln.segments
             if (spaced := _spaced_joined(seg)) != seg.text and _capitals(seg.text)]
    # What a decision is about, set in a cell of its own beside its place and date
    # ("Aizkrauklē 10.11.2020. | par aizgādnības nodibināšanu"): a title of its own.
    head += [(ln.index, fold(seg.text), False) for ln in lines if len(ln.segments) > 1
             for seg in ln.segments[1:] if fold(seg.text).startswith("par ")]
    # A system's printout naming the form or e-service it prints in quotes ("Veidlapa
    # „Pieteikums ...” nosūtīta", "E-pakalpojums „Asistenta pakalpojums”"): the name is a title.
    head += [(ln.index, name, False) for ln in lines
             if ln.index not in rows and (name := named_form(fold(ln.text))) is not None]
    # A hand's capital "I" OCR reads as a small "l" ("lesniegums", "lzziņa"): a line opening
    # with a small "l" (a heading opens with a capital) is read with the "I" as well.
    head += [(ln.index, "i" + fold(ln.text.lstrip())[1:], False) for ln in lines
             if ln.index not in carried and ln.index not in rows
             and re.match(r"l[^\W\d_]{3,}", ln.text.lstrip())]
    # "LĒMUMS Nr. 1-5/2025/31, 12.02.2025., par aizbildņa iecelšanu": a title in capitals
    # with its number, its date and its subject on one line is "lēmums par ..." as well.
    head += [(ln.index, f"{m.group(1)} {m.group(2)}", False) for ln in lines
             if ln.index not in rows and re.match(r"[^\W\d_]+\s", ln.text)
             and _capitals(ln.text.split()[0])
             and (m := _TITLE_NUMBER_SUBJECT.match(fold(ln.text))) is not None]
    joined: list[tuple[int, str, bool]] = []
    for (index, text, upper), (_, below, _) in pairwise(head):
        if upper and below.startswith("par "):
            noun = re.sub(r"\s+nr\.?(?:\s.*)?$", "", text)
            joined.append((index, f"{noun} {below}", False))
        elif len(below.split()) <= 2 and not re.search(r"\d", below):
            # A letterhead wrapped onto a short line: "... ārstu valsts" over "komisija".
            joined.append((index, f"{text} {below}", upper))
    # A title written short ("Soc. darb. atzinums") is read written out, as the text is.
    return [(index, written_out(text), upper) for index, text, upper in head + joined]


# What may follow an answer's heading on its line: who fills it in, "(aizpilda darba devējs)".
_ANSWER_TAIL = re.compile(r"[a-z]*\s*(?:\(.*\))?\s*[.:]?\s*")


def _answer_line(lines: list[Line]) -> tuple[Line, str] | None:
    """The heading opening an answer written on the paper under a request ("ATBILDE" under a
    "PIEPRASĪJUMS"), with the doc_type whose request it answers: printed as a heading (in
    capitals, or alone on its line but for who fills it in), below the paper's first line."""
    for line in lines[1:]:
        text = fold(line.text)
        for doc_type, vocab in vocabularies().items():
            for phrase in vocab.answered_under:
                match = stem_regex(phrase).match(text)
                if match and (line.text.split()[0].isupper()
                              or _ANSWER_TAIL.fullmatch(text[match.end():])):
                    return line, doc_type
    return None


# A street's name before its noun and a house number ("Skolas iela 5-12", "Slimnīcas ielā 2"):
# an address, whatever its word says of schools or hospitals. Folded, the locative too.
_STREET_NAME = re.compile(
    r"(?<![a-z])[a-z]+(?=\s+(?:" + "|".join(sorted({fold(n)[:-1] for n in STREET_NOUNS},
                                                    key=len, reverse=True))
    + r")[a-z]{0,2}\.?\s+\d)")


def _without_street_names(text: str) -> str:
    """The folded text without street names: a keyword inside an address is no evidence."""
    return _STREET_NAME.sub(" ", text)


def classify(lines: list[Line], form_names: list[str] | None = None) -> Classification:
    """Decide the doc_type of a document from its lines (and AcroForm field names)."""
    decided = _classify(lines, form_names, chosen_only=False)
    if decided.support == "keywords" and any(MARKED_BOX in ln.text for ln in lines):
        # A type only words gave, on a paper whose marks were read: the words of a choice's
        # alternatives left unmarked are no evidence (a library's card offering "☐ skolēns
        # ☐ students ☒ strādājošs ☐ pensionārs" is no school's certificate). A paper naming
        # itself or saying what it does keeps its type.
        return _classify(lines, form_names, chosen_only=True)
    return decided


def _classify(lines: list[Line], form_names: list[str] | None,
              chosen_only: bool) -> Classification:
    first_page = lines[0].page if lines else 0
    page = [ln for ln in lines if ln.page == first_page]
    head = _title_lines(page[:TITLE_LINES])
    attached: list[Line] = []
    if mail_header_lines(page):
        # An e-mail printout whose next page is its attachment ("Pielikums: forma.pdf" over
        # "IESNIEGUMS ..."): the attached paper's title names what was sent.
        attached = [ln for ln in lines if ln.page > first_page]
        attached = [ln for ln in attached if ln.page == attached[0].page] if attached else []
    text = written_out(fold(" ".join(
        " ".join(_chosen_only(_spaced_joined(seg), chosen_only and _a_choice(ln))
                 for seg in ln.segments)
        for ln in lines)))
    if form_names:
        text += " " + fold(" ".join(form_names))
    text = _without_street_names(text)
    folded_rows = [fold(" | ".join(s.text for s in ln.segments)) for ln in lines]
    rows = sum(1 for row in folded_rows if _DATED_ROW.match(row) or _CASUAL_ROW.match(row))
    # A diary: a day's heading and the times of that day in the sentence under it.
    rows += sum(1 for row, below in pairwise(folded_rows)
                if _DAY_HEADING.match(row) and _TIME.search(below))
    # A month drawn as a calendar (the days across, a week to a line): each day's cell that
    # writes a number beside its day ("3 B", "4 D", "1,5 I": hours and the activity's letter)
    # is one row of a record of hours, whatever word the paper's head uses.
    rows += sum(_calendar_filled(lines))
    # Days written as sentences of a paragraph: each day with its from-to, counted in the text
    # run together (a sentence breaks over the lines anywhere).
    rows = max(rows, len(_DAY_SENTENCE_HOURS.findall(" ".join(folded_rows))))
    # Each line and each cell as it opens: where a label or a signature line names someone.
    openings = tuple(fold(seg.text).lstrip(" -–•*_") for ln in lines for seg in ln.segments)
    days_table = _days_table(lines)
    clauses = _clauses(lines)
    # A form's row, a short label and its value ("Statuss | bezdarbnieks"), says what a clause
    # would: the label's word and the value's read as one clause, the row's alone.
    clauses += [f"{fold(ln.segments[0].text)}: {fold(ln.segments[1].text)}" for ln in lines
                if len(ln.segments) == 2 and len(ln.segments[0].words) <= _LABEL_WORDS
                and not ln.segments[0].text.rstrip().endswith(".")]
    if form_names:
        clauses.append(fold(" ".join(form_names)))
    results: dict[str, tuple[float, list[str], int | None]] = {}
    for doc_type, vocab in vocabularies().items():
        results[doc_type] = _score(vocab, head, text, rows, openings, days_table,
                                   tuple(clauses))
    if attached and not any(v[2] is not None or any(e.startswith("act ") for e in v[1])
                            for k, v in results.items() if k != "unknown"):
        # ... only when the e-mail is a cover note: one that itself asks for the service
        # ("Lūdzu piešķirt ...") is the application, whatever paper it carries (an opinion).
        head = head + _title_lines(attached[:TITLE_LINES])
        for doc_type, vocab in vocabularies().items():
            results[doc_type] = _score(vocab, head, text, rows, openings, days_table,
                                       tuple(clauses))
    answer = _answer_line(page)
    if answer is not None and (asked := results[answer[1]][2]) is not None \
            and asked < answer[0].index:
        # A request titled above and answered below on one paper (an employer fills in the
        # lower half of the social service's request and sends it back): the paper is the
        # answer, and its title, if any, is read from the answer's heading down.
        at = page.index(answer[0])
        head = _title_lines(page[at:at + TITLE_LINES])
        for doc_type, vocab in vocabularies().items():
            results[doc_type] = _score(vocab, head, text, rows, openings, days_table,
                                       tuple(clauses))
    scores = {k: round(v[0], 2) for k, v in results.items()}
    # A paper that names itself in a title is that type before any type only its keywords
    # suggest (a form's list of options mentions other services); among equals, the score
    # decides, and on a tie with `unknown` the answer is `unknown`: a type is never forced.
    titled = {k for k, v in results.items() if v[2] is not None and v[0] >= MIN_SCORE}
    # Then a paper that says what it does (an act: "vēlos saņemt asistenta pakalpojumu") is that
    # type before one only words suggest (it attends a day centre and sings in a choir).
    acted = {k for k, v in results.items() if any(e.startswith("act ") for e in v[1])}
    ranked = sorted(scores.items(), key=lambda kv: (kv[0] in titled, kv[0] in acted, kv[1],
                                                    kv[0] == "unknown"), reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        best_evidence = results[ranked[0][0]][1] if ranked else []
        return Classification(
            "unknown", 0.6 if ranked and ranked[0][1] > 0 else 0.9, best_evidence, scores
        )
    best, best_score = ranked[0]
    if best not in titled and best not in acted and "unknown" in acted:
        # Only words point at our type, while what the paper does is someone else's business
        # (a hospital discharging a patient, a bill asking for payment): not ours.
        return Classification("unknown", 0.6, results["unknown"][1], scores)
    if (best not in titled and best not in acted and vocabularies()[best].dated_rows
            and rows < DATED_ROWS and not days_table and len(TIME_RANGE.findall(text)) < 2):
        # A record of days with neither its title nor its days and hours (rows, a table of
        # days, times from-to): a letter that only talks of one ("Jūsu asistents iesniedz
        # uzskaites veidlapu ..."), not the record itself.
        return Classification("unknown", 0.6, results[best][1], scores)
    if (vocabularies()[best].dated_rows and rows < DATED_ROWS and not days_table
            and _people_rows(lines) >= PEOPLE_ROWS):
        # A grid whose rows are people, each with a code of their own, and not days (a
        # provider's monthly report of its clients' hours, a register): a list about many
        # people, not one person's record of days, whatever its title calls it.
        return Classification("unknown", 0.6, [*results[best][1], "rows of people"], scores)
    runner_up = max((s for k, s in ranked[1:]), default=0.0)
    if runner_up >= best_score:
        runner_up = best_score * 0.5  # won by its title over a higher keyword score: unsure
    margin = (best_score - max(runner_up, 0.0)) / best_score
    strength = min(1.0, best_score / (TITLE_WEIGHT + 6.0))
    confidence = round(max(0.3, min(0.99, 0.45 + 0.35 * margin + 0.2 * strength)), 2)
    _, evidence, title_line = results[best]
    heading = title_line
    if heading is None:
        heading = next((int(e.rsplit("@", 1)[1]) for e in evidence
                        if e.startswith("generic title: ")), None)
    support = "title" if title_line is not None else "act" if best in acted else "keywords"
    if support == "keywords":
        confidence = min(confidence, WEAK_TYPE_CONFIDENCE)
    return Classification(best, confidence, evidence, scores, title_line, heading, support)
