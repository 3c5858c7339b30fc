"""The activities a person needs the assistant for, each with its hours per week.

Activities are read from the ticked items of a form's checklist, from the rows of an
activities section or a table with an hours column, or from the request sentence of a
letter; each named activity takes the hours printed near it ("20 stundas nedēļā", number
words too), and a visit's hours times the visits of a week ("piecas dienas nedēļā pa
pusotrai stundai") count as computed, a value a person checks. A place's name ("Darba
iela") is not an activity. Kept apart from the other list readers because only
activities carry hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..forms.hours import (
    HALF_WORDS,
    TEENS,
    TENS,
    TIME_RANGE,
    UNITS,
    WEEKDAYS,
    WORKING_DAYS,
    parse_schedule,
    whole_hour_clocks,
)
from ..forms.latvian_dates import ROMAN_DATE_SHAPE
from . import values, weekly_hours
from .annex import annex_lines, continued_lines
from .evidence import BASE_CONFIDENCE, GUESS_CONFIDENCE, Found, _lines_doubt
from .layout import find_line, fold
from .marks import OFF_GLYPHS, ON_GLYPHS, hand_ticked_option, marked_options
from .other_language import cyrillic_as_read, latvian_beside_cyrillic, without_translated_rows
from .phrase_patterns import _stem
from .reading_context import Context
from .value_parsing import _number
from .vocabulary import FieldSpec
from .yes_no import _CHECK_ANY, _marked_answer

_HOURS_NEAR = re.compile(
    r"(?<![\d.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:st\b|st\.|stund\w*|h\b|h/)", re.IGNORECASE
)
# Minutes alone where the hours are written ("90 min nedēļā").
_MINUTES_NEAR = re.compile(r"(?<![\d.,:])(\d{2,3})\s*(?:min\b|min\.|minūt\w*|minut\w*)",
                           re.IGNORECASE)
# A row's index in brackets after its label ("Stundas nedēļā (1)"), another figure after it.
_ROW_INDEX = re.compile(r"\(\s*\d{1,2}\s*\)(?=[\s|:]*\d)")
# A hand's figure written on a dotted line, OCR reading the leader's dots glued to it
# ("skolā.25..", "..25.."): the dots after it are two or more, so no date's or decimal's.
_ON_A_LEADER = re.compile(r"(?:(?<=[^\W\d_])\.+|(?<![\d.])\.{2,})(\d{1,2})\.{2,}(?![\d.])")
_BARE_NUMBER = re.compile(r"(?<![\d.,:/-])(\d{1,2}(?:[.,]5)?)(?![\d.:/-]|,\d)")
_DATEISH = re.compile(
    r"\d{4}\.?\s*(?:gada|g\.)\s*\d{1,2}\.?\s*\w+|\d{1,2}\.\d{1,2}\.\d{4}\.?|\d{4}-\d{2}-\d{2}|"
    + ROMAN_DATE_SHAPE
)


# A number opening its line before an option's words ("1 darbs", "2) mācības"), not before
# an hours unit ("20 st. mācības"): the option's number in a numbered list.
_ENUMERATOR = re.compile(r"^\s*(\d{1,2})[.)]?\s+(?=[^\W\d_]{3,})(?!st\b|st\.|stund|h\b)",
                         re.IGNORECASE)


def _without_enumerators(texts: list[str]) -> list[str]:
    """Lines of a numbered option list without their numbers: in one stream an option's
    number reads as the hours of the option before it ("1 darbs 2 mācības": work, 2 h). Only
    numbers that count on from line to line are a list's."""
    found = {at: (int(m.group(1)), m.end()) for at, text in enumerate(texts)
             if (m := _ENUMERATOR.match(text))}
    counting: set[int] = set()
    for (one, (number, _end)), (other, (following, _end2)) in pairwise(found.items()):
        if following == number + 1:
            counting |= {one, other}
    return [text[found[at][1]:] if at in counting else text for at, text in enumerate(texts)]


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
                folded = _prose(ctx)
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
    # A two-language form's translation printed under each Latvian line ("Aktivitāte,
    # stundas nedēļā" over "Деятельность, часов в неделю") is no part of the answers: its
    # digits (OCR's look-alikes for letters) are no hours.
    # A line printing its Latvian with the translation beside it ("mācības skolā / навчання
    # в школі | 25") keeps its Latvian words and its hours.
    halves = {line.index: half for line in ctx.lines[span[0]:end]
              if (half := latvian_beside_cyrillic(line.text)) is not None}
    lines = [line for line in ctx.lines[span[0] : end]
             if len(line.words) < 2 or line.index in halves or not cyrillic_as_read(line.text)]
    annexed = annex_lines(ctx, lines)
    if annexed and not _names_an_activity(spec, fold(" ".join(line.text for line in lines))):
        lines = annexed  # "skatīt 1. pielikumu": the section's table is the annex's
    else:
        # "3. Aktivitātes ..." answered on a later page under "Turpinājums 3. punktam": those
        # lines are the point's answers, after any the point lists itself.
        continued = continued_lines(ctx, lines, list(spec.stop))
        if continued:
            lines = [*lines, *continued]
    scanned = ctx.document.text_source == "ocr"
    plan = _week_plan(lines)
    if plan:
        # A week plan with a column per weekday: its rows are the activities, each row's
        # hours the sum of its day cells; the block's other lines (an address) are not.
        lines = [line for line in lines if line.index in plan]

    def text_of(line: Any) -> str:
        if line.index in plan:
            return plan[line.index]
        if line.index in halves:
            return halves[line.index]
        return _hand_digits(line.text) if scanned else str(line.text)

    # A yes/no question asked inside the span ("Valsts pabalstu ... saņem: ☐ jā ☒ nē") has
    # boxes of its own: they answer it, they tick none of the activities rows above it.
    asides = {line.index for line in lines if _question_aside(spec, line.text)}
    if not any(_CHECK_ANY.search(line.text) for line in lines if line.index not in asides):
        return [fold(" ".join(_without_enumerators(
            [text_of(line) for line in lines if line.index not in asides])))]
    units: list[str] = []
    current: list[str] | None = None
    boxes = [ln.words[0] for ln in lines
             if ln.words and ln.words[0].text in OFF_GLYPHS + ON_GLYPHS]
    boxed = any(re.search(f"[{OFF_GLYPHS}]", line.text) for line in lines)
    for line in lines:
        text = text_of(line)
        if boxed and not _CHECK_ANY.search(text):
            # A hand "X" in the marks column OCR reads as a letter, where the other rows of
            # the list keep their empty boxes: the row is ticked.
            text = _HAND_X.sub(f" {ON_GLYPHS[0]} ", text, count=1)
        options = marked_options(text)
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
                units.append(_YES_NO_MARKS.sub(" ", text))
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
            current.append(text)
        elif _HOURS_NEAR.search(fold(text)) or re.search(r"stund", fold(text)):
            # An item whose box OCR lost, but with hours written in: it was asked for.
            current = [text]
    if current is not None:
        units.append(" ".join(current))
    return [fold(unit) for unit in units]


