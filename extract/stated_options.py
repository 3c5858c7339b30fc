"""Yes/no, one option or a set of options stated or marked anywhere in a field's span.

A field answered by phrases rather than beside a label ("nepieciešams asistents", "☒
ģimenes asistenta pakalpojumu", a list of chosen activities) is read here: a yes/no by
its marks or its statement, an enum by the one marked option (on a scan, the option OCR
read without its box), a set by every marked or stated option that no "nav" denies.
Printed options are not chosen ones. Kept apart from the label readers.
"""

from __future__ import annotations

import re

from .evidence import BASE_CONFIDENCE, DOUBTFUL_VALUE, GUESSED_ENDS, Found, _lines_doubt
from .label_rows import close_before_rows
from .layout import Line, fold
from .marks import GUESSED_MARK, MARK_ANY, ends_in_bare_mark, marked_options
from .phrase_patterns import _stem
from .reading_context import Context
from .value_parsing import _enum, printed_options
from .vocabulary import FieldSpec
from .yes_no import (
    _CHECK_ANY,
    _UNANSWERED,
    _bool_answer,
    _bool_on_lines,
    _bool_statement,
    _marked_answer,
    _statement_text,
    opens_paragraph,
    ring_lost_answer,
)


def _from_phrases(ctx: Context, spec: FieldSpec) -> Found | None:
    """Enums and booleans stated anywhere in their span ("nepieciešams asistents")."""
    span = ctx.span(spec)
    if span is None:
        return None
    # A row of options printed for choosing ("a / b / c (vajadzīgo norādīt)") states none.
    folded = fold(" ".join(line.text for line in ctx.lines[span[0]:span[1]]
                           if marked_options(line.text) is not None
                           or not printed_options(spec, line.text)))
    if spec.kind == "bool":
        lines = ctx.lines[span[0] : span[1]]
        marked = _bool_on_lines(spec, lines)
        if marked is _UNANSWERED:
            return None
        if marked is not None:
            # A mark told only by where it stands or by a stroke in a scan's pixels
            # (marks.GUESSED_MARK) is one a person confirms.
            guessed = any(w.confidence == GUESSED_MARK for line in lines for w in line.words
                          if MARK_ANY.fullmatch(w.text.strip()))
            return Found(marked, 0.75 if guessed else 0.9, "mark")
        # On a scan a form's printed options are words too: one option read without its mark
        # (a circle OCR lost) looks like an answer. Only a mark makes a scan's answer sure.
        sure = 0.9 if ctx.document.text_source in ("text", "acroform") else 0.75
        if sure < 0.9:
            ringed = ring_lost_answer(spec, lines, ctx.lines)
            if ringed is not None:
                return ringed
        answered = _bool_answer(spec, lines)
        if answered is not None:
            answered.confidence = min(answered.confidence, sure)
            return answered
        value = _bool_statement(spec, _statement_text(lines))
        return Found(value, sure, "statement") if value is not None else None
    if spec.ordered:
        # The vocabulary's order decides, not which word comes first in the text; a value the
        # issuer's own name must state (a sports club that is an association) is looked for
        # there, and in the rest of the text only when nothing else is stated.
        issuer = fold(" ".join(ctx.lines[i].text for i in sorted(ctx.issuer_lines())
                               if span[0] <= i < span[1]))
        # Words that may name either of two values ("sociālās rehabilitācijas nodarbības" of
        # an association, a "rehabilitācijas centrs" giving medical courses) decide only when
        # no sure word does, and whatever decides stays below a sure value when they stood
        # for another one.
        doubted = {listed for listed, phrases in spec.synonyms.items()
                   if any(_stem(p).search(folded) for p in phrases if p in spec.doubtful)}
        outright = [listed for listed, phrases in spec.synonyms.items()
                    if any(_stem(p).search(folded) for p in phrases if p in spec.said_outright)]
        for listed, phrases in spec.synonyms.items():
            where = issuer if listed in spec.issuer_only else folded
            if any(_stem(p).search(where) for p in phrases if p not in spec.doubtful):
                if listed in spec.issuer_only and len(outright) == 1:
                    # An association's "brīvā laika nodarbības": who runs them is not what
                    # they are when the paper says it in so many words.
                    return Found(outright[0], 0.85, "enum_phrase")
                sure = 0.85 if doubted <= {listed} else DOUBTFUL_VALUE
                return Found(listed, sure, "enum_phrase")
        for listed in spec.issuer_only:
            if any(_stem(p).search(folded) for p in spec.synonyms.get(listed, ())):
                return Found(listed, DOUBTFUL_VALUE if doubted else 0.85, "enum_phrase")
        for listed in spec.synonyms:
            if listed in doubted:
                return Found(listed, DOUBTFUL_VALUE, "enum_phrase")
        return None
    boxed = _boxed_enum(ctx, spec, ctx.lines[span[0] : span[1]])
    if boxed is not None:
        return boxed
    first = _enum(spec, folded)
    if first is None and ctx.document.text_source not in ("text", "acroform"):
        # A hand's word OCR read with a letter lost ("asistenu" for "asistentu"): a value's
        # long one-word phrase found with any one of its letters missing, a reading a person
        # confirms.
        lost = _letter_lost_enum(spec, folded)
        return Found(lost, LETTER_LOST, "enum_phrase") if lost is not None else None
    return Found(first, 0.85, "enum_phrase") if first is not None else None


