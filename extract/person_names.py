"""A person's name out of a value: role words cut off, OCR's split capitals mended.

A name is the run of capitalised words a value opens with ("Persona Oskars Vītols" ->
"Oskars Vītols"); role nouns and the words opening a sender's line are never part of it.
Every reader of names (labels, prose, a letter's sender, table rows) cuts them this one
way, so it stands apart from them.
"""

from __future__ import annotations

import re

from ..forms import person_names
from . import values
from .layout import fold

_UPPER, _LOWER = "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž"
_NAME_WORD = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")
# A footnote's reference mark right after a name's last letters ("Krūmiņkalns¹", "Bērziņa*"),
# and what OCR makes of a small raised one ("!'", "'"): no part of the name.
_FOOTNOTE_MARK = re.compile(rf"(?<=[{_LOWER}]{{2}})(?:[¹²³⁴⁵⁶⁷⁸⁹*†]|[!'’]){{1,3}}$")


# Role nouns printed before a name ("Persona Oskars Vītols" in a table without borders); they
# are never part of the name.
ROLE_WORDS = frozenset(
    {
        "persona", "personai", "klients", "klientam", "klientei", "klientu", "darbinieks",
        "darbiniece", "students", "studente", "skolēns", "skolniece", "skolnieks",
        "izglītojamais", "izglītojamā", "pacients", "vārds", "uzvārds", "iesniedzējs",
        "iesniedzēja", "bērns", "bērnam", "pārstāvis", "pārstāvamais", "asistents", "asistente",
        "dalībnieks", "dalībniece", "aizbildnis", "aizbildne", "aizgādnis", "aizgādne",
        "pilnvarnieks",
    }
)


# The same roles in any case ("Pacientei Inārai Rudzītei", "Juris Vanags Aizgādņa personas
# kods"): a capitalised role word is never part of a name. Short stems that open surnames too
# ("Bērns" / "Bernāns", "Kods" / "Kodols") count only as whole words with a case ending.
_ROLE_STEMS = re.compile(
    r"^(?:person|klient|pacient|darbiniek|dalibniek|apmekletaj|student|skolen|skolniec|"
    r"skolniek|izglitojam|iesniedzej|parstav|aizbildn|aizgadn|pilnvar|"
    r"asistent|arst|dzim|tālr|talr"
    r"|(?:bern|vard|uzvard|adres|datum|kod)(?:s|a|am|u|i|e|iem|as|ei)?(?!\w))"
)


# Words opening a sender's line or a sentence, never part of a name ("No Ievas Zēbergas").
_FUNCTION_WORDS = frozenset({"no", "par", "uz", "es", "kam", "ar"})


def _role_word(word: str) -> bool:
    folded = fold(word.strip(".,;:()\"'„“”"))
    return folded in ROLE_WORDS or bool(_ROLE_STEMS.match(folded))


_SPLIT_CAPITAL = re.compile(
    rf"(?<!\S)([{_UPPER.replace('A-Z', 'ABD-HJKMNO-UWYZ')}]) ([{_LOWER}]{{4,}})(?!\S)")


# A name and the same name spelt otherwise in brackets after it ("Emilija Rimkutė (Emīlija
# Rimkute)", "Jan Kowalski (Jans Kovalskis)"): the original spelling and the Latvian form.
_TWO_SPELLINGS = re.compile(r"^\s*([^()]{3,60}?)\s*\(\s*([^()]{3,60}?)\s*\)")
# Letters a Latvian name is written with, and how its words end in the nominative ("Jānis",
# "Anna", "Alise", "Pallo"): a word ending in "ē" or "n" is not a Latvian nominative.
_LATVIAN_NAME_LETTERS = frozenset("abcdefghijklmnoprstuvzāčēģīķļņšūž-")
_NOMINATIVE_ENDINGS = frozenset("sšaeoiu")


def _spelling_faults(name: str) -> int:
    """How far a name is from a Latvian spelling: letters Latvian lacks, endings it lacks."""
    words = name.split()
    return (sum(c.lower() not in _LATVIAN_NAME_LETTERS for w in words for c in w)
            + sum(w[-1:].lower() not in _NOMINATIVE_ENDINGS for w in words))


def _latvian_spelling(raw: str) -> str:
    """Of a name printed with its other spelling in brackets, the Latvian form (the
    conventions name a person so); the first where neither is nearer to Latvian."""
    match = _TWO_SPELLINGS.match(raw)
    if match is None:
        return raw
    first, second = match.group(1), match.group(2)
    # Any alphabet's capitalised words: the original may hold letters Latvian lacks ("ė").
    shaped = [all(re.fullmatch(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?", w) and w[0].isupper()
                  for w in part.split()) and 2 <= len(part.split()) <= 4
              for part in (first, second)]
    if not all(shaped) or len(first.split()) != len(second.split()):
        return raw
    chosen = second if _spelling_faults(second) < _spelling_faults(first) else first
    return chosen + raw[match.end():]


def _name_part(raw: str) -> str | None:
    """The leading capitalised words of a value (a name followed by more text is cut)."""
    raw = _latvian_spelling(raw)
    words = values.without_letter_boxes(raw).replace(",", " , ").split()
    while words and (words[0].lower().strip(":") in ROLE_WORDS or _role_word(words[0])
                     or words[0].lower() in _FUNCTION_WORDS):
        words = words[1:]
    # OCR splits a capital off its word ("Uldis M ucenieks"): a lone capital before a word
    # in lower case is that word's first letter; not a Roman numeral ("I vai II grupa").
    words = _SPLIT_CAPITAL.sub(r"\1\2", " ".join(words)).split()
    taken: list[str] = []
    particles: list[str] = []  # a surname's particles waiting for the surname after them
    for word in words:
        clean = _FOOTNOTE_MARK.sub("", word).strip(".;:()\"'„“”")
        if _role_word(clean) or (len(taken) >= 2 and word.endswith(":")):
            break  # ... or the next label of a slip's line ("Anna Ozola Asist.: Dace Upe")
        if taken and len(particles) < 2 and person_names.is_particle(clean.lower()) and (
                clean.islower() or clean.isupper()):
            particles.append(clean.lower())  # "Voldemārs fon Krīgers": "fon" goes with it
            continue
        if _NAME_WORD.match(clean) or (clean.isupper() and len(clean) > 1 and clean.isalpha()):
            taken.extend(particles)
            particles = []
            taken.append(clean if not clean.isupper() else clean.capitalize())
            if len(taken) - sum(person_names.is_particle(w) for w in taken[1:]) == 4:
                break
        else:
            break
    if len(taken) - sum(person_names.is_particle(w) for w in taken[1:]) < 2:
        return None
    return " ".join(taken)