# Where a list's next item starts in running text: a semicolon, then a dash, a bullet or an
# item's number ("...; - specializētajā darbnīcā", "...; 2) braucieniem").
_NEXT_ITEM = re.compile(r";\s*(?:[-–•*]|\d{1,2}[.)])\s")


# A letter X standing alone between an option's words and its hours (or the line's end).
_HAND_X = re.compile(r"(?<=[^\W\d_]{2})\s+[xX×]\s+(?=\d{1,2}(?:[.,]\d)?\s*$|$)")


# A hand's digits OCR reads as letters at a row's end, where the hours are written: "/5" and
# "|5" for 15 (a one's single stroke), "Z" and "zz" for 2 and 22. Only a token of such signs
# alone at the line's end, after the row's words; read as a guess (`_HAND_DIGIT_CONFIDENCE`).
_HAND_DIGIT_TOKEN = re.compile(r"(?<=[^\W\d_]{3}\s)([zZ/|][\dzZ]|[zZ]{1,2})\s*$")
_HAND_DIGIT_SIGNS = str.maketrans({"z": "2", "Z": "2", "/": "1", "|": "1"})
_HAND_DIGIT_CONFIDENCE = 0.6


def _hand_digits(text: str) -> str:
    """A scanned row's text with a hand's hours read as letters put back as digits, and
    hours written one digit per box ("[2 [0]") joined into their number."""
    text = _BOXED_DIGITS.sub(lambda m: " " + "".join(re.findall(r"\d", m.group(0))), text)
    return _HAND_DIGIT_TOKEN.sub(lambda m: m.group(1).translate(_HAND_DIGIT_SIGNS), text)


