"""Institution names as printed, without the quotation marks: SIA „Latgales Maiznieks”."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

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


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
        common_stems=tuple(_fold(s) for s in data["common_stems"]),
        lower_words=frozenset(_fold(s) for s in data["lower_words"]),
        company_forms=frozenset(data["company_forms"]),
        split_endings=frozenset(data["split_endings"]),
        name_kinds=frozenset(_fold(s) for s in data["name_kinds"]),
        heading_words=frozenset(_fold(s) for s in data["heading_words"]),
    )


def clean_institution_name(text: str | None) -> str:
    """`SIA „Latgales Maiznieks”` -> `SIA Latgales Maiznieks`; spaces collapsed, a sub-title
    after a separator ("· specializētā darbnīca") cut off."""
    if not text:
        return ""
    for match in _SEPARATOR.finditer(text):
        before = text[: match.start()]
        if sum(before.count(q) for q in _OPEN + "”»") % 2 == 0:
            text = before  # outside quotation marks: the name ends here
            break
    without_quotes = _QUOTE_RUN.sub(" ", text)
    name = " ".join(without_quotes.split())
    # a quote next to punctuation leaves "Maiznieks ," behind
    name = re.sub(r"\s+([,.;:)])", r"\1", name).strip(" ,;:")
    # a sentence's full stop ("... nams.") goes; an abbreviation's ("1. vsk.") stays
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha():
        name = name[:-1]
    return name


def is_heading(name: str) -> bool:
    """Whether a "name" is only a table's heading or label words ("Nosaukums", "Darba devējs")."""
    words = [_fold(w.strip(".,;:")) for w in name.split()]
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
    return " ".join(out)


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
        folded = _fold(word)
        if word in words.company_forms or not re.search(r"[^\W\d_]", word):
            out.append(word)
        elif index and (folded in words.lower_words or folded.startswith(words.common_stems)):
            out.append(word.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def name_in_quotes(text: str) -> str | None:
    """The name inside quotation marks after a noun naming its kind ('profesionālā bakalaura
    studiju programma „Datorvadība un datorzinātne” (42481)' -> 'Datorvadība un
    datorzinātne'); None when the text is not so printed. The description before the name is
    in lower case, and nothing but a code may follow the closing mark."""
    match = re.search(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,120}})[{_CLOSE}]", text)
    if match is None:
        return None
    lead = text[: match.start()].split()
    rest = text[match.end():].strip(" .,;")
    # a description in lower case (its first word may open the sentence with a capital)
    if not lead or any(not w[:1].islower() for w in lead[1:]) or lead[0][:1].isdigit():
        return None
    if _fold(lead[-1].strip(",:")) not in _words().name_kinds:
        return None
    if rest and not re.fullmatch(r"\(?\s*(?:kods\s*:?\s*)?[A-Z]?\d{4,}\s*\)?", rest):
        return None
    return " ".join(match.group(1).split())
