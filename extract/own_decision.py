"""A decision that is its own basis: the paper's issuer, date, number and subject as one phrase.

A representation's basis is the decision appointing the representative. When the paper in hand
IS that decision ("LĒMUMS Nr. 1-6/21/112 / par aizbildņa iecelšanu" under a court's
letterhead), the basis is the paper itself, named the way another paper would cite it:
"Jēkabpils novada bāriņtiesas 2021. gada 3. augusta lēmums Nr. 1-6/21/112 par aizbildņa
iecelšanu". The legal provisions it relies on ("Pamatojoties uz Civillikuma 222. pantu") are
its grounds, not its basis.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..forms.institution_names import normal_case
from ..forms.latvian_dates import date_genitive, find_dates
from .layout import fold
from .vocabulary import CODE_LABEL

_NUMBER = re.compile(r"\b[Nn][Rr]\.?\s*([\w/.-]*\d[\w/-]*)")
# A court numbers its decisions by the case ("LĒMUMS lietā Nr. C81020420"): cited so.
_IN_CASE = re.compile(r"\b((?:civil|administratīv)?lietā)\s+Nr\b", re.IGNORECASE)
# What a decision is about, up to its verbal noun ("par aizbildņa iecelšanu").
# Two acts joined ("par aizbildnības nodibināšanu un aizbildņa iecelšanu") are one subject.
_SUBJECT = re.compile(
    r"\bpar\s+(?:[a-zāčēģīķļņšūž]+\s+){0,4}?[a-zāčēģīķļņšūž]+šanu\b"
    r"(?:\s+un\s+(?:[a-zāčēģīķļņšūž]+\s+){0,3}?[a-zāčēģīķļņšūž]+šanu\b)?", re.IGNORECASE)


def issuer_genitive(name: str) -> str | None:
    """"Jēkabpils novada bāriņtiesa" -> "Jēkabpils novada bāriņtiesas" (a court's name ends in
    a noun of the 4th declension); None for a name that is no court's."""
    words = name.split()
    if len(words) >= 3 and len(words[-1]) <= 3 and name.isupper() \
            and not re.search(r"tiesa$", words[-1], re.IGNORECASE) \
            and re.search(r"tiesa$", words[-2] + words[-1], re.IGNORECASE):
        # A letterhead's capitals OCR parted at a letter's gap ("BĀRIŅTIE SA"): one word.
        words = [*words[:-2], words[-2] + words[-1]]
        name = " ".join(words)
    if not words or not re.search(r"tiesa$", words[-1], re.IGNORECASE):
        return None
    if name.isupper():
        # "TALSU NOVADA BĀRIŅTIESA" in a letterhead is cited as running text writes it.
        words = normal_case(name).split()
    return " ".join([*words[:-1], words[-1] + "s"])


def decision_phrase(kind: str, title: str, issuer: str, issued_on: date | None) -> str | None:
    """The basis phrase for a paper titled `title` (its title lines joined) of `kind`
    ("lēmums", "spriedums"), issued by `issuer` on `issued_on` (None: a date its title block
    does not print is not added); None when the title has no number or the issuer is no
    court."""
    court = issuer_genitive(issuer)
    number = _NUMBER.search(title)
    if court is None or number is None:
        return None
    in_case = _IN_CASE.search(title[: number.end()])
    case = f" {in_case.group(1).lower()}" if in_case else ""
    dated = f" {date_genitive(issued_on)}" if issued_on is not None else ""
    phrase = f"{court}{dated} {kind}{case} Nr. {number.group(1).rstrip('.')}"
    subject = _SUBJECT.search(title[number.end():])
    # A subject printed as the title's own line opens with a capital: in the phrase it does not.
    return f"{phrase} {subject.group(0)[0].lower()}{subject.group(0)[1:]}" if subject else phrase


# Legal grounds cite articles ("Civillikuma 222. un 223. pantu"): what a decision relies on,
# never the decision a representation rests on.
_ARTICLES = re.compile(r"\b\d+\.\s*(?:(?:un|,)\s*\d+\.\s*)*pant", re.IGNORECASE)
# A body sentence ends the head: the title block's lines are short.
_HEAD_WORDS = 10


def cites_articles(value: object) -> bool:
    """True for legal grounds ("Civillikuma 223. pantu ...") naming no decision's number."""
    text = str(value or "")
    return bool(_ARTICLES.search(text)) and _NUMBER.search(text) is None