# A one-word phrase this long or longer is still its own word with a letter lost.
_LETTER_LOST_MIN = 8
LETTER_LOST = 0.6


def _letter_lost_enum(spec: FieldSpec, folded: str) -> str | None:
    """The one value whose long one-word phrase `folded` holds as a whole word with one of its
    letters lost; None when none does or two values do."""
    found: set[str] = set()
    words = set(re.findall(r"[a-z]+", folded))
    for listed, phrases in spec.synonyms.items():
        for phrase in phrases:
            word = fold(phrase).strip()
            if len(word) < _LETTER_LOST_MIN or not re.fullmatch(r"[a-z]+", word):
                continue
            if any(word[:k] + word[k + 1:] in words for k in range(1, len(word))):
                found.add(listed)
    return found.pop() if len(found) == 1 else None


def _boxed_enum(ctx: Context, spec: FieldSpec, lines: list[Line]) -> Found | None:
    """An enum printed as options with boxes ("☐ asistenta pakalpojumu" / "☒ ģimenes asistenta
    pakalpojumu"): only a marked option names the value, an option with an empty box never
    does. On a scan the one option OCR read without its box, every other box empty, is taken
    for the marked one, below the confident bar."""
    units: list[str] = []
    for i, line in enumerate(lines):
        found = marked_options(line.text)
        if found and any(_names_option(text, spec) for text, _ in found):
            units.extend(_chosen_units(line.text, found))
            wrapped = _wrapped_option(lines, i)
            if wrapped is not None:
                units.append(wrapped)
    if not units and not any(
            found and any(_names_option(text, spec) for text, _ in found)
            for found in (marked_options(line.text) for line in lines)):
        return None
    lost = None
    if not units and ctx.document.text_source not in ("text", "acroform"):
        lost = _lost_enum_box(lines, spec)
        if lost is not None:
            units.append(lines[lost].text)
    chosen = [value for unit in units if (value := _enum(spec, unit)) is not None]
    if len(set(chosen)) != 1:
        # None marked or several: the printed options are no answer; the rest of the text
        # (a title, a sentence) may still name the value.
        rest = _enum(spec, fold(" ".join(_option_units(lines, spec))))
        return Found(rest, DOUBTFUL_VALUE, "enum_phrase") if rest is not None else None
    if lost is not None:
        return Found(chosen[0], GUESSED_ENDS, "marked_list",
                     warning=f"{spec.name}: the box of '{lines[lost].text.strip()}' was not "
                             "read; taken as the marked one (every other box is empty)")
    return Found(chosen[0], BASE_CONFIDENCE["list"] * _lines_doubt(lines), "marked_list")


def _enum_set(ctx: Context, spec: FieldSpec) -> Found:
    """Every value whose words the document states; in a list printed with boxes or circles,
    only the marked options (a printed option is not a chosen one)."""
    span = ctx.span(spec) or (0, len(ctx.lines))
    lines = ctx.lines[span[0] : span[1]]
    units = _option_units(lines, spec)
    lost = None
    if ctx.document.text_source not in ("text", "acroform"):
        lost = _lost_box(lines, spec)
        if lost is not None:
            units.append(lines[lost].text)
    denied = _denied_options(lines, spec)
    found: list[str] = []
    for value, phrases in spec.synonyms.items():
        if value in denied:
            continue
        for unit in units:
            folded = fold(unit)
            if any(_stem(p).search(folded) for p in phrases):
                if _negated(folded, phrases):
                    continue
                found.append(value)
                break
    consequences = _consequences_only(lines, spec)
    found = [value for value in found if value not in consequences]
    confidence = BASE_CONFIDENCE["list"] * _lines_doubt(lines)
    if lost is not None:
        return Found(found, min(confidence, GUESSED_ENDS), "marked_list",
                     warning=f"{spec.name}: the box of '{lines[lost].text.strip()}' was not "
                             "read; taken as the marked one (every other box is empty)")
    return Found(found, confidence, "marked_list")


