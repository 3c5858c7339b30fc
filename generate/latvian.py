"""Latvian grammar for generated documents: names in the dative and genitive, dates, numbers.

A decision says "piešķirt Elīnai Zariņai" (dative), "Jāņa Bērziņa iesniegums" (genitive),
"no 2027. gada 1. janvāra līdz 2027. gada 31. decembrim", "40 (četrdesmit) stundas nedēļā".
Babel's Latvian long date is the nominative only, so the case forms are small tables here.
The reverse direction (an inflected name back to the nominative) is `forms.person_names`;
the given-name lists and the masculine -a/-e surnames are its tables, not a second copy.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from ..forms.latvian_dates import (
    MONTHS_GENITIVE,
    MONTHS_NOMINATIVE,
    date_genitive,
)
from ..forms.latvian_dates import format_date_lv as date_locative  # '2026. gada 3. decembrī'
from ..forms.person_names import name_tables, normalize_person_name

NAME_CASES = ("nominative", "genitive", "dative")

# The dative follows the nominative's declension: -is -> -im (janvārim), -s -> -am (martam).
MONTHS_DATIVE = tuple(m[:-2] + "im" if m.endswith("is") else m[:-1] + "am"
                      for m in MONTHS_NOMINATIVE)

# Genitive of a masculine -is noun: the stem's last consonant alternates (Lācis -> Lāča).
# Given names mostly keep theirs (Valdis -> Valda, Gatis -> Gata, Pēteris -> Pētera); the
# exceptions are the `irregular` table of person_names.yaml (Jānis -> Jāņa, Kārlis -> Kārļa).
_SURNAME_IS_GENITIVE = (("c", "č"), ("dz", "dž"), ("l", "ļ"), ("n", "ņ"), ("s", "š"),
                        ("t", "š"), ("d", "ž"), ("z", "ž"))
_INITIAL = re.compile(r"^\w{1,2}\.$")


# --- person names ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _irregular_genitive() -> dict[str, str]:
    """Nominative -> genitive for the given names whose genitive is not the regular one."""
    tables = name_tables()
    out: dict[str, str] = {}
    for form, readings in tables.forms.items():
        for reading in readings:
            if reading.case == "genitive" and form != reading.nominative.casefold():
                regular = reading.nominative[:-2] + "a"
                if reading.nominative.endswith("is") and form != regular.casefold():
                    out[reading.nominative.casefold()] = form
    return out


def _given_gender(word: str) -> str | None:
    for reading in name_tables().forms.get(word.casefold(), ()):
        if reading.case == "nominative":
            return reading.gender
    return None


def name_gender(name: str) -> str | None:
    """'masculine' or 'feminine' from a known given name, else from the first word's ending."""
    words = [p for w in normalize_person_name(name).split(" ") for p in w.split("-")]
    for word in words:
        gender = _given_gender(word)
        if gender:
            return gender
    first = words[0].casefold() if words and words[0] else ""
    if first.endswith(("s", "š")):
        return "masculine"
    if first.endswith(("a", "e")):
        return "feminine"
    return None


def _keep_case(model: str, word: str) -> str:
    """Give `word` the capitalisation of `model` ('BĒRZIŅŠ' -> 'BĒRZIŅAM')."""
    return word.upper() if model.isupper() and len(model) > 1 else word


def _decline_word(word: str, case: str, gender: str | None, given: bool) -> str:
    if case == "nominative" or gender is None or _INITIAL.match(word):
        return word
    lower = word.casefold()
    tables = name_tables()
    if lower in tables.indeclinable:
        return word
    if gender == "feminine":
        if lower.endswith("a"):
            return word + ("s" if case == "genitive" else "i")
        if lower.endswith("e"):
            return word + ("s" if case == "genitive" else "i")
        return word  # Ingrid, Mari: not declined
    # masculine
    if lower.endswith("is") and len(lower) > 2:
        stem = word[:-2]
        if case == "dative":
            return stem + "im"
        irregular = _irregular_genitive().get(lower)
        if irregular:
            return _keep_case(word, word[:1] + irregular[1:])
        if not given:
            for plain, alternated in _SURNAME_IS_GENITIVE:
                if stem.casefold().endswith(plain):
                    return stem[: len(stem) - len(plain)] + _keep_case(word, alternated) + "a"
        return stem + "a"
    if lower.endswith("us") and len(lower) > 2:
        return word if case == "genitive" else word[:-2] + "um"
    if lower.endswith(("s", "š")) and len(lower) > 1:
        return word[:-1] + ("a" if case == "genitive" else "am")
    if lower.endswith("a"):  # Liepa: 4th declension
        return word + ("s" if case == "genitive" else "m")
    if lower.endswith("e"):  # Roze: 5th declension
        return word + ("s" if case == "genitive" else "m")
    return word  # Ivo, Hugo, Oto and foreign names: not declined


def decline_name(name: str, case: str) -> str:
    """A person's name from the nominative into `case` ("genitive" or "dative").

    'Elīna Zariņa' -> 'Elīnai Zariņai'; 'Jānis Bērziņš' -> 'Jānim Bērziņam' / 'Jāņa Bērziņa';
    'Kristaps Ābols' -> 'Kristapam Ābolam'; 'Pēteris Liepa' -> 'Pēterim Liepam'. The gender
    comes from the given name (person_names.yaml), else from the first word's ending; a name
    whose gender cannot be told, and words ending otherwise (Ivo, Hugo), stay as they are.
    """
    if case not in NAME_CASES:
        raise ValueError(f"case must be one of {', '.join(NAME_CASES)}, not {case!r}")
    normalized = normalize_person_name(name)
    if case == "nominative" or not normalized:
        return normalized
    gender = name_gender(normalized)
    words = normalized.split(" ")
    out = []
    for index, word in enumerate(words):
        parts = word.split("-")
        # Every word but the last is a given name ("Anna Marija Kalniņa"); a hyphenated last
        # word is a double surname ("Liepa-Kalniņa").
        given = index < len(words) - 1
        out.append("-".join(_decline_word(p, case, gender, given) for p in parts))
    return " ".join(out)


