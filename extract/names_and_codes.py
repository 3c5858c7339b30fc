"""A person's name found by their personal code, and a code by its name.

A name and a code printed together belong to one person: a name before or beside a code
("Jānis Kalns, p.k. ..."), in the same table row, on a letter's sender line or above its
signature, and a first name and surname under labels of their own. These readers fill a
person's name or code the labels left empty, and keep one person's code off another's
name. Kept apart from the label and prose readers, which read one value at a time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..forms.person_names import particle_pattern
from . import roles, values
from .evidence import (
    BASE_CONFIDENCE,
    FALLBACK_CONFIDENCE,
    GUESS_CONFIDENCE,
    Found,
    _lines_doubt,
    _ocr_factor,
)
from .layout import LabelHit, Line, Segment, find_label_values, fold, label_regex
from .person_names import _FUNCTION_WORDS, _LOWER, _NAME_WORD, _UPPER
from .phrase_patterns import compile_pattern, deaccent
from .reading_context import Context
from .value_parsing import parse_value
from .vocabulary import CODE_LABEL, FieldSpec, Vocabulary
from .whose_value import _own_hits


def _split_name(ctx: Context, spec: FieldSpec) -> Found | None:
    """"Vārds: Dace" and "Uzvārds: Ozola" printed as two labels: every "<x> vārds uzvārds"
    label of the field also stands for a "<x> vārds" + "<x> uzvārds" pair."""
    span = ctx.span(spec) or (0, len(ctx.lines))
    for label in spec.labels:
        folded = fold(label)
        if not folded.endswith("vards uzvards"):
            continue
        prefix = label[: len(label) - len("vārds uzvārds")]
        firsts = _own_hits(ctx, spec, find_label_values(
            ctx.lines, [f"{prefix}vārds"], start=span[0], end=span[1], allow_below=False))
        lasts = _own_hits(ctx, spec, find_label_values(
            ctx.lines, [f"{prefix}uzvārds"], start=span[0], end=span[1], allow_below=False))
        first = next((h for h in firsts if h.distance < 0.3 and _given_name_word(h.value)), None)
        last = next((h for h in lasts if h.distance < 0.3), None)
        if first is None or last is None:
            continue
        value = parse_value(spec, f"{first.value} {last.value}")
        if value is not None:
            words = first.words + last.words
            return Found(value, 0.9 * _ocr_factor(words), "label_split", words, structural=0.9)
    return None


def _given_name_word(text: str) -> bool:
    """A given name as a name word, printed as written or in capitals as a system prints its
    register's names ("Vārds | KASPARS", "Uzvārds | EŅĢELIS")."""
    word = text.strip()
    return bool(_NAME_WORD.match(word) or (word.isupper() and _NAME_WORD.match(word.title())))


def _bare_label_cell(hit: LabelHit, label: str) -> bool:
    """The hit's label opens its line with no role word before it ("Vārds | Ēriks")."""
    if not hit.words or hit.line.words[0] is hit.words[0]:
        return False
    before = hit.line.words[: hit.line.words.index(hit.words[0])]
    return fold(" ".join(w.text for w in before)).strip(" :|") == fold(label)


def _name_over_code(ctx: Context, name: str, found: dict[str, Found | None]) -> Found | None:
    """A person's data printed as rows of bare labels ("Personas dati": "Vārds | Ēriks",
    "Uzvārds | Zvaigzne", "Personas kods | ...") name no role: the rows are one person's, and
    the person is the one whose code the field's code found. A register's statement about a
    ward prints the ward so and the guardian under a label of the role. Whose name it is was
    judged by the code under it: below the sure bar."""
    code_field = _paired_code(ctx.vocab, name) or _only_code_field(ctx.vocab)
    code = found.get(code_field) if code_field else None
    if code is None or not code.value:
        return None
    spec = ctx.vocab.fields[name]
    firsts = [h for h in find_label_values(ctx.lines, ["vārds"], allow_below=False)
              if h.distance < 0.3 and not h.prefix.strip() and _bare_label_cell(h, "vārds")
              and _NAME_WORD.match(h.value)]
    lasts = [h for h in find_label_values(ctx.lines, ["uzvārds"], allow_below=False)
             if h.distance < 0.3 and not h.prefix.strip() and _bare_label_cell(h, "uzvārds")]
    codes = find_label_values(ctx.lines, ["personas kods"], allow_below=False)
    for first in firsts:
        row = first.line.index
        last = next((h for h in lasts if 0 < h.line.index - row <= 1), None)
        if last is None or len(first.value.split()) != 1 or len(last.value.split()) != 1:
            continue
        theirs = next((h for h in codes if 0 < h.line.index - last.line.index <= 2
                       and h.line.page == first.line.page), None)
        if theirs is None or values.personal_code(theirs.value) != code.value:
            continue
        value = parse_value(spec, f"{first.value} {last.value}")
        if value is None or not values.starts_with_given_name(str(value)):
            continue
        words = first.words + last.words
        return Found(value, 0.8 * _ocr_factor(words), "label_loose", words)
    return None


