"""Small documents, each exercising one class of reading mistake (issue #11), drawn with reportlab.

Whose field it is (two person blocks, "manam dēlam", an unknown second heading, the orphan
court's official, the doctor), marked versus printed (both options printed, "X" in a cell,
drawn boxes and circles), which date, where a value ends, foreign letters, unlisted issuers.
`build_cases(folder)` writes them and returns file name -> (doc_type, expected fields). The
people are invented; their personal codes pass the stdnum checksum.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from unseen_documents import DACE, _fonts, _lines, _text, personal_code

ILZE = personal_code("0303841111")
ANNA = personal_code("1207112001")
LAIMA = personal_code("1406791234")
ROBERTS = personal_code("0510112345")
AIVARS = personal_code("2208601456")
KRISTAPS = personal_code("1111921789")
EDITE = personal_code("0902751345")
ANDRIS = personal_code("3009581315")
PETERIS = personal_code("1705861409")
MARTA = personal_code("2306791122")
GUNTA = personal_code("1804671234")
VALTERS = personal_code("0107001123")
SANDRA = personal_code("2512881456")
ELZA = personal_code("1902951234")
JURIS = personal_code("0704651789")

Draw = Callable[[canvas.Canvas], None]


def _grid(pdf: canvas.Canvas, x: float, y: float, widths: list[float], rows: list[list[str]],
          height: float = 20, size: float = 10) -> float:
    """A ruled table whose top-left corner is at (x, y); returns the y under it."""
    pdf.setLineWidth(0.6)
    total = sum(widths)
    for i, row in enumerate(rows):
        top = y - i * height
        pdf.line(x, top, x + total, top)
        left = x
        for width, cell in zip(widths, row, strict=True):
            _text(pdf, left + 4, top - height + 6, cell, size)
            left += width
    bottom = y - len(rows) * height
    pdf.line(x, bottom, x + total, bottom)
    left = x
    for width in [0.0, *widths]:
        left += width
        pdf.line(left, y, left, bottom)
    return bottom


def _box(pdf: canvas.Canvas, x: float, y: float, ticked: bool, size: float = 9) -> None:
    """A tick box drawn as a square; a ticked one gets a drawn cross (vector, no glyph)."""
    pdf.setLineWidth(0.7)
    pdf.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        pdf.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
        pdf.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)


def _circle(pdf: canvas.Canvas, x: float, y: float, word: str, size: float = 11) -> None:
    """An ellipse drawn around a word printed at (x, y), as a clerk's pen would circle it."""
    width = pdf.stringWidth(word, "DejaVuSans", size)
    pdf.setLineWidth(0.9)
    pdf.ellipse(x - 5, y - 5, x + width + 5, y + size + 2, stroke=1, fill=0)


# --- 1. whose field is it -------------------------------------------------------------------


def application_two_columns(pdf: canvas.Canvas) -> None:
    """The applicant and the client side by side in one ruled table."""
    _text(pdf, 330, 800, "Cēsu novada Sociālajam dienestam")
    _text(pdf, 250, 760, "IESNIEGUMS", 13, bold=True)
    _text(pdf, 150, 742, "par asistenta pakalpojuma piešķiršanu")
    bottom = _grid(pdf, 50, 715, [130, 180, 190], [
        ["", "Iesniedzējs", "Persona, kurai nepieciešams"],
        ["Vārds, uzvārds", "Ilze Kalniņa", "Anna Kalniņa"],
        ["Personas kods", ILZE, ANNA],
        ["Dzīvesvieta", "Rīgas iela 5-3, Cēsis, LV-4101", "Rīgas iela 5-3, Cēsis, LV-4101"],
    ], size=9)
    _lines(pdf, 50, bottom - 25, [
        "Kontakttālrunis: 29123456",
        "Asistenta palīdzība nepieciešama:",
    ])
    bottom = _grid(pdf, 50, bottom - 60, [300, 120], [
        ["Darbība", "Stundas nedēļā"],
        ["Mācības skolā", "20"],
        ["Dienas centra apmeklējums", "10"],
    ])
    _text(pdf, 50, bottom - 30, "Saņemu valsts pabalstu par asistenta izmantošanu:  ☐ jā   ☒ nē")
    _text(pdf, 50, bottom - 70, "Cēsīs, 2021. gada 12. martā")
    _text(pdf, 350, bottom - 70, "Paraksts: I. Kalniņa")


