"""An address's place names and postcode mended against the gazetteer (forms/places_lv.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ...errors import ConfigError
from ..values import STREET_NOUNS
from .confusions import nearest

_FILE = "asistents/forms/places_lv.yaml"
# "LV-4301" as a scan may leave it: "V-4301", "L V 4301", "1V-43O1", "LV.4301", "L -4301",
# "L.V-4301" (a speck or a hand's stop between the letters).
_POSTCODE = re.compile(
    r"(?<![\w-])(?:(?:[LlI1|]\s*\.?\s*)?[VY]\s*[-–—.]?|[LI]\s*[-–—])\s*([\dOoIl|cC]{4})(?![\w-])"
)
_DIGIT = str.maketrans({"O": "0", "o": "0", "c": "0", "C": "0", "I": "1", "l": "1", "|": "1"})
# The comma a scan lost between a place and its postcode ("Rīga LV-1058").
_COMMA_LOST = re.compile(r"(?<=[^\W\d_])(\.?)\s+(?=LV-\d{4}\b)")
# A thin stroke between two letters of a word is a letter: "Pi/s iela" is "Pils iela".
_STROKE_IN_WORD = re.compile(r"(?<=[a-zāčēģīķļņšūž])[/|](?=[a-zāčēģīķļņšūž])")
_PART_WORD = re.compile(r"[^\s,]+")
# An opening quote before an address that closes none ("„Ezeru iela 5-11"): the stroke a hand
# starts a line with, or a dotted rule's first dots; a farm's name in quotes closes its own.
_LONE_OPENING_QUOTE = re.compile(r"^[„“\"'‘,]+\s*(?=[^\W\d_])(?!.*[”\"'’“])")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, frozenset[str]]:
    """Towns (nominative), municipalities and parishes (genitive) by kind."""
    text = resources.files("asistents.forms").joinpath("places_lv.yaml").read_text("utf-8")
    try:
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise ConfigError(f"not valid YAML ({' '.join(str(error).split())})",
                          file=_FILE) from error
    kinds = ("towns", "municipalities", "parishes")
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), list) and all(isinstance(n, str) for n in data[k]) for k in kinds
    ):
        raise ConfigError("towns, municipalities and parishes must be lists of names", file=_FILE)
    return {k: frozenset(data[k]) for k in kinds}


def _locative(town: str) -> str:
    """A town's name in the locative, as a sentence places someone in it ("Jēkabpils" ->
    "Jēkabpilī", "Talsi" -> "Talsos", "Cēsis" -> "Cēsīs", "Tukums" -> "Tukumā")."""
    for ending, locative in (("is", "īs"), ("us", "ū"), ("as", "ās"), ("s", "ā"), ("a", "ā"),
                             ("e", "ē"), ("i", "os")):
        if town.endswith(ending):
            if ending == "s" and town.endswith("ls"):
                return town[:-1] + "ī"  # "-pils": a noun of the sixth declension
            return town[: -len(ending)] + locative
    return town


@lru_cache(maxsize=1)
def _towns_by_locative() -> dict[str, str]:
    towns = gazetteer()["towns"]
    by_locative: dict[str, set[str]] = {}
    for town in towns:
        by_locative.setdefault(_locative(town), set()).add(town)
    # A form that is itself a town's nominative, or the locative of two towns, says no one town.
    return {loc: next(iter(names)) for loc, names in by_locative.items()
            if len(names) == 1 and loc not in towns}


def town_nominative(address: str) -> str:
    """An address whose town a sentence wrote in the locative ("dzīvo Zīļu ielā 7, Jēkabpilī,
    LV-5202") with the town as an address writes it ("Jēkabpils"): a part after the street that
    is a gazetteer town's locative and nothing else."""
    parts = address.split(",")
    for at, part in enumerate(parts[1:], start=1):
        word = part.strip()
        town = _towns_by_locative().get(word)
        if town is not None:
            parts[at] = part.replace(word, town, 1)
    return ",".join(parts)


def mend_postcode(text: str) -> str:
    """Every damaged postcode in `text` written LV-NNNN."""
    def written(match: re.Match[str]) -> str:
        digits = match.group(1).translate(_DIGIT)
        return f"LV-{digits}" if digits.isdigit() else match.group(0)
    return _COMMA_LOST.sub(r"\1, ", _POSTCODE.sub(written, text))


# A hand's street, its noun and its number read as one word, the spaces lost ("Parkaiela8-21"):
# a name of three letters or more, the street noun, the number straight after it.
_GLUED_STREET = re.compile(r"(?<![\w-])([^\W\d_]{3,}?)(" + "|".join(STREET_NOUNS) + r")(\d{1,4})")


def mend_address(address: str) -> str:
    """`address` with its postcode's form, its street's stroke-letters and its places' names
    put right where one gazetteer name is OCR's slip away from what was read."""
    text = mend_postcode(_STROKE_IN_WORD.sub("l", _LONE_OPENING_QUOTE.sub(
        "", _GLUED_STREET.sub(r"\1 \2 \3", address))))
    places = gazetteer()
    parts = text.split(",")
    for at, part in enumerate(parts):
        words = _PART_WORD.findall(part)
        if not words or (at == 0 and len(parts) > 1):
            continue  # the first part is the street or house: no gazetteer holds those
        head, rest = words[0], [w.casefold() for w in words[1:]]
        if not head[:1].isupper():
            continue
        if rest and rest[0].startswith("pag"):
            known = places["parishes"]
        elif rest and rest[0].startswith("nov"):
            known = places["municipalities"]
        elif not rest or rest[0].startswith("lv-") or all(len(w) <= 6 for w in words):
            known = places["towns"]
        else:
            continue
        if head in known:
            continue
        better = nearest(head, known) if len(head) >= 4 else None
        if better is not None:
            parts[at] = part.replace(head, better, 1)
        elif known is places["towns"] and len(words) > 1 and not rest[-1].startswith("lv-"):
            # A town OCR split between its letters ("L ivoni"): the words joined.
            better = nearest("".join(words), known)
            if better is not None:
                lead = part[: len(part) - len(part.lstrip())]
                parts[at] = lead + better
    return ",".join(parts)
