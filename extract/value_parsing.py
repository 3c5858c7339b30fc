"""A raw text found for a field turned into its contract value, by the field's kind.

`parse_value` is the one door every reader's candidate goes through: a personal code, a
date (stray quotes dropped, "uz nenoteiktu laiku" read as an explicit null), hours and
numbers, a name, an institution, an enum by its synonyms, a yes/no, text cut to its value,
a reference, an address to its postal code. Separate from the readers, which only find
where a value is printed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..forms.latvian_dates import find_dates
from . import values
from .layout import fold, label_regex
from .marks import MARK_ANY
from .other_language import without_translation
from .person_names import _name_part
from .phrase_patterns import _stem
from .repair.places import town_nominative
from .value_bounds import (
    _ADDRESS_LEAD,
    _CITED_DECISION,
    _COURT_ACTING,
    _LEAD_MARKS,
    _LEADING_CODE,
    _NEXT_LABEL,
    _PURPOSE_TAIL,
    _QUALIFICATION_TAIL,
    _SENTENCE_ENDED,
    _SUBJECT_LINE,
    _TRAILING_SPECK,
    _WORKLOAD_TAIL,
    _cut_clause,
    _without_code,
    _without_note,
)
from .vocabulary import FieldSpec
from .yes_no import _bool


def _only_kind_words(spec: FieldSpec, text: str) -> bool:
    """Whether a value is only its kind's words: its kind's noun ("programma") and words of
    the field's spellings ("vispārējās", "pamatizglītības"), no name of its own."""
    if not spec.kind_nouns:
        return False
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    nouns = {fold(w) for w in spec.kind_nouns}
    spelt = {fold(w) for w in spec.spellings} | nouns
    return any(w in nouns for w in words) and all(w in spelt for w in words)


# A number of hours ("12 stundas nedēļā", "6 h"), which a term in months is not.
_HOURS_AFTER = re.compile(r"\s*(?:h\b|st\.|stund)", re.IGNORECASE)
_HOURS_ROW = re.compile(r"\d+(?:[.,]\d+)?\s*(?:h\b|st\.|stund\w*)(?:\s+(?:nedēļā|mēnesī|dienā))?",
                        re.IGNORECASE)


