"""Who works where, as what and since when, read from the grammar of the sentence that says so.

An employer's letter may put every fact into one sentence in any word order: "X (p.k. ...)
kopš 2019. gada 14. janvāra strādā SIA ... par galdnieku", "mūsu uzņēmumā ... par mehāniķi
strādā X", "SIA ... nodarbina X (acc.) pavāres amatā", "X ar ... ir pieņemta darbā ... par
slaucēju". The reader finds the clause around a verb of working and takes each fact from the
role its words play there: the position after "par" (accusative), "kā" (nominative) or before
"amatā" (genitive), put back in the nominative; the start after "kopš", "no", "ar", "sākot
ar" or "pieņemts darbā"; the employer as the organisation the clause names; the worker as the
name the clause names with a personal code beside it or as the verb's subject or object.
Pure functions over text; offsets are into the text given, for the words' boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..forms.hours import HALF_WORDS, TEENS, TENS, UNITS
from ..forms.institution_names import states_self_employment
from ..forms.latvian_dates import find_dates, parse_date
from ..forms.person_names import names_a_state, to_nominative
from .relative_dates import paper_year, relative_dates
from .roles import fold_letters
from .values import feminine_name, phrase_to_nominative
from .vocabulary import CODE_LABEL

# A verb or participle saying someone works (or was taken on) somewhere, folded; the first
# person too ("strādāju": a self-employed man certifying his own work).
_WORK_VERB = re.compile(
    r"(?<![a-z])(?:strada(?:ja|jis|jusi|s|ju|jam)?|nodarbin\w*|(?:ir\s+)?pienemt[sa]\s+darba|darba\s+"
    r"pienemt[sa]|iecelt[sa]\s+amata|ienem\w*|veic\s+darba\s+pienakumus|pilda\s+\w+\s+pienakumus)"
    r"(?![a-z])", re.IGNORECASE)
# Where a sentence ends: a full stop, semicolon or line's end before a capital, not after an
# abbreviation ("p.k.", "Nr.", "reģ.", "g.") or a date's day or year.
_SENTENCE_END = re.compile(
    r"(?<![\s.(][a-zA-Z])(?<!\bNr)(?<!\breg)(?<!\bpers)(?<!\d)[.;!?](?=\s+[A-Z])")
# Words that end a noun phrase of a position: a preposition, conjunction, verb or a workload.
_STOP = frozenset({
    "kops", "no", "ar", "un", "sakot", "uz", "pilnu", "nepilnu", "darba", "lidz", "kur", "ka",
    "strada", "stradajis", "stradajusi", "stradaja", "nodarbina", "ir", "bija", "joprojam",
    "par", "pie", "mus", "musu", "uznemuma", "iestade", "sabiedriba", "viņa", "vina", "vins",
    "kopa", "slodzi", "pusslodzi", "amata", "amatu", "saskana", "ietvaros", "laika", "nedela",
    "dienas", "stundas", "stundam", "pa", "katru", "reizi", "reizes", "pilna", "nepilna",
    "ienem", "ienemot", "ienema", "ienemusi", "ienemis",
})
_NUMBER_WORDS = frozenset({*UNITS, *TEENS, *TENS, *HALF_WORDS})
_WORD = re.compile(r"[^\W\d_][\w-]*")
# An organisation in running text: a legal form and a quoted or capitalised name, or a kind of
# organisation ("zemnieku saimniecība", "biedrība") and a quoted name; folded, case kept.
# The kind's word starts a word: "biedrība" inside "sabiedrībā" (a cooperative's "kooperatīvajā
# sabiedrībā „Raunas Piens”") is no association.
_ORG = re.compile(
    r"(?<![^\W\d_])(?:(?-i:SIA|AS|VSIA|PSIA|IK|ZS)\s+|(?:zemnieku\s+saimniecib\w+|biedrib\w+|"
    r"nodibinajum\w+|sabiedrib\w+\s+ar\s+ierobezotu\s+atbildibu)\s+)"
    r"(?:[\"'„“”«][^\"„“”«»\n]{2,80}[\"”“»']|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))",
    re.IGNORECASE)
# A farm is named as it names itself, "Zemnieku saimniecība X" (its register's form is the
# words, "ZS" only abbreviates them); a limited company's words are its "SIA".
_LEGAL_FORMS = {"zemnieku saimnieciba": "Zemnieku saimniecība",
                "sabiedriba ar ierobezotu atbildibu": "SIA"}
_NAME = re.compile(
    r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?!\s*[\"”“»])")
_CODE = re.compile(r"(?<![\d-])\d{6}\s*[-‐‑–—]\s*\d{5}(?![\d-])")
_CODE_AFTER = re.compile(
    rf"\s*[,(]?\s*(?:{CODE_LABEL}\s*:?\s*)?"
    r"(\d{6}\s*[-‐‑–—]\s*\d{5})", re.IGNORECASE)
# The start of the employment: a date after these words (folded), within the clause.
_SINCE = re.compile(r"(?<![a-z])(?:kops|no|sakot\s+(?:ar|no)|ar|darba\s+pienemt[sa]|pienemt[sa]"
                    r"\s+darba)\s*$")
# "ar 2021. gada 9. aprīļa rīkojumu": after "ar" a start is in the accusative ("ar 9. aprīli");
# a month in the genitive dates the order, contract or decision named after it.
_OF_AN_ACT = re.compile(r"(?<![a-z])ar\s+\d{4}\.\s*(?:gada|g\.)\s*\d{1,2}\.\s*[a-z]+a\s*$",
                        re.IGNORECASE)
# "par" before words that are no position ("izziņa par to, ka", "par darba attiecībām").
_NO_POSITION = frozenset({"to", "darba", "nodarbinatibu", "vinu", "vinas", "so", "sadu"})


@dataclass
class Fact:
    """One fact of the clause: its value, where it stands in the text, and how sure the
    grammar that turned it into its field's form is (a genitive's masculine nominative is a
    guess between "-s" and "-is")."""

    value: str
    start: int
    end: int
    sure: bool = True


@dataclass
class Employment:
    """The facts one sentence states about a person's work."""

    start: int
    end: int
    person: Fact | None = None
    code: Fact | None = None
    employer: Fact | None = None
    position: Fact | None = None
    since: Fact | None = None
    feminine: bool | None = None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` (folded or not: the same length)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(fold_letters(text)):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def read_employment(text: str, feminine: bool | None = None) -> Employment | None:
    """The facts of the first sentence of `text` that says someone works: None when none
    does. Only what the sentence states is filled; the rest stays None. `feminine` is the
    worker's gender when the page tells it elsewhere (a pronoun in another sentence)."""
    plain = fold_letters(text)
    for start, end in sentences(text):
        verb = _WORK_VERB.search(plain, start, end)
        if verb is None:
            continue
        found = Employment(start, end)
        found.feminine = _feminine(plain[start:end].lower())
        found.employer = _employer(text, plain, start, end, verb.start())
        found.person, found.code = _worker(text, plain, start, end, found.employer)
        if found.feminine is None and found.person is not None:
            found.feminine = feminine_name(found.person.value)
        if found.feminine is None:
            found.feminine = feminine
        found.position = _position(text, plain, start, end, found.feminine)
        found.since = _since(text, plain, start, end)
        if found.position or found.since or found.employer:
            return found
    return None


def _feminine(sentence: str) -> bool | None:
    """The worker's gender from the participles and pronouns of the sentence."""
    # Not "viņa": it is also "his" ("viņa darba laiks").
    if re.search(r"(?<![a-z])(?:pienemta|nodarbinata|stradajusi|iecelta)(?![a-z])", sentence):
        return True
    if re.search(r"(?<![a-z])(?:pienemts|nodarbinats|stradajis|iecelts|vins)(?![a-z])",
                 sentence):
        return False
    return None


def _employer(text: str, plain: str, start: int, end: int, verb: int) -> Fact | None:
    """The organisation the clause names, with its legal form, without quotation marks.

    A "sentence" with no full stop may run from the letterhead ("SIA X  Ventspilī Dzintaru
    iela 40 ... strādā SIA X par ..."): the organisation named right after the work verb is
    the clause's, else the last one named before it.
    """
    matches = list(_ORG.finditer(plain, start, end))
    if not matches:
        return None
    after = [m for m in matches if m.start() >= verb]
    match = after[0] if after else matches[-1]
    raw = text[match.start():match.end()]
    name = re.sub(r"[\"'„“”«»]", "", raw)
    name = " ".join(name.split())
    folded = fold_letters(name).lower()
    for kind, form in _LEGAL_FORMS.items():
        if folded.startswith(kind):
            name = f"{form} {name[len(kind):].strip()}"
            break
    else:
        if re.match(r"(?i)(?:biedrib|nodibinajum)", folded):
            first, _, rest = name.partition(" ")
            name = f"{first[:1].upper()}{first[1:].lower()[:len(first) - 1]} {rest}"
            name = re.sub(r"^(\w+?)(?:ā|ai|as|u)\s", r"\1a ", name)
    return Fact(name, match.start(), match.end())


def _worker(text: str, plain: str, start: int, end: int,
            employer: Fact | None) -> tuple[Fact | None, Fact | None]:
    """The worker: a name in the clause with a personal code right after it; the name is put
    in the nominative from the case it stands in (after "nodarbina" it is the object)."""
    for match in _NAME.finditer(plain, start, end):
        if employer and employer.start <= match.start() < employer.end:
            continue
        code = _CODE_AFTER.match(plain, match.end(), end)
        if code is None or names_a_state(text[match.start():match.end()]):
            continue  # "Latvijas Republikas personas kods": the code's state, not the worker
        before = plain[max(start, match.start() - 30):match.start()]
        case = "accusative" if re.search(r"(?i)nodarbin(?:a|aja)\s*$", before) else "auto"
        name = to_nominative(text[match.start():match.end()], case)
        code_text = re.sub(r"\s", "", text[code.start(1):code.end(1)])
        return (Fact(name, match.start(), match.end(), sure=case == "auto"),
                Fact(code_text, code.start(1), code.end(1)))
    return None, None


def _phrase(plain: str, at: int, end: int, *, backwards: bool = False) -> tuple[int, int] | None:
    """The span of lower-case words from `at` up to the first stop word, a capital, a digit or
    punctuation (backwards: the words before `at`)."""
    if backwards:
        words = list(_WORD.finditer(plain, 0, at))[::-1]
    else:
        words = list(_WORD.finditer(plain, at, end))
    taken: list[re.Match[str]] = []
    edge = at
    for word in words:
        gap = plain[word.end():edge] if backwards else plain[edge:word.start()]
        if gap.strip():
            break
        token = word.group()
        low = token.lower()
        if low in _STOP or low in _NUMBER_WORDS or not token.islower() or len(taken) >= 5:
            break
        taken.append(word)
        edge = word.start() if backwards else word.end()
    if not taken:
        return None
    return (taken[-1].start(), taken[0].end()) if backwards else (taken[0].start(), taken[-1].end())


# A place in the locative closing what a person works as ("par iepakotāju ražošanas iecirknī",
# "par pavāru skolas virtuvē"): where the work is done, no part of the position.
_LOCATIVE = re.compile(r"(?-i:[a-zāčēģīķļņšūž]{3,}(?:ā|ī|ē|ās|ēs|os|ūs))[.,;]?$")
_GENITIVE = re.compile(r"(?-i:[a-zāčēģīķļņšūž]{3,}(?:as|es))$")


def without_workplace(raw: str) -> str:
    """The position without the place named after it in the locative (with the genitive
    word before it that says which place): no position in any paper keeps it."""
    words = raw.split()
    if len(words) < 2 or not _LOCATIVE.search(words[-1]):
        return raw
    words = words[:-1]
    if len(words) >= 2 and _GENITIVE.search(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _position(text: str, plain: str, start: int, end: int,
              feminine: bool | None) -> Fact | None:
    """The position: "par <accusative>", "kā <nominative>" or "<genitive> amatā" (also
    "ieņem <genitive> amatu": the genitive before any case of "amats" names the post)."""
    for match in re.finditer(r"(?<![a-z])(par|ka|amata|amatu)(?![a-z])", plain[start:end].lower()):
        word = match.group(1)
        at = start + match.start()
        if word in ("amata", "amatu"):
            span = _phrase(plain, at, end, backwards=True)
            if span is None:
                continue
            value, sure = _genitive_to_nominative(text[span[0]:span[1]])
            return Fact(value, span[0], span[1], sure)
        if word == "ka" and text[at:at + 2] == "ka" and _MARKED.search(text):
            continue  # "apliecinu, ka esmu ...": the conjunction, on a paper printing "kā" so
        span = _phrase(plain, start + match.end(), end)
        if span is None:
            continue
        words = plain[span[0]:span[1]].split()
        if words[0].lower() in _NO_POSITION:
            continue
        printed = text[span[0]:span[1]]
        if word == "par":
            kept = without_workplace(printed)
            if kept != printed:
                span = (span[0], span[0] + len(kept))
                printed, words = kept, plain[span[0]:span[1]].split()
            if not re.search(r"(?:u|i)$", words[-1]):
                continue  # "par" before no accusative: not a job ("par darba attiecībām")
            return Fact(phrase_to_nominative(printed, feminine=feminine), span[0], span[1],
                        sure=feminine is not None or words[-1].endswith("u"))
        if states_self_employment(printed):
            continue  # "reģistrēts ... kā saimnieciskās darbības veicējs": a status, no post
        if re.search(r"(?:s|e|a)$", words[-1]) and _follows_work(plain, start, at):
            return Fact(printed, span[0], span[1])
    return None


# A letter with a Latvian mark: a paper that prints them tells "kā" (as) from "ka" (that).
_MARKED = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")


def _follows_work(plain: str, start: int, at: int) -> bool:
    """Whether "kā" comes after the clause's verb of working ("strādā ... kā ...")."""
    return _WORK_VERB.search(plain, start, at) is not None


_AGENT_VEDIS_GENITIVE = "veža"


def _genitive_to_nominative(printed: str) -> tuple[str, bool]:
    """A position printed in the genitive before "amatā" in the nominative ("pavāres" ->
    "pavāre", "galvenās grāmatvedes" -> "galvenā grāmatvede"); a masculine "-a" may be "-s" or
    "-is" ("galdnieka", "montiera"): the guess is reported unsure."""
    words = printed.split()
    head = words[-1]
    sure = True
    if head.endswith(_AGENT_VEDIS_GENITIVE):
        # "-vedis" (grāmatvedis, lietvedis: one who keeps) is a second-declension noun whose
        # "d" turns "ž" before "-a": "uzskaitveža" is "uzskaitvedis", never "uzskaitvežs".
        head = head[:-len(_AGENT_VEDIS_GENITIVE)] + "vedis"
        modifiers = [w[:-1] + "ais" if w.endswith("ā") else w for w in words[:-1]]
    elif head.endswith("es") or head.endswith("as"):
        head = head[:-1]
        modifiers = [w[:-1] if w.endswith("ās") else w for w in words[:-1]]
    elif head.endswith("a"):
        head = head[:-1] + ("š" if head[-2:-1] in ("ņ", "ļ") else "s")
        sure = False
        modifiers = [w[:-1] + "ais" if w.endswith("ā") else w for w in words[:-1]]
    else:
        return printed, False
    return " ".join([*modifiers, head]), sure


def _since(text: str, plain: str, start: int, end: int) -> Fact | None:
    """The employment's start: a date the clause introduces with "kopš", "no", "ar", "sākot
    ar" or "pieņemts darbā"; a date introduced otherwise (the paper's own, a contract's) is
    not it."""
    of_an_act: Fact | None = None
    for found, a, b in find_dates(text[start:end]):
        lead = plain[max(start, start + a - 25):start + a].lower()
        if not _SINCE.search(lead):
            continue
        if _OF_AN_ACT.search(lead + plain[start + a:start + b]):
            # The act's date is the start only when the clause names no other ("saskaņā ar
            # 2020. gada 1. jūnija darba līgumu strādā ...").
            of_an_act = of_an_act or Fact(found.isoformat(), start + a, start + b)
            continue
        return Fact(found.isoformat(), start + a, start + b)
    if of_an_act is not None:
        return of_an_act
    # "kopš pagājušā gada 1. septembra": the year said from the paper's own.
    for found, a, b in relative_dates(text[start:end], paper_year(text)):
        lead = plain[max(start, start + a - 25):start + a].lower()
        if _SINCE.search(lead):
            return Fact(found.isoformat(), start + a, start + b, sure=False)
    # Where a start is expected a two-digit year is read too ("no 02.11.20. strādā").
    short = _SINCE_SHORT.search(plain, start, end)
    day = parse_date(short.group(1)) if short else None
    if short and day is not None:
        return Fact(day.isoformat(), short.start(1), short.end(1))
    return None


_SINCE_SHORT = re.compile(r"(?i)(?<![a-z])(?:kops|no|sakot\s+(?:ar|no))\s+"
                          r"(\d{1,2}\.\d{1,2}\.\d{2}\.?)(?![\d.]\d)")
