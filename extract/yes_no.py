"""Yes/no answers: a "jā"/"nē" value, a marked box, a tick in a column, a stated sentence.

A yes/no field is answered in many ways: printed after its question, by the one marked
option of "☐ jā ☒ nē" (OCR's "D Jā Hi Nē" included), by a tick under a "Jā" column, or by
a sentence that affirms or denies the statement ("nav nepieciešams"). Boxes printed with
none marked are no answer. Kept apart because both value parsing (a `bool` value) and the
field engine's phrase readers use these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .evidence import Found, _lines_doubt, _ocr_factor
from .label_rows import after_label_colon, close_before_rows
from .layout import CAPTION, Line, fold
from .marks import MARK_ANY, MARK_ON, OFF_GLYPHS, ON_GLYPHS, marked_options
from .phrase_patterns import _stem
from .vocabulary import FieldSpec

if TYPE_CHECKING:  # the document's context is built from sections that parse yes/no values
    from .reading_context import Context

_CHECK_ON = MARK_ON
_CHECK_ANY = MARK_ANY


_YES = re.compile(r"^\W*(ja|ir|x|sanemu|sanem|nepieciesams|nepieciesama|vajag)\b")
_NO = re.compile(r"^\W*(ne|nav|nesanemu|nesanem|nevajag)\b")


def _bool(spec: FieldSpec, raw: str) -> bool | None:
    """A yes/no answer printed as a value ("jā", "nē", "saņemu", "nav nepieciešams"); with
    both options printed, the marked one ("☐ jā ☒ nē"), and no answer when none is marked."""
    options = marked_options(raw)
    if options is not None:
        return _marked_answer(options)
    folded = fold(raw)
    boxed = _ocr_boxed_options(folded)
    if boxed is not None:
        return boxed
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


def _ocr_boxes(find: Callable[[str], re.Match[str] | None], text: str) -> tuple[str, str] | None:
    """What OCR read for the yes box and the no box, where `find` finds them; None where the
    text holds real box characters (the marked-answer rule reads those) or no such pair."""
    if _CHECK_ANY.search(text):
        return None
    match = find(text)
    return (match.group(1), match.group(2)) if match else None


def _ocr_yes_no(text: str) -> bool | None:
    """"☐ Jā ☒ Nē" as OCR reads it ("D Jā Hi Nē"): the box that is not empty is ticked."""
    boxes = _ocr_boxes(_OCR_YES_NO.search, text)
    if boxes is None:
        return None
    yes_box, no_box = boxes
    yes_empty, no_empty = yes_box in _EMPTY_BOX, no_box in _EMPTY_BOX
    if yes_empty != no_empty:
        return not yes_empty
    if len(yes_box) != len(no_box):
        return len(yes_box) > len(no_box)
    return None


# "☒ nepieciešams ☐ nav nepieciešams" as OCR reads the boxes before the options: "8!
# nepieciešams O nav", the crossed box a glyph or two of ink, the empty one a letter's ring.
_OCR_BOXED_OPTIONS = re.compile(
    r"^\W*?(\S{1,3})\s+(?:ja|ir|nepieciesams|nepieciesama|vajadzigs|vajadziga)\s+(\S{1,3})"
    r"\s+(?:ne|nav)(?![a-z])")


def _ocr_boxed_options(folded: str) -> bool | None:
    """The answer of a yes and a no option each after its box as OCR reads them: the box
    that is not empty is the one crossed. The crossed box's reading is no word of letters
    ("ir nepieciešams un nav ..." is a sentence, not boxes)."""
    boxes = _ocr_boxes(_OCR_BOXED_OPTIONS.match, folded)
    if boxes is None:
        return None
    yes_box, no_box = boxes
    yes_empty, no_empty = yes_box in _EMPTY_BOX, no_box in _EMPTY_BOX
    if yes_empty == no_empty:
        return None
    crossed = no_box if yes_empty else yes_box
    if crossed.isalpha() and len(crossed) >= 2 and crossed.islower():
        return None
    return not yes_empty


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


def _marks_before_options(stated: str) -> bool:
    """Whether a question's options are printed each after its box and the line ends with a
    box: the first box right after the question's colon or mark, the last closing the line."""
    first = re.search(_CHECK_ANY.pattern, stated)
    if first is None or not _ends_with_mark(stated):
        return False
    before = stated[: first.start()].rstrip()
    return before.endswith((":", "?")) and len(re.findall(_CHECK_ANY.pattern, stated)) >= 2


