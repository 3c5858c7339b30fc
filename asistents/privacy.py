"""Masking personal data before it reaches a log line, an error message or a printed file name.

One function, `redact`, masks every run of digits shaped like a Latvian personal code (six
digits, an optional dash or space, five digits), whatever stands around it: a code in a file
name (`010101-12345_iesniegums.pdf`), glued to letters (`x010101-12345y`), or in the new
format (`32xxxx-xxxxx`, whose first six digits are not a birth date and are masked too).
Masking is always on: whoever needs the raw value reads it in the store, never in a log.

`install_log_masking` puts `redact` on every log record the process emits, and replaces what
third-party parsers (pdfminer, pypdf, Pillow, fontTools...) log or warn with a line that keeps
the library's name but drops its text: their messages quote page content (a name, a code, a
diagnosis), which is exactly what must not reach a terminal or a log file.
"""

from __future__ import annotations

import logging
import re
import warnings

# Digit lookarounds only (not \b): "_" and letters are word characters, so "\b" would let
# "010101-12345_iesniegums" through. Dashes as OCR and word processors write them.
_PERSONAL_CODE = re.compile(r"(?<!\d)(\d{6})[ \-‐‑–—]?(\d{5})(?!\d)")
NEW_FORMAT_PREFIX = "32"  # codes issued since 2017 carry no birth date (domain.md)

# Loggers of the libraries that read untrusted documents: their records lose their text.
LIBRARY_LOGGERS = (
    "pdfminer",
    "pdfplumber",
    "pypdf",
    "pypdfium2",
    "PIL",
    "fontTools",
    "py.warnings",
)


def mask_personal_code(code: str | None) -> str:
    """'120715-20014' -> '120715-*****': enough for a clerk to recognise, not enough to identify."""
    if not code:
        return "-"
    digits = re.sub(r"\D", "", code)
    if len(digits) != 11:
        return "***"
    return _masked(digits[:6])


def _masked(first_six: str) -> str:
    if first_six.startswith(NEW_FORMAT_PREFIX):
        return "32****-*****"  # the six digits of a new-format code identify, they are no date
    return f"{first_six}-*****"


def redact(text: str) -> str:
    """Mask every personal-code-shaped run of digits in free text (messages, logs, file names)."""
    return _PERSONAL_CODE.sub(lambda m: _masked(m.group(1)), str(text))


def has_personal_code(text: str) -> bool:
    """Whether `text` still holds a code-shaped digit run (what tests scan logs for)."""
    return _PERSONAL_CODE.search(text) is not None


def _is_library(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in LIBRARY_LOGGERS)


class MaskingFilter(logging.Filter):
    """Masks codes in a record's final text and traceback; drops library records' payloads."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_asistents_masked", False):
            return True
        if _is_library(record.name):
            source = record.name.split(".", 1)[0]
            if record.name == "py.warnings":
                source = "a library"
            # The text may quote the page ("Could not parse 'Jānis Bērziņš 010101-...'"):
            # the clerk learns that a parser complained, not what it read.
            record.msg = f"{source} reported a {record.levelname.lower()} (text withheld)"
        else:
            record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._asistents_masked = True
        return True


_installed: list[MaskingFilter] = []


def install_log_masking() -> None:
    """Mask every record on the root logger's handlers, and route `warnings` through logging.

    Idempotent; call it after the handlers are set up (the CLI does, after basicConfig). The
    filter sits on the handlers, so records of every logger, ours and the libraries', pass it.
    """
    logging.captureWarnings(True)
    # Each library warning once per place is enough; the payload is dropped anyway.
    warnings.simplefilter("default")
    if not _installed:
        _installed.append(MaskingFilter())
    masking = _installed[0]
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler())
    for handler in root.handlers:
        if masking not in handler.filters:
            handler.addFilter(masking)
    # A library's chatter below WARNING is never useful to a clerk, even with -v.
    for name in LIBRARY_LOGGERS:
        if name != "py.warnings":
            logging.getLogger(name).setLevel(logging.WARNING)


__all__ = [
    "LIBRARY_LOGGERS",
    "MaskingFilter",
    "has_personal_code",
    "install_log_masking",
    "mask_personal_code",
    "redact",
]
