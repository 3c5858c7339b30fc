"""A value read beside or under one of its field's labels, or from a filled AcroForm.

A form's field is first its AcroForm value, then the text after its label (on the line,
below it, in the next cell, in a table's column for the field's person), cut where the
next label or sentence starts. A hit is skipped when the value is another field's label,
a heading, a header row, or when the words before the label name someone else. Kept apart
from the prose patterns, which read values in running text without a label.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import pairwise
from typing import Any

from ..forms.institution_names import names_a_kind
from ..forms.latvian_dates import find_dates
from . import repair, values
from .dates_by_role import certification_lines
from .document import Word
from .evidence import (
    BASE_CONFIDENCE,
    GUESS_CONFIDENCE,
    GUESSED_ENDS,
    UNCONFIRMED_NAME,
    Found,
    _ocr_factor,
    _words_by_ocr,
    evidence_ceilings,
)
from .layout import (
    LabelHit,
    Line,
    Segment,
    code_in_two_boxes,
    code_past_scrawl,
    find_label_values,
    fold,
    label_regex,
    name_in_two_cells,
    thin_letters_undone,
    wrapped_value,
)
from .marks import ends_in_bare_mark, marked_options
from .person_names import _name_part
from .phrase_patterns import _DATE_ANY, _context_free, compile_pattern, deaccent
from .prose_patterns import _CONTACT_KINDS, _another_dates_label
from .reading_context import Context
from .sections import SIGNATURE
from .table_columns import HEADING_DISTANCE, column_heading, in_a_column_of
from .translation import asks_passport_spelling
from .value_bounds import boundary_doubt
from .value_parsing import parse_value, printed_options
from .vocabulary import TOTAL_WORDS, FieldSpec, reader_data
from .whose_value import (
    _PERSON_KINDS,
    _issuers,
    _other_persons,
    _own_hits,
    _someone_elses_line,
)


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


def _before_next_label(ctx: Context, spec: FieldSpec, value: str) -> str:
    """A sentence's value up to a comma that another field's label follows."""
    for comma in re.finditer(r",\s*", value):
        rest = fold(value[comma.end():])
        if any(re.match(rf"{re.escape(fold(label))}\b", rest)
               for name, other in ctx.vocab.fields.items() if name != spec.name
               for label in other.labels if len(label) > 3):
            return value[:comma.start()]
    return value


def _before_next_labelled_line(ctx: Context, spec: FieldSpec, hit: LabelHit, raw: str) -> str:
    """A value run on under its label up to a line opening with another field's label and a
    figure (a slip's "amats: pārdevēja" over "no 14.06.2023." and "0,5 sl."): that line is
    the next statement, whatever case it opens in."""
    if len(raw) <= len(hit.value):
        return raw
    for nxt in ctx.lines[hit.line.index + 1 : hit.line.index + 4]:
        at = raw.find(nxt.text, len(hit.value))
        if at < 0:
            break
        rest = fold(nxt.text)
        # ... or a period's bound by its preposition ("no 14.06.2023."), where the value is
        # no decision (whose date may wrap: "lēmums Nr. 5" / "no 05.03.2024.").
        if any(re.match(rf"{re.escape(fold(label))}\s+\d", rest)
               for name, other in ctx.vocab.fields.items() if name != spec.name
               for label in other.labels) or (
                not spec.own_decision and re.match(r"(?:no|kops|lidz)\s+\d{1,2}\.\s?\d{1,2}\.",
                                                   rest)):
            return raw[:at].rstrip(" ,;")
    return raw


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


def _beside_the_title(hit: LabelHit) -> bool:
    """A label in another column of the title's line ("IESNIEGUMS | p.k.: ..." on a two-column
    page, a data box to the right): the box's row, not the title."""
    first = hit.line.segments[0]
    return len(hit.line.segments) > 1 and bool(hit.words) and all(
        w not in first.words for w in hit.words)


def _inside_a_title(ctx: Context, hit: LabelHit) -> bool:
    """The value is words of one of the paper's titles (vocabulary) printed on the label's
    line, wherever the title stands: the role word is the title's, no name follows it."""
    words = fold(hit.value).split()
    if not words:
        return False
    line = fold(hit.line.text)
    for title in map(fold, ctx.vocab.title):
        at = line.find(title)
        if at >= 0 and at <= line.find(words[0], at) < at + len(title):
            return True
    return False