def application_son_letter(pdf: canvas.Canvas) -> None:
    """A letter: the applicant writes for her son ("manam dēlam ..."), address in prose."""
    _text(pdf, 330, 800, "Smiltenes novada")
    _text(pdf, 330, 786, "Sociālajam dienestam")
    _text(pdf, 250, 740, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 705, [
        f"Es, Laima Riekstiņa, personas kods {LAIMA}, deklarētā dzīvesvieta ir",
        "Dārza iela 12, Smiltene, LV-4729, lūdzu piešķirt asistenta pakalpojumu manam",
        f"dēlam Robertam Riekstiņam, personas kods {ROBERTS}, kurš mācās Smiltenes",
        "vidusskolā (25 stundas nedēļā) un apmeklē dienas centru (8 stundas nedēļā).",
        "Valsts pabalstu par asistenta izmantošanu dēls nesaņem.",
        "Tālr. 26123456",
    ])
    _text(pdf, 50, 580, "2021. gada 3. februārī")
    _text(pdf, 380, 580, "L. Riekstiņa")


def application_unknown_heading(pdf: canvas.Canvas) -> None:
    """Two blocks of the same labels; the second block's heading is not one we list."""
    _text(pdf, 250, 800, "PIETEIKUMS", 13, bold=True)
    _text(pdf, 170, 782, "asistenta pakalpojuma saņemšanai")
    _lines(pdf, 50, 745, [
        "1. Iesniedzēja dati",
        "Vārds, uzvārds: Aivars Krūmiņš",
        f"Personas kods: {AIVARS}",
        "Adrese: Lielā iela 3, Valmiera, LV-4201",
        "E-pasts: aivars.krumins@example.lv",
        "2. Aizgādnībā esošā pilngadīgā persona",
        "Vārds, uzvārds: Kristaps Krūmiņš",
        f"Personas kods: {KRISTAPS}",
        "3. Asistents nepieciešams šādām darbībām:",
        "☒ darbs (15 h nedēļā)     ☐ mācības     ☒ brīvais laiks (2 h nedēļā)",
        "4. Vai saņemat pabalstu par asistenta izmantošanu?   ☐ Jā   ☒ Nē",
        "Datums: 15.04.2021.",
    ])


def representation_official(pdf: canvas.Canvas) -> None:
    """An orphan court decision: the chair is named first, the represented person in prose."""
    _text(pdf, 200, 800, "Cēsu novada bāriņtiesa", 15, bold=True)
    _text(pdf, 140, 782, "Reģ. Nr. 90000031048, Bērzaines iela 34, Cēsis, LV-4101", 9)
    _text(pdf, 230, 745, "LĒMUMS Nr. 1-5/44", 13, bold=True)
    _text(pdf, 50, 720, "Cēsīs, 2025. gada 4. maijā")
    _lines(pdf, 50, 690, [
        "Bāriņtiesa šādā sastāvā: priekšsēdētāja Anita Bērziņa, locekles Inese Ozola un",
        "Rita Kalna, izskatot lietu par aizgādnības nodibināšanu, nolēma:",
        f"iecelt Andri Liepu, personas kods {ANDRIS}, par aizgādni pilngadīgajai",
        f"personai Pēterim Liepam, personas kods {PETERIS}.",
        "Pārstāvības pamats: bāriņtiesas 2025. gada 4. maija lēmums Nr. 1-5/44 par",
        "aizgādnības nodibināšanu.",
    ])
    _text(pdf, 50, 560, "Bāriņtiesas priekšsēdētāja  Anita Bērziņa")


