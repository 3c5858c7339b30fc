"""Latvian personal names: single-spaced, title case, back to the nominative from other cases.

Documents name people in whatever case the sentence needs: "izziņa izsniegta Jānim Bērziņam"
(dative), "Jāņa Bērziņa iesniegums" (genitive), "iecelt Andri Liepu" (accusative). Forms want
the nominative ("Jānis Bērziņš").
The endings are regular except where the dative or genitive hides which declension the
nominative had; `person_names.yaml` keeps the given-name tables and the ending rules as data.

Known ambiguities, resolved toward the likeliest reading:
- masculine dative "-am" comes from "-s" (Ozols), "-š" (after ņ: Bērziņš) or "-a" (Liepa):
  "-ņam" -> "-ņš", known -a surnames -> "-a", otherwise "-s";
- a genitive "Māra", "Andra", "Valda" is also a feminine nominative: in `case="auto"` the name
  is taken as the nominative and left as it is; pass `case="genitive"` when the sentence says so;
- masculine genitive "-a" of an unknown given name is left unchanged in auto mode (it is far
  more often a feminine nominative);
- the accusative ("Annu", "Jāni") is recognised only from a known given name: "-u" and "-i"
  alone say nothing about the gender;
- initials ("A. Liepam") carry no case and are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

CASES = ("auto", "nominative", "genitive", "dative", "accusative")
_INFLECTED = ("dative", "genitive", "accusative")
_INITIAL = re.compile(r"^\w{1,2}\.$")
_FILE = "asistents/forms/person_names.yaml"
_DASHES = re.compile(r"\s*[-‐‑–]\s*")


@dataclass(frozen=True)
class _Reading:
    nominative: str
    case: str
    gender: str


@dataclass(frozen=True)
class NameTables:
    """The given-name index (every known form -> its readings) and the ending rules."""

    forms: dict[str, tuple[_Reading, ...]]
    endings: dict[str, dict[str, tuple[tuple[str, str], ...]]]
    masculine_a_surnames: frozenset[str]
    indeclinable: frozenset[str]  # Ivo, Oto: the same in every case, so they tell nothing
    # case -> gender -> (form ending, every nominative ending it may come from, likeliest first)
    alternatives: dict[str, dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = field(
        default_factory=dict)


def _given_forms(nominative: str, gender: str) -> dict[str, str]:
    """Genitive, dative and accusative of a given name by the regular declension."""
    if gender == "feminine":
        # Anna/Annas/Annai/Annu and Alise/Alises/Alisei/Alisi: only the accusative differs.
        accusative = {"a": "u", "e": "i"}.get(nominative[-1:])
        if accusative is None:
            return {}
        return {
            "genitive": nominative + "s",
            "dative": nominative + "i",
            "accusative": nominative[:-1] + accusative,
        }
    if nominative.endswith("is"):
        stem = nominative[:-2]
        return {"genitive": stem + "a", "dative": stem + "im", "accusative": stem + "i"}
    if nominative.endswith("us"):
        stem = nominative[:-2]
        return {"genitive": nominative, "dative": stem + "um", "accusative": stem + "u"}
    if nominative.endswith(("s", "š")):
        stem = nominative[:-1]
        return {"genitive": stem + "a", "dative": stem + "am", "accusative": stem + "u"}
    return {}  # Ivo, Oto: not declined


def _check(data: Any) -> dict[str, Any]:
    problems = []
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping", file=_FILE)
    given = data.get("given_names")
    if not isinstance(given, dict) or not all(
        isinstance(given.get(g), list) for g in ("masculine", "feminine")
    ):
        problems.append("given_names needs masculine and feminine lists")
    if not isinstance(data.get("irregular"), dict):
        problems.append("irregular must be a mapping form -> nominative")
    endings = data.get("endings")
    for case in _INFLECTED:
        for gender in ("masculine", "feminine"):
            rules = (endings or {}).get(case, {}).get(gender) if isinstance(endings, dict) else None
            if not isinstance(rules, list) or not all(
                isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r)
                for r in rules
            ):
                problems.append(f"endings.{case}.{gender} must be a list of [ending, nominative]")
    alternatives = data.get("alternatives", {})
    if not isinstance(alternatives, dict) or not all(
        case in _INFLECTED and isinstance(by_gender, dict)
        and all(
            isinstance(rules, list) and all(
                isinstance(r, list) and len(r) == 2 and isinstance(r[0], str)
                and isinstance(r[1], list) and r[1] and all(isinstance(x, str) for x in r[1])
                for r in rules
            )
            for rules in by_gender.values()
        )
        for case, by_gender in alternatives.items()
    ):
        problems.append("alternatives.<case>.<gender> must be a list of [ending, [nominatives]]")
    particles = data.get("particles", [])
    if not isinstance(particles, list) or not all(
            isinstance(p, str) and p.isalpha() and p.islower() for p in particles):
        problems.append("particles must be a list of lower-case words")
    if problems:
        raise ConfigError("; ".join(problems), file=_FILE)
    return data


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """`person_names.yaml` read and checked once, for the name tables and the role nouns."""
    text = resources.files(__package__).joinpath("person_names.yaml").read_text("utf-8")
    try:
        return _check(yaml.load(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise ConfigError(f"not valid YAML ({reason})", file=_FILE) from error


@lru_cache(maxsize=1)
def name_tables() -> NameTables:
    """The given-name tables and ending rules of `person_names.yaml`, built once."""
    data = _data()
    forms: dict[str, list[_Reading]] = {}

    def add(form: str, reading: _Reading) -> None:
        readings = forms.setdefault(form.casefold(), [])
        if reading not in readings:
            readings.append(reading)

    gender_of: dict[str, str] = {}
    indeclinable: set[str] = set()
    for gender in ("masculine", "feminine"):
        for nominative in data["given_names"][gender]:
            gender_of[nominative] = gender
            add(nominative, _Reading(nominative, "nominative", gender))
            if not _given_forms(nominative, gender):
                indeclinable.add(nominative.casefold())
                for case in _INFLECTED:
                    add(nominative, _Reading(nominative, case, gender))
            for case, form in _given_forms(nominative, gender).items():
                # "Ingus" is its own genitive: the reading is kept, the surname decides
                add(form, _Reading(nominative, case, gender))
    for form, nominative in data["irregular"].items():
        gender = gender_of.get(nominative, "masculine")
        regular = _given_forms(nominative, gender).get("genitive")
        if regular and regular.casefold() in forms:
            # the regular form was a guess the irregular one replaces ("Jana" is not Jānis)
            forms[regular.casefold()] = [
                r for r in forms[regular.casefold()] if r.nominative != nominative
            ]
        add(form, _Reading(nominative, "genitive", gender))
    endings = {
        case: {
            gender: tuple((a, b) for a, b in data["endings"][case][gender])
            for gender in ("masculine", "feminine")
        }
        for case in _INFLECTED
    }
    alternatives = {
        case: {
            gender: tuple((ending, tuple(options)) for ending, options in rules)
            for gender, rules in by_gender.items()
        }
        for case, by_gender in data.get("alternatives", {}).items()
    }
    return NameTables(
        forms={k: tuple(v) for k, v in forms.items() if v},
        endings=endings,
        masculine_a_surnames=frozenset(s.casefold() for s in data.get("masculine_a_surnames", [])),
        indeclinable=frozenset(indeclinable),
        alternatives=alternatives,
    )


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """The lower-case particles a surname may carry ("fon", "von", "de"): never declined,
    never a name on their own (`particles` in person_names.yaml)."""
    return frozenset(_data().get("particles", []))


def is_particle(word: str) -> bool:
    """Whether a word is a surname's particle ("fon" in "Voldemārs fon Krīgers")."""
    return word.strip(".,;:()\"'„“”") in name_particles()