# A slip's label of a range, both bounds in one ("no–līdz: 10.03.25.–09.03.27.", "no - līdz"):
# the label of the end ("līdz") follows the start's and a dash.
_RANGE_LABEL = re.compile(r"(?<![a-z])no\s*[-–—/]\s*$")


def _checked_code(spec: FieldSpec, hit: LabelHit,
                  found: tuple[str, list[Word]]) -> tuple[Any, LabelHit]:
    """A code a fallback read off the label's row (its raw text and words), kept with the hit
    moved onto it only when it passes the checksum; (None, the hit) otherwise."""
    raw, words = found
    value = parse_value(spec, raw) if words else None
    if value is None or not values.personal_code_ok(value):
        return None, hit
    return value, dataclasses.replace(hit, value=raw, words=words)


def _range_end(raw: str) -> str:
    """The end of a range of two dates joined by a dash ("10.03.25.–09.03.27." -> its second
    date), else the value as it stands."""
    # (a short year, "25", is no date of find_dates: the range is cut by its shape)
    cut = _RANGE_START.match(raw)
    return raw[cut.end():] if cut else raw


_RANGE_START = re.compile(r"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\.?|\d{4}-\d{2}-\d{2})"
                          r"\s*(?:[–—]|\s-\s|-(?=\d{1,2}\.))\s*(?=\d)")


# A re-issued paper's sentence: after its verb, the date of the paper it replaces.
_REPLACED = re.compile(r"^\D*?(?<![a-z])aizstaj")
# A label's word in the genitive before a code's or a number's noun ("profesijas kods 2221 01",
# "amata kods", "iestādes numurs") names that code: the words after it are no value of a field
# read as words, a date or hours (a code's own field reads its label whole).
_CODE_NOUN = re.compile(r"^\W*(?:kods|koda|kodu|numurs|numura|numuru|nr)(?![a-z])")
_NAMED_VALUE_KINDS = frozenset({"text", "institution", "person_name", "date", "hours",
                                "address", "enum"})


