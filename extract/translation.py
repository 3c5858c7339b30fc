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
    are Cyrillic print (`_ORIGINAL_SHARE`) or Latin print without Latvian letters
    (`_LATVIAN_SHARE`). 0 when the paper opens with itself."""
    pattern = re.compile(_vocabulary()["heading"])
    for at, line in enumerate(lines):
        if line.page == lines[0].page:
            continue
        page_top = [x for x in lines[at:at + _HEADING_LINES] if x.page == line.page]
        if not any(pattern.match(fold(x.text).strip()) for x in page_top):
            return 0
        words = [w for x in lines[:at] for w in x.text.split() if len(w) >= 3]
        foreign = sum(cyrillic_as_read(w) for w in words)
        if words and foreign >= _ORIGINAL_SHARE * len(words):
            return at
        # An original in Latin letters (German, Lithuanian, Estonian): Latvian print marks
        # its long vowels and soft consonants in every few words, another language next to
        # never (OCR may read a Lithuanian "ė" as "ē" now and then).
        lettered = [w for w in words if re.search(r"[^\W\d_]", w)]
        latvian = sum(bool(_LATVIAN_LETTERS.search(w)) for w in lettered)
        return at if len(lettered) >= _ORIGINAL_WORDS and (
            latvian < _LATVIAN_SHARE * len(lettered)) else 0
    return 0


# Letters only Latvian print has among the languages whose papers are translated (long
# vowels and soft consonants; Lithuanian and Estonian share "š", "ž", "č", "ū").
_LATVIAN_LETTERS = re.compile(r"[āēīģķļņĀĒĪĢĶĻŅ]")
# A Latvian page has a fifth of its words or more with one; an original next to none.
_LATVIAN_SHARE = 0.12
# Fewer words than this are too few to tell a language by.
_ORIGINAL_WORDS = 15


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


def _passport_note_end(words: list[Word], at: int) -> tuple[int | None, bool]:
    """The index of the word closing a passport-spelling note opening at `at` (see
    `passport_note`), after a capitalised word, and whether the bracket goes on after it: a
    note closed by a semicolon ("(Lietuvas Republikas pasē – GINTARĖ VAITKUTĖ; personas kods
    ...)") leaves the bracket's rest. (None, False) when no such note opens there."""
    if at == 0 or not words[at].text.startswith("(") or not words[at - 1].text[:1].isupper():
        return None, False
    pattern = re.compile(_vocabulary()["passport_note"])
    for end in range(at, min(at + 8, len(words))):
        closed = ")" in words[end].text
        if closed or words[end].text.endswith(";"):
            note = fold(" ".join(w.text for w in words[at:end + 1]))
            return (end, not closed) if pattern.match(note) else (None, False)
    return None, False


def _spelling_in_cyrillic(words: list[Word], at: int) -> int | None:
    """The index of the word closing a bracket opening at `at` after a name of two capitalised
    words that spells the name in Cyrillic ("Dmitrijs Sokolovs (Дмитрий Соколов)", or the
    look-alikes a Latin OCR reads it as: "(Jmnīpniū Cokon0B)"); None when no such bracket
    opens there."""
    if at < 2 or not words[at].text.startswith("(") or not all(
            w.text[:1].isupper() for w in words[at - 2:at]):
        return None
    for end in range(at, min(at + 3, len(words))):
        if ")" in words[end].text:
            inside = " ".join(w.text for w in words[at:end + 1]).split(")", 1)[0].strip("( ")
            return end if inside and cyrillic_as_read(inside) else None
    return None


def _other_spelling(words: list[Word], at: int) -> tuple[int | None, list[str], bool]:
    """A name's other spelling in brackets opening at `at` ("Rūta Kazlauskienė (Rūta
    Kazlauskiene),", "Liisa Saar (Līza Sāre; Igaunijas personas kods ...)", "Krauze, Eliza
    (latviešu valodā: Elīza Krauze)", the last the Latvian form by its note): the same
    capitalised words before it, spelt alike but for letters' marks and endings. The index of
    the word closing the spelling, the Latvian form's words (the spelling nearer to Latvian,
    `person_names._spelling_faults`) and whether the bracket goes on after a semicolon;
    (None, [], False) when no such bracket opens there."""
    from .person_names import _spelling_faults

    if not words[at].text.startswith("("):
        return None, [], False
    for end in range(at, min(at + 4, len(words))):
        if ")" in words[end].text or words[end].text.endswith(";"):
            break
    else:
        return None, [], False
    reopen = ")" not in words[end].text
    joined = " ".join(w.text for w in words[at:end + 1])
    inside_text = (joined.rstrip(";") if reopen else joined.split(")", 1)[0]).strip("( ")
    # "Krauze, Eliza (latviešu valodā: Elīza Krauze)": the bracket names the form in Latvian.
    named = re.match(_vocabulary()["latvian_form_note"], fold(inside_text))
    if named:
        inside_text = " ".join(inside_text.split()[len(named.group(0).split()):])
    inside = inside_text.split()
    count = len(inside)
    if not 2 <= count <= 3 or at < count:
        return None, [], False
    before = [w.text for w in words[at - count:at]]
    if named and before[0].endswith(","):
        # The surname first, then the given name ("Krauze, Eliza"), the Latvian form in the
        # order of a name: the words are compared as the same words in the other order.
        before = [before[-1], *(w.rstrip(",") for w in before[:-1])]
    # The passport's spelling may be printed in capitals ("Marts Sārs (MART SAAR), p.k. ...").
    capitals = all(w.isupper() for w in inside)
    if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in before) or not all(
            w[:1].isupper() and w.isalpha() and (capitals or not w.isupper()) for w in inside):
        return None, [], False
    # A passport's Latin letters and the Latvian form differ in more than marks and endings
    # ("Liisa Saar" / "Līza Sāre"): each word opens alike and is spelt mostly alike.
    close = named or all(fold(a)[:1] == fold(b)[:1]
                and SequenceMatcher(None, fold(a), fold(b)).ratio() >= _LIKE_SPELLING
                for a, b in zip(before, inside, strict=True))
    if not close or before == inside:
        return None, [], False
    nearer = not capitals and _spelling_faults(" ".join(inside)) < _spelling_faults(
        " ".join(before))
    chosen = inside if named or nearer else before
    return end, chosen, reopen


