"""Hand-written words as the hand wrote them: marks and letters the hand recogniser lost, put
back where Latvian spelling, the name-day calendar, the gazetteer or the page make it certain.

The recogniser (extract/handwriting.py) drops the marks a hand draws as separate strokes
("Valdemārs" read "Valdemars", "Ņina" read "Nina") and confuses letters a hand joins: "al"
written in one stroke reads "d" ("Valentīna" -> "Vdentina"), an open "a" reads "n" ("Renāte" ->
"Rennte"), "r" reads "c", "g" reads "a". Tesseract's slips (`repair/confusions.py`) are other
ones, so a word read from a hand is compared by its own measure here:

- a given name: a word the calendar lists only among its rare variants ("Katrina", the
  extended list) or not at all, taken for the one common name (the traditional calendar and
  the name tables) that is it with marks put back, else the one common name a single hand
  slip away;
- a surname: the one spelling the page shows elsewhere (typed or written, or a relative's of
  the other gender: "Karpova" for "Karpovs") that is it with marks put back, or longer by a
  single hand slip with the same ending (a relative's own surname differs in its ending:
  "Garkalne" beside "Garkalns"), else the diminutive "-itis"/"-ite", which Latvian
  always writes "-ītis"/"-īte";
- a street named after a place ("Riaas iela"): the one place's genitive a single hand slip away;
  an abbreviation's full stop ("Ķekavas pag.") a hand's dot the recogniser dropped.

A word with none or several candidates stays as read; every restored value stays below the
confident bar (the caller caps it): a person confirms what was guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import ConfigError
from ..forms.person_names import calendar_spellings, common_spellings, fold_word
from .repair.confusions import bare_letter, ocr_cost
from .repair.places import gazetteer
from .values import STREET_NOUNS
from .vocabulary import reader_data

# Letters a hand joins into one glyph the recogniser reads as another: written -> read.
_HAND_MERGES = {"al": "d", "ol": "d", "cl": "d", "rn": "m", "in": "m", "ri": "n"}
MIN_LENGTH = 5  # shorter words have too many neighbours one slip away
# The diminutive suffix of a surname as a hand-reading without marks leaves it.
_DIMINUTIVE = re.compile(r"(?<=[^\W\d_]{2})it(is|e)$")
# The word before a street word: what the street is named after ("Rīgas" in "Rīgas iela 5").
_STREET_NAME = re.compile(r"^\s*([^\W\d_]+)(?=\s+(?:" + "|".join(STREET_NOUNS) + r")\b)")
# The street's one word read in short pieces ("K dna iela", "L ie pu iela").
_STREET_IN_PIECES = re.compile(r"^\s*((?:[^\W\d_]{1,3}\s+){1,3}[^\W\d_]{1,4})(?=\s+(?:"
                               + "|".join(STREET_NOUNS) + r")\b)")
# A surname's ending and the endings the same name has for the other gender (Latvian
# declension): a son's "Karpovs" is his mother's "Karpova", "Garkalne"'s son is "Garkalns" or
# (a diminutive) "-is". The first ending that fits decides ("Bērziņa" is "Bērziņš").
_OTHER_GENDER = (("ņš", ("ņa",)), ("ņa", ("ņš",)), ("ks", ("ce",)), ("ce", ("ks",)),
                 ("is", ("e",)), ("e", ("is", "s")), ("s", ("a", "e")), ("a", ("s",)))
# "pag", "nov", "pils" after a place's name: the parish's, municipality's or town's abbreviation,
# which Latvian always ends with a full stop (a hand's dot is a speck the recogniser drops).
_ABBREVIATION_STOP_LOST = re.compile(r"(?<=[^\W\d_]{3} )(pag|nov|pils)(?=\s*(?:,|$))")
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


def read_by_hand(confidences: Iterable[float], below: float) -> bool:
    """Whether a value's words were read, some of them, by the hand recogniser or doubted by
    Tesseract: print reads surer than `below` (extract/handwriting.py's HAND_BELOW), and a
    hand's surname may read sure where its given name does not ("Mackuss. Garkalns")."""
    return any(value < below for value in confidences)


@lru_cache(maxsize=65536)
def hand_distance(read: str, known: str) -> int:
    """Edits from `known` to `read` (marks and case ignored), a hand's merge of two letters
    into one glyph ("al" -> "d") counting as one edit."""
    r, k = fold_word(read), fold_word(known)
    rows = [[0] * (len(k) + 1) for _ in range(len(r) + 1)]
    for i in range(len(r) + 1):
        for j in range(len(k) + 1):
            if i == 0 or j == 0:
                rows[i][j] = i + j
                continue
            best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
                       rows[i - 1][j - 1] + (r[i - 1] != k[j - 1]))
            if j >= 2 and _HAND_MERGES.get(k[j - 2:j]) == r[i - 1]:
                best = min(best, rows[i - 1][j - 2] + 1)
            rows[i][j] = best
    return rows[len(r)][len(k)]