# A row's end of letter boxes holding a digit each, their walls read as brackets and bars
# ("darbam [2 [0]", "brīvā laika pavadīšanai [ [2 |"): one or two digits with a wall beside.
_BOXED_DIGITS = re.compile(
    r"(?<=[^\W\d_]{3})\s+(?=[^\d]*[\[\]|])[\[\]|\s]*\d[\[\]|\s]*(?:\d[\[\]|\s]*)?$")


def _names_an_activity(spec: FieldSpec, folded: str) -> bool:
    return any(not _STREET.match(folded[m.start():])
               for phrases in spec.synonyms.values() for phrase in phrases
               for m in _stem(phrase).finditer(folded))


_YES_NO_MARKS = re.compile(rf"[{ON_GLYPHS}{OFF_GLYPHS}]\s*(?:jā|nē|ja|ne)?(?![\w])", re.IGNORECASE)


def _question_aside(spec: FieldSpec, text: str) -> bool:
    """Whether a line is a yes/no question (its only options "jā" and "nē") whose words
    name no activity: another question's answer boxes, not a row of the list."""
    options = marked_options(text)
    if options is None or not _yes_no_only(options) or not _CHECK_ANY.search(text):
        return False
    return not _names_an_activity(spec, fold(text))


def _yes_no_only(options: list[tuple[str, bool]]) -> bool:
    """Options that are only "jā" and "nē" (or "ir"/"nav"): a question's answer boxes."""
    firsts = [fold(text).split()[0] if text.split() else "" for text, _on in options]
    if len(firsts) >= 3 and firsts[0] not in ("ja", "ne", "ir", "nav"):
        firsts = firsts[1:]  # the question printed before its boxes
    return len(firsts) >= 2 and all(f in ("ja", "ne", "ir", "nav") for f in firsts)


# A column of a week's hours: "Stundas nedēļā", "h nedēļā", "st./ned.", "Stundu skaits nedēļā".
# OCR reads the slash of "h/ned." as "l" or "|" ("hlned.") on a scan.
_HOURS_COLUMN = re.compile(r"^(?:stundas|stundu skaits|h|st\.?)\s*(?:[/l|]\s*ned\b\.?|nedela\b)")
# A line ending in a week's hours: "Darbs aģentūrā ........ 10 st./ned.", or a form's row
# asking for them with the answer after it: "8. Darbs: stundas nedēļā | 20".
_WEEKLY_FIGURE = re.compile(
    r"\d(?:[.,]\d)?\s*(?:h|st\.?|stundas)\s*(?:[/l|]\s*ned\b\.?|nedela\b)\W*$"
    r"|(?:h|st\.?|stundas)\s*(?:[/l|]\s*ned\b\.?|nedela\b)\W*\d{1,2}(?:[.,]\d)?\s*$"
    # "Biedrība ... | sestdienās 2 h": the weekdays it recurs on, each day's hours after them.
    r"|\b(?:" + "|".join(WEEKDAYS) + r")as\b(?:\s*(?:,|un)\s*\w+)*\s+\d{1,2}(?:[.,]\d)?\s*"
    r"(?:h|st\.?|stundas)\W*$")