@lru_cache(maxsize=1)
def particle_pattern() -> str:
    """A regex (no groups) of one or two particles, each followed by spaces: what may stand
    between two words of a name ("fon ", "van der ")."""
    words = "|".join(sorted(name_particles(), key=len, reverse=True))
    return rf"(?:(?:{words})\s+){{1,2}}" if words else r"(?!)"


def _declined(words: list[str]) -> list[str]:
    """A name's words without its particles: the words that take a case ending."""
    return [w for i, w in enumerate(words) if not (i and w in name_particles())]


def _title(part: str) -> str:
    """'BĒRZIŅŠ' and 'bērziņš' -> 'Bērziņš'; a mixed-case part ('McLeod') stays as it is."""
    if part.isupper() or part.islower():
        return part[:1].upper() + part[1:].lower()
    return part


# No Latvian name ends in a long "ē" in any case a paper names its holder by; a Lithuanian
# woman's surname ends in "ė" ("-aitė", "-ienė"), a letter the Latvian OCR model reads as "ē".
_LONG_E_AT_END = re.compile(r"(?<=\w\w)ē(?=\s|-|$)")


def with_final_e_dot(name: str) -> str:
    """`name` with a word's final long "ē" read as the Lithuanian "ė" it stands for."""
    return _LONG_E_AT_END.sub("ė", name)


def normalize_person_name(text: str | None) -> str:
    """Single spaces, no stray punctuation, title case for ALL-CAPS names, hyphens kept."""
    if not text:
        return ""
    name = " ".join(text.split()).strip(" ,.;:")
    name = _DASHES.sub("-", name)
    # A particle inside the name stays in lower case ("VOLDEMĀRS FON KRĪGERS").
    return " ".join(word.lower() if index and word.lower() in name_particles()
                    else "-".join(_title(p) for p in word.split("-"))
                    for index, word in enumerate(name.split(" ")))


# How a masculine surname of the 4th (-a) or 5th (-e) declension ends in each case; listed
# surnames are matched whole so "Liepam" gives "Liepa", not the 1st-declension "Lieps".
_A_SURNAME_ENDINGS = {
    "dative": {"a": "am", "e": "em"},
    "genitive": {"a": "as", "e": "es"},
    "accusative": {"a": "u", "e": "i"},
}


# A stem ending in a stop or a sibilant before "n" takes no 1st-declension "-s": Latvian has
# no noun in -ksns, -zns, -tns, only -ksna, -zna ("vīksna").
_NO_FIRST_DECLENSION = re.compile(r"[bcčdgkpsštzž]n$", re.IGNORECASE)


def _surname_nominatives(word: str, case: str, gender: str, tables: NameTables) -> list[str]:
    """Every nominative a surname printed in `case` may come from, likeliest first."""
    lower = word.casefold()
    if gender == "masculine":
        for surname in tables.masculine_a_surnames:
            ending = _A_SURNAME_ENDINGS[case].get(surname[-1])
            if ending and lower == surname[:-1] + ending:
                return [word[: len(surname) - 1] + surname[-1]]  # a listed -a surname settles it
    # The longest ending that matches decides ("-ņam" before "-am").
    for ending, options in sorted(tables.alternatives.get(case, {}).get(gender, ()),
                                  key=lambda rule: -len(rule[0])):
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem = word[: len(word) - len(ending)]
            if _NO_FIRST_DECLENSION.search(stem) and "s" in options and "a" in options:
                # "Vīksnam", "Triznam": no Latvian noun ends in "-ksns", "-zns"; the 4th
                # declension (Vīksna, Trizna) is the likelier, though still not sure.
                options = ("a", *(o for o in options if o != "a"))
            return list(dict.fromkeys(stem + option for option in options))
    for ending, nominative in tables.endings[case][gender]:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return [word[: len(word) - len(ending)] + nominative]
    return [word]


def _given_first(options: list[str]) -> str:
    """Of the nominatives a given name the tables do not list may come from, the one the
    name-day calendar knows ("Ņikitam": Ņikita, not Ņikits)."""
    known = [o for o in options if fold_word(o) in calendar_names()]
    return known[0] if known else options[0]


