"""The issuer of a paper, read from its letterhead: the organisation printed at its top.

The first lines of a letter name who issued it, stacked over several rows, beside a date
or a place, with contacts after a dot, sometimes in another script or as OCR spells it
("STA" for "SIA"). These rules find that block, take the organisation's name out of it and
prefer the issuer of the kind the field asks for. Kept apart because only the issuer
fields read a letterhead, and `Context.issuer_lines` only marks where it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..forms.institution_names import (
    branch_named,
    company_branch,
    names_a_parent,
    names_a_unit,
    opens_with_company_form,
    states_self_employment,
    states_status,
    unit_named_below,
    without_self_employed_status,
)
from ..forms.latvian_dates import ROMAN_DATE_SHAPE
from . import values
from .certifying_body import certifying_body, certifying_subject
from .document import Word
from .evidence import BASE_CONFIDENCE, Found, _ocr_factor
from .layout import Line, Segment, fold
from .mail_header import mail_header_lines
from .other_language import name_without_translation, without_translation
from .reading_context import _ORGANISATION, RUNNING_LINE, Context
from .repair.places import gazetteer
from .value_parsing import parse_value
from .vocabulary import FieldSpec, reader_data

_LETTERHEAD_END = re.compile(
    r"(?i)reģ\.|reg\.|reģistr|tālr|tel\.|e-pasts|@|LV\s*-\s*\d{4}|\bNr\.|iela\b|\d{5,}"
    r"|\b(?:laukums|gatve|prospekts|bulvāris|aleja|ceļš)\s+\d"
    # A street abbreviated before its number, a foreign paper's too ("Žirmūnu g. 37": gatvė),
    # never a year's "g." ("SIA Skaņotāju Darbnīca 2021. g. 3. febr.": the date beside it).
    r"|(?<!\d\.\s)(?<!\d\.)\b(?:g|ul|str|iel|pr|al)\.\s*\d+\b"
    # A country address: a parish or a municipality in the nominative, one part of a list
    # ("„Zirgupes”, Barkavas pagasts, Madonas novads"); a body's name has them in the
    # genitive ("Madonas novada pašvaldība").
    r"|,\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ]\w+\s+(?:pagasts|novads)\b"
)


_DATE_LIKE = re.compile(r"\d{4}\.\s*(?:gada|g\.)|\d{1,2}\.\d{1,2}\.\d{4}|" + ROMAN_DATE_SHAPE)


def _from_letterhead(ctx: Context, spec: FieldSpec) -> Found | None:
    """The issuer's name at the head of the first page: the leading lines printed in the
    heading's type size, before the address, registration number or contacts; the branch of
    it that certifies when the letterhead and the body name one (`branch_named`)."""
    found = _letterhead_issuer(ctx, spec)
    if found is None or not isinstance(found.value, str) or not ctx.lines:
        return found
    head = " ".join(ln.text for ln in ctx.lines[:8] if ln.page == ctx.lines[0].page)
    branch = branch_named(found.value, head, ctx.text)
    if branch is None:
        first = ctx.lines[0].page
        named = next((ln for ln in ctx.lines[:4] if ln.page == first
                      and _unquoted(ln.text) == _unquoted(found.value)), None)
        below = ctx.lines[named.index + 1] if named is not None \
            and named.index + 1 < len(ctx.lines) else None
        branch = company_branch(found.value, below.text) \
            if below is not None and below.page == first else None
        if branch is not None:
            # "SIA ..." over "Liepājas filiāle · <address>": the company and its branch.
            return replace(found, value=branch, confidence=min(found.confidence, 0.85))
        if below is not None and below.page == first:
            body = "\n".join(ln.text for ln in ctx.lines[below.index + 1:])
            unit = unit_named_below(below.text, body, any_case=bool(spec.prefer))
            if unit is not None:
                # "... dienests" over "Dienas centrs „Avoti” - <address>", the body naming
                # the centre as who certifies: the unit is the issuer.
                return replace(found, value=unit, confidence=min(found.confidence, 0.8))
            if spec.name == "institution_name":
                # A body naming neither ("kl. ... apmeklē P-Pk"): the unit that certifies is
                # named by that unit (unseen conventions), less sure.
                unit = unit_named_below(below.text, body, parent=found.value)
                if unit is not None:
                    return replace(found, value=unit, confidence=min(found.confidence, 0.7))
        beside = _unit_beside(ctx, found.value) if spec.name == "institution_name" else None
        if beside is not None:
            return replace(found, value=beside, confidence=min(found.confidence, 0.7))
        return found
    # "Ozolu Tehnikums" / "Kuldīgas filiāle · ..." over a body naming "Ozolu Tehnikuma
    # Kuldīgas filiāle": the branch that certifies is the issuer.
    return replace(found, value=branch, confidence=min(found.confidence, 0.85))


def _unit_beside(ctx: Context, parent: str) -> str | None:
    """A letterhead row naming the parent and, after a separator, its unit by kind and quoted
    name ("Nodibinājums „Gaišais Krasts” · Dienas centrs „Pietura”"), the body naming
    neither: the unit."""
    first = ctx.lines[0].page
    for line in ctx.lines[:4]:
        if line.page != first:
            break
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", line.text) if p.strip()]
        if len(parts) < 2:
            continue
        body = "\n".join(ln.text for ln in ctx.lines[line.index + 1:])
        if fold(_unquoted(parts[0])) != fold(_unquoted(parent)):
            continue
        return unit_named_below(parts[1], body, parent=parts[0])
    return None


def _unquoted(text: str) -> str:
    """A name's words without its quotation marks ("Biedrība „Avoti”" as "Biedrība Avoti")."""
    return " ".join(re.sub(f"[{re.escape(_OPENING_QUOTES)}”»]", " ", text).split())