# A row of a list opening with its box: "☒ darbam 20", "[x] mācībām".
_BOXED_ROW = re.compile(rf"^\s*(?:[{ON_GLYPHS}{OFF_GLYPHS}]|\[\s*[xX✓ ]?\s*\])\s*[^\W\d_]")

# A weekday's column heading: cut short ("P", "Pk.", "Sv") or a weekday's name ("Pirmd.").
_DAY_HEAD = re.compile(r"(?:pk|sv|p|o|t|c|s)\.?|(?:" + "|".join(d[:4] for d in WEEKDAYS)
                       + r")[a-z]*\.?")
_PLAN_ROWS = 12  # a week plan's rows at most
_DAY_CELL = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?")


def _week_plan(lines: list[Any]) -> dict[int, str]:
    """A week plan's rows under a header of an activity column and five or more weekday
    columns ("Darbība | P | O | T | C | Pk | S | Sv"), each row "activity | hours a day..."
    read as the activity with its week's hours, the sum of its day cells ("mācības | 4 | 4 |
    4 | 4 | 3": 19 st. nedēļā). Rows run while each is a cell of words over day cells of
    numbers only; {line index: the row as read}."""
    for at, line in enumerate(lines):
        heads = line.segments[1:]
        days = [word for seg in heads for word in seg.words]
        if len(days) < 5 or not all(_DAY_HEAD.fullmatch(fold(word.text)) for word in days):
            continue
        first_day = heads[0].x0
        rows: dict[int, str] = {}
        for row in lines[at + 1:]:
            if not row.segments or not re.search(r"[^\W\d_]{3}", row.segments[0].text) \
                    or row.segments[0].x1 > first_day:
                break
            cells = row.segments[1:]
            if not all(_DAY_CELL.fullmatch(cell.text.strip()) for cell in cells):
                break
            total = sum(float(cell.text.strip().replace(",", ".")) for cell in cells)
            hours = f" {str(_number(total)).replace('.', ',')} st. nedēļā" if cells else ""
            rows[row.index] = f"{row.segments[0].text}{hours};"
        if rows:
            return rows
    return {}


def _answer_table(ctx: Context) -> tuple[int, int] | None:
    """A table whose header row prints "jā" and "nē" columns ("Asistenta pakalpojums | jā |
    nē | h nedēļā"), or a column of a week's hours beside a column of words ("Mērķis |
    Stundas nedēļā"), with no heading the vocabulary knows: its rows are the activities."""
    for line in ctx.lines:
        heads = [fold(seg.text).strip(" :") for seg in line.segments]
        if "ja" in heads and "ne" in heads:
            return (line.index + 1, len(ctx.lines))
        plan = _week_plan(ctx.lines[line.index:line.index + 1 + _PLAN_ROWS])
        if plan:
            return (line.index, max(plan) + 1)  # a week plan's header and its rows
        if len(heads) == 2 and _HOURS_COLUMN.match(heads[1]) and not re.search(r"\d", heads[0]):
            # Its rows run to the next table ("Jautājums | jā | nē") or question with boxes; a
            # row opening with its own box ("☒ | darbam | 20") is one of the table's.
            end = next((other.index for other in ctx.lines[line.index + 1:]
                        if (len(other.segments) > 2 or _CHECK_ANY.search(other.text))
                        and not _BOXED_ROW.match(other.text)),
                       len(ctx.lines))
            return (line.index + 1, end)
        if (len(heads) == 3 and _HOURS_COLUMN.match(heads[2])
                and not re.search(r"\d", heads[0] + heads[1]) and len(heads[1].split()) <= 2):
            # "Darbība | Atzīmēt | Stundas nedēļā": a column for the mark between the row's
            # name and its hours; each row prints its name, its mark and its hours in turn
            # ("darbs | ✓ | 20"). Its rows run to a line of more cells or one asking a question.
            end = next((other.index for other in ctx.lines[line.index + 1:]
                        if len(other.segments) > 3 or ":" in other.text or "?" in other.text),
                       len(ctx.lines))
            return (line.index + 1, end)
    return None