def _kind_of(word: str, kinds: dict[str, str]) -> str | None:
    """The kind of decision a word names in any case ("Lēmuma Nr.", "no sprieduma")."""
    for stem, kind in kinds.items():
        if word.startswith(stem) and len(word) <= len(stem) + 3:
            return kind
    return None


def _head(lines: list[Any]) -> list[Any]:
    """The first page's title block: its lines before the body's first sentence."""
    head: list[Any] = []
    for line in lines[:15]:
        # Words of letters only: a letterhead's contact row ("Uzvaras iela 1, Bauska, LV-3901
        # : tālr. 63 922 408") is long in OCR's words, its numbers and colons, not a sentence.
        worded = [w for w in line.words if re.search(r"[^\W\d_]{2}", w.text)]
        if line.page != lines[0].page or len(worded) >= _HEAD_WORDS:
            break
        head.append(line)
    return head


# What may stand before the kind in a title: nothing, or an extract's "(Izraksts) no".
_EXTRACT_OF = re.compile(r"(?:(?:izraksts|noraksts)\s+)?(?:no)?")
# A court numbers a judgment by its case ("Civillieta Nr. C15077823" over the date): cited in
# the locative ("spriedums civillietā Nr. C15077823").
_CASE_NOUN = re.compile(r"^(?:civil)?liet[aā]$")


def _opens_with_kind(segment: Any, kinds: dict[str, str]) -> tuple[str, int] | None:
    """(kind, word index) when a segment opens with the kind of decision, maybe after its date
    ("11.04.2024. Lēmums Nr. 1-14/62") or "no" (an extract "no sprieduma civillietā Nr. ...")."""
    for at, word in enumerate(segment.words[:4]):
        kind = _kind_of(fold(word.text), kinds)
        if kind is None:
            continue
        before = " ".join(w.text for w in segment.words[:at])
        bare = before
        for _, start, end in find_dates(before):
            bare = bare[:start] + bare[end:]
        if _EXTRACT_OF.fullmatch(fold(bare).strip(" .,")):
            return kind, at
        return None
    return None


def _number_in_column(head: list[Any], line: Any, segment: Any) -> str | None:
    """The value under a header cell "Nr." ("Datums | Nr. | Lieta" over "14.02.2023. | 3-7/23/19
    | Par ..."): the next line's segment in its column."""
    below = next((ln for ln in head if ln.index == line.index + 1), None)
    if below is None:
        return None
    for cell in below.segments:
        if cell.x0 < segment.words[-1].x1 + 2 and cell.x1 > segment.x0 - 2 \
                and re.fullmatch(r"[\w/.-]*\d[\w/-]*\.?", cell.text.strip()):
            return cell.text.strip().rstrip(".")
    return None


# Nothing, or one place word in the locative, before a date line's date ("Jēkabpilī").
_PLACE_BEFORE = re.compile(
    r"\s*(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž-]+(?:[āēīū]|os|[āēī]s)\s*,?)?\s*")


def _head_number(head: list[Any]) -> tuple[Any, str, str] | None:
    """(line, number, case) of a number the title block prints on its own ("Liepājā 2024. gada
    22. maijā | Nr. 2-8/24/112", "22.10.2024. Nr. 1-13/24/118"), under a header cell "Nr." or
    after the case it decides ("Civillieta Nr. ...", case "civillietā "); a number after
    another noun ("protokola Nr. 14") is not it."""
    for line in head:
        for segment in line.segments:
            text = segment.text
            # The decision's date may open the segment ("22.10.2024. Nr. 1-13/24/118"), after
            # the place it was made ("Jēkabpilī 2024. gada 8. augustā, lietā Nr. C71028424").
            dated = find_dates(text)
            if dated and _PLACE_BEFORE.fullmatch(text[:dated[0][1]]):
                text = text[dated[0][2]:].lstrip(" ,")
            words = fold(text).split()
            case = ""
            if len(words) > 2 and _CASE_NOUN.match(words[0]) and words[1].rstrip(".") == "nr":
                case = text.split()[0].lower().rstrip("aā") + "ā "
                words = words[1:]
            if not words or words[0].rstrip(".") != "nr":
                continue
            if len(words) == 1:
                number = _number_in_column(head, line, segment)
                if number:
                    return line, number, case
                continue
            found = _NUMBER.search(text)
            if found:
                return line, found.group(1).rstrip("."), case
    return None


