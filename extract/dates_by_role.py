"""A paper's own date, told from the other dates it prints by the role each one plays.

A paper prints many dates: its own on the date line ("Rīgā, 2024. gada 5. martā"), the
addressee's "Saņemts" stamp, an e-signature's time stamp, a certified copy's date, the
dates of events it cites ("lēmuma datums"), birthdays. These readers take the date line
and the time stamp, weigh each date by its role, and cap a copy's date line, so that a
date field gets the paper's own date. Kept apart from the label and prose readers.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from .date_lines import beside_letterhead, date_line_span
from .document import Word
from .evidence import (
    BASE_CONFIDENCE,
    GUESS_CONFIDENCE,
    ONE_OF_SEVERAL,
    Found,
    _ocr_factor,
    evidence_ceilings,
)
from .layout import Line, Segment, fold
from .mail_header import mail_header_lines
from .phrase_patterns import _DATE_ANY, deaccent
from .reading_context import Context
from .table_columns import in_a_column_of, under_a_heading
from .value_parsing import parse_value
from .vocabulary import FieldSpec, Vocabulary, reader_data
from .whose_value import _birth_dates

# What may stand beside the document's own date on its line: the place, the registration
# number, "Datums", a signature; anything else (a label, a sentence) makes it another date.
# An empty box OCR saw in a table's left rule ("☐ Saldū | 27.06.2025.") is no word; a place
# in the locative may end in "-ū" (Saldus: "Saldū"); a parish's or a municipality's place is
# its name in the genitive and the noun in the locative ("Ozolupes pagastā, 20.10.2025.").
_DOT_BEFORE = re.compile(r"\s[·|]\s")
_DATELINE_REST = re.compile(
    r"^(?:[\s,.:;/()\-–_„“”\"☐□]+|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās|ūs|is|ī|u|ū|s)"
    r"(?![a-zāčēģīķļņšūž]))|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)(?=\s*,)|nr\.?|(?:pagast|novad)ā|(?:civil|administratīv)?lietā|reģ\.?|[\w./-]*\d[\w./-]*|datums|dat\.|(?:[☐☒□]\s*)?atums|g\.|gada|(?:izdot|izsniegt"
    r"|sastādīt|parakstīt|iesniegt)\w*|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{3,}))*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(?:[_.\s]+|\(?paraksts\)?:?|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]+)|z\.\s*v\.)+$",
    re.IGNORECASE,
)


def _from_dateline(ctx: Context, spec: FieldSpec) -> Found | None:
    """The document's own date by its place on the page: a line holding only a date (with
    the place, the registration number, "Datums", a signature beside it), not a date inside
    a sentence or under another label.

    Date lines differ in how sure their role is: a date after its place ("Auce, 18.01.2024."),
    beside a signature or on the registration line is the issuer's own; a bare date on a line
    of its own may be anyone's; a "received" stamp is the addressee's. The best role wins; a
    date chosen among several different ones stays below 0.9, and with no role above the
    others the first is only a guess.
    """
    if spec.region != "dateline":
        return None
    duplicate = _duplicate_issue_date(ctx, spec)
    if duplicate is not None:
        return duplicate
    # An extract or a certified copy is dated as the act it copies (a decision's, a judgment's
    # date line above), not by the day it was certified: the paper's content is the act's
    # (fixtures/unseen_conventions.md). The certification's date serves only when the copied
    # act prints no date line of its own.
    # A paper with its own number ("Atzinums Nr. ZR-24/812 no 14.XI.2024.") is dated by the
    # number's date, never by the certification.
    numbered = any(f.kind == "reference" for f in ctx.vocab.fields.values())
    certification = None if numbered else _certified_copy_date(ctx, spec)
    found, by_place_only = dateline_dates(ctx, spec)
    skipped = _certification_lines(ctx) | mail_header_lines(ctx.lines)
    if not found:
        return (_extracted_act_date(ctx, spec) or certification
                or _approval_date(ctx, spec, skipped)
                or _dateline_without_year(ctx, spec, skipped))
    best = max(role for _, _, role in found)
    # Among date lines of the same role the latest is the paper's own: a registration line
    # records when the request came in ("Reģistrēts 28.06.2021."), the place-and-date line at
    # the signature when the paper was issued, never the other way round.
    value, words, _ = max((item for item in found if item[2] == best), key=lambda item: item[0])
    if any(other != value for other, _, _ in found):
        sure = best == _ROLE_OWN and all(
            other == value for other, _, role in found if role == best)
        confidence = ONE_OF_SEVERAL if sure else GUESS_CONFIDENCE
        return Found(value, confidence * _ocr_factor(words), "dateline", words,
                     warning=f"{spec.name}: the page prints more than one date line")
    if value in by_place_only:
        # A date beside the letterhead's name is the paper's own only by its place (a print's
        # or a portal's time stamp stands there too): a person confirms it.
        return Found(value, ONE_OF_SEVERAL * _ocr_factor(words), "dateline", words,
                     warning=f"{spec.name}: a date beside the letterhead, not on a line of its own")
    if best == _ROLE_RECEIVED:
        return Found(value, GUESS_CONFIDENCE * _ocr_factor(words), "dateline", words,
                     warning=f"{spec.name}: only a stamp's date was found, not the paper's own")
    return Found(value, BASE_CONFIDENCE["letterhead"] * _ocr_factor(words), "dateline", words,
                 structural=BASE_CONFIDENCE["letterhead"])


@lru_cache(maxsize=1)
def _duplicate_pattern() -> re.Pattern[str]:
    data = reader_data("date_shapes.yaml")
    duplicate = "|".join(re.escape(w) for w in data.get("duplicate_words", []))
    issued = "|".join(re.escape(w) for w in data.get("issue_stamp_words", []))
    # The duplicate's word, its issue verb (either order, at most two words between), then
    # the date (folded, deaccented text).
    return re.compile(rf"(?<![a-z])(?:(?:{duplicate})\s+(?:\w+\s+){{0,2}}?(?:{issued})"
                      rf"|(?:{issued})\s+(?:\w+\s+){{0,2}}?(?:{duplicate}))\s*:?\s*(?=\d)")


def _duplicate_issue_date(ctx: Context, spec: FieldSpec) -> Found | None:
    """A duplicate's own issue ("Dublikāts izsniegts 2026. gada 9. janvārī (oriģināls
    nozaudēts)"): the paper is dated by it, not by the original's issue or the act it quotes.
    One such line on the page, else none; below the bar (a person confirms it)."""
    found: list[tuple[Any, list[Word]]] = []
    for line in ctx.lines:
        text = deaccent(fold(line.text))
        head = _duplicate_pattern().search(text)
        if head is None:
            continue
        match = _DATE_ANY.match(text, head.end())
        if match is None:
            continue
        value = parse_value(spec, match.group(0))
        if value is not None:
            found.append((value, line.words))
    if len({value for value, _ in found}) != 1:
        return None
    value, words = found[0]
    return Found(value, ONE_OF_SEVERAL * _ocr_factor(words), "dateline", words,
                 warning=f"{spec.name}: a duplicate, dated by its own issue")


# A hurried hand's date with commas for its stops, alone in its place ("05,03,25"): nothing
# else a segment of only these figures could be.
_COMMA_DATE_ALONE = re.compile(r"\s*\d{1,2},\d{1,2},\d{2}\s*")


def dateline_dates(ctx: Context, spec: FieldSpec) -> tuple[list[tuple[str, list[Word], int]],
                                                            set[str]]:
    """Every date printed in a date line's place on the page, with its words and its role
    (`_ROLE_RECEIVED` < `_ROLE_BARE` < `_ROLE_OWN`), and those standing there only beside the
    letterhead's name; a copy's certification, an e-mail header and birth dates left out."""
    # An e-mail header's date ("Nosūtīts: pirmdiena, 2025. gada ...") is the sending's, and
    # its weekday before a comma is no place: never a date line.
    skipped = _certification_lines(ctx) | mail_header_lines(ctx.lines)
    found: list[tuple[str, list[Word], int]] = []
    by_place_only: set[str] = set()
    births = _birth_dates(ctx)
    previous: Line | None = None
    for index, line in enumerate(ctx.lines):
        before, previous = previous, line
        if index in skipped:
            continue
        if _BIRTH_WORD.search(fold(line.text)):
            continue  # "Dzimis | 21.06.2012.": a birth date is never the paper's date
        if before is not None and before.page == line.page and _runs_on(before, line):
            continue  # "... uz laiku no ... līdz | 2025. gada 24. jūnijam.": the sentence's date
        for segment in line.segments:
            match = date_line_span(deaccent(segment.text), _DATE_ANY) \
                or _COMMA_DATE_ALONE.fullmatch(segment.text)
            if match is None:
                continue
            if (in_a_column_of(ctx.lines, line, segment, _DATE_ANY)
                    or (match.start() == 0 and under_a_heading(ctx.lines, line, segment))):
                # "2024.09.03 | fizioterapija | 1,50": a table's rows, each its day; a date
                # under its heading ("Studiju beigas"), that heading's value
                continue
            lead = segment.text[: match.start()]
            if _RANGE_AFTER.match(segment.text, match.end()) or _RANGE_BEFORE.search(lead):
                continue  # "Periods | 01.06.2025.-31.05.2028.": a period's ends, no date line
            # "IZZIŅA Nr. 2021/47 · 2021.g. 15.februārī": a "·" before the date parts it from
            # the paper's title and number, as a gap would (after it, a print's note follows).
            rest = _DOT_BEFORE.sub(" ", lead) + " " + segment.text[match.end() :]
            if not _DATELINE_REST.match(rest):
                continue
            if _other_event(spec, lead):
                continue  # "Izmeklēšanas datums 24.09.2020.": another event's date
            # Before the date only its place, number or a signature; after it (to the right)
            # anything but a label: the addressee's block, a note, the signer's name.
            others = [s for s in line.segments if s is not segment]
            signer = [s for s in others if _signer_cell(ctx, s.text)]
            alone = all(_DATELINE_REST.match(s.text) or _SIGNATURE.match(s.text) or s in signer
                        or (s.x0 > segment.x1 and ":" not in s.text) for s in others)
            if not alone and not beside_letterhead(ctx, line, segment, others):
                continue
            value = parse_value(spec, segment.text[match.start() : match.end()])
            if value is not None and value not in births:
                role = _ROLE_OWN if signer else _dateline_role(lead, others)
                if role == _ROLE_BARE and _CLOCK_AFTER.match(segment.text, match.end()):
                    # "2025. gada 3. marts 14:02" with no place: the minute a program stamped
                    # (a note's edit time, a print's or a viewer's clock), a stamp's role
                    # below the date the writer signed.
                    role = _ROLE_RECEIVED
                found.append((value, segment.words, role))
                if not alone:
                    by_place_only.add(value)
    return found, by_place_only


# An e-signed paper's date is its signature's time stamp (Cabinet Regulation No 558, on
# drawing up documents): the stamp as the signing software prints it ("Laika zīmogs:
# 10.03.2025 16:25:09", "Parakstīts ... ar laika zīmogu 2024-05-20 09:14"), and the date field's
# note sending the reader there ("Datums skatāms laika zīmogā", "Dokumenta datums ir tā
# elektroniskās parakstīšanas laiks").
_TIME_STAMP = re.compile(r"laika\s+zimog\w*\s*:?\s*(?:[^\d\s]+\s+){0,3}?(?=\d)")
_DATED_BY_STAMP = re.compile(
    r"datums[\s:–-]+(?:\w+\s+){0,2}(?:laika\s+zimog|elektronisk\w*\s+paraksta|parakstisanas\s+laik)"
    r"|(?:datums|datejums)[\s:–-]+ir\s+(?:\w+\s+){0,3}(?:laika\s+zimog|parakstisanas\s+laik)")


def _from_time_stamp(ctx: Context, spec: FieldSpec) -> tuple[Found, bool] | None:
    """The date of an e-signature's time stamp, for a field that is the paper's own date, and
    whether the page says that is where its date is. Of several signers' stamps the latest
    dates the paper: it is complete when the last has signed."""
    if spec.kind != "date" or spec.region != "dateline":
        return None
    folded = fold(ctx.text)
    stamps: list[tuple[Any, list[Word]]] = []
    for line in ctx.lines:
        text = deaccent(line.text).lower()  # same length as the line: offsets carry over
        for match in _TIME_STAMP.finditer(text):
            date_match = _DATE_ANY.match(text, match.end())
            if date_match is None:
                continue
            value = parse_value(spec, date_match.group(0))
            if value is not None:
                stamps.append((value, line.words))
    if not stamps:
        return None
    value, words = max(stamps, key=lambda item: item[0])
    ceiling = evidence_ceilings().get("time_stamp", GUESS_CONFIDENCE)
    return (Found(value, ceiling * _ocr_factor(words), "time_stamp", words, structural=ceiling),
            bool(_DATED_BY_STAMP.search(folded)))


# A portal's status stamp: the field's own label followed at once by a date and its clock
# time ("Statuss: Iesniegts (2024-03-12 09:41:07)", "Iesniegts: 12.03.2024 9:41"). The
# system wrote it when the act happened; a print time beside the letterhead ("Izdrukāts")
# is only when the page was printed.
_CLOCK_AFTER = re.compile(r"\s*(?:plkst\.?\s*)?\d{1,2}:\d{2}")


def _from_status_stamp(ctx: Context, spec: FieldSpec) -> Found | None:
    """The date a portal stamped beside the field's own label, with its clock time."""
    if spec.kind != "date" or spec.region != "dateline" or not spec.labels:
        return None
    labels = "|".join(re.escape(deaccent(label).lower()) for label in spec.labels)
    opener = re.compile(rf"(?<![a-z])(?:{labels})\s*[:(]\s*")
    for line in ctx.lines:
        text = deaccent(line.text).lower()  # same length as the line: offsets carry over
        for match in opener.finditer(text):
            date_match = _DATE_ANY.match(text, match.end())
            if date_match is None or not _CLOCK_AFTER.match(text, date_match.end()):
                continue
            value = parse_value(spec, line.text[date_match.start():date_match.end()])
            if value is not None:
                ceiling = evidence_ceilings().get("time_stamp", GUESS_CONFIDENCE)
                return Found(value, ceiling * _ocr_factor(line.words), "time_stamp",
                             line.words, structural=ceiling)
    return None


