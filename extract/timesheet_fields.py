"""A timesheet's fields from its rows: the entries, the signatures, the month's total.

The rows themselves are read in `timesheet_rows`; these readers hand it the document and
the activity's synonyms (doubting an activity resting on a word that names more than one
kind), take the signatures beside the rows, and check a stated total against the rows'
sum: found on the line of sums (or before its word), mended into the rows, dropped or
doubted; and let rows every check holds for earn a route of their own. Kept apart from
`timesheet_rows`, which works on lines and words, because these take the document's
context and the fields read so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from ..forms.person_names import fold_word
from . import timesheet_rows
from .evidence import (
    BASE_CONFIDENCE,
    DOUBTFUL_VALUE,
    GUESS_CONFIDENCE,
    Found,
    _lines_doubt,
    _ocr_factor,
    _words_by_ocr,
)
from .hand_restore import hand_distance
from .layout import Line, find_label_values, fold, label_regex
from .reading_context import Context
from .value_parsing import _enum, _number
from .values import month_value
from .vocabulary import TOTAL_WORDS, FieldSpec


def _timesheet_entries(ctx: Context, spec: FieldSpec, month: str | None) -> Found:
    sure = replace(spec, synonyms={value: tuple(p for p in phrases if p not in spec.doubtful)
                                   for value, phrases in spec.synonyms.items()})
    guessed: set[str] = set()
    by_hand: set[str] = set()
    scanned = ctx.document.text_source not in ("text", "acroform")

    def activity_of(raw: str) -> str | None:
        value = _enum(spec, raw)
        if value is not None and spec.doubtful and _enum(sure, raw) != value:
            guessed.add(raw.strip())
        if value is None and scanned:
            value = _hand_slipped_kind(spec, raw)
            if value is not None:
                by_hand.add(raw.strip())
        return value
    read = timesheet_rows.read_entries(ctx.document, ctx.lines, activity_of, month)
    confidence, warnings = read.confidence, list(read.warnings)
    if by_hand:
        confidence = min(confidence, ROUTINE_CONFIDENCE)
        warnings.append(f"entries: the activity of {len(by_hand)} row(s) is a word read one hand "
                        "slip away from the kind's (check it)")
    sheet_wide = _head_activity(ctx, spec, read, activity_of)
    if sheet_wide is not None:
        for entry in read.entries:
            entry["activity"] = sheet_wide
    routine = _routine_activities(read.entries)
    if routine:
        confidence = min(confidence, ROUTINE_CONFIDENCE)
        warnings.append(f"entries: the activity of {routine} row(s) naming none is the one of "
                        "the other rows at the same hours (check it)")
    if guessed:
        # "rehabilitācija" is a clinic's course or a social service's: the activity is a guess.
        confidence = min(confidence, DOUBTFUL_VALUE)
        warnings.append(f"entries: the activity of {len(guessed)} row(s) rests on a word that "
                        "names more than one kind (check it)")
    return Found(read.entries, confidence, "rows", warning="; ".join(warnings) or None)


# A word of a hand's row long enough to be compared with a kind's stem.
_HAND_WORD = re.compile(r"[^\W\d_]{3,}")
MIN_STEM = 4
MAX_CELL_WORDS = 3


def _hand_slipped_kind(spec: FieldSpec, raw: str) -> str | None:
    """The one kind whose stem (four letters or more) a word of a scanned row's activity cell
    (three words at most) is one hand slip from ("skda" for "skola": "ol" joined into "d";
    "rehdbilitaci ja" for "rehabilitācija", its pieces joined); None when no kind or more
    than one is so near."""
    pieces = re.findall(r"[^\W\d_]+", raw)
    if len(pieces) > MAX_CELL_WORDS:
        return None  # a sentence of prose, not a table's activity cell
    words = _HAND_WORD.findall(raw)
    words += [a + b for a, b in pairwise(pieces) if min(len(a), len(b)) <= 3]
    kinds: set[str] = set()
    for word in words:
        folded = fold_word(word)
        for kind, stems in spec.synonyms.items():
            for stem in stems:
                bare = fold_word(stem)
                if len(bare) < MIN_STEM or " " in bare:
                    continue
                if any(hand_distance(folded[:cut], bare) <= 1
                       for cut in range(len(bare) - 1, len(bare) + 2) if cut <= len(folded)):
                    kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


# A row given the activity of the rows at its hours: a guess from the sheet's routine.
ROUTINE_CONFIDENCE = 0.6
# Rows at the same hours, all of one activity, that make a routine.
ROUTINE_ROWS = 2


def _routine_activities(entries: list[dict[str, Any]]) -> int:
    """A diary's row naming no activity at the same from-to as rows that all name one (the
    way to work at 8.00-9.30, day after day; one day's words name the place by another word):
    that activity, set in `entries`. Returns how many rows were so given one."""
    given = 0
    for entry in entries:
        if entry.get("activity") is not None or entry.get("start") is None:
            continue
        named = [e.get("activity") for e in entries if e is not entry
                 and (e.get("start"), e.get("end")) == (entry["start"], entry["end"])
                 and e.get("activity") is not None]
        same = set(named)
        if len(named) >= ROUTINE_ROWS and len(same) == 1:
            entry["activity"] = same.pop()
            given += 1
    return given


# The head may say once what the whole sheet is for, in brackets beside the client ("Tomass
# Ozols, p.k. ... (skola)"), or beside a label of its own over a calendar or a table of times
# ("Aktivitāte: dienas centra apmeklējums", the entries field's `labels`): the rows, naming
# none themselves, are that activity's.
_BRACKETED = re.compile(r"\(([^()\d]{3,30})\)")


def _head_activity(ctx: Context, spec: FieldSpec, read: timesheet_rows.RowsRead,
                   activity_of: Callable[[str], str | None]) -> str | None:
    if not read.entries or not read.row_lines or any(e.get("activity") for e in read.entries):
        return None
    first = read.row_lines[0][0].index
    head = ctx.lines[:first]
    kinds = {kind for line in head for m in _BRACKETED.finditer(line.text)
             if (kind := activity_of(m.group(1))) is not None}
    kinds |= {kind for line in head if (said := _labelled_activity(line, spec)) is not None
              and (kind := activity_of(said)) is not None}
    return kinds.pop() if len(kinds) == 1 else None


def _labelled_activity(line: Line, spec: FieldSpec) -> str | None:
    """The text beside a head line's label naming the sheet's activity: the next cells, or
    the rest after the label's colon; None when the line opens with no such label."""
    if not line.segments:
        return None
    opening = fold(line.segments[0].text).strip()
    for label in sorted(spec.labels, key=len, reverse=True):
        hit = label_regex(label).match(opening)
        if hit is None:
            continue
        rest = opening[hit.end():].strip()
        if not rest:
            return " ".join(seg.text for seg in line.segments[1:]) or None
        if rest.startswith(":"):
            return rest[1:].strip() or None
        # the label's words run on ("Aktivitātes veids"): a longer label's, or a sentence
    return None


