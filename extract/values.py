"""Raw strings next to a label -> contract values, through the parsers of `asistents.forms`.

The forms package owns what a date, a personal code or an hours figure looks like; this
module only adapts its functions to the extractor, one call per value kind.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..forms import institution_names, person_names
from ..forms.disability_group import parse_disability_group
from ..forms.hours import parse_hours, parse_time_range
from ..forms.institution_names import (
    clean_institution_name,
    has_legal_form,
    is_common_word_name,
    is_heading,
    is_letter_soup,
    join_letter_spaced,
    join_split_endings,
    name_after_kind,
    name_in_quotes,
    names_only_kind,
    normal_case,
    without_label_words,
)
from ..forms.institution_names import legal_name as _legal_name
from ..forms.latvian_dates import find_dates, parse_date, parse_month
from ..forms.personal_code import is_valid_personal_code, normalize_personal_code
from ..forms.registry import validate_fields

_QUOTES = "\"'„“”«»‘’`"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# (each digit may stand apart: "2 9 4 1 7 0 5 3", a number typed letter-spaced)
_PHONE = re.compile(r"(?:\+371\s*|(?<!\d))[2-6](?:\s?\d){7}(?!\d)")
# A dot between a number's groups of figures: one or two after a group of two or three
# figures set apart by a space, three figures after it ("25 604.118", "256 04.118").
_GROUP_DOT = re.compile(r"(?<=(?<!\S)\d\d)\.(?=\d{3}(?!\d))|(?<=(?<!\S)\d{3})\.(?=\d{3}(?!\d))")
_BOX_BEFORE_CAPITAL = re.compile(r"(?:(?<=\s)|^)[☐☒]\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž])")
_REG_NO = re.compile(r"(?<!\d)([4-5]\d{10}|9\d{10})(?!\d)")


def personal_code(text: str) -> str | None:
    """The first personal code in `text` as DDDDDD-DDDDD (checksum not checked)."""
    return normalize_personal_code(text)


def personal_code_ok(code: str) -> bool:
    """True when the code passes its checksum (stdnum.lv.pvn)."""
    return is_valid_personal_code(code)


def date_value(text: str) -> date | None:
    """The first date in `text` in any style a Latvian document uses."""
    found = parse_date(text)
    if found is not None:
        return found
    dates = find_dates(text)
    if dates:
        return dates[0][0]
    return date_missing_a_dot(text) or date_in_boxes(text)


# The caption under a date's letter boxes ("D D M M G G G G", English "D D M M Y Y Y Y"), OCR
# reading it into the row of the boxes' digits ("0603202 D D M MG G GG [5]").
_BOX_CAPTION_LETTERS = re.compile(r"(?<![^\W\d_])[DMGY]+(?![^\W\d_])")


def date_in_boxes(text: str) -> date | None:
    """A date written one digit per box over its "DDMMGGGG" caption: the text's eight
    digits, in order, are the day, the month and the year; None unless exactly eight."""
    caption = "".join(_BOX_CAPTION_LETTERS.findall(text))
    # Or the boxes alone, one figure in each ("0 3 1 0 2 0 2 2"): the comb is the caption.
    comb = re.fullmatch(r"\s*(?:\d\s+){7}\d\s*", text) is not None
    if "DDMMGGGG" not in caption and "DDMMYYYY" not in caption and not comb:
        return None
    digits = "".join(re.findall(r"\d", text))
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None


# "15.042024": a hand wrote the day, the month and the year and left out the dot between the
# last two (or OCR lost it). Only a whole day-month-year of this century or the last.
_MISSING_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})((?:19|20)\d{2})\.?(?!\d)")


# A scan's comma for one of a date's dots ("01,03.2024.", "01.03,2024"): a comma between two
# figures is no decimal in a date's shape, the year of four figures says which it is.
_COMMA_FOR_DOT = re.compile(
    r"(?<![\d.,])(\d{1,2})(?:,(\d{1,2})[.,]|\.(\d{1,2}),)((?:19|20)\d{2})\.?(?!\d)")


def date_missing_a_dot(text: str) -> date | None:
    """A date written "DD.MMYYYY" (the dot after the month missing) or with a scan's comma for
    a dot ("01,03.2024."), or None."""
    match = _MISSING_DOT.search(text)
    if match is None:
        comma = _COMMA_FOR_DOT.search(text)
        if comma is None:
            return None
        try:
            return date(int(comma.group(4)), int(comma.group(2) or comma.group(3)),
                        int(comma.group(1)))
        except ValueError:
            return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def month_value(text: str) -> str | None:
    """A month as YYYY-MM ("2026. gada novembris", "11.2026", "novembris 2026")."""
    found = parse_month(text)
    if found:
        return found
    # Numeric months the forms parser leaves alone: "2026-11", "2026.11", "11.2026".
    match = re.search(r"(\d{4})\s*[-./]\s*(\d{1,2})(?!\d)", text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    match = re.search(r"(?<!\d)(\d{1,2})\s*[./]\s*(\d{4})", text)
    if match and 1 <= int(match.group(1)) <= 12:
        return f"{int(match.group(2)):04d}-{int(match.group(1)):02d}"
    return None


def hours_value(text: str) -> float | None:
    """Hours as a number ("20 stundas", "20 h", "7,5", "20:00 h")."""
    found = parse_hours(text)
    return float(found) if found is not None else None


def time_range(text: str) -> tuple[str, str] | None:
    """('08:00', '12:30') from "8.00-12.30" or "no 8:00 līdz 12:30"."""
    found = parse_time_range(text)
    if not found:
        return None
    return found[0].strftime("%H:%M"), found[1].strftime("%H:%M")


def disability_group(text: str) -> str | None:
    """'I', 'II', 'III' or 'child' from "I grupa", "otrā grupa", "bērns ar invaliditāti"."""
    return parse_disability_group(text)


# A document's number: no word of a person's name.
_REFERENCE = re.compile(r"(?<![^\W\d_])Nr(?![^\W\d_])")


def person_name(text: str, *, inflected: bool = False, case: str = "auto") -> str | None:
    """A person's name, single-spaced; turned into the nominative when read from prose."""
    name = " ".join(text.strip(" ,.;:" + _QUOTES).split())
    if not name or _REFERENCE.search(name):
        return None  # "AIZGĀDŅA APLIECĪBA Nr. 27": a paper's title and number, not a name
    if person_names.names_a_state(name):
        return None  # "Latvijas Republikas personas kods": the code's state, not a person
    # A person's name is never a role noun: "Studējošais Reinis Apsītis" is Reinis Apsītis,
    # "Darbinieks" alone is a column heading, not a name.
    bare = person_names.without_role_words(name)
    if bare != name:
        if len(bare.split()) < 2:
            return None
        name = bare
    # A name starts with its given name: "Izdots Normundam Bitem" is Normunds Bite.
    name = person_names.without_words_before_given_name(name)
    if inflected and case == "genitive" and _NO_GENITIVE.search(name.split()[-1]):
        # "no Laura Zeltiņe, p. k. ...": a surname ending as no genitive does ("-e", "-š",
        # "-s" but "-as", "-es", "-us") was written in the nominative after "no"; so was the
        # given name beside it ("Laura", not the genitive of Lauris).
        case = "nominative"
    if inflected:
        name = person_names.to_nominative(name, case) or name
    name = person_names.normalize_person_name(name) or name
    return person_names.with_final_e_dot(name)