# A copy's certification: "Izraksts pareizs", "Noraksts pareizs", "Kopija pareiza", "Atvasinājums
# pareizs", "Izraksts atbilst oriģinālam": its date is the day the copy was made, not the copied
# act's. A photocopy's stamp may lose its first letter to the scan ("OPIJA PAREIZA"): the word
# with "pareiz-" after it is still the mark.
_CERTIFIED_COPY = re.compile(
    r"(?<![a-z])(?:izraksts|izraksta|noraksts|noraksta|k?opija|kopijas|atvasinajums|atvasinajuma)"
    r"\s+(?:ir\s+)?(?:pareiz\w*|atbilst\w*|apliecin\w*)", re.IGNORECASE)
_STAMP_LETTER = re.compile(r"(?<=[\s,])(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])(?=\s|$)")
# A paper calling itself an extract or a copy in its title ("IZRAKSTS no sēdes protokola").
_COPY_TITLE = re.compile(r"^\W*(?:izraksts|noraksts|kopija)\b", re.IGNORECASE)


# A certification stamp's block: the certifier's role and name on short lines under its mark,
# the date last ("KOPIJA PAREIZA / Sociālā dienesta lietvede / L. Bērziņa / Datums: ...").
_BLOCK_LINES = 4  # lines under the mark at most
# Words a stamp's line holds at most (a role, a name, "Datums: ..."), and a signature's scrawl
# OCR read as a word beside the name ("lietvede L. Ozoliņa TIV/NUA").
_BLOCK_WORDS = 5
_CENTRED_SHIFT = 5  # line heights a centred stamp's line may start left of its mark
_PROSE_WORDS = 6  # words of a certification line that is a sentence's, not a stamp's


