"""Institution names as printed, without the quotation marks: SIA „Latgales Maiznieks”."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml

from ..errors import ConfigError
from .person_names import fold_word

_FILE = "asistents/forms/institution_names.yaml"

# Latvian typography uses „…”; Word and OCR give “…”, "…", «…», ‚…‘ and ",," for the low quote.
QUOTES = "„”“‟\"«»‚‘’'`´"
_QUOTE_RUN = re.compile(r",,|[" + re.escape(QUOTES) + "]")
# A letterhead goes on after the name with a sub-title or the address: "Biedrība „X” ·
# specializētā darbnīca", "... struktūrvienība | Pasta iela 37". A name holds no such mark.
_SEPARATOR = re.compile(r"\s+[·•|]\s+|\s+[·•|]$|\s+[–—]\s+(?=[a-zāčēģīķļņšūž])")
_OPEN, _CLOSE = "„“\"«‚", "”“\"»‘’"


@dataclass(frozen=True)
class _Words:
    common_stems: tuple[str, ...]
    lower_words: frozenset[str]
    company_forms: frozenset[str]
    split_endings: frozenset[str]
    name_kinds: frozenset[str]
    heading_words: frozenset[str]
    legal_forms: tuple[str, ...] = ()
    unit_nouns: tuple[str, ...] = ()
    company_branch_nouns: tuple[str, ...] = ()
    status_phrases: tuple[str, ...] = ()
    owner_roles: tuple[str, ...] = ()
    self_employed_status: tuple[str, ...] = ()
    parent_bodies: frozenset[str] = frozenset()
    school_kinds: tuple[str, ...] = ()
    place_words: tuple[str, ...] = ()
    level_words: tuple[str, ...] = ()
    founder_genitives: tuple[str, ...] = ()
    certifying_unit_nouns: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _words() -> _Words:
    text = resources.files(__package__).joinpath("institution_names.yaml").read_text("utf-8")
    try:
        data: Any = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise ConfigError(f"not valid YAML ({' '.join(str(error).split())})", file=_FILE) from error
    keys = ("common_stems", "lower_words", "company_forms", "split_endings", "name_kinds",
            "heading_words")
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), list) and all(isinstance(x, str) for x in data[k]) for k in keys
    ):
        raise ConfigError(f"{', '.join(keys)} must be lists of words", file=_FILE)
    return _Words(
        common_stems=tuple(fold_word(s) for s in data["common_stems"]),
        lower_words=frozenset(fold_word(s) for s in data["lower_words"]),
        company_forms=frozenset(data["company_forms"]),
        split_endings=frozenset(data["split_endings"]),
        name_kinds=frozenset(fold_word(s) for s in data["name_kinds"]),
        heading_words=frozenset(fold_word(s) for s in data["heading_words"]),
        legal_forms=tuple(fold_word(s) for s in data.get("legal_forms", [])),
        unit_nouns=tuple(fold_word(s) for s in data.get("unit_nouns", [])),
        certifying_unit_nouns=tuple(fold_word(s)
                                    for s in data.get("certifying_unit_nouns", [])),
        company_branch_nouns=tuple(fold_word(s) for s in data.get("company_branch_nouns", [])),
        status_phrases=tuple(" ".join(fold_word(w) for w in s.split())
                             for s in data.get("status_phrases", [])),
        owner_roles=tuple(fold_word(s) for s in data.get("owner_roles", [])),
        self_employed_status=tuple(" ".join(fold_word(w) for w in s.split())
                                   for s in data.get("self_employed_status", [])),
        parent_bodies=frozenset(fold_word(s) for s in data.get("parent_bodies", [])),
        school_kinds=tuple(fold_word(s) for s in data.get("school_kinds", [])),
        place_words=tuple(fold_word(s) for s in data.get("place_words", [])),
        level_words=tuple(fold_word(s) for s in data.get("level_words", [])),
        founder_genitives=tuple(fold_word(s) for s in data.get("founder_genitives", [])),
    )


_TRAILING_ASIDE = re.compile(r"(?<=\S)\s*\([^()]*\)\s*$")


_SERVES_AFTER_QUOTE = re.compile(
    r"(?<=[”\"»“])\s+[a-zāčēģīķļņšūž]+(?:ām|iem)\s+(?:ar|no|kuri|kas)\s.*$")
_LEADING_SPECK = re.compile(r"^(?:[.,;:*·•°~_]+\s+)+(?=[^\W\d_])")
_MAIL_ADDRESS = re.compile(r"(?:<|&lt;)\s*[^<>\s@]+@[^<>\s]+\s*(?:>|&gt;)?")


def clean_institution_name(text: str | None) -> str:
    """`SIA „Latgales Maiznieks”` -> `SIA Latgales Maiznieks`; spaces collapsed, a sub-title
    after a separator ("· specializētā darbnīca") cut off."""
    if not text:
        return ""
    # An e-mail sender's address in angle brackets ("... <info@...>") is where the message
    # came from, no part of what the sender is called.
    text = _MAIL_ADDRESS.sub(" ", text)
    for match in _SEPARATOR.finditer(text):
        before = text[: match.start()]
        if sum(before.count(q) for q in _OPEN + "”»") % 2 == 0:
            text = before  # outside quotation marks: the name ends here
            break
    text = without_owner(text)
    # A quoted name followed by whom the body serves, in the dative plural and small letters
    # ("Dienas centrs „Atmiņu Māja” personām ar demenci", "... „Saulīte” bērniem ar ..."):
    # a description after the name, no part of it.
    text = _SERVES_AFTER_QUOTE.sub("", text)
    # An aside in brackets after the name ("(dibināta 2004. gadā)", "(reģ. Nr. ...)") tells
    # about the organisation; it is no part of what it is called.
    text = _TRAILING_ASIDE.sub("", text)
    without_quotes = _QUOTE_RUN.sub(" ", text)
    name = " ".join(without_quotes.split())
    # a quote next to punctuation leaves "Maiznieks ," behind
    name = re.sub(r"\s+([,.;:)])", r"\1", name).strip(" ,;:")
    # A name opens with a letter, a digit or a quote: a lone stop or star before it, apart
    # from it (". TUKUMA ..."), is a speck a scan printed in the margin.
    name = _LEADING_SPECK.sub("", name)
    # a sentence's full stop ("... nams.") goes; an abbreviation's ("1. vsk.") stays
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha():
        name = name[:-1]
    return name


def without_owner(text: str) -> str:
    """A company's name without its owner named after it ('IK „Kokamatnieks”, īpašnieks J.
    Ozols' -> 'IK „Kokamatnieks”'): the owner is a person, not the company (conventions)."""
    for match in re.finditer(r",\s*([^\W\d_]+)\s+\S", text):
        before = text[: match.start()]
        if (fold_word(match.group(1)).startswith(_words().owner_roles) and before.strip()
                and sum(before.count(q) for q in _OPEN + "”»") % 2 == 0):
            return before
    return text