# A surname's ending no genitive has: a nominative's.
_NO_GENITIVE = re.compile(r"(?:[^aeu\W]s|š|e)$")


def without_letter_boxes(text: str) -> str:
    """A name's words without the tick boxes before them: a hand's capital drawn with straight
    sides ("D", "K") the pixels took for a box, the letter read again in the word after it (no
    option box stands inside a name)."""
    return _BOX_BEFORE_CAPITAL.sub("", text)


def starts_with_given_name(name: str) -> bool:
    """Whether a name opens with a given name of the name-day calendar or an initial."""
    return person_names.starts_with_given_name(name)


def reads_as_dative(name: str) -> bool:
    """Whether a name is printed in the dative ("Ansim Zvirbulim", "Annai Kalniņai")."""
    return person_names.reads_as_dative(name)


def mended_split_surname(name: str, page_text: str) -> str | None:
    """A name whose surname OCR broke into pieces, mended from the surname the page prints."""
    return person_names.mend_split_surname(name, page_text)


def nominative_confirmed(name: str) -> bool:
    """Whether a name is a nominative the name tables confirm (its given name is known)."""
    return person_names.nominative_confirmed(name, "nominative")


def settle_name(printed: str, value: str, page_text: str,
                gender: str | None = None) -> tuple[str, str]:
    """An inflected name's nominative checked against its other possible readings, and how
    sure it is: "only" (no other reading), "printed" (the document prints this one in the
    nominative), "told" (the gender the sentence gives it leaves one) or "guess" ("Kursīša" is
    Kursītis, Kursīsis or Kursīšs). A value the name's printed form cannot give (read some
    other way) is left as it is ("only")."""
    printed = " ".join(printed.strip(" ,.;:" + _QUOTES).split())
    readings = person_names.nominative_readings(printed)
    case = "auto"
    if value not in readings:
        # Read in the case the sentence said ("no Valda Ķemera": a genitive, though "Valda"
        # alone reads as a woman's nominative): that case's readings are the ones to settle.
        case = next((c for c in ("genitive", "dative", "accusative")
                     if value in person_names.nominative_readings(printed, c)), "")
        if not case:
            return value, "only"
        readings = person_names.nominative_readings(printed, case)
    if value == person_names.normalize_person_name(printed) and value != readings[0]:
        # Taken as printed where the endings alone would read another case: the sentence's
        # grammar said so ("Es, Mikus Dūda, ..." is a nominative, not Dūds' genitive).
        return value, "only"
    return person_names.settle_nominative(printed, page_text, case, gender)