def _weekly_lines(ctx: Context, spec: FieldSpec) -> list[str] | None:
    """Lines naming an activity and ending in its week's hours ("Studijas koledžā ....
    24 st./ned."), under a heading the vocabulary does not know: each line is one activity."""
    # A two-language form prints each row's label with its translation under it: no part of it.
    units = [folded for line in ctx.lines
             if _WEEKLY_FIGURE.search(folded := fold(without_translated_rows(line)))
             and _names_an_activity(spec, folded)]
    return units or None


# Hours printed before the activity they are for, in a sentence: "30 stundas nedēļā
# nokļūšanai uz lekcijām", "2 stundas nedēļā brīvajam laikam" (at most two words between,
# not opening with "un": "16 h nedēļā un brīvajam laikam 2 h" are the activity's before it;
# "2 stundas nedēļā iepirkšanās un pastaigu laikam" are the walks').
_HOURS_BEFORE = re.compile(
    r"(?<![\d.,:])(\d{1,2}(?:[.,]\d)?)\s*(?:stund[a-z]*|h)\s+(?:ned[a-z]*\s+(?:laika\s+)?)?"
    r"(?!un\b|ka\b|ari\b|ned)(?:[a-z]+\s+){0,2}$"
)


# A week's hours in number words ("sešas stundas nedēļā", "divdesmit stundas nedēļā"): a
# letter's prose writes its counts so as often as in digits. Only a count of a week's hours:
# "pa trim stundām" and "četras stundas dienā" are the schedule parser's (a day's hours).
_COUNT_WORD = "|".join(sorted({*UNITS, *TEENS, *TENS, *HALF_WORDS}, key=len, reverse=True))
_WEEKLY_WORDS = re.compile(
    rf"(?<![a-z])((?:(?:{_COUNT_WORD})\s+){{0,2}}(?:{_COUNT_WORD}))(?=\s+stund[a-z]*\s+ned)")


def _weekly_words_as_digits(folded: str) -> str:
    """The text with a week's hours written in words put in digits, as if so printed."""
    def digits(match: re.Match[str]) -> str:
        value = values.hours_value(match.group(1) + " stundas")
        return match.group(0) if value is None else str(_number(value))
    return _WEEKLY_WORDS.sub(digits, folded)


# A file's name, an e-mail address or a web address: a name of its own, no word of the prose
# ("biedribas_izzina.pdf" in an e-mail's attachments names no association's activity).
_NAME_TOKEN = re.compile(
    r"[^\s<>()\[\],;]+@[^\s<>()\[\],;]+|(?:https?://|www\.)\S+"
    r"|[^\s<>()\[\],;]+\.(?:pdf|docx?|odt|rtf|xlsx?|ods|jpe?g|png|heic|tiff?|zip|edoc|asice)\b")


def _prose(ctx: Context) -> str:
    """The document's folded text with its names of files and addresses blanked (offsets
    kept): what a letter's sentences say, read for its request and activities."""
    return _NAME_TOKEN.sub(lambda m: " " * len(m.group(0)), fold(ctx.text))


