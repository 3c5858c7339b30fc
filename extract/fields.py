"""The field engine: a doc_type's vocabulary applied to a document's lines.

For each field, in order: a filled AcroForm value; a value beside or under one of its
labels (inside its section when it has one); a prose pattern; the field's default or the
field it copies (`same_as`). Every candidate is parsed by its kind; the best parsed one
wins. Confidence starts from how the value was found and drops for distance from the
label, low OCR confidence of the words used, guesses, and values that fail validation.

This module is the dispatch: which readers a field tries, by its kind and region, and the
passes over all fields once read (names bound to codes, a sender line, a timesheet's total,
values mended from a damaged scan). The readers live in modules named after what they read
(`labels`, `prose_patterns`, `letterhead`, `dates_by_role`, `stated_options`, `activities`,
`listed_items`, `names_and_codes`, `decision_title`, `timesheet_fields`, `named_people`);
they share `evidence` (`Found`, confidences), `reading_context` (`Context`), `sections`,
`value_parsing`, `value_bounds`, `yes_no`, `person_names`, `whose_value` and
`phrase_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..forms.institution_names import has_legal_form, is_common_word_name
from . import (
    employment,
    hand_restore,
    prose_list,
    repair,
    roles,
    service_term,
    values,
    weekly_hours,
)
from .activities import _activities
from .certified_dates import check_issue_after_certified
from .cross_checks import cross_check
from .dates_by_role import (
    _copy_dateline_cap,
    _from_date_stamp,
    _from_dateline,
    _from_status_stamp,
    _from_time_stamp,
    _own_date_not_an_end,
)
from .decision_title import _extracted_act, _own_decision
from .document import ReadDocument
from .evidence import (
    BASE_CONFIDENCE,
    GUESS_CONFIDENCE,
    ONE_OF_SEVERAL,
    Extraction,
    Found,
    _lines_doubt,
    _ocr_factor,
    _words_by_ocr,
    evidence_ceilings,
)
from .handwriting import HAND_BELOW
from .labels import _from_form, _from_labels, _name_in_two_columns
from .layout import Line, find_label_values, fold
from .letterhead import _from_letterhead
from .listed_items import _SPECK_DOT, _bullets_after_support, _items
from .mail_header import sent_date, signed_after_header
from .marks import MARK_ANY, MARK_ON
from .name_marks import prefer_marked_names
from .named_people import (
    _AS_PRINTED,
    _appointed,
    _bind_codes,
    _doubt_first_word,
    _doubt_inflection,
    _mend_split_surname,
)
from .names_and_codes import (
    _beside_code,
    _code_beside_name,
    _name_before_code,
    _name_in_code_row,
    _name_on_heading_row,
    _name_over_code,
    _other_code,
    _other_in_row,
    _sender_line,
    _split_name,
    one_of_a_list,
    the_other_person,
)
from .phrase_patterns import _stem
from .postcodes import doubt_postcodes
from .prose_patterns import _from_patterns
from .reading_context import Context
from .relative_dates import given_this_year
from .side_by_side import doubt_side_by_side
from .stated_options import _enum_set, _from_phrases
from .timesheet_fields import (
    _month_from_rows,
    _month_year_mended,
    _timesheet_entries,
    _timesheet_rows_checked,
    _timesheet_signatures,
    _timesheet_total,
)
from .translation import names_foreign_state
from .value_parsing import _NULL, _Null, _number, parse_value
from .vocabulary import FieldSpec, Vocabulary
from .whose_value import _PERSON_KINDS, _another_person, _codes_on_page
from .yes_no import _asked, _bool_columns

# Evidence that says where a value is but not whose it is: a prose pattern, a label's words met
# loosely or split, a sender block. A printed role label ("Bērna personas kods") is not here.
_ROLE_JUDGED = frozenset({"pattern", "label_loose", "label_split", "label_in_prose",
                          "sender_block", "fallback"})


# --- the engine ---------------------------------------------------------------------------


def extract_fields(
    document: ReadDocument, lines: list[Line], vocab: Vocabulary, title_line: int | None = None
) -> Extraction:
    """Every contract field of `vocab.doc_type`, with per-field confidence and warnings."""
    ctx = Context(document, lines, vocab, title_line)
    found: dict[str, Found | None] = {}
    for name, spec in vocab.fields.items():
        found[name] = _find(ctx, spec, found)
        item = found[name]
        if (name == "person_name" and ctx.feminine is None and item
                and isinstance(item.value, str) and _one_person(vocab)):
            # No pronoun: the only person's name tells "par operatori" is "operatore".
            ctx.feminine = values.feminine_name(item.value)
        if spec.kind in ("entries", "items") and item is not None and item.value == []:
            # Nothing read where rows or items were expected: not a sure "none".
            item.confidence = min(item.confidence, GUESS_CONFIDENCE)
        elif spec.kind == "entries" and item is not None and any(
            isinstance(row, dict) and None in row.values() for row in item.value
        ):
            # A row with a part unread (an activity no synonym names) is not sure as a whole.
            item.confidence = min(item.confidence, BASE_CONFIDENCE["copy"])
    if vocab.employment:
        _employment_sentence(ctx, found)
    if vocab.writer and found[vocab.writer[0]] is None:
        writer = _sender_line(ctx)
        if writer is not None:
            found[vocab.writer[0]], code = writer
            printed = found[vocab.writer[1]]
            if printed is None or printed.how not in _AS_PRINTED:
                found[vocab.writer[1]] = code
    for name, spec in vocab.fields.items():
        if found[name] is None and spec.kind in ("person_name", "address"):
            found[name] = _beside_code(ctx, spec, found)
        if found[name] is None and spec.kind == "person_name":
            found[name] = _name_in_code_row(ctx, name, found)
        if found[name] is None and spec.kind == "person_name":
            found[name] = _name_over_code(ctx, name, found)
        if found[name] is None and spec.kind == "person_name" and spec.section:
            found[name] = _name_on_heading_row(ctx, spec)
        elif found[name] is None and spec.kind == "person_name" and spec.not_in \
                and name.endswith("_name") and name[:-5] in vocab.sections:
            # A field read outside the other people's blocks, whose person has a block of
            # their own opened by a role's row ("Aizgādne | Dace Ozola, ..."): that row's name.
            found[name] = _name_on_heading_row(ctx, spec, name[:-5])
        if found[name] is None and spec.kind == "person_name" and spec.other_than:
            found[name] = _other_in_row(ctx, spec, found)
        if found[name] is None and spec.kind == "person_name":
            the_other_person(ctx, found)
        if found[name] is None and spec.kind == "person_name" and _one_person(vocab):
            found[name] = _name_before_code(ctx, spec, found)
        elif found[name] is None and spec.kind == "personal_code":
            found[name] = _code_beside_name(ctx, spec, found)
            holder = found.get(name.replace("personal_code", "name"))
            beside = found[name]
            if beside is not None and holder is not None and holder.how == "other_in_row":
                # Whose code it is rests on whose name it follows: told by elimination.
                beside.confidence = min(beside.confidence, holder.confidence)
    if _one_person(vocab):
        for name, spec in vocab.fields.items():
            if spec.kind == "person_name":
                one_of_a_list(ctx, name, found)
    if any(spec.kind == "entries" for spec in vocab.fields.values()):
        the_other_person(ctx, found)  # the rows' reading may have named the labelled one
        _timesheet_total(ctx, found)
        _timesheet_rows_checked(ctx, found)
    _appointed(ctx, found)
    for name, spec in vocab.fields.items():
        if spec.kind == "person_name":
            _doubt_inflection(ctx, name, found)
            _mend_split_surname(ctx, name, found)
            _doubt_first_word(name, found)
    _mend_scanned(ctx, found)
    _bind_codes(ctx, found)
    if any(spec.own_decision for spec in vocab.fields.values()):
        _extracted_act(ctx, found)
    for name, spec in vocab.fields.items():
        if spec.own_decision:
            found[name] = _own_decision(ctx, spec, found)
    for name, spec in vocab.fields.items():
        if found[name] is None and spec.same_as and found.get(spec.same_as) is not None:
            if _two_codes(vocab, found, name, spec.same_as):
                continue  # each block has a code of its own: two people, the name is not copied
            if spec.kind == "personal_code" and _two_named(vocab, found, name, spec.same_as):
                continue  # "Es, A, ... lūdzu ... B, personas kods ...": B's code is not A's
            source = found[spec.same_as]
            assert source is not None  # narrowed for mypy; checked just above
            copy = Found(source.value, min(source.confidence, BASE_CONFIDENCE["copy"]), "copy")
            if spec.kind in _PERSON_KINDS and _another_person(ctx, found):
                copy.confidence = min(copy.confidence, GUESS_CONFIDENCE)
                copy.warning = (f"{name}: copied from {spec.same_as} although the document "
                                "prints another person's code")
                _doubt_the_one_role(ctx, found, spec.same_as)
            found[name] = copy
    result: dict[str, Any] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []
    boxes: dict[str, list[float]] = {}
    sources: dict[str, str] = {}
    people = _codes_on_page(ctx)
    for name, spec in vocab.fields.items():
        item = found[name]
        sources[name] = item.how if item is not None else "none"
        if item is None:
            default = None if spec.default_if_asked else spec.default
            result[name] = [] if spec.kind in {"activities", "entries", "items", "enum_set"} else (
                default
            )
            confidence[name] = 0.0 if default is None else GUESS_CONFIDENCE
            continue
        value = None if isinstance(item.value, _Null) else item.value
        if spec.kind == "personal_code" and value and _foreign_code(ctx, item):
            # "Personas kods (Lietuvas Republika) 61103190284": another state's identifier.
            result[name], confidence[name], sources[name] = None, 0.0, "none"
            warnings.append(f"{name}: the code printed is another state's, not a Latvian one")
            continue
        result[name] = value
        if item.words and len({w.page for w in item.words}) == 1:
            boxes[name] = [item.words[0].page, min(w.x0 for w in item.words),
                           min(w.top for w in item.words), max(w.x1 for w in item.words),
                           max(w.bottom for w in item.words)]
        # No evidence kind reports more than its measured share right (evidence_confidence.yaml).
        ceiling = evidence_ceilings().get(item.how, 1.0)
        if spec.kind in _PERSON_KINDS and item.how in _ROLE_JUDGED and len(people) > 1:
            # Whose name or code it is was judged from the words around it while the page
            # names several people: read blind, such values were right 80 % of the time.
            ceiling = min(ceiling, evidence_ceilings().get("role_among_people", 1.0))
        if spec.kind in _PERSON_KINDS and ctx.roles_by_order and item.how in _BESIDE_LABEL:
            # Two blocks of the same labels, neither headed by whose it is: the second taken
            # for the client by order (read blind in round 28: a scan's two people swapped).
            ceiling = min(ceiling, evidence_ceilings().get("role_among_people", 1.0))
            if item.warning is None:
                warnings.append(f"{name}: whose block it is was told by order only")
        confidence[name] = round(max(0.0, min(ceiling, item.confidence)), 2)
        if spec.kind == "personal_code" and value and not values.personal_code_ok(value):
            confidence[name] = min(confidence[name], 0.4)
            warnings.append(f"{name}: personal code fails its checksum (kept as read)")
        if item.warning:
            warnings.append(item.warning)
        if item.words and _ocr_factor(item.words) < 0.8:
            warnings.append(f"{name}: read from doubtful OCR text")
    kinds = {name: spec.kind for name, spec in vocab.fields.items()}
    cross_check(result, kinds, list(vocab.checks), ctx.text, confidence, warnings)
    prefer_marked_names(kinds, result, ctx.text, confidence, warnings)
    doubt_side_by_side(ctx, found, kinds, list(vocab.checks), result, confidence, warnings,
                       dict(vocab.fields), boxes)
    doubt_postcodes(kinds, result, ctx.text, confidence, warnings)
    _own_date_not_an_end(vocab, result, confidence, warnings)
    check_issue_after_certified(ctx, vocab, result, confidence, warnings, sources, boxes)
    for field_name, message in values.validation_problems(vocab.doc_type, result).items():
        if field_name in confidence:
            confidence[field_name] = min(confidence[field_name], 0.5)
        # forms' messages may already start with the field's name.
        note = message if message.startswith(field_name) else f"{field_name}: {message}"
        if not any(w.startswith(f"{field_name}:") for w in warnings):
            warnings.append(note)
    return Extraction(result, confidence, warnings, boxes, sources)


# Routes a sentence's grammar outranks when they disagree: each took a value from words
# around it without knowing the words' roles (the first organisation on the page, whatever
# follows "amatā").
_WEAKER_THAN_GRAMMAR = frozenset({"pattern", "label_in_prose", "fallback", "letterhead"})


def _foreign_code(ctx: Context, item: Found) -> bool:
    """Whether the line a code was read on labels it another state's before the code."""
    if not item.words:
        return False
    first = item.words[0]
    line = next((ln for ln in ctx.lines if any(w is first for w in ln.words)), None)
    if line is None:
        return False
    before = " ".join(w.text for w in line.words[:[id(w) for w in line.words].index(id(first))])
    return names_foreign_state(before)