def without_self_employed_status(name: str) -> str:
    """A self-employed person's name without the status printed after it ('Gatis Ozols
    saimnieciskās darbības veicējs (biškopība)' -> 'Gatis Ozols'): he employs by his own name
    (unseen conventions). A name left of fewer than two capitalised words is kept whole."""
    words = _TRAILING_ASIDE.sub("", name).split()
    folded = [fold_word(w.strip(".,;:")) for w in words]
    for phrase in _words().self_employed_status:
        size = len(phrase.split())
        if len(words) - size >= 2 and " ".join(folded[-size:]) == phrase and all(
                w[:1].isupper() for w in words[:-size]):
            return " ".join(words[:-size]).rstrip(",")
    return name


def states_self_employment(row: str) -> bool:
    """Whether a row only states that someone is self-employed ("saimnieciskās darbības
    veicējs (biškopība)"), printed under his name in his own letterhead."""
    folded = " ".join(fold_word(w.strip(".,;:")) for w in _TRAILING_ASIDE.sub("", row).split())
    return folded in _words().self_employed_status


def is_heading(name: str) -> bool:
    """Whether a "name" is only a table's heading or label words ("Nosaukums", "Darba devējs")."""
    words = [fold_word(w.strip(".,;:")) for w in name.split()]
    return bool(words) and all(w in _words().heading_words for w in words)


