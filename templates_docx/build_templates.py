"""Writes the shipped .docx templates (decisions and the rehabilitation plan) with python-docx.

The .docx files are what a municipality edits in Word; this script is how we keep them
consistent (the same styles, letterhead, appeal paragraph and signature block in every one).
Run it after changing the wording here, then commit the .docx it wrote:

    .venv/bin/python templates_docx/build_templates.py

Jinja tags (`{{ ... }}`, `{%p ... %}` paragraphs, `{%tr ... %}` table rows) are docxtpl's.
Nothing municipal is written here: the issuer, signers and appeal body come from the
municipality settings at render time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"  # in Word everywhere; LibreOffice uses the metric twin Liberation Serif
BLACK = RGBColor(0, 0, 0)

GRANT = "lemums_asistents_pieskirt.docx"
REFUSAL = "lemums_atteikums.docx"
FAMILY = "lemums_gimenes_asistents.docx"
PLAN = "rehabilitacijas_plans.docx"


# --- styles --------------------------------------------------------------------------------------


def _fonts(font: Any, size: float | None = None, bold: bool | None = None) -> None:
    font.name = FONT
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    font.color.rgb = BLACK


def _all_fonts(style: Any) -> None:
    """python-docx names only the ascii/hAnsi font; Word takes cs/eastAsia for some letters."""
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    # the document language: Word's spelling and LibreOffice's hyphenation read it
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "lv-LV")


def _paragraph_style(doc: DocumentObject, name: str, *, base: str = "Normal", size: float = 12,
                     bold: bool = False, align: int | None = None, before: float = 0,
                     after: float = 6, caps: bool = False, keep_next: bool = False) -> None:
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(
        name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if name != base else None
    _fonts(style.font, size, bold)
    style.font.italic = False
    style.font.all_caps = caps
    _all_fonts(style)
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = keep_next
    if align is not None:
        fmt.alignment = align


def setup_styles(doc: DocumentObject) -> None:
    """The styles every template uses; Word shows them by these names."""
    _paragraph_style(doc, "Normal", base="Normal", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _paragraph_style(doc, "Iestāde", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     after=2, caps=True)
    _paragraph_style(doc, "Rekvizīti", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _paragraph_style(doc, "Title", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     before=12, after=2, caps=True)
    _paragraph_style(doc, "Vieta", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    _paragraph_style(doc, "Adresāts", align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    _paragraph_style(doc, "Lēmuma nosaukums", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                     before=12, after=12)
    _paragraph_style(doc, "Heading 1", size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                     before=10, after=4, keep_next=True)
    _paragraph_style(doc, "Punkts", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
    _paragraph_style(doc, "Tabula", size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    _paragraph_style(doc, "Tabulas galva", size=11, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                     after=0)
    _paragraph_style(doc, "Paraksts", align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    _paragraph_style(doc, "Piezīme", size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    doc.styles["Title"].element.get_or_add_pPr()
    _no_border(doc.styles["Title"])
    doc.core_properties.language = "lv-LV"


def _no_border(style: Any) -> None:
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def _bottom_rule(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.append(border)


# --- building blocks -----------------------------------------------------------------------------


def page(doc: DocumentObject, *, landscape: bool = False) -> None:
    """A4 with the margins Latvian official documents use (left 3 cm, others 2 cm)."""
    section = doc.sections[0]
    width, height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    section.left_margin, section.right_margin = Cm(3.0) if not landscape else Cm(2.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Piezīme"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)


def _page_number(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def para(doc: Any, text: str = "", style: str = "Normal", bold_prefix: str = "") -> Paragraph:
    paragraph: Paragraph = doc.add_paragraph(style=style)
    if bold_prefix:
        paragraph.add_run(bold_prefix).bold = True
    if text:
        paragraph.add_run(text)
    return paragraph


def tag(doc: Any, text: str) -> None:
    """A paragraph that holds only a docxtpl paragraph tag ({%p ... %}); it disappears."""
    doc.add_paragraph(text, style="Normal")


def letterhead(doc: DocumentObject) -> None:
    logo = doc.add_paragraph(style="Rekvizīti")
    logo.add_run("{{ logo }}")
    para(doc, "{{ municipality.service.name }}", "Iestāde")
    para(doc, "Reģ. Nr. {{ municipality.service.registration_no }}, "
              "{{ municipality.service.address }}", "Rekvizīti")
    contact = para(doc, "tālr. {{ municipality.service.phone }}, e-pasts "
                        "{{ municipality.service.email }}{% if municipality.service.website %}, "
                        "{{ municipality.service.website }}{% endif %}", "Rekvizīti")
    _bottom_rule(contact)


def _borderless(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _widths(table: Table, widths: Sequence[float]) -> None:
    """Column widths in cm: on the grid (LibreOffice reads it) and on each cell (Word)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _cell(table: Table, row: int, col: int, text: str, style: str = "Tabula",
          align: int | None = None) -> None:
    cell = table.cell(row, col)
    paragraph = cell.paragraphs[0]
    paragraph.style = style  # a style name: python-docx looks it up in the document
    paragraph.add_run(text)
    if align is not None:
        paragraph.alignment = align