def _same_fact(a: Any, b: Any) -> bool:
    """Two readings of one value, quotation marks and letter case aside."""
    def plain(value: Any) -> str:
        return fold(re.sub(r"[\"'„“”«»]", "", str(value)))
    return plain(a) == plain(b)


def _cut_short_of(short: Any, whole: Any) -> bool:
    """`short` is `whole`'s first words, and `whole` goes on (quotation marks aside); or
    `short` is a run of `whole`'s words from a legal form on, inside it ("AS Latvijas" of
    "Nordvik Marine AS Latvijas filiāle": a foreign company's Latvian branch whose parent's
    legal form stands after its name, where the sentence took the form for the name's start)."""
    def plain(value: Any) -> str:
        return fold(re.sub(r"[\"'„“”«»]", "", str(value))).strip()
    if plain(whole).startswith(plain(short) + " "):
        return True
    inner, outer = plain(short).split(), plain(whole).split()
    return len(inner) >= 2 and len(outer) > len(inner) + 1 and inner[0] in _LEGAL_FORMS \
        and any(outer[at:at + len(inner)] == inner for at in range(1, len(outer) - len(inner)))


# Legal forms a company's name may carry after its own words (folded): Latvian "AS", and the
# neighbours' and others' ("UAB", "AB", "OÜ", "Oy", "GmbH", "Ltd").
_LEGAL_FORMS = frozenset({"as", "sia", "uab", "ab", "ou", "oy", "gmbh", "ltd", "oü"})