def dative(name: str) -> str:
    """'Elīna Zariņa' -> 'Elīnai Zariņai' (to whom: "piešķirt ...")."""
    return decline_name(name, "dative")


def genitive(name: str) -> str:
    """'Jānis Bērziņš' -> 'Jāņa Bērziņa' (whose: "... iesniegums")."""
    return decline_name(name, "genitive")


# --- dates -------------------------------------------------------------------------------------


def date_nominative(day: date) -> str:
    """'2026. gada 3. decembris' (a heading, a list item)."""
    return f"{day.year}. gada {day.day}. {MONTHS_NOMINATIVE[day.month - 1]}"


def date_dative(day: date) -> str:
    """'2026. gada 31. decembrim' (until: "līdz ...")."""
    return f"{day.year}. gada {day.day}. {MONTHS_DATIVE[day.month - 1]}"


def period_text(start: date, end: date) -> str:
    """'no 2027. gada 1. janvāra līdz 2027. gada 31. decembrim'."""
    return f"no {date_genitive(start)} līdz {date_dative(end)}"


# --- numbers -----------------------------------------------------------------------------------

_UNITS = {
    "masculine": ("", "viens", "divi", "trīs", "četri", "pieci", "seši", "septiņi", "astoņi",
                  "deviņi"),
    "feminine": ("", "viena", "divas", "trīs", "četras", "piecas", "sešas", "septiņas",
                 "astoņas", "deviņas"),
}
_TEENS = ("desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit",
          "sešpadsmit", "septiņpadsmit", "astoņpadsmit", "deviņpadsmit")
_TENS = ("", "", "divdesmit", "trīsdesmit", "četrdesmit", "piecdesmit", "sešdesmit",
         "septiņdesmit", "astoņdesmit", "deviņdesmit")


def _below_thousand(n: int, gender: str) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        # "simts" alone, "simt divdesmit" in a compound; "divi simti", "trīs simti ..."
        if hundreds == 1:
            words.append("simts" if rest == 0 else "simt")
        else:
            words.extend([_UNITS["masculine"][hundreds], "simti"])
    tens, units = divmod(rest, 10)
    if tens == 1:
        words.append(_TEENS[units])
    else:
        if tens:
            words.append(_TENS[tens])
        if units:
            words.append(_UNITS[gender][units])
    return words


def number_words(n: int, gender: str = "feminine") -> str:
    """A whole number 0-999 999 in words, agreeing with a noun of `gender`:
    21 feminine -> 'divdesmit viena', 40 -> 'četrdesmit', 2 masculine -> 'divi'."""
    if gender not in _UNITS:
        raise ValueError(f"gender must be masculine or feminine, not {gender!r}")
    if not 0 <= n < 1_000_000:
        raise ValueError(f"number out of range: {n}")
    if n == 0:
        return "nulle"
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands == 1:
        words.append("tūkstoš" if rest else "tūkstotis")
    elif thousands:
        tail = thousands % 100
        noun = "tūkstotis" if thousands % 10 == 1 and tail != 11 else "tūkstoši"
        words.extend([*_below_thousand(thousands, "masculine"), noun])
    words.extend(_below_thousand(rest, gender))
    return " ".join(words)


def _as_number(value: float | int | Decimal) -> int | Decimal:
    amount = Decimal(str(value)).normalize()
    return int(amount) if amount == amount.to_integral_value() else amount


def figure(value: float | int | Decimal) -> str:
    """A number as printed: 20, 2,5 (the Latvian decimal comma)."""
    amount = _as_number(value)
    return str(amount) if isinstance(amount, int) else format(amount, "f").replace(".", ",")


_NOUNS = {
    # noun: (singular, plural, genitive plural used after 0, gender)
    "stunda": ("stunda", "stundas", "stundu", "feminine"),
    "mēnesis": ("mēnesis", "mēneši", "mēnešu", "masculine"),
    "diena": ("diena", "dienas", "dienu", "feminine"),
    "gads": ("gads", "gadi", "gadu", "masculine"),
}


def noun_form(value: float | int | Decimal, noun: str = "stunda") -> str:
    """The noun after a number: 1, 21, 101 stunda; 11, 2, 40 stundas; 0 stundu; 2,5 stundas."""
    singular, plural, zero, _ = _NOUNS[noun]
    amount = _as_number(value)
    if not isinstance(amount, int):
        return plural
    if amount == 0:
        return zero
    return singular if amount % 10 == 1 and amount % 100 != 11 else plural


def quantity(value: float | int | Decimal, noun: str = "stunda", *, words: bool = True) -> str:
    """'40 (četrdesmit) stundas', '21 (divdesmit viena) stunda', '2,5 stundas' (no words for a
    fraction: official style writes it in figures), '6 (seši) mēneši'."""
    amount = _as_number(value)
    text = figure(amount)
    if words and isinstance(amount, int) and amount >= 0:
        text += f" ({number_words(amount, _NOUNS[noun][3])})"
    return f"{text} {noun_form(amount, noun)}"


__all__ = [
    "MONTHS_DATIVE",
    "MONTHS_GENITIVE",
    "date_dative",
    "date_genitive",
    "date_locative",
    "date_nominative",
    "dative",
    "decline_name",
    "figure",
    "genitive",
    "name_gender",
    "noun_form",
    "number_words",
    "period_text",
    "quantity",
]