def opinion_doctor_first(pdf: canvas.Canvas) -> None:
    """The doctor's name comes before the person's; limitations printed in full, two ticked."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 770, "ATZINUMS Nr. 2021/5521")
    _text(pdf, 400, 770, "Rīgā, 10.03.2021.")
    _lines(pdf, 60, 735, [
        "Ārsts eksperts (vārds, uzvārds): Juris Ābele",
        "Vārds, uzvārds: Marta Kalēja",
        f"Personas kods: {MARTA}",
        "Invaliditātes grupa: II grupa",
        "Termiņš: no 10.03.2021. līdz 09.03.2023.",
        "Funkcionālie ierobežojumi:",
        "☐ redzes funkciju traucējumi",
        "☒ kustību funkciju traucējumi",
        "☐ garīgās veselības traucējumi",
        "☒ abu augšējo ekstremitāšu amputācija",
    ])
    bottom = _grid(pdf, 60, 540, [250, 200], [
        ["Asistenta nepieciešamība", "ir nepieciešams"],
        ["Īpašas kopšanas nepieciešamība", "-"],
    ])
    _text(pdf, 60, bottom - 40, "Komisijas ārsts  J. Ābele")


# --- 2. marked versus printed ---------------------------------------------------------------


def application_table_x(pdf: canvas.Canvas) -> None:
    """Yes/no answers as an X in a table cell under "Jā" or "Nē"."""
    _text(pdf, 250, 800, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 765, [
        "Vārds, uzvārds: Edīte Sproģe",
        f"Personas kods: {EDITE}",
        "Deklarētā adrese: Pils iela 8-14, Rēzekne, LV-4601",
        "Tālrunis: 27111222",
        "Lūdzu piešķirt asistenta pakalpojumu darbam (20 h nedēļā).",
    ])
    bottom = _grid(pdf, 50, 670, [330, 50, 50], [
        ["Jautājums", "Jā", "Nē"],
        ["Saņemu pabalstu par asistenta izmantošanu", "", "X"],
        ["Vēlos konkrētu asistentu", "X", ""],
    ])
    _text(pdf, 50, bottom - 30, "Rēzeknē, 2021. gada 22. aprīlī")


def opinion_vector_marks(pdf: canvas.Canvas) -> None:
    """Tick boxes drawn as squares with a drawn cross, and a circled answer (vector shapes)."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 770, "Atzinums Nr. 2021/0042")
    _text(pdf, 400, 770, "18.05.2021.")
    _lines(pdf, 60, 735, [
        "Persona: Gunta Vilka",
        f"Personas kods: {GUNTA}",
        "Invaliditātes grupa: I grupa",
        "Invaliditāte noteikta no 18.05.2021. līdz 17.05.2024.",
        "Funkcionālie ierobežojumi:",
    ])
    items = [("redzes traucējumi", True), ("kustību traucējumi", False),
             ("garīgās veselības traucējumi", False), ("augšējo ekstremitāšu traucējumi", False)]
    for i, (label, ticked) in enumerate(items):
        y = 650 - i * 18
        _box(pdf, 70, y, ticked)
        _text(pdf, 86, y + 1, label)
    _text(pdf, 60, 560, "Nepieciešams asistents:")
    _text(pdf, 250, 560, "jā")
    _text(pdf, 290, 560, "nē")
    _circle(pdf, 250, 560, "jā")
    _text(pdf, 60, 535, "Nepieciešama īpaša kopšana:")
    _text(pdf, 250, 535, "jā")
    _text(pdf, 290, 535, "nē")
    _circle(pdf, 290, 535, "nē")
    _text(pdf, 60, 490, "Komisijas vadītāja  R. Liepa")


def opinion_both_no(pdf: canvas.Canvas) -> None:
    """Both questions printed with both options; the marked answer is "nē"."""
    _text(pdf, 60, 800, "VDEĀVK", 14, bold=True)
    _text(pdf, 60, 775, "ATZINUMS par invaliditāti Nr. 2021/7781")
    _lines(pdf, 60, 740, [
        "Vārds, uzvārds: Valters Grīns",
        f"Personas kods: {VALTERS}",
        "Noteikta III invaliditātes grupa",
        "Derīgs no 02.02.2021. līdz 01.02.2022.",
        "Nepieciešams asistents:  ☐ jā  ☒ nē",
        "Nepieciešama īpaša kopšana:  ☐ jā  ☒ nē",
        "Funkcionālie ierobežojumi: redzes ☐  kustību ☒  garīgie ☐  augšējo ekstremitāšu ☐",
    ])
    _text(pdf, 60, 600, "Datums: 03.02.2021.")


# --- 3. which date / 4. where a value ends ---------------------------------------------------


def employer_many_dates(pdf: canvas.Canvas) -> None:
    """The birth date and the start date come before the document's own date line."""
    _text(pdf, 160, 800, "SIA „Kalnu Koks”", 15, bold=True)
    _text(pdf, 130, 782, "Reģ. Nr. 40103998877, Meža iela 2, Madona, LV-4801", 9)
    _text(pdf, 240, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 705, [
        "Izsniegta Sandrai Cīrulei, dzimušai 1988. gada 25. decembrī,",
        f"personas kods {SANDRA}, par to, ka viņa kopš 2019. gada 1. jūlija",
        "strādā SIA „Kalnu Koks” par grāmatvedi, darba laiks 40 stundas nedēļā.",
        "Darba līgums noslēgts 2019. gada 28. jūnijā.",
    ])
    _text(pdf, 50, 600, "Valdes loceklis  P. Kalns")
    _text(pdf, 50, 580, "Madonā, 2021. gada 6. aprīlī")