# A code right after a name, maybe bracketed or labelled ("(320519-04170)", ", p.k. ...").
# A hand writes it without its dash too ("Juris Ozols 01010110101"): eleven digits opening
# with a day or with 32 whose checksum holds.
_CODE_FIRST = re.compile(
    rf"^\s*[,(]?\s*(?:{CODE_LABEL}\s*:?\s*)?(\d{{6}}\s*-\s*\d{{5}}|[0-3]\d{{10}}(?![\d-]))",
    re.IGNORECASE)


def _code_beside_name(ctx: Context, spec: FieldSpec,
                      found: dict[str, Found | None]) -> Found | None:
    """A code printed right after its holder's name ("Mikus Ozols, p.k. 090513-26280",
    "Tomass Millers (320519-04170)"): the name field's line gives the code field its value."""
    holder = found.get(spec.name.replace("personal_code", "name"))
    at = ctx.line_of_found(holder)
    if holder is None or at is None:
        return None
    line = ctx.lines[at]
    # The label's value may carry the code itself; the name's own words come first.
    after = [w for w in line.words if w.x0 >= holder.words[0].x0][len(str(holder.value).split()):]
    match = _CODE_FIRST.match(" ".join(w.text for w in after))
    last = ctx.line_index(holder.words[-1])
    wrapped = False
    if match is None and last is not None and last != at:
        # A name wrapped at its line's end ("... Asistente: Vija" / "Strautniece (0807...)"):
        # the code follows its last word, on the line the name ends on.
        after = [w for w in ctx.lines[last].words if w.x0 > holder.words[-1].x0]
        match = _CODE_FIRST.match(" ".join(w.text for w in after))
        wrapped = True
    end = last if last is not None else at
    if match is None and end + 1 < len(ctx.lines) \
            and not re.sub(r"[\s,;(:]", "", " ".join(w.text for w in after
                                                   if w.x0 > holder.words[-1].x0)):
        # The name ends its line with only a comma after it ("... Asistente: Anna Ozola," /
        # "DDMMYY-NNNNN ..."): the code wrapped to the start of the next line.
        after = ctx.lines[end + 1].words
        match = _CODE_FIRST.match(" ".join(w.text for w in after))
        wrapped = True
    if match is None:
        return None
    value = values.personal_code(match.group(1))
    if value is None or ("-" not in match.group(1) and not values.personal_code_ok(value)):
        return None
    confidence = BASE_CONFIDENCE["pattern"] * _ocr_factor(after[:4])
    if wrapped:
        # Whose the code is was judged across a line break: below the sure bar, whatever
        # the paper's title lifts.
        confidence = min(confidence, FALLBACK_CONFIDENCE)
    return Found(value, confidence, "beside_name", after[:4])


_NAME_WORD_RE = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_WITH_CODE = re.compile(
    rf"^\s*(?P<name>{_NAME_WORD_RE}(?:\s+(?:{particle_pattern()})?{_NAME_WORD_RE}){{1,2}})"
    r"\s*[,(]?\s*"
    rf"{CODE_LABEL}?"
    r"\s*:?\s*(?P<code>\d{6}\s*-\s*\d{5})\)?\s*[,;]?\s*$")
# A signature closing the page: an initial and a surname ("K. Mārtiņsone").
_SIGNED = re.compile(rf"(?<![\w.])([{_UPPER}])\.\s*({_NAME_WORD_RE})\s*$")


def _sender_found(match: re.Match[str], segment: Segment, at: Line) -> tuple[Found, Found] | None:
    """A letter writer's name and code from the one line that prints both; whose they are was
    judged by where the line stands, so below the sure bar."""
    person = _name_and_code(match)
    if person is None:
        return None
    name, code = person
    confidence = FALLBACK_CONFIDENCE * _lines_doubt([at])
    return (Found(name, confidence, "sender_block", segment.words),
            Found(code, confidence, "sender_block", segment.words))