def _request_sentence(ctx: Context, spec: FieldSpec) -> str | None:
    """The part of a letter that asks for the service ("... lūdzu piešķirt asistenta
    pakalpojumu manam dēlam ..., kurš mācās ... un apmeklē ..."), from its request on."""
    folded = _prose(ctx)
    starts = [m.start() for phrase in spec.prose_from if (m := _stem(phrase).search(folded))]
    if not starts:
        return None
    start = min(starts)
    # "Vēl trīs stundas nedēļā man vajadzīgs asistents", "darbā man palīdzība vajadzīga ...":
    # the words before the need in its own sentence say what it is for, or for how long.
    ends = [m.end() for m in _PROSE_SENTENCE_END.finditer(folded, 0, start)]
    opening = max(ends, default=0)
    head = folded[opening:start]
    if re.search(r"stund", head) or _names_an_activity(spec, head):
        start = opening
    # The request and what follows it up to the next topic (the benefit, the attachments, the
    # signature: the field's `stop` phrases): a letter may list the activities after it.
    rest = folded[start:]
    # A stop word in brackets is an aside ("sūtu pēc tēva pilnvaras (pielikumā)"), no new topic.
    stops = [m.start() for phrase in spec.stop for m in _stem(phrase).finditer(rest, 1)
             if not _in_brackets(rest, m.start())]
    return rest[: min(stops)] if stops else rest


def _in_brackets(text: str, at: int) -> bool:
    """Whether `at` stands inside an aside in brackets ("pēc tēva pilnvaras (pielikumā)."): a
    stop word there does not end the request, the list of activities may follow it."""
    before = text[max(0, at - 40):at]
    return "(" in before and ")" not in before[before.rfind("("):] and ")" in text[at:at + 40]


def _activities(ctx: Context, spec: FieldSpec) -> Found:
    """{kind, hours_per_week} for each activity the document names (ticked, when ticked)."""
    units = _activity_units(ctx, spec)
    if units is not None and ctx.span(spec) is not None \
            and not any(_names_an_activity(spec, unit) for unit in units):
        # The section found is a form's last row ("Citas aktivitātes (norādīt)") left empty:
        # the rows above it, each an activity with its week's hours, are the answers.
        units = _weekly_lines(ctx, spec) or units
    if units is None:
        return Found([], GUESS_CONFIDENCE, "list")
    notes = _footnotes(ctx)
    if notes:
        units = [_with_footnotes(unit, notes) for unit in units]
    from_prose = ctx.span(spec) is None and _request_sentence(ctx, spec) is not None
    if from_prose:
        units = [_weekly_words_as_digits(unit) for unit in units]
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    computed = False
    slipped = False
    # Words OCR doubted (a hand's): only those may be a kind's name slipped.
    doubted = {fold(word.text).strip(",.;:") for line in ctx.lines for word in line.words
               if word.confidence < _DOUBTED}
    for folded in units:
        if ctx.document.text_source == "ocr":
            mended = _two_word_slips(spec, folded, doubted)
            slipped = slipped or mended != folded
            folded = mended
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
            # A list's next item ("...; - specializētajā darbnīcā ...") is another activity
            # even when of the same kind: two places a week, each with its own hours.
            own_item = bool(runs) and start >= runs[-1][1] and bool(
                _NEXT_ITEM.search(folded[runs[-1][1]:start]))
            if runs and (start < runs[-1][1] or (runs[-1][2] == kind and not own_item)
                         or joined):
                runs[-1][1] = max(runs[-1][1], stop_at)
                continue
            runs.append([start, stop_at, kind, stop_at, own_item])
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
        for i, (start, _stop, kind, first_end, own_item) in enumerate(runs):
            window_end = runs[i + 1][0] if i + 1 < len(runs) else len(folded)
            window = _HOUSE_NUMBER.sub(" ", _DATEISH.sub(" ", claimed[first_end:window_end]))
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
            if kind in seen and own_item and hours is not None and all(
                    item["hours_per_week"] is not None for item in items if item["kind"] == kind):
                items.append({"kind": kind, "hours_per_week": hours})
                continue
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
    if slipped or (ctx.document.text_source == "ocr" and any(
            _HAND_DIGIT_TOKEN.search(line.text) for line in ctx.lines)):
        # Hours put back from signs OCR read for a hand's digits: a guess a person checks.
        confidence = min(confidence, _HAND_DIGIT_CONFIDENCE)
    span = ctx.span(spec) or (0, len(ctx.lines))
    return Found(items, confidence * _lines_doubt(ctx.lines[span[0] : span[1]]), "list")


_WORD = re.compile(r"[a-z]+")