def _is_dative(word: str, gender: str | None) -> bool:
    lower = word.casefold()
    masculine = lower.endswith(("am", "im", "um", "em"))
    feminine = lower.endswith(("ai", "ei"))
    if gender == "masculine":
        return masculine
    if gender == "feminine":
        return feminine
    return masculine or feminine


# Endings a word other than a known given name may have in each reading; a reading whose
# surname cannot end so is dropped ("Andra Liepas" is not a woman's nominative: -as is not).
_PLAUSIBLE: dict[tuple[str, str], tuple[str, ...]] = {
    ("nominative", "feminine"): ("a", "e", "o", "i"),
    ("nominative", "masculine"): ("s", "š", "a", "e", "o", "i"),
    ("genitive", "feminine"): ("as", "es"),
    ("genitive", "masculine"): ("a", "as", "es", "us", "o", "i"),
    ("dative", "feminine"): ("ai", "ei"),
    ("dative", "masculine"): ("am", "im", "um", "em", "o", "i"),
    ("accusative", "feminine"): ("u", "i"),
    ("accusative", "masculine"): ("u", "i", "o"),
}


def _plausible(reading: tuple[str, str], others: list[str], tables: NameTables) -> bool:
    endings = _PLAUSIBLE.get(reading, ())
    if reading == ("nominative", "masculine"):
        # a man's surname ends in -a only for the few 4th-declension ones ("Ingus Bērziņa" is
        # the genitive of Ingus Bērziņš, "Ingus Liepa" a nominative)
        return all(
            word.casefold().endswith(("s", "š", "e", "o", "i"))
            or word.casefold() in tables.masculine_a_surnames
            for word in others
        )
    return all(word.casefold().endswith(endings) for word in others)


def name_cases(name: str | None) -> frozenset[str]:
    """Every grammatical case a printed name may stand in: "Uldi Mucenieku" only the
    accusative, "Edmunda Mucenieka" the genitive (a man's) or the nominative (a woman's
    "Edmunda"? no calendar name: the genitive only), "Vitai Mārtiņsonei" the dative. Known
    given names read by the tables, other words by the endings each case allows; a sentence's
    grammar (extract/roles.py) then picks among them."""
    tables = name_tables()
    parts = [p for w in _declined(normalize_person_name(name).split(" ")) for p in w.split("-")
             if p and not _tells_nothing(p, tables)]
    if not parts:
        return frozenset()
    given = [p for p in parts if p.casefold() in tables.forms]
    others = [p for p in parts if p.casefold() not in tables.forms]
    if given:
        readings = {(r.case, r.gender) for p in given for r in tables.forms[p.casefold()]}
        return frozenset(case for case, gender in readings
                         if _plausible((case, gender), others, tables))
    # No given name the tables know: the endings _detect trusts first ("-ai", "-ei", "-am"
    # twice is a dative; "-as", "-es" twice a woman's genitive), else every word must end as
    # the case allows ("Mucenieku" is no nominative).
    if all(_is_dative(p, "masculine") for p in parts) or all(
            _is_dative(p, "feminine") for p in parts):
        return frozenset({"dative"})
    if len(parts) > 1 and all(p.casefold().endswith(("as", "es")) for p in parts):
        return frozenset({"genitive"})
    return frozenset(case for case, gender in _PLAUSIBLE
                     if all(p.casefold().endswith(_PLAUSIBLE[(case, gender)]) for p in parts))


def _tells_nothing(word: str, tables: NameTables) -> bool:
    """Whether a word is the same in every case: an indeclinable given name ("Ivo"), an
    initial, or any word ending in "-o" ("Pallo", "Kalvo"): no Latvian case ending is "-o", so
    such a surname stands as printed whatever the sentence's case ("Edvardam Pallo")."""
    lower = word.casefold()
    return lower in tables.indeclinable or bool(_INITIAL.match(word)) or (
        lower.endswith("o") and lower not in tables.forms)


def _detect(words: list[str], tables: NameTables) -> tuple[str, str | None]:
    """(case, gender) of a name, from the given names it contains, else from the endings."""
    words = [w for w in words if not _tells_nothing(w, tables)] or words
    given = [w for w in words if w.casefold() in tables.forms]
    others = [w for w in words if w.casefold() not in tables.forms]
    readings = [(r.case, r.gender) for w in given for r in tables.forms[w.casefold()]]
    # the nominative first: an ambiguous name ("Māra Kalniņa") is read as it stands
    readings.sort(key=lambda reading: reading[0] != "nominative")
    for reading in readings:
        if _plausible(reading, others, tables):
            return reading
    if readings and fold_word(words[0]) in calendar_names():
        # "Ērika Pudāne": the tables know "Ērika" only as Ēriks' genitive, which the surname
        # rules out; the calendar knows Ērika, a woman's name as printed.
        return "nominative", None
    if readings:
        return readings[0]
    if words and all(_is_dative(w, "masculine") for w in words):
        return "dative", "masculine"
    if words and all(_is_dative(w, "feminine") for w in words):
        return "dative", "feminine"
    if len(words) > 1 and all(w.casefold().endswith(("as", "es")) for w in words):
        return "genitive", "feminine"  # "Zigrīdas Ābeltiņas": no nominative name ends so twice
    if words and _calendar_genitive_only(words[0]):
        return "genitive", "masculine"  # "Dāvja Zeltkalna": Dāvis' genitive, no name itself
    if len(words) > 1 and _calendar_accusative_only(words, tables):
        return "accusative", None  # "pazīstu Elīzu Rubīni": Elīza's accusative, no name itself
    return "nominative", None


def _calendar_accusative_only(words: list[str], tables: NameTables) -> bool:
    """Whether a name is an accusative the tables do not know: every word ends in "-u" or
    "-i", the first is no calendar name as printed, and a nominative of it in that case is."""
    if not all(w.casefold().endswith(("u", "i")) for w in words):
        return False
    first = words[0]
    if fold_word(first) in calendar_names():
        return False
    return any(o != first and fold_word(o) in calendar_names()
               for gender in ("feminine", "masculine")
               for o in _surname_nominatives(first, "accusative", gender, tables))


