"""Whose value it is: a personal code belongs to the name printed right before it.

A letter or a decision names several people, each with a code in brackets or after a comma
("ierobežoja Edvīna Ruskuļa (personas kods 220897-16934) rīcībspēju", "izsniedz šo izziņu
Zinaīdai Triznai, personas kods 150163-16045"). Once the reader knows a person's name and role
from the sentence's grammar, that person's code is the one printed beside any form of the same
name, not the first code after a "personas kods" label in prose. The name may stand in any
case, so names are compared by their stems.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from ..forms.person_names import is_particle, particle_pattern
from .vocabulary import CODE_LABEL

# A capitalised word (any case ending) and a code printed after a name: "(personas kods ...",
# ", p. k. ...", " – ...". Letters are folded before matching, so only ASCII is needed here.
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# Across a line end only a bracket or a comma goes on with the name ("... Anita Ruskule" /
# "(personas kods ...)"); a label opening the next line is a form's row, maybe the other
# column's ("Vladislavs Gžibovskis" / "Personas kods 270354-..." of the block on the left).
# A label printed beside the name may have its code wrapped to the next line ("Uldis
# Mucenieks, personas kods" / "300662-18043, ir izteicis ...").
# A comma ending the line goes on as well ("Vilma Liepiņa," / "personas kods ..."), and so
# does the birth date put between ("Dāvis Zeltkalns, dzimis 2017. gada 15. augustā, personas
# kods ...", "(dzimis 12.08.2015., personas kods ...)").
# An aside in brackets may stand between the name and its code ("Oksana Tkačenko (dzimšanas
# apliecībā: Оксана Ткаченко), personas kods ..."): the name as another paper spells it.
_CODE_AFTER = re.compile(
    r"^(?:[ \t]*\((?![^()\n]*\d{6})[^()\n]{2,60}\))?"
    r"(?:[ \t]*|[ \t]*\n[ \t]*(?=[(,]))[,(]?[ \t]*(?:(?<=[,(])\n[ \t]*)?"
    r"(?:dzim(?:is|usi)[ \t]+[^,;()\n]{4,30}?,[ \t]*(?:\n[ \t]*)?)?"
    # The label in any of its spellings (vocabulary.CODE_LABEL: "p/k", "pk", "pers. k." too).
    rf"(?:{CODE_LABEL}[ \t]*:?[ \t]*(?:\n[ \t]*)?)?"
    r"(\d{6})[ \t]*[-‐‑–—][ \t]*(\d{5})(?![\d-])",
    re.IGNORECASE,
)


def fold_letters(text: str) -> str:
    """Text with Latvian diacritics removed, same length, case kept (ā -> a, Ķ -> K)."""
    # NFD, not NFKD: compatibility forms ("№" -> "No") would change what a pattern means.
    return "".join((unicodedata.normalize("NFD", c) or c)[0] for c in text)


def _declined_words(name: str) -> list[str]:
    """A name's words without a surname's particles ("fon" in "Voldemārs fon Krīgers")."""
    return [w for i, w in enumerate(name.split()) if not (i and is_particle(w))]


def _apart(gap: str) -> bool:
    """Whether the text between two words of a name parts them: anything but spaces and a
    surname's particles ("Voldemāram fon Krīgeram")."""
    return bool(gap.strip()) and not re.fullmatch(rf"\s+{particle_pattern()}", gap + " ")


def _stem(word: str) -> str:
    """The part of a name's word no case ending changes ("Ruskulis" -> "Rusku")."""
    folded = fold_letters(word).lower()
    return folded[: max(3, len(folded) - 3)] if len(folded) > 3 else folded


@dataclass(frozen=True, slots=True)
class CodeMention:
    """A personal code printed right after a form of a name, and where the name starts."""

    code: str
    at: int


def codes_beside(text: str, name: str) -> list[CodeMention]:
    """Every code printed right after a form of `name` in `text` (in order, repeats kept).
    `text` keeps its line ends: a code on the next line counts only after a bracket or a
    comma."""
    stems = [_stem(w) for w in _declined_words(name)]
    if len(stems) < 2:
        return []
    plain = fold_letters(text)
    words = list(_WORD.finditer(plain))
    found: list[CodeMention] = []
    for i in range(len(words) - len(stems) + 1):
        run = words[i : i + len(stems)]
        if not all(w.group(0).lower().startswith(s) and len(w.group(0)) <= len(s) + 6
                   for w, s in zip(run, stems, strict=True)):
            continue
        # The words of one name stand together: nothing but spaces between them.
        if any(_apart(plain[a.end() : b.start()]) for a, b in pairwise(run)):
            continue
        match = _CODE_AFTER.match(plain[run[-1].end() : run[-1].end() + 80])
        if match:
            found.append(CodeMention(f"{match.group(1)}-{match.group(2)}", run[0].start()))
    return found