def certification_lines(ctx: Context) -> set[int]:
    """The lines of a copy's certification (its line and the next on the page, and under them
    the stamp's short lines in its column down to the first with a date): their date is the
    copy's, never a date line of the act, nor a labelled date of the paper."""
    lines: set[int] = set()
    for index, line in enumerate(ctx.lines):
        if not _CERTIFIED_COPY.search(deaccent(line.text)):
            continue
        lines.add(index)
        if index + 1 < len(ctx.lines) and ctx.lines[index + 1].page == line.page:
            lines.add(index + 1)
        if len(line.words) >= _PROSE_WORDS and not _dated_here(line.text):
            # A certification written as prose (a notary's "... apliecinu, ka šis noraksts
            # atbilst man uzrādītajam dokumentam – 2018. gada 16. aprīļa pilnvarai"): a date in
            # its sentence is the copied act's; its paragraph runs on to the place and date
            # that close it, whatever the lines' length.
            for at in range(index + 1, min(len(ctx.lines), index + 1 + _BLOCK_LINES)):
                below = ctx.lines[at]
                if below.page != line.page:
                    break
                lines.add(at)
                if _dated_here(below.text):
                    break
            continue
        if _DATE_ANY.search(deaccent(line.text)) or not line.words:
            continue
        height = max(1.0, line.words[0].bottom - line.words[0].top)
        for at in range(index + 1, min(len(ctx.lines), index + 1 + _BLOCK_LINES)):
            below = ctx.lines[at]
            if below.page == line.page and below.words and len(below.words) <= 2 \
                    and not re.search(r"[^\W\d_]{2}|\d", below.text):
                continue  # a speck of the stamp's ink read as a letter ("[a"), no line of it
            if below.page != line.page or not below.words or len(below.words) > _BLOCK_WORDS \
                    or not _in_stamp_column(below, line, height):
                break
            lines.add(at)
            if _DATE_ANY.search(deaccent(below.text)):
                break
    return lines