def join_split_endings(name: str) -> str:
    """"RĒZEKN ES NOVADA" -> "RĒZEKNES NOVADA": OCR's gap before an ending of a word in
    capitals (a word cannot end in a bare consonant other than s or š)."""
    words = name.split()
    out: list[str] = []
    for word in words:
        previous = out[-1] if out else ""
        if (word in _words().split_endings and previous.isupper() and len(previous) >= 3
                and previous.isalpha() and previous[-1] not in "AĀEĒIĪOUŪSŠ"
                and previous not in _words().company_forms):
            out[-1] = previous + word
        else:
            out.append(word)
    return " ".join(_join_split_initials(out))


def _join_split_initials(words: list[str]) -> list[str]:
    """"CĒSU N OVADA" -> "CĒSU NOVADA": OCR's gap after a word's first letter in capitals,
    where the joined word is a generic word of a name (`common_stems`) and the rest is none.
    A company form or a lone letter before a word that stands as it is stays apart."""
    out: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        after = words[at + 1] if at + 1 < len(words) else ""
        stems = _words().common_stems
        if (len(word) == 1 and word.isalpha() and word.isupper() and len(after) >= 3
                and after.isalpha() and after.isupper() and word not in _words().company_forms
                and fold_word(word + after).startswith(stems)
                and not fold_word(after).startswith(stems)):
            out.append(word + after)
            at += 2
            continue
        out.append(word)
        at += 1
    return out