def names_beside_code(text: str, code: str) -> list[str]:
    """Every name the text prints right before `code` ("Ligita Kalnāre   030379-15065" in a
    household's table, "Laura Liepa, p.k. ..."): whose code it is, by the page."""
    found = []
    for at, name in _mentions(text):
        match = _CODE_AFTER.match(fold_letters(text[at + len(name) : at + len(name) + 80]))
        if match and f"{match.group(1)}-{match.group(2)}" == code:
            found.append(name)
    return found


def code_of(text: str, name: str) -> str | None:
    """The one code the text prints beside `name`; None when it prints none or several."""
    codes = {m.code for m in codes_beside(text, name)}
    return codes.pop() if len(codes) == 1 else None


def _kin_before(plain: str, at: int, kin: tuple[str, ...]) -> str | None:
    """The kinship stem among the few lower-case words right before a name ("tikai tēvam –")."""
    before = re.split(r"[.;:()]", plain[max(0, at - 40) : at])[-1]
    for word in re.findall(r"[a-z]+", before)[-3:]:
        for stem in kin:
            if word.startswith(fold_letters(stem).lower()):
                return fold_letters(stem).lower()
    return None


def kin_code(text: str, name: str, kin: tuple[str, ...]) -> str | None:
    """A code labelled with the kinship noun that introduces `name`: "Aizgādības tiesības:
    tikai tēvam – Normunds Eihvalds" and "Tēva personas kods: 120684-13505" are one person."""
    if not kin:
        return None
    stems = [_stem(w) for w in _declined_words(name)]
    plain = fold_letters(text)
    words = list(_WORD.finditer(plain))
    relations = set()
    for i in range(len(words) - len(stems) + 1):
        run = words[i : i + len(stems)]
        if all(w.group(0).lower().startswith(s) for w, s in zip(run, stems, strict=True)):
            stem = _kin_before(plain, run[0].start(), kin)
            if stem:
                relations.add(stem)
    if len(relations) != 1:
        return None
    stem = relations.pop()
    codes = {
        f"{m.group(1)}-{m.group(2)}"
        for m in re.finditer(
            rf"(?i)\b{stem}[a-z]*\s+{CODE_LABEL}\s*:?\s*(\d{{6}})\s*[-‐‑–—]\s*(\d{{5}})",
            plain,
        )
    }
    return codes.pop() if len(codes) == 1 else None


# --- who is appointed and over whom: the grammar of a decision on guardianship -----------------

_UP, _LO = "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž"
_NAME_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_MENTION = re.compile(rf"(?<![{_UP}{_LO}])({_NAME_WORD}(?:[ ]+(?:{particle_pattern()})?"
                      rf"{_NAME_WORD}){{1,2}})(?![{_LO}])")
# A sentence ends at a full stop (not "Nr.", not a date's) or a semicolon before a capital.
_SENTENCE_END = re.compile(rf"(?<!\bNr\.)(?<=[.;!?])\s+(?=[{_UP}])|;\s+")
# The state a guardian holds, not the guardian: "aizgādnība", "aizbildnību" (not a parent's
# custody, "aizgādības tiesības mātei ...", whose dative is the one who holds it).
_STATE = re.compile(r"(?i)\b(?:aizgādn|aizbildn)īb\w*")
# Set up for someone: the dative of such a sentence is the ward ("nodibināt aizgādnību Vitai
# ...", "Edmundam ... noteikta aizgādnība"); entrusted to someone, the dative is the guardian.
_SET_UP = re.compile(r"(?i)\b(?:nodibin|noteik|nodibināš|noteikš)\w*")
_ENTRUSTED = re.compile(r"(?i)\b(?:uztic|tiesīb)\w*")
# Verbs that appoint (any person, tense or mood, never the verbal noun "iecelšana"):
# "iecelt", "ieceļ", "iecēla"; "apstiprināt" and "nozīmēt" only "par aizbildni" (a court
# "apstiprina" many things).
_APPOINTS = re.compile(r"(?i)\b(?:iecel(?!šan)\w*|ieceļ\w*|iecēl\w*)")
_APPOINTS_AS = re.compile(r"(?i)\b(?:apstiprin(?!āj|āš)\w*|nozīmē(?!š)\w*)")
_AS_GUARDIAN = re.compile(r"(?i)\bpar\s+(?:\w+\s+){0,2}?(?:aizgādni|aizbildni|likumisko\s+"
                          r"pārstāvi|pārstāvi)\b")
# The guardian named as a noun after a ward in the genitive: "Edmunda Mucenieka aizgādni".
_GUARDIAN_NOUN = re.compile(
    r"(?i)^\s*(?:aizgādn|aizbildn|aizgādņ|aizbildņ)(?:i|is|e|im|ei|a|es|u)\b")