def _month_from_rows(ctx: Context) -> Found | None:
    read = timesheet_rows.month_from_rows(ctx.lines)
    if read is None:
        return None
    value, words = read
    return Found(value, BASE_CONFIDENCE["pattern"] * _ocr_factor(words), "rows_month", words)


# A year a hand wrote and the recogniser misread by one digit ("2624. aprīlis" for 2024).
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _plausible_year(year: str) -> str | None:
    """The one year of this century up to next year that `year` is one digit away from."""
    if 2000 <= int(year) <= date.today().year + 1:
        return None  # a year as it stands
    near = {f"{y}" for y in range(2000, date.today().year + 2)
            if sum(a != b for a, b in zip(f"{y}", year, strict=True)) == 1}
    return near.pop() if len(near) == 1 else None


def _month_year_mended(ctx: Context, spec: FieldSpec) -> Found | None:
    """The month of a scan's month label whose year OCR read impossibly ("2624. aprilis"),
    with the one year a digit away put in: a guess, kept below review's bar."""
    for hit in find_label_values(ctx.lines, list(spec.labels)):
        if not hit.words or not _words_by_ocr(ctx, hit.words):
            continue
        match = _YEAR.search(hit.value)
        year = _plausible_year(match.group(0)) if match else None
        if match is None or year is None:
            continue
        value = month_value(hit.value[:match.start()] + year + hit.value[match.end():])
        if value is not None:
            confidence = min(GUESS_CONFIDENCE, BASE_CONFIDENCE["label"] * _ocr_factor(hit.words))
            return Found(value, confidence, "label", hit.words,
                         warning=f"{spec.name}: the year read as {match.group(0)!r}, taken "
                                 f"for {year}")
    return None