# How far down the first page an e-mail's header block may open (the program's name, the
# mailbox's owner and the subject above it).
_MAIL_HEAD_LINES = 8


def _letterhead_issuer(ctx: Context, spec: FieldSpec) -> Found | None:
    if spec.region != "letterhead" or not ctx.lines:
        return None
    start = _after_logo(ctx)
    if RUNNING_LINE.search(fold(ctx.lines[start].text)) and start + 1 < len(ctx.lines) \
            and ctx.lines[start + 1].page == ctx.lines[start].page:
        # A running line heading every page ("SIA ... : izziņa Nr. 3/25 · 1. lpp. no 2")
        # over the letterhead: the letterhead is under it.
        start += 1
    mail = mail_header_lines([ln for ln in ctx.lines[:_MAIL_HEAD_LINES]
                              if ln.page == ctx.lines[0].page])
    if mail and start < max(mail) + 1 < len(ctx.lines):
        # A printed e-mail: what stands above its header block is the mail program's (its
        # name, the mailbox's owner, the subject as a heading), no letterhead; the paper's
        # own, if any, is under the header.
        start = max(mail) + 1
        if not _ORGANISATION.search(fold(ctx.lines[start].text)):
            # A greeting, the body: the e-mail has no letterhead of its own; the body's
            # sentence saying who certifies names the issuer ("Biedrība X apliecina, ka").
            return certifying_subject(ctx, spec)
    start = _after_status_row(ctx, start)
    first = ctx.lines[start]
    digital = ctx.document.text_source in ("text", "acroform")
    heading = _heading_words(first, digital)
    size = sum(w.bottom - w.top for w in heading) / len(heading)
    taken: list[Line] = []
    for line in ctx.lines[start:start + 4]:
        if line.page != first.page:
            break
        if _LETTERHEAD_END.search(line.text):
            if not taken and (named := _left_of_number(line)) is not None:
                # "SIA ...          Nr. PER-25/0031": the paper's number standing apart at
                # the right of the name's row; the name is the row's left part.
                taken.append(named)
            break
        if not re.search(r"[^\W_]", line.text):
            break  # a rule ("=====", "_____") under the letterhead closes it
        if ctx.title_line is not None and line.index == ctx.title_line \
                and (beside := _left_of_side_title(ctx, line)) is not None:
            # "SIA ...      I Z Z I Ņ A": the title in a column of its own beside the
            # letterhead's first row; the letterhead is the row's left part.
            taken.append(beside)
            break
        if ctx.title_line is not None and line.index >= ctx.title_line:
            break
        if taken and _holds_title(ctx, line):
            break
        line_size = sum(w.bottom - w.top for w in line.words) / len(line.words)
        # A body's quoted name alone on the row under its kind ("... izglītības iestāde" /
        # "„Bitīte”"): a scan's box round a short word without descenders is lower than the
        # kind's, yet the row is the name's end.
        quoted_end = bool(taken) and _QUOTED_ROW.match(line.text.strip()) is not None \
            and states_status(taken[-1].text)
        if abs(line_size - size) > (0.3 if quoted_end else 0.15) * size \
                and not _goes_on(taken, line):
            break
        taken.append(line)
    taken = _name_rows(taken)
    if not taken:
        return _preferred_issuer(ctx, spec) if spec.prefer else None
    certifier = certifying_body(ctx, spec, taken[0]) or _stacked_certifier(ctx, spec, taken)
    if certifier is not None:
        return certifier
    stacked = _stacked_issuer(ctx, spec, taken)
    if stacked is not None:
        taken_words, text = stacked
    else:
        rows = _without_repeated_name([_without_place(line, digital) for line in taken])
        taken_words = [w for row in rows for w in row]
        # "R Ī G A S   M E Ž C I E M A": letter-spaced capitals are words again
        text = " ".join(values.spaced_letters_joined(row) for row in rows)
    scanned = ctx.document.text_source not in ("text", "acroform")
    if scanned:
        # OCR's "STA", "S1A", "SlA" for the legal form "SIA" that opens a company's name.
        text, mended = _OCR_SIA.subn("SIA", text)
    else:
        mended = 0
    trade = _TRADE_AFTER.search(text) if len(taken) == 1 and stacked is None else None
    if trade is not None and len(text[:trade.start()].split()) >= 2:
        # "SIA Abavas Mūri · maiznīca un konditoreja": after the separator (OCR's "'" for a
        # middle dot), in lower case, what the company does, not its name.
        text = text[:trade.start()]
        taken_words = taken_words[:len(text.split())]
    if _DATE_LIKE.search(text) and len(taken) == 1:
        # The name and the paper's date side by side on one row ("SIA ...      2021. g. 3.
        # febr."): the name is the words left of the gap before the date, when they name an
        # organisation (not a mail program's "Outlook" over its print date).
        left = values.spaced_letters_joined(_left_of_date(taken[0]))
        if mended:
            left = _OCR_SIA.sub("SIA", left)
        if left and _ORGANISATION.search(fold(left)):
            text = left
    if _DATE_LIKE.search(text):
        return None  # a date line, not a name: the letterhead may be a picture
    latvian_part = without_translation(text)
    if latvian_part == text:
        latvian_part = name_without_translation(text)
    if latvian_part != text and stacked is None:
        # "Biedrība „...” / Общество «...»": a bilingual letterhead's name with its
        # translation after a slash; the name is the Latvian part.
        text = latvian_part
        taken_words = taken_words[:len(text.split())]
    latvian = _latvian_row_under(ctx, spec, taken, text) if stacked is None else None
    if latvian is not None:
        taken_words, text = latvian
    if spec.prefer and not _names_issuer_kind(text, spec):
        preferred = _preferred_issuer(ctx, spec)
        if preferred is not None:
            return preferred
    value = parse_value(spec, text)
    if value is None:
        value = _self_employed_name(ctx, taken, text)
        if value is None:
            return None
    elif isinstance(value, str):
        value = without_self_employed_status(value)
    # "Masāžas studija „Jūras Vējš”" over requisites "SIA „Jūras Vējš”": the legal name
    value = values.legal_name(text, ctx.text) or value
    words = taken_words
    heights = sorted(w.bottom - w.top for w in ctx.document.words)
    body = heights[len(heights) // 2] if heights else size
    # Sure when it looks like an organisation or is printed larger than the body text.
    sure = _ORGANISATION.search(fold(text)) or size > 1.15 * body
    capitals = isinstance(value, str) and value.isupper()
    value, cased = _as_in_text(ctx, value, text)
    if capitals and cased:
        # "TĪRĪBAS SERVISS" over a sentence's "SIA Tīrības Serviss": the name as the text
        # writes it may carry the legal form the capitals left out.
        value = values.legal_name(value, ctx.text) or value
    confidence = (0.93 if sure and cased else 0.7) * _ocr_factor(words)
    if mended:
        confidence = min(confidence, BASE_CONFIDENCE["copy"] - 0.05)  # a letter put right
    return Found(value, confidence, "letterhead", words)


def _after_status_row(ctx: Context, start: int) -> int:
    """The letterhead's first row past one stating only what the body is and whose
    ("Biedrības „...” dibināta izglītības iestāde", `states_status`) over the row naming it,
    often in a smaller type than the name: the status is no part of the name, and the name's
    own size is the letterhead's. A kind whose quoted name opens the row under it is kept."""
    below = start + 1
    if below >= len(ctx.lines) or ctx.lines[below].page != ctx.lines[start].page \
            or not states_status(ctx.lines[start].text):
        return start
    after = ctx.lines[below].text
    if after.lstrip().startswith(tuple(_OPENING_QUOTES)) or states_status(after) \
            or _LETTERHEAD_END.search(after) or not re.search(r"[^\W_]", after) \
            or (ctx.title_line is not None and below >= ctx.title_line):
        return start
    return below


def _stacked_certifier(ctx: Context, spec: FieldSpec, taken: list[Line]) -> Found | None:
    """Two bodies stacked in the letterhead, one a row ("BALVU NOVADA SOCIĀLAIS DIENESTS" over
    "Dzelmenes pagasta dienas centrs", "AUSTRUMVIDZEMES AUGSTSKOLA" over "Studiju daļa"),
    and the paper's sentence naming one of the rows as who certifies ("Dzelmenes pagasta
    dienas centrs apliecina, ka ..."): that row, as the sentence writes it, is the issuer; the
    rows joined are no one's name."""
    if len(taken) < 2:
        return None
    subject = certifying_subject(ctx, spec)
    if subject is None or not isinstance(subject.value, str):
        return None
    rows = {" ".join(fold(line.text).split()) for line in taken}
    return subject if " ".join(fold(subject.value).split()) in rows else None


def _self_employed_name(ctx: Context, taken: list[Line], text: str) -> str | None:
    """A person's name heading his own paper, the row under it stating he is self-employed
    ("Gatis Ozols" / "saimnieciskās darbības veicējs"): he employs by his own name (unseen
    conventions), though a person's name is no organisation's."""
    below = taken[-1].index + 1
    if below >= len(ctx.lines) or ctx.lines[below].page != taken[-1].page \
            or not states_self_employment(ctx.lines[below].text):
        return None
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]+", w)
                                           for w in words):
        return None
    return " ".join(words)