def _lost_box(lines: list[Line], spec: FieldSpec) -> int | None:
    """On a scan, the one option line of a boxed list OCR read without its box while every
    other option prints an empty one: a filled box is the one OCR drops (dark, no letter)."""
    options = [marked_options(line.text) for line in lines]
    boxed = [i for i, found in enumerate(options)
             if found and any(_names_option(text, spec) for text, _ in found)]
    if len(boxed) < 2 or any(on for i in boxed for _, on in options[i] or []):
        return None
    bare = [i for i in range(boxed[0] - 1, boxed[-1] + 2)
            if 0 <= i < len(lines) and options[i] is None and i not in boxed
            and _names_option(lines[i].text, spec) and len(_options_named(lines[i].text, spec))
            == 1 and i in _block(lines, boxed[0])]
    return bare[0] if len(bare) == 1 else None


def _lost_enum_box(lines: list[Line], spec: FieldSpec) -> int | None:
    """The option of a one-choice list OCR read without its box, every printed box empty: the
    one line beside them naming a value no boxed option names ("☐ asistenta pakalpojumu" over
    "ģimenes asistenta pakalpojumu"). Two options are enough: one empty box."""
    options = [marked_options(line.text) for line in lines]
    boxed = [i for i, found in enumerate(options)
             if found and any(_names_option(text, spec) for text, _ in found)]
    if not boxed or any(on for i in boxed for _, on in options[i] or []):
        return None
    printed = {_enum(spec, text) for i in boxed for text, _ in options[i] or []}
    block = _block(lines, boxed[0])
    bare = [i for i in range(boxed[0] - 1, boxed[-1] + 2)
            if 0 <= i < len(lines) and options[i] is None and i in block
            and _enum(spec, lines[i].text) not in printed | {None}]
    return bare[0] if len(bare) == 1 else None


def _options_named(text: str, spec: FieldSpec) -> set[str]:
    folded = fold(text)
    return {value for value, phrases in spec.synonyms.items()
            if any(_stem(p).search(folded) for p in phrases)}


def _other_option(above: str, line: str, spec: FieldSpec) -> bool:
    """A line naming an option the line above does not: an option of its own, not the
    wrapped end of the one above."""
    named, before = _options_named(line, spec), _options_named(above, spec)
    return bool(named) and bool(before) and not named <= before


def _names_option(text: str, spec: FieldSpec) -> bool:
    folded = fold(text)
    return any(_stem(p).search(folded) for phrases in spec.synonyms.values() for p in phrases)


def _block(lines: list[Line], at: int) -> list[int]:
    """The lines printed as one block with line `at`: no wider gap than a line between them."""
    block = [at]
    for step in (-1, 1):
        j = at
        while 0 <= j + step < len(lines):
            a, b = sorted((lines[j], lines[j + step]), key=lambda ln: ln.top)
            if a.page != b.page or b.top - a.bottom > 1.0 * a.height:
                break
            j += step
            block.append(j)
    return block


def _wrapped_option(lines: list[Line], i: int) -> str | None:
    """The words of a marked box that ends line `i` ("☐ a ☐ b ☒" / "c ..."): the next line,
    when it prints no box of its own."""
    if not ends_in_bare_mark(lines[i].text) or i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    if below.page != lines[i].page or marked_options(below.text) is not None:
        return None
    return below.text


def _chosen_units(text: str, options: list[tuple[str, bool]]) -> list[str]:
    """The marked options of a line; a yes/no question answered yes stands for its question,
    answered no for nothing."""
    chosen = [option for option, on in options if on]
    if chosen and all(fold(c).split()[:1] and fold(c).split()[0] in ("ja", "ne", "ir", "nav")
                      for c in chosen):
        answer = _marked_answer(options)
        question = re.split(_CHECK_ANY.pattern, text, maxsplit=1)[0]
        return [question] if answer else []
    return chosen


