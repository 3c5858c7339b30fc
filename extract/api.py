"""The extraction contract as functions: one file -> one record, many files -> records in order."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import AsistentsError, MissingDependencyError
from ..privacy import redact
from .chosen_row import with_continued_columns, without_other_people
from .classify import Classification, classify
from .coded_choices import with_coded_choices
from .cover_page import without_cover_pages, without_fax_headers
from .cut_words import with_cut_word_heads
from .date_order import with_month_first_dates
from .document import ReadDocument
from .evidence import evidence_ceilings
from .fields import extract_fields
from .layout import document_lines, fold
from .marks import ticks_after_options
from .message_times import without_sending_times
from .numbered_choices import with_numbered_choices
from .other_language import without_cyrillic_column
from .page_pool import CoreTokens
from .phrase_patterns import stem_phrase
from .print_header import without_print_header
from .reading import PageProgress, read_document
from .sample_values import without_sample_notes
from .sheet_grid import without_sheet_grid
from .translation import translated_paper, without_passport_spellings
from .vocabulary import vocabularies

log = logging.getLogger(__name__)

CONTRACT_KEYS = (
    "file",
    "doc_type",
    "text_source",
    "confidence",
    "fields",
    "field_confidence",
    "warnings",
    "error",
    # Added to the contract (additive): codes of what was noticed, for programs ("ENCRYPTED",
    # "NO_TEXT", "ACTIVE_CONTENT"...; an error's own code too), and, when nothing usable could
    # be read but the file is no error (a blank scan, an XFA form), why a person must look.
    "flags",
    "needs_review",
    "field_boxes",  # {field: [page, x0, top, x1, bottom]} in points, where the value was read
    "pages",  # [{width, height, rotation}] as read: what the boxes are measured on
    "field_sources",  # {field: evidence}: how each value was found ("label", "letterhead"...)
)

DEPENDENCY_MISSING = "DEPENDENCY_MISSING"
PERSONAL_CODE_UNVERIFIED = "PERSONAL_CODE_UNVERIFIED"


def error_record(
    file: str, message: str, text_source: str = "text", code: str | None = None
) -> dict[str, Any]:
    """The record of a file that could not be read: doc_type unknown, no fields, the reason."""
    return {
        "file": file,
        "doc_type": "unknown",
        "text_source": text_source,
        "confidence": 0.0,
        "fields": {},
        "field_confidence": {},
        "warnings": [],
        "error": redact(" ".join(message.split())),
        "flags": [code] if code else [],
        "needs_review": None,
        "field_boxes": {},
        "pages": [],
        "field_sources": {},
    }


def _missing_package(exc: ImportError) -> MissingDependencyError:
    name = (exc.name or "").split(".")[0] or "a required package"
    return MissingDependencyError(
        f"the Python package '{name}' is not installed: install it (pip install {name}) "
        "and run again",
        code=DEPENDENCY_MISSING,
    )


def extract_document(document: ReadDocument, *, file: str) -> dict[str, Any]:
    """Classify an already read document and extract its fields into a contract record."""
    if document.needs_review:
        # Nothing usable was read (or only an XFA placeholder): no type, no fields, a person.
        return _record(document, file, confidence=0.0,
                       warnings=[*document.warnings, document.needs_review],
                       flags=document.flags, evidence=[],
                       needs_review=redact(document.needs_review))
    # A fax's cover sheet ahead of the paper is about the paper: its date is the sending's.
    lines = without_cover_pages(document_lines(document))
    # A fax machine's line atop each page (number, station, day and time sent) is not the paper.
    lines = without_fax_headers(lines)
    # A chat's sending times closing its messages are the messenger's.
    lines = without_sending_times(lines)
    # A sworn translation's heading, notes and certification are the translator's words.
    lines = translated_paper(lines)
    # A name's passport spelling in brackets after it is the passport's, not the paper's words.
    lines = without_passport_spellings(lines)
    # Slash dates a paper says it writes month first ("Datums (MM/DD/YYYY)").
    lines = with_month_first_dates(lines)
    # A column of Cyrillic beside the Latvian text (a summary in Russian) is not its words.
    lines = without_cyrillic_column(lines)
    # A spreadsheet's printed column letters, row numbers and formulas are the program's.
    lines = without_sheet_grid(lines)
    # A software system's print header (its name, page counter, printing user and time).
    lines = without_print_header(lines)
    # A template's printed instructions with a sample value ("Piemēram: Jānis Paraudziņš").
    lines = without_sample_notes(lines)
    # A table's columns printed on the next page belong to its rows; a list of several
    # people whose paper is about one (the marked row, the person its title names).
    lines = without_other_people(with_continued_columns(lines))
    # A column of 1/0 codes marking a table's rows chosen or not.
    lines = with_coded_choices(lines)
    # Options printed as a numbered key, chosen by the numbers ringed on the line below it.
    lines = with_numbered_choices(lines)
    # A tick drawn after an option's last word, glued to it by OCR ("service/").
    scanned = {page.number for page in document.pages if page.source == "ocr"}
    lines = ticks_after_options(lines, scanned)
    # A letterhead's first word OCR cut short ("terapijas prakse" for "Fizioterapijas ...").
    lines = with_cut_word_heads(lines, scanned)
    decision: Classification = classify(lines, list(document.form_values))
    warnings = list(document.warnings)
    flags = list(document.flags)
    fields: dict[str, Any] = {}
    field_confidence: dict[str, float] = {}
    boxes: dict[str, list[float]] = {}
    sources: dict[str, str] = {}
    confidence = decision.confidence
    vocab = vocabularies().get(decision.doc_type)
    if decision.doc_type != "unknown" and vocab is not None and vocab.fields:
        extraction = extract_fields(document, lines, vocab, decision.heading_line)
        missing = _evidence_missing(decision, vocab, extraction.fields,
                                    scanned=document.text_source != "text")
        if not missing and _title_asks_for_another(decision, vocab, lines, extraction.sources):
            missing = tuple(vocab.ours)
        if missing:
            # Only keywords said what it is and it names nobody it could be about or nothing
            # it could certify (a schedule, a reply asking for the paper), or its title is ours
            # but what it asks for is not (an application for home care): not ours.
            warnings.append(
                f"looks like {decision.doc_type} but names none of "
                f"{', '.join(missing)}: classified unknown"
            )
            return _unknown_record(document, file, decision, warnings, flags)
        fields = extraction.fields
        field_confidence = extraction.confidence
        if decision.support == "keywords" and not _form_of_type(vocab, extraction.sources):
            # No title, no act of its own and no form of the type's labels said what the paper
            # is, only words: were the type wrong, every value would be (weak_type).
            cap = evidence_ceilings().get("weak_type", 1.0)
            field_confidence = {k: min(v, cap) for k, v in field_confidence.items()}
        boxes = extraction.boxes
        sources = extraction.sources
        warnings.extend(extraction.warnings)
        unverified = _codes_mended_from_letters(document, fields, vocab)
        for name in unverified:
            # OCR may mistake 0 for O; a text layer holds what was typed. A code typed with a
            # letter in it is the sender's mistake to be checked, not ours to correct.
            fields[name] = None
            field_confidence[name] = 0.0
            warnings.append(
                f"{name}: the code in the text layer has a letter where a digit belongs; "
                "not corrected, check it against the paper"
            )
        if unverified:
            flags.append(PERSONAL_CODE_UNVERIFIED)
        confidence = _document_confidence(decision.confidence, field_confidence)
    elif not lines:
        warnings.append("no text found in the document")
    return _record(document, file, doc_type=decision.doc_type, confidence=confidence,
                   warnings=warnings, flags=flags, evidence=decision.evidence, fields=fields,
                   field_confidence=field_confidence, boxes=boxes, sources=sources)


_LOOKALIKE_CODE = re.compile(r"(?<![\w-])([\dOoIl|]{6})\s*[-‐‑–—]?\s*([\dOoIl|]{5})(?![\w-])")
_DIGIT_OF = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def _codes_mended_from_letters(
    document: ReadDocument, fields: dict[str, Any], vocab: Any
) -> list[str]:
    """Personal-code fields whose value appears in the text layer only with letters for digits."""
    kinds = {name: spec.kind for name, spec in (getattr(vocab, "fields", None) or {}).items()}
    names = [n for n, kind in kinds.items() if kind == "personal_code" and fields.get(n)]
    if not names:
        return []
    typed = " ".join(
        w.text for page in document.pages if page.source == "text" for w in page.words
    )
    typed += " " + " ".join(document.form_values.values())
    lettered: set[str] = set()
    plain: set[str] = set()
    for match in _LOOKALIKE_CODE.finditer(typed):
        raw = match.group(1) + match.group(2)
        digits = raw.translate(_DIGIT_OF)
        (plain if raw.isdigit() else lettered).add(digits)
    unverified = []
    for name in names:
        digits = re.sub(r"\D", "", str(fields[name]))
        if digits in lettered and digits not in plain:
            unverified.append(name)
    return unverified


# Values read beside the type's own printed labels that make a paper a form of that type.
FORM_LABELS = 3


def _form_of_type(vocab: Any, sources: dict[str, str]) -> bool:
    """Whether the paper is laid out as a form of the type: at least FORM_LABELS values found
    beside its printed labels (or in its form fields), one of them something it certifies or
    asks for ("Izglītības programma", "Mācību slodze"): the labels are the type's own evidence."""
    printed = {name for name, how in sources.items() if how in ("label", "acroform")}
    own = set(getattr(vocab, "certifies", ())) | set(getattr(vocab, "ours", ()))
    return len(printed) >= FORM_LABELS and bool(printed & own or not own)