def normal_case(name: str) -> str:
    """A name printed in capitals as running text writes it: "RĒZEKNES NOVADA MALTAS SPECIĀLĀ
    PAMATSKOLA" -> "Rēzeknes novada Maltas speciālā pamatskola". Generic words (the table's
    stems) go to lower case, proper names and company forms keep their capital; a name not
    in capitals is returned as it is."""
    if not name.isupper():
        return name
    words = _words()
    out = []
    for index, word in enumerate(join_split_endings(name).split()):
        folded = fold_word(word)
        if word in words.company_forms or not re.search(r"[^\W\d_]", word):
            out.append(word)
        elif index and (folded in words.lower_words or folded.startswith(words.common_stems)):
            out.append(word.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(_school_name_opening(out))


def _school_name_opening(words: list[str]) -> list[str]:
    """A school's name after its place ("TUKUMA MŪZIKAS SKOLA", "ZEMGALES AUGSTSKOLA"): the
    word that opens the name proper after the place's genitive keeps its capital, as Latvian
    writes a unique school's name ("Tukuma Mūzikas skola", "Zemgales Augstskola", "Cēsu
    Amatniecības vidusskola"); a word saying only the school's level or kind there
    ("Aizputes vidusskola", "Stendes speciālā pamatskola") stays small. A school's own name
    after its kind ("LIEPĀJAS SPORTA SKOLA VILNIS") stays as it is."""
    table = _words()
    folded = [fold_word(w.strip(".,;:()")) for w in words]
    kinds = [at for at, word in enumerate(folded) if word.endswith(table.school_kinds)]
    if kinds and kinds[-1] < len(words) - 1 and all(w[:1].isupper()
                                                     for w in words[kinds[-1] + 1:]):
        return [*_school_name_opening(words[:kinds[-1] + 1]), *words[kinds[-1] + 1:]]
    if len(words) < 2 or not folded[-1].endswith(table.school_kinds):
        return words
    if not words[0][:1].isupper() or folded[0].startswith(table.common_stems):
        return words  # the name does not open with a place's genitive
    at = 1
    while at < len(words) - 1 and folded[at].startswith(table.place_words):
        at += 1
    word = words[at]
    if folded[at].startswith(table.level_words) or folded[at] in table.lower_words:
        return words
    out = [*words[:at], word[:1].upper() + word[1:], *words[at + 1:]]
    if at + 3 < len(out) and folded[at + 1] == "un":
        # "SALDUS TEHNOLOĢIJU UN DIZAINA TEHNIKUMS": the capital is the opening word's alone;
        # the field joined to it by "un" is written small ("Tehnoloģiju un dizaina").
        out[at + 2] = out[at + 2].lower()
    for later in range(at + 1, len(out) - 1):
        # "CĒSU PRAKTISKO VALODU KOLEDŽA": a common noun in the genitive plural after the
        # opening word says what is taught ("Praktisko valodu koledža"), no proper name of
        # its own (a person's or a place's name there stands in the singular).
        if _GENITIVE_PLURAL.fullmatch(folded[later]) and out[later][:1].isupper():
            out[later] = out[later].lower()
    return out


# A common noun's genitive plural ("valodu", "tehnoloģiju", "zinātņu"): a stem and "-u".
_GENITIVE_PLURAL = re.compile(r"[a-z]{3,}u")


def states_status(row: str) -> bool:
    """Whether a letterhead row only states what kind of body the organisation is and who
    founded it ("Liepājas valstspilsētas pašvaldības izglītības iestāde", "Profesionālās
    izglītības iestāde"): it ends in a status phrase, with no quoted name of its own."""
    founder = _FOUNDER_QUOTED.match(row)
    if founder is not None and fold_word(founder.group(1)) in _words().founder_genitives:
        # "Biedrības „Saules Stari” dibināta izglītības iestāde": the quoted name is the
        # founder's, in the genitive; the row still states only what the body under it is.
        row = row[founder.end():]
    if re.search(f"[{re.escape(QUOTES)}]", row):
        return False
    folded = " ".join(fold_word(w.strip(".,;:")) for w in row.split())
    return any(folded == p or folded.endswith(" " + p) for p in _words().status_phrases)


# A row opening with a founder's legal form and its quoted name ("Nodibinājuma „...”").
_FOUNDER_QUOTED = re.compile(rf"^\s*(\w+)\s+[{re.escape(_OPEN)}][^{re.escape(QUOTES)}]{{2,80}}"
                             rf"[{re.escape(_CLOSE)}]\s+(?=\w)")


def names_a_parent(row: str) -> bool:
    """Whether a letterhead row names only a founding body in the nominative, by its place and
    its kind ("Ludzas novada pašvaldība", "Labklājības ministrija"): printed over the name of a
    body of its own (its parish administration, its agency), it says whose that body is. A
    founder in the genitive ("... novada pašvaldības Engures pagasta pārvalde") opens the
    name itself and is no such row."""
    if re.search(f"[{re.escape(QUOTES)}]", row):
        return False
    words = [fold_word(w.strip(".,;:")) for w in row.split()]
    return 2 <= len(words) <= 4 and words[-1] in _words().parent_bodies


def names_a_unit(name: str) -> bool:
    """Whether a name ends in a noun naming a unit of an organisation ("Hemodialīzes nodaļa")."""
    words = name.split()
    return bool(words) and fold_word(words[-1].strip(".,;:")).startswith(_words().unit_nouns)


def names_a_kind(word: str) -> bool:
    """Whether a word is a noun naming a kind of name ('programma', 'specialitāte'), after
    which the name itself stands in quotation marks."""
    return fold_word(word.strip(",:")) in _words().name_kinds


def name_in_quotes(text: str) -> str | None:
    """The name inside quotation marks after a noun naming its kind ('profesionālā bakalaura
    studiju programma „Datorvadība un datorzinātne” (42481)' -> 'Datorvadība un
    datorzinātne'); None when the text is not so printed. The description before the name is
    in lower case, and nothing but a code or a clause after a comma may follow the closing
    mark."""
    match = re.search(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,120}})[{_CLOSE}]", text)
    if match is None:
        return None
    lead = text[: match.start()].split()
    rest = text[match.end():].strip(" .,;")
    # What a comma or a semicolon adds after the name ('„X”, 2. kurss, pilna laika klātiene':
    # the year of study, the form of study) is a further clause about it, no part of it.
    if re.match(r"\s*[,;]", text[match.end():]):
        rest = ""
    # a description in lower case (its first word may open the sentence with a capital)
    if not lead or any(not w[:1].islower() for w in lead[1:]) or lead[0][:1].isdigit():
        return None
    if fold_word(lead[-1].strip(",:")) not in _words().name_kinds:
        return None
    if rest and not re.fullmatch(r"\(?\s*(?:kods\s*:?\s*)?[A-Z]?\d{4,}\s*\)?", rest):
        return None
    return " ".join(match.group(1).split())