def school_programme_wrapped(pdf: canvas.Canvas) -> None:
    """A programme name with its code after it, broken over two lines of a ruled cell."""
    _text(pdf, 180, 800, "Madonas Valsts ģimnāzija", 15, bold=True)
    _text(pdf, 140, 782, "Reģ. Nr. 4313900456, Skolas iela 10, Madona, LV-4801", 9)
    _text(pdf, 200, 745, "IZZIŅA PAR MĀCĪBĀM", 13, bold=True)
    _text(pdf, 50, 720, "2021. gada 2. septembrī Nr. 3-9/112")
    pdf.setLineWidth(0.6)
    rows = [("Izglītojamais", ["Roberts Riekstiņš"]), ("Personas kods", [ROBERTS]),
            ("Izglītības programma", ["Vispārējās vidējās izglītības", "programma 31011011"]),
            ("Mācību slodze", ["32 stundas nedēļā"]), ("Mācības beigs", ["2023. gada 20. jūnijā"])]
    y = 700
    for label, cell in rows:
        height = 18 * len(cell) + 4
        pdf.rect(50, y - height, 150, height)
        pdf.rect(200, y - height, 300, height)
        _text(pdf, 54, y - 15, label, 10)
        for i, part in enumerate(cell):
            _text(pdf, 204, y - 15 - 18 * i, part, 10)
        y -= height
    _text(pdf, 50, y - 40, "Direktore  A. Sila")


# --- 6. foreign documents / 7. unlisted issuers ---------------------------------------------