# How far (points) a cell under a heading may start from where its heading starts.
_UNDER_HEADING = 3.0


def _headings_over_cells(line: Line, below: Line | None) -> bool:
    """Two headings without figures over a row of as many cells, each starting where its
    heading does ("Asistenta pakalpojums | Pavadoņa pakalpojums" over "nepieciešams | nav
    nepieciešams": a two-column form's row, each column's answer under its own heading)."""
    if below is None or below.page != line.page or len(line.segments) != 2:
        return False
    if re.search(r"\d", line.text) or len(below.segments) != len(line.segments):
        return False
    return all(abs(a.x0 - b.x0) <= _UNDER_HEADING
               for a, b in zip(line.segments, below.segments, strict=True))


def _cell_answer(spec: FieldSpec, lines: list[Line]) -> Found | None:
    """A question that is a table's whole cell (`asked_in_cell`): in a row of a label and its
    value ("Asistents | jā") the next cell answers; in a heading row of three or more headings
    without figures ("Klients | ... | Pabalsts | Datums") the cell under it."""
    asked = {fold(phrase) for phrase in spec.asked_in_cell}
    if not asked:
        return None
    for i, line in enumerate(lines):
        for at, segment in enumerate(line.segments):
            if fold(segment.text).strip(" :") not in asked:
                continue
            heading = len(line.segments) >= 3 and not re.search(r"\d", line.text)
            if not heading and at == 0 and len(line.segments) >= 2:
                answer = _bool(spec, line.segments[1].text)
                if answer is not None:
                    return Found(answer, 0.9 * _lines_doubt([line]), "asked", line.words)
            below = lines[i + 1] if i + 1 < len(lines) else None
            # A row that answers in its next cell ("Asistents | jā") was read above; two
            # headings over a row of answers are read as a heading row's.
            heading = heading or _headings_over_cells(line, below)
            if not heading or below is None or below.page != line.page:
                continue
            under = [seg for seg in below.segments
                     if seg.x0 < segment.x1 and seg.x1 > segment.x0]
            if len(under) == 1:
                answer = _bool(spec, under[0].text)
                if answer is not None:
                    return Found(answer, 0.9 * _lines_doubt([below]), "asked", under[0].words)
    return None


def _bool_answer(spec: FieldSpec, lines: list[Line]) -> Found | None:
    """A question printed as a heading ("Asistenta pakalpojuma nepieciešamība | ir"): the
    answer after it on its line ("jā", "ir", "nav", "X"), or on the next line when the
    question ends its line; nothing (a dash, a blank) is no answer."""
    in_cell = _cell_answer(spec, lines)
    if in_cell is not None:
        return in_cell
    for i, line in enumerate(lines):
        captioned = _answer_over_caption(spec, lines, i)
        if captioned is not None:
            return captioned
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
            if _RELATIVE_CLAUSE.search(folded[:start]):
                # "Citu ierobežojumi, kas ietekmē asistenta nepieciešamību, nav konstatēti":
                # the question's words inside a relative clause name what the clause is
                # about; the "nav" after it is the main clause's, no answer.
                continue
            last = max(m.end() for word in phrase.split()
                       if (m := _stem(word).search(folded, start)) is not None)
            tail = re.sub(r"^[a-z]*", "", folded[last:]).strip(" :.-–")
            if "?" in tail:
                # "Vai saņemat valsts pabalstu par asistenta izmantošanu?" / "Nē": the
                # question runs on to its mark, the answer is after it.
                tail = tail.rsplit("?", 1)[1].strip(" :.-–")
            if _OPTIONS_ONLY.fullmatch(tail):
                # "... izmantošanai? (Jā / Nē)": the options the question prints, no answer;
                # the answer is written under it.
                tail = ""
            below = lines[i + 1] if i + 1 < len(lines) else None
            if not tail and below is not None and below.page == line.page \
                    and _answer_alone(below):
                tail = fold(below.text)
                slipped = _hand_slipped_answer(below)
                if _bool(spec, tail) is None and slipped is not None:
                    return Found(slipped, HAND_SLIP_ANSWER, "asked", below.words)
            answer = None
            if ":" in tail:
                # "Asistenta pabalstu saņemu / I receive ...: Nē / No": the question's own
                # verb (and its translation) before the colon is no answer; after it is.
                answer = _bool(spec, after_label_colon(tail))
            if answer is None:
                answer = _bool(spec, tail)
            if answer is None:
                answer = _bool(spec, after_label_colon(tail))
            if answer is not None:
                return Found(answer, 0.9 * _lines_doubt([line]), "asked", line.words)
    return None