def dated_line(doc: DocumentObject, date_var: str = "decision.date",
               number_var: str = "decision.number") -> None:
    table = doc.add_table(rows=1, cols=2)
    _borderless(table)
    _cell(table, 0, 0, "{{ " + date_var + " }}", "Adresāts")
    _cell(table, 0, 1, "Nr. {{ " + number_var + " }}", "Adresāts",
          align=WD_ALIGN_PARAGRAPH.RIGHT)
    _widths(table, (8.0, 8.0))


def heading(doc: DocumentObject, text: str) -> None:
    doc.add_paragraph(text, style="Heading 1")


def data_table(doc: DocumentObject, headers: Sequence[str], cells: Sequence[str], loop: str,
               widths: Sequence[float], *, total: Sequence[str] | None = None) -> None:
    """A bordered table: a header row, one row per item of `loop` ("d in documents")."""
    rows = 4 + (1 if total else 0)
    table = doc.add_table(rows=rows, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, text in enumerate(headers):
        _cell(table, 0, col, text, "Tabulas galva")
    _repeat_header(table)
    table.cell(1, 0).paragraphs[0].add_run("{%tr for " + loop + " %}")
    for col, text in enumerate(cells):
        _cell(table, 2, col, text)
    table.cell(3, 0).paragraphs[0].add_run("{%tr endfor %}")
    if total:
        for col, text in enumerate(total):
            _cell(table, 4, col, text, "Tabulas galva")
    for row in table.rows:  # a row is read whole: never split across a page break
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    _widths(table, widths)
    doc.add_paragraph(style="Piezīme")


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def key_value_table(doc: DocumentObject, pairs: Sequence[tuple[str, str]],
                    widths: Sequence[float] = (5.0, 11.0)) -> None:
    table = doc.add_table(rows=len(pairs), cols=2)
    table.style = doc.styles["Table Grid"]
    for row, (key, value) in enumerate(pairs):
        _cell(table, row, 0, key, "Tabulas galva")
        _cell(table, row, 1, value)
    _widths(table, widths)
    doc.add_paragraph(style="Piezīme")


def addressee(doc: DocumentObject) -> None:
    for text in ("{{ addressee.name_dative }}", "personas kods {{ addressee.personal_code }}",
                 "{{ addressee.address }}"):
        paragraph = para(doc, text, "Adresāts")
        paragraph.paragraph_format.left_indent = Cm(9)
    tag(doc, "{%p for r in representatives %}")
    for text in ("{{ r.role_dative }} {{ r.name_dative }}",
                 "personas kods {{ r.personal_code }}"):
        paragraph = para(doc, text, "Adresāts")
        paragraph.paragraph_format.left_indent = Cm(9)
    tag(doc, "{%p endfor %}")


def replaces(doc: DocumentObject) -> None:
    tag(doc, "{%p for old in decision.replaces %}")
    para(doc, "Ar šo lēmumu tiek aizstāts {{ municipality.service.name_genitive }} "
              "{{ old.date }} lēmums Nr. {{ old.number }}.", "Punkts")
    tag(doc, "{%p endfor %}")


def application_facts(doc: DocumentObject, service_words: str, extra: str = "") -> None:
    """1.1 the application answered, [1.2 `extra`], then the documents in the case."""
    para(doc, "1.1. {{ municipality.service.name }} saņēma {{ application.applicant_genitive }} "
              "{{ application.date }} iesniegumu (reģistrēts lietā Nr. "
              "{{ application.registration }}) ar lūgumu piešķirt {{ addressee.name_dative }} "
              f"{service_words}{{{{ application.requested }}}}.", "Punkts")
    n = 2
    if extra:
        para(doc, f"1.2. {extra}", "Punkts")
        n = 3
    para(doc, f"1.{n}. Lietā ir šādi dokumenti:", "Punkts")
    data_table(doc, ("Nr.", "Dokuments", "Izdevējs", "Datums", "Numurs"),
               ("{{ d.n }}", "{{ d.title }}", "{{ d.issuer }}", "{{ d.date }}", "{{ d.number }}"),
               "d in documents", (1.0, 4.8, 4.4, 2.5, 3.3))


def reasoning(doc: DocumentObject) -> None:
    heading(doc, "2. Izvērtējums un pamatojums")
    tag(doc, "{%p for r in reasons %}")
    para(doc, "{{ r.n }}. {{ r.text }} ({{ r.source }}).", "Punkts")
    tag(doc, "{%p endfor %}")
    para(doc, "Piemērotās tiesību normas: {{ legal_basis }}.", "Punkts")


def duties(doc: DocumentObject, n: str) -> None:
    heading(doc, f"{n}. Pakalpojuma saņēmēja pienākumi un tiesības")
    para(doc, f"{n}.1. Pakalpojuma saņēmējam (viņa likumiskajam pārstāvim) trīs darba dienu "
              "laikā jāinformē {{ municipality.service.name }} par dzīvesvietas maiņu; par "
              "ievietošanu stacionārā ārstniecības iestādē, ilgstošas sociālās aprūpes "
              "institūcijā vai ieslodzījuma vietā; par izmaiņām iestādēs vai aktivitātēs, kurām "
              "pakalpojums piešķirts; kā arī par citiem apstākļiem, kas var ietekmēt pakalpojuma "
              "apjomu vai tā sniedzēju. Pēc sociālā dienesta pieprasījuma jāiesniedz "
              "apstākļus apliecinoši dokumenti (likums „Par sociālo drošību”, 26. pants).",
         "Punkts")


def assistant_rights(doc: DocumentObject, n: str) -> None:
    para(doc, f"{n}.2. Pakalpojuma saņēmējs var izvēlēties asistentu un, iesniedzot pamatotu "
              "rakstveida iesniegumu, mainīt asistentu ne biežāk kā divas reizes gadā.",
         "Punkts")


def appeal(doc: DocumentObject, n: str) -> None:
    heading(doc, f"{n}. Lēmuma apstrīdēšanas un pārsūdzēšanas kārtība")
    para(doc, f"{n}.1. Lēmums stājas spēkā ar tā paziņošanas brīdi.", "Punkts")
    para(doc, f"{n}.2. Saskaņā ar Administratīvā procesa likuma 76. panta otro daļu un 79. panta "
              "pirmo daļu šo lēmumu var apstrīdēt {{ municipality.appeal.body_locative }} "
              "({{ municipality.appeal.address }}) viena mēneša laikā no tā spēkā stāšanās "
              "dienas.", "Punkts")
    para(doc, f"{n}.3. {{{{ municipality.appeal.body_genitive }}}} lēmumu var pārsūdzēt "
              "{{ municipality.court.name_locative }}{% if municipality.court.address %} "
              "({{ municipality.court.address }}){% endif %} viena mēneša laikā no tā spēkā "
              "stāšanās dienas.", "Punkts")


def signature(doc: DocumentObject, signer: str = "signer") -> None:
    doc.add_paragraph(style="Normal")
    table = doc.add_table(rows=2, cols=3)
    _borderless(table)
    _cell(table, 0, 0, "{{ " + signer + ".position }}", "Paraksts")
    _cell(table, 0, 1, "________________", "Paraksts", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell(table, 0, 2, "{{ " + signer + ".name }}", "Paraksts", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _cell(table, 1, 1, "(paraksts)", "Piezīme", align=WD_ALIGN_PARAGRAPH.CENTER)
    _widths(table, (6.5, 4.5, 5.0))


def head(doc: DocumentObject, title: str) -> None:
    letterhead(doc)
    para(doc, "Lēmums", "Title")
    para(doc, "{{ municipality.place.locative }}", "Vieta")
    dated_line(doc)
    doc.add_paragraph(style="Adresāts")
    addressee(doc)
    para(doc, title, "Lēmuma nosaukums")
    replaces(doc)


# --- the documents -------------------------------------------------------------------------------


def grant_decision(doc: DocumentObject) -> None:
    head(doc, "Par asistenta pakalpojuma piešķiršanu")
    heading(doc, "1. Konstatētie fakti")
    application_facts(doc, "asistenta pakalpojumu")
    reasoning(doc)
    heading(doc, "3. Lēmums")
    para(doc, "Ņemot vērā minēto, {{ municipality.service.name }} nolemj:", "Punkts")
    para(doc, "3.1. Piešķirt {{ addressee.name_dative }} asistenta pakalpojumu pašvaldībā "
              "{{ grant.period }} šādā apjomā:", "Punkts")
    data_table(doc, ("Aktivitāte", "{{ grant.unit_heading }}"),
               ("{{ h.activity }}", "{{ h.hours }}"), "h in grant.rows", (10.0, 6.0),
               total=("Piešķirtais apjoms kopā", "{{ grant.total }}"))
    para(doc, "3.2. Kopējais piešķirtais asistenta pakalpojuma apjoms ir {{ grant.total }} "
              "{{ grant.unit_words }}. Pakalpojuma apjomā ieskaita tikai faktiski nostrādātās "
              "stundas, ko apliecina ikmēneša asistenta pakalpojuma uzskaites veidlapa.",
         "Punkts")
    duties(doc, "4")
    assistant_rights(doc, "4")
    appeal(doc, "5")
    signature(doc)


def refusal_decision(doc: DocumentObject) -> None:
    head(doc, "Par atteikumu piešķirt {{ service.accusative }}")
    heading(doc, "1. Konstatētie fakti")
    application_facts(doc, "{{ service.accusative }}")
    reasoning(doc)
    heading(doc, "3. Lēmums")
    para(doc, "Ņemot vērā minēto, {{ municipality.service.name }} nolemj:", "Punkts")
    para(doc, "3.1. Atteikt {{ addressee.name_dative }} {{ service.genitive }} piešķiršanu.",
         "Punkts")
    para(doc, "3.2. Atteikuma iemesli:", "Punkts")
    tag(doc, "{%p for g in refusal.grounds %}")
    para(doc, "{{ g.n }}) {{ g.text }}", "Punkts").paragraph_format.left_indent = Cm(0.75)
    tag(doc, "{%p endfor %}")
    para(doc, "3.3. Ja apstākļi, kuru dēļ pakalpojums atteikts, mainās, persona var atkārtoti "
              "iesniegt sociālajā dienestā iesniegumu kopā ar dokumentiem, kas to apliecina.",
         "Punkts")
    appeal(doc, "4")
    signature(doc)


def family_decision(doc: DocumentObject) -> None:
    head(doc, "Par ģimenes asistenta pakalpojuma piešķiršanu")
    heading(doc, "1. Konstatētie fakti")
    application_facts(doc, "ģimenes asistenta pakalpojumu", "{{ opinion.sentence }}")
    reasoning(doc)
    heading(doc, "3. Lēmums")
    para(doc, "Ņemot vērā minēto, {{ municipality.service.name }} nolemj:", "Punkts")
    para(doc, "3.1. Piešķirt {{ addressee.name_dative }} ģimenes asistenta pakalpojumu:",
         "Punkts")
    key_value_table(doc, (
        ("Pakalpojuma saņēmēja kategorija", "{{ grant.category }}"),
        ("Apjoms", "{{ grant.total }} nedēļā"),
        ("Periods", "{{ grant.period }}"),
    ))
    para(doc, "3.2. Ģimenes asistenta uzdevumi saskaņā ar sociālā darbinieka atzinumu:",
         "Punkts")
    tag(doc, "{%p for t in grant.tasks %}")
    task = para(doc, "{{ t.n }}) {{ t.text }}{{ t.end }}", "Punkts")
    task.paragraph_format.left_indent = Cm(0.75)
    tag(doc, "{%p endfor %}")
    para(doc, "3.3. Pakalpojumu sniedz saskaņā ar individuālo sociālās rehabilitācijas plānu, "
              "ko sociālais darbinieks sagatavo kopā ar pakalpojuma saņēmēju. Ģimenes asistents "
              "darbojas kopā ar pakalpojuma saņēmēju, nevis viņa vietā: palīdz apgūt un "
              "nostiprināt prasmes, bet nepieņem lēmumus un neveic mājsaimniecības darbus "
              "klienta vietā.", "Punkts")
    para(doc, "3.4. Pakalpojumu var pagarināt, pamatojoties uz sociālā darbinieka atzinumu.",
         "Punkts")
    duties(doc, "4")
    appeal(doc, "5")
    signature(doc)


def rehabilitation_plan(doc: DocumentObject) -> None:
    letterhead(doc)
    para(doc, "Individuālais sociālās rehabilitācijas plāns", "Title")
    para(doc, "ģimenes asistenta pakalpojuma saņēmējam", "Vieta")
    key_value_table(doc, (
        ("Klients", "{{ client.name }}, personas kods {{ client.personal_code }}"),
        ("Adrese", "{{ client.address }}"),
        ("Kategorija", "{{ plan.category }}"),
        ("Lēmums", "{{ plan.decision }}"),
        ("Pakalpojuma periods", "{{ plan.period }}"),
        ("Apjoms", "{{ plan.total }} nedēļā"),
        ("Sociālā darbinieka atzinums", "{{ plan.opinion }}"),
    ), widths=(6.0, 19.6))
    heading(doc, "1. Mērķis")
    para(doc, "{{ plan.goal }}", "Punkts")
    heading(doc, "2. Uzdevumi, to izpildītāji un termiņi")
    para(doc, "Uzdevumi ir tie, ko sociālais darbinieks nosaucis atzinumā; jomas un darbības – "
              "pēc {{ plan.tasks_source }}. Ģimenes asistents darbojas kopā ar klientu, nevis "
              "klienta vietā.", "Punkts")
    data_table(doc, ("Nr.", "Uzdevums (atzinumā)", "Joma", "Ko dara klients",
                     "Ko ģimenes asistents dara kopā ar klientu", "Termiņš", "Stundas nedēļā"),
               ("{{ t.n }}", "{{ t.task }}", "{{ t.area }}", "{{ t.client }}",
                "{{ t.assistant }}", "{{ t.until }}", "{{ t.hours }}"),
               "t in plan.tasks", (1.0, 4.0, 3.6, 5.0, 6.2, 3.2, 2.6),
               total=("", "Kopā", "", "", "", "", "{{ plan.total_figure }}"))
    para(doc, "Ģimenes asistents nedara klienta vietā: {{ plan.not_done }}.", "Punkts")
    heading(doc, "3. Plāna pārskatīšana")
    data_table(doc, ("Nr.", "Pārskatīšanas datums", "Sasniegtais un turpmākie uzdevumi",
                     "Klienta paraksts", "Sociālā darbinieka paraksts"),
               ("{{ v.n }}", "{{ v.date }}", "", "", ""), "v in plan.reviews",
               (1.0, 5.0, 10.6, 4.5, 4.5))
    heading(doc, "4. Paraksti")
    para(doc, "Ar plānu iepazinos, tam piekrītu un apņemos piedalīties tā īstenošanā.", "Punkts")
    para(doc, "{{ municipality.place.locative }}, {{ plan.date }}", "Punkts")
    table = doc.add_table(rows=4, cols=3)
    table.style = doc.styles["Table Grid"]
    for col, text in enumerate(("Loma", "Vārds, uzvārds, amats", "Paraksts")):
        _cell(table, 0, col, text, "Tabulas galva")
    rows = (("Klients", "{{ client.name }}"),
            ("Ģimenes asistents", ""),
            ("Sociālais darbinieks", "{{ signer.name }}, {{ signer.position }}"))
    for row, (role, who) in enumerate(rows, start=1):
        _cell(table, row, 0, role)
        _cell(table, row, 1, who)
        table.rows[row].height = Cm(1.2)
    _widths(table, (5.0, 12.6, 8.0))


BUILDERS: dict[str, tuple[Callable[[DocumentObject], None], bool]] = {
    GRANT: (grant_decision, False),
    REFUSAL: (refusal_decision, False),
    FAMILY: (family_decision, False),
    PLAN: (rehabilitation_plan, True),
}


# The document's title in its properties: what a PDF viewer's title bar and the print batch's
# cover show (the file name is no title for a reader).
TITLES = {
    GRANT: "Lēmums par asistenta pakalpojuma piešķiršanu",
    REFUSAL: "Lēmums par atteikumu piešķirt pakalpojumu",
    FAMILY: "Lēmums par ģimenes asistenta pakalpojuma piešķiršanu",
    PLAN: "Individuālais sociālās rehabilitācijas plāns",
}


def build(name: str, out_dir: Path = HERE) -> Path:
    builder, landscape = BUILDERS[name]
    doc = Document()
    setup_styles(doc)
    page(doc, landscape=landscape)
    doc.core_properties.title = TITLES[name]
    doc.core_properties.author = "asistents"
    # python-docx's default document opens with one empty paragraph: drop it.
    body = doc.element.body
    first = body.find(qn("w:p"))
    if first is not None and not "".join(first.itertext()).strip():
        body.remove(first)
    builder(doc)
    out = out_dir / name
    doc.save(str(out))
    return out


def main(argv: Sequence[str] = ()) -> int:
    out_dir = Path(argv[0]) if argv else HERE
    for name in BUILDERS:
        print(build(name, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

