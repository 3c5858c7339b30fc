"""A held-out set of documents the extractor was not tuned on: other wordings, orders and layouts.

`build_unseen(folder)` writes the PDFs with reportlab and returns what each should read as.
The people are invented; their personal codes pass the stdnum checksum. Nothing here copies
the sample inbox's phrasing: labels are worded differently, fields come in another order, a
table has no borders, letters use other verbs and inflected names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from stdnum.lv import pvn

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def personal_code(body: str) -> str:
    """A valid old-format code from its first ten digits."""
    code = body + pvn.calc_check_digit_pers(body)
    assert pvn.is_valid(code)
    return f"{code[:6]}-{code[6:]}"


KARLIS = personal_code("1503901123")
MARA = personal_code("0207851456")
LAURA = personal_code("2411082234")
OSKARS = personal_code("0909751789")
INGA = personal_code("1704821345")
TOMS = personal_code("0312142267")


def _fonts() -> None:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _page(path: Path, draw: Callable[[canvas.Canvas], None]) -> None:
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    draw(pdf)
    pdf.showPage()
    pdf.save()


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 11,
          bold: bool = False) -> None:
    pdf.setFont("DejaVuSans-Bold" if bold else "DejaVuSans", size)
    pdf.drawString(x, y, text)


def _lines(pdf: canvas.Canvas, x: float, y: float, lines: list[str], size: float = 11) -> None:
    for i, line in enumerate(lines):
        _text(pdf, x, y - i * size * 1.5, line, size)


def employer_letter(pdf: canvas.Canvas) -> None:
    """A prose certificate: other verbs, the name in the nominative after "apliecina, ka"."""
    _text(pdf, 160, 800, "SIA „Zaļā Birze”", 15, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 40103456788, Dārza iela 7, Ludza, LV-5701", 9)
    _text(pdf, 60, 740, "Ludzā, 2024. gada 5. septembrī")
    _text(pdf, 250, 700, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 670, [
        f"SIA „Zaļā Birze” apliecina, ka Kārlis Ozols, personas kods {KARLIS}, kopš",
        "2020. gada 3. februāra ir nodarbināts uzņēmumā kā noliktavas pārzinis. Viņa",
        "nolīgtais darba laiks ir 30 stundas nedēļā.",
        "Izziņa derīga iesniegšanai pašvaldībā.",
    ])
    _text(pdf, 60, 560, "Valdes loceklis  A. Egle")


def school_form(pdf: canvas.Canvas) -> None:
    """Label: value lines in another order and other label words."""
    _text(pdf, 200, 800, "Ludzas 2. vidusskola", 15, bold=True)
    _text(pdf, 140, 782, "Reģ. Nr. 4313900123, Skolas iela 4, Ludza, LV-5701, tālr. 65700000", 9)
    _text(pdf, 60, 750, "Nr. 1-12/88")
    _text(pdf, 400, 750, "12.09.2024.")
    _text(pdf, 180, 715, "IZZIŅA PAR MĀCĪBĀM", 13, bold=True)
    _lines(pdf, 60, 680, [
        "Programma: Vispārējās vidējās izglītības programma",
        f"Pers. kods: {LAURA}",
        "Skolēns: Laura Priede",
        "Slodze nedēļā: 25 st.",
        "Mācības beigs: 31.05.2027.",
    ])
    _text(pdf, 60, 560, "Direktors  J. Liepiņš")


def opinion_borderless_table(pdf: canvas.Canvas) -> None:
    """A two-column table without ruling lines, validity "uz nenoteiktu laiku"."""
    _text(pdf, 80, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 13, bold=True)
    _text(pdf, 150, 782, "Reģ. Nr. 90000022399, Ģertrūdes iela 40, Rīga, LV-1011", 9)
    _text(pdf, 60, 750, "ATZINUMS Nr. A-2024/0777")
    _text(pdf, 400, 750, "2024. gada 2. aprīlī")
    rows = [
        ("Persona", "Oskars Vītols"),
        ("Personas kods", OSKARS),
        ("Grupa", "II grupa"),
        ("Termiņš no", "02.04.2024."),
        ("Termiņš līdz", "uz nenoteiktu laiku"),
        ("Ierobežojumi", "kustību traucējumi"),
        ("Slēdziens", "ir nepieciešams asistents"),
    ]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - i * 20, label)
        _text(pdf, 260, 700 - i * 20, value)


def activity_letter_dative(pdf: canvas.Canvas) -> None:
    """A letter naming the person in the dative."""
    _text(pdf, 160, 800, "Biedrība „Sirdsgaisma”", 15, bold=True)
    _text(pdf, 150, 782, "Reģ. Nr. 40008012345, Ezera iela 2, Balvi, LV-4501", 9)
    _text(pdf, 60, 750, "Balvos, 2024. gada 20. oktobrī")
    _text(pdf, 240, 715, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 680, [
        f"Apliecinājums izsniegts Mārai Kalnai, personas kods {MARA}, par to, ka viņa",
        "regulāri piedalās biedrības sabiedriskajos pasākumos vidēji 6 stundas nedēļā.",
    ])
    _text(pdf, 60, 600, "Valdes priekšsēdētāja  R. Sīle")


def application_borderless(pdf: canvas.Canvas) -> None:
    """An application with sections and an activity table without borders."""
    _text(pdf, 330, 800, "Balvu novada Sociālajam dienestam")
    _text(pdf, 250, 760, "PIETEIKUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Ziņas par iesniedzēju",
        "Vārds un uzvārds: Inga Zeltiņa",
        f"Personas kods: {INGA}",
        "Adrese: Tirgus iela 8-2, Balvi, LV-4501",
        "E-pasts: inga.zeltina@example.lv",
        "Ziņas par personu, kurai nepieciešams pakalpojums",
        "Vārds un uzvārds: Toms Zeltiņš",
        f"Personas kods: {TOMS}",
        "Lūdzu nodrošināt asistenta pakalpojumu šādām darbībām:",
    ])
    for i, (what, hours) in enumerate([("Skolas apmeklējums", "15 h"),
                                       ("Brīvā laika pavadīšana", "2 h")]):
        _text(pdf, 80, 580 - i * 18, what)
        _text(pdf, 330, 580 - i * 18, hours)
    _lines(pdf, 60, 520, ["Valsts pabalstu par asistenta izmantošanu nesaņemu.",
                          "Datums: 2024. gada 1. novembrī"])


def utility_bill(pdf: canvas.Canvas) -> None:
    """None of ours: it must come out as unknown."""
    _text(pdf, 60, 800, "AS „Latvijas Gāze”", 14, bold=True)
    _text(pdf, 60, 760, "RĒĶINS Nr. 2024-11-55501", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Klients: Kārlis Ozols",
        "Patēriņa periods: 01.10.2024.-31.10.2024.",
        "Skaitītāja rādījums: 10234",
        "PVN 21 %: 7,84 EUR",
        "Summa apmaksai: 45,20 EUR",
        "Apmaksāt līdz: 20.11.2024.",
    ])


UNSEEN: dict[str, tuple[Callable[[canvas.Canvas], None], str, dict[str, Any]]] = {
    "employer_letter.pdf": (employer_letter, "employer_certificate", {
        "employer_name": "SIA Zaļā Birze", "employer_reg_no": "40103456788",
        "person_name": "Kārlis Ozols", "personal_code": KARLIS,
        "position": "noliktavas pārzinis", "employed_since": "2020-02-03",
        "hours_per_week": 30, "issued_on": "2024-09-05",
    }),
    "school_form.pdf": (school_form, "school_certificate", {
        "institution_name": "Ludzas 2. vidusskola", "education_level": "general",
        "person_name": "Laura Priede", "personal_code": LAURA,
        "programme": "Vispārējās vidējās izglītības programma", "study_until": "2027-05-31",
        "hours_per_week": 25, "issued_on": "2024-09-12",
    }),
    "opinion_table.pdf": (opinion_borderless_table, "commission_opinion", {
        "opinion_no": "A-2024/0777", "issued_on": "2024-04-02", "person_name": "Oskars Vītols",
        "personal_code": OSKARS, "disability_group": "II", "valid_from": "2024-04-02",
        "valid_until": None, "limitations": ["mobility"], "assistant_needed": True,
        "special_care_needed": False,
    }),
    "activity_letter.pdf": (activity_letter_dative, "activity_certificate", {
        "institution_name": "Biedrība Sirdsgaisma", "activity_kind": "ngo",
        "person_name": "Māra Kalna", "personal_code": MARA, "hours_per_week": 6,
        "issued_on": "2024-10-20",
    }),
    "application.pdf": (application_borderless, "application", {
        "service": "assistant", "applicant_name": "Inga Zeltiņa",
        "applicant_personal_code": INGA, "client_name": "Toms Zeltiņš",
        "client_personal_code": TOMS, "address": "Tirgus iela 8-2, Balvi, LV-4501",
        "email": "inga.zeltina@example.lv",
        "activities": [{"kind": "education", "hours_per_week": 15},
                       {"kind": "leisure", "hours_per_week": 2}],
        "receives_assistant_benefit": False, "submitted_on": "2024-11-01",
    }),
    "bill.pdf": (utility_bill, "unknown", {}),
}


def build_unseen(folder: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Write every held-out document into `folder`; file name -> (doc_type, expected fields)."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, (draw, doc_type, fields) in UNSEEN.items():
        _page(folder / name, draw)
        expected[name] = (doc_type, fields)
    return expected