def bare_word(word: str) -> str:
    """A word without its marks ("Vējkalne" -> "Vejkalne")."""
    return "".join(bare_letter(c) for c in word)


def _marks_put_back(read: str, known: str) -> bool:
    """Whether `known` is `read` with marks added (never taken away) and case kept."""
    return (len(read) == len(known) and read != known
            and all(r == k or bare_letter(k) == r for r, k in zip(read, known, strict=True)))


def _one(candidates: Iterable[str]) -> str | None:
    found = set(candidates)
    return found.pop() if len(found) == 1 else None


def _one_slip_away(word: str, known: Iterable[str]) -> str | None:
    """The one known word a single hand slip away from `word` (none nearer), or None."""
    if len(word) < MIN_LENGTH:
        return None
    return _one(k for k in known if hand_distance(word, k) == 1 and k[:1] == word[:1].upper())


def _one_merge_away(word: str, known: Iterable[str]) -> str | None:
    """The one known word of which `word` is a hand's merge of two letters into one glyph
    ("Kalna" read "Kdna"): a short word too, for the known word is as long as the slip-free
    reading must be, the letter lost no guess."""
    if len(word) + 1 < MIN_LENGTH:
        return None
    return _one(k for k in known if len(k) == len(word) + 1 and k[:1] == word[:1].upper()
                and hand_distance(word, k) == 1
                and any(fold_word(k[:at]) + merged + fold_word(k[at + 2:]) == fold_word(word)
                        for at in range(len(k) - 1)
                        if (merged := _HAND_MERGES.get(fold_word(k[at:at + 2]))) is not None))


def restore_given_name(word: str) -> str | None:
    """A given name read from a hand, as the common name it was written as, or None."""
    common = common_spellings()
    if word in common:
        return None
    marked = _one(c for c in common if _marks_put_back(word, c))
    if marked is not None:
        return marked
    if word in calendar_spellings() or any(fold_word(c) == fold_word(word) for c in common):
        return None  # a rare name as written, or marks that fit several names
    return _one_slip_away(word, common) or _one_merge_away(word, common)


def _kin_forms(surname: str) -> set[str]:
    """A surname as the page prints it and as a relative of the other gender bears it
    ("Karpova" -> "Karpovs", "Upenieks" -> "Upeniece")."""
    for own, others in _OTHER_GENDER:
        if surname.endswith(own) and len(surname) > len(own) + 2:
            return {surname} | {surname[: -len(own)] + other for other in others}
    return {surname}