def _continues(above: Line, line: Line, lines: list[Line]) -> bool:
    """A line that carries on the option above it: close under it, the line above ran to the
    right margin (it wrapped), and this one is indented past its box or goes on in lower case.
    A short line above ends its option: the next is an option left unmarked."""
    right = max((ln.words[-1].x1 for ln in lines if ln.page == above.page), default=0.0)
    left = min((ln.words[0].x0 for ln in lines if ln.page == above.page), default=0.0)
    full = above.words[-1].x1 >= right - 0.25 * (right - left)
    return (full and line.page == above.page and line.top - above.bottom < 1.2 * above.height
            and len(above.words) > 1
            and (line.words[0].x0 >= above.words[1].x0 - 2 or line.words[0].text[:1].islower()))


def _option_units(lines: list[Line], spec: FieldSpec) -> list[str]:
    """The stretches of text a set of options is read from: a line without marks whole,
    the marked options of a line with marks. A line without marks inside a list whose other
    lines print boxes for the same options was left unmarked, and is not read."""
    options = [marked_options(line.text) for line in lines]
    units: list[str] = []
    last: tuple[Line, bool] | None = None  # the last marked line and whether its option was on
    for i, line in enumerate(lines):
        found = options[i]
        if found is not None:
            units.extend(_chosen_units(line.text, found))
            last = (line, bool(found) and found[-1][1])
            if _wrapped_option(lines, i) is not None:
                units.append("")  # the marked option's words are the next line's
                last = (line, True)
            continue
        if last is not None and last[1] and units and units[-1] == "":
            units[-1] = line.text
            last = (line, True)
            continue
        if last is not None and _continues(last[0], line, lines) and not _other_option(
                units[-1] if last[1] and units else last[0].text, line.text, spec):
            # The option of the line above wraps onto this one.
            if last[1]:
                units[-1] = f"{units[-1]} {line.text}"
            last = (line, last[1])
            continue
        last = None
        in_marked_list = any(
            found and any(_names_option(text, spec) for text, _ in found)
            for found in (options[j] for j in _block(lines, i))
        )
        if not in_marked_list:
            units.append(line.text)
    return units


# A statement closing on its denial: "... traucējumu nav.", a row answered "nav" or "nē".
# "Transportlīdzekļa pielāgošana: nav nepieciešama": a row answered that it is not needed.
# An area's degree in words after a dash or colon ("redze — nav traucējumu;", "dzirde: nav
# ierobežojumu") says it is not limited.
_DENIED_TAIL = re.compile(
    # "Psihiskās funkcijas un augšējo ekstremitāšu funkcijas nav ierobežotas."
    # ... and a system's table writing the degree in words with its digit after it: "nav (0)".
    r"(?<![a-z])(?:nav|ne)(?:\s+(?:konstatet|noteikt|nepieciesam|ierobezot)\w*)?"
    r"(?:\s*\(\s*0\s*\))?\s*[.;]?\s*$"
    r"|[—–:-]\s*nav\s+(?:traucejum|ierobezojum)\w*\s*[.;,]?\s*$")


def _statements(lines: list[Line]) -> list[str]:
    """The unmarked text as statements: each table row (a line of cells) on its own, the
    prose between them split into sentences, a sentence read across its line breaks."""
    statements: list[str] = []
    prose: list[str] = []

    def close_prose() -> None:
        if prose:
            statements.extend(re.split(r"(?<=[a-z)][.;!?])\s+",
                                       fold(" ".join(close_before_rows(prose)))))
            prose.clear()

    scored = _scores_under_headers(lines)
    for at, line in enumerate(lines):
        if at in scored:
            close_prose()
            statements.extend(scored[at])
        elif marked_options(line.text) is not None:
            close_prose()
        elif len(line.segments) > 1:
            close_prose()
            # A row's cell listing areas by semicolons ("mentālās funkcijas (smagi);
            # pārvietošanās – nav ierobežojumu"): each clause is a statement of its own, as in
            # prose; the denial closing the last is not the first's.
            statements.extend(re.split(r"(?<=[a-z)]);\s+",
                                       fold(" ".join(seg.text for seg in line.segments))))
        else:
            if opens_paragraph(line):
                close_prose()
            prose.append(line.text)
    close_prose()
    return statements