def letter_about_application(pdf: canvas.Canvas) -> None:
    """The social service's own reply: it mentions an application and an assistant."""
    _text(pdf, 150, 800, "Madonas novada Sociālais dienests", 14, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 90009115675, Saieta laukums 1, Madona, LV-4801", 9)
    _text(pdf, 50, 745, "Madonā, 2021. gada 9. aprīlī   Nr. 2-7/301")
    _text(pdf, 330, 720, "Sandrai Cīrulei")
    _text(pdf, 50, 690, "Par dokumentu iesniegšanu", 11, bold=True)
    _lines(pdf, 50, 660, [
        "Informējam, ka Jūsu 2021. gada 2. aprīļa iesniegums par asistenta pakalpojuma",
        "piešķiršanu ir saņemts. Lai to izskatītu, lūdzam līdz 2021. gada 30. aprīlim",
        "iesniegt darba devēja izziņu par darba laiku nedēļā.",
        "Ar cieņu",
    ])
    _text(pdf, 50, 560, "Sociālā darbiniece  L. Bērza")


def dialysis_certificate(pdf: canvas.Canvas) -> None:
    """A clinic certifies attendance at its procedures: an institution visit, not a day centre."""
    _text(pdf, 140, 800, "SIA „Nieru klīnika Vidzeme”", 15, bold=True)
    _text(pdf, 110, 782, "Reģ. Nr. 40003556677, Slimnīcas iela 2, Valmiera, LV-4201", 9)
    _text(pdf, 240, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 705, [
        "Apliecinām, ka Gunta Vilka, personas kods " + GUNTA + ", apmeklē hemodialīzes",
        "procedūras mūsu dialīzes nodaļā trīs reizes nedēļā, kopā 12 stundas nedēļā.",
    ])
    _text(pdf, 50, 620, "Valmierā, 2021. gada 20. maijā")
    _text(pdf, 50, 600, "Nodaļas vadītājs  K. Zariņš")


def opinion_answer_grid(pdf: canvas.Canvas) -> None:
    """Conclusions as a Jā/Nē table with an X per row; the founder above the issuer's name."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 12, bold=True)
    _text(pdf, 60, 775, "ATZINUMS Nr. 21-0042/VK, 2021-06-30")
    bottom = _grid(pdf, 60, 750, [200, 250], [
        ["Persona", f"Sandra Cīrule, p.k. {SANDRA}"],
        ["Invaliditāte", "II grupa"],
        ["Termiņš", "30.06.2021 – 29.06.2024"],
        ["Funkcionēšanas ierobežojumi", "garīgās veselības traucējumi"],
    ])
    _grid(pdf, 60, bottom - 20, [300, 60, 60], [
        ["Slēdziens", "Jā", "Nē"],
        ["Asistenta pakalpojuma nepieciešamība", "X", ""],
        ["Īpašas kopšanas nepieciešamība", "", "X"],
        ["Medicīniskās indikācijas transporta pabalstam", "", "X"],
    ])
    _text(pdf, 60, 520, "Komisijas vadītāja  Dr. Solvita Bērza")


def application_sender_block(pdf: canvas.Canvas) -> None:
    """A letter whose sender block names the applicant in the genitive above the code, the
    address under it, the addressee's own address above; the child named by kinship."""
    _text(pdf, 330, 800, "Madonas novada Sociālajam dienestam")
    _text(pdf, 330, 786, "Saieta laukums 1, Madona, LV-4801")
    _lines(pdf, 60, 750, [
        "Guntas Vilkas",
        f"personas kods {GUNTA}",
        "Meža iela 4-2, Madona, LV-4801",
        "tālrunis 26111222",
    ])
    _text(pdf, 250, 670, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 640, [
        "Lūdzu piešķirt asistenta pakalpojumu manai meitai Sandrai Cīrulei, personas kods",
        f"{SANDRA}.",
        "Asistents būtu vajadzīgs nokļūšanai uz darbu un atpakaļ, 10 stundas nedēļā.",
        "Pabalstu par asistenta izmantošanu meita nesaņem.",
    ])
    _text(pdf, 60, 560, "Madonā, 12.05.2021.")


def social_worker_task_table(pdf: canvas.Canvas) -> None:
    """Tasks as the first column of a table under its header cell."""
    _text(pdf, 150, 800, "Valkas novada sociālais dienests", 14, bold=True)
    _text(pdf, 200, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, ["Datums: 14.01.2025.", "Klients: Dace Ozola", f"Personas kods: {DACE}",
                          "Mērķa grupa: ģimenēm ar bērniem", "Apjoms: 6 h nedēļā",
                          "Termiņš: 6 mēneši"])
    _lines(pdf, 60, 630, ["Uzdevums", "budžeta plānošana", "sadarbība ar skolu"])
    _lines(pdf, 300, 630, ["Kas veic", "klients ar asistentu", "klients ar asistentu"])
    _text(pdf, 60, 560, "Sociālā darbiniece  L. Kalna")


# --- round 3: what a paper is, which date is its own -----------------------------------------


def reminder_email(pdf: canvas.Canvas) -> None:
    """The service's e-mail asking for an employer's paper: it talks about one, it is none."""
    _text(pdf, 50, 800, "Pārsūtīts e-pasts", 9)
    _text(pdf, 50, 780, "No: Sociālās palīdzības nodaļa <nodala@sigulda.example.lv>", 10)
    _text(pdf, 50, 765, "Kam: juris.lapsa@example.lv", 10)
    _text(pdf, 50, 750, "Temats: Jūsu lieta Nr. SP-22/118", 10)
    _lines(pdf, 50, 715, [
        "Labdien, Lapsas kungs!",
        "Lai varētu turpināt izvērtēšanu, lūdzam līdz mēneša beigām atsūtīt darba devēja",
        f"izziņu par to, ka Elza Liepa (p.k. {ELZA}) strādā, un cik stundas nedēļā",
        "ilgst viņas darba laiks. Izziņu var iesniegt arī klātienē.",
        "Ar cieņu",
        "Liene Kalēja, sociālā darbiniece",
    ])


def handover_act(pdf: canvas.Canvas) -> None:
    """A capitals title that opens with words of its own and closes with its noun: an act."""
    _text(pdf, 60, 800, "Biedrība „Vides pieejamība”", 12, bold=True)
    _text(pdf, 60, 770, "MĀJOKĻA PIELĀGOŠANAS DARBU PIEŅEMŠANAS AKTS Nr. 7/2022", 12, bold=True)
    _grid(pdf, 60, 745, [180, 280], [
        ["Pasūtītājs", "Juris Lapsa"],
        ["Personas kods", JURIS],
        ["Invaliditātes grupa", "II"],
        ["Veiktie darbi", "uzbrauktuve, durvju paplašināšana"],
    ])
    _lines(pdf, 60, 640, [
        "Pasūtītājs apliecina, ka darbi veikti pilnā apjomā un pretenziju nav.",
    ])
    _text(pdf, 60, 600, "Siguldā, 2022. gada 3. oktobrī")
    _text(pdf, 60, 580, "Nodeva: J. Priede          Pieņēma: J. Lapsa")


def meal_application(pdf: canvas.Canvas) -> None:
    """Titled an application, but for a service that is not ours (a hot meal)."""
    _text(pdf, 60, 800, "Siguldas novada Sociālais dienests", 12)
    _text(pdf, 60, 770, "PIETEIKUMS SILTĀS MALTĪTES SAŅEMŠANAI", 13, bold=True)
    _grid(pdf, 60, 745, [180, 280], [
        ["Vārds, uzvārds", "Juris Lapsa"],
        ["Personas kods", JURIS],
        ["Adrese", "Pils iela 9-4, Sigulda, LV-2150"],
        ["Tālrunis", "29123456"],
    ])
    _lines(pdf, 60, 640, ["Lūdzu piešķirt siltās maltītes piegādi uz mājām darba dienās."])
    _text(pdf, 60, 600, "2022. gada 5. oktobrī")


def opinion_dates_by_role(pdf: canvas.Canvas) -> None:
    """The validity end wraps onto a line of its own, a received stamp comes later, the issuer's
    own date follows its place (in the nominative) beside the signature."""
    _text(pdf, 60, 800, "Pierīgas rehabilitācijas centra ārstu konsilijs", 12, bold=True)
    _text(pdf, 60, 775, "ATZINUMS PAR INVALIDITĀTI Nr. K-22/415", 13, bold=True)
    _lines(pdf, 60, 745, [
        f"Izvērtējot Elzas Liepas (personas kods {ELZA}) dokumentus, konsilijs nolēma",
        "noteikt II grupas invaliditāti un to, ka personai ir nepieciešams asistents, uz laiku",
        "no 2022. gada 10. maija līdz",
        "2024. gada 9. maijam.",
    ])
    _text(pdf, 60, 660, "Ape, 12.05.2022.          Konsilija vadītāja  I. Roze")
    _text(pdf, 330, 620, "SAŅEMTS 16.05.2022.", 10, bold=True)


def certificate_two_bare_dates(pdf: canvas.Canvas) -> None:
    """Two bare date lines and nothing saying which is the paper's own: a guess, not a fact."""
    _text(pdf, 160, 800, "SIA „Egļu Nams”", 15, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 40103112233, Gaujas iela 3, Sigulda, LV-2150", 9)
    _text(pdf, 240, 740, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 715, "01.03.2022.")
    _lines(pdf, 60, 690, [
        f"Juris Lapsa, personas kods {JURIS}, strādā SIA „Egļu Nams” par pārdevēju,",
        "darba laiks 20 stundas nedēļā.",
    ])
    _text(pdf, 60, 640, "08.03.2022.")
    _text(pdf, 60, 620, "Valdes locekle  M. Egle")


def school_end_date_only(pdf: canvas.Canvas) -> None:
    """No date line of its own; the only date under a "datums" label is the studies' end."""
    _text(pdf, 170, 800, "Siguldas Valsts ģimnāzija", 15, bold=True)
    _text(pdf, 130, 782, "Reģ. Nr. 4313900789, Skolas iela 1, Sigulda, LV-2150", 9)
    _text(pdf, 200, 745, "IZZIŅA PAR MĀCĪBĀM", 13, bold=True)
    _lines(pdf, 50, 710, [
        f"Elza Liepa, personas kods {ELZA}, mācās Siguldas Valsts ģimnāzijas 11. klasē.",
        "Mācību beigu datums: 2024. gada 31. maijs.",
    ])
    _text(pdf, 50, 640, "Direktore  R. Liepiņa")


CASES: dict[str, tuple[Draw, str, dict[str, Any]]] = {
    "two_columns.pdf": (application_two_columns, "application", {
        "service": "assistant", "applicant_name": "Ilze Kalniņa",
        "applicant_personal_code": ILZE, "client_name": "Anna Kalniņa",
        "client_personal_code": ANNA, "address": "Rīgas iela 5-3, Cēsis, LV-4101",
        "phone": "29123456", "email": None,
        "activities": [{"kind": "education", "hours_per_week": 20},
                       {"kind": "day_centre", "hours_per_week": 10}],
        "receives_assistant_benefit": False, "submitted_on": "2021-03-12",
    }),
    "son_letter.pdf": (application_son_letter, "application", {
        "service": "assistant", "applicant_name": "Laima Riekstiņa",
        "applicant_personal_code": LAIMA, "client_name": "Roberts Riekstiņš",
        "client_personal_code": ROBERTS, "address": "Dārza iela 12, Smiltene, LV-4729",
        "phone": "26123456", "email": None,
        "activities": [{"kind": "education", "hours_per_week": 25},
                       {"kind": "day_centre", "hours_per_week": 8}],
        "receives_assistant_benefit": False, "submitted_on": "2021-02-03",
    }),
    "unknown_heading.pdf": (application_unknown_heading, "application", {
        "service": "assistant", "applicant_name": "Aivars Krūmiņš",
        "applicant_personal_code": AIVARS, "client_name": "Kristaps Krūmiņš",
        "client_personal_code": KRISTAPS, "address": "Lielā iela 3, Valmiera, LV-4201",
        "phone": None, "email": "aivars.krumins@example.lv",
        "activities": [{"kind": "work", "hours_per_week": 15},
                       {"kind": "leisure", "hours_per_week": 2}],
        "receives_assistant_benefit": False, "submitted_on": "2021-04-15",
    }),
    "orphan_court.pdf": (representation_official, "representation_document", {
        "representative_name": "Andris Liepa", "representative_personal_code": ANDRIS,
        "person_name": "Pēteris Liepa", "personal_code": PETERIS,
        "basis": "bāriņtiesas 2025. gada 4. maija lēmums Nr. 1-5/44 par aizgādnības "
                 "nodibināšanu",
        "issued_on": "2025-05-04",
    }),
    "doctor_first.pdf": (opinion_doctor_first, "commission_opinion", {
        "opinion_no": "2021/5521", "issued_on": "2021-03-10", "person_name": "Marta Kalēja",
        "personal_code": MARTA, "disability_group": "II", "valid_from": "2021-03-10",
        "valid_until": "2023-03-09", "limitations": ["mobility", "upper_limbs"],
        "assistant_needed": True, "special_care_needed": False,
    }),
    "table_x.pdf": (application_table_x, "application", {
        "service": "assistant", "applicant_name": "Edīte Sproģe",
        "applicant_personal_code": EDITE, "client_name": "Edīte Sproģe",
        "client_personal_code": EDITE, "address": "Pils iela 8-14, Rēzekne, LV-4601",
        "phone": "27111222", "email": None,
        "activities": [{"kind": "work", "hours_per_week": 20}],
        "receives_assistant_benefit": False, "submitted_on": "2021-04-22",
    }),
    "vector_marks.pdf": (opinion_vector_marks, "commission_opinion", {
        "opinion_no": "2021/0042", "issued_on": "2021-05-18", "person_name": "Gunta Vilka",
        "personal_code": GUNTA, "disability_group": "I", "valid_from": "2021-05-18",
        "valid_until": "2024-05-17", "limitations": ["vision"],
        "assistant_needed": True, "special_care_needed": False,
    }),
    "both_no.pdf": (opinion_both_no, "commission_opinion", {
        "opinion_no": "2021/7781", "issued_on": "2021-02-03", "person_name": "Valters Grīns",
        "personal_code": VALTERS, "disability_group": "III", "valid_from": "2021-02-02",
        "valid_until": "2022-02-01", "limitations": ["mobility"],
        "assistant_needed": False, "special_care_needed": False,
    }),
    "many_dates.pdf": (employer_many_dates, "employer_certificate", {
        "employer_name": "SIA Kalnu Koks", "employer_reg_no": "40103998877",
        "person_name": "Sandra Cīrule", "personal_code": SANDRA, "position": "grāmatvede",
        "employed_since": "2019-07-01", "hours_per_week": 40, "issued_on": "2021-04-06",
    }),
    "programme_wrapped.pdf": (school_programme_wrapped, "school_certificate", {
        "institution_name": "Madonas Valsts ģimnāzija", "education_level": "general",
        "person_name": "Roberts Riekstiņš", "personal_code": ROBERTS,
        "programme": "Vispārējās vidējās izglītības programma", "study_until": "2023-06-20",
        "hours_per_week": 32, "issued_on": "2021-09-02",
    }),
    "service_letter.pdf": (letter_about_application, "unknown", {}),
    "dialysis.pdf": (dialysis_certificate, "activity_certificate", {
        "institution_name": "SIA Nieru klīnika Vidzeme", "activity_kind": "institutions",
        "person_name": "Gunta Vilka", "personal_code": GUNTA, "hours_per_week": 12,
        "issued_on": "2021-05-20",
    }),
    "answer_grid.pdf": (opinion_answer_grid, "commission_opinion", {
        "opinion_no": "21-0042/VK", "issued_on": "2021-06-30", "person_name": "Sandra Cīrule",
        "personal_code": SANDRA, "disability_group": "II", "valid_from": "2021-06-30",
        "valid_until": "2024-06-29", "limitations": ["mental"], "assistant_needed": True,
        "special_care_needed": False,
    }),
    "sender_block.pdf": (application_sender_block, "application", {
        "service": "assistant", "applicant_name": "Gunta Vilka",
        "applicant_personal_code": GUNTA, "client_name": "Sandra Cīrule",
        "client_personal_code": SANDRA, "address": "Meža iela 4-2, Madona, LV-4801",
        "phone": "26111222", "email": None,
        "activities": [{"kind": "work", "hours_per_week": 10}],
        "receives_assistant_benefit": False, "submitted_on": "2021-05-12",
    }),
    "task_table.pdf": (social_worker_task_table, "social_worker_opinion", {
        "person_name": "Dace Ozola", "personal_code": DACE, "category": "family_with_children",
        "hours_per_week": 6, "period_months": 6,
        "tasks": ["budžeta plānošana", "sadarbība ar skolu"], "issued_on": "2025-01-14",
    }),
    "reminder_email.pdf": (reminder_email, "unknown", {}),
    "handover_act.pdf": (handover_act, "unknown", {}),
    "meal_application.pdf": (meal_application, "unknown", {}),
    "dates_by_role.pdf": (opinion_dates_by_role, "commission_opinion", {
        "issued_on": "2022-05-12", "person_name": "Elza Liepa", "personal_code": ELZA,
        "disability_group": "II", "valid_until": "2024-05-09",
    }),
    # Its own date is not printed: issued_on is left out, only doubted.
    "end_date_only.pdf": (school_end_date_only, "school_certificate", {
        "person_name": "Elza Liepa", "personal_code": ELZA, "study_until": "2024-05-31",
    }),
    # Which of its two dates is its own cannot be told: issued_on is left out, only doubted.
    "two_bare_dates.pdf": (certificate_two_bare_dates, "employer_certificate", {
        "employer_name": "SIA Egļu Nams", "person_name": "Juris Lapsa", "personal_code": JURIS,
        "position": "pārdevējs", "hours_per_week": 20,
    }),
}


def build_case(folder: Path, name: str) -> Path:
    """Write one case document into `folder` and return its path."""
    _fonts()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    CASES[name][0](pdf)
    pdf.showPage()
    pdf.save()
    return path


def build_cases(folder: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Write every case document; file name -> (doc_type, expected fields)."""
    return {name: (build_case(folder, name) and CASES[name][1], CASES[name][2])
            for name in CASES}


# --- round 3: a phone photo -------------------------------------------------------------------

PHOTO_LINES = [
    ("Siguldas novada kultūras nams", 34),
    ("Pils iela 10, Sigulda, LV-2150", 24),
    ("", 24),
    ("APLIECINĀJUMS", 30),
    ("", 24),
    ("Siguldas novada kultūras nams apliecina, ka Juris Lapsa", 24),
    (f"(personas kods {JURIS}) dzied senioru korī „Gauja”.", 24),
    ("Mēģinājumi notiek otrdienās, trīs stundas nedēļā.", 24),
    ("", 24),
    ("Siguldā, 2022. gada 14. novembrī", 24),
    ("Direktors                                   A. Kļava", 24),
]
PHOTO_FIELDS = {"institution_name": "Siguldas novada kultūras nams", "activity_kind": "leisure",
                "personal_code": JURIS, "hours_per_week": 3, "issued_on": "2022-11-14"}


def phone_photo(path: Path) -> Path:
    """A certificate photographed on a dark table: the paper does not fill the frame, the light
    falls off towards one corner, the page is turned a little. About 190 dpi, like a phone's."""
    from PIL import Image, ImageDraw, ImageFont, ImageMath

    font_file = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    paper = Image.new("L", (1180, 1560), 250)
    draw = ImageDraw.Draw(paper)
    y = 110
    for text, size in PHOTO_LINES:
        font = ImageFont.truetype(font_file, size)
        draw.text((110, y), text, font=font, fill=25)
        y += int(size * 1.9)
    paper = paper.rotate(-1.2, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=70)
    photo = Image.new("L", (1420, 1640), 70)  # the table, beside the paper more than above it
    photo.paste(paper, (110, 20))
    # The light falls off to the lower right: table and paper darken together.
    down = Image.linear_gradient("L").resize(photo.size)
    right = Image.linear_gradient("L").rotate(90).resize(photo.size)
    photo = ImageMath.lambda_eval(
        lambda a: a["p"] * (765 - a["d"] - a["r"]) / 765, p=photo, d=down, r=right).convert("L")
    photo.save(path, dpi=(190, 190), quality=88)
    return path
