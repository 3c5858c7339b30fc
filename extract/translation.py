"""A sworn translation: the translated paper, without the translator's words around it.

A translation of a foreign school's certificate opens with its own heading ("Tulkojums no
lietuviešu valodas") above the original's letterhead, describes the original's marks in square
brackets ("[Ģerbonis]", "[Zīmogs: ...]") and closes with the translator's certification
("TULKOTĀJA APLIECINĀJUMS / Es, zvērināta tulkotāja ..., apliecinu ... Rīgā, 2025. gada 9.
septembrī"). Read as the paper's, the heading became the issuer and the certification's date
the paper's date; the paper's own date is the original's. The heading line, the bracketed
notes and everything from the certification on are left out of the reading; the words are
data (`translation.yaml`). A paper with neither a heading nor a certification is read whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from .document import Word
from .layout import Line, Segment, fold, renumbered
from .other_language import cyrillic_as_read
from .vocabulary import reader_data

# The lines a translation's heading may stand on: above the letterhead, at the top.
_HEADING_LINES = 3


def _vocabulary() -> dict[str, Any]:
    return reader_data("translation.yaml")


def _heading(lines: list[Line]) -> int | None:
    pattern = re.compile(_vocabulary()["heading"])
    for line in lines[:_HEADING_LINES]:
        if line.page == lines[0].page and pattern.match(fold(line.text).strip()):
            return line.index
    return None


def _original_before(lines: list[Line]) -> int:
    """Where the translation starts when the foreign original is stapled before it: the first
    line of a later page that opens with the translation's heading, when the pages before it
    are Cyrillic print (`_ORIGINAL_SHARE`). 0 when the paper opens with itself."""
    pattern = re.compile(_vocabulary()["heading"])
    for at, line in enumerate(lines):
        if line.page == lines[0].page:
            continue
        page_top = [x for x in lines[at:at + _HEADING_LINES] if x.page == line.page]
        if not any(pattern.match(fold(x.text).strip()) for x in page_top):
            return 0
        words = [w for x in lines[:at] for w in x.text.split() if len(w) >= 3]
        foreign = sum(cyrillic_as_read(w) for w in words)
        return at if words and foreign >= _ORIGINAL_SHARE * len(words) else 0
    return 0


# A Latin OCR reads Cyrillic print partly as look-alikes no Latvian word is written with
# ("naBuaeTBCa") and partly as plausible Latin letters ("Ykpaina"): a page with this share of
# its words so read is Cyrillic print (a Latvian page has next to none).
_ORIGINAL_SHARE = 0.25


def _certification(lines: list[Line], translated: bool = False) -> int | None:
    """Where the translator's certification opens; `translated` when the paper is known to be
    a translation (its heading found), so that a line opening with the translator's role is
    the translator's too."""
    words = _vocabulary()["certification"]
    if translated:
        words = [*words, *_vocabulary()["certification_in_translation"]]
    patterns = [re.compile(p) for p in words]
    for at, line in enumerate(lines):
        text = fold(line.text).strip(" -–*_")
        if at > 0 and any(p.match(text) for p in patterns):
            return at
    return None


def _without_notes(line: Line) -> Line | None:
    """The line without a translator's notes in square brackets; None when nothing is left."""
    inside = False
    kept = []
    for word in line.words:
        opens = word.text.startswith("[")
        if opens:
            inside = True
        if not inside:
            kept.append(word)
        if inside and (word.text.rstrip(".,;:").endswith("]") or (opens and "]" in word.text)):
            inside = False
    if len(kept) == len(line.words):
        return line
    if not kept:
        return None
    line.words = kept
    for segment in line.segments:
        segment.words = [w for w in segment.words if w in kept]
    line.segments = [s for s in line.segments if s.words]
    return line


def is_translation(lines: list[Line]) -> bool:
    """Whether the lines are a translation: its heading at the top or its certification."""
    return bool(lines) and (_heading(lines) is not None or _certification(lines) is not None)


def translated_paper(lines: list[Line]) -> list[Line]:
    """The translated paper's lines, renumbered (see the module docstring)."""
    if not lines:
        return lines
    # A foreign original stapled before its translation is not the paper read (its words are
    # another language's): the translation is.
    start = _original_before(lines)
    if start:
        lines = renumbered(lines[start:])
    heading = _heading(lines)
    end = _certification(lines, translated=heading is not None or start > 0)
    if heading is None and end is None:
        return lines
    kept: list[Line] = []
    for line in lines[:end]:
        if line.index == heading:
            continue
        bare = _without_notes(line)
        if bare is not None:
            kept.append(bare)
    if not kept:
        return lines
    return renumbered(kept)