def _stands_alone(ctx: Context, value: str) -> bool:
    """`value` is the whole of some cell of the paper (quotation marks aside)."""
    def plain(text: str) -> str:
        return fold(re.sub(r"[\"'„“”«»]", "", text)).strip(" .,;:")
    wanted = plain(value)
    return any(plain(seg.text) == wanted for line in ctx.lines for seg in line.segments)


def _employment_sentence(ctx: Context, found: dict[str, Found | None]) -> None:
    """The facts of the sentence saying who works where (extract/employment.py) fill the fields
    nothing else found and replace a weaker route's different value, below the sure bar."""
    read = employment.read_employment(ctx.text, ctx.feminine)
    if read is None:
        return
    for fact_name, name in ctx.vocab.employment.items():
        fact = getattr(read, fact_name)
        if fact_name == "employer" and fact is not None:
            fact = _org_on_its_line(ctx, fact)
        if fact is None:
            continue
        before = found.get(name)
        if before is not None and _same_fact(before.value, fact.value):
            continue
        if fact_name == "employer" and before is not None and before.value \
                and _cut_short_of(fact.value, before.value) \
                and _stands_alone(ctx, str(before.value)):
            # "strāda IK Dzintara darbnica par ...": the sentence's name stopped at a word it
            # took for a place's noun, and the name it begins stands whole on a line of its
            # own (the letterhead's): that one. Not a name that ran into a label beside it.
            continue
        if before is not None and before.how not in _WEAKER_THAN_GRAMMAR \
                and not _loose_label_no_organisation(before, fact_name, fact.value):
            before.confidence = min(before.confidence, BASE_CONFIDENCE["copy"] - 0.05)
            before.warning = before.warning or (
                f"{name}: the sentence of employment says {fact.value!r}")
            continue
        words = ctx.words_in(fact.start, fact.end)
        sure = BASE_CONFIDENCE["copy"] if fact.sure else 0.7
        item = Found(fact.value, min(sure, _ocr_factor(words) if words else 1.0), "sentence",
                     words)
        if before is not None:
            item.confidence = min(item.confidence, 0.8)
            item.warning = f"{name}: read from the sentence of employment, not {before.value!r}"
        found[name] = item