def name_after_kind(text: str) -> str | None:
    """The name printed without quotation marks after a noun naming its kind ('profesionālā
    bakalaura studiju programma Informācijas tehnoloģijas' -> 'Informācijas tehnoloģijas';
    '... izglītības programmā Klavierspēle' -> 'Klavierspēle'); None when the text is not so
    printed. The kind is described in lower case right before its noun (the first word may
    open the sentence with a capital), and the name after it opens with a capital: a kind
    followed by lower-case words ('programma izglītojamajiem ar ...') is the name itself."""
    words = text.split()
    for index in range(len(words) - 2, -1, -1):
        if fold_word(words[index].strip(",:")) not in _words().name_kinds:
            continue
        rest = words[index + 1:]
        if not re.match(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]", rest[0]):
            continue  # "programma izglītojamajiem ar ...": whom it is for, no name; look on
        before = words[index - 1] if index else ""
        if index > 1 and not before[:1].islower():
            return None  # "Rīgas Programma Nākotne": a name with the word in it
        if index == 0:
            return None  # "Programma X": a label, not a kind described
        return " ".join(rest).strip(" .,;") or None
    return None


def without_label_words(name: str) -> str:
    """A name without the label or heading words a table printed before it in the same cell
    or line ("Nosaukums SIA Baltijas Audiogrāmatas" -> "SIA Baltijas Audiogrāmatas"): a label
    never opens a value. Nothing is cut when no capitalised word would be left."""
    words = name.split()
    folded = [fold_word(w.strip(".,;:")) for w in words]
    cut = 0
    while cut < len(words) - 1 and folded[cut] in _words().heading_words:
        if folded[cut] == "darba" and folded[cut + 1] not in ("devejs", "devejas"):
            break  # "Darba devējs" is a heading; "Darba ..." may open a company's name
        cut += 1
    if cut and words[cut][:1].isupper():
        return " ".join(words[cut:])
    return name


def is_letter_soup(name: str) -> bool:
    """Whether a "name" is mostly stray single letters and marks (a round stamp's letters, a
    signature's strokes read by OCR): "AS M E Ž C * I Rīga E Direktore A M L". An initial with
    its full stop ("J. Poruka vidusskola") or a number ("1.") is no stray letter."""
    tokens = name.split()
    if len(tokens) < 3:
        return False
    stray = [t for t in tokens if len(t) == 1 and t not in "&+"]
    return len(stray) * 2 >= len(tokens)