# How alike two spellings of one name's word are (difflib's ratio of the folded words).
_LIKE_SPELLING = 0.6


def without_passport_spellings(lines: list[Line]) -> list[Line]:
    """The lines without a name's passport spelling in brackets after it ("Olena Kovaļenko
    (pasē: OLENA KOVALENKO), personas kods ...") or its other spelling ("Rūta Kazlauskienė
    (Rūta Kazlauskiene)", the Latvian form kept in the name's place): the note stood between a
    name and its code or its comma, so a sentence's grammar lost the person. What follows the
    closing bracket on its word (a comma) is kept; a bracket going on after the note's
    semicolon ("(pasē – GINTARĖ VAITKUTĖ; personas kods ...)") opens again at its next word."""
    # A note may wrap onto the next line ("... Vaitkutes (Lietuvas Republikas pasē –" /
    # "GINTARĖ VAITKUTĖ; personas kods ..."): a page's words are read as one run.
    mapped: dict[int, Word | None] = {}
    for page in dict.fromkeys(line.page for line in lines):
        _map_notes([w for line in lines if line.page == page for w in line.words], mapped)
    if not mapped:
        return lines
    out: list[Line] = []
    for line in lines:
        if not any(id(word) in mapped for word in line.words):
            out.append(line)
            continue
        # A new line, not the old one changed: the page's lines are shared by other readers.
        words = [after for word in line.words
                 if (after := mapped.get(id(word), word)) is not None]
        segments = []
        for segment in line.segments:
            kept = [after for word in segment.words
                    if (after := mapped.get(id(word), word)) is not None]
            if kept:
                segments.append(Segment(words=kept, cell=segment.cell))
        out.append(Line(page=line.page, words=words, segments=segments, index=line.index))
    return out


def _map_notes(words: list[Word], mapped: dict[int, Word | None]) -> None:
    """Into `mapped` (by the page's word's id): each word of a run left out (None) or written
    anew (a name's Latvian spelling, a comma after a closing bracket, a bracket's rest opened
    again)."""
    origin: dict[int, Word] = {}  # a word written anew -> the page's word it stands for

    def put(word: Word, new: Word | None) -> None:
        page_word = origin.get(id(word), word)
        mapped[id(page_word)] = new
        if new is not None:
            origin[id(new)] = page_word

    at = 0
    while at < len(words):
        end, reopen = _passport_note_end(words, at)
        if end is None:
            end, reopen = _spelling_in_cyrillic(words, at), False
        if end is None:
            end, latvian, reopen = _other_spelling(words, at)
            if end is None:
                at += 1
                continue
            spelt = [replace(word, text=text) for word, text in
                     zip(words[at - len(latvian):at], latvian, strict=True)]
            for word, new in zip(words[at - len(latvian):at], spelt, strict=True):
                put(word, new)
            words = [*words[:at - len(latvian)], *spelt, *words[at:]]
        tail: list[Word] = []
        if reopen:
            if end + 1 < len(words):
                following = words[end + 1]
                tail = [replace(following, text=f"({following.text}")]
                for word in words[at:end + 1]:
                    put(word, None)
                put(following, tail[0])
                words = [*words[:at], *tail, *words[end + 2:]]
                at += 1
                continue
        else:
            rest = words[end].text.split(")", 1)[1]
            tail = [_tail_word(words[end], rest)] if rest else []
        for word in words[at:end + 1]:
            put(word, None)
        if tail:
            put(words[end], tail[0])
        words = [*words[:at], *tail, *words[end + 1:]]
        at += 1


def _tail_word(word: Word, rest: str) -> Word:
    """What follows a closing bracket on its word (a comma), boxed as its share of the word's
    box at the word's right end: the box of the whole word ("Ostapchuk),") would measure the
    comma as printed as wide as the name."""
    share = len(rest) / max(len(word.text), 1)
    return replace(word, text=rest, x0=word.x1 - (word.x1 - word.x0) * share)


def names_foreign_state(label: str) -> bool:
    """Whether a code's label says the code is another state's (`foreign_code`)."""
    folded = fold(label)[-60:]
    return any(re.search(pattern, folded) for pattern in _vocabulary()["foreign_code"])


def asks_passport_spelling(label: str) -> bool:
    """Whether a name's row asks for the name as the passport spells it (`passport_row`): the
    words before its value end with the request (a bracket's note may follow). A label that
    prints the passport's spelling itself after it ("Name as in passport: MICHAEL BROWN |
    Maikls Brauns") leaves its value the other form."""
    folded = fold(label)
    ends = [m.end() for pattern in _vocabulary()["passport_row"]
            for m in re.finditer(pattern, folded)]
    if not ends:
        return False
    rest = re.sub(r"\([^()]*\)?", " ", folded[max(ends):])
    return re.search(r"[^\W\d_]", rest) is None


__all__ = ["asks_passport_spelling", "is_translation", "names_foreign_state",
           "translated_paper", "without_passport_spellings"]
