"""A value found in running text by one of its field's prose patterns.

When no label gives a field's value, its vocabulary's patterns ("dzimis {DATE}", "{NAME},
personas kods {CODE}") are tried on the document's text. A match is weighed for whose and
which it is: after the title or in the letterhead, across table columns, on an unmarked
option, another person's, the issuer's contact, a birthday, or one of several rival values
on the page. Kept apart from the label readers, which read a value beside its label.
"""

from __future__ import annotations

import re
from typing import Any

from . import values
from .column_text import value_in_its_column
from .document import Word
from .employment import without_workplace
from .evidence import (
    BASE_CONFIDENCE,
    FALLBACK_CONFIDENCE,
    GUESS_CONFIDENCE,
    GUESSED_ENDS,
    ONE_OF_SEVERAL,
    Found,
    _ocr_factor,
    evidence_ceilings,
)
from .layout import Line, fold
from .marks import OFF_GLYPHS, ON_GLYPHS
from .phrase_patterns import _context_free, compile_pattern, deaccent
from .reading_context import Context
from .value_parsing import _Null, parse_value
from .vocabulary import FieldSpec
from .whose_value import (
    _BIRTH_BEFORE,
    _PERSON_KINDS,
    _birth_dates,
    _issuers,
    _other_persons,
    _someone_elses_line,
)

# A hand's "p." the marks' reader took for a box ("☐ k. DDMMYY-NNNNN"): before a personal
# code only "p. k." stands there. Replaced letter for letter, so offsets stay the text's.
_BOX_FOR_P = re.compile(r"[☐□] k\.(?=\s*\d{6}-?\d{5}(?!\d))")
# A system's record parts a name from its code's label by a middle dot where a hand writes a
# comma ("Klients Jānis Ozols · p.k. ..."): a comma to the patterns, one letter for one.
_DOT_BEFORE_CODE = re.compile(r"[·•](?=\s*(?:p\.\s*k\.|pers\.\s*k\.|personas\s+kods))", re.I)


def _compound_of(word: str, regex: str) -> bool:
    """Whether a word ends in a noun the pattern spells ("generalpilnvara" of "pilnvara"): a
    compound of the pattern's own common noun."""
    return any(len(word) > len(noun) and word.endswith(noun)
               for noun in re.findall(r"[a-z]{5,}", fold(regex)))