def _loose_label_no_organisation(before: Found, fact_name: str, fact: str) -> bool:
    """Whether a value a label word inside a sentence gave ("... strādā uzņēmumā par ...
    Darbs tiek veikts ...": the words after the inflected label) names no organisation while
    the sentence of employment names one by its legal form: the grammar's then stands."""
    return (fact_name == "employer" and before.how == "label_loose"
            and has_legal_form(fact) and not has_legal_form(str(before.value))
            and not is_common_word_name(str(before.value)))


def _org_on_its_line(ctx: Context, fact: Any) -> Any:
    """An organisation's unquoted name standing alone on its line (a letterhead's "SIA
    DAUGAVKRASTA SILTUMNĪCAS") ends with it: the "Reģistrācijas numurs ..." under it is not
    part of it. In a sentence a name may wrap ("... SIA Kuldīgas" / "Rumbas Viesnīca")."""
    start = 0
    for line in ctx.lines:
        end = start + len(line.text)
        if fact.start == start and end < fact.end and not re.search(r"[\"„“”«»]", str(fact.value)):
            spill = len(ctx.text[end:fact.end].split())
            kept = str(fact.value).split()[:-spill]
            if len(kept) < 2:
                return None
            return replace(fact, value=" ".join(kept), end=end)
        start = end + 1
    return fact


def _two_named(vocab: Vocabulary, found: dict[str, Found | None], code: str, source: str) -> bool:
    """Whether the holders of the codes `code` and `source` (a `people` check) are both named
    and named differently: two people, so one's code is never copied to the other."""
    for check in vocab.checks:
        names = {c: n for n, c in check.get("people", [])}
        if code in names and source in names:
            one, other = found.get(names[code]), found.get(names[source])
            return (one is not None and other is not None and isinstance(one.value, str)
                    and isinstance(other.value, str) and bool(one.value) and bool(other.value)
                    and not roles.same_person(one.value, other.value))
    return False


# The writer asking for the service for themself ("Lūdzu piešķirt man ...", "vēlos sev"): the
# one who applies is the one it is for, whoever else the page names (a wished-for assistant).
_FOR_ONESELF = re.compile(r"(?i)(?<!\w)(?:lūdzu|vēlos|piesakos|pieprasu)(?!\w)[^.]{0,60}?"
                          r"(?<!\w)(?:man|sev|manis)(?!\w)")


def _doubt_the_one_role(ctx: Context, found: dict[str, Found | None], source: str) -> None:
    """The person a role was found for, while the page prints another person's code no field
    took: two people on the page and one role read, so which of them the role is was decided
    by which the reader met first. Read blind (round 28), a scanned application's applicant
    block, its heading lost, was the client's at 0.87, the applicant read as nobody: the
    found role's name and code stay at `role_among_people` with a warning (a person places
    the other one), the copy itself already under the bar. Not when the writer asks for the
    service for themself ("Lūdzu piešķirt man ..."): the other is someone else (round 28, set
    A: the wished-for assistant's code beside her name)."""
    if _FOR_ONESELF.search(ctx.text):
        return
    ceiling = evidence_ceilings().get("role_among_people", ONE_OF_SEVERAL)
    partners = {source}
    for check in ctx.vocab.checks:
        for pair in check.get("people", []):
            if source in pair:
                partners.update(pair)
    for name in sorted(partners):
        item = found.get(name)
        if item is None or item.how in {"copy", "acroform"} or item.confidence <= ceiling:
            continue
        item.confidence = ceiling
        if item.warning is None:
            item.warning = (f"{name}: the document prints another person's code, "
                            "no role read for it")


def _two_codes(vocab: Vocabulary, found: dict[str, Found | None], name: str, source: str) -> bool:
    """Whether the two people whose names `name` and `source` are (a `people` check) each
    have a code of their own, and the codes differ."""
    for check in vocab.checks:
        pairs = {n: c for n, c in check.get("people", [])}
        if name in pairs and source in pairs:
            one, other = found.get(pairs[name]), found.get(pairs[source])
            return (one is not None and other is not None and bool(one.value)
                    and bool(other.value) and one.value != other.value)
    return False