def parse_value(
    spec: FieldSpec, raw: str, *, inflected: bool = False, feminine: bool | None = None,
    case: str = "auto",
) -> Any:
    """Turn the raw text found for a field into its contract value (None if it does not parse)."""
    kind = spec.kind
    raw = raw.strip()
    if not raw:
        return None
    if kind == "personal_code":
        return values.personal_code(raw)
    if kind == "date":
        raw = raw.translate(_STRAY_MARKS)
        if spec.null_phrases and any(label_regex(p).search(fold(raw)) for p in spec.null_phrases):
            return _NULL
        found = values.date_value(raw)
        return found.isoformat() if isinstance(found, date) else None
    if kind == "month":
        return values.month_value(raw)
    if kind == "hours":
        return _number(values.hours_value(raw))
    if kind == "number":
        match = re.search(r"\d+(?:[.,]\d+)?", raw)
        if match is not None and spec.name.endswith("_months"):
            # A term in months shares its row with the hours ("12 stundas nedēļā, pusgads"):
            # a number of hours is not the term, the term is what the row says besides.
            match = next((m for m in re.finditer(r"\d+(?:[.,]\d+)?", raw)
                          if not _HOURS_AFTER.match(raw, m.end())), None)
            if match is None:
                raw = _HOURS_ROW.sub(" ", raw).strip(" ,;")
        if match is None:
            if re.match(r"(?i)pusgad", raw.strip()):
                return 6  # "uz pusgadu": half a year is six months
            # "uz sešiem mēnešiem": number words are the forms parser's business.
            return _number(values.hours_value(raw))
        return _number(float(match.group(0).replace(",", ".")))
    if kind == "person_name":
        name = _name_part(raw)
        return values.person_name(name, inflected=inflected, case=case) if name else None
    if kind == "institution":
        if _SUBJECT_LINE.match(raw):
            return None  # "Par dienas centra apmeklējumu": a letter's subject, not its issuer
        # A logo read as a box ("☐ Rīgas ... centrs") leaves a gap the cut must not split at.
        name = _without_trailing_date(_cut_clause(MARK_ANY.sub(" ", raw).strip()).strip())
        name = _after_leading_date(name)
        if not re.match(r"^[\W\d]*[A-ZĀČĒĢĪĶĻŅŠŪŽ]", name):
            return None  # an institution's name opens with a capital ("vadītāja" is a role)
        return values.institution_name(name)
    if kind == "reg_no":
        return values.reg_no(raw)
    if kind == "phone":
        return values.phone(raw)
    if kind == "email":
        return _without_glued_label(spec, values.email(raw))
    if kind == "disability_group":
        # The groups printed as options, one box marked ("[ ] I [x] II [ ] III"): the one
        # marked is the group; marks on none or on several tell none.
        if _GROUP_BOX.search(raw):
            chosen = _GROUP_MARKED.findall(raw)
            return values.disability_group(chosen[0]) if len(chosen) == 1 else None
        # OCR reads the roman numerals as "Il", "Ill", "1I": they sit right before "grupa".
        raw = _ROMAN_SLIPS.sub(lambda m: "I" * len(m.group(1)), raw)
        return values.disability_group(raw)
    if kind == "enum":
        return _enum(spec, raw)
    if kind == "bool":
        return _bool(spec, raw)
    if kind == "text":
        raw = without_translation(raw)  # "audējs / weaver": the Latvian part
        if _SENTENCE_ENDED.match(raw):
            return None  # "programmu (kods 01011111). Apmeklējums ...": the next sentence's
        raw = _NEXT_LABEL.split(_WORKLOAD_TAIL.split(raw, maxsplit=1)[0], maxsplit=1)[0]
        # "33 543 01 1 Kokizstrādājumu izgatavošana, kvalifikācija - galdnieks": the programme's
        # code before its name and the qualification it leads to after it are neither the name.
        raw = _QUALIFICATION_TAIL.split(_LEADING_CODE.sub("", raw), maxsplit=1)[0]
        if spec.name == "position":
            raw = _PURPOSE_TAIL.sub("", raw)  # what the job is for is no part of the job
        text = _without_note(_without_code(_cut_clause(_LEAD_MARKS.sub("", raw), keep_commas=True)))
        # A speck OCR read as a lone quote after the value ("viesmīle '"): no part of it.
        text = _TRAILING_SPECK.sub("", text)
        # A name printed in quotes, alone or after its kind ("studiju programma „X”"): X.
        text = values.quoted_name(text) or text
        if text and inflected:
            text = values.phrase_to_nominative(text, feminine=feminine)
        # A decision cited by its number in the accusative ("ar ... lēmumu Nr. 2-7/19/105") is
        # named as itself: "... lēmums Nr. 2-7/19/105".
        text = _CITED_DECISION.sub(r"\1s", _COURT_ACTING.sub(r"\1s ", text))
        if text and text.isupper() and _only_kind_words(spec, text):
            text = text.lower()  # "PAMATIZGLĪTĪBAS PROGRAMMA": a kind, not a name
        return text or None
    if kind == "reference":
        # A document number: "AP-2020/ 10234" as OCR spaces it is "AP-2020/10234".
        match = re.match(r"[A-Za-z0-9][\w.]*(?:\s*[/-]\s*[\w.]+)*", raw)
        if not match or not re.search(r"\d", match.group(0)):
            return None
        return re.sub(r"\s*([/-])\s*", r"\1", match.group(0)).strip(" .,;")
    if kind == "address":
        # An address starts at its first capital, digit or quote ("ir Dārza iela 12, ..." in
        # prose) and runs to its postal code (LV-1012), across commas and line ends.
        # "... Annai Ozolai, personas kods DDMMYY-NNNNN, kura deklarēta Lapu ielā 3-1": no
        # address holds a personal code; the sentence before it is the person, not the place.
        raw = _ADDRESS_LEAD.sub("", _CODE_BEFORE_ADDRESS.sub("", raw))
        match = re.match(r"^(.*?LV\s*-?\s*\d{4})", raw)
        again = re.match(r"^[\s,;]*(.*?LV\s*-?\s*\d{4})", raw[match.end():]) if match else None
        if match and again and len(again.group(1)) > len(match.group(1)) \
                and " ".join(again.group(1).split()).endswith(" ".join(match.group(1).split())):
            # "iela 9-21, Ogre, LV-5001 Meža iela 9-21, Ogre, LV-5001": OCR read a hand's
            # address twice over, its start lost the first time; the whole one is the address.
            match = again
        if match:
            # "dzīvojam Valkas ielā 2-15": the street in the locative of a sentence is
            # written as an address writes it, "Valkas iela 2-15".
            address = _STREET_LOCATIVE.sub(lambda m: _STREET_NOMINATIVE[m.group(1)],
                                           match.group(1))
            # "Lielā iēlā 31-6": marks OCR put on a street noun before its number ("iēlā" is
            # no spelling of "iela" in any case) are the noun as an address writes it.
            address = _STREET_WORD.sub(_street_noun, address)
            # "Pils iela, 15-2": a street noun and its house number are never parted by a
            # comma (a hand's or a photo's speck OCR read as one); the comma goes.
            address = _COMMA_AFTER_STREET.sub(r"\1 \2", address)
            # "Dzirnavu. iela 4": a speck OCR read as a full stop between a street's name
            # and its noun; no abbreviation is three letters or more before a street noun.
            address = _STOP_BEFORE_STREET.sub(r"\1 \2", address)
            # "..., Jēkabpilī, LV-5202": the town a sentence put in the locative is the town as
            # an address writes it, where the gazetteer knows it.
            address = town_nominative(address)
            # "„Ceriņi”, Ozolupes pagasts, ...": a house's name is written without the
            # quotation marks around it, as an institution's name is (unseen conventions).
            address = _QUOTED_HOUSE.sub(r"\1", address)
            return values.address_case(" ".join(address.split()).strip(" ,;"))
        return None
    return None