def join_letter_spaced(words: list[tuple[str, float, float]]) -> str:
    """Text of a line whose capitals are printed letter-spaced ("R Ī G A S   M E Ž C I E M A"):
    each letter is a word of its own, the wider gaps part the words. `words` are (text, x0,
    x1) left to right; words that are not single letters are kept as they are."""
    out: list[str] = []
    run: list[tuple[str, float, float]] = []

    def flush() -> None:
        if len(run) < 3:
            out.extend(t for t, _a, _b in run)
        else:
            gaps = sorted(b[1] - a[2] for a, b in pairwise(run))
            usual = gaps[len(gaps) // 2]
            word = run[0][0]
            for before, letter in pairwise(run):
                gap = letter[1] - before[2]
                if gap > max(1.8 * usual, usual + 2.0):
                    out.append(word)
                    word = letter[0]
                else:
                    word += letter[0]
            out.append(word)
        run.clear()

    for word in words:
        if len(word[0]) == 1 and word[0].isalpha() and word[0].isupper():
            run.append(word)
        else:
            flush()
            out.append(word[0])
    flush()
    return " ".join(out)


def has_legal_form(name: str) -> bool:
    """Whether a name states its legal form ("SIA Jūras Vējš", "Biedrība „Cerība”",
    "Nodibinājums ..."): the name a register and a contract use."""
    folded = [fold_word(w.strip(".,;:")) for w in name.split()]
    return any(w.upper() in _words().company_forms or w.startswith(_words().legal_forms)
               for w in folded if w)


def is_common_word_name(name: str) -> bool:
    """Whether a name holds a generic word of an organisation's name ("centrs", "skola",
    "nodaļa"): what a person's name never does."""
    return any(fold_word(w).startswith(_words().common_stems) for w in name.split())


def names_only_kind(name: str) -> bool:
    """Whether a name is only the kind of an organisation ("Dienas aprūpes centrs", "Sociālais
    dienests"): every word generic, no place, proper name or quoted name of its own, so the
    name proper was lost (cut off, misread) or never printed."""
    words = [w.strip("\"'„“”«»,.;:") for w in name.split()]
    words = [w for w in words if w]
    lower = set(_words().lower_words)
    return bool(words) and all(
        fold_word(w).startswith(_words().common_stems) or fold_word(w) in lower for w in words)


def legal_name(printed: str, page_text: str) -> str | None:
    """The name with its legal form that the page prints for a name printed without it: a
    letterhead "Masāžas studija „Jūras Vējš”" over requisites "SIA „Jūras Vējš”, reģ. Nr. ..."
    is SIA Jūras Vējš. The name in quotation marks (else the whole name) must follow the
    legal form; None when the page prints no such name or the name states its own form."""
    words = _words()
    # "Salacas Kokapstrāde, SIA" or "VENTAS DĒLIS SIA": the form after the name
    trailing = re.fullmatch(r"\s*(.+?)\s*(?:,\s*|\s)([A-Z]{2,4})\s*", printed)
    if trailing and trailing.group(2) in words.company_forms and not has_legal_form(
            trailing.group(1)):
        # "Salacas Kokapstrāde, SIA" (the form after the name, as a register lists it, or a
        # letterhead without the comma) is written as the name is cited: "SIA Salacas
        # Kokapstrāde".
        return clean_institution_name(f"{trailing.group(2)} {trailing.group(1)}")
    if has_legal_form(printed):
        return None
    quoted = re.search(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,80}})[{_CLOSE}]", printed)
    core = " ".join((quoted.group(1) if quoted else clean_institution_name(printed)).split())
    if len(core) < 3:
        return None
    forms = "|".join(sorted((re.escape(f) for f in words.company_forms), key=len, reverse=True))
    quote = f"[{re.escape(QUOTES)}]?"
    body = r"\s+".join(re.escape(w) for w in core.split())
    pattern = re.compile(rf"(?<![\w])({forms})\s*{quote}\s*{body}\s*{quote}(?![\w])")
    match = pattern.search(page_text)
    if match is None:
        # "Biedrība „Cerība”", "nodibinājums „...”": a legal form spelt out
        spelt = re.compile(rf"(?<![\w])((?i:[^\W\d_]+))\s*{quote}\s*{body}\s*{quote}(?![\w])")
        for found in spelt.finditer(page_text):
            kind = found.group(1)
            if not fold_word(kind).startswith(words.legal_forms):
                continue
            if kind[:1].isupper():
                match = found
                break
            if _opens_line(page_text, found.start()) and _nominative_form(kind):
                # A letterhead written small ("biedrība Aizputes ...") opening its row: the
                # form in the nominative is the name's, written as a name opens.
                return clean_institution_name(kind[:1].upper() + found.group(0)[1:])
    if match is None:
        return None
    return clean_institution_name(match.group(0))


