"""A decision read from its own title block, as the basis of the paper that is it.

When the paper in hand is the decision a field's basis names ("LĒMUMS Nr. 1-6/21/112 /
par aizbildņa iecelšanu"), the basis is the paper itself.
These readers find its title block (the kind, the number on the title or the date line,
the subject below) and its own date, and have `own_decision` phrase it as another paper
would cite it. Kept apart from `own_decision`, which works on plain lines, because these
take the document's context and the fields read so far.
"""

from __future__ import annotations

import re
from datetime import date

from ..forms.latvian_dates import find_dates, iso_date
from . import own_decision
from .evidence import Found, _lines_doubt
from .layout import Line, fold
from .reading_context import Context
from .values import spaced_letters_joined
from .vocabulary import FieldSpec

# A decision's number on its own line or at the end of its date line.
# A court's judgment numbered by its case keeps the case word ("..., civillietā Nr. C...").
# Printed in the nominative as the date line's own heading ("Civillieta Nr. C..."), cited in
# the locative.
_OWN_NUMBER = re.compile(
    r"(?:\b(?:civil|administratīv)?liet[aā]\s+)?\bNr\.?\s*[\w/.-]*\d[\w/-]*\s*$", re.IGNORECASE)
_CASE_NOMINATIVE = re.compile(r"^((?:civil|administratīv)?liet)a\b", re.IGNORECASE)
_LOCATIVE = r"\1ā"
_SUBJECT = own_decision._SUBJECT


def _titled_decision(ctx: Context, kinds: dict[str, str]) -> tuple[str, str, Line] | None:
    """(kind, title, title line) of a paper titled "LĒMUMS Nr. ..." (its subject maybe on the
    line below), or "LĒMUMS" over a date line ending in its number."""
    # The paper's own title: a line of the first page opening with the kind of decision and
    # its number ("LĒMUMS Nr. 1-6/21/112"), its subject maybe on the line below.
    # The number may stand on the date line under a title printed alone ("LĒMUMS" / "Talsos,
    # 2021. gada 17. martā    Nr. 2-5/21/46" / "Par aizbildnības nodibināšanu ...").
    # Or it stands on the date line's right ("Alūksnē, 2020. gada 3. jūnijā   Lēmums Nr. 1-9/20/31"
    # with its subject below).
    # A title printed letter-spaced ("L Ē M U M S") is read with its letters joined.
    at = next((ln.index for ln in ctx.lines[:15] if ln.words and ln.page == ctx.lines[0].page
               and fold(_joined(ln).split()[0]) in kinds
               and (re.search(r"\bNr\b", ln.text) or len(_joined(ln).split()) == 1)), None)
    beside = None if at is not None else next(
        ((ln.index, seg) for ln in ctx.lines[:15] if ln.page == ctx.lines[0].page
         for seg in ln.segments[1:] if seg.words and fold(seg.words[0].text) in kinds
         and re.search(r"\bNr\b", seg.text)), None)
    if beside is not None:
        at = beside[0]
    if at is None:
        return None
    title_line = ctx.lines[at]
    title = _joined(title_line) if beside is None else beside[1].text
    for below in ctx.lines[at + 1 : at + 4]:
        # The subject may stand on its own line or beside the place and date ("Aizkrauklē
        # 10.11.2020.      par aizgādnības nodibināšanu"): a segment opening with "par". Under
        # a title printed alone, the place and date and the number may take a line each
        # ("LĒMUMS" / "Cēsīs   2023. gada 4. maijā" / "Nr. 3-1/23/7" / "Par ...").
        subject = next((seg.text for seg in below.segments
                        if fold(seg.text.strip()).startswith("par ")), None)
        if re.search(r"\bNr\b", title) and subject is None \
                and not (below.index == at + 1 and _place_and_date(below)):
            break
        number = _OWN_NUMBER.search(below.text)
        if not re.search(r"\bNr\b", title) and number and subject is None:
            title = f"{title} {_CASE_NOMINATIVE.sub(_LOCATIVE, number.group(0).strip())}"
        elif subject is not None:
            title = f"{title} {subject.strip()}"
            break
    if not re.search(r"\bNr\b", title):
        return None
    if not _SUBJECT.search(title):
        title = f"{title} {_subject_of_cited_case(ctx, title, title_line)}".rstrip()
    return kinds[fold(title.split()[0])], title, title_line


def _subject_of_cited_case(ctx: Context, title: str, title_line: Line) -> str:
    """What a judgment decides, as its opening sentence says it citing the case by the
    title's number ("... izskatīja civillietu Nr. C12345625 par aizgādnības nodibināšanu"):
    the subject after that number, on one of the lines under the title; "" when none."""
    number = re.search(r"\bNr\.?\s*([\w/.-]*\d[\w/-]*)", title)
    if number is None:
        return ""
    cited = re.compile(rf"\bNr\.?\s*{re.escape(number.group(1).rstrip('.'))}\s+(?=par\b)",
                       re.IGNORECASE)
    for line in ctx.lines[title_line.index + 1: title_line.index + 6]:
        if line.page != title_line.page:
            break
        at = cited.search(line.text)
        subject = _SUBJECT.match(line.text, at.end()) if at else None
        if subject is not None:
            return subject.group(0)
    return ""