def _evidence_missing(decision: Classification, vocab: Any,
                      fields: dict[str, Any], *, scanned: bool = False) -> tuple[str, ...]:
    """The fields a paper of this type must name and this one does not (empty: it is ours).

    Weighing evidence: a printed title is strong, keywords alone are not. An untitled paper
    must name its subject (`requires`) and something it certifies (`certifies`); any paper,
    titled or not, must name what makes it ours (`ours`: the service an application asks for).
    """
    def none_of(names: tuple[str, ...]) -> bool:
        return bool(names) and all(fields.get(name) in (None, [], "") for name in names)

    ours = tuple(getattr(vocab, "ours", ()))
    if none_of(ours):
        return ours
    titles = [e.removeprefix("title: ") for e in decision.evidence if e.startswith("title: ")]
    issuer = set(getattr(vocab, "issuer_titles", ()))
    if decision.title_line is not None and titles and issuer.issuperset(titles):
        # Headed only by its issuer's name: one of the issuer's papers, ours only when it
        # names its subject or something it certifies (not an invitation to come).
        subject = tuple(getattr(vocab, "requires", ()))
        certified = tuple(getattr(vocab, "certifies", ()))
        return subject + certified if none_of(subject) and none_of(certified) else ()
    if decision.title_line is not None:
        return ()
    if scanned and decision.support == "act" and decision.heading_line is not None:
        # A scan headed "APLIECINĀJUMS" that says what it certifies ("apliecina, ka ...
        # apmeklē"): a name or a figure OCR could not read is a reading failure, not a sign
        # the paper is someone else's; a person reads the empty fields.
        return ()
    for names in (tuple(getattr(vocab, "requires", ())), tuple(getattr(vocab, "certifies", ()))):
        if none_of(names):
            return names
    return ()