_certification_lines = certification_lines


def _in_stamp_column(below: Line, mark: Line, height: float) -> bool:
    """Whether a line under a copy's mark is in the stamp's column: starting where the mark
    starts, or a little left of it when the stamp centres its mark over its lines ("KOPIJA
    PAREIZA" over "Ziemeļgaujas novada Sociālais dienests"), never a body line from the margin."""
    shift = mark.words[0].x0 - below.words[0].x0
    return -2 * height <= shift <= _CENTRED_SHIFT * height


def _dated_here(text: str) -> bool:
    """Whether a line prints a date of its own (a place and date: "Rīgā, 2024. gada 3. maijā.
    Reģistrā Nr. 90"), not only a date inside a clause, an attribute of the noun after it
    ("... dokumentam – 2018. gada 16. aprīļa pilnvarai")."""
    plain = deaccent(text)
    return any(re.match(r"\s*[a-z]", plain[m.end():]) is None for m in _DATE_ANY.finditer(plain))


def _certified_copy_date(ctx: Context, spec: FieldSpec) -> Found | None:
    """The date of a copy's certification line (on its line or the next): the copy's own date,
    which dates the paper only when the copied act prints none."""
    for index, line in enumerate(ctx.lines):
        folded = deaccent(line.text)
        mark = _CERTIFIED_COPY.search(folded)
        if mark is None:
            continue
        candidates = [line] + [ln for ln in ctx.lines[index + 1:index + 2] if ln.page == line.page]
        for at, candidate in enumerate(candidates):
            # A stamp over the line drops its letters into the text ("Jelgavā,Ņ 2024. T gada
            # 19*. aprīlī"): lone capitals and stars are no part of a date.
            raw = candidate.text[mark.end():] if at == 0 else candidate.text
            text = " ".join(_STAMP_LETTER.sub(" ", raw.replace("*", "")).split())
            match = _DATE_ANY.search(deaccent(text))
            if match is None:
                continue
            value = parse_value(spec, text[match.start():match.end()])
            if value is None:
                continue
            words = [w for seg in candidate.segments for w in seg.words]
            return Found(value, GUESS_CONFIDENCE * _ocr_factor(words), "certified_copy", words,
                         warning=f"{spec.name}: only the date the copy was certified was found")
    return None