def _from_patterns(ctx: Context, spec: FieldSpec) -> Found | None:
    if not spec.patterns:
        return None
    # Prose patterns carry their own context, so they read the whole text (sections are for
    # labels); only a header-bound field keeps to the letterhead.
    if spec.region == "header":
        span = ctx.span(spec) or (0, len(ctx.lines))
        text = ctx.text_of(*span)
    else:
        text = ctx.text
    plain = _DOT_BEFORE_CODE.sub(",", _BOX_FOR_P.sub("p.k.", deaccent(text)))
    for pattern in spec.patterns:
        for match in compile_pattern(pattern.regex).finditer(plain):
            if "value" in match.groupdict():
                start, end = match.span("value")
            else:
                start, end = match.span()
            if spec.kind == "institution" and text is ctx.text:
                start = _after_title(ctx, start, end)
            if spec.kind in _PERSON_KINDS and text is ctx.text:
                start = _below_title_line(ctx, start, end)
            matched_end = end
            if spec.kind == "text" and text is ctx.text:
                end = _title_end(ctx, start, end)
                end = _before_next_lines_number(ctx, start, end)
            if spec.kind == "text" and _LOCATIVE_WORD.fullmatch(text[start:end].strip()):
                # Patterns match folded letters: "Persona aizgādnībā" (the locative, a state)
                # met the nominative's "aizgādnība" (the kind of representation). One word
                # printed with the locative's long vowel is no name of a thing.
                continue
            raw = text[start:end]
            if spec.kind == "text" and _recounted(text, start, raw):
                continue  # "Ar ... tiesas spriedumu ... nodibināta aizgādnība": another act's
            in_column = None
            if text is ctx.text and spec.kind in _RUNNING_TEXT and end == matched_end:
                # A sentence wrapping down its column past a margin's words: read it there
                # (a title ended with its line is no sentence running on).
                in_column = value_in_its_column(ctx, compile_pattern(pattern.regex), match)
                raw = in_column[0] if in_column is not None else raw
            if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
                continue  # "dzimšanas datums 30.04.1968": someone's birth, not the paper's date
            if spec.region == "dateline" and parse_value(spec, raw) in _birth_dates(ctx):
                continue
            if (spec.region == "dateline" and _context_free(pattern.regex)
                    and _another_dates_label(ctx, spec, plain[max(0, start - 40):start])):
                continue  # "Strādā no: 2022. gada 1. aprīļa": a start's date, not the paper's
            if spec.kind in _PERSON_KINDS and _other_persons(ctx, text[max(0, start - 40):start]):
                continue  # "priekšsēdētāja Anita Bērziņa, personas kods ...": an official's
            if spec.kind == "text" and pattern.inflected and spec.name == "position":
                raw = without_workplace(raw)
            # A name in prose may stand in any case; the nominative stays as it is.
            value = parse_value(spec, raw, feminine=ctx.feminine, case=pattern.case,
                                inflected=pattern.inflected or spec.kind == "person_name")
            if (isinstance(value, str) and spec.kind == "text"
                    and (value.isupper() or (" " not in value and value[1:].islower()))
                    and (fold(value) in fold(pattern.regex)
                         or (" " not in value and _compound_of(fold(value), pattern.regex)))):
                # The pattern's own common noun printed as a title ("PILNVARA") or opening a
                # sentence ("Pilnvara derīga ..."): a word, not a name, written as running
                # text writes it.
                value = value.lower()
            if value is not None and _on_unmarked_option(ctx, start, end, text):
                continue  # "☐ redzes traucējumi (I grupa)": a printed option, not a statement
            if (value is not None and spec.kind == "text"
                    and fold(str(value)) in {fold(label) for other in ctx.vocab.fields.values()
                                             for label in other.labels}):
                # "izglītības programma" or the next column's "Mācību slodze" in a heading
                # row: a field's label, no value.
                continue
            if value is not None and spec.kind in _CONTACT_KINDS and _issuers(ctx, value, start,
                                                                              text):
                continue  # the issuer's own telephone or e-mail in its letterhead or footer
            if value is not None and spec.kind in _CONTACT_KINDS and text is ctx.text \
                    and _someone_elses_line(ctx, _line_before(ctx, start)):
                continue  # a helper's or an official's contact on the line naming him
            if value is not None and spec.kind == "address" and _across_columns(
                    ctx, ctx.words_in(start, end) if text is ctx.text else []):
                continue  # text of two blocks side by side, joined by the line: no address
            if (value is not None and spec.kind == "text" and text is ctx.text
                    and in_column is None and _opens_a_label_line(ctx, ctx.words_in(start, end))):
                continue  # "... izglītības programma" / "Kurss, grupa:": the next line's label
            if value is not None:
                words = ctx.words_in(start, end) if text is ctx.text else []
                words = in_column[1] if in_column is not None else words
                base = BASE_CONFIDENCE["pattern"]
                warning = None
                how = "pattern"
                if _context_free(pattern.regex):
                    how = "fallback"
                    # Any date or code on the page: sure only when it is the only one.
                    others = _distinct_values(spec, pattern, plain, text) - {_key(value)}
                    base = FALLBACK_CONFIDENCE if not others else GUESS_CONFIDENCE
                    if others:
                        warning = f"{spec.name}: the first of several on the page, by position"
                if how == "pattern" and spec.kind in _RUNNING_TEXT and _across_columns(ctx, words):
                    # "Ludzas | dienas centrs" / "nov., LV-5701": the match ran on into the
                    # next column's cell; where the value ends is a guess.
                    base = GUESSED_ENDS
                    warning = f"{spec.name}: the value runs across a neighbouring column"
                # How sure the route is, against a label's (which value is taken); the doubts
                # below are about the value itself and lower only its confidence.
                structural = base
                if spec.kind == "text" and pattern.inflected:
                    base = min(base, evidence_ceilings().get("text_from_inflected", 1.0))
                if spec.kind == "institution" and values.only_kind(str(value)):
                    # "Dienas aprūpes centrs" and no name of its own: the name was lost.
                    base = min(base, GUESS_CONFIDENCE)
                    warning = f"{spec.name}: names only the kind of institution"
                if pattern.mention:
                    # A decision mentioned in passing ("Ar ... lēmumu ... pārtrauktas ..."):
                    # maybe the basis, maybe an earlier one the paper recounts; any value a
                    # label or a title names goes first.
                    how = "mention"
                    warning = f"{spec.name}: only mentioned in the text, not named as such"
                    structural = base = min(base, evidence_ceilings().get("mention", 1.0))
                if how == "pattern" and _rival_values(ctx, spec, plain, text, value):
                    # "LĒMUMS Nr. K-19/6605 ... ATZINUMS Nr. K-19/6611A": the page's wording
                    # offers another value as well; the first is only the likelier.
                    base = min(base, ONE_OF_SEVERAL)
                    warning = warning or f"{spec.name}: the text offers more than one value"
                return Found(value, base * _ocr_factor(words), how, words,
                             warning=warning, structural=structural)
    return None