# A degree written as a figure, maybe with a stop or a dash for none ("0", "2.", "-"), or in
# the words of a severity scale ("viegli", "smagi", "ļoti smagi", "nav").
_SCORE_CELL = re.compile(r"\d[.,]?|[-–—]|(?:loti\s+)?(?:viegl|videj|smag)[a-z]*|nav")
# A cell with only a dash: the area is not limited.
_DASH_CELL = re.compile(r"[-–—]")


def _scores_under_headers(lines: list[Line]) -> dict[int, list[str]]:
    """A table whose header row names the areas, one to a cell, over a row of their degrees
    ("redze | pārvietošanās | ..." over "0 | 3 | ..."): each area read with the figure in its
    column, as a row "redze | 0" would be. The header row and the figures' row are then read
    as these statements, the figures' row as none of its own."""
    scored: dict[int, list[str]] = {}
    for at in range(len(lines) - 1):
        head, row = lines[at], lines[at + 1]
        if (at in scored or len(head.segments) < 2 or len(row.segments) != len(head.segments)
                or row.page != head.page or row.top - head.bottom > 2 * head.height
                or not all(_SCORE_CELL.fullmatch(fold(seg.text.strip())) for seg in row.segments)
                or any(re.search(r"\d", seg.text) for seg in head.segments)):
            continue
        # Each figure under its own header cell: its middle within that cell's span and
        # nearer that cell's middle than any other's.
        middles = [(seg.x0 + seg.x1) / 2 for seg in head.segments]
        nearest = [_nearest(middles, (fig.x0 + fig.x1) / 2) for fig in row.segments]
        placed = nearest == list(range(len(middles)))
        if not placed:
            continue
        # A dash under an area is its "nav" ("redze | pārvietošanās" over "— | smagi").
        cells = ["nav" if _DASH_CELL.fullmatch(fig.text.strip()) else fig.text.strip()
                 for fig in row.segments]
        scored[at] = [fold(f"{area.text} {cell}")
                      for area, cell in zip(head.segments, cells, strict=True)]
        scored[at + 1] = []
    return scored


def _nearest(middles: list[float], middle: float) -> int:
    return min(range(len(middles)), key=lambda k: abs(middle - middles[k]))


# A clause saying an area is whole: "redze ir saglabāta", "roku funkcijas nav ierobežotas",
# "dzirde ir normas robežās", "psihiskās funkcijas ir atbilstošas vecumam", "bez traucējumiem".
_WHOLE = re.compile(
    r"(?<![a-z])(?:nav|netiek)\s+(?:[a-z]+\s+)?(?:traucet|ierobezot|skart|bojat|konstatet)"
    r"|(?<![a-z])(?:ir\s+)?saglabat|(?<![a-z])(?:netraucet|neierobezot)|normas\s+robez"
    r"|(?:traucejum|ierobezojum)\w*\s+nav(?![a-z])|atbilstos\w*\s+vecum"
    r"|(?<![a-z])bez\s+(?:[a-z]+\s+)?(?:traucejum|ierobezojum)")
# A clause saying it is not: "ir izteikti traucēta", "ierobežotas", "grūtības", "nespēj".
_IMPAIRED = re.compile(r"traucet|traucejum|ierobezot|ierobezojum|grutib|(?<![a-z])nespej")
# ... only in part ("daļēji saglabāta"): still limited.
_PARTLY = re.compile(r"dalej|dalig")
# A clause set against the one before it ("..., savukārt redze ir saglabāta").
_CONTRAST = re.compile(r"^(?:savukart|turpretim|bet|tacu|tomer|toties)\b")


def _clauses_deny(statement: str, phrases: tuple[str, ...]) -> bool:
    """A sentence granting one area and denying another ("pārvietoties spēj tikai ar
    ratiņkrēslu, savukārt redze ir saglabāta un psihiskās funkcijas ir atbilstošas vecumam"):
    read clause by clause (commas, "un"), an area named in a clause that says it is whole is
    denied there. Areas listed without a verb of their own ("Redze un dzirde ir normas
    robežās") take the verb of the clause they run into."""
    pieces = [p.strip(" ,;:") for p in re.split(r",|;|\s+un\s+|\(|\)", statement)]
    pieces = [p for p in pieces if p]
    naming = False
    for i, piece in enumerate(pieces):
        if not any(_stem(p).search(piece) for p in phrases):
            continue
        naming = True
        verb = piece
        j = i
        # A bare subject (a few words, no verb of being whole or impaired) shares the
        # predicate of the next clause, unless that one opens a contrast.
        while (not _WHOLE.search(verb) and not _IMPAIRED.search(verb)
               and len(pieces[j].split()) <= 4 and j + 1 < len(pieces)
               and not _CONTRAST.match(pieces[j + 1])):
            j += 1
            verb = pieces[j]
        if not _WHOLE.search(verb) or _PARTLY.search(verb):
            return False
    return naming