def feminine_name(name: str) -> bool | None:
    """Whether a nominative name is a woman's (None when nothing tells)."""
    gender = person_names.name_gender(name)
    return None if gender is None else gender == "feminine"


# A programme's head noun in the cases a sentence puts it in ("apgūst ... programmu", "mācās
# ... programmā"); its name's complement after it ("... izglītojamajiem ar ...") keeps its case.
_PROGRAMME_HEAD = re.compile(r"^(programm)(?:u|ā|ai)$", re.IGNORECASE)


def phrase_to_nominative(text: str, *, feminine: bool | None = None) -> str:
    """A job title read after "par" (accusative) back in the nominative: the head noun is the
    last word ("noliktavas darbinieci" -> "noliktavas darbiniece", "pavāru" -> "pavārs").
    A programme's name turns only its head noun and the adjectives agreeing with it
    ("Speciālo pirmsskolas izglītības programmu izglītojamajiem ar ..." -> "Speciālā
    pirmsskolas izglītības programma izglītojamajiem ar ..."); a genitive before the head
    ("Speciālās pamatizglītības") and the words after it stay as printed."""
    words = text.split()
    if not words:
        return text
    head = next((i for i, w in enumerate(words) if _PROGRAMME_HEAD.match(w)), None)
    if head is not None:
        before = [_adjective_nominative(w) for w in words[:head]]
        noun = _PROGRAMME_HEAD.sub(lambda m: m.group(1) + "a", words[head])
        return " ".join([*before, noun, *words[head + 1:]])
    parts = words[-1].split("-")
    turned = [_accusative_noun(part, feminine) for part in parts]
    if (len(parts) == 2 and all(len(part) > 3 and part.isalpha() for part in parts)
            and turned[0] is not None and turned[1] is not None):
        # Two nouns in apposition ("pārdevēju-konsultanti"): each turns.
        last = f"{turned[0]}-{turned[1]}"
    else:
        turned_last = _accusative_noun(words[-1], feminine)
        if turned_last is None:
            return " ".join(words)
        last = turned_last
    # The definite adjectives agreeing with the head noun turn with it ("jaunāko grāmatvedi"
    # -> "jaunākā grāmatvede", "vecāko pārdevēju" -> "vecākais pārdevējs").
    before = words[:-1]
    at = len(before)
    while at and _DEFINITE_ACCUSATIVE.search(before[at - 1]):
        at -= 1
        word = before[at]
        before[at] = word[:-1] + ("ā" if feminine else "ais")
    return " ".join([*before, last])


def _accusative_noun(word: str, feminine: bool | None) -> str | None:
    """A job's noun in the accusative singular back in the nominative ("pavāru" -> "pavārs",
    "darbinieci" -> "darbiniece"), or None when it does not end as one."""
    low = word.lower()
    if low.endswith("u") and len(low) > 3:
        if feminine:
            return word[:-1] + "a"
        stem = word[:-1]
        return stem + ("š" if stem.endswith(("ņ", "ļ")) else "s")
    if low.endswith("i") and len(low) > 3:
        return word[:-1] + ("e" if feminine else "is")
    return None