def restore_surname(word: str, page_text: str) -> str | None:
    """A surname read from a hand, as the page spells it elsewhere or as Latvian must."""
    printed = [w for w in _NAME_WORD.findall(page_text) if w[:1].isupper()]
    if word in printed:
        printed.remove(word)  # the value itself
    forms = {form for w in printed for form in _kin_forms(w)}
    seen = forms - {word}
    echo = _one(w for w in seen if _marks_put_back(word, w))
    if echo is None and word not in forms:
        # A surname the page prints as read, or as a relative of the other gender bears it
        # ("Garkalns" beside "Garkalne"), is no slip. The target ends as the word does (a
        # relative's own surname differs in its ending) and is the longer reading: a hand's
        # slips drop and join letters ("Krpovs" beside "Karpova").
        echo = _one_slip_away(word, (w for w in seen
                                     if w[-1] == word[-1] and len(w) > len(word)))
    if echo is None and word not in printed:
        # The marks a hand draws apart lost and a letter read as its thin look-alike with
        # them ("Vējkalne" read "Veikalne": the macron and the j's dot are strokes of their
        # own): the one surname the page prints so, as long, ending as the word does (a
        # relative's name read with the same slips does not count as the page's spelling).
        echo = _one(w for w in seen if len(w) == len(word) and w[-1] == word[-1]
                    and w != bare_word(w) and hand_distance(word, w) == 1
                    and ocr_cost(word, w) is not None)
    if echo is not None:
        return echo
    if _DIMINUTIVE.search(word) and len(word) >= 6:
        return _DIMINUTIVE.sub(r"īt\1", word)
    return None


def restore_name(name: str, page_text: str) -> str | None:
    """A whole name read from a hand with its words restored, or None when nothing changed."""
    words = name.split()
    if len(words) < 2:
        return None
    restored = [restore_given_name(w) or w for w in words[:-1]]
    restored.append(restore_surname(words[-1], page_text) or words[-1])
    joined = " ".join(restored)
    return joined if joined != name else None


@lru_cache(maxsize=1)
def _place_genitives() -> frozenset[str]:
    """Names a street is named after: the gazetteer's municipalities and parishes (genitive)
    and its towns put in the genitive ("Rīga" -> "Rīgas", "Preiļi" -> "Preiļu")."""
    places = gazetteer()
    towns = set()
    for town in places["towns"]:
        if town.endswith(("a", "e")):
            towns.add(town + "s")
        elif town.endswith("i"):
            towns.add(town[:-1] + "u")
    return frozenset(places["municipalities"] | places["parishes"] | towns)


@lru_cache(maxsize=1)
def _street_names() -> frozenset[str]:
    """Street names common in every town ("Kalna", "Skolas", "Lielā"): forms/street_names_lv.yaml.
    Only one-word names: a street named after a person's full name stays as read."""
    text = resources.files("asistents.forms").joinpath("street_names_lv.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=yaml.SafeLoader)
    names = data.get("streets") if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError("streets must be a list of names", file="forms/street_names_lv.yaml")
    return frozenset(n for n in names if " " not in n)


# A street's noun read without its marks ("Raina bulvaris"): put back, so the street's name
# before it is found and restored too. Only the nouns that have marks, lower case as written.
_NOUN_BY_LETTERS = {fold_word(noun): noun for noun in STREET_NOUNS if fold_word(noun) != noun}
_NOUN_WITHOUT_MARKS = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_NOUN_BY_LETTERS)
                                 + r")(?![^\W\d_])")


def restore_address(address: str) -> str | None:
    """An address read from a hand with its street's name restored to the place it is named
    after ("Riaas iela" -> "Rīgas iela") and the full stops of its abbreviations the
    recogniser dropped ("Ķekavas pag," -> "Ķekavas pag.,"), or None."""
    restored = _ABBREVIATION_STOP_LOST.sub(r"\1.", address)
    restored = _NOUN_WITHOUT_MARKS.sub(lambda m: _NOUN_BY_LETTERS[m.group(0)], restored)
    pieces = _STREET_IN_PIECES.match(restored)
    if pieces is not None:
        # "K dna iela", "L ie pu iela": the recogniser parted a hand's word where its strokes
        # lift; joined, the pieces are the street's one word when that is a known street's
        # name, or one hand slip from one.
        joined = pieces.group(1).replace(" ", "")
        places, streets = _place_genitives(), _place_genitives() | _street_names()
        if joined in streets or _one_slip_away(joined, places) or \
                _one_merge_away(joined, streets):
            restored = restored[: pieces.start(1)] + joined + restored[pieces.end(1):]
    match = _STREET_NAME.match(restored)
    streets = _place_genitives() | _street_names()
    if match is not None and match.group(1) not in streets:
        # Any slip back to a place's name; to a common street's name only the marks put back
        # or two letters a hand merged ("Kdna" -> "Kalna"): those names are words, and one
        # letter off a word is often another street's ("Ezeru iela" beside "Ezera iela").
        word, places = match.group(1), _place_genitives()
        better = _one(p for p in streets if _marks_put_back(word, p)) or \
            _one_slip_away(word, places) or _one_merge_away(word, streets)
        if better is not None:
            restored = restored[: match.start(1)] + better + restored[match.end(1):]
    return restored if restored != address else None