def _denied_options(lines: list[Line], spec: FieldSpec) -> set[str]:
    """The options the paper names only in statements it denies: a list printing every option
    with "ir"/"nav" answers, or a sentence "Pārvietošanās ... traucējumu nav." naming several."""
    statements = _statements(lines)
    # Rows scored on a scale the page defines with "0 – nav ..." (a degree 0-4): a row scored
    # 0 answers "nav" in a digit.
    # A degree scale from 0 heading the column ("Ierobežojuma pakāpe (0-4)"): its 0 is the
    # same none.
    # A table's column headed by the degree alone ("Funkcija | Kods | Pakāpe"): a degree is a
    # score from 0 (none) upward, its 0 the same none.
    zero_denies = any(_ZERO_IS_NONE.search(fold(line.text)) or _ZERO_SCALE.search(
        fold(line.text)) or any(_DEGREE_HEADING.fullmatch(seg.folded.strip())
                                for seg in line.segments[1:]) for line in lines)
    denied: set[str] = set()
    for value, phrases in spec.synonyms.items():
        naming = [st for st in statements if any(_stem(p).search(st) for p in phrases)]
        if naming and all(_DENIED_TAIL.search(st) or (zero_denies and _ZERO_TAIL.search(st))
                          or _clauses_deny(st, phrases) for st in naming):
            denied.add(value)
    return denied


# A clause telling what an impairment restricts: "redzes traucējumi, kas būtiski ierobežo
# orientēšanos un pārvietošanos": the words after the verb are its consequence.
_CONSEQUENCE = re.compile(r",\s*kas\s+(?:[a-z]+\s+){0,3}?ierobez[a-z]*\s+(?P<tail>[^.;]*)")


def _consequences_only(lines: list[Line], spec: FieldSpec) -> set[str]:
    """The options named only as what another option's impairment restricts ("Personai ir
    smagi redzes traucējumi, kas ierobežo ... pārvietošanos"): the vision is limited, the
    moving about is its consequence, no area of its own. Not for marked lists (a box says)."""
    if any(marked_options(line.text) for line in lines):
        return set()
    statements = _statements(lines)
    only: set[str] = set()
    for value, phrases in spec.synonyms.items():
        others = [p for v, ps in spec.synonyms.items() if v != value for p in ps]
        naming = [st for st in statements if any(_stem(p).search(st) for p in phrases)]
        consequence = []
        for st in naming:
            clause = _CONSEQUENCE.search(st)
            head = st[: clause.start()] if clause else ""
            consequence.append(
                clause is not None
                and not any(_stem(p).search(head) for p in phrases)
                and any(_stem(p).search(head) for p in others)
                and any(_stem(p).search(clause.group("tail")) for p in phrases))
        if naming and all(consequence):
            only.add(value)
    return only


# ... or a column headed by its scale from 0 ("Ierobežojuma pakāpe (0-4)"): its 0 is none.
_ZERO_IS_NONE = re.compile(r"(?<![\d.,])0\s*(?:[-–—=:]|ir)\s*nav(?![a-z])"
                           r"|pakap\w*\s*\(\s*0\s*[-–—]\s*[1-9]\s*\)")
_ZERO_TAIL = re.compile(r"(?<![\d.,])0\s*$")
_DEGREE_HEADING = re.compile(r"(?:[a-z]+\s+)?(?:pakape|smagums|smaguma\s+pakape)")
_ZERO_SCALE = re.compile(r"(?:pakap|smagum)\w*\s*\(?\s*(?:no\s+)?0\s*(?:[-–—]|lidz)\s*[1-9]\s*\)?")


def _negated(folded: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        match = _stem(phrase).search(folded)
        if match and re.search(r"(?<![a-z])(nav|ne)\s*$", folded[: match.start()].rstrip(" :")):
            return True
    return False