def _from_labels(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.labels:
        return None
    span = ctx.span(spec)
    if span is None:
        return None
    hits = _own_hits(ctx, spec, find_label_values(ctx.lines, list(spec.labels),
                                                  start=span[0], end=span[1]))
    for section, labels in spec.section_labels.items():
        # "vārds, uzvārds" in the block a heading opens ("1. Aizbildnis"): that person's.
        # Only a value beside its label or over its caption: the cell under a header row
        # ("Vārds, uzvārds | Personas kods" over a table's rows) may be anyone's.
        area = ctx.sections.get(section)
        if area is not None:
            hits += _own_hits(ctx, spec, [
                hit for hit in find_label_values(ctx.lines, list(labels), start=area.start,
                                                 end=area.end)
                if hit.caption or hit.distance < _BELOW])
    if spec.kind == "person_name":
        hits = _without_passport_rows(hits)
    best: Found | None = None
    # Every hours value found: (structural, value, hit).
    parts: list[tuple[float, Any, LabelHit]] = []
    certified = certification_lines(ctx) if spec.kind == "date" else set()
    line_at = {id(line): at for at, line in enumerate(ctx.lines)}
    for hit in hits:
        if (hit.line.index == ctx.title_line and spec.kind in _PERSON_KINDS
                and not _beside_the_title(hit)):
            continue  # "ASISTENTA DARBA UZSKAITE": the title names a role, not a person
        if spec.kind in _PERSON_KINDS and _inside_a_title(ctx, hit):
            continue  # "dienests : ASISTENTA DARBA UZSKAITE": a title beside the letterhead
        if spec.kind == "person_name" and _scrawl_before_signature(hit):
            continue  # "Pilnvaras devēja | LSS ISIN | Ā. Anspoka": a signature OCR read as words
        if spec.kind in _PERSON_KINDS and _other_persons(ctx, hit.prefix):
            continue  # "Ārsts (vārds, uzvārds): ..." is the doctor's name, not the person's
        if (spec.kind == "person_name" and _label_kind(hit) == "label_in_prose"
                and values.reads_as_dative(_name_part(hit.value) or "")):
            continue  # "esmu asistente Ansim Zvirbulim": the dative is the one assisted
        if spec.kind == "text" and _label_kind(hit) == "label_in_prose" and _after_full_stop(hit):
            continue  # "... programmā. Mācību gads beidzas ...": the sentence ended at the label
        if spec.kind in _NAMED_VALUE_KINDS and _CODE_NOUN.match(fold(hit.value)):
            continue  # "(profesijas kods 2221 01)": the label's genitive names a code, no value
        if spec.kind == "date" and _REPLACED.match(fold(hit.value)):
            continue  # "izsniegta atkārtoti un aizstāj ... izziņu": the replaced paper's date
        if spec.kind == "date" and line_at.get(id(hit.line)) in certified:
            continue  # "KOPIJA PAREIZA ... Datums: 20.10.2025": the copy's date, not the paper's
        if spec.kind == "date" and _inside_another_dates_label(ctx, spec, hit):
            continue  # "Paredzētais studiju beigu datums:": "datums" ends another date's label
        if spec.kind not in ("date", "dates") and _place_and_date(hit.value):
            continue  # "Valmierā, 22.01.2026.": where and when the paper was signed, no value
        if _another_fields_label(ctx, spec, hit.value) or _heading_beside(ctx, hit):
            continue  # "Amats | Darba attiecības no": a header row, the values are under it
        if spec.region == "dateline" and _in_a_date_column(ctx, hit):
            continue  # "Datums" over "2024.09.03", "2024.09.05": the rows' days, not the paper's
        if spec.kind == "hours" and _in_a_score_column(ctx, hit):
            continue  # "Pašaprūpe | Punkti" ... "Kopā | 6": a total of points, no hours
        # A phrase or an address wrapped onto the lines under it, not the next column's text.
        # A sentence's enum runs on too ("pirmā līmeņa profesionālās" / "augstākās ...").
        runs_on = (not hit.label_after and spec.kind in ("text", "address")) or (
            spec.kind == "enum" and _label_kind(hit) == "label_in_prose"
            and hit.value[:1].islower() and not re.search(r"[.;!?:]", hit.value))
        raw = _run_on(ctx, hit) if runs_on else hit.value
        if runs_on and spec.kind == "text":
            raw = _before_next_labelled_line(ctx, spec, hit, raw)
        if spec.kind == "text" and _label_kind(hit) == "label_in_prose":
            # "..., amats – testētājs. Darbs tiek veikts ...": a label met in a sentence has
            # its value end with that sentence.
            raw = _SENTENCE_END.split(raw, maxsplit=1)[0]
            # "amats – apkopēja, darba attiecības no 05.09.2023": a comma and another field's
            # label open the sentence's next statement, no part of this value.
            raw = _before_next_label(ctx, spec, raw)
        if spec.own_decision:
            raw = _without_aside(raw)
        if spec.kind == "enum":
            if marked_options(raw) is None and printed_options(spec, raw):
                continue  # "a / b / c (vajadzīgo norādīt)": the options, none chosen here
            chosen = _marked_option(ctx, hit, raw)
            if chosen is None:
                continue  # "☒ a ☐ b" read after its label: no option marked, no value here
            raw = chosen
        if spec.region == "dateline" and _label_kind(hit) == "label_in_prose" and _a_start_or_end(
                ctx, spec, raw):
            continue  # "Izziņa izsniegta ... strādā ... no 21.08.2017.": the start, not the date
        if spec.kind == "date" and _the_other_bounds(ctx, spec, raw):
            continue  # "Termiņš: no 10.04.2024." (its "līdz ..." wrapped below): the start's
        if spec.kind == "date" and _RANGE_LABEL.search(fold(hit.prefix)):
            raw = _range_end(raw)  # "no–līdz: 10.03.25.–09.03.27.": the range's end is its own
        if spec.kind == "person_name" and fold(hit.label).startswith("uzvard"):
            raw = _given_name_first(raw)  # "Uzvārds, vārds | Krauze, Eliza"
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
            wrapped = _run_on(ctx, hit)
            if (spec.region == "dateline" and _label_kind(hit) == "label_in_prose"
                    and _a_start_or_end(ctx, spec, wrapped)):
                continue
            value = parse_value(spec, wrapped)
        if value is None and spec.kind == "address":
            raw = wrapped_value(ctx.lines, hit)  # an address wrapped in its own column
            value = parse_value(spec, raw)
        if value is None and spec.kind == "personal_code":
            # "Personas kods | 210756 | 12830" over "DDMMGG | NNNNN": a code printed in two
            # boxes, its halves in two cells of the row; joined when they pass the checksum.
            value, hit = _checked_code(spec, hit, code_in_two_boxes(hit))
        if (value is None and spec.kind == "person_name" and "vard" not in fold(hit.label)
                and hit.distance < _BELOW):
            # "Vārds | Uzvārds" over "Iesniedzējs | Zanda | Pūcīte": a role's row with the first
            # name and the surname in two cells. (A "Vārds" row's cells are the first names of
            # two people's columns, "Vārds | Guntis | Krišs" over "Uzvārds | ...".)
            raw, words = name_in_two_cells(hit)
            value = parse_value(spec, raw) if words else None
            if value is not None:
                hit = dataclasses.replace(hit, value=raw, words=words)
        scrawled = False
        if value is None and spec.kind == "personal_code":
            value, hit = _checked_code(spec, hit, code_past_scrawl(hit))
            scrawled = value is not None
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
        if spec.kind in _CONTACT_KINDS and hit.prefix and _someone_elses_line(ctx, hit.prefix):
            continue  # "... sagatavoja konsultante R. Kalna, tālr. ...": the helper's contact
        # Labels are listed most specific first: "Klienta vārds, uzvārds" before "Vārds, uzvārds".
        rank = spec.labels.index(hit.label) if hit.label in spec.labels else 0
        distance = hit.distance
        if distance >= _BELOW and _under_a_heading_row(ctx, spec, hit):
            # A table's heading row over its row of values: the cell under the heading is
            # the value as surely as the next cell is beside a label.
            distance = HEADING_DISTANCE
        structural = BASE_CONFIDENCE["label"] - 0.25 * distance - 0.001 * rank
        several_dates = spec.kind == "date" and len(_DATE_ANY.findall(deaccent(raw))) > 1
        several_counts = (spec.kind == "number"
                          and len(_COUNTS.findall(_without_dates(raw))) > 1)
        if several_dates or several_counts:
            # "Termiņš: no 10.03.2021. līdz 09.03.2023.", or "10 stundas nedēļā, 6 mēneši"
            # under "(apjoms, termiņš)": the field's own patterns (a date's label, a count with
            # its unit) say which value is its; when none does, the first one is a guess.
            decided = _pattern_value(spec, raw)
            if decided is not None:
                value = decided
            else:
                structural = min(structural, GUESS_CONFIDENCE)
        if referred:
            structural = min(structural, GUESS_CONFIDENCE + 0.2)
        # A value wrapped onto the lines under its label is no surer than the least sure word
        # it took from them (a stamp over the decision's number read "1%gānaizbtkļņa").
        confidence = structural * _ocr_factor(hit.words + _run_on_words(ctx, hit, raw))
        if scrawled:
            # Past a scrawl on its row: the code is its label's by the row alone, not the cell.
            confidence = min(confidence, GUESS_CONFIDENCE + 0.2)
        if postcode_mended or (spec.kind == "date" and not _DATE_ANY.search(deaccent(raw))
                               and (values.date_missing_a_dot(raw) or values.date_in_boxes(raw))
                               is not None):
            # A date read with its missing dot put back ("15.042024") is a mended value too.
            confidence = min(confidence, evidence_ceilings().get("repaired", GUESS_CONFIDENCE))
        if genitive_label:
            confidence = min(confidence, UNCONFIRMED_NAME)  # the ending is a reading of grammar
        if (spec.kind == "hours" and isinstance(value, (int, float)) and 0 < value < 1
                and fold(hit.label).startswith("slodz")):
            # "Slodze | 0,75" in a staff table: a share of the full week, no week's hours.
            confidence = min(confidence, GUESS_CONFIDENCE)
        if spec.kind == "hours" and isinstance(value, (int, float)):
            parts.append((structural, value, hit))
        # The best-placed label wins; OCR doubt lowers what is reported, not which is chosen.
        if best is None or structural > (best.structural or 0.0) + 1e-9:
            guessed = boundary_doubt(raw, value) if spec.kind == "text" else None
            best = Found(value, min(confidence, GUESSED_ENDS) if guessed else confidence,
                         _label_kind(hit), hit.words, structural=structural,
                         warning=f"{spec.name}: {guessed}" if guessed else None)
    if best is not None and spec.kind == "hours":
        return _total_of_parts(ctx, spec, parts, best)
    return best


# A name written surname first with a comma ("Krauze, Eliza").
_SURNAME_FIRST = re.compile(
    r"^\s*([^\W\d_][\w'-]*),\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)\s*$")


def _given_name_first(raw: str) -> str:
    """A name under a label asking for the surname first ("Uzvārds, vārds"), written so with
    a comma between them, in the order of a name ("Krauze, Eliza" -> "Eliza Krauze")."""
    match = _SURNAME_FIRST.match(raw)
    return f"{match.group(2)} {match.group(1)}" if match else raw


def _label_row_text(hit: LabelHit) -> str:
    """The words of a hit's row that label it: its first cell when the value stands in a later
    one (beside it, or under a column's heading: "Uzvārds, vārds pasē | KOVALENKO OKSANA |
    KOVALENKO MAKSYM"), else the words before the value in its cell."""
    if not hit.words:
        return f"{hit.prefix} {hit.label} {hit.value}"
    first = hit.words[0]
    segments = hit.line.segments
    if segments and not any(word is first for word in segments[0].words):
        return segments[0].text
    before = []
    for word in hit.line.words:
        if word is first:
            break
        before.append(word.text)
    else:
        return f"{hit.prefix} {hit.label}"
    return " ".join(before)


def _without_passport_rows(hits: list[LabelHit]) -> list[LabelHit]:
    """A form's name rows without the one asking for the passport's spelling ("Vārds, uzvārds
    kā pasē | MART SAAR" over "Vārds, uzvārds latviešu valodā | Marts Sārs"): the name the
    clerk records is its Latvian form. Kept when no other row names the person."""
    passport = [hit for hit in hits if not hit.label_after and not hit.caption
                and asks_passport_spelling(_label_row_text(hit))]
    rows = {id(hit.line) for hit in passport}
    others = [hit for hit in hits if not any(hit is p for p in passport)
              and id(hit.line) not in rows]
    return others if passport and others else hits


# A row of sums: its sum's word opens it, after a row number or a word or two saying whose
# ("Kopā st./ned.", "MĒNESĪ KOPĀ", OCR's "Kopāst./ned." with the space lost).
_TOTAL_ROW = re.compile(rf"^\W*(?:\d{{1,3}}\s+)?(?:[^\W\d_]+\s+){{0,2}}(?:{TOTAL_WORDS})")
_FIGURE = re.compile(r"(?<![\d.,:/-])(\d{1,3}(?:[.,]\d{1,2})?)(?![\d:/-]|[.,]\d)")
# How far under the last part its total's row may be.
_TOTAL_ROWS_BELOW = 4


def _total_of_parts(ctx: Context, spec: FieldSpec, parts: list[tuple[float, Any, LabelHit]],
                    best: Found) -> Found:
    """The hours of a label printed on several rows with other figures ("Kontaktstundas nedēļā
    (teorija) | 12,0", "... (prakse) | 9,0"): each row is a part, not the week's hours. The row
    of sums under them ("Kopā st./ned. | 21,0") is the value when its figure is their sum; with
    no such row, which part (or their sum) is meant is a guess."""
    top = best.structural or 0.0
    rows: dict[int, tuple[float, LabelHit]] = {}
    for structural, value, hit in parts:
        if structural >= top - 0.05 and hit.line.index not in rows:
            rows[hit.line.index] = (float(value), hit)
    if len(rows) < 2 or len({value for value, _hit in rows.values()}) < 2:
        return best
    ordered = [rows[index] for index in sorted(rows)]
    *above, (closing, closing_hit) = ordered
    if len(above) >= 2 and abs(sum(value for value, _hit in above) - closing) < 0.01:
        # "Nedēļā kopā 14,25", "Nedēļā kopā 8,00", "MĒNESĪ KOPĀ 22,25": the last row sums
        # the others, the sums' row of the rows the label is on.
        return Found(closing, best.confidence, best.how, closing_hit.words,
                     structural=best.structural,
                     warning=f"{spec.name}: the sum of the {len(above)} rows above it")
    total = sum(value for value, _hit in rows.values())
    last = rows[max(rows)][1].line
    at = next((i for i, line in enumerate(ctx.lines) if line is last), None)
    if at is not None:
        page = ctx.lines[at].page
        for line in ctx.lines[at + 1:at + 1 + _TOTAL_ROWS_BELOW]:
            if line.page != page or not _TOTAL_ROW.match(fold(line.text)):
                continue
            for figure in _FIGURE.findall(line.text):
                if abs(float(figure.replace(",", ".")) - total) < 0.01:
                    words = [w for w in line.words if figure in w.text][:1] or line.words
                    return Found(total, best.confidence, best.how, words,
                                 structural=best.structural,
                                 warning=f"{spec.name}: the sum of {len(rows)} rows, as printed "
                                         "on their row of sums")
    best.confidence = min(best.confidence, GUESS_CONFIDENCE)
    best.warning = (f"{spec.name}: its label is on {len(rows)} rows with other figures; "
                    "which is meant is not sure")
    return best


# A count in an answer: a number standing alone, not a clock time's or a code's part.
_COUNTS = re.compile(r"(?<![\d.,:/-])\d{1,3}(?:[.,]\d)?(?![\d:/-])")


# A place named in the locative, the way a paper's place and date open ("Rīgā,", "Jelgavā;",
# "Cēsīs", "Talsos", "Ogrē").
_PLACE_LOCATIVE = re.compile(
    r"\s*(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+\s+)?[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]*"
    r"(?:os|ās|ēs|īs|ā|ē|ī|ū)(?![^\W\d_])\s*[,;]?\s*")


def _place_and_date(value: str) -> bool:
    """Whether a value opens with the place and date a paper was signed ("Valmierā, 22.01.2026.",
    "Jelgavā; 2025. gada 14. oktobrī"): the line of the signature, never a name, a programme or a
    post, though it may stand under a caption row or a label's column."""
    place = _PLACE_LOCATIVE.match(value)
    if place is None:
        return False
    dates = find_dates(value[place.end():])
    return bool(dates) and dates[0][1] == 0


def _without_dates(raw: str) -> str:
    """The text with its dates blanked: a date's day and year are no counts."""
    for _value, start, end in reversed(find_dates(raw)):
        raw = raw[:start] + " " + raw[end:]
    return raw


def _scrawl_before_signature(hit: LabelHit) -> bool:
    """The value found after a signer's label on a signature line ("Pilnvaras devēja |
    LSS ISIN | Ā. Anspoka") that is not the name printed under the signature: its initial
    differs and it does not end in the printed surname. The pen's scrawl, no name."""
    last = hit.line.segments[-1] if hit.line.segments else None
    if last is None or not hit.words or hit.words[0] in last.words:
        return False
    printed = SIGNATURE.fullmatch(last.text.strip())
    if printed is None:
        return False
    initial, surname = last.text.strip()[0], last.text.split()[-1]
    value = hit.value.split()
    return bool(value) and value[0][:1] != initial and fold(value[-1]) != fold(surname)


def _marked_option(ctx: Context, hit: LabelHit, raw: str) -> str | None:
    """The value after a label that prints its options with boxes ("Grupa: ☐ a ☐ b ☒ c"):
    only the marked options, never a printed one left empty (None when none is marked). A
    marked box that ends the line before its words ("☐ a ☐ b ☒" / "c ...") has its option
    wrapped onto the next line. A value without boxes stays as it is."""
    options = marked_options(raw)
    if options is None:
        return raw
    chosen = [text for text, on in options if on]
    if not chosen and ends_in_bare_mark(raw):
        below = hit.line.index + 1
        if below < len(ctx.lines) and ctx.lines[below].page == hit.line.page and (
                marked_options(ctx.lines[below].text) is None):
            chosen = [ctx.lines[below].text]
    return " ".join(chosen) if chosen else None


# A full stop closing a sentence: the next word opens with a capital; not after a number, "Nr."
# or "g." (a date or a number goes on).
_SENTENCE_END = re.compile(r"(?<!\bNr)(?<!\bg)(?<!\d)\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž])")


def _a_start_or_end(ctx: Context, spec: FieldSpec, raw: str) -> bool:
    """Whether the first date of a sentence's value follows a start's or an end's word ("no",
    "kopš", "līdz") or another date field's label: that date is the other one's, not the
    paper's own (a study's end after "līdz" is its own field's)."""
    plain = deaccent(raw)
    first = _DATE_ANY.search(plain)
    return first is not None and _another_dates_label(ctx, spec, plain[:first.start()][-40:])


def _the_other_bounds(ctx: Context, spec: FieldSpec, raw: str) -> bool:
    """Whether a label's value holds one date and that date follows another date field's label
    within the value, not one of this field's own ("Termiņš: no 10.04.2024." read for the
    end: "no" is the start's label; the end's "līdz ..." wrapped onto the column's next line,
    or is not there). Two dates are left to the field's patterns."""
    plain = deaccent(raw)
    dates = _DATE_ANY.findall(plain)
    first = _DATE_ANY.search(plain)
    if first is None or len(dates) != 1:
        return False
    before = fold(plain[:first.start()][-40:])
    if not before.strip():
        return False

    def ends_with(label: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(fold(label))}\s*:?\s*$", before) is not None

    if any(ends_with(label) for label in spec.labels):
        return False
    return any(ends_with(label) for name, other in ctx.vocab.fields.items()
               if name != spec.name and other.kind == "date" for label in other.labels)


def _inside_another_dates_label(ctx: Context, spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a date's label found is the tail of another date field's longer label printed
    there ("Paredzētais studiju beigu datums:" holds "datums", the end's label, not the
    paper's own date)."""
    if not hit.prefix.strip():
        return False
    folded = fold(f"{hit.prefix} {hit.label}")
    own = len(fold(hit.label))
    return any(len(fold(label)) > own
               and re.search(rf"(?<!\w){re.escape(fold(label))}\s*:?\s*$", folded)
               for name, other in ctx.vocab.fields.items()
               if name != spec.name and other.kind == "date" for label in other.labels)


def _after_full_stop(hit: LabelHit) -> bool:
    """Whether the value found after a label in prose opens a new sentence: the word before
    it (the label's last) closes one."""
    if not hit.words or hit.words[0] not in hit.line.words:
        return False
    at = hit.line.words.index(hit.words[0])
    if at == 0:
        return False
    before = hit.line.words[at - 1].text
    # "Kl. (bērns):Anna ...": the dot of the label written short, no sentence's end.
    if fold(thin_letters_undone(before)).rstrip(".") == hit.label:
        return False
    return re.search(r"[^\W\d_]\.$", before) is not None


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


_BELOW = 0.3  # layout.find_label_values: a value found under its label


def _in_a_date_column(ctx: Context, hit: LabelHit) -> bool:
    """The value is one date of a table's column of dates (a row a visit or a day)."""
    segment = next((seg for seg in hit.line.segments
                    if hit.words and seg.words[0] is hit.words[0]), None)
    if segment is None or not in_a_column_of(ctx.lines, hit.line, segment, _DATE_ANY):
        return False
    # A sheet of labels in one column and their values in the next ("Darba līgums no |
    # 2022.09.01" over "Izziņas datums | 2025.04.10"): the dates beside it are other labels'
    # values, no column of days.
    for step in (-1, 1):
        at = hit.line.index + step
        if not 0 <= at < len(ctx.lines):
            continue
        other = ctx.lines[at]
        if other.page != hit.line.page or len(other.segments) < 2:
            continue
        cell = next((seg for seg in other.segments
                     if abs(seg.x0 - segment.x0) <= hit.line.height), None)
        if cell is None or not _DATE_ANY.fullmatch(cell.text.strip()):
            continue
        before = " ".join(seg.text for seg in other.segments[:other.segments.index(cell)])
        if not _is_any_label(ctx, re.sub(r"^[\W_]+", "", before)):
            return True
    return False


def _in_a_score_column(ctx: Context, hit: LabelHit) -> bool:
    """The value stands in a table's column of points (its heading "Punkti", "Balles")."""
    heading = column_heading(ctx.lines, hit.line, hit.words)
    if heading is None:
        return False
    return any(heading.startswith(word) for word in reader_data("workload.yaml")
               .get("score_headings", []))


def _under_a_heading_row(ctx: Context, spec: FieldSpec, hit: LabelHit) -> bool:
    """The value stands in the row right under a table's heading row: three or more cells
    with no figure, this field's label and two other fields' labels among them."""
    if hit.distance != _BELOW or hit.line.index == 0 or _label_kind(hit) == "label_in_prose":
        return False
    above = ctx.lines[hit.line.index - 1]
    folded = fold(above.text)
    if above.page != hit.line.page or len(above.segments) < 3 or re.search(r"\d", folded):
        return False
    if not label_regex(hit.label).search(folded):
        return False
    if any(hit.label in other.labels for name, other in ctx.vocab.fields.items()
           if name != spec.name):
        return False  # "Personas kods" heads a column of whichever person's the table lists
    others = {name for name, other in ctx.vocab.fields.items() if name != spec.name
              and any(label_regex(label).search(folded) for label in other.labels)}
    return len(others) >= 2


def _header_row(ctx: Context, spec: FieldSpec, hit: LabelHit) -> bool:
    """The label sits in a table's heading row (other fields' labels beside it, no figure on
    the line): what follows it on the row is the next column's heading; its value is below."""
    folded = fold(hit.line.text)
    if re.search(r"\d", folded) or hit.value.strip() not in hit.line.text:
        return False
    if len(hit.line.segments) == 1 and _label_kind(hit) == "label_in_prose" and "," in folded:
        return False  # "uzņēmuma darbinieks, amats – ...": a sentence, its words no headings
    others = {name for name, other in ctx.vocab.fields.items() if name != spec.name
              and any(label_regex(label).search(folded) for label in other.labels)}
    return len(others) >= 2


def _label_kind(hit: LabelHit) -> str:
    """The evidence a label gives: printed as a label beside its value, a value found under
    it or across a gap, or a label's words met inside a sentence."""
    if re.search(r"[^\W\d_]", hit.prefix) and not hit.caption:
        return "label_in_prose"
    return "label" if hit.distance < 0.2 else "label_loose"


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


# A table row: a value's line holding this many cells side by side.
_TABLE_CELLS = 3


def _wrapped_cell(hit: LabelHit, line: Line, nxt: Line) -> Segment | None:
    """The segment of `nxt` that starts where the value's own segment starts, on a table
    row of several cells, and is not the line's first: the value's cell wrapping on."""
    if len(hit.line.segments) < _TABLE_CELLS or not hit.words:
        return None
    own = next((seg for seg in line.segments if any(w is hit.words[0] for w in seg.words)
                or abs(seg.x0 - hit.words[0].x0) <= 3), None)
    if own is None or own is line.segments[0]:
        return None
    found = [seg for seg in nxt.segments[1:] if abs(seg.x0 - own.x0) <= 3]
    return found[0] if len(found) == 1 else None


def _run_on_words(ctx: Context, hit: LabelHit, raw: str) -> list[Word]:
    """The words of the lines under the label's line that a value run on into (`_run_on`)."""
    if not hit.words or len(raw) <= len(hit.value.rstrip(" .")):
        return []
    taken: list[Word] = []
    for nxt in ctx.lines[hit.line.index + 1 : hit.line.index + 4]:
        words = [w for w in nxt.words if w.text.strip(" .") and w.text.strip(" .") in raw]
        if not words:
            break
        taken.extend(words)
    return taken


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
            # "... izglītības programma" / "„Viesmīlības vadība”, 1. kurss": the name a kind's
            # noun announces, in quotes on the next line.
            first.text[:1] in "„“«\"" and bool(ended.split())
            and names_a_kind(ended.split()[-1])
        ) or (
            # ... but a numbered item opens a statement of its own ("2. Darba laiks",
            # "2.4. Darba laiks": a section's sub-number too).
            first.text[:1].isdigit()
            and not re.match(r"^\d{1,2}\.(?:\d{1,2}\.)*\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ]", nxt.text)
        ) or (
            # "... lēmums" / "Nr. 2-10/312", "... lietā Nr." / "C30276516": a number goes on.
            re.match(r"(?i)^nr\.?\s*\S*\d", nxt.text) is not None
            or (re.search(r"(?i)\bnr\.?$", ended) is not None and re.search(r"\d", first.text)
                is not None)
        )
        # The cells of a ruled table beside the value's column are another column's text.
        beside = nxt.segments[0].cell is None and all(s.cell is not None for s in nxt.segments[1:])
        part = nxt.segments[0].text if beside else nxt.text
        column = _wrapped_cell(hit, line, nxt)
        if column is not None and not beside and len(nxt.segments) > 1:
            # A table row's cell wrapping in its own column while the next row's first cell
            # starts beside it ("Teodors | ... Speciālās" / "320640-28173 | pamatizglītības
            # programma"): the column's words go on, the other cell is another value.
            first, part = column.words[0], column.text
            goes_on = first.text[:1].islower()
            if ":" in part or not goes_on:
                break
            text = f"{text} {part}"
            line = nxt
            continue
        if (not (len(nxt.segments) == 1 or beside) or ":" in part or not goes_on
                or min(abs(first.x0 - m) for m in margins) > 3):
            break
        text = f"{text} {part}"
        line = nxt
    return text.rstrip(" ") if re.search(r"(?i)\bnr\.$", text.rstrip()) else text.rstrip(" .")