@lru_cache(maxsize=1)
def _mail_domains() -> frozenset[str]:
    """Mail providers' domains (extract/mail_providers.yaml)."""
    domains = reader_data("mail_providers.yaml").get("domains")
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        raise ConfigError("domains must be a list of domains", file="extract/mail_providers.yaml")
    return frozenset(d.lower() for d in domains)


def restore_email(address: str) -> str | None:
    """An e-mail address read from a hand with its provider's name restored ("amaīl.com" ->
    "gmail.com"): a domain no provider has, which, its marks taken off (an address has none:
    a hand's dot over "i" read as a macron), is the one provider of its top-level domain a
    single hand slip away, or that provider with marks added. None otherwise."""
    local, at, domain = address.rpartition("@")
    name, dot, top = domain.rpartition(".")
    if not at or not local or not dot or not name or domain in _mail_domains():
        return None
    folded = fold_word(name)
    same_top = [d for d in _mail_domains() if d.endswith("." + top)]
    labels = {d.rpartition(".")[0]: d for d in same_top}
    if folded in labels:
        return f"{local}@{labels[folded]}"
    if len(folded) < MIN_LENGTH:
        return None
    found = _one(d for label, d in labels.items()
                 if len(label) >= MIN_LENGTH and hand_distance(folded, label) == 1)
    return f"{local}@{found}" if found is not None else None


def restore_value(kind: str, value: str, page_text: str) -> str | None:
    """A value of field kind `kind` read from a hand, restored, or None when nothing changed."""
    if kind == "person_name":
        return restore_name(value, page_text)
    if kind == "address":
        return restore_address(value)
    if kind == "email":
        return restore_email(value)
    return None


# A printed label's last word with a hand's value run into it ("uzvārdsRdfs"): lower-case
# letters, then a capital opening a word; Latvian writes no capital inside a word.
_GLUED = re.compile(r"^(?P<label>[a-zāčēģīķļņšūž]{4,}[:,.]?)"
                    r"(?P<value>[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)$")


def split_glued_values(lines: list[list[tuple[str, tuple[int, int, int, int], float]]]
                       ) -> list[list[tuple[str, tuple[int, int, int, int], float]]]:
    """OCR lines with a label's word and the hand's value written close after it, which
    Tesseract read as one word ("Vārds, uzvārdsRdfs Iaunzems"), split in two: the label is
    found and the value after it read. The box is shared by the letters' count."""
    result = []
    for line in lines:
        out = []
        for text, box, confidence in line:
            match = _GLUED.match(text)
            if match is None:
                out.append((text, box, confidence))
                continue
            left, top, right, bottom = box
            cut = left + (right - left) * len(match.group("label")) // len(text)
            # The gap OCR lost parted a label from its value, as a colon does: the value is
            # the row's, not a word inside a sentence.
            label = match.group("label")
            label = label if label[-1] in ":,." else label + ":"
            out.append((label, (left, top, cut, bottom), confidence))
            out.append((match.group("value"), (cut + 1, top, right, bottom), confidence))
        result.append(out)
    return result


# A personal code as a hand's digits come back from OCR: letters of a digit's shape among them
# ("14116z-13727"); mended only when the checksum then passes.
_DIGIT_SHAPES = str.maketrans({"z": "2", "Z": "2", "o": "0", "O": "0", "l": "1", "I": "1",
                               "|": "1", "s": "5", "S": "5", "b": "6", "B": "8", "g": "9",
                               "q": "9"})
