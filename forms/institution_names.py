"""Institution names as printed, without the quotation marks: SIA „Latgales Maiznieks”."""

from __future__ import annotations

import re

# Latvian typography uses „…”; Word and OCR give “…”, "…", «…», ‚…‘ and ",," for the low quote.
QUOTES = "„”“‟\"«»‚‘’'`´"
_QUOTE_RUN = re.compile(r",,|[" + re.escape(QUOTES) + "]")


def clean_institution_name(text: str | None) -> str:
    """`SIA „Latgales Maiznieks”` -> `SIA Latgales Maiznieks`; spaces collapsed, nothing else."""
    if not text:
        return ""
    without_quotes = _QUOTE_RUN.sub(" ", text)
    name = " ".join(without_quotes.split())
    # a quote next to punctuation leaves "Maiznieks ," behind
    name = re.sub(r"\s+([,.;:)])", r"\1", name).strip(" ,;:")
    # a sentence's full stop ("... nams.") goes; an abbreviation's ("1. vsk.") stays
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].isalpha():
        name = name[:-1]
    return name
