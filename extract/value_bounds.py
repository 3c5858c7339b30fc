"""Where a value printed after its label starts and ends.

A value runs on into what follows it on the page: the next sentence, a workload after a
comma, a note in parentheses, a programme's code, the next label ("SIA X Reģ. Nr. ...").
These cut it back to the value, and say when its ends were guessed (`boundary_doubt`), so
a reader lowers its confidence. Kept apart from the parsing by kind, which calls them.
"""

from __future__ import annotations

import re
from typing import Any

# Words of the sentence before an address in prose: "ir", "dzīvoju", "pēc adreses", and the
# dash or bullet before it ("deklarētā adrese – Liepājas iela ...").
_ADDRESS_LEAD = re.compile(r"^[\s:,;–—•·-]*(?:[a-zāčēģīķļņšūž]{2,}\b(?!/)[\s:,;–—•·-]*)*")
# A dash or bullet opening a value: punctuation of the line, not part of the value.
_LEAD_MARKS = re.compile(r"^[\s–—•·▪*-]+")
# A value after its label that only closes the label's sentence ("(kods 01011111). ..."): what
# follows is the next sentence, not the value.
_SENTENCE_ENDED = re.compile(r"^\s*(?:\([^()]*\)\s*)?[.;]\s")
# The next label after the value's full stop, on the same line ("Izglītības programma:
# pamatizglītības programma. Mācību gads: 2025./2026."): a row of its own run on, the value
# ends at the stop.
_NEXT_LABEL = re.compile(
    r"(?<=[a-zāčēģīķļņšūž)”\"])\.\s+(?=(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:)")
# A workload after a comma ("šķirotājs, 0,75 slodze – 30 stundas nedēļā", "pavārs, pilna
# laika darbs"): how much is worked, a part of the sentence of its own, not of the value.
_CITED_DECISION = re.compile(r"\b(lēmum|spriedum)u(?=\s+(?:(?:civil)?lietā\s+)?Nr\.)")
# A court as the subject acting by its decision ("Aknīstes novada bāriņtiesa ar 2024. gada 3.
# aprīļa lēmumu Nr. ... iecēla ..."): the decision is cited as the court's, "bāriņtiesas ...".
_COURT_ACTING = re.compile(r"\b(bāriņtiesa|tiesa)\s+ar\s+(?=\d{4}\.)")
# Five digits are a code too: a study programme's ("41762 Sociālais darbs").
_LEADING_CODE = re.compile(r"^\s*\d[\d\s]{3,}\d\s+(?=[^\W\d_])")
# What a position is for, after its noun: a verbal noun in the dative with the
# genitives that lead to it ("asistente asistenta pakalpojuma sniegšanai personām ar ...",
# "konsultants projekta īstenošanai"): the purpose, not the name; the first word always stays.
_PURPOSE_TAIL = re.compile(
    r"(?:\s+[^\W\d_]+(?:a|as|u|es|is|us|ības))*\s+[^\W\d_]+šan(?:ai|ām)\b.*$",
    re.IGNORECASE | re.DOTALL)
_QUALIFICATION_TAIL = re.compile(r"\s*[,;]\s*(?=(?:iegūstamā\s+)?kvalifikācija\b)", re.IGNORECASE)
_WORKLOAD_TAIL = re.compile(
    r"\s*,\s*(?=(?:\d+(?:[.,]\d+)?\s*(?:slodz|likm|stund|st\.|h\b)|(?:pilna|nepilna|daļēja)\s+"
    r"(?:laika|slodz|darba)))", re.IGNORECASE)
# A letter's subject line ("Par dienas aprūpes centra apmeklējumu"): never a name.
_SUBJECT_LINE = re.compile(r"^\s*Par\s+[a-zāčēģīķļņšūž]")
# A lone quote or accent standing apart after a value: a speck OCR read, no closing quote.
_TRAILING_SPECK = re.compile(r"\s+['`´‘’,.]$")
# A note in parentheses closing a value ("maketētāja (nepilna slodze)"): not the value.
_TRAILING_NOTE = re.compile(r"\s*\((?![^()]*\d{5,})[^()]{2,60}\)\s*$")


def _without_note(text: str) -> str:
    return _TRAILING_NOTE.sub("", text).strip() or text


def boundary_doubt(raw: str, value: Any) -> str | None:
    """Why a text value's ends were guessed, or None: a note cut off its end, a number
    label left without its number ("... lietā Nr"), a subject line."""
    if not isinstance(value, str):
        return None
    if re.search(r"(?i)\bnr\.?$", value.strip()):
        return "ends with 'Nr' and no number"
    if _TRAILING_NOTE.search(raw.strip()) and not value.rstrip().endswith(")"):
        return "a note in parentheses was cut off its end"
    return None


# A programme's or a specialty's code printed after its name ("... programma 31011011",
# "(kods 31011011)"); a number after "Nr." is a reference and stays.
# A code in groups ("20V 212 01 1", "33 811 02 1") is one too.
_TRAILING_CODE = re.compile(
    r"\s*[,(]?\s*(?:(?:programmas\s+)?kods\s*:?\s*)?\b(?:[A-Z]?\d{5,}|\d{2}[A-Z]?(?:\s\d{1,3}){3})"
    r"\)?\s*$", re.IGNORECASE
)


def _without_code(text: str) -> str:
    match = _TRAILING_CODE.search(text)
    if match is None or re.search(r"(?i)\bnr\.?\s*$", text[: match.start()]):
        return text
    if re.search(r"(?i)\bnr\.?\s*[\w.-]*[/-]$", text[: match.start()]):
        return text  # "Nr. EP-2025/072815": the last part of a number, glued to its first
    return text[: match.start()].strip(" ,;:-–")


def _cut_clause(raw: str, *, keep_commas: bool = False) -> str:
    """Cut a value at the next label-looking part ("SIA X Reģ. Nr. ..." -> "SIA X")."""
    text = re.split(r"\s{2,}|\s[|]\s", raw)[0]
    # A slip's next label on the same line ("Kl.: Anna Ozola Asist.: Dace Upe", "amats:
    # pavāre; d.v. no ..."): a word closed by a colon, or a semicolon, ends the value.
    text = re.split(r";\s|\s(?=[^\W\d_][^\W\d_.]{0,15}\.?:\s)", text)[0]
    # The code's label with its words or stops only (not vocabulary.CODE_LABEL): a value is cut
    # where no code need follow, and there a bare "Pk" ("P-Pk 8:00-16:00") is Friday.
    text = re.split(r"(?i)\b(?:reģ\.?\s*nr|reg\.?\s*nr|reģistrācijas|personas kods|p\.\s*k\.)",
                    text)[0]
    if not keep_commas and text.count("„") + text.count('"') == 0:
        text = text.split(",")[0]
    return text.strip(" ,;:-–")
