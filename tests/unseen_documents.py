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
DACE = personal_code("1111791234")


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


def social_worker_numbered(pdf: canvas.Canvas) -> None:
    """Short labels ("Apjoms", "Termiņš") and numbered tasks."""
    _text(pdf, 150, 800, "Valkas novada sociālais dienests", 14, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 90009115675, Rīgas iela 22, Valka, LV-4701", 9)
    _text(pdf, 60, 750, "Valkā, 15.10.2024.")
    _text(pdf, 200, 715, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 680, [
        "Klients: Dace Ozola", f"p.k. {DACE}", "Mērķa grupa: ģimene ar bērniem",
        "Apjoms: 8 h nedēļā", "Termiņš: 3 mēneši", "Uzdevumi:",
        "1) bērnu aprūpes prasmju apguve;", "2) budžeta plānošana;", "3) sadarbība ar skolu.",
        "Sociālā darbiniece  L. Kalna",
    ])


def timesheet_borderless(pdf: canvas.Canvas) -> None:
    """A time range in one column ("08:00-12:00"), no ruling lines."""
    _text(pdf, 150, 800, "Valkas novada sociālais dienests", 14, bold=True)
    _text(pdf, 170, 760, "Asistenta darba laika uzskaite", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Pārskata mēnesis: 2024. gada oktobris", "Klients: Oskars Vītols",
        f"Klienta personas kods: {OSKARS}", "Asistente: Inga Zeltiņa",
        f"Asistenta personas kods: {INGA}",
    ])
    rows = [("Datums", "Laiks", "Stundas", "Aktivitāte"),
            ("01.10.2024.", "08:00-12:00", "4", "Darbs"),
            ("03.10.2024.", "17:00-19:00", "2", "Brīvais laiks"), ("Kopā", "", "6", "")]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            _text(pdf, 60 + 130 * j, 630 - 18 * i, cell)


def child_opinion(pdf: canvas.Canvas) -> None:
    """A child's opinion: validity in one sentence, "Nepieciešama īpaša kopšana: jā"."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 12, bold=True)
    _text(pdf, 60, 760, "Atzinums Nr. B-2024/1234")
    _text(pdf, 400, 760, "05.06.2024.")
    _lines(pdf, 60, 720, [
        "Bērns: Toms Zeltiņš", f"Personas kods: {TOMS}",
        "Invaliditāte: bērns ar invaliditāti",
        "Invaliditāte noteikta no 05.06.2024. līdz 03.12.2030.",
        "Funkcionēšanas ierobežojumi: redzes traucējumi; kustību traucējumi",
        "Nepieciešama īpaša kopšana: jā",
    ])


def employer_split_name(pdf: canvas.Canvas) -> None:
    """First name and surname under separate labels; dates without spaces ("2022.gada 1.aprīlī")."""
    _text(pdf, 150, 800, "SIA „Rīta Maize”", 14, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 40003009872, Maizes iela 1, Cēsis, LV-4101", 9)
    _text(pdf, 230, 740, "IZZIŅA", 13, bold=True)
    _text(pdf, 200, 722, "par darba attiecībām", 11)
    _lines(pdf, 60, 690, [
        "Vārds: Dace", "Uzvārds: Ozola", f"Personas kods: {DACE}", "Amats: pārdevēja",
        "Darba attiecību sākums: 2022.gada 1.aprīlī", "Darba laiks nedēļā: 30 stundas",
        "Cēsīs, 2024.gada 5.martā",
    ])


def report_card(pdf: canvas.Canvas) -> None:
    """A school report card: a school's paper, but none of ours."""
    _text(pdf, 200, 800, "Ludzas 2. vidusskola", 14, bold=True)
    _text(pdf, 230, 760, "LIECĪBA", 13, bold=True)
    _lines(pdf, 60, 730, [
        "2023./2024. mācību gads", "Skolēns: Laura Priede, 9. klase", "Latviešu valoda 8",
        "Matemātika 7", "Uzvedība: laba", "Klases audzinātāja  A. Ozola",
    ])


def work_contract(pdf: canvas.Canvas) -> None:
    """An employment contract: it speaks of employers and hours, but it is not a certificate."""
    _text(pdf, 200, 800, "DARBA LĪGUMS Nr. 12/2024", 13, bold=True)
    _lines(pdf, 60, 770, [
        "Cēsīs, 2024. gada 2. janvārī",
        "SIA „Rīta Maize”, reģ. Nr. 40003009872, turpmāk – Darba devējs, un Dace Ozola,",
        f"personas kods {DACE}, turpmāk – Darbinieks, noslēdz šo darba līgumu.",
        "1. Darbinieks tiek pieņemts darbā par pārdevēju.",
        "2. Darba laiks ir 30 stundas nedēļā. Darba alga 900 EUR mēnesī.",
    ])


def prescription(pdf: canvas.Canvas) -> None:
    _text(pdf, 230, 800, "RECEPTE", 13, bold=True)
    _lines(pdf, 60, 770, [
        "Pacients: Laura Priede", f"Personas kods: {LAURA}",
        "Rp.: Ibuprofēns 400 mg, 20 tabletes", "Lietot pa 1 tabletei 3 reizes dienā",
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
        "special_care_needed": None,  # not spoken of: absent is not "no"
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
    "report_card.pdf": (report_card, "unknown", {}),
    "work_contract.pdf": (work_contract, "unknown", {}),
    "prescription.pdf": (prescription, "unknown", {}),
    "employer_split_name.pdf": (employer_split_name, "employer_certificate", {
        "employer_name": "SIA Rīta Maize", "employer_reg_no": "40003009872",
        "person_name": "Dace Ozola", "personal_code": DACE, "position": "pārdevēja",
        "employed_since": "2022-04-01", "hours_per_week": 30, "issued_on": "2024-03-05",
    }),
    "social_worker.pdf": (social_worker_numbered, "social_worker_opinion", {
        "person_name": "Dace Ozola", "personal_code": DACE, "category": "family_with_children",
        "hours_per_week": 8, "period_months": 3,
        "tasks": ["bērnu aprūpes prasmju apguve", "budžeta plānošana", "sadarbība ar skolu"],
        "issued_on": "2024-10-15",
    }),
    "timesheet.pdf": (timesheet_borderless, "timesheet", {
        "month": "2024-10", "client_name": "Oskars Vītols", "client_personal_code": OSKARS,
        "assistant_name": "Inga Zeltiņa", "assistant_personal_code": INGA,
        "entries": [
            {"date": "2024-10-01", "start": "08:00", "end": "12:00", "hours": 4,
             "activity": "work"},
            {"date": "2024-10-03", "start": "17:00", "end": "19:00", "hours": 2,
             "activity": "leisure"},
        ],
        "total_hours": 6,
    }),
    "child_opinion.pdf": (child_opinion, "commission_opinion", {
        "opinion_no": "B-2024/1234", "issued_on": "2024-06-05", "person_name": "Toms Zeltiņš",
        "personal_code": TOMS, "disability_group": "child", "valid_from": "2024-06-05",
        "valid_until": "2030-12-03", "limitations": ["vision", "mobility"],
        "assistant_needed": False, "special_care_needed": True,
    }),
}


def build_unseen(folder: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Write every held-out document into `folder`; file name -> (doc_type, expected fields)."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, (draw, doc_type, fields) in UNSEEN.items():
        _page(folder / name, draw)
        expected[name] = (doc_type, fields)
    return expected