# A definite adjective in the accusative singular ("vecāko", "galveno", "tehnisko"); a short
# word or one of another language ("auto", "radio") is none.
_DEFINITE_ACCUSATIVE = re.compile(r"^[a-zāčēģīķļņšūž]{3,}[lkgtrnsdīēāšžčņļ]o$")


def _adjective_nominative(word: str) -> str:
    """A feminine definite adjective agreeing with its noun in the accusative or locative
    ("speciālo", "profesionālajā") in the nominative ("speciālā", "profesionālā"); a noun in
    the genitive ("pamatizglītības") is left alone."""
    low = word.lower()
    if len(low) > 4 and low.endswith("ajā"):
        return word[:-3] + "ā"
    if len(low) > 4 and low.endswith("o") and low[-2] in "lkgtrnsdīēāšžčņļ":
        return word[:-1] + "ā"
    return word


def institution_name(text: str) -> str | None:
    """An institution's name as printed, without the quotation marks around it. A role word
    or a column heading ("Darbinieks", "Darba devējs") is no organisation's name, a label
    printed before it in its cell ("Nosaukums SIA ...") is no part of it, a person ("A. Puķīte",
    a signer) is none, and neither are stray letters (a round stamp read as text)."""
    name = join_split_endings(clean_institution_name(text))
    if not name or is_heading(name) or all(person_names.is_role_word(w) for w in name.split()):
        return None
    name = without_label_words(name)
    if is_letter_soup(name) or _is_person(name):
        return None
    return name


def _is_person(name: str) -> bool:
    """Whether a name is a person's: an initial or a given name the tables know, then one or
    two capitalised words, no legal form and no generic word of an organisation's name."""
    words = name.split()
    if not 2 <= len(words) <= 3 or has_legal_form(name) or is_common_word_name(name):
        return False
    if not all(re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]*\.?", w) for w in words):
        return False
    first = words[0]
    initial = re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]?\.", first) is not None
    given = person_names.name_gender(first) is not None and first.casefold() in (
        person_names.name_tables().forms)
    return (initial or given) and not any(w.endswith(".") for w in words[1:])


def names_organisation(text: str) -> bool:
    """Whether words name an organisation: a legal form ("SIA") or a generic word of a name."""
    return has_legal_form(text) or is_common_word_name(text)


def only_kind(name: str) -> bool:
    """Whether an institution's name is only its kind ("Dienas aprūpes centrs")."""
    return names_only_kind(name)


def names_a_unit(name: str) -> bool:
    """Whether a letterhead row names a unit of an organisation by its kind only
    ("Hemodialīzes nodaļa", "Rīgas filiāle")."""
    return institution_names.names_a_unit(name)


def spaced_letters_joined(words: list[Any]) -> str:
    """A line's text with letter-spaced capitals joined into words (`words` have text, x0, x1)."""
    return join_letter_spaced([(w.text, w.x0, w.x1) for w in words])


def legal_name(printed: str, page_text: str) -> str | None:
    """The name with its legal form ("SIA Jūras Vējš") the page prints for a name without it."""
    return _legal_name(printed, page_text)


def institution_in_normal_case(name: str) -> str:
    """A name printed in capitals as running text writes it (generic words in lower case)."""
    return normal_case(name)


def quoted_name(text: str) -> str | None:
    """The name a value prints in quotation marks: the whole value ('„Sociālā aprūpe”'), or
    the name after a noun naming its kind ('studiju programma „Sociālā aprūpe”')."""
    whole = re.fullmatch(r"[„\"“«]([^„\"“”«»]+)[”\"“»]", text)
    if whole:
        return whole.group(1).strip()
    # Without quotation marks: the name after its kind ('studiju programma Sociālā aprūpe').
    return name_in_quotes(text) or name_after_kind(text)


def email(text: str) -> str | None:
    """The address written small: an e-mail address is the same in any case, and a form
    filled in capitals ("AIVARS.SMILSKALNS@GMAIL.COM") prints it so."""
    match = _EMAIL.search(text)
    if match and _WRAPPED_DOMAIN.match(text, match.end()) and re.search(
            r"\.[^\W\d_]$", match.group(0)):
        # "anna@inbox.l" / "v": no domain ends in one letter, the address wrapped in its cell
        # ("maija@gmail.c om" as the cell's two lines are read) goes on after the space.
        tail = _WRAPPED_DOMAIN.match(text, match.end())
        assert tail is not None
        return (match.group(0) + tail.group(1)).lower()
    return match.group(0).lower() if match else None