def _timesheet_signatures(ctx: Context, month: str | None) -> Found | None:
    rows = timesheet_rows.read_entries(ctx.document, ctx.lines, lambda raw: None, month)
    value, confidence = timesheet_rows.read_signatures(ctx.document, ctx.lines, rows.row_lines)
    return Found(value, confidence, "signatures") if value is not None else None


# A table's line of sums: "Mēnesī 40 0 0 6 46", "Kopā 12,5", "Pavisam: 33,5 st.", the sum's
# word after a word or two saying whose ("MĒNEŠA KOPSUMMA 65", "Visu nedēļu kopā 65"; a week's
# "Nedēļā kopā 15" is a line of sums too, its figure not the rows' sum).
_SUM_LINE = re.compile(rf"^\W*(?:[^\W\d_]+\s+){{0,2}}(?:{TOTAL_WORDS})\b|^\W*menesi\b")


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


def _total_before_its_word(ctx: Context) -> Found | None:
    read = timesheet_rows.total_before_its_word(ctx.lines)
    if read is None:
        return None
    value, line = read
    return Found(_number(value), BASE_CONFIDENCE["label"] * _lines_doubt([line]), "sum_line",
                 line.words)


# Where a month and a total come from that the rows did not give them.
# A month found by a pattern of its own shape ("fallback": "2025-10", "03/2024" in a title)
# is never a row's date, so it is read apart from the rows too.
_READ_APART = frozenset({"label", "label_loose", "acroform", "pattern", "fallback", "sum_line"})


def _timesheet_rows_checked(ctx: Context, found: dict[str, Found | None]) -> None:
    """Rows every check holds for (the month of the title, the printed total, each row's
    hours against its from-to) earn a route above the rows' own; only a typed sheet's rows
    with their hours written reach "rows_checked" (evidence_confidence.yaml)."""
    entries, month, total = (found.get(k) for k in ("entries", "month", "total_hours"))
    if entries is None or entries.how != "rows" or entries.warning or month is None \
            or total is None or month.how not in _READ_APART or total.how not in _READ_APART \
            or month.value is None or total.value is None or total.warning:
        return
    read = timesheet_rows.read_entries(ctx.document, ctx.lines, lambda raw: None, month.value)
    route = timesheet_rows.rows_checked(entries.value, month.value, total.value,
                                        read.hours_written)
    if route is None:
        return
    if ctx.document.text_source not in ("text", "acroform"):
        route = "rows_summed"  # OCR's digits: the checks hold, the reading stays a person's
    found["entries"] = Found(entries.value, entries.confidence, route, entries.words)


def _timesheet_total(ctx: Context, found: dict[str, Found | None]) -> None:
    """A stated total that disagrees with its rows: repaired, dropped or doubted."""
    total, entries = found.get("total_hours"), found.get("entries")
    if entries is None or not isinstance(entries.value, list):
        return
    if total is None or total.value is None:
        total = _total_before_its_word(ctx) or total
        found["total_hours"] = total
    if total is None or total.value is None:
        # No total read (a hand's figure on a dotted rule, none printed): the month's total is
        # what a careful person adds from the rows (unseen_conventions.md), when every row
        # gives its hours; nothing printed confirms it, so it stays a person's to check.
        hours = [e.get("hours") for e in entries.value]
        if hours and all(isinstance(h, int | float) for h in hours):
            found["total_hours"] = Found(
                _number(sum(float(h) for h in hours)), min(entries.confidence, GUESS_CONFIDENCE),
                "rows_sum", [], "total_hours: no total read; the sum of the rows")
        return
    if entries.value and total.value is not None:
        listed = sum(float(e["hours"]) for e in entries.value if e.get("hours") is not None)
        unit = timesheet_rows.minute_unit(ctx.lines)
        if unit and abs(float(total.value) * unit / 60 - listed) < 0.01:
            # "Kopā 306" on a sheet in 15-minute units: 306 units, the rows' 76.5 hours. A
            # figure converted by the sheet's own note is arithmetic, a person checks it.
            found["total_hours"] = Found(
                _number(listed), min(total.confidence, timesheet_rows.COMPUTED_CONFIDENCE),
                total.how, total.words,
                f"total_hours: {_number(total.value)} units of {unit} minutes, "
                f"{_number(listed)} h")
            return
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
        found["total_hours"] = Found(_number(value), min(total.confidence, cap), total.how,
                                     total.words, warning)
