"""Fillable PDF forms: draw a form's layout, add its AcroForm fields, fill them visibly.

Why these libraries (tried on this machine with DejaVu Sans and Latvian values):

- PyPDFForm embeds a registered TrueType font as a WinAnsi simple font: ā ē ī ņ ķ are drawn
  blank, and it pins pypdf below 7.
- reportlab's acroform accepts only the 14 standard fonts for field text (Helvetica: the same
  blanks), so reportlab here draws only the static page (labels, rules), with DejaVu embedded.
- pypdf (7.1) writes a field's appearance stream with whatever font the field's /DA names in
  the form's /DR; given DejaVu as a Type0 (Identity-H) font it draws every Latvian letter and
  keeps /V as Unicode. (Left to Helvetica, it re-encodes to a Baltic code page that poppler
  draws only by substituting a system font: nothing is embedded.) So pypdf adds the widgets,
  puts DejaVu (cut to Latin + Latin Extended-A, `fonts.field_font_program`) in /DR, and fills
  the values with appearance streams; NeedAppearances stays false, so a viewer shows our
  streams as they are (checked with poppler and PDFium).

A filled copy keeps its fields: `fill_form` fills any of them again.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from ..errors import InputFileError
from ..forms.timesheet_form import FormField, FormLayout
from .fonts import field_font_program, register_reportlab_fonts
from .output_file import write_atomically

FIELD_FONT = "/DejaVu"  # the name fields' /DA use for the font in the form's /DR

# AcroForm field flags (PDF 32000-1, tables 221, 226 and 230).
READ_ONLY = 1
COMBO = 1 << 17
DO_NOT_SPELL_CHECK = 1 << 22


def draw_static(layout: FormLayout) -> bytes:
    """The form's pages without fields: ruled boxes and labels in DejaVu Sans (embedded)."""
    from reportlab.pdfgen import canvas

    regular, bold = register_reportlab_fonts()
    buffer = io.BytesIO()
    # The initial font too: reportlab's default Helvetica would sit unembedded in the resources.
    pdf = canvas.Canvas(buffer, pagesize=layout.page_size, invariant=True,
                        initialFontName=regular, initialFontSize=8)
    pdf.setTitle(layout.title)
    pdf.setAuthor("asistents")
    pdf.setLineWidth(0.5)
    for page in range(layout.pages):
        for box in (b for b in layout.boxes if b.page == page):
            x0, y0, x1, y1 = box.rect
            if box.fill is not None:
                pdf.setFillGray(box.fill)
            pdf.rect(x0, y0, x1 - x0, y1 - y0, stroke=int(box.stroke),
                     fill=int(box.fill is not None))
        pdf.setFillGray(0)
        for text in (t for t in layout.texts if t.page == page):
            pdf.setFont(bold if text.bold else regular, text.size)
            if text.align == "centre":
                pdf.drawCentredString(text.x, text.y, text.text)
            elif text.align == "right":
                pdf.drawRightString(text.x, text.y, text.text)
            else:
                pdf.drawString(text.x, text.y, text.text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@cache
def _field_font() -> Any:
    # pypdf's own font model builds the Type0 resource its appearance writer reads back.
    from pypdf.generic._font import Font

    return Font.from_truetype_font_file(io.BytesIO(field_font_program()))


def _widget(spec: FormField, page_ref: Any) -> DictionaryObject:
    x0, y0, x1, y1 = spec.rect
    widget = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/T"): TextStringObject(spec.name),
        NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in (x0, y0, x1, y1)]),
        NameObject("/F"): NumberObject(4),  # printed
        NameObject("/P"): page_ref,
        NameObject("/MK"): DictionaryObject(),
    })
    if spec.tooltip:
        widget[NameObject("/TU")] = TextStringObject(spec.tooltip)
    if spec.kind == "signature":
        widget[NameObject("/FT")] = NameObject("/Sig")
        return widget
    flags = DO_NOT_SPELL_CHECK | (READ_ONLY if spec.read_only else 0)
    widget[NameObject("/FT")] = NameObject("/Ch" if spec.kind == "choice" else "/Tx")
    widget[NameObject("/DA")] = TextStringObject(f"{FIELD_FONT} {spec.font_size:g} Tf 0 g")
    widget[NameObject("/Q")] = NumberObject(spec.align)
    if spec.kind == "choice":
        flags |= COMBO
        widget[NameObject("/Opt")] = ArrayObject(TextStringObject(o) for o in spec.options)
    widget[NameObject("/Ff")] = NumberObject(flags)
    return widget


