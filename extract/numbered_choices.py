"""Options printed once as a numbered key, chosen by marking their numbers on a line below.

A form may print its options as a key ("1 - redze; 2 - pārvietošanās; 3 - psihiskās
funkcijas") and, on the line that asks, only their numbers to ring ("Ierobežojumi: 1 2 3 4").
Read as text, the key names every option and all of them were taken for the answer. The
number a pen ringed comes out of OCR in brackets ("(3)", its figure maybe misread: it is known
by its place) or after a mark glyph (a ring found in the pixels, extract/rings.py; a form's own
"☒ 1 ☐ 2 3 4", where a box printed empty, or none, is no mark), the others bare: each option
of the key then stands after "☒" or "☐" as a checklist reads, and the numbers go. A mark told
only by brackets round a figure is a guess: the options' words keep a guess's confidence
(below review's bar). When the line of numbers marks none of them or all (the ring lost, or
none drawn), the key is no answer: its words are doubted so that what is read from them stays
unsure.

marks._numbered_options reads a like legend later, on purpose apart: it runs inside
marks.answer_columns (reading_context), after a lone "X" or tick has become a box glyph, so it sees
marks this pass, run before the paper is classified, cannot; it takes a legend of two options and
an answer row with no label, one mark exactly, and keeps the words' confidence. One pass at
either stage would read other papers' options (or classify with marks not yet made).
"""

from __future__ import annotations

import re

from .document import Word
from .layout import Line, Segment
from .marks import EMPTY, MARK_ANY, MARK_ON, MARKED

# A key's number: a figure with a dash, an equals sign or a bracket after it ("1 -", "2)").
_NUMBER = re.compile(r"^[;,.]?\s*(\d)\s*[-–=)]?$")
_DASH = re.compile(r"^[-–=]$")
# A number on the asking line: bare, or ringed as OCR reads it ("(3)", "[3]", "©3").
_BARE = re.compile(r"^(\d)[.,;]?$")
_BRACKETED = re.compile(r"^[(\[{]\s*\w\s*[)\]}]$")
_CHOSEN_CONFIDENCE = 0.8
_UNREAD_CONFIDENCE = 0.5
# Lines below the key the asking line may stand.
_REACH = 2


def _key(line: Line) -> dict[int, list[Word]] | None:
    """The options of a numbered key by number (three or more, numbered 1, 2, 3 ... in turn),
    each with its words (the number and its dash not among them); None for any other line."""
    options: dict[int, list[Word]] = {}
    current: int | None = None
    words = line.words
    i = 0
    while i < len(words):
        match = _NUMBER.match(words[i].text.strip())
        after = words[i + 1].text.strip() if i + 1 < len(words) else ""
        if match and (_DASH.match(after) or words[i].text.strip()[-1:] in "-–=)"):
            number = int(match.group(1))
            if number != len(options) + 1:
                return None
            current = number
            options[number] = []
            i += 2 if _DASH.match(after) else 1
            continue
        if current is None:
            return None  # a key opens with its first number
        if re.search(r"[^\W\d_]", words[i].text):
            options[current].append(words[i])
        i += 1
    if len(options) < 3 or not all(options.values()):
        return None
    return options


def _asked(line: Line, count: int) -> dict[int, bool] | None:
    """The numbers of an asking line ("Ierobežojumi: 1 2 (3) 4") by whether each is marked:
    as many numbers as the key has after the line's label, and nothing else, each bare one
    the number of its place. A ringed one is known by its place: OCR may misread the figure
    inside its ring ("(2)" for a ringed 4)."""
    words = line.words
    start = next((i + 1 for i, w in enumerate(words) if w.text.rstrip().endswith(":")), 0)
    tail = words[start:]
    if start == 0 or not tail:
        return None
    marked: dict[int, bool] = {}
    pending = False
    for word in tail:
        text = word.text.strip()
        if MARK_ANY.fullmatch(text):
            pending = MARK_ON.fullmatch(text) is not None  # "☐ 2": a box left empty
            continue
        place = len(marked) + 1
        bare = _BARE.match(text)
        if _BRACKETED.match(text):
            marked[place] = True
        elif bare and int(bare.group(1)) == place:
            marked[place] = pending
        else:
            return None
        pending = False
    if len(marked) != count:
        return None
    return marked


def _rebuilt(line: Line, words: list[Word]) -> Line:
    """The line with new words, cut where its segments were cut: a word joins the first
    segment that does not end before it (a mark before an option joins the option's)."""
    ends = [max(w.x1 for w in segment.words) for segment in line.segments] or [line.words[-1].x1]
    groups: list[list[Word]] = [[] for _ in ends]
    for word in words:
        at = next((i for i, end in enumerate(ends) if word.x0 < end), len(ends) - 1)
        groups[at].append(word)
    cells = [segment.cell for segment in line.segments] or [None]
    segments = [Segment(group, cell) for group, cell in zip(groups, cells, strict=True) if group]
    return Line(line.page, list(words), segments, line.index)


def _doubted(word: Word, confidence: float) -> Word:
    return Word(word.text, word.x0, word.top, word.x1, word.bottom, word.page,
                min(word.confidence, confidence))


def with_numbered_choices(lines: list[Line]) -> list[Line]:
    """The lines with a numbered key's options marked by the numbers below it (see the
    module's docstring)."""
    result = list(lines)
    for at, line in enumerate(lines):
        options = _key(line)
        if options is None:
            continue
        for below in range(at + 1, min(len(lines), at + 1 + _REACH)):
            if lines[below].page != line.page:
                break
            marked = _asked(lines[below], len(options))
            if marked is None:
                continue
            chosen = any(marked.values()) and not all(marked.values())
            # Marks printed as glyphs ("☒ 1 ☐ 2") are as sure as any box; brackets a guess.
            guessed = any(_BRACKETED.match(w.text.strip()) for w in lines[below].words)
            sure = _CHOSEN_CONFIDENCE if guessed else 1.0
            words: list[Word] = []
            for number, option in options.items():
                if chosen:
                    first = option[0]
                    height = first.bottom - first.top
                    words.append(Word(MARKED if marked[number] else EMPTY,
                                      first.x0 - 1.2 * height, first.top,
                                      first.x0 - 0.4 * height, first.bottom, first.page,
                                      sure))
                words.extend(_doubted(w, sure if chosen else _UNREAD_CONFIDENCE)
                             for w in option)
            result[at] = _rebuilt(line, words)
            asking = lines[below]
            label = [w for w in asking.words
                     if not (_BARE.match(w.text.strip()) or _BRACKETED.match(w.text.strip())
                             or MARK_ANY.fullmatch(w.text.strip()))]
            if label:
                result[below] = _rebuilt(asking, label)
            break
    return result


__all__ = ["with_numbered_choices"]