def _mend_scanned(ctx: Context, found: dict[str, Found | None]) -> None:
    """Values OCR damaged, mended against what must be true of them (extract/repair): only
    values read from OCR pages (a typed paper's slip is its sender's, not ours to correct), and
    a mended value stays below the confident bar."""
    ceiling = evidence_ceilings().get("repaired", GUESS_CONFIDENCE)
    for name, spec in ctx.vocab.fields.items():
        item = found.get(name)
        if item is None or not isinstance(item.value, str) or not _read_by_ocr(ctx, item):
            continue
        before = item.value
        mended = repair.mend_value(spec.kind, item.value, ctx.text)
        if mended is None and spec.spellings:
            mended = repair.restore_marks(item.value, spec.spellings)
        if mended is None and spec.known_words:
            mended = repair.drop_stray_mark(item.value, spec.known_words)
        value = item.value if mended is None else mended.value
        if spec.spellings and repair.broken_words(value, spec.spellings):
            # A word only begun ("progra"): the value is cut wherever it was read from, so it
            # is completed from the page where it can be and never left confident.
            completed = repair.complete_broken(value, spec.spellings, ctx.text)
            if completed is not None:
                value, mended = completed.value, completed
            else:
                mended = repair.Mended(value, f"read \"{before}\"; a word broke off")
        # A hand's reading has slips of its own (extract/hand_restore.py).
        by_hand = hand_restore.read_by_hand((w.confidence for w in item.words), HAND_BELOW)
        restored = hand_restore.restore_value(spec.kind, value, ctx.text) if by_hand else None
        if restored is not None:
            value, note = restored, f"read \"{before}\""
        elif mended is not None:
            note = mended.note
        else:
            continue
        item.value = value
        item.confidence = min(item.confidence, ceiling)
        item.warning = f"{name}: mended from a damaged scan ({note})"


def _read_by_ocr(ctx: Context, item: Found) -> bool:
    if item.words:
        return _words_by_ocr(ctx, item.words)
    return ctx.document.text_source not in ("text", "acroform")


def _one_person(vocab: Vocabulary) -> bool:
    """Whether a type names one person only (a certificate), so their gender is the text's."""
    return sum(spec.kind == "person_name" for spec in vocab.fields.values()) == 1


def _find(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    item = _find_value(ctx, spec, found)
    if spec.name == ctx.vocab.term and (item is None or _implausible_months(item.value)):
        # A year read out of a term's dates ("no 2024. gada 1. decembra ...") is no count of
        # months: the dates themselves tell the term.
        item = _term(ctx)
    if spec.kind == "hours" and spec.name.endswith("_per_week"):
        item = _weekly(ctx, item)
    if spec.kind == "date" and spec.region == "dateline" and (
            item is None or (item.how != "dateline" and isinstance(item.value, str))):
        # "Izziņa sagatavota šā gada 5. maijā": its own date by the paper's year, which the
        # paper does not print with it: below the sure bar. Over a date read from the text
        # before it (a fact it certifies), never over its date line.
        given = given_this_year(ctx.text)
        if given is not None and (item is None or str(item.value) < given.isoformat()):
            item = Found(given.isoformat(), 0.75, "relative_date",
                         warning=f"{spec.name}: the year is not printed with the date; "
                                 "taken from the paper's other dates and its number")
    if spec.kind == "disability_group":
        item = _roman_slip(ctx, spec, item)
        item = _child_among_options(ctx, spec, item)
    if spec.kind == "date" and spec.null_phrases and item is not None and item.words:
        item = _said_open_ended(ctx, spec, item)
    if (spec.issuer_only or spec.issuer_decides) and item is not None \
            and item.value in spec.synonyms:
        item = _issuer_kind(ctx, spec, item)
    if spec.kind == "enum" and item is not None and item.how == "label_loose" and item.words:
        item = _marked_among_options(ctx, spec, item)
    if (spec.kind == "institution" and item is not None and isinstance(item.value, str)
            and item.how in ("label", "label_loose")):
        # A label that is itself a legal form ("Biedrība „...”" after "No:"): the name with
        # its form as the page prints it.
        named = values.legal_name(item.value, ctx.text)
        if named:
            item = replace(item, value=named)
    return item


# A label telling the reader to mark one of the options under it ("Mērķa grupa (apvilkt):").
_MARK_ONE = re.compile(r"\((?:[^()]*\s)?(?:apvilkt\w*|apvelc\w*|pasvitrot\w*|pasvitrojiet|"
                       r"atzimet\w*|vajadzigo)(?:\s[^()]*)?\)")
_OPTIONS_BELOW = 8  # lines under such a label its options may take


def _marked_among_options(ctx: Context, spec: FieldSpec, item: Found) -> Found:
    """An enum read from the line under a label that asks for one option to be marked
    ("Mērķa grupa (apvilkt):" over the options a pen rings): that line is the first option
    printed, no answer. The option marked under the label is the value (below the sure bar:
    a mark read from the pixels); with none read as marked, the first option is kept as a
    guess."""
    at = ctx.line_index(item.words[0])
    if at is None or at == 0 or not _MARK_ONE.search(fold(ctx.lines[at - 1].text)):
        return item
    marked = []
    for line in ctx.lines[at : at + _OPTIONS_BELOW]:
        text = line.text.strip()
        opening = MARK_ON.match(text)
        if opening is None:
            continue
        value = parse_value(spec, text[opening.end():].strip())
        if value is not None:
            marked.append(value)
    if len(set(marked)) == 1:
        return Found(marked[0], min(item.confidence, 0.8), "marked_option", item.words)
    return Found(item.value, min(item.confidence, GUESS_CONFIDENCE), item.how, item.words,
                 warning=f"{spec.name}: the first of the options printed for marking; no "
                         "mark read")


def _said_open_ended(ctx: Context, spec: FieldSpec, item: Found) -> Found:
    """A label read inside the phrase that says there is no such date ("bez termiņa, sākot ar
    2025. gada 7. jūliju": "termiņa" is the end's label, the date after it the start): the
    phrase right before the value decides, the end is null."""
    first = item.words[0]
    line = next((ln for ln in ctx.lines if first in ln.words), None)
    if line is None:
        return item
    before = fold(" ".join(w.text for w in line.words[: line.words.index(first)]))
    before = before.rstrip(" ,:;.-–")
    if any(re.search(rf"(?:^|\s){re.escape(fold(p))}$", before) for p in spec.null_phrases):
        return Found(_NULL, 0.9, "null_phrase")
    # The date of a term the paper tells as the one before ("Iepriekšējā invaliditāte bija
    # noteikta līdz ..."), while its own is said open-ended ("... uz nenoteiktu laiku"): the
    # earlier term's end is not this one's; null, below the sure bar.
    at = ctx.lines.index(line)
    above = ctx.lines[at - 1].text if at > 0 and ctx.lines[at - 1].page == line.page else ""
    lead = " ".join(fold(f"{above} {before}").split()[-10:])
    if re.search(r"(?<![a-z])(?:ieprieksej\w*|bija\s+noteikt\w*)", lead):
        span = ctx.span(spec) or (0, len(ctx.lines))
        folded = fold(ctx.text_of(*span))
        if any(_stem(p).search(folded) for p in spec.null_phrases):
            return Found(_NULL, 0.8, "null_phrase",
                         warning=f"{spec.name}: the date read is the earlier term's; this one "
                                 "is said to have no end")
    return item


def _implausible_months(value: object) -> bool:
    # A term is whole months: "1.04" is a date's day and month read as a number under a label
    # ("Periods: 01.04.2025 - 30.09.2025"), not a month and a bit.
    return isinstance(value, (int, float)) and (not 1 <= value <= 60 or value != int(value))


def _term(ctx: Context) -> Found | None:
    """A term told in years or by a start and an end date (extract/service_term.py)."""
    term = service_term.term_months(ctx.text)
    if term is None:
        return None
    words = ctx.words_in(term.start, term.end)
    return Found(term.months, BASE_CONFIDENCE["copy"] * _ocr_factor(words), "term", words)


# Three or more nouns listed as alternatives ("dienas centra, biedrības vai citas
# organizācijas"): a blank's choice of words fitting any issuer, not one issuer's kind.
_ALTERNATIVES = re.compile(r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?,\s+){1,4}[^\W\d_]+(?:\s+[^\W\d_]+)?"
                           r"\s+vai\s+(?:cit\w*\s+)?[^\W\d_]+")