def _holds_title(ctx: Context, line: Line) -> bool:
    """Whether a row under the letterhead's first names the paper by one of its type's titles
    after a system's or a form's name ("StudInfo - izziņa par studijām"): the title's row,
    no part of the issuer's name, even in the name's type size."""
    text = fold(line.text)
    return any(re.search(rf"(?<![a-z]){re.escape(fold(title))}(?![a-z])", text)
               for title in ctx.vocab.title if len(fold(title).split()) >= 2)


def _left_of_side_title(ctx: Context, line: Line) -> Line | None:
    """The row's segments left of the paper's title when the title is the row's last segment
    (a heading column beside the letterhead), as a line of their own; None otherwise."""
    if len(line.segments) < 2:
        return None
    title = fold(values.spaced_letters_joined(line.segments[-1].words))
    phrases = (*ctx.vocab.title, *ctx.vocab.generic_title)
    if not any(re.match(r"\W*" + re.escape(fold(p)), title) for p in phrases):
        return None
    words = [w for seg in line.segments[:-1] for w in seg.words]
    return Line(line.page, words, line.segments[:-1], line.index)


def _left_of_number(line: Line) -> Line | None:
    """The row's segments before a segment opening with the paper's number ("Nr. 1-7/88"),
    as a line of their own, when they themselves hold no address, number or contact."""
    at = next((i for i, seg in enumerate(line.segments)
               if i and re.match(r"\W*Nr\.?\s*\S*\d", seg.text)), None)
    if at is None or any(_LETTERHEAD_END.search(seg.text) for seg in line.segments[:at]):
        return None
    words = [w for seg in line.segments[:at] for w in seg.words]
    return Line(line.page, words, line.segments[:at], line.index)