# A court limiting someone's capacity names the ward as the capacity's owner ("Ierobežot
# Austras Kalnas rīcībspēju") or as the dative the limiting is for ("par rīcībspējas
# ierobežošanu Kārlim Ozolam"). Its code may stand between ("Ierobežot Vijas Strautmanes,
# personas kods ..., rīcībspēju"): the comma closing the code's aside goes with it.
# "par Edvarda Pallo aizgādni": a name between "par" and the guardian noun in the accusative
# modifies the noun, so it is in the genitive whatever else its endings could be.
_PAR_BEFORE = re.compile(r"(?i)\bpar\s+$")
_GUARDIAN_ACCUSATIVE = re.compile(r"(?i)^\s*(?:aizgādni|aizbildni)\b")
_CAPACITY_AFTER = re.compile(r"(?i)^\s*[,)]?\s*rīcībspēj\w*")
_LIMITING_BEFORE = re.compile(r"(?i)\brīcībspēj\w*\s+ierobežo\w*\s+$")
# ... or as the dative whose capacity a sentence says is limited ("Reinim Mazbērziņam
# (personas kods ...) ir ierobežota rīcībspēja"): the one a guardian is set over.
_LIMITED_AFTER = re.compile(
    r"(?i)^\s*,?\s*(?:ir\s+|tiek\s+|tika\s+|tikusi\s+)?ierobežot\w*\s+(?:\w+\s+){0,2}?rīcībspēj")
# The subject of a passive appointment: "..., ir iecelta par aizgādni", "tiek iecelts".
_APPOINTED = re.compile(
    r"(?i)^(?:[^.;]{0,60}?\s)?(?:ir|tiek|tika|tikusi|ticis)\s+iecelt[sa]?\b")
_CODE_TAIL = re.compile(
    rf"^\s*[,(]?\s*(?:{CODE_LABEL}\s*:?\s*)?\d{{6}}\s*[-–]\s*\d{{5}}\)?")
# An aside in brackets after a name that says who the person is ("Oskara Kurmīša (dzimis 2012.
# gada 16. marta, personas kods ...) aizbildni"): the name's role is read past it.
_ASIDE_TAIL = re.compile(r"^\s*\([^()]{0,120}\)")
# A certificate issued to someone ("izziņa izsniegta Vitai Dzērvītei, ..."): the dative is the
# one it is issued to. When the sentence goes on to say that she or he is appointed ("...,
# apliecinot, ka viņa ... ir iecelta par ..."), that one is the appointed; never the ward.
_ISSUED_TO = re.compile(r"(?i)\bizsniegt\w*\s+$")
_PRONOUN_APPOINTED = re.compile(
    r"(?i)\bka\s+(?:viņa|viņš)\s+(?:[^;]){0,200}?\b(?:ir|tiek|tika)\s+iecelt[sa]?\b")
_PAR_OVER = re.compile(r"(?i)\bpār\s+(?:[a-zāčēģīķļņšūž]+\s+){0,2}$")
# A substitute appointed for the one authorised, should they be unable to act ("par viņa
# aizstājēju ieceļu Līgu Pūci"): the appointment is the substitute's, not the
# representative's (fixtures/unseen_p/README.md: the substitute is not recorded).
_AS_SUBSTITUTE = re.compile(r"(?i)\bpar\s+(?:\w+\s+){0,2}?(?:aizstājēj|aizvietotāj)\w*")
# The object right after the appointing verb: "iecelt Hugo Bebri" is an accusative even when
# its endings also read as a nominative ("Bebri": Bebris' accusative, or a nominative in -i).
_VERB_BEFORE = re.compile(r"(?i)\b(?:iecel(?!šan)\w*|ieceļ\w*|iecēl\w*)\s+$")
# An extract issued for one person's case ("Izraksts izsniegts ... dienestam lietā par Kristapu
# Liepu", "izziņa izsniegta par Annu Ozolu"): the paper is that person's, whoever else the
# decision it copies covers (a guardian appointed for three siblings).
_ISSUED_ABOUT = re.compile(r"(?i)\bizsniegt\w*\b[^.;]{0,120}?\bpar\s+$")
# A ward in a list of given names sharing one surname ("Laurai, Kristapam un Markusam
# Liepām"): the decision covers several people, none of them alone.
_LISTED_BEFORE = re.compile(rf"[{_UP}][{_LO}]+\s+(?:un|ar)\s+$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as the sentence prints it, where it starts, and the case its role puts it in."""

    printed: str
    at: int
    case: str


@dataclass(frozen=True, slots=True)
class Appointment:
    """Who is appointed (the representative) and over whom (the person), by the grammar."""

    representative: Mention | None
    person: Mention | None


def _sentences(text: str) -> list[tuple[int, str]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, text[start : match.start()]))
        start = match.end()
    spans.append((start, text[start:]))
    return spans