# The act an extract copies, named with its date before its kind on the lines under the
# extract's heading: "Abavas rajona tiesas 2024. gada 6. marta spriedums civillietā ...".
_ACT_AFTER_DATE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}(?:spriedum|lemum|rikojum|atzinum)[a-z]*\b")
_ACT_LINES = 3  # lines under the heading the act's name may stand on
# The act an extract's title names, its number, then its date in brackets.
_ACT_IN_TITLE = re.compile(r"\bno\s+(?:[a-z]+\s+){0,2}(?:sprieduma|lemuma|rikojuma|atzinuma)\s+"
                           r"nr\.?\s*\S+\s*\((\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\.?)\)")


def _extracted_act_date(ctx: Context, spec: FieldSpec) -> Found | None:
    """The date of the act an extract or a copy is of, from its name right under the paper's
    heading ("IZRAKSTS" over "... tiesas 2024. gada 6. marta spriedums ..."), when the paper
    has no date line of its own: the extract is dated as the act it copies
    (fixtures/unseen_conventions.md), not by the day it was certified; named, not signed, so
    below the bar."""
    for at, line in enumerate(ctx.lines[:12]):
        if not _COPY_TITLE.search(deaccent(line.text)):
            continue
        # "IZRAKSTS no atzinuma Nr. V-25/01473 (12.02.25.)": the title names the act with its
        # number and its date in brackets.
        named = _ACT_IN_TITLE.search(fold(line.text))
        if named is not None:
            value = parse_value(spec, named.group(1))
            if value is not None:
                return Found(value, ONE_OF_SEVERAL * _ocr_factor(line.words), "copied_act",
                             line.words, warning=f"{spec.name}: an extract, dated as the act "
                                                 "its title names")
        if len(line.text.split()) > 4:
            continue
        for below in ctx.lines[at + 1:at + 1 + _ACT_LINES]:
            text = deaccent(below.text)
            for match in _DATE_ANY.finditer(text):
                if not _ACT_AFTER_DATE.match(fold(text[match.end():])):
                    continue
                value = parse_value(spec, text[match.start():match.end()])
                if value is not None:
                    return Found(value, ONE_OF_SEVERAL * _ocr_factor(below.words), "copied_act",
                                 below.words, warning=f"{spec.name}: an extract, dated as the "
                                                      "act its title names")
        return None
    return None