def _labelled_issuer(ctx: Context) -> str:
    """The lines that open with a label of the paper's institution (`kind: institution`),
    folded: the issuer as a blank's filler wrote it in."""
    labels = [fold(label) for spec in ctx.vocab.fields.values() if spec.kind == "institution"
              for label in spec.labels]
    if not labels:
        return ""
    opening = re.compile(r"^(?:" + "|".join(re.escape(x) for x in sorted(labels, key=len,
                                                                        reverse=True))
                         + r")\s*:?\s+\S")
    return " ".join(fold(ln.text) for ln in ctx.lines if opening.match(fold(ln.text)))


def _issuer_kind(ctx: Context, spec: FieldSpec, item: Found) -> Found:
    """A value the issuer's own name states (an association) outranks one listed after it
    that a label or a sentence named (its "pulciņš" is still the association's activity)."""
    order = list(spec.synonyms)
    issuer = fold(" ".join(ctx.lines[i].text for i in sorted(ctx.issuer_lines())))
    # On another office's blank the certifying body is written under its label ("Organizācija
    # Biedrība „...”"), not printed at the top: that line names the issuer as well.
    issuer = f"{issuer} {_labelled_issuer(ctx)}"
    # A value only an activity's word suggests ("radošās darbnīcas" of an association) names
    # no institution of that kind: the issuer's own kind outranks it wherever it is listed.
    # Kinds a blank prints as alternatives ("dienas centra, biedrības vai citas
    # organizācijas") name none of them.
    folded = _ALTERNATIVES.sub(" ", fold(ctx.text))
    named = any(_stem(p).search(folded) for p in spec.synonyms.get(str(item.value), ())
                if p not in spec.doubtful)
    # "brīvā laika ... nodarbības": the paper names the kind in so many words, which who runs
    # them (an association) does not overrule.
    said = any(_stem(p).search(folded) for p in spec.synonyms.get(str(item.value), ())
               if p in spec.said_outright)
    for listed in (*spec.issuer_only, *spec.issuer_decides):
        if said and listed in spec.issuer_only:
            continue
        if listed in order and (order.index(listed) < order.index(item.value) or not named) \
                and any(_stem(p).search(issuer) for p in spec.synonyms[listed]
                        if p not in spec.doubtful):
            return Found(listed, min(item.confidence, 0.85), "enum_phrase", item.words)
    return item


# The groups printed on one line for choosing ("Grupa: I II III bērns ar invaliditāti"), as a
# scan reads them: Roman numerals, OCR's strokes for them, or a ring read as brackets round
# what it hid ("(0)", "(R)").
_GROUP_OPTION = re.compile(r"^(?:[IVl1|]{1,3}|[(\[{]\S{1,4}[)\]}])[.,;]?$")
_CHILD_OPTION_DOUBT = 0.5