_DOUBTED = 0.8  # a word read below this may be a hand's (handwriting.HAND_BELOW)


def _two_word_slips(spec: FieldSpec, folded: str, doubted: set[str]) -> str:
    """A scan's text with two words a hand wrote for a kind's two-word name ("vienas centes"
    for "dienas centrs"), each one slip from its word of the name (its stem as printed, an
    ending after it) and both read doubtfully, put back as the name when no other name is so
    near: a single word one slip from a short stem is too often another word, two in a row
    are not; print read surely is as printed ("pašvaldības iestāde" stays)."""
    names = {tuple(_WORD.findall(fold(phrase))) for phrases in spec.synonyms.values()
             for phrase in phrases}
    names = {name for name in names if len(name) == 2 and min(map(len, name)) >= 4}
    words = list(_WORD.finditer(folded))
    for first, second in reversed(list(pairwise(words))):
        pair = (first.group(0), second.group(0))
        if folded[first.end():second.start()] != " " or min(map(len, pair)) < 4 \
                or not set(pair) <= doubted:
            continue
        if any(_stem(phrase).match(folded, first.start()) or _stem(phrase).match(
                folded, second.start()) for phrases in spec.synonyms.values()
               for phrase in phrases):
            continue  # a kind's name as printed ("pašvaldības iestāde") is no slip
        found: dict[tuple[str, ...], tuple[str, str]] = {}
        for name in names:
            one, two = (_slipped_head(word, stem) for word, stem in zip(pair, name, strict=True))
            if one is not None and two is not None:
                found[name] = (one, two)
        if len(found) == 1:  # one name so near, or none
            (name, (one, two)), = found.items()
            folded = (folded[:first.start()] + name[0] + pair[0][len(one):] + " "
                      + name[1] + pair[1][len(two):] + folded[second.end():])
    return folded


_ENDING = 3  # letters a word may run on past its stem: a case's ending


def _slipped_head(word: str, stem: str) -> str | None:
    """The start of `word` one hand slip from `stem`, with at most an ending after it."""
    from .hand_restore import hand_distance

    for cut in range(len(stem) - 1, len(stem) + 2):
        if cut <= len(word) and len(word) - cut <= _ENDING \
                and hand_distance(word[:cut], stem) <= 1:
            return word[:cut]
    return None


# A footnote: a line opening with its marker ("¹ Mācību laiks ...", folded "1 macibu ..."),
# the marker glued to a word above it ("pamatskolā¹"). Its words belong where the marker
# stands: in a stream of text the marker reads as hours ("pamatskola1": education, 1 h).
_FOOTNOTE = re.compile(r"^([1-9])\s+([a-z].{8,})$")


def _footnotes(ctx: Context) -> list[tuple[str, str, str]]:
    """(marker, the footnote's folded line, its words) of each footnote whose marker stands
    glued to a word on a line above it."""
    found: list[tuple[str, str, str]] = []
    for line in ctx.lines:
        folded = fold(line.text).strip()
        note = _FOOTNOTE.match(folded)
        if note is None or any(marker == note.group(1) for marker, _line, _words in found):
            continue
        above = " ".join(fold(other.text) for other in ctx.lines[: line.index])
        if re.search(r"[a-z]{3}" + note.group(1) + r"(?![\w])", above):
            found.append((note.group(1), folded, note.group(2).rstrip(" .")))
    return found


def _with_footnotes(unit: str, notes: list[tuple[str, str, str]]) -> str:
    """`unit` with each footnote's words put where its marker stands, and the footnote's own
    line taken out (it is no activity of its own)."""
    for marker, line, words in notes:
        unit = unit.replace(line, " ")
        glued = re.search(r"(?<=[a-z]{3})" + marker + r"(?![\w])", unit)
        if glued is not None:
            unit = f"{unit[:glued.start()]} ({words}){unit[glued.end():]}"
    return unit