def _to_unicode_ranges(character_map: Mapping[str, str]) -> bytes:
    """A ToUnicode CMap of runs (bfrange) instead of one line per glyph (bfchar).

    pypdf parses the field font's ToUnicode again for every field it fills; runs of consecutive
    glyphs and code points (most of Latin-1 and Latin Extended-A) make that a fraction.
    """
    pairs = sorted((ord(g), ord(u))
                   for g, u in character_map.items() if len(u) == 1)
    runs: list[list[int]] = []
    for glyph, code in pairs:
        last = runs[-1] if runs else None
        if last and glyph == last[1] + 1 and code == last[2] + (glyph - last[0]) \
                and glyph >> 8 == last[0] >> 8:  # a bfrange may not cross a 256-code block
            last[1] = glyph
        else:
            runs.append([glyph, glyph, code])
    lines = [f"<{a:04X}> <{b:04X}> <{c:04X}>" for a, b, c in runs]
    body = []
    for start in range(0, len(lines), 100):  # at most 100 entries per section
        chunk = lines[start : start + 100]
        body += [f"{len(chunk)} beginbfrange", *chunk, "endbfrange"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange", *body,
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]).encode("ascii")


def add_fields(writer: PdfWriter, layout: FormLayout) -> None:
    """Give the drawn pages the layout's fields, in layout order (which is reading order)."""
    fonts = DictionaryObject()
    font = _field_font()
    reference = font._add_to_writer(writer, fonts, NameObject(FIELD_FONT))
    reference.get_object()["/ToUnicode"].get_object().set_data(
        _to_unicode_ranges(font.character_map))
    fields = ArrayObject()
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(DictionaryObject({
        NameObject("/Fields"): fields,
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): fonts}),
        NameObject("/DA"): TextStringObject(f"{FIELD_FONT} 9 Tf 0 g"),
        NameObject("/NeedAppearances"): BooleanObject(False),
    }))
    for index, page in enumerate(writer.pages):
        annots = ArrayObject()
        for spec in (f for f in layout.fields if f.page == index):
            reference = writer._add_object(_widget(spec, page.indirect_reference))
            annots.append(reference)
            fields.append(reference)
        if annots:
            page[NameObject("/Annots")] = annots


def _fill(writer: PdfWriter, values: Mapping[str, str]) -> None:
    # Appearance streams for every value; NeedAppearances false: viewers show ours.
    if values:
        writer.update_page_form_field_values(None, dict(values), auto_regenerate=False)


def build_form(layout: FormLayout, metadata: Mapping[str, str] | None = None) -> bytes:
    """The layout as a fillable PDF, its pre-filled values drawn (read-only ones locked);
    `metadata`: more document-information entries (`/Subject`, keys of our own)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(draw_static(layout))))
    add_fields(writer, layout)
    _fill(writer, {f.name: f.value for f in layout.fields if f.value})
    writer.add_metadata({"/Title": layout.title, "/Creator": "asistents",
                         **{k: v for k, v in (metadata or {}).items() if v}})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def fill_form(pdf: Path | bytes, values: Mapping[str, str], out: Path | None = None) -> bytes:
    """Fill fields of a fillable PDF by name; the copy stays fillable. Unknown names are an
    error (a typo would otherwise vanish silently)."""
    try:
        reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
        known = set(reader.get_fields() or {})
    except Exception as exc:
        raise InputFileError(f"not a readable PDF form ({type(exc).__name__})",
                             file=None if isinstance(pdf, bytes) else pdf) from exc
    unknown = sorted(set(values) - known)
    if unknown:
        raise InputFileError(f"the form has no field {', '.join(unknown)}",
                             file=None if isinstance(pdf, bytes) else pdf)
    writer = PdfWriter(clone_from=reader)
    _fill(writer, values)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    if out is not None:
        write_atomically(data, out)
    return data


__all__ = ["add_fields", "build_form", "draw_static", "fill_form"]