def _head_subject(head: list[Any], after: int, kinds: dict[str, str]) -> str | None:
    """What the decision is about, where the title block prints it: a line or a cell opening
    with "Par" ("Par aizbildņa iecelšanu"), or after the kind ("LĒMUMS par ...")."""
    for line in head:
        if line.index < after:
            continue
        for segment in line.segments:
            words = fold(segment.text).split()
            if words and (words[0] == "par" or _kind_of(words[0], kinds)):
                found = _SUBJECT.search(segment.text)
                if found:
                    return found.group(0)
    return None


def _head_date(head: list[Any], *lines: Any) -> date | None:
    """The decision's date: on its kind's or number's line, else the title block's first."""
    for line in [*lines, *head]:
        found = find_dates(line.text)
        if found:
            return found[0][0]
    return None


def head_decision(lines: list[Any],
                  kinds: dict[str, str]) -> tuple[str, str, date | None, Any] | None:
    """(kind, title, date, kind's line) of a decision whose title block names its kind, number
    and maybe its subject apart (a date line's "Nr. ...", a table's "Nr." column, "Lēmuma Nr."
    as a label), for papers whose title is not one line "LĒMUMS Nr. ... / par ..."."""
    head = _head(lines)
    for line in head:
        for segment in line.segments:
            opened = _opens_with_kind(segment, kinds)
            if opened is None:
                continue
            kind, at = opened
            title = " ".join(w.text for w in segment.words[at:])
            number_line = line
            subject = _SUBJECT.search(title)
            if _NUMBER.search(title) is None:
                # "LĒMUMS par aizgādņa iecelšanu" under "Nr. ..." on the date line: cited
                # with its number before what it is about.
                elsewhere = _head_number(head)
                if elsewhere is None:
                    continue
                number_line, number, case = elsewhere
                title = f"{title[:subject.start()] if subject else title} {case}Nr. {number}"
            about = subject.group(0) if subject else _head_subject(head, line.index, kinds)
            if about and about not in title:
                title = f"{title} {about}"
            return kind, title, _head_date(head, line, number_line), line
    return None


# An extract names the act it copies under its title, in the genitive ("IZRAKSTS" / "no
# Zemgales rajona tiesas 2024. gada 9. janvāra sprieduma civillietā Nr. C15041224 par
# rīcībspējas ierobežošanu"): the court, the act's date, its kind, number and subject.
_EXTRACT_TITLE = re.compile(r"^\W*(?:izraksts|noraksts)\b", re.IGNORECASE)
_CITED_COURT = re.compile(
    r"^\W*(?:izraksts|noraksts)?\s*no\s+(?P<court>[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]*(?:\s+[\w-]+){0,4}?"
    r"\s+(?:bāriņ)?tiesas)\s+(?=\d)", re.IGNORECASE)
# The act cited by its date with no court's name ("no 2024. gada 5. jūnija sprieduma ..."; a
# scan's speck may join "no" to the date: "no.2024."), or with the bare word for the court whose
# letterhead heads the extract ("no bāriņtiesas 2025. gada 3. marta lēmuma ...").
_CITED_DATE_ONLY = re.compile(r"^\W*(?:(?:izraksts|noraksts)\s+)?no(?:\s+(?:bāriņ)?tiesas)?\W{0,2}"
                              r"(?=\d)", re.IGNORECASE)


def _letterhead_court(above: list[Any]) -> str | None:
    """The court whose letterhead stands over an extract's title ("KURZEMES RAJONA TIESA"),
    in the genitive as an act of it is cited; None when no line above names a court."""
    for line in above:
        for segment in line.segments:
            court = issuer_genitive(segment.text.strip())
            if court is not None and len(court.split()) >= 2:
                return court
    return None


# The act's kind in the genitive ("lēmuma", "sprieduma") and the nominative it is cited in.
_GENITIVE_KIND = {"lēmuma": "lēmums", "sprieduma": "spriedums"}
_CITED_KIND = re.compile(
    r"^\s*(?P<kind>lēmuma|sprieduma)(?P<case>\s+(?:civil|administratīv)?lietā)?"
    r"\s+Nr\.?\s*(?P<number>[\w/.-]*\d[\w/-]*)", re.IGNORECASE)