def _child_among_options(ctx: Context, spec: FieldSpec, item: Found | None) -> Found | None:
    """A child's status read on the line that prints the groups for choosing, after the
    group's label with two options or more between them and no mark before it, is the last
    printed option, not an answer: a ring round a numeral before it may be the group. Kept,
    below review's bar."""
    if item is None or item.value != "child" or not item.words \
            or item.confidence <= _CHILD_OPTION_DOUBT:
        return item
    line = next((ln for ln in ctx.lines if item.words[0] in ln.words), None)
    if line is None:
        return item
    before = line.words[: line.words.index(item.words[0])]
    label = next((i for i, w in enumerate(before) if re.match(r"(?i)grup\w*:?$", fold(w.text))),
                 None)
    if label is None:
        return item
    between = [w.text.strip() for w in before[label + 1:] if w.text.strip()]
    if any(MARK_ANY.fullmatch(t) for t in between[-1:]):
        return item  # "☒ bērns ar invaliditāti": the option marked
    if sum(bool(_GROUP_OPTION.match(t)) for t in between) < 2:
        return item
    return Found(item.value, _CHILD_OPTION_DOUBT, item.how, item.words,
                 warning=f"{spec.name}: the groups are printed as options on one line and "
                         "none is read as marked; the last option taken")


def _roman_slip(ctx: Context, spec: FieldSpec, item: Found | None) -> Found | None:
    """OCR's "|", "l" or "1" for a Roman numeral after the group's label ("grupa: |."): the
    layout strips a leading "|" as a table rule, so the label's first word is looked at. A
    stroke may be lost or added: such a value stays below the bar of a sure one."""
    slip = re.compile(r"[|l1]{1,3}\.?")
    if item is not None:
        if any(slip.fullmatch(w.text) for w in item.words):
            item.confidence = min(item.confidence, BASE_CONFIDENCE["copy"])
        return item
    span = ctx.span(spec) or (0, len(ctx.lines))
    for hit in find_label_values(ctx.lines[span[0]:span[1]], list(spec.labels)):
        if hit.words and slip.fullmatch(hit.words[0].text):
            value = values.disability_group(hit.words[0].text.replace("|", "I").rstrip("."))
            if value is not None:
                return Found(value, min(BASE_CONFIDENCE["copy"], hit.words[0].confidence),
                             "label", hit.words[:1],
                             warning=f"{spec.name}: read from OCR's {hit.words[0].text!r}")
    return None


def _weekly(ctx: Context, item: Found | None) -> Found | None:
    """A weekly figure checked against its sentence's schedule (weekly_hours.reconsider)."""
    at = None
    if item is not None and item.words:
        starts = {id(w): a for a, _b, w in ctx.offsets}
        at = starts.get(id(item.words[0]))
        if at is None:
            return item
    value = item.value if item is not None and isinstance(item.value, (int, float)) else None
    reading = weekly_hours.reconsider(ctx.text, at, value, [ln.text for ln in ctx.lines])
    if reading is None or reading.value is None:
        return item if item is not None else _visit_week(ctx)
    if item is None:
        item = Found(None, reading.confidence_cap or 0.0, "schedule",
                     ctx.words_in(reading.start, reading.end))
    item.value = _number(reading.value)
    if reading.confidence_cap is not None:
        # A week computed from a schedule is as sure as the words its figures were read from:
        # a day's hours or the days OCR misread make another week (read blind in round 28, a
        # hand's "4 h x 5" OCR read as 5 h: 25 for 20 at the schedule's full 0.85).
        item.confidence = min(item.confidence, reading.confidence_cap) if item.how != "schedule" \
            else reading.confidence_cap * _ocr_factor(
                ctx.words_in(reading.start, reading.end) or item.words)
    if reading.note:
        item.warning = reading.note
    return item


def _visit_week(ctx: Context) -> Found | None:
    """No weekly figure: a form's cell of one visit's length ("2:30" over "vienas nodarbības
    ilgums (h:mm)") times the visits its row's other cells name ("otrdienās un
    ceturtdienās"), when one such cell says so."""
    readings = []
    for hit in find_label_values(ctx.lines, weekly_hours.visit_labels()):
        row = " ".join(w.text for w in hit.line.words if w not in hit.words)
        reading = weekly_hours.visit_week(hit.value, row)
        if reading is not None and reading.value is not None:
            readings.append((reading, hit))
    if len({reading.value for reading, _hit in readings}) != 1:
        return None
    reading, hit = readings[0]
    value = reading.value
    assert value is not None  # kept above
    return Found(_number(value), (reading.confidence_cap or GUESS_CONFIDENCE)
                 * _ocr_factor(hit.words), "schedule", hit.words, warning=reading.note)


# Routes that read a value from the words beside (or under) a printed label.
_BESIDE_LABEL = frozenset({"label", "label_loose"})


# A letterhead's issuer while the text names another institution of the field's kind: the
# page offers two, and which one certifies was told by where it was printed.
LETTERHEAD_RIVAL = 0.7


def _letterhead_rival(ctx: Context, spec: FieldSpec, item: Found) -> Found:
    """The letterhead's issuer, below the bar of a letterhead when the field's patterns find
    another institution in the text that shares no word with it: a foundation's letterhead
    over the day centre a person attends, a founder over its school, a fund's emblems read
    as a name (read blind, eleven sets: 0.84 each, wrong). The person compares."""
    if spec.kind != "institution" or not isinstance(item.value, str):
        return item
    rival = _from_patterns(ctx, spec)
    if rival is None or not isinstance(rival.value, str) or rival.how != "pattern":
        return item
    def words(value: str) -> set[str]:
        return set(re.findall(r"[a-z]{3,}", fold(value)))
    if words(rival.value) & words(item.value):
        # The same one, a part of it, or its unit or umbrella ("Dienas centrs X" over a
        # sentence's "... sociālais dienests dienas centrs"): no other institution.
        return item
    return replace(item, confidence=min(item.confidence, LETTERHEAD_RIVAL),
                   warning=item.warning or f"{spec.name}: the text names another institution "
                                           f"than the letterhead ({rival.value})")