def _title_asks_for_another(decision: Classification, vocab: Any, lines: list[Any],
                            sources: dict[str, str]) -> bool:
    """Whether a paper's title says it asks for something other than what makes it ours, while
    the `ours` value was only met as a word somewhere in its text: "IESNIEGUMS braukšanas kartes
    saņemšanai" with an accompanying person's "(asistents)" is a travel card's application. A
    title naming no object, or one naming the service or a service at all (`title_neutral`:
    "par sociālā pakalpojuma saņemšanu"), leaves the word in the text its weight."""
    ours = tuple(getattr(vocab, "ours", ()))
    if not ours or decision.title_line is None or decision.title_line >= len(lines):
        return False
    if any(sources.get(name) != "enum_phrase" for name in ours):
        return False
    titles = [e.removeprefix("title: ") for e in decision.evidence if e.startswith("title: ")]
    text = fold(lines[decision.title_line].text)
    ends = [m.end() for t in titles if (m := re.search(re.escape(fold(t)), text))]
    if not ends:
        return False
    rest = text[min(ends):]
    if len(re.findall(r"[a-z]{3,}", rest)) < 2:
        return False  # "IESNIEGUMS" alone, or with a number: no object named
    # A stem opens a word ("saņemšan"); a short word ("par") is a whole word.
    asks = [rf"(?<![a-z]){re.escape(w)}" + (r"(?![a-z])" if len(w) <= 3 else "")
            for w in (fold(word).strip() for word in getattr(vocab, "title_asks", ())) if w]
    if not any(re.search(pattern, rest) for pattern in asks):
        return False  # "PIETEIKUMS - APTAUJAS LAPA": the form's kind, not what it asks for
    specs = [vocab.fields[name] for name in ours if name in vocab.fields]
    stems = [fold(stem) for spec in specs for words in spec.synonyms.values() for stem in words]
    stems += [fold(stem) for stem in getattr(vocab, "title_neutral", ())]
    # As stems (extract/phrase_patterns.py): "par assistents" names the service, misspelt.
    return not any(stem_phrase(stem, r"\W*\s*").search(rest) for stem in stems if stem)