def _passport_note_end(words: list[Word], at: int) -> int | None:
    """The index of the word closing a passport-spelling note opening at `at` (see
    `passport_note`), after a capitalised word; None when no such note opens there."""
    if at == 0 or not words[at].text.startswith("(") or not words[at - 1].text[:1].isupper():
        return None
    pattern = re.compile(_vocabulary()["passport_note"])
    for end in range(at, min(at + 8, len(words))):
        if ")" in words[end].text:
            note = fold(" ".join(w.text for w in words[at:end + 1]))
            return end if pattern.match(note) else None
    return None


def _other_spelling(words: list[Word], at: int) -> tuple[int | None, list[str]]:
    """A name's other spelling in brackets opening at `at` ("Rūta Kazlauskienė (Rūta
    Kazlauskiene),"): the same capitalised words before it, spelt alike but for letters' marks
    and endings. The index of the word closing the bracket and the Latvian form's words (the
    spelling nearer to Latvian, `person_names._spelling_faults`); (None, []) when no such
    bracket opens there."""
    from .person_names import _spelling_faults

    if not words[at].text.startswith("("):
        return None, []
    for end in range(at, min(at + 4, len(words))):
        if ")" in words[end].text:
            break
    else:
        return None, []
    inside = " ".join(w.text for w in words[at:end + 1]).split(")", 1)[0].strip("( ").split()
    count = len(inside)
    if not 2 <= count <= 3 or at < count:
        return None, []
    before = [w.text for w in words[at - count:at]]
    if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in [*inside, *before]):
        return None, []
    close = all(SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.75
                for a, b in zip(before, inside, strict=True))
    if not close or before == inside:
        return None, []
    chosen = inside if _spelling_faults(" ".join(inside)) < _spelling_faults(
        " ".join(before)) else before
    return end, chosen


def without_passport_spellings(lines: list[Line]) -> list[Line]:
    """The lines without a name's passport spelling in brackets after it ("Olena Kovaļenko
    (pasē: OLENA KOVALENKO), personas kods ...") or its other spelling ("Rūta Kazlauskienė
    (Rūta Kazlauskiene)", the Latvian form kept in the name's place): the note stood between a
    name and its code or its comma, so a sentence's grammar lost the person. What follows the
    closing bracket on its word (a comma) is kept."""
    out: list[Line] = []
    for line in lines:
        words = line.words
        mapped: dict[int, Word | None] = {}
        at = 0
        while at < len(words):
            end = _passport_note_end(words, at)
            if end is None:
                end, latvian = _other_spelling(words, at)
                if end is None:
                    at += 1
                    continue
                spelt = [replace(word, text=text) for word, text in
                         zip(words[at - len(latvian):at], latvian, strict=True)]
                for word, new in zip(words[at - len(latvian):at], spelt, strict=True):
                    mapped[id(word)] = new
                words = [*words[:at - len(latvian)], *spelt, *words[at:]]
            rest = words[end].text.split(")", 1)[1]
            tail = [replace(words[end], text=rest)] if rest else []
            for word in words[at:end + 1]:
                mapped[id(word)] = None
            if tail:
                mapped[id(words[end])] = tail[0]
            words = [*words[:at], *tail, *words[end + 1:]]
            at += 1
        if not mapped:
            out.append(line)
            continue
        # A new line, not the old one changed: the page's lines are shared by other readers.
        segments = []
        for segment in line.segments:
            kept = [after for word in segment.words
                    if (after := mapped.get(id(word), word)) is not None]
            if kept:
                segments.append(Segment(words=kept, cell=segment.cell))
        out.append(Line(page=line.page, words=words, segments=segments, index=line.index))
    return out


def names_foreign_state(label: str) -> bool:
    """Whether a code's label says the code is another state's (`foreign_code`)."""
    folded = fold(label)[-60:]
    return any(re.search(pattern, folded) for pattern in _vocabulary()["foreign_code"])


__all__ = ["is_translation", "names_foreign_state", "translated_paper",
           "without_passport_spellings"]