def _gender_for(words: list[str], case: str, tables: NameTables) -> str:
    for word in words:
        for reading in tables.forms.get(word.casefold(), ()):
            if reading.case == case:
                return reading.gender
    if case == "accusative" and words:
        # "-u" and "-i" end a man's and a woman's accusative alike ("Kitiju Mārtiņsoni",
        # "Uldi Mucenieku"): the gender whose nominative of the first word is a calendar name.
        genders = [g for g in ("feminine", "masculine")
                   if any(o != words[0] and fold_word(o) in calendar_names()
                          and o.endswith(("a", "e") if g == "feminine" else ("s", "š"))
                          for o in _surname_nominatives(words[0], case, g, tables))]
        if len(genders) == 1:
            return genders[0]
    last = words[-1].casefold() if words else ""
    first = words[0].casefold() if len(words) > 1 and not _INITIAL.match(words[0]) else ""
    if case == "genitive" and first.endswith("a") and not first.endswith(("as", "es")):
        # "Valdemāra Dimzas": a given name's genitive in a bare "-a" is a man's (a woman's ends
        # in "-as" or "-es"); the surname's "-as" is a 4th-declension man's as well.
        return "masculine"
    if case == "dative":
        return "feminine" if last.endswith(("ai", "ei")) else "masculine"
    return "feminine" if last.endswith(("as", "es")) else "masculine"


def to_nominative(name: str | None, case: str = "auto") -> str:
    """'Jānim Bērziņam' -> 'Jānis Bērziņš', 'Annas Kalniņas' -> 'Anna Kalniņa'; nominative stays.

    `case` is "auto" (decide from the given name and the endings), or the case the sentence
    makes certain: "dative" ("izsniegta ..."), "genitive" ("... iesniegums"), "accusative"
    ("iecelt ...") or "nominative".
    """
    if case not in CASES:
        raise ValueError(f"case must be one of {', '.join(CASES)}, not {case!r}")
    normalized = normalize_person_name(name)
    if not normalized:
        return ""
    tables = name_tables()
    words = normalized.split(" ")
    parts = [p for w in _declined(words) for p in w.split("-")]
    if case == "auto":
        case, gender = _detect(parts, tables)
    else:
        gender = None
    if case == "nominative":
        return normalized
    gender = gender or _gender_for(parts, case, tables)
    out_words = []
    for index, word in enumerate(words):
        if index and word in name_particles():
            out_words.append(word)  # "fon" is never declined
            continue
        out_parts = []
        for position, part in enumerate(word.split("-")):
            readings = [
                r
                for r in tables.forms.get(part.casefold(), ())
                if r.case == case and r.gender == gender
            ]
            if _INITIAL.match(part):
                out_parts.append(part)
            elif readings:
                out_parts.append(readings[0].nominative)
            else:
                options = _surname_nominatives(part, case, gender, tables)
                out_parts.append(_given_first(options) if index == position == 0
                                 else options[0])
        out_words.append("-".join(out_parts))
    return " ".join(out_words)


def nominative_confirmed(name: str | None, case: str = "auto") -> bool:
    """Whether `to_nominative(name, case)` is sure: a given name the tables know reads the
    name in one case only, and that reading gives the nominative returned. An unknown given
    name ("Ģederta Auziņa": a woman's nominative or a man's genitive?) leaves it unsure."""
    normalized = normalize_person_name(name)
    if not normalized:
        return False
    tables = name_tables()
    parts = [p for w in _declined(normalized.split(" ")) for p in w.split("-")
             if not _INITIAL.match(p)]
    given = [p for p in parts if p.casefold() in tables.forms
             and p.casefold() not in tables.indeclinable]
    if not given:
        return False
    others = [p for p in parts if p.casefold() not in tables.forms]
    readings = {(r.case, r.gender) for p in given for r in tables.forms[p.casefold()]}
    if case != "auto":
        readings = {r for r in readings if r[0] == case}
    plausible = {r for r in readings if _plausible(r, others, tables)}
    # More than one reading left (a genitive that is also a nominative): not sure.
    return len({to_nominative(normalized, c) for c, _g in plausible}) == 1


_MAX_READINGS = 12


def nominative_readings(name: str | None, case: str = "auto") -> list[str]:
    """Every nominative an inflected name may come from, `to_nominative`'s answer first.

    "Haralda Kursīša" -> Kursītis, Kursīsis or Kursīšs (the second declension changes t and s
    alike to š); "Romānam Triznam" -> Trizns or Trizna (a man's 1st or 4th declension). A name
    in the nominative, and one the tables settle, has one reading.
    """
    if case not in CASES:
        raise ValueError(f"case must be one of {', '.join(CASES)}, not {case!r}")
    normalized = normalize_person_name(name)
    if not normalized:
        return []
    tables = name_tables()
    words = normalized.split(" ")
    parts = [p for w in _declined(words) for p in w.split("-")]
    auto = case == "auto"
    if auto:
        case, gender = _detect(parts, tables)
    else:
        gender = None
    if case == "nominative":
        return [normalized]
    gender = gender or _gender_for(parts, case, tables)
    readings = [""]
    for index, word in enumerate(words):
        if index and word in name_particles():
            readings = [f"{r} {word}" for r in readings]
            continue
        word_options = [""]
        for position, part in enumerate(word.split("-")):
            known = [r for r in tables.forms.get(part.casefold(), ())
                     if r.case == case and r.gender == gender]
            if _INITIAL.match(part):
                options = [part]
            elif known:
                options = [known[0].nominative]
            else:
                options = _surname_nominatives(part, case, gender, tables)
                if index == position == 0:
                    first_option = _given_first(options)
                    options = [first_option, *(o for o in options if o != first_option)]
            joiner = "-" if position else ""
            word_options = [f"{w}{joiner}{o}" for w in word_options for o in options]
        space = " " if index else ""
        readings = [f"{r}{space}{w}" for r in readings for w in word_options][:_MAX_READINGS]
    first = to_nominative(normalized, case)
    if auto and case == "genitive" and _also_nominative(parts, gender, tables):
        # "Mikus Dūda": the genitive of Mikus Dūds or a man's 4th-declension nominative;
        # "Mikus" is its own genitive, so nothing in the name tells which.
        readings.append(normalized)
    return list(dict.fromkeys([first, *readings]))