def _opens_line(text: str, at: int) -> bool:
    """Whether position `at` of a page's text opens its line (only spaces before it)."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def _nominative_form(word: str) -> bool:
    """Whether a spelt legal form is in the nominative ("biedrība", "nodibinājums", "fonds"),
    not a case of it in a sentence ("biedrības valde", "biedrībā")."""
    return bool(re.fullmatch(r"[^\W\d_]+(?:[īi]ba|ums|[^\W\d_aeiouāēīū]s)", word.lower()))


# A branch named by its town in the genitive: "Liepājas filiāle", "Cēsu filiāle".
_TOWN_BRANCH = re.compile(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:as|es|u|a|s)\s+(\S+)$")


def opens_with_company_form(name: str) -> bool:
    """Whether a name opens with a company's legal form ("SIA ...", "AS ...", "IK ..."): a
    company, whose register name is how it prints itself, not a public body's."""
    words = name.split()
    return bool(words) and words[0].strip(".,") in _words().company_forms


def company_branch(name: str, row_below: str) -> str | None:
    """A company's name with its branch, when the letterhead's row under the name opens with
    a branch named by its town before the contacts ("SIA Nieru Aprūpe" over "Cēsu filiāle ·
    Slimnīcas iela 2, ..."): "SIA Nieru Aprūpe Cēsu filiāle". None for any other row, or a
    name that is no company's (opens with no legal form)."""
    words = name.split()
    if not words or words[0] not in _words().company_forms:
        return None
    head = _SEPARATOR.split(row_below, maxsplit=1)[0].strip(" ,")
    town = _TOWN_BRANCH.match(head)
    if town is None or not fold_word(town.group(1)).startswith(_words().company_branch_nouns):
        return None
    return f"{name} {head}"


# A unit named by its kind and its own name in quotes opening a letterhead's row, its address
# after a dash or a dot ("Dienas centrs „Avoti” - Skolas iela 2, ...").
_NAMED_UNIT = re.compile(
    rf"^(?P<kind>[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:\s+[a-zāčēģīķļņšūž]+){{0,3}})\s*"
    rf"[{_OPEN}](?P<name>[^{_OPEN}{_CLOSE}]{{2,60}})[{_CLOSE}]\s*(?:[-–—·•|,:]\s*)?(?P<rest>.*)$")


def unit_named_below(row_below: str, body: str, parent: str | None = None,
                     any_case: bool = False) -> str | None:
    """The unit of an organisation that issued the paper, when the letterhead's row under the
    organisation's name opens with the unit's kind and its own name in quotes before its
    address ("Talsu ... dienests" over "Dienas centrs „Avoti” - Skolas iela 2, ...") and the
    body names that unit again by its kind's noun and quoted name ("... dienas centrs „Avoti”
    apliecina"): "Dienas centrs Avoti". With `any_case`, the body may name it in any case
    ("apmeklē dienas centru „Avoti”": a field whose issuer is the unit where it is done).
    Given the `parent` over it, a body that names neither (a terse "kl. ... apmeklē P-Pk"):
    the unit all the same, as a unit that certifies is named by that unit. None for any
    other row."""
    found = _NAMED_UNIT.match(" ".join(row_below.split()))
    if found is None or (found.group("rest") and not re.search(r"\d", found.group("rest"))):
        return None
    noun = found.group("kind").split()[-1]
    noun = re.escape(noun[:-2]) + r"\w{1,4}" if any_case and len(noun) > 4 else re.escape(noun)
    name = r"\s+".join(re.escape(w) for w in found.group("name").split())
    if not re.search(rf"(?i:{noun})\s*[{_OPEN}]\s*{name}\s*[{_CLOSE}]", body) and (
            parent is None or _names_parent(parent, body)
            or not _certifies_alone(found.group("kind"), found.group("name"), parent)):
        return None
    return clean_institution_name(f"{found.group('kind')} „{found.group('name')}”")


