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
    return re.sub(r"\s+([,.;:)])", r"\1", name).strip(" ,;:")