def _goes_on(taken: list[Line], line: Line) -> bool:
    """Whether a row in another type size goes on with the name above it: the row above ends
    in a genitive ("Limbažu novada Sociālā dienesta") and this one opens in lower case with
    the unit it owns ("dienas aprūpes centrs „...”"): one name over two rows."""
    if len(taken) != 1 or not line.text[:1].islower():
        return False
    last = fold(taken[0].text.split()[-1]) if taken[0].text.split() else ""
    return bool(re.search(r"[a-z]{3}(?:as|es|a)$", last)) and bool(
        re.search(r"[„“\"«]", line.text))


def _name_rows(taken: list[Line]) -> list[Line]:
    """The letterhead's rows that name the issuer: a row stating only what kind of body it is
    ("Liepājas valstspilsētas pašvaldības izglītības iestāde") beside the row naming it, and
    the town printed on a row of its own under the name ("Ogre": its address) are no part of
    the name; the rows after the town are the address too."""
    def status(at: int) -> bool:
        # A kind with its quoted name on the row under it ("... pirmsskolas izglītības
        # iestāde" / "„Vilnītis”") is the name's beginning, not a status.
        after = taken[at + 1].text.lstrip() if at + 1 < len(taken) else ""
        return states_status(taken[at].text) and not after.startswith(tuple(_OPENING_QUOTES))

    if len(taken) >= 2 and status(0) and not states_status(taken[1].text):
        taken = taken[1:]
    if len(taken) >= 2 and names_a_parent(taken[0].text) and _own_body(taken[1].text):
        # "Ludzas novada pašvaldība" / "Zalvīteņu pagasta pārvalde": the founder's row over
        # a body of its own says whose the body is; the body is the issuer.
        taken = taken[1:]
    for at, line in enumerate(taken[1:], start=1):
        if status(at) or _place_only(line.text):
            return taken[:at]
    return taken


_OPENING_QUOTES = "„“\"«,"


def _own_body(text: str) -> bool:
    """Whether a row under a founder's names a body of its own: a capitalised name of two
    words or more that is not a status, a place, another founder, nor a unit named only by
    its kind ("Finanšu nodaļa": the founder's own department, read with it)."""
    words = text.split()
    return (len(words) >= 2 and words[0][:1].isupper() and not states_status(text)
            and not _place_only(text) and not names_a_parent(text) and not names_a_unit(text))


def _place_only(text: str) -> bool:
    """Whether a row names only a place: a town of the gazetteer ("Ogre"), or a municipality
    or parish with its noun ("Ogres novads", "Lēdurgas pag.")."""
    words = text.strip(" ,.").split()
    places = gazetteer()
    if len(words) == 1:
        return words[0] in places["towns"]
    return (len(words) == 2 and words[0] in places["municipalities"] | places["parishes"]
            and fold(words[1]).rstrip(".") in ("novads", "nov", "pagasts", "pag"))