def _copy_dateline_cap(ctx: Context, item: Found) -> Found:
    """A date line of a paper titled as an extract or a copy is taken as the copied act's, but
    the copy prints dates of two papers: one of several, below the bar."""
    titled_copy = any(_COPY_TITLE.search(deaccent(ln.text)) for ln in ctx.lines[:12])
    if item.how == "dateline" and titled_copy:
        item.confidence = min(item.confidence, ONE_OF_SEVERAL)
        item.warning = item.warning or "issued_on: the paper is a copy, dated as the act it copies"
    return item


def _own_date_not_an_end(vocab: Vocabulary, fields: dict[str, Any],
                         confidence: dict[str, float], warnings: list[str]) -> None:
    """A paper's own date equal to the end of what it certifies (valid until, studies until) is
    that end's date read twice, not a paper issued on its last day: doubted."""
    for check in vocab.checks:
        if "order" not in check:
            continue
        earlier, later = (str(name) for name in check["order"])
        spec = vocab.fields.get(earlier)
        if spec is None or spec.region != "dateline" or not fields.get(earlier):
            continue
        if fields[earlier] == fields.get(later) and confidence.get(earlier, 0.0) > GUESS_CONFIDENCE:
            confidence[earlier] = GUESS_CONFIDENCE
            warnings.append(f"{earlier}: the same date as {later}; which is the paper's own is "
                            "not clear")


# "<whose> datums": the word naming which date a label gives.
_QUALIFIED_DATE = re.compile(r"(\w+)\s+datums\b", re.IGNORECASE)


def _other_event(spec: FieldSpec, lead: str) -> bool:
    """Whether the words before a date name another event's date ("Izmeklēšanas datums",
    "Sēdes datums") rather than the paper's own ("Atzinuma datums", a label of the field)."""
    qualified = _QUALIFIED_DATE.search(lead)
    if qualified is None:
        return False
    own = {fold(label) for label in spec.labels}
    return fold(qualified.group(0)) not in own


# A signer's cell: the signer's role (the vocabulary's `other_people`: "Vadītāja",
# "Direktore") and a name of capitalised words, nothing else ("Vadītāja Vineta Strēle").
_SIGNER_NAME = (r"(?:\s+(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.?[a-zāčēģīķļņšūž]*"
                r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?)){1,3}")


def _signer_cell(ctx: Context, text: str) -> bool:
    """The cell left of a date names its signer by role and name: the date is the signer's,
    the paper's own ("Vadītāja Vineta Strēle | 14.05.2025.")."""
    words = text.strip()
    return any(re.fullmatch(rf"(?i:{re.escape(stem)})\w*{_SIGNER_NAME}", words) is not None
               for stem in ctx.vocab.other_people)


# Roles of a date line, weakest first.
_ROLE_RECEIVED, _ROLE_BARE, _ROLE_OWN = 0, 1, 2
# The addressee's stamp: "SAŅEMTS 23.01.2024.", "Saņemts: ...".
_RECEIVED = re.compile(r"(?<![a-z])san[eē]m", re.IGNORECASE)
# The issuer's own: its place before a comma, its registration number.
_OWN_LEAD = re.compile(
    r"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s*,\s*$|(?<![a-z])(?:nr|reģ)\b", re.IGNORECASE)