_CODE_SHAPED = re.compile(r"^(?P<code>[\dzZoOlI|sSbBgq]{6}-?[\dzZoOlI|sSbBgq]{5})"
                          r"(?P<tail>[,.;)]?)$")
Word = tuple[str, tuple[int, int, int, int], float]


def _code_mended(text: str) -> str | None:
    """A code-shaped word with one or two letters of a digit's shape as the code it is, when
    the digits it then has pass the checksum."""
    from .values import personal_code, personal_code_ok

    match = _CODE_SHAPED.match(text)
    if match is None:
        return None
    raw = match.group("code")
    if not 0 < sum(not c.isdigit() for c in raw.replace("-", "")) <= 2:
        return None  # all digits: nothing to mend; more than two letters: no code
    code = personal_code(raw.translate(_DIGIT_SHAPES))
    if code is None or not personal_code_ok(code):
        return None
    return code + match.group("tail")


def _stray_bracket(before: str, word: str, after: str) -> bool:
    """"Ināra (Rudzīte (p.k. ...": a speck OCR read as an opening bracket glued to a name's
    surname, with the real bracket opening right after it: a bracket never opens twice before
    it closes, and the one on the name's word, after a given name, is the speck."""
    return (len(word) >= 4 and word[0] == "(" and word[1:2].isupper() and word[1:].isalpha()
            and after.startswith("(") and before[:1].isupper() and before.isalpha())


def _inner_capital(word: str) -> str | None:
    """"ŅIkita": a given name whose thin second letter OCR read as a capital I (a scan's
    stroke grown, a serif lost), the one calendar name an "i" or "l" there makes of it."""
    core = word.rstrip(",.;:")
    if not (len(core) >= 4 and core[0].isupper() and core[1] == "I" and core[2:].isalpha()
            and core[2:].islower()) or core in calendar_spellings():
        return None
    found = [core[0] + thin + core[2:] for thin in "il"
             if core[0] + thin + core[2:] in calendar_spellings()]
    return found[0] + word[len(core):] if len(found) == 1 else None


def _given_name_apart(first: str, second: str, after: str) -> str | None:
    """"Vi ja Medne": a hand's given name OCR cut in two (a capital's piece and a lower-case
    rest) before a capitalised surname, as the one calendar name the pieces join into."""
    if not (2 <= len(first) <= 4 and first[:1].isupper() and first[1:].islower()
            and 1 <= len(second) <= 4 and second.isalpha() and second.islower()
            and after[:1].isupper() and after.rstrip(",.").isalpha() and len(after) >= 3):
        return None
    joined = first + second
    return joined if joined in calendar_spellings() else None


# Captions printed as a pair ("vārds, uzvārds", "personas kods", "stundas nedēļā"): a fax's or
# a scan's slip in the first word ("vātds, uzvārds", "pēmonas kods", "stunīdas nedēļā") is
# undone when the second word stands whole after it: the first word, its first letter kept,
# that many slips at most from its place in the pair (its punctuation kept).
_CAPTION_PAIRS = {"uzvards": ("vārds", 1), "kods": ("personas", 2), "nedela": ("stundas", 2)}


def _caption_pair_slip(first: str, second: str) -> str | None:
    partner = _CAPTION_PAIRS.get(fold_word(second.strip(" ,.:;")))
    if partner is None:
        return None
    known, slips = partner
    core = first.rstrip(" ,.:;")
    tail = first[len(core):]
    if not core.isalpha() or fold_word(core) == fold_word(known) \
            or core[:1].lower() != known[:1] or abs(len(core) - len(known)) > 1 \
            or hand_distance(core, known) > slips:
        return None
    return (known.capitalize() if core[:1].isupper() else known) + tail


# The days of the week in the locative plural ("otrdienās": on Tuesdays), as a timetable a hand
# wrote names them.
_WEEKDAYS_ON = ("pirmdienās", "otrdienās", "trešdienās", "ceturtdienās", "piektdienās",
                "sestdienās", "svētdienās")


