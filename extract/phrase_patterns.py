"""Vocabulary patterns and phrases as regular expressions: {MACROS} expanded, letters folded.

A field's prose pattern (`{NAME}`, `{CODE}`, `{DATE}`...) and a phrase read as stems
("ģimen ar bērn") are compiled here once and cached; every reader that matches running text
uses them, so they stand apart from any one reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..forms.latvian_dates import DAY_IN_WORDS_SHAPE, ROMAN_DATE_SHAPE, ROMAN_SHORT_DATE_SHAPE
from ..forms.person_names import particle_pattern
from . import roles
from .layout import spelt_letters
from .vocabulary import CODE_LABEL

_MACROS = {
    # A surname's particle may stand before the surname ("Voldemārs fon Krīgers").
    "NAME": (r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:" + particle_pattern()
             + r")?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"),
    # A representative's role noun after the one they represent ("..., aizgādne",
    # "aizbildnis", "pilnvarotā persona", "likumiskais pārstāvis"), deaccented.
    "GUARDIAN": r"(?:aizgadn|aizbildn|pilnvarot|likumisk\w*\s+parstav)\w*",
    # In running text a personal code carries its dash; without it, 11 digits are more often a
    # company registration number. A scan may break the second part with a space ("090984-1
    # 1298"); its checksum is checked after.
    "CODE": r"(?<![\d-])\d{6}\s*[-‐‑–—]\s*\d(?: ?\d){4}(?![\d-])",
    # Never from inside a number: "dzimusi 02.10.2025." read from its "2" would slip past a
    # pattern's "(?<!dzimusi\s)".
    "DATE": (
        # (a hand's "g." may lose its stop: "2025. g 9. aprīlī")
        r"(?<!\d)(?:\d{4}\.?[\s\"'”„“*]*(?:gada|g\.|g(?=\s+\d))\s*\d{1,2}\.?[\s'’`*]*[a-z]+"
        # a form's day filled in between quotation marks: "„17.” marta 2025. g."
        r"|\d{1,2}(?:\.[\"”“]?|[\"”“]\.?)\s*[a-z]+\s+\d{4}\.?"
        r"|\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}\.?|\d{4}-\d{2}-\d{2}"
        # written in words, as a notary dates a deed ("divi tūkstoši divdesmit pirmā gada
        # divpadsmitajā janvārī"): forms.latvian_dates reads it
        r"|divi\s+tukstosi\s+[a-z]+(?:\s+[a-z]+)?\s+gada\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+"
        r"|(?<![\d.])\d{4}\.\d{1,2}\.\d{1,2}(?!\d)\.?|" + ROMAN_DATE_SHAPE
        # the year in digits, the day in words: "2025. gada divdesmit piektajā martā"
        + "|" + DAY_IN_WORDS_SHAPE + ")"
    ),
    # A date with its year shortened ("14.02.25."), as a hand or a hurried typist dates a
    # paper: only where a date is certain (after the place on a date line), for in prose
    # "1.2.10" is more often a clause's number.
    "SHORTDATE": r"(?:(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}\.?(?![\d/])(?!\.\d)|"
                 # a hurried hand's commas for stops: "05,03,25"
                 r"(?<![\d.,])\d{1,2},\d{1,2},\d{2}(?![\d,])(?!\.\d)|"
                 + ROMAN_SHORT_DATE_SHAPE + ")",
    # Digits, or up to two number words ("divdesmit piecas") that forms.hours reads.
    "HOURS": r"(?:\d{1,3}(?:[.,]\d{1,2})?|(?-i:[a-z]+\s+)?(?-i:[a-z]+))",
    "ORG": (
        r"(?:(?-i:(?:SIA|AS|VSIA|PSIA|IK|ZS|biedriba|nodibinajums|Biedriba|Nodibinajums))\s+)?"
        r"[\"'„“”«][^\"„“”«»\n]{2,80}[\"”“»']"
        r"|(?-i:(?:SIA|AS|VSIA|PSIA|IK))\s+(?-i:[A-Z][^,;.\n]{2,60}?)(?=\s*[,;.\n]|\s+(?:ar|kur|par|adrese|re)\b)"
    ),
    "TEXT": r"[^,;.\n]{2,120}?",
}


# Text with Latvian diacritics removed, same length, case kept (for prose patterns): the fold
# names are bound with (extract/roles.py), so a pattern and a name fold alike.
deaccent = roles.fold_letters


# The personal code's label as people type it in running text: run together ("personaskods"),
# short without its stops ("pk", "p/k"), "pers. kods": a pattern spelling it the careful way
# finds every spelling of vocabulary.CODE_LABEL.
_CODE_LABEL_WRITTEN = re.compile(
    # (also where the pattern lets the first stop go: "p\.?\s*k\.")
    r"personas(?: |\\s\+)kods|p\\\.\??\\s\*k\\\.")


def _the_label(_match: re.Match[str]) -> str:
    # A function, not a replacement string: the label's backslashes stay as they are.
    return CODE_LABEL


def _code_label_as_written(regex: str) -> str:
    return _CODE_LABEL_WRITTEN.sub(_the_label, regex)


@lru_cache(maxsize=2048)
def compile_pattern(regex: str) -> re.Pattern[str]:
    """A vocabulary pattern with its {MACROS} expanded, diacritics folded, case-insensitive."""
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: f"(?:{_MACROS[m.group(1)]})",
                      _code_label_as_written(deaccent(regex)))
    return re.compile(expanded, re.IGNORECASE)


def stem_phrase(phrase: str, gap: str) -> re.Pattern[str]:
    """A folded phrase whose every word is a stem ("ģimen ar bērn" finds "ģimenēm ar
    bērniem"), matched at a word start; `gap` is what may stand between two words, and "…"
    stands for up to three words of any kind ("lūdzu … piešķirt" finds "lūdzu manam dēlam
    piešķirt")."""
    body = ""
    after_any = False  # right after "…": its words' gap is already there
    for word in phrase.lower().replace("…", " ... ").split():
        if word == "...":
            body += rf"[a-z]*{gap}(?:\S+\s+){{0,3}}?"
            after_any = True
            continue
        if body and not after_any:
            body += rf"[a-z]*{gap}"
        after_any = False
        body += _doubling_tolerant(spelt_letters(word)) if len(word) >= _DOUBLED_MIN else \
            spelt_letters(word)
    return re.compile(r"(?<![a-z0-9])" + body)


# A writer whose first language doubles consonants (Russian "ассистент", "программа",
# "комиссия") writes "assistents", "programma", "kommisija": a stem of this many letters or
# more finds its word with any plain consonant written twice.
_DOUBLED_MIN = 5
_CONSONANT = re.compile(r"(?<!\\)([bcdfghjklmnprstvz])(?![?*+{])")


def _doubling_tolerant(pattern: str) -> str:
    """A word's pattern (spelt_letters') with each plain consonant allowed twice."""
    return _CONSONANT.sub(r"\1\1?", pattern)


@lru_cache(maxsize=4096)
def _stem(phrase: str) -> re.Pattern[str]:
    """A field's label or phrase as stems; any punctuation or none may stand between words
    (a label is often split by a colon, a slash or a line's end)."""
    return stem_phrase(phrase, r"\W*\s*")


_DATE_ANY = compile_pattern("{DATE}")


@lru_cache(maxsize=1024)
def _context_free(regex: str) -> bool:
    """A pattern that is only a macro (lookarounds aside): it finds any date or code on the
    page and says nothing about whose or which it is."""
    bare = re.sub(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)", "", regex)
    bare = re.sub(r"\{[A-Z]+\}|\\[a-zA-Z]|\[[^\]]*\]", "", bare)
    return not re.search(r"[^\W\d_]", bare.replace("?P<value>", ""))