def _certifies_alone(kind: str, name: str, parent: str) -> bool:
    """Whether a unit the body does not name is still the one that certifies: a unit of a
    kind that runs its own attendance (a day centre), not a club or group the parent hosts
    ("Lasītāju klubs „...”" under a library), nor the parent's own name again in another
    language ("Valka kultuurikeskus „Sīlis”" under "Valkas kultūras centrs „Sīlis”")."""
    if not fold_word(kind.split()[-1]).startswith(_words().certifying_unit_nouns):
        return False
    return fold_word(" ".join(name.split())) not in fold_word(" ".join(parent.split()))


def _names_parent(parent: str, body: str) -> bool:
    """Whether the body names the parent organisation by its own name's words ("Ozolkalna
    ... draudze apliecina"): the first two words past a legal form, any ending; or by the
    initials of its words, as a signer's line does."""
    words = [w for w in parent.split() if w not in _words().company_forms
             and not fold_word(w).startswith(_words().legal_forms)]
    initials = "".join(w.strip(_OPEN)[:1] for w in words).upper()
    if len(initials) >= 3 and re.search(rf"(?<!\w){re.escape(initials)}(?!\w)", body):
        return True  # its initials ("LNS valdes priekšsēdētāja" under "Latvijas Nedzirdīgo ...")
    words = [fold_word(w.strip(_OPEN + _CLOSE + ".,")) for w in words][:2]
    if not words:
        return True
    stems = [re.escape(w[:-2] if len(w) > 4 else w) for w in words]
    return re.search(r"(?<!\w)" + r"\w*\s+".join(stems), fold_word(body)) is not None


def branch_named(name: str, head_text: str, page_text: str) -> str | None:
    """The branch of `name` that issued the paper, as the body prints it: the letterhead names
    the organisation and, on a row under it, one of its branches ("Kuldīgas filiāle ·
    Stendes iela 2"); the body names the issuer with the organisation in the genitive before
    the branch ("Ozolu Tehnikuma Kuldīgas filiāle apliecina"). The branch's words must be
    printed in the letterhead (`head_text`) too: a unit the body only mentions ("nodaļas
    apliecinājums") is not the issuer. None when the body names no such branch."""
    quoted = re.search(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,80}})[{_CLOSE}]", name)
    core = (quoted.group(1) if quoted else name).split()
    while core and (core[0] in _words().company_forms
                    or fold_word(core[0]).startswith(_words().legal_forms)):
        core = core[1:]  # "Biedrība „...”", "SIA ...": the body cites the name without it
    if len(core) < 2:
        return None
    # The genitive of each word: its stem with another ending ("Tehnikums" -> "Tehnikuma"),
    # matched on the text folded letter by letter (so a span of it is a span of the text).
    folded = "".join(f if len(f := fold_word(c)) == 1 else c for c in page_text)
    words = [fold_word(w) for w in core]
    stems = [re.escape(w[:-2]) + r"[a-z]{0,4}" if len(w) > 4 else re.escape(w) for w in words]
    units = "|".join(_words().unit_nouns)
    joined = r"\s+".join(stems)
    pattern = re.compile(rf"(?<!\w){joined}((?:\s+[a-z]+){{0,4}}?\s+(?:{units})[a-z]*)(?!\w)")
    folded_head = " ".join(fold_word(head_text).split())
    for found in pattern.finditer(folded):
        branch = found.group(1).split()
        if page_text[found.start(1):found.end(1)].rstrip()[-1:] not in ("e", "a"):
            continue  # the unit noun in the nominative ("filiāle", "nodaļa"), not "nodaļā"
        if " ".join(branch) not in folded_head:
            continue
        cited = page_text[found.start():found.start(1)].split()
        if fold_word(cited[-1]) == fold_word(core[-1]):
            continue  # the name in the nominative (the letterhead itself), not the genitive
        text = " ".join(page_text[found.start():found.end()].split())
        if text[:1].isupper() and page_text[found.start(1):found.end(1)].split()[-1][:1].islower():
            return text
    return None
