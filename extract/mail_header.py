"""An e-mail printout's header block, and which date an e-mailed paper carries.

A printed e-mail opens with its header: the sender with an address in angle brackets ("No:
Laura Vilciņa <laura@...>", "From:", "Sūtītājs:"), then "Kam:", "Nosūtīts:" / "Datums:" /
"Date:", "Tēma:", "Pielikumi:". Its date is when the message went, never a date line of the
paper: a weekday before a comma ("pirmdiena, 2025. gada 17. februāris") looks like a place
before its date and must not be read as one.

An e-mail may carry the paper itself as its attachment, printed on the pages after it (an
application form signed "Mārupē, 14.02.2025." and sent three days later). The applicant's
signature date comes before the e-mail's sent date (fixtures/unseen_conventions.md, "Which
date"): the sent date dates the paper only when nothing after the header is signed and dated.
"""

from __future__ import annotations

import re

from .evidence import BASE_CONFIDENCE, Found, _ocr_factor
from .layout import Line, fold
from .value_parsing import parse_value
from .vocabulary import FieldSpec

# The sender's line: a label, a name or anything, an address in angle brackets (maybe escaped).
_SENDER = re.compile(r"^\s*(?:no|from|sutitajs|sender)\s*:.*(?:<|&lt;)[^<>@\s]+@", re.IGNORECASE)
# A header row: a short label and its colon opening the line.
_HEADER_ROW = re.compile(
    r"^\s*(?:no|from|sutitajs|kam|to|sanemejs|kopija|cc|bcc|nosutits|sent|datums|date|tema"
    r"|temats|subject|pielikumi|pielikums|attachments?)\s*:", re.IGNORECASE)
# How many lines a header block spans below its sender's line at most.
_HEADER_REACH = 6
# Two dates and a rule choosing between them: a person confirms the choice.
_CHOSEN = 0.85


def mail_header_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines of every e-mail header block: the sender's line and the header
    rows next to it on its page (above it, "Datums:" of a forwarded header, or below it)."""
    header: set[int] = set()
    for at, line in enumerate(lines):
        if not _SENDER.match(fold(line.text)) and not _sender_among_rows(lines, at):
            continue
        header.add(line.index)
        for step in (-1, 1):
            for near in range(at + step, at + step * (_HEADER_REACH + 1), step):
                if not 0 <= near < len(lines) or lines[near].page != line.page:
                    break
                if not _HEADER_ROW.match(fold(lines[near].text)):
                    break
                header.add(lines[near].index)
    return header


# The sender's label alone ("From: Laura Ozola <laura(at)...>", the "@" lost to OCR).
_SENDER_LABEL = re.compile(r"^\s*(?:no|from|sutitajs|sender)\s*:", re.IGNORECASE)
# Header rows below a sender's label that make the block an e-mail's without its "@".
_ROWS_FOR_A_HEADER = 3


def _sender_among_rows(lines: list[Line], at: int) -> bool:
    """The line at `at` opens with a sender's label and header rows follow it ("To:", "Cc:",
    "Subject:", "Date:"): an e-mail's header block whose sender's address OCR misread."""
    if not _SENDER_LABEL.match(fold(lines[at].text)):
        return False
    rows = 0
    for near in range(at + 1, min(len(lines), at + 1 + _HEADER_REACH)):
        if lines[near].page != lines[at].page or not _HEADER_ROW.match(fold(lines[near].text)):
            break
        rows += 1
    return rows >= _ROWS_FOR_A_HEADER


# A header row giving when the message went.
_DATE_ROW = re.compile(r"^\s*(?:nosūtīts|nosutits|sent|datums|date)\s*:\s*", re.IGNORECASE)
# A date line's signs of being signed: its place before a comma ("Mārupē, 14.02.2025."), or a
# signer's initial and surname ("E. Liepiņš") or the signature's label on the line.
_PLACE_BEFORE = re.compile(r"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s*,\s*$")
_SIGNER = re.compile(r"(?<![\w.])[A-ZĀČĒĢĪĶĻŅŠŪŽ]\.\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                     r"|\bparaksts\b", re.IGNORECASE)


def sent_date(lines: list[Line], spec: FieldSpec) -> Found | None:
    """The date of the e-mail header's date row: of the last header when a forward prints
    two (the original message's sending is the applicant's)."""
    header = mail_header_lines(lines)
    for line in reversed([ln for ln in lines if ln.index in header]):
        row = _DATE_ROW.match(line.text)
        value = parse_value(spec, line.text[row.end():]) if row else None
        if value is not None:
            return Found(value, BASE_CONFIDENCE["label"] * _ocr_factor(line.words), "label",
                         line.words, structural=BASE_CONFIDENCE["label"])
    return None


def _signed(line: Line, first: object) -> bool:
    at = next((n for n, word in enumerate(line.words) if word is first), 0)
    before = " ".join(word.text for word in line.words[:at])
    if line.words and line.words[at].text.endswith(","):
        # The date's words may open with its place ("Salacgrīvā," "2026. gada 9. janvārī").
        before = f"{before} {line.words[at].text}".strip()
    after = " ".join(word.text for word in line.words[at + 1:])
    return bool(_PLACE_BEFORE.search(before) or _SIGNER.search(after))


def signed_after_header(lines: list[Line], labelled: Found | None,
                        dated: Found | None) -> Found | None:
    """The paper's own signed date line when the labelled date is an e-mail header's and the
    date line stands below that header (the attached form's signature date), else None."""
    if labelled is None or dated is None or not labelled.words or not dated.words:
        return None
    header = mail_header_lines(lines)
    line_of = {id(word): line.index for line in lines for word in line.words}
    label_line = line_of.get(id(labelled.words[0]))
    date_line = line_of.get(id(dated.words[0]))
    if label_line is None or date_line is None or label_line not in header:
        return None
    if date_line <= max(header) or not dated.structural or dated.value == labelled.value:
        return None
    if not _signed(next(ln for ln in lines if ln.index == date_line), dated.words[0]):
        return None  # "Datums: 20.01.2025." of a paper the e-mail carries: not the applicant's
    return Found(dated.value, min(dated.confidence, _CHOSEN), dated.how,
                 dated.words, warning=f"the e-mail was sent on {labelled.value}; the date line "
                 "signed below its header is the paper's own")