_STREET = re.compile(r"^\w*\s+(iela|iel|gatve|prospekt|bulvar|laukum|cel)", re.IGNORECASE)
# A house's number after its street ("Lapu iela 2", "Rīgas ielā 14-3"): a place, never hours.
_HOUSE_NUMBER = re.compile(
    r"(?<![a-z])(?:iel[aā]|iel\.|gatv[eē]|prospekt[sā]|bulvar[iī]s|laukum[sā]|cel[sš])\s+"
    r"\d{1,3}[a-z]?(?:\s*[-/]\s*\d{1,3})?(?![\d.:])")
_QUOTED_AFTER = re.compile(r"\w*\s*[„\"“«]")
# The words from an activity up to a hit inside the brackets opened right after it (the
# activity's noun may stand between: "brīvā laika pavadīšana (biedrībā)").
# ... the activity's translation after a slash between them ("brīvais laiks / leisure (sporta
# klubs)": a bilingual form's row).
_ASIDE_OPEN = re.compile(r"\w*\s*(?:/\s*\w+(?:\s+\w+)?\s*)?(?:\w+\s*)?\([^()\d]{0,40}")


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


# A full stop ends a sentence, not the one of "plkst. 9" or "2 st. 30 min." before a number,
# nor a day or an initial cut short ("P, T, Pk. pa 4 st.", "J. Ozols");
# after a number only when it closes a span of clock time ("... līdz 13. Reizi nedēļā"); after
# an aside's closing bracket ("(autobusā, pa veikalu). Vēl ..."). A
# semicolon ends a list's item ("... darba dienās; ārsta apmeklējumi – 1,5 h dienā, ...").
_PROSE_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z])(?<!\bst)(?<!\bned)(?<!\bplkst)(?<!\bpk)(?<!\bsv)(?<!\b[a-z])"
    r"|(?<=[a-z]\))|(?<=\d:\d\d)|(?<=lidz \d)|(?<=lidz \d\d))"
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


# A phone number written in groups ("tālrunis 27 111 222", "+371 29 551 042"): eight digits
# that call someone, never a count of hours.
_PHONE = re.compile(r"(?<![\d.,:/-])(?:\+?371[\s-]*)?[2-9]\d(?:[\s-]?\d){6}(?![\d:/-]|[.,]\d)")


# A spreadsheet's number with its decimals printed ("25,00", "2,50", "4,0"): its trailing
# zeros say nothing ("25", "2,5", "4").
_SHEET_DECIMALS = re.compile(r"(?<![\d.,:/-])(\d{1,3}),(\d)(\d)?(?![\d.,:/-])")


def _without_trailing_zeros(window: str) -> str:
    def short(match: re.Match[str]) -> str:
        decimals = (match.group(2) + (match.group(3) or "")).rstrip("0")
        return match.group(1) + ("," + decimals if decimals else "")
    return _SHEET_DECIMALS.sub(short, window)


def _hours_in(window: str, *, unit_only: bool = False,
              head: str = "") -> int | float | _Computed | None:
    window = _without_trailing_zeros(window)
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
    minutes = _MINUTES_NEAR.search(window[:80])
    if match is None and unit is None and minutes is not None:
        return _number(round(int(minutes.group(1)) / 60, 2))  # "90 min nedēļā": 1.5 h
    if match is None and unit:
        # "divdesmit stundas nedēļā": number words are the forms parser's business.
        worded = values.hours_value(window[: unit.end()])
        if worded is not None:
            return _number(worded)
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    if unit_only:
        return None
    # "no plkst. 16 līdz 18": clock times are no count of hours; "Stundas nedēļā (1) | 15":
    # a number in brackets with another figure after it is its row's index.
    window = _ROW_INDEX.sub(" ", _ON_A_LEADER.sub(r" \1 ", window))
    match = _BARE_NUMBER.search(_PHONE.sub(" ", TIME_RANGE.sub(" ", whole_hour_clocks(window))))
    if match:
        return _number(float(match.group(1).replace(",", ".")))
    return None