def _answer_over_caption(spec: FieldSpec, lines: list[Line], at: int) -> Found | None:
    """A question printed as a caption in brackets under the line its answer is written on
    ("nepieciešams" over "(asistenta pakalpojums pašvaldībā)", a form drawn freely, each
    blank's caption under it): the one cell of the line above standing over the caption
    answers it. A caption names the value over it, never the line below (that is the next
    blank's value, or a signature)."""
    line = lines[at]
    if at < 1:
        return None
    above = lines[at - 1]
    if above.page != line.page or line.top - above.bottom > 2 * max(above.height, line.height):
        return None
    for segment in line.segments:
        if not CAPTION.fullmatch(segment.folded) or not any(
                _has_all(segment.folded, phrase) for phrase in spec.asked_by):
            continue
        over = [seg for seg in above.segments if re.search(r"[^\W_]", seg.text)
                and seg.x0 < segment.x1 and seg.x1 > segment.x0]
        if len(over) != 1 or CAPTION.fullmatch(over[0].folded) \
                or over[0].text.rstrip().endswith(":"):
            return None  # the blank left empty (the caption row above), or a label
        answer = _bool(spec, over[0].text)
        if answer is not None:
            return Found(answer, 0.9 * _lines_doubt([above]), "asked", over[0].words)
    return None


# A question's printed options and nothing else: "(jā / nē)", "jā/nē".
_OPTIONS_ONLY = re.compile(r"\(?\s*(?:ja|ne)\s*[/|,]\s*(?:ja|ne)\s*\)?\.?")
# A hand's lone answer read one slip from "jā" or "nē" ("Nc"): which it is, a person checks.
HAND_SLIP_ANSWER = 0.6


def _hand_slipped_answer(line: Line) -> bool | None:
    """The answer a lone word Tesseract doubted under a question stands for, when it is one
    slip from one of "jā" and "nē" and two from the other."""
    from .hand_restore import hand_distance

    if len(line.words) != 1 or line.words[0].confidence >= 0.9:
        return None
    word = fold(line.words[0].text).strip(" .,")
    if not 2 <= len(word) <= 3 or not word.isalpha():
        return None
    near = {answer: hand_distance(word, written) for answer, written in ((True, "ja"),
                                                                        (False, "ne"))}
    close = [answer for answer, edits in near.items() if edits <= 1]
    if len(close) == 1 and near[not close[0]] >= 2:
        return close[0]
    return None


# A relative clause still open where a question's words start: ", kas ...", ", kuri ...".
_RELATIVE_CLAUSE = re.compile(r",\s*(?:kas|kur(?:[sš]|i|a|as|ai|am|iem|ām|u)?)\s[^,.;:]*$")


def _answer_alone(line: Line) -> bool:
    """A line that can be the answer to the question ending the line above: a few words, no
    label of its own ("Īpaša kopšana: nav nepieciešama" is the next row, not an answer)."""
    return ":" not in line.text and len(line.words) <= MAX_ANSWER_WORDS


MAX_ANSWER_WORDS = 4


# The pairs a form prints for an answer, folded: "jā / nē", "ir / nav".
_ANSWER_PAIRS = (("ja", "ne"), ("ir", "nav"))
# A pen's ring lost the word it circled with its mark: the answer is a guess a person confirms.
RING_LOST_ANSWER = 0.6


def ring_lost_answer(spec: FieldSpec, lines: list[Line], page: list[Line]) -> Found | None:
    """A scanned form's question whose pair of printed options OCR read as one word after a
    gap ("Asistenta pakalpojums nepieciešams: | nē"), while the form prints the pair whole on
    other lines ("Īpaša kopšana nepieciešama: jā ☒ nē"): the pen's ring around the other option
    took that word with it, so the lost option is the answer."""
    phrases = spec.asked_by + spec.true_phrases
    pairs_printed = {pair for line in page for pair in _ANSWER_PAIRS
                     if ":" in line.text and _pair_after_colon(fold(line.text), pair)}
    for line in lines:
        folded = fold(line.text)
        if ":" not in folded or len(line.segments) < 2 or MARK_ANY.search(line.text):
            continue
        question, tail = folded.rsplit(":", 1)
        if not any(_has_all(question, p) for p in phrases):
            continue
        alone = tail.replace("|", " ").split()
        last = fold(line.segments[-1].text).split()
        for yes, no in pairs_printed:
            if len(alone) == 1 and alone[0] in (yes, no) and last == alone:
                return Found(alone[0] == no, RING_LOST_ANSWER, "asked", line.words)
    return None