# A name in quotation marks inside an address (a house's, "„Vecsētas”"), never across a comma.
_QUOTED_HOUSE = re.compile(r"[„\"“«]\s*([^„\"“”«»,;]+?)\s*[”\"“»]")
_CODE_BEFORE_ADDRESS = re.compile(r"^.*\b\d{6}\s*-\s*\d{5}\b[\s,;.)]*(?=.*LV\s*-?\s*\d{4})")
_STREET_NOMINATIVE = {"ielā": "iela", "gatvē": "gatve", "bulvārī": "bulvāris",
                      "prospektā": "prospekts"}
_STREET_LOCATIVE = re.compile(r"\b(" + "|".join(_STREET_NOMINATIVE) + r")(?=\s+\d)")
_STREET_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}(?=\s+\d)")
# A street noun and its locative, without their marks: what OCR's marks may stand on.
_STREET_BY_FOLD = {fold(form): noun for noun in values.STREET_NOUNS
                   for form in (noun, *(k for k, v in _STREET_NOMINATIVE.items() if v == noun))}


_STOP_BEFORE_STREET = re.compile(
    rf"(?<![^\W\d_])([^\W\d_]{{3,}})\.\s+({'|'.join(values.STREET_NOUNS)})(?=\s+\d)")
_COMMA_AFTER_STREET = re.compile(
    rf"(?<![^\W\d_])({'|'.join(values.STREET_NOUNS)})\s*,\s*(\d{{1,4}}[A-Za-z]?(?:\s*[-/]\s*\d+)?\b)")


def _street_noun(match: re.Match[str]) -> str:
    word = match.group(0)
    noun = _STREET_BY_FOLD.get(fold(word))
    if noun is None or word == noun or word in _STREET_NOMINATIVE or not word.islower():
        return word
    return noun


# Quotes and bullets OCR scatters into a date ("2020. ” gada 1. decembra").
_STRAY_MARKS = str.maketrans({c: " " for c in "\"'’‘`„“”«»*•"})