def _dateline_role(lead: str, others: list[Segment]) -> int:
    """How sure the role of a date line is: a stamp's, a bare date's, the issuer's own."""
    beside = " ".join([lead, *(s.text for s in others)])
    if _RECEIVED.search(deaccent(beside)):
        return _ROLE_RECEIVED
    if _OWN_LEAD.search(lead) or any(_SIGNATURE.match(s.text) or _OWN_LEAD.search(s.text)
                                     for s in others if s.text.strip()):
        return _ROLE_OWN
    return _ROLE_BARE


# A date joined by a dash to another: the two ends of a period ("01.06.2025.-31.05.2028.").
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\.?\s*[-–—]\s*$")
_BIRTH_WORD = re.compile(r"(?<![a-z])dzim(?:is|usi|s|\.|sanas|\b)")
# A line of running text that stops mid-sentence: several words, the last in lower case and no
# closing punctuation ("... noteikt invaliditāti uz laiku no 2020. gada 25. jūnija līdz").
_RUNS_ON = re.compile(r"(?:\S+\s+){3,}[a-zāčēģīķļņšūž]+\s*$")


def _runs_on(line: Line, below: Line | None = None) -> bool:
    """The line is a sentence going on to the next line (one segment of prose, cut short).
    A sentence does not go on across a blank line's gap (a list's last item, "4. mājokļa
    uzkopšanas prasmes", ends without a stop above the date line)."""
    if len(line.segments) != 1 or _RUNS_ON.search(line.text.rstrip()) is None:
        return False
    return below is None or below.top - line.bottom <= 1.2 * line.height


# A date line that prints no year ("Engurē, janvāra 14.", "Tukumā, 3. maijā"): the place and
# its comma, then the day and the month's name in either order.
_PLACE_COMMA = re.compile(r"^(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s*,\s*")
_DAY_MONTH = re.compile(r"^(?:(?P<d1>\d{1,2})\.\s*(?P<m1>[^\W\d_]{3,})|(?P<m2>[^\W\d_]{3,})\s+"
                        r"(?P<d2>\d{1,2})\.?)\s*\.?\s*$")
# The year the paper prints elsewhere: "2026. gads" in its title, a "2026. gada ..." date.
_PRINTED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\.?\s*(?:gads|gada|g\.)")


# A paper signed twice, by who prepared it and by who approved it ("Sagatavoja: ... 03.02.2026." /
# "Apstiprināja: ... 05.02.2026."): with no date line of its own it is dated by the approval.
_PREPARED = re.compile(r"^\W*(?:sagatavoj|izpildij|izstradaj)[a-z]*\b")
_APPROVED = re.compile(r"^\W*(?:apstiprin|saskanoj)[a-z]*\b")


def _approval_date(ctx: Context, spec: FieldSpec, skipped: set[int]) -> Found | None:
    """The date on the approval's signature line when the page also dates who prepared it and
    prints no date line: the later signature made the paper. One of two dates: below the bar."""
    dated: dict[str, list[tuple[str, list[Word]]]] = {"prepared": [], "approved": []}
    for index, line in enumerate(ctx.lines):
        if index in skipped:
            continue
        folded = deaccent(line.text).lower()
        role = "prepared" if _PREPARED.match(folded) else "approved" \
            if _APPROVED.match(folded) else None
        match = _DATE_ANY.search(deaccent(line.text)) if role else None
        value = parse_value(spec, line.text[match.start():match.end()]) if match else None
        if role and value is not None:
            dated[role].append((value, line.words))
    if len(dated["approved"]) != 1 or not dated["prepared"]:
        return None
    value, words = dated["approved"][0]
    return Found(value, ONE_OF_SEVERAL * _ocr_factor(words), "dateline", words,
                 warning=f"{spec.name}: dated by the approval's signature, not a date line")


def _dateline_without_year(ctx: Context, spec: FieldSpec, skipped: set[int]) -> Found | None:
    """A date line without its year takes the one year the paper prints elsewhere (its title's
    "2026. gads", a date "2026. gada ..."), birth dates left out; a person confirms it."""
    years = {m.group(1) for line in ctx.lines if not _BIRTH_WORD.search(fold(line.text))
             for m in _PRINTED_YEAR.finditer(line.text)}
    if len(years) != 1:
        return None
    year = years.pop()
    for line in ctx.lines:
        if line.index in skipped:
            continue
        for segment in line.segments:
            place = _PLACE_COMMA.match(segment.text)
            shape = _DAY_MONTH.match(segment.text[place.end():]) if place else None
            if shape is None:
                continue
            day = shape.group("d1") or shape.group("d2")
            month = shape.group("m1") or shape.group("m2")
            value = parse_value(spec, f"{day}. {month} {year}")
            if value is not None:
                return Found(value, min(GUESS_CONFIDENCE, ONE_OF_SEVERAL)
                             * _ocr_factor(segment.words), "dateline", segment.words,
                             warning=f"{spec.name}: the date line prints no year; the year "
                                     "printed elsewhere on the paper is taken")
    return None