def _pair_after_colon(folded: str, pair: tuple[str, str]) -> bool:
    words = re.findall(r"[a-z]+", folded.rsplit(":", 1)[1])
    return pair[0] in words and pair[1] in words


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
        told = _marked_statement(spec, folded)
        if told is not None:
            return told
        stated = folded[_phrase_start(folded, spec.true_phrases):]
        if below and _CHECK_ANY.search(below) and len(below) < 40 and (
            stated.rstrip().endswith(("?", ":")) or _ends_with_mark(stated)
        ):
            # The options wrap onto the next line ("...? ☒" / "jā ☐ nē").
            stated = f"{stated} {below}"
        elif below and len(below) < 40 and ":" not in below and _marks_before_options(stated):
            # "...: ☐ saņem ☒" / "nesaņem": boxes printed before their options, the last box
            # at the line's end and its option wrapped onto the next line.
            stated = f"{stated} {below}"
        options = marked_options(stated)
        if options is None:
            continue
        answer = _marked_answer(options)
        return _UNANSWERED if answer is None else answer
    return None


def _marked_statement(spec: FieldSpec, folded: str) -> bool | None:
    """A line of whole statements, each after its own box, one marked ("☒ Personai
    nepieciešams asistents ☐ Nepieciešama īpaša kopšana"): the one statement that says this
    field is its answer, yes when its box is marked, no when another's is."""
    if not _CHECK_ANY.match(folded.strip()):
        return None
    options = marked_options(folded)
    if not options or len(options) < 2 or sum(on for _, on in options) != 1 \
            or any(len(text.split()) < 2 for text, _ in options):
        return None
    saying = [on for text, on in options
              if any(_has_all(text, phrase) for phrase in spec.true_phrases)]
    return saying[0] if len(saying) == 1 else None


# A numbered paragraph ("3. Funkcionālie traucējumi: ...", OCR's "4, Vai ...") opens a
# statement of its own even when the one above ends without a full stop. Its text starts with
# a capital: a date's day wrapped to the start of a line ("26. augustā") goes on a sentence.
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,2}[.,)]\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]")


def opens_paragraph(line: Line) -> bool:
    return _NUMBERED_PARAGRAPH.match(line.text) is not None


def _statement_text(lines: list[Line]) -> str:
    """The lines as prose, each row of a form or table ("Label | value") a sentence of its
    own: a "nav" in the next row does not deny this one; so is each numbered paragraph."""
    parts: list[str] = []
    for line in lines:
        if parts and opens_paragraph(line) and not re.search(r"[.;!?:]$", parts[-1]):
            parts[-1] += "."
        # Cell by cell: a row of cells holding wrapped paragraphs ("Persona ... | Komisijas
        # lēmums ...") interleaves its words by position; each cell reads in its own order.
        text = (" ".join(seg.text for seg in line.segments) if line.segments else line.text
                ).rstrip()
        if len(line.segments) >= 2 and not re.search(r"[.;!?:]$", text):
            text += "."
        parts.append(text)
    return " ".join(close_before_rows(parts))


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
        start = _phrase_start(sentence, spec.true_phrases)
        stated = sentence[start:]
        # A statement that is itself a list's item, its box (or a screen's switch) right
        # before it, at most its verb between ("☐ Saņemu ... pabalstu"): the box answers it.
        # Not an option's box ("☐ saņem ☒ nesaņem pabalstu": the verb is the option), nor one
        # of a list ending before the statement ("☐ augšējo ekstremitāšu Nepieciešams ...").
        before = re.search(rf"([{ON_GLYPHS}{OFF_GLYPHS}])(?:\s+(?!ne)[^\s{ON_GLYPHS}{OFF_GLYPHS}]+)"
                           rf"?\s*$", sentence[:start])
        if before is not None and not MARK_ANY.search(stated):
            return before.group(1) in ON_GLYPHS
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