def _also_nominative(parts: list[str], gender: str, tables: NameTables) -> bool:
    """Whether a name read as a man's genitive reads as his nominative too: every given name
    is its own genitive ("Mikus", "Ingus") and every other word a plain -a genitive that is
    also a 4th-declension nominative ("Dūda"; not "Bērziņa", "Kursīša": no man's name ends so)."""
    if gender != "masculine":
        return False
    given = [p for p in parts if p.casefold() in tables.forms and not _INITIAL.match(p)]
    others = [p for p in parts if p.casefold() not in tables.forms and not _INITIAL.match(p)]
    if not given or not others:
        return False
    if not all(any(r.case == "nominative" and r.gender == "masculine"
                   for r in tables.forms[p.casefold()]) for p in given):
        return False
    return all(
        p.casefold().endswith("a")
        and _surname_nominatives(p, "genitive", "masculine", tables) == [p[:-1] + "s"]
        for p in others
    )


def _printed_surnames(page_text: str) -> dict[str, set[str | None]]:
    """Words the page prints as a surname in the nominative, with the gender of the given
    name before them: "Haralds Kursītis" (masculine), "Velta Ozola" (feminine), "Z. Trizna"
    (an initial: None)."""
    tables = name_tables()
    found: dict[str, set[str | None]] = {}
    # The pair overlaps the next ("aprīļa V. Ķemeris"): the surname is looked ahead at.
    for match in re.finditer(
            r"(?<![\w.])([^\W\d_]{1,2}\.|[^\W\d_]+)\s+(?=([^\W\d_]+(?:-[^\W\d_]+)?))",
            page_text):
        before, word = match.group(1), match.group(2)
        if not word[:1].isupper():
            continue
        genders: set[str | None] = {r.gender for r in tables.forms.get(before.casefold(), ())
                                    if r.case == "nominative"}
        if _INITIAL.match(before) and before[:1].isupper():
            genders = {None}
        for part in word.split("-"):
            found.setdefault(part.casefold(), set()).update(genders)
    return {word: genders for word, genders in found.items() if genders}


def _feminine_form(word: str) -> bool:
    """A surname ending a woman's nominative may have too: a woman's "Ozola" is the feminine
    of Ozols, her "Trizna" of Trizns or of the 4th-declension Trizna."""
    return word.casefold().endswith(("a", "e"))


@lru_cache(maxsize=1)
def _gender_nouns() -> tuple[tuple[str, str], ...]:
    """(stem, gender) of the nouns that tell a name's gender, the longest stem first."""
    data = _data().get("gender_nouns", {})
    if not isinstance(data, dict) or not all(
            gender in ("masculine", "feminine") and isinstance(stems, list)
            and all(isinstance(x, str) and x.islower() for x in stems)
            for gender, stems in data.items()):
        raise ConfigError("gender_nouns.<gender> must be lists of lower-case stems", file=_FILE)
    pairs = [(stem, gender) for gender, stems in data.items() for stem in stems]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def gender_before(text: str) -> str | None:
    """The gender a noun of kinship right before a name gives it ("... savu meitu" before
    "Laini Dālderi": feminine): the nearer of the clause's last two lower-case words that is
    such a noun; None when neither is."""
    clause = re.split(r"[.,;:()\[\]\n–—-]", text)[-1].split()
    for word in reversed(clause[-2:]):
        if not word.islower():
            return None
        gender = next((g for stem, g in _gender_nouns() if word.startswith(stem)), None)
        if gender is not None:
            return gender
    return None


def _reading_gender(reading: str) -> str | None:
    """The gender of a nominative reading whose words agree on one, else None."""
    words = reading.split(" ")
    given = _word_gender(words[0], surname=False)
    last = _word_gender(words[-1].split("-")[-1], surname=True) if len(words) > 1 else None
    if given is not None and last is not None and given != last:
        return None
    return given or last