def extract_act(lines: list[Any]) -> tuple[str, date, list[Any]] | None:
    """(basis, date, lines) of the act an extract copies, as its title block cites it in the
    genitive, put in the nominative as another paper would cite it ("Zemgales rajona tiesas
    2024. gada 9. janvāra spriedums civillietā Nr. C15041224 par rīcībspējas ierobežošanu");
    its date is the paper's own (an extract carries its act's date, not the day it was
    certified). None when the title block cites no act with its court, date and number."""
    head = [ln for ln in lines[:12] if lines and ln.page == lines[0].page]
    for at, line in enumerate(head):
        if not _EXTRACT_TITLE.match(line.text):
            continue
        # The citation on the title's line ("IZRAKSTS no ...") or the next, maybe wrapped.
        for start in (at, at + 1):
            block = head[start:start + 3]
            text = " ".join(" ".join(ln.text for ln in block).split())
            court = _CITED_COURT.match(text)
            if court is not None:
                name: str | None = court.group("court")
                rest = text[court.end():]
            else:
                # "IZRAKSTS" / "no 2024. gada 5. jūnija sprieduma civillietā Nr. ...": the act
                # cited by its date alone is the court's whose letterhead heads the extract.
                dated_only = _CITED_DATE_ONLY.match(text)
                name = _letterhead_court(head[:at]) if dated_only is not None else None
                rest = text[dated_only.end():] if dated_only is not None else ""
            if name is None:
                continue
            dated = find_dates(rest)
            if not dated or dated[0][1] != 0:
                continue
            on, _, date_end = dated[0]
            kind = _CITED_KIND.match(rest[date_end:])
            if kind is None:
                continue
            name = normal_case(name) if name.isupper() else name
            case = f" {kind.group('case').strip().lower()}" if kind.group("case") else ""
            phrase = (f"{name} {date_genitive(on)} {_GENITIVE_KIND[kind.group('kind').lower()]}"
                      f"{case} Nr. {kind.group('number').rstrip('.')}")
            after = rest[date_end + kind.end():]
            subject = _SUBJECT.match(after.lstrip(" „\"“«"))
            if subject is not None:
                about = subject.group(0)
                phrase = f"{phrase} {about[0].lower()}{about[1:]}"
            return phrase, on, block
        cited = _act_in_its_opening(head[at + 1:at + 3], lines[at + 1:at + 12])
        if cited is None:
            cited = _act_titled_below(head[:at], lines[at + 1:])
        if cited is None:
            cited = _act_in_label_rows(head[:at], lines[at + 1:at + 10])
        if cited is not None:
            return cited
    return None


# The acts an extract copies, by the stems of their kind ("SPRIEDUMS", "Lēmums").
_KIND_STEMS = {fold(kind)[:-1]: kind for kind in _GENITIVE_KIND.values()}


def _act_titled_below(above: list[Any], below: list[Any]) -> tuple[str, date, list[Any]] | None:
    """An extract that copies its act's own title block under "IZRAKSTS" ("SPRIEDUMS Latvijas
    Republikas vārdā" / "Jēkabpilī 2024. gada 8. augustā, lietā Nr. C71028424"), the court
    named by the letterhead above the title: the act is that court's of the date its block
    prints (not the day the extract was made), cited with its case word, number and subject."""
    if not below:
        return None
    head = head_decision(below, _KIND_STEMS)
    if head is None:
        return None
    kind, title, on, kind_line = head
    if on is None or kind_line.index > below[0].index + 1:
        return None  # the act's title opens the text under "IZRAKSTS", or it is no title
    for line in above:
        for segment in line.segments:
            phrase = decision_phrase(kind, title, segment.text.strip(), on)
            if phrase is not None:
                block = [ln for ln in below[:4] if ln.index >= kind_line.index]
                return phrase, on, block[:2]
    return None


# A blank's rows giving the act's date, number and title each beside its label ("Lēmuma datums
# 09.10.2024", "Lēmuma numurs 2-14/24/118", "Lēmuma nosaukums par aizgādņa iecelšanu").
_ACT_ROW = re.compile(r"^\W*(?P<kind>lēmuma|sprieduma)\s+(?P<what>datums|numurs|nr\.?|nosaukums)"
                      r"\s*:?\s+(?P<value>\S.*)$", re.IGNORECASE)