def _unknown_record(document: ReadDocument, file: str, decision: Classification,
                    warnings: list[str], flags: list[str]) -> dict[str, Any]:
    return _record(document, file, confidence=0.6, warnings=warnings, flags=flags,
                   evidence=decision.evidence)


def _record(
    document: ReadDocument, file: str, *, confidence: float, warnings: Sequence[str],
    flags: Sequence[str], evidence: list[str], doc_type: str = "unknown",
    needs_review: str | None = None, fields: dict[str, Any] | None = None,
    field_confidence: dict[str, float] | None = None,
    boxes: dict[str, list[float]] | None = None, sources: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The contract record of a read document: one shape whether typed, unknown or for review."""
    return {
        "file": file,
        "doc_type": doc_type,
        "text_source": document.text_source,
        "confidence": confidence,
        "fields": {} if fields is None else fields,
        "field_confidence": {} if field_confidence is None else field_confidence,
        "warnings": [redact(w) for w in warnings],
        "error": None,
        "flags": list(dict.fromkeys(flags)),
        "needs_review": needs_review,
        "evidence": evidence,
        # For the review desk: where each value was read, on pages of this size and turn.
        "field_boxes": {} if boxes is None else boxes,
        "pages": [{"width": p.width, "height": p.height, "rotation": p.rotation}
                  for p in document.pages],
        "field_sources": {} if sources is None else sources,
    }


def _document_confidence(type_confidence: float, field_confidence: dict[str, float]) -> float:
    """Classification margin, tempered by how many fields were found and how surely."""
    if not field_confidence:
        return round(type_confidence, 2)
    found = [c for c in field_confidence.values() if c > 0]
    coverage = len(found) / len(field_confidence)
    mean = sum(found) / len(found) if found else 0.0
    return round(type_confidence * (0.6 + 0.25 * coverage + 0.15 * mean), 2)


def extract_file(
    path: Path | str,
    *,
    display_name: str | None = None,
    on_pages: PageProgress | None = None,
    tokens: CoreTokens | None = None,
) -> dict[str, Any]:
    """Read, classify and extract one file; never raises for a bad file (its `error` is set).

    In-process and without limits: a program reading untrusted files uses `extract_files` (or
    `workers.extract_in_workers`), which runs this in an isolated worker process.
    """
    file = display_name if display_name is not None else str(path)
    try:
        document = read_document(Path(path), on_pages=on_pages, tokens=tokens)
    except MissingDependencyError as exc:  # tesseract, a package: said once by the command
        return error_record(file, exc.message, code=exc.code or DEPENDENCY_MISSING)
    except AsistentsError as exc:
        return error_record(file, exc.message, code=exc.code)
    except ImportError as exc:
        missing = _missing_package(exc)
        return error_record(file, missing.message, code=missing.code)
    except Exception as exc:  # an unexpected reader failure is this file's error, not the batch's
        log.debug("reading %s failed", redact(file), exc_info=True)
        return error_record(file, f"could not be read ({type(exc).__name__})", code="READ_FAILED")
    try:
        record = extract_document(document, file=file)
    except MissingDependencyError as exc:
        return error_record(
            file, exc.message, document.text_source, code=exc.code or DEPENDENCY_MISSING
        )
    except AsistentsError as exc:
        return error_record(file, exc.message, document.text_source, code=exc.code)
    except Exception as exc:
        log.debug("extracting %s failed", redact(file), exc_info=True)
        return error_record(
            file,
            f"could not be extracted ({type(exc).__name__})",
            document.text_source,
            code="EXTRACT_FAILED",
        )
    record.pop("evidence", None)
    return record


def extract_files(
    paths: Iterable[Path | str],
    *,
    workers: int | None = None,
    timeout_s: float | None = None,
    memory_mb: int | None = None,
) -> Iterator[dict[str, Any]]:
    """A record for every path, each read in an isolated worker process (memory, CPU and time
    limits), yielded as files finish (each record names its file). `workers` defaults to every
    core; the limits to `workers.DEFAULT_*`."""
    from .workers import Limits, default_workers, extract_in_workers  # the pool imports us

    limits = Limits()
    if timeout_s is not None:
        limits = limits.replace(timeout_s=timeout_s)
    if memory_mb is not None:
        limits = limits.replace(memory_mb=memory_mb)
    path_list = [Path(p) for p in paths]
    for _path, record in extract_in_workers(
        path_list, workers=workers or default_workers(), limits=limits
    ):
        yield record