def _opens_a_label_line(ctx: Context, words: list[Word]) -> bool:
    """Whether a prose match's value opens a line of its own that is a printed label: the
    value's first word opens its segment (of a few words) and the segment ends with a colon
    ("Kurss, grupa:" under "... izglītības programma", a form whose labels stand over their
    values: the page's lines joined by spaces run the one into the other)."""
    if not words:
        return False
    at = ctx.line_index(words[0])
    if at is None:
        return False
    line = ctx.lines[at]
    segment = next((s for s in line.segments if s.words and s.words[0] is words[0]), None)
    return segment is not None and segment.text.rstrip().endswith(":") and len(segment.words) <= 4


# A sentence's start: its stop and the capital after it ("2024. gada" and "Nr. 1-14" go on).
_SENTENCE_STOP = re.compile(r"[.!?:;]\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])|\n\s*\n")
# A sentence opening with another act as its agent, in the instrumental ("Ar Sēlijas rajona
# tiesas spriedumu ..."); "Ar šo lēmumu" (this very paper) is not another's. The page's lines
# are joined by spaces, so a title line above runs into the sentence: "Ar" with its capital
# opens it.
_BY_ANOTHER_ACT = re.compile(
    r"(?<![\w-])Ar\s+(?!(?:šo|šī|šīs|so|si|sis)\b)(?:\S+\s+){0,10}?"
    r"(?:spriedum|l[eē]mum|nol[eē]mum)u\b")


def _recounted(text: str, start: int, raw: str) -> bool:
    """Whether a one-word text value (a kind of representation, "aizgādnība") stands in a
    sentence recounting what another act did ("Ar Sēlijas rajona tiesas spriedumu Valentīnam
    Pušpuram ... nodibināta aizgādnība."): that act's doing, not the paper's own basis."""
    if re.search(r"\d|\s", raw.strip()):
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    sentence = text[stops[-1] if stops else 0:start]
    return bool(_BY_ANOTHER_ACT.search(sentence))


# A date's role word right before it, a colon or not ("no: ...", "kopš ...", "līdz: ...").
_ROLE_BEFORE = re.compile(r"(?:\bno|\bkops|\blidz|\bsakot ar)\s*:?\s*$")


def _another_dates_label(ctx: Context, spec: FieldSpec, before: str) -> bool:
    """Whether the words before a date make it another date's: a start's or an end's word, or
    another date field's label ("Strādā no:", "Darba attiecību sākums:") ending there."""
    folded = fold(before)
    if _ROLE_BEFORE.search(folded):
        return True
    return any(re.search(rf"\b{re.escape(fold(label))}\s*:?\s*$", folded)
               for name, other in ctx.vocab.fields.items()
               if name != spec.name and other.kind == "date" for label in other.labels)


