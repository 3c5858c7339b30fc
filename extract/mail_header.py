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

from .evidence import Found
from .layout import Line, fold

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
        if not _SENDER.match(fold(line.text)):
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
    return Found(dated.value, min(dated.confidence, _CHOSEN), dated.how,
                 dated.words, warning=f"the e-mail was sent on {labelled.value}; the date line "
                 "signed below its header is the paper's own")