def _sender_line(ctx: Context) -> tuple[Found, Found] | None:
    """The writer of a letter: the one name printed with its code on a line of its own above
    the title, outside the letterhead ("Kitija Mārtiņsone, p. k. 181284-11930" under the
    addressee), unless the signature's initial and surname name another. Whose it is was
    judged by where it stands: below the sure bar."""
    if not ctx.title_line:
        return _signed_with_code(ctx)
    issuer = ctx.issuer_lines()
    candidates = []
    for line in ctx.lines[: ctx.title_line]:
        if line.index in issuer:
            continue
        for segment in line.segments:
            match = _NAME_WITH_CODE.match(segment.text)
            if match:
                candidates.append((match, segment, line))
    if not candidates:
        return _signed_with_code(ctx)
    if len(candidates) != 1:
        return None
    match, segment, at = candidates[0]
    found = _sender_found(match, segment, at)
    if found is None:
        return None
    name = found[0].value
    for line in ctx.lines[-6:]:
        for part in line.segments:
            signed = _SIGNED.search(part.text)
            if signed and (signed.group(1) != name[0]
                           or not roles.same_person(name.split()[-1], signed.group(2))):
                return None  # signed by someone else: the line names another person
    return found


# A letter signed under its date with the writer's name and code, a role noun before it at
# most ("aizgādne Rasma Sprūde, p.k. ...", "Kristers Dzelme, p.k. ..."): a hand's capital may
# read small ("kristers"), so the given name is told by the calendar, not its case.
_SIGNED_WITH_CODE = re.compile(
    rf"^\s*(?:[{_LOWER}]+\s+)??(?P<name>[{_UPPER}{_LOWER}][{_LOWER}]+\s+{_NAME_WORD_RE})"
    rf"\s*,?\s*{CODE_LABEL}\s*:?\s*"
    r"(?P<code>\d{6}\s*-\s*\d{5})(?!\d)")
SIGNATURE_LINES = 4  # lines after the last date line a signature is looked for in


def _signed_with_code(ctx: Context) -> tuple[Found, Found] | None:
    """The writer of a letter with no sender block: the one name and code on a line of the
    closing lines, under the letter's last date line."""
    if not ctx.lines:
        return None
    last_page = ctx.lines[-1].page
    page = [ln for ln in ctx.lines if ln.page == last_page]
    dated = [i for i, ln in enumerate(page) if values.date_value(ln.text) is not None]
    if not dated:
        return None
    candidates = []
    for line in page[dated[-1] : dated[-1] + SIGNATURE_LINES + 1]:
        for segment in line.segments:
            match = _SIGNED_WITH_CODE.match(segment.text)
            if match:
                candidates.append((match, segment, line))
    if len(candidates) != 1:
        return None
    return _sender_found(*candidates[0])


def _name_and_code(match: re.Match[str]) -> tuple[str, str] | None:
    """A writer's name and code as a line matched them: the name begins with a given name (a
    hand's capital read small is put back), the code is a code."""
    written = match.group("name")
    name = values.person_name(written[0].upper() + written[1:])
    code = values.personal_code(match.group("code"))
    if not name or not code or not values.starts_with_given_name(name):
        return None
    return name, code


HEAD_LINES = 8  # the lines of a paper's head where the people it is about are named
# A person read by elimination: no label says whose the line is.
HEAD_PERSON_CONFIDENCE = 0.75
# A head line naming a person with their code and nothing else: "Zelma Ozola, p.k. ...",
# "Ozola Zelma 010101-10101" (a hand's notebook writes the surname first). A hand writes the
# code without its dash too ("Zelma Ozola 01010110101"): eleven digits opening with a day or
# with 32, the whole line a name and a number, are a code (its checksum is checked after).
# A list's number may stand before the name ("1 Zelma Ozola ...").
_NAME_AND_CODE = compile_pattern(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?P<name>{NAME})\s*[,(]?\s*(?:" + CODE_LABEL + r"\s*:?\s*)?"
    r"(?P<code>{CODE}|(?<![\d-])[0-3]\d{10}(?![\d-]))\s*\)?\W*$")