def _place_and_date(line: Line) -> bool:
    """Whether a line is a place and a date alone ("Kuldīgā 12.03.2024."), which may stand
    between a decision's title and its subject."""
    dated = find_dates(line.text)
    if len(dated) != 1:
        return False
    rest = line.text[:dated[0][1]] + line.text[dated[0][2]:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


def _joined(line: Line) -> str:
    return spaced_letters_joined(line.words)


def _own_decision(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """The paper as its own basis when its title is a decision ("LĒMUMS Nr. ... / par ...")
    under a court's letterhead; a value already naming the paper's number stays. Legal grounds
    ("Civillikuma 223. pantu") read as the basis are dropped when nothing better is found."""
    current = found.get(spec.name)
    phrase = _decision_basis(ctx, spec, found)
    if phrase is not None:
        return phrase
    if current is not None and own_decision.cites_articles(current.value):
        return None
    return current


def _decision_basis(ctx: Context, spec: FieldSpec,
                    found: dict[str, Found | None]) -> Found | None:
    kinds = {fold(k): k for k in spec.own_decision}
    own_date = next((f.value for n, f in found.items() if f is not None
                     and ctx.vocab.fields[n].kind == "date"
                     and ctx.vocab.fields[n].region == "dateline"), None)
    on = iso_date(own_date)
    titled = _titled_decision(ctx, kinds)
    if titled is None:
        # The title block names the kind, the number and the subject apart ("Lēmuma Nr. ..."
        # as a label, a table's "Nr." column, "Nr. ..." on the date line): its own date first.
        stems = {fold(k)[:-1]: k for k in spec.own_decision}
        head = own_decision.head_decision(ctx.lines, stems)
        if head is None:
            return None
        kind, title, printed_on, title_line = head
        on = printed_on or on
    else:
        kind, title, title_line = titled
    if on is None:
        return None
    if titled is not None and not _dated_in_title_block(ctx, title_line, on):
        # "LĒMUMS Nr. ..." / "par ..." with the date only in a data row ("Lēmuma datums:
        # ...") or an e-signature's stamp: cited as its title is printed, with no date.
        on = None
    current = found.get(spec.name)
    if titled is None and current is not None and current.how in ("label", "pattern") \
            and not re.search(r"\d", str(current.value)):
        # The paper names its basis itself ("Pārstāvības veids | aizbildnība", "tiek uzticēta
        # ... aizgādnība"): a title block read apart (kind, number and subject on lines of
        # their own) only fills a basis the paper does not name.
        return None
    number = re.search(r"Nr\.?\s*([\w/.-]*\d[\w/-]*)", title)
    if current is not None and number and number.group(1).rstrip(".") in str(current.value):
        return None
    for index in sorted(ctx.issuer_lines() | set(range(title_line.index))):
        for segment in ctx.lines[index].segments:
            phrase = own_decision.decision_phrase(kind, title, segment.text.strip(), on)
            if phrase is not None:
                return Found(phrase, 0.85 * _lines_doubt([title_line]), "own_decision",
                             title_line.words)
    return None


def _dated_in_title_block(ctx: Context, title_line: Line, on: date) -> bool:
    """Whether the decision's date is printed in its title block: on a line of the first page
    from its top to two lines under the title (the date line beside its number, the place and
    date under the title), not as a data row's value after a colon ("Lēmuma datums: ...")."""
    for line in ctx.lines[: title_line.index + 3]:
        if line.page != title_line.page:
            continue
        for segment in line.segments:
            for found, at, _end in find_dates(segment.text):
                if found == on and not segment.text[:at].rstrip().endswith(":"):
                    return True
    return False


def _extracted_act(ctx: Context, found: dict[str, Found | None]) -> None:
    """An extract's act, cited under its title in the genitive ("IZRAKSTS / no ... bāriņtiesas
    2024. gada 21. maija lēmuma Nr. 2-5/24/63 par aizgādņa iecelšanu"), is the basis in the
    nominative and gives the paper its date: an extract carries its act's date, not the day it
    was certified (fixtures/unseen_conventions.md). A value already the same stays as found."""
    act = own_decision.extract_act(ctx.lines)
    if act is None:
        return
    phrase, on, block = act
    words = [w for line in block for w in line.words]
    sure = 0.85 * _lines_doubt(block)
    for name, spec in ctx.vocab.fields.items():
        current = found.get(name)
        if spec.own_decision and (current is None or current.value != phrase):
            found[name] = Found(phrase, sure, "own_decision", words)
        elif (spec.kind == "date" and spec.region == "dateline"
              and (current is None or iso_date(current.value) != on)):
            found[name] = Found(on.isoformat(), sure, "extract_act", words,
                                warning=f"{name}: the date of the act the extract copies")