def _opening_line(ctx: Context, start: int, end: int) -> tuple[list[Word], int, Line] | None:
    """The words of a prose match, the index of the line it opens on, and that line."""
    words = ctx.words_in(start, end)
    if not words:
        return None
    first = ctx.line_index(words[0])
    if first is None:
        return None
    return words, first, ctx.lines[first]


def _after_title(ctx: Context, start: int, end: int) -> int:
    """Where a name found across lines really starts: a title line in capitals above it
    ("APLIECINĀJUMS" / "Dienas aprūpes centrs apliecina ...", OCR's "CINĀJUMS") is no part of
    it (the page's lines are joined by spaces, so a prose match can run over them)."""
    opening = _opening_line(ctx, start, end)
    if opening is None:
        return start
    words, first, line = opening
    rest = [w for w in words if ctx.line_index(w) != first]
    if not rest or not all(w in words for w in line.words):
        return start
    if not (line.text.isupper() and len(line.words) <= 2) or values.names_organisation(line.text):
        return start  # "SIA" / "Ventas Datori", "DIENAS CENTRS" / "„Saulespuķe”": the name's own
    at = next(a for a, _, w in ctx.offsets if w is rest[0])
    return max(start, at)


def _below_title_line(ctx: Context, start: int, end: int) -> int:
    """Where a name found across lines starts when it opened on the paper's title line: the
    title, or its translation set beside it ("Apliecinājums        Certificate" over "Anna
    Ozola, personas kods ..."), names the paper, no person; the name is the part on the lines
    under it (the page's lines are joined by spaces, so a prose match can run over them)."""
    opening = _opening_line(ctx, start, end)
    if opening is None or ctx.title_line is None:
        return start
    words, first, _ = opening
    rest = [w for w in words if ctx.line_index(w) != first]
    if first != ctx.title_line or not rest:
        return start
    at = next(a for a, _, w in ctx.offsets if w is rest[0])
    return max(start, at)


_LOCATIVE_WORD = re.compile(r"[^\W\d_]+[āēīū]")


def _before_next_lines_number(ctx: Context, start: int, end: int) -> int:
    """Where a text value ends that ran from its line into the next one's opening number
    ("programma Informācijas tehnoloģijas" / "2. st. g., 24 kontaktst./ned."): a line opening
    with a number is an item of its own (a year of study, a list's next point), no part of a
    name; the value ends with its line."""
    words = ctx.words_in(start, end)
    if len(words) < 2:
        return end
    first = ctx.line_index(words[0])
    later = [w for w in words if ctx.line_index(w) != first]
    if not later or not all(re.fullmatch(r"\d{1,3}[.)]?", w.text) for w in later):
        return end
    if first is None:
        return end
    if later[0] is not ctx.lines[ctx.line_index(later[0]) or first].words[0]:
        return end
    last = [w for w in words if ctx.line_index(w) == first][-1]
    return min(end, next(b for _, b, w in ctx.offsets if w is last))


def _title_end(ctx: Context, start: int, end: int) -> int:
    """Where a text value opening a title line ends: a title in capitals standing alone on its
    line ("PILNVARA" over "Skaistkalnē, 2025. gada 27. janvārī") ends with its line, for the
    page's lines are joined by spaces and a prose match runs on into the next."""
    opening = _opening_line(ctx, start, end)
    if opening is None:
        return end
    words, first, line = opening
    below = [w for w in words if ctx.line_index(w) != first]
    if line.words[0] is not words[0] or not line.text.isupper() or not below:
        return end
    if ctx.lines[ctx.line_index(below[0]) or first].text.isupper():
        return end  # a title wrapped over two lines in capitals goes on
    return min(end, next(b for _, b, w in ctx.offsets if w is line.words[-1]))


_CONTACT_KINDS = frozenset({"phone", "email"})


def _line_before(ctx: Context, start: int) -> str:
    """The page's text on the line of `start`, before it."""
    return ctx.text[ctx.text.rfind("\n", 0, start) + 1:start]
# Values read as running words, which a prose match may carry into the next column.
_RUNNING_TEXT = frozenset({"address", "text", "person_name", "institution"})