def the_other_person(ctx: Context, found: dict[str, Found | None]) -> None:
    """A paper about two people that labels one ("Asistente Inese Kalniņa, p.k. ...", "asist.
    ...") and names the other on a head line of its own with a code and no label ("Zelma Ozola,
    p.k. ..."): that line is the role the label leaves, when it is the only such line and its
    code is not the labelled person's. A letter's writer is read otherwise (`_sender_line`).
    Read by elimination, below the sure bar; a name written surname first (a hand's notebook)
    is turned round."""
    vocab = ctx.vocab
    if vocab.writer or not ctx.lines:
        return
    pairs = [(name, code) for name, spec in vocab.fields.items()
             if spec.kind == "person_name"
             and (code := name.replace("_name", "_personal_code")) in vocab.fields]
    known = [(n, c) for n, c in pairs if (f := found.get(n)) is not None and f.value]
    missing = [(n, c) for n, c in pairs if (f := found.get(n)) is None or not f.value]
    if len(pairs) != 2 or len(known) != 1 or len(missing) != 1:
        return
    name_field, code_field = missing[0]
    known_name = found[known[0][0]]
    known_code = found.get(known[0][1])
    printed = found.get(code_field)
    labels = [label_regex(label) for spec in vocab.fields.values()
              if spec.kind == "person_name" for label in spec.labels]
    first = ctx.lines[0].page
    fitting: list[tuple[Line, re.Match[str], str]] = []
    for line in [ln for ln in ctx.lines if ln.page == first][:HEAD_LINES]:
        if any(label.search(fold(line.text)) for label in labels):
            continue
        match = _NAME_AND_CODE.match(deaccent(line.text))
        read = values.personal_code(match.group("code")) if match else None
        if match is None or read is None or not values.personal_code_ok(read):
            continue
        if known_code is not None and read == known_code.value:
            continue
        if printed is not None and printed.value and read != printed.value:
            continue
        fitting.append((line, match, read))
    if len(fitting) != 1:
        return
    line, match, read = fitting[0]
    name = parse_value(vocab.fields[name_field], line.text[match.start("name"):match.end("name")])
    if not isinstance(name, str) or (known_name is not None and name == known_name.value):
        return
    turned = " ".join(reversed(name.split()))
    if len(name.split()) == 2 and not values.starts_with_given_name(name) \
            and values.starts_with_given_name(turned):
        name = turned
    cut = len(line.text[:match.end("name")].split())
    name_words, code_words = line.words[:cut], line.words[cut:]
    confidence = min(HEAD_PERSON_CONFIDENCE, _ocr_factor(line.words))
    found[name_field] = Found(name, confidence, "head_person", name_words,
                              warning=f"{name_field}: named in the paper's head without a "
                                      "label; taken for the person the other label leaves")
    if printed is None or not printed.value:
        found[code_field] = Found(read, confidence, "head_person", code_words)


