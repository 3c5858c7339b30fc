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


def _name_part(raw: str) -> str | None:
    """The leading capitalised words of a value (a name followed by more text is cut)."""
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
        clean = word.strip(".;:()\"'„“”")
        if _role_word(clean):
            break
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