# A logo OCR read as text ("28:", "0) i v" for a sun): no word of two letters read surely.
_LOGO_LINES = 2
_SURE_LETTERS = 0.6


@lru_cache(maxsize=1)
def _emblem_words() -> tuple[tuple[str, ...], re.Pattern[str]]:
    data = reader_data("funding_emblems.yaml")
    return tuple(data["emblems"]), re.compile(data["project_line"])


@lru_cache(maxsize=1)
def _emblem_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The project's words inside a line, what may end an emblem's column, a co-funder's logo
    (`funding_emblems.yaml`)."""
    data = reader_data("funding_emblems.yaml")
    return (re.compile(data["project_words"]), re.compile(data["emblem_tail"]),
            re.compile(data["cofunder"]))


def _folded_segments(line: Line) -> list[str]:
    texts = [" ".join(fold(seg.text).split()) for seg in line.segments]
    return [t for t in texts if re.search(r"[a-z]", t)]


def _funding_line(line: Line) -> bool:
    """A row of a funded project's emblems ("EIROPAS SAVIENĪBA | Eiropas Sociālais fonds"), or
    the project's name or number under them: the funder's and the project's, not the issuer's."""
    emblems, project = _emblem_words()
    texts = _folded_segments(line)
    if texts and all(t.startswith(emblems) for t in texts):
        return True
    return bool(texts) and project.match(texts[0]) is not None


def _project_words(line: Line) -> bool:
    """A line under the emblems naming the project inside it ("Atbalsts ģimenēm. Projekts Nr.
    ...", "Projekts tiek līdzfinansēts ..."), or the project's number alone on a line."""
    return _emblem_patterns()[0].search(" ".join(fold(line.text).split())) is not None


# How many rows a project's emblems may take when their words are stacked in columns.
_STACKED_ROWS = 8
# At most this many words in one emblem's piece on a row.
_STACKED_WORDS = 4


def _stacked_emblem_rows(ctx: Context, start: int) -> int:
    """How many rows from `start` hold only the funds' emblems set as logos with their words
    stacked in columns ("NACIONĀLAIS" / "ATTĪSTĪBAS" / "PLĀNS 2020" beside "Eiropas" /
    "Sociālais" / "fonds"): each column, read down, is an emblem whole (or a co-funding
    ministry's logo among them), and at least one takes two rows or more; 0 when none."""
    rows: list[list[Segment]] = []
    for line in ctx.lines[start:start + _STACKED_ROWS]:
        segments = [seg for seg in line.segments if re.search(r"[a-z]", fold(seg.text))]
        if line.page != ctx.lines[start].page or not segments \
                or any(len(seg.words) > _STACKED_WORDS for seg in segments):
            break
        rows.append(segments)
    for count in range(len(rows), 1, -1):
        columns: list[list[Any]] = []  # [x0, x1, texts]
        for segments in rows[:count]:
            for seg in segments:
                x1 = seg.words[-1].x1
                column = next((c for c in columns if seg.x0 < c[1] and x1 > c[0]), None)
                if column is None:
                    columns.append([seg.x0, x1, [seg.text]])
                else:
                    column[0], column[1] = min(column[0], seg.x0), max(column[1], x1)
                    column[2].append(seg.text)
        kinds = [_emblem_column(" ".join(fold(" ".join(c[2])).split())) for c in columns]
        if all(kinds) and "fund" in kinds and any(len(c[2]) > 1 for c in columns):
            return count
    return 0


def _emblem_column(text: str) -> str:
    """"fund" for a fund's emblem read whole down its column, "cofunder" for a ministry's
    logo, "" for anything else."""
    emblems, _ = _emblem_words()
    _, tail, cofunder = _emblem_patterns()
    if any(text.startswith(e) and tail.match(text[len(e):].strip()) for e in emblems):
        return "fund"
    return "cofunder" if cofunder.match(text) else ""


def _after_emblems(ctx: Context, start: int) -> int:
    """The first line after a funded project's emblems and its name at the top of the page."""
    stacked = _stacked_emblem_rows(ctx, start)
    at = start + stacked
    while at < min(len(ctx.lines), start + stacked + _EMBLEM_LINES) \
            and ctx.lines[at].page == ctx.lines[start].page \
            and (_funding_line(ctx.lines[at]) or (at > start and _project_words(ctx.lines[at]))):
        at += 1
    if not stacked and (
            at == start or not _funding_line(ctx.lines[start])
            or not any(t.startswith(_emblem_words()[0]) for ln in ctx.lines[start:at]
                       for t in _folded_segments(ln))):
        return start  # a project's line alone, with no fund's emblem over it: left as it is
    return at if at < len(ctx.lines) and ctx.lines[at].page == ctx.lines[start].page else start


# How many lines a project's emblems and its name may take at the head of a page.
_EMBLEM_LINES = 4


def _after_logo(ctx: Context) -> int:
    """The first line of a scan's letterhead after the lines OCR made of a logo above it, and
    of any paper's after a funded project's emblems and name (`_funding_line`)."""
    return _after_emblems(ctx, _after_scan_logo(ctx)) if ctx.lines else 0


def _after_scan_logo(ctx: Context) -> int:
    if ctx.document.text_source in ("text", "acroform"):
        return 0
    for index, line in enumerate(ctx.lines[:_LOGO_LINES + 1]):
        if line.page != ctx.lines[0].page:
            break
        if any(w.confidence >= _SURE_LETTERS and sum(c.isalpha() for c in w.text) >= 2
               for w in line.words):
            return index
    return 0


_QUOTED_ROW = re.compile(r"^[\"„“«][^\"”»]{2,60}[\"”»]$")
_QUOTED = re.compile(r"[\"„“«][^\"”»]{2,80}[\"”»]")
# A separator after a letterhead's name and lower-case words after it to the row's end: what
# the company does ("· maiznīca un dzirnavas"); OCR reads the middle dot as a quote or a bullet.
_TRADE_AFTER = re.compile(r"\s+[·|•'’`]\s+(?=[a-zāčēģīķļņšūž][a-zāčēģīķļņšūž\s,]*$)")
# A letterhead line's own words before its contacts ("Dienas aprūpes centrs „Saulgozis” ·
# Salātu iela 8, Bauska").
_CONTACTS_AFTER = re.compile(r"\s[·|]\s")


def _letterhead_rows(ctx: Context, taken: list[Line]) -> list[list[Word]]:
    """The letterhead's rows of names: the lines taken, and the line under them up to the
    contacts it runs on into after a separator ("... „Saulgozis” · Salātu iela 8")."""
    digital = ctx.document.text_source in ("text", "acroform")
    rows = [_without_place(line, digital) for line in taken]
    below = ctx.lines[taken[-1].index + 1] if taken[-1].index + 1 < len(ctx.lines) else None
    if below is not None and below.page == taken[0].page and (
            ctx.title_line is None or below.index < ctx.title_line):
        cut = _CONTACTS_AFTER.search(below.text)
        if cut is not None:
            head = below.text[: cut.start()]
            words = below.words[: len(head.split())]
            if words and not _LETTERHEAD_END.search(head):
                rows.append(words)
    return rows


def _stacked_issuer(ctx: Context, spec: FieldSpec,
                    taken: list[Line]) -> tuple[list[Word], str] | None:
    """A parent body over its unit, one per row: the unit of the field's kind with a name of
    its own ("Bauskas novada pašvaldības aģentūra ..." / "Dienas aprūpes centrs „Saulgozis”")
    is the issuer; a unit named only by its kind ("Hemodialīzes nodaļa") under an
    organisation is part of it, and the organisation is the issuer."""
    if not spec.prefer:
        return None
    rows = _letterhead_rows(ctx, taken)
    if len(rows) < 2:
        return None
    texts = [values.spaced_letters_joined(row) for row in rows]
    for row, text in zip(reversed(rows[1:]), reversed(texts[1:]), strict=True):
        if _names_issuer_kind(text, spec) and _QUOTED.search(text) and text[:1].isupper() \
                and not _foreign_letters(text):
            return row, text
        if _named_after_kind(text, spec) and not _names_issuer_kind(texts[0], spec) \
                and not _foreign_letters(text):
            # "Preiļu novada Sociālais dienests" / "Dienas aprūpes centrs Mozaīka": a unit
            # of the field's kind with a name of its own after the kind, quoted or not,
            # under a parent of another kind (its social service, its municipality).
            return row, text
    if _ORGANISATION.search(fold(texts[0])) and all(
            not _QUOTED.search(t) and values.names_a_unit(t) for t in texts[1:]):
        return rows[0], texts[0]
    return None


# The town a dateline opens with ("Liepājā", "Daugavpilī", "Rīgā"), printed at the right of the
# letterhead's row above the date: one capitalised word in the locative.
_PLACE_LOCATIVE = re.compile(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās)[,.]?$")


def _without_place(line: Line, digital: bool = False) -> list[Word]:
    """A letterhead row's words without the dateline's town standing apart at its right end
    ("SIA Dzintarjūras Kontaktcentrs        Liepājā"): that is where, not who; nor the name
    set beside it in another script (a Latgale letterhead's Russian column); nor, on a text
    layer, a column in another type size beside the name (`_heading_words`)."""
    heading = _heading_words(line, digital)
    dropped = [seg.words for seg in line.segments if _other_script(seg.text)]
    if len(line.segments) >= 2 and _PLACE_LOCATIVE.match(line.segments[-1].text.strip()):
        dropped.append(line.segments[-1].words)
    # A copy's stamp beside the name ("SIA ...        KOPIJA"): what the sheet is, not who.
    dropped += [seg.words for seg in line.segments[1:] if _copy_mark(seg.text)]
    if not dropped or len(dropped) == len(line.segments):
        return heading
    return [w for w in heading if all(w is not x for words in dropped for x in words)]


@lru_cache(maxsize=1)
def _copy_words() -> frozenset[str]:
    return frozenset(str(word) for word in reader_data("copy_marks.yaml").get("words", []))


def _copy_mark(text: str) -> bool:
    """Whether a segment is only a copy's stamp words (`copy_marks.yaml`): "KOPIJA"."""
    words = re.findall(r"[a-z]+", fold(text))
    return bool(words) and " ".join(words) in _copy_words()


# A size differs when the words' heights differ by more than this share; a column starts after a
# gap wider than this share of the words' height (a space is about a third of it).
_OTHER_SIZE = 0.15
_COLUMN_GAP = 0.6


def _heading_words(line: Line, digital: bool) -> list[Word]:
    """A row's words up to where another column starts in another type size ("Valmieras dienas
    aprūpes centrs „Pīlādzis”" in the heading's size, "Valmieras novada pašvaldības Sociālo
    lietu / pārvaldes struktūrvienība" smaller beside it, its parent, running on below): the
    words after the gap are no part of the name on the row. Only on a text layer: OCR's boxes
    vary with a word's letters, not with its type."""
    words = line.words
    if not digital or len(words) < 2:
        return words
    for i in range(1, len(words)):
        before, rest = words[i - 1], words[i:]
        height = before.bottom - before.top
        if height <= 0 or rest[0].x0 - before.x1 <= _COLUMN_GAP * height:
            continue
        lead = {round(w.bottom - w.top, 1) for w in words[:i]}
        other = {round(w.bottom - w.top, 1) for w in rest}
        if len(lead) == 1 and len(other) == 1 and abs(other.pop() - height) > _OTHER_SIZE * height:
            return words[:i]
    return words


def _other_script(text: str) -> bool:
    """Whether most of a text's letters are not Latin ones (Cyrillic, Greek)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(not ("a" <= fold(c)[:1] <= "z") for c in letters) > len(
        letters) / 2


# Latvian's letters beyond the Latin alphabet's (with the old orthography's "ō" and "ŗ").
_LATVIAN_LETTERS = frozenset("āčēģīķļņšūžōŗ")


def _foreign_letters(text: str) -> bool:
    """Whether a text holds letters Latvian does not write (Lithuanian "ė", Estonian "õ",
    Cyrillic): a letterhead row in another language, no unit of the issuer."""
    return any(c.isalpha() and not ("a" <= c.lower() <= "z") and c.lower() not in
               _LATVIAN_LETTERS for c in text)


def _latvian_row_under(ctx: Context, spec: FieldSpec, taken: list[Line],
                       text: str) -> tuple[list[Word], str] | None:
    """A two-language letterhead's Latvian name, printed under the name in the other
    language before the contacts ("Vilniaus ... mokyklos filialas" over "Viļņas ... skolas
    filiāle · Skolas iela 1, ..."): the issuer's name as the Latvian paper gives it, when the
    larger row is written in letters Latvian lacks and the row under it names an organisation
    or a unit of the field's kind."""
    if not _foreign_letters(text):
        return None
    rows = _letterhead_rows(ctx, taken)
    if len(rows) <= len(taken):
        return None
    row = rows[-1]
    latvian = values.spaced_letters_joined(row)
    if _foreign_letters(latvian) or not latvian[:1].isupper():
        return None
    if not (_ORGANISATION.search(fold(latvian)) or values.names_a_unit(latvian)
            or (spec.prefer and _names_issuer_kind(latvian, spec))):
        return None
    return row, latvian


def _without_repeated_name(rows: list[list[Word]]) -> list[list[Word]]:
    """The letterhead's rows without one repeating an earlier row's quoted name: that is the
    name again in another language ("Valkas kultūras centrs „Sīlis”" over "Valka
    kultuurikeskus „Sīlis”"), not the rest of the first."""
    kept: list[list[Word]] = []
    names: set[str] = set()
    for row in rows:
        quoted = {q[1:-1].strip() for q in _QUOTED.findall(" ".join(w.text for w in row))}
        if kept and quoted & names:
            continue
        names |= quoted
        kept.append(row)
    return kept


# OCR's "STA", "StA", "S1A", "SlA", "S|A" for the legal form "SIA" that opens a company's name
# (a fax's thin "I" read as a "t").
_OCR_SIA = re.compile(r"^S[Ttl1|!]A(?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ„\"“])")


def _left_of_date(line: Line) -> list[Word]:
    """The words of a row left of a wide gap after which a date starts; none without one."""
    for i in range(1, len(line.words)):
        before, word = line.words[i - 1], line.words[i]
        height = max(word.bottom - word.top, 1.0)
        rest = " ".join(w.text for w in line.words[i:])
        # The date may open with its place ("Talsos, 2024. gada 9. aprīlī").
        dated = _DATE_LIKE.match(rest) or _DATE_LIKE.match(_PLACE_FIRST.sub("", rest))
        if word.x0 - before.x1 > 3 * height and dated:
            return line.words[:i]
    return []


_PLACE_FIRST = re.compile(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+(?:ā|ē|ī|os|ās),?\s+")


def _preferred_issuer(ctx: Context, spec: FieldSpec) -> Found | None:
    """Among the letterhead's lines, the one naming the field's kind of issuer (a school
    under its municipality's name, a technical school under its ministry's)."""
    if not spec.prefer:
        return None
    end = ctx.title_line if ctx.title_line is not None else min(len(ctx.lines), 5)
    for line in ctx.lines[: min(end, 5 + _after_emblems(ctx, 0))]:
        if line.page != ctx.lines[0].page:
            break
        if _funding_line(line):
            continue
        for i, segment in enumerate(line.segments):
            if _LETTERHEAD_END.search(segment.text) or _DATE_LIKE.search(segment.text):
                continue
            if segment.text.rstrip().endswith(":") or any(
                re.search(r"[^\W\d_]{3}", s.text) and not _LETTERHEAD_END.search(s.text)
                for s in line.segments[i + 1 :]
            ):
                continue  # a label with its value beside it, not a name in the letterhead
            if not _names_issuer_kind(segment.text, spec):
                continue
            if not re.match(r"^[\"„“«]?[A-ZĀČĒĢĪĶĻŅŠŪŽ]", segment.text.strip()) or re.search(
                    r"\d", segment.text):
                continue  # a sentence or a line of the address, not the issuer's name
            value = parse_value(spec, segment.text)
            if value is None:
                continue
            value, cased = _as_in_text(ctx, value)
            confidence = (0.93 if cased else 0.7) * _ocr_factor(segment.words)
            return Found(value, confidence, "letterhead", segment.words)
    return None


def _named_after_kind(text: str, spec: FieldSpec) -> bool:
    """Whether a row opens with a capital, names the field's kind and then a name of its own
    in capitals after the kind's word ("Dienas aprūpes centrs Mozaīka")."""
    words = text.split()
    kinds = [at for at, word in enumerate(words)
             if any(fold(p) in fold(word) for p in spec.prefer or ())]
    if not words or not words[0][:1].isupper() or not kinds:
        return False
    after = [w.strip("„“\"«»,.") for w in words[kinds[-1] + 1:]]
    return bool(after) and all(w[:1].isupper() for w in after if w)


def _names_issuer_kind(text: str, spec: FieldSpec) -> bool:
    # Inside compounds too: "pamatskola", "vidusskola", "tehnikums".
    folded = fold(text)
    return any(fold(p) in folded for p in spec.prefer)


def _as_in_text(ctx: Context, value: Any, printed: str = "") -> tuple[Any, bool]:
    """A name printed in capitals ("GRUNDZĀLES PAMATSKOLA") as the text writes it elsewhere
    ("Grundzāles pamatskola apliecina ..."); False when no such spelling is found."""
    if not isinstance(value, str) or not value.isupper():
        return value, True
    pattern = re.compile(r"\s+".join(re.escape(w) for w in value.split()), re.IGNORECASE)
    for match in pattern.finditer(ctx.text):
        if not match.group(0).isupper():
            return match.group(0), True
    if any(pattern.search(seg.text) and _PROSE_WORD.search(seg.text)
           for line in ctx.lines for seg in line.segments):
        # The paper's own sentence spells it in capitals too ("strādā SIA DOBELES AUTOBUSU
        # PARKS par ..."): that is how the company writes its name, kept as printed (set N).
        return value, True
    if opens_with_company_form(printed) and ctx.document.text_source in ("text", "acroform") \
            and not _spelt_otherwise(ctx.text, value):
        # "SIA MALNAVAS KALTE" printed so alone, its legal form first: a company keeps the
        # capitals it registered and prints (unseen conventions); a public body's capitals are
        # a letterhead's style. Not sure either way (nothing else on the page spells it). A
        # scan's capitals may be OCR's reading of another type: left as before.
        return value, False
    return values.institution_in_normal_case(value), False


def _spelt_otherwise(text: str, value: str) -> bool:
    """Whether running text spells the capitals' words in lower case with a slip of a letter
    or two ("SIA Talsu Tlrgus Nams" under "SIA TALSU TIRGUS NAMS", an OCR layer's)."""
    from difflib import SequenceMatcher
    wanted = [w.lower() for w in value.split()]
    words = text.split()
    for i in range(len(words) - len(wanted) + 1):
        window = words[i:i + len(wanted)]
        if " ".join(window).isupper():
            continue
        if all(SequenceMatcher(None, w.lower().strip(".,;:"), v).ratio() >= 0.75
               for w, v in zip(window, wanted, strict=True)):
            return True
    return False


# A word in lower case beside it: running text, not a letterhead's row or a stamp.
_PROSE_WORD = re.compile(r"(?<![^\W\d_])[a-zāčēģīķļņšūž]{3,}")