def _beside_code(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """A letter's sender block: the line above a person's code that is only a name ("Veltas
    Ozolas" / "personas kods ..."), or a line just below it that is only an address."""
    if spec.kind == "person_name":
        code_field = spec.name.replace("name", "personal_code")
    else:
        code_field = next((n for n, s in ctx.vocab.fields.items() if s.kind == "personal_code"),
                          "")
    at = ctx.line_of_found(found.get(code_field))
    if at is None:
        return None
    line = ctx.lines[at]
    if spec.kind == "person_name":
        above = ctx.lines[at - 1] if at > 0 else None
        if (above is None or above.page != line.page or len(above.segments) != 1
                or line.top - above.bottom > 1.5 * line.height):
            return None
        # "no Staņislava Dukaļska" over his code: the sender after "no" (from) is named in
        # the genitive, whatever a woman's nominative the same letters would spell.
        sender = re.match(r"no\s", fold(above.text).strip()) is not None
        value = parse_value(spec, above.text, inflected=True,
                            case="genitive" if sender else "auto")
        named = [w for w in above.words if w.text.lower() not in _FUNCTION_WORDS]
        if value is None or len(named) != len(str(value).split()):
            return None  # the line holds more than a name
        return Found(value, FALLBACK_CONFIDENCE * _lines_doubt([above]), "sender_block",
                     above.words)
    for below in ctx.lines[at + 1 : at + 4]:
        if below.page != line.page:
            break
        text = below.text.strip()
        if re.fullmatch(r"[^:]{5,90}LV\s*-?\s*\d{4}\.?", text):
            value = parse_value(spec, text)
            if value is not None:
                return Found(value, FALLBACK_CONFIDENCE * _lines_doubt([below]), "sender_block",
                             below.words)
    return None


def _paired_code(vocab: Vocabulary, name: str) -> str | None:
    """The code field a `people` check pairs with a name field."""
    for check in vocab.checks:
        for pair in check.get("people", []):
            if pair and pair[0] == name:
                return str(pair[1])
    return None


def _only_code_field(vocab: Vocabulary) -> str | None:
    """A paper's one personal code field, when it has one (a certificate about one person)."""
    codes = [n for n, s in vocab.fields.items() if s.kind == "personal_code"]
    return codes[0] if len(codes) == 1 else None


def _name_in_code_row(ctx: Context, name: str, found: dict[str, Found | None]) -> Found | None:
    """The name opening the table row that holds the field's person's code ("Kirills
    Sergejevs | 27.04.2012. | (his code) | ..." under "Vārds, uzvārds | ... | Personas kods"):
    the row is one person's."""
    code_field = _paired_code(ctx.vocab, name) or _only_code_field(ctx.vocab)
    code = found.get(code_field) if code_field else None
    at = ctx.line_of_found(code)
    if code is None or at is None:
        return None
    line = ctx.lines[at]
    if len(line.segments) < 3 or any(code.words[0] is w for w in line.segments[0].words):
        return None
    first = line.segments[0]
    # A list's row number ("2. Roberts Krūze | ...") is no part of the name.
    words = first.words[1:] if _ROW_NUMBER.fullmatch(first.words[0].text) else first.words
    if not words:
        return None
    value = parse_value(ctx.vocab.fields[name], " ".join(w.text for w in words))
    if value is None or not values.starts_with_given_name(str(value)) \
            or len(words) != len(str(value).split()):
        return None
    # Read from the row, not beside its own label: below the sure bar.
    return Found(value, 0.8 * _lines_doubt([line]), "label_loose", words)


_ROW_NUMBER = re.compile(r"\d{1,3}[.)]")


def _name_on_heading_row(ctx: Context, spec: FieldSpec, section: str | None = None
                         ) -> Found | None:
    """A section's heading printed as a row's label cell with the person's name in the next
    cell ("Persona, kurai nepieciešams asistents | Markuss Vilciņš"): the heading names whose
    block it is and the cell after it is that person's name. Worded as no label foresaw, the
    row is read by its cells, below the sure bar."""
    area = ctx.sections.get(section or spec.section or "")
    if area is None or area.column is not None:
        return None
    line = ctx.lines[area.start]
    if len(line.segments) != 2 or re.search(r"\d", line.segments[0].text):
        return None
    cell = line.segments[1]
    words = cell.words
    # "Roberts Strautiņš, p.k. 320517-32081": the name, then the person's code after a comma.
    comma = next((at for at, word in enumerate(words) if word.text.endswith(",")), None)
    if comma is not None and _CODE_AFTER_NAME.fullmatch(
            " ".join(w.text for w in words[comma + 1:])):
        words = [*words[:comma], replace(words[comma], text=words[comma].text[:-1])]
    value = parse_value(spec, " ".join(w.text for w in words))
    if (value is None or not values.starts_with_given_name(str(value))
            or len(words) != len(str(value).split())):
        return None
    return Found(value, 0.8 * _lines_doubt([line]), "label_loose", words)


_CODE_AFTER_NAME = re.compile(rf"(?:{CODE_LABEL}\s*:?\s*)?\d{{6}}\s*-?\s*\d{{5}}",
                              re.IGNORECASE)


_NAME_BEFORE_CODE = compile_pattern(
    r"(?<![\w.])(?P<name>{NAME})\s*[,(]\s*(?:[^\s\d,()]{1,9}\.?\s+){0,3}?(?P<code>{CODE})")


def _name_before_code(ctx: Context, spec: FieldSpec,
                      found: dict[str, Found | None]) -> Found | None:
    """A certificate's one person as the name printed right before the code it found, with at
    most a few short words between (a label OCR garbled: "Edmunds Mucenieks, pe ads 230190-...").
    The label's words are not read, so the name stays below the sure bar."""
    code_field = next((n for n, s in ctx.vocab.fields.items() if s.kind == "personal_code"), "")
    code = found.get(code_field)
    if code is None or not code.value:
        return None
    for match in _NAME_BEFORE_CODE.finditer(ctx.plain):
        if values.personal_code(match.group("code")) != code.value:
            continue
        raw = ctx.text[match.start("name"):match.end("name")]
        value = parse_value(spec, raw, inflected=True)
        if value is None:
            continue
        words = ctx.words_in(match.start("name"), match.end("name"))
        return Found(value, min(0.7, _ocr_factor(words)), "beside_name", words)
    return None


_CODE_CELL = re.compile(rf"^\s*(?:{CODE_LABEL}\s*:?\s*)?\d{{6}}\s*-\s*\d{{5}}\s*$")


def _other_in_row(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """A paper about two people (a timesheet's client and assistant) printing both as cells of
    one row of values, each name followed by its code ("Anna Ozola | DDMMYY-NNNNN | Jānis
    Bērziņš | DDMMYY-NNNNN"), the captions under them partly lost (a scan dropped
    "klients" in small print): the person in the row who is not the other one found is this
    one. Only when the row holds exactly two such pairs; told by elimination: a guess."""
    other = found.get(spec.other_than or "")
    at = ctx.line_of_found(other)
    if other is None or at is None or not other.value:
        return None
    segments = ctx.lines[at].segments
    pairs = [(seg, nxt) for seg, nxt in pairwise(segments)
             if _CODE_CELL.match(nxt.text) and not re.search(r"\d", seg.text)]
    if len(pairs) != 2:
        return None
    theirs = [seg for seg, _code in pairs if fold(seg.text) != fold(str(other.value))]
    if len(theirs) != 1:
        return None
    value = parse_value(spec, theirs[0].text)
    if value is None or not values.starts_with_given_name(str(value)) \
            or len(theirs[0].words) != len(str(value).split()):
        return None
    return Found(value, min(GUESS_CONFIDENCE, _lines_doubt([ctx.lines[at]])), "other_in_row",
                 theirs[0].words,
                 warning=f"{spec.name}: the one of two people in a row not named "
                         f"{spec.other_than}")


def _other_code(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    """In prose with two people, the personal code that is not the other person's."""
    other = found.get(spec.other_than or "")
    if other is None or not other.value:
        return None
    for match in compile_pattern("{CODE}").finditer(ctx.plain):
        code = values.personal_code(match.group(0))
        if code and code != other.value:
            return Found(code, 0.85, "other_code")
    return None


def _column_name(ctx: Context, spec: FieldSpec, index: int, x0: float) -> Found | None:
    """The name a table row prints in the column starting at `x0` (a list's cell), if any."""
    line = ctx.lines[index]
    for segment in line.segments:
        if abs(segment.words[0].x0 - x0) > 12:
            continue
        value = parse_value(spec, segment.text)
        if (value is None or not values.starts_with_given_name(str(value))
                or len(segment.words) != len(str(value).split())):
            return None
        return Found(value, 0.8 * _lines_doubt([line]), "label_loose", segment.words)
    return None


def one_of_a_list(ctx: Context, name: str, found: dict[str, Found | None]) -> None:
    """A paper about one person that lists several in rows ("Nr. | Vārds, uzvārds | Personas
    kods" over three pupils) is about the one whose row holds the code it states, not the
    first row under the header; with no such row the name read is one of several: not sure."""
    item = found.get(name)
    at = ctx.line_of_found(item)
    if item is None or at is None or not item.words or item.how != "label_loose":
        return
    spec = ctx.vocab.fields[name]
    x0 = item.words[0].x0
    page = ctx.lines[at].page
    neighbours = [i for i in (at - 1, at + 1) if 0 <= i < len(ctx.lines)
                  and ctx.lines[i].page == page and _column_name(ctx, spec, i, x0) is not None]
    if not neighbours:
        return
    code_field = _paired_code(ctx.vocab, name) or _only_code_field(ctx.vocab) or ""
    code = found.get(code_field)
    row = ctx.line_of_found(code)
    if code is not None and row is not None and row != at and ctx.lines[row].page == page:
        theirs = _column_name(ctx, spec, row, x0)
        if theirs is not None:
            theirs.warning = (f"{name}: the paper lists several people; the one whose row holds "
                              "the code")
            found[name] = theirs
            return
    if row == at:
        return  # the code stands in the name's own row: that row is the person's
    item.confidence = min(item.confidence, GUESS_CONFIDENCE)
    item.warning = "; ".join(filter(None, [item.warning,
                                           f"{name}: one of several people the paper lists"]))