def _act_in_label_rows(above: list[Any], below: list[Any]) -> tuple[str, date, list[Any]] | None:
    """An extract on a court's blank ("IZRAKSTS" / "no bāriņtiesas lēmuma") that gives its
    act's date, number and title in rows of their own under the letterhead's court: the act
    cited as one phrase, in the nominative ("<court>s <date> lēmums Nr. <number> <subject>");
    None unless all three rows are there."""
    court = _letterhead_court(above)
    if court is None:
        return None
    rows: dict[str, str] = {}
    kinds: set[str] = set()
    block = []
    for line in below:
        row = _ACT_ROW.match(line.text.strip())
        if row is None:
            continue
        kinds.add(row.group("kind").lower())
        what = fold(row.group("what"))[:3]
        rows.setdefault("num" if what == "nr" else what, row.group("value").strip())
        block.append(line)
    dated = find_dates(rows.get("dat", ""))
    number = re.fullmatch(r"(?:Nr\.?\s*)?([\w/.-]*\d[\w/-]*)\.?", rows.get("num", ""))
    subject = _SUBJECT.match(rows.get("nos", "").lstrip(" „\"“«"))
    if len(kinds) != 1 or not dated or number is None or subject is None:
        return None
    name = normal_case(court) if court.isupper() else court
    about = subject.group(0)
    on = dated[0][0]
    phrase = (f"{name} {date_genitive(on)} {_GENITIVE_KIND[kinds.pop()]} Nr. {number.group(1)} "
              f"{about[0].lower()}{about[1:]}")
    return phrase, on, block


# The act's kind and number alone under the title ("no sprieduma civillietā Nr. C70-0391-24"):
# the court and the date are those of the act's own opening sentence.
_CITED_NUMBER = re.compile(
    r"^\W*no\s+(?P<kind>lēmuma|sprieduma)(?P<case>\s+(?:civil|administratīv)?lietā)?"
    r"\s+Nr\.?\s*(?P<number>[\w/.-]*\d[\w/-]*)\s*$", re.IGNORECASE)
# "Vidzemes rajona tiesa 2024. gada 16. oktobrī, izskatot ...": the court in the nominative.
_OPENING_COURT = re.compile(
    r"(?<![\w-])(?P<court>[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:bāriņ)?tiesa)(?![\w-])")
# The act's decision closes its opening sentence ("nosprieda:", "nolēma:").
_DECIDED = re.compile(r"\b(?:nosprieda|nolēma)\b", re.IGNORECASE)
# The person a case is about, named with a code inside its subject ("par Harija Vanaga,
# personas kods ..., rīcībspējas ierobežošanu"): the subject is cited without them.
_NAMED_IN_SUBJECT = re.compile(
    r"(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]+\s+){1,3}?[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]+\s*[,(]\s*"
    rf"{CODE_LABEL}\s*:?\s*\d{{6}}\s*-?\s*\d{{5}}\s*[,)]\s*")


def _act_in_its_opening(cite: list[Any], body: list[Any]) -> tuple[str, date, list[Any]] | None:
    """An extract whose title cites only the act's kind and number ("IZRAKSTS" / "no sprieduma
    civillietā Nr. C70-0391-24") and copies the act's opening sentence, which names the court
    and the day it sat ("Vidzemes rajona tiesa 2024. gada 16. oktobrī, izskatot ... civillietu
    par ... rīcībspējas ierobežošanu un aizgādnības nodibināšanu, nosprieda:"): the act is
    that court's of that day, its subject the case's. A bare "Tiesa, izskatījusi ..." names no
    court or day: nothing."""
    if not cite:
        return None
    title = _CITED_NUMBER.match(" ".join(cite[0].text.split()))
    if title is None:
        return None
    opening = [ln for ln in body if ln is not cite[0] and ln.page == cite[0].page]
    text = " ".join(" ".join(ln.text for ln in opening).split())
    decided = _DECIDED.search(text)
    if decided is None:
        return None
    sentence = text[: decided.start()]
    court = _OPENING_COURT.search(sentence)
    dated = find_dates(sentence)
    if court is None or not dated or court.start() > 3:
        return None
    on, date_start, _ = dated[0]
    if not 0 <= date_start - court.end() <= 3:
        # The sentence opens with the court and the day it sat, as an act's opening does; a
        # date line above a bare "X tiesa, izskatījusi ..." is the extract's head, its own
        # reading (set I's extract cites no subject so).
        return None
    genitive = issuer_genitive(court.group("court"))
    if genitive is None:
        return None
    case = f" {title.group('case').strip().lower()}" if title.group("case") else ""
    phrase = (f"{genitive} {date_genitive(on)} {_GENITIVE_KIND[title.group('kind').lower()]}"
              f"{case} Nr. {title.group('number').rstrip('.')}")
    subject = _SUBJECT.search(_NAMED_IN_SUBJECT.sub("", sentence[court.end():]))
    if subject is not None:
        phrase = f"{phrase} {subject.group(0)}"
    return phrase, on, [cite[0], *opening[:3]]