# An option's box before a group's numeral: "[ ]", "[x]", "☐", "☒".
_GROUP_BOX = re.compile(r"(?:\[\s*[xX×✓✔]?\s*\]|[☐☒])\s*(?:I{1,3}|[1-3])\b")
_GROUP_MARKED = re.compile(r"(?:\[\s*[xX×✓✔]\s*\]|☒)\s*(I{1,3}|[1-3])\b")
_ROMAN_SLIPS = re.compile(
    r"(?<![A-Za-z])([Il1|]{1,3})(?=\s*(?:\(\w+\)\s*)?(?:invaliditātes\s+)?grup)"
)


class _Null:
    """A value explicitly printed as absent ("uz nenoteiktu laiku" -> null)."""


_NULL = _Null()


def _without_glued_label(spec: FieldSpec, address: str | None) -> str | None:
    """An e-mail address with its label glued on by a scan that lost the colon and the space
    ("E-pastsilzite.s@..." for "E-pasts: ilzite.s@..."): the address after the label. Only a
    label of one word with its hyphen ("e-pasts"), which no mailbox's name begins with."""
    if address is None:
        return None
    for label in spec.labels:
        glued = fold(label)
        if " " in glued or "-" not in glued or not fold(address).startswith(glued):
            continue
        rest = address[len(glued):].lstrip(":.-_")
        if re.match(r"[\w.+-]{2,}@", rest):
            return rest
    return address


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _enum(spec: FieldSpec, raw: str) -> str | None:
    folded = fold(raw)
    at: dict[int, dict[str, int]] = {}  # where a stem is found -> {value: the longest end}
    for value, phrases in spec.synonyms.items():
        for phrase in phrases:
            for match in _stem(phrase).finditer(folded):
                ends = at.setdefault(match.start(), {})
                ends[value] = max(ends.get(value, 0), match.end())
    if not at:
        return None
    # The first word named wins. A word two kinds' stems fit ("darbnīca": a workshop, or
    # "darb"-) is settled by a later word naming one of them alone ("darbnīca (darbs)"), else
    # the longer stem says more ("studijas" are studies where "studija" is a studio).
    first = at[min(at)]
    if len(first) > 1:
        for start in sorted(at)[1:]:
            if len(at[start]) == 1 and next(iter(at[start])) in first:
                return next(iter(at[start]))
    return max(first, key=lambda value: first[value])


# Where a row of printed options is parted: a slash between words, not inside a number or a
# date ("1-14/24/203", "12/2025").
_OPTION_SLASH = re.compile(r"(?<!\d)\s*/\s*(?!\d)")


def printed_options(spec: FieldSpec, raw: str) -> bool:
    """Whether the text is an enum's options printed for choosing ("a / b / c (vajadzīgo
    norādīt)"): parts parted by slashes that name two values or more. Such a row answers
    nothing by itself; its answer is marked on it (made boxes by `marks`) or written
    elsewhere (the line under it)."""
    if spec.kind != "enum" or "/" not in raw:
        return False
    named = {_enum(spec, part) for part in _OPTION_SLASH.split(raw)}
    return len(named - {None}) >= 2


def _without_trailing_date(name: str) -> str:
    """A name without the date printed after it on its letterhead line ("... slimnīca”
    05/03/2025", the paper's date across the page): a date is no part of a name."""
    dates = find_dates(name)
    if dates and dates[-1][1] > 0 and not name[dates[-1][2]:].strip(" .,"):
        return name[:dates[-1][1]].rstrip(" ,·|–-")
    return name


def _after_leading_date(name: str) -> str:
    """A name without the phrase and date printed before it ("Izsniegts 15.10.2024. Siguldas
    tehnikums": a line above the letterhead run into it): a name starts at its head noun
    group, after any date, when capitalised words follow the date."""
    dates = find_dates(name)
    if not dates:
        return name
    end = dates[-1][2]
    rest = name[end:].lstrip(" .,;:·|–-")
    if rest and rest != name and re.match(r"[\"„“«]?[A-ZĀČĒĢĪĶĻŅŠŪŽ]", rest):
        return rest
    return name
