"""Mend a scanned value against what must be true of it: a personal code's checksum, a given
name of the calendar, a surname as the page prints it elsewhere, a place of the gazetteer,
a postcode's form. Each mend takes the one candidate OCR's slips explain (`confusions`);
a value with none or several is left as read."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...forms.latvian_dates import find_dates
from ...forms.person_names import calendar_spellings, is_given_name, with_final_e_dot
from ...forms.personal_code import birth_date, is_valid_personal_code
from .confusions import bare_letter as _bare
from .confusions import nearest, ocr_cost
from .places import mend_address


@dataclass(frozen=True, slots=True)
class Mended:
    """A value as mended, and what was changed (for the clerk's warning)."""

    value: str
    note: str


# Digits OCR takes for one another: a misread one fails the checksum, the right one passes it.
_DIGIT_SLIPS = {
    "0": "869", "1": "74", "2": "7", "3": "859", "4": "19", "5": "638",
    "6": "508", "7": "12", "8": "30659", "9": "0834",
}
_WORD = re.compile(r"[^\W\d_][^\s,;:()\"„“”]*[^\W\d_]|[^\W\d_]")


def mend_value(kind: str, value: str, page_text: str) -> Mended | None:
    """`value` (of field kind `kind`, read from a scan of `page_text`) mended, or None."""
    if kind == "personal_code":
        return mend_personal_code(value, page_text)
    if kind == "person_name":
        return mend_person_name(value, page_text)
    if kind == "address":
        mended = mend_address(value)
        return Mended(mended, f"read \"{value}\"") if mended != value else None
    if kind == "email":
        return mend_email(value)
    return None


# A Latvian address's top-level domain as OCR reads its thin "l" ("inbox.1v", "inbox.Iv",
# "inbox.|v"): no domain is written with a digit, a capital or a bar, and "iv" is none.
_DAMAGED_LV = re.compile(r"(?<=\.)(?:[1I|!]|i)[vy]$")


def mend_email(address: str) -> Mended | None:
    """An e-mail address whose top-level domain OCR misread: "lv" put back when the read one
    is no domain and only a thin stroke's slip away from it."""
    if "@" not in address:
        return None
    mended = _DAMAGED_LV.sub("lv", address)
    if mended == address:
        return None
    return Mended(mended, f"read \"{address}\"")


def mend_personal_code(code: str, page_text: str = "") -> Mended | None:
    """A code that fails its checksum, with the one digit OCR misread put right.

    One look-alike digit in one place often makes two or three valid codes; the page then
    chooses: the code printed whole elsewhere, or the birth date printed beside it. Without
    such a witness only a single candidate is taken.
    """
    digits = re.sub(r"\D", "", code)
    if len(digits) != 11 or is_valid_personal_code(digits):
        return None
    found: set[str] = set()
    for at, digit in enumerate(digits):
        for other in _DIGIT_SLIPS[digit]:
            candidate = digits[:at] + other + digits[at + 1:]
            if is_valid_personal_code(candidate):
                found.add(candidate)
    # The checksum alone leaves a third of slips with a wrong candidate as the only one (set
    # A: a check digit 0 read 4 made another digit's change the single valid code), so the
    # page must witness the candidate as well.
    found = {c for c in found if _witnessed(c, digits, page_text)}
    if len(found) != 1:
        return None
    mended = found.pop()
    return Mended(f"{mended[:6]}-{mended[6:]}",
                  "the code as read fails its checksum; one misread digit mended")


def _witnessed(code: str, read: str, page_text: str) -> bool:
    """Whether the page prints `code` whole elsewhere, or the birth date it holds where the
    misread digit was one of the date's."""
    plain = re.sub(r"[\s\-‐‑–—]", "", page_text)
    if code in plain:
        return True
    born = birth_date(code)
    if born is None or code[:6] == read[:6]:
        return False
    return any(d == born for d, *_ in find_dates(page_text))


def mend_person_name(name: str, page_text: str) -> Mended | None:
    """A name whose words OCR damaged: each word as the page prints it more often elsewhere
    ("Muceniek5" beside three "Mucenieks"), else a given name as the calendar spells it."""
    words = name.split()
    if not words:
        return None
    # The page's words read as a name's are (a Lithuanian "ė" OCR read as "ē", forms/person_names).
    printed = Counter(with_final_e_dot(word)
                      for word in _WORD.findall(_without_other_spelling(name, page_text)))
    mended = list(words)
    for at, word in enumerate(words):
        echo = _page_echo(word, printed)
        if echo is not None:
            mended[at] = echo
        elif at < len(words) - 1 and len(word) >= 4:
            mended[at] = _calendar_spelling(word) or word
    if mended == words and len(words) >= 2:
        signed = _signed_surname(words[0], words[-1], page_text)
        if signed is not None:
            mended[-1] = signed
    if mended == words:
        return None
    return Mended(" ".join(mended), f"read \"{name}\"")


# A signature's printed name: the given name's initial and the surname ("I. Ozoliņa").
_SIGNED = re.compile(r"(?<![\w.])([^\W\d_])\.\s*([^\W\d_][^\W\d_]{3,})(?![\w.])")
_VOWELS = frozenset("aāeēiīouū")


def _signed_surname(given: str, surname: str, page_text: str) -> str | None:
    """The surname as the paper's signature prints it under the same initial when a hand's
    vowel in the name's blank was read as another ("Brivere" in the blank, "I. Brūvere" under
    the signature): the one signed surname of the same length differing from the read one in
    exactly one vowel. The read surname printed elsewhere on the page is kept as read."""
    if len(surname) < 4 or not surname[:1].isupper():
        return None
    printed = Counter(_WORD.findall(page_text))
    if printed.get(surname, 0) > 1:
        return None
    found = set()
    for match in _SIGNED.finditer(page_text):
        initial, signed = match.group(1), match.group(2)
        if initial != given[:1] or len(signed) != len(surname) or signed == surname:
            continue
        slips = [(r, k) for r, k in zip(surname.casefold(), signed.casefold(), strict=True)
                 if r != k]
        if len(slips) == 1 and set(slips[0]) <= _VOWELS:
            found.add(signed)
    return found.pop() if len(found) == 1 else None


# A name and its other spelling in brackets ("Emilija Rimkutė (Emīlija Rimkute)"): an original
# and its Latvian form, two names of two languages, not a slip and its correct printing.
_CAPITALISED = r"[^\W\d_][^\s()]*"
_SPELT_TWICE = re.compile(
    rf"({_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}})\s*\(\s*({_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}})\s*\)")


def _without_other_spelling(name: str, page_text: str) -> str:
    """The page's text without the other spelling printed beside `name` in brackets."""
    wanted = name.split()
    for match in _SPELT_TWICE.finditer(page_text):
        first, second = match.group(1).split(), match.group(2).split()
        if first[-len(wanted):] == wanted:
            return page_text[:match.start(2)] + page_text[match.end(2):]
        if second == wanted:
            return page_text[:match.start(1)] + page_text[match.end(1):]
    return page_text


def restore_marks(value: str, spellings: tuple[str, ...]) -> Mended | None:
    """A value whose words a scan read without their marks ("visparejas videjas izglitibas
    programma"), each word as the field's vocabulary spells it when one spelling has exactly
    those letters ("vispārējās vidējās izglītības programma"). A word the vocabulary spells as
    read, or spells two ways, is left as read; no letter is ever changed, only marks put back."""
    if not spellings:
        return None
    known: dict[str, set[str]] = {}
    for spelling in spellings:
        known.setdefault("".join(_bare(c) for c in spelling.casefold()), set()).add(spelling)
    out = []
    for token in value.split(" "):
        word = token.strip(".,;:()")
        lead = token[: token.find(word)] if word else ""
        tail = token[len(lead) + len(word):]
        folded = word.casefold()
        found = {s for s in known.get("".join(_bare(c) for c in folded), set())
                 if _only_marks_lost(folded, s.casefold())}
        if len(found) != 1 or folded in {s.casefold() for s in found}:
            out.append(token)
            continue
        spelt = next(iter(found))
        if word[:1].isupper():
            spelt = spelt[:1].upper() + spelt[1:]
        out.append(lead + spelt + tail)
    mended = " ".join(out)
    return Mended(mended, f"read \"{value}\"") if mended != value else None


def drop_stray_mark(value: str, known: tuple[str, ...]) -> Mended | None:
    """A value one of whose words a scan read with a mark its letter does not have
    ("vešelības": a speck over the s), each such word as the field's common words spell it
    when taking exactly one mark off gives one of them and the word as read is none. A word
    read without a mark is left as read (a paper typed without marks keeps its spelling)."""
    if not known:
        return None
    spelt = {k.casefold(): k for k in known}
    out = []
    for token in value.split(" "):
        word = token.strip(".,;:()")
        folded = word.casefold()
        if len(folded) < 5 or folded in spelt:
            out.append(token)
            continue
        found = {k for k in spelt if len(k) == len(folded) and _one_stray_mark(folded, k)}
        if len(found) != 1:
            out.append(token)
            continue
        lead = token[: token.find(word)]
        right = spelt[found.pop()]
        if word[:1].isupper():
            right = right[:1].upper() + right[1:]
        out.append(lead + right + token[len(lead) + len(word):])
    mended = " ".join(out)
    return Mended(mended, f"read \"{value}\"") if mended != value else None


def _one_stray_mark(read: str, known: str) -> bool:
    """Whether `read` is `known` with one mark added on a letter that has none there."""
    slips = [(r, k) for r, k in zip(read, known, strict=True) if r != k]
    return len(slips) == 1 and _bare(slips[0][0]) == slips[0][1] != slips[0][0]


def _calendar_spelling(word: str) -> str | None:
    """A given name (every word of a name but the last) as the calendar spells it: the marks
    a scan lost put back ("Leokadija"), or the one calendar name OCR's slips explain a name
    the calendar has not ("Edmnnds")."""
    spellings = calendar_spellings()
    if word in spellings:
        return None
    if is_given_name(word):
        marked = {s for s in spellings if _only_marks_lost(word, s)}
        return marked.pop() if len(marked) == 1 else None
    return nearest(word, spellings)


def _page_echo(word: str, printed: Counter[str]) -> str | None:
    """The one spelling of `word` the page prints elsewhere that OCR's slips explain: one
    with the diacritics a scan lost ("Rudzite" beside "Rudzīte"), or one printed more often
    than `word` itself (a slip seldom repeats in every printing of a name)."""
    if len(word) < 4:
        return None
    own = printed.get(word, 0)
    near = set()
    for other in printed:
        if other == word or not other[:1].isupper():
            continue
        cost = ocr_cost(word, other)
        if cost is None or cost == 0.0:
            continue
        if printed[other] > own or _only_marks_lost(word, other):
            near.add(other)
    return near.pop() if len(near) == 1 else None


def _only_marks_lost(read: str, known: str) -> bool:
    """Whether `known` is `read` with diacritics OCR dropped (never the other way round)."""
    return len(read) == len(known) and all(
        r == k or (_bare(k) == r and k != r) for r, k in zip(read, known, strict=True)
    )


# The fewest letters a broken-off word must keep to be recognised as the start of one
# spelling ("pro" starts too many words to say which).
_BROKEN_KEEPS = 4


def broken_words(value: str, spellings: tuple[str, ...]) -> list[str]:
    """The words of `value` that are only the start of a word the field's vocabulary spells
    ("progra" of "programma"): OCR dropped the rest of the word with its box (a run of ink
    it could not read, a box or line edge it stopped at), so the value as read is cut."""
    known = {s.casefold() for s in spellings}
    broken = []
    for token in value.split(" "):
        word = token.strip(".,;:()").casefold()
        if len(word) < _BROKEN_KEEPS or word in known:
            continue
        if any(s.startswith(word) for s in known):
            broken.append(token.strip(".,;:()"))
    return broken


def complete_broken(value: str, spellings: tuple[str, ...], page_text: str) -> Mended | None:
    """`value` with each broken-off word (`broken_words`) completed, as a reader completes
    "progra" from the page: the one word the page prints in full elsewhere that starts so and
    the vocabulary spells ("Izglītības programma:" in the label above the value), else the
    vocabulary's only spelling that starts so. A word with no single completion stays as read
    (the caller keeps the value below the confident bar either way)."""
    broken = broken_words(value, spellings)
    if not broken:
        return None
    known = {s.casefold(): s for s in spellings}
    printed = {w.casefold() for w in _WORD.findall(page_text)}
    out = value
    for word in broken:
        folded = word.casefold()
        starting = {k for k in known if k.startswith(folded) and k != folded}
        echoed = starting & printed
        pick = echoed if len(echoed) == 1 else starting
        if len(pick) != 1:
            continue
        spelt = known[pick.pop()]
        if word[:1].isupper():
            spelt = spelt[:1].upper() + spelt[1:]
        # The broken-off rest read as a word of its own after it ("Dator Sistemas" for a
        # hand's "Datorsistēmas"): the completion takes its place too.
        rest = "".join(map(_bare, spelt[len(word):].casefold()))
        apart = re.search(rf"(?<!\w){re.escape(word)}\s+([^\W\d_]+)(?!\w)", out)
        if rest and apart is not None and "".join(map(_bare, apart.group(1).casefold())) == rest:
            out = out[:apart.start()] + spelt + out[apart.end():]
            continue
        out = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", spelt, out, count=1)
    return Mended(out, f"read \"{value}\"; a word broke off") if out != value else None