# A domain's last letters wrapped onto the cell's next line: a short word of letters alone.
_WRAPPED_DOMAIN = re.compile(r"\s+([^\W\d_]{1,5})(?![\w.@-])")


# A number abroad, with its country's code ("+380 67 120 45 87", "+372 5123 4567"): a family
# from across the border gives the number it has. 8 to 15 digits in all (ITU-T E.164).
_FOREIGN_PHONE = re.compile(
    r"(?<![\w+])\+(?!371)([1-9]\d{0,2})([\s-]?)(\d(?:[\s-]?\d){5,13})(?![\d-])")
# Country codes are prefix-free (E.164): these start a two-digit code, 1 and 7 are one digit,
# every other start is a three-digit code.
_TWO_DIGIT_CODES = frozenset({
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
    "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
    "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"})


def _foreign_phone(text: str) -> str | None:
    """"+380 671204587": the country's code as E.164 parts it, then the number's digits."""
    match = _FOREIGN_PHONE.search(text)
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group(0))
    if not 8 <= len(digits) <= 15:
        return None
    if match.group(2):
        code = match.group(1)  # printed apart from the number
    elif digits[0] in "17":
        code = digits[0]
    else:
        code = digits[:2] if digits[:2] in _TWO_DIGIT_CODES else digits[:3]
    return f"+{code} {digits[len(code):]}"


def phone(text: str) -> str | None:
    """The number without the spaces it was printed with ("26 550 931" -> "26550931"); the
    country code, when printed, is kept in front ("+371 26550931"), a foreign one too."""
    match = _PHONE.search(text)
    if match is None and _GROUP_DOT.search(text):
        # "25 604.118": a gap between the number's groups OCR read as a full stop (a date's
        # dot has two or four figures after it, never three).
        match = _PHONE.search(_GROUP_DOT.sub(" ", text))
    abroad = _FOREIGN_PHONE.search(text)
    if abroad is not None and (match is None or abroad.start() < match.start()):
        foreign = _foreign_phone(text)
        if foreign is not None:
            return foreign  # the first number printed is the one given
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group(0))
    return f"+371 {digits[3:]}" if match.group(0).startswith("+") else digits


# The nouns that make a name a street's ("Rīgas iela", "Brīvības gatve").
STREET_NOUNS = ("iela", "gatve", "bulvāris", "prospekts", "ceļš", "šoseja", "laukums", "aleja",
                "līnija", "krastmala", "dambis", "šķērslīnija")
# The common nouns and abbreviations of an address, written small wherever they stand.
_ADDRESS_WORDS = frozenset({
    *STREET_NOUNS, "pag.", "pagasts", "nov.", "novads", "pils.",
    "pilsēta", "c.", "ciems", "m.", "dz.", "dzīv.", "k.", "korp.",
})
# "18. novembra iela", "11. novembra krastmala": a date's month after its day stays small.
_MONTHS_GENITIVE = frozenset({
    "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta",
    "septembra", "oktobra", "novembra", "decembra",
})


def address_case(address: str) -> str:
    """An address printed in capitals as an address is written ("RĪGAS IELA 9-4, NĪCA, NĪCAS
    PAG., LV-3473" -> "Rīgas iela 9-4, Nīca, Nīcas pag., LV-3473"); any other is left as is."""
    letters = [c for c in address if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return address

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        if re.fullmatch(r"LV", token):
            return token
        small = token.lower()
        following = address[match.end():match.end() + 1]
        if small + following.strip() in _ADDRESS_WORDS or small in _ADDRESS_WORDS:
            return small
        if small in _MONTHS_GENITIVE and re.search(r"\d\.\s*$", address[:match.start()]):
            return small
        return small[:1].upper() + small[1:]

    return re.sub(r"[^\W\d_]+", word, address)


def reg_no(text: str) -> str | None:
    digits = re.sub(r"(?<=\d)\s+(?=\d)", "", text)
    match = _REG_NO.search(digits)
    return match.group(1) if match else None


def validation_problems(doc_type: str, fields: dict[str, Any]) -> dict[str, str]:
    """Field -> one-line message for every value its schema refuses ({} when all pass)."""
    try:
        # forms.registry already flattens marshmallow's nesting into one-line messages by path.
        return validate_fields(doc_type, fields)
    except Exception:  # a schema bug must not lose the extraction; the fields still go out
        return {}