def _hand_weekday(read: str) -> str | None:
    """A weekday in the locative plural a hand wrote and OCR slipped on ("cetuetāienās"): the
    one day two edits at most away, closer than any other; the word ending as the days do
    ("-ienās"). "darbdienās", "brīvdienās" are three edits or more from every day."""
    folded = fold_word(read)
    if not folded.endswith("ienas") or fold_word(read) in {fold_word(d) for d in _WEEKDAYS_ON}:
        return None
    distances = sorted((hand_distance(read, day), day) for day in _WEEKDAYS_ON)
    best, day = distances[0]
    if best > 2 or distances[1][0] == best:
        return None
    return day


def _join_with_next(out: list[list[Word]], i: int, j: int, text: str) -> None:
    """Word j of line i and the one after it become one word `text` over both boxes, no surer
    than either and below the bar (a mended hand); the second is left empty, to be dropped."""
    _, box, confidence = out[i][j]
    _, box2, confidence2 = out[i][j + 1]
    out[i][j] = (text, (box[0], min(box[1], box2[1]), box2[2], max(box[3], box2[3])),
                 min(confidence, confidence2, 0.7))
    out[i][j + 1] = ("", box2, 0.0)


def mend_hand_slips(lines: list[list[Word]]) -> list[list[Word]]:
    """On an OCR page, a personal code's label and digits and a given name as a hand wrote
    them and OCR slipped: "personas kads" / "kals" before a code is "personas kods" (a word of
    four letters from "k" to "s", two slips at most from "kods", after "personas" with a code
    following), a code with letters
    of a digit's shape whose checksum then passes is that code, a given name in two pieces
    is joined. Each mended word keeps at most 0.7 of OCR's confidence: a slip undone is read
    by a person."""
    flat = [(i, j) for i, line in enumerate(lines) for j in range(len(line))]
    out = [list(line) for line in lines]

    def word(k: int) -> str:
        i, j = flat[k]
        return out[i][j][0]

    def put(k: int, text: str) -> None:
        i, j = flat[k]
        _, box, confidence = out[i][j]
        out[i][j] = (text, box, min(confidence, 0.7))

    for k in range(len(flat)):
        text = word(k)
        code = _code_mended(text)
        if code is not None:
            put(k, code)
        elif (name := _inner_capital(text)) is not None:
            put(k, name)
    for k in range(len(flat) - 1):
        later = [word(n) for n in range(k + 2, min(k + 4, len(flat)))]
        if (fold_word(word(k)) == "personas" and fold_word(word(k + 1)) != "kods"
                and len(word(k + 1)) == 4 and word(k + 1)[:1] in "kK"
                and word(k + 1)[-1:] in "sS" and hand_distance(word(k + 1), "kods") <= 2
                and any(_CODE_SHAPED.match(w) for w in later)):
            put(k + 1, "kods")
    for k in range(len(flat) - 1):
        if flat[k][0] != flat[k + 1][0]:
            continue
        mended = _caption_pair_slip(word(k), word(k + 1))
        if mended is not None:
            put(k, mended)
    for k in range(1, len(flat) - 1):
        if _stray_bracket(word(k - 1), word(k), word(k + 1)) and flat[k - 1][0] == flat[k][0] \
                == flat[k + 1][0]:
            put(k, word(k)[1:])
    for k in range(len(flat)):
        day = _hand_weekday(word(k))
        if day is not None:
            put(k, day)
        elif k + 1 < len(flat) and flat[k][0] == flat[k + 1][0] and len(word(k)) <= 3 \
                and word(k).isalpha() and _hand_weekday(word(k + 1)) is None \
                and (day := _hand_weekday(word(k) + word(k + 1))) is not None:
            # "ot ienĀS": a day's word broken in two where the hand lifted the pen.
            _join_with_next(out, *flat[k], day)
    for k in range(len(flat) - 2):
        i1, _ = flat[k]
        i2, _ = flat[k + 1]
        if i1 != i2:
            continue
        joined = _given_name_apart(word(k), word(k + 1), word(k + 2))
        if joined is not None:
            _join_with_next(out, *flat[k], joined)
    return [[w for w in line if w[0]] for line in out]