def settle_nominative(printed: str | None, page_text: str, case: str = "auto",
                      gender: str | None = None) -> tuple[str, str]:
    """The nominative of an inflected name read on a page, and how sure it is: "only" (the
    endings allow no other), "printed" (the page prints it) or "guess" (the likeliest of several).

    When the name's endings leave several nominatives ("Kursīša": Kursītis, Kursīsis,
    Kursīšs; "Ozolam": Ozols or Ozola), the surname the same document prints in the
    nominative settles it ("Haralds Kursītis" in the sender block). A man's "-a" or "-e"
    surname is settled only by a man's name printed so: "Velta Ozola" is the feminine of
    Ozols as much as of Ozola.

    `gender`, when the sentence tells it ("savu meitu Laini Dālderi"), keeps the readings of
    that gender: one left is "told".
    """
    readings = nominative_readings(printed, case)
    if not readings:
        return "", "guess"
    if len(readings) == 1:
        return readings[0], "only"
    if gender is not None:
        kept = [r for r in readings if _reading_gender(r) == gender]
        if len(kept) == 1:
            return kept[0], "told"
        readings = kept or readings
    surnames = _printed_surnames(page_text)
    # Only the surname is settled by the page: a given name printed in another case
    # ("Edvīna Ruskuļa" beside "Edvīnam") would back the wrong reading.
    lasts = [r.split(" ")[-1] for r in readings]
    as_printed = {p.casefold() for p in normalize_person_name(printed).replace("-", " ").split()}
    backed = []
    for reading, last in zip(readings, lasts, strict=True):
        changed = [p for p in last.split("-") if p.casefold() not in as_printed]
        if lasts.count(last) == 1 and changed and all(
            part.casefold() in surnames
            and (not _feminine_form(part) or "masculine" in surnames[part.casefold()])
            for part in changed
        ):
            backed.append(reading)
    if len(backed) == 1:
        return backed[0], "printed"
    agreeing = [r for r in readings if _genders_agree(r)] or readings
    as_read = normalize_person_name(printed)
    whole = [r for r in agreeing if r != as_read and any(
        not _OWNED_AFTER.match(page_text, m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(r)}(?!\w)", page_text))]
    if len(whole) == 1 and len(agreeing) > 1:
        # "Iecelt Zinaīdu Tarasovu" is Zinaīds Tarasovs' or Zinaīda Tarasova's accusative;
        # the page naming "Zinaīda Tarasova" says whose.
        return whole[0], "printed"
    told = _told_by_other_cases(agreeing, page_text)
    if told is not None:
        return told, "printed"
    told = _told_by_other_mentions(agreeing, as_read, page_text)
    if told is not None:
        return told, "printed"
    told = _told_by_family(agreeing, page_text, normalize_person_name(printed))
    if told is not None:
        return told, "printed"
    return readings[0], "guess"


# A name printed before what it owns ("Ierobežot Leonarda Zepa rīcībspēju", "par Edvarda
# Kalniņa aizgādni") is a genitive, whatever nominative its letters also spell: such a
# printing names no nominative.
_OWNED_AFTER = re.compile(r"\s*[,(]?\s*(?:personas\s+kods\s*:?\s*[\d-]+\s*[,)]?\s*)?"
                          r"(?:rīcībspēj|aizgādn|aizbildn|aizgādņ|aizbildņ)", re.IGNORECASE)
_NAME_PAIR = re.compile(r"(?<![\w.])(?=([A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+))")


def _told_by_other_mentions(readings: list[str], as_read: str, page_text: str) -> str | None:
    """The reading another mention of the same person leaves: "iecelt Zigrīdu Dreimani" is
    Zigrīds Dreimanis' or Zigrīda Dreimane's accusative, "Zigrīdas Dreimanes" earlier on the
    page only hers. A mention is a pair of capitalised words whose own endings read as one of
    the readings and as no other."""
    if len(readings) < 2:
        return None
    told: set[str] = set()
    for match in _NAME_PAIR.finditer(page_text):
        pair = match.group(1)
        if normalize_person_name(pair) == as_read:
            continue
        owned = _OWNED_AFTER.match(page_text, match.start(1) + len(pair)) is not None
        fits = set(nominative_readings(pair, "genitive" if owned else "auto")) & set(readings)
        if len(fits) == 1:
            told |= fits
    return told.pop() if len(told) == 1 else None


def _word_gender(word: str, surname: bool) -> str | None:
    """A nominative's gender from the tables or its ending; a surname in -a is either's
    (a woman's "Ozola", a man's "Trizna")."""
    genders = {r.gender for r in name_tables().forms.get(word.casefold(), ())
               if r.case == "nominative"}
    if not surname and len(genders) == 1:
        return genders.pop()
    lower = word.casefold()
    if lower.endswith(("s", "š")):
        return "masculine"
    if lower.endswith("e") or (lower.endswith("a") and not surname):
        return "feminine"
    return None


def _genders_agree(reading: str) -> bool:
    """Whether a reading's given name and surname may be one person's: "Hugo Bebre" and
    "Zinaīds Tarasova" are not."""
    words = reading.split(" ")
    if len(words) < 2:
        return True
    given = _word_gender(words[0], surname=False)
    surname = words[-1].split("-")[-1]
    last = _word_gender(surname, surname=True)
    if given == "masculine" and last is None:
        # a man's surname ends in -a only for the few 4th-declension ones the tables list
        return surname.casefold() in name_tables().masculine_a_surnames
    return given is None or last is None or given == last


_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_a-zāčēģīķļņšūž][^\W\d_]+")


def _told_by_other_cases(readings: list[str], page_text: str) -> str | None:
    """The reading the surname's other forms on the page leave: "Ilgvara Bebra" is Bebrs' or
    Bebris' genitive, "Hugo Bebri" on the same page only Bebris' accusative. Each word that
    may come from some of the readings' surnames but not all of them tells; they must agree."""
    lasts = {r.split(" ")[-1]: r for r in reversed(readings)}
    genders = {_word_gender(last, surname=True) for last in lasts}
    if len(lasts) < 2 or any("-" in last for last in lasts) or len(genders) > 1:
        return None  # one gender's surnames only: a woman's "Ozola" tells nothing of a man's
    tables = name_tables()
    told: set[str] = set()
    for word in set(_CAPITALISED.findall(page_text)):
        sources = {word} if word.casefold().endswith(("s", "š", "e")) else set()
        for case in _INFLECTED:
            for gender in ("masculine", "feminine"):
                sources.update(o for o in _surname_nominatives(word, case, gender, tables)
                               if o != word)
        fits = {last for last in lasts if last in sources}
        if fits and len(fits) < len(lasts):
            told |= fits
    return lasts[told.pop()] if len(told) == 1 else None


def _feminine_of(surname: str) -> str | None:
    """A man's surname's feminine: "Vītumnieks" -> "Vītumniece", "Kalnietis" -> "Kalniete",
    "Ozols" -> "Ozola", "Bērziņš" -> "Bērziņa"; None for another ending."""
    lower = surname.casefold()
    if lower.endswith("nieks"):
        return surname[:-2] + "ce"
    if lower.endswith("is"):
        return surname[:-2] + "e"
    if lower.endswith(("s", "š")):
        return surname[:-1] + "a"
    return None


def _told_by_family(readings: list[str], page_text: str, as_read: str) -> str | None:
    """A woman's reading told by her family's name the page prints for a man in any case:
    "iecelt Āriju Vītumnieci" is Ārijs Vītumniecis' or Ārija Vītumniece's accusative, and
    "Normundam Vītumniekam" on the same page is Vītumnieks, whose feminine is Vītumniece; the
    man's reading's surname is printed nowhere (but in the mention read, `as_read`)."""
    by_gender: dict[str | None, list[str]] = {}
    for reading in readings:
        by_gender.setdefault(_reading_gender(reading), []).append(reading)
    if len(readings) != 2 or set(by_gender) != {"masculine", "feminine"}:
        return None
    man = by_gender["masculine"][0].split(" ")[-1]
    woman = by_gender["feminine"][0].split(" ")[-1]
    tables = name_tables()
    men: set[str] = set()
    mention = {w.casefold() for w in as_read.split()}
    for word in set(_CAPITALISED.findall(page_text)) - {w for w in _CAPITALISED.findall(
            page_text) if w.casefold() in mention}:
        if word.casefold().endswith(("s", "š")):
            men.add(word)
        for case in _INFLECTED:
            men.update(_surname_nominatives(word, case, "masculine", tables))
    if man in men or not any(_feminine_of(other) == woman for other in men if other != man):
        return None
    return by_gender["feminine"][0]


@lru_cache(maxsize=1)
def _role_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _data().get("role_nouns", {})
    stems = data.get("stems", []) if isinstance(data, dict) else []
    endings = data.get("endings", []) if isinstance(data, dict) else []
    if not all(isinstance(x, str) for x in [*stems, *endings]):
        raise ConfigError("role_nouns.stems and .endings must be lists of words", file=_FILE)
    return tuple(stems), tuple(endings)


def fold_word(word: str) -> str:
    """Case-folded, without diacritics: how the name and word tables compare words."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_role_word(word: str) -> bool:
    """Whether a word names a role ("Studējošais", "Darbinieks", "Klientei"), not a person."""
    clean = word.strip(".,;:()\"'„“”").casefold()
    folded = fold_word(clean)
    if len(folded) < 2:
        return False
    stems, endings = _role_nouns()
    return folded.startswith(stems) or (len(clean) > 5 and clean.endswith(endings))


def names_a_state(name: str) -> bool:
    """Whether a name holds a word naming a state ("Latvijas Republikas"): no person's name."""
    stems = _data().get("state_words", [])
    if not isinstance(stems, list) or not all(isinstance(x, str) for x in stems):
        raise ConfigError("state_words must be a list of words", file=_FILE)
    return any(fold_word(w.strip(".,;:()\"'„“”")).startswith(tuple(stems)) for w in name.split())


def without_role_words(name: str) -> str:
    """A name without the role words printed before it ("Studējošais Reinis Apsītis")."""
    words = name.split()
    while words and is_role_word(words[0]):
        words = words[1:]
    return " ".join(words)


def name_gender(name: str | None) -> str | None:
    """'feminine' or 'masculine' for a name in the nominative (its given name, else its last
    word's ending), None when nothing tells."""
    words = normalize_person_name(name).split()
    if not words:
        return None
    tables = name_tables()
    for word in words:
        readings = tables.forms.get(word.casefold(), ())
        genders = {r.gender for r in readings if r.case == "nominative"}
        if len(genders) == 1:
            return genders.pop()
    last = words[-1].casefold()
    if last.endswith(("s", "š")):
        return "masculine"
    if last.endswith("e"):
        return "feminine"
    # A surname that tells nothing ("Tkačenko"): a calendar given name's ending does (a man's
    # in -a, "Nikita", is in the tables above).
    first = words[0].split("-")[0]
    if fold_word(first) in calendar_names():
        if first.casefold().endswith(("a", "e")):
            return "feminine"
        if first.casefold().endswith(("s", "š")):
            return "masculine"
    return None


_CALENDAR_FILE = "asistents/forms/given_names_calendar.yaml"
# A man's -is given name whose genitive changes the stem's last consonant ("Raivis" ->
# "Raivja"); folded letters already join n/ņ, l/ļ, c/č, so only these differ.
_ALTERNATION = {"t": "s", "d": "z", "s": "s", "z": "z", "p": "pj", "b": "bj", "m": "mj",
                "v": "vj", "f": "fj"}


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """Every given name of the name-day calendar (traditional and extended) and of the name
    tables, folded (`fold_word`)."""
    names = {fold_word(n) for n in calendar_spellings()}
    names.update(r.nominative.casefold() for readings in name_tables().forms.values()
                 for r in readings)
    return frozenset(fold_word(n) for n in names)


@lru_cache(maxsize=1)
def _calendar_lists() -> dict[str, frozenset[str]]:
    """The name-day calendar's two lists ("traditional", "extended") as they are spelt."""
    text = resources.files(__package__).joinpath("given_names_calendar.yaml").read_text("utf-8")
    try:
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise ConfigError(f"not valid YAML ({reason})", file=_CALENDAR_FILE) from error
    lists: dict[str, frozenset[str]] = {}
    for key in ("traditional", "extended"):
        listed = data.get(key) if isinstance(data, dict) else None
        if not isinstance(listed, list) or not all(isinstance(n, str) and n for n in listed):
            raise ConfigError("traditional and extended must be lists of names",
                              file=_CALENDAR_FILE)
        lists[key] = frozenset(listed)
    return lists


@lru_cache(maxsize=1)
def calendar_spellings() -> frozenset[str]:
    """Every given name of the name-day calendar as it is spelt ("Edmunds", "Alīda")."""
    lists = _calendar_lists()
    return lists["traditional"] | lists["extended"]


@lru_cache(maxsize=1)
def common_spellings() -> frozenset[str]:
    """The given names people mostly bear, as spelt: the traditional calendar and the name
    tables' nominatives (the extended calendar adds rare variants such as "Katrina" beside
    "Katrīna", which a reading that lost its marks should not be taken for)."""
    tables = {r.nominative for readings in name_tables().forms.values() for r in readings}
    return _calendar_lists()["traditional"] | frozenset(n for n in tables if n[:1].isupper())


@lru_cache(maxsize=1)
def _calendar_forms() -> frozenset[str]:
    """Every case form of every calendar given name, folded: the nominatives and the regular
    genitive, dative and accusative of each (its gender read from its ending)."""
    forms: set[str] = set(calendar_names())
    for name in calendar_names():
        if name.endswith(("a", "e")):
            forms.update(_given_forms(name, "feminine").values())
        elif name.endswith("s"):
            forms.update(_given_forms(name, "masculine").values())
            if name.endswith("is") and len(name) > 3:
                last = name[-3]
                stem = name[:-3] + _ALTERNATION.get(last, last)
                forms.add(stem + "a")  # Raivis -> Raivja, Gatis -> Gaša (and Gata above)
    forms.update(fold_word(form) for form in name_tables().forms)
    return frozenset(forms)


@lru_cache(maxsize=1)
def _masculine_genitives() -> frozenset[str]:
    """The genitives of the calendar's men's names in -s and -is, folded ("Dāvja", "Gata")."""
    forms: set[str] = set()
    for name in calendar_names():
        if name.endswith("s") and not name.endswith("us"):
            forms.add(_given_forms(name, "masculine")["genitive"])
            if name.endswith("is") and len(name) > 3:
                last = name[-3]
                forms.add(name[:-3] + _ALTERNATION.get(last, last) + "a")
    return frozenset(forms)


def _calendar_genitive_only(word: str) -> bool:
    """Whether a first word is a man's given name in the genitive and no given name as it
    stands: "Dāvja" (Dāvis), not "Gunta" (a woman's name too) nor "Ērika"."""
    folded = fold_word(word)
    return folded not in calendar_names() and folded in _masculine_genitives()


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of the name-day calendar in any case ("Normundam",
    "Ilmārs", "Annas"), compared without diacritics (a scan may drop them)."""
    return fold_word(word.strip(".,;:()\"'„“”")) in _calendar_forms()


def without_words_before_given_name(name: str) -> str:
    """A name without the words printed before its given name: a participle ("Izdots
    Normundam Bitem"), a title ("Apliecinājums Ilmārs Vīksna"), a surname in another case
    ending the line before ("Kozlovskim / Deniss Kozlovskis"). Cut only where a given name
    follows with a surname after it, so "Bērziņš Jānis" (surname first) stays whole."""
    words = name.split()
    first = words[0].split("-")[0] if words else ""
    if len(words) < 3 or is_given_name(first) or _INITIAL.match(first):
        return name  # "Anna-Marija Liepa Kalniņa" opens with a given name too
    for index in range(1, len(words) - 1):
        if is_given_name(words[index]):
            if all(is_given_name(w) for w in words[index + 1 :]):
                return name  # "Bērziņa Anna Marija": only given names after it
            return " ".join(words[index:])
    return name


def starts_with_given_name(name: str | None) -> bool:
    """Whether a name opens with a calendar given name or an initial: a name that does not
    ("Izdots Normunds Bite", a surname-first or OCR-broken one) is not sure."""
    words = normalize_person_name(name).split()
    if not words:
        return False
    first = words[0].split("-")[0]
    return bool(_INITIAL.match(first)) or is_given_name(first)


def reads_as_dative(name: str | None) -> bool:
    """Whether a name of two or more words reads as a dative: its given name or, unknown,
    the endings of every word say so ("Ansim Zvirbulim", "Annai Kalniņai")."""
    parts = [p for w in _declined(normalize_person_name(name).split()) for p in w.split("-")]
    if len(parts) < 2:
        return False
    return _detect(parts, name_tables())[0] == "dative"


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _mend_cut_surname(words: list[str], page_text: str) -> str | None:
    """A surname cut short to a piece no surname is ("Janīnu Sa", a stamp over the rest):
    the one name the page prints elsewhere with a given name of the same stem and a surname
    the piece begins, in the nominative; None when the surname is whole or none or several fit."""
    given, cut = words
    if len(cut) > 2 or cut.endswith(".") or cut.lower() in name_particles():
        return None
    head, piece = fold_word(given)[:4], fold_word(cut)
    fits = set()
    for match in re.finditer(r"(?<![\w.])([^\W\d_]+)\s+(?=([^\W\d_]{3,})(?![\w-]))", page_text):
        other, surname = match.groups()
        if (other[:1].isupper() and surname[:1].isupper() and is_given_name(other)
                and fold_word(other)[:4] == head and len(surname) > len(cut) + 1
                and fold_word(surname).startswith(piece)):
            fits.add(to_nominative(f"{_title(other)} {_title(surname)}"))
    return fits.pop() if len(fits) == 1 else None


def mend_split_surname(name: str | None, page_text: str) -> str | None:
    """A surname OCR broke into pieces ("Gvido Ki Šs": "Kūšs" split at its long vowel) mended
    from the one surname the page prints after a given name within a letter of the pieces
    joined ("Raivis Kūšs"); None when the name is whole or no single surname fits."""
    words = normalize_person_name(name).split()
    if len(words) == 2 and is_given_name(words[0]):
        return _mend_cut_surname(words, page_text)
    if len(words) < 3 or not is_given_name(words[0]):
        return None
    rest = words[1:]
    if not any(len(w) <= 2 and not w.endswith(".") and w not in name_particles() for w in rest):
        return None  # no piece too short to be a word: not a broken surname
    joined = fold_word("".join(rest))
    fits = set()
    for match in re.finditer(r"(?<![\w.])([^\W\d_]+)\s+(?=([^\W\d_]{3,})(?![\w-]))", page_text):
        given, surname = match.groups()
        if (surname[:1].isupper() and is_given_name(given) and given[:1].isupper()
                and fold_word(surname)[:1] == joined[:1] and _one_edit(fold_word(surname), joined)):
            fits.add(_title(surname))
    if len(fits) != 1:
        return None
    return f"{words[0]} {fits.pop()}"
