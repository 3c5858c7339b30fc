"""DejaVu Sans, the font generated PDFs embed: it has every letter of ā č ē ģ ī ķ ļ ņ š ū ž.

PDF's standard Helvetica is WinAnsi-encoded: of the Latvian letters only š and ž exist there, so
a form field or a cover page written with it shows blanks where ā ē ī ņ ķ should be, while text
extraction still returns them. Everything we draw therefore embeds DejaVu (Debian's
fonts-dejavu-core, installed by scripts/setup.sh).
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from functools import cache
from pathlib import Path

from ..errors import MissingDependencyError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_SEARCH = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
           Path("/usr/local/share/fonts"))

# What a form field may hold: Basic Latin, Latin-1, Latin Extended-A (every Latvian letter) and
# the punctuation Latvian typing produces (dashes, „quotes", the euro sign).
FIELD_UNICODES = (
    list(range(0x20, 0x7F)) + list(range(0xA0, 0x180))
    + [0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC]
)


@cache
def font_path(name: str) -> Path:
    """The .ttf file of a DejaVu face (`DejaVuSans`, `DejaVuSans-Bold`)."""
    for folder in _SEARCH:
        candidate = folder / f"{name}.ttf"
        if candidate.is_file():
            return candidate
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", name.replace("-", ":style=")],
                               capture_output=True, text=True, check=False).stdout.strip()
        if found.endswith(f"{name}.ttf") and Path(found).is_file():
            return Path(found)
    raise MissingDependencyError(
        f"font {name}.ttf not found: install the Debian package fonts-dejavu-core "
        "(scripts/setup.sh does)")


@cache
def register_reportlab_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab once; returns their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    return REGULAR, BOLD


@cache
def field_font_program() -> bytes:
    """DejaVu Sans cut down to FIELD_UNICODES: 30 KB instead of 750 KB in every form.

    A form field's font must hold whatever the user may type later, so it is embedded whole
    for those characters (not subset to the values filled now).
    """
    from fontTools import subset

    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    # fontTools warns about tables it drops (FFTM): nothing a user could act on.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    out = io.BytesIO()
    # fontTools reads tables lazily from the open file: close it, or the interpreter's exit
    # reports an unclosed file on every command that wrote a form.
    with subset.load_font(str(font_path(REGULAR)), options) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=FIELD_UNICODES)
        subsetter.subset(font)
        font.save(out)
    return out.getvalue()


__all__ = ["BOLD", "FIELD_UNICODES", "REGULAR", "field_font_program", "font_path",
           "register_reportlab_fonts"]