# A rubber issue stamp: its word ("IZDOTS") and the date set in its band as year, month and day
# apart ("2025 -03- 11", "2025 -III- 11"). The stamp is a little rotated, so a text layer or OCR
# cuts the band into pieces on two lines: the pieces are followed word by word from the stamp's
# word to the right along the band (`extract/date_shapes.yaml`).
_STAMP_DATE = re.compile(
    r"^\W*((?:19|20)\d{2})\s*[-.]?\s*(\d{1,2}|[ivx]{1,4})\s*[-.]?\s*(\d{1,2})(?!\d)\W*$",
    re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12}


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    words = reader_data("date_shapes.yaml").get("issue_stamp_words", [])
    return frozenset(deaccent(str(w)).lower() for w in words)


def _along_band(word: Word, page_words: list[Word]) -> Word | None:
    """The next word to the right of `word` along its band: its middle within most of a
    letter height of the word's, starting no more than three letter heights after it."""
    height = max(1.0, word.bottom - word.top)
    middle = (word.top + word.bottom) / 2
    near = [w for w in page_words
            if w is not word and w.x0 > word.x1 - 0.5 * height
            and w.x0 - word.x1 < 3 * height
            and abs((w.top + w.bottom) / 2 - middle) < 0.8 * height]
    return min(near, key=lambda w: w.x0) if near else None


def _stamp_date_at(word: Word, page_words: list[Word]) -> tuple[date, list[Word]] | None:
    """The date an issue stamp's word carries to its right ("IZDOTS 2025 -03- 11")."""
    chain: list[Word] = []
    current = word
    for _ in range(4):
        following = _along_band(current, page_words)
        if following is None:
            break
        chain.append(following)
        current = following
        match = _STAMP_DATE.match(" ".join(w.text for w in chain))
        if match is None:
            continue
        value = _stamp_value(match)
        return (value, [word, *chain]) if value is not None else None
    return None


def _stamp_value(match: re.Match[str]) -> date | None:
    """The date of a stamp band's year, month (figures or Roman) and day."""
    month_text = match.group(2).lower()
    month = int(month_text) if month_text.isdigit() else _ROMAN.get(month_text, 0)
    try:
        return date(int(match.group(1)), month, int(match.group(3)))
    except ValueError:
        return None


def _from_date_stamp(ctx: Context, spec: FieldSpec) -> Found | None:
    """The date of a rubber issue stamp, for a paper's own date when it prints no date line:
    the latest such stamp, a person confirms it (a stamp's date may be a copy's or a
    dispatch's, and its rotated pieces are read apart)."""
    if spec.kind != "date" or spec.region != "dateline":
        return None
    words = _stamp_words()
    pages: dict[int, list[Word]] = {}
    for line in ctx.lines:
        pages.setdefault(line.page, []).extend(line.words)
    stamps: list[tuple[date, list[Word]]] = []
    for page_words in pages.values():
        for word in page_words:
            if deaccent(word.text).lower().strip(".,:;") not in words:
                continue
            found = _stamp_date_at(word, page_words)
            if found is not None:
                stamps.append(found)
    for page in ctx.document.pages:
        for text in page.stamp_lines:  # a text layer's askew stamp, kept apart from the lines
            glyphs = text.split()
            for index, glyph in enumerate(glyphs[:-1]):
                if deaccent(glyph).lower().strip(".,:;") not in words:
                    continue
                match = _STAMP_DATE.match(" ".join(glyphs[index + 1: index + 4]))
                value = _stamp_value(match) if match is not None else None
                if value is not None:
                    stamps.append((value, []))
    if not stamps:
        return None
    value, used = max(stamps, key=lambda item: item[0])
    text = parse_value(spec, value.isoformat())
    if text is None:
        return None
    ceiling = evidence_ceilings().get("date_stamp", GUESS_CONFIDENCE)
    return Found(text, ceiling * _ocr_factor(used), "date_stamp", used, structural=ceiling,
                 warning=f"{spec.name}: read from a rubber date stamp, not a date line")