def _find_value(ctx: Context, spec: FieldSpec, found: dict[str, Found | None]) -> Found | None:
    if spec.kind == "activities":
        return _activities(ctx, spec)
    if spec.kind in ("entries", "signatures"):
        month = found.get("month")
        if month is None or month.value is None:
            mended = (_month_year_mended(ctx, ctx.vocab.fields["month"])
                      if "month" in ctx.vocab.fields else None)
            month = _month_from_rows(ctx) or mended or month
            found["month"] = month
        month_value = month.value if month else None
        if spec.kind == "signatures":
            return _timesheet_signatures(ctx, month_value)
        return _timesheet_entries(ctx, spec, month_value)
    if spec.kind == "items":
        listed = _items(ctx, spec)
        if listed.value == [] and spec.name == ctx.vocab.prose_list:
            areas = prose_list.areas_of_support(ctx.text) or _bullets_after_support(ctx)
            if areas:
                # Read from a sentence's grammar, the nominatives guessed: a person checks.
                listed = Found(areas, evidence_ceilings().get("prose_list", GUESS_CONFIDENCE)
                               * _lines_doubt(ctx.lines), "prose_list")
        if ctx.document.text_source not in ("text", "acroform") and isinstance(listed.value, list):
            # OCR's speck between two words ("kārtošana.iestādēs") is a space.
            listed.value = [_SPECK_DOT.sub(" ", str(item)) for item in listed.value]
        return listed
    if spec.kind == "enum_set":
        return _enum_set(ctx, spec)
    item = _from_form(ctx, spec)
    if item is not None:
        return item
    if spec.kind == "bool" and spec.true_phrases:
        item = _bool_columns(ctx, spec)
        if item is not None:
            return item
    labelled = _from_labels(ctx, spec)
    if labelled is None and spec.kind == "person_name" and spec.section is None:
        labelled = _name_in_two_columns(ctx, spec)
    sent = sent_date(ctx.lines, spec) if spec.sent_by_mail else None
    if sent is not None:
        # An e-mail's "Nosūtīts:" over the attached form signed and dated below it: the
        # applicant's signature date is the paper's, else the sending's (extract/mail_header.py).
        return signed_after_header(ctx.lines, sent, _from_dateline(ctx, spec)) or sent
    # A label printed as a label beats prose; a label met inside a sentence does not.
    if labelled is not None and (labelled.structural or 0.0) >= BASE_CONFIDENCE["pattern"]:
        return labelled
    item = _from_letterhead(ctx, spec)
    if item is not None:
        return _letterhead_rival(ctx, spec, item)
    item = _from_status_stamp(ctx, spec)
    if item is not None:
        return item
    stamped = _from_time_stamp(ctx, spec)
    if stamped is not None and stamped[1]:
        return stamped[0]  # "Datums skatāms laika zīmogā": the page says where its date is
    item = _from_dateline(ctx, spec)
    if item is not None:
        return _copy_dateline_cap(ctx, item)
    if stamped is not None:
        return stamped[0]  # no date line of its own: an e-signed paper is dated when signed
    item = _from_date_stamp(ctx, spec)
    if item is not None:
        return item  # no date line: the office's rubber issue stamp ("IZDOTS 2025 -03- 11")
    item = _from_patterns(ctx, spec)
    if item is not None and (labelled is None
                             or (item.structural or 0.0) >= (labelled.structural or 0.0)):
        return item
    if labelled is not None:
        # A label met in a sentence ("rakstīt uz e-pastu ...") beats any address on the page.
        return labelled
    if spec.kind == "person_name":
        item = _split_name(ctx, spec)
        if item is not None:
            return item
    if spec.kind == "address":
        loose = FieldSpec(name=spec.name, kind="text", labels=spec.labels)
        item = _from_labels(ctx, loose)
        # Only a printed label: "dzīvesvieta sakrīt ar manējo" in a sentence is no address.
        if item is not None and (item.structural or 0.0) >= BASE_CONFIDENCE["pattern"]:
            # Without a house number it may be a reference ("tā pati, kas bērnam") or a
            # remark, not an address: a person reads it.
            ceiling = 0.8 if re.search(r"\d", str(item.value)) else GUESS_CONFIDENCE
            item.confidence = min(item.confidence, ceiling)
            return item
    if spec.kind == "personal_code" and spec.other_than:
        item = _other_code(ctx, spec, found)
        if item is not None:
            return item
    if spec.kind in {"enum", "bool"}:
        item = _from_phrases(ctx, spec)
        if item is not None:
            return item
        if spec.default is not None and spec.default_if_asked and not _asked(ctx, spec):
            return None
        if spec.default is not None:
            return Found(spec.default, GUESS_CONFIDENCE, "default",
                         warning=f"{spec.name}: not stated, assumed {spec.default}")
    if spec.kind == "date" and spec.null_phrases:
        span = ctx.span(spec) or (0, len(ctx.lines))
        folded = fold(ctx.text_of(*span))
        if any(_stem(p).search(folded) for p in spec.null_phrases):
            return Found(_NULL, 0.9, "null_phrase")
    return None
