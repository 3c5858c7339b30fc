"""Builds templates_docx/timesheet.docx, the printable monthly timesheet (uzskaites veidlapa).

The template is data: a municipality may edit the .docx in Word and keep the {{ tags }}. This
script is how the shipped one was made, so a change to its layout is reviewable as code:

    .venv/bin/python scripts/make_timesheet_template.py

Tags (filled by asistents.generate.timesheet_docx): month_text, period_text, decision_text,
client_name, client_code, assistant_name, assistant_code, unit_word, granted_pairs
[[{label, hours}, {label, hours}]] (the second of a pair may be blank),
granted_total, days [{date, shade}], activity_note, title.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates_docx" / "timesheet.docx"
FONT = "Arial"  # Liberation Sans (metric-compatible, every Latvian letter) where Arial is absent
LABEL_FILL = "EBEBEB"


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _text(cell, text: str, *, bold: bool = False, size: float = 9, align=None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if align is not None:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _paragraph(document, text: str = "", *, bold: bool = False, size: float = 9,
               align=None, before: float = 0, after: float = 0):
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    if align is not None:
        paragraph.alignment = align
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
    return paragraph


def _row_height(row, cm: float, *, exact: bool = False) -> None:
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _widths(table, widths_cm: list[float]) -> None:
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _loop_row(table, tag: str) -> None:
    """A row holding only a docxtpl `{%tr ... %}` tag (docxtpl replaces the whole row)."""
    row = table.add_row()
    row.cells[0].paragraphs[0].add_run(tag)


def build() -> Path:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(1.0)
    section.left_margin = section.right_margin = Cm(1.6)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(9)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    document.core_properties.title = "Asistenta pakalpojuma uzskaites veidlapa"
    document.core_properties.language = "lv-LV"

    _paragraph(document, "{{ title }}", bold=True, size=13,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, "(aizpilda asistents par katru dienu, kurā sniegts pakalpojums)",
               size=8, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

    # The people, the month and the decision.
    head = document.add_table(rows=4, cols=4)
    head.style = "Table Grid"
    head.alignment = WD_TABLE_ALIGNMENT.LEFT
    cells = [
        ("Pārskata mēnesis", "{{ month_text }}", "Piešķirtais periods", "{{ period_text }}"),
        ("Lēmums", "{{ decision_text }}", None, None),
        ("Klients", "{{ client_name }}", "Klienta personas kods", "{{ client_code }}"),
        ("Asistents", "{{ assistant_name }}", "Asistenta personas kods", "{{ assistant_code }}"),
    ]
    for row, values in zip(head.rows, cells, strict=True):
        _row_height(row, 0.55)
        for index, value in enumerate(values):
            if value is None:
                continue
            label = index % 2 == 0
            row.cells[index].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _text(row.cells[index], value, size=8 if label else 9.5)
            if label:
                _shade(row.cells[index], LABEL_FILL)
    _widths(head, [3.0, 6.4, 4.0, 4.4])
    head.rows[1].cells[1].merge(head.rows[1].cells[3])

    # The grant.
    _paragraph(document, "Piešķirtais apjoms", bold=True, size=9.5, before=8, after=2)
    granted = document.add_table(rows=1, cols=4)
    granted.style = "Table Grid"
    for column in (0, 2):
        _text(granted.rows[0].cells[column], "Aktivitāte", bold=True, size=8)
        _text(granted.rows[0].cells[column + 1], "Stundas {{ unit_word }}", bold=True, size=8,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    for cell in granted.rows[0].cells:
        _shade(cell, LABEL_FILL)
    _loop_row(granted, "{%tr for pair in granted_pairs %}")
    row = granted.add_row()
    for column, item in ((0, "pair[0]"), (2, "pair[1]")):
        _text(row.cells[column], f"{{{{ {item}.label }}}}", size=9)
        _text(row.cells[column + 1], f"{{{{ {item}.hours }}}}", size=9,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    _loop_row(granted, "{%tr endfor %}")
    row = granted.add_row()
    # Not "Kopā": on a returned sheet that label belongs to the month's worked total.
    _text(row.cells[2], "Kopējais apjoms", bold=True, size=9)
    _shade(row.cells[2], LABEL_FILL)
    _text(row.cells[3], "{{ granted_total }}", bold=True, size=9,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    _widths(granted, [5.9, 3.0, 5.9, 3.0])

    # One row per day.
    _paragraph(document, "Pakalpojuma sniegšanas uzskaite", bold=True, size=9.5, before=8,
               after=2)
    headings = ["Datums", "Laiks no", "Laiks līdz", "Stundas", "Aktivitāte",
                "Vieta (iestāde vai adrese)"]
    days = document.add_table(rows=1, cols=len(headings))
    days.style = "Table Grid"
    for cell, heading in zip(days.rows[0].cells, headings, strict=True):
        _text(cell, heading, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cell, LABEL_FILL)
    _repeat_as_header(days.rows[0])
    _loop_row(days, "{%tr for day in days %}")
    row = days.add_row()
    _row_height(row, 0.39, exact=True)
    _text(row.cells[0], "{% cellbg day.shade %}{{ day.date }}", size=8,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    for cell in row.cells[1:]:
        _text(cell, "{% cellbg day.shade %}", size=8)
    _loop_row(days, "{%tr endfor %}")
    row = days.add_row()
    _row_height(row, 0.5)
    total = row.cells[0].merge(row.cells[2])
    _text(total, "Kopā mēnesī", bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _shade(total, LABEL_FILL)
    _widths(days, [2.2, 1.7, 1.7, 1.6, 4.0, 6.6])

    notes = [
        "Laiku raksta stundās un minūtēs (SS:MM). {{ activity_note }}",
        "Apmaksā tikai faktiski nostrādātās stundas, nepārsniedzot lēmumā piešķirto apjomu.",
    ]
    for number, note in enumerate(notes):
        _paragraph(document, note, size=7.5, before=4 if number == 0 else 0)
    _paragraph(document, "Apliecinām, ka veidlapā norādītās ziņas ir patiesas.", bold=True,
               size=8.5, before=4, after=4)

    # Signatures: who, a line and the printed name, captions, the date.
    signatures = document.add_table(rows=4, cols=4)
    parties = [("Asistents", "{{ assistant_name }}"),
               ("Klients vai viņa likumiskais pārstāvis", "{{ client_name }}")]
    for side, (who, name) in enumerate(parties):
        left, right = 2 * side, 2 * side + 1
        rows = signatures.rows
        _text(rows[0].cells[left].merge(rows[0].cells[right]), who, bold=True, size=8.5)
        _row_height(rows[1], 0.9)
        for cell, text in ((rows[1].cells[left], "______________________"),
                           (rows[1].cells[right], name)):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            _text(cell, text, size=8.5)
        _text(rows[2].cells[left], "(paraksts)", size=6.5)
        _text(rows[2].cells[right], "(vārds, uzvārds)", size=6.5)
        _text(rows[3].cells[left].merge(rows[3].cells[right]), "Datums: ____.____.20____.",
              size=8.5)
    _widths(signatures, [4.2, 4.7, 4.2, 4.7])
    _paragraph(document, "", size=4, before=4)

    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _text(cell, "Aizpilda sociālais dienests", bold=True, size=8)
    for line in ("Veidlapa pieņemta: ____.____.20____.        Apmaksai apstiprinātas: "
                 "________ stundas",
                 "Sociālā dienesta darbinieks: ________________________________ "
                 "(vārds, uzvārds, paraksts)"):
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(5)
        run = paragraph.add_run(line)
        run.font.size = Pt(8)
    # A document may not end in a table: the paragraph after it is kept to a sliver.
    last = _paragraph(document, "", size=1)
    last.paragraph_format.line_spacing = Pt(1)

    for run in (r for p in document.paragraphs for r in p.runs):
        run.font.color.rgb = RGBColor(0, 0, 0)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(OUT))
    return OUT


if __name__ == "__main__":
    print(build())