def _across_columns(ctx: Context, words: list[Word]) -> bool:
    """Whether words a prose match used lie in two segments of one line: a form's blocks
    side by side ("Ludzas | dienas centrs"), which the joined text reads as one sentence."""
    used = {id(w) for w in words}
    for at in {i for w in words if (i := ctx.line_index(w)) is not None}:
        touched = [seg for seg in ctx.lines[at].segments if any(id(w) in used for w in seg.words)]
        if len(touched) > 1:
            return True
    return False


def _on_unmarked_option(ctx: Context, start: int, end: int, text: str) -> bool:
    """Whether a match lies in an option printed with an empty box before it on its line."""
    if text is not ctx.text:
        return False
    words = ctx.words_in(start, end)
    at = ctx.line_index(words[0]) if words else None
    if at is None:
        return False
    line_words = ctx.lines[at].words
    # A box standing for the "p" of "p. k." (its next word "k.") is no option's box.
    before = [w.text for n, w in enumerate(line_words) if w.x0 < words[0].x0 - 0.5
              and not (w.text in OFF_GLYPHS and n + 1 < len(line_words)
                       and line_words[n + 1].text.startswith("k."))]
    glyphs = [g for w in before for g in w if g in ON_GLYPHS + OFF_GLYPHS]
    return bool(glyphs) and glyphs[-1] in OFF_GLYPHS


def _rival_values(ctx: Context, spec: FieldSpec, plain: str, text: str, value: Any) -> bool:
    """Whether the field's patterns with words of their own find another value too."""
    if spec.kind in ("enum", "bool"):
        return False
    for pattern in spec.patterns:
        if _context_free(pattern.regex):
            continue
        for match in compile_pattern(pattern.regex).finditer(plain):
            start, end = match.span("value") if "value" in match.groupdict() else match.span()
            if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
                continue
            if spec.kind in _PERSON_KINDS and _other_persons(ctx, text[max(0, start - 40):start]):
                continue
            other = parse_value(spec, text[start:end], feminine=ctx.feminine, case=pattern.case,
                                inflected=pattern.inflected or spec.kind == "person_name")
            if other is None or isinstance(other, _Null) or _key(other) == _key(value):
                continue
            if spec.kind in _CONTACT_KINDS and _issuers(ctx, other, start, text):
                continue
            if spec.region == "dateline" and other in _birth_dates(ctx):
                continue
            if _on_unmarked_option(ctx, start, end, text):
                continue
            return True
    return spec.kind == "phone" and _another_phone(ctx, plain, text, value)


# A Latvian telephone number standing on its own: eight digits from a 2 (mobile) or a 6
# (landline), spaced or not, the country code or not; not a piece of a longer number or code.
_PHONE_SHAPE = re.compile(r"(?<![\w-])(?:\+371\s*)?[26](?:\s?\d){7}(?![\w-])")


def _another_phone(ctx: Context, plain: str, text: str, value: Any) -> bool:
    """Whether the page prints another telephone number than the one a pattern found beside
    a telephone's word, not the issuer's: a consultant's, a relative's or a signer's number
    after a telephone's word, the applicant's own printed bare. Which of them is the
    applicant's was told by which came first (read blind in round 28: a consultant's number
    taken for the applicant's at 0.89)."""
    wanted = re.sub(r"\D", "", str(value))[-8:]
    for match in _PHONE_SHAPE.finditer(plain):
        digits = re.sub(r"\D", "", match.group(0))[-8:]
        if digits == wanted or _issuers(ctx, digits, match.start(), text):
            continue
        return True
    return False


def _key(value: Any) -> str:
    return repr(value)


def _distinct_values(spec: FieldSpec, pattern: Any, plain: str, text: str) -> set[str]:
    found: set[str] = set()
    for match in compile_pattern(pattern.regex).finditer(plain):
        start, end = match.span("value") if "value" in match.groupdict() else match.span()
        if spec.region == "dateline" and _BIRTH_BEFORE.search(text[max(0, start - 30):start]):
            continue
        value = parse_value(spec, text[start:end])
        if value is not None:
            found.add(_key(value))
    return found