def _mentions(sentence: str) -> list[tuple[int, str]]:
    from ..forms.person_names import is_given_name

    # A name opens with a given name ("Tiesa Kitiju ..." is no name; "Kitiju Mārtiņsoni" is).
    found = []
    for match in _MENTION.finditer(sentence):
        words = match.group(1).split()
        while len(words) > 2 and not is_given_name(words[0]):
            words = words[1:]
        if len(words) >= 2 and is_given_name(words[0]):
            name = " ".join(words)
            found.append((match.end(1) - len(name), name))
    return found


def same_person(one: str, other: str) -> bool:
    """Whether two printed forms of names are one name in two cases ("Edmundam Muceniekam",
    "Edmunda Mucenieka"): word by word, one's stem opens the other's."""
    a = [_stem(w) for w in _declined_words(one)]
    b = [_stem(w) for w in _declined_words(other)]
    return len(a) == len(b) and all(x.startswith(y) or y.startswith(x)
                                    for x, y in zip(a, b, strict=True))


def appointment(text: str) -> Appointment:
    """Who the paper appoints and over whom, read from its sentences' grammar.

    The one appointed stands in the accusative after an appointing verb ("par aizgādni iecelt
    Kitiju Mārtiņsoni", "iecelt Uldi Mucenieku par ...") or is the nominative subject of "ir
    iecelta". The person stands after "pār" ("aizbildnību pār Emīlu"), in the genitive before
    the guardian noun ("par Edmunda Mucenieka aizgādni"), or in the dative of a sentence about
    the guardianship itself ("nodibināt aizgādnību Vitai Mārtiņsonei", "par aizbildnības
    nodibināšanu viņas dēlam ..."). An extract issued for one person's case ("izsniegts ...
    lietā par Kristapu Liepu") is that person's, and a decision over a list of wards
    ("Laurai, Kristapam un Markusam Liepām") names no one person. A role is returned only
    when every sentence that gives it names the same person and the two roles name two
    people.
    """
    from ..forms.person_names import name_cases

    appointed: list[Mention] = []
    wards: list[Mention] = []
    about: list[Mention] = []
    several = False
    for offset, sentence in _sentences(text):
        appoints = (_APPOINTS.search(sentence) is not None or (
            _APPOINTS_AS.search(sentence) is not None
            and _AS_GUARDIAN.search(sentence) is not None)) and (
            _AS_SUBSTITUTE.search(sentence) is None)
        about_state = (_STATE.search(sentence) is not None and _SET_UP.search(sentence)
                       is not None and _ENTRUSTED.search(sentence) is None)
        for at, name in _mentions(sentence):
            cases = name_cases(name)
            before, after = sentence[:at], sentence[at + len(name):]
            rest = _ASIDE_TAIL.sub("", _CODE_TAIL.sub("", after, count=1), count=1)
            where = offset + at
            if _ISSUED_ABOUT.search(before) and "accusative" in cases:
                about.append(Mention(name, where, "accusative"))
                continue
            if _ISSUED_TO.search(before) and "dative" in cases:
                if _PRONOUN_APPOINTED.search(rest):
                    appointed.append(Mention(name, where, "dative"))
                continue
            if _PAR_OVER.search(before):
                wards.append(Mention(name, where, "accusative"))
            elif ((cases == {"genitive"} and _GUARDIAN_NOUN.match(rest))
                  or ("genitive" in cases and _PAR_BEFORE.search(before)
                      and _GUARDIAN_ACCUSATIVE.match(rest))
                  or ("genitive" in cases and _CAPACITY_AFTER.match(rest))):
                wards.append(Mention(name, where, "genitive"))
            elif ("dative" in cases and (_LIMITING_BEFORE.search(before)
                                         or _LIMITED_AFTER.match(rest))) or (
                    cases == {"dative"} and (
                        about_state or (appoints and _AS_GUARDIAN.search(before) is not None))):
                wards.append(Mention(name, where, "dative"))
                several = several or _LISTED_BEFORE.search(before) is not None
            elif appoints and (cases == {"accusative"} or ("accusative" in cases
                               and _VERB_BEFORE.search(before))):
                appointed.append(Mention(name, where, "accusative"))
            elif "nominative" in cases and "dative" not in cases and _APPOINTED.match(rest):
                appointed.append(Mention(name, where, "nominative"))
    representative = _one(appointed)
    person = _one(about) or (None if several else _one(wards))
    if representative and person and same_person(representative.printed, person.printed):
        return Appointment(None, None)
    return Appointment(representative, person)


def _one(mentions: list[Mention]) -> Mention | None:
    """The first mention when all name one person, else None (the grammar disagrees)."""
    if not mentions or not all(same_person(mentions[0].printed, m.printed) for m in mentions):
        return None
    return mentions[0]
