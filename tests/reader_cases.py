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


# --- round 3: names and where a value ends --------------------------------------------------

ARVIDS = personal_code("1203851342")
VALDIS = personal_code("0708921177")
IMANTS = personal_code("2511791488")
RITVARS = personal_code("1904031522")
LIENE = personal_code("0602881263")


def name_genitive_alternation(pdf: canvas.Canvas) -> None:
    """A man named in the genitive whose surname's stem alternates ("Mežsēša": Mežsētis,
    Mežsēsis or Mežsēšs): the nominative is a guess the page does not settle."""
    _text(pdf, 170, 800, "Biedrība „Sporta klubs Vārpa”", 14, bold=True)
    _text(pdf, 160, 782, "Reģ. Nr. 40008211456 · Upes iela 3, Bauska, LV-3901", 9)
    _text(pdf, 230, 745, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 50, 715, [
        "Biedrība apliecina, ka Arvīda Mežsēša (personas kods " + ARVIDS + ")",
        "dalība biedrībā ir kopš 2018. gada. Viņš trenējas galda tenisa sekcijā",
        "otrdienās un piektdienās, vidēji 3 stundas nedēļā.",
    ])
    _text(pdf, 50, 630, "Bauskā, 2022-03-14")
    _text(pdf, 50, 600, "Valdes priekšsēdētājs  K. Rožkalns")


def name_settled_by_the_page(pdf: canvas.Canvas) -> None:
    """A father applies for his son named in the dative ("Valdim Mucenam": Mucens or the
    4th-declension Mucena); the father's own name printed in the nominative settles it."""
    _text(pdf, 330, 800, "Bauskas novada Sociālajam dienestam")
    _lines(pdf, 330, 770, ["Imants Mucena", f"personas kods {IMANTS}", "tālr. 28123456"])
    _text(pdf, 250, 700, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 670, [
        f"Lūdzu piešķirt asistenta pakalpojumu manam dēlam Valdim Mucenam, personas kods {VALDIS},",
        "kurš dzīvo kopā ar mani, Upes iela 7, Bauska, LV-3901. Asistents vajadzīgs, lai",
        "pavadītu uz Bauskas tehnikumu, 15 stundas nedēļā.",
        "Pabalstu par asistenta izmantošanu nesaņemam.",
    ])
    _text(pdf, 50, 570, "Bauskā, 2022-03-20")
    _text(pdf, 400, 570, "I. Mucena")


def school_role_and_degree(pdf: canvas.Canvas) -> None:
    """A role noun printed before the name in a borderless table, the programme printed with
    its degree description and code, the school's branch above its name."""
    _text(pdf, 50, 810, "Bauskas teritoriālā struktūrvienība", 10)
    _text(pdf, 50, 792, "Zemgales Lauksaimniecības tehnikums", 14, bold=True)
    _text(pdf, 420, 792, "Skolas iela 9, Bauska, LV-3901", 9)
    _text(pdf, 220, 745, "IZZIŅA PAR MĀCĪBĀM", 13, bold=True)
    _text(pdf, 50, 720, "Bauskā 05.09.2022. Nr. 4-11/218")
    rows = [("Audzēknis", "Ritvars Siliņš"), ("Personas kods", RITVARS),
            ("Izglītības programma",
             "profesionālās vidējās izglītības programma „Lauksaimniecības tehnika” (33521)"),
            ("Mācību slodze", "30 stundas nedēļā"), ("Mācības beigs", "2025. gada 30. jūnijā")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 690 - 20 * i, label, 10)
        _text(pdf, 170, 690 - 20 * i, value, 10)
    _text(pdf, 50, 560, "Direktora vietniece  S. Ābola")


def employer_heading_columns(pdf: canvas.Canvas) -> None:
    """Two columns under the headings "Darba devējs" and "Darbiniece": the second heading is
    no employer; the employer's letterhead carries a sub-title after a separator; the job
    title stands in the accusative after "par" with no pronoun to tell its gender."""
    _text(pdf, 140, 805, "SIA „Lauku Maize” · maizes ceptuve", 14, bold=True)
    _text(pdf, 150, 787, "Reģ. Nr. 40103776503, Dārza iela 2, Iecava, LV-3913", 9)
    _text(pdf, 170, 745, "APLIECINĀJUMS PAR DARBA ATTIECĪBĀM", 12, bold=True)
    _text(pdf, 50, 710, "Darba devējs", 11, bold=True)
    _text(pdf, 300, 710, "Darbiniece", 11, bold=True)
    _lines(pdf, 50, 690, ["Nosaukums   SIA Lauku Maize", "Reģ. Nr.   40103776503"])
    _lines(pdf, 300, 690, ["Vārds, uzvārds   Liene Kauliņa", f"Personas kods   {LIENE}"])
    _lines(pdf, 50, 630, [
        "Darbiniece strādā SIA „Lauku Maize” par maiznīcas pārzini kopš 2020. gada",
        "1. februāra, darba laiks 20 stundas nedēļā.",
    ])
    _text(pdf, 50, 570, "Iecavā, 2022. gada 3. martā")
    _text(pdf, 350, 570, "Valdes loceklis  J. Grava")


def application_address_beside_table(pdf: canvas.Canvas) -> None:
    """The address wraps onto the line under it beside a ruled table of activities: the
    neighbouring cell's words are not part of it."""
    _text(pdf, 170, 810, "Iecavas Sociālais dienests", 14, bold=True)
    _text(pdf, 160, 775, "Iesniegums asistenta pakalpojuma saņemšanai", 12, bold=True)
    _lines(pdf, 50, 740, ["Vārds, uzvārds   Liene Kauliņa", f"Personas kods   {LIENE}"])
    _text(pdf, 50, 700, "Deklarētā adrese Rīgas iela 14-2, Iecava, Bauskas")
    # the wrapped end of the address starts under its first word
    _text(pdf, 50 + pdf.stringWidth("Deklarētā adrese ", "DejaVuSans", 11), 686, "nov., LV-3913")
    _grid(pdf, 330, 722, [130, 60], [["Pasākums", "h/ned."], ["biedrības nodarbības", ""],
                                     ["darbs", "20"]], height=14, size=9)
    _text(pdf, 50, 640, "Tālr.   26554411")
    _text(pdf, 50, 600, "Iecavā, 10.03.2022.")


CASES.update({
    "surname_alternation.pdf": (name_genitive_alternation, "activity_certificate", {
        "institution_name": "Biedrība Sporta klubs Vārpa", "person_name": "Arvīds Mežsētis",
        "personal_code": ARVIDS, "hours_per_week": 3, "issued_on": "2022-03-14",
    }),
    "surname_settled.pdf": (name_settled_by_the_page, "application", {
        "applicant_name": "Imants Mucena", "client_name": "Valdis Mucena",
        "client_personal_code": VALDIS,
    }),
    "role_and_degree.pdf": (school_role_and_degree, "school_certificate", {
        "institution_name": "Zemgales Lauksaimniecības tehnikums",
        "person_name": "Ritvars Siliņš", "personal_code": RITVARS,
        "programme": "Lauksaimniecības tehnika", "hours_per_week": 30,
        "study_until": "2025-06-30",
    }),
    "heading_columns.pdf": (employer_heading_columns, "employer_certificate", {
        "employer_name": "SIA Lauku Maize", "person_name": "Liene Kauliņa",
        "personal_code": LIENE, "position": "maiznīcas pārzine", "hours_per_week": 20,
    }),
    "address_beside_table.pdf": (application_address_beside_table, "application", {
        "address": "Rīgas iela 14-2, Iecava, Bauskas nov., LV-3913",
    }),
})


# --- round 3: hours, timesheets and opinions ---------------------------------------------------

IEVA = personal_code("1902871234")
OTTO = personal_code("0704921567")
RUTA = personal_code("2811631345")
JANIS = personal_code("1606551789")
LIGA = personal_code("0301781456")


def activity_schedule(pdf: canvas.Canvas) -> None:
    """Hours not printed: two days a week, each a time span (2 x 4.5 = 9)."""
    _text(pdf, 140, 800, "Talsu novada dienas centrs „Pīlādzis”", 14, bold=True)
    _text(pdf, 190, 782, "Ūdens iela 4, Talsi, LV-3201", 9)
    _text(pdf, 60, 750, "14.09.2022. Nr. 7-2/22/41")
    _text(pdf, 240, 715, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Apliecinām, ka Ieva Krūmiņa, personas kods {IEVA}, ir dienas centra",
        "apmeklētāja kopš 2021. gada 1. februāra. Centru apmeklē divas dienas nedēļā",
        "(otrdienās un ceturtdienās) no plkst. 10.00 līdz 14.30.",
    ])
    _text(pdf, 60, 610, "Centra vadītājs                                        A. Liepiņš")


def timesheet_letter_two_ranges(pdf: canvas.Canvas) -> None:
    """A timesheet as a letter: one date, two trips (there and back) in one line."""
    _text(pdf, 320, 800, "Smiltenes novada Sociālajam dienestam")
    _text(pdf, 60, 770, f"Asistents Jānis Bērziņš, personas kods {JANIS}")
    _text(pdf, 150, 740, "Pārskats par asistenta darbu 2022. gada novembrī", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Novembrī sniedzu asistenta pakalpojumu Otto Zariņam (personas kods {OTTO}):",
        "7. novembrī no 8.00 līdz 9.00 aizvedu Otto uz darbu un no 17.00 līdz 18.00 atpakaļ.",
        "9. novembrī no 8.00 līdz 9.00 uz darbu.",
        "15. novembrī no 13.00 līdz 15.30 pavadīju uz poliklīniku.",
        "Kopā novembrī: 5,5 stundas.",
    ])
    _text(pdf, 60, 600, "Smiltenē, 2022. gada 30. novembrī                     J. Bērziņš")


def timesheet_legend(pdf: canvas.Canvas) -> None:
    """Activities written as short forms the sheet explains, and rows under a section
    heading that names the activity."""
    _text(pdf, 60, 800, "Saldus novada Sociālais dienests", 10)
    _text(pdf, 150, 775, "Asistenta darba laika uzskaites tabula", 12, bold=True)
    _lines(pdf, 60, 750, ["Mēnesis: 2023. gada maijs", f"Klients: Rūta Kalēja, p.k. {RUTA}",
                          f"Asistente: Līga Sproģe, p.k. {LIGA}",
                          "Apzīmējumi: DC – dienas centrs „Avots”; MS – mūzikas skola."])
    _grid(pdf, 60, 680, [90, 110, 60, 120], [
        ["Datums", "Laiks", "Stundas", "Kur"],
        ["02.05.2023.", "9.00–12.00", "3", "DC"],
        ["04.05.2023.", "15.00–16.30", "1,5", "MS"],
    ])
    _text(pdf, 60, 610, "Brīvā laika pasākumi", 11, bold=True)
    _grid(pdf, 60, 595, [90, 110, 60, 120], [
        ["06.05.2023.", "11.00–13.00", "2", "Saldus ezers"],
    ])
    _text(pdf, 60, 560, "Kopā: 6,5 h")


def opinion_without_special_care(pdf: canvas.Canvas) -> None:
    """An adult's opinion that speaks of the assistant only: special care is not stated."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 785, "Kurzemes reģionālā struktūrvienība", 10)
    _text(pdf, 200, 755, "ATZINUMS Nr. KU-22-0311", 13, bold=True)
    _lines(pdf, 60, 725, [
        "Datums: 03.03.2022.",
        "Vārds, uzvārds: Jānis Bērziņš",
        f"Personas kods: {JANIS}",
        "Invaliditātes grupa: II grupa",
        "Invaliditāte noteikta no 01.03.2022. līdz 28.02.2024.",
        "Funkcionālie traucējumi: kustību traucējumi",
        "Slēdziens: personai ir nepieciešams asistenta pakalpojums pašvaldībā.",
    ])
    _text(pdf, 60, 600, "Ārsts eksperts                                        R. Dūmiņa")


def opinion_tasks_wrapped_and_weekly(pdf: canvas.Canvas) -> None:
    """Tasks numbered inside one sentence that wraps before '2)'; visits times hours."""
    _text(pdf, 120, 800, "Limbažu novada Sociālais dienests", 14, bold=True)
    _text(pdf, 120, 770, "ATZINUMS Nr. SD-4/23 (12.06.2023.)", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Klientei Rūtai Kalējai (personas kods {RUTA}), ģimenei ar bērniem, iesaku",
        "ģimenes asistenta pakalpojumu uz sešiem mēnešiem, trīs reizes nedēļā pa pusotrai",
        "stundai, ar šādiem uzdevumiem: 1) dienas plānošana un mājokļa uzkopšana,",
        "2) saziņa ar bērnu skolu, 3) ārsta apmeklējumu plānošana.",
    ])
    _text(pdf, 60, 650, "Sociālais darbinieks                                  K. Ozols")


def opinion_checklist(pdf: canvas.Canvas) -> None:
    """Task areas printed as a checklist with a box each, two of five marked."""
    _text(pdf, 120, 800, "Alūksnes novada Sociālais dienests", 14, bold=True)
    _text(pdf, 150, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        "Datums: 21.08.2024.", "Klients: Otto Zariņš", f"Personas kods: {OTTO}",
        "Mērķa grupa: ģimene ar bērniem",
        "Atbalsta jomas (atzīmēt):",
        "☐ nodarbinātība",
        "☒ bērnu aprūpe",
        "☐ mājoklis",
        "☒ sadarbība ar skolu",
        "☐ brīvā laika pavadīšana",
        "Apjoms: 5 stundas nedēļā",
        "Termiņš: 3 mēneši",
    ])
    _text(pdf, 60, 520, "Sociālā darbiniece  M. Skrauja")


def activity_association_club(pdf: canvas.Canvas) -> None:
    """An association's own swimming training: ngo, though it is sport."""
    _text(pdf, 150, 800, "Biedrība „Peldēšanas klubs Delfīns”", 14, bold=True)
    _text(pdf, 170, 782, "Reģ. Nr. 40008111222 · Ezera iela 3, Alūksne", 9)
    _text(pdf, 60, 750, "Alūksnē, 2022. gada 2. maijā")
    _text(pdf, 220, 715, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Biedrība apliecina, ka Otto Zariņš (personas kods {OTTO}) ir kluba biedrs un",
        "apmeklē peldēšanas treniņus sporta centra baseinā – 3 stundas nedēļā.",
    ])
    _text(pdf, 60, 630, "Valdes loceklis                                        P. Kļaviņš")


CASES.update({
    "activity_schedule.pdf": (activity_schedule, "activity_certificate", {
        "institution_name": "Talsu novada dienas centrs Pīlādzis", "activity_kind": "day_centre",
        "person_name": "Ieva Krūmiņa", "personal_code": IEVA, "hours_per_week": 9,
        "issued_on": "2022-09-14",
    }),
    "timesheet_two_ranges.pdf": (timesheet_letter_two_ranges, "timesheet", {
        "month": "2022-11", "client_personal_code": OTTO, "assistant_personal_code": JANIS,
        "entries": [
            {"date": "2022-11-07", "start": "08:00", "end": "09:00", "hours": 1,
             "activity": "work"},
            {"date": "2022-11-07", "start": "17:00", "end": "18:00", "hours": 1,
             "activity": "work"},
            {"date": "2022-11-09", "start": "08:00", "end": "09:00", "hours": 1,
             "activity": "work"},
            {"date": "2022-11-15", "start": "13:00", "end": "15:30", "hours": 2.5,
             "activity": "institutions"},
        ],
        "total_hours": 5.5,
    }),
    "timesheet_legend.pdf": (timesheet_legend, "timesheet", {
        "month": "2023-05", "client_name": "Rūta Kalēja", "client_personal_code": RUTA,
        "assistant_name": "Līga Sproģe", "assistant_personal_code": LIGA,
        "entries": [
            {"date": "2023-05-02", "start": "09:00", "end": "12:00", "hours": 3,
             "activity": "day_centre"},
            {"date": "2023-05-04", "start": "15:00", "end": "16:30", "hours": 1.5,
             "activity": "education"},
            {"date": "2023-05-06", "start": "11:00", "end": "13:00", "hours": 2,
             "activity": "leisure"},
        ],
        "total_hours": 6.5,
    }),
    "opinion_no_special_care.pdf": (opinion_without_special_care, "commission_opinion", {
        "opinion_no": "KU-22-0311", "issued_on": "2022-03-03", "person_name": "Jānis Bērziņš",
        "personal_code": JANIS, "disability_group": "II", "valid_from": "2022-03-01",
        "valid_until": "2024-02-28", "limitations": ["mobility"], "assistant_needed": True,
        "special_care_needed": None,
    }),
    "opinion_tasks_wrapped.pdf": (opinion_tasks_wrapped_and_weekly, "social_worker_opinion", {
        "person_name": "Rūta Kalēja", "personal_code": RUTA, "hours_per_week": 4.5,
        "tasks": ["dienas plānošana un mājokļa uzkopšana", "saziņa ar bērnu skolu",
                  "ārsta apmeklējumu plānošana"],
        "issued_on": "2023-06-12",
    }),
    "opinion_checklist.pdf": (opinion_checklist, "social_worker_opinion", {
        "person_name": "Otto Zariņš", "personal_code": OTTO, "category": "family_with_children",
        "hours_per_week": 5, "period_months": 3,
        "tasks": ["bērnu aprūpe", "sadarbība ar skolu"], "issued_on": "2024-08-21",
    }),
    "association_club.pdf": (activity_association_club, "activity_certificate", {
        "institution_name": "Biedrība Peldēšanas klubs Delfīns", "activity_kind": "ngo",
        "person_name": "Otto Zariņš", "personal_code": OTTO, "hours_per_week": 3,
        "issued_on": "2022-05-02",
    }),
})


# --- round 3: whose value it is (representation documents, applications) ---------------------

KARLIS_Z = personal_code("1209851357")
JANIS_Z = personal_code("0304791246")
VELTA = personal_code("1511561478")
LIENE_K = personal_code("2106122589")
EMILS = personal_code("0902152631")
RITA = personal_code("1703861592")
ULDIS = personal_code("2808831473")
IEVA_R = personal_code("0506901357")
OSKARS_S = personal_code("1912881264")
AINA = personal_code("2302911385")
DAIGA = personal_code("0408821538")
MARKUSS = personal_code("1103142746")


def representation_codes_apart(pdf: canvas.Canvas) -> None:
    """A decision titled by its own long name over two lines; the ward is named in the
    genitive with his code, the trustee with hers on the next line; the chair signs."""
    _text(pdf, 200, 800, "MADONAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 215, 784, "Saieta laukums 1, Madona, LV-4801", 9)
    _text(pdf, 70, 750, "Madonas novada bāriņtiesas 2021. gada 3. marta lēmums Nr.", 12, bold=True)
    _text(pdf, 170, 734, "MNB/1-4/21/17 par aizgādņa iecelšanu", 12, bold=True)
    _lines(pdf, 50, 700, [
        "Madonā, 2021. gada 3. martā",
        "Bāriņtiesa šādā sastāvā: priekšsēdētājs Ojārs Lapiņš, locekle Dzintra Kalna,",
        "izskatīja jautājumu par aizgādņa iecelšanu.",
        "Bāriņtiesa konstatēja, ka Vidzemes rajona tiesa ar 2020. gada 14. decembra",
        f"spriedumu ierobežoja Kārļa Zariņa (personas kods {KARLIS_Z}) rīcībspēju. Par",
        "aizgādni kļūt piekrīt viņa brālis Jānis Zariņš",
        f"(personas kods {JANIS_Z}), kurš ar brāli dzīvo vienā mājsaimniecībā.",
        "Pamatojoties uz Civillikuma 364. pantu, bāriņtiesa nolēma:",
        "1. Iecelt Jāni Zariņu par aizgādni Kārlim Zariņam.",
        "2. Izsniegt aizgādnim aizgādņa apliecību.",
    ])
    _text(pdf, 50, 500, "Priekšsēdētājs")
    _text(pdf, 420, 500, "O. Lapiņš")


def representation_dative_holder(pdf: canvas.Canvas) -> None:
    """A certificate issued to the guardian in the dative, who "ir iecelta par aizbildni" of
    her granddaughter; the basis is a labelled row that wraps."""
    _text(pdf, 50, 800, "Gulbenes novada bāriņtiesa", 12, bold=True)
    _text(pdf, 330, 800, "Ābeļu iela 2, Gulbene, LV-4401", 9)
    _text(pdf, 50, 770, "11.05.2023. Nr. 3-14/23/208")
    _text(pdf, 260, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 710, [
        f"Gulbenes novada bāriņtiesa izsniedz šo izziņu Veltai Kļaviņai, personas kods {VELTA},",
        "par to, ka viņa ir iecelta par aizbildni savai mazmeitai Lienei Kļaviņai, personas",
        f"kods {LIENE_K}.",
    ])
    _text(pdf, 50, 640, "Pārstāvības pamats")
    _lines(pdf, 180, 640, [
        "Gulbenes novada bāriņtiesas 2022. gada 9. novembra lēmums Nr. 3-9/22/61",
        "par aizbildnības nodibināšanu",
    ])
    _text(pdf, 50, 560, "Bāriņtiesas locekle")
    _text(pdf, 420, 560, "S. Jurēvica")


def representation_custody_row(pdf: canvas.Canvas) -> None:
    """A table: custody belongs to one parent, named after a dash in the dative; the code's
    row is labelled by the kinship noun; the other parent is named too."""
    _text(pdf, 190, 800, "ALŪKSNES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 50, 770, "Alūksnē 06.02.2024. Nr. ANB/2-12/24/41")
    _text(pdf, 170, 740, "Izziņa par aizgādības tiesībām", 12, bold=True)
    rows = [
        ("Bērns", "Emīls Ozoliņš"),
        ("Bērna personas kods", EMILS),
        ("Aizgādības tiesības", "tikai mātei – Rita Ozoliņa"),
        ("Mātes personas kods", RITA),
        ("Pamats", "Vidzemes rajona tiesas 2023. gada 2. oktobra spriedums lietā Nr. C38051223"),
        ("Bērna tēvs", "Uldis Ozoliņš (aizgādības tiesības pārtrauktas)"),
    ]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 710 - i * 18, label, 10)
        _text(pdf, 190, 710 - i * 18, value, 10)
    _text(pdf, 50, 560, "Bāriņtiesas priekšsēdētāja")
    _text(pdf, 420, 560, "M. Āboliņa")


def application_email_printout(pdf: canvas.Canvas) -> None:
    """A forwarded e-mail: the service's mailbox sent it on; the applicant is the forwarded
    message's sender, speaks in the first person and states the hours before the activity."""
    _text(pdf, 50, 810, "Madonas novada Sociālais dienests – e-pasts", 9)
    _lines(pdf, 50, 790, [
        "Sūtītājs: Kanceleja <kanceleja@soc.madona.example.lv>",
        "Adresāts: Sociālo pakalpojumu nodaļa",
        "Temats: Pārsūt.: pieteikums asistentam",
        "",
        "----- Pārsūtīta vēstule -----",
        "No: Ieva Kalēja <ieva.kaleja@example.com>",
        "Kam: kanceleja@soc.madona.example.lv",
        "Temats: pieteikums asistentam",
        "",
        "Labdien!",
        f"Es esmu Ieva Kalēja, personas kods {IEVA_R}, deklarētā adrese Skolas iela 4-1,",
        "Madona, LV-4801. Man ir II grupas invaliditāte (kustību traucējumi).",
        "Ar šo iesniedzu iesniegumu asistenta pakalpojuma saņemšanai: asistents man",
        "nepieciešams 16 stundas nedēļā nokļūšanai uz darbu bibliotēkā un 3 stundas",
        "nedēļā fizioterapijas nodarbībām.",
        "Mob. tālr. 26345178",
        "Ieva",
    ], size=10)


def application_yes_no_table(pdf: canvas.Canvas) -> None:
    """Activities in a table with "jā"/"nē" columns under a heading no vocabulary names,
    the telephone under a label of its own."""
    _text(pdf, 50, 800, "Alūksnes novada Sociālais dienests", 10)
    _text(pdf, 250, 770, "IESNIEGUMS", 13, bold=True)
    _text(pdf, 50, 752, "Lūdzu piešķirt man asistenta pakalpojumu.", 10)
    _lines(pdf, 50, 736, [
        "Vārds, uzvārds: Oskars Siliņš",
        f"Personas kods: {OSKARS_S}",
        "Adrese: Pils iela 21-4, Alūksne, LV-4301",
        "Saziņai: 29341765",
    ], size=10)
    _text(pdf, 50, 660, "Pakalpojuma mērķis", 10)
    _text(pdf, 330, 660, "jā", 10)
    _text(pdf, 370, 660, "nē", 10)
    _text(pdf, 410, 660, "stundas", 10)
    rows = [("darba vietas apmeklēšanai", False, ""),
            ("izglītības iestādes apmeklēšanai", True, "25"),
            ("dienas aprūpes centra apmeklēšanai", True, "6"),
            ("brīvā laika pavadīšanai", False, "")]
    for i, (label, yes, hours) in enumerate(rows):
        y = 642 - i * 17
        _text(pdf, 50, y, label, 10)
        _text(pdf, 332 if yes else 372, y, "X", 10)
        if hours:
            _text(pdf, 420, y, hours, 10)
    _text(pdf, 50, 540, "Alūksnē, 2021-09-14", 10)
    _text(pdf, 420, 540, "O. Siliņš", 10)


def application_signed_letter(pdf: canvas.Canvas) -> None:
    """A letter headed by the sender in the genitive with her code, signed after the closing
    formula; activities as bullets, one of them at a culture house."""
    _text(pdf, 330, 800, "Gulbenes novada", 10)
    _text(pdf, 330, 786, "Sociālajam dienestam", 10)
    _text(pdf, 50, 750, f"Ainas Kalnietes, p. k. {AINA}", 10)
    _text(pdf, 50, 736, "tālr. 27115539", 10)
    _text(pdf, 260, 700, "Iesniegums", 12, bold=True)
    _lines(pdf, 50, 670, [
        "Man ir noteikta I invaliditātes grupa. Mana deklarētā dzīvesvieta ir Parka iela 3-7,",
        "Gulbene, LV-4401. Lūdzu nodrošināt asistenta pakalpojumu:",
        "• darbam pagasta bibliotēkā – 16 stundas nedēļā;",
        "• kora mēģinājumiem Gulbenes kultūras namā – 2 stundas nedēļā.",
        "Gulbenē, 2021. gada 7. aprīlī",
        "Ar cieņu",
        "Aina Kalniete",
    ], size=10)


def application_side_by_side(pdf: canvas.Canvas) -> None:
    """Two person blocks side by side with no rules, the right one under a heading no
    vocabulary names; the right block's address wraps in its column while the left column
    goes on with a row of its own on the same line."""
    _text(pdf, 200, 800, "IESNIEGUMS ASISTENTA PAKALPOJUMAM", 11, bold=True)
    _text(pdf, 50, 770, "Iesniedzējs (māte)", 10, bold=True)
    _text(pdf, 310, 770, "Persona ar invaliditāti", 10, bold=True)
    left = ["Vārds, uzvārds: Daiga Bērziņa", f"Personas kods: {DAIGA}", "Tālrunis: 26789043",
            "E-pasts: daiga.b@example.lv"]
    right = ["Vārds, uzvārds: Markuss Bērziņš", f"Personas kods: {MARKUSS}",
             "Adrese: Parka iela 7-3, Gulbene,"]
    for i, text in enumerate(left):
        _text(pdf, 50, 750 - i * 16, text, 9)
    for i, text in enumerate(right):
        _text(pdf, 310, 750 - i * 16, text, 9)
    indent = 310 + pdf.stringWidth("Adrese: ", "DejaVuSans", 9)
    _text(pdf, indent, 750 - 3 * 16, "Gulbenes nov., LV-4401", 9)
    _lines(pdf, 50, 660, [
        "Asistents nepieciešams: mācībām skolā 20 stundas nedēļā.",
        "Datums: 02.09.2024.",
    ], size=10)


def application_side_by_side_flipped(pdf: canvas.Canvas) -> None:
    """The child's block on the left, the guardian's on the right under the heading that
    says whose it is: the right-hand block is the applicant's this time."""
    _text(pdf, 180, 800, "PIETEIKUMS ASISTENTA PAKALPOJUMA SAŅEMŠANAI", 11, bold=True)
    _text(pdf, 50, 770, "Bērns", 10, bold=True)
    _text(pdf, 310, 770, "Likumiskais pārstāvis", 10, bold=True)
    left = ["Vārds, uzvārds: Liene Kļaviņa", f"Personas kods: {LIENE_K}"]
    right = ["Vārds, uzvārds: Velta Kļaviņa", f"Personas kods: {VELTA}", "Tālrunis: 28813470"]
    for i, text in enumerate(left):
        _text(pdf, 50, 750 - i * 16, text, 9)
    for i, text in enumerate(right):
        _text(pdf, 310, 750 - i * 16, text, 9)
    _lines(pdf, 50, 680, [
        "Asistents nepieciešams: mācībām skolā 18 stundas nedēļā.",
        "Datums: 16.09.2024.",
    ], size=10)


CASES.update({
    "codes_apart.pdf": (representation_codes_apart, "representation_document", {
        "representative_name": "Jānis Zariņš", "representative_personal_code": JANIS_Z,
        "person_name": "Kārlis Zariņš", "personal_code": KARLIS_Z,
        "basis": "Madonas novada bāriņtiesas 2021. gada 3. marta lēmums Nr. MNB/1-4/21/17 "
                 "par aizgādņa iecelšanu",
        "issued_on": "2021-03-03",
    }),
    "dative_holder.pdf": (representation_dative_holder, "representation_document", {
        "representative_name": "Velta Kļaviņa", "representative_personal_code": VELTA,
        "person_name": "Liene Kļaviņa", "personal_code": LIENE_K,
        "basis": "Gulbenes novada bāriņtiesas 2022. gada 9. novembra lēmums Nr. 3-9/22/61 "
                 "par aizbildnības nodibināšanu",
        "issued_on": "2023-05-11",
    }),
    "custody_row.pdf": (representation_custody_row, "representation_document", {
        "representative_name": "Rita Ozoliņa", "representative_personal_code": RITA,
        "person_name": "Emīls Ozoliņš", "personal_code": EMILS,
        "basis": "Vidzemes rajona tiesas 2023. gada 2. oktobra spriedums lietā Nr. C38051223",
        "issued_on": "2024-02-06",
    }),
    "email_printout.pdf": (application_email_printout, "application", {
        "service": "assistant", "applicant_name": "Ieva Kalēja", "applicant_personal_code": IEVA_R,
        "client_name": "Ieva Kalēja", "client_personal_code": IEVA_R,
        "address": "Skolas iela 4-1, Madona, LV-4801", "phone": "26345178",
        "email": "ieva.kaleja@example.com",
        "activities": [{"kind": "work", "hours_per_week": 16},
                       {"kind": "institutions", "hours_per_week": 3}],
    }),
    "yes_no_table.pdf": (application_yes_no_table, "application", {
        "applicant_name": "Oskars Siliņš", "applicant_personal_code": OSKARS_S,
        "phone": "29341765",
        "activities": [{"kind": "education", "hours_per_week": 25},
                       {"kind": "day_centre", "hours_per_week": 6}],
        "submitted_on": "2021-09-14",
    }),
    "signed_letter.pdf": (application_signed_letter, "application", {
        "applicant_name": "Aina Kalniete", "applicant_personal_code": AINA,
        "client_name": "Aina Kalniete", "client_personal_code": AINA,
        "address": "Parka iela 3-7, Gulbene, LV-4401", "phone": "27115539",
        "activities": [{"kind": "work", "hours_per_week": 16},
                       {"kind": "leisure", "hours_per_week": 2}],
        "submitted_on": "2021-04-07",
    }),
    "side_by_side_flipped.pdf": (application_side_by_side_flipped, "application", {
        "applicant_name": "Velta Kļaviņa", "applicant_personal_code": VELTA,
        "client_name": "Liene Kļaviņa", "client_personal_code": LIENE_K, "phone": "28813470",
    }),
    "side_by_side.pdf": (application_side_by_side, "application", {
        "applicant_name": "Daiga Bērziņa", "applicant_personal_code": DAIGA,
        "client_name": "Markuss Bērziņš", "client_personal_code": MARKUSS,
        "address": "Parka iela 7-3, Gulbene, Gulbenes nov., LV-4401", "phone": "26789043",
        "email": "daiga.b@example.lv",
    }),
})


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


# --- round 4: hours, timesheet rows, opinions' lists ------------------------------------------

H4_EGILS = personal_code("1408791563")
H4_SARMITE = personal_code("2902681234")
H4_KLAVS = personal_code("0606061478")
H4_DZINTRA = personal_code("1712591322")
H4_NILS = personal_code("2304941456")


def h4_opinion_visits_first(pdf: canvas.Canvas) -> None:
    """A label's value opening with the visits a week ("trīs reizes nedēļā pa divām
    stundām"): the week is 6, not the 3 visits; the term in the accusative; a year after the
    hours in the same sentence is no hours."""
    _text(pdf, 120, 800, "Tukuma novada Sociālais dienests", 14, bold=True)
    _text(pdf, 150, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        "Klients: Egils Vītols", f"Personas kods: {H4_EGILS}",
        "Mērķa grupa: persona ar garīga rakstura traucējumiem",
        "Pakalpojuma apjoms: trīs reizes nedēļā pa divām stundām",
        "Pakalpojumu sniegt vēl piecus mēnešus, no 2024. gada 1. marta.",
        "Uzdevumi:",
        "1. saziņa ar ģimenes ārstu",
        "2. ikdienas pirkumu plānošana",
        "Tukumā, 20.02.2024.",
    ])
    _text(pdf, 60, 560, "Sociālais darbinieks                                  O. Lapiņš")


def h4_opinion_year_not_hours(pdf: canvas.Canvas) -> None:
    """'stundas nedēļā' met in a sentence whose next number is a year: the week is the number
    words before it (4), never 2024."""
    _text(pdf, 120, 800, "Dobeles novada Sociālais dienests", 14, bold=True)
    _text(pdf, 110, 770, "ATZINUMS par ģimenes asistenta nepieciešamību", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Sarmīte Dreimane, personas kods {H4_SARMITE}, audzina divus bērnus viena.",
        "Ieteicams pakalpojums četras stundas nedēļā, no 2024. gada 2. aprīļa līdz",
        "2024. gada 1. oktobrim (6 mēneši).",
        "Dobelē, 25.03.2024.",
    ])
    _text(pdf, 60, 640, "Sociālā darbiniece                                    I. Roze")


def h4_timetable(pdf: canvas.Canvas) -> None:
    """A certificate whose week is a timetable: a weekday a row, its span beside it
    (1.5 + 2 + 1.5 = 5)."""
    _text(pdf, 120, 800, "Valmieras bērnu dienas centrs „Saulespuķe”", 14, bold=True)
    _text(pdf, 190, 782, "Rīgas iela 40, Valmiera, LV-4201", 9)
    _text(pdf, 60, 750, "03.10.2023. Nr. 12/23")
    _text(pdf, 240, 715, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Izsniegta Klāvam Ozoliņam (personas kods {H4_KLAVS}) par to, ka viņš",
        "apmeklē dienas centru šādās dienās:",
    ])
    _grid(pdf, 60, 650, [120, 120], [
        ["Nedēļas diena", "Laiks"],
        ["otrdiena", "14.00–15.30"],
        ["trešdiena", "14.00–16.00"],
        ["piektdiena", "13.30–15.00"],
    ])
    _text(pdf, 60, 540, "Centra vadītājs                                        M. Briedis")


def h4_employer_slash_week(pdf: canvas.Canvas) -> None:
    """Hours written 'st./ned.' after a label broken at the line's end."""
    _text(pdf, 160, 800, "SIA „Zemgales Maize”", 15, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 40103998877, Lielā iela 12, Jelgava, LV-3001", 9)
    _text(pdf, 60, 745, "Jelgavā, 2022. gada 11. janvārī")
    _text(pdf, 250, 710, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 680, [
        f"Dzintra Sīle (p.k. {H4_DZINTRA}) strādā SIA „Zemgales Maize” par pārdevēju",
        "kopš 2019. gada 4. februāra. Darba",
        "laiks: 24 st./ned., otrdienās–piektdienās.",
    ])
    _text(pdf, 60, 600, "Valdes loceklis                                        U. Krēsliņš")


def h4_timesheet_letter(pdf: canvas.Canvas) -> None:
    """A timesheet letter whose ranges break at the line's end and whose rows go from one
    place to another; the way home on a line of its own; a course of medical rehabilitation."""
    _text(pdf, 320, 800, "Cēsu novada Sociālajam dienestam")
    _text(pdf, 60, 770, f"Nils Kārkliņš, p.k. {H4_NILS}, asistents")
    _text(pdf, 150, 740, "Par asistenta darbu 2023. gada oktobrī", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Oktobrī biju asistents Egilam Vītolam (p.k. {H4_EGILS}).",
        "2. oktobrī no 8.00 līdz 8.30 pavadīju viņu uz darbu, bet no 16.00 līdz",
        "17.00 – no darba uz bibliotēku.",
        "4. oktobrī no 9.00 līdz 11.00 rehabilitācija Cēsu klīnikā.",
        "4. oktobrī no 11.30 līdz 12.00 mājup.",
        "6. oktobrī no 8.00 līdz 8.30 uz darbu.",
        "9. oktobrī no 8.00 līdz 8.30 uz darbu.",
        "Kopā: 5 stundas.",
    ])
    _text(pdf, 60, 590, "Cēsīs, 2023. gada 31. oktobrī                     N. Kārkliņš")


def h4_association_workshops(pdf: canvas.Canvas) -> None:
    """An association's own workshops, worded like a day centre's: ngo."""
    _text(pdf, 150, 800, "Biedrība „Kopā Varam”", 14, bold=True)
    _text(pdf, 150, 782, "Reģ. Nr. 40008777111 · Brīvības iela 9, Madona", 9)
    _text(pdf, 60, 750, "Madonā, 2021. gada 9. septembrī")
    _text(pdf, 220, 715, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Biedrība apliecina, ka Nils Kārkliņš (personas kods {H4_NILS}) apmeklē",
        "biedrības dienas nodarbības (keramikas darbnīca, kustību grupa) divas reizes",
        "nedēļā no 12.00 līdz 15.00.",
    ])
    _text(pdf, 60, 630, "Valdes priekšsēdētājs                                  T. Ābele")


CASES.update({
    "h4_visits_first.pdf": (h4_opinion_visits_first, "social_worker_opinion", {
        "person_name": "Egils Vītols", "personal_code": H4_EGILS, "category": "mental_disorder",
        "hours_per_week": 6, "period_months": 5,
        "tasks": ["saziņa ar ģimenes ārstu", "ikdienas pirkumu plānošana"],
        "issued_on": "2024-02-20",
    }),
    "h4_year_not_hours.pdf": (h4_opinion_year_not_hours, "social_worker_opinion", {
        "personal_code": H4_SARMITE, "hours_per_week": 4, "period_months": 6,
        "issued_on": "2024-03-25",
    }),
    "h4_timetable.pdf": (h4_timetable, "activity_certificate", {
        "activity_kind": "day_centre", "personal_code": H4_KLAVS, "hours_per_week": 5,
        "issued_on": "2023-10-03",
    }),
    "h4_slash_week.pdf": (h4_employer_slash_week, "employer_certificate", {
        "person_name": "Dzintra Sīle", "personal_code": H4_DZINTRA, "hours_per_week": 24,
        "issued_on": "2022-01-11",
    }),
    "h4_timesheet_letter.pdf": (h4_timesheet_letter, "timesheet", {
        "month": "2023-10",
        "entries": [
            {"date": "2023-10-02", "start": "08:00", "end": "08:30", "hours": 0.5,
             "activity": "work"},
            {"date": "2023-10-02", "start": "16:00", "end": "17:00", "hours": 1,
             "activity": "leisure"},
            {"date": "2023-10-04", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "institutions"},
            {"date": "2023-10-04", "start": "11:30", "end": "12:00", "hours": 0.5,
             "activity": "institutions"},
            {"date": "2023-10-06", "start": "08:00", "end": "08:30", "hours": 0.5,
             "activity": "work"},
            {"date": "2023-10-09", "start": "08:00", "end": "08:30", "hours": 0.5,
             "activity": "work"},
        ],
        "total_hours": 5,
    }),
    "h4_association_workshops.pdf": (h4_association_workshops, "activity_certificate", {
        "institution_name": "Biedrība Kopā Varam", "activity_kind": "ngo",
        "personal_code": H4_NILS, "hours_per_week": 6, "issued_on": "2021-09-09",
    }),
})


# --- round 4: what a paper is, its own date ---------------------------------------------------

C4_OSKARS = personal_code("1502701234")
C4_BIRUTA = personal_code("0811631456")
C4_EGILS = personal_code("2307891367")


def c4_clinic_visit_list(pdf: canvas.Canvas) -> None:
    """A treatment centre's certificate listing the visits day by day with their hours: dated
    rows, but nobody's record of an assistant's hours."""
    _text(pdf, 60, 800, "Valmieras fizioterapijas centrs", 13, bold=True)
    _text(pdf, 60, 784, "Rīgas iela 44, Valmiera, LV-4201", 9)
    _text(pdf, 60, 760, "Valmierā, 2022. gada 2. maijā")
    _text(pdf, 250, 730, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Centrs apliecina, ka pacients Oskars Priedītis, personas kods {C4_OSKARS},",
        "saņem fizioterapijas procedūras reizi nedēļā. Aprīlī:",
    ])
    _grid(pdf, 60, 660, [110, 220, 80], [
        ["Datums", "Procedūra", "Ilgums"],
        ["05.04.2022.", "ārstnieciskā vingrošana", "1,5 h"],
        ["12.04.2022.", "ārstnieciskā vingrošana", "1,5 h"],
        ["19.04.2022.", "masāža", "1,5 h"],
        ["26.04.2022.", "ārstnieciskā vingrošana", "1,5 h"],
    ])
    _text(pdf, 60, 530, "Fizioterapeite I. Kalna")


def c4_rehearsal_schedule(pdf: canvas.Canvas) -> None:
    """A choir's schedule of rehearsals with dates and hours: it invites assistants along, it
    records nobody's hours."""
    _text(pdf, 60, 800, "Jauktais koris „Atbalss”", 13, bold=True)
    _text(pdf, 60, 784, "Kultūras nams, Skolas iela 3, Smiltene", 9)
    _text(pdf, 60, 760, "Mēģinājumu grafiks – 2022. gada marts", 12, bold=True)
    _grid(pdf, 60, 735, [90, 110, 60, 190], [
        ["Datums", "Laiks", "Stundas", "Kas notiek"],
        ["02.03.", "18.00–20.00", "2", "kopmēģinājums"],
        ["09.03.", "18.00–20.00", "2", "balsu grupas"],
        ["16.03.", "18.00–20.30", "2,5", "kopmēģinājums"],
        ["23.03.", "18.00–20.00", "2", "koncerta ģenerālmēģinājums"],
        ["26.03.", "15.00–17.00", "2", "Pavasara koncerts"],
    ])
    _lines(pdf, 60, 590, [
        "Dziedātāji, kuriem palīdz asistents, var ierasties kopā ar asistentu.",
        "Kora vadītāja R. Ozoliņa",
    ])


def c4_service_decision(pdf: canvas.Canvas) -> None:
    """The social service's own decision on a service: it decides and may be appealed; a client
    brings no such paper, and it certifies nothing of ours."""
    _text(pdf, 60, 800, "Smiltenes novada Sociālais dienests", 13, bold=True)
    _text(pdf, 60, 784, "Dārza iela 11, Smiltene, LV-4729", 9)
    _text(pdf, 60, 760, "Smiltenē, 14.03.2022. Nr. SD-22/311")
    _text(pdf, 250, 730, "LĒMUMS", 13, bold=True)
    _text(pdf, 200, 714, "par aprūpes mājās pakalpojuma piešķiršanu", 11)
    _lines(pdf, 60, 685, [
        f"Izskatot Birutas Kārkliņas (personas kods {C4_BIRUTA}) 2022. gada 1. marta",
        "iesniegumu, ģimenes ārsta izziņu un dienas aprūpes centra apliecinājumu par",
        "apmeklējumu, sociālais dienests nolēma piešķirt aprūpes mājās pakalpojumu",
        "8 stundas nedēļā no 2022. gada 1. aprīļa.",
        "Lēmumu var apstrīdēt novada domē viena mēneša laikā no tā spēkā stāšanās dienas.",
        "Vadītāja L. Skaistkalne",
    ])


def c4_opinion_logo_and_registration(pdf: canvas.Canvas) -> None:
    """The commission's name after a logo glyph and wrapped onto a second line, a label line
    with the date the request came in, the registration date before the date of the paper."""
    _text(pdf, 60, 805, "■ Veselības un darbspēju ekspertīzes ārstu valsts", 12, bold=True)
    _text(pdf, 74, 790, "komisija", 12, bold=True)
    _text(pdf, 60, 772, "Vidzemes nodaļa · Cēsu iela 5, Valmiera", 9)
    _text(pdf, 60, 750, "Reģistrēts 01.03.2022. Nr. VZ-22-0412", 10)
    _text(pdf, 230, 725, "ATZINUMS", 13, bold=True)
    _grid(pdf, 60, 705, [200, 260], [
        ["Persona", "Egils Vītols"],
        ["Personas kods", C4_EGILS],
        ["Iesniegums saņemts 01.03.2022.", ""],
        ["Invaliditātes grupa", "III grupa"],
        ["Invaliditāte noteikta", "no 07.03.2022. līdz 06.03.2024."],
    ])
    _text(pdf, 60, 590, "Valmierā, 2022. gada 9. martā")
    _text(pdf, 60, 570, "Ārsts eksperts J. Kalējs")


def c4_plain_employment_confirmation(pdf: canvas.Canvas) -> None:
    """An employer's paper titled only "APLIECINĀJUMS": where and when the work is done says
    which certificate it is, not the generic word. Its date is written year first."""
    _text(pdf, 60, 800, "SIA „Gaujas Maiznīca”", 13, bold=True)
    _text(pdf, 60, 784, "reģ. Nr. 40103998877, Rūpniecības iela 4, Cēsis, LV-4101", 9)
    _text(pdf, 230, 750, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Oskars Priedītis, personas kods {C4_OSKARS}, kopš 2019. gada",
        "1. septembra strādā SIA „Gaujas Maiznīca” par iepakotāju. Darba vieta: ceptuve,",
        "Rūpniecības iela 4, Cēsis; trīs darba dienas nedēļā pa sešām stundām.",
        "Cēsīs 2022.04.04.",
        "Valdes priekšsēdētājs G. Rudzītis",
    ])


CASES.update({
    "c4_clinic_visits.pdf": (c4_clinic_visit_list, "activity_certificate", {
        "person_name": "Oskars Priedītis", "personal_code": C4_OSKARS,
        "activity_kind": "institutions",
    }),
    "c4_rehearsal_schedule.pdf": (c4_rehearsal_schedule, "unknown", {}),
    "c4_service_decision.pdf": (c4_service_decision, "unknown", {}),
    "c4_opinion_logo.pdf": (c4_opinion_logo_and_registration, "commission_opinion", {
        "person_name": "Egils Vītols", "personal_code": C4_EGILS, "disability_group": "III",
        "issued_on": "2022-03-09",
    }),
    "c4_employment_confirmation.pdf": (c4_plain_employment_confirmation,
                                       "employer_certificate", {
        "employer_name": "SIA Gaujas Maiznīca", "person_name": "Oskars Priedītis",
        "personal_code": C4_OSKARS, "position": "iepakotājs", "employed_since": "2019-09-01",
        "issued_on": "2022-04-04",
    }),
})


# --- round 4: names, issuers' names, where a value ends ---------------------------------------

N4_INGUS = personal_code("1402871563")
N4_SARMITE = personal_code("2709901238")
N4_OSKARS = personal_code("0811981447")
N4_ZANE = personal_code("1305951284")
N4_ELMARS = personal_code("2102841329")


def n4_application_man_a_surname(pdf: canvas.Canvas) -> None:
    """A man with a 4th-declension surname speaks for himself ("Es, Ingus Kalva, ..."): "Ingus"
    is its own genitive, so only the sentence says the name is a nominative."""
    _text(pdf, 150, 805, "SIGULDAS NOVADA SOCIĀLAIS DIENESTS", 13, bold=True)
    _text(pdf, 160, 788, "Pils iela 16, Sigulda · dienests@sigulda.example.lv", 9)
    _text(pdf, 255, 750, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 720, [
        f"Es, Ingus Kalva, personas kods {N4_INGUS}, dzīvoju Ausekļa ielā 3-12, Siguldā,",
        "Siguldas nov., LV-2150, lūdzu piešķirt man asistenta pakalpojumu darbam – 15 stundas",
        "nedēļā.",
    ])
    _text(pdf, 50, 640, "Siguldā, 2023.03.02.")
    _text(pdf, 420, 640, "/I. Kalva/")


def n4_employer_label_in_cell(pdf: canvas.Canvas) -> None:
    """Two tables side by side: each row's label printed in its cell before the value
    ("Nosaukums  SIA ..."), a label wrapped in its narrow cell ("Vārds," / "uzvārds")."""
    _text(pdf, 160, 800, "IZZIŅA PAR NODARBINĀTĪBU", 13, bold=True)
    _text(pdf, 230, 780, "Nr. 7/2023 · 2023-04-11", 10)
    _text(pdf, 50, 740, "Darba devējs", 11)
    _text(pdf, 300, 740, "Darbiniece", 11)
    _text(pdf, 52, 722, "Nosaukums", 10)
    _text(pdf, 52 + pdf.stringWidth("Nosaukums", "DejaVuSans", 10) + 12, 722,
          "SIA Ziemeļu Grāmatas", 10)
    _lines(pdf, 52, 700, ["Reģ. Nr.", "Adrese"], size=10)
    _text(pdf, 120, 700, "40103557812", 10)
    _text(pdf, 120, 685, "Kr. Barona iela 40, Rīga", 10)
    _lines(pdf, 302, 722, ["Vārds,", "uzvārds"], size=10)
    _text(pdf, 380, 722, "Sarmīte Vanaga", 10)
    _lines(pdf, 302, 692, ["Personas", "kods"], size=10)
    _text(pdf, 380, 692, N4_SARMITE, 10)
    _text(pdf, 302, 662, "Amats", 10)
    _text(pdf, 380, 662, "grāmatu korektore", 10)
    _lines(pdf, 50, 620, [
        "Darba attiecības: kopš 2021. gada 1. februāra, nepilns darba laiks – 20 stundas",
        "nedēļā.",
    ])
    _text(pdf, 50, 560, "Valdes loceklis")
    _text(pdf, 450, 560, "P. Riekstiņš")


def n4_centre_logo_and_signer(pdf: canvas.Canvas) -> None:
    """A centre's name beside its logo (a square), a signer named after "Centra vadītājs":
    the signer is a person, never the issuer."""
    pdf.setLineWidth(1)
    pdf.rect(60, 796, 14, 14, stroke=1, fill=0)
    _text(pdf, 85, 800, "Jelgavas valstspilsētas dienas centrs „Saulespuķe”", 12, bold=True)
    _text(pdf, 85, 785, "Sociālo lietu pārvaldes struktūrvienība · Lielā iela 4, Jelgava", 8)
    _text(pdf, 50, 750, "12.05.2023.")
    _text(pdf, 450, 750, "Nr. DC-S/23-14")
    _text(pdf, 260, 720, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 690, [
        f"Apliecinām, ka Oskars Bērziņš (personas kods {N4_OSKARS}) apmeklē dienas centru",
        "otrdienās un ceturtdienās no 10.00 līdz 14.00.",
    ])
    _text(pdf, 50, 620, "Centra vadītājs")
    _text(pdf, 440, 620, "J. Vītols")


def n4_school_letter_spaced(pdf: canvas.Canvas) -> None:
    """A school's name printed in letter-spaced capitals: each letter a word of its own, the
    wider gaps between words."""
    heading = pdf.beginText(110, 800)
    heading.setFont("DejaVuSans-Bold", 13)
    heading.setCharSpace(4)
    heading.textOut("TALSU  VALSTS  ĢIMNĀZIJA")
    heading.setCharSpace(0)
    pdf.drawText(heading)
    _text(pdf, 110, 783, "Reģ. Nr. 4313900456 · Kalna iela 4, Talsi, LV-3201", 9)
    _text(pdf, 50, 750, "Talsos, 06.09.2023. Nr. 3-9/88")
    _text(pdf, 220, 720, "IZZIŅA PAR MĀCĪBĀM", 13, bold=True)
    rows = [("Izglītojamā", "Zane Krūze"), ("Personas kods", N4_ZANE),
            ("Klase", "11.a (vispārējās vidējās izglītības programma)"),
            ("Mācības turpinās", "līdz 2025. gada 20. jūnijam")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 690 - 20 * i, label, 10)
        _text(pdf, 180, 690 - 20 * i, value, 10)
    _text(pdf, 50, 580, "Direktors")
    _text(pdf, 440, 580, "R. Ozoliņš")


def n4_trade_name_and_legal_name(pdf: canvas.Canvas) -> None:
    """A shop's letterhead names its kind and trade name; the requisites at the foot give the
    legal name with its form, which is the employer's name."""
    _text(pdf, 190, 805, "Frizētava „Zelta Šķēres”", 14, bold=True)
    _text(pdf, 200, 788, "Rīgas iela 12, Valmiera · tālr. 64221133", 9)
    _text(pdf, 50, 750, "Valmierā, 20.06.2023.")
    _text(pdf, 265, 720, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 690, [
        f"Elmārs Grīnbergs (p.k. {N4_ELMARS}) strādā mūsu frizētavā par frizieri no 2019. gada",
        "1. marta. Darba laiks: 25 stundas nedēļā.",
    ])
    _text(pdf, 50, 620, "Valdes loceklis")
    _text(pdf, 440, 620, "M. Āboliņa")
    _text(pdf, 50, 90, "SIA „Zelta Šķēres”, reģ. Nr. 44103098765, AS Swedbank, "
                       "LV12HABA0000000000000.", 8)


CASES.update({
    "n4_man_a_surname.pdf": (n4_application_man_a_surname, "application", {
        "applicant_name": "Ingus Kalva", "applicant_personal_code": N4_INGUS,
        "client_name": "Ingus Kalva",
    }),
    "n4_label_in_cell.pdf": (n4_employer_label_in_cell, "employer_certificate", {
        "employer_name": "SIA Ziemeļu Grāmatas", "employer_reg_no": "40103557812",
        "person_name": "Sarmīte Vanaga", "personal_code": N4_SARMITE,
        "position": "grāmatu korektore", "hours_per_week": 20,
    }),
    "n4_logo_and_signer.pdf": (n4_centre_logo_and_signer, "activity_certificate", {
        "institution_name": "Jelgavas valstspilsētas dienas centrs Saulespuķe",
        "person_name": "Oskars Bērziņš", "personal_code": N4_OSKARS,
    }),
    "n4_letter_spaced.pdf": (n4_school_letter_spaced, "school_certificate", {
        "institution_name": "Talsu valsts ģimnāzija", "person_name": "Zane Krūze",
        "personal_code": N4_ZANE, "study_until": "2025-06-20",
    }),
    "n4_legal_name.pdf": (n4_trade_name_and_legal_name, "employer_certificate", {
        "employer_name": "SIA Zelta Šķēres", "person_name": "Elmārs Grīnbergs",
        "personal_code": N4_ELMARS, "hours_per_week": 25,
    }),
})


# --- round 4: whose value it is, marks as answers ---------------------------------------------

R4_GUNTIS = personal_code("1408671351")
R4_KRISTERS = personal_code("0311121442")
R4_OLGA = personal_code("2201781215")
R4_RUDOLFS = personal_code("1506041327")
R4_ZANE = personal_code("0905891173")
R4_EGILS = personal_code("2710551248")
R4_IVARS = personal_code("1802931466")


def _underline(pdf: canvas.Canvas, x: float, y: float, word: str, size: float = 11) -> None:
    """A stroke drawn right under a word printed at (x, y): the way a form says "pasvītrot"."""
    width = pdf.stringWidth(word, "DejaVuSans", size)
    pdf.setLineWidth(0.8)
    pdf.line(x, y - 2.5, x + width, y - 2.5)


def _open_ring(pdf: canvas.Canvas, x: float, y: float, word: str, size: float = 11) -> None:
    """A ring drawn round a word by hand that stops short of where it began."""
    import math

    width = pdf.stringWidth(word, "DejaVuSans", size)
    cx, cy, rx, ry = x + width / 2, y + size / 3, width / 2 + 6, size * 0.85
    pdf.setLineWidth(0.9)
    path = pdf.beginPath()
    steps = 40
    for i in range(steps + 1):
        angle = 0.3 + (2 * math.pi - 0.75) * i / steps  # about 315 degrees, a gap at the start
        point = (cx + rx * math.cos(angle), cy + ry * math.sin(angle))
        if i == 0:
            path.moveTo(*point)
        else:
            path.lineTo(*point)
    pdf.drawPath(path, stroke=1, fill=0)


def r4_application_unruled_columns(pdf: canvas.Canvas) -> None:
    """Two people as the columns of a table without rules: the applicant's column headed by a
    known heading, the other by a kinship noun no section knows; names as split labels; the
    applicant's address a reference to the other column's."""
    _text(pdf, 60, 800, "Limbažu novada Sociālais dienests", 13, bold=True)
    _text(pdf, 230, 750, "IESNIEGUMS", 13, bold=True)
    _text(pdf, 150, 732, "asistenta pakalpojuma saņemšanai")
    rows = [
        ("", "Iesniedzējs", "Mazdēls"),
        ("Vārds", "Guntis", "Krišs"),
        ("Uzvārds", "Vanags", "Vanags"),
        ("Personas kods", R4_GUNTIS, R4_KRISTERS),
        ("Dzīvesvieta", "tāda pati kā mazdēlam", "Jūras iela 9-2, Salacgrīva, LV-4033"),
        ("Tālrunis", "26455120", ""),
    ]
    y = 690.0
    for label, left, right in rows:
        _text(pdf, 50, y, label, 10)
        _text(pdf, 170, y, left, 10)
        _text(pdf, 340, y, right, 10)
        y -= 20
    _lines(pdf, 50, y - 20, [
        "Lūdzu piešķirt asistenta pakalpojumu mācībām skolā – 12 stundas nedēļā.",
    ])
    _text(pdf, 50, y - 70, "Limbažos, 14.03.2023.")
    _text(pdf, 380, y - 70, "G. Vanags")


def r4_timesheet_letter(pdf: canvas.Canvas) -> None:
    """An assistant's letter: the writer (sender block, 'es') is the assistant, the one named
    in the dative after the role noun and accompanied in the accusative is the client."""
    _text(pdf, 330, 800, "Tukuma novada Sociālajam dienestam")
    _text(pdf, 60, 770, f"Olga Kārkliņa, p.k. {R4_OLGA}, asistente", 10)
    _text(pdf, 150, 730, "Atskaite par sniegto asistenta pakalpojumu", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Janvārī strādāju par asistenti Rūdolfam Bērzkalnam (p.k. {R4_RUDOLFS}).",
        "9. janvārī no 8.00 līdz 9.30 pavadīju Rūdolfu Bērzkalnu uz darbnīcu.",
        "16. janvārī no 8.00 līdz 9.30 – uz darbnīcu.",
        "Kopā: 3 stundas.",
    ])
    _text(pdf, 60, 600, "Tukumā, 2023. gada 31. janvārī")
    _text(pdf, 400, 600, "O. Kārkliņa")


def r4_application_underlined(pdf: canvas.Canvas) -> None:
    """The answer chosen by underlining one of two printed words; a hand ring round another
    answer that does not meet its start; an option named two ways ("X vai Y")."""
    _text(pdf, 60, 800, "Talsu novada Sociālais dienests", 13, bold=True)
    _text(pdf, 200, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Vārds, uzvārds: Zane Upīte     Personas kods: {R4_ZANE}",
        "Adrese: Ezera iela 4, Talsi, LV-3201     Tālrunis: 29900131",
        "Asistents nepieciešams (atzīmēt):",
    ])
    _text(pdf, 60, 682, "☒ ārstniecības iestādē vai rehabilitācijas centrā – 5 st. nedēļā")
    _text(pdf, 60, 666, "☐ darba vietā")
    line = "Valsts pabalstu par asistenta izmantošanu (pasvītrot): "
    _text(pdf, 60, 630, line)
    x = 60 + pdf.stringWidth(line, "DejaVuSans", 11)
    _text(pdf, x, 630, "saņem")
    _underline(pdf, x, 630, "saņem")
    _text(pdf, x + 50, 630, "nesaņem")
    line = "Vai dzīvojat ilgstošas aprūpes institūcijā? "
    _text(pdf, 60, 600, line)
    x = 60 + pdf.stringWidth(line, "DejaVuSans", 11)
    _text(pdf, x, 600, "jā")
    _text(pdf, x + 30, 600, "nē")
    _open_ring(pdf, x + 30, 600, "nē")
    _text(pdf, 60, 560, "Talsos, 03.05.2021.")


def r4_application_both_unmarked(pdf: canvas.Canvas) -> None:
    """Both answers printed, neither marked: no answer, not "yes"."""
    _text(pdf, 60, 800, "Dobeles novada Sociālais dienests", 13, bold=True)
    _text(pdf, 200, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Vārds, uzvārds: Egils Strazds     Personas kods: {R4_EGILS}",
        "Lūdzu piešķirt asistenta pakalpojumu darbam – 10 stundas nedēļā.",
        "Pabalstu par asistenta izmantošanu:   saņemu   nesaņemu",
    ])
    _text(pdf, 60, 650, "Dobelē, 11.06.2021.")


def r4_decision_itself(pdf: canvas.Canvas) -> None:
    """An orphan court's decision: the paper itself is the basis, not the law it cites."""
    _text(pdf, 60, 800, "Rēzeknes novada bāriņtiesa", 13, bold=True)
    _text(pdf, 60, 786, "Atbrīvošanas aleja 95, Rēzekne, LV-4601", 9)
    _text(pdf, 220, 740, "LĒMUMS Nr. 2-4/22/58", 13, bold=True)
    _text(pdf, 215, 724, "par aizgādņa iecelšanu")
    _text(pdf, 60, 700, "Rēzeknē, 2022. gada 9. martā")
    _lines(pdf, 60, 670, [
        "Bāriņtiesa izskatīja jautājumu par aizgādņa iecelšanu Egilam Strazdam",
        f"(personas kods {R4_EGILS}). Pamatojoties uz Civillikuma 356. pantu, bāriņtiesa",
        f"nolēma iecelt Ivaru Strazdu (personas kods {R4_IVARS}) par aizgādni Egilam Strazdam.",
    ], size=9)
    _text(pdf, 60, 600, "Priekšsēdētājs")
    _text(pdf, 400, 600, "A. Gailis")


def r4_representation_predicate(pdf: canvas.Canvas) -> None:
    """'X (p.k.) likumiskā pārstāve ir māte Y': the predicate is the representative."""
    _text(pdf, 60, 800, "Valkas novada bāriņtiesa", 13, bold=True)
    _text(pdf, 200, 760, "IZZIŅA Nr. 5-7/23/19", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Bāriņtiesa apliecina, ka Krišs Vanags (p.k. {R4_KRISTERS}) likumiskā",
        f"pārstāve ir māte Zane Upīte (p.k. {R4_ZANE}).",
        "Pamats: Valkas novada bāriņtiesas 2021. gada 4. maija lēmums Nr. 5-2/21/40 par",
        "aizbildnības nodibināšanu.",
    ])
    _text(pdf, 60, 650, "Valkā, 2023. gada 2. februārī")


def r4_representation_form_rows(pdf: canvas.Canvas) -> None:
    """A certificate as rows: the representative's row, then the ward's whose label opens with a
    capitalised role word and wraps ("Aizbildnībā esošais / bērns")."""
    _text(pdf, 60, 800, "Alūksnes novada bāriņtiesa", 13, bold=True)
    _text(pdf, 190, 760, "AIZBILDŅA APLIECĪBA Nr. 8", 13, bold=True)
    _text(pdf, 60, 720, "Aizbildne")
    _text(pdf, 200, 720, f"Zane Upīte, personas kods {R4_ZANE}")
    _text(pdf, 60, 700, "Aizbildnībā esošais")
    _text(pdf, 200, 700, f"Rūdolfs Bērzkalns, personas kods {R4_RUDOLFS}")
    _text(pdf, 60, 686, "bērns")
    _text(pdf, 60, 660, "Pamats")
    _text(pdf, 200, 660, "Alūksnes novada bāriņtiesas 2020. gada 7. jūlija lēmums Nr. 3/20/77")
    _text(pdf, 60, 630, "Izdošanas datums")
    _text(pdf, 200, 630, "10.07.2020.")


def r4_email_application(pdf: canvas.Canvas) -> None:
    """An e-mail printout whose sender's address is HTML-escaped; the address in prose after
    'dzīvoju'; a second activity asked for in a later sentence of its own ('strādāju ...')."""
    _text(pdf, 60, 800, "Pasts · Iesūtne", 9)
    _text(pdf, 400, 800, "otrdiena, 14.09.2021 08:12", 9)
    _text(pdf, 60, 780, "No:        Ivars Strazds &lt;ivars.strazds@example.lv&gt;", 10)
    _text(pdf, 60, 766, "Kam:       soc.dienests@dobele.example.lv", 10)
    _text(pdf, 60, 752, "Tēma:      Iesniegums asistenta pakalpojumam", 10)
    _lines(pdf, 60, 720, [
        f"Es, Ivars Strazds (personas kods {R4_IVARS}), lūdzu piešķirt man asistenta pakalpojumu.",
        "Dzīvoju Lielā iela 17-3, Dobele, LV-3701. Mācos Dobeles tehnikumā, un asistents",
        "man vajadzīgs nokļūšanai uz mācībām – 15 stundas nedēļā. Brīvdienās strādāju",
        "veikalā, tam asistents vajadzīgs 6 stundas nedēļā.",
        "Ar cieņu",
        "Ivars Strazds",
    ], size=10)


CASES.update({
    "r4_unruled_columns.pdf": (r4_application_unruled_columns, "application", {
        "applicant_name": "Guntis Vanags", "applicant_personal_code": R4_GUNTIS,
        "client_name": "Krišs Vanags", "client_personal_code": R4_KRISTERS,
        "address": "Jūras iela 9-2, Salacgrīva, LV-4033",
    }),
    "r4_timesheet_letter.pdf": (r4_timesheet_letter, "timesheet", {
        "assistant_name": "Olga Kārkliņa", "assistant_personal_code": R4_OLGA,
        "client_name": "Rūdolfs Bērzkalns", "client_personal_code": R4_RUDOLFS,
    }),
    "r4_underlined.pdf": (r4_application_underlined, "application", {
        "receives_assistant_benefit": True,
        "activities": [{"kind": "institutions", "hours_per_week": 5}],
    }),
    "r4_both_unmarked.pdf": (r4_application_both_unmarked, "application", {
        "receives_assistant_benefit": None,
    }),
    "r4_decision_itself.pdf": (r4_decision_itself, "representation_document", {
        "basis": "Rēzeknes novada bāriņtiesas 2022. gada 9. marta lēmums Nr. 2-4/22/58 "
                 "par aizgādņa iecelšanu",
        "issued_on": "2022-03-09",
    }),
    "r4_representation_predicate.pdf": (r4_representation_predicate, "representation_document", {
        "representative_name": "Zane Upīte", "representative_personal_code": R4_ZANE,
        "person_name": "Krišs Vanags", "personal_code": R4_KRISTERS,
    }),
    "r4_representation_rows.pdf": (r4_representation_form_rows, "representation_document", {
        "representative_name": "Zane Upīte", "representative_personal_code": R4_ZANE,
        "person_name": "Rūdolfs Bērzkalns", "personal_code": R4_RUDOLFS,
    }),
    "r4_email_application.pdf": (r4_email_application, "application", {
        "applicant_name": "Ivars Strazds", "email": "ivars.strazds@example.lv",
        "address": "Lielā iela 17-3, Dobele, LV-3701",
        "activities": [{"kind": "education", "hours_per_week": 15},
                       {"kind": "work", "hours_per_week": 6}],
    }),
})


# --- round 5: where a value ends, and which date is the paper's ------------------------------

R5V_MIKUS = personal_code("0907141533")
R5V_DACE = personal_code("2304861274")
R5V_ROLANDS = personal_code("1102171452")
R5V_AGITA = personal_code("1612901388")
R5V_OSVALDS = personal_code("0504921219")


def r5v_programme_for_whom(pdf: canvas.Canvas) -> None:
    """A programme named in the accusative ("apgūst Speciālo ... programmu") with whom it is
    for after its head noun, wrapped over two lines; a timetable whose rows are runs of days;
    the school year's end in a sentence of its own."""
    _text(pdf, 170, 800, "Rēzeknes novada Maltas speciālā pamatskola", 13, bold=True)
    _text(pdf, 200, 786, "Skolas iela 4, Malta, Rēzeknes nov.", 9)
    _text(pdf, 60, 750, "14.11.2024. Nr. 3-9/77")
    _text(pdf, 260, 720, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Skolēns Mikus Bērziņš (personas kods {R5V_MIKUS}) 2024./2025. mācību gadā",
        "apgūst Speciālo pamatizglītības programmu skolēniem ar valodas",
        "attīstības traucējumiem (kods 21015511), 4. klasē.",
        "Nodarbību laiks:",
    ], size=10)
    _text(pdf, 60, 620, "pirmdiena–trešdiena", 10)
    _text(pdf, 260, 620, "9.00–12.30", 10)
    _text(pdf, 60, 605, "ceturtdiena–piektdiena", 10)
    _text(pdf, 260, 605, "9.00–11.00", 10)
    _text(pdf, 60, 575, "Mācības beigsies 2025. gada 30. maijā.", 10)
    _text(pdf, 60, 530, "Direktore")
    _text(pdf, 400, 530, "I. Ruskule")


def r5v_decision_title_alone(pdf: canvas.Canvas) -> None:
    """An orphan court's decision titled "LĒMUMS" alone, its number on the date line and its
    subject (two acts) below; the text recounts an earlier decision ("Ar bāriņtiesas ...
    lēmumu ..."), which is not the basis."""
    _text(pdf, 190, 800, "LUDZAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 786, "Raiņa iela 16, Ludza, LV-5701", 9)
    _text(pdf, 270, 750, "LĒMUMS", 13, bold=True)
    _text(pdf, 60, 730, "Ludzā, 2023. gada 5. aprīlī")
    _text(pdf, 440, 730, "Nr. 1-9/23/31")
    _text(pdf, 60, 712, "Par aizgādnības nodibināšanu un aizgādņa iecelšanu", 11, bold=True)
    _lines(pdf, 60, 685, [
        "Ar bāriņtiesas 2022. gada 1. novembra lēmumu bērna tēvam atņemtas",
        f"aizgādības tiesības. Bērns Rolands Kalns, personas kods {R5V_ROLANDS}, dzīvo",
        "pie tantes Ludzā.",
        "Bāriņtiesa nolēma:",
        "1. Nodibināt aizgādnību pār nepilngadīgo Rolandu Kalnu.",
        f"2. Iecelt par aizgādni Agitu Kalnu, personas kods {R5V_AGITA}.",
    ], size=10)
    _text(pdf, 60, 560, "Priekšsēdētājs")
    _text(pdf, 400, 560, "J. Lācis")


def r5v_decision_mentioned(pdf: canvas.Canvas) -> None:
    """A certificate that only mentions the decision in another case ("ar ... lēmumu"): it may
    be the basis, but nothing names it so."""
    _text(pdf, 190, 800, "Ogres novada bāriņtiesa", 13, bold=True)
    _text(pdf, 260, 760, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 735, "Ogrē, 2022. gada 12. oktobrī")
    _lines(pdf, 60, 705, [
        "Ar Ogres novada bāriņtiesas 2021. gada 3. jūnija lēmumu bērna mātei pārtrauktas",
        f"aizgādības tiesības. Bērns Mikus Bērziņš (personas kods {R5V_MIKUS}) dzīvo",
        f"pie vecmāmiņas Daces Bērziņas (personas kods {R5V_DACE}).",
    ], size=10)
    _text(pdf, 60, 620, "Bāriņtiesas locekle")
    _text(pdf, 400, 620, "S. Vītola")


def r5v_opinion_dates(pdf: canvas.Canvas) -> None:
    """A social worker's opinion: another event's labelled date ("Apsekošanas datums"), a date
    in prose, a numbered list without full stops and the paper's date beside the signer."""
    _text(pdf, 150, 800, "Ogres novada sociālais dienests", 13, bold=True)
    _text(pdf, 150, 760, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Klients: Dace Bērziņa, personas kods {R5V_DACE}.",
        "Apsekošanas datums 03.02.2025.",
        "Ģimene dienestā uzskaitē kopš 2024. gada 10. decembra.",
        "Apjoms: 8 stundas nedēļā",
        "Uzdevumi:",
        "1. bērnu aprūpes prasmes",
        "2. sadarbība ar ģimenes ārstu",
    ], size=10)
    _text(pdf, 60, 580, "17.02.2025.")
    _text(pdf, 330, 580, "Sociālā darbiniece L. Ozola")


def r5v_employer_form_after(pdf: canvas.Canvas) -> None:
    """A company named with its legal form after it ("Lauku Maiznīca, SIA"), the position in
    prose followed by its workload after a comma."""
    _text(pdf, 200, 800, "Lauku Maiznīca, SIA", 14, bold=True)
    _text(pdf, 190, 784, "Dzirnavu iela 8, Jaunpils, Tukuma nov.", 9)
    _text(pdf, 60, 750, "Izziņa Nr. 14 (02.05.2022.)", 11, bold=True)
    _lines(pdf, 60, 720, [
        f"Izsniegta Osvaldam Priedem (p.k. {R5V_OSVALDS}) par to, ka viņš kopš",
        "2019. gada 1. marta strādā mūsu uzņēmumā; amats – maiznieks, 0,5 slodze –",
        "20 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes loceklis")
    _text(pdf, 400, 640, "K. Sīlis")
    _text(pdf, 60, 560, "SIA Lauku Maiznīca · vienotais reģ. Nr. 40103456789", 8)


def r5v_title_over_kind(pdf: canvas.Canvas) -> None:
    """A title in capitals right above a sentence opening with the issuer's kind ("Dienas
    centrs apliecina ..."): the title is no part of the name, and a kind alone is no name."""
    _text(pdf, 220, 790, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 770, [
        f"Dienas centrs apliecina, ka Osvalds Priede, personas kods {R5V_OSVALDS}, apmeklē",
        "dienas centru otrdienās un ceturtdienās no 10.00 līdz 13.00.",
    ], size=10)
    _text(pdf, 60, 720, "Ogrē, 20.03.2021.")
    _text(pdf, 60, 690, "Vadītāja")
    _text(pdf, 400, 690, "R. Dūma")


CASES.update({
    "r5v_programme.pdf": (r5v_programme_for_whom, "school_certificate", {
        "programme": "Speciālā pamatizglītības programma skolēniem ar valodas attīstības "
                     "traucējumiem",
        "hours_per_week": 14.5, "study_until": "2025-05-30", "issued_on": "2024-11-14",
    }),
    "r5v_decision_title.pdf": (r5v_decision_title_alone, "representation_document", {
        "basis": "Ludzas novada bāriņtiesas 2023. gada 5. aprīļa lēmums Nr. 1-9/23/31 par "
                 "aizgādnības nodibināšanu un aizgādņa iecelšanu",
        "issued_on": "2023-04-05",
    }),
    "r5v_opinion_dates.pdf": (r5v_opinion_dates, "social_worker_opinion", {
        "person_name": "Dace Bērziņa", "issued_on": "2025-02-17",
    }),
    "r5v_employer_form.pdf": (r5v_employer_form_after, "employer_certificate", {
        "employer_name": "SIA Lauku Maiznīca", "position": "maiznieks", "hours_per_week": 20,
    }),
    "r5v_decision_mentioned.pdf": (r5v_decision_mentioned, "representation_document", {
        "person_name": "Mikus Bērziņš", "issued_on": "2022-10-12",
    }),
    "r5v_title_over_kind.pdf": (r5v_title_over_kind, "activity_certificate", {
        "activity_kind": "day_centre", "hours_per_week": 6, "issued_on": "2021-03-20",
    }),
})


# --- round 5: names and roles (a word before the given name, a dative is the one served) -----

R5N_VALDIS = personal_code("1402621237")
R5N_ELINA = personal_code("2307991348")
R5N_RITVARS = personal_code("0512061459")
R5N_DAGNIJA = personal_code("1908741562")
R5N_MARTINS = personal_code("0304981673")
R5N_EDGARS = personal_code("2611801784")
R5N_LAURA = personal_code("1709152895")
R5N_RITA = personal_code("0801511236")
R5N_ELIZA = personal_code("2202122347")
R5N_ANDRIS = personal_code("3110701458")
R5N_HUGO = personal_code("1506011569")


def r5n_participle_before_name(pdf: canvas.Canvas) -> None:
    """An opinion whose sentence opens with a participle before the dative name and its code
    ("Sagatavots Valdim Dūmiņam, personas kods ...")."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 784, "Zemgales reģionālā nodaļa", 10)
    _text(pdf, 60, 755, "Nr. ZM-22-0417   14.02.2022.")
    _text(pdf, 250, 725, "ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 695, [
        f"Sagatavots Valdim Dūmiņam, personas kods {R5N_VALDIS}. Noteikta III grupas",
        "invaliditāte uz diviem gadiem no 2022. gada 14. februāra.",
    ])
    _text(pdf, 60, 620, "Komisijas vadītāja                                  I. Krauze")


def r5n_title_line_before_name(pdf: canvas.Canvas) -> None:
    """A title in ordinary case on the line right above the sentence opening with the name."""
    _text(pdf, 140, 800, "Valmieras novada dienas centrs „Avots”", 13, bold=True)
    _text(pdf, 170, 784, "Rīgas iela 40, Valmiera, LV-4201", 9)
    _text(pdf, 250, 745, "Izziņa", 13, bold=True)
    _lines(pdf, 60, 725, [
        f"Elīna Sproģe, personas kods {R5N_ELINA}, kopš 2021. gada 1. marta apmeklē dienas",
        "centru katru darbdienu no 10.00 līdz 12.00.",
    ])
    _text(pdf, 60, 650, "Valmierā, 03.05.2021.               Centra vadītāja  S. Liepa")


def r5n_dative_line_before_name(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose subject line ends in the dative name and whose text
    opens with the same name in the nominative on the next line."""
    _text(pdf, 150, 800, "Smiltenes novada Sociālais dienests", 13, bold=True)
    _text(pdf, 60, 770, "22.08.2024.                                            Nr. 4-9/24/61")
    _text(pdf, 190, 740, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 715, [
        "Ģimenes asistenta pakalpojums jaunietim pēc ārpusģimenes aprūpes – Ritvaram Eglītim",
        f"Ritvars Eglītis, personas kods {R5N_RITVARS}, līdz pilngadībai dzīvoja audžuģimenē.",
        "Ieteicams piešķirt pakalpojumu 4 stundas nedēļā uz 6 mēnešiem. Uzdevumi:",
        "– budžeta plānošana;",
        "– saziņa ar iestādēm.",
    ])
    _text(pdf, 60, 600, "Sociālā darbiniece                                    L. Kalna")


def r5n_assistant_to_dative(pdf: canvas.Canvas) -> None:
    """An assistant's report in the first person: the role noun is followed by the dative
    name of the one assisted, who is the client, not the assistant."""
    _text(pdf, 320, 800, "Siguldas novada Sociālajam dienestam")
    _text(pdf, 150, 760, "Asistenta darba uzskaite: 2022. gada septembris", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Es, Dagnija Zeltiņa, p.k. {R5N_DAGNIJA}, strādāju kā asistente Mārtiņam Liepiņam",
        f"(p.k. {R5N_MARTINS}). Septembrī:",
        "5. septembrī no 8.00 līdz 9.00 pavadīju viņu uz darbu.",
        "12. septembrī no 8.00 līdz 9.00 uz darbu.",
        "19. septembrī no 14.00 līdz 16.00 bijām bibliotēkā.",
        "Kopā 4 stundas.",
    ])
    _text(pdf, 60, 600, "Siguldā, 30.09.2022.                              D. Zeltiņa")


def r5n_custody_dative_row(pdf: canvas.Canvas) -> None:
    """A custody certificate's table row names the holder in the dative after the kinship
    noun, with no dash ("tikai tēvam Edgaram Sniķerim, p. k. ...")."""
    _text(pdf, 190, 800, "MADONAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 50, 770, "Madonā 19.09.2023.                                  Nr. 2-11/23/87")
    _text(pdf, 260, 740, "IZZIŅA", 13, bold=True)
    rows = [
        ("Bērns", f"Laura Sniķere, p. k. {R5N_LAURA}"),
        ("Aizgādības tiesības", f"tikai tēvam Edgaram Sniķerim, p. k. {R5N_EDGARS}"),
        ("Pamats", "Vidzemes rajona tiesas 2021. gada 3. marta spriedums lietā Nr. C39011221"),
        ("Bērna māte", "Ilona Sniķere (aizgādības tiesību nav)"),
    ]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 710 - i * 18, label, 10)
        _text(pdf, 190, 710 - i * 18, value, 10)
    _text(pdf, 50, 600, "Bāriņtiesas locekle")
    _text(pdf, 420, 600, "A. Zvaigzne")


def r5n_grandparent_letter(pdf: canvas.Canvas) -> None:
    """A grandmother's letter: her code beside her name in the genitive ("no Ritas Ozolas"),
    the granddaughter's under a code label opening the next line."""
    _text(pdf, 300, 800, "Ogres novada Sociālajam dienestam")
    _text(pdf, 300, 770, f"no Ritas Ozolas, p. k. {R5N_RITA}")
    _text(pdf, 300, 756, "tālr. 29441187")
    _text(pdf, 250, 715, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        "Lūdzu piešķirt asistenta pakalpojumu manai mazmeitai Elīzai Ozolai",
        f"(personas kods {R5N_ELIZA}), kuras aizbildne esmu kopš 2020. gada.",
        "Dzīvojam Skolas ielā 4-1, Ogrē. Elīza mācās Ogres pamatskolā, uz skolu viņu",
        "jāpavada 10 stundas nedēļā.",
    ])
    _text(pdf, 60, 600, "Ogrē, 2022. gada 12. septembrī                        R. Ozola")


def r5n_indeclinable_ward(pdf: canvas.Canvas) -> None:
    """A guardian's certificate whose ward's given name ends in -o, the same in every case."""
    _text(pdf, 190, 800, "TUKUMA NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 220, 770, "APLIECĪBA Nr. 12", 12, bold=True)
    _lines(pdf, 50, 740, [
        f"Andris Pole, personas kods {R5N_ANDRIS}, ir iecelts par aizgādni Hugo Bērziņam,",
        f"personas kods {R5N_HUGO}.",
        "Pamats: Tukuma novada bāriņtiesas 2021. gada 8. aprīļa lēmums Nr. 1-3/21/19 par",
        "aizgādņa iecelšanu.",
    ])
    _text(pdf, 50, 650, "Tukumā, 12.04.2021.                    priekšsēdētāja  L. Krūmiņa")


CASES.update({
    "r5n_participle.pdf": (r5n_participle_before_name, "commission_opinion", {
        "person_name": "Valdis Dūmiņš", "personal_code": R5N_VALDIS,
    }),
    "r5n_title_line.pdf": (r5n_title_line_before_name, "activity_certificate", {
        "person_name": "Elīna Sproģe", "personal_code": R5N_ELINA,
    }),
    "r5n_dative_line.pdf": (r5n_dative_line_before_name, "social_worker_opinion", {
        "person_name": "Ritvars Eglītis", "personal_code": R5N_RITVARS,
    }),
    "r5n_assistant_to_dative.pdf": (r5n_assistant_to_dative, "timesheet", {
        "assistant_name": "Dagnija Zeltiņa", "assistant_personal_code": R5N_DAGNIJA,
        "client_name": "Mārtiņš Liepiņš", "client_personal_code": R5N_MARTINS,
    }),
    "r5n_custody_dative.pdf": (r5n_custody_dative_row, "representation_document", {
        "representative_name": "Edgars Sniķeris", "representative_personal_code": R5N_EDGARS,
        "person_name": "Laura Sniķere", "personal_code": R5N_LAURA,
    }),
    "r5n_grandparent_letter.pdf": (r5n_grandparent_letter, "application", {
        "applicant_name": "Rita Ozola", "applicant_personal_code": R5N_RITA,
        "client_name": "Elīza Ozola", "client_personal_code": R5N_ELIZA,
    }),
    "r5n_indeclinable_ward.pdf": (r5n_indeclinable_ward, "representation_document", {
        "representative_name": "Andris Pole", "representative_personal_code": R5N_ANDRIS,
        "person_name": "Hugo Bērziņš", "personal_code": R5N_HUGO,
    }),
})


# --- round 5, types and marks: what the paper asks, marks per option, what the issuer is --------

R5T_LIGITA = personal_code("1903781425")
R5T_OTTO = personal_code("0611051377")
R5T_BRUNO = personal_code("2708691254")


def r5t_box_between_option_and_hours(pdf: canvas.Canvas) -> None:
    """A form's table whose marks column stands between the activity and its hours column
    ("Darbs | ☒ | 16"): the box is the activity's, the number its weekly hours."""
    _text(pdf, 150, 800, "Valkas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 770, "IESNIEGUMS ASISTENTA PAKALPOJUMA SAŅEMŠANAI", 12, bold=True)
    _text(pdf, 60, 740, "Vārds, uzvārds")
    _text(pdf, 240, 740, "Līgita Smilga")
    _text(pdf, 60, 722, "Personas kods")
    _text(pdf, 240, 722, R5T_LIGITA)
    _text(pdf, 60, 694, "Asistents vajadzīgs šādām aktivitātēm", bold=True)
    _text(pdf, 60, 676, "Aktivitāte")
    _text(pdf, 330, 676, "Atzīme")
    _text(pdf, 430, 676, "h nedēļā")
    for row, (text, on, hours) in enumerate([
            ("Algots darbs", True, "16"), ("Mācības skolā", False, ""),
            ("Ārsta un citu iestāžu apmeklējumi", True, "4"), ("Brīvais laiks", False, "")]):
        y = 658 - 18 * row
        _text(pdf, 60, y, text)
        _text(pdf, 340, y, "☒" if on else "☐")
        if hours:
            _text(pdf, 440, y, hours)
    _text(pdf, 60, 560, "Valkā, 03.05.2022.")


def r5t_struck_and_signed(pdf: canvas.Canvas) -> None:
    """An opinion whose limitations are a '+'/'−' column and whose assistant question prints
    'JĀ / NĒ' with 'JĀ' struck through: the other option is the answer."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 780, "Vidzemes reģionālā nodaļa", 10)
    _text(pdf, 240, 750, "ATZINUMS", 13, bold=True)
    _text(pdf, 60, 725, f"Ottonam Ceplim, personas kods {R5T_OTTO}, noteikta III grupas "
          "invaliditāte.", 10)
    _grid(pdf, 60, 705, [330, 80], [
        ["Traucējumu veids", "+ / −"], ["redzes traucējumi", "+"],
        ["kustību traucējumi", "−"], ["psihiskie traucējumi", "+"],
        ["augšējo ekstremitāšu traucējumi", "−"]], height=18)
    _text(pdf, 60, 590, "Asistenta pakalpojums nepieciešams: JĀ / NĒ", 11, bold=True)
    left = 60 + pdf.stringWidth("Asistenta pakalpojums nepieciešams: ", "DejaVuSans-Bold", 11)
    width = pdf.stringWidth("JĀ", "DejaVuSans-Bold", 11)
    pdf.setLineWidth(0.8)
    pdf.line(left, 593.5, left + width, 593.5)  # a pen's stroke through "JĀ"
    # Options of two words each, the first struck through as a whole.
    _text(pdf, 60, 572, "Īpaša kopšana: ir nepieciešama / nav nepieciešama", 11)
    left = 60 + pdf.stringWidth("Īpaša kopšana: ", "DejaVuSans", 11)
    width = pdf.stringWidth("ir nepieciešama", "DejaVuSans", 11)
    pdf.line(left - 1, 575.5, left + width + 1, 575.5)
    _text(pdf, 60, 540, "Valmierā, 12.10.2022.")


def r5t_wrapped_cells(pdf: canvas.Canvas) -> None:
    """An opinion printed as one table row of two cells, each a paragraph wrapped over
    several lines; the right cell states the assistant is needed."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 770, "ATZINUMS Nr. VD-22-0417", 12, bold=True)
    pdf.setLineWidth(0.6)
    pdf.rect(60, 640, 470, 110, stroke=1, fill=0)
    pdf.line(250, 640, 250, 750)
    _lines(pdf, 66, 735, ["Persona", "Bruno Vītols", f"p. k. {R5T_BRUNO}",
                          "Lūgums saņemts 02.09.2022."], size=10)
    _lines(pdf, 256, 735, ["Komisijas lēmums", "Invaliditātes grupa: II, kustību dēļ.",
                           "Noteikta no 20.09.2022. līdz 19.09.2024.",
                           "Personai asistenta pakalpojums ir",
                           "nepieciešams pārvietošanās traucējumu dēļ."], size=10)
    _text(pdf, 60, 610, "Cēsīs, 20.09.2022.")


def r5t_email_request(pdf: canvas.Canvas) -> None:
    """An e-mail whose body asks for the service with words inside the request ('lūdzu
    arī man piešķirt') and quotes a disability group: an application, not an opinion."""
    _text(pdf, 60, 800, "No: Līgita Smilga <ligita.smilga@example.lv>", 10)
    _text(pdf, 60, 786, "Kam: socialais.dienests@valka.example.lv", 10)
    _text(pdf, 60, 772, "Datums: 02.11.2022 19:40", 10)
    _lines(pdf, 60, 740, [
        "Labvakar!",
        f"Esmu Līgita Smilga, personas kods {R5T_LIGITA}. Man ir noteikta II invaliditātes",
        "grupa kustību traucējumu dēļ, tāpēc lūdzu arī man piešķirt asistenta pakalpojumu.",
        "Asistents man būtu vajadzīgs:",
        "– darbam bibliotēkā – 12 stundas nedēļā;",
        "– ārsta apmeklējumiem – 3 stundas nedēļā.",
        "Paldies!",
    ], size=10)


def r5t_association_rehab(pdf: canvas.Canvas) -> None:
    """A foundation's certificate worded like a day centre's ('sociālās rehabilitācijas
    nodarbības'): what the issuer is decides (ngo)."""
    _text(pdf, 60, 800, "Nodibinājums „Gaišā Taka”", 13, bold=True)
    _text(pdf, 60, 784, "Lielā iela 2, Smiltene · reģ. Nr. 50008123451", 9)
    _text(pdf, 240, 750, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Nodibinājums apliecina, ka Otto Ceplis (personas kods {R5T_OTTO}) apmeklē",
        "nodibinājuma sociālās rehabilitācijas nodarbības pirmdienās no 10.00 līdz 13.00.",
    ], size=10)
    _text(pdf, 60, 660, "Smiltenē, 14.03.2023.")


def r5t_medical_rehab(pdf: canvas.Canvas) -> None:
    """A rehabilitation centre giving outpatient procedures: a medical institution."""
    _text(pdf, 60, 800, "Rehabilitācijas centrs „Priedaine”", 13, bold=True)
    _text(pdf, 60, 784, "Ambulatorā nodaļa · Meža prospekts 8, Ogre", 9)
    _text(pdf, 260, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Bruno Vītols, personas kods {R5T_BRUNO}, apmeklē ambulatorās procedūras",
        "(ūdens terapija, masāža) trīs reizes nedēļā pa divām stundām.",
    ], size=10)
    _text(pdf, 60, 660, "Ogrē, 09.01.2023.")


def r5t_days_table(pdf: canvas.Canvas) -> None:
    """A record of hours under no title of ours: a table of days with from, to and hours,
    its few rows dated the way a hand writes when tired ('3/10')."""
    _text(pdf, 60, 800, "Mēneša pārskats", 13, bold=True)
    _text(pdf, 60, 775, "Klients: Bruno Vītols")
    _text(pdf, 60, 758, "Asistents: Līgita Smilga")
    _grid(pdf, 60, 735, [90, 70, 70, 70, 160], [
        ["Datums", "No", "Līdz", "Stundas", "Kur"],
        ["3/10", "9.00", "11.00", "2", "poliklīnika"],
        ["5/10", "14.00", "16.00", "2", "veikals"],
        ["", "", "", "", ""]], height=18)
    _text(pdf, 60, 640, "Asistenta paraksts ____________")


CASES.update({
    "r5t_box_column.pdf": (r5t_box_between_option_and_hours, "application", {
        "activities": [{"kind": "work", "hours_per_week": 16},
                       {"kind": "institutions", "hours_per_week": 4}],
    }),
    "r5t_struck_signs.pdf": (r5t_struck_and_signed, "commission_opinion", {
        "limitations": ["vision", "mental"], "assistant_needed": False,
        "special_care_needed": False,
    }),
    "r5t_wrapped_cells.pdf": (r5t_wrapped_cells, "commission_opinion", {
        "assistant_needed": True,
    }),
    "r5t_email_request.pdf": (r5t_email_request, "application", {
        "applicant_name": "Līgita Smilga", "service": "assistant",
        "activities": [{"kind": "work", "hours_per_week": 12},
                       {"kind": "institutions", "hours_per_week": 3}],
    }),
    "r5t_association_rehab.pdf": (r5t_association_rehab, "activity_certificate", {
        "activity_kind": "ngo",
    }),
    "r5t_medical_rehab.pdf": (r5t_medical_rehab, "activity_certificate", {
        "activity_kind": "institutions",
    }),
    "r5t_days_table.pdf": (r5t_days_table, "timesheet", {}),
})


def r5n_served_only_in_the_dative(pdf: canvas.Canvas) -> None:
    """An assistant's list naming only the one served, in the dative after the role noun; the
    assistant signs with an initial."""
    _text(pdf, 320, 800, "Siguldas novada Sociālajam dienestam")
    _text(pdf, 150, 760, "Asistenta darba uzskaite: 2022. gada oktobris", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Biju asistente Mārtiņam Liepiņam (p.k. {R5N_MARTINS}) šādās dienās:",
        "3. oktobrī no 8.00 līdz 9.00 pavadīju viņu uz darbu.",
        "10. oktobrī no 8.00 līdz 9.00 uz darbu.",
        "Kopā 2 stundas.",
    ])
    _text(pdf, 60, 620, "Siguldā, 31.10.2022.                              D. Zeltiņa")


CASES.update({
    "r5n_served_only.pdf": (r5n_served_only_in_the_dative, "timesheet", {
        "client_name": "Mārtiņš Liepiņš", "client_personal_code": R5N_MARTINS,
        "assistant_name": None, "assistant_personal_code": None,
    }),
})


def r5n_code_broken_by_a_space(pdf: canvas.Canvas) -> None:
    """A guardian's certificate naming two people, the ward's code broken by a space as a scan
    reads it ("150601-1 5697")."""
    _text(pdf, 190, 800, "OGRES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 770, "AIZGĀDŅA APLIECĪBA Nr. 31", 12, bold=True)
    _lines(pdf, 50, 740, [
        f"Izsniegta Zanei Pētersonei, personas kods {R5N_RITA}, par to, ka viņa ir iecelta",
        f"par aizgādni pilngadīgajam Hugo Ziemelim, personas kods {R5N_HUGO[:8]} {R5N_HUGO[8:]}.",
        "Pamats: Ogres novada bāriņtiesas 2022. gada 1. jūnija lēmums Nr. 2-7/22/40 par",
        "aizgādņa iecelšanu.",
    ])
    _text(pdf, 50, 650, "Izsniegšanas datums: 03.06.2022.          priekšsēdētāja  R. Zeps")


CASES.update({
    "r5n_code_space.pdf": (r5n_code_broken_by_a_space, "representation_document", {
        "representative_name": "Zane Pētersone", "representative_personal_code": R5N_RITA,
        "person_name": "Hugo Ziemelis", "personal_code": R5N_HUGO,
    }),
})


# --- round 5: hand-filled forms on scans (extract/handwriting.py) ----------------------------

HW5_OSKARS = personal_code("1909830657")
HW5_FIELDS = {"applicant_name": "Oskars Liepa", "applicant_personal_code": HW5_OSKARS,
              "phone": "26114587", "submitted_on": "2024-03-14"}


def hand_filled_scan(path: Path) -> Path:
    """A municipal application form filled in by hand and scanned at 300 dpi: the name on a
    rule, the personal code one digit per box, the phone and the date written freely. The hand
    is a slanted one (DkgHandwriting Oblique); the labels are printed."""
    from PIL import Image, ImageDraw, ImageFont

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    hand = ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", 64)
    page = Image.new("L", (2480, 1500), 252)
    draw = ImageDraw.Draw(page)
    title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    label = ImageFont.truetype(serif, 40)
    draw.text((200, 120), "Jelgavas novada Sociālais dienests", font=label, fill=20)
    draw.text((200, 220), "IESNIEGUMS asistenta pakalpojuma saņemšanai", font=title, fill=20)
    draw.text((200, 330), "Iesniedzējs", font=title, fill=20)
    rows = [("Vārds, uzvārds", 450), ("Personas kods", 600), ("Tālrunis", 750)]
    for text, y in rows:
        draw.text((200, y), text, font=label, fill=20)
    draw.line((760, 500, 2200, 500), fill=40, width=3)  # the name's rule
    draw.text((800, 420), "Oskars Liepa", font=hand, fill=30)
    digits = HW5_OSKARS.replace("-", "")
    x = 760
    for i, digit in enumerate(digits):
        if i == 6:
            draw.text((x + 8, 590), "-", font=label, fill=20)
            x += 50
        draw.rectangle((x, 575, x + 80, 675), outline=30, width=3)
        draw.text((x + 18, 585), digit, font=hand, fill=30)
        x += 80
    draw.text((800, 730), "26114587", font=hand, fill=30)
    draw.text((200, 1000), "Datums", font=label, fill=20)
    draw.text((420, 975), "14.03.2024.", font=hand, fill=30)
    draw.text((1500, 1000), "Paraksts", font=label, fill=20)
    page.save(path, dpi=(300, 300))
    return path


# --- round 6, types and marks: what a paper certifies, denied options, ticks in a cell -------

R6T_DARTA = personal_code("1105921348")
R6T_KARLIS = personal_code("2409571203")
R6T_INGUNA = personal_code("0312861457")
R6T_TOMS = personal_code("1707150125")


def r6t_work_sentence(pdf: canvas.Canvas) -> None:
    """An employer's paper under the bare word 'Apliecinājums', worded like an association's
    ('ar šo apliecinām, ka'): saying someone works somewhere as something makes it an
    employer's certificate."""
    _text(pdf, 60, 800, "SIA „Vītolu galdniecība”", 12, bold=True)
    _text(pdf, 60, 784, "Dzirnavu iela 7, Smiltene · reģ. Nr. 44103056781", 9)
    _text(pdf, 60, 750, "Apliecinājums", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Ar šo apliecinām, ka Kārlis Vējiņš, personas kods {R6T_KARLIS}, kopš 2021. gada",
        "1. marta strādā mūsu cehā kā galdnieks, otrdienās un ceturtdienās pa piecām stundām.",
    ], size=10)
    _text(pdf, 60, 660, "Valdes loceklis  A. Vītols")


def r6t_request_form(pdf: canvas.Canvas) -> None:
    """A 'Pieprasījums' form of numbered questions, answers in the right-hand cells; its
    rows name a day centre and an association's activities it asks hours for, and a question
    printing both its options ("(ir / nav)") is answered in the next cell."""
    _text(pdf, 60, 800, "Smiltenes novada pašvaldības sociālais dienests", 11, bold=True)
    _text(pdf, 60, 770, "PIEPRASĪJUMS asistenta pakalpojumam", 13, bold=True)
    _grid(pdf, 60, 740, [300, 170], [
        ["1. Vārds, uzvārds", "Darta Lauva"],
        ["2. Personas kods", R6T_DARTA],
        ["3. Dienas centra apmeklējums, h nedēļā", "6"],
        ["4. Biedrības nodarbības, h nedēļā", "3"],
        ["5. Pabalsts asistenta izmantošanai (ir / nav)", "nav"],
        ["6. Aizpildīts", "12.04.2023."]], height=18)


def r6t_diary(pdf: canvas.Canvas) -> None:
    """An assistant's notes kept day by day: a heading per day, the times inside sentences."""
    _text(pdf, 60, 800, "Manas piezīmes – 2023. gada marts", 13, bold=True)
    _text(pdf, 60, 775, f"Asistente: Inguna Bērza, p. k. {R6T_INGUNA}")
    _text(pdf, 60, 760, f"Klients: Kārlis Vējiņš, p. k. {R6T_KARLIS}")
    _lines(pdf, 60, 730, [
        "Otrdiena, 7. martā",
        "Kārlis darbnīcā, es viņu aizvedu 8.00 un atvedu 13.30.",
        "Ceturtdiena, 9. martā",
        "Pie ārsta Smiltenē, izbraucām 10.15, mājās bijām 12.00.",
        "14.03.2023.",
        "Veikals un aptieka no 15.00 līdz 16.30.",
        "Piektdiena, 17. martā",
        "Bibliotēka, 11.00–12.30.",
    ], size=10)
    _text(pdf, 60, 590, "I. Bērza ________      K. Vējiņš ________")


def r6t_discharge_summary(pdf: canvas.Canvas) -> None:
    """A clinic's discharge summary: admitted, discharged, diagnosis, advice to see a
    physiotherapist; it certifies a treatment, not attendance, and is none of ours."""
    _text(pdf, 60, 800, "Smiltenes klīnika", 12, bold=True)
    _text(pdf, 60, 770, "Izraksts no slimības vēstures Nr. 23/418", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Pacients: Kārlis Vējiņš, personas kods {R6T_KARLIS}",
        "Stacionēts 02.02.2023., izrakstīts 10.02.2023.",
        "Diagnoze: kreisā apakšstilba lūzums.",
        "Ieteikumi: fizioterapija ambulatori divas reizes nedēļā; rehabilitācija.",
    ], size=10)
    _text(pdf, 60, 660, "Ārstējošā ārste  L. Krūze")


def r6t_court_trusteeship(pdf: canvas.Canvas) -> None:
    """A district court's decision establishing guardianship, its subject set beside the place
    and date instead of under its heading."""
    _text(pdf, 60, 800, "VIDZEMES RAJONA TIESA", 12, bold=True)
    _text(pdf, 60, 770, "Lēmums lietā Nr. C-0417-23", 12, bold=True)
    _text(pdf, 60, 750, "Valmierā, 05.04.2023.")
    _text(pdf, 330, 750, "par aizbildnības nodibināšanu")
    _lines(pdf, 60, 720, [
        f"Tiesa, izskatījusi Ingunas Bērzas (personas kods {R6T_INGUNA}) pieteikumu,",
        f"nolēma nodibināt aizbildnību nepilngadīgajam Tomam Bērzam ({R6T_TOMS})",
        "un par aizbildni iecelt Ingunu Bērzu.",
    ], size=10)
    _text(pdf, 60, 660, "Tiesnesis  J. Ozols")


def r6t_denied_rows(pdf: canvas.Canvas) -> None:
    """An opinion printing every limitation as a row answered 'ir' or 'nav': only the rows
    answered 'ir' are the person's."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 770, "ATZINUMS Nr. VD-23-0912", 12, bold=True)
    _text(pdf, 60, 745, f"Darta Lauva, personas kods {R6T_DARTA}, II grupa.", 10)
    _grid(pdf, 60, 725, [320, 80], [
        ["Redzes traucējumi", "nav"], ["Kustību traucējumi", "nav"],
        ["Psihiskie traucējumi", "ir"], ["Augšējo ekstremitāšu traucējumi", "nav"]],
        height=18)
    _text(pdf, 60, 620, "Valmierā, 20.03.2023.")


def r6t_denied_sentence(pdf: canvas.Canvas) -> None:
    """An opinion's conclusion naming one limitation it finds and three it denies in one
    sentence closing on 'nav'."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 60, 770, "ATZINUMS Nr. VD-23-1040", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Kārlis Vējiņš, personas kods {R6T_KARLIS}, III invaliditātes grupa.",
        "Konstatēti kustību funkciju traucējumi. Redzes, psihiskās veselības un abu roku",
        "funkciju traucējumu nav.",
    ], size=10)
    _text(pdf, 60, 660, "Valmierā, 11.05.2023.")


def r6t_ticks_in_a_cell(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose areas of help are rows with the tick in a cell of its
    own after the marked ones."""
    _text(pdf, 60, 800, "Smiltenes novada sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 60, 745, f"Klients: Inguna Bērza, p. k. {R6T_INGUNA}; ģimene ar bērniem", 10)
    _text(pdf, 60, 725, "Atbalsta jomas (atzīmēt):", 10)
    _grid(pdf, 60, 710, [300, 40], [
        ["dienas režīma veidošana", "✓"], ["ēdiena gatavošana", ""],
        ["dokumentu kārtošana", "✓"], ["bērnu pieskatīšana", ""]], height=18)
    _text(pdf, 60, 610, "Sociālā darbiniece  R. Liepa      Smiltenē, 02.05.2023.")


CASES.update({
    "r6t_work_sentence.pdf": (r6t_work_sentence, "employer_certificate", {
        "position": "galdnieks", "personal_code": R6T_KARLIS}),
    "r6t_request_form.pdf": (r6t_request_form, "application", {
        "service": "assistant", "receives_assistant_benefit": False}),
    "r6t_diary.pdf": (r6t_diary, "timesheet", {}),
    "r6t_discharge_summary.pdf": (r6t_discharge_summary, "unknown", {}),
    "r6t_court_trusteeship.pdf": (r6t_court_trusteeship, "representation_document", {}),
    "r6t_denied_rows.pdf": (r6t_denied_rows, "commission_opinion", {"limitations": ["mental"]}),
    "r6t_denied_sentence.pdf": (r6t_denied_sentence, "commission_opinion", {
        "limitations": ["mobility"]}),
    "r6t_ticks_in_a_cell.pdf": (r6t_ticks_in_a_cell, "social_worker_opinion", {
        "tasks": ["dienas režīma veidošana", "dokumentu kārtošana"]}),
})


# --- round 6: where a value ends (an aside, a code, a qualification, a sentence), half a year --
R6V_LAIMA = "140395-11009"
R6V_NAURIS = "080701-21008"
R6V_SARMITE = "230488-11008"


def r6v_name_with_aside(pdf: canvas.Canvas) -> None:
    """A letterhead with a remark in brackets after the name: the remark
    says when it was registered, it is no part of what it is called."""
    _text(pdf, 150, 800, "Vārkavas Amatu māja (atklāta 2011. gadā)", 13, bold=True)
    _text(pdf, 150, 784, "Skolas iela 2, Vārkava, Preiļu nov.", 9)
    _lines(pdf, 60, 740, [
        f"Apliecinām, ka amatu mājas apmeklētāja Laima Gaile, personas kods {R6V_LAIMA},",
        "apmeklē audēju nodarbības pirmdienās no 14.00 līdz 17.00.",
    ], size=10)
    _text(pdf, 60, 690, "Vārkavā, 12.04.2022.")
    _text(pdf, 360, 690, "Valdes priekšsēdētāja S. Ūdre")


def r6v_programme_code_and_qualification(pdf: canvas.Canvas) -> None:
    """A vocational school's table: the programme printed with its code before the name and
    the qualification after it; the end of studies as "Mācību noslēgums"."""
    _text(pdf, 170, 800, "Preiļu Valsts tehnikums", 13, bold=True)
    _text(pdf, 60, 760, "03.10.2024. Nr. 1-11/204")
    _text(pdf, 260, 730, "IZZIŅA", 13, bold=True)
    rows = [
        ("Izglītojamais", "Nauris Kalējs"),
        ("Personas kods", R6V_NAURIS),
        ("Izglītības programma",
         "32 811 02 1 Ēdināšanas pakalpojumi, kvalifikācija – pavāra palīgs"),
        ("Mācību noslēgums", "30.06.2026."),
        ("Stundas nedēļā", "35"),
    ]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 60, 690 - 18 * i, label, 10)
        _text(pdf, 200, 690 - 18 * i, value, 10)
    _text(pdf, 60, 560, "Direktors")
    _text(pdf, 400, 560, "J. Kivlenieks")


def r6v_college_in_prose(pdf: canvas.Canvas) -> None:
    """A college's letter: professional higher education (a college's is higher, though the
    word "profesionālās" comes first), contact hours, and a programme named only by its kind
    with the next sentence right after the word "programmā"."""
    _text(pdf, 170, 800, "Daugavpils Medicīnas koledža", 13, bold=True)
    _text(pdf, 60, 760, "Daugavpilī, 09.09.2024.")
    _lines(pdf, 60, 720, [
        f"Sarmīte Vanaga, personas kods {R6V_SARMITE}, studē koledžā",
        "pirmā līmeņa profesionālās augstākās izglītības programmā. Studijas beigsies",
        "2027. gada 30. jūnijā.",
        "Nodarbības notiek 20 kontaktstundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Studiju daļas vadītāja")
    _text(pdf, 400, 640, "R. Zīle")


def r6v_half_year(pdf: canvas.Canvas) -> None:
    """A social worker's opinion giving the service's term as half a year ("uz pusgadu")."""
    _text(pdf, 150, 800, "Preiļu novada sociālais dienests", 13, bold=True)
    _text(pdf, 150, 760, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Klients: Laima Gaile, personas kods {R6V_LAIMA}.",
        "Ieteicams piešķirt asistenta pakalpojumu 6 stundas nedēļā uz pusgadu.",
    ], size=10)
    _text(pdf, 60, 680, "21.05.2024.")
    _text(pdf, 330, 680, "Sociālā darbiniece A. Mežule")


CASES.update({
    "r6v_name_aside.pdf": (r6v_name_with_aside, "activity_certificate", {
        "institution_name": "Vārkavas Amatu māja", "person_name": "Laima Gaile",
    }),
    "r6v_programme_code.pdf": (r6v_programme_code_and_qualification, "school_certificate", {
        "programme": "Ēdināšanas pakalpojumi", "study_until": "2026-06-30", "hours_per_week": 35,
    }),
    "r6v_college_prose.pdf": (r6v_college_in_prose, "school_certificate", {
        "education_level": "higher", "hours_per_week": 20, "study_until": "2027-06-30",
    }),
    "r6v_half_year.pdf": (r6v_half_year, "social_worker_opinion", {
        "period_months": 6, "hours_per_week": 6,
    }),
})


# --- round 6: a decision's number on its date line, a decision cited, a genitive after a label -
R6V_KRISTAPS = "050612-21003"
R6V_INESE = "171180-11006"
R6V_GUNARS = "290955-11005"


def r6v_decision_on_date_line(pdf: canvas.Canvas) -> None:
    """An orphan court's decision whose title and number stand on the date line's right
    ("Viesītē, ...    Lēmums Nr. ..."), its subject the line below; the text says the ward's
    kind of care as a subject ("noteikta aizgādnība"), which is no basis."""
    _text(pdf, 190, 800, "VIESĪTES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 786, "Brīvības iela 10, Viesīte, LV-5237", 9)
    _text(pdf, 60, 750, "Viesītē, 2022. gada 14. martā")
    _text(pdf, 400, 750, "Lēmums Nr. 3-2/22/9")
    _text(pdf, 60, 730, "Par aizgādņa iecelšanu", 11, bold=True)
    _lines(pdf, 60, 700, [
        f"Ar tiesas spriedumu Gunāram Eglim, personas kods {R6V_GUNARS}, noteikta",
        f"aizgādnība. Viņa meita Inese Egle, personas kods {R6V_INESE}, vēlas būt par aizgādni.",
        "Bāriņtiesa nolemj: iecelt Inesi Egli par Gunāra Egles aizgādni.",
    ], size=10)
    _text(pdf, 60, 620, "Priekšsēdētāja")
    _text(pdf, 400, 620, "L. Rudzīte")


def r6v_decision_cited(pdf: canvas.Canvas) -> None:
    """A certificate naming the appointing decision with its number in the accusative ("saskaņā
    ar ... lēmumu Nr. ... par ..."), and the ward after a label word in the genitive
    ("nepilngadīgā Kristapa Ozoliņa")."""
    _text(pdf, 190, 800, "Jēkabpils novada bāriņtiesa", 13, bold=True)
    _text(pdf, 60, 760, "03.04.2024.")
    _text(pdf, 400, 760, "Nr. 5-1/24/77")
    _text(pdf, 260, 730, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Apliecinām, ka Inese Egle (personas kods {R6V_INESE}) saskaņā ar Jēkabpils",
        "novada bāriņtiesas 2018. gada 6. februāra lēmumu Nr. 5-2/18/12 par aizbildņa",
        "iecelšanu ir nepilngadīgā Kristapa Ozoliņa (dzimis 05.06.2012., personas kods",
        f"{R6V_KRISTAPS}) aizbildne.",
    ], size=10)
    _text(pdf, 60, 620, "Bāriņtiesas priekšsēdētāja")
    _text(pdf, 400, 620, "M. Lapa")


def r6v_one_line_timetable(pdf: canvas.Canvas) -> None:
    """A school's letter whose timetable is one line after its label, runs of days parted by
    commas ("pirmdien–trešdien 9.00–12.00, piektdien 9.00–11.00")."""
    _text(pdf, 170, 800, "Viesītes vidusskola", 13, bold=True)
    _text(pdf, 60, 760, "Viesītē, 10.09.2024.")
    _lines(pdf, 60, 720, [
        f"Kristaps Ozoliņš, personas kods {R6V_KRISTAPS}, mācās 6. klasē.",
        "Mācību stundu laiki: pirmdien–trešdien 9.00–12.00, piektdien 9.00–11.00.",
    ], size=10)
    _text(pdf, 60, 660, "Direktore")
    _text(pdf, 400, 660, "D. Kalve")


CASES.update({
    "r6v_decision_date_line.pdf": (r6v_decision_on_date_line, "representation_document", {
        "basis": "Viesītes novada bāriņtiesas 2022. gada 14. marta lēmums Nr. 3-2/22/9 par "
                 "aizgādņa iecelšanu",
        "representative_name": "Inese Egle", "person_name": "Gunārs Eglis",
    }),
    "r6v_decision_cited.pdf": (r6v_decision_cited, "representation_document", {
        "basis": "Jēkabpils novada bāriņtiesas 2018. gada 6. februāra lēmums Nr. 5-2/18/12 par "
                 "aizbildņa iecelšanu",
        "person_name": "Kristaps Ozoliņš", "personal_code": R6V_KRISTAPS,
    }),
    "r6v_one_line_timetable.pdf": (r6v_one_line_timetable, "school_certificate", {
        "hours_per_week": 11,
    }),
})


# --- round 6: a parent's letter telling the activities before asking ---------------------------
R6V_EMILS = "120416-21005"
R6V_LIGA = "030390-11000"


def r6v_activities_before_request(pdf: canvas.Canvas) -> None:
    """A mother's letter about her son in the third person: what he does and how often ("četras
    dienas nedēļā pa divām stundām") comes before the request, which names no activity; the
    address follows "dzīvojam", its street in the locative ("Rīgas ielā 12-4")."""
    _text(pdf, 300, 800, "Krāslavas novada sociālais dienests", 11)
    _text(pdf, 60, 760, "Iesniegums", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Mans dēls Emīls Vītols, personas kods {R6V_EMILS}, ir bērns ar invaliditāti.",
        "Emīls mācās Krāslavas pamatskolas 2. klasē. Uz skolu viņu jāved četras dienas",
        "nedēļā pa divām stundām dienā.",
        "Lūdzu piešķirt Emīlam asistenta pakalpojumu. Mēs dzīvojam Rīgas ielā 12-4,",
        "Krāslava, Krāslavas nov., LV-5601; tālrunis 26458812.",
    ], size=10)
    _text(pdf, 60, 640, "Krāslavā, 15.10.2024.")
    _text(pdf, 60, 620, "Iesniedzēja: Līga Vītola")
    _text(pdf, 60, 605, f"personas kods {R6V_LIGA}")


CASES.update({
    "r6v_activities_before.pdf": (r6v_activities_before_request, "application", {
        "address": "Rīgas iela 12-4, Krāslava, Krāslavas nov., LV-5601",
        "activities": [{"kind": "education", "hours_per_week": 8}],
        "client_name": "Emīls Vītols",
    }),
})


# --- round 6: a guardian writing for a parent; a place named by a kind of activity --------------
R6V_JURIS = "110248-11005"
R6V_DAIGA = "220779-11003"


def r6v_guardian_for_parent(pdf: canvas.Canvas) -> None:
    """A daughter, her father's guardian, applies for him: he is named in the genitive ("sava
    tēva Jura Kļaviņa"); his activities are a table whose place column names an association
    ("darbs | Nodibinājums „Gaismas Ceļš” | 16"): the work is done there, it is no NGO."""
    _text(pdf, 300, 800, "Bauskas novada sociālais dienests", 11)
    _text(pdf, 250, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Esmu sava tēva Jura Kļaviņa (personas kods {R6V_JURIS}) aizgādne. Lūdzu piešķirt",
        "viņam asistenta pakalpojumu šādām aktivitātēm:",
    ], size=10)
    _text(pdf, 60, 690, "Aktivitāte", 10, bold=True)
    _text(pdf, 180, 690, "Kur", 10, bold=True)
    _text(pdf, 420, 690, "Stundas nedēļā", 10, bold=True)
    _text(pdf, 60, 672, "darbs", 10)
    _text(pdf, 180, 672, "Nodibinājums „Gaismas Ceļš”", 10)
    _text(pdf, 420, 672, "16", 10)
    _text(pdf, 60, 654, "brīvais laiks", 10)
    _text(pdf, 180, 654, "Bauskas kultūras centrs", 10)
    _text(pdf, 420, 654, "2", 10)
    _text(pdf, 60, 610, "Bauskā, 02.02.2024.")
    _text(pdf, 350, 610, f"Daiga Kļaviņa, p. k. {R6V_DAIGA}")


CASES.update({
    "r6v_guardian_parent.pdf": (r6v_guardian_for_parent, "application", {
        "client_name": "Juris Kļaviņš", "client_personal_code": R6V_JURIS,
        "activities": [{"kind": "work", "hours_per_week": 16},
                       {"kind": "leisure", "hours_per_week": 2}],
    }),
})


# --- round 6: the week of a list of sessions, only the ticked ones ----------------------------
def r6v_ticked_sessions(pdf: canvas.Canvas) -> None:
    """A club's letter listing its sessions with the member's ticked; the day stands after the
    session's name ("Keramika | pirmdienās 16.00–18.00 | ✓"): the week is the ticked rows'."""
    _text(pdf, 150, 800, "Biedrība „Rudzupuķes”", 13, bold=True)
    _lines(pdf, 60, 760, [
        f"Apliecinām, ka Laima Gaile, personas kods {R6V_LAIMA}, apmeklē biedrības",
        "nodarbības, kas atzīmētas ar ✓:",
    ], size=10)
    rows = [("Keramika", "pirmdienās 16.00–18.00", True),
            ("Koris", "otrdienās 18.00–20.00", False),
            ("Vingrošana", "ceturtdienās 9.00–10.30", True)]
    for i, (name, when, on) in enumerate(rows):
        _text(pdf, 60, 720 - 16 * i, name, 10)
        _text(pdf, 220, 720 - 16 * i, when, 10)
        if on:
            _text(pdf, 420, 720 - 16 * i, "✓", 10)
    _text(pdf, 60, 640, "Rīgā, 11.11.2024.")
    _text(pdf, 360, 640, "Valdes priekšsēdētājs K. Ozols")


CASES.update({
    "r6v_ticked_sessions.pdf": (r6v_ticked_sessions, "activity_certificate", {
        "hours_per_week": 3.5, "person_name": "Laima Gaile",
    }),
})


# --- round 7 (lead): a form typed all in capitals, its telephone spaced -----------------------
R7L_ALDIS = "140372-12347"


def r7l_capitals_form(pdf: canvas.Canvas) -> None:
    """A typewriter-era form filled in capitals: the address comes back as an address is
    written, the telephone without the spaces it was printed with."""
    _text(pdf, 200, 800, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 760, [
        "VĀRDS, UZVĀRDS: ALDIS PRIEDĪTIS",
        f"PERSONAS KODS: {R7L_ALDIS}",
        "DEKLARĒTĀ DZĪVESVIETA: SKOLAS IELA 4-7, RUCAVA, RUCAVAS PAG., LV-3477",
        "TĀLRUNIS: 26 410 337",
        "",
        "LŪDZU PIEŠĶIRT MAN ASISTENTA PAKALPOJUMU DARBA GAITĀM.",
        "",
        "RUCAVĀ, 12.03.2024.",
    ], size=10)


CASES.update({
    "r7l_capitals_form.pdf": (r7l_capitals_form, "application", {
        "address": "Skolas iela 4-7, Rucava, Rucavas pag., LV-3477",
        "phone": "26410337",
        "client_personal_code": R7L_ALDIS,
    }),
})


# --- round 7: a paper's type by what it does (extract/classify.py, acts) ----------------------
R7K_VILMA = personal_code("1503891234")
R7K_OTTO = personal_code("2911701567")
R7K_NORA = personal_code("0808051678")


def r7k_association_employs(pdf: canvas.Canvas) -> None:
    """An association's untitled letter that speaks of its centre, its sessions and its members,
    yet what it certifies is that it employs someone: an employer's certificate."""
    _text(pdf, 60, 800, "Nodibinājums „Pērļu upe”, reģ. Nr. 40008123451", 12, bold=True)
    _text(pdf, 60, 784, "Brīvā laika centrs jauniešiem, Upes iela 3, Smiltene", 9)
    _lines(pdf, 60, 740, [
        f"Ar šo apstiprinām, ka Vilma Krūmiņa, personas kods {R7K_VILMA}, kopš",
        "2022. gada 1. septembra ir nodarbināta nodibinājumā par nodarbību vadītāju,",
        "darba laiks 25 stundas nedēļā. Centru apmeklē ap 40 jauniešu, nodarbības",
        "notiek darba dienās.",
        "",
        "Smiltenē, 14.10.2025.",
        "Valdes loceklis A. Bite",
    ], size=10)


def r7k_wish_without_title(pdf: canvas.Canvas) -> None:
    """A person's untitled note: they attend a day centre and a choir (another type's words),
    but what they write for is the assistant: an application."""
    _lines(pdf, 330, 800, ["Kuldīgas novada Sociālajam dienestam",
                           f"no Otto Liepiņa, p. k. {R7K_OTTO}", "Ventas iela 9-4, Kuldīga"],
           size=10)
    _lines(pdf, 60, 730, [
        "Es katru dienu apmeklēju dienas centru „Liepas” un piedalos korī. Kopš insulta",
        "pats nokļūt līdz centram un mēģinājumiem vairs nevaru, tāpēc vēlos saņemt",
        "asistenta pakalpojumu 10 stundas nedēļā.",
        "",
        "Kuldīgā, 3. martā 2025. g.                      O. Liepiņš",
    ], size=10)


def r7k_discharge_note(pdf: canvas.Canvas) -> None:
    """A hospital's note on a stay, untitled, advising physiotherapy sessions and a day centre:
    it records treatment, it certifies no attendance (not ours)."""
    _text(pdf, 60, 800, "Vidzemes reģionālā slimnīca, Neiroloģijas nodaļa", 12, bold=True)
    _lines(pdf, 60, 760, [
        f"Pacients: Nora Zariņa, personas kods {R7K_NORA}",
        "Stacionēta 02.06.2025. ar galvas traumu, izrakstīta uz mājām 16.06.2025.",
        "Stacionārā saņēma fizioterapijas un ergoterapijas procedūras.",
        "Turpmāk ieteicams apmeklēt rehabilitācijas nodarbības dienas centrā",
        "divas reizes nedēļā un piedalīties grupu terapijā.",
        "",
        "Ārstējošā ārste I. Kalēja          16.06.2025.",
    ], size=10)


def r7k_keywords_only(pdf: canvas.Canvas) -> None:
    """A day centre's bare notice: the person, the centre and the sessions, no title and no
    verb saying what it certifies. Its type rests on words only, so no field is sure."""
    _text(pdf, 60, 800, "Dienas centrs „Saulgrieži”", 12, bold=True)
    _lines(pdf, 60, 760, [
        f"Klients: Vilma Krūmiņa, p. k. {R7K_VILMA}",
        "Apmeklējums: otrdienās un ceturtdienās 10.00–13.00",
        "Datums: 05.05.2025.",
    ], size=10)


CASES.update({
    "r7k_association_employs.pdf": (r7k_association_employs, "employer_certificate", {
        "person_name": "Vilma Krūmiņa", "personal_code": R7K_VILMA,
    }),
    "r7k_wish_without_title.pdf": (r7k_wish_without_title, "application", {
        "applicant_name": "Otto Liepiņš",
    }),
    "r7k_discharge_note.pdf": (r7k_discharge_note, "unknown", {}),
    "r7k_keywords_only.pdf": (r7k_keywords_only, "activity_certificate", {
        "person_name": "Vilma Krūmiņa",
    }),
})


def r7k_invitation(pdf: canvas.Canvas) -> None:
    """A club's letter to a named member with her code, its sessions and its centre: it invites,
    it certifies nothing (not ours), though it shares an attendance certificate's words."""
    _text(pdf, 60, 800, "Senioru klubs „Rudens lapas”", 12, bold=True)
    _lines(pdf, 60, 760, [
        f"Cien. Vilma Krūmiņa (p. k. {R7K_VILMA})!",
        "Aicinām Jūs 12. decembrī plkst. 15.00 ierasties kultūras namā uz mūsu gada",
        "noslēguma pasākumu. Būs koris, deju kolektīva priekšnesums un nodarbību vadītāju",
        "pateicības. Lūgums pieteikties pie koordinatores līdz 5. decembrim.",
        "",
        "Valdes priekšsēdētāja M. Egle",
    ], size=10)


def r7k_student_with_placement(pdf: canvas.Canvas) -> None:
    """An untitled college letter about a student doing a work placement at a company (an
    employer's words): what it certifies is that she studies."""
    _text(pdf, 60, 800, "Valmieras tehnikums", 12, bold=True)
    _lines(pdf, 60, 760, [
        f"Ar šo apliecinām, ka Nora Zariņa, personas kods {R7K_NORA}, studē",
        "profesionālās vidējās izglītības programmā „Ēdināšanas pakalpojumi” 2. kursā",
        "klātienē. No 2025. gada 3. novembra viņa kvalifikācijas praksē strādā",
        "SIA „Gaujas maiznīca” par pavāra palīgu, darba līgums nav noslēgts.",
        "Mācības plānots beigt 2027. gada 30. jūnijā.",
        "",
        "Valmierā, 20.11.2025.                Direktora vietniece L. Roze",
    ], size=10)


CASES.update({
    "r7k_invitation.pdf": (r7k_invitation, "unknown", {}),
    "r7k_student_with_placement.pdf": (r7k_student_with_placement, "school_certificate", {
        "person_name": "Nora Zariņa", "personal_code": R7K_NORA,
    }),
})


# --- round 7 (certificates): facts in one sentence, read by its grammar -----------------------
R7C_PETERIS = "140388-01231"
R7C_INGA = "220970-12347"
R7C_AGITA = "051193-14561"
R7C_JANIS = "170864-17895"


def r7c_employer_subject_last(pdf: canvas.Canvas) -> None:
    """A letter whose one sentence names the workplace first and the worker after the verb
    ("... par mehāniķi strādā Pēteris Kalniņš"): who works is the verb's subject, wherever it
    stands."""
    _text(pdf, 60, 800, "Sabiedrība ar ierobežotu atbildību", 10)
    _text(pdf, 60, 786, "„Kalna Kokapstrāde”", 13, bold=True)
    _text(pdf, 60, 770, "Meža iela 12, Smiltene, LV-4729", 9)
    _text(pdf, 60, 730, "Smiltenē 2023. gada 6. novembrī Nr. 14/23")
    _text(pdf, 60, 700, "Smiltenes novada Sociālajam dienestam", 10)
    _lines(pdf, 60, 660, [
        "Ar šo apliecinām, ka mūsu uzņēmumā SIA „Kalna Kokapstrāde” (reģ. Nr. 44103099871)",
        f"kopš 2021. gada 9. marta par mehāniķi strādā Pēteris Kalniņš (p.k. {R7C_PETERIS}),",
        "un viņa darba laiks ir divdesmit piecas stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 590, "Valdes priekšsēdētājs                    R. Sproģis")


def r7c_employer_hired_dative(pdf: canvas.Canvas) -> None:
    """One sentence in the past participle ("ir pieņemta darbā ... par slaucēju") with the
    workload as days times hours in words ("četras stundas dienā, piecas dienas nedēļā")."""
    _text(pdf, 200, 800, "Zemnieku saimniecība „Lejasķikuri”", 12, bold=True)
    _text(pdf, 200, 784, "Reģ. Nr. 45401012345, Vecpiebalgas pag., Cēsu nov.", 9)
    _text(pdf, 250, 740, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Inga Liepiņa, personas kods {R7C_INGA}, ar 2022. gada 15. aprīli ir pieņemta darbā",
        "zemnieku saimniecībā „Lejasķikuri” par slaucēju un strādā četras stundas dienā,",
        "piecas dienas nedēļā.",
    ], size=10)
    _text(pdf, 60, 630, "Vecpiebalgā, 10.01.2024.")
    _text(pdf, 330, 630, "Īpašnieks  J. Ķikurs")


def r7c_employer_as_subject(pdf: canvas.Canvas) -> None:
    """The employer is the sentence's subject ("SIA „Rīts” nodarbina Agitu Krūmiņu ... pavāres
    amatā"): the worker is the accusative object, the position a genitive before "amatā"."""
    _text(pdf, 60, 800, "SIA „Rīts”", 14, bold=True)
    _text(pdf, 60, 784, "vienotais reģ. Nr. 40003111118 · Ostas iela 3, Salacgrīva", 9)
    _text(pdf, 200, 750, "Izziņa", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"SIA „Rīts” no 2017. gada 3. jūlija nodarbina Agitu Krūmiņu (personas kods {R7C_AGITA})",
        "pavāres amatā ar nepilnu darba laiku – 32 stundām nedēļā. Izziņa izsniegta",
        "iesniegšanai pašvaldībā.",
    ], size=10)
    _text(pdf, 60, 650, "Salacgrīvā, 2024. gada 2. februārī")
    _text(pdf, 330, 650, "Personāla daļas vadītāja  L. Zeltiņa")


def r7c_employer_past_since(pdf: canvas.Canvas) -> None:
    """Perfect tense and the code after the name without a label ("Jānis Bērziņš (170864-...)
    ... kopš ... strādā AS ... par sliežu ceļu montieri"); the paper's own date comes first."""
    _text(pdf, 380, 800, "Rēzeknē 15.03.2024.", 10)
    _text(pdf, 60, 800, "AS „Latgales Ceļi”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40003022222", 9)
    _text(pdf, 60, 740, "IZZIŅA PAR DARBA ATTIECĪBĀM", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Jānis Bērziņš ({R7C_JANIS}) kopš 2015. gada 1. septembra ir strādājis un joprojām",
        "strādā AS „Latgales Ceļi” par sliežu ceļu montieri, pilnu darba laiku 40 stundas",
        "nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Personāla speciāliste  D. Kozlovska")


CASES.update({
    "r7c_employer_subject_last.pdf": (r7c_employer_subject_last, "employer_certificate", {
        "person_name": "Pēteris Kalniņš", "personal_code": R7C_PETERIS,
        "employer_name": "SIA Kalna Kokapstrāde", "employer_reg_no": "44103099871",
        "position": "mehāniķis", "employed_since": "2021-03-09", "hours_per_week": 25,
        "issued_on": "2023-11-06",
    }),
    "r7c_employer_hired.pdf": (r7c_employer_hired_dative, "employer_certificate", {
        "person_name": "Inga Liepiņa", "personal_code": R7C_INGA,
        "position": "slaucēja", "employed_since": "2022-04-15", "hours_per_week": 20,
        "issued_on": "2024-01-10",
    }),
    "r7c_employer_as_subject.pdf": (r7c_employer_as_subject, "employer_certificate", {
        "person_name": "Agita Krūmiņa", "personal_code": R7C_AGITA,
        "employer_name": "SIA Rīts", "position": "pavāre",
        "employed_since": "2017-07-03", "hours_per_week": 32, "issued_on": "2024-02-02",
    }),
    "r7c_employer_past.pdf": (r7c_employer_past_since, "employer_certificate", {
        "person_name": "Jānis Bērziņš", "personal_code": R7C_JANIS,
        "employer_name": "AS Latgales Ceļi", "employer_reg_no": "40003022222",
        "position": "sliežu ceļu montieris", "employed_since": "2015-09-01",
        "hours_per_week": 40, "issued_on": "2024-03-15",
    }),
})


# --- round 7 (certificates): where a programme's name starts and ends -------------------------
R7C_IEVA = "150613-12342"
R7C_ROBERTS = "080810-14566"


def r7c_programme_after_class(pdf: canvas.Canvas) -> None:
    """The class stands between the verb and the programme ("mācās 5.b klasē speciālās ...
    programmā izglītojamajiem ar valodas traucējumiem (programmas kods ...) un ..."): the name
    starts at its first genitive and ends with whom it is for, before the code and "un"."""
    _text(pdf, 60, 800, "Preiļu 2. pamatskola", 13, bold=True)
    _text(pdf, 60, 784, "Raiņa bulvāris 9, Preiļi, LV-5301", 9)
    _text(pdf, 380, 750, "2023. g. 4.’okt. Nr. 3-7/41", 10)
    _text(pdf, 220, 720, "Izziņa", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Ieva Kļaviņa, personas kods {R7C_IEVA}, 2023./2024. mācību gadā mācās 5.b klasē",
        "speciālās pamatizglītības programmā izglītojamajiem ar valodas traucējumiem",
        "(programmas kods 21015511) un mācības šajā klasē beigs 2024. gada 31. maijā.",
    ], size=10)
    _text(pdf, 60, 620, "Direktors  V. Upenieks")


def r7c_programme_long_complement(pdf: canvas.Canvas) -> None:
    """The programme in the accusative after "apgūst", its complement running over a line
    break and through "vai" to its last noun, the code after a comma."""
    _text(pdf, 200, 800, "Madonas speciālā pamatskola", 13, bold=True)
    _text(pdf, 200, 784, "Skolas iela 2, Madona, LV-4801", 9)
    _text(pdf, 60, 740, "Madonā, 2024. gada 12. janvārī")
    _lines(pdf, 60, 700, [
        f"Apliecinām, ka Roberts Zariņš (personas kods {R7C_ROBERTS}) ir mūsu skolas 7. klases",
        "skolnieks un apgūst Speciālās pamatizglītības programmu izglītojamajiem ar smagiem",
        "garīgās attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem,",
        "programmas kods 21015811. Mācību gads beidzas 2024. gada 31. maijā.",
    ], size=10)
    _text(pdf, 60, 620, "Direktore  I. Sniedze")


CASES.update({
    "r7c_programme_after_class.pdf": (r7c_programme_after_class, "school_certificate", {
        "person_name": "Ieva Kļaviņa", "personal_code": R7C_IEVA,
        "programme": "speciālās pamatizglītības programma izglītojamajiem ar valodas traucējumiem",
        "study_until": "2024-05-31", "issued_on": "2023-10-04",
    }),
    "r7c_programme_long.pdf": (r7c_programme_long_complement, "school_certificate", {
        "person_name": "Roberts Zariņš", "personal_code": R7C_ROBERTS,
        "programme": "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās "
                     "attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem",
        "study_until": "2024-05-31", "issued_on": "2024-01-12",
    }),
})


# --- round 7 (certificates): hours in words, per visit, per day --------------------------------
R7C_VILIS = "051193-14561"
R7C_DACE = "270185-16786"


def r7c_hours_and_a_half(pdf: canvas.Canvas) -> None:
    """Visits on two named weekdays, each "divarpus stundas" (one word): 5 a week."""
    _text(pdf, 60, 800, "Ogres novada sociālais dienests", 10)
    _text(pdf, 60, 784, "Dienas aprūpes centrs „Pīlādzis”", 13, bold=True)
    _text(pdf, 220, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Vilis Eglītis (personas kods {R7C_VILIS}) apmeklē dienas aprūpes centru otrdienās",
        "un ceturtdienās, katru reizi divarpus stundas.",
    ], size=10)
    _text(pdf, 60, 660, "Ogrē, 2024. gada 8. aprīlī")
    _text(pdf, 330, 660, "Centra vadītāja  B. Līce")


def r7c_hours_per_visit_dative(pdf: canvas.Canvas) -> None:
    """"trīs reizes nedēļā pa pusotrai stundai": times a week by hours in the dative, 4.5."""
    _text(pdf, 200, 800, "Biedrība „Saules Stari”", 13, bold=True)
    _text(pdf, 200, 784, "Reģ. Nr. 40008123456, Jelgava", 9)
    _lines(pdf, 60, 740, [
        f"Apliecinām, ka Dace Kalēja, p. k. {R7C_DACE}, apmeklē biedrības radošās nodarbības",
        "trīs reizes nedēļā pa pusotrai stundai.",
    ], size=10)
    _text(pdf, 60, 690, "Jelgavā 12.02.2024.")
    _text(pdf, 330, 690, "Valdes priekšsēdētāja  Z. Roze")


CASES.update({
    "r7c_hours_and_a_half.pdf": (r7c_hours_and_a_half, "activity_certificate", {
        "person_name": "Vilis Eglītis", "hours_per_week": 5, "issued_on": "2024-04-08",
    }),
    "r7c_hours_per_visit.pdf": (r7c_hours_per_visit_dative, "activity_certificate", {
        "person_name": "Dace Kalēja", "hours_per_week": 4.5, "issued_on": "2024-02-12",
    }),
})


# --- round 7 (certificates): a service's term told in words or by its dates -------------------
R7C_SIGITA = "220970-12347"
R7C_OSKARS = "170864-17895"


def r7c_term_to_year_end(pdf: canvas.Canvas) -> None:
    """The term as a start and "līdz gada beigām": July to December is six months."""
    _text(pdf, 150, 800, "Krāslavas novada sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Izvērtējot Sigitas Ozolas (personas kods {R7C_SIGITA}) situāciju, secinu, ka viņai",
        "nepieciešams ģimenes asistenta atbalsts četras stundas nedēļā. Pakalpojumu ieteicams",
        "sniegt no 2024. gada 1. jūlija līdz gada beigām.",
    ], size=10)
    _text(pdf, 60, 660, "Krāslavā, 2024. gada 20. jūnijā")
    _text(pdf, 330, 660, "Sociālā darbiniece  E. Vanaga")


def r7c_term_year_and_a_half(pdf: canvas.Canvas) -> None:
    """The term as "uz pusotru gadu": eighteen months."""
    _text(pdf, 150, 800, "Varakļānu novada sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Klients Oskars Vītols, p. k. {R7C_OSKARS}. Ģimenes asistenta pakalpojums",
        "nepieciešams uz pusotru gadu, ne vairāk kā 8 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 670, "Varakļānos 03.03.2024.")
    _text(pdf, 330, 670, "Sociālais darbinieks  U. Krūze")


def r7c_term_by_dates(pdf: canvas.Canvas) -> None:
    """The term as two dates ("no 01.02.2024. līdz 31.01.2025."): twelve months."""
    _text(pdf, 150, 800, "Rūjienas sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "Sociālā darbinieka atzinums par ģimenes asistenta pakalpojumu", 11,
          bold=True)
    _lines(pdf, 60, 730, [
        f"Klientei Sigitai Ozolai, personas kods {R7C_SIGITA}, pakalpojums nepieciešams",
        "no 01.02.2024. līdz 31.01.2025., piecas stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 670, "Rūjienā 25.01.2024.")
    _text(pdf, 330, 670, "Sociālā darbiniece  M. Bite")


CASES.update({
    "r7c_term_year_end.pdf": (r7c_term_to_year_end, "social_worker_opinion", {
        "person_name": "Sigita Ozola", "period_months": 6, "hours_per_week": 4,
        "issued_on": "2024-06-20",
    }),
    "r7c_term_year_half.pdf": (r7c_term_year_and_a_half, "social_worker_opinion", {
        "person_name": "Oskars Vītols", "period_months": 18, "hours_per_week": 8,
    }),
    "r7c_term_dates.pdf": (r7c_term_by_dates, "social_worker_opinion", {
        "person_name": "Sigita Ozola", "period_months": 12, "hours_per_week": 5,
        "issued_on": "2024-01-25",
    }),
})


# --- round 7 (certificates): of a printed list of limitations, only the marked ones -----------
R7C_AUSMA = "140388-01231"


def r7c_limitations_yes_no_columns(pdf: canvas.Canvas) -> None:
    """Every limitation a row, a "Jā" and a "Nē" column, an "x" under one of them."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 775, "Atzinums Nr. 24-0071/KR", 11)
    _text(pdf, 400, 775, "Cēsīs 05.02.2024.", 10)
    _lines(pdf, 60, 745, [
        f"Persona: Ausma Vilciņa, personas kods {R7C_AUSMA}",
        "Invaliditāte noteikta: II grupa no 05.02.2024. līdz 04.02.2026.",
    ], size=10)
    _text(pdf, 60, 700, "Funkcionēšanas ierobežojumi", 10, bold=True)
    _text(pdf, 360, 700, "Jā", 10, bold=True)
    _text(pdf, 420, 700, "Nē", 10, bold=True)
    rows = [("redzes traucējumi", False), ("kustību traucējumi", True),
            ("garīgās attīstības traucējumi", False), ("abu augšējo ekstremitāšu trūkums", True)]
    for i, (label, yes) in enumerate(rows):
        y = 682 - 18 * i
        _text(pdf, 60, y, label, 10)
        _text(pdf, 363 if yes else 424, y, "x", 10)
    _text(pdf, 60, 590, "Komisijas ārste  R. Kalve")


def r7c_limitations_struck_out(pdf: canvas.Canvas) -> None:
    """All options printed in one line, the ones not meant struck through by hand (a vector
    line across the words): only the word left standing is the limitation."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 775, "ATZINUMS Nr. 0419/2024", 11)
    _lines(pdf, 60, 745, [
        f"Vārds, uzvārds: Ausma Vilciņa   Personas kods: {R7C_AUSMA}",
        "Invaliditātes grupa: I, termiņš līdz 31.12.2025.",
    ], size=10)
    _text(pdf, 60, 700, "Ierobežojumi:", 10)
    options = ["redzes", "kustību", "garīgās veselības", "augšējo ekstremitāšu"]
    x = 150.0
    pdf.setFont("DejaVuSans", 10)
    for i, word in enumerate(options):
        width = pdf.stringWidth(word, "DejaVuSans", 10)
        _text(pdf, x, 700, word, 10)
        if i != 0:
            pdf.setLineWidth(1.0)
            pdf.line(x - 1, 703.5, x + width + 1, 703.5)
        x += width + 18
    _text(pdf, 60, 660, "Rīgā, 14.03.2024.", 10)
    _text(pdf, 330, 660, "Komisijas ārsts  P. Grīns", 10)


CASES.update({
    "r7c_limitations_columns.pdf": (r7c_limitations_yes_no_columns, "commission_opinion", {
        "person_name": "Ausma Vilciņa", "limitations": ["mobility", "upper_limbs"],
    }),
    "r7c_limitations_struck.pdf": (r7c_limitations_struck_out, "commission_opinion", {
        "person_name": "Ausma Vilciņa", "limitations": ["vision"],
    }),
})


def r7c_limitations_struck_two_left(pdf: canvas.Canvas) -> None:
    """Another wording, the first and the third option struck: two left standing."""
    _text(pdf, 60, 800, "VDEĀVK Vidzemes nodaļa", 12, bold=True)
    _text(pdf, 60, 775, "Atzinums par invaliditāti Nr. V-2231", 11)
    _lines(pdf, 60, 745, [
        f"Persona: Ausma Vilciņa, p. k. {R7C_AUSMA}; invaliditāte II grupa līdz 01.06.2026.",
    ], size=10)
    _text(pdf, 60, 715, "Funkcionālie traucējumi (nevajadzīgo svītrot):", 10)
    options = ["redze", "pārvietošanās", "psihiskā veselība", "abu roku funkcijas"]
    _text(pdf, 60, 697, "Traucējumi:", 10)
    x = 140.0
    for i, word in enumerate(options):
        width = pdf.stringWidth(word, "DejaVuSans", 10)
        _text(pdf, x, 697, word, 10)
        if i in (0, 2):
            pdf.setLineWidth(1.0)
            pdf.line(x - 1, 700.5, x + width + 1, 700.5)
        x += width + 16
    _text(pdf, 60, 650, "Valmierā, 02.06.2024.", 10)
    _text(pdf, 330, 650, "Ārsts eksperts  T. Lapa", 10)


CASES.update({
    "r7c_limitations_struck_two.pdf": (r7c_limitations_struck_two_left, "commission_opinion", {
        "person_name": "Ausma Vilciņa", "limitations": ["mobility", "upper_limbs"],
    }),
})


# --- round 7 (certificates): a key/value grid without rules ------------------------------------
R7C_KRISTINE = "051193-14561"


def r7c_employer_grid(pdf: canvas.Canvas) -> None:
    """Labels in a left column, values in a right one, no rules; the position wraps onto a
    second line of its own cell and the next label's row starts below it."""
    _text(pdf, 200, 800, "SIA „Dzērves Maiznīca”", 13, bold=True)
    _text(pdf, 200, 784, "vienotais reģ. Nr. 40203123455, Liepu iela 3, Tukums", 9)
    _text(pdf, 200, 750, "IZZIŅA PAR DARBU", 12, bold=True)
    rows = [("Darbinieces vārds, uzvārds", ["Kristīne Roze"]),
            ("Personas kods", [R7C_KRISTINE]),
            ("Ieņemamais amats", ["konditorejas izstrādājumu", "noformētāja"]),
            ("Darba tiesisko attiecību sākums", ["2020. gada 17. augusts"]),
            ("Nolīgtais darba laiks", ["24 stundas nedēļā (trīs dienas pa 8 h)"])]
    y = 715.0
    for label, lines in rows:
        _text(pdf, 60, y, label, 10)
        for i, line in enumerate(lines):
            _text(pdf, 260, y - 13 * i, line, 10)
        y -= 13 * len(lines) + 9
    _text(pdf, 60, y - 20, "Tukumā, 2024. gada 9. maijā", 10)
    _text(pdf, 330, y - 20, "Valdes locekle  S. Dzērve", 10)


CASES.update({
    "r7c_employer_grid.pdf": (r7c_employer_grid, "employer_certificate", {
        "employer_name": "SIA Dzērves Maiznīca", "employer_reg_no": "40203123455",
        "person_name": "Kristīne Roze", "personal_code": R7C_KRISTINE,
        "position": "konditorejas izstrādājumu noformētāja", "employed_since": "2020-08-17",
        "hours_per_week": 24, "issued_on": "2024-05-09",
    }),
})


# --- round 7 (certificates): a social worker's tasks written as a sentence ---------------------
def r7c_tasks_in_prose(pdf: canvas.Canvas) -> None:
    """No heading and no list: the areas of support stand in the locative in one sentence."""
    _text(pdf, 150, 800, "Līvānu novada sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Klients Oskars Vītols, personas kods {R7C_OSKARS}, dzīvo viens. Viņam nepieciešams",
        "ģimenes asistenta atbalsts mājsaimniecības budžeta plānošanā, komunālo maksājumu",
        "kārtošanā un saziņā ar Nodarbinātības valsts aģentūru. Pakalpojums ieteicams",
        "6 stundas nedēļā uz 6 mēnešiem.",
    ], size=10)
    _text(pdf, 60, 650, "Līvānos 11.09.2024.")
    _text(pdf, 330, 650, "Sociālā darbiniece  K. Ieviņa")


def r7c_tasks_help_in(pdf: canvas.Canvas) -> None:
    """Another wording: "palīdzība ... , kā arī ..." with a feminine "-ē" head."""
    _text(pdf, 150, 800, "Rēzeknes novada pašvaldības sociālais dienests", 12, bold=True)
    _text(pdf, 150, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Sigitai Ozolai (p. k. {R7C_SIGITA}) un viņas divām meitām ieteicama asistenta",
        "palīdzība bērnu veselības aprūpē, ģimenes dienas režīma veidošanā, kā arī sadarbībā",
        "ar skolu. Apjoms 10 stundas nedēļā, termiņš 4 mēneši.",
    ], size=10)
    _text(pdf, 60, 660, "Rēzeknē 30.08.2024.")
    _text(pdf, 330, 660, "Sociālais darbinieks  A. Laizāns")


CASES.update({
    "r7c_tasks_prose.pdf": (r7c_tasks_in_prose, "social_worker_opinion", {
        "person_name": "Oskars Vītols", "hours_per_week": 6, "period_months": 6,
        "tasks": ["mājsaimniecības budžeta plānošana", "komunālo maksājumu kārtošana",
                  "saziņa ar Nodarbinātības valsts aģentūru"],
    }),
    "r7c_tasks_help.pdf": (r7c_tasks_help_in, "social_worker_opinion", {
        "person_name": "Sigita Ozola", "hours_per_week": 10, "period_months": 4,
        "tasks": ["bērnu veselības aprūpe", "ģimenes dienas režīma veidošana",
                  "sadarbība ar skolu"],
    }),
})


# --- round 7 (certificates): hours per month are no weekly figure unless the paper says how -----
def r7c_hours_per_month(pdf: canvas.Canvas) -> None:
    """A centre certifies hours a month only: no week is printed, none may be made up sure."""
    _text(pdf, 60, 800, "Biedrība „Vecā Skola”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40008223344, Skolas iela 1, Dagda", 9)
    _text(pdf, 220, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Oskars Vītols, personas kods {R7C_OSKARS}, apmeklē biedrības",
        "rokdarbu darbnīcu, kopā 16 stundas mēnesī.",
    ], size=10)
    _text(pdf, 60, 670, "Dagdā, 2024. gada 7. oktobrī")
    _text(pdf, 330, 670, "Valdes priekšsēdētāja  R. Ceple")


CASES.update({
    "r7c_hours_per_month.pdf": (r7c_hours_per_month, "activity_certificate", {
        "person_name": "Oskars Vītols", "issued_on": "2024-10-07",
    }),
})


# --- round 7 (certificates): the employer's name and the paper's date on one row ---------------
def r7c_letterhead_with_date(pdf: canvas.Canvas) -> None:
    """The company's name at the left and the date at the right of the same row, the facts in
    one sentence that names the workplace only as "mūsu kalvē"."""
    _text(pdf, 60, 800, "SIA Upes Kalve", 12, bold=True)
    _text(pdf, 400, 800, "2024. g. 5. martā", 12)
    _text(pdf, 60, 784, "reģ. Nr. 40103987655", 9)
    _text(pdf, 60, 770, "Kalēju iela 2, Kandava", 9)
    _text(pdf, 220, 735, "Apliecinājums", 13, bold=True)
    _lines(pdf, 60, 705, [
        f"Apliecinām, ka Pēteris Kalniņš, p. k. {R7C_PETERIS}, kopš 2022. gada 1. jūnija",
        "strādā mūsu kalvē par kalēja palīgu pa sešām stundām trīs dienas nedēļā.",
    ], size=10)
    _text(pdf, 60, 650, "Īpašnieks  U. Upenieks")


CASES.update({
    "r7c_letterhead_date.pdf": (r7c_letterhead_with_date, "employer_certificate", {
        "employer_name": "SIA Upes Kalve", "person_name": "Pēteris Kalniņš",
        "personal_code": R7C_PETERIS, "position": "kalēja palīgs",
        "employed_since": "2022-06-01", "hours_per_week": 18, "issued_on": "2024-03-05",
    }),
})


# --- round 7 (certificates): a printed e-mail's header row is no letterhead ---------------------
def r7c_mail_print_row(pdf: canvas.Canvas) -> None:
    """A printed e-mail: the mail program's name and the print date share the top row; the
    message asks for an employer's certificate and certifies nothing itself."""
    _text(pdf, 60, 800, "Thunderbird", 10)
    _text(pdf, 420, 800, "12.03.2024. 09:15", 10)
    _lines(pdf, 60, 770, [
        "No: Sociālais dienests <dienests@dagda.example.lv>",
        "Temats: Jūsu iesniegums",
        "Labdien! Lai izskatītu Jūsu iesniegumu par asistentu meitai Laurai Kalniņai",
        "(p.k. 120512-*), lūdzam līdz 2024. gada 1. aprīlim iesniegt skolas izziņu par",
        "mācībām 2023./2024. mācību gadā.",
        "Ar cieņu, I. Zariņa",
    ], size=10)


CASES.update({
    "r7c_mail_print_row.pdf": (r7c_mail_print_row, "unknown", {}),
})


def r7c_hours_each_working_day(pdf: canvas.Canvas) -> None:
    """Hours "katru darba dienu": a day's hours times the five working days."""
    _text(pdf, 60, 800, "Dienas centrs „Avotiņš”", 13, bold=True)
    _text(pdf, 60, 784, "Avotu iela 5, Aizpute, LV-3456", 9)
    _text(pdf, 220, 750, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Vilis Eglītis (p. k. {R7C_VILIS}) kopš 2023. gada septembra apmeklē mūsu centru",
        "piecas stundas katru darba dienu.",
    ], size=10)
    _text(pdf, 60, 670, "Aizputē, 2024. gada 15. janvārī")
    _text(pdf, 330, 670, "Vadītāja  L. Avota")


CASES.update({
    "r7c_hours_working_day.pdf": (r7c_hours_each_working_day, "activity_certificate", {
        "person_name": "Vilis Eglītis", "hours_per_week": 25, "issued_on": "2024-01-15",
    }),
})


def r7c_name_before_unlabelled_code(pdf: canvas.Canvas) -> None:
    """The person opens the sentence, the code after a short label no vocabulary lists
    ("pk"): the name before the code the page prints is the certificate's person."""
    _text(pdf, 60, 800, "Biedrība „Zaļā Josta”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40008765432, Parka iela 8, Talsi", 9)
    _text(pdf, 220, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Ģirts Ozols, pk {R7C_PETERIS}, kopš 2022. gada oktobra piedalās biedrības",
        "dārzkopības nodarbībās divas reizes nedēļā pa trim stundām.",
    ], size=10)
    _text(pdf, 60, 670, "Talsos, 2024. gada 3. aprīlī")
    _text(pdf, 330, 670, "Valdes loceklis  E. Josta")


CASES.update({
    "r7c_name_before_code.pdf": (r7c_name_before_unlabelled_code, "activity_certificate", {
        "person_name": "Ģirts Ozols", "personal_code": R7C_PETERIS, "hours_per_week": 6,
    }),
})


# --- round 7 (forms): who is who by grammar and structure -----------------------------------

R7F_GUNARS = personal_code("0211641123")
R7F_AINA = personal_code("1708381245")
R7F_RASMA = personal_code("2304811367")
R7F_OSKARS = personal_code("0906141489")
R7F_VALDIS = personal_code("1512701511")
R7F_LUDMILA = personal_code("3001451633")
R7F_SILVIJA = personal_code("1402791755")
R7F_MARKS = personal_code("2707121877")


def r7f_city_court_trustee(pdf: canvas.Canvas) -> None:
    """A city court, not an orphan court: the applicant's name opens the sentence in the
    genitive, the ward stands after "pār", the one appointed in the accusative after
    "apstiprināt"; the decision is numbered by its case ("civillietā Nr.")."""
    _text(pdf, 210, 800, "RĪGAS PILSĒTAS TIESA", 13, bold=True)
    _text(pdf, 200, 760, "LĒMUMS civillietā Nr. C30412223", 12, bold=True)
    _text(pdf, 210, 744, "par aizgādnības nodibināšanu", 11)
    _text(pdf, 60, 715, "Rīgā, 2022. gada 14. martā")
    _lines(pdf, 60, 685, [
        f"Tiesa, izskatījusi Gunāra Dzeņa (personas kods {R7F_GUNARS}) pieteikumu, nolēma:",
        f"nodibināt aizgādnību pār Ainu Dzeni (personas kods {R7F_AINA}); par aizgādni",
        "apstiprināt Gunāru Dzeni. Lēmumu var pārsūdzēt apgabaltiesā.",
    ], size=10)
    _text(pdf, 60, 600, "Tiesnesis")
    _text(pdf, 420, 600, "R. Kalns")


def r7f_orphan_court_genitive_ward(pdf: canvas.Canvas) -> None:
    """An orphan court appoints the one in the accusative "par <ward genitive> aizbildni";
    the appointee's code is wrapped to the line after its label; the court's officials are
    named in the nominative before them."""
    _text(pdf, 200, 800, "TUKUMA NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 784, "Talsu iela 4, Tukums, LV-3101", 9)
    _text(pdf, 60, 750, "Tukumā, 2023. gada 9. janvārī")
    _text(pdf, 220, 720, "LĒMUMS Nr. 2-10/23/7", 12, bold=True)
    _text(pdf, 220, 704, "Par aizbildņa iecelšanu", 11)
    _lines(pdf, 60, 675, [
        "Sēdē piedalās bāriņtiesas priekšsēdētāja Inta Lapiņa un locekle Dace Briede.",
        f"Nepilngadīgā Oskara Zariņa (personas kods {R7F_OSKARS}) māte ir mirusi. Viņa tante",
        "Rasma Ozoliņa, personas kods",
        f"{R7F_RASMA}, vēlas kļūt par viņa aizbildni.",
        "Bāriņtiesa nolemj: iecelt Rasmu Ozoliņu par nepilngadīgā Oskara Zariņa aizbildni.",
    ], size=10)
    _text(pdf, 60, 560, "Priekšsēdētāja")
    _text(pdf, 420, 560, "I. Lapiņa")


def r7f_trusteeship_set_up_for(pdf: canvas.Canvas) -> None:
    """A certificate telling first for whom trusteeship was set up (the dative) and then who
    was appointed (the accusative), the trustee's name first on the page as the applicant."""
    _text(pdf, 180, 800, "LIMBAŽU NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 240, 760, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Izsniegta Valdim Kalējam, personas kods {R7F_VALDIS}, pēc viņa lūguma.",
        "Ar Vidzemes rajona tiesas 2021. gada 2. februāra spriedumu Ludmilai Kalējai (personas",
        f"kods {R7F_LUDMILA}) nodibināta aizgādnība, un bāriņtiesa 2021. gada 16. martā par",
        "viņas aizgādni iecēla Valdi Kalēju.",
    ], size=10)
    _text(pdf, 60, 640, "Limbažos, 2024. gada 3. aprīlī")
    _text(pdf, 360, 640, "Bāriņtiesas locekle A. Sproģe")


CASES.update({
    "r7f_city_court_trustee.pdf": (r7f_city_court_trustee, "representation_document", {
        "representative_name": "Gunārs Dzenis", "representative_personal_code": R7F_GUNARS,
        "person_name": "Aina Dzene", "personal_code": R7F_AINA,
        "basis": "Rīgas pilsētas tiesas 2022. gada 14. marta lēmums civillietā Nr. C30412223 "
                 "par aizgādnības nodibināšanu",
    }),
    "r7f_orphan_court_genitive_ward.pdf": (r7f_orphan_court_genitive_ward,
                                           "representation_document", {
        "representative_name": "Rasma Ozoliņa", "representative_personal_code": R7F_RASMA,
        "person_name": "Oskars Zariņš", "personal_code": R7F_OSKARS,
    }),
    "r7f_trusteeship_set_up_for.pdf": (r7f_trusteeship_set_up_for, "representation_document", {
        "representative_name": "Valdis Kalējs", "representative_personal_code": R7F_VALDIS,
        "person_name": "Ludmila Kalēja", "personal_code": R7F_LUDMILA,
    }),
})


def r7f_headings_by_meaning(pdf: canvas.Canvas) -> None:
    """Two person blocks under headings no list names: a guardian's ("Aizbildnis (vecāks vai
    cits likumiskais pārstāvis)") and the child's ("Bērns, kuram vajadzīgs asistents")."""
    _text(pdf, 300, 800, "Ogres novada Sociālais dienests", 11)
    _text(pdf, 200, 770, "IESNIEGUMS asistenta pakalpojumam", 12, bold=True)
    _text(pdf, 60, 740, "Aizbildnis (vecāks vai cits likumiskais pārstāvis)", 10, bold=True)
    _text(pdf, 60, 722, "Vārds, uzvārds", 10)
    _text(pdf, 220, 722, "Silvija Mārka", 10)
    _text(pdf, 60, 706, "Personas kods", 10)
    _text(pdf, 220, 706, R7F_SILVIJA, 10)
    _text(pdf, 60, 680, "Bērns, kuram vajadzīgs asistents", 10, bold=True)
    _text(pdf, 60, 662, "Vārds, uzvārds", 10)
    _text(pdf, 220, 662, "Markuss Mārks", 10)
    _text(pdf, 60, 646, "Personas kods", 10)
    _text(pdf, 220, 646, R7F_MARKS, 10)
    _text(pdf, 60, 630, "Dzīvesvieta", 10)
    _text(pdf, 220, 630, "Meža iela 12, Ogre, LV-5001", 10)
    _text(pdf, 60, 600, "Asistents vajadzīgs mācībām skolā, 10 stundas nedēļā.", 10)
    _text(pdf, 60, 570, "Ogrē, 12.09.2023.")


def r7f_service_given_heading(pdf: canvas.Canvas) -> None:
    """The same two blocks the other way round, the client's heading worded as the one the
    service will be given to ("Persona, kurai tiks sniegts pakalpojums") and first."""
    _text(pdf, 300, 800, "Saldus novada pašvaldība", 11)
    _text(pdf, 240, 770, "PIETEIKUMS", 12, bold=True)
    _text(pdf, 60, 740, "Persona, kurai tiks sniegts pakalpojums", 10, bold=True)
    _text(pdf, 60, 722, "Vārds, uzvārds:", 10)
    _text(pdf, 220, 722, "Markuss Mārks", 10)
    _text(pdf, 60, 706, "Personas kods:", 10)
    _text(pdf, 220, 706, R7F_MARKS, 10)
    _text(pdf, 60, 680, "Vecāks", 10, bold=True)
    _text(pdf, 60, 662, "Vārds, uzvārds:", 10)
    _text(pdf, 220, 662, "Silvija Mārka", 10)
    _text(pdf, 60, 646, "Personas kods:", 10)
    _text(pdf, 220, 646, R7F_SILVIJA, 10)
    _text(pdf, 60, 610, "Lūdzu piešķirt asistenta pakalpojumu dēlam nokļūšanai uz skolu.", 10)
    _text(pdf, 60, 580, "Saldū, 03.10.2023.")


CASES.update({
    "r7f_headings_by_meaning.pdf": (r7f_headings_by_meaning, "application", {
        "applicant_name": "Silvija Mārka", "applicant_personal_code": R7F_SILVIJA,
        "client_name": "Markuss Mārks", "client_personal_code": R7F_MARKS,
    }),
    "r7f_service_given_heading.pdf": (r7f_service_given_heading, "application", {
        "applicant_name": "Silvija Mārka", "applicant_personal_code": R7F_SILVIJA,
        "client_name": "Markuss Mārks", "client_personal_code": R7F_MARKS,
    }),
})


R7F_OJARS = personal_code("1106671233")
R7F_RIHARDS = personal_code("0404051344")
R7F_DAINA = personal_code("1508721455")
R7F_OLGA = personal_code("2901431566")


def r7f_writer_for_son(pdf: canvas.Canvas) -> None:
    """A father writes for his son: his own name and code stand on a line of their own above
    the title, under the addressee; the son is named only in the dative of the request."""
    _text(pdf, 330, 800, "Valkas novada Sociālajam dienestam", 10)
    _text(pdf, 60, 770, f"Ojārs Vītols (personas kods {R7F_OJARS})", 10)
    _text(pdf, 60, 756, "Rīgas iela 22-3, Valka, LV-4701, tālr. 26110022", 10)
    _text(pdf, 250, 720, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam Rihardam Vītolam (personas kods",
        f"{R7F_RIHARDS}), kuram noteikta invaliditāte, nokļūšanai uz skolu 12 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 620, "Valkā, 2024. gada 4. martā")
    _text(pdf, 420, 620, "O. Vītols")


def r7f_writer_for_mother(pdf: canvas.Canvas) -> None:
    """A daughter writes for her mother, her code bare beside her name on the right above the
    title; the mother is named in the accusative ("par savu māti ...")."""
    _text(pdf, 60, 800, "Dobeles novada pašvaldības Sociālais dienests", 10)
    _text(pdf, 340, 770, f"Daina Krūze, {R7F_DAINA}", 10)
    _text(pdf, 340, 756, "daina.kruze@example.lv", 10)
    _text(pdf, 250, 720, "PIETEIKUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Rakstu par savu māti Olgu Krūzi, personas kods {R7F_OLGA}, kurai nepieciešams",
        "asistents, lai apmeklētu dienas aprūpes centru. Lūdzu piešķirt asistenta pakalpojumu.",
    ], size=10)
    _text(pdf, 60, 620, "Dobelē, 15.05.2024.")
    _text(pdf, 420, 620, "D. Krūze")


CASES.update({
    "r7f_writer_for_son.pdf": (r7f_writer_for_son, "application", {
        "applicant_name": "Ojārs Vītols", "applicant_personal_code": R7F_OJARS,
        "client_name": "Rihards Vītols", "client_personal_code": R7F_RIHARDS,
    }),
    "r7f_writer_for_mother.pdf": (r7f_writer_for_mother, "application", {
        "applicant_name": "Daina Krūze", "applicant_personal_code": R7F_DAINA,
        "client_name": "Olga Krūze", "client_personal_code": R7F_OLGA,
    }),
})


# --- round 7 (forms): timesheets in other shapes ---------------------------------------------

R7F_PETERIS = personal_code("1909551677")
R7F_LAILA = personal_code("0603881799")


def r7f_hours_only_sheet(pdf: canvas.Canvas) -> None:
    """A month's list with no clock at all: each day says how long, in figures with a unit or
    in words ("divas stundas", "trīsarpus stundas"); the client is the sheet's "Kam sniegts
    pakalpojums"."""
    _text(pdf, 150, 800, "Asistenta stundu uzskaite – 2023. gada marts", 12, bold=True)
    _text(pdf, 60, 770, f"Kam sniegts pakalpojums: Pēteris Gulbis ({R7F_PETERIS})", 10)
    _text(pdf, 60, 754, f"Asistente: Laila Rone ({R7F_LAILA})", 10)
    rows = [("Diena", "Kur", "Ilgums"), ("03.03.", "darbs", "divas stundas"),
            ("07.03.", "poliklīnika", "1 h 30 min"), ("10.03.", "darbs", "trīsarpus stundas"),
            ("14.03.", "teātris", "2 h")]
    for i, (day, where, how_long) in enumerate(rows):
        _text(pdf, 60, 720 - 18 * i, day, 10)
        _text(pdf, 160, 720 - 18 * i, where, 10)
        _text(pdf, 330, 720 - 18 * i, how_long, 10)
    _text(pdf, 60, 610, "Kopā: 9 h", 10)


def r7f_diary_two_lines_a_day(pdf: canvas.Canvas) -> None:
    """A diary whose days are weekday headings with the day's trips on lines of their own
    under them, the way back a line of its own."""
    _text(pdf, 120, 800, "Asistenta pakalpojuma uzskaite (dienasgrāmata), 2023. gada marts", 11,
          bold=True)
    _text(pdf, 60, 776, f"Asistente Laila Rone, p. k. {R7F_LAILA}", 10)
    _text(pdf, 60, 762, f"Pavadāmais: Pēteris Gulbis, p. k. {R7F_PETERIS}", 10)
    _lines(pdf, 60, 730, [
        "Ceturtdiena, 2. marts",
        "Uz darbu no 8.00 līdz 8.40.",
        "No darba mājās 16.10–16.50.",
        "Piektdiena, 3. marts",
        "Uz poliklīniku 10.00–11.30.",
    ], size=10)
    _text(pdf, 60, 630, "Kopā 2,83 h", 10)


CASES.update({
    "r7f_hours_only_sheet.pdf": (r7f_hours_only_sheet, "timesheet", {
        "client_name": "Pēteris Gulbis", "client_personal_code": R7F_PETERIS,
        "entries": [
            {"date": "2023-03-03", "start": None, "end": None, "hours": 2, "activity": "work"},
            {"date": "2023-03-07", "start": None, "end": None, "hours": 1.5,
             "activity": "institutions"},
            {"date": "2023-03-10", "start": None, "end": None, "hours": 3.5, "activity": "work"},
            {"date": "2023-03-14", "start": None, "end": None, "hours": 2, "activity": "leisure"},
        ],
    }),
    "r7f_diary_two_lines_a_day.pdf": (r7f_diary_two_lines_a_day, "timesheet", {
        "client_name": "Pēteris Gulbis", "assistant_name": "Laila Rone",
        "entries": [
            {"date": "2023-03-02", "start": "08:00", "end": "08:40", "hours": 0.67,
             "activity": "work"},
            {"date": "2023-03-02", "start": "16:10", "end": "16:50", "hours": 0.67,
             "activity": "work"},
            {"date": "2023-03-03", "start": "10:00", "end": "11:30", "hours": 1.5,
             "activity": "institutions"},
        ],
    }),
})


# --- round 8 (forms): set G's classes in other words --------------------------------------------

R8G_GUNTA = personal_code("1704921234")


def _r8g_blank(pdf: canvas.Canvas, y: float, value: str, caption: str) -> None:
    """A line to write on with its caption centred under it, the value written at its left."""
    pdf.setLineWidth(0.5)
    pdf.line(70, y - 3, 330, y - 3)
    if value:
        _text(pdf, 72, y, value, 11)
    _text(pdf, 200 - 2.2 * len(caption), y - 13, caption, 7)


def r8g_captions_under_the_lines(pdf: canvas.Canvas) -> None:
    """A paper form where each value stands on a line with what it is printed small under it
    ("(vārds un uzvārds)"), one line (the e-mail) left empty, and a date with a two-digit year
    and a full stop beside the signature's caption."""
    _text(pdf, 330, 800, "Jelgavas novada Sociālajam dienestam", 10)
    _r8g_blank(pdf, 750, "Gunta Liepkalne", "(vārds un uzvārds)")
    _r8g_blank(pdf, 715, R8G_GUNTA, "(personas kods)")
    _r8g_blank(pdf, 680, "Skolas iela 3-7, Ozolnieki, LV-3018", "(dzīvesvietas adrese)")
    _r8g_blank(pdf, 645, "", "(e-pasta adrese)")
    _r8g_blank(pdf, 610, "26 310 448", "(kontakttālrunis)")
    _text(pdf, 250, 560, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 70, 530, ["Lūdzu piešķirt man asistenta pakalpojumu nokļūšanai uz darbu."], 10)
    pdf.line(70, 437, 150, 437)
    _text(pdf, 72, 440, "3.11.24.", 11)
    _text(pdf, 95, 427, "(datums)", 7)
    pdf.line(330, 437, 480, 437)
    _text(pdf, 390, 427, "(paraksts)", 7)


CASES.update({
    "r8g_captions_under_the_lines.pdf": (r8g_captions_under_the_lines, "application", {
        "applicant_name": "Gunta Liepkalne", "applicant_personal_code": R8G_GUNTA,
        "client_name": "Gunta Liepkalne", "client_personal_code": R8G_GUNTA,
        "address": "Skolas iela 3-7, Ozolnieki, LV-3018", "phone": "26310448",
        "email": None, "submitted_on": "2024-11-03",
    }),
})

R8G_ARTIS = personal_code("2909851234")


def r8g_dated_by_its_signature(pdf: canvas.Canvas) -> None:
    """An e-signed certificate with no date line: the date field says the date is when it was
    signed, and the signing software's footer prints the stamp (ISO, with the time); the text
    names other dates (the start of work, a contract)."""
    _text(pdf, 150, 800, "SIA „Upes Dzirnavas”", 15, bold=True)
    _text(pdf, 120, 782, "Reģ. Nr. 40203112233, Dzirnavu iela 5, Bauska, LV-3901", 9)
    _text(pdf, 60, 750, "Dokumenta datums: ir tā elektroniskās parakstīšanas laiks", 9)
    _text(pdf, 240, 720, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 690, [
        f"Artis Ozoliņš, personas kods {R8G_ARTIS}, kopš 2022. gada 3. janvāra strādā",
        "SIA „Upes Dzirnavas” par noliktavas darbinieku, 30 stundas nedēļā.",
        "Darba līgums grozīts 2023. gada 14. augustā.",
    ], 10)
    _text(pdf, 50, 610, "Personāla vadītāja  L. Kalēja", 10)
    _text(pdf, 50, 560, "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU", 8)
    _text(pdf, 50, 548, "Parakstīja L. Kalēja, laika zīmogs 2024-02-12 10:15:03 EET", 8)


CASES.update({
    "r8g_dated_by_its_signature.pdf": (r8g_dated_by_its_signature, "employer_certificate", {
        "employer_name": "SIA Upes Dzirnavas", "person_name": "Artis Ozoliņš",
        "personal_code": R8G_ARTIS, "hours_per_week": 30, "issued_on": "2024-02-12",
    }),
})

R8G_OSKARS = personal_code("0811001234")


def _r8g_wrapped_grid(pdf: canvas.Canvas, x: float, y: float, widths: list[float],
                      rows: list[list[list[str]]], size: float = 9) -> float:
    """A ruled field/value grid whose cells may hold several lines; returns the y under it."""
    pdf.setLineWidth(0.6)
    total = sum(widths)
    top = y
    for row in rows:
        height = 6 + 1.5 * size * max(len(cell) for cell in row)
        pdf.line(x, top, x + total, top)
        left = x
        for width, cell in zip(widths, row, strict=True):
            _lines(pdf, left + 4, top - size - 3, cell, size)
            pdf.line(left, top, left, top - height)
            left += width
        pdf.line(left, top, left, top - height)
        top -= height
    pdf.line(x, top, x + total, top)
    return top


def r8g_portal_grid_wrapped_cells(pdf: canvas.Canvas) -> None:
    """A portal's printout: question and answer in a ruled grid, the question wrapped in its
    cell and the activities one a line in theirs."""
    _text(pdf, 50, 805, "E-pakalpojumu portāls · Bauskas novada pašvaldība", 8)
    _text(pdf, 170, 780, "Pieteikums asistenta pakalpojumam Nr. 2024/118", 11, bold=True)
    bottom = _r8g_wrapped_grid(pdf, 50, 750, [190, 300], [
        [["Vārds, uzvārds"], ["Oskars Vītols"]],
        [["Personas kods"], [R8G_OSKARS]],
        [["Pakalpojums nepieciešams šādām", "darbībām"],
         ["Mācības – 16 st. nedēļā", "Ārstniecības iestāžu apmeklējumi – 3 st.", "nedēļā"]],
        [["Vai saņemat valsts pabalstu par", "asistenta izmantošanu?"], ["Nē"]],
        [["Iesniegts"], ["2024. gada 9. oktobrī"]],
    ])
    _text(pdf, 50, bottom - 30, "Pieteikums parakstīts portālā ar eParakstu.", 8)


CASES.update({
    "r8g_portal_grid_wrapped_cells.pdf": (r8g_portal_grid_wrapped_cells, "application", {
        "applicant_name": "Oskars Vītols", "applicant_personal_code": R8G_OSKARS,
        "activities": [{"kind": "education", "hours_per_week": 16},
                       {"kind": "institutions", "hours_per_week": 3}],
        "receives_assistant_benefit": False, "submitted_on": "2024-10-09",
    }),
})


# --- round 8, set H: Roman-numeral months; an extract names the opinion's own date -----------

R8H_AUSMA = personal_code("1402031466")
R8H_IGORS = personal_code("2709621738")


def r8h_school_roman_months(pdf: canvas.Canvas) -> None:
    """A music school's note dated '15.X.2024.' beside its number and ending studies
    '31.V.2026.': the months in Roman numerals, as a typewriter or an older clerk writes them."""
    _text(pdf, 150, 800, "Rēzeknes Mūzikas un mākslas skola", 13, bold=True)
    _text(pdf, 150, 784, "Atbrīvošanas aleja 90, Rēzekne, LV-4601", 9)
    _text(pdf, 60, 750, "15.X.2024. Nr. 5/88", 10)
    _text(pdf, 250, 716, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 686, [
        f"Ausma Kūliņa, personas kods {R8H_AUSMA}, mācās Rēzeknes Mūzikas un mākslas",
        "skolas profesionālās ievirzes programmā „Vizuāli plastiskā māksla”.",
        "Nodarbības notiek 8 stundas nedēļā. Mācības beigs 31.V.2026.",
    ], size=10)
    _text(pdf, 60, 600, "Direktore                         I. Spruģe", 10)


def r8h_opinion_extract_dated(pdf: canvas.Canvas) -> None:
    """A Zemgale office's extract: the opinion's number and date 'no 14.XI.2024.' in its
    opening line, the term in Roman months, the extract's own date at its foot."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 190, 785, "Zemgales reģionālā nodaļa, Jelgava", 9)
    _text(pdf, 250, 750, "IZRAKSTS", 13, bold=True)
    _lines(pdf, 60, 720, [
        "Atzinums Nr. ZR-24/812 no 14.XI.2024. par invaliditāti",
        f"Vārds, uzvārds: Igors Zeltiņš     Personas kods: {R8H_IGORS}",
        "Invaliditātes grupa: III (trešā), noteikta no 14.XI.2024. līdz 13.XI.2026.",
        "Asistenta pakalpojums: nav nepieciešams.",
    ], size=10)
    _text(pdf, 60, 620, "Izraksts pareizs. Jelgavā, 2.XII.2024.", 10)
    _text(pdf, 60, 604, "Speciāliste                       D. Ozoliņa", 10)


R8H_LINARDS = personal_code("0811971523")


def r8h_employer_month_hours(pdf: canvas.Canvas) -> None:
    """A shop's certificate giving the hours of a month first, the week's days after them
    ('64 stundas mēnesī, četras dienas nedēļā pa 4 stundām'): the week is 16, not 64."""
    _text(pdf, 60, 800, "SIA „Kalnu Aptieka”", 13, bold=True)
    _text(pdf, 60, 784, "Brīvības iela 7, Saldus, LV-3801, reģ. Nr. 41203018833", 9)
    _text(pdf, 250, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Līnards Ābele, personas kods {R8H_LINARDS}, strādā SIA „Kalnu Aptieka”",
        "par farmaceita asistentu kopš 2022. gada 1. augusta.",
        "Viņa darba laiks ir 64 stundas mēnesī, četras dienas nedēļā pa 4 stundām.",
    ], size=10)
    _text(pdf, 60, 630, "Saldū, 2024. gada 5. novembrī", 10)
    _text(pdf, 60, 614, "Valdes locekle                    M. Kalna", 10)


R8H_SANTA = personal_code("2304891642")


def r8h_employer_town_beside_name(pdf: canvas.Canvas) -> None:
    """A two-column head: the company's name at the left, the town of the dateline at the right
    of the same row ('Ventspilī'), the date and number under it."""
    _text(pdf, 60, 800, "SIA Ostas Kokapstrāde", 12, bold=True)
    _text(pdf, 440, 800, "Ventspilī", 10)
    _text(pdf, 60, 786, "Dzintaru iela 40, Ventspils, LV-3601", 9)
    _text(pdf, 440, 786, "14.03.2025. Nr. 3/41", 10)
    _text(pdf, 200, 740, "Izziņa par darba attiecībām", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Santa Egle, personas kods {R8H_SANTA}, strādā SIA Ostas Kokapstrāde",
        "par noliktavas pārzini no 2023. gada 6. marta, 40 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes loceklis                   K. Ozols", 10)


CASES.update({
    "r8h_employer_town_beside_name.pdf": (r8h_employer_town_beside_name,
                                          "employer_certificate", {
        "employer_name": "SIA Ostas Kokapstrāde", "person_name": "Santa Egle",
        "personal_code": R8H_SANTA, "issued_on": "2025-03-14", "hours_per_week": 40,
    }),
    "r8h_employer_month_hours.pdf": (r8h_employer_month_hours, "employer_certificate", {
        "person_name": "Līnards Ābele", "personal_code": R8H_LINARDS, "hours_per_week": 16,
        "employed_since": "2022-08-01",
    }),
    "r8h_school_roman_months.pdf": (r8h_school_roman_months, "school_certificate", {
        "person_name": "Ausma Kūliņa", "personal_code": R8H_AUSMA,
        "study_until": "2026-05-31", "issued_on": "2024-10-15",
    }),
    "r8h_opinion_extract_dated.pdf": (r8h_opinion_extract_dated, "commission_opinion", {
        "personal_code": R8H_IGORS, "disability_group": "III", "issued_on": "2024-11-14",
        "valid_from": "2024-11-14", "valid_until": "2026-11-13",
    }),
})


# --- round 8: confident-wrong classes of sets G and H -----------------------------------------

R8K_VIJA = personal_code("1402671288")
R8K_ARMANDS = personal_code("0709091344")
R8K_INGUNA = personal_code("2811721455")
R8K_EDGARS = personal_code("1503951566")
R8K_SILVIJA = personal_code("0406581677")
R8K_MARIS = personal_code("2209821788")


def r8k_certified_copy(pdf: canvas.Canvas) -> None:
    """A copy of a decision: the decision's own date on its date line, the copy certified days
    later on its last line; the copy is dated as the decision it copies
    (fixtures/unseen_conventions.md)."""
    _text(pdf, 170, 800, "SMILTENES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 160, 784, "Dārza iela 3, Smiltene, LV-4729", 9)
    _text(pdf, 250, 750, "NORAKSTS", 12, bold=True)
    _text(pdf, 60, 720, "Smiltenē", 10)
    _text(pdf, 380, 720, "03.09.2023. Lēmums Nr. 2-5/23/17", 10)
    _lines(pdf, 60, 690, [
        "Par aizbildņa iecelšanu",
        f"Iecelt Vija Kārkliņa (personas kods {R8K_VIJA}) par aizbildni nepilngadīgajam",
        f"Armandam Kārkliņam (personas kods {R8K_ARMANDS}).",
        "Sēdes vadītājs Jānis Krūze",
    ], size=10)
    _text(pdf, 60, 560, "Noraksts pareizs. Bāriņtiesas locekle Anna Lāce, Smiltenē, "
          "2023. gada 12. septembrī", 9)


def r8k_heading_row_programme(pdf: canvas.Canvas) -> None:
    """A table without rules: the heading row names the columns, the row under it holds the
    values; the word after "Programma" on the heading row is the next column's heading."""
    _text(pdf, 170, 800, "Rēzeknes tehnikums", 13, bold=True)
    _text(pdf, 60, 770, "Rēzeknē, 2024. gada 9. septembrī", 10)
    _text(pdf, 250, 740, "IZZIŅA", 12, bold=True)
    heads = [(60, "Audzēknis"), (170, "Personas kods"), (270, "Programma"), (400, "Kurss"),
             (450, "Stundas nedēļā")]
    values = [(60, "Inguna Zeltiņa"), (170, R8K_INGUNA), (270, "Autotransports"),
              (400, "3."), (450, "34")]
    for x, head in heads:
        _text(pdf, x, 710, head, 9)
    for x, value in values:
        _text(pdf, x, 694, value, 9)
    _text(pdf, 60, 660, "Izziņa izsniegta iesniegšanai sociālajā dienestā.", 10)


def r8k_basis_with_aside(pdf: canvas.Canvas) -> None:
    """A trustee's certificate whose basis names the decision and, in brackets after it on the
    same line and wrapping under it, the judgment that decision rests on: the basis is the
    decision."""
    _text(pdf, 170, 800, "VALMIERAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 770, "AIZGĀDŅA APLIECĪBA Nr. 41", 12, bold=True)
    _text(pdf, 230, 754, "Valmierā, 02.03.2022.", 10)
    _text(pdf, 60, 720, f"Aizgādne: Silvija Ozoliņa, personas kods {R8K_SILVIJA}", 10)
    _text(pdf, 60, 704, f"Aizgādnībā esošā persona: Māris Ozoliņš, personas kods {R8K_MARIS}", 10)
    _text(pdf, 40, 680, "Pamats: Valmieras novada bāriņtiesas 2022. gada 21. februāra lēmums "
          "Nr. 5-3/22/8 par aizgādņa iecelšanu (Vidzemes rajona tiesas spriedums", 7.5)
    _text(pdf, 40, 671, "lietā Nr. C70112221)", 7.5)


def r8k_month_then_week(pdf: canvas.Canvas) -> None:
    """An opinion giving the service's volume first by the month, then by the week."""
    _text(pdf, 150, 800, "Madonas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 190, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 400, 750, "11.06.2024.", 10)
    _lines(pdf, 60, 720, [
        f"Klients: Edgars Avotiņš, personas kods {R8K_EDGARS}",
        "Mērķa grupa: ģimene ar bērniem",
        "Pakalpojuma apjoms: 40 stundas mēnesī, pa 10 stundām nedēļā.",
        "Pakalpojuma termiņš: 3 mēneši.",
    ], size=10)


def r8k_letter_about_timesheets(pdf: canvas.Canvas) -> None:
    """A notice to a client that speaks of the assistant's record of hours without being one."""
    _text(pdf, 60, 800, "Alūksnes novada Sociālais dienests", 11, bold=True)
    _text(pdf, 60, 770, "Alūksnē, 02.05.2023. Nr. 3-7/2023/112", 10)
    _text(pdf, 60, 740, "Mārim Ozoliņam, Pils iela 9, Alūksne, LV-4301", 10)
    _lines(pdf, 60, 700, [
        "Par darba laika uzskaites iesniegšanu",
        "Atgādinām, ka asistenta darba laika uzskaite par katru mēnesi jāiesniedz līdz",
        "nākamā mēneša 3. datumam. Uzskaiti paraksta asistents un pakalpojuma saņēmējs.",
        "Ar cieņu, nodaļas vadītāja Rita Kalve",
    ], size=10)


CASES.update({
    "r8k_certified_copy.pdf": (r8k_certified_copy, "representation_document", {
        "issued_on": "2023-09-03"}),
    "r8k_heading_row_programme.pdf": (r8k_heading_row_programme, "school_certificate", {
        "programme": "Autotransports"}),
    "r8k_basis_with_aside.pdf": (r8k_basis_with_aside, "representation_document", {
        "basis": "Valmieras novada bāriņtiesas 2022. gada 21. februāra lēmums Nr. 5-3/22/8 par "
                 "aizgādņa iecelšanu"}),
    "r8k_month_then_week.pdf": (r8k_month_then_week, "social_worker_opinion", {
        "hours_per_week": 10}),
    "r8k_letter_about_timesheets.pdf": (r8k_letter_about_timesheets, "unknown", {}),
})


# --- round 9, timesheets (r9s_) ------------------------------------------------------------

R9S_OJARS = personal_code("1404781234")
R9S_DZINTRA = personal_code("2109661456")


def r9s_week_across(pdf: canvas.Canvas) -> None:
    """A sheet laid out a week to a block: the dates side by side, the time, the purpose and
    the hours on lines under them, a day left empty, the week's sum in a column of its own;
    the codes after the names as "pers. k."."""
    _text(pdf, 40, 800, "Asistenta darba laika uzskaite", 12, bold=True)
    _text(pdf, 40, 780, f"Klients: Ojārs Liepiņš, pers. k. {R9S_OJARS}", 9)
    _text(pdf, 40, 766, f"Asistente: Dzintra Kalniņa, pers. k. {R9S_DZINTRA}", 9)
    _text(pdf, 40, 752, "Mēnesis: 2023. gada novembris", 9)
    xs = [40, 110, 175, 240, 305, 370, 435]
    blocks = [
        (["Datums", "6.11.", "7.11.", "8.11.", "9.11.", "10.11."],
         ["Laiks", "9.00-11.00", "", "9.00-10.30", "14.00-16.00", ""],
         ["Mērķis", "skola", "", "skola", "baseins", ""],
         ["Stundas", "2", "", "1,5", "2", "", "5,5"]),
        (["Datums", "13.11.", "14.11.", "15.11."],
         ["Laiks", "9.00-11.00", "9.00-11.00", ""],
         ["Mērķis", "skola", "skola", ""],
         ["Stundas", "2", "2", "", "4"]),
    ]
    y = 725
    for block in blocks:
        for cells in block:
            for x, cell in zip(xs, cells, strict=False):
                if cell:
                    _text(pdf, x, y, cell, 9)
            y -= 15
        y -= 8
    _text(pdf, 40, y - 10, "Kopā mēnesī: 9,5 st.", 9)


def r9s_roman_months(pdf: canvas.Canvas) -> None:
    """A report titled with "darbu" over its label lines, days dated with a Roman month, two
    short rows on one day, whole hours said as a range, a festival and a choir's evening."""
    _text(pdf, 60, 800, "Atskaite par asistenta darbu", 13, bold=True)
    _lines(pdf, 60, 775, [
        "2022. gada maijs",
        f"Asistente: Dzintra Kalniņa (p.k. {R9S_DZINTRA})",
        f"Klients: Ojārs Liepiņš (p.k. {R9S_OJARS})",
    ], size=10)
    _grid(pdf, 60, 715, [70, 150, 50, 170], [
        ["Datums", "Laiks", "St.", "Kur"],
        ["3.V.", "8.00–8.30", "0,5", "DAC Rīts"],
        ["3.V.", "13.00–13.30", "0,5", "DAC Rīts"],
        ["7.V.", "no plkst. 10 līdz 12", "2", "pilsētas svētki"],
        ["11.V.", "18.00–19.30", "1,5", "koris"],
    ])
    _text(pdf, 60, 600, "Kopā: 4,5 st.", 10)


def r9s_hours_by_kind(pdf: canvas.Canvas) -> None:
    """The day's hours written in the column of their kind, the day's sum in a last column."""
    _text(pdf, 60, 800, "Asistenta pakalpojuma uzskaite – 2022. gada oktobris", 11, bold=True)
    _text(pdf, 60, 780, f"Klients: Ojārs Liepiņš, {R9S_OJARS}", 9)
    _text(pdf, 60, 766, f"Asistente: Dzintra Kalniņa, {R9S_DZINTRA}", 9)
    heads = [(60, "Datums"), (140, "Darbs"), (200, "Skola"), (260, "Dienas c."),
             (330, "Brīvais l."), (400, "Kopā")]
    for x, head in heads:
        _text(pdf, x, 740, head, 9)
    rows = [("03.10.2022", {200: "3", 400: "3"}), ("05.10.2022", {200: "3", 330: "1,5",
                                                                    400: "4,5"})]
    y = 724
    for day, cells in rows:
        _text(pdf, 60, y, day, 9)
        for x, value in cells.items():
            _text(pdf, x + 30, y, value, 9)
        y -= 15
    _text(pdf, 60, y - 5, "Mēnesī 0 6 0 1,5 7,5", 9)


CASES.update({
    "r9s_week_across.pdf": (r9s_week_across, "timesheet", {
        "month": "2023-11", "client_name": "Ojārs Liepiņš", "client_personal_code": R9S_OJARS,
        "assistant_name": "Dzintra Kalniņa", "assistant_personal_code": R9S_DZINTRA,
        "entries": [
            {"date": "2023-11-06", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "education"},
            {"date": "2023-11-08", "start": "09:00", "end": "10:30", "hours": 1.5,
             "activity": "education"},
            {"date": "2023-11-09", "start": "14:00", "end": "16:00", "hours": 2,
             "activity": "leisure"},
            {"date": "2023-11-13", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "education"},
            {"date": "2023-11-14", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "education"},
        ],
        "total_hours": 9.5}),
    "r9s_roman_months.pdf": (r9s_roman_months, "timesheet", {
        "month": "2022-05", "client_personal_code": R9S_OJARS,
        "assistant_personal_code": R9S_DZINTRA,
        "entries": [
            {"date": "2022-05-03", "start": "08:00", "end": "08:30", "hours": 0.5,
             "activity": "day_centre"},
            {"date": "2022-05-03", "start": "13:00", "end": "13:30", "hours": 0.5,
             "activity": "day_centre"},
            {"date": "2022-05-07", "start": "10:00", "end": "12:00", "hours": 2,
             "activity": "leisure"},
            {"date": "2022-05-11", "start": "18:00", "end": "19:30", "hours": 1.5,
             "activity": "leisure"},
        ],
        "total_hours": 4.5}),
    "r9s_hours_by_kind.pdf": (r9s_hours_by_kind, "timesheet", {
        "month": "2022-10",
        "entries": [
            {"date": "2022-10-03", "start": None, "end": None, "hours": 3,
             "activity": "education"},
            {"date": "2022-10-05", "start": None, "end": None, "hours": 3,
             "activity": "education"},
            {"date": "2022-10-05", "start": None, "end": None, "hours": 1.5,
             "activity": "leisure"},
        ],
        "total_hours": 7.5}),
})


# --- round 10, representation papers and names (r10f_) ------------------------------------

R10F_KALVIS = personal_code("0903162345")
R10F_ELINA = personal_code("1503611234")
R10F_IVO = personal_code("2207741456")
R10F_OJARS = personal_code("0411491789")
R10F_VALDIS = personal_code("1708901234")
R10F_EGILS = personal_code("0302621567")
R10F_LAIMA = personal_code("2809551678")
R10F_ANSIS = personal_code("1112871345")


def r10f_decision_table_head(pdf: canvas.Canvas) -> None:
    """A decision whose title block is a table ("Datums | Nr. | Lieta" over its values), whose
    grounds cite the law; the ward's code after his birth date, the guardian's after a comma
    ending the line; the ward named in the genitive with a man's given name ("Kalvja")."""
    _text(pdf, 170, 800, "SALDUS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 190, 784, "Striķu iela 3, Saldus, LV-3801", 9)
    _text(pdf, 260, 755, "LĒMUMS", 12, bold=True)
    for x, head, value in [(60, "Datums", "21.06.2022."), (200, "Nr.", "4-2/22/71"),
                           (330, "Lieta", "Par aizbildņa iecelšanu")]:
        _text(pdf, x, 730, head, 9)
        _text(pdf, x, 716, value, 10)
    _lines(pdf, 60, 690, [
        "Bāriņtiesa konstatēja:",
        f"Kalvis Grīnbergs, dzimis 2016. gada 9. martā, personas kods {R10F_KALVIS}, dzīvo",
        "Saldū, Lielajā ielā 4. Bērna māte mirusi, ziņu par tēvu nav. Bērna vecmāmiņa Elīna",
        f"Grīnberga, personas kods {R10F_ELINA}, vēlas kļūt par aizbildni.",
        "Pamatojoties uz Civillikuma 222. un 223. pantu, bāriņtiesa",
        "nolēma:",
        "iecelt Elīnu Grīnbergu par nepilngadīgā Kalvja Grīnberga aizbildni.",
        "Sēdes vadītāja A. Zeltiņa",
    ], size=10)


def r10f_decision_number_on_date_line(pdf: canvas.Canvas) -> None:
    """The decision's number on its date line, its kind and subject on the line under it; the
    one appointed named in the accusative ("Elinu Grīnbergu": hers or a man's Elins'), the
    page printing her name whole."""
    _text(pdf, 190, 800, "CĒSU NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 784, "Raunas iela 4, Cēsis, LV-4101", 9)
    _text(pdf, 60, 755, "Cēsīs 2023. gada 4. aprīlī", 10)
    _text(pdf, 400, 755, "Nr. 1-7/23/40", 10)
    _text(pdf, 170, 730, "LĒMUMS par aizgādņa iecelšanu", 12, bold=True)
    _lines(pdf, 60, 700, [
        "Bāriņtiesa šādā sastāvā: priekšsēdētāja L. Krūze, locekļi A. Celms un S. Pūce,",
        f"izskatīja lietu. Ansis Vītols, personas kods {R10F_ANSIS}, ir ierobežots rīcībspējā.",
        f"Par aizgādni vēlas kļūt viņa māsa Elina Grīnberga, personas kods {R10F_ELINA}.",
        "Pamatojoties uz Civillikuma 356. pantu, bāriņtiesa",
        "NOLĒMA:",
        "Iecelt Elinu Grīnbergu par Anša Vītola aizgādni.",
    ], size=10)


def r10f_judgment_extract(pdf: canvas.Canvas) -> None:
    """A court judgment's extract: "no sprieduma civillietā Nr. ..." under "IZRAKSTS", the
    date on its own line; "iecelt Ivo Bedri" (Bedris' accusative, "-i" also ends a nominative)
    settles the ward's "Ojāra Bedra" (Bedrs' or Bedris' genitive)."""
    _text(pdf, 190, 800, "VIDZEMES RAJONA TIESA", 13, bold=True)
    _text(pdf, 200, 784, "Bērzaines iela 5, Cēsis, LV-4101", 9)
    _text(pdf, 260, 755, "IZRAKSTS", 12, bold=True)
    _text(pdf, 200, 740, "no sprieduma civillietā Nr. C30112233", 10)
    _text(pdf, 60, 715, "Cēsīs, 2021. gada 3. martā", 10)
    _lines(pdf, 60, 690, [
        f"Tiesa, izskatījusi civillietu par Ojāra Bedra (personas kods {R10F_OJARS})",
        "rīcībspējas ierobežošanu un aizgādnības nodibināšanu,",
        "nosprieda:",
        "ierobežot Ojāra Bedra rīcībspēju mantisko tiesību jomā, nodibinot aizgādnību;",
        f"iecelt Ivo Bedri, personas kods {R10F_IVO}, par Ojāra Bedra aizgādni.",
        "Izraksts pareizs. Tiesas sēžu sekretāre E. Liepa",
    ], size=10)


def r10f_orphan_court_letter(pdf: canvas.Canvas) -> None:
    """A letter "Par Valda Kalēja (p. k. ...) aizgādnību": whose guardianship, a genitive
    ("Valda" is also a woman's name); "iecelts aizgādnis – viņa brālis Egils Kalējs"."""
    _text(pdf, 60, 800, "Madonas novada bāriņtiesa", 12, bold=True)
    _text(pdf, 60, 786, "Saieta laukums 1, Madona, LV-4801", 9)
    _text(pdf, 60, 760, "2024-02-19 Nr. 1-6/24/31", 10)
    _text(pdf, 330, 760, "Madonas novada Sociālajam dienestam", 10)
    _lines(pdf, 60, 730, [
        f"Par Valda Kalēja (p. k. {R10F_VALDIS}) aizgādnību",
        "Atbildot uz Jūsu pieprasījumu, bāriņtiesa informē, ka minētajai personai ar Madonas",
        "novada bāriņtiesas 2021. gada 12. maija lēmumu Nr. 1-5/21/60 par aizgādņa iecelšanu",
        f"iecelts aizgādnis – viņa brālis Egils Kalējs, personas kods {R10F_EGILS}, dzīvo",
        "Madonā, Rīgas ielā 9.",
        "Bāriņtiesas locekle A. Kalniņa",
    ], size=10)


def r10f_certificate_title_number(pdf: canvas.Canvas) -> None:
    """A guardian's certificate titled with its number ("AIZBILDŅA APLIECĪBA Nr. 31"): the
    title is no name; the people stand in two blocks side by side, each with its label."""
    _text(pdf, 190, 800, "LUDZAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 784, "Baznīcas iela 2, Ludza, LV-5701", 9)
    _text(pdf, 200, 755, "AIZBILDŅA APLIECĪBA Nr. 31", 12, bold=True)
    _text(pdf, 60, 730, "Ludzā, 11.01.2022.", 10)
    _text(pdf, 60, 700, f"Aizbildnis Laima Puriņa personas kods {R10F_LAIMA}", 9)
    _text(pdf, 320, 700, f"Aizbildnībā esošais Ansis Puriņš personas kods {R10F_ANSIS}", 9)
    _lines(pdf, 60, 670, [
        "Pamats: Ludzas novada bāriņtiesas 2022. gada 5. janvāra lēmums Nr. 1-10/22/3 par",
        "aizbildņa iecelšanu",
        "Bāriņtiesas priekšsēdētāja Daina Ezere",
    ], size=10)


CASES.update({
    "r10f_decision_table_head.pdf": (r10f_decision_table_head, "representation_document", {
        "basis": "Saldus novada bāriņtiesas 2022. gada 21. jūnija lēmums Nr. 4-2/22/71 par "
                 "aizbildņa iecelšanu",
        "person_name": "Kalvis Grīnbergs", "personal_code": R10F_KALVIS,
        "representative_personal_code": R10F_ELINA}),
    "r10f_decision_number_on_date_line.pdf": (
        r10f_decision_number_on_date_line, "representation_document", {
            "basis": "Cēsu novada bāriņtiesas 2023. gada 4. aprīļa lēmums Nr. 1-7/23/40 par "
                     "aizgādņa iecelšanu",
            "representative_name": "Elina Grīnberga"}),
    "r10f_judgment_extract.pdf": (r10f_judgment_extract, "representation_document", {
        "basis": "Vidzemes rajona tiesas 2021. gada 3. marta spriedums civillietā Nr. C30112233",
        "representative_name": "Ivo Bedris", "person_name": "Ojārs Bedris"}),
    "r10f_orphan_court_letter.pdf": (r10f_orphan_court_letter, "representation_document", {
        "person_name": "Valdis Kalējs", "representative_name": "Egils Kalējs"}),
    "r10f_certificate_title_number.pdf": (
        r10f_certificate_title_number, "representation_document", {
            "representative_name": "Laima Puriņa", "representative_personal_code": R10F_LAIMA}),
})

R10F_JURIS = personal_code("2304781345")
R10F_KARLIS = personal_code("0605142567")


def r10f_blocks_in_cells(pdf: canvas.Canvas) -> None:
    """A form whose two people stand in two ruled cells of one row, each cell holding its
    heading and its labels: the right cell's heading ("Persona, kurai pieprasa pakalpojumu")
    makes its name and code the client's."""
    _text(pdf, 60, 800, "Limbažu novada Sociālais dienests", 11)
    _text(pdf, 110, 775, "PIEPRASĪJUMS ASISTENTA PAKALPOJUMA SAŅEMŠANAI", 12, bold=True)
    pdf.setLineWidth(0.6)
    top, bottom, left, middle, right = 750, 650, 60, 300, 540
    for y in (top, bottom):
        pdf.line(left, y, right, y)
    for x in (left, middle, right):
        pdf.line(x, top, x, bottom)
    _lines(pdf, left + 5, top - 14, [
        "PIEPRASĪTĀJS",
        "Vārds, uzvārds: Juris Zaķis",
        f"Personas kods: {R10F_JURIS}",
        "Tālrunis: 29 114 502",
        "Statuss: tēvs",
    ], size=9)
    _lines(pdf, middle + 5, top - 14, [
        "PERSONA, KURAI PIEPRASA PAKALPOJUMU",
        "Vārds, uzvārds: Kārlis Zaķis",
        f"Personas kods: {R10F_KARLIS}",
        "Adrese: Rīgas iela 5, Limbaži, LV-4001",
    ], size=9)
    _lines(pdf, 60, 620, [
        "Kārlim asistents nepieciešams, lai nokļūtu skolā un atpakaļ.",
        "2024. g. 5. sept.    Paraksts: ______________",
    ], size=10)


def r10f_certificate_given_to_the_parent(pdf: canvas.Canvas) -> None:
    """A school's note given to the parent ("Izsniegta Jurim Zaķim") about the child the
    kinship noun introduces ("viņa dēls Kārlis Zaķis (personas kods ...) mācās")."""
    _text(pdf, 170, 800, "LIMBAŽU 3. PAMATSKOLA", 13, bold=True)
    _text(pdf, 160, 784, "Parka iela 2, Limbaži, LV-4001", 9)
    _text(pdf, 60, 755, "2024. g. 4. sept.", 10)
    _text(pdf, 400, 755, "Nr. 1-11/42", 10)
    _text(pdf, 260, 725, "Izziņa", 12, bold=True)
    _lines(pdf, 60, 700, [
        "Izsniegta Jurim Zaķim par to, ka viņa dēls Kārlis Zaķis (personas kods",
        f"{R10F_KARLIS}) 2024./2025. mācību gadā mācās Limbažu 3. pamatskolas 5.a",
        "klasē pamatizglītības programmā.",
        "Direktore Inga Lāce",
    ], size=10)


CASES.update({
    "r10f_blocks_in_cells.pdf": (r10f_blocks_in_cells, "application", {
        "applicant_name": "Juris Zaķis", "client_name": "Kārlis Zaķis",
        "client_personal_code": R10F_KARLIS}),
    "r10f_certificate_given_to_the_parent.pdf": (
        r10f_certificate_given_to_the_parent, "school_certificate", {
            "person_name": "Kārlis Zaķis", "personal_code": R10F_KARLIS}),
})

R10F_INESE = personal_code("1909671234")
R10F_ARTURS = personal_code("0208891456")


def r10f_unit_under_its_founder(pdf: canvas.Canvas) -> None:
    """A letterhead of two rows: the founder ("... pašvaldības aģentūra „Sociālais centrs”")
    over its day centre with a name of its own, the centre's row running on into its
    address: the day centre is the issuer."""
    _text(pdf, 60, 800, "Alūksnes novada pašvaldības aģentūra „Sociālais centrs”", 12)
    _text(pdf, 60, 784, "Dienas aprūpes centrs „Pūpoli” · Pils iela 4, Alūksne", 12)
    _text(pdf, 130, 750, "APLIECINĀJUMS PAR DIENAS APRŪPES CENTRA APMEKLĒJUMU", 11, bold=True)
    _lines(pdf, 60, 720, [
        f"Klients: Inese Rudzīte, p. k. {R10F_INESE}",
        "Centru apmeklē kopš 2020. gada marta, no pirmdienas līdz piektdienai.",
        "Alūksnē, 12.03.2021.",
        "Centra vadītāja Ilze Priede",
    ], size=10)


def r10f_department_of_a_hospital(pdf: canvas.Canvas) -> None:
    """A hospital's letterhead with its department on the row under it: the department,
    named only by its kind, is part of the hospital, the issuer."""
    _text(pdf, 60, 800, "SIA „Madonas Ezermalas slimnīca”", 12)
    _text(pdf, 60, 784, "Rehabilitācijas nodaļa", 12)
    _text(pdf, 60, 770, "Parka iela 8, Madona, LV-4801", 9)
    _text(pdf, 250, 740, "APLIECINĀJUMS", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Pacients Artūrs Klāvs, p.k. {R10F_ARTURS}, saņem ārstnieciskās vingrošanas",
        "procedūras mūsu nodaļā divas reizes nedēļā.",
        "Madonā, 14.05.2024.",
        "Nodaļas vadītāja I. Ozoliņa",
    ], size=10)


def r10f_letterhead_beside_its_dateline(pdf: canvas.Canvas) -> None:
    """The issuer's name and the dated place on one row ("Limbažu tautas nams  |  Limbažos,
    2024. gada 3. maijā"): the name is the words left of the gap; a people's house is
    leisure; its studio's name in quotes is not the issuer."""
    _text(pdf, 60, 800, "Limbažu tautas nams", 11)
    _text(pdf, 400, 800, "Limbažos, 2024. gada 3. maijā", 11)
    _text(pdf, 60, 786, "Torņa iela 3, Limbaži, LV-4001", 8)
    _text(pdf, 250, 755, "Apliecinājums", 12, bold=True)
    _lines(pdf, 60, 725, [
        f"Limbažu tautas nams apliecina, ka Artūrs Klāvs (personas kods {R10F_ARTURS}) 2023./2024.",
        "sezonā apmeklē gleznošanas studiju „Ota” trešdienās no plkst. 17:00 līdz 19:00.",
        "Tautas nama vadītāja G. Liepa",
    ], size=10)


def r10f_company_over_its_register_line(pdf: canvas.Canvas) -> None:
    """An employer's name in capitals with its register line under it ("Reģistrācijas
    numurs ..."): the sentence's "mūsu uzņēmuma" names no employer, and the name does not run
    on into the next line's label."""
    _text(pdf, 60, 800, "SIA ZIEMEĻKRASTA DĀRZI", 13, bold=True)
    _text(pdf, 60, 784, "Reģistrācijas numurs 40203111222", 9)
    _text(pdf, 60, 770, "Jūras iela 3, Salacgrīva, LV-4033", 9)
    _text(pdf, 60, 740, "Salacgrīvā, 2021.g. 7.aprīlī", 10)
    _text(pdf, 200, 710, "Apliecinājums par darba attiecībām", 12, bold=True)
    _lines(pdf, 60, 680, [
        f"Ar šo apliecinām, ka Inese Rudzīte, personas kods {R10F_INESE}, ir mūsu",
        "uzņēmuma darbiniece kopš 2020. gada 17. augusta un strādā par dārznieci.",
        "Valdes loceklis A. Kalniņš",
    ], size=10)


CASES.update({
    "r10f_unit_under_its_founder.pdf": (r10f_unit_under_its_founder, "activity_certificate", {
        "institution_name": "Dienas aprūpes centrs Pūpoli"}),
    "r10f_department_of_a_hospital.pdf": (
        r10f_department_of_a_hospital, "activity_certificate", {
            "institution_name": "SIA Madonas Ezermalas slimnīca"}),
    "r10f_letterhead_beside_its_dateline.pdf": (
        r10f_letterhead_beside_its_dateline, "activity_certificate", {
            "institution_name": "Limbažu tautas nams", "activity_kind": "leisure"}),
    "r10f_company_over_its_register_line.pdf": (
        r10f_company_over_its_register_line, "employer_certificate", {
            "employer_name": "SIA Ziemeļkrasta Dārzi"}),
})


def r10f_header_rows_over_values(pdf: canvas.Canvas) -> None:
    """Labels in header rows with the values on the row under them: "Amats | Darba attiecības
    no" over "pārdevēja | 06.01.2020.": the heading beside a label is no value."""
    _text(pdf, 60, 800, "SIA „Kurzemes Grāmatnīca”", 12, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 40003456789 · Lielā iela 5, Kuldīga, LV-3301", 8)
    _text(pdf, 260, 755, "IZZIŅA", 12, bold=True)
    _text(pdf, 60, 735, "Kuldīgā, 26/02/2021", 10)
    rows = [(710, "Darbinieks", "Personas kods"), (696, "Inese Rudzīte", R10F_INESE),
            (676, "Amats", "Darba attiecības no"), (662, "pārdevēja", "06.01.2020.")]
    for y, left, right in rows:
        _text(pdf, 60, y, left, 10)
        _text(pdf, 300, y, right, 10)
    _lines(pdf, 60, 635, [
        "Izziņa izsniegta pēc darbinieces lūguma iesniegšanai Sociālajā dienestā.",
        "Valdes locekle I. Kalniņa",
    ], size=10)


CASES.update({
    "r10f_header_rows_over_values.pdf": (
        r10f_header_rows_over_values, "employer_certificate", {
            "position": "pārdevēja", "employed_since": "2020-01-06"}),
})


def r10f_heading_pairs_over_values(pdf: canvas.Canvas) -> None:
    """A college's note in rows of two headings over two values ("Studiju programma |
    Kvalifikācija" over "Grāmatvedība (41344) | grāmatvedis"), dated beside its title after a
    "·": the heading beside a label is no value, the dated title line is the paper's date."""
    _text(pdf, 60, 800, "VIDZEMES BIZNESA KOLEDŽA", 13, bold=True)
    _text(pdf, 60, 786, "Rīgas iela 2, Valmiera, LV-4201 · tālr. 64 200 100", 8)
    _text(pdf, 60, 760, "IZZIŅA Nr. 2022/15 · 2022.g. 10.martā", 11, bold=True)
    rows = [("Studējošā", "Personas kods"), ("Inese Rudzīte", R10F_INESE),
            ("Studiju programma", "Kvalifikācija"), ("Grāmatvedība (41344)", "grāmatvedis"),
            ("Plānotais studiju beigu datums", "Nodarbības"),
            ("30.06.2023.", "20 kontaktstundas nedēļā")]
    for i, (left, right) in enumerate(rows):
        _text(pdf, 60, 730 - i * 16, left, 10)
        _text(pdf, 300, 730 - i * 16, right, 10)
    _text(pdf, 60, 620, "Studiju daļas vadītāja M. Liepa", 10)


def r10f_dotted_leaders(pdf: canvas.Canvas) -> None:
    """Labels joined to their values by dotted leaders; a sentence's label ("Mācības
    beigsies ........ 30.06.2023.") reads its date across them."""
    _text(pdf, 60, 800, "Madonas Amatu vidusskola", 13, bold=True)
    _text(pdf, 60, 786, "Skolas iela 1, Madona, LV-4801", 9)
    _text(pdf, 260, 760, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Madonā, 2022.g. 1.aprīlī",
        "Izglītojamais ........................ Artūrs Klāvs",
        f"Personas kods ..................... {R10F_ARTURS}",
        "Izglītības programma .......... Mežsaimniecība",
        "Mācības beigsies ................. 30.06.2023.",
        "Direktors R. Ozols",
    ], size=10)


CASES.update({
    "r10f_heading_pairs_over_values.pdf": (
        r10f_heading_pairs_over_values, "school_certificate", {
            "person_name": "Inese Rudzīte", "programme": "Grāmatvedība",
            "study_until": "2023-06-30", "issued_on": "2022-03-10"}),
    "r10f_dotted_leaders.pdf": (r10f_dotted_leaders, "school_certificate", {
        "study_until": "2023-06-30"}),
})


def r10f_programme_after_its_kind(pdf: canvas.Canvas) -> None:
    """"izglītības programmā Speciālās pamatizglītības programma izglītojamajiem ar ... 21015311":
    the generic kind before the capitalised name is not the name, the code after whom it is
    for ends it."""
    _text(pdf, 60, 800, "Limbažu Vilkmuižas pamatskola", 13, bold=True)
    _text(pdf, 60, 786, "Parka iela 2, Limbaži, LV-4001", 9)
    _text(pdf, 60, 760, "Limbažos 06.09.2024.", 10)
    _text(pdf, 260, 735, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Apliecinām, ka Artūrs Klāvs, personas kods {R10F_ARTURS}, 2024./2025. mācību gadā",
        "mācās 3. klasē, izglītības programmā Speciālās pamatizglītības programma",
        "izglītojamajiem ar valodas traucējumiem 21015511.",
        "Mācību gads beidzas 2025. gada 30. maijā.",
        "Direktors J. Ozols",
    ], size=10)


def r10f_programme_code_in_groups(pdf: canvas.Canvas) -> None:
    """A music school's programme printed with its code in groups ("Vijoļspēle 20V 212 01 1");
    "profesionālās ievirzes izglītība" is no vocational education (the longer phrase wins)."""
    _text(pdf, 60, 800, "Limbažu mūzikas skola", 13, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 4376900000 · Torņa iela 5, Limbaži, LV-4001", 8)
    _text(pdf, 60, 760, "Limbažos 05.04.2024.", 10)
    _text(pdf, 260, 735, "IZZIŅA", 12, bold=True)
    rows = [("Audzēknis", "Artūrs Klāvs"), ("Personas kods", R10F_ARTURS),
            ("Programma", "Vijoļspēle 20V 212 01 1"),
            ("Izglītības veids", "profesionālās ievirzes izglītība, 3. klase"),
            ("Programmas apguve līdz", "31.05.2027.")]
    for i, (left, right) in enumerate(rows):
        _text(pdf, 60, 710 - i * 16, left, 10)
        _text(pdf, 230, 710 - i * 16, right, 10)
    _text(pdf, 60, 630, "Direktore L. Liepa", 10)


CASES.update({
    "r10f_programme_code_in_groups_level.pdf": (r10f_programme_code_in_groups,
                                                "school_certificate", {
        "education_level": "general"}),
    "r10f_programme_after_its_kind.pdf": (r10f_programme_after_its_kind, "school_certificate", {
        "programme": "Speciālās pamatizglītības programma izglītojamajiem ar valodas "
                     "traucējumiem"}),
    "r10f_programme_code_in_groups.pdf": (r10f_programme_code_in_groups, "school_certificate", {
        "programme": "Vijoļspēle"}),
})


def r10f_level_across_the_line(pdf: canvas.Canvas) -> None:
    """"studē pirmā līmeņa profesionālās" / "augstākās izglītības programmā": the level named
    in a sentence runs on over the line end (a college's higher education)."""
    _text(pdf, 60, 800, "Vidzemes Tehnikas koledža", 13, bold=True)
    _text(pdf, 60, 786, "Rīgas iela 9, Valmiera, LV-4201", 9)
    _text(pdf, 60, 765, "Valmierā, 22.01.2024.", 10)
    _text(pdf, 260, 740, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 715, [
        f"Koledža apliecina, ka Artūrs Klāvs ({R10F_ARTURS}) studē pirmā līmeņa profesionālās",
        "augstākās izglītības programmā „Mehatronika” nepilna laika grupā.",
        "Studiju beigas 31.01.2026.",
        "Direktore D. Liepa",
    ], size=10)


CASES.update({
    "r10f_level_across_the_line.pdf": (r10f_level_across_the_line, "school_certificate", {
        "education_level": "higher"}),
})


def r10f_day_in_quotes(pdf: canvas.Canvas) -> None:
    """A form's date line filled in by its blanks: the day between quotation marks ("„9.”
    aprīļa 2024. g."), the signature beside it."""
    _text(pdf, 60, 800, "Limbažu novada Sociālais dienests", 11)
    _text(pdf, 60, 786, "Rīgas iela 16, Limbaži, LV-4001", 9)
    _text(pdf, 250, 755, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 190, 740, "asistenta pakalpojuma saņemšanai", 10)
    rows = [("Iesniedzēja vārds, uzvārds", "Inese Rudzīte"), ("Personas kods", R10F_INESE),
            ("Deklarētā dzīvesvieta", "Parka iela 3-5, Limbaži, LV-4001")]
    for i, (left, right) in enumerate(rows):
        _text(pdf, 60, 715 - i * 16, left, 10)
        _text(pdf, 250, 715 - i * 16, right, 10)
    _lines(pdf, 60, 650, [
        "Lūdzu piešķirt man asistenta pakalpojumu nokļūšanai darbā.",
    ], size=10)
    _text(pdf, 60, 610, "„9.” aprīļa 2024. g.", 10)
    _text(pdf, 330, 610, "____________________ (paraksts)", 10)


CASES.update({
    "r10f_day_in_quotes.pdf": (r10f_day_in_quotes, "application", {
        "submitted_on": "2024-04-09"}),
})


def r10f_ward_in_a_table_row(pdf: canvas.Canvas) -> None:
    """An orphan court's note naming the guardian in its sentence and the ward in a table
    row under it ("Vārds, uzvārds | Dzimšanas datums | Personas kods | Dzīvesvieta"): the name
    opening the row holding the ward's code is the ward's."""
    _text(pdf, 60, 800, "LIMBAŽU NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 60, 786, "Rīgas iela 16, Limbaži, LV-4001", 9)
    _text(pdf, 60, 760, "03.04.2024. Nr. 1-9/24/12", 10)
    _text(pdf, 260, 735, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Limbažu novada bāriņtiesa apliecina, ka Inese Rudzīte, personas kods {R10F_INESE},",
        "saskaņā ar Limbažu novada bāriņtiesas 2021. gada 9. novembra lēmumu Nr. 1-8/21/23",
        "par aizbildņa iecelšanu ir šādas nepilngadīgas personas aizbildne:",
    ], size=10)
    heads = [(60, "Vārds, uzvārds"), (180, "Dzimšanas datums"), (300, "Personas kods"),
             (400, "Dzīvesvieta")]
    cells = [(60, "Kalvis Rudzītis"), (180, "09.03.2016."), (300, R10F_KALVIS),
             (400, "Parka iela 3-5, Limbaži")]
    for x, text in heads:
        _text(pdf, x, 655, text, 9)
    for x, text in cells:
        _text(pdf, x, 640, text, 9)
    _text(pdf, 60, 610, "Bāriņtiesas priekšsēdētāja M. Kalniņa", 10)


CASES.update({
    "r10f_ward_in_a_table_row.pdf": (r10f_ward_in_a_table_row, "representation_document", {
        "person_name": "Kalvis Rudzītis", "personal_code": R10F_KALVIS,
        "representative_name": "Inese Rudzīte"}),
})


def r10f_start_with_a_short_year(pdf: canvas.Canvas) -> None:
    """"viņš no 02.11.20. strādā ...": where a start is expected, a two-digit year is read."""
    _text(pdf, 60, 800, "LIMBAŽU NOVADA PAŠVALDĪBAS VIĻĶENES PAGASTA PĀRVALDE", 11, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 90000012345, Skolas iela 1, Viļķene, LV-4050", 8)
    _text(pdf, 60, 760, "08.01.2024. Nr. 2.1-7/24/3", 10)
    _text(pdf, 250, 735, "Par darba attiecībām", 11, bold=True)
    _lines(pdf, 60, 710, [
        f"Pārvalde izsniedz šo izziņu Artūram Klāvam, personas kods {R10F_ARTURS}, par to,",
        "ka viņš no 02.11.20. strādā pārvaldē par lietvedi.",
        "Pārvaldes vadītājs A. Liepa",
    ], size=10)


def r10f_relations_established(pdf: canvas.Canvas) -> None:
    """"Darba attiecības nodibinātas ar 2023. gada 2. oktobra darba līgumu": the start of the
    employment is the contract's date."""
    _text(pdf, 60, 800, "SIA Limbažu Kontaktcentrs", 12, bold=True)
    _text(pdf, 60, 786, "Rīgas iela 2, Limbaži, LV-4001", 9)
    _text(pdf, 400, 786, "27.09.2024. Nr. 1-12/9", 9)
    _text(pdf, 200, 760, "Izziņa par darba attiecībām", 11, bold=True)
    _lines(pdf, 60, 735, [
        f"1. Inese Rudzīte, personas kods {R10F_INESE}, ir SIA Limbažu Kontaktcentrs darbiniece.",
        "2. Darba attiecības nodibinātas ar 2023. gada 2. oktobra darba līgumu Nr. DL-23/7.",
        "Personāla vadītāja D. Ūsiņa",
    ], size=10)


def r10f_date_wrapped_at_line_end(pdf: canvas.Canvas) -> None:
    """"Studiju plānotais beigu datums: 2025. gada" / "30. jūnijs.": a labelled date wrapped
    at the line end; "Izglītojamā:" labels the student."""
    _text(pdf, 60, 800, "Vidzemes Lietišķo zinātņu augstskola", 12, bold=True)
    _text(pdf, 60, 786, "Lielā iela 4, Valmiera, LV-4201", 9)
    _text(pdf, 60, 765, "Valmierā, 16.09.2024.", 10)
    _text(pdf, 260, 740, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 715, [
        "Izglītojamā: Inese Rudzīte",
        f"Personas kods: {R10F_INESE}",
        "Studē profesionālā bakalaura studiju programmā „Tūrisms” pilna laika klātienē.",
        "Nodarbības notiek vidēji 20 kontaktstundas nedēļā. Studiju plānotais beigu datums: "
        "2025. gada",
        "30. jūnijs.",
        "Studiju daļas vadītāja I. Mežule",
    ], size=9)


CASES.update({
    "r10f_start_with_a_short_year.pdf": (r10f_start_with_a_short_year, "employer_certificate", {
        "employed_since": "2020-11-02"}),
    "r10f_relations_established.pdf": (r10f_relations_established, "employer_certificate", {
        "employed_since": "2023-10-02"}),
    "r10f_date_wrapped_at_line_end.pdf": (r10f_date_wrapped_at_line_end, "school_certificate", {
        "person_name": "Inese Rudzīte", "study_until": "2025-06-30"}),
})


def r10f_question_then_answer_below(pdf: canvas.Canvas) -> None:
    """A question running on past the asked words to its "?" ("Vai saņemat valsts pabalstu
    par asistenta izmantošanu?"), answered on the line under it ("Nē")."""
    _text(pdf, 60, 800, "Limbažu novada Sociālais dienests", 11)
    _text(pdf, 250, 770, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 190, 755, "asistenta pakalpojuma saņemšanai", 10)
    _lines(pdf, 60, 725, [
        "Vārds, uzvārds: Inese Rudzīte",
        f"Personas kods: {R10F_INESE}",
        "Lūdzu asistentu darba vietas apmeklēšanai.",
        "Vai saņemat valsts pabalstu par asistenta izmantošanu?",
        "Nē",
        "Datums: 2021.g. 2.martā",
    ], size=10)


def r10f_options_under_the_question(pdf: canvas.Canvas) -> None:
    """A commission's opinion asking "Asistenta pakalpojums izglītības iestādē:" with typed
    boxes on the line under it ("[x] ir nepieciešams [ ] nav nepieciešams"), the next
    question's "nav" not its answer."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 11, bold=True)
    _text(pdf, 60, 786, "Vidzemes reģionālā nodaļa", 10)
    _text(pdf, 60, 760, "ATZINUMS Nr. VID-24-1111", 11, bold=True)
    _text(pdf, 60, 745, "Valmierā, 2024. gada 20. augustā", 10)
    rows = [("Bērns", f"Kalvis Rudzītis, p. k. {R10F_KALVIS}"), ("Lēmums", "bērns ar invaliditāti"),
            ("Termiņš", "no 20.08.2024. līdz 20.08.2026.")]
    for i, (left, right) in enumerate(rows):
        _text(pdf, 60, 720 - i * 15, left, 10)
        _text(pdf, 200, 720 - i * 15, right, 10)
    _lines(pdf, 60, 665, [
        "Asistenta pakalpojums izglītības iestādē:",
        "[x] ir nepieciešams [ ] nav nepieciešams",
        "Īpaša kopšana:",
        "[ ] ir nepieciešama [x] nav nepieciešama",
        "Komisijas vadītājs J. Ozols",
    ], size=10)


CASES.update({
    "r10f_question_then_answer_below.pdf": (
        r10f_question_then_answer_below, "application", {"receives_assistant_benefit": False}),
    "r10f_options_under_the_question.pdf": (
        r10f_options_under_the_question, "commission_opinion", {
            "assistant_needed": True, "special_care_needed": False}),
})


def r10f_notarial_power_of_attorney(pdf: canvas.Canvas) -> None:
    """A power of attorney dated in words by its notary ("divi tūkstoši divdesmit otrā gada
    piecpadsmitajā martā"): who gives it speaks ("Es, ..."), the one authorised stands after
    "pilnvaroju savu meitu"; a power of attorney that cites no other act is its own basis,
    "pilnvara" (fixtures/unseen_conventions.md), however its notary registered it."""
    _text(pdf, 260, 800, "PILNVARA", 13, bold=True)
    _lines(pdf, 60, 775, [
        "Limbažos, divi tūkstoši divdesmit otrā gada piecpadsmitajā martā",
        f"Es, Juris Zaķis, personas kods {R10F_JURIS}, dzīvesvieta Parka iela 3, Limbaži,",
        f"ar šo pilnvaroju savu meitu Inesi Rudzīti, personas kods {R10F_INESE}, pārstāvēt",
        "mani Limbažu novada Sociālajā dienestā visos jautājumos, kas saistīti ar asistenta",
        "pakalpojuma pieprasīšanu un saņemšanu.",
        "Pilnvara izdota uz diviem gadiem bez pārpilnvarojuma tiesībām.",
        "Pilnvaras devējs: Juris Zaķis",
        "Es, zvērināts notārs Andris Liepa, Limbažos, apliecinu pilnvaras devēja parakstu.",
        "Reģistrā Nr. 2210.",
    ], size=10)


CASES.update({
    "r10f_notarial_power_of_attorney.pdf": (
        r10f_notarial_power_of_attorney, "representation_document", {
            "representative_name": "Inese Rudzīte", "representative_personal_code": R10F_INESE,
            "person_name": "Juris Zaķis", "personal_code": R10F_JURIS,
            "issued_on": "2022-03-15",
            "basis": "pilnvara"}),
})


def r10f_farm_named_as_itself(pdf: canvas.Canvas) -> None:
    """A farm's letterhead "Zemnieku saimniecība „Ozollejas”" and its sentence ("strādā mūsu
    saimniecībā"): the employer is named as it names itself, not abbreviated to "ZS"."""
    _text(pdf, 60, 800, "Zemnieku saimniecība „Ozollejas”", 13, bold=True)
    _text(pdf, 60, 786, "Viļķenes pagasts, Limbažu novads, LV-4050", 9)
    _text(pdf, 260, 760, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 735, [
        f"Zemnieku saimniecība „Ozollejas” apstiprina, ka Artūrs Klāvs (p. k. {R10F_ARTURS})",
        "strādā mūsu saimniecībā par lopkopi kopš 2019. gada 15. aprīļa.",
        "Viļķenē, 2024. gada 3. maijā",
        "Īpašnieks J. Ozols",
    ], size=10)


CASES.update({
    "r10f_farm_named_as_itself.pdf": (r10f_farm_named_as_itself, "employer_certificate", {
        "employer_name": "Zemnieku saimniecība Ozollejas"}),
})


def r10f_abbreviated_opinion(pdf: canvas.Canvas) -> None:
    """A commission opinion in an older abbreviated layout: "Asist. pak. pašv.: | nepieciešams"
    answers whether an assistant is needed."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 11, bold=True)
    _text(pdf, 60, 786, "Vidzemes nodaļa · Rīgas iela 4, Valmiera", 9)
    _text(pdf, 60, 760, "ATZINUMS Nr. V-20/1234", 11, bold=True)
    _text(pdf, 60, 745, "izd. 15.04.2020.", 10)
    rows = [("Vārds, uzv.:", "Artūrs Klāvs"), ("P.k.:", R10F_ARTURS),
            ("Invaliditātes gr.:", "II"), ("Noteikta no:", "15.04.2020."),
            ("Term.:", "2 g. (līdz 14.04.2022.)"), ("Asist. pak. pašv.:", "nepieciešams"),
            ("Transp. pab.:", "ir medic. indikācijas")]
    for i, (left, right) in enumerate(rows):
        _text(pdf, 60, 720 - i * 15, left, 10)
        _text(pdf, 200, 720 - i * 15, right, 10)
    _text(pdf, 60, 600, "Ekspertārsts A. Liepa", 10)


CASES.update({
    "r10f_abbreviated_opinion.pdf": (r10f_abbreviated_opinion, "commission_opinion", {
        "assistant_needed": True}),
})


# --- round 10: timesheets in other shapes (r10-sheets) -----------------------------------------

R10S_ARVIS = personal_code("0705821234")
R10S_SKAIDRITE = personal_code("1912701456")


def r10s_calendar(pdf: canvas.Canvas) -> None:
    """A month drawn as a calendar: the weekdays across, a week to a line, each cell the day's
    number with its from-to and a short form the legend explains; the week's number before
    the days and its total after them. A studio's afternoon is leisure."""
    _text(pdf, 40, 800, "Asistenta darba laika uzskaite - 2022. gada novembris", 11, bold=True)
    _text(pdf, 40, 780, f"Klients: Arvis Ozoliņš, p.k. {R10S_ARVIS}", 9)
    _text(pdf, 330, 780, f"Asistente: Skaidrīte Kļaviņa, p.k. {R10S_SKAIDRITE}", 9)
    xs = [30, 75, 165, 255, 345, 435, 525]
    heads = ["Ned.", "P.", "O.", "T.", "C.", "Pk.", "Kopā"]
    weeks = [
        ["44.", "", "1. 08.00-10.00 S", "2.", "3. 14.00-15.30 K", "4.", "3,5"],
        ["45.", "7.", "8. 08.00-10.00 S", "9.", "10.", "11.", "2"],
    ]
    for x, head in zip(xs, heads, strict=True):
        _text(pdf, x, 760, head, 9)
    y = 744
    for week in weeks:
        for x, cell in zip(xs, week, strict=True):
            if cell:
                _text(pdf, x, y, cell, 8)
        y -= 18
    _text(pdf, 40, y - 6, "Apzīmējumi: S - skola, K - keramikas studija", 8)
    _text(pdf, 40, y - 20, "Kopā mēnesī: 5,5 stundas", 9)


def r10s_lunch_break(pdf: canvas.Canvas) -> None:
    """A sheet whose month is in figures in its title ("11/2022"), whose rows write a lunch
    break beside the from-to and the hours worked after it, a specialised workshop's days, a
    doctor's visit without a break and a workshop the row says is work ("darbnīca (darbs)")."""
    _text(pdf, 40, 800, "Asistenta darba laika uzskaite 11/2022", 12, bold=True)
    _text(pdf, 40, 780, f"Klients: Arvis Ozoliņš, p. k. {R10S_ARVIS}", 9)
    _text(pdf, 40, 766, f"Asistente: Skaidrīte Kļaviņa, p. k. {R10S_SKAIDRITE}", 9)
    xs = [40, 100, 160, 220, 290, 340]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Pārtr.", "Stundas", "Kur"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["08.11.", "08:30", "14:00", "0:30", "5", "darbnīca"],
            ["09.11.", "08:30", "14:00", "0:30", "5", "darbnīca"],
            ["10.11.", "13:00", "14:30", "—", "1,5", "zobārsts"],
            ["11.11.", "08:00", "12:00", "—", "4", "darbnīca (darbs)"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Kopā stundas: 15,5", 9)


def r10s_short_year(pdf: canvas.Canvas) -> None:
    """Rows dated with the year in two digits ("14.02.22."), the from-to in words, the hours
    as "1 st. 30 min."."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITES LAPA", 12, bold=True)
    _text(pdf, 40, 784, "2022. gada februāris", 10)
    _text(pdf, 40, 766, f"Klients: Arvis Ozoliņš ({R10S_ARVIS})", 9)
    _text(pdf, 40, 752, f"Asistents: Skaidrīte Kļaviņa ({R10S_SKAIDRITE})", 9)
    xs = [40, 110, 260, 340]
    for x, head in zip(xs, ["Datums", "Laiks", "Ilgums", "Mērķis"], strict=True):
        _text(pdf, x, 730, head, 9)
    rows = [["14.02.22.", "no plkst. 9.00 līdz 10.30", "1 st. 30 min.", "dienas centrs"],
            ["16.02.22.", "no plkst. 7.45 līdz 8.30", "45 min.", "darbs"]]
    y = 714
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Kopā: 2 st. 15 min.", 9)


def r10s_joint_label(pdf: canvas.Canvas) -> None:
    """One label for the client's name and code ("Pakalpojuma saņēmējs, p.k.") with both
    after it, the name written in small letters as a hand would: the code is the line's."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITES LAPA", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2022. gada marts", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs, p.k.   ozoliņš arvis   {R10S_ARVIS}", 9)
    _text(pdf, 40, 752, f"Asistents, p.k.   Skaidrīte Kļaviņa   {R10S_SKAIDRITE}", 9)
    xs = [40, 110, 180, 250, 320]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"], strict=True):
        _text(pdf, x, 730, head, 9)
    _text(pdf, 40, 714, "07.03.", 9)
    for x, cell in zip(xs[1:], ["13.00", "15.00", "2", "darbs"], strict=True):
        _text(pdf, x, 714, cell, 9)
    _text(pdf, 40, 690, "Kopā: 2", 9)


CASES.update({
    "r10s_joint_label.pdf": (r10s_joint_label, "timesheet", {
        "month": "2022-03", "client_personal_code": R10S_ARVIS,
        "assistant_personal_code": R10S_SKAIDRITE, "total_hours": 2}),
    "r10s_calendar.pdf": (r10s_calendar, "timesheet", {
        "month": "2022-11", "client_personal_code": R10S_ARVIS,
        "entries": [
            {"date": "2022-11-01", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": "education"},
            {"date": "2022-11-03", "start": "14:00", "end": "15:30", "hours": 1.5,
             "activity": "leisure"},
            {"date": "2022-11-08", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": "education"},
        ],
        "total_hours": 5.5}),
    "r10s_lunch_break.pdf": (r10s_lunch_break, "timesheet", {
        "month": "2022-11", "client_personal_code": R10S_ARVIS,
        "entries": [
            {"date": "2022-11-08", "start": "08:30", "end": "14:00", "hours": 5,
             "activity": "day_centre"},
            {"date": "2022-11-09", "start": "08:30", "end": "14:00", "hours": 5,
             "activity": "day_centre"},
            {"date": "2022-11-10", "start": "13:00", "end": "14:30", "hours": 1.5,
             "activity": "institutions"},
            {"date": "2022-11-11", "start": "08:00", "end": "12:00", "hours": 4,
             "activity": "work"},
        ],
        "total_hours": 15.5}),
    "r10s_short_year.pdf": (r10s_short_year, "timesheet", {
        "month": "2022-02", "client_personal_code": R10S_ARVIS,
        "entries": [
            {"date": "2022-02-14", "start": "09:00", "end": "10:30", "hours": 1.5,
             "activity": "day_centre"},
            {"date": "2022-02-16", "start": "07:45", "end": "08:30", "hours": 0.75,
             "activity": "work"},
        ],
        "total_hours": 2.25}),
})


# --- round 10, hours said as a schedule (r10h_) ----------------------------------------------
R10H_AGITA = personal_code("1502831236")
R10H_OTTO = personal_code("0709121457")
R10H_LIGITA = personal_code("2811791348")
R10H_ERVINS = personal_code("1903761569")
R10H_NELLIJA = personal_code("0612941672")


def r10h_whole_hours_on_workdays(pdf: canvas.Canvas) -> None:
    """Working time said as whole hours ('no plkst. 10 līdz 14') on the working days: 4 h
    times five days, not the clock's 10."""
    _text(pdf, 60, 800, "SIA „Zīļu Maiznīca”", 13, bold=True)
    _text(pdf, 60, 784, "Ezera iela 3, Smiltene, LV-4729, reģ. Nr. 44103077215", 9)
    _text(pdf, 250, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Agita Vējiņa, personas kods {R10H_AGITA}, strādā SIA „Zīļu Maiznīca”",
        "par konditori kopš 2023. gada 9. janvāra.",
        "Darba laiks: no plkst. 10 līdz 14 darba dienās.",
    ], size=10)
    _text(pdf, 60, 630, "Smiltenē, 2024. gada 12. aprīlī", 10)
    _text(pdf, 60, 614, "Valdes loceklis                   R. Zīle", 10)


def r10h_visits_with_minutes(pdf: canvas.Canvas) -> None:
    """A volume said as visits a week in one word ('trīsreiz') each of hours and minutes
    ('pa 2 st. 30 min.'): 7.5 a week."""
    _text(pdf, 150, 800, "Smiltenes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 190, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 400, 750, "03.02.2025.", 10)
    _lines(pdf, 60, 720, [
        f"Klients: Ervīns Dūmiņš, personas kods {R10H_ERVINS}",
        "Mērķa grupa: persona ar garīga rakstura traucējumiem",
        "Ieteicamais apjoms: trīsreiz nedēļā pa 2 st. 30 min.",
        "Pakalpojuma termiņš: 4 mēneši.",
    ], size=10)


def r10h_score_total_is_no_hours(pdf: canvas.Canvas) -> None:
    """An assessment's table of scores closes with 'Kopā | 11 no 25': points out of the most,
    not the weekly hours the conclusion names."""
    _text(pdf, 150, 800, "Smiltenes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 775, "Sociālā darbinieka izvērtējums", 12, bold=True)
    _lines(pdf, 60, 745, [
        f"Klients: Nellija Grava, personas kods {R10H_NELLIJA}",
        "Mērķa grupa: ģimene ar bērniem",
    ], size=10)
    bottom = _grid(pdf, 60, 700, [260, 120], [
        ["Joma", "Vērtējums (1–5)"],
        ["Mājoklis", "2"],
        ["Finanses", "1"],
        ["Bērnu aprūpe", "3"],
        ["Kopā", "11 no 25"],
    ])
    _lines(pdf, 60, bottom - 30, [
        "Secinājumi: ģimenei nepieciešams ģimenes asistenta pakalpojums 6 stundas nedēļā,",
        "pakalpojuma ilgums – 5 mēneši.",
        "Smiltenē, 14.02.2025.                 Sociālā darbiniece A. Lapa",
    ], size=10)


def r10h_days_beside_a_day(pdf: canvas.Canvas) -> None:
    """A school's hours as a day's and the count of days ('5 st. dienā, 4 dienas'), the week
    not named: 20 a week."""
    _text(pdf, 60, 800, "Smiltenes Mežmalas pamatskola", 12, bold=True)
    _text(pdf, 60, 784, "Meža iela 8, Smiltene, LV-4729", 9)
    _text(pdf, 250, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Apliecinām, ka Otto Vējiņš, personas kods {R10H_OTTO}, mācās mūsu skolas 5. klasē.",
        "Mācību laiks: 5 st. dienā, 4 dienas.",
    ], size=10)
    _text(pdf, 60, 640, "Smiltenē, 2024. gada 6. septembrī", 10)
    _text(pdf, 60, 624, "Direktore                         I. Kalna", 10)


def r10h_schedule_in_a_letter(pdf: canvas.Canvas) -> None:
    """A mother's letter saying when, not how many hours: the school every working day from 8
    to 13 ('katru darba dienu' is no work), the hours of a doctor's visit said before it in
    its sentence, a Sunday's dance group from 11 to 13 (a clock, not 11 hours)."""
    _text(pdf, 330, 800, "Smiltenes novada Sociālajam dienestam", 10)
    _text(pdf, 60, 770, f"Līgita Vējiņa (personas kods {R10H_LIGITA})", 10)
    _text(pdf, 60, 756, "Ezera iela 3-5, Smiltene, LV-4729, tālr. 26440018", 10)
    _text(pdf, 250, 720, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam Otto Vējiņam (personas kods",
        f"{R10H_OTTO}). Otto mācās Smiltenes Mežmalas pamatskolā; asistents vajadzīgs",
        "katru darba dienu no plkst. 8 līdz 13. Reizi nedēļā uz 3 st. viņu jāpavada pie ārsta.",
        "Svētdienās viņš apmeklē deju kolektīvu no plkst. 11 līdz 13.",
    ], size=10)
    _text(pdf, 60, 600, "Smiltenē, 2024. gada 9. septembrī")
    _text(pdf, 420, 600, "L. Vējiņa")


CASES.update({
    "r10h_whole_hours_on_workdays.pdf": (r10h_whole_hours_on_workdays, "employer_certificate", {
        "person_name": "Agita Vējiņa", "personal_code": R10H_AGITA, "hours_per_week": 20}),
    "r10h_visits_with_minutes.pdf": (r10h_visits_with_minutes, "social_worker_opinion", {
        "personal_code": R10H_ERVINS, "hours_per_week": 7.5}),
    "r10h_score_total_is_no_hours.pdf": (r10h_score_total_is_no_hours, "social_worker_opinion", {
        "personal_code": R10H_NELLIJA, "hours_per_week": 6}),
    "r10h_days_beside_a_day.pdf": (r10h_days_beside_a_day, "school_certificate", {
        "personal_code": R10H_OTTO, "hours_per_week": 20}),
    "r10h_schedule_in_a_letter.pdf": (r10h_schedule_in_a_letter, "application", {
        "applicant_personal_code": R10H_LIGITA, "client_personal_code": R10H_OTTO,
        "activities": [{"kind": "education", "hours_per_week": 25},
                       {"kind": "institutions", "hours_per_week": 3},
                       {"kind": "leisure", "hours_per_week": 2}]}),
})


R10H_KARLIS = personal_code("2404871135")
R10H_SELGA = personal_code("1710651248")


def r10h_days_cut_short_in_a_table(pdf: canvas.Canvas) -> None:
    """A staff table with the hours as 'no' and 'līdz' columns (two clock times side by side)
    and the days cut short ('O.–Pk.'): 4 h on four days."""
    _text(pdf, 60, 800, "SIA „Gaujas Tīkli”", 13, bold=True)
    _text(pdf, 60, 784, "Upes iela 2, Strenči, LV-4730, reģ. Nr. 44103091174", 9)
    _text(pdf, 200, 750, "IZZIŅA PAR NODARBINĀTĪBU", 12, bold=True)
    _lines(pdf, 60, 720, ["SIA „Gaujas Tīkli” apliecina, ka darbinieks strādā uzņēmumā kopš",
                          "2021. gada 1. marta."], size=10)
    _grid(pdf, 60, 680, [110, 90, 80, 45, 45, 50], [
        ["Darbinieks", "Personas kods", "Amats", "no", "līdz", "dienas"],
        ["Kārlis Mežs", R10H_KARLIS, "tīklu meistars", "9:00", "13:00", "O.–Pk."],
    ], size=9)
    _text(pdf, 60, 600, "Strenčos, 2024. gada 3. maijā", 10)
    _text(pdf, 60, 584, "Valdes loceklis                   J. Upe", 10)


def r10h_unticked_day(pdf: canvas.Canvas) -> None:
    """A day centre's certificate listing the weekdays with boxes, three ticked, and one
    day's hours: the week is three days', not five."""
    _text(pdf, 60, 800, "Strenču novada Sociālais dienests", 11, bold=True)
    _text(pdf, 60, 784, "Dienas aprūpes centrs „Avoti”", 11)
    _text(pdf, 60, 750, "Apliecinājums par dienas aprūpes centra apmeklējumu", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Klients: Selga Mežale, personas kods {R10H_SELGA}",
        "Apmeklējuma dienas:",
        "[x] pirmdiena",
        "[ ] otrdiena",
        "[x] trešdiena",
        "[ ] ceturtdiena",
        "[x] piektdiena",
        "Laiks: no 10.00 līdz 14.00",
    ], size=10)
    _text(pdf, 60, 560, "Strenčos, 12.03.2024.          Centra vadītāja I. Rasa", 10)


def r10h_same_span_under_each_day(pdf: canvas.Canvas) -> None:
    """A week's grid with the days as columns and the same whole-hour span under each."""
    _text(pdf, 60, 800, "Dienas aprūpes centrs „Avoti”", 12, bold=True)
    _text(pdf, 60, 770, "APLIECINĀJUMS PAR APMEKLĒJUMU", 12, bold=True)
    _text(pdf, 60, 745, f"Klients: Kārlis Mežs, p. k. {R10H_KARLIS}", 10)
    _grid(pdf, 60, 720, [110, 120, 120, 120], [
        ["", "Pirmdiena", "Trešdiena", "Piektdiena"],
        ["Laiks", "no plkst. 10 līdz 12", "no plkst. 10 līdz 12", "no plkst. 10 līdz 12"],
    ], size=9)
    _text(pdf, 60, 640, "Strenčos, 19.04.2024.          Centra vadītāja I. Rasa", 10)


def r10h_heading_shared_with_the_client(pdf: canvas.Canvas) -> None:
    """A numbered form whose client block is headed 'Persona, kurai nepieciešams asistents'
    (words of the activities' heading too); the activities stand under their own heading
    later: a specialised workshop from Tuesday to Thursday and a pool's hours a week."""
    _text(pdf, 60, 800, "Strenču novada Sociālais dienests", 10)
    _text(pdf, 150, 775, "Iesniegums asistenta pakalpojuma saņemšanai", 12, bold=True)
    _grid(pdf, 60, 750, [40, 150, 260], [
        ["1.", "Persona, kurai nepieciešams asistents", ""],
        ["1.1.", "Vārds, uzvārds", "Kārlis Mežs"],
        ["1.2.", "Personas kods", R10H_KARLIS],
        ["2.", "Aktivitātes", ""],
        ["2.1.", "Specializētā darbnīca", "otrdienās–ceturtdienās no plkst. 10:00 līdz 14:00"],
        ["2.2.", "Peldbaseins", "Strenčos, 2 st./ned."],
    ], size=8)
    _text(pdf, 60, 600, "Datums 04.06.24.          Kārlis Mežs ________", 10)


def r10h_lines_with_weekly_hours(pdf: canvas.Canvas) -> None:
    """A form with dotted leaders and no heading the reader knows over the activities: each
    line names one and ends in its week's hours."""
    _text(pdf, 60, 800, "Strenču novada Sociālais dienests", 10)
    _text(pdf, 250, 770, "Iesniegums", 13, bold=True)
    _lines(pdf, 60, 740, [
        "Vārds, uzvārds ..................... Selga Mežale",
        f"Personas kods ..................... {R10H_SELGA}",
        "Deklarētā adrese ................... Upes iela 5-2, Strenči, LV-4730",
        "Tālrunis ............................... 26 410 733",
        "Asistenta atbalsts vajadzīgs:",
        "Darbs kafejnīcā ........................................ 16 st./ned.",
        "Mācības tehnikumā ................................... 12 st./ned.",
        "Valsts pabalstu par asistenta izmantošanu ........ nesaņemu",
        "Datums ........... 6. maijs 2024",
    ], size=10)


def r10h_place_in_brackets(pdf: canvas.Canvas) -> None:
    """A table of purposes with an hours column under a heading the reader does not know; the
    work's places in brackets after it ('Darbs (nodibinājumā, darbnīcā)') are no activity."""
    _text(pdf, 60, 800, "Strenču novada Sociālais dienests", 10)
    _text(pdf, 250, 770, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 745, [f"Selga Mežale, personas kods {R10H_SELGA}",
                          "Deklarētās dzīvesvietas adrese: Upes iela 5-2, Strenči, LV-4730",
                          "Asistenta pakalpojumu lūdzu šādiem mērķiem"], size=10)
    _grid(pdf, 60, 710, [260, 120], [
        ["Mērķis", "Stundas nedēļā"],
        ["Darbs (nodibinājumā, šūšanas darbnīcā)", "15"],
        ["Brīvais laiks, sabiedriskās aktivitātes", "3"],
    ], size=9)
    _text(pdf, 60, 630, "Vai saņemat valsts pabalstu par asistenta izmantošanu? Nē", 10)
    _text(pdf, 60, 610, "2024. gada 7. maijā", 10)


CASES.update({
    "r10h_days_cut_short_in_a_table.pdf": (r10h_days_cut_short_in_a_table,
                                           "employer_certificate", {"hours_per_week": 16}),
    "r10h_unticked_day.pdf": (r10h_unticked_day, "activity_certificate", {
        "personal_code": R10H_SELGA, "hours_per_week": 12}),
    "r10h_same_span_under_each_day.pdf": (r10h_same_span_under_each_day,
                                          "activity_certificate", {"hours_per_week": 6}),
    "r10h_heading_shared_with_the_client.pdf": (r10h_heading_shared_with_the_client,
                                                "application", {
        "client_personal_code": R10H_KARLIS,
        "activities": [{"kind": "day_centre", "hours_per_week": 12},
                       {"kind": "leisure", "hours_per_week": 2}]}),
    "r10h_lines_with_weekly_hours.pdf": (r10h_lines_with_weekly_hours, "application", {
        "activities": [{"kind": "work", "hours_per_week": 16},
                       {"kind": "education", "hours_per_week": 12}]}),
    "r10h_place_in_brackets.pdf": (r10h_place_in_brackets, "application", {
        "activities": [{"kind": "work", "hours_per_week": 15},
                       {"kind": "leisure", "hours_per_week": 3}]}),
})


R10H_DACE = personal_code("0808861467")


def _r10h_opinion_head(pdf: canvas.Canvas, title: str = "SOCIĀLĀ DARBINIEKA ATZINUMS") -> None:
    _text(pdf, 150, 800, "Apes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 775, title, 12, bold=True)
    _lines(pdf, 60, 745, [f"Klients: Dace Krūmiņa, personas kods {R10H_DACE}",
                          "Mērķa grupa: ģimene ar bērniem"], size=10)


def r10h_tasks_sub_numbered(pdf: canvas.Canvas) -> None:
    """Tasks numbered under their section's number ('3.1.', '3.2.')."""
    _r10h_opinion_head(pdf)
    _lines(pdf, 60, 700, [
        "2. Pakalpojuma apjoms: 6 stundas nedēļā.",
        "3. Ģimenes asistenta uzdevumi",
        "3.1. dzīvokļa uzkopšanas plānošana;",
        "3.2. bērnu pavadīšana uz pulciņiem;",
        "3.3. saziņa ar bāriņtiesu;",
        "Apē, 05.05.2025.                 Sociālā darbiniece R. Liepa",
    ], size=10)


def r10h_tasks_header_wrapped(pdf: canvas.Canvas) -> None:
    """A table of tasks whose header row wraps onto a second line holding a stop word
    ('st./ned. | termiņš'), closed by its total row."""
    _r10h_opinion_head(pdf)
    _grid(pdf, 60, 700, [240, 80, 90], [
        ["Uzdevums", "Apjoms", ""],
        ["", "st./ned.", "termiņš"],
        ["ēdiena gatavošanas prasmes", "3", "6 mēneši"],
        ["rēķinu kārtošana", "2", ""],
        ["Kopā", "5 st./ned.", ""],
    ], size=9)


def r10h_tasks_label_wrapped(pdf: canvas.Canvas) -> None:
    """A form whose label wraps onto two lines ('Ģimenes asistenta' / 'uzdevumi') with the
    numbered tasks beside it, the first beside the label's first line; the date line below
    starts at the labels' edge."""
    _r10h_opinion_head(pdf)
    _lines(pdf, 60, 700, ["Pakalpojuma apjoms: 6 st. nedēļā"], size=10)
    rows = [("Ģimenes asistenta", "1) bērnu dienas kārtības ieviešana"),
            ("uzdevumi", "2) pārtikas iegāde"),
            ("", "3) saziņa ar skolotāju")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 60, 670 - 15 * i, label, 10)
        _text(pdf, 220, 670 - 15 * i, value, 10)
    _text(pdf, 60, 610, "Apē, 06.05.2025.", 10)
    _text(pdf, 300, 610, "Sociālā darbiniece R. Liepa", 10)


def r10h_tasks_yes_no(pdf: canvas.Canvas) -> None:
    """Areas in a table with 'Jā' and 'Nē' columns under the tasks' heading: the areas
    answered 'Jā' are the tasks."""
    _r10h_opinion_head(pdf, "SOCIĀLĀ DARBINIEKA ATZINUMS (anketa)")
    _text(pdf, 60, 705, "4. Uzdevumi, kuros nepieciešams atbalsts", 10)
    _grid(pdf, 60, 690, [240, 50, 50], [
        ["Joma", "Jā", "Nē"],
        ["dzīvokļa uzturēšana", "X", ""],
        ["darba meklēšana", "", "X"],
        ["saziņa ar ārstu", "X", ""],
    ], size=9)
    _text(pdf, 60, 590, "5. Pakalpojuma apjoms: 4 stundas nedēļā", 10)


def r10h_tasks_infinitives(pdf: canvas.Canvas) -> None:
    """Tasks said in prose after a colon as things to do (infinitives), joined by commas and
    'un', no heading over them."""
    _r10h_opinion_head(pdf, "Sociālā darbinieka ziņojums")
    _lines(pdf, 60, 700, [
        "Iesaku piešķirt ģimenes asistenta pakalpojumu 6 stundas nedēļā. Asistentam jāatbalsta",
        "klienti šādi: sakārtot dokumentus, iemācīt gatavot ēdienu un pavadīt uz",
        "bērnudārza sapulcēm.",
        "Sociālā darbiniece R. Liepa",
    ], size=10)


def r10h_tasks_bullets_after_support(pdf: canvas.Canvas) -> None:
    """Bulleted tasks after a sentence that ends with a colon and speaks of help, with no
    heading the reader knows."""
    _r10h_opinion_head(pdf)
    _lines(pdf, 60, 700, [
        "Ģimenes asistents nepieciešams 5 stundas nedēļā, lai palīdzētu",
        "klientei:",
        "• bērna barošanas prasmes",
        "• iepirkumu plānošana",
        "Pakalpojuma ilgums: 3 mēneši.",
    ], size=10)


CASES.update({
    "r10h_tasks_sub_numbered.pdf": (r10h_tasks_sub_numbered, "social_worker_opinion", {
        "tasks": ["dzīvokļa uzkopšanas plānošana", "bērnu pavadīšana uz pulciņiem",
                  "saziņa ar bāriņtiesu"]}),
    "r10h_tasks_header_wrapped.pdf": (r10h_tasks_header_wrapped, "social_worker_opinion", {
        "tasks": ["ēdiena gatavošanas prasmes", "rēķinu kārtošana"]}),
    "r10h_tasks_label_wrapped.pdf": (r10h_tasks_label_wrapped, "social_worker_opinion", {
        "tasks": ["bērnu dienas kārtības ieviešana", "pārtikas iegāde",
                  "saziņa ar skolotāju"]}),
    "r10h_tasks_yes_no.pdf": (r10h_tasks_yes_no, "social_worker_opinion", {
        "tasks": ["dzīvokļa uzturēšana", "saziņa ar ārstu"]}),
    "r10h_tasks_infinitives.pdf": (r10h_tasks_infinitives, "social_worker_opinion", {
        "tasks": ["sakārtot dokumentus", "iemācīt gatavot ēdienu",
                  "pavadīt uz bērnudārza sapulcēm"]}),
    "r10h_tasks_bullets_after_support.pdf": (r10h_tasks_bullets_after_support,
                                             "social_worker_opinion", {
        "tasks": ["bērna barošanas prasmes", "iepirkumu plānošana"]}),
})


R10H_MIKUS = personal_code("1403131246")
R10H_ALISE = personal_code("2907961358")


def r10h_music_school(pdf: canvas.Canvas) -> None:
    """A music school's certificate: a 'profesionālās ievirzes' programme is general
    schooling's companion, not a trade; its code in groups ('20V 212 01 1') is no part of
    the programme's name."""
    _text(pdf, 60, 800, "Apes mūzikas un mākslas skola", 12, bold=True)
    _text(pdf, 60, 784, "Skolas iela 4, Ape, LV-4337", 9)
    _text(pdf, 60, 765, "Apē 02.09.2024. Nr. 1-8/12", 10)
    _text(pdf, 250, 735, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 705, [
        "Audzēknis: Mikus Kalniņš",
        f"Personas kods: {R10H_MIKUS}",
        "Programma: Vijoļspēle 20V 212 01 1",
        "Izglītības veids: profesionālās ievirzes izglītība, 2. klase",
    ], size=10)
    _text(pdf, 60, 620, "Direktors                     A. Koks", 10)


def r10h_level_wraps_in_prose(pdf: canvas.Canvas) -> None:
    """A college's letter whose level wraps after its first word ('... pirmā līmeņa
    profesionālās' / 'augstākās izglītības programmā'): higher education, not a trade."""
    _text(pdf, 60, 800, "Vidzemes Tūrisma koledža", 12, bold=True)
    _text(pdf, 400, 800, "12.09.2024.", 10)
    _text(pdf, 250, 760, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Vidzemes Tūrisma koledža apliecina, ka Alise Ozola (personas kods {R10H_ALISE})",
        "ir imatrikulēta 2024. gada 2. septembrī un studē pirmā līmeņa profesionālās",
        "augstākās izglītības programmā „Viesmīlība” pilna laika grupā.",
    ], size=10)
    _text(pdf, 60, 660, "Direktore                     L. Rūja", 10)


CASES.update({
    "r10h_music_school.pdf": (r10h_music_school, "school_certificate", {
        "personal_code": R10H_MIKUS, "education_level": "general", "programme": "Vijoļspēle"}),
    "r10h_level_wraps_in_prose.pdf": (r10h_level_wraps_in_prose, "school_certificate", {
        "personal_code": R10H_ALISE, "education_level": "higher"}),
})


R10H_VILIS = personal_code("0302581179")


def r10h_short_days_as_columns(pdf: canvas.Canvas) -> None:
    """A day centre's grid with the days cut short as its columns ('P. | T. | Pk.') and the
    same span under each: three days of 3 h."""
    _text(pdf, 60, 800, "Dienas aprūpes centrs „Liepas”", 12, bold=True)
    _text(pdf, 60, 770, "APLIECINĀJUMS", 12, bold=True)
    _lines(pdf, 60, 745, [f"Centrs apliecina, ka Vilis Priede (p. k. {R10H_VILIS}) apmeklē",
                          "centru šādā laikā:"], size=10)
    _grid(pdf, 60, 715, [80, 90, 90, 90], [
        ["Diena", "P.", "T.", "Pk."],
        ["Laiks", "10.00-13.00", "10.00-13.00", "10.00-13.00"],
    ], size=9)
    _text(pdf, 60, 640, "Apē, 10.10.2024.          Vadītāja S. Liepa", 10)


def r10h_tasks_on_the_line_under(pdf: canvas.Canvas) -> None:
    """The tasks on one line under their heading, parted by semicolons."""
    _r10h_opinion_head(pdf)
    _lines(pdf, 60, 700, [
        "Uzdevumi",
        "bērnu pavadīšana uz skolu; ģimenes budžeta plānošana; saziņa ar ārstu",
        "Apjoms: 6 st. nedēļā",
    ], size=10)


CASES.update({
    "r10h_short_days_as_columns.pdf": (r10h_short_days_as_columns, "activity_certificate", {
        "personal_code": R10H_VILIS, "hours_per_week": 9}),
    "r10h_tasks_on_the_line_under.pdf": (r10h_tasks_on_the_line_under,
                                         "social_worker_opinion", {
        "tasks": ["bērnu pavadīšana uz skolu", "ģimenes budžeta plānošana", "saziņa ar ārstu"]}),
})


R10H_ZANE = personal_code("1911921145")


def r10h_family_by_the_care_of_children(pdf: canvas.Canvas) -> None:
    """An opinion naming no target group by its label, only what the mother lacks: skills
    'bērnu aprūpē' (the locative of the phrase the category knows in the genitive)."""
    _text(pdf, 120, 800, "ATZINUMS PAR ĢIMENES ASISTENTA PAKALPOJUMU", 12, bold=True)
    _lines(pdf, 60, 770, [
        f"1. Klients: Zane Bērza, personas kods {R10H_ZANE}.",
        "2. Vērtējums: klientei trūkst prasmju bērnu aprūpē un ēdiena gatavošanā.",
        "3. Secinājumi: nepieciešams ģimenes asistents 8 st. nedēļā uz 4 mēn.",
        "Sociālā darbiniece R. Liepa              02.04.2025.",
    ], size=10)


def r10h_folk_house_studio(pdf: canvas.Canvas) -> None:
    """A folk house ('tautas nams') certifying a studio's Saturday sessions: leisure."""
    _text(pdf, 60, 800, "Apes tautas nams", 12, bold=True)
    _text(pdf, 360, 800, "Apē, 2024. gada 3. maijā", 10)
    _text(pdf, 250, 760, "Apliecinājums", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Apes tautas nams apliecina, ka Zane Bērza (personas kods {R10H_ZANE}) apmeklē",
        "aušanas studiju sestdienās no plkst. 11:00 līdz 13:00.",
    ], size=10)
    _text(pdf, 60, 680, "Tautas nama vadītāja         G. Egle", 10)


CASES.update({
    "r10h_family_by_the_care_of_children.pdf": (r10h_family_by_the_care_of_children,
                                                "social_worker_opinion", {
        "category": "family_with_children", "hours_per_week": 8}),
    "r10h_folk_house_studio.pdf": (r10h_folk_house_studio, "activity_certificate", {
        "activity_kind": "leisure", "hours_per_week": 2}),
})


def r10h_crafts_school(pdf: canvas.Canvas) -> None:
    """A crafts school ('Amatu vidusskola') teaching a trade: vocational, though its name
    says 'vidusskola'."""
    _text(pdf, 60, 800, "Apes Amatu vidusskola", 12, bold=True)
    _text(pdf, 60, 784, "Dārza iela 1, Ape, LV-4337", 9)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Izglītojamais: Vilis Priede, personas kods {R10H_VILIS}",
        "Izglītības programma: Kokizstrādājumu izgatavošana, kvalifikācija – galdnieks",
        "Mācību gads: 2024./2025., 2. kurss",
    ], size=10)
    _text(pdf, 60, 650, "Apē, 2024. gada 4. septembrī          Direktors A. Koks", 10)


CASES.update({
    "r10h_crafts_school.pdf": (r10h_crafts_school, "school_certificate", {
        "personal_code": R10H_VILIS, "education_level": "vocational"}),
})


def r10h_rows_asking_weekly_hours(pdf: canvas.Canvas) -> None:
    """A numbered form asking each activity's hours in its own row ('Darbs: stundas nedēļā |
    15'), under no activities heading; a row left empty is not asked for."""
    _text(pdf, 60, 800, "APES NOVADA SOCIĀLAIS DIENESTS", 11, bold=True)
    _text(pdf, 60, 775, "Pieprasījums asistenta pakalpojuma saņemšanai", 12, bold=True)
    _grid(pdf, 60, 750, [260, 200], [
        ["1. Pieprasītāja vārds un uzvārds", "Zane Bērza"],
        ["2. Personas kods", R10H_ZANE],
        ["3. Adrese, kurā persona deklarēta", "Dārza iela 3, Ape, LV-4337"],
        ["4. Darbs: stundas nedēļā", "15"],
        ["5. Mācības: stundas nedēļā", ""],
        ["6. Brīvais laiks: stundas nedēļā", "3"],
        ["7. Pabalsts par asistenta izm. (saņemu/nesaņemu)", "nesaņemu"],
    ], size=9)
    _text(pdf, 60, 580, "Paraksts: ______________        2024. g. 3. okt.", 10)


CASES.update({
    "r10h_rows_asking_weekly_hours.pdf": (r10h_rows_asking_weekly_hours, "application", {
        "activities": [{"kind": "work", "hours_per_week": 15},
                       {"kind": "leisure", "hours_per_week": 3}]}),
})


def r10h_tasks_in_the_sentence_below(pdf: canvas.Canvas) -> None:
    """The conclusion gives the days and whole hours ('otrdienās un piektdienās no plkst. 15
    līdz 17, uz trim mēnešiem': 4 a week, the comma after the clock no decimal) and ends its
    line with 'Asistenta uzdevumi:', the tasks running on below as one sentence."""
    _r10h_opinion_head(pdf, "ATZINUMS")
    _lines(pdf, 60, 700, [
        "Secinājums: piešķirt ģimenes asistenta pakalpojumu otrdienās un piektdienās no",
        "plkst. 15 līdz 17, uz trim mēnešiem. Asistenta uzdevumi:",
        "rēķinu apmaksa un saziņa ar banku, iepirkumu plānošana, bērnu pavadīšana uz",
        "pulciņiem.",
        "Sociālā darbiniece R. Liepa",
    ], size=10)


CASES.update({
    "r10h_tasks_in_the_sentence_below.pdf": (r10h_tasks_in_the_sentence_below,
                                             "social_worker_opinion", {
        "hours_per_week": 4,
        "tasks": ["rēķinu apmaksa un saziņa ar banku", "iepirkumu plānošana",
                  "bērnu pavadīšana uz pulciņiem"]}),
})


R10H_INESE = personal_code("1505791245")
R10H_ROLANDS = personal_code("0906141231")


def r10h_shared_line_then_a_sentence(pdf: canvas.Canvas) -> None:
    """An orphan court's certificate whose sentence names the guardian and the child's
    heading words on one line ('... šādas nepilngadīgas personas aizbildne:'), the child in
    the table under it; a later sentence's 'bērna' is no heading of the child's block."""
    _text(pdf, 60, 800, "APES NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 60, 780, "05.03.2024. Nr. 1-9/24/12", 10)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Apes novada bāriņtiesa apliecina, ka Inese Gaile, personas kods {R10H_INESE},",
        "saskaņā ar bāriņtiesas 2022. gada 3. marta lēmumu Nr. 1-8/22/5 ir šādas",
        "nepilngadīgas personas aizbildne:",
    ], size=10)
    _grid(pdf, 60, 670, [140, 100, 110], [
        ["Vārds, uzvārds", "Dzimšanas datums", "Personas kods"],
        ["Rolands Gailis", "09.06.2014.", R10H_ROLANDS],
    ], size=9)
    _text(pdf, 60, 610, "Aizbildne ir bērna likumiskā pārstāve līdz bērna pilngadībai.", 10)
    _text(pdf, 60, 580, "Bāriņtiesas priekšsēdētāja        A. Kalna", 10)


CASES.update({
    "r10h_shared_line_then_a_sentence.pdf": (r10h_shared_line_then_a_sentence,
                                             "representation_document", {
        "person_name": "Rolands Gailis", "personal_code": R10H_ROLANDS}),
})


# --- round 10: scans (r10o_): what the machine or the layout adds to a scan's reading -----------

R10O_ARNIS = personal_code("1402881234")
R10O_FAX_FIELDS = {"employer_name": "LPKS Liepu Dārzs", "person_name": "Arnis Kalējs",
                   "personal_code": R10O_ARNIS}


def r10o_faxed_certificate(path: Path) -> Path:
    """An employer's certificate as a fax machine printed it (bilevel, 200 dpi): its
    transmission line (when, from which number, by whom, page 1/1) above the letterhead, the
    only place the employer is named."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    body = ImageFont.truetype(sans, 26)
    page = Image.new("L", (1654, 1300), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 60), "03/05/2022 11:05   NO: 64 123 456   LPKS LIEPU DĀRZS   1/1",
              font=ImageFont.truetype(sans, 20), fill=0)
    draw.text((560, 160), "LPKS „Liepu Dārzs”", font=bold, fill=0)
    draw.text((220, 215), "Lauksaimniecības pakalpojumu kooperatīvā sabiedrība · reģ. Nr. "
              "44103098765", font=body, fill=0)
    draw.text((740, 330), "IZZIŅA", font=bold, fill=0)
    lines = [f"Apliecinām, ka Arnis Kalējs, personas kods {R10O_ARNIS},",
             "kopš 2020. gada 1. marta strādā mūsu uzņēmumā par dārznieku,",
             "20 stundas nedēļā.", "", "Smiltenē, 02.05.2022.", "",
             "Valdes loceklis                                   J. Liepa"]
    for n, text in enumerate(lines):
        draw.text((120, 430 + 48 * n), text, font=body, fill=0)
    page.point(lambda v: 0 if v < 128 else 255).convert("1").save(path, dpi=(200, 200))
    return path


# --- round 11: set K's classes (r11k_) ----------------------------------------------------------

R11K_KARLIS = personal_code("2709791234")


def r11k_answer_under_a_request(pdf: canvas.Canvas) -> None:
    """A social service's request to an employer ('PIEPRASĪJUMS', its own date and number)
    whose lower half the employer filled in and sent back under 'ATBILDE': the paper is the
    employer's answer, not an application."""
    _text(pdf, 60, 800, "Apes novada Sociālais dienests", 11, bold=True)
    _text(pdf, 60, 784, "Skolas iela 2, Ape, LV-4337", 9)
    _text(pdf, 60, 760, "11.03.2024. Nr. SD/2-9/41", 10)
    _text(pdf, 60, 730, "PIEPRASĪJUMS uzņēmumam", 12, bold=True)
    _lines(pdf, 60, 705, [
        f"Lūdzam sniegt ziņas par Kārli Strazdu, personas kods {R11K_KARLIS}: amatu,",
        "darba sākumu un darba stundu skaitu nedēļā.",
        "Sociālā darbiniece                          L. Vītola",
    ], size=10)
    pdf.line(60, 640, 540, 640)
    _text(pdf, 60, 615, "ATBILDE", 12, bold=True)
    _grid(pdf, 60, 595, [170, 300], [
        ["Darba devējs", "SIA Apes Maizes Ceptuve"],
        ["Reģ. Nr.", "40103456789"],
        ["Amats", "maiznieka palīgs"],
        ["Strādā kopš", "2021. gada 3. maija"],
        ["Stundas nedēļā", "24"],
    ], size=10)
    _text(pdf, 60, 470, "14.03.2024.                 Valdes priekšsēdētājs  E. Lapa", 10)


CASES.update({
    "r11k_answer_under_a_request.pdf": (r11k_answer_under_a_request, "employer_certificate", {
        "person_name": "Kārlis Strazds", "personal_code": R11K_KARLIS,
        "position": "maiznieka palīgs", "employed_since": "2021-05-03"}),
})


R11K_OLGA = personal_code("0312861456")


def r11k_summed_time_period_of_weeks(pdf: canvas.Canvas) -> None:
    """A summed working time whose reference period is three weeks and whose hours are the
    period's ('darba laiks' in prose before the weeks): 45 h over three weeks, 15 a week."""
    _text(pdf, 60, 800, "SIA „Gaujmalas Siltums”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103987655 · Krasta iela 8, Strenči, LV-4730", 9)
    _text(pdf, 260, 750, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"SIA „Gaujmalas Siltums” apliecina, ka Olga Rudzīte (personas kods {R11K_OLGA})",
        "strādā uzņēmumā par katlu mājas operatori kopš 2020. gada 14. septembra.",
        "Noteikts summētais darba laiks. Uzskaites periods ir trīs nedēļas; darba stundu",
        "skaits periodā – 45 stundas.",
    ], size=10)
    _text(pdf, 60, 630, "Strenčos, 2024. gada 9. aprīlī        Valdes loceklis  P. Krasts", 10)


def r11k_opinion_hours_per_fortnight(pdf: canvas.Canvas) -> None:
    """An opinion giving the assistant's hours per two weeks and no weekly figure: 10 h every
    two weeks is 5 a week."""
    _text(pdf, 120, 800, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 770, [
        f"Klients: Olga Rudzīte, personas kods {R11K_OLGA}.",
        "Klientei nepieciešams atbalsts iepirkšanās un ārsta apmeklējumu laikā.",
        "Ieteicams asistenta pakalpojums 10 stundas katras divas nedēļas.",
        "Sociālā darbiniece D. Sīle              12.02.2025.",
    ], size=10)


CASES.update({
    "r11k_summed_time_period_of_weeks.pdf": (r11k_summed_time_period_of_weeks,
                                             "employer_certificate", {
        "personal_code": R11K_OLGA, "hours_per_week": 15}),
    "r11k_opinion_hours_per_fortnight.pdf": (r11k_opinion_hours_per_fortnight,
                                             "social_worker_opinion", {
        "personal_code": R11K_OLGA, "hours_per_week": 5}),
})


R11K_VIESTURS = personal_code("1508931234")


def r11k_plan_hours_per_fortnight_column(pdf: canvas.Canvas) -> None:
    """An opinion whose plan gives each task's hours in a column headed 'Stundas divās
    nedēļās' and prints no weekly figure: (4 + 3 + 3) / 2 = 5 a week."""
    _text(pdf, 60, 800, "Strenču novada Sociālais dienests", 11, bold=True)
    _text(pdf, 200, 770, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 740, [f"Klients: Viesturs Kalns, personas kods {R11K_VIESTURS}.",
                          "Ieteicams asistenta pakalpojums pēc plāna:"], size=10)
    _grid(pdf, 60, 700, [300, 150], [
        ["Darbība", "Stundas divās nedēļās"],
        ["pavadīšana uz darbnīcu", "4"],
        ["iepirkšanās", "3"],
        ["ārsta apmeklējumi", "3"],
    ], size=10)
    _text(pdf, 60, 600, "Strenčos, 2025. gada 3. martā      Sociālā darbiniece  I. Vanaga", 10)


CASES.update({
    "r11k_plan_hours_per_fortnight_column.pdf": (r11k_plan_hours_per_fortnight_column,
                                                 "social_worker_opinion", {
        "personal_code": R11K_VIESTURS, "hours_per_week": 5}),
})


R11K_MARINA = personal_code("2104101234")


def r11k_letterhead_beside_in_cyrillic(pdf: canvas.Canvas) -> None:
    """A Latgale association's letterhead with its Russian name set in a column beside the
    Latvian one: the name is the Latvian column's."""
    _text(pdf, 60, 800, "Biedrība „Dagdas Deju Studija”", 11, bold=True)
    _text(pdf, 330, 800, "Общество «Дагдская студия танца»", 11, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40008123456, Brīvības iela 3, Dagda, LV-5674", 9)
    _text(pdf, 240, 750, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Marina Sergejeva (personas kods {R11K_MARINA}) apmeklē biedrības",
        "deju nodarbības pirmdienās un trešdienās no 17.00 līdz 18.30.",
        "Dagdā, 2024. gada 12. septembrī               Valdes priekšsēdētāja  T. Ivanova",
    ], size=10)


def r11k_letterhead_name_again_in_lithuanian(pdf: canvas.Canvas) -> None:
    """A border town's youth centre under its name in Latvian and again in Lithuanian, the same
    quoted name on both rows: the second row is a translation, not the rest of the name."""
    _text(pdf, 60, 800, "Bauskas jauniešu centrs „Mūsa”", 12, bold=True)
    _text(pdf, 60, 784, "Bauskės jaunimo centras „Mūsa”", 12, bold=True)
    _text(pdf, 60, 764, "Kalna iela 4, Bauska, LV-3901", 9)
    _text(pdf, 240, 730, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Apliecinām, ka Marina Sergejeva, personas kods {R11K_MARINA}, apmeklē centra",
        "keramikas pulciņu otrdienās no 15.00 līdz 17.00.",
        "Bauskā, 2024. gada 2. oktobrī               Centra vadītāja  L. Ozola",
    ], size=10)


CASES.update({
    "r11k_letterhead_beside_in_cyrillic.pdf": (r11k_letterhead_beside_in_cyrillic,
                                               "activity_certificate", {
        "institution_name": "Biedrība Dagdas Deju Studija", "personal_code": R11K_MARINA}),
    "r11k_letterhead_name_again_in_lithuanian.pdf": (r11k_letterhead_name_again_in_lithuanian,
                                                     "activity_certificate", {
        "institution_name": "Bauskas jauniešu centrs Mūsa", "personal_code": R11K_MARINA}),
})


R11K_ELINA = personal_code("1207151234")
R11K_SANITA = personal_code("0402881234")


def r11k_kin_with_an_attribute(pdf: canvas.Canvas) -> None:
    """A mother writes for 'savas nepilngadīgās meitas' (an adjective between the possessive
    and the kin noun): the daughter named in the genitive is the client."""
    _text(pdf, 60, 800, "Apes novada Sociālajam dienestam", 11)
    _lines(pdf, 60, 780, [f"Sanita Egle, p. k. {R11K_SANITA}",
                          "Dārza iela 9, Ape, LV-4337"], size=10)
    _text(pdf, 250, 740, "Iesniegums", 13, bold=True)
    _lines(pdf, 60, 710, [
        "Es, Sanita Egle, būdama savas nepilngadīgās meitas Elīnas Egles (personas kods",
        f"{R11K_ELINA}) likumiskā pārstāve, lūdzu piešķirt viņai asistenta pakalpojumu",
        "skolas apmeklējumam.",
        "Apē, 2024. gada 2. septembrī                          S. Egle",
    ], size=10)


CASES.update({
    "r11k_kin_with_an_attribute.pdf": (r11k_kin_with_an_attribute, "application", {
        "applicant_name": "Sanita Egle", "client_name": "Elīna Egle",
        "client_personal_code": R11K_ELINA}),
})


R11K_OSKARS = personal_code("2903071234")


def r11k_name_in_two_columns(pdf: canvas.Canvas) -> None:
    """A school's certificate printing its pupil in a header row's 'Vārds' and 'Uzvārds'
    columns with the values on the row under them: the two cells are one name."""
    _text(pdf, 60, 800, "Apes pamatskola", 12, bold=True)
    _text(pdf, 60, 784, "Skolas iela 5, Ape, LV-4337", 9)
    _text(pdf, 260, 750, "IZZIŅA", 13, bold=True)
    _grid(pdf, 60, 720, [110, 130, 120, 100], [
        ["Vārds", "Uzvārds", "Personas kods", "Klase"],
        ["Oskars", "Vilciņš", R11K_OSKARS, "7.b"],
    ], size=10)
    _lines(pdf, 60, 660, [
        "Skolēns mācās skolā pamatizglītības programmā 2024./2025. mācību gadā.",
        "Apē, 2024. gada 9. septembrī                 Direktore  A. Lapsa",
    ], size=10)


CASES.update({
    "r11k_name_in_two_columns.pdf": (r11k_name_in_two_columns, "school_certificate", {
        "person_name": "Oskars Vilciņš", "personal_code": R11K_OSKARS}),
})


# --- round 12: timesheets on photos, scans and calendars (r12-sheets) ---------------------------

R12S_EMILS = personal_code("1408091234")
R12S_DACE = personal_code("2706851456")


def r12s_calendar_bare_days(pdf: canvas.Canvas) -> None:
    """A month drawn as a calendar whose cells open with the bare day ("3 9.00-11.00 2 h D"),
    no dot after it; an empty weekend cell ends a week."""
    _text(pdf, 40, 800, "DARBA LAIKA UZSKAITE", 12, bold=True)
    _text(pdf, 40, 784, "2023. gada marts", 10)
    _text(pdf, 40, 766, f"Klients: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    _text(pdf, 40, 752, f"Asistente: Dace Liepa, p. k. {R12S_DACE}", 9)
    xs = [30, 110, 190, 270, 350, 430, 510]
    for x, head in zip(xs, ["P", "O", "T", "C", "Pk", "S", "Sv"], strict=True):
        _text(pdf, x, 730, head, 9)
    weeks = [["", "", "1 9.00-11.00 2 h D", "2", "3 14.00-15.00 1 h V", "4", "5"],
             ["6 9.00-11.00 2 h D", "7", "8 9.00-11.00 2 h D", "9", "10", "11", "12"]]
    y = 712
    for week in weeks:
        for x, cell in zip(xs, week, strict=True):
            if cell:
                _text(pdf, x, y, cell, 7)
        y -= 22
    _text(pdf, 40, y - 6, "Apzīmējumi: D – darbs; V – brīvais laiks (koris).", 8)
    _text(pdf, 40, y - 20, "Kopā mēnesī: 7 stundas", 9)


CASES.update({
    "r12s_calendar_bare_days.pdf": (r12s_calendar_bare_days, "timesheet", {
        "month": "2023-03", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2023-03-01", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "work"},
            {"date": "2023-03-03", "start": "14:00", "end": "15:00", "hours": 1,
             "activity": "leisure"},
            {"date": "2023-03-06", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "work"},
            {"date": "2023-03-08", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "work"},
        ],
        "total_hours": 7}),
})


def r12s_date_and_clock_in_one_cell(pdf: canvas.Canvas) -> None:
    """A row whose date and start a scan ran into one cell ("15.05. 09.00"): the space
    between them is no space inside a wrapped date."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITES LAPA", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2023. gada maijs", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    _text(pdf, 40, 752, f"Asistents: Dace Liepa, p. k. {R12S_DACE}", 9)
    xs = [40, 110, 180, 250, 320]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"], strict=True):
        _text(pdf, x, 730, head, 9)
    rows = [["12.05.", "09.00", "11.00", "2", "darbs"],
            ["15.05. 09.00", "", "11.00", "2", "darbs"],
            ["16.05.", "14.00", "15.30", "1,5", "teātris"]]
    y = 714
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            if cell:
                _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Kopā: 5,5", 9)


CASES.update({
    "r12s_date_and_clock_in_one_cell.pdf": (r12s_date_and_clock_in_one_cell, "timesheet", {
        "month": "2023-05", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2023-05-12", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "work"},
            {"date": "2023-05-15", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "work"},
            {"date": "2023-05-16", "start": "14:00", "end": "15:30", "hours": 1.5,
             "activity": "leisure"},
        ],
        "total_hours": 5.5}),
})


def r12s_activity_column_head(pdf: canvas.Canvas) -> None:
    """A table whose last column is headed "Darbība" (its rows' activity, a word "darb-" begins):
    a row that leaves the column empty has no activity, it is not work; an ensemble's evening
    is leisure."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaite", 12, bold=True)
    _text(pdf, 40, 784, "Periods: 2023. gada maijs", 10)
    _text(pdf, 40, 766, f"Klients: Emīls Krūmiņš ({R12S_EMILS}). Asistente: Dace Liepa "
                        f"({R12S_DACE}).", 9)
    xs = [40, 120, 220, 290]
    for x, head in zip(xs, ["Datums", "Laiks", "Stundas", "Darbība"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["03.05.2023.", "17.00-19.00", "2", "ansamblis „Sidrabi”"],
            ["04.05.2023.", "10.00-11.00", "1", ""],
            ["05.05.2023.", "08.00-12.00", "4", "skola"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            if cell:
                _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Kopā: 7", 9)


CASES.update({
    "r12s_activity_column_head.pdf": (r12s_activity_column_head, "timesheet", {
        "month": "2023-05", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2023-05-03", "start": "17:00", "end": "19:00", "hours": 2,
             "activity": "leisure"},
            {"date": "2023-05-04", "start": "10:00", "end": "11:00", "hours": 1,
             "activity": None},
            {"date": "2023-05-05", "start": "08:00", "end": "12:00", "hours": 4,
             "activity": "education"},
        ],
        "total_hours": 7}),
})


def _r12s_table(pdf: canvas.Canvas, rows: list[list[str]], total: list[str]) -> None:
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaites veidlapa", 12, bold=True)
    _text(pdf, 40, 784, "Periods: 2023. gada oktobris", 10)
    _text(pdf, 40, 766, f"Klients: Emīls Krūmiņš ({R12S_EMILS}). Asistente: Dace Liepa "
                        f"({R12S_DACE}).", 9)
    xs = [40, 120, 220, 290]
    for x, head in zip(xs, ["Datums", "Laiks", "Stundas", "Nodarbe"], strict=True):
        _text(pdf, x, 744, head, 9)
    y = 728
    for row in [*rows, total]:
        for x, cell in zip(xs, row, strict=True):
            if cell:
                _text(pdf, x, y, cell, 9)
        y -= 15


def r12s_range_lost_its_minutes(pdf: canvas.Canvas) -> None:
    """Raised minutes a scan lost ("8-1230" for 8⁰⁰-12³⁰, "14-1545" for 14⁰⁰-15⁴⁵): the range
    its digits give that is the hours written beside it long, below the confident bar."""
    _r12s_table(pdf, [["02.10.2023.", "8-1230", "4,5", "skola"],
                      ["03.10.2023.", "14-1545", "1,75", "zobārsts"],
                      ["04.10.2023.", "09.00-11.00", "2", "skola"]],
                ["", "", "8,25", "Kopā"])


def r12s_total_before_its_word(pdf: canvas.Canvas) -> None:
    """A table's row of sums writes the figure under the hours and "KOPĀ" after it."""
    _r12s_table(pdf, [["02.10.2023.", "08.00-12.30", "4,5", "skola"],
                      ["04.10.2023.", "09.00-11.00", "2", "skola"]],
                ["", "", "6,5", "KOPĀ"])


CASES.update({
    "r12s_range_lost_its_minutes.pdf": (r12s_range_lost_its_minutes, "timesheet", {
        "month": "2023-10", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2023-10-02", "start": "08:00", "end": "12:30", "hours": 4.5,
             "activity": "education"},
            {"date": "2023-10-03", "start": "14:00", "end": "15:45", "hours": 1.75,
             "activity": "institutions"},
            {"date": "2023-10-04", "start": "09:00", "end": "11:00", "hours": 2,
             "activity": "education"},
        ]}),
    "r12s_total_before_its_word.pdf": (r12s_total_before_its_word, "timesheet", {
        "month": "2023-10", "client_personal_code": R12S_EMILS, "total_hours": 6.5}),
})


def r12s_month_from_the_rows(pdf: canvas.Canvas) -> None:
    """A sheet whose month word is unreadable ("ok br 2022", a hand's letters lost) and whose
    rows date themselves "03.10.": the month is the one the rows name, in the year above them."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaite", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads:   ok br 2022", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    xs = [40, 110, 180, 250, 320]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Stundas", "Mērķis"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["03.10.", "8.00", "10.00", "2", "skola"],
            ["05.10.", "8.00", "10.00", "2", "skola"],
            ["06.10.", "14.00", "15.00", "1", "poliklīnika"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15


def r12s_misread_part_of_a_row(pdf: canvas.Canvas) -> None:
    """A hand's "1" read as "/" ("/4.00" for 14.00) and "0,5" read as "25": the part with the
    stray mark, and hours no day holds, are repaired from the other two, below the bar."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaite", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2022. gada novembris", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    xs = [40, 110, 180, 250, 320]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Stundas", "Mērķis"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["07.11.", "/4.00", "15.30", "1,5", "poliklīnika"],
            ["08.11.", "7.40", "8.10", "25", "skola"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15


CASES.update({
    "r12s_month_from_the_rows.pdf": (r12s_month_from_the_rows, "timesheet", {
        "month": "2022-10", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2022-10-03", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": "education"},
            {"date": "2022-10-05", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": "education"},
            {"date": "2022-10-06", "start": "14:00", "end": "15:00", "hours": 1,
             "activity": "institutions"},
        ]}),
    "r12s_misread_part_of_a_row.pdf": (r12s_misread_part_of_a_row, "timesheet", {
        "month": "2022-11",
        "entries": [
            {"date": "2022-11-07", "start": "14:00", "end": "15:30", "hours": 1.5,
             "activity": "institutions"},
            {"date": "2022-11-08", "start": "07:40", "end": "08:10", "hours": 0.5,
             "activity": "education"},
        ]}),
})


def _r12s_week(pdf: canvas.Canvas, first_day: str) -> None:
    """A typed sheet naming each row's weekday, its hours beside its from-to and the total."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaite", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2023. gada oktobris", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    _text(pdf, 40, 752, f"Asistents: Dace Liepa, p. k. {R12S_DACE}", 9)
    xs = [40, 110, 170, 220, 270, 320]
    for x, head in zip(xs, ["Diena", "Datums", "No", "Līdz", "Stundas", "Mērķis"],
                       strict=True):
        _text(pdf, x, 730, head, 9)
    rows = [[first_day, "02.10.", "8.00", "12.00", "4", "skola"],
            ["Otrdiena", "03.10.", "14.00", "15.30", "1,5", "poliklīnika"],
            ["Trešdiena", "04.10.", "8.00", "12.00", "4", "skola"]]
    y = 714
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Kopā stundas: 9,5", 9)


def r12s_every_check_holds(pdf: canvas.Canvas) -> None:
    _r12s_week(pdf, "Pirmdiena")


def r12s_weekday_contradicts(pdf: canvas.Canvas) -> None:
    _r12s_week(pdf, "Piektdiena")


R12S_WEEK = [
    {"date": "2023-10-02", "start": "08:00", "end": "12:00", "hours": 4, "activity": "education"},
    {"date": "2023-10-03", "start": "14:00", "end": "15:30", "hours": 1.5,
     "activity": "institutions"},
    {"date": "2023-10-04", "start": "08:00", "end": "12:00", "hours": 4, "activity": "education"},
]
CASES.update({
    "r12s_every_check_holds.pdf": (r12s_every_check_holds, "timesheet", {
        "month": "2023-10", "entries": R12S_WEEK, "total_hours": 9.5}),
    "r12s_weekday_contradicts.pdf": (r12s_weekday_contradicts, "timesheet", {
        "month": "2023-10", "entries": R12S_WEEK, "total_hours": 9.5}),
})


def r12s_date_run_into_its_range(pdf: canvas.Canvas) -> None:
    """A scan ran a row's date into the range after it ("14.03.09.15-11.45"): a day of the
    sheet's month with a from-to straight after its dot."""
    _text(pdf, 40, 800, "ASISTENTA DARBA UZSKAITE, 2022. GADA MARTS", 12, bold=True)
    _text(pdf, 40, 780, f"Klients: Emīls Krūmiņš ({R12S_EMILS})", 9)
    xs = [40, 150, 230]
    for x, head in zip(xs, ["Datums, laiks", "Ilgums", "Mērķis"], strict=True):
        _text(pdf, x, 756, head, 9)
    rows = [["10.03. 09.15-11.45", "2 st. 30 min", "darbs"],
            ["14.03.09.15-11.45", "2 st. 30 min", "darbs"]]
    y = 740
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 6, "Pavisam: 5 st.", 9)


CASES.update({
    "r12s_date_run_into_its_range.pdf": (r12s_date_run_into_its_range, "timesheet", {
        "month": "2022-03", "client_personal_code": R12S_EMILS,
        "entries": [
            {"date": "2022-03-10", "start": "09:15", "end": "11:45", "hours": 2.5,
             "activity": "work"},
            {"date": "2022-03-14", "start": "09:15", "end": "11:45", "hours": 2.5,
             "activity": "work"},
        ], "total_hours": 5}),
})


def r12s_month_in_the_rows_dates(pdf: canvas.Canvas) -> None:
    """No month written at all ("Mēnesis" left blank) and no year above the rows, which date
    themselves in full ("03.10.2022"), one misread as another month's ("07.01.2022"): the
    month most rows name, in their year."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaites lapa", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis", 10)
    _text(pdf, 40, 766, f"Klienta p.k.   {R12S_EMILS}", 9)
    xs = [40, 120, 170, 220, 260]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "St.", "Mērķis"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["03.10.2022", "8:00", "10:00", "2", "skola"],
            ["05.10.2022", "8:00", "10:00", "2", "skola"],
            ["06.10.2022", "8:00", "10:00", "2", "skola"],
            ["07.01.2022", "8:00", "10:00", "2", "skola"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15


CASES.update({
    "r12s_month_in_the_rows_dates.pdf": (r12s_month_in_the_rows_dates, "timesheet", {
        "month": "2022-10", "client_personal_code": R12S_EMILS}),
})


def r12s_stroke_for_an_l(pdf: canvas.Canvas) -> None:
    """A hand's "l" OCR reads as a stroke inside the activity's word ("s/imnīca", "ska|a" no
    word): the word with an "l" there names the activity."""
    _text(pdf, 40, 800, "Asistenta pakalpojuma uzskaites lapa", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis: 2022. gada oktobris", 10)
    _text(pdf, 40, 766, f"Klienta p.k.   {R12S_EMILS}", 9)
    xs = [40, 120, 170, 220, 260]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "St.", "Mērķis"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["03.10.2022", "8:00", "10:00", "2", "s/imnīca"],
            ["05.10.2022", "8:00", "10:00", "2", "ba|ets"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15


CASES.update({
    "r12s_stroke_for_an_l.pdf": (r12s_stroke_for_an_l, "timesheet", {
        "month": "2022-10", "entries": [
            {"date": "2022-10-03", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": "institutions"},
            {"date": "2022-10-05", "start": "08:00", "end": "10:00", "hours": 2,
             "activity": None},
        ]}),
})


def r12s_total_struck_and_corrected(pdf: canvas.Canvas) -> None:
    """A total struck through and written again after it ("-7,57" as OCR reads "7̶,̶5̶ 7"): the
    figure after the struck one, when it is the rows' sum, below the bar."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITES LAPA", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2022. gada marts", 10)
    _text(pdf, 40, 766, f"Pakalpojuma saņēmējs: Emīls Krūmiņš, p. k. {R12S_EMILS}", 9)
    xs = [40, 110, 180, 250, 320]
    for x, head in zip(xs, ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["07.03.", "08.00", "12.00", "4", "darbs"],
            ["08.03.", "08.00", "11.00", "3", "darbs"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 180, y - 10, "Kopā:", 9)
    _text(pdf, 250, y - 10, "-7,57", 9)


CASES.update({
    "r12s_total_struck_and_corrected.pdf": (r12s_total_struck_and_corrected, "timesheet", {
        "month": "2022-03", "total_hours": 7}),
})


def r12s_hours_used_of_those_granted(pdf: canvas.Canvas) -> None:
    """A sheet that sums its month as the hours used of those granted ("Piešķirts mēnesī
    40 h", "Izmantots 6 h"): the hours used are its total, the granted ones are not."""
    _text(pdf, 40, 800, "Asistenta pakalpojums - mēneša uzskaite", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis: 2022. gada marts", 10)
    _text(pdf, 40, 766, f"Klients: Emīls Krūmiņš, p.k. {R12S_EMILS}", 9)
    xs = [40, 120, 200, 280]
    for x, head in zip(xs, ["Datums", "Laiks no", "Laiks līdz", "Mērķis"], strict=True):
        _text(pdf, x, 744, head, 9)
    rows = [["07.03.2022", "08:00", "12:00", "uz darbu"],
            ["09.03.2022", "10:00", "12:00", "uz darbu"]]
    y = 728
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 15
    _text(pdf, 40, y - 10, "Piešķirts mēnesī", 9)
    _text(pdf, 160, y - 10, "40 h", 9)
    _text(pdf, 40, y - 24, "Izmantots", 9)
    _text(pdf, 160, y - 24, "6 h", 9)


CASES.update({
    "r12s_hours_used_of_those_granted.pdf": (r12s_hours_used_of_those_granted, "timesheet", {
        "month": "2022-03", "total_hours": 6}),
})


# --- round 12: digital misses left on sets A-K, by class (r12d_) --------------------------------

R12D_MADARA = personal_code("1403041234")
R12D_KRISTERS = personal_code("0811951234")
R12D_LIGITA = personal_code("2205891234")


def r12d_date_at_the_letterhead_end(pdf: canvas.Canvas) -> None:
    """A college's certificate whose own date stands at the right end of the letterhead's
    first line, beside the college's name; the only other date is the studies' planned end
    under a 'datums' label in prose: that end is not the paper's date."""
    _text(pdf, 60, 800, "Vidzemes Tehnoloģiju koledža", 11, bold=True)
    _text(pdf, 470, 800, "03.02.2025.", 10)
    _text(pdf, 60, 785, "Mācību daļa", 10)
    _text(pdf, 455, 785, "Nr. MD-25/88", 10)
    _text(pdf, 60, 770, "Rīgas iela 40, Valmiera, LV-4201", 9)
    _text(pdf, 260, 730, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Apliecinām, ka Madara Kļaviņa (personas kods {R12D_MADARA}) mācās koledžas",
        "programmā „Grāmatvedība” pilna laika klātienē, 2. kursā, 26 kontaktstundas nedēļā.",
        "Mācību plānotais beigu datums: 2026. gada 19. jūnijs.",
    ], size=10)
    _text(pdf, 60, 620, "Mācību daļas vadītāja                              A. Strautiņa", 10)


def r12d_date_with_its_year_cut_short(pdf: canvas.Canvas) -> None:
    """A social worker's plan dated by its number's line with the year cut short
    ('Nr. SD-2024/15 · 09.10.24.'), above a table of tasks each with its own end date."""
    _text(pdf, 60, 800, "Rūjienas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 400, 800, "Nr. SD-2024/15 · 09.10.24.", 10)
    _text(pdf, 110, 770, "ATZINUMS PAR ĢIMENES ASISTENTA PAKALPOJUMU", 12, bold=True)
    _text(pdf, 60, 745, f"Klients: Ligita Sniedze, personas kods {R12D_LIGITA}. Termiņš: 6 mēn.",
          10)
    _grid(pdf, 60, 720, [230, 110, 110], [
        ["Uzdevums", "Stundas nedēļā", "Līdz"],
        ["bērna ikdienas aprūpe", "4", "31.03.2025."],
        ["saziņa ar iestādēm", "2", "31.12.2024."],
    ], size=10)
    _text(pdf, 60, 620, "Sociālā darbiniece Inese Kalna", 10)


def r12d_birth_date_read_from_inside(pdf: canvas.Canvas) -> None:
    """An opinion with no date line of its own; the only full date on it is a son's birth
    ('dēls dzimis 08.11.2023.'): no date of the paper, never the birth read from its '8'."""
    _text(pdf, 60, 800, "Mazsalacas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 160, 770, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Klients: Kristers Ozoliņš, personas kods {R12D_KRISTERS}; Mazsalaca, Parka iela 3.",
        "Mērķa grupa: ģimene ar bērniem (dēls dzimis 08.11.2023.).",
        "Ģimenes asistents nepieciešams 5 stundas nedēļā.",
        "Pakalpojuma ilgums: 3 mēneši.",
    ], size=10)
    _text(pdf, 60, 650, "Sociālā darbiniece  D. Lūse", 10)


CASES.update({
    "r12d_date_at_the_letterhead_end.pdf": (r12d_date_at_the_letterhead_end,
                                            "school_certificate", {
        "person_name": "Madara Kļaviņa", "personal_code": R12D_MADARA,
        "study_until": "2026-06-19", "issued_on": "2025-02-03"}),
    "r12d_date_with_its_year_cut_short.pdf": (r12d_date_with_its_year_cut_short,
                                              "social_worker_opinion", {
        "person_name": "Ligita Sniedze", "personal_code": R12D_LIGITA,
        "issued_on": "2024-10-09"}),
    "r12d_birth_date_read_from_inside.pdf": (r12d_birth_date_read_from_inside,
                                             "social_worker_opinion", {
        "person_name": "Kristers Ozoliņš", "personal_code": R12D_KRISTERS,
        "hours_per_week": 5, "issued_on": None}),
})


R12D_JANIS = personal_code("1710681234")
R12D_OLGA = personal_code("0304521234")
R12D_ROBIJA = personal_code("2606171234")
R12D_EDVINS = personal_code("1112901234")
R12D_BEATE = personal_code("3001651234")


def r12d_limitations_in_is_isnt_columns(pdf: canvas.Canvas) -> None:
    """A commission's limitations printed as every row of a table with 'ir' and 'nav' columns,
    an X under one per row: only a row marked under 'ir' is a limitation."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. VZ-22-3107", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Persona: Jānis Briedis, personas kods {R12D_JANIS}",
        "Invaliditātes grupa: III grupa",
        "Invaliditāte noteikta no 02.03.2022. līdz 01.03.2024.",
    ], size=10)
    _grid(pdf, 60, 680, [300, 50, 50], [
        ["Funkcionēšanas ierobežojums", "ir", "nav"],
        ["redzes funkcionēšanas ierobežojumi", "", "X"],
        ["kustību funkcionēšanas ierobežojumi", "", "X"],
        ["abu augšējo ekstremitāšu funkcionēšanas ierobežojumi", "X", ""],
    ], size=10)
    _text(pdf, 60, 560, "Atzinuma datums: 09.03.2022.", 10)
    _text(pdf, 60, 530, "Ārsts eksperts                         P. Kalns", 10)


def r12d_label_rows_without_stops(pdf: canvas.Canvas) -> None:
    """An opinion's label rows printed as runs of text with no full stop after the answers:
    the row 'Transporta pabalsts: nav nepieciešams' (a mobility word) denies only
    itself, not the assistant row above it, and names no limitation."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 11, bold=True)
    _text(pdf, 250, 770, "ATZINUMS Nr. KU/20/00412", 11, bold=True)
    _lines(pdf, 60, 740, [
        "Kuldīgā, 11.08.2020.",
        "Personas vārds, uzvārds: Olga Vītola",
        f"Personas kods: {R12D_OLGA}",
        "Invaliditātes grupa: II (otrā)",
        "Funkcionālo traucējumu veids: garīga rakstura traucējumi",
        "Invaliditāte noteikta: no 11.08.2020. – beztermiņa",
        "Asistenta pakalpojums: ir nepieciešams",
        "Transporta pabalsts: nav nepieciešams",
        "Atzinumu var apstrīdēt komisijas Apelācijas nodaļā mēneša laikā.",
    ], size=10)
    _text(pdf, 60, 560, "Komisijas vadītājs                    G. Riekstiņš", 10)


def r12d_question_label_to_its_colon(pdf: canvas.Canvas) -> None:
    """A child's opinion asking about special care in a label that runs past its key words
    ('Īpašas kopšanas nepieciešamība sakarā ar ... traucējumiem: ir noteikta'): the answer
    stands after the colon."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 150, 770, "ATZINUMS par īpašas kopšanas nepieciešamību", 12, bold=True)
    _text(pdf, 250, 752, "Nr. ZM-23/0671", 10)
    _lines(pdf, 60, 725, [
        f"Bērns: Robija Kalēja, personas kods {R12D_ROBIJA}",
        "Statuss: bērns ar invaliditāti no 05.04.2023. līdz 25.06.2035.",
        "Funkcionālie traucējumi: garīga rakstura (autiskā spektra traucējumi)",
        "Īpašas kopšanas nepieciešamība sakarā ar smagiem funkcionāliem traucējumiem: ir noteikta",
        "Datums: 05.04.2023.",
    ], size=10)
    _text(pdf, 60, 620, "Ārste eksperte                         Dr. S. Ozola", 10)


def _tick(pdf: canvas.Canvas, x: float, y: float) -> None:
    """A hand's tick drawn as one open stroke: down, then up higher to the right."""
    path = pdf.beginPath()
    path.moveTo(x, y + 4)
    path.lineTo(x + 4, y)
    path.lineTo(x + 13, y + 10)
    pdf.drawPath(path, stroke=1, fill=0)


def r12d_tick_beside_yes(pdf: canvas.Canvas) -> None:
    """An application asking about the assistant benefit with 'jā   nē' printed and a tick
    drawn right after 'jā': the word it stands beside is the answer (a guess by place)."""
    _text(pdf, 360, 800, "Talsu novada Sociālais dienests", 10, bold=True)
    _text(pdf, 60, 770, f"Edvīns Pētersons, p. k. {R12D_EDVINS}", 10)
    _text(pdf, 250, 735, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 200, 718, "par asistenta pakalpojuma piešķiršanu mātei", 10)
    _lines(pdf, 60, 690, [
        "Lūdzu piešķirt asistenta pakalpojumu manai mātei Beatei Pētersonei (personas kods",
        f"{R12D_BEATE}), kurai noteikta I invaliditātes grupa. Asistents vajadzīgs",
        "ārstniecības apmeklējumiem 4 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 630, "Vai māte saņem valsts pabalstu par asistenta izmantošanu?", 10)
    _text(pdf, 400, 630, "jā", 10)
    _text(pdf, 435, 630, "nē", 10)
    _tick(pdf, 412, 629)
    _text(pdf, 60, 590, "Talsos, 2021. gada 7. jūnijā                           E. Pētersons", 10)


CASES.update({
    "r12d_limitations_in_is_isnt_columns.pdf": (r12d_limitations_in_is_isnt_columns,
                                                "commission_opinion", {
        "person_name": "Jānis Briedis", "personal_code": R12D_JANIS,
        "limitations": ["upper_limbs"]}),
    "r12d_label_rows_without_stops.pdf": (r12d_label_rows_without_stops, "commission_opinion", {
        "person_name": "Olga Vītola", "personal_code": R12D_OLGA, "limitations": ["mental"],
        "assistant_needed": True, "issued_on": "2020-08-11"}),
    "r12d_question_label_to_its_colon.pdf": (r12d_question_label_to_its_colon,
                                             "commission_opinion", {
        "person_name": "Robija Kalēja", "personal_code": R12D_ROBIJA,
        "special_care_needed": True}),
    "r12d_tick_beside_yes.pdf": (r12d_tick_beside_yes, "application", {
        "client_personal_code": R12D_BEATE, "receives_assistant_benefit": True}),
})


R12D_AUSEKLIS = personal_code("0905871234")


def r12d_certifier_between_two_bodies(pdf: canvas.Canvas) -> None:
    """A day care centre run by a foundation under a municipality's contract: both bodies
    head the page side by side, the centre's own name under them, and its sentence says the
    centre certifies: the centre is the issuer, not the two names joined."""
    _text(pdf, 60, 800, "Cēsu novada pašvaldība", 10, bold=True)
    _text(pdf, 320, 800, "Nodibinājums „Gaismas Taka”", 10, bold=True)
    _text(pdf, 60, 788, "Raunas iela 4, Cēsis", 9)
    _text(pdf, 320, 788, "Reģ. Nr. 40008299311", 9)
    _text(pdf, 170, 760, "DIENAS APRŪPES CENTRS „VĀLODZE”", 12, bold=True)
    _text(pdf, 380, 730, "Cēsīs, 2022. gada 14. martā", 10)
    _text(pdf, 265, 700, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 670, [
        "Dienas aprūpes centrs „Vālodze” apliecina, ka Ausekls Zariņš, personas kods",
        f"{R12D_AUSEKLIS}, apmeklē dienas aprūpes centru katru darba dienu no 10.00 līdz 14.00.",
    ], size=10)
    _text(pdf, 60, 610, "Centra vadītāja                         M. Zīle", 10)


CASES.update({
    "r12d_certifier_between_two_bodies.pdf": (r12d_certifier_between_two_bodies,
                                              "activity_certificate", {
        "institution_name": "Dienas aprūpes centrs Vālodze", "person_name": "Ausekls Zariņš",
        "personal_code": R12D_AUSEKLIS, "issued_on": "2022-03-14"}),
})


R12D_ZANE = personal_code("1507881234")


def r12d_tasks_in_a_recommendations_column(pdf: canvas.Canvas) -> None:
    """A social worker's assessment table (area, finding, recommendations): the tasks are the
    recommendations column's cells, not the findings beside them."""
    _text(pdf, 60, 800, "Madonas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 745, [
        f"Kliente: Zane Ābola, personas kods {R12D_ZANE}.",
        "Mērķa grupa: ģimene ar bērniem.",
    ], size=10)
    _grid(pdf, 60, 715, [90, 170, 200], [
        ["Joma", "Situācija", "Ieteikumi"],
        ["Veselība", "bērns nav potēts", "vizītes pie ģimenes ārsta plānošana"],
        ["Ikdiena", "nav iepirkumu plāna", "pārtikas iepirkumu plānošana"],
    ], size=10)
    _lines(pdf, 60, 640, [
        "Ģimenes asistenta pakalpojums: 4 stundas nedēļā.",
        "Pakalpojuma ilgums: 6 mēneši.",
        "Madonā, 12.02.2025.",
    ], size=10)
    _text(pdf, 60, 580, "Sociālā darbiniece                      R. Kalna", 10)


CASES.update({
    "r12d_tasks_in_a_recommendations_column.pdf": (r12d_tasks_in_a_recommendations_column,
                                                   "social_worker_opinion", {
        "person_name": "Zane Ābola", "personal_code": R12D_ZANE,
        "tasks": ["vizītes pie ģimenes ārsta plānošana", "pārtikas iepirkumu plānošana"]}),
})


R12D_OSKARS = personal_code("1902931234")


def r12d_position_wrapping_down_its_column(pdf: canvas.Canvas) -> None:
    """A letter with its letterhead down the left margin and its text in a right column: the
    position wraps onto the next line of its column ('par kokapstrādes | meistaru'), the
    margin's web address printed between them on the same line."""
    margin = [("SIA Meža Dārzs", 9), ("Reģ. Nr. 40103998877", 8), ("Ozolu iela 3, Talsi", 8),
              ("Tālr. 63 212 345", 8), ("info@mezadarzs.example.lv", 8),
              ("www.mezadarzs.example.lv", 8)]
    for i, (line, size) in enumerate(margin):
        _text(pdf, 40, 800 - i * 15, line, size)
    _text(pdf, 200, 800, "Talsos, 16.03.2023. Nr. 7/23", 10)
    _text(pdf, 330, 775, "IZZIŅA", 12, bold=True)
    _text(pdf, 200, 755, "SIA „Meža Dārzs” apliecina, ka Oskars Liepiņš (personas kods", 10)
    _text(pdf, 200, 740, f"{R12D_OSKARS}) kopš 2019. gada 1. aprīļa strādā par kokapstrādes",
          10)
    _text(pdf, 200, 725, "meistaru saskaņā ar darba līgumu uz nenoteiktu laiku.", 10)
    _text(pdf, 200, 690, "Darba laiks: 40 stundas nedēļā.", 10)
    _text(pdf, 200, 650, "Valdes loceklis  A. Krūze", 10)


CASES.update({
    "r12d_position_wrapping_down_its_column.pdf": (r12d_position_wrapping_down_its_column,
                                                   "employer_certificate", {
        "person_name": "Oskars Liepiņš", "personal_code": R12D_OSKARS,
        "position": "kokapstrādes meistars"}),
})


R12D_EMILS = personal_code("2104121234")


def r12d_where_one_studies_before_the_programme(pdf: canvas.Canvas) -> None:
    """A college's certificate saying where the student studies before the programme's name
    ('mācās koledžā profesionālās vidējās izglītības programmā'): the place is no part of it."""
    _text(pdf, 60, 800, "Smiltenes tehnikums", 12, bold=True)
    _text(pdf, 60, 784, "Kalnamuižas iela 1, Smiltene, LV-4729", 9)
    _text(pdf, 60, 760, "Smiltenē, 02.09.2024.", 10)
    _text(pdf, 260, 730, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Emīls Zīverts, personas kods {R12D_EMILS}, mācās tehnikumā profesionālās",
        "vidējās izglītības programmā un 2024./2025. mācību gadā ir 2. kursa audzēknis.",
    ], size=10)
    _text(pdf, 60, 640, "Direktors                               J. Priede", 10)


CASES.update({
    "r12d_where_one_studies_before_the_programme.pdf": (
        r12d_where_one_studies_before_the_programme, "school_certificate", {
            "person_name": "Emīls Zīverts", "personal_code": R12D_EMILS,
            "programme": "profesionālās vidējās izglītības programma"}),
})


R12D_MARTA = personal_code("1206791234")
R12D_PAULS = personal_code("0403141234")


def r12d_activities_in_an_annex(pdf: canvas.Canvas) -> None:
    """An application whose activities section only says 'sk. pielikumu': the annex on the
    next page holds the table, where a row's address ('Dzirnavu iela 3') stands before its
    week's hours; the house number is no hours."""
    _text(pdf, 360, 800, "Saldus novada Sociālajam dienestam", 10)
    _text(pdf, 250, 760, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 150, 744, "par asistenta pakalpojuma piešķiršanu bērnam ar invaliditāti", 10)
    _text(pdf, 60, 715, "1. Bērna likumiskais pārstāvis", 10, bold=True)
    _grid(pdf, 60, 700, [140, 200], [
        ["Vārds, uzvārds", "Marta Dūre"], ["Personas kods", R12D_MARTA]], size=10)
    _text(pdf, 60, 645, "2. Bērns", 10, bold=True)
    _grid(pdf, 60, 630, [140, 200], [
        ["Vārds, uzvārds", "Pauls Dūre"], ["Personas kods", R12D_PAULS]], size=10)
    _text(pdf, 60, 575, "3. Aktivitātes, kurām nepieciešams asistents", 10, bold=True)
    _text(pdf, 60, 560, "sk. pielikumu", 10)
    _text(pdf, 60, 520, "Saldū, 2024. gada 2. oktobrī                          M. Dūre", 10)
    pdf.showPage()
    _text(pdf, 470, 800, "1. pielikums", 10)
    _grid(pdf, 60, 770, [150, 190, 110], [
        ["Aktivitāte", "Vieta", "Stundas nedēļā"],
        ["Mācības skolā", "Saldus pamatskola, Dzirnavu iela 3", "25"],
        ["Brīvais laiks", "mākslas pulciņš", "3"],
    ], size=10)


CASES.update({
    "r12d_activities_in_an_annex.pdf": (r12d_activities_in_an_annex, "application", {
        "client_name": "Pauls Dūre", "client_personal_code": R12D_PAULS,
        "activities": [{"kind": "education", "hours_per_week": 25},
                       {"kind": "leisure", "hours_per_week": 3}]}),
})


# --- round 12: hand-written values on scans (r12h_) ---------------------------------------------
# A page as OCR and the hand recogniser hand it over: " | " a gap between a label and its cell,
# "{...}" words the recogniser read from a hand (it scores them below print, extract/handwriting).

R12H_HAND_SCORE = 0.56
R12H_PRINT_SCORE = 0.93
R12H_LIGITA = personal_code("1711831234")
R12H_IMANTS = personal_code("0406671234")


def r12h_hand_page(lines: list[str]) -> Any:
    """A scanned page of label | value rows whose "{...}" words a hand wrote."""
    from asistents.extract.document import Page, ReadDocument, Word

    words: list[Word] = []
    for row, line in enumerate(lines):
        x = 50.0
        for cell in line.split(" | "):
            hand = False
            for token in cell.split():
                hand = hand or token.startswith("{")
                text = token.strip("{}")
                width = 6.0 * len(text)
                words.append(Word(text, x, 50 + 16 * row, x + width, 60 + 16 * row,
                                  confidence=R12H_HAND_SCORE if hand else R12H_PRINT_SCORE))
                hand = hand and not token.endswith("}")
                x += width + 3.0
            x = max(x + 60.0, 230.0)
    return ReadDocument(Path("x.jpg"), [Page(0, 595, 842, words, source="ocr")], "ocr")


# Each: the page's lines, its type, the fields a hand wrote as they must come out.
R12H_CASES: dict[str, tuple[list[str], str, dict[str, Any]]] = {
    # The recogniser drops a hand's marks: "Katrina" is a rare calendar variant, "Katrīna" the
    # common name, "Natdija" is "Natālija" with "al" joined into one stroke.
    "r12h_given_names_as_the_calendar_spells_them": ([
        "Daugavpils novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Iesniedzējs | {Katrina Lazdāne}", f"Personas kods | {{{R12H_LIGITA}}}",
        "Pakalpojuma saņēmējs | {Natdija Lazdāne}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Lūdzu piešķirt asistenta pakalpojumu manai mātei.",
    ], "application", {"applicant_name": "Katrīna Lazdāne", "client_name": "Natālija Lazdāne"}),
    # A surname's diminutive is always "-ītis"; a street named after a town is its genitive.
    "r12h_diminutive_and_street_of_a_town": ([
        "Jēkabpils novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Vārds, uzvārds | {Imants Kalnitis}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Deklarētā dzīvesvieta | {Cesu iela 14-3, Zasa, Zasas pag, Jēkabpils nov, LV-5239}",
        "Lūdzu piešķirt man asistenta pakalpojumu.",
    ], "application", {"applicant_name": "Imants Kalnītis",
                       "address": "Cēsu iela 14-3, Zasa, Zasas pag., Jēkabpils nov., LV-5239"}),
    # A given name the hand wrote unsure beside a surname Tesseract read sure: the name is
    # still a hand's, its given name restored.
    "r12h_unsure_given_name_beside_a_sure_surname": ([
        "Jēkabpils novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Vārds, uzvārds | {Gdina} Zeltiņa", f"Personas kods | {{{R12H_LIGITA}}}",
        "Lūdzu piešķirt man asistenta pakalpojumu.",
    ], "application", {"applicant_name": "Gaļina Zeltiņa"}),
    # A relative's surname differs in its ending only: never taken for this person's.
    "r12h_relatives_surname_is_not_a_slip": ([
        "Daugavpils novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Iesniedzējs | {Ligita Vītola}", f"Personas kods | {{{R12H_LIGITA}}}",
        "Pakalpojuma saņēmējs | {Imants Vītols}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam.",
    ], "application", {"applicant_name": "Ligita Vītola", "client_name": "Imants Vītols"}),
    # A date line's date with its year shortened: after the place a date is certain.
    "r12h_short_year_on_the_date_line": ([
        "Talsu novada Sociālais dienests", "Sabiles nodaļa", "ATZINUMS Sabilē, 09.10.24.",
        f"Klients: Ingus Apsītis, p. k. {R12H_IMANTS}",
        "Klients dzīvo viens un viņam trūkst patstāvīgas dzīves prasmju.",
        "Secinājums: piešķirt asistenta pakalpojumu pirmdienās no plkst. 10 līdz 12.",
        "Asistenta uzdevumi: dokumentu kārtošana un saziņa ar iestādēm.",
        "Sociālais darbinieks Ilgonis Zariņš",
    ], "social_worker_opinion", {"issued_on": "2024-10-09"}),
    # A child's form with no heading over the child's part: the label only the client's name
    # has ("Bērna vārds, uzvārds") opens the client's block.
    "r12h_childs_own_label_opens_the_client_block": ([
        "Kuldīgas novada Sociālais dienests",
        "IESNIEGUMS asistenta pakalpojuma saņemšanai bērnam",
        "Iesniedzējs (bērna likumiskais pārstāvis): | {Ligita Vītola}",
        f"Personas kods: | {{{R12H_LIGITA}}}",
        "Bērna vārds, uzvārds: | {Imants Vītols}", f"Bērna personas kods: | {{{R12H_IMANTS}}}",
        "Datums: | {11.06.2025.}",
    ], "application", {"applicant_name": "Ligita Vītola", "client_name": "Imants Vītols"}),
    # A son's surname the hand lost a letter of, his mother's on the same page: her surname in
    # its masculine form, one slip longer, is his.
    "r12h_surname_from_a_relatives_of_the_other_gender": ([
        "Kuldīgas novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Iesniedzējs | {Rasma Strautiņa}", f"Personas kods | {{{R12H_LIGITA}}}",
        "Pakalpojuma saņēmējs | {Ojārs Stautiņš}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam.",
    ], "application", {"applicant_name": "Rasma Strautiņa", "client_name": "Ojārs Strautiņš"}),
    # A hand's capitals drawn with straight sides, taken for tick boxes by the pixels and read
    # again by the recogniser in the word after them: no box stands inside a name.
    "r12h_capitals_taken_for_boxes": ([
        "Kuldīgas novada Sociālais dienests",
        "IESNIEGUMS asistenta pakalpojuma saņemšanai bērnam",
        "Iesniedzējs (bērna likumiskais pārstāvis): | {Ligita Vītola}",
        f"Personas kods: | {{{R12H_LIGITA}}}",
        "Bērna vārds, uzvārds: | {☐ Dainis ☒ Kalnājs}",
        f"Bērna personas kods: | {{{R12H_IMANTS}}}",
    ], "application", {"client_name": "Dainis Kalnājs"}),
    # A mother's surname in -e: her son's in -s is as the page shows it, not a slip of "-is".
    "r12h_sons_surname_beside_his_mothers_in_e": ([
        "Kuldīgas novada Sociālais dienests", "IESNIEGUMS",
        "par asistenta pakalpojuma piešķiršanu",
        "Iesniedzējs | {Ligita Ozolkalne}", f"Personas kods | {{{R12H_LIGITA}}}",
        "Pakalpojuma saņēmējs | {Imants Ozolkalns}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam.",
    ], "application", {"applicant_name": "Ligita Ozolkalne", "client_name": "Imants Ozolkalns"}),
    # Options in a column of boxes, two ticked by a hand over the box: OCR reads the ticks as
    # "/" and "+" where the others print "☐".
    "r12h_hand_ticks_over_boxes": ([
        "Valkas novada Sociālais dienests", "IESNIEGUMS asistenta pakalpojumam",
        "Vārds, uzvārds | {Imants Kalnājs}", f"Personas kods | {{{R12H_IMANTS}}}",
        "Asistents nepieciešams (atzīmēt, norādīt stundas nedēļā):",
        "☐ algots darbs", "{/} mācības profesionālajā skolā {20}", "☐ dienas centrs",
        "{+} interešu pulciņi, brīvais laiks {3}",
        "Datums | {03.02.2025.}",
    ], "application", {"activities": [{"kind": "education", "hours_per_week": 20},
                                      {"kind": "leisure", "hours_per_week": 3}]}),
    # A numbered option list whose chosen numbers a hand circled (the circles lost to OCR):
    # the unchosen options' numbers are no hours of the option above them.
    "r12h_option_numbers_are_not_hours": ([
        "Valkas novada Sociālais dienests", "IESNIEGUMS asistenta pakalpojumam",
        "Vārds, uzvārds | {Imants Kalnājs}", f"Personas kods | {{{R12H_IMANTS}}}",
        "C. Apvelciet aktivitātes numuru un ierakstiet stundas nedēļā:",
        "1 algots darbs", "2 mācības", "{Q} dienas aprūpes centrs {20 st.}",
        "4 biedrība, nevalstiskā organizācija", "5 brīvais laiks",
        "Datums | {03.02.2025.}",
    ], "application", {"activities": [{"kind": "day_centre", "hours_per_week": 20}]}),
}

# Hand readings with a single-stroke "l" returned as a slash or a bar, and what they must become
# (a date's slashes stand between digits and stay).
R12H_STROKE_LETTERS = {"Ku/dīga": "Kuldīga", "Ma|vīne": "Malvīne", "12/03/2024": "12/03/2024"}

# Dates as the hand recogniser returns them when it loses one thin separator, the full stop a
# hand ends a date with kept: what they must become before the date grammar reads them.
R12H_HALF_SEPARATED_DATES = {"09.112023.": "09.11.2023.", "28/022019": "28/02/2019",
                             "30.042025": "30.04.2025", "31.022024.": "31.022024."}

# A hand-dated line as Tesseract reads it: the label sure, the written date as a number with
# letters among its digits, one of them read surely ("oz.03"): the run is written, and is read
# again by the hand recogniser; a typed date beside its label is not.
R12H_MISREAD_DATE_LINE = [("Datums:", (100, 800, 230, 830), 0.97),
                          ("oz.03", (300, 795, 400, 832), 0.83),
                          ("20t).", (410, 795, 500, 832), 0.58),
                          ("4", (505, 800, 520, 830), 0.72)]
R12H_TYPED_DATE_LINE = [("Datums:", (100, 800, 230, 830), 0.97),
                        ("02.03.2021.", (300, 800, 480, 830), 0.93)]


# --- round 12, typed scans (r12t_*) -------------------------------------------------------------

R12T_IEVA = personal_code("1409691234")
R12T_TOMS = personal_code("0811081234")
R12T_AUSMA = personal_code("2107771234")
R12T_RUTA = personal_code("1503621234")
R12T_EDGARS = personal_code("2209951234")
R12T_DAIGA = personal_code("1104701234")
R12T_OJARS = personal_code("0906821234")
R12T_ILGMARS = personal_code("1712641234")
R12T_KARLIS = personal_code("0502961234")  # in an OCR words case (test_extract_classes)


def r12t_numbered_paragraphs(pdf: canvas.Canvas) -> None:
    """An opinion printed as numbered paragraphs in capitals, none ending with a full stop, and
    its term as a range with an em dash: each paragraph is a statement of its own (the last
    one's "nav" denies none of those above it)."""
    _lines(pdf, 60, 800, [
        "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA",
        "VIDZEMES REĢIONĀLĀ NODAĻA",
        "ATZINUMS NR. V-24/0815          03.04.2024.",
        "PERSONA: IEVA KALNIŅA",
        f"PERSONAS KODS: {R12T_IEVA}",
        "1. INVALIDITĀTE: III GRUPA",
        "2. TERMIŅŠ: 03.04.2024. — 02.04.2026.",
        "3. FUNKCIONĀLIE TRAUCĒJUMI: REDZES TRAUCĒJUMI",
        "4. VAI NEPIECIEŠAMS ASISTENTA PAKALPOJUMS PAŠVALDĪBĀ: JĀ",
        "5. ĪPAŠA KOPŠANA: NAV NOTEIKTA",
        "KOMISIJAS ĀRSTS          A. OZOLA",
    ], size=10)


def r12t_unruled_columns(pdf: canvas.Canvas) -> None:
    """A school's certificate with its pupil in a table printed without rules, one heading
    wrapped onto two lines: each value is the one in its heading's column."""
    _text(pdf, 60, 800, "Valmieras tehnikums", 12, bold=True)
    _text(pdf, 60, 786, "Vaidavas iela 4, Valmiera, LV-4201", 9)
    _text(pdf, 60, 760, "05.09.2024. Nr. 2-7/55", 10)
    _text(pdf, 250, 730, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 705, "Valmieras tehnikums apliecina, ka šajā mācību gadā mācās:", 10)
    for x, heading in ((60, "Izglītojamais"), (160, "Personas kods"), (260, "Programma"),
                      (370, "Stundas"), (440, "Mācības līdz")):
        _text(pdf, x, 680, heading, 9)
    _text(pdf, 370, 669, "nedēļā", 9)
    for x, value in ((60, "Toms Liepiņš"), (160, R12T_TOMS), (260, "Mehatronika"),
                     (372, "28"), (440, "30.06.2027.")):
        _text(pdf, x, 652, value, 9)
    _text(pdf, 60, 610, "Izglītības metodiķe                         L. Bērza", 10)


CASES.update({
    "r12t_numbered_paragraphs.pdf": (r12t_numbered_paragraphs, "commission_opinion", {
        "personal_code": R12T_IEVA, "disability_group": "III", "valid_until": "2026-04-02",
        "limitations": ["vision"], "assistant_needed": True, "special_care_needed": False}),
    "r12t_unruled_columns.pdf": (r12t_unruled_columns, "school_certificate", {
        "person_name": "Toms Liepiņš", "personal_code": R12T_TOMS,
        "hours_per_week": 28, "study_until": "2027-06-30"}),
})


def r12t_title_names_the_role(pdf: canvas.Canvas) -> None:
    """A guardian's certificate titled by the guardian's role ("AIZGĀDŅA APLIECĪBA") over
    two columns headed "Aizgādnis" and "Aizgādnībā esošā persona": the title is the paper's,
    the guardian's block is the column under its own heading."""
    _text(pdf, 200, 800, "TUKUMA NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 215, 786, "Talsu iela 4, Tukums, LV-3101", 9)
    _text(pdf, 210, 755, "AIZGĀDŅA APLIECĪBA", 13, bold=True)
    _text(pdf, 60, 720, "Aizgādnis", 10)
    _text(pdf, 300, 720, "Aizgādnībā esošā persona", 10)
    _text(pdf, 60, 704, "Rūta Sproģe", 10)
    _text(pdf, 300, 704, "Edgars Sproģis", 10)
    _text(pdf, 60, 690, f"p. k. {R12T_RUTA}", 10)
    _text(pdf, 300, 690, f"p. k. {R12T_EDGARS}", 10)
    _lines(pdf, 60, 660, [
        "Tukuma novada bāriņtiesa ar 2022. gada 5. maija lēmumu Nr. 1-9/22/14 iecēlusi aizgādni.",
        "Apliecība Nr. 14, izdota Tukumā 2022. gada 9. maijā.",
        "Bāriņtiesas priekšsēdētāja                    I. Kalna",
    ], size=10)


CASES.update({
    "r12t_title_names_the_role.pdf": (r12t_title_names_the_role, "representation_document", {
        "representative_name": "Rūta Sproģe", "representative_personal_code": R12T_RUTA,
        "person_name": "Edgars Sproģis", "personal_code": R12T_EDGARS}),
})


def r12t_gender_from_another_mention(pdf: canvas.Canvas) -> None:
    """A court's ruling appointing "Elvīru Kalnieti": the accusative of Elvīrs Kalnietis or of
    Elvīra Kalniete; the applicant "Elvīras Kalnietes" named earlier says it is a woman."""
    _text(pdf, 220, 800, "VIDZEMES RAJONA TIESA", 12, bold=True)
    _text(pdf, 420, 770, "Lieta Nr. C12345622", 10)
    _text(pdf, 260, 750, "SPRIEDUMS", 12, bold=True)
    _lines(pdf, 60, 720, [
        "Cēsīs 2022. gada 4. aprīlī",
        "Vidzemes rajona tiesa izskatīja civillietu Elvīras Kalnietes (personas kods",
        f"{R12T_DAIGA}) pieteikumā par rīcībspējas ierobežošanu Kārlim Kalnietim",
        f"(personas kods {R12T_KARLIS}) un aizgādnības nodibināšanu.",
        "nosprieda:",
        "Ierobežot Kārļa Kalnieša rīcībspēju mantisko lietu pārvaldībā. Nodibināt aizgādnību",
        "un iecelt par aizgādni Elvīru Kalnieti.",
        "Tiesnesis                                  A. Kļaviņš",
    ], size=10)


CASES.update({
    "r12t_gender_from_another_mention.pdf": (
        r12t_gender_from_another_mention, "representation_document", {
            "representative_name": "Elvīra Kalniete", "representative_personal_code": R12T_DAIGA,
            "person_name": "Kārlis Kalnietis", "personal_code": R12T_KARLIS}),
})


def r12t_abbreviated_rows(pdf: canvas.Canvas) -> None:
    """An opinion's rows under abbreviated labels ("Asist. pak. pašv.:", "Īp. kopš.:"): the
    answer beside each is that row's."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 10, bold=True)
    _text(pdf, 60, 786, "Latgales reģionālā nodaļa", 9)
    _text(pdf, 220, 760, "ATZINUMS Nr. L-21/0442", 11, bold=True)
    rows = [("Vārds, uzv.:", "Ojārs Kalējs"), ("P.k.:", R12T_OJARS), ("Invaliditātes gr.:", "III"),
            ("Noteikta no:", "03.03.2021."), ("Asist. pak. pašv.:", "nepieciešams"),
            ("Īp. kopš.:", "nav")]
    for n, (label, value) in enumerate(rows):
        _text(pdf, 60, 730 - 15 * n, label, 10)
        _text(pdf, 190, 730 - 15 * n, value, 10)
    _text(pdf, 60, 620, "Ekspertārsts                                   R. Zariņa", 10)


CASES.update({
    "r12t_abbreviated_rows.pdf": (r12t_abbreviated_rows, "commission_opinion", {
        "person_name": "Ojārs Kalējs", "personal_code": R12T_OJARS, "disability_group": "III",
        "assistant_needed": True, "special_care_needed": False}),
})


def r12t_mans_genitive_before_an_as_surname(pdf: canvas.Canvas) -> None:
    """"izvērtējusi Ilgmāra Liepas ... dokumentus": a given name's genitive in a bare "-a" is a
    man's, so the surname's "-as" is his 4th-declension Liepa's, not a woman's."""
    _text(pdf, 120, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 786, "Zemgales nodaļa, Bauskas pieņemšanas vieta", 9)
    _text(pdf, 60, 760, "Bauskā", 10)
    _text(pdf, 480, 760, "14.06.2021.", 10)
    _text(pdf, 230, 740, "Atzinums Nr. Z-21/1187", 11, bold=True)
    _lines(pdf, 60, 710, [
        f"Komisija, izvērtējusi Ilgmāra Liepas (personas kods {R12T_ILGMARS}) medicīniskos",
        "dokumentus, nosaka III (trešo) invaliditātes grupu uz diviem gadiem.",
        "Funkcionālie traucējumi: kustību traucējumi.",
        "Komisijas ārste                                   V. Sproģe",
    ], size=10)


CASES.update({
    "r12t_mans_genitive_before_an_as_surname.pdf": (
        r12t_mans_genitive_before_an_as_surname, "commission_opinion", {
            "person_name": "Ilgmārs Liepa", "personal_code": R12T_ILGMARS,
            "disability_group": "III"}),
})


# --- round 12b: set L's values and their shapes (r12-ld2) ------------------------------------

R12L2_ZANE = personal_code("1908871234")
R12L2_ARNIS = personal_code("0604701345")


def r12l2_bare_accusative_term(pdf: canvas.Canvas) -> None:
    """"... pa divām stundām pusgadu": a bare accusative of time is the term, no "uz" before it."""
    _text(pdf, 150, 800, "Ogres novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "2023. gada 14. aprīlī                                  Nr. 3-7/23/41", 10)
    _text(pdf, 200, 745, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 715, [
        f"Klientei Zanei Ozoliņai (personas kods {R12L2_ZANE}) ģimenes asistents palīdzēs",
        "sadzīves jautājumu kārtošanā. Atbalstu sniegt divas reizes nedēļā pa divām",
        "stundām pusgadu, sākot ar nākamo mēnesi.",
        "Sociālā darbiniece                                   M. Kalve",
    ], size=10)


def r12l2_term_as_two_dates_under_label(pdf: canvas.Canvas) -> None:
    """A term label whose value is two dates: the year of the first is no count of months."""
    _text(pdf, 150, 800, "Alūksnes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "Alūksnē, 2023. gada 20. februārī", 10)
    _text(pdf, 180, 745, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 715, [
        f"Klients: Arnis Bērziņš, personas kods {R12L2_ARNIS}. Pakalpojuma termiņš: no 2023.",
        "gada 1. marta līdz 2023. gada 31. augustam. Stundas nedēļā: 4.",
        "Sociālā darbiniece                                   D. Rozīte",
    ], size=10)


CASES.update({
    "r12l2_bare_accusative_term.pdf": (r12l2_bare_accusative_term, "social_worker_opinion", {
        "personal_code": R12L2_ZANE, "period_months": 6}),
    "r12l2_term_as_two_dates_under_label.pdf": (
        r12l2_term_as_two_dates_under_label, "social_worker_opinion", {
            "person_name": "Arnis Bērziņš", "personal_code": R12L2_ARNIS, "period_months": 6}),
})

R12L2_JANIS = personal_code("2703811567")
R12L2_SILVIJA = personal_code("1110691345")


def r12l2_year_then_roman_month(pdf: canvas.Canvas) -> None:
    """"kopš 2018. g. 3. IX": a year first, then the day and the month in Roman numerals."""
    _text(pdf, 180, 800, "SIA „Ventas Dzirnavas”", 13, bold=True)
    _text(pdf, 150, 784, "Reģ. Nr. 40103556677 · Dzirnavu iela 4, Kuldīga", 9)
    _text(pdf, 230, 750, "IZZIŅA Nr. 31", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Jānis Celmiņš (personas kods {R12L2_JANIS}) kopš 2018. g. 3. IX",
        "strādā uzņēmumā par maiznieku, darba laiks 40 stundas nedēļā.",
        "Kuldīgā, 2023. gada 5. maijā",
        "Valdes priekšsēdētājs                               A. Dzirnavnieks",
    ], size=10)


def r12l2_agent_noun_in_vedis(pdf: canvas.Canvas) -> None:
    """"lietveža amatā": a "-vedis" noun's genitive, whose "d" turned "ž", in the nominative."""
    _text(pdf, 180, 800, "SIA „Rūjas Koks”", 13, bold=True)
    _text(pdf, 150, 784, "Reģ. Nr. 40103667788 · Rīgas iela 12, Rūjiena", 9)
    _text(pdf, 230, 750, "IZZIŅA Nr. 7", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"SIA „Rūjas Koks” apliecina, ka Silvija Roze (personas kods {R12L2_SILVIJA})",
        "kopš 2020. gada 2. marta ir nodarbināta uzņēmumā noliktavas lietveža amatā.",
        "Rūjienā, 2023. gada 9. oktobrī",
        "Valdes loceklis                                     K. Auziņš",
    ], size=10)


CASES.update({
    "r12l2_year_then_roman_month.pdf": (r12l2_year_then_roman_month, "employer_certificate", {
        "person_name": "Jānis Celmiņš", "personal_code": R12L2_JANIS,
        "employed_since": "2018-09-03"}),
    "r12l2_agent_noun_in_vedis.pdf": (r12l2_agent_noun_in_vedis, "employer_certificate", {
        "person_name": "Silvija Roze", "personal_code": R12L2_SILVIJA,
        "position": "noliktavas lietvedis", "employed_since": "2020-03-02"}),
})

R12L2_VIJA = personal_code("0512661234")
R12L2_DAVIS = personal_code("2209951456")


def r12l2_rows_as_lengths(pdf: canvas.Canvas) -> None:
    """A week of sessions whose rows give each day's length ("1 h 45 min", "50 min"), not
    clock times: the week is their sum."""
    _text(pdf, 60, 800, "Biedrība „Saules Stari”", 12, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 40008112233 · Ezera iela 3, Smiltene", 9)
    _text(pdf, 200, 760, "APLIECINĀJUMS par nodarbībām", 12, bold=True)
    _text(pdf, 60, 735, f"Dalībniece: Vija Liepiņa, pers. k. {R12L2_VIJA}", 10)
    _grid(pdf, 60, 715, [120, 200, 90], [
        ["Diena", "Nodarbība", "Ilgums"],
        ["otrdiena", "keramika", "1 h 45 min"],
        ["ceturtdiena", "kustību grupa", "50 min"],
        ["piektdiena", "keramika", "1 h 25 min"],
    ])
    _text(pdf, 60, 610, "Smiltenē, 2023. gada 12. septembrī", 10)
    _text(pdf, 60, 590, "Valdes priekšsēdētāja                           L. Vanaga", 10)


def r12l2_days_and_hours_a_day_columns(pdf: canvas.Canvas) -> None:
    """A working-time row split into a days column and an hours-a-day column ("pirmdiena–
    ceturtdiena | 7"): the week is the days counted times the hours."""
    _text(pdf, 180, 800, "SIA „Gaujas Maiznīca”", 13, bold=True)
    _text(pdf, 220, 770, "IZZIŅA", 12, bold=True)
    _grid(pdf, 60, 745, [130, 220, 120], [
        ["Darbinieks", f"Dāvis Krūmiņš, p.k. {R12L2_DAVIS}", ""],
        ["Amats", "mīklas gatavotājs", ""],
        ["Darba laiks", "dienas", "stundas dienā"],
        ["", "pirmdiena–ceturtdiena", "7"],
    ])
    _text(pdf, 60, 640, "Valmierā, 2023. gada 2. novembrī", 10)
    _text(pdf, 60, 620, "Valdes loceklis                                  J. Saulītis", 10)


CASES.update({
    "r12l2_rows_as_lengths.pdf": (r12l2_rows_as_lengths, "activity_certificate", {
        "personal_code": R12L2_VIJA, "hours_per_week": 4}),
    "r12l2_days_and_hours_a_day_columns.pdf": (
        r12l2_days_and_hours_a_day_columns, "employer_certificate", {
            "person_name": "Dāvis Krūmiņš", "personal_code": R12L2_DAVIS, "hours_per_week": 28}),
})

R12L2_EGONS = personal_code("1403571234")


def r12l2_scored_limitations(pdf: canvas.Canvas) -> None:
    """Limitations scored on a scale the paper defines ("0 = nav ierobežojumu"): a row scored
    0 is no limitation, one scored above 0 is."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 10, bold=True)
    _text(pdf, 60, 786, "Kurzemes reģionālā nodaļa", 9)
    _text(pdf, 200, 760, "ATZINUMS Nr. K-23/0918", 11, bold=True)
    _text(pdf, 60, 740, "Liepājā, 2023. gada 6. jūnijā", 10)
    _text(pdf, 60, 715, f"Persona: Egons Vārna, personas kods {R12L2_EGONS}", 10)
    _text(pdf, 60, 700, "Invaliditātes grupa: III", 10)
    _text(pdf, 60, 680, "Ierobežojumu vērtējums (0 = nav ierobežojumu, 1 = neliels, 2 = būtisks,"
          " 3 = pilnīgs)", 9)
    _grid(pdf, 60, 665, [280, 80], [
        ["Joma", "Vērtējums"],
        ["Redzes funkcijas", "1"],
        ["Kustību un pārvietošanās funkcijas", "0"],
        ["Psihiskās veselības funkcijas", "0"],
        ["Abu roku funkcijas", "2"],
    ])
    _text(pdf, 60, 550, "Komisijas ārsts                                   U. Zvirbulis", 10)


CASES.update({
    "r12l2_scored_limitations.pdf": (r12l2_scored_limitations, "commission_opinion", {
        "person_name": "Egons Vārna", "personal_code": R12L2_EGONS, "disability_group": "III",
        "limitations": ["vision", "upper_limbs"]}),
})

R12L2_INTA = personal_code("3001741234")


def r12l2_letterhead_name_then_date(pdf: canvas.Canvas) -> None:
    """The issuer's name with the paper's date printed at the far end of its line: the date is
    no part of the name."""
    _text(pdf, 60, 800, "SIA „Kurzemes Veselības Centrs”", 11, bold=True)
    _text(pdf, 470, 800, "17/10/2023", 10)
    _text(pdf, 60, 786, "Dienas stacionārs · Slimnīcas iela 4, Talsi", 9)
    _text(pdf, 180, 755, "APLIECINĀJUMS par ārstniecības kursu", 12, bold=True)
    _lines(pdf, 60, 725, [
        f"Pacientei Intai Kalniņai (pers. k. {R12L2_INTA}) noteikts ārstniecības kurss:",
        "otrdienās un ceturtdienās no 9.00 līdz 12.00.",
        "Nodaļas vadītājs                                Dr. P. Lapsa",
    ], size=10)


CASES.update({
    "r12l2_letterhead_name_then_date.pdf": (
        r12l2_letterhead_name_then_date, "activity_certificate", {
            "personal_code": R12L2_INTA, "institution_name": "SIA Kurzemes Veselības Centrs"}),
})

R12L2_RUTA = personal_code("1607931234")
R12L2_MIKS = personal_code("0402121456")


def r12l2_one_cell_two_labels(pdf: canvas.Canvas) -> None:
    """One label cell for two fields ("Ieņemamais amats / no kura laika"), their values in the
    cell beside it parted by a comma: the first field's value ends at that comma."""
    _text(pdf, 180, 800, "AS „Daugavas Tekstils”", 13, bold=True)
    _text(pdf, 230, 770, "IZZIŅA", 12, bold=True)
    _grid(pdf, 60, 745, [150, 330], [
        ["Darbiniece", f"Rūta Kalēja, personas kods {R12L2_RUTA}"],
        ["Amats / no", "auduma piegriezēja, no 2017. gada 4. aprīļa"],
    ])
    _text(pdf, 60, 690, "Daugavpilī, 2023. gada 19. decembrī", 10)
    _text(pdf, 60, 670, "Personāla speciāliste                             G. Ruse", 10)


def r12l2_label_over_two_cells(pdf: canvas.Canvas) -> None:
    """A label whose last word stands in a sub-column of its own ("Kontaktstundas | nedēļā |
    22"): the two cells are the label, the value is the cell after them."""
    _text(pdf, 170, 800, "Cēsu Valsts ģimnāzija", 13, bold=True)
    _text(pdf, 240, 770, "IZZIŅA", 12, bold=True)
    _grid(pdf, 60, 745, [150, 200, 120], [
        ["Skolēns", f"Miks Ābols, p.k. {R12L2_MIKS}", ""],
        ["Klase", "5.a", ""],
        ["Kontaktstundas", "nedēļā", "22"],
    ])
    _text(pdf, 60, 660, "Cēsīs, 2023. gada 8. septembrī", 10)
    _text(pdf, 60, 640, "Direktors                                       V. Krūze", 10)


CASES.update({
    "r12l2_one_cell_two_labels.pdf": (r12l2_one_cell_two_labels, "employer_certificate", {
        "person_name": "Rūta Kalēja", "personal_code": R12L2_RUTA,
        "position": "auduma piegriezēja", "employed_since": "2017-04-04"}),
    "r12l2_label_over_two_cells.pdf": (r12l2_label_over_two_cells, "school_certificate", {
        "personal_code": R12L2_MIKS, "hours_per_week": 22}),
})


# --- round 12, set L (r12-ld1): stamps over the text, a portal's status stamp ----------------

R12L1_MAIJA = personal_code("1709861234")
R12L1_OSKARS = personal_code("0312551789")


def _rim_stamp(pdf: canvas.Canvas, cx: float, cy: float, radius: float, text: str,
               start: float) -> None:
    """A round stamp's lettering: each glyph turned along the rim, clockwise from `start`°."""
    import math
    pdf.setFillColorRGB(0.25, 0.3, 0.7)
    pdf.setFont("DejaVuSans-Bold", 7)
    for n, letter in enumerate(text):
        angle = math.radians(start - n * 11)
        pdf.saveState()
        pdf.translate(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        pdf.rotate(math.degrees(angle) - 90)
        pdf.drawString(0, 0, letter)
        pdf.restoreState()
    pdf.setFillColorRGB(0, 0, 0)


def r12l1_stamp_rim_over_the_date_line(pdf: canvas.Canvas) -> None:
    """An orphan court's certificate whose round stamp's rim letters fall on the end of its
    date line ("oktobrīR A"): they are the stamp's, not the date's, so the date line is still
    the paper's own date, not the decision's date cited above it."""
    _text(pdf, 190, 800, "SIGULDAS NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 230, 770, "APLIECĪBA Nr. 42", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Izsniegta Maijai Rozentālei (p.k. {R12L1_MAIJA}) par to, ka viņa ir iecelta par",
        f"aizgādni pilngadīgai personai Oskaram Rozentālam (p.k. {R12L1_OSKARS}).",
        "Pamats: Siguldas novada bāriņtiesas 2023. gada 2. oktobra lēmums Nr. 1-9/23/88.",
    ], size=10)
    _text(pdf, 60, 670, "Siguldā, 2023. gada 16. oktobrī", 10)
    _text(pdf, 330, 670, "Priekšsēdētāja A. Bērzkalne", 10)
    _rim_stamp(pdf, 225, 640, 32, "SIGULDAS NOVADA BĀRIŅTIESA *", 125)


def r12l1_portal_status_stamp(pdf: canvas.Canvas) -> None:
    """A municipal portal's printout: the print time beside the portal's name, the
    submission stamp in the status line ("Iesniegts (2023-08-21 16:05:33)"): the application
    was submitted when stamped, not when printed."""
    _text(pdf, 40, 810, "Pašvaldības e-pakalpojumi", 9)
    _text(pdf, 420, 810, "Izdrukāts: 28.08.2023 11:47", 9)
    _text(pdf, 90, 770, "Pieteikums asistenta pakalpojuma saņemšanai", 12, bold=True)
    _text(pdf, 40, 750, "Pieteikuma Nr. EP-OGR-2023-000912 · Statuss: Iesniegts "
          "(2023-08-21 16:05:33) · Adresāts: Ogres novada Sociālais dienests", 8)
    _lines(pdf, 40, 720, [
        "Vārds, uzvārds: Oskars Rozentāls",
        f"Personas kods: {R12L1_OSKARS}",
        "Deklarētā dzīvesvieta: Skolas iela 3-7, Ogre, LV-5001",
        "Pakalpojums tiek pieprasīts: sev",
        "Aktivitāte: Darba attiecības (SIA Ogres Maiznīca), 20 stundas nedēļā",
        "Pieteikums iesniegts elektroniski un nav jāparaksta.",
    ], size=10)


CASES.update({
    "r12l1_stamp_rim_over_the_date_line.pdf": (
        r12l1_stamp_rim_over_the_date_line, "representation_document", {
            "representative_name": "Maija Rozentāle", "person_name": "Oskars Rozentāls",
            "issued_on": "2023-10-16"}),
    "r12l1_portal_status_stamp.pdf": (r12l1_portal_status_stamp, "application", {
        "applicant_name": "Oskars Rozentāls", "submitted_on": "2023-08-21"}),
})


R12L1_DAINIS = personal_code("2104791456")
R12L1_LINARDS = personal_code("0802141789")


def r12l1_printed_email_for_a_son(pdf: canvas.Canvas) -> None:
    """A printed e-mail from a father for his son (dative, his code in brackets): the father's
    code stated later with "Mans personas kods" is the applicant's; "Citās nodarbībās ...
    aktivitātēs nav vajadzīgs" after a full stop runs on in the paragraph, it heads no section,
    so the schooling asked for in the request keeps its hours."""
    _text(pdf, 40, 810, "Outlook · Dainis Vecvagars <dainis.vecvagars@inbox.lv>", 8)
    _lines(pdf, 40, 780, [
        "No:      Dainis Vecvagars <dainis.vecvagars@inbox.lv>",
        "Kam:     socialais.dienests@ogre.example.lv",
        "Datums:  pirmd., 2023. g. 4. sept. 09:12",
        "Temats:  Asistents dēlam",
    ], size=9)
    _lines(pdf, 40, 700, [
        "Labdien!",
        "Lūdzu piešķirt asistenta pakalpojumu savam dēlam Linardam Vecvagaram "
        f"(p.k. {R12L1_LINARDS}),",
        "kuram noteikta invaliditāte. Linards mācās Ogres 1. vidusskolas 4. klasē, "
        "asistents vajadzīgs skolā no 9.00 līdz 14.00",
        "katru darba dienu. Citās aktivitātēs asistents nav vajadzīgs, pabalstu nesaņemam.",
        "Deklarētā adrese: Meža iela 12, Ogre, LV-5001. Mans personas kods",
        f"{R12L1_DAINIS}. Pielikumā ārsta izziņa.",
        "Ar cieņu",
        "Dainis Vecvagars",
    ], size=9)


CASES.update({
    "r12l1_printed_email_for_a_son.pdf": (
        r12l1_printed_email_for_a_son, "application", {
            "applicant_name": "Dainis Vecvagars", "applicant_personal_code": R12L1_DAINIS,
            "client_name": "Linards Vecvagars", "client_personal_code": R12L1_LINARDS,
            "activities": [{"kind": "education", "hours_per_week": 25}],
            "submitted_on": "2023-09-04"}),
})


R12L1_VIZMA = personal_code("1503521234")
R12L1_EGILS = personal_code("2711781456")


def r12l1_judgment_extract_limiting_capacity(pdf: canvas.Canvas) -> None:
    """An extract of a judgment: the ward is the dative the capacity is limited for and the
    genitive owning "rīcībspēju", the guardian the accusative appointed; the basis is the
    judgment cited from the title block ("IZRAKSTS NO SPRIEDUMA" over "Lieta Nr. ..." and the
    date), with the case in the locative."""
    _text(pdf, 210, 800, "LATGALES APGABALTIESA", 12, bold=True)
    _text(pdf, 230, 770, "IZRAKSTS NO SPRIEDUMA", 12, bold=True)
    _text(pdf, 170, 754, "Lieta Nr. C27081523 · Daugavpilī, 2022. gada 14. septembrī", 10)
    _lines(pdf, 60, 720, [
        "Latgales apgabaltiesa, izskatījusi civillietu par rīcībspējas ierobežošanu "
        "Vizmai Kalniņai",
        f"(p.k. {R12L1_VIZMA}),",
        "nosprieda:",
        "Ierobežot Vizmas Kalniņas rīcībspēju. Iecelt par aizgādni Egilu Kalniņu "
        f"(p.k. {R12L1_EGILS}).",
        "Izraksts izsniegts 2023. gada 2. februārī. Izraksts pareizs.",
        "Tiesas sekretāre                                  L. Bērziņa",
    ], size=10)


CASES.update({
    "r12l1_judgment_extract_limiting_capacity.pdf": (
        r12l1_judgment_extract_limiting_capacity, "representation_document", {
            "representative_name": "Egils Kalniņš", "representative_personal_code": R12L1_EGILS,
            "person_name": "Vizma Kalniņa", "personal_code": R12L1_VIZMA,
            "basis": "Latgales apgabaltiesas 2022. gada 14. septembra spriedums "
                     "lietā Nr. C27081523",
            "issued_on": "2022-09-14"}),
})


R12L1_ARTURS = personal_code("1306991234")


def r12l1_data_box_beside_the_title(pdf: canvas.Canvas) -> None:
    """A two-column letter: the request on the left, the writer's data box on the right
    ("v. u.:", "p.k.:"), its code's row level with the title: the code is the writer's."""
    _text(pdf, 40, 800, "Ogres novada Sociālais dienests", 10)
    _text(pdf, 330, 800, "Iesniedzējs", 10)
    _text(pdf, 330, 786, "v. u.: Artūrs Grīnbergs", 10)
    _text(pdf, 120, 772, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 330, 772, f"p.k.: {R12L1_ARTURS}", 10)
    _text(pdf, 330, 758, "adrese: Meža iela 4-2, Ogre, LV-5001", 10)
    _lines(pdf, 40, 740, [
        "Lūdzu man piešķirt ģimenes asistenta",
        "pakalpojumu, jo pēc audžuģimenes dzīvoju",
        "viens un man grūti tikt galā ar rēķiniem.",
    ], size=10)
    _text(pdf, 40, 670, "Ogrē, 12.02.2024", 10)
    _text(pdf, 330, 670, "A. Grīnbergs", 10)


CASES.update({
    "r12l1_data_box_beside_the_title.pdf": (
        r12l1_data_box_beside_the_title, "application", {
            "service": "family_assistant", "applicant_name": "Artūrs Grīnbergs",
            "applicant_personal_code": R12L1_ARTURS, "client_personal_code": R12L1_ARTURS,
            "submitted_on": "2024-02-12"}),
})


R12L1_MARTINS = personal_code("0905191234")


def r12l1_child_opinion_on_its_second_page(pdf: canvas.Canvas) -> None:
    """A commission's opinion whose data stand on page 2: the child's name in the genitive with
    its soft consonant typed as "nj" ("Mārtiņa Kalnja", from Kalnis), and the disability
    "nosaka ... invaliditāti bērnam" in the accusative: the child group."""
    _text(pdf, 100, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _lines(pdf, 60, 760, [
        "Informācija par atzinumu",
        "Atzinums stājas spēkā tā pieņemšanas dienā. Atzinuma dati norādīti nākamajā lapā.",
    ], size=10)
    pdf.showPage()
    _text(pdf, 200, 800, "ATZINUMS Nr. KUR-24-00517", 12, bold=True)
    _text(pdf, 210, 784, "Pieņemts 2024. gada 8. februārī", 10)
    _lines(pdf, 60, 750, [
        f"Komisija nosaka Mārtiņa Kalnja (personas kods {R12L1_MARTINS}) invaliditāti bērnam",
        "no 2024. gada 8. februāra līdz 2026. gada 8. februārim.",
        "Komisijas ārsts                                   J. Dūmiņš",
    ], size=10)


CASES.update({
    "r12l1_child_opinion_on_its_second_page.pdf": (
        r12l1_child_opinion_on_its_second_page, "commission_opinion", {
            "person_name": "Mārtiņš Kalnis", "personal_code": R12L1_MARTINS,
            "disability_group": "child", "issued_on": "2024-02-08"}),
})


R12L1_KRISTINE = personal_code("1108851234")
R12L1_JANIS = personal_code("2002901456")
R12L1_RAIVIS = personal_code("0611101789")


def r12l1_two_assistants_share_a_sheet(pdf: canvas.Canvas) -> None:
    """One month's sheet kept by two assistants, listed as "Asistenti: 1) ...; 2) ...": the
    first named is the sheet's assistant; the head says once, in brackets beside the client,
    what the sheet is for ("(darbs)"): the rows, naming none, are that activity's."""
    _text(pdf, 180, 800, "Ogres novada Sociālais dienests", 11, bold=True)
    _text(pdf, 120, 782, "Asistenta pakalpojuma uzskaites lapa – 2024. gada marts", 11)
    _text(pdf, 40, 760, f"Pakalpojuma saņēmējs: Raivis Zālītis, p.k. {R12L1_RAIVIS} (darbs)", 9)
    _text(pdf, 40, 746, f"Asistenti: 1) Kristīne Ozoliņa, p.k. {R12L1_KRISTINE} (K. O.); "
          f"2) Jānis Ābele, p.k. {R12L1_JANIS} (J. Ā.)", 9)
    _lines(pdf, 40, 720, [
        "Datums          Laiks            Stundas     Asistents",
        "04.03.2024      09:00–12:00      3           K. O.",
        "05.03.2024      09:00–12:00      3           J. Ā.",
        "Kopā                             6",
    ], size=9)


CASES.update({
    "r12l1_two_assistants_share_a_sheet.pdf": (
        r12l1_two_assistants_share_a_sheet, "timesheet", {
            "client_name": "Raivis Zālītis", "assistant_name": "Kristīne Ozoliņa",
            "entries": [
                {"date": "2024-03-04", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "work"},
                {"date": "2024-03-05", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "work"}]}),
})


# --- round 13, r13-names: whose name and code -----------------------------------------------

R13N_LUIZE = personal_code("0406721234")
R13N_ERNESTS = personal_code("1710431456")


def r13n_particle_in_a_decision(pdf: canvas.Canvas) -> None:
    """An orphan court appoints a guardian whose surname, and the ward's, carries a particle
    ("van"): the particle is part of both names and never declined ("iecelt Luīzi van Dērenu
    ... par aizgādni Ernestam van Dērenam"); "par aizgādni" after the first code names the
    one appointed, not the ward."""
    _text(pdf, 200, 800, "TUKUMA NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 220, 770, "LĒMUMS Nr. 3-4/24/77", 12, bold=True)
    _text(pdf, 225, 754, "par aizgādņa iecelšanu", 10)
    _text(pdf, 60, 730, "Tukumā", 10)
    _text(pdf, 380, 730, "2024. gada 11. aprīlī", 10)
    _lines(pdf, 60, 700, [
        "Bāriņtiesa, izvērtējusi lietas materiālus, nolēma: iecelt Luīzi van Dērenu,",
        f"personas kods {R13N_LUIZE}, par aizgādni Ernestam van Dērenam, personas kods",
        f"{R13N_ERNESTS}.",
        "Bāriņtiesas priekšsēdētājs                              K. Zaļkalns",
    ], size=10)


R13N_OSKARS = personal_code("2309551789")


def r13n_particle_in_a_day_centre_letter(pdf: canvas.Canvas) -> None:
    """A day centre certifies visits of a man whose surname has a particle ("fon"): the name
    before the code keeps it."""
    _text(pdf, 180, 800, "Dienas centrs „Saulgrieži”", 12, bold=True)
    _text(pdf, 240, 770, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Dienas centrs apliecina, ka Oskars fon Rozens (p. k. {R13N_OSKARS}) apmeklē",
        "dienas centru otrdienās un ceturtdienās no 10.00 līdz 14.00.",
        "Talsos, 14.05.2024.                                   Vadītāja R. Celma",
    ], size=10)


CASES.update({
    "r13n_particle_in_a_decision.pdf": (
        r13n_particle_in_a_decision, "representation_document", {
            "representative_name": "Luīze van Dērena", "representative_personal_code": R13N_LUIZE,
            "person_name": "Ernests van Dērens", "personal_code": R13N_ERNESTS}),
    "r13n_particle_in_a_day_centre_letter.pdf": (
        r13n_particle_in_a_day_centre_letter, "activity_certificate", {
            "person_name": "Oskars fon Rozens", "personal_code": R13N_OSKARS,
            "issued_on": "2024-05-14"}),
})


R13N_KRISTAPS = personal_code("2601851234")
R13N_ALISE = personal_code("0812031456")


def r13n_client_row_without_a_heading(pdf: canvas.Canvas) -> None:
    """An application form of label rows only: the applicant's row ("Iesniedzējs (aizbildnis)")
    and the client's ("Klients") with no block heading; the "Klients" row opens the client's
    part, so its name and code are not the applicant's copied."""
    _text(pdf, 200, 800, "Talsu novada Sociālajam dienestam", 10)
    _text(pdf, 240, 770, "IESNIEGUMS", 12, bold=True)
    _text(pdf, 150, 754, "par asistenta pakalpojuma piešķiršanu bērnam", 10)
    _lines(pdf, 60, 720, [
        "Iesniedzējs (aizbildnis)         Kristaps Šteins",
        f"Personas kods                    {R13N_KRISTAPS}",
        "Tālrunis                         26110345",
        "Klients                          Alise Šteina",
        f"Klienta personas kods            {R13N_ALISE}",
        "Deklarētā dzīvesvieta            Dārza iela 3, Talsi, LV-3201",
    ], size=10)
    _text(pdf, 60, 600, "Talsos, 02.04.2024.                                    K. Šteins", 10)


R13N_KATE = personal_code("0304091234")
R13N_ROBERTS = personal_code("1511081456")


def r13n_pupil_list_one_with_a_code(pdf: canvas.Canvas) -> None:
    """A school certifies three pupils in a list; only one row prints a code: the paper is
    that pupil's, not the first row's."""
    _text(pdf, 200, 800, "Rīgas Purvciema vidusskola", 12, bold=True)
    _text(pdf, 250, 770, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 740, [
        "Apliecinām, ka zemāk norādītie skolēni 2024./2025. mācību gadā apgūst vispārējās",
        "vidējās izglītības programmu klātienē, 30 mācību stundas nedēļā.",
    ], size=10)
    _grid(pdf, 60, 700, [30, 170, 120, 60], [
        ["Nr.", "Vārds, uzvārds", "Personas kods", "Klase"],
        ["1.", "Kate Bērziņa", "—", "10.b"],
        ["2.", "Roberts Krūze", R13N_ROBERTS, "10.b"],
        ["3.", "Līva Sproģe", "—", "10.b"],
    ])
    _text(pdf, 60, 610, "Rīgā, 21.10.2024.                                  Direktors A. Ozols", 10)


CASES.update({
    "r13n_client_row_without_a_heading.pdf": (
        r13n_client_row_without_a_heading, "application", {
            "applicant_name": "Kristaps Šteins", "applicant_personal_code": R13N_KRISTAPS,
            "client_name": "Alise Šteina", "client_personal_code": R13N_ALISE}),
    "r13n_pupil_list_one_with_a_code.pdf": (
        r13n_pupil_list_one_with_a_code, "school_certificate", {
            "person_name": "Roberts Krūze", "personal_code": R13N_ROBERTS,
            "hours_per_week": 30, "issued_on": "2024-10-21"}),
})


R13N_MIKUS = personal_code("1902941234")


def r13n_requester_applies_for_himself(pdf: canvas.Canvas) -> None:
    """A short form whose only person row is "Pieprasītājs": the requester applies, and with no
    client's block the service is for him."""
    _text(pdf, 160, 790, "Pieteikums asistenta pakalpojuma saņemšanai", 12, bold=True)
    _lines(pdf, 60, 750, [
        "Pieprasītājs          Mikus Bērzkalns",
        f"P.k.                  {R13N_MIKUS}",
        "Adrese                Parka iela 12, Cēsis, LV-4101",
        "Tālr.                 29114407",
    ], size=10)
    _text(pdf, 60, 660, "Cēsīs, 03.09.2024.                                   M. Bērzkalns", 10)


R13N_VALDIS = personal_code("0702811234")
R13N_LIGA = personal_code("1104131456")


def r13n_certificate_issued_to_the_parent(pdf: canvas.Canvas) -> None:
    """A certificate issued to a parent "par to, ka viņš ir ... tēvs un likumiskais pārstāvis":
    the dative it is issued to is the representative, the genitive in the predicate the child."""
    _text(pdf, 190, 800, "CĒSU NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 200, 770, "IZZIŅA par likumisko pārstāvību", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Izsniegta Valdim Kronbergam (p.k. {R13N_VALDIS}) par to, ka viņš ir nepilngadīgās",
        f"Līgas Kronbergas (p.k. {R13N_LIGA}) tēvs un likumiskais pārstāvis. Pamats:",
        "Dzimšanas reģistra ieraksts Nr. 2013/0992.",
    ], size=10)
    _text(pdf, 60, 670, "12.IV.2024", 10)
    _text(pdf, 330, 670, "Priekšsēdētājs J. Ozoliņš", 10)


CASES.update({
    "r13n_requester_applies_for_himself.pdf": (
        r13n_requester_applies_for_himself, "application", {
            "applicant_name": "Mikus Bērzkalns", "applicant_personal_code": R13N_MIKUS,
            "client_name": "Mikus Bērzkalns", "client_personal_code": R13N_MIKUS}),
    "r13n_certificate_issued_to_the_parent.pdf": (
        r13n_certificate_issued_to_the_parent, "representation_document", {
            "representative_name": "Valdis Kronbergs", "representative_personal_code": R13N_VALDIS,
            "person_name": "Līga Kronberga", "personal_code": R13N_LIGA}),
})


R13N_NATALIJA = personal_code("3205174081")


def r13n_aside_between_name_and_new_code(pdf: canvas.Canvas) -> None:
    """A letter whose writer gives her name as another paper spells it, in brackets, before
    her code, and the code is of the new format (32..., no birth date), wrapped to the next
    line."""
    _text(pdf, 300, 800, "Jelgavas valstspilsētas Sociālajam dienestam", 10)
    _text(pdf, 150, 760, "IESNIEGUMS asistenta pakalpojumam", 12, bold=True)
    _lines(pdf, 60, 730, [
        "Es, Natālija Morozova (pasē: Наталья Морозова), personas kods",
        f"{R13N_NATALIJA}, lūdzu piešķirt man asistenta pakalpojumu darbam veikalā.",
        "Deklarētā adrese: Zemgales iela 4-9, Jelgava, LV-3001",
    ], size=10)
    _text(pdf, 60, 650, "Jelgavā, 2024. gada 6. novembrī                       N. Morozova", 10)


R13N_VERONIKA = personal_code("2103891234")


def r13n_position_of_a_woman_after_par(pdf: canvas.Canvas) -> None:
    """An employer's letter: "strādā ... par šķirotāju" (the accusative a man's and a woman's
    title share); the employee is a woman by her given name, her surname tells nothing: the
    title is hers, "šķirotāja"."""
    _text(pdf, 200, 800, "SIA Kurzemes Dārzeņi", 12, bold=True)
    _text(pdf, 250, 770, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Apliecinām, ka Veronika Ļaščenko (personas kods {R13N_VERONIKA}) strādā",
        "SIA Kurzemes Dārzeņi par šķirotāju kopš 2022. gada 1. marta, 30 stundas nedēļā.",
        "Izziņa izsniegta 2024. gada 5. aprīlī.",
    ], size=10)
    _text(pdf, 60, 660, "Valdes locekle                                   I. Kalna", 10)


CASES.update({
    "r13n_aside_between_name_and_new_code.pdf": (
        r13n_aside_between_name_and_new_code, "application", {
            "applicant_name": "Natālija Morozova", "applicant_personal_code": R13N_NATALIJA,
            "client_personal_code": R13N_NATALIJA}),
    "r13n_position_of_a_woman_after_par.pdf": (
        r13n_position_of_a_woman_after_par, "employer_certificate", {
            "person_name": "Veronika Ļaščenko", "personal_code": R13N_VERONIKA,
            "position": "šķirotāja", "hours_per_week": 30}),
})


R13N_GATIS = personal_code("0902071234")


def r13n_numbered_list_without_rules(pdf: canvas.Canvas) -> None:
    """A club's list of members without rules, each row opening with its number: the row that
    holds the one code printed is the paper's person, the number no part of the name."""
    _text(pdf, 190, 800, "Biedrība „Kurzemes Airētāji”", 12, bold=True)
    _text(pdf, 250, 770, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 740, [
        "Biedrība apliecina, ka zemāk minētie biedri piedalās biedrības nodarbībās",
        "sestdienās, 3 stundas nedēļā.",
    ], size=10)
    _lines(pdf, 60, 700, [
        "Nr.   Vārds, uzvārds              Personas kods          Grupa",
        "1.    Daina Ozoliņa               —                      B",
        f"2.    Gatis Lejnieks              {R13N_GATIS}           A",
        "3.    Pēteris Saulītis            —                      A",
    ], size=10)
    _text(pdf, 60, 620, "Ventspilī, 04.11.2024.", 9)
    _text(pdf, 330, 620, "Valdes priekšsēdētājs O. Lauks", 9)


CASES.update({
    "r13n_numbered_list_without_rules.pdf": (
        r13n_numbered_list_without_rules, "activity_certificate", {
            "person_name": "Gatis Lejnieks", "personal_code": R13N_GATIS,
            "issued_on": "2024-11-04"}),
})


R13N_EDGARS = personal_code("1403761234")
R13N_ELZA = personal_code("2708411456")


def r13n_stamp_over_the_wards_name(path: Path) -> Path:
    """An orphan court's decision scanned at 300 dpi whose round stamp, in a lighter ink, is
    pressed over the middle of the line naming the ward ("par aizgādni Elzai Kronbergai,
    personas kods ..."): the words under it are read again from the print's dark ink."""
    import math

    from PIL import Image, ImageChops, ImageDraw, ImageFont

    fonts = "/usr/share/fonts/truetype/dejavu/"
    bold = ImageFont.truetype(fonts + "DejaVuSans-Bold.ttf", 50)
    font = ImageFont.truetype(fonts + "DejaVuSans.ttf", 42)
    small = ImageFont.truetype(fonts + "DejaVuSans-Bold.ttf", 30)
    page = Image.new("L", (2480, 1600), 250)
    draw = ImageDraw.Draw(page)
    draw.text((800, 150), "TALSU NOVADA BĀRIŅTIESA", font=bold, fill=20)
    draw.text((880, 300), "LĒMUMS Nr. 1-5/24/31", font=bold, fill=20)
    draw.text((900, 380), "par aizgādņa iecelšanu", font=font, fill=20)
    draw.text((250, 500), "Talsos", font=font, fill=20)
    draw.text((1650, 500), "2024. gada 9. februārī", font=font, fill=20)
    draw.text((250, 620), "Bāriņtiesa nolemj: iecelt Edgaru Kronbergu, personas kods "
              f"{R13N_EDGARS},", font=font, fill=20)
    draw.text((250, 690), f"par aizgādni Elzai Kronbergai, personas kods {R13N_ELZA}.",
              font=font, fill=20)
    draw.text((250, 900), "Bāriņtiesas priekšsēdētāja", font=font, fill=20)
    draw.text((1750, 900), "G. Ozola", font=font, fill=20)
    cx, cy, r = 930, 845, 160
    ring = Image.new("L", page.size, 0)
    ink = ImageDraw.Draw(ring)
    ink.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=7)
    ink.ellipse((cx - r + 45, cy - r + 45, cx + r - 45, cy + r - 45), outline=255, width=4)
    for n, letter in enumerate("TALSU NOVADA BĀRIŅTIESA *"):
        angle = math.radians(150 - n * 13)
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((8, 2), letter, font=small, fill=255)
        glyph = glyph.rotate(math.degrees(angle) - 90, expand=True)
        x = cx + (r - 24) * math.cos(angle) - glyph.width / 2
        y = cy - (r - 24) * math.sin(angle) - glyph.height / 2
        ring.paste(glyph, (int(x), int(y)), glyph)
    ink.text((cx - 45, cy - 20), "Talsi", font=small, fill=255)
    # the stamp's lighter ink lies over the paper; the print stays black under it
    stamp = Image.composite(Image.new("L", page.size, 125), Image.new("L", page.size, 255), ring)
    ImageChops.darker(page, stamp).save(path, dpi=(300, 300))
    return path


R13N_STAMP_FIELDS = {
    "representative_name": "Edgars Kronbergs", "representative_personal_code": R13N_EDGARS,
    "person_name": "Elza Kronberga", "personal_code": R13N_ELZA}


# --- round 13: where a value ends, and OCR damage (r13b_) ------------------------------------

R13B_LAURA = personal_code("1406121234")
R13B_OSKARS = personal_code("0303701456")
R13B_ZANE = personal_code("2107881789")
R13B_PAULS = personal_code("1712901234")


def r13b_status_row_under_the_school(pdf: canvas.Canvas) -> None:
    """A school's letterhead with the row saying what body it is and who founded it under the
    name ("... pašvaldības izglītības iestāde"): the status is no part of the name."""
    _text(pdf, 190, 800, "Valmieras Pārgaujas pamatskola", 14, bold=True)
    _text(pdf, 170, 782, "Valmieras novada pašvaldības izglītības iestāde", 14, bold=True)
    _text(pdf, 230, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Laura Stepiņa, personas kods {R13B_LAURA}, mācās 5. klasē",
        "pamatizglītības programmā, 26 mācību stundas nedēļā.",
        "Valmierā, 12.02.2024.                          Direktors O. Mētra",
    ], size=10)


def r13b_town_row_under_the_centre(pdf: canvas.Canvas) -> None:
    """A day centre's letterhead with its town on a row of its own under the name: the town is
    its address, not the last word of its name."""
    _text(pdf, 170, 800, "Jelgavas dienas centrs Saulesdārzs", 14, bold=True)
    _text(pdf, 260, 782, "Jelgava", 14, bold=True)
    _text(pdf, 230, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Oskars Rimša, pers. kods {R13B_OSKARS}, apmeklē dienas centru pirmdienās",
        "un trešdienās, katru reizi 4 h.",
        "Jelgavā, 2024. gada 4. martā                      Vadītāja I. Celma",
    ], size=10)


def r13b_issued_line_above_the_name(pdf: canvas.Canvas) -> None:
    """A small "Izsniegts <date>" printed at the top right above a college's name: the phrase
    and the date are the paper's, the name starts after them."""
    _text(pdf, 420, 815, "Izsniegts 03.04.2024.", 8)
    _text(pdf, 200, 790, "Cēsu tehnikums", 14, bold=True)
    _text(pdf, 230, 750, "IZZIŅA Nr. 3-2/77", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Zane Liepkalne (p.k. {R13B_ZANE}) ir Cēsu tehnikuma 1. kursa audzēkne",
        "profesionālās izglītības programmā Viesmīlības pakalpojumi.",
        "Izglītības metodiķe R. Zīle",
    ], size=10)


def r13b_latvian_and_english_columns(pdf: canvas.Canvas) -> None:
    """An employer's certificate in Latvian with its English translation in a column beside it,
    the gutter narrow: the employer's name and the date of employment wrap inside the Latvian
    column, and the English line beside them is no part of them."""
    _text(pdf, 220, 800, "SIA Gaujas Koka Darbnīca", 13, bold=True)
    _text(pdf, 200, 784, "Reģ. Nr. / Reg. No. 40103222333", 9)
    _text(pdf, 60, 750, "IZZIŅA", 12, bold=True)
    _text(pdf, 292, 750, "CERTIFICATE", 12, bold=True)
    left = ["Izsniegta Pāvilam Rozem, personas kods",
            f"{R13B_PAULS}, viņš strādā SIA Gaujas",
            "Koka Darbnīca par galdnieku kopš 2021.",
            "gada 3. marta, 30 stundas nedēļā."]
    right = ["This is to certify that Pāvils Roze,",
             f"personal code {R13B_PAULS}, is",
             "employed by SIA Gaujas Koka Darbnīca",
             "as a carpenter since 3 March 2021, 30",
             "hours per week."]
    _lines(pdf, 60, 725, left, size=10)
    _lines(pdf, 292, 725, right, size=10)
    _text(pdf, 60, 650, "Siguldā, 2024. gada 6. maijā", 10)
    _text(pdf, 420, 650, "J. Rozītis", 10)


def r13b_bilingual_title_of_a_power_of_attorney(pdf: canvas.Canvas) -> None:
    """A power of attorney titled in two languages ("PILNVARA / POWER OF ATTORNEY"): the paper
    itself is the basis, a power of attorney; the translation and the next line's "Es" are no
    part of it."""
    _text(pdf, 170, 800, "PILNVARA / POWER OF ATTORNEY", 14, bold=True)
    _lines(pdf, 60, 760, [
        f"Es, Pāvils Roze, personas kods {R13B_PAULS}, pilnvaroju Zani Liepkalni,",
        f"personas kods {R13B_ZANE}, pārstāvēt mani Siguldas novada Sociālajā dienestā",
        "jautājumos par asistenta pakalpojumu.",
        "I, the undersigned, authorise the person named above to act for me.",
        "Siguldā, 2024-05-06                                   Pāvils Roze",
    ], size=10)


CASES.update({
    "r13b_status_row_under_the_school.pdf": (
        r13b_status_row_under_the_school, "school_certificate", {
            "institution_name": "Valmieras Pārgaujas pamatskola", "person_name": "Laura Stepiņa",
            "personal_code": R13B_LAURA, "hours_per_week": 26, "issued_on": "2024-02-12"}),
    "r13b_town_row_under_the_centre.pdf": (
        r13b_town_row_under_the_centre, "activity_certificate", {
            "institution_name": "Jelgavas dienas centrs Saulesdārzs",
            "person_name": "Oskars Rimša", "personal_code": R13B_OSKARS,
            "issued_on": "2024-03-04"}),
    "r13b_issued_line_above_the_name.pdf": (
        r13b_issued_line_above_the_name, "school_certificate", {
            "institution_name": "Cēsu tehnikums", "personal_code": R13B_ZANE}),
    "r13b_latvian_and_english_columns.pdf": (
        r13b_latvian_and_english_columns, "employer_certificate", {
            "employer_name": "SIA Gaujas Koka Darbnīca", "personal_code": R13B_PAULS,
            "position": "galdnieks", "employed_since": "2021-03-03", "hours_per_week": 30,
            "issued_on": "2024-05-06"}),
    "r13b_bilingual_title_of_a_power_of_attorney.pdf": (
        r13b_bilingual_title_of_a_power_of_attorney, "representation_document", {
            "basis": "pilnvara", "person_name": "Pāvils Roze", "personal_code": R13B_PAULS,
            "representative_name": "Zane Liepkalne",
            "representative_personal_code": R13B_ZANE}),
})


R13B_DACE = personal_code("0902851234")
R13B_ROBERTS = personal_code("2208101456")

# Scans a hand filled in (r12h_hand_page: "{...}" a hand's words): an e-mail's domain read
# "1v", a surname read with its marks lost and its j as i beside the signature printing it
# whole, a programme's words without their marks.
R12H_CASES.update({
    "r13b_ocr_damage_mended_from_the_page_and_the_vocabulary": ([
        "Siguldas novada Sociālais dienests", "IESNIEGUMS asistenta pakalpojuma saņemšanai",
        "Vārds, uzvārds | {Dace Seikalne}", f"Personas kods | {{{R13B_DACE}}}",
        "E-pasts | {dace.sk@inbox.1v}",
        "Pakalpojuma saņēmējs | {Roberts Seikalns}", f"Personas kods | {{{R13B_ROBERTS}}}",
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam.",
        "Paraksts | D. Sējkalne",
    ], "application", {"applicant_name": "Dace Sējkalne", "client_name": "Roberts Sējkalns",
                       "email": "dace.sk@inbox.lv"}),
    "r13b_programme_words_get_their_marks_back": ([
        "Siguldas Valsts ģimnāzija", "IZZIŅA",
        "Izglītojamais | Roberts Sējkalns", f"Personas kods | {R13B_ROBERTS}",
        "Programma | {specialas pamatizglitibas programma}",
    ], "school_certificate", {"programme": "speciālās pamatizglītības programma"}),
})


R13B_FAX_FIELDS = {"employer_name": "SIA Rūjienas Dzirnavas", "personal_code": R13B_DACE}


def r13b_fax_named_first(path: Path) -> Path:
    """An employer's certificate as a fax printed it, the machine's line opening with its own
    name and number, the date in ISO order and "LAPA 1/1" ending it: the machine's, not the
    employer's name above the letterhead."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    body = ImageFont.truetype(sans, 26)
    page = Image.new("L", (1654, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 60), "FAX 64 2x xx xx   2024-02-19 15:02   LAPA 1/1",
              font=ImageFont.truetype(sans, 20), fill=0)
    draw.text((520, 160), "SIA Rūjienas Dzirnavas", font=bold, fill=0)
    draw.text((420, 215), "Reģ. Nr. 44103011223, Rūjiena", font=body, fill=0)
    draw.text((740, 330), "IZZIŅA", font=bold, fill=0)
    lines = [f"Dace Sējkalne, personas kods {R13B_DACE}, strādā",
             "mūsu uzņēmumā par noliktavas pārzini.", "", "Rūjienā, 19.02.2024."]
    for n, text in enumerate(lines):
        draw.text((120, 430 + 48 * n), text, font=body, fill=0)
    page.point(lambda v: 0 if v < 128 else 255).convert("1").save(path, dpi=(200, 200))
    return path


def r13b_kind_row_over_its_quoted_name(pdf: canvas.Canvas) -> None:
    """A kindergarten's kind on one row and its quoted name on the row under it: the kind
    begins the name, it is no status row to drop."""
    _text(pdf, 150, 800, "Dobeles pirmsskolas izglītības iestāde", 14, bold=True)
    _text(pdf, 230, 782, "„Pasaciņa”", 14, bold=True)
    _text(pdf, 230, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Laura Stepiņa, personas kods {R13B_LAURA}, apmeklē iestādi",
        "pirmsskolas izglītības programmā, 40 stundas nedēļā.",
        "Dobelē, 01.03.2024.                          Vadītāja A. Kļava",
    ], size=10)


CASES.update({
    "r13b_kind_row_over_its_quoted_name.pdf": (
        r13b_kind_row_over_its_quoted_name, "school_certificate", {
            "institution_name": "Dobeles pirmsskolas izglītības iestāde Pasaciņa",
            "personal_code": R13B_LAURA}),
})


# --- round 13 (r13-hours): hours said in other shapes -------------------------------------

R13H_INESE = personal_code("1502791456")
R13H_PAULA = personal_code("0904101234")
R13H_GATIS = personal_code("2107881567")
R13H_MADARA = personal_code("3001851678")
R13H_ELVIS = personal_code("1210051789")


def r13h_footnote_gives_the_hours(pdf: canvas.Canvas) -> None:
    """A letter naming the school with a footnote marker glued to its word ("vidusskolā¹"):
    the footnote at the page's foot gives the hours (6 h, Monday to Thursday: 24); the marker
    is no hours."""
    _lines(pdf, 330, 800, ["Inese Kārkliņa", f"pers. kods {R13H_INESE}",
                           "Ventspils iela 3, Talsi, LV-3201"], size=10)
    _text(pdf, 60, 740, "Talsu novada Sociālajam dienestam", 11)
    _lines(pdf, 60, 700, [
        "Lūdzu piešķirt asistenta pakalpojumu manai meitai Paulai Kārkliņai, personas kods",
        f"{R13H_PAULA}, kura dzīvo kopā ar mani. Asistents vajadzīgs mācībām Talsu",
        "Valsts ģimnāzijā¹. Citām aktivitātēm asistents nav vajadzīgs.",
        "Pabalstu asistenta izmantošanai nesaņemam.",
    ], size=10)
    _text(pdf, 60, 600, "2024-09-02                                   Inese Kārkliņa", 10)
    _text(pdf, 60, 80, "¹ Stundu laiks ar ceļu: no 8.30 līdz 14.30, pirmdiena–ceturtdiena.", 8)


def r13h_days_times_hours_and_weekdays(pdf: canvas.Canvas) -> None:
    """A request's table "Aktivitāte | Laiks": "4 x 5 h nedēļā" is four days of five hours
    (20, not 5), and "ceturtdienās 2 h" each Thursday's two hours."""
    _text(pdf, 180, 790, "Pieteikums asistenta pakalpojumam", 13, bold=True)
    _lines(pdf, 60, 750, [
        "Pieprasītājs            Gatis Liepiņš",
        f"P.k.                    {R13H_GATIS}",
        "Adrese                  Pils iela 8-4, Cēsis, LV-4101",
        "",
        "Aktivitāte                                              Laiks",
        "Darbs (kokapstrādes cehā)                               4 x 5 h nedēļā",
        "Biedrība „Vidzemes Šahs” (šaha nodarbības)              ceturtdienās 2 h",
        "",
        "Pabalstu asistenta izmantošanai saņemu: nē",
        "Cēsīs, 12.02.2025.                                      G. Liepiņš",
    ], size=10)


def r13h_days_a_week_cut_short(pdf: canvas.Canvas) -> None:
    """An employer's working time "7 st. dienā, 4 d. nedēļā": the days cut short to "d." still
    count, the week is 28 (not the day's 7)."""
    _text(pdf, 220, 800, "SIA „Kalna Kokaudzētava”", 13, bold=True)
    _text(pdf, 200, 784, "Vienotais reģ. Nr. 40103987655", 9)
    _text(pdf, 260, 750, "IZZIŅA Nr. 14", 12, bold=True)
    _lines(pdf, 60, 715, [
        "Darbinieks                Madara Egle",
        f"Personas kods             {R13H_MADARA}",
        "Amats                     dārzniece",
        "Darba attiecības no       2021-03-01",
        "Darba laiks               7 st. dienā, 4 d. nedēļā",
        "Izsniegta iesniegšanai Madonas novada Sociālajā dienestā.   Madonā, 04.06.2024.",
    ], size=10)


def r13h_months_are_no_hours(pdf: canvas.Canvas) -> None:
    """An opinion whose "Pakalpojuma apjoms" row points below and gives the term in months
    ("skat. zemāk; termiņš: 9 mēneši"): 9 is months, the week is said in the text (3 x 2 h)."""
    _text(pdf, 170, 800, "Madonas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Klients: Elvis Egle, p.k. {R13H_ELVIS}",
        "Mērķa grupa: ģimene ar bērniem",
        "Pakalpojuma apjoms: skat. zemāk; termiņš: 9 mēneši",
        "Ģimenes asistents palīdz trīs reizes nedēļā pa divām stundām.",
        "Ģimenes asistenta uzdevumi:",
        "– atbalsts bērnu aprūpē",
        "Madonā, 10.04.2024.                                Sociālā darbiniece",
    ], size=10)


def r13h_one_activity_under_its_label(pdf: canvas.Canvas) -> None:
    """A request naming its one activity on a labelled line ("Aktivitāte: ... dienas centrs")
    and its hours on the next ("Stundas nedēļā: 14")."""
    _text(pdf, 330, 800, "Tukuma novada Sociālajam dienestam", 10)
    _text(pdf, 250, 770, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        "Iesniedzējs          Gatis Liepiņš",
        f"Personas kods        {R13H_GATIS}",
        "Klients              Madara Egle",
        f"Klienta pers. kods   {R13H_MADARA}",
        "Aktivitāte: Tukuma dienas centrs „Saulgrieži”",
        "Stundas nedēļā: 14",
        "Valsts pabalstu asistenta izmantošanai: nesaņem.",
        "05.03.2024                                   G. Liepiņš",
    ], size=10)


def r13h_academic_hours(pdf: canvas.Canvas) -> None:
    """A college's certificate counting its lessons in academic hours, cut short ("akad. st.
    nedēļā"): counted as printed."""
    _text(pdf, 230, 800, "Cēsu tehnikums", 13, bold=True)
    _text(pdf, 230, 760, "IZZIŅA Nr. 2-7/88", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Gatis Liepiņš (p.k. {R13H_GATIS}) ir Cēsu tehnikuma 1. kursa audzēknis",
        "profesionālās izglītības programmā Kokizstrādājumu izgatavošana.",
        "Nodarbības klātienē 24 akad. st. nedēļā.",
        "Cēsīs, 03.09.2024.                        Izglītības metodiķe A. Vītola",
    ], size=10)


CASES.update({
    "r13h_footnote_gives_the_hours.pdf": (
        r13h_footnote_gives_the_hours, "application", {
            "activities": [{"kind": "education", "hours_per_week": 24}]}),
    "r13h_days_times_hours_and_weekdays.pdf": (
        r13h_days_times_hours_and_weekdays, "application", {
            "activities": [{"kind": "work", "hours_per_week": 20},
                           {"kind": "ngo", "hours_per_week": 2}]}),
    "r13h_days_a_week_cut_short.pdf": (
        r13h_days_a_week_cut_short, "employer_certificate", {"hours_per_week": 28}),
    "r13h_months_are_no_hours.pdf": (
        r13h_months_are_no_hours, "social_worker_opinion", {"hours_per_week": 6}),
    "r13h_one_activity_under_its_label.pdf": (
        r13h_one_activity_under_its_label, "application", {
            "activities": [{"kind": "day_centre", "hours_per_week": 14}]}),
    "r13h_academic_hours.pdf": (
        r13h_academic_hours, "school_certificate", {"hours_per_week": 24}),
})


def r13h_hours_listed_after_the_ticks(pdf: canvas.Canvas) -> None:
    """A form's ticked activities with their hours on one line under the list, the names cut
    short ("darbs 16, ārstn. iest. 3"): each ticked activity takes its figure there."""
    _text(pdf, 150, 800, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 12, bold=True)
    _lines(pdf, 60, 760, [
        "Vārds, uzvārds: Gatis Liepiņš",
        f"Personas kods: {R13H_GATIS}",
        "Asistents nepieciešams (atzīmēt ar X, norādīt stundas):",
        "☒ darbs",
        "☐ mācības",
        "☒ ārstniecības iestāde",
        "☐ brīvais laiks",
        "Stundas nedēļā: darbs 16, ārstn. iest. 3",
        "Saņemu pabalstu par asistenta izmantošanu: ☐ jā ☒ nē",
        "09.11.2024.",
    ], size=10)


CASES.update({
    "r13h_hours_listed_after_the_ticks.pdf": (
        r13h_hours_listed_after_the_ticks, "application", {
            "activities": [{"kind": "work", "hours_per_week": 16},
                           {"kind": "institutions", "hours_per_week": 3}]}),
})


def r13h_hours_before_un_are_the_first_activitys(pdf: canvas.Canvas) -> None:
    """A letter's need in one sentence, each activity followed by its hours and joined by
    "un": the hours before "un" are the first activity's, not the next one's."""
    _lines(pdf, 330, 800, ["Gatis Liepiņš", f"p.k. {R13H_GATIS}"], size=10)
    _text(pdf, 60, 750, "Cēsu novada Sociālajam dienestam", 11)
    _lines(pdf, 60, 710, [
        "Lūdzu piešķirt man asistenta pakalpojumu, kas nepieciešams ārsta apmeklējumiem",
        "(rehabilitācija) 5 h nedēļā un brīvajam laikam 3 h nedēļā.",
        "Pabalstu asistenta izmantošanai nesaņemu.",
        "Cēsīs, 02.05.2024.                              G. Liepiņš",
    ], size=10)


CASES.update({
    "r13h_hours_before_un_are_the_first_activitys.pdf": (
        r13h_hours_before_un_are_the_first_activitys, "application", {
            "activities": [{"kind": "institutions", "hours_per_week": 5},
                           {"kind": "leisure", "hours_per_week": 3}]}),
})


def r13h_weekdays_cut_short_with_commas(pdf: canvas.Canvas) -> None:
    """The days a week as letters with commas ("P, T, Pk. pa 4 st."): three days of four
    hours, 12, not the day's 4."""
    _text(pdf, 150, 800, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 12, bold=True)
    _lines(pdf, 60, 760, [
        "Vārds, uzvārds: Madara Egle",
        f"Personas kods: {R13H_MADARA}",
        "Aktivitātes un laiks, kad nepieciešams asistents:",
        "dienas centrs „Pīlādzis” – O, C, Pk. pa 4 st.",
        "Vai persona saņem pabalstu asistenta izmantošanai? nē",
        "Madonā, 05.03.2024.",
    ], size=10)


CASES.update({
    "r13h_weekdays_cut_short_with_commas.pdf": (
        r13h_weekdays_cut_short_with_commas, "application", {
            "activities": [{"kind": "day_centre", "hours_per_week": 12}]}),
})


def r13h_each_rehearsal_as_long(pdf: canvas.Canvas) -> None:
    """A culture house's certificate: "trīsreiz nedēļā, katra divas stundas" is three times
    two hours a week (6)."""
    _text(pdf, 200, 800, "Madonas kultūras nams", 13, bold=True)
    _text(pdf, 240, 760, "Apliecinājums", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Madonas kultūras nams apliecina, ka Madara Egle (p.k. {R13H_MADARA}) ir tautas",
        "deju kolektīva „Vēja Zirgi” dalībniece. Nodarbības notiek trīsreiz nedēļā,",
        "katra divas stundas, pirmdienu, trešdienu un piektdienu vakaros.",
        "Datums: 12.03.2025.                           Kolektīva vadītāja I. Ozola",
    ], size=10)


def r13h_lesson_hours_a_day(pdf: canvas.Canvas) -> None:
    """A school's certificate: "četras dienas nedēļā, 5 mācību stundas dienā" is 20 (the
    lessons' word between the number and its unit)."""
    _text(pdf, 200, 800, "Madonas Amatu vidusskola", 13, bold=True)
    _text(pdf, 240, 760, "IZZIŅA Nr. 3-7/41", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Izsniegta Gatim Liepiņam (personas kods {R13H_GATIS}) par to, ka viņš ir",
        "Madonas Amatu vidusskolas 2. kursa audzēknis un apgūst profesionālās vidējās",
        "izglītības programmu „Galdniecība”. Mācības notiek četras dienas nedēļā,",
        "5 mācību stundas dienā.",
        "Madonā, 2024. gada 7. oktobrī                  Direktora vietniece A. Kalna",
    ], size=10)


CASES.update({
    "r13h_each_rehearsal_as_long.pdf": (
        r13h_each_rehearsal_as_long, "activity_certificate", {"hours_per_week": 6}),
    "r13h_lesson_hours_a_day.pdf": (
        r13h_lesson_hours_a_day, "school_certificate", {"hours_per_week": 20}),
})


def r13h_hours_table_ends_at_the_next_table(pdf: canvas.Canvas) -> None:
    """A request's "Kur vajadzīgs asistents | Stundas nedēļā" table followed by a table of
    questions with boxes: the activities are the first table's rows with hours; the boxes
    below do not turn it into a checklist whose unticked rows drop out."""
    _text(pdf, 150, 800, "IESNIEGUMS ASISTENTA PAKALPOJUMAM", 12, bold=True)
    _lines(pdf, 60, 770, ["Vārds, uzvārds: Madara Egle", f"Personas kods: {R13H_MADARA}"],
           size=10)
    bottom = _grid(pdf, 60, 730, [260, 120], [
        ["Kur vajadzīgs asistents", "Stundas nedēļā"],
        ["ārstniecības iestāde (dialīze)", "9"],
        ["darbs", ""],
        ["brīvais laiks", "3"],
    ])
    _grid(pdf, 60, bottom - 20, [260, 60, 60], [
        ["Jautājums", "jā", "nē"],
        ["Saņemu pabalstu par asistenta izmantošanu", "☐", "☒"],
    ])
    _text(pdf, 60, bottom - 90, "03.02.2024.", 10)


CASES.update({
    "r13h_hours_table_ends_at_the_next_table.pdf": (
        r13h_hours_table_ends_at_the_next_table, "application", {
            "activities": [{"kind": "institutions", "hours_per_week": 9},
                           {"kind": "leisure", "hours_per_week": 3}]}),
})


def r13h_un_inside_the_next_activitys_words(pdf: canvas.Canvas) -> None:
    """Hours before an activity's words that hold "un" ("3 stundas nedēļā veikala un
    pastaigu laikam") are that activity's: only an "un" right after the hours parts them."""
    _lines(pdf, 330, 800, ["Madara Egle", f"p.k. {R13H_MADARA}"], size=10)
    _text(pdf, 60, 750, "Madonas novada Sociālajam dienestam", 11)
    _lines(pdf, 60, 710, [
        "Lūdzu piešķirt man asistenta pakalpojumu. Apmeklēju biedrības „Zīle” nodarbības",
        "divreiz nedēļā. Asistents vajadzīgs ceļam turp un atpakaļ – 6 stundas nedēļā –, un",
        "vēl 3 stundas nedēļā veikala un pastaigu laikam.",
        "Pabalstu asistenta izmantošanai nesaņemu.",
        "Madonā, 02.05.2024.                              M. Egle",
    ], size=10)


CASES.update({
    "r13h_un_inside_the_next_activitys_words.pdf": (
        r13h_un_inside_the_next_activitys_words, "application", {
            "activities": [{"kind": "ngo", "hours_per_week": 6},
                           {"kind": "leisure", "hours_per_week": 3}]}),
})


# --- round 13, marks and dates (r13-marks): what is struck, Roman months, a term's months ----

R13M_LAUMA = personal_code("1707881234")
R13M_OSVALDS = personal_code("0902671456")


def _r13m_scanned_page(pdf: canvas.Canvas, draw: Callable[[Any, Any], None]) -> None:
    """A page scanned grey at 300 dpi and put in a PDF as its only content (no text layer):
    `draw(image_draw, fonts)` writes the paper."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    page = Image.new("L", (2480, 3508), 246)
    fonts = {
        "print": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40),
        "bold": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 50),
        "hand": ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", 62),
        "small": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34),
    }
    draw(ImageDraw.Draw(page), fonts)
    pdf.drawImage(ImageReader(page), 0, 0, width=A4[0], height=A4[1])


def r13m_struck_hours_corrected_by_hand(pdf: canvas.Canvas) -> None:
    """A social worker's typed opinion, scanned: the weekly hours typed "10 h" were struck
    through by a pen and "8" written beside; the term stands on the next line after a label
    whose own value is a cross-reference ("Apjoms: sk. augstāk; ilgums: 9 mēneši"): the
    months are no hours, the struck figure is no value, the hand's figure is read and doubted."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((700, 250), "Talsu novada Sociālais dienests", font=fonts["bold"], fill=20)
        ink.text((640, 420), "SOCIĀLĀ DARBINIEKA ATZINUMS", font=fonts["bold"], fill=20)
        rows = [
            f"Klientei: Lauma Kārkliņa, p.k. {R13M_LAUMA}",
            "Stundu skaits nedēļā:",
            "Mērķa grupa: ģimene ar bērniem",
            "Apjoms: sk. augstāk; ilgums: 9 mēneši",
            "Uzdevumi: palīdzība mājsaimniecībā",
        ]
        for at, text in enumerate(rows):
            ink.text((260, 600 + 90 * at), text, font=fonts["print"], fill=25)
        ink.text((980, 690), "10 h", font=fonts["print"], fill=25)
        ink.line((960, 718, 1090, 712), fill=30, width=5)  # the pen's stroke through "10 h"
        ink.text((1115, 672), "8", font=fonts["hand"], fill=35)
        ink.text((260, 1200), "Talsos, 2024. gada 14. maijā", font=fonts["print"], fill=25)
        ink.text((1500, 1200), "Sociālā darbiniece", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


def r13m_roman_month_dates(pdf: canvas.Canvas) -> None:
    """A day centre's certificate dated with a Roman month and a short year ("Kuldīgā,
    3.IV.24"), its attendance since a date whose Roman month stands between spaces ("no
    2023. gada 2. X"): the paper's own date is the date line's."""
    _text(pdf, 170, 800, "Kuldīgas dienas aprūpes centrs „Ievziedi”", 12, bold=True)
    _text(pdf, 250, 770, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 735, [
        f"Izziņa izsniegta Osvaldam Bērziņam (personas kods {R13M_OSVALDS}) par to, ka viņš",
        "kopš 2. X 2023 apmeklē dienas aprūpes centru trīs dienas nedēļā pa četrām stundām.",
        "",
        "Kuldīgā, 3.IV.24",
        "Centra vadītāja                                   E. Zāle",
    ], size=10)


CASES.update({
    "r13m_struck_hours_corrected_by_hand.pdf": (
        r13m_struck_hours_corrected_by_hand, "social_worker_opinion", {
            "person_name": "Lauma Kārkliņa", "personal_code": R13M_LAUMA,
            "hours_per_week": 8, "period_months": 9}),
    "r13m_roman_month_dates.pdf": (
        r13m_roman_month_dates, "activity_certificate", {
            "person_name": "Osvalds Bērziņš", "personal_code": R13M_OSVALDS,
            "hours_per_week": 12, "issued_on": "2024-04-03"}),
})


R13M_ILGVARS = personal_code("2311591234")


def r13m_struck_option_in_an_opinion(pdf: canvas.Canvas) -> None:
    """A commission's opinion, scanned, printing both answers on lines of their own with the
    one that does not apply struck out by a pen ("a̶s̶i̶s̶t̶e̶n̶t̶s̶ ̶n̶a̶v̶ ̶n̶e̶p̶i̶e̶c̶i̶e̶š̶a̶m̶s̶"): the
    line struck is no statement; the one left standing is the opinion's."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((330, 250), "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
                 font=fonts["bold"], fill=20)
        ink.text((880, 420), "ATZINUMS Nr. ZE-24-00311", font=fonts["bold"], fill=20)
        rows = [
            f"Persona: Ilgvars Pūce, personas kods {R13M_ILGVARS}",
            "Invaliditātes grupa: II, no 03.04.2024 līdz 02.04.2026",
            "Funkcionālie ierobežojumi: pārvietošanās",
            "asistents personai ir nepieciešams",
            "asistents personai nav nepieciešams",
        ]
        for at, text in enumerate(rows):
            ink.text((260, 600 + 90 * at), text, font=fonts["print"], fill=25)
        ink.line((250, 982, 1010, 976), fill=60, width=3)  # the pen through the last row
        ink.text((260, 1150), "Zemgales nodaļā, 03.04.2024.", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r13m_struck_option_in_an_opinion.pdf": (
        r13m_struck_option_in_an_opinion, "commission_opinion", {
            "person_name": "Ilgvars Pūce", "personal_code": R13M_ILGVARS,
            "disability_group": "II", "assistant_needed": True,
            "issued_on": "2024-04-03"}),
})


R13M_AGRIS = personal_code("1004121234")
R13M_SANITA = personal_code("2808931456")


def r13m_timesheet_row_corrected_by_hand(pdf: canvas.Canvas) -> None:
    """A school assistant's typed timesheet, scanned: one row's end time and hours were typed
    wrong, struck through and corrected by hand above them ("15:00" to "14:00", "6" to "5")
    with the assistant's initials beside; the printed total is the corrected rows' sum."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((760, 250), "Asistenta darba uzskaite", font=fonts["bold"], fill=20)
        head = [f"Pakalpojuma saņēmējs: Agris Liepiņš ({R13M_AGRIS})",
                f"Asistente: Sanita Ozoliņa ({R13M_SANITA})", "Mēnesis: 2024. gada aprīlis"]
        for at, text in enumerate(head):
            ink.text((260, 400 + 70 * at), text, font=fonts["print"], fill=25)
        columns = [260, 560, 860, 1160, 1460, 1860]
        for x, text in zip(columns, ["Datums", "No", "Līdz", "Stundas", "Aktivitāte",
                                     "Piezīmes"], strict=True):
            ink.text((x, 700), text, font=fonts["print"], fill=20)
        rows = [("02.04.", "09:00", "14:00", "5"), ("03.04.", "09:00", "15:00", "6"),
                ("04.04.", "09:00", "14:00", "5")]
        for at, row in enumerate(rows):
            y = 820 + 120 * at
            for x, text in zip(columns, [*row, "mācības"], strict=False):
                ink.text((x, y), text, font=fonts["print"], fill=25)
        y = 820 + 120
        ink.line((850, y + 28, 990, y + 22), fill=30, width=5)  # "15:00" struck
        ink.line((1150, y + 28, 1200, y + 24), fill=30, width=5)  # "6" struck
        ink.text((880, y - 112), "14:00", font=fonts["hand"], fill=35)
        ink.text((1170, y - 112), "5", font=fonts["hand"], fill=35)
        ink.text((1880, y - 10), "S.O.", font=fonts["hand"], fill=35)
        ink.text((260, 1300), "Kopā: 15 st.", font=fonts["bold"], fill=20)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r13m_timesheet_row_corrected_by_hand.pdf": (
        r13m_timesheet_row_corrected_by_hand, "timesheet", {
            "month": "2024-04", "client_name": "Agris Liepiņš",
            "assistant_name": "Sanita Ozoliņa",
            "entries": [
                {"date": "2024-04-02", "start": "09:00", "end": "14:00", "hours": 5,
                 "activity": "education"},
                {"date": "2024-04-03", "start": "09:00", "end": "14:00", "hours": 5,
                 "activity": "education"},
                {"date": "2024-04-04", "start": "09:00", "end": "14:00", "hours": 5,
                 "activity": "education"}]}),
})


# --- round 14: applications (dates in other shapes, lists in a letter, a hand's blanks) -------

R14A_GUNARS = personal_code("1506580123")
R14A_ZANE = personal_code("0309871456")
R14A_OSKARS = personal_code("2110021789")


def r14a_email_english_date_listed_needs(pdf: canvas.Canvas) -> None:
    """An e-mail printed from an English-language mail client: its "Date:" header in English
    ("Tuesday, 11 March 2025") is when it was sent, the print footer's later date is not. The
    request's aside "(pilnvara pielikumā)" does not end it: the numbered list after it names
    two places of the same kind (two associations), each with its own hours."""
    _lines(pdf, 50, 800, [
        "gmail.com · Mail",
        "From: Zane Ābola <zane.abola@gmail.com>",
        "To: Cēsu novada Sociālais dienests <dienests@cesis.lv>",
        "Date: Tuesday, 11 March 2025 09:05",
        "Subject: Iesniegums asistenta pakalpojumam",
        "Labdien!",
        "Lūdzu piešķirt asistenta pakalpojumu manam vectēvam Gunāram Ābolam, personas kods",
        f"{R14A_GUNARS}, deklarētā adrese: Lapu iela 3, Cēsis, LV-4101. Rakstu viņa vārdā",
        "(pilnvara pielikumā). Asistents vectēvam vajadzīgs:",
        "1) biedrībā Cēsu Veterāni – 4 stundas nedēļā;",
        "2) biedrībā Vidzemes Mednieki – 2 stundas nedēļā.",
        "Pabalstu asistenta izmantošanai vectēvs nesaņem.",
        "Ar cieņu",
        "Zane Ābola",
        f"pers. k. {R14A_ZANE}",
        "https://mail.google.com/print · 14.03.2025 16:40 · 1/1",
    ])


CASES.update({
    "r14a_email_english_date_listed_needs.pdf": (
        r14a_email_english_date_listed_needs, "application", {
            "applicant_name": "Zane Ābola", "client_name": "Gunārs Ābols",
            "client_personal_code": R14A_GUNARS, "submitted_on": "2025-03-11",
            "activities": [{"kind": "ngo", "hours_per_week": 4},
                           {"kind": "ngo", "hours_per_week": 2}]}),
})


def r14a_day_in_words(pdf: canvas.Canvas) -> None:
    """A family assistant application dated with its year in digits and its day in words
    ("2024. gada četrpadsmitajā novembrī"), the way a careful hand writes a letter's date."""
    _text(pdf, 330, 800, "Valmieras novada Sociālajam dienestam")
    _lines(pdf, 50, 760, [
        "no Oskara Zariņa",
        f"personas kods {R14A_OSKARS}",
        "dzīvo: Ganību iela 14-3, Valmiera, LV-4201",
    ])
    _text(pdf, 250, 700, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 670, [
        "Esmu audžuģimenē audzis jaunietis. Lūdzu piešķirt man ģimenes asistenta",
        "pakalpojumu, lai man palīdzētu kārtot mājokli un sazināties ar iestādēm.",
    ])
    _text(pdf, 50, 610, "Valmierā, 2024. gada četrpadsmitajā novembrī")
    _text(pdf, 380, 590, "O. Zariņš")


CASES.update({
    "r14a_day_in_words.pdf": (
        r14a_day_in_words, "application", {
            "service": "family_assistant", "applicant_name": "Oskars Zariņš",
            "applicant_personal_code": R14A_OSKARS, "submitted_on": "2024-11-14"}),
})


R14A_DAINIS = personal_code("0811791234")


def r14a_hand_blank_and_underlined_answer(pdf: canvas.Canvas) -> None:
    """A printed application form, scanned: "Es, ____, personas kods ____" filled by hand
    (OCR reads the form's comma after the name as a blank's mark), and the benefit question
    answered by a pen's stroke under "nesaņemu" in "saņemu / nesaņemu (vajadzīgo pasvītrot)"
    with no colon before the options."""
    from PIL import ImageFont

    typed = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 40)

    def draw(ink: Any, fonts: Any) -> None:
        ink.text((700, 250), "Tukuma novada Sociālais dienests", font=fonts["bold"], fill=20)
        ink.text((1000, 400), "IESNIEGUMS", font=fonts["bold"], fill=20)
        ink.text((260, 560), "Es,", font=fonts["print"], fill=25)
        ink.line((340, 606, 900, 606), fill=40, width=3)
        ink.text((400, 560), "Dainis Vītols", font=typed, fill=35)
        ink.text((902, 560), f", personas kods {R14A_DAINIS}, deklarētā dzīvesvieta",
                 font=fonts["print"], fill=25)
        rows = ["Kalēju iela 9, Tukums, LV-3101, lūdzu piešķirt man asistenta pakalpojumu.",
                "Asistents nepieciešams darbam 20 stundas nedēļā.",
                "Valsts sociālo pabalstu asistenta izmantošanai saņemu / nesaņemu",
                "(vajadzīgo pasvītrot).",
                "Datums 2024. gada 5. jūnijā"]
        for at, text in enumerate(rows):
            ink.text((260, 660 + 80 * at), text, font=fonts["print"], fill=25)
        prefix = "Valsts sociālo pabalstu asistenta izmantošanai saņemu / "
        left = 260 + ink.textlength(prefix, font=fonts["print"])
        right = left + ink.textlength("nesaņemu", font=fonts["print"])
        ink.line((left + 2, 660 + 160 + 50, right - 2, 660 + 160 + 52), fill=30, width=4)
    _r13m_scanned_page(pdf, draw)


# --- round 14: representation documents (r14r_) ----------------------------------------------

R14R_EGILS = personal_code("1502630412")
R14R_ILONA = personal_code("0709651234")
R14R_MARTINS = personal_code("2811790345")
R14R_ROBERTS = personal_code("0304150987")
R14R_ARVIDS = personal_code("1906471122")
R14R_MADLE = personal_code("2201831567")
R14R_TENIS = personal_code("0612080456")
R14R_ANTRA = personal_code("1305821789")


def r14r_extract_of_a_judgment(pdf: canvas.Canvas) -> None:
    """A court's extract citing its judgment under the title in the genitive ("no ... tiesas
    ... sprieduma civillietā Nr. ... par ..."), wrapped; the ward in the genitive with the code
    between the name and "rīcībspēju"; the extract certified months later."""
    _text(pdf, 200, 800, "KURZEMES RAJONA TIESA", 13, bold=True)
    _text(pdf, 210, 786, "Kuldīgas tiesu nams", 9)
    _text(pdf, 260, 760, "IZRAKSTS", 12, bold=True)
    _lines(pdf, 60, 740, [
        "no Kurzemes rajona tiesas 2022. gada 5. oktobra sprieduma civillietā Nr. C69031422 par",
        "rīcībspējas ierobežošanu",
    ], size=10)
    _lines(pdf, 60, 700, [
        "Tiesa nosprieda:",
        f"Ierobežot Egila Pūpola, personas kods {R14R_EGILS}, rīcībspēju mantisko lietu",
        "kārtošanā. Iecelt par aizgādni viņa sievu Ilonu Pūpolu, personas kods",
        f"{R14R_ILONA}.",
        "Spriedums stājies likumīgā spēkā 2022. gada 27. oktobrī.",
        "Izraksts pareizs. Kuldīgā, 2023. gada 16. janvārī.",
    ], size=10)
    _text(pdf, 60, 600, "Tiesas sekretāre")
    _text(pdf, 400, 600, "M. Kalēja")


def r14r_extract_of_a_decision_quoted(pdf: canvas.Canvas) -> None:
    """An orphan court's extract citing its decision in the genitive with the subject in
    quotation marks and a capital ("„Par aizbildņa iecelšanu”")."""
    _text(pdf, 190, 800, "Ogres novada bāriņtiesa", 13, bold=True)
    _text(pdf, 200, 786, "Brīvības iela 33, Ogre, LV-5001", 9)
    _text(pdf, 260, 760, "IZRAKSTS", 12, bold=True)
    _text(pdf, 60, 740, "no Ogres novada bāriņtiesas 2023. gada 11. aprīļa lēmuma Nr. 3-6/23/19 "
          "„Par aizbildņa iecelšanu”", 9.5)
    _lines(pdf, 60, 710, [
        f"Bāriņtiesa nolēma: iecelt Mārtiņu Lapiņu (personas kods {R14R_MARTINS}) par",
        f"aizbildni viņa brāļadēlam Robertam Lapiņam (personas kods {R14R_ROBERTS}).",
        "Izraksts pareizs. Ogrē, 2024. gada 2. februārī",
    ], size=10)
    _text(pdf, 60, 640, "Bāriņtiesas locekle")
    _text(pdf, 400, 640, "S. Miezīte")


def r14r_decision_number_after_its_date(pdf: canvas.Canvas) -> None:
    """An orphan court's decision whose date and number stand on one line above the title
    ("14.03.2023. Nr. 2-9/23/77" over "LĒMUMS par aizbildņa iecelšanu"), the people in a
    table of roles."""
    _text(pdf, 60, 800, "Madonas novada bāriņtiesa", 13, bold=True)
    _text(pdf, 60, 786, "Saieta laukums 1, Madona, LV-4801", 9)
    _text(pdf, 60, 760, "14.03.2023. Nr. 2-9/23/77", 10)
    _text(pdf, 60, 736, "LĒMUMS par aizbildņa iecelšanu", 12, bold=True)
    _lines(pdf, 60, 712, ["Bāriņtiesa, izvērtējusi lietas apstākļus, nolēma iecelt aizbildni:"],
           size=10)
    _grid(pdf, 60, 690, [150, 140, 110], [
        ["Loma", "Vārds, uzvārds", "Personas kods"],
        ["nepilngadīgais", "Tenis Bērziņš", R14R_TENIS],
        ["aizbildne (tante)", "Antra Bērziņa", R14R_ANTRA],
    ], size=9)
    _text(pdf, 60, 600, "Priekšsēdētāja")
    _text(pdf, 400, 600, "G. Lāce")


def r14r_power_of_attorney_to_a_daughter_in_law(pdf: canvas.Canvas) -> None:
    """A power of attorney titled "PILNVARA" alone at the left over its place and date (the
    lines joined, "PILNVARA Mežotnē" ran on to the comma), given to a
    daughter-in-law whose accusative "Madli Āboli" reads as a man's or a woman's name: the noun
    before it ("savu vedeklu") says whose."""
    _text(pdf, 60, 800, "PILNVARA", 13, bold=True)
    _text(pdf, 60, 776, "Mežotnē, 2024. gada 9. septembrī", 10)
    _lines(pdf, 60, 750, [
        f"Es, Arvīds Ābols, personas kods {R14R_ARVIDS}, dzīvojošs Lenču ielā 4, Mežotnē, ar šo",
        f"pilnvaroju savu vedeklu Madli Āboli, personas kods {R14R_MADLE}, pārstāvēt mani",
        "sociālajā dienestā visos jautājumos, kas saistīti ar asistenta pakalpojumu.",
        "Pilnvara derīga līdz 2025. gada 30. septembrim.",
    ], size=10)
    _text(pdf, 60, 660, "Pilnvaras devējs")
    _text(pdf, 400, 660, "A. Ābols")


CASES.update({
    "r14r_extract_of_a_judgment.pdf": (r14r_extract_of_a_judgment, "representation_document", {
        "representative_name": "Ilona Pūpola", "representative_personal_code": R14R_ILONA,
        "person_name": "Egils Pūpols", "personal_code": R14R_EGILS,
        "basis": "Kurzemes rajona tiesas 2022. gada 5. oktobra spriedums civillietā "
                 "Nr. C69031422 par rīcībspējas ierobežošanu",
        "issued_on": "2022-10-05"}),
    "r14r_extract_of_a_decision_quoted.pdf": (
        r14r_extract_of_a_decision_quoted, "representation_document", {
            "basis": "Ogres novada bāriņtiesas 2023. gada 11. aprīļa lēmums Nr. 3-6/23/19 par "
                     "aizbildņa iecelšanu",
            "issued_on": "2023-04-11"}),
    "r14r_decision_number_after_its_date.pdf": (
        r14r_decision_number_after_its_date, "representation_document", {
            "basis": "Madonas novada bāriņtiesas 2023. gada 14. marta lēmums Nr. 2-9/23/77 par "
                     "aizbildņa iecelšanu",
            "issued_on": "2023-03-14"}),
    "r14r_power_of_attorney_to_a_daughter_in_law.pdf": (
        r14r_power_of_attorney_to_a_daughter_in_law, "representation_document", {
            "representative_name": "Madle Ābole", "representative_personal_code": R14R_MADLE,
            "person_name": "Arvīds Ābols", "personal_code": R14R_ARVIDS,
            "basis": "pilnvara", "issued_on": "2024-09-09"}),
})


R14R_VALDA = personal_code("0404711234")
R14R_ARTURS = personal_code("2509690987")
R14R_ZANE = personal_code("1710861456")
R14R_OTO = personal_code("0802121789")


def r14r_ward_label_in_the_other_order(pdf: canvas.Canvas) -> None:
    """A trustee's card whose ward's row is labelled "Persona aizgādnībā (vārds, uzvārds, p.k.)",
    the role's words in the other order than "aizgādnībā esošā persona"; it prints no basis
    (the locative "aizgādnībā" is no kind of representation)."""
    _text(pdf, 170, 800, "TUKUMA NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 776, "Aizgādņa apliecība Nr. 8", 12, bold=True)
    _grid(pdf, 60, 750, [200, 260], [
        ["Izdota", "12.05.2019."],
        ["Aizgādne (vārds, uzvārds, p.k.)", f"Valda Krūze, {R14R_VALDA}"],
        ["Persona aizgādnībā (vārds, uzvārds, p.k.)", f"Artūrs Krūze, {R14R_ARTURS}"],
    ], size=9)
    _text(pdf, 60, 660, "Bāriņtiesas priekšsēdētājs")
    _text(pdf, 400, 660, "K. Liepa")


def r14r_issued_to_the_one_appointed_by_a_cited_decision(pdf: canvas.Canvas) -> None:
    """A guardian's card issued to the guardian in the dative, "par to, ka viņa ar ... lēmumu
    Nr. ... iecelta par aizbildni ..." with no "ir" before the participle."""
    _text(pdf, 170, 800, "SIGULDAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 776, "AIZBILDŅA APLIECĪBA Nr. 52", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Izsniegta Zanei Kļaviņai, personas kods {R14R_ZANE}, par to, ka viņa ar Siguldas",
        "novada bāriņtiesas 2020. gada 2. jūlija lēmumu Nr. 4-1/20/33 iecelta par aizbildni",
        f"savam mazdēlam Oto Kļaviņam, personas kods {R14R_OTO}.",
        "Siguldā, 06.07.2020.",
    ], size=10)
    _text(pdf, 60, 660, "Priekšsēdētāja")
    _text(pdf, 400, 660, "D. Strazda")


CASES.update({
    "r14r_ward_label_in_the_other_order.pdf": (
        r14r_ward_label_in_the_other_order, "representation_document", {
            "representative_name": "Valda Krūze", "person_name": "Artūrs Krūze",
            "personal_code": R14R_ARTURS, "basis": None}),
    "r14r_issued_to_the_one_appointed_by_a_cited_decision.pdf": (
        r14r_issued_to_the_one_appointed_by_a_cited_decision, "representation_document", {
            "representative_name": "Zane Kļaviņa", "representative_personal_code": R14R_ZANE,
            "person_name": "Oto Kļaviņš", "personal_code": R14R_OTO}),
})


# --- round 14 (r14-opinions): opinions ---------------------------------------------------------

R14O_MARGITA = personal_code("1502781234")
R14O_OSKARS = personal_code("2909661345")
R14O_RUTA = personal_code("0811991456")


def r14o_start_said_as_from_a_date(pdf: canvas.Canvas) -> None:
    """A commission's opinion in prose whose group is set with no end, "sākot ar" a date in the
    accusative ("sākot ar 2025. gada 7. jūliju"): the start is that date, not the paper's."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KU-25-01177", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Liepājā, 2025. gada 9. jūlijā",
        "",
        f"Margitai Bērziņai (personas kods {R14O_MARGITA}) noteikta II (otrā) invaliditātes",
        "grupa bez termiņa, sākot ar 2025. gada 7. jūliju.",
        "Personai ir smagi kustību traucējumi. Personai nepieciešams asistents.",
        "",
        "Ārsts eksperts                                   V. Kalns",
    ], size=10)


def r14o_service_row_answered_with_indications(pdf: canvas.Canvas) -> None:
    """A commission's opinion in numbered rows naming the service in full, each answered after
    its colon by "ir indikācijas" (yes) or "nav indikāciju" (no)."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. LA-24-00912", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Daugavpilī, 2024. gada 12. novembrī",
        f"Persona: Oskars Vītols, personas kods {R14O_OSKARS}",
        "1. Noteikta invaliditāte: I (pirmā) grupa.",
        "2. Termiņš: no 2024. gada 12. novembra līdz 2026. gada 11. novembrim.",
        "3. Funkcionālie traucējumi: redzes funkciju traucējumi.",
        "4. Asistenta pakalpojums pašvaldībā: ir indikācijas.",
        "5. Īpašas kopšanas nepieciešamība: nav indikāciju.",
        "Ārste eksperte                                   I. Roze",
    ], size=10)


def r14o_tasks_answered_in_one_column(pdf: canvas.Canvas) -> None:
    """A social worker's opinion listing possible tasks in a table whose one answer column is
    headed "Jā/Nē" and holds the word for each row: the tasks are the rows answered "jā"."""
    _text(pdf, 170, 800, "Ogres novada Sociālais dienests", 12, bold=True)
    _text(pdf, 190, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 735, [
        f"Kliente: Rūta Saulīte, personas kods {R14O_RUTA}",
        "Mērķa grupa: ģimene ar bērniem",
        "Pakalpojuma apjoms: 6 stundas nedēļā; ilgums: 6 mēneši",
    ], size=10)
    _grid(pdf, 60, 680, [330, 70], [
        ["Asistenta uzdevums", "Jā/Nē"],
        ["bērnu pavadīšana uz pulciņiem", "jā"],
        ["palīdzība ēdienkartes plānošanā", "nē"],
        ["atbalsts saziņā ar bāriņtiesu", "jā"],
        ["mājokļa remonta organizēšana", "nē"],
    ])
    _lines(pdf, 60, 560, ["Ogrē, 03.02.2025.                Sociālā darbiniece L. Ziema"],
           size=10)


CASES.update({
    "r14o_start_said_as_from_a_date.pdf": (
        r14o_start_said_as_from_a_date, "commission_opinion", {
            "person_name": "Margita Bērziņa", "personal_code": R14O_MARGITA,
            "disability_group": "II", "valid_from": "2025-07-07",
            "valid_until": None, "issued_on": "2025-07-09",
            "assistant_needed": True}),
    "r14o_service_row_answered_with_indications.pdf": (
        r14o_service_row_answered_with_indications, "commission_opinion", {
            "person_name": "Oskars Vītols", "personal_code": R14O_OSKARS,
            "disability_group": "I", "valid_from": "2024-11-12", "limitations": ["vision"],
            "assistant_needed": True, "special_care_needed": False}),
    "r14o_tasks_answered_in_one_column.pdf": (
        r14o_tasks_answered_in_one_column, "social_worker_opinion", {
            "person_name": "Rūta Saulīte", "personal_code": R14O_RUTA,
            "tasks": ["bērnu pavadīšana uz pulciņiem", "atbalsts saziņā ar bāriņtiesu"],
            "issued_on": "2025-02-03"}),
})


R14O_KRISTINE = personal_code("1708891234")
R14O_ALDIS = personal_code("0304741456")


def r14o_unit_letterhead_in_the_genitive(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose letterhead names a unit under its service in the genitive
    over three lines ("Talsu novada Sociālā" / "dienesta Sabiles" / "nodaļa"), its date printed
    beside the last in the addressee's column without a full stop after the day ("22 aprīlis
    2025"): the letterhead is the issuer's, the date beside it the paper's."""
    _text(pdf, 60, 800, "Talsu novada Sociālā", 9)
    _text(pdf, 60, 788, "dienesta Sabiles", 9)
    _text(pdf, 60, 776, "nodaļa", 9)
    _text(pdf, 60, 764, "Rīgas iela 1, Sabile,", 9)
    _text(pdf, 200, 800, "Ģimenes asistentu koordinatorei", 9)
    _text(pdf, 200, 776, "22 aprīlis 2025", 9)
    _text(pdf, 60, 752, "Tālr. 63 291 100", 9)
    _text(pdf, 200, 752, "ATZINUMS par ģimenes asistenta pakalpojumu", 11, bold=True)
    _lines(pdf, 200, 715, [
        f"Klientam Aldim Liepam (p.k. {R14O_ALDIS}) ir psihiskās veselības traucējumi.",
        "Iesaku piešķirt ģimenes asistenta pakalpojumu 5 h nedēļā uz 6 mēnešiem.",
        "Sociālais darbinieks Ivo Krūze",
    ], size=9)


def r14o_date_line_without_its_year(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose title prints the year ("2025. gads") and whose date line
    only the day and month ("Sabilē, 22. aprīlī."): the date takes the year printed above."""
    _text(pdf, 100, 800, "Talsu novada Sociālais dienests", 11, bold=True)
    _text(pdf, 100, 780, "Sociālā darbinieka atzinums · 2025. gads", 11)
    _lines(pdf, 60, 740, [
        f"Kliente: Kristīne Ābele, personas kods {R14O_KRISTINE}.",
        "Mērķa grupa: ģimene ar bērniem.",
        "Pakalpojuma ilgums: 6 mēneši.",
        "",
        "Sabilē, 22. aprīlī.                      Sociālā darbiniece I. Krūze",
    ], size=10)


CASES.update({
    "r14o_unit_letterhead_in_the_genitive.pdf": (
        r14o_unit_letterhead_in_the_genitive, "social_worker_opinion", {
            "person_name": "Aldis Liepa", "personal_code": R14O_ALDIS,
            "issued_on": "2025-04-22"}),
    "r14o_date_line_without_its_year.pdf": (
        r14o_date_line_without_its_year, "social_worker_opinion", {
            "person_name": "Kristīne Ābele", "personal_code": R14O_KRISTINE,
            "period_months": 6, "issued_on": "2025-04-22"}),
})


R14O_EGILS = personal_code("1212631234")


def r14o_crosses_in_yes_no_columns(pdf: canvas.Canvas) -> None:
    """A commission's opinion, scanned: a ruled table of limitations with "Jā" and "Nē"
    columns, each row answered by a thin pen's cross OCR does not read as a letter: the cross's
    column answers the row (the pixels tell which cell holds ink while its twin is clear)."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((330, 250), "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
                 font=fonts["bold"], fill=20)
        ink.text((700, 340), "Latgales nodaļa, Rēzeknes sektors", font=fonts["print"], fill=25)
        ink.text((260, 480), "Atzinums Nr. LA-23-04410, Rēzeknē 09.10.2023.",
                 font=fonts["print"], fill=25)
        ink.text((260, 570), f"Persona: Egils Kalniņš, personas kods {R14O_EGILS}",
                 font=fonts["print"], fill=25)
        ink.text((260, 640), "Invaliditātes grupa: II, no 09.10.2023. līdz 08.10.2025.",
                 font=fonts["print"], fill=25)
        left, yes_x, no_x, right = 250, 1500, 1800, 2100
        rows = [("Funkcionālie traucējumi", None), ("redzes traucējumi", False),
                ("pārvietošanās traucējumi", True), ("garīga rakstura traucējumi", False),
                ("augšējo ekstremitāšu traucējumi", True),
                ("asistenta pakalpojums nepieciešams", True)]
        top = 760
        for at, (text, answer) in enumerate(rows):
            y = top + 90 * at
            ink.line((left, y, right, y), fill=40, width=3)
            ink.text((left + 15, y + 22), text, font=fonts["print"], fill=25)
            if answer is None:
                ink.text((yes_x + 15, y + 22), "Jā", font=fonts["print"], fill=25)
                ink.text((no_x + 15, y + 22), "Nē", font=fonts["print"], fill=25)
                continue
            x = (yes_x if answer else no_x) + 150
            ink.line((x - 28, y + 22, x + 28, y + 70), fill=35, width=4)
            ink.line((x - 28, y + 70, x + 28, y + 22), fill=35, width=4)
        bottom = top + 90 * len(rows)
        ink.line((left, bottom, right, bottom), fill=40, width=3)
        for x in (left, yes_x, no_x, right):
            ink.line((x, top, x, bottom), fill=40, width=3)
        ink.text((260, bottom + 200), "Ārsts eksperts                    J. Lācis",
                 font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r14a_hand_blank_and_underlined_answer.pdf": (
        r14a_hand_blank_and_underlined_answer, "application", {
            "applicant_name": "Dainis Vītols", "applicant_personal_code": R14A_DAINIS,
            "receives_assistant_benefit": False, "submitted_on": "2024-06-05"}),
    "r14o_crosses_in_yes_no_columns.pdf": (
        r14o_crosses_in_yes_no_columns, "commission_opinion", {
            "person_name": "Egils Kalniņš", "personal_code": R14O_EGILS,
            "disability_group": "II", "limitations": ["mobility", "upper_limbs"],
            "assistant_needed": True}),
})


R14O_GUNARS = personal_code("1903851234")


def r14o_plus_marks_in_yes_no_columns(pdf: canvas.Canvas) -> None:
    """An application whose table asks to write "+" in the right column: a "+" under "Nē"
    answers its row no (the benefit is not received), one under "Jā" yes, with its hours."""
    _text(pdf, 150, 800, "Kandavas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 775, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 11, bold=True)
    _lines(pdf, 60, 740, [
        f"Vārds, uzvārds: Gunārs Priede, personas kods {R14O_GUNARS}",
        "Deklarētā adrese: Lielā iela 3, Kandava, LV-3120",
        "Atzīmējiet ar „+” atbilstošajā ailē:",
    ], size=10)
    _grid(pdf, 60, 690, [200, 50, 50, 110], [
        ["Aktivitāte", "Jā", "Nē", "Stundas nedēļā"],
        ["Darbs", "+", "", "20"],
        ["Dienas centrs", "", "+", ""],
        ["Saņem pabalstu par asistenta izmantošanu", "", "+", ""],
    ], size=8)
    _lines(pdf, 60, 590, ["Datums: 14.05.2024."], size=10)


CASES.update({
    "r14o_plus_marks_in_yes_no_columns.pdf": (
        r14o_plus_marks_in_yes_no_columns, "application", {
            "applicant_name": "Gunārs Priede", "applicant_personal_code": R14O_GUNARS,
            "activities": [{"kind": "work", "hours_per_week": 20}],
            "receives_assistant_benefit": False, "submitted_on": "2024-05-14"}),
})


# --- round 14: timesheets in every shape (r14-sheets) --------------------------------------------

R14S_LAURA = personal_code("2109931234")
R14S_OSKARS = personal_code("0402701456")


def r14s_week_grid_dated_cells(pdf: canvas.Canvas) -> None:
    """A week to a line under the weekdays' heads, each day's cell dated in full with its
    from-to, hours and activity; the week's span and total in cells of their own, a holiday
    named in its cell."""
    _text(pdf, 40, 800, "PAKALPOJUMA LAIKA UZSKAITE", 12, bold=True)
    _text(pdf, 40, 784, f"Klients: Laura Vītola, p.k. {R14S_LAURA}", 9)
    _text(pdf, 360, 784, "Mēnesis: 2023. gada novembris", 9)
    _text(pdf, 40, 770, f"Asistents: Oskars Grīnbergs, p.k. {R14S_OSKARS}", 9)
    xs = [30, 100, 170, 240, 310, 380, 450, 520]
    for x, head in zip(xs, ["Nedēļa", "P", "O", "T", "C", "Pk", "S", "Kopā"], strict=True):
        _text(pdf, x, 740, head, 9)
    weeks = [["13.11.–19.11.", "13.11.", "14.11.", "15.11.", "16.11.", "17.11.", "18.11.", "6"],
             ["20.11.–26.11.", "20.11.", "21.11.", "22.11.", "23.11.", "24.11.", "25.11.", "3"]]
    cells = {"14.11.": ("13:00–16:00", "3 h skola"), "16.11.": ("13:00–16:00", "3 h skola"),
             "21.11.": ("18:00–21:00", "3 h koris")}
    y = 722
    for week in weeks:
        for x, cell in zip(xs, week, strict=True):
            _text(pdf, x, y, cell, 7)
            if cell in cells:
                _text(pdf, x, y - 9, cells[cell][0], 7)
                _text(pdf, x, y - 18, cells[cell][1], 7)
            if cell == "18.11.":
                _text(pdf, x, y - 9, "Valsts svētki", 7)
        y -= 34
    _text(pdf, 40, y - 6, "Mēnesī kopā: 9 stundas", 9)


CASES.update({
    "r14s_week_grid_dated_cells.pdf": (r14s_week_grid_dated_cells, "timesheet", {
        "month": "2023-11", "client_personal_code": R14S_LAURA,
        "entries": [
            {"date": "2023-11-14", "start": "13:00", "end": "16:00", "hours": 3,
             "activity": "education"},
            {"date": "2023-11-16", "start": "13:00", "end": "16:00", "hours": 3,
             "activity": "education"},
            {"date": "2023-11-21", "start": "18:00", "end": "21:00", "hours": 3,
             "activity": "leisure"},
        ],
        "total_hours": 9}),
})


def r14s_learner_labels_the_client(pdf: canvas.Canvas) -> None:
    """A sheet kept at a school names the one assisted as the learner ("Audzēknis: ...") with
    the code in brackets after the name."""
    _text(pdf, 40, 800, "Asistenta darba uzskaite mācību iestādē", 12, bold=True)
    _text(pdf, 40, 784, f"Audzēknis: Oskars Grīnbergs (p.k. {R14S_OSKARS}) Rīgas 7. vidusskola",
          9)
    _text(pdf, 40, 770, f"Asistente: Laura Vītola (p.k. {R14S_LAURA})  Mēnesis: 2023. gada marts",
          9)
    _grid(pdf, 40, 750, [80, 80, 60, 80], [
        ["Datums", "Laiks", "Stundas", "Vieta"],
        ["06.03.2023", "09:00-12:00", "3", "skola"],
        ["07.03.2023", "09:00-11:30", "2,5", "skola"],
    ])
    _text(pdf, 40, 680, "Kopā: 5,5 stundas", 9)


CASES.update({
    "r14s_learner_labels_the_client.pdf": (r14s_learner_labels_the_client, "timesheet", {
        "month": "2023-03", "client_name": "Oskars Grīnbergs",
        "client_personal_code": R14S_OSKARS, "assistant_name": "Laura Vītola",
        "total_hours": 5.5}),
})


def r14s_stroke_before_the_end_hour(pdf: canvas.Canvas) -> None:
    """A hand's "1" before an end's hour read as a stroke ("/4.30" for 14.30), the row's hours
    cell unreadable: the end before the start reads forward only with the stroke as a 1."""
    _text(pdf, 40, 800, "ASISTENTA DARBA UZSKAITE", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis, gads: 2023. gada februāris", 10)
    _text(pdf, 40, 766, f"Klients: Laura Vītola, p.k. {R14S_LAURA}", 9)
    _grid(pdf, 40, 740, [70, 60, 60, 60, 90], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["07.02.", "10.00", "14.30", "4,5", "darbs"],
        ["09.02.", "10.00", "/4.30", "%", "darbs"],
    ])


CASES.update({
    "r14s_stroke_before_the_end_hour.pdf": (r14s_stroke_before_the_end_hour, "timesheet", {
        "month": "2023-02",
        "entries": [
            {"date": "2023-02-07", "start": "10:00", "end": "14:30", "hours": 4.5,
             "activity": "work"},
            {"date": "2023-02-09", "start": "10:00", "end": "14:30", "hours": 4.5,
             "activity": "work"},
        ]}),
})


def r14s_total_left_blank_is_the_rows_sum(pdf: canvas.Canvas) -> None:
    """A sheet whose total line was left blank (or its figure unreadable): the month's total
    is the rows' sum, doubted, since nothing printed confirms it."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITE", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis: 2023. gada oktobris", 10)
    _text(pdf, 40, 766, f"Klients: Oskars Grīnbergs, p.k. {R14S_OSKARS}", 9)
    _grid(pdf, 40, 740, [70, 60, 60, 60, 90], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["03.10.", "15:00", "17:30", "2,5", "koris"],
        ["10.10.", "15:00", "17:30", "2,5", "koris"],
        ["12.10.", "08:00", "11:00", "3", "darbs"],
    ])
    _text(pdf, 40, 650, "Kopā stundas: ______________", 9)


CASES.update({
    "r14s_total_left_blank_is_the_rows_sum.pdf": (
        r14s_total_left_blank_is_the_rows_sum, "timesheet", {
            "month": "2023-10", "total_hours": 8}),
})


def r14s_whole_hours_in_from_to_cells(pdf: canvas.Canvas) -> None:
    """A form's from, to and hours cells filled with whole hours ("9 | 13 | 4"): clocks when the
    hours are the span between them; a row whose three do not agree is no row of clocks."""
    _text(pdf, 40, 800, "ASISTENTA DARBA UZSKAITES LAPA", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis: 2023. gada augusts", 10)
    _text(pdf, 40, 766, f"Klients: Laura Vītola, p.k. {R14S_LAURA}", 9)
    _grid(pdf, 40, 740, [70, 60, 60, 60, 90], [
        ["Datums", "No", "Līdz", "Stundas", "Darbība"],
        ["02.08.", "9", "13", "4", "darbs"],
        ["04.08.", "14", "16", "2", "baseins"],
    ])
    _text(pdf, 40, 670, "Kopā stundas: 6", 9)


CASES.update({
    "r14s_whole_hours_in_from_to_cells.pdf": (r14s_whole_hours_in_from_to_cells, "timesheet", {
        "month": "2023-08",
        "entries": [
            {"date": "2023-08-02", "start": "09:00", "end": "13:00", "hours": 4,
             "activity": "work"},
            {"date": "2023-08-04", "start": "14:00", "end": "16:00", "hours": 2,
             "activity": "leisure"},
        ],
        "total_hours": 6}),
})


def r14s_workplace_named_by_its_kind(pdf: canvas.Canvas) -> None:
    """A row names where the client works by the kind of place (a factory, a warehouse), not
    the word "darbs": the row's activity is work."""
    _text(pdf, 40, 800, "ASISTENTA PAKALPOJUMA UZSKAITE", 12, bold=True)
    _text(pdf, 40, 784, "Mēnesis: 2023. gada jūlijs", 10)
    _text(pdf, 40, 766, f"Klients: Oskars Grīnbergs, p.k. {R14S_OSKARS}", 9)
    _grid(pdf, 40, 740, [70, 100, 60, 120], [
        ["Datums", "Laiks", "Stundas", "Mērķis"],
        ["03.07.", "07:00–08:00", "1", "uz maizes rūpnīcu"],
        ["04.07.", "07:00–08:00", "1", "noliktava"],
    ])
    _text(pdf, 40, 670, "Kopā: 2", 9)


CASES.update({
    "r14s_workplace_named_by_its_kind.pdf": (r14s_workplace_named_by_its_kind, "timesheet", {
        "entries": [
            {"date": "2023-07-03", "start": "07:00", "end": "08:00", "hours": 1,
             "activity": "work"},
            {"date": "2023-07-04", "start": "07:00", "end": "08:00", "hours": 1,
             "activity": "work"},
        ]}),
})


# --- round 14 (hours): a length before its count, recurring days, days' own spans, a
# programme's kind ------------------------------------------------------------------------------
R14H_LAURA = personal_code("1703881234")
R14H_ROBERTS = personal_code("0911021234")


def r14h_length_before_its_count(pdf: canvas.Canvas) -> None:
    """An opinion whose volume says the visit's length first, then its count ("trīs stundas
    divas reizes nedēļā"): 3 x 2 = 6, computed (below 0.9), not the 3 the label finds."""
    _text(pdf, 170, 800, "Limbažu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 770, "Atzinums par ģimenes asistenta pakalpojumu", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Sociālā darbiniece, izvērtējusi Lauras Kārkliņas (p.k. {R14H_LAURA}) ģimenes",
        "situāciju, iesaka piešķirt ģimenes asistenta pakalpojumu ģimenei ar bērniem.",
        "Apjoms: trīs stundas divas reizes nedēļā. Termiņš: 4 mēneši.",
        "Ģimenes asistenta uzdevumi:",
        "– palīdzība bērnu skolas gaitās",
        "Limbažos, 21.10.2024.                              Sociālā darbiniece R. Zariņa",
    ], size=10)


def r14h_every_tuesday_in_words(pdf: canvas.Canvas) -> None:
    """A club's letter: "katru otrdienu trīs stundas", one recurring day and its length in
    words, is 3 a week."""
    _text(pdf, 170, 800, "Biedrība „Zaļā Doma”", 13, bold=True)
    _text(pdf, 230, 770, "APLIECINĀJUMS", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Biedrība „Zaļā Doma” apliecina, ka Roberts Vilks, personas kods {R14H_ROBERTS},",
        "darbojas biedrības dārzkopības pulciņā katru otrdienu trīs stundas.",
        "Limbažos, 2024. g. 4. novembrī                Valdes loceklis K. Bērziņš",
    ], size=10)


def r14h_each_session_after_its_days(pdf: canvas.Canvas) -> None:
    """A hospital's certificate naming the days, then each session's length in words after a
    semicolon ("otrdienās un sestdienās; katra procedūra ilgst piecas stundas"): 2 x 5."""
    _text(pdf, 200, 800, "SIA Salacas slimnīca", 13, bold=True)
    _text(pdf, 200, 780, "Dienas stacionārs · Ostas iela 3, Salacgrīva", 10)
    _text(pdf, 230, 750, "IZZIŅA Nr. DS-24/118", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Pacients Roberts Vilks, personas kods {R14H_ROBERTS}, saņem ārstēšanu dienas",
        "stacionārā otrdienās un sestdienās; katra procedūra ilgst piecas stundas.",
        "Salacgrīvā, 05.11.2024.                     Nodaļas vadītāja dr. M. Liepa",
    ], size=10)


def r14h_days_with_their_own_spans(pdf: canvas.Canvas) -> None:
    """A college's certificate: lessons on two days with spans of their own ("otrdienās no
    17:00 līdz 19:30 un sestdienās no 10:00 līdz 14:00") add up to 6.5; the programme printed
    after its kind without quotation marks ("profesionālā maģistra studiju programma Ainavu
    arhitektūra") is the name after the kind."""
    _text(pdf, 200, 800, "Vidzemes Lauksaimniecības koledža", 13, bold=True)
    _text(pdf, 230, 760, "IZZIŅA", 12, bold=True)
    _text(pdf, 60, 730, "Valmierā, 02.09.2024 Nr. 5-3/77")
    rows = [("Studente", "Laura Kārkliņa"), ("Personas kods", R14H_LAURA),
            ("Studiju programma",
             "profesionālā maģistra studiju programma Ainavu arhitektūra"),
            ("Studiju forma", "nepilna laika klātiene"),
            ("Nodarbības",
             "otrdienās no 17:00 līdz 19:30 un sestdienās no 10:00 līdz 14:00"),
            ("Plānotais beigu datums", "30.06.2026")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - 18 * at, label, 10)
        _text(pdf, 200, 700 - 18 * at, value, 10)
    _text(pdf, 60, 570, "Studiju daļas vadītāja E. Krūze")


def r14h_programme_after_its_kind_in_prose(pdf: canvas.Canvas) -> None:
    """An art school's certificate in prose: "mācās Limbažu mākslas skolas profesionālās
    ievirzes izglītības programmā Vizuāli plastiskā māksla (kods ...)": the name after the kind,
    not the school and the kind before it."""
    _text(pdf, 200, 800, "Limbažu mākslas skola", 13, bold=True)
    _text(pdf, 260, 760, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Izsniegta Robertam Vilkam (personas kods {R14H_ROBERTS}), ka viņš mācās Limbažu",
        "mākslas skolas profesionālās ievirzes izglītības programmā Vizuāli plastiskā",
        "māksla (kods 20V 211 00 1), 2. klasē. Nodarbības notiek divas reizes nedēļā pa",
        "trim stundām.",
        "Limbažos, 29.08.2024. Nr. 1-9/31                         Direktors A. Lācis",
    ], size=10)


CASES.update({
    "r14h_length_before_its_count.pdf": (
        r14h_length_before_its_count, "social_worker_opinion", {"hours_per_week": 6}),
    "r14h_every_tuesday_in_words.pdf": (
        r14h_every_tuesday_in_words, "activity_certificate", {"hours_per_week": 3}),
    "r14h_each_session_after_its_days.pdf": (
        r14h_each_session_after_its_days, "activity_certificate", {"hours_per_week": 10}),
    "r14h_days_with_their_own_spans.pdf": (
        r14h_days_with_their_own_spans, "school_certificate", {
            "hours_per_week": 6.5, "programme": "Ainavu arhitektūra",
            "study_until": "2026-06-30"}),
    "r14h_programme_after_its_kind_in_prose.pdf": (
        r14h_programme_after_its_kind_in_prose, "school_certificate", {
            "programme": "Vizuāli plastiskā māksla", "hours_per_week": 6}),
})


R14H_EDGARS = personal_code("2206551234")


def r14h_letter_lists_after_an_aside(pdf: canvas.Canvas) -> None:
    """A son's letter asking for his father: an aside in brackets ("(pielikumā)") names an
    attachment before the list of what the assistant is for; the list still is the request's
    (work 4 h a day x 5 = 20; a clinic three times a week for three hours = 9)."""
    _text(pdf, 200, 800, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 770, [
        "Labdien!",
        "Lūdzu piešķirt asistenta pakalpojumu manam tēvam Edgaram Kalnam, personas kods",
        f"{R14H_EDGARS}, deklarētā adrese: Lauku iela 3, Alsunga, LV-3306. Iesniegumu",
        "iesniedzu ar tēva pilnvaru (pielikumā).",
        "Asistents tēvam vajadzīgs:",
        "1) nokļūšanai darbā kokzāģētavā – četras stundas dienā, piecas dienas nedēļā;",
        "2) braucieniem uz ārstniecības iestādi Kuldīgā – trīs reizes nedēļā pa trim stundām.",
        "Pabalstu asistenta izmantošanai tēvs nesaņem.",
        "Alsungā, 11.03.2025.                         Dēls Jānis Kalns",
    ], size=10)


def r14h_planned_end_of_studies(pdf: canvas.Canvas) -> None:
    """A vocational school's certificate: "Mācību beigas" / "paredzētas 2027. gada 15. jūnijā"
    (the end at a line's end, the word for planned, then the date) is the end of studies."""
    _text(pdf, 200, 800, "Kuldīgas Tehnoloģiju tehnikums", 13, bold=True)
    _text(pdf, 250, 760, "IZZIŅA Nr. 4-2/19", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Apliecinām, ka Edgars Kalns (personas kods {R14H_EDGARS}) mācās Kuldīgas",
        "Tehnoloģiju tehnikumā profesionālās izglītības programmā „Mežsaimniecība”",
        "klātienē un apmeklē mācības 30 stundas nedēļā. Mācību beigas",
        "paredzētas 2027. gada 15. jūnijā.",
        "Kuldīgā, 16.09.2024.                          Direktora vietnieks P. Sils",
    ], size=10)


CASES.update({
    "r14h_letter_lists_after_an_aside.pdf": (
        r14h_letter_lists_after_an_aside, "application", {
            "activities": [{"kind": "work", "hours_per_week": 20},
                           {"kind": "institutions", "hours_per_week": 9}]}),
    "r14h_planned_end_of_studies.pdf": (
        r14h_planned_end_of_studies, "school_certificate", {
            "study_until": "2027-06-15", "programme": "Mežsaimniecība",
            "hours_per_week": 30}),
})


# --- round 14: employer, school and day-centre certificates, dates (r14e_) -----------------

R14E_DIDZIS = personal_code("1406881234")
R14E_LIGA = personal_code("0211921456")
R14E_OTTO = personal_code("2703011789")


def r14e_company_in_capitals_in_its_sentence(pdf: canvas.Canvas) -> None:
    """A company that prints its name in capitals in its letterhead and in its own sentence
    ("strādā SIA ZAĻĀ DZIRNAVA par ..."): that is how it writes its name. Its worker's surname
    is a masculine "-a" noun ("Didzim Cielavam" is Didzis Cielava, not Cielavs)."""
    _text(pdf, 200, 800, "SIA ZAĻĀ DZIRNAVA", 13, bold=True)
    _text(pdf, 150, 784, "Reģ. Nr. 40003987654 · Dzirnavu iela 2, Smiltene", 9)
    _text(pdf, 360, 760, "Smiltenē, 2024. gada 9. oktobrī", 10)
    _text(pdf, 270, 730, "Izziņa", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Izziņa izsniegta Didzim Cielavam, personas kods {R14E_DIDZIS}, par to, ka viņš kopš",
        "2019. gada 3. jūnija strādā SIA ZAĻĀ DZIRNAVA par maiznieku.",
        "Valdes loceklis                                        P. Krasts",
    ], size=10)


def r14e_position_labelled_inside_a_sentence(pdf: canvas.Canvas) -> None:
    """A position given by its label inside a sentence ("..., amats – noliktavas pārzine.")
    with the next sentence running on; the line's "uzņēmuma" is no header row's heading."""
    _text(pdf, 60, 800, "SIA Kalnu Sēta", 12, bold=True)
    _text(pdf, 380, 800, "Reģ. Nr. 40103654321", 9)
    _text(pdf, 180, 760, "Apliecinājums par nodarbinātību", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"SIA Kalnu Sēta apliecina, ka Līga Ērgle (personas kods {R14E_LIGA}) kopš 2023-01-09 ir",
        "uzņēmuma darbiniece, amats – noliktavas pārzine. Darbs notiek uzņēmuma noliktavā",
        "Madonā, 8 stundas dienā, no pirmdienas līdz piektdienai.",
        "2024-11-05                                  Valdes priekšsēdētājs R. Auziņš",
    ], size=10)


def r14e_programme_after_its_kind_unquoted(pdf: canvas.Canvas) -> None:
    """A programme named after its kind without quotation marks ("profesionālā maģistra
    studiju programma Sabiedrības vadība") is the name after the kind; the study's end is
    said with a participle ("Studiju beigas paredzētas 2026. gada 20. jūnijā")."""
    _text(pdf, 180, 800, "Vidzemes Pārvaldības augstskola", 12, bold=True)
    _text(pdf, 60, 770, "Valmierā, 12.02.2025 Nr. 4-2/77", 10)
    _text(pdf, 250, 740, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 710, [
        "Studējošais            Otto Zariņš",
        f"Personas kods          {R14E_OTTO}",
        "Studiju programma      profesionālā maģistra studiju programma Sabiedrības vadība",
        "Studiju forma          nepilna laika studijas",
        "",
        "Izziņa izsniegta iesniegšanai sociālajā dienestā. Studiju beigas",
        "paredzētas 2026. gada 20. jūnijā.",
        "Studiju daļas vadītāja                              M. Avota",
    ], size=10)


CASES.update({
    "r14e_company_in_capitals_in_its_sentence.pdf": (
        r14e_company_in_capitals_in_its_sentence, "employer_certificate", {
            "employer_name": "SIA ZAĻĀ DZIRNAVA", "person_name": "Didzis Cielava",
            "personal_code": R14E_DIDZIS, "position": "maiznieks",
            "employed_since": "2019-06-03", "issued_on": "2024-10-09"}),
    "r14e_position_labelled_inside_a_sentence.pdf": (
        r14e_position_labelled_inside_a_sentence, "employer_certificate", {
            "employer_name": "SIA Kalnu Sēta", "person_name": "Līga Ērgle",
            "position": "noliktavas pārzine", "employed_since": "2023-01-09",
            "issued_on": "2024-11-05"}),
    "r14e_programme_after_its_kind_unquoted.pdf": (
        r14e_programme_after_its_kind_unquoted, "school_certificate", {
            "institution_name": "Vidzemes Pārvaldības augstskola", "person_name": "Otto Zariņš",
            "programme": "Sabiedrības vadība", "study_until": "2026-06-20",
            "issued_on": "2025-02-12"}),
})


R14E_MARTINS = personal_code("0909791234")


def r14e_scanners_own_ocr_layer(pdf: canvas.Canvas) -> None:
    """An office scanner's "searchable" PDF: the page image, and over it the scanner's own OCR
    in invisible glyphs, without the letters' marks and with an "O" for a "0" ("Ziedkalnes
    Maiznica", "Martins Ozoliņs", "2O19"). The picture is what the paper says."""
    lines = [
        ("SIA Ziedkalnes Maiznīca", "SIA Ziedkalnes Maiznica", "bold", 700, 300),
        ("Reģ. Nr. 40003123456, Rīgas iela 5, Ziedkalne", "Reg. Nr. 4OOO3123456, Rigas iela 5,"
         " Ziedkalne", "print", 600, 380),
        ("Ziedkalnē, 14.03.2024.", "Ziedkalne, 14.O3.2O24.", "print", 1500, 520),
        ("IZZIŅA", "IZZINA", "bold", 1100, 640),
        (f"Izziņa izsniegta Mārtiņam Ozoliņam, personas kods {R14E_MARTINS},",
         f"Izzina izsniegta Martinam Ozolinam, personas kods {R14E_MARTINS},", "print", 250, 780),
        ("par to, ka viņš kopš 2019. gada 2. aprīļa strādā par mīklas",
         "par to, ka vins kops 2O19. gada 2. aprila strada par miklas", "print", 250, 850),
        ("gatavotāju, 40 stundas nedēļā.", "gatavotaju, 4O stundas nedela.", "print", 250, 920),
        ("Valdes loceklis                    D. Rubene", "Valdes loceklis D. Rubene", "print",
         250, 1200),
    ]

    def draw(ink: Any, fonts: Any) -> None:
        for printed, _read, font, x, y in lines:
            ink.text((x, y), printed, font=fonts[font], fill=25)

    _r13m_scanned_page(pdf, draw)
    scale = A4[0] / 2480
    for _printed, read, font, x, y in lines:
        text = pdf.beginText(x * scale, A4[1] - (y + 40) * scale)
        text.setTextRenderMode(3)
        text.setFont("Helvetica", 12 if font == "bold" else 10)
        for word in read.split():  # a scanner lays its words one by one
            text.textOut(word + " ")
        pdf.drawText(text)


CASES.update({
    "r14e_scanners_own_ocr_layer.pdf": (
        r14e_scanners_own_ocr_layer, "employer_certificate", {
            "employer_name": "SIA Ziedkalnes Maiznīca", "person_name": "Mārtiņš Ozoliņš",
            "personal_code": R14E_MARTINS, "employed_since": "2019-04-02",
            "issued_on": "2024-03-14"}),
})


R14E_SINTIJA = personal_code("1712851234")
R14E_FAX_FIELDS = {"employer_name": "SIA Rundāles Dārzi", "personal_code": R14E_SINTIJA}


def r14e_fax_month_in_letters(path: Path) -> Path:
    """A fax whose machine, set up in English, names the month in letters and OCR loses the
    dash after the day ("07MAR-2024 11:40 FROM: RUNDALES DARZI ... P.01/01"): the machine's
    line, not the employer's name."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    body = ImageFont.truetype(sans, 26)
    page = Image.new("L", (1654, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 60), "07MAR-2024 11:40  FROM: RUNDALES DARZI  +371 639xxxxx  P.01/01",
              font=ImageFont.truetype(sans, 20), fill=0)
    draw.text((560, 160), "SIA Rundāles Dārzi", font=bold, fill=0)
    draw.text((420, 215), "Reģ. Nr. 43603011223, Pilsrundāle", font=body, fill=0)
    draw.text((740, 330), "IZZIŅA", font=bold, fill=0)
    lines = [f"Sintija Avotiņa, personas kods {R14E_SINTIJA}, strādā",
             "mūsu uzņēmumā par dārznieci.", "", "Pilsrundālē, 06.03.2024."]
    for n, text in enumerate(lines):
        draw.text((120, 430 + 48 * n), text, font=body, fill=0)
    page.point(lambda v: 0 if v < 128 else 255).convert("1").save(path, dpi=(200, 200))
    return path


R14E_RUTA = personal_code("0504671234")


def r14e_day_written_in_words(pdf: canvas.Canvas) -> None:
    """A certificate dated with the year in figures and the day in words ("Ogrē, 2024. gada
    trīsdesmitajā aprīlī"), as a clerk writes a solemn date: the paper's own date."""
    _text(pdf, 160, 800, "Biedrība „Ogres Sudrabi”", 12, bold=True)
    _text(pdf, 250, 770, "APLIECINĀJUMS", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Biedrība apliecina, ka Rūta Kalēja, personas kods {R14E_RUTA}, ir biedrības",
        "dalībniece un piedalās biedrības rīkotajās nodarbībās.",
        "",
        "Ogrē, 2024. gada trīsdesmitajā aprīlī",
        "Valdes priekšsēdētāja                                   I. Sila",
    ], size=10)


CASES.update({
    "r14e_day_written_in_words.pdf": (
        r14e_day_written_in_words, "activity_certificate", {
            "person_name": "Rūta Kalēja", "personal_code": R14E_RUTA,
            "issued_on": "2024-04-30"}),
})


R14E_EMILS = personal_code("1509121234")


def r14e_programme_named_after_its_head_noun(pdf: canvas.Canvas) -> None:
    """An art school's letter naming the programme unquoted after its head noun in the
    locative, the school's genitives before it ("... mākslas skolas profesionālās ievirzes
    izglītības programmā Vizuāli plastiskā māksla (kods 20V 211 00)"): the name is after."""
    _text(pdf, 190, 800, "Valmieras Ziedu mākslas skola", 12, bold=True)
    _text(pdf, 60, 770, "Valmierā, 02.09.2024.", 10)
    _text(pdf, 250, 740, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Izsniegta Emīlam Grīnbergam (personas kods {R14E_EMILS}), ka viņš mācās Valmieras",
        "Ziedu mākslas skolas profesionālās ievirzes izglītības programmā Vizuāli plastiskā",
        "māksla (kods 20V 211 00), 2. klasē.",
        "Direktors                                             U. Bērziņš",
    ], size=10)


CASES.update({
    "r14e_programme_named_after_its_head_noun.pdf": (
        r14e_programme_named_after_its_head_noun, "school_certificate", {
            "person_name": "Emīls Grīnbergs", "personal_code": R14E_EMILS,
            "programme": "Vizuāli plastiskā māksla", "issued_on": "2024-09-02"}),
})


R14E_REBEKA = personal_code("0803991234")


def r14e_owner_relative_start_accusative(pdf: canvas.Canvas) -> None:
    """A sole trader's reference letter: the company printed with its owner ("IK „Ozolkalni”,
    īpašniece Dace Ozola"; the owner is no part of its name), the worker named in the
    accusative of a calendar name the tables lack ("pazīstu Rebeku Miezi"), and the start said
    from the paper's year ("kopš pagājušā gada 15. oktobra": the year before the paper's)."""
    _text(pdf, 60, 800, "IK „Ozolkalni”, īpašniece Dace Ozola", 12, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 42402012345, Rēzekne", 9)
    _text(pdf, 380, 760, "Rēzeknē, 2025. gada 10. februārī", 10)
    _text(pdf, 230, 730, "Izziņa", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Ar šo apliecinu, ka pazīstu Rebeku Miezi (personas kods {R14E_REBEKA}) kā",
        "kārtīgu darbinieci. Kopš pagājušā gada 15. oktobra Rebeka pie mums strādā par",
        "pārdevēju, divas dienas nedēļā pa sešām stundām.",
        "Īpašniece                                          D. Ozola",
    ], size=10)


CASES.update({
    "r14e_owner_relative_start_accusative.pdf": (
        r14e_owner_relative_start_accusative, "employer_certificate", {
            "employer_name": "IK Ozolkalni", "person_name": "Rebeka Mieze",
            "personal_code": R14E_REBEKA, "position": "pārdevēja",
            "employed_since": "2024-10-15", "issued_on": "2025-02-10"}),
})


R15A_GINTS = personal_code("1107781234")
R15A_RENARS = personal_code("2302051234")


def r15a_dative_before_a_surname_in_o(pdf: canvas.Canvas) -> None:
    """A father's letter for his son whose surname ends in "-o" ("Alfredam Kalvo"): such a
    surname is the same in every case, so the given name's dative alone says the case."""
    _text(pdf, 330, 800, "Līvānu novada")
    _text(pdf, 330, 786, "Sociālajam dienestam")
    _text(pdf, 60, 760, f"Iesniedzējs: Gints Kalvo, personas kods {R15A_GINTS}", 10)
    _text(pdf, 250, 730, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 700, [
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam Alfredam Kalvo, personas kods",
        f"{R15A_RENARS}, deklarētā dzīvesvieta Rīgas iela 4-7, Līvāni, LV-5316.",
        "Dēls apmeklē Līvānu dienas centru 10 stundas nedēļā.",
    ], size=10)
    _text(pdf, 50, 610, "Līvānos, 2025. gada 9. jūnijā")
    _text(pdf, 380, 610, "G. Kalvo")


CASES.update({
    "r15a_dative_before_a_surname_in_o.pdf": (
        r15a_dative_before_a_surname_in_o, "application", {
            "applicant_name": "Gints Kalvo", "applicant_personal_code": R15A_GINTS,
            "client_name": "Alfreds Kalvo", "client_personal_code": R15A_RENARS,
            "submitted_on": "2025-06-09"}),
})


R15A_VELTA = personal_code("0502671234")
R15A_OSKARS = personal_code("1809121234")


def r15a_one_word_row_of_the_client(pdf: canvas.Canvas) -> None:
    """A form whose rows print their label in a column of its own: the applicant's row under
    the applicant's heading, then a row labelled by one word holding a name and
    a code ("Bērns"). The client's block opens there, though no heading says so."""
    _text(pdf, 330, 800, "Balvu novada Sociālais dienests")
    _text(pdf, 240, 760, "IESNIEGUMS", 13, bold=True)
    _text(pdf, 60, 730, "A. Iesniedzēja dati", 10, bold=True)
    rows = [
        ("Iesniedzējs (aizbildne)", f"Velta Rozīte, p.k. {R15A_VELTA}"),
        ("Radniecība", "vecmāmiņa"),
        ("Bērns", f"Oskars Rozītis, p.k. {R15A_OSKARS}"),
        ("Dzīvesvieta", "Brīvības iela 9, Balvi, LV-4501"),
    ]
    for n, (label, value) in enumerate(rows):
        _text(pdf, 60, 710 - 18 * n, label, 9)
        _text(pdf, 230, 710 - 18 * n, value, 10)
    _text(pdf, 60, 620, "Lūdzu piešķirt asistenta pakalpojumu skolas apmeklēšanai.", 10)
    _text(pdf, 60, 590, "Balvos, 2025. gada 4. septembrī", 10)


CASES.update({
    "r15a_one_word_row_of_the_client.pdf": (
        r15a_one_word_row_of_the_client, "application", {
            "applicant_name": "Velta Rozīte", "applicant_personal_code": R15A_VELTA,
            "client_name": "Oskars Rozītis", "client_personal_code": R15A_OSKARS,
            "submitted_on": "2025-09-04"}),
})


def r15a_commission_letter_not_its_opinion(pdf: canvas.Canvas) -> None:
    """The commission's other mail: its name heads the letter as it heads its opinions, but the
    letter asks someone to come to a re-examination and names no code, group or limitation."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 784, "Kurzemes reģionālā nodaļa", 9)
    _lines(pdf, 60, 740, [
        "Cienījamā kundze!",
        "Lūdzam Jūs ierasties uz atkārtotu ekspertīzi 2025. gada 3. novembrī plkst. 9.00",
        "Kuldīgā, Liepājas ielā 12, 4. kabinetā. Līdzi ņemiet pasi un ārsta nosūtījumu.",
        "Ar cieņu, lietvede, 2025. gada 20. oktobrī.",
    ], size=10)


CASES.update({
    "r15a_commission_letter_not_its_opinion.pdf": (
        r15a_commission_letter_not_its_opinion, "unknown", {}),
})


R15A_VALENTINA = personal_code("1204551234")


def r15a_latgalian_form(pdf: canvas.Canvas) -> None:
    """A form printed in the Latgalian written language: its title "ISNĪGUMS" and its labels
    ("Vuords, uzvuords", "Personys kods", "Dzeivis vīta", "Dateims") are Latgale's spelling of
    an application's own."""
    _text(pdf, 330, 800, "Rēzeknis nūvoda Sociālais dīnests", 10)
    _text(pdf, 250, 760, "ISNĪGUMS", 13, bold=True)
    _text(pdf, 200, 744, "par asistenta pakolpuojumu", 10)
    rows = [
        ("Vuords, uzvuords", "Valentīna Bondare"),
        ("Personys kods", R15A_VALENTINA),
        ("Dzeivis vīta", "Atbrīvošanas aleja 20-14, Rēzekne, LV-4601"),
        ("Dateims", "02.06.2025"),
    ]
    for n, (label, value) in enumerate(rows):
        _text(pdf, 60, 710 - 20 * n, label, 9)
        _text(pdf, 220, 710 - 20 * n, value, 10)


CASES.update({
    "r15a_latgalian_form.pdf": (
        r15a_latgalian_form, "application", {
            "applicant_name": "Valentīna Bondare", "applicant_personal_code": R15A_VALENTINA,
            "client_name": "Valentīna Bondare",
            "address": "Atbrīvošanas aleja 20-14, Rēzekne, LV-4601",
            "submitted_on": "2025-06-02"}),
})


R15S_OSKARS = personal_code("1503871234")
R15S_VIJA = personal_code("0811651456")
R15S_GATIS = personal_code("2204931789")
R15S_MAIJA = personal_code("3001721345")


def r15s_letter_codes_with_legend(pdf: canvas.Canvas) -> None:
    """A sheet whose rows give the activity as a letter code, explained under the table
    ("Kodi: S – skola; P – ..."); the client's surname opens with a role word's letters
    ("Kodols": "kods" is a label, "Kodols" a name)."""
    _text(pdf, 60, 800, "Jelgavas novada Sociālais dienests", 10)
    _text(pdf, 150, 775, "ASISTENTA DARBA LAIKA UZSKAITES TABULA", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Oskars Kodols ({R15S_OSKARS}) · Asistente: Vija Lapsa ({R15S_VIJA}) ·",
        "Mēnesis: 2024. gada novembris",
    ], size=9)
    _grid(pdf, 60, 715, [70, 60, 60, 40, 40], [
        ["Datums", "No", "Līdz", "St.", "Kods"],
        ["05.11.", "08:00", "11:00", "3", "S"],
        ["12.11.", "14:00", "15:30", "1,5", "P"],
        ["19.11.", "17:00", "18:30", "1,5", "B"],
    ])
    _text(pdf, 60, 620, "Kopā: 6 st.", 10)
    _text(pdf, 60, 600, "Kodi: S – skola; P – poliklīnika un citas ārstniecības iestādes;", 8)
    _text(pdf, 60, 588, "B – brīvais laiks.", 8)


def r15s_two_ranges_one_hours_cell(pdf: canvas.Canvas) -> None:
    """A table with two from-to pairs a row, one hours cell for the whole row and the activity
    in the last cell: each pair is an entry of its own length, both of that activity; the
    title stands beside the letterhead on one line ("dienests : ASISTENTA DARBA UZSKAITE")."""
    _text(pdf, 60, 800, "Tukuma novada sociālais dienests : ASISTENTA DARBA UZSKAITE", 10)
    _lines(pdf, 60, 770, [
        f"Klients: Gatis Rudzītis, {R15S_GATIS}",
        f"Asistente: Maija Liepiņa, {R15S_MAIJA}",
        "Mēnesis: 2024. gada oktobris",
    ], size=10)
    _grid(pdf, 60, 715, [70, 45, 45, 45, 45, 50, 80], [
        ["Datums", "No", "Līdz", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["07.10.2024", "07:30", "08:00", "16:00", "16:30", "1", "darbs"],
        ["08.10.2024", "07:30", "08:00", "16:00", "16:30", "1", "darbs"],
    ])
    _text(pdf, 60, 640, "Kopā mēnesī: 2 h", 10)


def _r15s_entry(day: str, start: str, end: str, hours: float, activity: str) -> dict[str, Any]:
    return {"date": day, "start": start, "end": end, "hours": hours, "activity": activity}


CASES.update({
    "r15s_letter_codes_with_legend.pdf": (r15s_letter_codes_with_legend, "timesheet", {
        "month": "2024-11", "client_name": "Oskars Kodols", "client_personal_code": R15S_OSKARS,
        "assistant_name": "Vija Lapsa", "assistant_personal_code": R15S_VIJA,
        "entries": [_r15s_entry("2024-11-05", "08:00", "11:00", 3, "education"),
                    _r15s_entry("2024-11-12", "14:00", "15:30", 1.5, "institutions"),
                    _r15s_entry("2024-11-19", "17:00", "18:30", 1.5, "leisure")],
        "total_hours": 6}),
    "r15s_two_ranges_one_hours_cell.pdf": (r15s_two_ranges_one_hours_cell, "timesheet", {
        "month": "2024-10", "client_name": "Gatis Rudzītis", "client_personal_code": R15S_GATIS,
        "assistant_name": "Maija Liepiņa", "assistant_personal_code": R15S_MAIJA,
        "entries": [_r15s_entry("2024-10-07", "07:30", "08:00", 0.5, "work"),
                    _r15s_entry("2024-10-07", "16:00", "16:30", 0.5, "work"),
                    _r15s_entry("2024-10-08", "07:30", "08:00", 0.5, "work"),
                    _r15s_entry("2024-10-08", "16:00", "16:30", 0.5, "work")],
        "total_hours": 2}),
})


R15C_OSKARS = personal_code("1711881357")


def r15c_fax_cover_sheet_first(pdf: canvas.Canvas) -> None:
    """A fax sent with its cover sheet first: the cover's labelled "Datums" is the day it was
    sent, its "No" a department; the certificate on the next page is dated two days earlier."""
    _text(pdf, 60, 800, "FAKSS", 16, bold=True)
    _lines(pdf, 60, 770, [
        "Kam: Talsu novada Sociālais dienests, sociālā darbiniece A. Kalna",
        "Faksa Nr.: 63291144",
        "No: SIA Dundagas Maize, personāla daļa",
        "Datums: 14.05.2024.",
        "Lappušu skaits: 2 (ieskaitot šo lapu)",
        "Temats: izziņa par darbinieku O. Sproģi",
        "Lūgtā izziņa pielikumā.",
    ], size=10)
    pdf.showPage()
    _text(pdf, 60, 800, "SIA Dundagas Maize", 12, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 41203045678, Pils iela 4, Dundaga, LV-3270", 9)
    _text(pdf, 60, 760, "Dundagā 12.05.2024. Nr. 17/24", 10)
    _text(pdf, 230, 730, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"SIA Dundagas Maize apliecina, ka Oskars Sproģis, personas kods {R15C_OSKARS},",
        "strādā uzņēmumā par maiznieku kopš 2021. gada 1. jūnija.",
        "Valdes loceklis                                      J. Krūmiņš",
    ], size=10)


CASES.update({
    "r15c_fax_cover_sheet_first.pdf": (
        r15c_fax_cover_sheet_first, "employer_certificate", {
            "employer_name": "SIA Dundagas Maize", "person_name": "Oskars Sproģis",
            "personal_code": R15C_OSKARS, "position": "maiznieks",
            "employed_since": "2021-06-01", "issued_on": "2024-05-12"}),
})


R15C_MARTA = personal_code("0902071846")
R15C_TEODORS = personal_code("2304641537")


def r15c_volume_period_first(pdf: canvas.Canvas) -> None:
    """An opinion giving the period before its hours ("katras trīs nedēļas 9 stundas"): 9 over
    three weeks is 3 a week, not 9."""
    _text(pdf, 170, 800, "Cēsu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 770, "Atzinums par ģimenes asistenta pakalpojumu", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Sociālā darbiniece, izvērtējusi Teodora Kalniņa (p.k. {R15C_TEODORS}) situāciju,",
        "iesaka piešķirt ģimenes asistenta pakalpojumu.",
        "Apjoms: katras trīs nedēļas 9 stundas. Termiņš: 6 mēneši.",
        "Ģimenes asistenta uzdevumi:",
        "– palīdzība rēķinu apmaksā",
        "Cēsīs, 11.02.2025.                              Sociālā darbiniece I. Gaiļa",
    ], size=10)


def r15c_half_of_the_full_week(pdf: canvas.Canvas) -> None:
    """An employer's table: "Slodze: 0,75 likmes" and "Pilna darba laika apjoms 40 stundas
    nedēļā": the person's week is 30, not the full 40."""
    _text(pdf, 60, 800, "SIA Cēsu Ūdens", 12, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 44103011234, Cēsis", 9)
    _text(pdf, 60, 760, "Cēsīs, 03.03.2025. Nr. 9/25", 10)
    _text(pdf, 200, 730, "IZZIŅA PAR DARBA ATTIECĪBĀM", 12, bold=True)
    rows = [("Darbiniece", "Marta Ozoliņa"), ("Personas kods", R15C_MARTA),
            ("Amats", "laborante"), ("Darba attiecību sākums", "15.04.2022."),
            ("Slodze", "0,75 likmes"),
            ("Pilna darba laika apjoms", "40 stundas nedēļā")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - 18 * at, label, 10)
        _text(pdf, 230, 700 - 18 * at, value, 10)
    _text(pdf, 60, 570, "Valdes locekle S. Briede", 10)


def r15c_lessons_of_45_minutes(pdf: canvas.Canvas) -> None:
    """A school's letter: "5 mācību stundas dienā (katra 45 min.), četras dienas nedēļā" is
    5 x 0.75 x 4 = 15 hours, not 20."""
    _text(pdf, 200, 800, "Cēsu Valsts ģimnāzija", 13, bold=True)
    _text(pdf, 60, 770, "Cēsīs, 2025. gada 6. janvārī", 10)
    _text(pdf, 220, 745, "IZZIŅA PAR MĀCĪBĀM", 12, bold=True)
    _lines(pdf, 60, 715, [
        f"Izsniegta Martai Ozoliņai (personas kods {R15C_MARTA}), ka viņa mācās 10. klasē",
        "vispārējās vidējās izglītības programmā. Mācību slodze: 5 mācību stundas dienā",
        "(katra 45 min.), četras dienas nedēļā.",
        "Direktore A. Purene",
    ], size=10)


def r15c_lessons_and_an_afternoon_group(pdf: canvas.Canvas) -> None:
    """A school's letter: lessons and afternoon support classes on the same days ("... no 9.00 līdz
    13.00 un mācību atbalsta nodarbības no 14.00 līdz 16.00", four days): (4 + 2) x 4 = 24."""
    _text(pdf, 200, 800, "Priekuļu pamatskola", 13, bold=True)
    _text(pdf, 60, 770, "Priekuļos, 2025. gada 20. janvārī", 10)
    _text(pdf, 220, 745, "IZZIŅA PAR MĀCĪBĀM", 12, bold=True)
    _lines(pdf, 60, 715, [
        f"Izsniegta Teodoram Kalniņam (personas kods {R15C_TEODORS}), ka viņš mācās",
        "6. klasē pamatizglītības programmā. Skolēns apmeklē skolu četras dienas nedēļā no",
        "9.00 līdz 13.00 un mācību atbalsta nodarbības no 14.00 līdz 16.00.",
        "Direktors E. Lapiņš",
    ], size=10)


CASES.update({
    "r15c_volume_period_first.pdf": (
        r15c_volume_period_first, "social_worker_opinion", {"hours_per_week": 3}),
    "r15c_half_of_the_full_week.pdf": (
        r15c_half_of_the_full_week, "employer_certificate", {"hours_per_week": 30}),
    "r15c_lessons_of_45_minutes.pdf": (
        r15c_lessons_of_45_minutes, "school_certificate", {"hours_per_week": 15}),
    "r15c_lessons_and_an_afternoon_group.pdf": (
        r15c_lessons_and_an_afternoon_group, "school_certificate", {"hours_per_week": 24}),
})


def r15c_unit_named_under_its_service(pdf: canvas.Canvas) -> None:
    """A day centre's letterhead under the social service running it, its own name unquoted
    ("Siguldas novada Sociālais dienests" / "Dienas centrs Pūpoli"): the centre is the issuer,
    not the service and the centre run together."""
    _text(pdf, 170, 800, "Siguldas novada Sociālais dienests", 13, bold=True)
    _text(pdf, 200, 782, "Dienas centrs Pūpoli", 13, bold=True)
    _text(pdf, 190, 764, "Pils iela 9, Sigulda, LV-2150", 9)
    _text(pdf, 60, 735, "Siguldā, 2025. gada 7. aprīlī")
    _text(pdf, 220, 705, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 680, [
        f"Apliecinām, ka Marta Ozoliņa (personas kods {R15C_MARTA}) apmeklē dienas centru",
        "trīs dienas nedēļā no 10.00 līdz 13.00.",
    ])
    _text(pdf, 60, 630, "Centra vadītāja                                        L. Vīksna")


CASES.update({
    "r15c_unit_named_under_its_service.pdf": (
        r15c_unit_named_under_its_service, "activity_certificate", {
            "institution_name": "Dienas centrs Pūpoli", "person_name": "Marta Ozoliņa",
            "personal_code": R15C_MARTA, "hours_per_week": 9, "issued_on": "2025-04-07"}),
})


def r15c_programme_after_its_five_digit_code(pdf: canvas.Canvas) -> None:
    """A college's table printing the programme's five-digit code before its name ("42345
    Uzņēmējdarbības vadība (profesionālā bakalaura ...)"): the code is no part of the name."""
    _text(pdf, 200, 800, "Vidzemes Tehnoloģiju koledža", 13, bold=True)
    _text(pdf, 60, 770, "12.09.2025. Nr. 3-7/88", 10)
    _text(pdf, 230, 740, "IZZIŅA par studijām", 12, bold=True)
    rows = [("Studējošais", "Teodors Kalniņš"), ("Personas kods", R15C_TEODORS),
            ("Studiju programma",
             "42345 Uzņēmējdarbības vadība (profesionālā bakalaura izglītība)"),
            ("Studiju forma", "nepilna laika klātiene, 3. kurss")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - 18 * at, label, 10)
        _text(pdf, 200, 700 - 18 * at, value, 10)
    _text(pdf, 60, 600, "Studiju daļas vadītāja D. Ābele", 10)


CASES.update({
    "r15c_programme_after_its_five_digit_code.pdf": (
        r15c_programme_after_its_five_digit_code, "school_certificate", {
            "person_name": "Teodors Kalniņš", "personal_code": R15C_TEODORS,
            "programme": "Uzņēmējdarbības vadība", "issued_on": "2025-09-12"}),
})


# --- round 16: timesheets and social workers' opinions (set P) -----------------------------

R16T_LAURA = personal_code("1402781234")
R16T_EDGARS = personal_code("2910851456")
R16T_INGA = personal_code("0506691789")
R16T_RAIMONDS = personal_code("1712901345")
R16T_SILVA = personal_code("2308741122")


def r16t_term_as_two_dates_joined_by_a_dash(pdf: canvas.Canvas) -> None:
    """An opinion giving the term as two dates joined by a dash with no "no" before the first
    ("laikposmā 15.04.2025. – 14.10.2025."): six whole months."""
    _text(pdf, 170, 800, "Ogres novada Sociālais dienests", 12, bold=True)
    _text(pdf, 130, 770, "Sociālā darbinieka atzinums par ģimenes asistentu", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Izvērtējot Lauras Celmiņas (p.k. {R16T_LAURA}) vajadzības, iesaku ģimenes",
        "asistenta pakalpojumu 4 stundas nedēļā laikposmā 15.04.2025. – 14.10.2025.",
        "Asistenta uzdevumi: iepirkšanās; ārsta apmeklējumi; saziņa ar iestādēm.",
        "Ogrē, 08.04.2025.                              Sociālā darbiniece K. Riekstiņa",
    ], size=10)


def r16t_checklist_under_its_column_header(pdf: canvas.Canvas) -> None:
    """Task areas as a table whose header row has a column for the marks beside the heading
    ("Darbības jomas | Atzīme") and boxes opening the rows under it: the marked rows are the
    tasks, the column's header word is none."""
    _text(pdf, 170, 800, "Madonas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 770, "ATZINUMS par ģimenes asistenta pakalpojumu", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Klients: Edgars Priede, personas kods {R16T_EDGARS}",
        "Mērķa grupa: jaunietis pēc ārpusģimenes aprūpes",
    ], size=10)
    _text(pdf, 60, 700, "Darbības jomas", 10, bold=True)
    _text(pdf, 330, 700, "Atzīme", 10, bold=True)
    _lines(pdf, 60, 682, [
        "☒ naudas plānošana",
        "☐ veselības aprūpe",
        "☒ mājokļa uzturēšana",
        "☐ nodarbinātība",
        "☒ saziņa ar iestādēm",
    ], size=10)
    _lines(pdf, 60, 600, [
        "Apjoms: 5 stundas nedēļā. Termiņš: 12 mēneši.",
        "Madonā, 02.06.2025.                        Sociālais darbinieks P. Ozoliņš",
    ], size=10)


def r16t_codes_explained_under_the_table(pdf: canvas.Canvas) -> None:
    """A sheet whose code column is explained by a line under the table with no heading word
    ("BDC – bērnu dienas centrs; Ies. – ...; D – darbs"), its codes written in other letter
    case ("bdc") or a letter off ("BOC"); the form's labels stand in cells without colons
    under a title that says "darba" ("DARBA LAIKA UZSKAITE"): the title is no row's activity."""
    _text(pdf, 60, 800, "Cēsu novada Sociālais dienests", 10)
    _text(pdf, 170, 775, "ASISTENTA DARBA LAIKA UZSKAITE", 12, bold=True)
    _grid(pdf, 60, 750, [120, 220], [
        ["Mēnesis", "2025. gada marts"],
        ["Klients", "Raimonds Ābols"],
        ["Klienta p.k.", R16T_RAIMONDS],
        ["Asistente", "Silva Kalna"],
        ["Asistentes p.k.", R16T_SILVA],
    ])
    _grid(pdf, 60, 630, [70, 55, 55, 50, 60], [
        ["Datums", "No", "Līdz", "Stundas", "Kods"],
        ["04.03.", "14:00", "17:00", "3", "BDC"],
        ["06.03.", "14:00", "17:00", "3", "bdc"],
        ["11.03.", "09:00", "10:30", "1,5", "ies"],
        ["13.03.", "14:00", "17:00", "3", "BOC"],
    ])
    _text(pdf, 60, 520, "BDC – bērnu dienas centrs; Ies. – valsts un pašvaldību iestādes; "
                        "D – darbs; B – brīvais laiks", 8)
    _text(pdf, 60, 495, "Kopā stundas: 10,5", 10)


def r16t_routine_hours_name_the_day(pdf: canvas.Canvas) -> None:
    """A diary whose mornings at the same hours are the way to work, one day naming the
    workplace by its company's name only: that day is work too, a guess from the routine;
    the afternoon's "birojā" is the client's office."""
    _text(pdf, 60, 800, "Valmieras novada Sociālajam dienestam", 10)
    _text(pdf, 120, 770, "Asistenta darba dienasgrāmata – 2025. gada aprīlis", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Asistente: Inga Zeltiņa, p.k. {R16T_INGA}",
        f"Klients: Laura Celmiņa, p.k. {R16T_LAURA}",
        "7. aprīlī no 7.30 līdz 8.30 aizvedu Lauru uz darbu – 1 st.",
        "8. aprīlī no 7.30 līdz 8.30 pavadīju Lauru līdz darbavietai – 1 st.",
        "9. aprīlī no 7.30 līdz 8.30 aizvedu Lauru uz SIA “Valmieras Stikls” – 1 st.",
        "10. aprīlī no 7.30 līdz 8.30 aizvedu Lauru uz darbu – 1 st.",
        "11. aprīlī no 16.00 līdz 17.00 sagaidīju Lauru pie biroja un pavadīju mājās – 1 st.",
        "Kopā aprīlī 5 stundas.",
    ], size=10)


def _r16t_entry(day: str, start: str, end: str, hours: float, activity: str) -> dict[str, Any]:
    return {"date": day, "start": start, "end": end, "hours": hours, "activity": activity}


CASES.update({
    "r16t_term_as_two_dates_joined_by_a_dash.pdf": (
        r16t_term_as_two_dates_joined_by_a_dash, "social_worker_opinion", {
            "person_name": "Laura Celmiņa", "personal_code": R16T_LAURA, "hours_per_week": 4,
            "period_months": 6, "issued_on": "2025-04-08"}),
    "r16t_checklist_under_its_column_header.pdf": (
        r16t_checklist_under_its_column_header, "social_worker_opinion", {
            "person_name": "Edgars Priede", "personal_code": R16T_EDGARS,
            "tasks": ["naudas plānošana", "mājokļa uzturēšana", "saziņa ar iestādēm"],
            "hours_per_week": 5, "period_months": 12}),
    "r16t_codes_explained_under_the_table.pdf": (
        r16t_codes_explained_under_the_table, "timesheet", {
            "month": "2025-03", "client_name": "Raimonds Ābols",
            "client_personal_code": R16T_RAIMONDS, "assistant_name": "Silva Kalna",
            "entries": [_r16t_entry("2025-03-04", "14:00", "17:00", 3, "day_centre"),
                        _r16t_entry("2025-03-06", "14:00", "17:00", 3, "day_centre"),
                        _r16t_entry("2025-03-11", "09:00", "10:30", 1.5, "institutions"),
                        _r16t_entry("2025-03-13", "14:00", "17:00", 3, "day_centre")],
            "total_hours": 10.5}),
    "r16t_routine_hours_name_the_day.pdf": (
        r16t_routine_hours_name_the_day, "timesheet", {
            "month": "2025-04", "client_name": "Laura Celmiņa", "assistant_name": "Inga Zeltiņa",
            "entries": [_r16t_entry("2025-04-07", "07:30", "08:30", 1, "work"),
                        _r16t_entry("2025-04-08", "07:30", "08:30", 1, "work"),
                        _r16t_entry("2025-04-09", "07:30", "08:30", 1, "work"),
                        _r16t_entry("2025-04-10", "07:30", "08:30", 1, "work"),
                        _r16t_entry("2025-04-11", "16:00", "17:00", 1, "work")],
            "total_hours": 5}),
})


def r16t_clock_cells_with_slipped_digits(pdf: canvas.Canvas) -> None:
    """A sheet copied from a hand's scan whose clock cells hold a stroke for "1" and rings for
    "0" ("/o oo", "l4.OO"): the cells are the clocks, a repair below the bar; a cell of
    letters ("atv.") stays no clock."""
    _text(pdf, 60, 800, "Smiltenes novada Sociālais dienests", 10)
    _text(pdf, 140, 775, "Asistenta pakalpojuma uzskaites veidlapa", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Edgars Priede, p.k. {R16T_EDGARS}",
        f"Asistente: Inga Zeltiņa, p.k. {R16T_INGA}",
        "Mēnesis: 2025. gada maijs",
    ], size=10)
    _grid(pdf, 60, 690, [70, 55, 55, 50, 90], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["05.05.", "08.00", "12.00", "4", "darbs"],
        ["07.05.", "/o oo", "l4.OO", "4", "darbs"],
        ["09.05.", "08.00", "12.00", "4", "darbs"],
    ])
    _text(pdf, 60, 590, "Kopā: 12 st.", 10)


CASES.update({
    "r16t_clock_cells_with_slipped_digits.pdf": (
        r16t_clock_cells_with_slipped_digits, "timesheet", {
            "month": "2025-05", "client_name": "Edgars Priede", "assistant_name": "Inga Zeltiņa",
            "entries": [_r16t_entry("2025-05-05", "08:00", "12:00", 4, "work"),
                        _r16t_entry("2025-05-07", "10:00", "14:00", 4, "work"),
                        _r16t_entry("2025-05-09", "08:00", "12:00", 4, "work")],
            "total_hours": 12}),
})


R16T_DZINTRA = personal_code("0911821234")


def r16t_tasks_as_codes_of_a_legend(pdf: canvas.Canvas) -> None:
    """An opinion's form giving the tasks as codes ("Atbalsta jomas (kodi) | V; R") that a
    legend under it explains ("Jomu kodi: R – ...; S – ...; V – ..."): each code is the words
    the legend gives it, in the form's order."""
    _text(pdf, 170, 800, "Kuldīgas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _grid(pdf, 60, 740, [170, 280], [
        ["Klients", f"Dzintra Vītola, p.k. {R16T_DZINTRA}"],
        ["Mērķa grupa", "ģimene ar bērniem"],
        ["Pakalpojuma apjoms", "8 stundas nedēļā"],
        ["Atbalsta jomas (kodi)", "V; R"],
    ])
    _lines(pdf, 60, 640, [
        "Jomu kodi: R – ikdienas rutīnas plānošana; S – veselības aprūpe; V – bērnu",
        "audzināšanas prasmes; N – nodarbinātība.",
        "Kuldīgā, 14.07.2025.                         Sociālā darbiniece A. Skuja",
    ], size=9)


def r16t_task_column_under_a_lost_number_column(pdf: canvas.Canvas) -> None:
    """A table of tasks "Nr. | Uzdevums" whose number cells are empty (as when a scan loses
    them): the lines standing under the header's cell are the rows, a cell's wrapped line
    joined to it."""
    _text(pdf, 170, 800, "Talsu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Kliente: Dzintra Vītola, personas kods {R16T_DZINTRA}",
        "Mērķa grupa: ģimene ar bērniem. Apjoms: 6 stundas nedēļā.",
    ], size=10)
    _text(pdf, 64, 694, "Nr.", 10, bold=True)
    _text(pdf, 110, 694, "Uzdevums", 10, bold=True)
    pdf.setLineWidth(0.6)
    for y in (708, 688, 666, 630, 608):
        pdf.line(60, y, 460, y)
    _text(pdf, 110, 672, "ēdienkartes sastādīšana", 10)
    _text(pdf, 110, 652, "sadarbība ar bērnu dārza audzinātājām un skolas sociālo", 10)
    _text(pdf, 110, 638, "pedagogu", 10)
    _text(pdf, 110, 614, "ģimenes budžeta plānošana", 10)
    _text(pdf, 60, 560, "Talsos, 03.09.2025.                         Sociālā darbiniece E. Krūze",
          10)


CASES.update({
    "r16t_tasks_as_codes_of_a_legend.pdf": (
        r16t_tasks_as_codes_of_a_legend, "social_worker_opinion", {
            "person_name": "Dzintra Vītola", "personal_code": R16T_DZINTRA,
            "tasks": ["bērnu audzināšanas prasmes", "ikdienas rutīnas plānošana"],
            "hours_per_week": 8}),
    "r16t_task_column_under_a_lost_number_column.pdf": (
        r16t_task_column_under_a_lost_number_column, "social_worker_opinion", {
            "person_name": "Dzintra Vītola", "personal_code": R16T_DZINTRA,
            "tasks": ["ēdienkartes sastādīšana", "sadarbība ar bērnu dārza audzinātājām un "
                      "skolas sociālo pedagogu", "ģimenes budžeta plānošana"],
            "hours_per_week": 6}),
})


R16T_ALDIS = personal_code("1506571234")
R16T_GAIDA = personal_code("2202491456")


def r16t_conclusion_of_medical_indications(pdf: canvas.Canvas) -> None:
    """A commission's conclusion in its own words, no "nepieciešams": "personai ir medicīniskās
    indikācijas asistenta pakalpojuma saņemšanai" affirms the service."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KU-25-03318", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Liepājā, 2025. gada 4. martā",
        f"Persona: Aldis Kārkliņš, personas kods {R16T_ALDIS}",
        "Noteikta invaliditāte: II (otrā) grupa uz laiku no 04.03.2025. līdz 03.03.2027.",
        "Slēdziens: personai ir medicīniskās indikācijas asistenta pakalpojuma saņemšanai",
        "pašvaldībā.",
        "Ārsts eksperts                                   J. Liepa",
    ], size=10)


def r16t_conclusion_denying_medical_indications(pdf: canvas.Canvas) -> None:
    """The same conclusion denied: "personai nav medicīnisko indikāciju asistenta pakalpojuma
    saņemšanai" is no."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KU-25-03402", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Liepājā, 2025. gada 6. martā",
        f"Persona: Gaida Sproģe, personas kods {R16T_GAIDA}",
        "Noteikta invaliditāte: III (trešā) grupa uz laiku no 06.03.2025. līdz 05.03.2027.",
        "Slēdziens: personai nav medicīnisko indikāciju asistenta pakalpojuma saņemšanai.",
        "Ārste eksperte                                   D. Kļava",
    ], size=10)


CASES.update({
    "r16t_conclusion_of_medical_indications.pdf": (
        r16t_conclusion_of_medical_indications, "commission_opinion", {
            "person_name": "Aldis Kārkliņš", "personal_code": R16T_ALDIS,
            "disability_group": "II", "assistant_needed": True}),
    "r16t_conclusion_denying_medical_indications.pdf": (
        r16t_conclusion_denying_medical_indications, "commission_opinion", {
            "person_name": "Gaida Sproģe", "personal_code": R16T_GAIDA,
            "disability_group": "III", "assistant_needed": False}),
})


R16T_VELTA = personal_code("0304561234")
R16T_AGRIS = personal_code("1809791456")


def r16t_marks_in_the_columns_of_kinds(pdf: canvas.Canvas) -> None:
    """A sheet of times and hours with one column per kind of activity, a row choosing its kind
    with an "X" in that column: the row's activity is the column's heading."""
    _text(pdf, 60, 800, "Balvu novada Sociālais dienests", 10)
    _text(pdf, 150, 775, "ASISTENTA DARBA LAIKA UZSKAITE", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Velta Grīnberga, p.k. {R16T_VELTA}",
        f"Asistents: Agris Mucenieks, p.k. {R16T_AGRIS}",
        "Mēnesis: 2025. gada oktobris",
    ], size=10)
    _grid(pdf, 60, 690, [60, 45, 45, 35, 60, 55, 55], [
        ["Datums", "No", "Līdz", "St.", "Iestādes", "Darbs", "Brīvais laiks"],
        ["02.10.", "09:00", "11:00", "2", "X", "", ""],
        ["09.10.", "15:00", "18:00", "3", "", "", "X"],
        ["16.10.", "07:00", "08:00", "1", "", "X", ""],
    ])
    _text(pdf, 60, 590, "Kopā: 6 st.", 10)


def r16t_legend_of_colon_pairs(pdf: canvas.Canvas) -> None:
    """A legend under the table written "D: darbs; I: iestādes; B: brīvais laiks", no heading
    word, colons between a code and its meaning: the code column is read through it."""
    _text(pdf, 60, 800, "Balvu novada Sociālais dienests", 10)
    _text(pdf, 130, 775, "Asistenta pakalpojuma uzskaites veidlapa", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Velta Grīnberga, p.k. {R16T_VELTA}",
        f"Asistents: Agris Mucenieks, p.k. {R16T_AGRIS}",
        "Mēnesis: 2025. gada novembris",
    ], size=10)
    _grid(pdf, 60, 690, [60, 45, 45, 35, 60], [
        ["Datums", "No", "Līdz", "St.", "Veids"],
        ["04.11.", "09:00", "11:00", "2", "I"],
        ["11.11.", "15:00", "18:00", "3", "B"],
        ["18.11.", "07:00", "08:00", "1", "D"],
    ])
    _text(pdf, 60, 600, "D: darbs; I: valsts un pašvaldību iestādes; B: brīvais laiks.", 9)
    _text(pdf, 60, 580, "Kopā: 6 st.", 10)


def r16t_term_as_months_named(pdf: canvas.Canvas) -> None:
    """An opinion's term as a span of months named ("Termiņš: 2025. gada aprīlis –
    septembris"): six months, both ends counted."""
    _text(pdf, 170, 800, "Balvu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Klients: Agris Mucenieks, p.k. {R16T_AGRIS}",
        "Ģimenes asistenta uzdevumi:",
        "1. palīdzība iepirkšanās;",
        "2. saziņa ar iestādēm.",
        "Apjoms: 3 stundas nedēļā. Termiņš: 2025. gada aprīlis – septembris.",
        "Balvos, 20.03.2025.                              Sociālā darbiniece L. Pētersone",
    ], size=10)


def r16t_period_label_over_two_dates(pdf: canvas.Canvas) -> None:
    """"Pakalpojuma periods: 01.04.2025 - 30.09.2025": the label's first date is no number of
    months ("1.04"); the two dates are the term, six months."""
    _text(pdf, 170, 800, "Balvu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Izvērtējot Agra Mucenieka (p.k. {R16T_AGRIS}) situāciju, iesaku ģimenes asistenta",
        "pakalpojumu 3 stundas nedēļā. Pakalpojuma periods: 01.04.2025 - 30.09.2025",
        "Asistenta uzdevumi: iepirkšanās; saziņa ar iestādēm.",
        "Balvos, 20.03.2025.                              Sociālā darbiniece L. Pētersone",
    ], size=10)


CASES.update({
    "r16t_marks_in_the_columns_of_kinds.pdf": (
        r16t_marks_in_the_columns_of_kinds, "timesheet", {
            "month": "2025-10", "client_name": "Velta Grīnberga",
            "assistant_name": "Agris Mucenieks",
            "entries": [_r16t_entry("2025-10-02", "09:00", "11:00", 2, "institutions"),
                        _r16t_entry("2025-10-09", "15:00", "18:00", 3, "leisure"),
                        _r16t_entry("2025-10-16", "07:00", "08:00", 1, "work")],
            "total_hours": 6}),
    "r16t_legend_of_colon_pairs.pdf": (
        r16t_legend_of_colon_pairs, "timesheet", {
            "month": "2025-11", "client_name": "Velta Grīnberga",
            "assistant_name": "Agris Mucenieks",
            "entries": [_r16t_entry("2025-11-04", "09:00", "11:00", 2, "institutions"),
                        _r16t_entry("2025-11-11", "15:00", "18:00", 3, "leisure"),
                        _r16t_entry("2025-11-18", "07:00", "08:00", 1, "work")],
            "total_hours": 6}),
    "r16t_term_as_months_named.pdf": (
        r16t_term_as_months_named, "social_worker_opinion", {
            "person_name": "Agris Mucenieks", "personal_code": R16T_AGRIS,
            "hours_per_week": 3, "period_months": 6}),
    "r16t_period_label_over_two_dates.pdf": (
        r16t_period_label_over_two_dates, "social_worker_opinion", {
            "person_name": "Agris Mucenieks", "personal_code": R16T_AGRIS,
            "hours_per_week": 3, "period_months": 6}),
})


def r16t_leading_ones_a_scan_lost(pdf: canvas.Canvas) -> None:
    """A sheet copied from a scan that lost leading "1"s: an end "3.30" that the start and the
    hours make 13:30, and a row dated "15.1." on a sheet of October (the month's "10" with a
    digit lost): both repaired, below the bar, with warnings."""
    _text(pdf, 60, 800, "Alojas apvienības pārvalde · Sociālais dienests", 10)
    _text(pdf, 130, 775, "Asistenta pakalpojuma uzskaites veidlapa", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Velta Grīnberga, p.k. {R16T_VELTA}",
        f"Asistents: Agris Mucenieks, p.k. {R16T_AGRIS}",
        "Mēnesis: 2025. gada oktobris",
    ], size=10)
    _grid(pdf, 60, 690, [60, 45, 45, 35, 80], [
        ["Datums", "No", "Līdz", "St.", "Aktivitāte"],
        ["08.10.", "07.30", "3.30", "6", "darbs"],
        ["15.1.", "07.30", "13.30", "6", "darbs"],
        ["22.10.", "07.30", "13.30", "6", "darbs"],
    ])
    _text(pdf, 60, 590, "Kopā: 18 st.", 10)


CASES.update({
    "r16t_leading_ones_a_scan_lost.pdf": (
        r16t_leading_ones_a_scan_lost, "timesheet", {
            "month": "2025-10", "client_name": "Velta Grīnberga",
            "entries": [_r16t_entry("2025-10-08", "07:30", "13:30", 6, "work"),
                        _r16t_entry("2025-10-15", "07:30", "13:30", 6, "work"),
                        _r16t_entry("2025-10-22", "07:30", "13:30", 6, "work")],
            "total_hours": 18}),
})


def r16t_tasks_parted_by_bullets_on_one_line(pdf: canvas.Canvas) -> None:
    """Tasks on the heading's line parted by bullets ("Uzdevumi: • a • b • c"), no full stop,
    the date line right under it: three items, the date line none of them."""
    _text(pdf, 170, 800, "Jēkabpils novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Kliente: Dzintra Vītola, p.k. {R16T_DZINTRA}",
        "Mērķa grupa: ģimene ar bērniem",
        "Apjoms: 7 stundas nedēļā",
        "Uzdevumi: • dienas režīms • ēdiena gatavošana • saziņa ar skolu",
        "Jēkabpilī, 11.08.2025.                         Sociālā darbiniece R. Kalniņa",
    ], size=10)


def r16t_tasks_lettered(pdf: canvas.Canvas) -> None:
    """Tasks lettered "a)", "b)", "c)" under their heading: the items without their letters."""
    _text(pdf, 170, 800, "Jēkabpils novada Sociālais dienests", 12, bold=True)
    _text(pdf, 170, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Kliente: Dzintra Vītola, p.k. {R16T_DZINTRA}",
        "Apjoms: 7 stundas nedēļā",
        "Asistenta uzdevumi:",
        "a) dienas režīma ievērošana;",
        "b) ēdiena gatavošana;",
        "c) saziņa ar skolu.",
        "Jēkabpilī, 11.08.2025.                         Sociālā darbiniece R. Kalniņa",
    ], size=10)


CASES.update({
    "r16t_tasks_parted_by_bullets_on_one_line.pdf": (
        r16t_tasks_parted_by_bullets_on_one_line, "social_worker_opinion", {
            "person_name": "Dzintra Vītola", "hours_per_week": 7,
            "tasks": ["dienas režīms", "ēdiena gatavošana", "saziņa ar skolu"]}),
    "r16t_tasks_lettered.pdf": (
        r16t_tasks_lettered, "social_worker_opinion", {
            "person_name": "Dzintra Vītola", "hours_per_week": 7,
            "tasks": ["dienas režīma ievērošana", "ēdiena gatavošana", "saziņa ar skolu"]}),
})


def r16t_right_to_the_service_above_a_care_row(pdf: canvas.Canvas) -> None:
    """"Personai ir tiesības saņemt asistenta pakalpojumu pašvaldībā." ends its line and the
    row under it is another question ("Īpaša kopšana: nav nepieciešama."): that row's "nav" is
    not the service's answer; the sentence affirms it."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KU-25-03377", 12, bold=True)
    _lines(pdf, 60, 735, [
        "Liepājā, 2025. gada 5. martā",
        f"Persona: Gaida Sproģe, personas kods {R16T_GAIDA}",
        "Invaliditātes grupa: II grupa, noteikta uz laiku no 05.03.2025. līdz 04.03.2027.",
        "Personai ir tiesības saņemt asistenta pakalpojumu pašvaldībā.",
        "Īpaša kopšana: nav nepieciešama.",
        "Ārste eksperte                                   D. Kļava",
    ], size=10)


CASES.update({
    "r16t_right_to_the_service_above_a_care_row.pdf": (
        r16t_right_to_the_service_above_a_care_row, "commission_opinion", {
            "person_name": "Gaida Sproģe", "personal_code": R16T_GAIDA,
            "disability_group": "II", "assistant_needed": True,
            "special_care_needed": False}),
})


def r16t_number_codes_in_a_code_column(pdf: canvas.Canvas) -> None:
    """A sheet whose "Kods" column holds numbers a legend explains ("Kodi: 1 – darbs; 2 –
    mācības; ..."): the row's activity is the number's meaning; the hours column's number is
    not a code."""
    _text(pdf, 60, 800, "Gulbenes novada Sociālais dienests", 10)
    _text(pdf, 130, 775, "Asistenta pakalpojuma uzskaites veidlapa", 12, bold=True)
    _lines(pdf, 60, 750, [
        f"Klients: Aldis Kārkliņš, p.k. {R16T_ALDIS}",
        f"Asistente: Gaida Sproģe, p.k. {R16T_GAIDA}",
        "Mēnesis: 2025. gada jūnijs",
    ], size=10)
    _grid(pdf, 60, 690, [60, 45, 45, 35, 50], [
        ["Datums", "No", "Līdz", "St.", "Kods"],
        ["02.06.", "08:00", "10:00", "2", "3"],
        ["04.06.", "14:00", "17:00", "3", "1"],
        ["09.06.", "10:00", "11:00", "1", "4"],
    ])
    _text(pdf, 60, 600, "Kodi: 1 – darbs; 2 – mācības; 3 – ārstniecības iestādes; 4 – brīvais "
                        "laiks", 9)
    _text(pdf, 60, 580, "Kopā: 6 st.", 10)


CASES.update({
    "r16t_number_codes_in_a_code_column.pdf": (
        r16t_number_codes_in_a_code_column, "timesheet", {
            "month": "2025-06", "client_name": "Aldis Kārkliņš", "assistant_name": "Gaida Sproģe",
            "entries": [_r16t_entry("2025-06-02", "08:00", "10:00", 2, "institutions"),
                        _r16t_entry("2025-06-04", "14:00", "17:00", 3, "work"),
                        _r16t_entry("2025-06-09", "10:00", "11:00", 1, "leisure")],
            "total_hours": 6}),
})


R16A_EDGARS = personal_code("0304811234")
R16A_KATE = personal_code("1706131234")


def r16a_form_carried_by_an_email(pdf: canvas.Canvas) -> None:
    """An e-mail printout whose second page is the attached form: the header's date is when
    it went ("Datums: ceturtdiena, 2024. gada 12. decembris"), the form signed two days before
    is the application's date; the client's name stands in the cell after a heading worded as
    no label foresaw, and the benefit's boxes under the hours table tick no activity."""
    _lines(pdf, 50, 800, [
        "Sūtītājs:   Edgars Liepiņš <edgars.liepins@inbox.lv>",
        "Kam:        dienests@jurmala.example.lv",
        "Datums:     ceturtdiena, 2024. gada 12. decembris 19:05",
        "Temats:     asistents meitai",
        "Pielikumi:  forma_Liepina.pdf",
    ], size=10)
    _lines(pdf, 50, 700, [
        "Labvakar! Pielikumā aizpildīta forma asistenta pakalpojumam meitai.",
        "Edgars Liepiņš",
    ], size=10)
    pdf.showPage()
    _text(pdf, 50, 800, "Pielikums: forma_Liepina.pdf", 9)
    _text(pdf, 330, 770, "Jūrmalas Labklājības pārvaldei", 10)
    _text(pdf, 150, 740, "IESNIEGUMS asistenta pakalpojumam", 12, bold=True)
    rows = [
        ("Iesniedzējs", "Edgars Liepiņš"),
        ("Iesniedzēja personas kods", R16A_EDGARS),
        ("Bērns, kuram vajadzīgs asistents", "Kate Liepiņa"),
        ("Personas kods", R16A_KATE),
        ("Deklarētā adrese", "Dzintaru prospekts 40-2, Jūrmala, LV-2015"),
    ]
    for n, (label, value) in enumerate(rows):
        _text(pdf, 50, 710 - 17 * n, label, 10)
        _text(pdf, 260, 710 - 17 * n, value, 10)
    _text(pdf, 50, 610, "Asistents nepieciešams šādām aktivitātēm:", 10)
    _text(pdf, 50, 592, "Mērķis", 10)
    _text(pdf, 330, 592, "Stundas nedēļā", 10)
    _text(pdf, 50, 575, "skola", 10)
    _text(pdf, 330, 575, "20", 10)
    _text(pdf, 50, 558, "peldbaseins", 10)
    _text(pdf, 330, 558, "2", 10)
    _text(pdf, 50, 530, "Saņem pabalstu asistenta izmantošanai:  ☐ jā   ☒ nē", 10)
    _text(pdf, 50, 490, "Jūrmalā, 10.12.2024.", 10)
    _text(pdf, 400, 490, "E. Liepiņš", 10)


CASES.update({
    "r16a_form_carried_by_an_email.pdf": (
        r16a_form_carried_by_an_email, "application", {
            "applicant_name": "Edgars Liepiņš", "applicant_personal_code": R16A_EDGARS,
            "client_name": "Kate Liepiņa", "client_personal_code": R16A_KATE,
            "activities": [{"kind": "education", "hours_per_week": 20},
                           {"kind": "leisure", "hours_per_week": 2}],
            "receives_assistant_benefit": False, "submitted_on": "2024-12-10"}),
})


R16A_INGUNA = personal_code("1109641234")
R16A_ROBERTS = personal_code("2801391234")


def r16a_sender_line_labelled_no(pdf: canvas.Canvas) -> None:
    """A daughter writes for her father: her sender line is labelled "No:" with her name and
    code, the rest of the line says on whose behalf."""
    _text(pdf, 330, 800, "Siguldas novada Sociālajam dienestam", 10)
    _lines(pdf, 50, 760, [
        f"No: Inguna Bērziņa, p.k. {R16A_INGUNA}, rīkojoties tēva vārdā",
        "tālr. 26 504 117",
    ], size=10)
    _text(pdf, 250, 720, "Iesniegums", 13, bold=True)
    _lines(pdf, 50, 690, [
        f"Lūdzu piešķirt asistenta pakalpojumu manam tēvam Robertam Bērziņam, p.k. {R16A_ROBERTS},",
        "deklarētā dzīvesvieta: Pils iela 3, Sigulda, LV-2150.",
        "Tēvs apmeklē dienas centru 12 stundas nedēļā.",
    ], size=10)
    _text(pdf, 50, 620, "Siguldā, 2025. gada 3. martā", 10)
    _text(pdf, 400, 620, "I. Bērziņa", 10)


CASES.update({
    "r16a_sender_line_labelled_no.pdf": (
        r16a_sender_line_labelled_no, "application", {
            "applicant_name": "Inguna Bērziņa", "applicant_personal_code": R16A_INGUNA,
            "client_name": "Roberts Bērziņš", "client_personal_code": R16A_ROBERTS,
            "submitted_on": "2025-03-03"}),
})


R16A_ALDIS = personal_code("0511501234")
R16A_JANA = personal_code("1402781234")
R16A_OTO = personal_code("2209761234")


def r16a_power_with_a_substitute(pdf: canvas.Canvas) -> None:
    """A power of attorney naming a substitute ("par viņas aizvietotāju ieceļu ...") for the
    attorney should she be unable to act: the attorney is the representative."""
    _text(pdf, 260, 800, "PILNVARA", 13, bold=True)
    _text(pdf, 170, 784, "Tukumā, 2025. gada 14. maijā", 10)
    _lines(pdf, 50, 750, [
        f"Es, Aldis Krūmiņš, personas kods {R16A_ALDIS}, ar šo pilnvaroju savu meitu",
        f"Janu Krūmiņu, personas kods {R16A_JANA}, pārstāvēt mani sociālajā dienestā.",
        "Ja pilnvarniece nevar rīkoties, par viņas aizvietotāju ieceļu Oto Krūmiņu,",
        f"personas kods {R16A_OTO}, ar tām pašām tiesībām.",
    ], size=10)
    _text(pdf, 50, 660, "Pilnvaras devējs", 10)
    _text(pdf, 400, 660, "A. Krūmiņš", 10)


CASES.update({
    "r16a_power_with_a_substitute.pdf": (
        r16a_power_with_a_substitute, "representation_document", {
            "representative_name": "Jana Krūmiņa", "representative_personal_code": R16A_JANA,
            "person_name": "Aldis Krūmiņš", "personal_code": R16A_ALDIS,
            "issued_on": "2025-05-14"}),
})


R16A_MARTA = personal_code("1905721234")
R16A_EMILS = personal_code("0303151234")


def r16a_decision_under_a_long_contact_row(pdf: canvas.Canvas) -> None:
    """An orphan court's decision whose letterhead's contact row runs to many words (a phone
    in three groups, colons between): the title block goes on below it to the number on the
    date line, the bare "LĒMUMS" and its subject, so the decision is its own basis."""
    _text(pdf, 200, 800, "LIMBAŽU NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 110, 786,
          "Rīgas iela 16, Limbaži, LV-4001 : tālr. 64 070 011 : bt@limbazi.example.lv", 8)
    _text(pdf, 50, 760, "Limbažos, 2024. gada 3. aprīlī", 10)
    _text(pdf, 420, 760, "Nr. 1-8/24/52", 10)
    _text(pdf, 265, 730, "LĒMUMS", 12, bold=True)
    _text(pdf, 225, 714, "Par aizbildņa iecelšanu", 10)
    _lines(pdf, 50, 690, [
        "Bāriņtiesa izskatīja jautājumu par aizbildņa iecelšanu nepilngadīgajam Emīlam Ozolam,",
        f"personas kods {R16A_EMILS}, kura vecāki miruši, un konstatēja, ka tante piekrīt.",
        "Pamatojoties uz Civillikuma 222. pantu, bāriņtiesa nolemj:",
        f"iecelt Martu Ozolu, personas kods {R16A_MARTA}, par Emīla Ozola aizbildni.",
    ], size=10)
    _text(pdf, 50, 600, "Bāriņtiesas priekšsēdētājs J. Kalniņš", 10)


CASES.update({
    "r16a_decision_under_a_long_contact_row.pdf": (
        r16a_decision_under_a_long_contact_row, "representation_document", {
            "representative_name": "Marta Ozola", "representative_personal_code": R16A_MARTA,
            "person_name": "Emīls Ozols", "personal_code": R16A_EMILS,
            "basis": "Limbažu novada bāriņtiesas 2024. gada 3. aprīļa lēmums Nr. 1-8/24/52 par "
                     "aizbildņa iecelšanu",
            "issued_on": "2024-04-03"}),
})


R16A_VALDIS = personal_code("0101551234")
R16A_ILZE = personal_code("0202801234")
R16A_JANIS = personal_code("0303821234")


def r16a_power_form_with_roles_as_labels(pdf: canvas.Canvas) -> None:
    """A power of attorney laid out as a form: the grantor ("Pilnvaras devējs"), the one
    authorised ("Pilnvarotā persona") and the substitute ("Aizstājējs"), each a row with a name
    and a code."""
    _text(pdf, 260, 800, "PILNVARA", 13, bold=True)
    _text(pdf, 50, 770, "Valmierā, 2025. gada 2. jūnijā", 10)
    rows = [("Pilnvaras devējs", f"Valdis Ozols, p.k. {R16A_VALDIS}"),
            ("Pilnvarotā persona", f"Ilze Ozola, p.k. {R16A_ILZE}"),
            ("Aizstājējs", f"Jānis Ozols, p.k. {R16A_JANIS}")]
    for n, (label, value) in enumerate(rows):
        _text(pdf, 50, 740 - 17 * n, label, 10)
        _text(pdf, 230, 740 - 17 * n, value, 10)
    _text(pdf, 50, 670, "Pilnvarotā persona ir tiesīga pārstāvēt pilnvaras devēju sociālajā "
          "dienestā.", 10)


CASES.update({
    "r16a_power_form_with_roles_as_labels.pdf": (
        r16a_power_form_with_roles_as_labels, "representation_document", {
            "representative_name": "Ilze Ozola", "representative_personal_code": R16A_ILZE,
            "person_name": "Valdis Ozols", "personal_code": R16A_VALDIS,
            "basis": "pilnvara", "issued_on": "2025-06-02"}),
})


R16A_AIJA = personal_code("1010601234")
R16A_RIHARDS = personal_code("1111051234")


def _r16a_two_person_table(pdf: canvas.Canvas, header: list[str], parent_first: bool) -> None:
    _text(pdf, 180, 800, "Ogres novada Sociālais dienests", 11, bold=True)
    _text(pdf, 150, 770, "IESNIEGUMS ASISTENTA PAKALPOJUMAM", 12, bold=True)
    mother = ["Aija Sproģe", R16A_AIJA, "tā pati", "29 551 203"]
    child = ["Rihards Sproģis", R16A_RIHARDS, "Meža iela 5-2, Ogre, LV-5001", "—"]
    first, second = (mother, child) if parent_first else (child, mother)
    labels = ["Vārds, uzvārds", "Personas kods", "Deklarētā adrese", "Tālrunis"]
    rows = [["", *header]] + [[label, a, b]
                              for label, a, b in zip(labels, first, second, strict=True)]
    bottom = _grid(pdf, 40, 740, [120, 200, 200], rows, size=9)
    _text(pdf, 40, bottom - 30,
          "Asistents nepieciešams: izglītības iestādes apmeklējumam 25 stundas nedēļā.", 10)
    _text(pdf, 40, bottom - 70, "Ogrē, 2025. gada 11. aprīlī", 10)


def r16a_child_column_first(pdf: canvas.Canvas) -> None:
    """A two-person table with the child's column left of the parent's ("Bērns | Likumiskais
    pārstāvis"): the row's first value is the child's, the applicant's is the other column."""
    _r16a_two_person_table(pdf, ["Bērns", "Likumiskais pārstāvis"], parent_first=False)


def r16a_applicant_column_pieteicejs(pdf: canvas.Canvas) -> None:
    """The applicant's column headed "Pieteicējs" beside "Persona ar invaliditāti": two
    headings side by side, each its person's column (on main the client took the left one's
    name at 0.93)."""
    _r16a_two_person_table(pdf, ["Pieteicējs", "Persona ar invaliditāti"], parent_first=True)


_R16A_TABLE_FIELDS = {
    "applicant_name": "Aija Sproģe", "applicant_personal_code": R16A_AIJA,
    "client_name": "Rihards Sproģis", "client_personal_code": R16A_RIHARDS,
    "address": "Meža iela 5-2, Ogre, LV-5001", "phone": "29551203",
    "submitted_on": "2025-04-11"}

CASES.update({
    "r16a_child_column_first.pdf": (
        r16a_child_column_first, "application", _R16A_TABLE_FIELDS),
    "r16a_applicant_column_pieteicejs.pdf": (
        r16a_applicant_column_pieteicejs, "application", _R16A_TABLE_FIELDS),
})


def r16a_email_asking_and_carrying_an_opinion(pdf: canvas.Canvas) -> None:
    """An e-mail that itself asks for the service and carries the commission's opinion as its
    second page: it is the application (its own request, not the attachment's title), dated
    when it was sent, never by the opinion's "Datums" (main read that at 0.93)."""
    _lines(pdf, 50, 800, [
        "No:   Aija Sproģe <aija.sproge@inbox.lv>",
        "Kam:  dienests@ogre.example.lv",
        "Nosūtīts:  pirmdiena, 2025. gada 14. aprīlis 10:05",
        "Tēma:  asistents dēlam",
        "Pielikumi: atzinums.pdf",
    ], size=10)
    _lines(pdf, 50, 700, [
        "Labdien!",
        "Lūdzu piešķirt asistenta pakalpojumu manam dēlam Rihardam Sproģim, p.k. "
        f"{R16A_RIHARDS},",
        "deklarētā adrese Meža iela 5-2, Ogre, LV-5001. Asistents vajadzīgs skolai 25 stundas.",
        f"Mans personas kods {R16A_AIJA}. Pielikumā VDEĀVK atzinums.",
        "Aija Sproģe",
    ], size=10)
    pdf.showPage()
    _text(pdf, 50, 800, "Pielikums: atzinums.pdf", 9)
    _text(pdf, 60, 780, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 750, "ATZINUMS Nr. ZR-25-1234", 12, bold=True)
    _text(pdf, 200, 735, "par invaliditāti", 10)
    _lines(pdf, 50, 700, [
        f"Persona: Rihards Sproģis, personas kods {R16A_RIHARDS}",
        "Invaliditāte: bērns ar invaliditāti",
        "Termiņš: no 01.02.2025. līdz 31.01.2027.",
        "Datums: 20.01.2025.",
    ], size=10)


CASES.update({
    "r16a_email_asking_and_carrying_an_opinion.pdf": (
        r16a_email_asking_and_carrying_an_opinion, "application", {
            "applicant_name": "Aija Sproģe", "client_name": "Rihards Sproģis",
            "client_personal_code": R16A_RIHARDS, "submitted_on": "2025-04-14"}),
})


R16C_RUTA = personal_code("1403621771")


def r16c_school_leisure_group(pdf: canvas.Canvas) -> None:
    """A sports school certifying its adults' swimming group, not schooling: the person trains
    on weekday evenings. The issuer's name says school, what the person does says leisure."""
    _text(pdf, 200, 800, "Liepājas Sporta skola", 13, bold=True)
    _text(pdf, 190, 784, "Brīvības iela 15, Liepāja, LV-3401", 9)
    _text(pdf, 60, 750, "03.02.2026. Nr. 1-12/9", 10)
    _text(pdf, 240, 720, "Apliecinājums", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Liepājas Sporta skola apliecina, ka Rūta Zaķe, personas kods {R16C_RUTA}, no šī gada",
        "janvāra trenējas skolas peldēšanas grupā pieaugušajiem. Treniņi ir trešdienās no",
        "17.00 līdz 19.00 skolas baseinā.",
    ], size=10)
    _text(pdf, 60, 620, "Direktore                                          A. Liepa", 10)


CASES.update({
    "r16c_school_leisure_group.pdf": (
        r16c_school_leisure_group, "activity_certificate", {
            "institution_name": "Liepājas Sporta skola", "activity_kind": "leisure",
            "person_name": "Rūta Zaķe", "personal_code": R16C_RUTA, "hours_per_week": 2,
            "issued_on": "2026-02-03"}),
})


R16C_GITA = personal_code("0711881512")


def r16c_capitals_letterhead_and_a_sentence_of_labels(pdf: canvas.Canvas) -> None:
    """A company's letterhead in capitals without its legal form, the sentence naming it with
    its form ("SIA Zaļā Dārzniecība"); the position a label met in that sentence, followed by a
    comma and the next statement's label ("pieņemts darbā 12.03.2022")."""
    _text(pdf, 210, 800, "ZAĻĀ DĀRZNIECĪBA", 14, bold=True)
    _text(pdf, 190, 784, "stādi, dārza kopšana, ainavu veidošana", 9)
    _text(pdf, 60, 750, "2026. gada 9. janvārī                                   Izziņa Nr. 4", 10)
    _lines(pdf, 60, 715, [
        f"Šī izziņa apliecina, ka Gita Rubene (personas kods {R16C_GITA}) ir SIA Zaļā Dārzniecība",
        "darbiniece, amats – dārzniece, pieņemta darbā 12.03.2022.",
        "Darba laiks: pirmdienās un trešdienās no 8:00 līdz 12:00.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes loceklis                                      R. Celms", 10)
    _text(pdf, 120, 60, "SIA Zaļā Dārzniecība · Reģ. Nr. 40103876512 · Dārza iela 3, Tukums", 8)


CASES.update({
    "r16c_capitals_letterhead_and_a_sentence_of_labels.pdf": (
        r16c_capitals_letterhead_and_a_sentence_of_labels, "employer_certificate", {
            "employer_name": "SIA Zaļā Dārzniecība", "person_name": "Gita Rubene",
            "personal_code": R16C_GITA, "position": "dārzniece",
            "employed_since": "2022-03-12", "hours_per_week": 8, "issued_on": "2026-01-09"}),
})


def r16c_sworn_translation(pdf: canvas.Canvas) -> None:
    """A sworn translation of an Estonian school's certificate: the translation's heading is no
    issuer, the pupil's name printed in the original and in its Latvian form is the Latvian
    form, the Estonian code is no Latvian personal code, lessons of 45 minutes are no hours,
    and the translator's certification (its own date) is not the paper."""
    _text(pdf, 60, 805, "Tulkojums no igauņu valodas", 9)
    _text(pdf, 200, 780, "[Logotips] Tartu Ziemeļu pamatskola", 13, bold=True)
    _text(pdf, 180, 764, "Pašvaldības iestāde, Riia mnt. 12, Tartu, Igaunijas Republika", 9)
    _text(pdf, 60, 735, "15.05.2025. Nr. 7-3/41", 10)
    _text(pdf, 230, 705, "IZZIŅA", 13, bold=True)
    rows = [("Skolēns", "Kristjan Kask (Kristjans Kasks)"),
            ("Isikukood (Igaunijas Republika)", "51105120274"),
            ("Klase", "6. klase (pamatizglītības programma)"),
            ("Mācību slodze", "32 mācību stundas nedēļā (stundas ilgums 45 minūtes)"),
            ("Mācību gads", "no 2024-09-01 līdz 2025-06-13")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 675 - 18 * at, label, 10)
        _text(pdf, 240, 675 - 18 * at, value, 10)
    _text(pdf, 60, 570, "Direktors [paraksts] T. Saar", 10)
    _lines(pdf, 60, 530, [
        "Tulkojumu veica zvērināts tulkotājs Jānis Mednis; tulkojums atbilst oriģinālam.",
        "Valmierā, 2025. gada 2. jūnijā                                   J. Mednis",
    ], size=9)


CASES.update({
    "r16c_sworn_translation.pdf": (
        r16c_sworn_translation, "school_certificate", {
            "institution_name": "Tartu Ziemeļu pamatskola", "person_name": "Kristjans Kasks",
            "personal_code": None, "hours_per_week": 24, "study_until": "2025-06-13",
            "issued_on": "2025-05-15"}),
})


R16C_OTTO = personal_code("1809531420")
R16C_LIGA = personal_code("2704901318")
R16C_DAINIS = personal_code("0312781245")


def r16c_list_of_visits_added(pdf: canvas.Canvas) -> None:
    """A clinic listing two kinds of visits, each with its own count a week and its length:
    the week is both items added (3 x 1 + 2 = 5), not one item's length."""
    _text(pdf, 200, 800, "SIA Kuldīgas Rehabilitācijas klīnika", 13, bold=True)
    _text(pdf, 60, 765, "Kuldīgā, 2025. gada 11. novembrī                       Nr. 5/233", 10)
    _text(pdf, 250, 735, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 705, [
        f"Pacients Otto Bērziņš, personas kods {R16C_OTTO}, apmeklē klīniku:",
        "• logopēda nodarbības trīs reizes nedēļā pa vienai stundai;",
        "• ārstnieciskā peldēšana reizi nedēļā (2 stundas).",
    ], size=10)
    _text(pdf, 60, 630, "Klīnikas vadītāja                                   S. Ozola", 10)


def r16c_days_of_two_sentences(pdf: canvas.Canvas) -> None:
    """A working week told in two sentences, each with its own days and span ("otrdienās un
    trešdienās no 8.00 līdz 12.00. Sestdienās ... no 10.00 līdz 16.00."): 8 + 6 = 14."""
    _text(pdf, 220, 800, "SIA Ventas Grāmatnīca", 13, bold=True)
    _text(pdf, 60, 765, "Ventspilī, 2025. gada 3. martā                          Nr. 12", 10)
    _lines(pdf, 60, 730, [
        f"Apliecinām, ka Līga Kalna, personas kods {R16C_LIGA}, kopš 2023. gada 1. jūlija",
        "strādā SIA Ventas Grāmatnīca par pārdevēju. Viņas darba laiks ir otrdienās un",
        "trešdienās no 8.00 līdz 12.00 grāmatnīcas veikalā. Sestdienās pārdevēja strādā",
        "grāmatu tirdziņā no 10.00 līdz 16.00.",
    ], size=10)
    _text(pdf, 60, 650, "Valdes loceklis                                     K. Rozītis", 10)


def r16c_day_centre_therapies(pdf: canvas.Canvas) -> None:
    """A day centre's timetable naming therapies ("fizioterapija, ārstnieciskā vingrošana")
    under its "Nodarbības" column: what is done at the centre, the centre is still the kind."""
    _text(pdf, 180, 800, "Dienas aprūpes centrs Zīlīte", 13, bold=True)
    _text(pdf, 170, 784, "Talsu novada Sociālā dienesta struktūrvienība · Ezera iela 2, Talsi", 9)
    _text(pdf, 60, 750, "05.06.2025.                                              Nr. 2-4/19", 10)
    _text(pdf, 240, 720, "APLIECINĀJUMS", 13, bold=True)
    _text(pdf, 60, 695, f"Apliecinām, ka Dainis Liepa, p.k. {R16C_DAINIS}, apmeklē centru:", 10)
    _grid(pdf, 60, 670, [110, 110, 200], [
        ["Diena", "Laiks", "Nodarbības"],
        ["Otrdiena", "10.00–13.00", "fizioterapija, ārstnieciskā vingrošana"],
        ["Ceturtdiena", "10.00–13.00", "fizioterapija"],
    ])
    _text(pdf, 60, 580, "Centra vadītāja                                     I. Kalēja", 10)


def r16c_start_after_a_colon_no_date_line(pdf: canvas.Canvas) -> None:
    """A short employer form whose only date is the start after "Strādā no:": that is the
    start, never the paper's own date (the paper prints none: null)."""
    _text(pdf, 60, 800, "SIA Ozolkalna Kokaudzētava", 13, bold=True)
    _text(pdf, 60, 785, "Reģ. Nr. 40003456788 · Ozolkalns, Cēsu nov., LV-4101", 9)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    rows = ["Darbinieks: Dainis Liepa", f"P.k.: {R16C_DAINIS}", "Amats: kokaudzētavas strādnieks",
            "Strādā no: 2021. gada 3. maija", "Darba laiks: 25 st./ned."]
    for at, row in enumerate(rows):
        _text(pdf, 60, 720 - 18 * at, row, 11)
    _text(pdf, 60, 600, "Direktors                                          V. Ozols", 10)


CASES.update({
    "r16c_list_of_visits_added.pdf": (
        r16c_list_of_visits_added, "activity_certificate", {
            "person_name": "Otto Bērziņš", "personal_code": R16C_OTTO, "hours_per_week": 5,
            "activity_kind": "institutions", "issued_on": "2025-11-11"}),
    "r16c_days_of_two_sentences.pdf": (
        r16c_days_of_two_sentences, "employer_certificate", {
            "person_name": "Līga Kalna", "position": "pārdevēja", "hours_per_week": 14,
            "employed_since": "2023-07-01", "issued_on": "2025-03-03"}),
    "r16c_day_centre_therapies.pdf": (
        r16c_day_centre_therapies, "activity_certificate", {
            "institution_name": "Dienas aprūpes centrs Zīlīte", "activity_kind": "day_centre",
            "person_name": "Dainis Liepa", "hours_per_week": 6, "issued_on": "2025-06-05"}),
    "r16c_start_after_a_colon_no_date_line.pdf": (
        r16c_start_after_a_colon_no_date_line, "employer_certificate", {
            "person_name": "Dainis Liepa", "employed_since": "2021-05-03", "issued_on": None,
            "hours_per_week": 25}),
})


R16C_MAIJA = personal_code("1510851267")


def r16c_issued_label_then_a_start(pdf: canvas.Canvas) -> None:
    """"Izziņa izsniegta Maijai ... par to, ka viņa strādā ... no 12.02.2019. līdz šim laikam"
    and no date line: "izsniegta" is met as a label in the sentence, the date after it is the
    start's ("no"), and the paper's own date is unknown (null), not the start."""
    _text(pdf, 200, 800, "SIA Rūjienas Saldējums", 13, bold=True)
    _text(pdf, 170, 784, "Reģ. Nr. 44103012345 · Rīgas iela 3, Rūjiena, LV-4240", 9)
    _lines(pdf, 60, 740, [
        f"Izziņa izsniegta Maijai Ceplei (personas kods {R16C_MAIJA}) par to, ka viņa",
        "strādā SIA Rūjienas Saldējums par fasētāju no 12.02.2019. līdz šim laikam.",
        "Darba laiks – 20 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 670, "Valdes locekle                                      A. Sīle", 10)


CASES.update({
    "r16c_issued_label_then_a_start.pdf": (
        r16c_issued_label_then_a_start, "employer_certificate", {
            "person_name": "Maija Ceple", "personal_code": R16C_MAIJA,
            "employed_since": "2019-02-12", "issued_on": None, "hours_per_week": 20}),
})


# --- round 16: scans and photos (r16s_) ---------------------------------------------------------

R16S_GUNARS = personal_code("1503721123")
R16S_LAURA = personal_code("0411052145")


def r16s_title_broken_on_a_skewed_scan(path: Path) -> Path:
    """An application form scanned at 150 dpi, grainy, 2.4 degrees askew, and enlarged to
    300 dpi: Tesseract breaks its wide title and its long lines where they step down a line's
    height ("IESNIEGUMS ASISTE" | "NTA PAKALPOJUMA SAŅEMŠANAI"), and the page loses its
    title. Such a page is levelled in the pixels and read again."""
    import io

    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    fonts = "/usr/share/fonts/truetype/dejavu/"
    bold = ImageFont.truetype(fonts + "DejaVuSans-Bold.ttf", 25)
    font = ImageFont.truetype(fonts + "DejaVuSans.ttf", 18)
    page = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(page)
    draw.text((400, 125), "Valkas novada Sociālais dienests", font=font, fill=25)
    draw.text((425, 155), "Rīgas iela 22, Valka, LV-4701", font=font, fill=25)
    draw.text((210, 220), "IESNIEGUMS ASISTENTA PAKALPOJUMA SAŅEMŠANAI", font=bold, fill=25)
    rows = [("", "Iesniedzējs", "Pakalpojuma saņēmējs"),
            ("Vārds, uzvārds", "Gunārs Priedītis", "Laura Priedīte"),
            ("Personas kods", R16S_GUNARS, R16S_LAURA),
            ("Deklarētā adrese", "tā pati", "Ausekļa iela 5-3, Valka, LV-4701"),
            ("Tālrunis", "29 114 377", "—")]
    columns = [110, 350, 735, 1140]
    for n, row in enumerate(rows):
        top = 270 + 35 * n
        draw.line((columns[0], top, columns[-1], top), fill=25, width=2)
        for left, text in zip(columns, row, strict=False):
            draw.text((left + 7, top + 7), text, font=font, fill=25)
    bottom = 270 + 35 * len(rows)
    draw.line((columns[0], bottom, columns[-1], bottom), fill=25, width=2)
    for left in columns:
        draw.line((left, 270, left, bottom), fill=25, width=2)
    for n, text in enumerate([
            "Lūdzu piešķirt asistenta pakalpojumu: dienas centrs 12 stundas nedēļā,",
            "Pielikumā: bāriņtiesas lēmuma kopija, VDEĀVK atzinuma kopija.",
            "Datums: 2025. gada 14. aprīlī                          Paraksts: G. Priedītis"]):
        draw.text((125, bottom + 40 + 40 * n), text, font=font, fill=25)
    page = page.rotate(2.4, resample=Image.Resampling.BICUBIC, fillcolor=235)
    grain = np.random.default_rng(3).normal(0, 6, (page.height, page.width))
    page = Image.fromarray(np.clip(np.asarray(page, dtype=np.float32) + grain, 0, 255)
                           .astype(np.uint8))
    scan = io.BytesIO()
    page.save(scan, format="JPEG", quality=70)
    scan.seek(0)
    page = Image.open(scan).resize((2480, 3508), Image.Resampling.BICUBIC)
    page.save(path, dpi=(300, 300))
    return path


R16S_SKEWED_FIELDS = {"applicant_name": "Gunārs Priedītis", "applicant_personal_code": R16S_GUNARS,
                      "client_name": "Laura Priedīte", "client_personal_code": R16S_LAURA,
                      "submitted_on": "2025-04-14"}


R16S_ELIZA = personal_code("0806131234")


def r16s_issued_to_a_pupil_whose_teachers_work(pdf: canvas.Canvas) -> None:
    """A school's certificate "izsniegta ... par to, ka viņa mācās": the issuing formula is its
    act (what it certifies), though a later sentence says the teachers work with her on work
    days, an employer's words."""
    _text(pdf, 200, 800, "Ogres Tīnūžu sākumskola", 13, bold=True)
    _text(pdf, 170, 784, "Meža iela 1, Tīnūži, Ogres novads, LV-5015", 9)
    _text(pdf, 60, 750, "IZZIŅA Nr. 3-12/7", 12, bold=True)
    _text(pdf, 60, 735, "Tīnūžos, 2025. gada 3. martā", 10)
    _lines(pdf, 60, 705, [
        f"Izsniegta Elīzai Kalniņai, personas kods {R16S_ELIZA}, par to, ka viņa",
        "2024./2025. mācību gadā mācās 6. klasē individuāli mājās.",
        "Divi pedagogi strādā ar meiteni trīs darba dienas nedēļā pa divām stundām.",
        "Mācību gads beidzas 2025. gada 30. maijā.",
        "Direktore                                   R. Laiviņa",
    ], size=10)


CASES.update({
    "r16s_issued_to_a_pupil_whose_teachers_work.pdf": (
        r16s_issued_to_a_pupil_whose_teachers_work, "school_certificate", {
            "person_name": "Elīza Kalniņa", "personal_code": R16S_ELIZA,
            "issued_on": "2025-03-03"}),
})


R17C_ILZE = personal_code("1207041234")
R17C_KASPARS = personal_code("2303811456")
R17C_MARTA = personal_code("0911791345")


def r17c_week_in_named_parts(pdf: canvas.Canvas) -> None:
    """A week printed as named parts, each with its own hours: the week is their sum."""
    _text(pdf, 60, 800, "Cēsu Valsts tehnikums", 13, bold=True)
    _text(pdf, 60, 784, "Piebalgas iela 3, Cēsis, LV-4101", 9)
    _text(pdf, 60, 750, "12.02.2025. Nr. 4-2/31", 10)
    _lines(pdf, 60, 720, [
        "Izziņa par mācībām",
        f"Audzēkne                      Ilze Vītola, personas kods {R17C_ILZE}",
        "Izglītības programma          Ēdināšanas pakalpojumi",
        "Stundas nedēļā                lekcijas 14 h, prakse virtuvē 10 h",
        "Direktors                                   A. Bērziņš",
    ], size=10)


def r17c_fraction_of_full_week(pdf: canvas.Canvas) -> None:
    """A part-time share written as a fraction of the full week printed after it."""
    _text(pdf, 60, 800, "SIA „Ergļu Koks”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103998877 · Rīgas iela 4, Ergļi", 9)
    _text(pdf, 60, 750, "Ergļos, 2025. gada 6. maijā", 10)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Kaspars Lācis (personas kods {R17C_KASPARS}) strādā uzņēmumā",
        "par galdnieku kopš 2021. gada 1. jūnija, nodarbināts uz 1/2 slodzes.",
        "Normālais darba laiks uzņēmumā ir 40 stundas nedēļā.",
        "Valdes loceklis                              J. Ozols",
    ], size=10)


def r17c_unpaid_break_column(pdf: canvas.Canvas) -> None:
    """A timetable with a break column: each break is taken off its day."""
    _text(pdf, 60, 800, "SIA „Madonas Maiznīca”", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103112233 · Saules iela 2, Madona", 9)
    _text(pdf, 60, 750, "Madonā, 2025. gada 2. jūnijā", 10)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Marta Gaile, p.k. {R17C_MARTA}, strādā par pārdevēju.",
        "Diena              Sākums      Beigas       Pārtraukums",
        "pirmdiena          8.00        13.00        30 min",
        "trešdiena          8.00        12.00        30 min",
        "Pārtraukums darba laikā netiek ieskaitīts.",
        "Vadītāja                                    L. Kalna",
    ], size=10)


CASES.update({
    "r17c_week_in_named_parts.pdf": (r17c_week_in_named_parts, "school_certificate", {
        "person_name": "Ilze Vītola", "hours_per_week": 24}),
    "r17c_fraction_of_full_week.pdf": (r17c_fraction_of_full_week, "employer_certificate", {
        "person_name": "Kaspars Lācis", "hours_per_week": 20}),
    "r17c_unpaid_break_column.pdf": (r17c_unpaid_break_column, "employer_certificate", {
        "person_name": "Marta Gaile", "hours_per_week": 8}),
})


R17T_ANDRIS = personal_code("1203781234")
R17T_MAIJA = personal_code("0509851234")


def r17t_table_per_activity(pdf: canvas.Canvas) -> None:
    """A sheet split into a table per activity, each under a numbered heading; its rows are
    numbered in a "Nr." column before a yearless date, and the month's sum line says whose
    before its word."""
    _text(pdf, 60, 800, "Ropažu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 780, "Asistenta darba uzskaite, 2025. gada marts", 11)
    _text(pdf, 60, 760, f"Klients: Andris Pētersons, personas kods {R17T_ANDRIS}", 10)
    _text(pdf, 60, 745, f"Asistente: Maija Lapiņa, personas kods {R17T_MAIJA}", 10)
    _text(pdf, 60, 715, "1. Darbs SIA „Ropažu koks”", 11, bold=True)
    y = _grid(pdf, 60, 705, [40, 90, 80, 80, 70], [
        ["Nr.", "Datums", "No", "Līdz", "Stundas"],
        ["1", "03.03.", "8.00", "12.00", "4"],
        ["2", "10.03.", "8.00", "12.00", "4"]])
    _text(pdf, 60, y - 25, "2. Brīvais laiks", 11, bold=True)
    y = _grid(pdf, 60, y - 35, [40, 90, 80, 80, 70], [
        ["Nr.", "Datums", "No", "Līdz", "Stundas"],
        ["1", "15.03.", "10.00", "13.00", "3"]])
    _text(pdf, 60, y - 30, "Nedēļā vidēji 3", 10)
    _text(pdf, 60, y - 50, "Visa mēneša kopsumma 11", 10, bold=True)


def r17t_lettered_tasks(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose tasks are numbered under their section's letter, the
    heading running on with a relative clause."""
    _text(pdf, 60, 800, "Ādažu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "Sociālā darbinieka atzinums par ģimenes asistenta pakalpojumu", 12)
    _lines(pdf, 60, 740, [
        "1. Klients",
        f"Maija Lapiņa, personas kods {R17T_MAIJA}",
        "2. Uzdevumi, kuros ģimenei vajadzīga palīdzība",
        "B.1   ēdiena gatavošana",
        "B.2   bērna vešana uz skolu",
        "3. Apjoms",
        "4 stundas nedēļā, uz 6 mēnešiem.",
        "Ādažos, 12.05.2025.                     Sociālā darbiniece I. Zariņa",
    ], size=10)


CASES.update({
    "r17t_table_per_activity.pdf": (r17t_table_per_activity, "timesheet", {
        "month": "2025-03", "client_personal_code": R17T_ANDRIS,
        "entries": [
            {"date": "2025-03-03", "start": "08:00", "end": "12:00", "hours": 4,
             "activity": "work"},
            {"date": "2025-03-10", "start": "08:00", "end": "12:00", "hours": 4,
             "activity": "work"},
            {"date": "2025-03-15", "start": "10:00", "end": "13:00", "hours": 3,
             "activity": "leisure"},
        ],
        "total_hours": 11,
    }),
    "r17t_lettered_tasks.pdf": (r17t_lettered_tasks, "social_worker_opinion", {
        "personal_code": R17T_MAIJA,
        "tasks": ["ēdiena gatavošana", "bērna vešana uz skolu"],
    }),
})


# --- round 18: applications (r18-apps) ----------------------------------------------------

R18A_AGITA = personal_code("2307811234")
R18A_OSKARS = personal_code("1402104321")


def r18a_questionnaire(pdf: canvas.Canvas) -> None:
    """An application printed as numbered questions, each answered on the line under it after
    "Atbilde:"; the client's question asks for a name as the applicant's does."""
    _text(pdf, 60, 800, "Alūksnes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "PIETEIKUMS - APTAUJAS LAPA", 13, bold=True)
    _lines(pdf, 60, 740, [
        "1. Kas aizpilda pieteikumu (vārds, uzvārds, personas kods)?",
        f"Atbilde: Agita Liepiņa, {R18A_AGITA}, māte",
        "2. Kam vajadzīgs asistents (vārds, uzvārds, personas kods)?",
        f"Atbilde: Oskars Liepiņš, {R18A_OSKARS}",
        "3. Klienta deklarētā dzīvesvieta?",
        "Atbilde: Pils iela 12-3, Alūksne, LV-4301",
        "4. Darbības, kurām vajadzīgs asistents, un stundas nedēļā?",
        "Atbilde: skolā 10 stundas nedēļā; peldbaseinā un",
        "pulciņos 3 stundas nedēļā",
        "5. Vai saņemat pabalstu par asistenta izmantošanu?",
        "Atbilde: jā",
        "Alūksnē, 2025. gada 3. martā                              A. Liepiņa",
    ], size=10)


CASES.update({
    "r18a_questionnaire.pdf": (r18a_questionnaire, "application", {
        "applicant_name": "Agita Liepiņa", "applicant_personal_code": R18A_AGITA,
        "client_name": "Oskars Liepiņš", "client_personal_code": R18A_OSKARS,
        "address": "Pils iela 12-3, Alūksne, LV-4301",
        "activities": [{"kind": "education", "hours_per_week": 10},
                       {"kind": "leisure", "hours_per_week": 3}],
        "receives_assistant_benefit": True, "submitted_on": "2025-03-03",
    }),
})


R18A_DAINA = personal_code("1109791234")
R18A_KRISTAPS = personal_code("0503014321")


def r18a_guardian_names_ward_in_genitive(pdf: canvas.Canvas) -> None:
    """A guardian's letter: the writer's name and code above the title, and "Esmu NAME, p. k.
    CODE, aizbildne": the name before the role noun is the ward's, in the genitive."""
    _lines(pdf, 60, 800, [
        "Ogres novada Sociālajam dienestam",
        "Daina Kļaviņa",
        f"personas kods {R18A_DAINA}",
        "Brīvības iela 40-2, Ogre, LV-5001",
    ], size=10)
    _text(pdf, 60, 720, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Esmu Kristapa Ozola, p. k. {R18A_KRISTAPS}, aizbildne. Lūdzu piešķirt",
        "asistenta pakalpojumu skolas apmeklēšanai 15 stundas nedēļā.",
        "Ogrē, 14.04.2025.                                   D. Kļaviņa",
    ], size=10)


CASES.update({
    "r18a_guardian_names_ward_in_genitive.pdf": (r18a_guardian_names_ward_in_genitive,
                                                 "application", {
        "applicant_name": "Daina Kļaviņa", "applicant_personal_code": R18A_DAINA,
        "client_name": "Kristaps Ozols", "client_personal_code": R18A_KRISTAPS,
    }),
})


R18A_ILZE = personal_code("3001881234")


def r18a_captions_side_by_side(pdf: canvas.Canvas) -> None:
    """A form's blanks with their captions at the right end under each: two values on one
    row over two captions, each value left of its own caption, none right over it."""
    _text(pdf, 60, 800, "Tukuma novada Sociālajam dienestam", 11)
    _text(pdf, 60, 770, "Ilze Sproģe", 11)
    _text(pdf, 200, 756, "(vārds, uzvārds)", 8)
    _text(pdf, 60, 740, R18A_ILZE, 11)
    _text(pdf, 200, 726, "(personas kods)", 8)
    _text(pdf, 60, 710, "29 418 377", 11)
    _text(pdf, 330, 710, "ilze.sproge@inbox.lv", 11)
    _text(pdf, 200, 696, "(tālrunis)", 8)
    _text(pdf, 460, 696, "(e-pasta adrese)", 8)
    _text(pdf, 60, 660, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 630, [
        "Lūdzu piešķirt man un manai ģimenei ģimenes asistenta pakalpojumu.",
        "Tukumā, 2025. gada 7. maijā",
    ], size=10)


CASES.update({
    "r18a_captions_side_by_side.pdf": (r18a_captions_side_by_side, "application", {
        "applicant_name": "Ilze Sproģe", "applicant_personal_code": R18A_ILZE,
        "phone": "29418377", "email": "ilze.sproge@inbox.lv",
    }),
})


R18A_MARTA = personal_code("1206821234")
R18A_ELINA = personal_code("0811994321")


def r18a_week_plan_by_weekday(pdf: canvas.Canvas) -> None:
    """A week plan with a column per weekday, each cell a day's hours: an activity's week is
    the sum of its row; the client's heading cell carries her name and code beside it."""
    _text(pdf, 60, 800, "Madonas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "Pieteikums asistenta pakalpojumam", 13, bold=True)
    rows = [
        ("Iesniedzējs", f"Marta Kalniņa, p.k. {R18A_MARTA}"),
        ("Persona, kurai vajadzīgs asistents", f"Elīna Kalniņa, p.k. {R18A_ELINA}"),
        ("Deklarētā adrese", "Saules iela 3-8, Madona, LV-4801"),
    ]
    y = 740.0
    for label, value in rows:
        _text(pdf, 60, y, label, 10)
        _text(pdf, 280, y, value, 10)
        y -= 16
    _text(pdf, 60, y - 10, "Plāns pa dienām (stundas dienā):", 10)
    days = ["Pirmd.", "Otrd.", "Trešd.", "Ceturtd.", "Piektd.", "Sestd.", "Svētd."]
    plan = [("Darbība", days),
            ("darbs veikalā", ["6", "6", "6", "6", "6", "", ""]),
            ("vizītes pie ārstiem", ["", "1", "", "", "1,5", "", ""]),
            ("koncerti un pastaigas", ["", "", "", "", "", "3", ""])]
    y -= 30
    for label, cells in plan:
        _text(pdf, 60, y, label, 10)
        for at, cell in enumerate(cells):
            if cell:
                _text(pdf, 200 + at * 52, y, cell, 10)
        y -= 16
    _text(pdf, 60, y - 20, "Madonā, 2025. gada 9. jūnijā                  M. Kalniņa", 10)


CASES.update({
    "r18a_week_plan_by_weekday.pdf": (r18a_week_plan_by_weekday, "application", {
        "applicant_name": "Marta Kalniņa", "client_name": "Elīna Kalniņa",
        "client_personal_code": R18A_ELINA,
        "activities": [{"kind": "work", "hours_per_week": 30},
                       {"kind": "institutions", "hours_per_week": 2.5},
                       {"kind": "leisure", "hours_per_week": 3}],
    }),
})



# --- round 18: opinions, representation documents and certificates (r18-ops) ----------------

R18O_AUSTRA = personal_code("0504551230")
R18O_GATIS = personal_code("1709821450")
R18O_OSKARS = personal_code("2302701340")
R18O_LIGA = personal_code("1108791560")
R18O_DAINIS = personal_code("0311681270")
R18O_JANA = personal_code("2607901180")


def r18o_register_person_rows(pdf: canvas.Canvas) -> None:
    """A register's statement about a guardianship: the ward under bare "Vārds" / "Uzvārds" /
    "Personas kods" rows of a person's data block, the guardian under a label of the role."""
    _text(pdf, 60, 800, "Valsts reģistru centrs", 12, bold=True)
    _text(pdf, 60, 786, "Brīvības iela 20, Rīga, LV-1010", 9)
    _text(pdf, 60, 755, "REĢISTRA IZZIŅA", 12, bold=True)
    _text(pdf, 60, 738, "03.02.2025. Nr. 7-14/2290", 10)
    _text(pdf, 60, 712, "Personas ziņas", 10, bold=True)
    _grid(pdf, 60, 700, [150, 260], [
        ["Vārds", "Austra"],
        ["Uzvārds", "Liepiņa"],
        ["Personas kods", R18O_AUSTRA],
        ["Aizgādne", f"Līga Ābele, p.k. {R18O_LIGA}"],
        ["Pamatojums", "Ludzas novada bāriņtiesas 2023. gada 8. maija lēmums Nr. 1-5/23/77"],
    ], size=9)
    _text(pdf, 60, 570, "Izziņa sagatavota automātiski.", 9)


def r18o_extract_act_in_its_opening(pdf: canvas.Canvas) -> None:
    """A court's extract whose title cites only its act's kind and number ("no lēmuma lietā
    Nr. ..."); the act's opening sentence names the court and the day it sat, and the subject
    with the ward's name and code inside it. Certified weeks later."""
    _text(pdf, 200, 800, "LATGALES RAJONA TIESA", 13, bold=True)
    _text(pdf, 200, 786, "Rēzeknes tiesu nams", 9)
    _text(pdf, 260, 760, "IZRAKSTS", 12, bold=True)
    _text(pdf, 200, 744, "no lēmuma lietā Nr. C12-0456-23", 10)
    _lines(pdf, 60, 715, [
        "Latgales rajona tiesa 2023. gada 4. decembrī, izskatījusi slēgtā sēdē lietu par",
        f"Oskara Zariņa, personas kods {R18O_OSKARS}, rīcībspējas ierobežošanu,",
        "nolēma:",
        f"ierobežot Oskara Zariņa rīcībspēju un iecelt par aizgādni Gati Zariņu, personas kods "
        f"{R18O_GATIS}.",
        "Izraksts pareizs. Rēzeknē, 2024. gada 15. janvārī.",
    ], size=10)
    _text(pdf, 60, 600, "Tiesas sēžu sekretāre")
    _text(pdf, 400, 600, "A. Vītola")


def r18o_opinion_consequence_clause(pdf: canvas.Canvas) -> None:
    """An opinion whose one finding says what the impairment restricts (moving about is its
    consequence, no area of its own), and whose last point names the assistant's need inside
    a relative clause denied ("..., kas ietekmētu asistenta nepieciešamību, nav")."""
    _text(pdf, 60, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 10, bold=True)
    _text(pdf, 60, 786, "Latgales reģionālā nodaļa · Atbrīvošanas aleja 90, Rēzekne", 9)
    _text(pdf, 60, 760, "Rēzeknē, 21.03.2025. Nr. LA-25-00871", 10)
    _text(pdf, 60, 740, f"Persona: Dainis Krūze, personas kods {R18O_DAINIS}", 10)
    _text(pdf, 260, 715, "ATZINUMS", 12, bold=True)
    _lines(pdf, 60, 690, [
        "Personai noteikta II (otrā) invaliditātes grupa.",
        "Personai ir nepieciešams asistents pašvaldībā.",
        "Atzinums derīgs no 21.03.2025. līdz 20.03.2027.",
        "1. Personai ir izteikti garīgās veselības traucējumi, kas būtiski ierobežo spēju",
        "patstāvīgi pārvietoties pilsētā.",
        "2. Citu traucējumu, kas ietekmētu asistenta nepieciešamību, nav.",
    ], size=10)
    _text(pdf, 60, 560, "Nodaļas vadītājs Dr. P. Ozols", 10)


def r18o_opinion_degrees_in_words(pdf: canvas.Canvas) -> None:
    """An opinion listing each area with its degree in words after a dash; an area whose
    degree is "nav traucējumu" is not limited."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KU-25-3310", 12, bold=True)
    _text(pdf, 60, 750, "Kuldīgā, 2025. gada 2. aprīlī", 10)
    _lines(pdf, 60, 725, [
        f"Izsniegts Janai Rozei, personas kods {R18O_JANA}.",
        "Noteikta I (pirmā) invaliditātes grupa no 2025. gada 2. aprīļa uz nenoteiktu laiku.",
        "Traucējumu smaguma pakāpe:",
        "redze — nav traucējumu;",
        "garīgā veselība — vidēji smagi traucējumi;",
        "augšējo ekstremitāšu funkcijas — smagi traucējumi.",
        "Asistenta nepieciešamība: jā.",
    ], size=10)
    _text(pdf, 60, 580, "Ārsts eksperts Dr. L. Kalna", 10)


def r18o_shift_break_equal_spans(pdf: canvas.Canvas) -> None:
    """An employer's rota whose shifts are all alike, each with a break in a column of its own,
    the break said to be unpaid: every day is its span less the break (2 x 6.5)."""
    _text(pdf, 60, 800, "SIA „Ezerkrasta Maiznīca”", 12, bold=True)
    _text(pdf, 60, 786, "Ezera iela 7, Rēzekne, LV-4601", 9)
    _text(pdf, 60, 760, "Rēzeknē, 14.04.2025.", 10)
    _text(pdf, 60, 735, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 710, [
        f"Apliecinām, ka Jana Roze, personas kods {R18O_JANA}, strādā SIA „Ezerkrasta",
        "Maiznīca” par fasētāju no 2022. gada 1. septembra. Maiņas:",
    ], size=10)
    _grid(pdf, 60, 680, [110, 90, 90, 90], [
        ["Diena", "Sākums", "Beigas", "Pārtraukums"],
        ["pirmdiena", "6.00", "13.00", "30 min"],
        ["trešdiena", "6.00", "13.00", "30 min"],
    ], size=9)
    _text(pdf, 60, 600, "Pārtraukums netiek apmaksāts un nav iekļauts darba laikā.", 10)
    _text(pdf, 60, 570, "Valdes loceklis                   K. Ezeriņš", 10)


CASES.update({
    "r18o_register_person_rows.pdf": (r18o_register_person_rows, "representation_document", {
        "person_name": "Austra Liepiņa", "personal_code": R18O_AUSTRA,
        "representative_name": "Līga Ābele", "representative_personal_code": R18O_LIGA,
    }),
    "r18o_extract_act_in_its_opening.pdf": (
        r18o_extract_act_in_its_opening, "representation_document", {
            "basis": "Latgales rajona tiesas 2023. gada 4. decembra lēmums lietā "
                     "Nr. C12-0456-23 par rīcībspējas ierobežošanu",
            "issued_on": "2023-12-04", "person_name": "Oskars Zariņš",
            "representative_name": "Gatis Zariņš"}),
    "r18o_opinion_consequence_clause.pdf": (
        r18o_opinion_consequence_clause, "commission_opinion", {
            "person_name": "Dainis Krūze", "personal_code": R18O_DAINIS,
            "limitations": ["mental"], "assistant_needed": True}),
    "r18o_opinion_degrees_in_words.pdf": (
        r18o_opinion_degrees_in_words, "commission_opinion", {
            "personal_code": R18O_JANA, "limitations": ["mental", "upper_limbs"],
            "assistant_needed": True}),
    "r18o_shift_break_equal_spans.pdf": (
        r18o_shift_break_equal_spans, "employer_certificate", {
            "personal_code": R18O_JANA, "hours_per_week": 13}),
})


R18O_LEONARDS = personal_code("1402571330")
R18O_MARITE = personal_code("2011591470")
R18O_LEOPOLDS = personal_code("0806481220")
R18O_ARVIS = personal_code("1510771360")


def r18o_opinion_extract_titled_with_its_date(pdf: canvas.Canvas) -> None:
    """An extract of a commission opinion citing the opinion with its date before it in the
    genitive ("no 2024. gada 9. jūlija atzinuma Nr. ..."); the certification at its foot is
    months later."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 786, "Zemgales reģionālā nodaļa · Jelgavas ekspertīzes vieta", 9)
    _text(pdf, 250, 760, "IZRAKSTS", 12, bold=True)
    _text(pdf, 170, 744, "no 2024. gada 9. jūlija atzinuma Nr. ZE-24-05518", 10)
    _lines(pdf, 60, 715, [
        f"Persona: Arvis Lauva, personas kods {R18O_ARVIS}.",
        "Noteikta I invaliditātes grupa no 2024. gada 15. jūlija līdz 2026. gada 14. jūlijam.",
        "Funkcionēšanas ierobežojumi: kustību traucējumi.",
        "Asistenta pakalpojums pašvaldībā: nepieciešams.",
        "Izraksts pareizs. Jelgavā, 03.02.2025.",
    ], size=10)
    _text(pdf, 60, 600, "Referente I. Bērziņa", 10)


def r18o_ward_genitive_before_guardian_noun(pdf: canvas.Canvas) -> None:
    """An orphan court's decision whose ward's genitive also spells a woman's nominative
    ("par Leonarda Ozola aizgādni"); the ward is named in the dative with the code above."""
    _text(pdf, 200, 800, "TUKUMA NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 210, 786, "Talsu iela 4, Tukums, LV-3101", 9)
    _text(pdf, 260, 760, "LĒMUMS", 12, bold=True)
    _text(pdf, 60, 742, "Tukumā, 2024. gada 11. septembrī          Nr. 2-4/24/66", 10)
    _text(pdf, 60, 726, "Par aizgādņa iecelšanu", 10, bold=True)
    _lines(pdf, 60, 700, [
        "Bāriņtiesa izskatīja jautājumu par aizgādņa iecelšanu pilngadīgai personai",
        f"Leonardam Ozolam, personas kods {R18O_LEONARDS}. Bāriņtiesā vērsās viņa māsa Mārīte",
        f"Kalēja, personas kods {R18O_MARITE}, ar lūgumu iecelt viņu par aizgādni.",
        "Bāriņtiesa nolemj:",
        "Iecelt Mārīti Kalēju par Leonarda Ozola aizgādni.",
    ], size=10)
    _text(pdf, 60, 590, "Bāriņtiesas priekšsēdētāja                  R. Sproģe", 10)


def r18o_ward_genitive_before_capacity(pdf: canvas.Canvas) -> None:
    """A court's extract naming the ward in the dative the limiting is for and again in the
    genitive before "rīcībspēju" ("Leopolda Zvana", whose letters also spell a woman's
    nominative): the genitive names no nominative."""
    _text(pdf, 200, 800, "ZEMGALES RAJONA TIESA", 13, bold=True)
    _text(pdf, 260, 770, "IZRAKSTS", 12, bold=True)
    _text(pdf, 120, 754, "Zemgales rajona tiesas 2024. gada 2. maija spriedums civillietā "
          "Nr. C31045624", 10)
    _lines(pdf, 60, 725, [
        "Zemgales rajona tiesa, izskatījusi civillietu par rīcībspējas ierobežošanu",
        f"Leopoldam Zvanam, personas kods {R18O_LEOPOLDS},",
        "nosprieda:",
        "Ierobežot Leopolda Zvana rīcībspēju mantisko tiesību jomā. Iecelt par aizgādni",
        f"Mārīti Kalēju, personas kods {R18O_MARITE}.",
    ], size=10)
    _text(pdf, 60, 620, "Tiesneša palīgs | A. Ceplis", 10)


CASES.update({
    "r18o_opinion_extract_titled_with_its_date.pdf": (
        r18o_opinion_extract_titled_with_its_date, "commission_opinion", {
            "personal_code": R18O_ARVIS, "issued_on": "2024-07-09",
            "opinion_no": "ZE-24-05518"}),
    "r18o_ward_genitive_before_guardian_noun.pdf": (
        r18o_ward_genitive_before_guardian_noun, "representation_document", {
            "person_name": "Leonards Ozols", "personal_code": R18O_LEONARDS,
            "representative_name": "Mārīte Kalēja", "representative_personal_code": R18O_MARITE}),
    "r18o_ward_genitive_before_capacity.pdf": (
        r18o_ward_genitive_before_capacity, "representation_document", {
            "person_name": "Leopolds Zvans", "personal_code": R18O_LEOPOLDS,
            "representative_name": "Mārīte Kalēja"}),
})


# --- round 18: set R (r18-setr) --------------------------------------------------------------

R18R_INTA = personal_code("1407791234")


def r18r_marked_group_wrapped(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose client group is printed as options after its label, the
    marked box the line's last with its option wrapped onto the next line: the printed options
    before it are left empty and give no value."""
    _text(pdf, 60, 800, "Balvu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "ATZINUMS PAR ĢIMENES ASISTENTA PAKALPOJUMU", 12)
    _lines(pdf, 60, 740, [
        f"Klients: Inta Vilka, personas kods {R18R_INTA}",
        "Klientu grupa: ☐ jaunietis pēc ārpusģimenes aprūpes ☐ ģimene ar bērniem ☒",
        "persona ar psihiskiem traucējumiem",
        "Apjoms: 6 stundas nedēļā, uz 3 mēnešiem.",
        "Balvos, 03.02.2025.                     Sociālā darbiniece L. Kalniņa",
    ], size=10)


CASES.update({
    "r18r_marked_group_wrapped.pdf": (r18r_marked_group_wrapped, "social_worker_opinion", {
        "personal_code": R18R_INTA, "category": "mental_disorder", "hours_per_week": 6,
    }),
})


R18R_OSKARS = personal_code("0811121234")


def _r18r_frame(pdf: canvas.Canvas, top: float, heading: str,
                rows: list[tuple[str, str]]) -> float:
    """A form's part drawn in a frame: a ruled heading band over a box holding label-value
    lines without rules of their own. Returns the y under it."""
    pdf.setLineWidth(0.8)
    bottom = top - 22 - 18 * len(rows) - 8
    pdf.rect(60, bottom, 470, top - bottom, stroke=1, fill=0)
    pdf.line(60, top - 22, 530, top - 22)
    _text(pdf, 66, top - 16, heading, 10)
    y = top - 40
    for label, value in rows:
        _text(pdf, 70, y, label, 10)
        _text(pdf, 240, y, value, 10)
        y -= 18
    return bottom


def r18r_framed_parts_two_pages(pdf: canvas.Canvas) -> None:
    """An application whose parts are framed blocks, the part asking for the service's hours
    on the second page as a table of boxed rows under a "h/ned." heading."""
    _text(pdf, 60, 800, "Ogres novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 770, "Pieteikums asistenta pakalpojumam", 12, bold=True)
    y = _r18r_frame(pdf, 740, "1. sadaļa. Pieteicējs (vecāks)", [
        ("Vārds, uzvārds", "Sandra Vītola"), ("Personas kods", SANDRA),
        ("Tālrunis", "27 345 118")])
    _r18r_frame(pdf, y - 20, "2. sadaļa. Bērns, kuram vajadzīgs asistents", [
        ("Vārds, uzvārds", "Oskars Vītols"), ("Personas kods", R18R_OSKARS),
        ("Dzīvesvieta", "Meža iela 4, Ogre, LV-5001")])
    _text(pdf, 60, 400, "Turpinājums otrajā lapā.", 9)
    pdf.showPage()
    _text(pdf, 60, 800, "3. sadaļa. Kam vajadzīgs asistents", 10)
    _grid(pdf, 60, 780, [40, 320, 80], [
        ["", "Mērķis", "h/ned."],
        ["☐", "darbam", ""],
        ["☒", "mācību iestādes apmeklēšanai", "18"],
        ["☐", "brīvā laika pavadīšanai", ""],
        ["☒", "pie ārsta un rehabilitācijā", "3"]])
    _text(pdf, 60, 660, "Ogrē, 14.04.2025.                     Sandra Vītola", 10)


def r18r_heading_row_names_the_next_column(pdf: canvas.Canvas) -> None:
    """A school's certificate as one table: a heading row over a row of values, the column
    beside the programme's headed by another field's label; a sentence under it names the
    programme's level in prose."""
    _text(pdf, 60, 800, "Ventspils Tehnikums", 12, bold=True)
    _text(pdf, 60, 770, "IZZIŅA", 12, bold=True)
    _text(pdf, 60, 752, "Nr. 4-7/88, 11.09.2025.", 10)
    headings = ["Audzēknis", "Personas kods", "Mācību programma", "Mācību slodze", "Kurss"]
    xs = [60, 160, 260, 400, 500]
    for x, heading in zip(xs, headings, strict=True):
        _text(pdf, x, 720, heading, 9)
    for x, value in zip(xs, ["Oskars Vītols", R18R_OSKARS, "Kokizstrādājumi", "30", "2."],
                        strict=True):
        _text(pdf, x, 704, value, 9)
    _text(pdf, 60, 670, "Mācības notiek profesionālās vidējās izglītības programmā.", 10)
    _text(pdf, 60, 630, "Direktors                                  A. Bērzs", 10)


CASES.update({
    "r18r_framed_parts_two_pages.pdf": (r18r_framed_parts_two_pages, "application", {
        "applicant_personal_code": SANDRA, "client_name": "Oskars Vītols",
        "client_personal_code": R18R_OSKARS, "phone": "27345118",
        "activities": [{"kind": "education", "hours_per_week": 18},
                       {"kind": "institutions", "hours_per_week": 3}],
    }),
    "r18r_heading_row_names_the_next_column.pdf": (
        r18r_heading_row_names_the_next_column, "school_certificate", {
            "personal_code": R18R_OSKARS, "programme": "Kokizstrādājumi", "hours_per_week": 30,
        }),
})


def r18r_child_status_in_the_accusative(pdf: canvas.Canvas) -> None:
    """A commission's opinion on a child that states the group only as what the child is
    declared to be ("atzīt ... par bērnu ar invaliditāti"), the noun in the accusative."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 770, "ATZINUMS Nr. KU-25-01190", 12, bold=True)
    _lines(pdf, 60, 740, [
        "Kuldīgā, 05.06.2025.",
        f"Oskars Vītols, personas kods {R18R_OSKARS}.",
        "Komisija nolēma atzīt Oskaru Vītolu par bērnu ar invaliditāti no 2025. gada",
        "1. jūlija līdz 2027. gada 30. jūnijam.",
        "Ārste eksperte                                   R. Liepa",
    ], size=10)


CASES.update({
    "r18r_child_status_in_the_accusative.pdf": (
        r18r_child_status_in_the_accusative, "commission_opinion", {
            "personal_code": R18R_OSKARS, "disability_group": "child",
        }),
})


R18R_VLADISLAVS = personal_code("1509671234")
R18R_KAZIMIRS = personal_code("0204401234")


def r18r_authorised_person_writes(pdf: canvas.Canvas) -> None:
    """A letter from an authorised person ("no" and his name in the genitive over his code)
    who asks in the name of the one who gave him the power of attorney: that one is the
    client, named in the genitive before "vārdā"."""
    _text(pdf, 330, 800, "Preiļu novada Sociālajam dienestam", 10)
    _lines(pdf, 60, 760, [
        "no Vladislava Jankovska",
        f"personas kods {R18R_VLADISLAVS}",
        "tālrunis 26 904 117",
    ], size=10)
    _text(pdf, 250, 700, "IESNIEGUMS", 12, bold=True)
    _lines(pdf, 60, 670, [
        "Saskaņā ar 2025. gada 3. marta pilnvaru, Kazimira Rudzīša (personas kods",
        f"{R18R_KAZIMIRS}) vārdā lūdzu piešķirt viņam asistenta pakalpojumu. Viņa",
        "dzīvesvieta: Raiņa iela 7, Preiļi, LV-5301. Asistents vajadzīgs ārsta",
        "apmeklējumiem – 3 stundas nedēļā.",
        "Preiļos, 18.03.2025.                                  V. Jankovskis",
    ], size=10)


CASES.update({
    "r18r_authorised_person_writes.pdf": (r18r_authorised_person_writes, "application", {
        "applicant_name": "Vladislavs Jankovskis", "applicant_personal_code": R18R_VLADISLAVS,
        "client_name": "Kazimirs Rudzītis", "client_personal_code": R18R_KAZIMIRS,
    }),
})


def r18r_unit_inside_a_wrapped_heading(pdf: canvas.Canvas) -> None:
    """An employer's certificate as one row under headings without rules, the hours' heading
    printing its unit inside it and wrapping onto a second line ("Darba laiks, h" / "nedēļā")."""
    _text(pdf, 60, 800, "SIA Kurzemes Lini", 12, bold=True)
    _text(pdf, 60, 785, "Reģ. Nr. 40103998877, Skrundas iela 3, Kuldīga, LV-3301", 9)
    _text(pdf, 60, 760, "Kuldīgā, 07.07.2025.", 10)
    _text(pdf, 60, 735, "IZZIŅA", 12, bold=True)
    _text(pdf, 60, 712, "Apliecinām, ka zemāk minētā persona ir mūsu darbiniece:", 10)
    xs = [60, 170, 270, 370, 470]
    for x, heading in zip(xs, ["Vārds, uzvārds", "Personas kods", "Amats", "Darba laiks, h",
                               "Kopš"], strict=True):
        _text(pdf, x, 690, heading, 9)
    _text(pdf, 370, 680, "nedēļā", 9)
    for x, value in zip(xs, ["Sandra Vītola", SANDRA, "šuvēja", "24", "02.05.2022."],
                        strict=True):
        _text(pdf, x, 660, value, 9)
    _text(pdf, 60, 620, "Valdes locekle                          I. Lapa", 10)


CASES.update({
    "r18r_unit_inside_a_wrapped_heading.pdf": (
        r18r_unit_inside_a_wrapped_heading, "employer_certificate", {
            "personal_code": SANDRA, "position": "šuvēja", "hours_per_week": 24,
        }),
})


R18R_LIGITA = personal_code("2106821234")
R18R_MIKS = personal_code("1303151234")


def r18r_ward_table_under_shared_headings(pdf: canvas.Canvas) -> None:
    """An orphan court's certificate naming the guardian with her code in prose and the ward in
    a table whose heading row ("Vārds, uzvārds | Dzimšanas datums | Personas kods") labels
    what both people have: the code under the heading is the ward's, not the guardian's."""
    _text(pdf, 60, 800, "KULDĪGAS NOVADA BĀRIŅTIESA", 12, bold=True)
    _text(pdf, 60, 775, "12.02.2025. Nr. 1-9/25/14", 10)
    _text(pdf, 250, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 725, [
        f"Kuldīgas novada bāriņtiesa apliecina, ka Līgita Ozoliņa, personas kods {R18R_LIGITA},",
        "saskaņā ar bāriņtiesas 2023. gada 5. maija lēmumu Nr. 1-8/23/51 par aizbildņa",
        "iecelšanu ir šāda bērna aizbildne:",
    ], size=10)
    xs = [60, 190, 300, 410]
    for x, heading in zip(xs, ["Vārds, uzvārds", "Dzimšanas datums", "Personas kods",
                               "Dzīvesvieta"], strict=True):
        _text(pdf, x, 670, heading, 9)
    for x, value in zip(xs, ["Miks Ozoliņš", "13.03.2015.", R18R_MIKS, "Liepājas iela 9"],
                        strict=True):
        _text(pdf, x, 654, value, 9)
    _text(pdf, 60, 610, "Bāriņtiesas priekšsēdētāja                        A. Kalna", 10)


CASES.update({
    "r18r_ward_table_under_shared_headings.pdf": (
        r18r_ward_table_under_shared_headings, "representation_document", {
            "representative_personal_code": R18R_LIGITA, "personal_code": R18R_MIKS,
        }),
})



# --- round 18 (r18-hand): a name and a code written one letter per box ---------------------

R18H_CODE = personal_code("2305791582")  # two "5"s and an "8": the digits a hand's S looks like


def r18h_letter_box_form(path: Path) -> Path:
    """A day-centre request filled in capitals, one letter per box, photographed: the given
    name, the surname and the personal code each in a comb of boxes (the code's dash between
    two combs), read by Tesseract as bars and brackets."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    hand = ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", 46)
    label = ImageFont.truetype(sans, 40)
    title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    page = Image.new("L", (2480, 1500), 250)
    draw = ImageDraw.Draw(page)
    draw.text((200, 120), "Tukuma novada Sociālais dienests", font=label, fill=20)
    draw.text((200, 220), "IESNIEGUMS asistenta pakalpojuma piešķiršanai", font=title, fill=20)
    draw.text((200, 300), "Rakstīt drukātiem burtiem, katru burtu savā rūtiņā", font=label,
              fill=20)

    def comb(y: int, x: int, letters: str, boxes: int) -> int:
        for i in range(boxes):
            draw.rectangle((x, y, x + 80, y + 96), outline=30, width=3)
            if i < len(letters) and letters[i] != " ":
                draw.text((x + 18, y + 14), letters[i], font=hand, fill=30)
            x += 80
        return x

    for text, y, value in (("Vārds", 420, "ILGA"), ("Uzvārds", 560, "ROZENTALE")):
        draw.text((200, y + 25), text, font=label, fill=20)
        comb(y, 760, value, 16)
    draw.text((200, 725), "Personas kods", font=label, fill=20)
    digits = R18H_CODE.replace("-", "")
    x = comb(700, 760, digits[:6], 6)
    draw.text((x + 14, 720), "-", font=label, fill=20)
    comb(700, x + 56, digits[6:], 5)
    draw.text((200, 860), "Tālrunis", font=label, fill=20)
    draw.text((760, 840), "29345618", font=hand, fill=30)
    draw.text((200, 1000), "Datums", font=label, fill=20)
    draw.text((420, 975), "03.02.2025.", font=hand, fill=30)
    draw.text((1500, 1000), "Paraksts", font=label, fill=20)
    page.save(path, dpi=(300, 300))
    return path



# --- round 18 (r18-rings): options a pen ringed on a photographed form ---------------------


def r18g_ringed_option_form(path: Path) -> Path:
    """A Valmiera request photographed after a parent ringed the wanted service: the plain
    assistant's option ringed by a pen whose line runs through its first and last letters,
    the family assistant's option left bare beside it (read cleanly, it looked like the
    answer); a table cell boxing a word stands lower on the page (no ring)."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    hand = ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", 52)
    label = ImageFont.truetype(sans, 38)
    title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    page = Image.new("L", (2480, 1400), 248)
    draw = ImageDraw.Draw(page)
    draw.text((200, 110), "Valmieras novada Sociālais dienests, Rīgas iela 4, Valmiera",
              font=label, fill=25)
    draw.text((1000, 220), "PIETEIKUMS", font=title, fill=25)
    draw.text((820, 300), "(izvēlēto apvelciet ar apli)", font=label, fill=25)
    y = 440
    draw.text((200, y), "Vēlos saņemt:", font=label, fill=25)
    first = "asistenta palīdzību"
    draw.text((520, y), first, font=label, fill=25)
    width = int(draw.textlength(first, font=label))
    # The pen's line crosses the option's first and last letters, and does not quite close.
    draw.arc((526, y - 14, 520 + width - 6, y + 60), start=-80, end=255, fill=35, width=4)
    second = "ģimenes asistenta palīdzību"
    draw.text((520 + width + 90, y), second, font=label, fill=25)
    draw.text((200, 600), "Vārds, uzvārds", font=label, fill=25)
    draw.text((760, 580), "Ruta Kalniņa", font=hand, fill=35)
    draw.text((200, 720), "Tālrunis", font=label, fill=25)
    draw.text((760, 700), "20 458 190", font=hand, fill=35)
    draw.rectangle((190, 830, 520, 905), outline=30, width=3)
    draw.text((210, 845), "Pielikumā", font=label, fill=25)
    draw.text((200, 1000), "Datums", font=label, fill=25)
    draw.text((420, 975), "14.10.2024.", font=hand, fill=35)
    page.save(path, dpi=(300, 300))
    return path



# --- round 19 (r19-sscan): the scanned papers of set S ----------------------------------------

R19S_BENITA = personal_code("1408621234")
R19S_NAMEJS = personal_code("0911141234")


def r19s_code_in_two_boxes(pdf: canvas.Canvas) -> None:
    """A father applies for his son on a form printing each personal code in two boxes (the
    birth date's six digits, then five) with "DDMMGG" and "NNNNN" under them; the son's name
    line was left blank, so only his code, printed under the same label again, opens his block."""
    _text(pdf, 60, 800, "Bauskas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 150, 770, "IESNIEGUMS ASISTENTA PAKALPOJUMAM", 12, bold=True)

    def code_boxes(y: float, code: str) -> None:
        left, right = code.split("-")
        pdf.setLineWidth(0.7)
        pdf.rect(200, y - 4, 70, 16, stroke=1, fill=0)
        pdf.rect(300, y - 4, 60, 16, stroke=1, fill=0)
        _text(pdf, 212, y, left, 11)
        _text(pdf, 312, y, right, 11)
        _text(pdf, 200, y - 13, "DDMMGG", 6)
        _text(pdf, 300, y - 13, "NNNNN", 6)

    _text(pdf, 60, 740, "A. Pārstāvis (vecāks)", 10, bold=True)
    _text(pdf, 60, 720, "Vārds, uzvārds", 10)
    _text(pdf, 200, 720, "Benita Ozoliņa", 10)
    _text(pdf, 60, 695, "Personas kods", 10)
    code_boxes(695, R19S_BENITA)
    _text(pdf, 60, 655, "B. Persona", 10, bold=True)
    _text(pdf, 60, 635, "Vārds, uzvārds", 10)
    _text(pdf, 60, 610, "Personas kods", 10)
    code_boxes(610, R19S_NAMEJS)
    _text(pdf, 60, 575, "Adrese", 10)
    _text(pdf, 200, 575, "Mēmeles iela 4, Bauska, LV-3901", 10)
    _text(pdf, 60, 545, "Lūdzu piešķirt asistentu skolas apmeklējumam, 20 stundas nedēļā.", 10)
    _text(pdf, 60, 510, "Datums: 02.06.2025.", 10)


R19S_ARVIDS = personal_code("1711581234")
R19S_KRISTAPS = personal_code("2304891234")
R19S_LIGA = personal_code("0812911234")


def r19s_attorneys_in_a_numbered_list(pdf: canvas.Canvas) -> None:
    """A power of attorney naming its attorneys in a numbered list after a colon, the second a
    substitute who acts only when the first cannot: the first is the representative."""
    _text(pdf, 250, 800, "PILNVARA", 13, bold=True)
    _text(pdf, 130, 780, "Bauskā, divi tūkstoši divdesmit piektā gada 9. jūnijā", 10)
    _lines(pdf, 60, 750, [
        f"Es, Arvīds Kalējs, personas kods {R19S_ARVIDS}, ar šo pilnvaroju:",
        f"1) savu dēlu Kristapu Kalēju, personas kods {R19S_KRISTAPS},",
        f"2) Līgu Bērziņu, personas kods {R19S_LIGA} (aizvietotāja, ja dēls nevar),",
        "kārtot manas lietas Bauskas novada Sociālajā dienestā un saņemt dokumentus.",
        "Pilnvara derīga divus gadus.",
    ], size=10)
    _text(pdf, 60, 640, "Pilnvaras devējs                                        A. Kalējs", 10)


R19S_EDGARS = personal_code("2709851234")


def r19s_shift_rota_in_words(pdf: canvas.Canvas) -> None:
    """An employer's certificate that gives the work as a rota (three days on, three off, an
    eight-hour shift) and no weekly figure: the week is a cycle's hours times 7 over its days."""
    _text(pdf, 60, 800, "SIA Zemgales Maizes Ceptuve", 12, bold=True)
    _text(pdf, 60, 785, "Reģ. Nr. 40103112233, Rūpniecības iela 8, Jelgava, LV-3008", 9)
    _text(pdf, 250, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 720, [
        "Jelgavā, 2025. gada 12. maijā",
        f"Izsniegta Edgaram Ziediņam, personas kods {R19S_EDGARS}, par to, ka viņš kopš",
        "01.09.2021. strādā SIA „Zemgales Maizes Ceptuve” par maiznieku.",
        "Darbu veic pēc maiņu grafika: trīs dienas strādā, trīs dienas brīvas, maiņas ilgums",
        "8 stundas.",
        "Valdes priekšsēdētājs                     J. Celms",
    ], size=10)


CASES.update({
    "r19s_code_in_two_boxes.pdf": (r19s_code_in_two_boxes, "application", {
        "applicant_name": "Benita Ozoliņa", "applicant_personal_code": R19S_BENITA,
        "client_personal_code": R19S_NAMEJS,
    }),
    "r19s_attorneys_in_a_numbered_list.pdf": (
        r19s_attorneys_in_a_numbered_list, "representation_document", {
            "representative_name": "Kristaps Kalējs", "representative_personal_code": R19S_KRISTAPS,
            "person_name": "Arvīds Kalējs", "personal_code": R19S_ARVIDS,
        }),
    "r19s_shift_rota_in_words.pdf": (r19s_shift_rota_in_words, "employer_certificate", {
        "personal_code": R19S_EDGARS, "hours_per_week": 28,
    }),
})



# --- round 19 (r19-sdig): set S's digital papers and its two confident wrong values ---------

R19D_LAURA = personal_code("1402031234")
R19D_OSKARS = personal_code("2011671234")
R19D_PAULS = personal_code("0307951234")


def r19d_quoted_programme_then_its_year(pdf: canvas.Canvas) -> None:
    """A college's certificate: the programme's quoted name after its kind and, after a comma,
    the year and form of study; the planned end's label ends in "datums" (the paper's own
    date's label) above the day the paper was issued; contact hours by weekday in a row
    under the days' initials, with the week's total at its end."""
    _text(pdf, 150, 800, "Vidzemes Tehnoloģiju koledža", 13, bold=True)
    _text(pdf, 150, 783, "Cēsu iela 5, Valmiera, LV-4201", 9)
    _text(pdf, 200, 750, "IZZIŅA PAR STUDIJĀM", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Studente: Laura Dreimane, personas kods {R19D_LAURA}",
        "Studiju programma: koledžas studiju programma „Viesmīlības vadība”, 1. kurss,",
        "nepilna laika klātiene",
        "Plānotais studiju beigu datums: 31.01.2028.",
    ], size=10)
    _text(pdf, 60, 650, "Nodarbības pavasara semestrī:", 10)
    for x, cell in zip([60, 130, 200, 270, 340, 410], ["P", "O", "T", "C", "Pk", "Kopā nedēļā"],
                       strict=True):
        _text(pdf, x, 630, cell, 10)
    for x, cell in zip([60, 130, 200, 270, 340, 410], ["6", "0", "4", "6", "4", "20"],
                       strict=True):
        _text(pdf, x, 614, cell, 10)
    _text(pdf, 60, 580, "Izziņa izsniegta 03.02.2025.", 10)
    _text(pdf, 60, 540, "Lietvede                                              R. Kalve", 10)


def r19d_sheet_in_half_hour_units(pdf: canvas.Canvas) -> None:
    """A sheet counting in 30-minute units ("Vienības (30 min)"), its note saying how units
    make hours: each row's figure and the month's sum are units, not hours."""
    _text(pdf, 60, 800, "Limbažu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 780, "ASISTENTA DARBA UZSKAITE (30 minūšu vienībās)", 11, bold=True)
    _text(pdf, 60, 760, "Mēnesis: 2025. gada maijs", 10)
    _text(pdf, 60, 745, f"Klients: Oskars Birznieks ({R19D_OSKARS}) · Asistents: Pauls Zeltiņš "
                        f"({R19D_PAULS})", 10)
    _text(pdf, 60, 730, "1 vienība = 30 minūtes; stundas = vienības : 2", 9)
    _grid(pdf, 60, 715, [70, 50, 60, 60, 100, 80], [
        ["Datums", "Diena", "No", "Līdz", "Vienības (30 min)", "Darbība"],
        ["05.05.", "P", "9.00", "12.00", "6", "darbs"],
        ["07.05.", "T", "9.00", "12.00", "6", "darbs"],
        ["12.05.", "P", "9.00", "13.30", "9", "darbs"],
        ["Kopā", "", "", "", "21", ""]])


def r19d_association_says_leisure(pdf: canvas.Canvas) -> None:
    """An association certifies the free-time (leisure) classes it runs: what the paper calls
    them outright decides, not who runs them."""
    _text(pdf, 150, 800, "Biedrība „Ezerzemes airētāji”", 13, bold=True)
    _text(pdf, 150, 783, "Ezera iela 3, Valmiera, LV-4201", 9)
    _text(pdf, 250, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Biedrība apliecina, ka Oskars Birznieks (p.k. {R19D_OSKARS}) piedalās biedrības",
        "organizētajās brīvā laika nodarbībās (airēšana) reizi nedēļā, 2 stundas nedēļā.",
        "",
        "Valmierā, 20.03.2025.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes priekšsēdētājs                              G. Ozols", 10)


def r19d_start_column_of_a_table_row(pdf: canvas.Canvas) -> None:
    """An employer's table row: name, code, post and the start of the work under a "Darba
    sākums" heading."""
    _text(pdf, 150, 800, "SIA „Gaujas Koks”", 13, bold=True)
    _text(pdf, 150, 783, "Reģ. Nr. 40103456789 · Rīgas iela 8, Valmiera, LV-4201", 9)
    _text(pdf, 180, 750, "APLIECINĀJUMS PAR NODARBINĀTĪBU", 12, bold=True)
    xs = [60, 190, 300, 450]
    for x, cell in zip(xs, ["Darbinieks", "Personas kods", "Amats", "Darba sākums"],
                       strict=True):
        _text(pdf, x, 720, cell, 10)
    for x, cell in zip(xs, ["Pauls Zeltiņš", R19D_PAULS, "galdnieks", "14.10.2024."],
                       strict=True):
        _text(pdf, x, 704, cell, 10)
    _lines(pdf, 60, 670, [
        "Darbinieks strādā trīs dienas nedēļā pa sešām stundām.",
        "",
        "Valmierā, 2025. gada 5. martā",
    ], size=10)
    _text(pdf, 60, 610, "Valdes loceklis                                   J. Krūmiņš", 10)


def r19d_score_table_in_the_nominative(pdf: canvas.Canvas) -> None:
    """The commission's severity table names each area in the nominative ("Apakšējās
    ekstremitātes | 1"): every area scored above 0 is a limitation."""
    _text(pdf, 100, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12,
          bold=True)
    _text(pdf, 220, 770, "ATZINUMS Nr. VD-25-00771", 12, bold=True)
    _text(pdf, 60, 745, "Valmierā                                                 02.06.2025.", 10)
    _lines(pdf, 60, 720, [
        "Persona                           Pauls Zeltiņš",
        f"Personas kods                     {R19D_PAULS}",
        "Invaliditātes grupa               II grupa",
        "Termiņš                           no 10.06.2025. līdz 09.06.2027.",
        "",
        "Funkcionālo ierobežojumu smaguma vērtējums (0 – nav, 4 – pilnīgs):",
        "Joma                                                     Vērtējums",
        "Redze                                                    0",
        "Apakšējās ekstremitātes                                  1",
        "Augšējās ekstremitātes                                   3",
        "",
        "Nepieciešams asistents: jā.",
        "Nepieciešama īpaša kopšana: nē.",
    ], size=10)


def r19d_tasks_joined_by_and(pdf: canvas.Canvas) -> None:
    """A social worker's opinion naming the assistant's tasks in one sentence, after the
    verb, joined by "un"."""
    _text(pdf, 60, 800, "Valmieras novada Sociālais dienests", 12, bold=True)
    _text(pdf, 320, 770, "Valmierā, 2025. gada 14. aprīlī", 10)
    _lines(pdf, 60, 740, [
        "Atzinums par ģimenes asistenta pakalpojuma nepieciešamību",
        "",
        f"Apmeklējot Laumas Dreimanes (personas kods {R19D_LAURA}) ģimeni, konstatēju, ka",
        "ģimenei nepieciešams ģimenes asistents astoņas stundas nedēļā sešus mēnešus.",
        "Asistenta uzdevumi ir palīdzība mājas darbu organizēšanā un atbalsts saziņā",
        "ar skolu.",
    ], size=10)
    _text(pdf, 60, 640, "Sociālā darbiniece                                  D. Egle", 10)


CASES.update({
    "r19d_quoted_programme_then_its_year.pdf": (
        r19d_quoted_programme_then_its_year, "school_certificate", {
            "programme": "Viesmīlības vadība", "hours_per_week": 20,
            "issued_on": "2025-02-03", "study_until": "2028-01-31",
        }),
    "r19d_sheet_in_half_hour_units.pdf": (r19d_sheet_in_half_hour_units, "timesheet", {
        "month": "2025-05", "total_hours": 10.5,
        "entries": [
            {"date": "2025-05-05", "start": "09:00", "end": "12:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-05-07", "start": "09:00", "end": "12:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-05-12", "start": "09:00", "end": "13:30", "hours": 4.5,
             "activity": "work"},
        ],
    }),
    "r19d_association_says_leisure.pdf": (
        r19d_association_says_leisure, "activity_certificate", {"activity_kind": "leisure"}),
    "r19d_start_column_of_a_table_row.pdf": (
        r19d_start_column_of_a_table_row, "employer_certificate", {
            "employed_since": "2024-10-14", "position": "galdnieks"}),
    "r19d_score_table_in_the_nominative.pdf": (
        r19d_score_table_in_the_nominative, "commission_opinion", {
            "limitations": ["mobility", "upper_limbs"]}),
    "r19d_tasks_joined_by_and.pdf": (r19d_tasks_joined_by_and, "social_worker_opinion", {
        "tasks": ["palīdzība mājas darbu organizēšanā", "atbalsts saziņā ar skolu"]}),
})


def r19d_quoted_programme_on_the_next_line(pdf: canvas.Canvas) -> None:
    """The programme's kind fills the label's line and its quoted name wraps onto the next
    ("... izglītības programma" / "„Viesnīcu serviss”, 2. kurss"): the name is the quoted one."""
    _text(pdf, 150, 800, "Vidzemes Tehnoloģiju koledža", 13, bold=True)
    _text(pdf, 150, 783, "Cēsu iela 5, Valmiera, LV-4201", 9)
    _text(pdf, 200, 750, "IZZIŅA PAR STUDIJĀM", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Students: Pauls Zeltiņš, personas kods {R19D_PAULS}",
        "Studiju programma: pirmā līmeņa profesionālās augstākās izglītības programma",
        "„Viesnīcu serviss”, 2. kurss, pilna laika klātiene",
        "Studijas plānots pabeigt 30.06.2026.",
    ], size=10)
    _text(pdf, 60, 640, "Valmierā, 12.09.2025.", 10)
    _text(pdf, 60, 600, "Lietvede                                              R. Kalve", 10)


CASES.update({
    "r19d_quoted_programme_on_the_next_line.pdf": (
        r19d_quoted_programme_on_the_next_line, "school_certificate", {
            "programme": "Viesnīcu serviss", "issued_on": "2025-09-12"}),
})


# --- round 20 (r20a): printed options, translations, two-language forms ----------------------

R20A_ZANE = personal_code("1708861234")
R20A_OSKARS = personal_code("0402791456")
R20A_LIGA = personal_code("2310921345")
R20A_EDGARS = personal_code("1506011789")


def _captioned(pdf: canvas.Canvas, y: float, value: str, caption: str) -> float:
    """A form's blank: the answer typed on it, its caption in brackets under it."""
    _text(pdf, 66, y, value, 10)
    _text(pdf, 330, y - 13, f"({caption})", 8)
    return y - 38


def r20a_options_answered_below(pdf: canvas.Canvas) -> None:
    """A social worker's opinion printing the client groups as options parted by slashes with
    an instruction to choose; the answer is typed on the captioned blank under them, the term
    beside the hours in one answer, each task on a blank of its own."""
    _text(pdf, 150, 805, "Dienvidkurzemes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 120, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS par ģimenes asistenta pakalpojumu",
          11, bold=True)
    y = _captioned(pdf, 740, "Zane Kļaviņa", "klienta vārds, uzvārds")
    y = _captioned(pdf, y, R20A_ZANE, "personas kods")
    _text(pdf, 60, y, "Klientu grupa: ģimene ar bērniem / persona ar garīga rakstura "
          "traucējumiem / bārenis pēc 18 gadu vecuma (izvēlēties vienu)", 8)
    y = _captioned(pdf, y - 22, "persona ar garīga rakstura traucējumiem", "klientu grupa")
    _text(pdf, 60, y, "Cik stundu nedēļā un uz cik mēnešiem pakalpojums vajadzīgs.", 10)
    y = _captioned(pdf, y - 22, "8 stundas nedēļā, 4 mēneši", "apjoms, termiņš")
    _text(pdf, 60, y, "Uzdevumi, kas ģimenes asistentam jāveic (katru savā rindā).", 10)
    y = _captioned(pdf, y - 22, "zāļu lietošanas uzraudzība", "uzdevums")
    y = _captioned(pdf, y, "pavadīšana uz ārsta vizītēm", "uzdevums")
    _text(pdf, 60, y - 10, "Grobiņā, 2025. gada 3. jūnijā", 10)
    _text(pdf, 360, y - 10, "Sociālā darbiniece A. Liepa", 10)


def r20a_options_left_unanswered(pdf: canvas.Canvas) -> None:
    """The same kind of form with the group's blank left empty: the printed options name no
    group, the first of them least of all."""
    _text(pdf, 150, 805, "Dienvidkurzemes novada Sociālais dienests", 12, bold=True)
    _text(pdf, 120, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS par ģimenes asistenta pakalpojumu",
          11, bold=True)
    y = _captioned(pdf, 740, "Oskars Vītols", "klienta vārds, uzvārds")
    y = _captioned(pdf, y, R20A_OSKARS, "personas kods")
    _text(pdf, 60, y, "Klientu grupa: bārenis pēc 18 gadu vecuma / ģimene ar bērniem / "
          "persona ar garīga rakstura traucējumiem (nevajadzīgo svītrot)", 8)
    _text(pdf, 330, y - 35, "(klientu grupa)", 8)
    _text(pdf, 60, y - 60, "Pakalpojuma apjoms: 6 stundas nedēļā", 10)
    _text(pdf, 60, y - 90, "Grobiņā, 2025. gada 4. jūnijā", 10)
    _text(pdf, 360, y - 90, "Sociālā darbiniece A. Liepa", 10)


def r20a_position_with_its_translation(pdf: canvas.Canvas) -> None:
    """An employer's certificate in two languages: each value printed with its English
    translation after a slash; the value is the Latvian part."""
    _text(pdf, 140, 805, "SIA Kurzemes Kokapstrāde · Ostas iela 8, Pāvilosta, LV-3466", 10)
    _text(pdf, 190, 770, "IZZIŅA PAR DARBU / EMPLOYMENT CERTIFICATE", 12, bold=True)
    rows = [
        ("Darba devējs", "SIA Kurzemes Kokapstrāde", "Employer"),
        ("Darbinieks", "Edgars Lapiņš", "Employee"),
        ("Personas kods", R20A_EDGARS, "Personal code"),
        ("Amats", "noliktavas pārzinis / warehouse keeper", "Position"),
        ("Slodze", "20 stundas nedēļā / 20 hours a week", "Workload"),
    ]
    for i, (label, value, english) in enumerate(rows):
        y = 735 - 18 * i
        _text(pdf, 60, y, label, 10)
        _text(pdf, 200, y, value, 10)
        _text(pdf, 440, y, english, 10)
    _text(pdf, 60, 610, "Pāvilostā, 2025. gada 12. maijā / Pavilosta, 12 May 2025", 10)
    _text(pdf, 60, 580, "Valdes loceklis / Board member                       J. Krūms", 10)


def r20a_two_language_application_in_capitals(pdf: canvas.Canvas) -> None:
    """An application form whose labels carry their English translation on a row under them,
    filled in capitals: the weekly hours beside each activity's row, the e-mail written small."""
    _text(pdf, 170, 805, "Kuldīgas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 200, 770, "IESNIEGUMS / APPLICATION", 12, bold=True)
    _text(pdf, 150, 755, "asistenta pakalpojuma saņemšanai / for the assistant service", 10)
    rows = [
        ("Vārds, uzvārds", "Name, surname", "LĪGA OZOLIŅA"),
        ("Personas kods", "Personal code", R20A_LIGA),
        ("Dzīvesvietas adrese", "Address", "SMILŠU IELA 7, KULDĪGA, LV-3301"),
        ("E-pasts", "E-mail", "LIGA.OZOLINA@INBOX.LV"),
        ("Mācības – stundas nedēļā", "Studies – hours per week", "14"),
        ("Dienas centrs – stundas nedēļā", "Day centre – hours per week", "6"),
    ]
    # A ruled table: the label cell holds the Latvian label and its translation under it.
    _grid(pdf, 62, 735, [244, 244], [["", ""] for _ in rows], height=30)
    for i, (label, english, value) in enumerate(rows):
        y = 735 - 30 * i - 11
        _text(pdf, 66, y, label, 9)
        _text(pdf, 66, y - 11.6, english, 9)
        _text(pdf, 310, y, value, 9)
    _text(pdf, 66, 520, "Datums / Date: 02.06.2025.", 9)
    _text(pdf, 400, 520, "Paraksts / Signature", 9)


def r20a_two_weekdays_cut_short(pdf: canvas.Canvas) -> None:
    """A letter giving each activity's hours as a clock range on weekdays cut short, one of
    them on two days only ("T. un S.")."""
    _text(pdf, 150, 800, "Kuldīgas novada Sociālajam dienestam", 12, bold=True)
    _text(pdf, 250, 770, "IESNIEGUMS", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Iesniedzējs: Oskars Vītols, p.k. {R20A_OSKARS}",
        "Adrese: Liepājas iela 3, Kuldīga, LV-3301",
        "Lūdzu piešķirt man asistenta pakalpojumu. Asistents nepieciešams:",
        "- darbā no 9:00 līdz 13:00 P., O., C.;",
        "- baseinā no 17:00 līdz 18:30 T. un S.",
        "Valsts pabalstu asistenta izmantošanai nesaņemu.",
        "Kuldīgā, 09.06.2025.                                    O. Vītols",
    ], size=10)


CASES.update({
    "r20a_options_answered_below.pdf": (r20a_options_answered_below, "social_worker_opinion", {
        "person_name": "Zane Kļaviņa", "category": "mental_disorder", "hours_per_week": 8,
        "period_months": 4,
        "tasks": ["zāļu lietošanas uzraudzība", "pavadīšana uz ārsta vizītēm"]}),
    "r20a_options_left_unanswered.pdf": (
        r20a_options_left_unanswered, "social_worker_opinion", {"person_name": "Oskars Vītols"}),
    "r20a_position_with_its_translation.pdf": (
        r20a_position_with_its_translation, "employer_certificate", {
            "position": "noliktavas pārzinis", "person_name": "Edgars Lapiņš",
            "hours_per_week": 20}),
    "r20a_two_language_application_in_capitals.pdf": (
        r20a_two_language_application_in_capitals, "application", {
            "email": "liga.ozolina@inbox.lv",
            "activities": [{"kind": "education", "hours_per_week": 14},
                           {"kind": "day_centre", "hours_per_week": 6}]}),
    "r20a_two_weekdays_cut_short.pdf": (r20a_two_weekdays_cut_short, "application", {
        "activities": [{"kind": "work", "hours_per_week": 12},
                       {"kind": "leisure", "hours_per_week": 3}]}),
})



# --- round 20 (r20b): set T's representation documents, opinions and scanned papers ---------

R20B_AUSMA = personal_code("1411580734")
R20B_EDGARS = personal_code("0203851262")
R20B_GUNDARS = personal_code("2707491135")
R20B_RUTA = personal_code("1906781448")
R20B_PAULS = personal_code("0812161573")
R20B_LINDA = personal_code("2205091318")
R20B_MODRIS = personal_code("3001701246")
R20B_TEKLA = personal_code("1503521067")
R20B_IVARS = personal_code("0910881392")


def r20b_extract_copies_its_acts_title(pdf: canvas.Canvas) -> None:
    """A court's extract made months later that copies its act's own title block under
    "IZRAKSTS": the kind alone ("SPRIEDUMS" / "Latvijas Republikas vārdā"), then the place, the
    day it was made and the case's number on one line; the court is the letterhead's."""
    _text(pdf, 210, 800, "KURZEMES RAJONA TIESA", 13, bold=True)
    _text(pdf, 180, 786, "Liepājas tiesu nams, Lielā iela 4, Liepāja", 9)
    _text(pdf, 260, 755, "IZRAKSTS", 12, bold=True)
    _text(pdf, 258, 735, "SPRIEDUMS", 12, bold=True)
    _text(pdf, 235, 720, "Latvijas Republikas vārdā", 10)
    _text(pdf, 150, 704, "Liepājā 2023. gada 14. martā, civillietā Nr. C27031523", 10)
    _lines(pdf, 60, 680, [
        "Tiesa, izskatījusi lietu slēgtā tiesas sēdē, nosprieda:",
        f"nodibināt aizgādnību Ausmai Rozītei, personas kods {R20B_AUSMA}, un iecelt par",
        f"aizgādni Edgaru Rozīti, personas kods {R20B_EDGARS}.",
        "Izraksts pareizs. Spriedums stājies spēkā 2023. gada 4. aprīlī.",
        "Liepājā, 2023. gada 2. novembrī",
    ], size=10)
    _text(pdf, 60, 590, "Tiesneša palīgs                                   M. Sproģe", 10)


def r20b_orphan_court_recounts_a_judgment(pdf: canvas.Canvas) -> None:
    """An orphan court's appointing decision whose first sentence recounts the judgment that
    set up the guardianship ("Ar ... tiesas spriedumu ... noteikta aizgādnība"): that is the
    judgment's doing; the decision itself is the basis."""
    _text(pdf, 190, 800, "ALŪKSNES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 786, "Dārza iela 11, Alūksne, LV-4301", 9)
    _text(pdf, 60, 760, "Alūksnē 2025. gada 3. martā Nr. 2-9/25/41", 10)
    _text(pdf, 170, 735, "LĒMUMS par aizgādņa iecelšanu", 12, bold=True)
    _lines(pdf, 60, 705, [
        f"Ar Vidzemes rajona tiesas spriedumu Gundaram Ozoliņam, personas kods {R20B_GUNDARS},",
        "ierobežota rīcībspēja un noteikta aizgādnība. Bāriņtiesa uzklausīja radiniekus.",
        "NOLEMJ:",
        f"1. Iecelt Rūtu Ozoliņu, personas kods {R20B_RUTA}, par Gundara Ozoliņa aizgādni.",
        "2. Lēmumu var pārsūdzēt Administratīvajā rajona tiesā viena mēneša laikā.",
    ], size=10)
    _text(pdf, 60, 600, "Bāriņtiesas priekšsēdētājs                         J. Celms", 10)


def r20b_child_named_beside_the_noun(pdf: canvas.Canvas) -> None:
    """A commission's short opinion on a child: the noun "Bērnam" stands before the child's
    name and code, the status after them ("..., noteikta invaliditāte")."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 770, "ATZINUMS Nr. KB-25-00417", 12, bold=True)
    _text(pdf, 60, 750, "2025. gada 9. aprīlī", 10)
    _lines(pdf, 60, 725, [
        f"Bērnam Paulam Vītolam, personas kods {R20B_PAULS}, noteikta invaliditāte",
        "no 2025. gada 9. aprīļa līdz 2027. gada 8. aprīlim.",
        "Bērnam nepieciešama īpaša kopšana.",
    ], size=10)
    _text(pdf, 60, 640, "Komisijas ārste                                   S. Liepa", 10)


def r20b_opinion_rows_name_the_service_by_its_giver(pdf: canvas.Canvas) -> None:
    """An opinion as rows of a table; the assistant's row is named by the service's giver
    ("Asistents pašvaldībā | JĀ"), special care by its own row ("Īpašā kopšana | NĒ")."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 200, 775, "ATZINUMS Nr. ZE-25-01388", 12, bold=True)
    _text(pdf, 200, 758, "Izdots 2025. gada 22. maijā", 10)
    _grid(pdf, 60, 735, [170, 300], [
        ["Persona", "Linda Kalna"],
        ["Personas kods", R20B_LINDA],
        ["Grupa", "II (otrā)"],
        ["Derīgs", "no 2025. gada 22. maija līdz 2027. gada 21. maijam"],
        ["Traucējumi", "dzirdes"],
        ["Asistents pašvaldībā", "JĀ"],
        ["Īpašā kopšana", "NĒ"],
    ], size=10)
    _text(pdf, 60, 560, "Nodaļas vadītājs                                   K. Grava", 10)


def r20b_programme_kind_in_capitals(pdf: canvas.Canvas) -> None:
    """A school's certificate whose form typed every value in capitals: the programme is only
    its kind ("VISPĀRĒJĀS VIDĒJĀS IZGLĪTĪBAS PROGRAMMA"), written in ordinary case."""
    _text(pdf, 60, 800, "Gulbenes novada valsts ģimnāzija", 13, bold=True)
    _text(pdf, 60, 786, "O. Kalpaka iela 1A, Gulbene, LV-4401", 9)
    _text(pdf, 220, 755, "IZZIŅA par mācībām", 12, bold=True)
    _grid(pdf, 60, 730, [170, 320], [
        ["Vārds, uzvārds", "MODRIS ĀBELE"],
        ["Personas kods", R20B_MODRIS],
        ["Izglītības programma", "VISPĀRĒJĀS VIDĒJĀS IZGLĪTĪBAS PROGRAMMA"],
        ["Klase", "11.B"],
        ["Mācības beigsies", "2026. GADA 19. JŪNIJĀ"],
    ], size=10)
    _text(pdf, 60, 600, "Gulbenē, 2025. gada 1. oktobrī", 10)
    _text(pdf, 60, 570, "Direktore                                          I. Bērza", 10)


def r20b_sheet_head_name_wraps_before_its_code(pdf: canvas.Canvas) -> None:
    """A timesheet whose head runs as one sentence across two lines: the assistant's name
    breaks between its given name and surname, the code after the surname on the next line."""
    _text(pdf, 60, 800, "Balvu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 778, "Asistenta darba laika uzskaite", 12, bold=True)
    _lines(pdf, 60, 755, [
        f"Mēnesis: 2025. gada marts; Klients: Tekla Zariņa ({R20B_TEKLA}); Asistents: Ivars",
        f"Bērzkalns ({R20B_IVARS})",
    ], size=10)
    _grid(pdf, 60, 720, [90, 60, 60, 60, 150], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["04.03.2025.", "09:00", "12:00", "3", "darbs"],
        ["06.03.2025.", "09:00", "12:00", "3", "darbs"],
        ["11.03.2025.", "13:00", "15:00", "2", "dienas centrs"],
    ], size=10)
    _text(pdf, 60, 620, "Kopā: 8 stundas", 10)
    _text(pdf, 60, 590, "Asistents                                          I. Bērzkalns", 10)


CASES.update({
    "r20b_extract_copies_its_acts_title.pdf": (
        r20b_extract_copies_its_acts_title, "representation_document", {
            "basis": "Kurzemes rajona tiesas 2023. gada 14. marta spriedums civillietā "
                     "Nr. C27031523",
            "issued_on": "2023-03-14", "representative_personal_code": R20B_EDGARS,
            "personal_code": R20B_AUSMA}),
    "r20b_orphan_court_recounts_a_judgment.pdf": (
        r20b_orphan_court_recounts_a_judgment, "representation_document", {
            "basis": "Alūksnes novada bāriņtiesas 2025. gada 3. marta lēmums Nr. 2-9/25/41 "
                     "par aizgādņa iecelšanu",
            "issued_on": "2025-03-03"}),
    "r20b_child_named_beside_the_noun.pdf": (
        r20b_child_named_beside_the_noun, "commission_opinion", {
            "personal_code": R20B_PAULS, "disability_group": "child",
            "special_care_needed": True}),
    "r20b_opinion_rows_name_the_service_by_its_giver.pdf": (
        r20b_opinion_rows_name_the_service_by_its_giver, "commission_opinion", {
            "personal_code": R20B_LINDA, "disability_group": "II",
            "assistant_needed": True, "special_care_needed": False}),
    "r20b_programme_kind_in_capitals.pdf": (
        r20b_programme_kind_in_capitals, "school_certificate", {
            "personal_code": R20B_MODRIS,
            "programme": "vispārējās vidējās izglītības programma"}),
    "r20b_sheet_head_name_wraps_before_its_code.pdf": (
        r20b_sheet_head_name_wraps_before_its_code, "timesheet", {
            "month": "2025-03", "client_personal_code": R20B_TEKLA,
            "assistant_personal_code": R20B_IVARS, "total_hours": 8}),
})



# --- round 20 (r20d_): an issue date is not before the dates it certifies --------------------

R20D_EDGARS = personal_code("1108891234")
R20D_MARTA = personal_code("2502101234")


def r20d_request_number_dated_before_the_work(pdf: canvas.Canvas) -> None:
    """An employer answers a request whose number and date stand on a line of their own at the
    top ("Uz 02.01.2025. Nr. 5/3"), while the paper's own date is a bare line under the text:
    the request's date is before the employment the paper certifies, so it is not the paper's."""
    _text(pdf, 150, 800, "SIA „Ziemeļu Maiznīca”", 13, bold=True)
    _text(pdf, 150, 783, "Reģ. Nr. 40203987654 · Dzirnavu iela 3, Limbaži, LV-4001", 9)
    _text(pdf, 60, 755, "Nr. 5/3  02.01.2025.", 10)
    _text(pdf, 200, 725, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Izziņa izsniegta Edgaram Kalnam, personas kods {R20D_EDGARS}, par to, ka viņš",
        "strādā SIA „Ziemeļu Maiznīca” par maiznieku kopš 2025. gada 3. februāra,",
        "normālais darba laiks 40 stundas nedēļā.",
        "",
        "17.03.2025.",
    ], size=10)
    _text(pdf, 60, 600, "Valdes loceklis                                   A. Siliņš", 10)


def r20d_day_centre_dated_before_the_visits(pdf: canvas.Canvas) -> None:
    """A day centre's paper dated (its only date line) before the day it says the person
    began coming: one of the two dates is misread, and nothing on the page says which."""
    _text(pdf, 150, 800, "Dienas aprūpes centrs „Saulgrieži”", 13, bold=True)
    _text(pdf, 150, 783, "Skolas iela 12, Alūksne, LV-4301", 9)
    _text(pdf, 200, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Marta Priede, personas kods {R20D_MARTA}, apmeklē dienas",
        "centru kopš 2025. gada 14. aprīļa, trīs dienas nedēļā pa četrām stundām.",
        "",
        "Alūksnē, 2025. gada 4. aprīlī",
    ], size=10)
    _text(pdf, 60, 620, "Centra vadītāja                                   I. Bērziņa", 10)


CASES.update({
    "r20d_request_number_dated_before_the_work.pdf": (
        r20d_request_number_dated_before_the_work, "employer_certificate", {
            "employed_since": "2025-02-03", "issued_on": "2025-03-17"}),
    "r20d_day_centre_dated_before_the_visits.pdf": (
        r20d_day_centre_dated_before_the_visits, "activity_certificate", {
            "person_name": "Marta Priede"}),
})



# --- round 20 (r20w): set V's dates, marks and scans ----------------------------------------

R20W_OTO = personal_code("1407861234")
R20W_SARMA = personal_code("2302931456")
R20W_IEVA = personal_code("0511041678")
R20W_MIKUS = personal_code("1909571890")


def _r20w_grey_fax(pdf: canvas.Canvas, draw: Callable[[Any, Any], None]) -> None:
    """A page faxed grey: drawn at 300 dpi, sent at 150 dpi, its paper a grainy grey and its
    answer fields shaded darker; put in a PDF as its only content."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    page = Image.new("L", (2480, 3508), 228)
    fonts = {
        "print": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36),
        "bold": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46),
    }
    draw(ImageDraw.Draw(page), fonts)
    grain = np.random.default_rng(20).normal(0, 14, (3508, 2480))
    pixels = np.clip(np.asarray(page, dtype=np.float64) + grain, 0, 255).astype(np.uint8)
    sent = Image.fromarray(pixels, mode="L").resize((1240, 1754), Image.Resampling.BILINEAR)
    pdf.drawImage(ImageReader(sent), 0, 0, width=A4[0], height=A4[1])


def r20w_shaded_fields_faxed(pdf: canvas.Canvas) -> None:
    """An employer's certificate on a form whose answers stand in grey shaded fields, faxed
    on grey paper: every value is inside a shaded field, beside its label."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((240, 200), "SIA Kurzemes Kokapstrāde", font=fonts["bold"], fill=30)
        ink.text((240, 260), "Reģ. Nr. 40103556677, Ostas iela 3, Liepāja", font=fonts["print"],
                 fill=30)
        ink.text((1000, 420), "IZZIŅA", font=fonts["bold"], fill=30)
        rows = [
            ("Darbinieks:", "Oto Krūmiņš"),
            ("Personas kods:", R20W_OTO),
            ("Amats:", "kokapstrādes operators"),
            ("Darba attiecību sākums:", "03.05.2021."),
            ("Stundas nedēļā:", "20"),
        ]
        for at, (label, value) in enumerate(rows):
            y = 620 + 130 * at
            ink.text((240, y), label, font=fonts["print"], fill=30)
            ink.rectangle((980, y - 18, 2240, y + 62), fill=168)
            ink.text((1000, y), value, font=fonts["print"], fill=30)
        ink.text((240, 1400), "Izziņa izsniegta iesniegšanai sociālajā dienestā.",
                 font=fonts["print"], fill=30)
        ink.text((240, 1560), "Liepājā, 12.03.2025.", font=fonts["print"], fill=30)
        ink.text((1300, 1560), "Valdes loceklis J. Rozītis", font=fonts["print"], fill=30)
    _r20w_grey_fax(pdf, draw)


def r20w_opinion_signed_by_a_woman(pdf: canvas.Canvas) -> None:
    """An opinion titled only "ATZINUMS" by a town's social service, naming the client's target
    group and signed by a woman social worker ("sociālā darbiniece"): a social worker's."""
    _text(pdf, 60, 800, "Kuldīgas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 250, 760, "ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Klients: Sarma Liepiņa, personas kods {R20W_SARMA}",
        "Mērķa grupa: persona ar garīga rakstura traucējumiem",
        "Atbalsts: pavadīšana uz nodarbībām un palīdzība iepirkties",
        "Apjoms: 7 stundas nedēļā, 5 mēneši",
    ], size=10)
    _text(pdf, 60, 620, "Kuldīgā, 2025. gada 3. martā", 10)
    _text(pdf, 60, 590, "Sociālā darbiniece                                  L. Vītola", 10)


def r20w_end_date_wraps_after_its_colon(pdf: canvas.Canvas) -> None:
    """A college's letter whose end of studies follows its label's colon with the year at the
    line's end and the day and month on the next line."""
    _text(pdf, 60, 800, "Liepājas Mākslas koledža", 13, bold=True)
    _text(pdf, 220, 760, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Ieva Kalniņa (personas kods {R20W_IEVA}) mācās koledžas dizaina",
        "programmā „Vides dizains”, 2. kursā. Mācību beigu datums: 2027.",
        "gada 15. jūnijs. Kontaktstundu skaits nedēļā: 24.",
    ], size=10)
    _text(pdf, 60, 640, "Liepājā, 2025. gada 8. septembrī", 10)


def r20w_is_or_isnt_underlined(pdf: canvas.Canvas) -> None:
    """The commission's opinion, scanned, its answer printed as both sentences' ends in a row,
    "ir nepieciešams  nav nepieciešams", the chosen one underlined by pen."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((260, 250), "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
                 font=fonts["bold"], fill=20)
        ink.text((700, 420), "ATZINUMS Nr. LI-25-00412", font=fonts["bold"], fill=20)
        rows = [
            f"Persona: Miķelis Ozols, personas kods {R20W_MIKUS}",
            "Invaliditātes grupa: II, no 10.02.2025. līdz 09.02.2027.",
            "Īpaša kopšana: nav nepieciešama.",
        ]
        for at, text in enumerate(rows):
            ink.text((260, 600 + 90 * at), text, font=fonts["print"], fill=25)
        y = 900
        ink.text((260, y), "Asistenta pakalpojums", font=fonts["print"], fill=25)
        x0 = 260 + int(ink.textlength("Asistenta pakalpojums ", font=fonts["print"]))
        ink.text((x0, y), "ir nepieciešams", font=fonts["print"], fill=25)
        width = int(ink.textlength("ir nepieciešams", font=fonts["print"]))
        ink.text((x0 + width + 60, y), "nav nepieciešams", font=fonts["print"], fill=25)
        ink.line((x0 - 4, y + 52, x0 + width + 4, y + 50), fill=35, width=4)  # the pen's stroke
        ink.text((260, 1150), "Liepājā, 2025. gada 10. februārī", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r20w_shaded_fields_faxed.pdf": (r20w_shaded_fields_faxed, "employer_certificate", {
        "personal_code": R20W_OTO, "hours_per_week": 20}),
    "r20w_opinion_signed_by_a_woman.pdf": (
        r20w_opinion_signed_by_a_woman, "social_worker_opinion", {"personal_code": R20W_SARMA}),
    "r20w_end_date_wraps_after_its_colon.pdf": (
        r20w_end_date_wraps_after_its_colon, "school_certificate", {
            "study_until": "2027-06-15"}),
    "r20w_is_or_isnt_underlined.pdf": (r20w_is_or_isnt_underlined, "commission_opinion", {
        "assistant_needed": True}),
})




# --- round 20 (r20c): hand-filled photographed forms -------------------------------------------

R20C_CLIENT = personal_code("2304571234")
R20C_HELPER = personal_code("1711891234")


def r20c_captions_under_the_lines(pdf: canvas.Canvas) -> None:
    """A carer's monthly sheet printed with lines to write on and a caption in brackets under
    each naming what goes there ("(kliente, personas kods)"): the name and the code stand over
    their caption, so the line under a caption is the next person's, not the caption's."""
    _text(pdf, 140, 800, "ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA", 12, bold=True)
    _text(pdf, 200, 782, "Saldus novada Sociālais dienests", 10)
    y = 750
    for value, caption in (("2025. gada marts", "(mēnesis)"),
                           (f"Zenta Ābeltiņa  {R20C_CLIENT}", "(kliente, personas kods)"),
                           (f"Imants Kalējs  {R20C_HELPER}", "(asistents, personas kods)")):
        _text(pdf, 62, y, value, 11)
        pdf.line(60, y - 4, 420, y - 4)
        _text(pdf, 220, y - 14, caption, 7)
        y -= 36
    _lines(pdf, 60, y - 6, [
        "Datums     No       Līdz      Stundas   Kur",
        "04.03.     10:00    13:00     3         darbs",
        "11.03.     10:00    13:00     3         darbs",
        "18.03.     14:00    16:00     2         poliklīnika",
        "Kopā stundas: 8",
    ], size=10)


CASES.update({
    "r20c_captions_under_the_lines.pdf": (r20c_captions_under_the_lines, "timesheet", {
        "month": "2025-03",
        "client_name": "Zenta Ābeltiņa", "client_personal_code": R20C_CLIENT,
        "assistant_name": "Imants Kalējs", "assistant_personal_code": R20C_HELPER,
        "total_hours": 8,
    }),
})



# --- round 20 (r20v): forms whose captions are beneath the values (set V) -------------------

R20V_IEVA = personal_code("1108121234")
R20V_ARNIS = personal_code("0205781234")
R20V_KASPARS = personal_code("2703891234")


def _r20v_captioned(pdf: canvas.Canvas, y: float, cells: list[tuple[float, str, str]]) -> None:
    """One row of a dense form: each value in 8 pt and its caption in 6 pt right beneath it,
    starting where the value starts, no colon, no parentheses."""
    for x, value, caption in cells:
        _text(pdf, x, y, value, 8)
        pdf.setLineWidth(0.3)
        pdf.line(x, y - 2.5, x + 150, y - 2.5)
        _text(pdf, x, y - 9, caption, 6)


def r20v_form_with_captions_beneath(pdf: canvas.Canvas) -> None:
    """A landscape application in lettered blocks: the person the service is for, then the
    parent who signs; every value sits on a line with a small caption under it. The block's
    heading says whose each "vārds un uzvārds" is; the caption says which field."""
    pdf.setPageSize((842, 595))
    _text(pdf, 40, 560, "Ogres novada Sociālais dienests", 9, bold=True)
    _text(pdf, 40, 550, "Brīvības iela 33, Ogre, LV-5001", 7)
    _text(pdf, 260, 530, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 10, bold=True)
    _text(pdf, 40, 512, "A. Pakalpojuma saņēmējs (bērns ar invaliditāti)", 8, bold=True)
    _r20v_captioned(pdf, 498, [(40, "Ieva Saulīte", "vārds un uzvārds"),
                               (330, R20V_IEVA, "personas kods")])
    _r20v_captioned(pdf, 478, [(40, "Skolas iela 4-12, Ogre, LV-5001", "dzīvesvietas adrese")])
    _text(pdf, 40, 458, "B. Iesniedzējs (likumiskais pārstāvis)", 8, bold=True)
    _r20v_captioned(pdf, 444, [(40, "Arnis Saulītis", "vārds un uzvārds"),
                               (330, R20V_ARNIS, "personas kods"),
                               (600, "tēvs", "pārstāvības pamats")])
    _r20v_captioned(pdf, 424, [(40, "27 345 118", "tālrunis"),
                               (330, "arnis.saulitis@inbox.lv", "e-pasts")])
    _text(pdf, 40, 404, "C. Aktivitātes, kurās vajadzīgs asistents", 8, bold=True)
    _text(pdf, 40, 392, "skolas apmeklējums — 15 stundas nedēļā", 8)
    _r20v_captioned(pdf, 360, [(40, "03.02.2025.", "datums"),
                               (330, "A. Saulītis", "paraksta atšifrējums")])
    _r20v_captioned(pdf, 340, [(40, "11.05.2012.", "dzimšanas datums")])


def r20v_guardian_card_with_captions(pdf: canvas.Canvas) -> None:
    """An orphans' court's card in numbered blocks ("1. Aizbildnis", "2. Aizbilstamais"), each
    name and code with only "vārds un uzvārds" / "personas kods" in small print under them."""
    pdf.setPageSize((842, 595))
    _text(pdf, 40, 560, "Ogres novada bāriņtiesa", 9, bold=True)
    _text(pdf, 360, 535, "APLIECĪBA", 12, bold=True)
    _text(pdf, 340, 520, "par aizbildņa iecelšanu", 9)
    _text(pdf, 40, 500, "1. Aizbildnis", 8, bold=True)
    _r20v_captioned(pdf, 486, [(40, "Kaspars Liepkalns", "vārds un uzvārds"),
                               (330, R20V_KASPARS, "personas kods")])
    _text(pdf, 40, 466, "2. Aizbilstamais", 8, bold=True)
    _r20v_captioned(pdf, 452, [(40, "Ieva Saulīte", "vārds un uzvārds"),
                               (330, R20V_IEVA, "personas kods")])
    _text(pdf, 40, 432, "3. Pamats", 8, bold=True)
    _r20v_captioned(pdf, 418, [(40, "Ogres novada bāriņtiesas lēmums Nr. 1-4/25/9", "lēmums")])
    _r20v_captioned(pdf, 394, [(40, "2025. gada 20. janvārī", "izsniegšanas datums"),
                               (330, "L. Ozola", "paraksts")])


CASES.update({
    "r20v_form_with_captions_beneath.pdf": (r20v_form_with_captions_beneath, "application", {
        "client_name": "Ieva Saulīte", "client_personal_code": R20V_IEVA,
        "applicant_name": "Arnis Saulītis", "applicant_personal_code": R20V_ARNIS,
        "address": "Skolas iela 4-12, Ogre, LV-5001", "phone": "27345118",
        "email": "arnis.saulitis@inbox.lv", "submitted_on": "2025-02-03",
    }),
    "r20v_guardian_card_with_captions.pdf": (
        r20v_guardian_card_with_captions, "representation_document", {
            "representative_name": "Kaspars Liepkalns",
            "representative_personal_code": R20V_KASPARS,
            "person_name": "Ieva Saulīte", "personal_code": R20V_IEVA,
        }),
})


def r20v_portal_labels_above_values(pdf: canvas.Canvas) -> None:
    """A portal's printout in the other order: each small label stands ABOVE its value, so the
    line over a label holds the previous label's value. The label names the value under it,
    never the one above."""
    _text(pdf, 60, 800, "Tukuma novada pašvaldības e-pakalpojumu portāls", 8)
    _text(pdf, 120, 775, "Pieteikums asistenta pakalpojumam", 13, bold=True)
    _text(pdf, 60, 750, "1. Pieteicējs", 10, bold=True)
    rows = [("Vārds, uzvārds", "Rihards Liepiņš"), ("Personas kods", R20V_ARNIS),
            ("Deklarētā dzīvesvieta", "Pils iela 3-8, Tukums, LV-3101"),
            ("Tālrunis", "+371 26 555 014")]
    y = 734.0
    for label, value in rows:
        _text(pdf, 62, y, label, 7)
        _text(pdf, 62, y - 13, value, 10)
        y -= 30
    _text(pdf, 60, y - 10, "Asistents nepieciešams darbam — 20 stundas nedēļā.", 10)
    _text(pdf, 60, y - 40, "Datums: 14.03.2025.", 10)


CASES.update({
    "r20v_portal_labels_above_values.pdf": (r20v_portal_labels_above_values, "application", {
        "applicant_name": "Rihards Liepiņš", "applicant_personal_code": R20V_ARNIS,
        "address": "Pils iela 3-8, Tukums, LV-3101",
    }),
})


# --- round 20 (r20u): e-mails and e-service prints ----------------------------------------------

R20U_LIGITA = personal_code("1403651234")
R20U_ROLANDS = personal_code("0910921234")


def r20u_forwarded_english_header(pdf: canvas.Canvas) -> None:
    """An office forwards a parent's e-mail on: the office's own header dates the forwarding,
    the forwarded header below it ("From:" / "Sent: Tuesday, March 4, 2025 ...") the parent's
    message, in an English-language client's month-first style."""
    _text(pdf, 60, 800, "Cēsu novada Sociālais dienests – pasts", 9)
    _text(pdf, 60, 775, "No:      Lietvedība <lietvediba@cesis-sd.example.lv>", 9)
    _text(pdf, 60, 762, "Kam:     Andris Kalns <andris.kalns@cesis-sd.example.lv>", 9)
    _text(pdf, 60, 749, "Nosūtīts: ceturtdiena, 2025. gada 6. marts 09:02", 9)
    _text(pdf, 60, 736, "Tēma:    FW: pieteikums asistentam", 9)
    _text(pdf, 60, 712, "Lūdzu izskatīt.", 10)
    _text(pdf, 60, 695, "-----Original Message-----", 9)
    _text(pdf, 60, 680, "From:    Ligita Bērziņa <ligita.berzina@pasts.example.lv>", 9)
    _text(pdf, 60, 667, "Sent:    Tuesday, March 4, 2025 21:40", 9)
    _text(pdf, 60, 654, "To:      lietvediba@cesis-sd.example.lv", 9)
    _text(pdf, 60, 641, "Subject: pieteikums asistentam", 9)
    _text(pdf, 60, 615, f"Labdien! Es, Ligita Bērziņa (personas kods {R20U_LIGITA}), lūdzu", 10)
    _text(pdf, 60, 601, "piešķirt asistenta pakalpojumu savam dēlam Rolandam Bērziņam"
          " (personas", 10)
    _text(pdf, 60, 587, "kods " + R20U_ROLANDS + "). Adrese: Rīgas iela 7-2, Cēsis, LV-4101.", 10)
    _text(pdf, 60, 573, "Asistents vajadzīgs darbnīcas apmeklējumam – 10 stundas nedēļā.", 10)
    _text(pdf, 60, 550, "Ar cieņu, Ligita Bērziņa", 10)


def r20u_portal_question_answer_pairs(pdf: canvas.Canvas) -> None:
    """A municipal portal prints the submitted application as pairs of lines: each question
    opened by its word ("Jautājums: ...", no question mark) and its answer on the next line
    ("Atbilde: ...")."""
    _text(pdf, 60, 805, "e-pakalpojumi.example.lv", 8)
    _text(pdf, 110, 780, "Pieteikums asistenta pakalpojumam", 13, bold=True)
    _text(pdf, 60, 755, "Pieteikuma Nr.        PK-2025-00311", 9)
    _text(pdf, 60, 742, "Iesniegts              03.06.2025. 14:12:40", 9)
    pairs = [("Iesniedzēja vārds, uzvārds", "Rolands Bērziņš"),
             ("Personas kods", R20U_ROLANDS),
             ("Deklarētā dzīvesvieta", "Rīgas iela 7-2, Cēsis, LV-4101"),
             ("Mobilais tālrunis", "+371 26 118 402")]
    y = 715.0
    for question, answer in pairs:
        _text(pdf, 60, y, "Jautājums: " + question, 10)
        _text(pdf, 60, y - 14, "Atbilde: " + answer, 10)
        y -= 34


def r20u_association_mail_sender(pdf: canvas.Canvas) -> None:
    """An association certifies a member's hours by e-mail: its sender line names it with its
    legal form, its name in quotation marks and its address in angle brackets."""
    _text(pdf, 60, 800, "No:      Nodibinājums „Zaļā Lapa” <birojs@zalalapa.example.lv>", 9)
    _text(pdf, 60, 787, "Kam:     sd@valka.example.lv", 9)
    _text(pdf, 60, 774, "Datums:  2025. gada 2. oktobris 11:20", 9)
    _text(pdf, 60, 761, "Tēma:    apliecinājums", 9)
    _text(pdf, 60, 735, f"Labdien! Apliecinām, ka Ligita Bērziņa, personas kods {R20U_LIGITA},",
          10)
    _text(pdf, 60, 721, "darbojas nodibinājuma dārzkopības pulciņā 5 stundas nedēļā.", 10)
    _text(pdf, 60, 700, "Ar cieņu, valdes loceklis Juris Ozols", 10)


CASES.update({
    "r20u_forwarded_english_header.pdf": (r20u_forwarded_english_header, "application", {
        "applicant_name": "Ligita Bērziņa", "submitted_on": "2025-03-04",
    }),
    "r20u_portal_question_answer_pairs.pdf": (
        r20u_portal_question_answer_pairs, "application", {
            "applicant_name": "Rolands Bērziņš", "applicant_personal_code": R20U_ROLANDS,
            "address": "Rīgas iela 7-2, Cēsis, LV-4101", "phone": "+371 26118402",
        }),
    "r20u_association_mail_sender.pdf": (
        r20u_association_mail_sender, "activity_certificate", {
            "institution_name": "Nodibinājums Zaļā Lapa",
        }),
})



# --- round 20 (r20x): a guardian's form with two wards side by side; opinions' option marks ---

R20X_MARTA = personal_code("1403101234")
R20X_JANIS = personal_code("0908121234")
R20X_DAINA = personal_code("2211751234")


def r20x_two_wards_side_by_side(pdf: canvas.Canvas) -> None:
    """A guardian of two children fills one form with a column per child and ticks for which
    of them the service is asked: the other column is a second candidate, not the client."""
    _text(pdf, 60, 800, "Smiltenes novada Sociālais dienests", 9)
    _text(pdf, 150, 770, "PIETEIKUMS ASISTENTA PAKALPOJUMAM", 12, bold=True)
    _text(pdf, 60, 740, "Pieteicējs (aizbildnis)", 10, bold=True)
    _text(pdf, 60, 722, "Vārds, uzvārds", 10)
    _text(pdf, 230, 722, "Daina Rudzīte", 10)
    _text(pdf, 60, 706, "Personas kods", 10)
    _text(pdf, 230, 706, R20X_DAINA, 10)
    _text(pdf, 60, 690, "Tālrunis", 10)
    _text(pdf, 230, 690, "26 114 902", 10)
    _text(pdf, 60, 660, "Aizbildnībā esošie bērni", 10, bold=True)
    rows = [("", "Bērns A", "Bērns B"),
            ("Vārds, uzvārds", "Marta Rudzīte", "Jānis Rudzītis"),
            ("Personas kods", R20X_MARTA, R20X_JANIS),
            ("Dzīvesvieta", "Ausekļa iela 2, Smiltene", "Dārza iela 14-3, Smiltene"),
            ("Asistents vajadzīgs", "[ ]", "[x]")]
    y = 642.0
    for label, first, second in rows:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 200, y, first, 9)
        _text(pdf, 380, y, second, 9)
        y -= 18
    _text(pdf, 60, y - 20, "Smiltenē, 11.03.2025.", 10)


def r20x_opinion_noun_headed_columns(pdf: canvas.Canvas) -> None:
    """A commission's opinion whose table heads its answer columns with the noun ("Ir
    traucējums" / "Nav traucējuma") and prints the group as options, one marked."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 9)
    _text(pdf, 200, 775, "ATZINUMS Nr. ZE-25-77120", 12, bold=True)
    _text(pdf, 60, 750, "Vārds, uzvārds: Daina Rudzīte", 10)
    _text(pdf, 60, 734, f"Personas kods: {R20X_DAINA}", 10)
    _text(pdf, 60, 718, "Invaliditātes grupa: [ ] I [ ] II [x] III", 10)
    _text(pdf, 60, 690, "Funkcionālā joma", 9, bold=True)
    _text(pdf, 330, 690, "Ir traucējums", 9, bold=True)
    _text(pdf, 440, 690, "Nav traucējuma", 9, bold=True)
    areas = [("Redze", False), ("Dzirde", False), ("Pārvietošanās", True),
             ("Psihiskās funkcijas", False), ("Augšējās ekstremitātes", True)]
    y = 672.0
    for area, limited in areas:
        _text(pdf, 60, y, area, 9)
        _text(pdf, 365 if limited else 480, y, "X", 9)
        y -= 16
    _text(pdf, 60, y - 16, "Asistenta pakalpojums: nepieciešams.", 10)
    _text(pdf, 60, y - 40, "Atzinuma datums: 2025. gada 17. martā.", 10)


def r20x_worker_opinion_ticked_areas(pdf: canvas.Canvas) -> None:
    """A social worker's opinion listing the areas of support in a table of "Ir" / "Nav"
    columns ticked with ✓: the tasks are the rows ticked under "Ir"."""
    _text(pdf, 60, 800, "Smiltenes novada Sociālais dienests", 9)
    _text(pdf, 170, 775, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 60, 750, "Klients: Daina Rudzīte", 10)
    _text(pdf, 60, 734, f"Personas kods: {R20X_DAINA}", 10)
    _text(pdf, 60, 710, "Ģimenes asistenta palīdzība nepieciešams jomās:", 10)
    _text(pdf, 60, 690, "Joma", 9, bold=True)
    _text(pdf, 380, 690, "Ir", 9, bold=True)
    _text(pdf, 460, 690, "Nav", 9, bold=True)
    areas = [("dokumentu kārtošana", True), ("ēdiena gatavošana", False),
             ("saziņa ar skolu", True)]
    y = 672.0
    for area, needed in areas:
        _text(pdf, 60, y, area, 9)
        _text(pdf, 383 if needed else 465, y, "✓", 9)
        y -= 16
    _text(pdf, 60, y - 24, "Smiltenē, 2025. gada 18. martā", 10)


CASES.update({
    "r20x_two_wards_side_by_side.pdf": (r20x_two_wards_side_by_side, "application", {
        "applicant_name": "Daina Rudzīte", "applicant_personal_code": R20X_DAINA,
    }),
    "r20x_opinion_noun_headed_columns.pdf": (
        r20x_opinion_noun_headed_columns, "commission_opinion", {
            "disability_group": "III", "limitations": ["mobility", "upper_limbs"],
        }),
    "r20x_worker_opinion_ticked_areas.pdf": (
        r20x_worker_opinion_ticked_areas, "social_worker_opinion", {
            "tasks": ["dokumentu kārtošana", "saziņa ar skolu"],
        }),
})


# --- round 21 (r21a): portal and representation papers where the reader took the wrong
# person or none ---

R21A_AGITA = personal_code("0507881234")
R21A_EDVINS = personal_code("1911551234")
R21A_LAURA = personal_code("2302901234")
R21A_KRISTAPS = personal_code("1208941234")
R21A_VIJA = personal_code("0304711234")
R21A_OSVALDS = personal_code("1709611234")
R21A_INTA = personal_code("2601801234")
R21A_PETERIS = personal_code("0811971234")


def r21a_portal_grid_pieteicejs(pdf: canvas.Canvas) -> None:
    """An e-service prints the submitted application as a grid of key-value rows; the person
    applying is keyed "Pieteicējs" (the portal's word for the applicant)."""
    _text(pdf, 60, 805, "Pašvaldības e-pakalpojumu vietne", 8)
    _text(pdf, 120, 780, "Pieteikums asistenta pakalpojumam", 13, bold=True)
    rows = [("Statuss", "Iesniegts"), ("Iesniegts", "2025-08-12T10:05"),
            ("Pieteicējs", "Agita Zvirbule"), ("Personas kods", R21A_AGITA),
            ("Adrese", "Parka iela 4-1, Cēsis, LV-4101"), ("Tālrunis", "26 330 118"),
            ("Pakalpojums", "Asistenta pakalpojums")]
    y = 750.0
    for key, value in rows:
        _text(pdf, 60, y, key, 10)
        _text(pdf, 240, y, value, 10)
        y -= 17
    _text(pdf, 200, 120, "Drukāts: 2025-08-20 09:14 · lapa 1 no 1", 8)


def r21a_attorney_street_with_ordinal(pdf: canvas.Canvas) -> None:
    """A power of attorney in the first person whose writer lives on a street named after a
    date ("4. maija iela"): the ordinal's full stop does not end the sentence."""
    _text(pdf, 250, 790, "PILNVARA", 13, bold=True)
    _lines(pdf, 60, 760, [
        f"Es, Edvīns Kalējs, personas kods {R21A_EDVINS}, dzīvojošs 4. maija ielā 12-3,",
        f"Valkā, ar šo pilnvaroju savu meitu Lauru Kalēju, personas kods {R21A_LAURA},",
        "pārstāvēt mani Valkas novada Sociālajā dienestā visos jautājumos par asistenta",
        "pakalpojumu.",
    ], size=10)
    _text(pdf, 60, 690, "Valkā, 2025. gada 2. jūnijā", 10)


def r21a_questionnaire_activity_per_item(pdf: canvas.Canvas) -> None:
    """A portal's question-and-answer print asks the activity question once for each
    activity ("Aktivitāte Nr. 1", "Aktivitāte Nr. 2"): both answers are the activities."""
    _text(pdf, 60, 805, "e-pakalpojumi.example.lv", 8)
    _text(pdf, 110, 780, "Iesniegums asistenta pakalpojumam", 13, bold=True)
    _text(pdf, 60, 755, "Iesniegts              21.07.2025. 18:40:02", 9)
    pairs = [("Iesniedzēja vārds, uzvārds", "Kristaps Vītols"),
             ("Personas kods", R21A_KRISTAPS),
             ("Deklarētā dzīvesvieta", "Skolas iela 9-4, Tukums, LV-3101"),
             ("Aktivitāte Nr. 1, stundu skaits nedēļā", "Mācības – 20"),
             ("Aktivitāte Nr. 2, stundu skaits nedēļā", "Baseins – 3"),
             ("Vai saņemat pabalstu asistenta izmantošanai?", "Nē")]
    y = 725.0
    for question, answer in pairs:
        _text(pdf, 60, y, "Jautājums: " + question, 10)
        _text(pdf, 60, y - 14, "Atbilde: " + answer, 10)
        y -= 34


def r21a_letter_doctors_visits(pdf: canvas.Canvas) -> None:
    """A letter names its second activity in the request sentence with the plural genitive of
    the doctor noun ("ārstu apmeklējumiem"): visits to institutions."""
    _text(pdf, 340, 800, "Tukuma novada Sociālajam dienestam", 10)
    _text(pdf, 340, 786, f"Vija Liepa, p. k. {R21A_VIJA}", 10)
    _text(pdf, 240, 755, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 725, [
        "Lūdzu piešķirt man asistenta pakalpojumu. Asistents vajadzīgs darbam veikalā –",
        "25 stundas nedēļā – un ārstu apmeklējumiem – aptuveni 3 stundas nedēļā.",
        "Dzīvoju Pils ielā 3-8, Tukumā, LV-3101.",
    ], size=10)
    _text(pdf, 60, 660, "Tukumā, 2025. gada 9. septembrī", 10)


def r21a_sheet_client_with_footnote(pdf: canvas.Canvas) -> None:
    """A timesheet exported from a program marks the client's name with a footnote whose
    note gives the code: the raised mark is no part of the name."""
    _text(pdf, 60, 805, "Uzskaites sistēma · eksports 2025-06-01", 8)
    _text(pdf, 60, 780, "Asistenta darba laika uzskaite – 2025. gada maijs", 12, bold=True)
    _text(pdf, 60, 758, f"Klients: Osvalds Krēsliņš¹ – Asistents: Inta Grīva, {R21A_INTA}", 10)
    _grid(pdf, 60, 730, [90, 90, 50, 150], [
        ["Datums", "Laiks", "h", "Aktivitāte"],
        ["2025-05-05", "08:00-10:00", "2", "darbs"],
        ["2025-05-07", "08:00-10:00", "2", "darbs"],
        ["2025-05-12", "08:00-11:00", "3", "darbs"],
    ], size=10)
    _text(pdf, 60, 640, "Kopā: 7 h", 10)
    _text(pdf, 60, 600, f"¹ Klienta personas kods {R21A_OSVALDS}.", 8)


def r21a_two_wards_marked_by_box(pdf: canvas.Canvas) -> None:
    """A trustee of two adults fills one form with a column per ward and ticks a box in the
    row asking for whom the service is: the ticked column is the client."""
    _text(pdf, 60, 800, "Tukuma novada Sociālais dienests", 9)
    _text(pdf, 170, 772, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 12, bold=True)
    _text(pdf, 60, 745, "Iesniedzējs (aizgādnis)", 10, bold=True)
    _text(pdf, 60, 728, "Vārds, uzvārds", 10)
    _text(pdf, 230, 728, "Vija Liepa", 10)
    _text(pdf, 60, 712, "Personas kods", 10)
    _text(pdf, 230, 712, R21A_VIJA, 10)
    _text(pdf, 60, 680, "Personas aizgādnībā", 10, bold=True)
    rows = [("", "Pirmā", "Otrā"),
            ("Vārds, uzvārds", "Pēteris Zars", "Osvalds Krēsliņš"),
            ("Personas kods", R21A_PETERIS, R21A_OSVALDS),
            ("Adrese", "Lauku iela 1, Tukums, LV-3101", "Zīļu iela 6-2, Tukums, LV-3101"),
            ("Pakalpojumu lūdzu", "☐", "☒")]
    y = 662.0
    for label, first, second in rows:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 200, y, first, 9)
        _text(pdf, 380, y, second, 9)
        y -= 18
    _text(pdf, 60, y - 20, "Tukumā, 14.10.2025.", 10)


R21A_RITA = personal_code("1505791234")
R21A_JURIS = personal_code("0302121234")


def r21a_decision_surname_cut_short(pdf: canvas.Canvas) -> None:
    """An orphans' court decision whose operative sentence lost most of the appointee's
    surname (a stamp, a fold): the first sentence names her in full."""
    _text(pdf, 60, 800, "TUKUMA NOVADA BĀRIŅTIESA", 11, bold=True)
    _text(pdf, 60, 780, "Tukumā 2025. gada 3. februārī", 10)
    _text(pdf, 200, 755, "LĒMUMS Nr. 2-4/25/17", 12, bold=True)
    _lines(pdf, 60, 725, [
        f"Nepilngadīgais Juris Kalns, personas kods {R21A_JURIS}, palicis bez vecāku gādības.",
        f"Viņa krustmāte Rita Kalniņa, personas kods {R21A_RITA}, vēlas kļūt par aizbildni.",
        "Bāriņtiesa nolemj: iecelt Ritu Ka par nepilngadīgā Jura Kalna aizbildni.",
    ], size=10)
    _text(pdf, 60, 660, "Bāriņtiesas priekšsēdētāja A. Lāce", 10)


CASES.update({
    "r21a_decision_surname_cut_short.pdf": (
        r21a_decision_surname_cut_short, "representation_document", {
            "representative_name": "Rita Kalniņa", "representative_personal_code": R21A_RITA,
            "person_name": "Juris Kalns",
        }),
    "r21a_portal_grid_pieteicejs.pdf": (r21a_portal_grid_pieteicejs, "application", {
        "applicant_name": "Agita Zvirbule", "client_name": "Agita Zvirbule",
        "applicant_personal_code": R21A_AGITA,
    }),
    "r21a_attorney_street_with_ordinal.pdf": (
        r21a_attorney_street_with_ordinal, "representation_document", {
            "person_name": "Edvīns Kalējs", "personal_code": R21A_EDVINS,
            "representative_name": "Laura Kalēja",
        }),
    "r21a_questionnaire_activity_per_item.pdf": (
        r21a_questionnaire_activity_per_item, "application", {
            "applicant_name": "Kristaps Vītols",
            "activities": [{"kind": "education", "hours_per_week": 20},
                           {"kind": "leisure", "hours_per_week": 3}],
        }),
    "r21a_letter_doctors_visits.pdf": (r21a_letter_doctors_visits, "application", {
        "activities": [{"kind": "work", "hours_per_week": 25},
                       {"kind": "institutions", "hours_per_week": 3}],
    }),
    "r21a_sheet_client_with_footnote.pdf": (r21a_sheet_client_with_footnote, "timesheet", {
        "client_name": "Osvalds Krēsliņš", "assistant_name": "Inta Grīva",
    }),
    "r21a_two_wards_marked_by_box.pdf": (r21a_two_wards_marked_by_box, "application", {
        "applicant_name": "Vija Liepa", "client_name": "Osvalds Krēsliņš",
        "client_personal_code": R21A_OSVALDS, "address": "Zīļu iela 6-2, Tukums, LV-3101",
    }),
})



# --- round 21 (r21b): a sheet's activity stated once, a sports school's trainings, numbered
# sections, a paper's own "izsniegta" sentence ---

R21B_IEVA = personal_code("1905041234")
R21B_KRISTS = personal_code("0711091234")
R21B_MARA = personal_code("2402811234")


def r21b_sheet_activity_label(pdf: canvas.Canvas) -> None:
    """A month's sheet of days and times whose rows name no activity: the head says once,
    beside a label of its own, what all the hours were for."""
    _text(pdf, 60, 800, "Tukuma novada Sociālais dienests", 9)
    _text(pdf, 130, 775, "ASISTENTA DARBA LAIKA UZSKAITES TABULA", 12, bold=True)
    _text(pdf, 60, 750, "Pārskata mēnesis: 2025. gada marts", 10)
    _text(pdf, 60, 734, f"Klients: Ieva Kalna, p. k. {R21B_IEVA}", 10)
    _text(pdf, 60, 718, f"Asistents: Māra Sīle, p. k. {R21B_MARA}", 10)
    _text(pdf, 60, 702, "Aktivitātes veids: darbs kokapstrādes uzņēmumā", 10)
    rows = [["Datums", "No", "Līdz", "Stundas"],
            ["03.03.2025.", "8:00", "10:00", "2"],
            ["05.03.2025.", "8:00", "10:00", "2"],
            ["10.03.2025.", "8:00", "11:00", "3"]]
    bottom = _grid(pdf, 60, 680, [110, 80, 80, 80], rows)
    _text(pdf, 60, bottom - 24, "Kopā: 7 stundas", 10)
    _text(pdf, 60, bottom - 50, "Asistents ____________   Klients ____________", 10)


def r21b_sports_school_trainings(pdf: canvas.Canvas) -> None:
    """A municipal sports school certifies a pupil's trainings in its group: free time, not
    schooling, though the issuer is called a school and its pupil an "audzēknis"."""
    _text(pdf, 170, 800, "Tukuma Sporta skola „Vējš”", 12, bold=True)
    _text(pdf, 150, 786, "Tukuma novada pašvaldības iestāde, Sporta iela 3, Tukums", 9)
    _text(pdf, 260, 755, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 730, [
        "Tukuma Sporta skola „Vējš” apliecina, ka Krists Lapa, personas kods",
        f"{R21B_KRISTS}, ir skolas audzēknis, un viņa basketbola grupas treniņi",
        "notiek divas reizes nedēļā pa divām stundām.",
    ], 10)
    _text(pdf, 60, 670, "Tukumā, 2025. gada 20. februārī", 10)
    _text(pdf, 60, 640, "Direktore                                   L. Vēja", 10)


def r21b_numbered_employer_sections(pdf: canvas.Canvas) -> None:
    """An employer's certificate in numbered sections: a value is followed by the next
    sub-numbered item, printed without a colon; the paper is dated only by its "izsniegta"
    sentence, after the date of the work contract."""
    _text(pdf, 60, 800, "SIA „Kokapstrāde Zemgale”", 11, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 40103456789, Rūpniecības iela 8, Jelgava", 9)
    _text(pdf, 250, 760, "IZZIŅA Nr. 7/25", 12, bold=True)
    _lines(pdf, 60, 735, [
        "1. Darbiniece",
        "1.1. Vārds, uzvārds: Māra Sīle",
        f"1.2. Personas kods: {R21B_MARA}",
        "2. Darba attiecības",
        "2.1. Darba līgums noslēgts 2018. gada 2. maijā.",
        "2.2. Amats: galdniecības meistare",
        "2.3. Darba laiks nedēļā 40 stundas.",
        "3. Izziņas izsniegšana",
        "3.1. Izziņa izsniegta pēc darbinieces lūguma 2025. gada 3. martā.",
    ], 10)
    _text(pdf, 60, 580, "Personāla vadītāja                         I. Roze", 10)


CASES.update({
    "r21b_sheet_activity_label.pdf": (r21b_sheet_activity_label, "timesheet", {
        "month": "2025-03", "client_name": "Ieva Kalna",
    }),
    "r21b_sports_school_trainings.pdf": (
        r21b_sports_school_trainings, "activity_certificate", {
            "activity_kind": "leisure", "personal_code": R21B_KRISTS,
        }),
    "r21b_numbered_employer_sections.pdf": (
        r21b_numbered_employer_sections, "employer_certificate", {
            "position": "galdniecības meistare", "issued_on": "2025-03-03",
        }),
})



# --- round 21 (r21d): faxes, scans and a foreign paper (set V) --------------------------------

R21D_MARTINS = personal_code("0311841234")


def r21d_faxed_copy_with_captions_beneath(pdf: canvas.Canvas) -> None:
    """An employer's certificate scanned from a fax of a copy: the fax machine's line across
    the top (number, station, day and time sent, pages), a "KOPIJA" stamp beside the firm's
    name, values with small captions beneath them — a one-word caption under a value of
    several words ("amats" under "vecākais pavārs"), the hours as a day's hours and the days
    glued by a comma ("6 stundas dienā,5 dienas nedēļā") — and the place-and-date row with
    its own caption at the foot, under the last row of captions."""
    def draw(ink: Any, fonts: Any) -> None:
        small = fonts["small"]
        ink.text((160, 120), "FAX 64 221 907 KAFEJNICA 07/04/2025 09:12", font=small, fill=20)
        ink.text((2150, 120), "1/1", font=small, fill=20)
        ink.text((200, 260), "SIA Cēsu Garšas Nams", font=fonts["bold"], fill=20)
        ink.text((1950, 260), "KOPIJA", font=fonts["bold"], fill=20)
        ink.text((200, 330), "Reģ. Nr. 40203118822, Rīgas iela 9, Cēsis, LV-4101",
                 font=fonts["print"], fill=20)
        ink.text((1000, 480), "IZZIŅA", font=fonts["bold"], fill=20)
        ink.text((200, 620), "1. Darbinieks", font=fonts["bold"], fill=20)
        ink.text((200, 720), "Mārtiņš Ozoliņš", font=fonts["print"], fill=20)
        ink.text((1300, 720), R21D_MARTINS, font=fonts["print"], fill=20)
        ink.text((200, 790), "vārds, uzvārds", font=small, fill=20)
        ink.text((1300, 790), "personas kods", font=small, fill=20)
        ink.text((200, 920), "2. Darbs", font=fonts["bold"], fill=20)
        ink.text((200, 1020), "vecākais pavārs", font=fonts["print"], fill=20)
        ink.text((950, 1020), "01.09.2019.", font=fonts["print"], fill=20)
        ink.text((1500, 1020), "6 stundas dienā,5 dienas nedēļā", font=fonts["print"], fill=20)
        ink.text((200, 1090), "amats", font=small, fill=20)
        ink.text((950, 1090), "strādā kopš", font=small, fill=20)
        ink.text((1500, 1090), "darba laiks", font=small, fill=20)
        ink.text((200, 1200), "Cēsīs, 03.04.2025.", font=fonts["print"], fill=20)
        ink.text((1300, 1200), "I. Kalniņa, valdes locekle", font=fonts["print"], fill=20)
        ink.text((200, 1270), "vieta, datums", font=small, fill=20)
        ink.text((1300, 1270), "paraksts", font=small, fill=20)

    def fonts_with_small(ink: Any, fonts: Any) -> None:
        from PIL import ImageFont
        fonts = {**fonts, "small": ImageFont.truetype(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)}
        draw(ink, fonts)
    _r13m_scanned_page(pdf, fonts_with_small)


def r21d_parking_permit_application(pdf: canvas.Canvas) -> None:
    """An application for a parking permit for a person with a disability, naming the one who
    drives her as "Pavadonis (asistents)": its title asks for a permit, not for our service."""
    _text(pdf, 60, 800, "Cēsu novada pašvaldība", 9)
    _text(pdf, 60, 770, "IESNIEGUMS stāvvietas atļaujas izsniegšanai", 12, bold=True)
    _text(pdf, 60, 740, "1. Atļaujas saņēmēja: Ilze Ozoliņa", 10)
    _text(pdf, 60, 722, "2. Pavadonis (asistents): Mārtiņš Ozoliņš", 10)
    _text(pdf, 60, 704, "3. Transportlīdzekļa numurs: HT-4412", 10)
    _text(pdf, 60, 686, "4. Datums: 03.04.2025.", 10)


CASES.update({
    "r21d_faxed_copy_with_captions_beneath.pdf": (
        r21d_faxed_copy_with_captions_beneath, "employer_certificate", {
            "employer_name": "SIA Cēsu Garšas Nams", "person_name": "Mārtiņš Ozoliņš",
            "personal_code": R21D_MARTINS, "position": "vecākais pavārs",
            "employed_since": "2019-09-01", "issued_on": "2025-04-03",
        }),
    "r21d_parking_permit_application.pdf": (r21d_parking_permit_application, "unknown", {}),
})


def r21d_opinion_hours_with_a_unit_note(pdf: canvas.Canvas) -> None:
    """A dense social worker's opinion whose weekly hours stand over the caption "stundas
    nedēļā (h:mm)": the note says the figure is hours and minutes, the caption still names it."""
    pdf.setPageSize((842, 595))
    _text(pdf, 40, 560, "Cēsu novada Sociālais dienests", 9, bold=True)
    _text(pdf, 300, 535, "SOCIĀLĀ DARBINIEKA ATZINUMS", 10, bold=True)
    _text(pdf, 40, 515, "1. Klients", 8, bold=True)
    _r20v_captioned(pdf, 500, [(40, "Mārtiņš Ozoliņš", "vārds, uzvārds"),
                               (330, R21D_MARTINS, "personas kods")])
    _text(pdf, 40, 480, "2. Apjoms", 8, bold=True)
    _r20v_captioned(pdf, 465, [(40, "3:45", "stundas nedēļā (h:mm)")])
    _r20v_captioned(pdf, 440, [(40, "07.04.2025.", "datums"), (330, "L. Bērza", "paraksts")])


CASES.update({
    "r21d_opinion_hours_with_a_unit_note.pdf": (
        r21d_opinion_hours_with_a_unit_note, "social_worker_opinion", {
            "person_name": "Mārtiņš Ozoliņš", "hours_per_week": 3.75,
        }),
})



# --- round 21 (r21xa_): software printouts, a scanner's short layer, styled and coded answers --

R21XA_LIENE = personal_code("0406901234")
R21XA_KARLIS = personal_code("1510121234")
R21XA_OTO = personal_code("2102881234")


def r21xa_system_print_header(pdf: canvas.Canvas) -> None:
    """An employer's certificate printed from a payroll system: the system's name beside a
    page counter, the report's code and the printing user, the company's name on the row with
    the print time ("Izdrukāts: ..."), the certificate's own date in a row below."""
    _text(pdf, 50, 810, "AlgasNams 3.1", 9)
    _text(pdf, 480, 810, "Lapa 1 no 1", 9)
    _text(pdf, 50, 798, "Atskaite: AN-DV-07", 9)
    _text(pdf, 450, 798, "Drukāja: m.berzina", 9)
    _text(pdf, 50, 786, "SIA Ozolkalna Galdniecība", 9)
    _text(pdf, 420, 786, "Izdrukāts: 2025-06-03 17:22", 9)
    _text(pdf, 50, 774, "Reģ. Nr. 40103999871", 9)
    _text(pdf, 190, 740, "IZZIŅA PAR DARBA ATTIECĪBĀM", 12, bold=True)
    rows = [("Izziņas datums", "2025-05-30"), ("Darbiniece", "Liene Kalniņa"),
            ("Personas kods", R21XA_LIENE), ("Amats", "galdniece"),
            ("Darba attiecības no", "2022-09-01"), ("Darba laiks", "40 st. nedēļā")]
    y = 710.0
    for label, value in rows:
        _text(pdf, 60, y, label, 10)
        _text(pdf, 220, y, value, 10)
        y -= 16


def r21xa_scanners_short_layer(pdf: canvas.Canvas) -> None:
    """A short school certificate scanned to a "searchable" PDF whose invisible layer holds
    one text operator per line (six in all) and misreads the marks ("Datorzinatnes") and the
    hours ("2B" for 28): the picture is what the paper says."""
    lines = [
        ("Rēzeknes Tehnoloģiju akadēmija", "Rezeknes Tehnologiju akademija", "bold", 300, 300),
        ("IZZIŅA PAR STUDIJĀM", "IZZINA PAR STUDIJAM", "bold", 700, 480),
        (f"Students: Kārlis Vītols, personas kods {R21XA_KARLIS}",
         f"Students: Karlis Vitols, personas kods {R21XA_KARLIS}", "print", 250, 620),
        ("Studiju programma: Datorzinātnes", "Studiju programma: Datorzinatnes", "print",
         250, 700),
        ("Kontaktstundas nedēļā: 28", "Kontaktstundas nedela: 2B", "print", 250, 780),
        ("Izziņa izsniegta 2025. gada 12. septembrī.", "Izzina izsniegta 2O25. gada 12."
         " septembri.", "print", 250, 860),
    ]

    def draw(ink: Any, fonts: Any) -> None:
        for printed, _read, font, x, y in lines:
            ink.text((x, y), printed, font=fonts[font], fill=25)

    _r13m_scanned_page(pdf, draw)
    scale = A4[0] / 2480
    text = pdf.beginText(250 * scale, A4[1] - 340 * scale)
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 10)
    text.setLeading(20)
    for _printed, read, _font, _x, _y in lines:
        text.textLine(read)  # one operator per line, as a scanner's short layer does
    pdf.drawText(text)


def r21xa_styled_and_coded_answers(pdf: canvas.Canvas) -> None:
    """An application printed from a portal: the activities as rows with a "(1/0)" code
    column before the hours, row numbers in a column of their own; the benefit question
    answered by printing "Jā" in bold black and "Nē" grey."""
    _text(pdf, 60, 800, "Ogres novada sociālajam dienestam", 10)
    _text(pdf, 150, 770, "IESNIEGUMS ASISTENTA PAKALPOJUMA SAŅEMŠANAI", 12, bold=True)
    _text(pdf, 60, 740, "Iesniedzējs", 10)
    _text(pdf, 220, 740, "Oto Grīnbergs", 10)
    _text(pdf, 60, 724, "Personas kods", 10)
    _text(pdf, 220, 724, R21XA_OTO, 10)
    _text(pdf, 60, 696, "Nr.", 9, bold=True)
    _text(pdf, 100, 696, "Aktivitāte", 9, bold=True)
    _text(pdf, 360, 696, "Atzīmēts (1/0)", 9, bold=True)
    _text(pdf, 460, 696, "St. nedēļā", 9, bold=True)
    rows = [("K1", "Darbs", "1", "16"), ("K2", "Izglītības iegūšana", "0", ""),
            ("K3", "Dienas aprūpes centra apmeklējums", "1", "6"),
            ("K4", "Brīvā laika pavadīšana", "0", "")]
    y = 680.0
    for number, activity, code, hours in rows:
        _text(pdf, 60, y, number, 9)
        _text(pdf, 100, y, activity, 9)
        _text(pdf, 380, y, code, 9)
        _text(pdf, 470, y, hours, 9)
        y -= 15
    _text(pdf, 60, y - 15, "Saņemu valsts sociālo pabalstu asistenta izmantošanai", 10)
    _text(pdf, 400, y - 15, "Jā", 10, bold=True)
    _text(pdf, 418, y - 15, "/", 10)
    pdf.setFillGray(0.6)
    _text(pdf, 426, y - 15, "Nē", 10)
    pdf.setFillGray(0)
    _text(pdf, 60, y - 45, "Ogrē, 2025. gada 4. jūnijā", 10)


CASES.update({
    "r21xa_system_print_header.pdf": (r21xa_system_print_header, "employer_certificate", {
        "employer_name": "SIA Ozolkalna Galdniecība", "issued_on": "2025-05-30",
        "person_name": "Liene Kalniņa",
    }),
    "r21xa_scanners_short_layer.pdf": (r21xa_scanners_short_layer, "school_certificate", {
        "programme": "Datorzinātnes", "hours_per_week": 28,
    }),
    "r21xa_styled_and_coded_answers.pdf": (
        r21xa_styled_and_coded_answers, "application", {
            "activities": [{"kind": "work", "hours_per_week": 16},
                           {"kind": "day_centre", "hours_per_week": 6}],
            "receives_assistant_benefit": True,
        }),
})



# --- round 21 (r21c): a sheet's column of times left unread; a photo's dark section bars -----

R21C_MARTINS = personal_code("1702881435")
R21C_LAURA = personal_code("0309751226")


def r21c_sheet_one_time_of_two(pdf: canvas.Canvas) -> None:
    """A timesheet whose rows write "from", "to" and the hours, some rows keeping only one of
    the two times (the other cell left blank or unread): the hours written and the column the
    time stands in give the other, below the sure bar."""
    _text(pdf, 60, 800, "Cēsu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 780, "ASISTENTA DARBA LAIKA UZSKAITE", 11, bold=True)
    _text(pdf, 60, 760, "Mēnesis: 2025. gada aprīlis", 10)
    _text(pdf, 60, 745, f"Klients: Mārtiņš Ozoliņš, p. k. {R21C_MARTINS}", 10)
    _text(pdf, 60, 730, f"Asistente: Laura Bērziņa, p. k. {R21C_LAURA}", 10)
    _grid(pdf, 60, 715, [70, 60, 60, 60, 150], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["01.04.", "14:00", "", "3", "darbs"],
        ["03.04.", "14:00", "", "3", "darbs"],
        ["08.04.", "14:00", "17:00", "3", "darbs"],
        ["10.04.", "14:00", "17:00", "3", "darbs"],
        ["15.04.", "", "16:00", "2", "darbs"],
        ["Kopā", "", "", "14", ""]])


CASES.update({
    "r21c_sheet_one_time_of_two.pdf": (r21c_sheet_one_time_of_two, "timesheet", {
        "month": "2025-04", "total_hours": 14,
        "entries": [
            {"date": "2025-04-01", "start": "14:00", "end": "17:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-04-03", "start": "14:00", "end": "17:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-04-08", "start": "14:00", "end": "17:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-04-10", "start": "14:00", "end": "17:00", "hours": 3,
             "activity": "work"},
            {"date": "2025-04-15", "start": "14:00", "end": "16:00", "hours": 2,
             "activity": "work"},
        ],
    }),
})


def r21c_photo_with_section_bars(path: Path) -> Path:
    """A form photographed on a dark table: its sections open with dark grey bars printing
    their heading, its values stand in light grey fields with a caption under each; the camera's
    grain on the paper. The bars are the page's, not the table's."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    paper = Image.new("L", (1500, 1060), 238)
    draw = ImageDraw.Draw(paper)

    def text(x: int, y: int, words: str, size: int, heavy: bool = False) -> None:
        draw.text((x, y), words, font=ImageFont.truetype(bold if heavy else sans, size), fill=30)

    def bar(y: int, heading: str) -> None:
        draw.rectangle((70, y, 1430, y + 30), fill=120)
        text(80, y + 4, heading, 20, heavy=True)

    def field(x: int, y: int, width: int, value: str, caption: str) -> None:
        draw.rectangle((x, y, x + width, y + 30), fill=212)
        draw.line((x, y + 30, x + width, y + 30), fill=40, width=2)
        text(x + 6, y + 4, value, 21)
        text(x + 2, y + 36, caption, 14)

    text(70, 40, "Cēsu novada Sociālais dienests", 20, heavy=True)
    text(70, 66, "Raunas iela 4, Cēsis", 17)
    text(560, 110, "SOCIĀLĀ DARBINIEKA ATZINUMS", 26, heavy=True)
    bar(160, "Ziņas par klientu")
    field(70, 193, 640, "Mārtiņš Ozoliņš", "vārds, uzvārds")
    field(740, 193, 690, R21C_MARTINS, "personas kods")
    bar(290, "Uzdevumi")
    text(90, 330, "• palīdzība iepirkties", 21)
    text(90, 362, "• pavadīšana uz darbu", 21)
    field(70, 410, 640, "6", "h nedēļā")
    field(740, 410, 690, "Cēsīs, 2025. gada 7. aprīlī", "datums")
    photo = Image.new("L", (1700, 1240), 60)
    photo.paste(paper, (90, 80))
    # The light falls off to the right; the camera's grain over it.
    light = np.linspace(1.0, 0.85, photo.width)[None, :]
    grain = np.random.default_rng(21).normal(0, 3, (photo.height, photo.width))
    noisy = np.clip(np.asarray(photo, dtype=np.float64) * light + grain, 0, 255).astype(np.uint8)
    Image.fromarray(noisy, mode="L").save(path, dpi=(170, 170), quality=90)
    return path


def r21c_opinion_list_then_next_row(pdf: canvas.Canvas) -> None:
    """An opinion printed as label | value rows: the tasks' value wraps within its column, and
    the next row's label ("Atzinums sagatavots") opens at the labels' edge: no task."""
    _text(pdf, 60, 800, "Cēsu novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 775, "Sociālā darbinieka atzinums (asistenta pakalpojums)", 11, bold=True)
    rows = [("Klients", "Mārtiņš Ozoliņš"), ("Personas kods", R21C_MARTINS),
            ("Stundas nedēļā", "8"),
            ("Uzdevumi", "iepirkšanās un maltīšu gatavošana; pavadīšana pie ārsta uz"),
            ("", "poliklīniku"),
            ("Atzinums sagatavots", "14.04.2025.")]
    y = 745.0
    for label, value in rows:
        _text(pdf, 60, y, label, 10)
        _text(pdf, 200, y, value, 10)
        y -= 16
    _text(pdf, 60, y - 20, "Sociālā darbiniece              L. Bērziņa", 10)


CASES.update({
    "r21c_opinion_list_then_next_row.pdf": (
        r21c_opinion_list_then_next_row, "social_worker_opinion", {
            "person_name": "Mārtiņš Ozoliņš", "personal_code": R21C_MARTINS,
            "tasks": ["iepirkšanās un maltīšu gatavošana", "pavadīšana pie ārsta uz poliklīniku"],
        }),
})



# --- round 21 (r21xb): spreadsheet prints and tables whose cells wrap ---------------------------

R21XB_GUNARS = personal_code("1402671524")
R21XB_LAURA = personal_code("2809901378")
R21XB_KRISTIANS = personal_code("0611091455")


def _r21xb_sheet_head(pdf: canvas.Canvas, top: float, continued: bool) -> None:
    """A spreadsheet program's page head when it prints its headings: the file, the column
    letters over the cells."""
    _text(pdf, 50, top, "tabele_marts.ods – Lapa1" + (" (turpinājums)" if continued else ""), 8)
    for x, letter in zip((110, 180, 230, 290, 400, 500), "ABCDEF", strict=True):
        _text(pdf, x, top - 18, letter, 8)


def r21xb_spreadsheet_sheet(pdf: canvas.Canvas) -> None:
    """A record of hours printed from a spreadsheet with its grid headings on, over two pages:
    each line opens with the row's number, the title gives the month as "2024-03", the hours
    are written with a decimal dot ("0.75") and the sums' cell printed its formula before
    the figure; each page counts itself ("1. lapa no 2")."""
    _r21xb_sheet_head(pdf, 800, False)
    rows = [("2024-03-04", "09:00", "09:45", "skola", "0.75"),
            ("2024-03-06", "13:00", "14:30", "poliklīnika", "1.50"),
            ("2024-03-11", "09:00", "09:45", "skola", "0.75"),
            ("2024-03-13", "13:00", "14:30", "poliklīnika", "1.50")]
    head = [("1", "Darba laika uzskaite – 2024-03"),
            ("2", f"Klients: Kristiāns Ozoliņš ({R21XB_KRISTIANS})"),
            ("3", f"Asistents: Gunārs Bērziņš ({R21XB_GUNARS})"), ("4", "")]
    y = 764.0
    for number, text in head:
        _text(pdf, 58, y, number, 8)
        _text(pdf, 75, y, text, 9)
        y -= 15

    def header(y: float) -> None:
        _text(pdf, 58, y, "5", 8)
        for x, word in zip((75, 160, 210, 260, 380, 480),
                           ("Datums", "No", "Līdz", "Aktivitāte", "Piezīmes", "Stundas"),
                           strict=True):
            _text(pdf, x, y, word, 9)

    def row(y: float, number: int, cells: tuple[str, str, str, str, str]) -> None:
        _text(pdf, 56 if number > 9 else 58, y, str(number), 8)
        for x, cell in zip((75, 160, 210, 260, 480), cells, strict=True):
            _text(pdf, x, y, cell, 9)

    header(y)
    y -= 15
    for number, cells in enumerate(rows[:2], start=6):
        row(y, number, cells)
        y -= 15
    _text(pdf, 50, 40, "1. lapa no 2", 8)
    pdf.showPage()
    _r21xb_sheet_head(pdf, 800, True)
    y = 764.0
    header(y)
    y -= 15
    for number, cells in enumerate(rows[2:], start=8):
        row(y, number, cells)
        y -= 15
    _text(pdf, 56, y, "10", 8)
    _text(pdf, 75, y, "Kopā", 9)
    _text(pdf, 380, y, "=SUMMA(F6:F9)", 9)
    _text(pdf, 480, y, "4.50", 9)
    _text(pdf, 50, 40, "2. lapa no 2", 8)


def r21xb_wrapped_programme_cell(pdf: canvas.Canvas) -> None:
    """A school's certificate as one table row: the pupil's code under the name in the first
    column while the programme's name wraps over three lines in its own; the weekly lessons
    under a "St./ned." heading."""
    _text(pdf, 60, 800, "Rēzeknes 3. vidusskola", 11, bold=True)
    _text(pdf, 260, 760, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 735, "2024./2025. mācību gads", 9)
    for x, word in zip((60, 180, 225, 410, 470),
                       ("Skolēns", "Klase", "Programma", "St./ned.", "Līdz"), strict=True):
        _text(pdf, x, 712, word, 9, bold=True)
    _text(pdf, 60, 696, "Laura Kalniņa", 9)
    _text(pdf, 180, 696, "7.a", 9)
    _text(pdf, 225, 696, "Speciālās", 9)
    _text(pdf, 410, 696, "28", 9)
    _text(pdf, 470, 696, "2025-05-30", 9)
    _text(pdf, 60, 684, R21XB_LAURA, 9)
    _text(pdf, 225, 684, "pamatizglītības programma", 9)
    _text(pdf, 225, 672, "izglītojamajiem ar valodas", 9)
    _text(pdf, 225, 660, "traucējumiem", 9)
    _text(pdf, 60, 630, "Izziņas datums: 2024-11-18", 9)
    _text(pdf, 60, 600, "Direktore", 9)
    _text(pdf, 420, 600, "I. Sproģe", 9)


CASES.update({
    "r21xb_spreadsheet_sheet.pdf": (r21xb_spreadsheet_sheet, "timesheet", {
        "month": "2024-03", "total_hours": 4.5,
        "client_name": "Kristiāns Ozoliņš", "assistant_name": "Gunārs Bērziņš",
    }),
    "r21xb_wrapped_programme_cell.pdf": (r21xb_wrapped_programme_cell, "school_certificate", {
        "programme": "Speciālās pamatizglītības programma izglītojamajiem ar valodas "
                     "traucējumiem",
        "hours_per_week": 28,
    }),
})



# --- round 21 (r21wb): set W's scanned papers --------------------------------------------------

R21WB_ROBERTS = personal_code("0903781245")
R21WB_LIGITA = personal_code("2711654321")


def r21wb_grey_scan_folded(pdf: canvas.Canvas) -> None:
    """A school's certificate typed in a monospace face with dotted leaders, scanned on a cheap
    copier: the paper a grainy grey, a fold's shadow running down the page through the values
    (its core darker than the typed letters' grey)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    page = Image.new("L", (2480, 3508), 230)
    mono = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 40)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 44)
    ink = ImageDraw.Draw(page)
    ink.text((620, 300), "ĀBELES VIDUSSKOLA", font=bold, fill=70)
    ink.text((560, 360), "Dārza iela 4, Ābele, Tukuma nov.", font=mono, fill=70)
    ink.text((980, 520), "IZZIŅA", font=bold, fill=70)
    rows = [("Skolnieks", "Roberts Ozoliņš"), ("Personas kods", R21WB_ROBERTS),
            ("Klase", "8.b"), ("Programma", "Pamatizglītības programma"),
            ("Mācās līdz", "31.05.2027."), ("Stundas nedēļā", "30")]
    for at, (label, value) in enumerate(rows):
        y = 700 + 70 * at
        ink.text((260, y), f"{label} ".ljust(24, "."), font=mono, fill=70)
        ink.text((880, y), value, font=mono, fill=70)
    ink.text((260, 1250), "Izziņa izsniegta iesniegšanai sociālajā dienestā.", font=mono, fill=70)
    ink.text((260, 1400), "Ābelē, 02.09.2025.", font=mono, fill=70)
    ink.text((1500, 1400), "Direktore I. Liepa", font=mono, fill=70)
    pixels = np.asarray(page, dtype=np.float64)
    across = np.arange(2480, dtype=np.float64)
    fold = 1.0 - 0.55 * np.exp(-(((across - 1000) / 28.0) ** 2))  # the shadow, darkest inside
    grain = np.random.default_rng(21).normal(0, 12, pixels.shape)
    pixels = np.clip(pixels * fold[np.newaxis, :] + grain, 0, 255).astype(np.uint8)
    scan = Image.fromarray(pixels, mode="L").resize((1240, 1754), Image.Resampling.BILINEAR)
    pdf.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])


def r21wb_sheet_hours_as_fractions(pdf: canvas.Canvas) -> None:
    """A month's sheet whose hours column writes halves as the typewriter's fraction glyph
    ("2½", "½") beside whole hours."""
    _text(pdf, 60, 800, "Tukuma novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 780, "ASISTENTA DARBA LAIKA UZSKAITE", 11, bold=True)
    _text(pdf, 60, 760, "Mēnesis: 2025. gada oktobris", 10)
    _text(pdf, 60, 745, f"Klients: Līgita Kalniņa ({R21WB_LIGITA})", 10)
    _text(pdf, 60, 730, "Asistents: Roberts Ozoliņš", 10)
    _grid(pdf, 60, 715, [80, 60, 160], [
        ["Datums", "Stundas", "Darbība"],
        ["06.10.2025.", "2½", "darbs"],
        ["08.10.2025.", "3", "darbs"],
        ["13.10.2025.", "½", "darbs"],
        ["Kopā", "6", ""]])


CASES.update({
    "r21wb_grey_scan_folded.pdf": (r21wb_grey_scan_folded, "school_certificate", {
        "person_name": "Roberts Ozoliņš", "personal_code": R21WB_ROBERTS,
    }),
    "r21wb_sheet_hours_as_fractions.pdf": (r21wb_sheet_hours_as_fractions, "timesheet", {
        "month": "2025-10",
        "entries": [
            {"date": "2025-10-06", "start": None, "end": None, "hours": 2.5, "activity": "work"},
            {"date": "2025-10-08", "start": None, "end": None, "hours": 3, "activity": "work"},
            {"date": "2025-10-13", "start": None, "end": None, "hours": 0.5, "activity": "work"},
        ],
    }),
})



# --- round 21 (r21wa): paper kept the old way: spaced headings, bracketed labels, combs ------

R21WA_PETERIS = personal_code("1402770123")
R21WA_MARTINS = personal_code("0811630456")
R21WA_ILZE = personal_code("2705890789")


def _r21wa_comb(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    """A value written one character per box of a comb (the hyphen in a box of its own)."""
    pdf.setLineWidth(0.5)
    for i, char in enumerate(text):
        pdf.rect(x + i * 16, y - 3, 14, 15, stroke=1, fill=0)
        _text(pdf, x + i * 16 + 4, y, char, size)


def _r21wa_pen_ring(pdf: canvas.Canvas, cx: float, cy: float, rx: float, ry: float) -> None:
    """A ring a pen drew round a figure: one stroke of many short pieces, not quite closed."""
    import math

    path = pdf.beginPath()
    steps = 40
    for i in range(steps):
        angle = 2 * math.pi * i / steps * 0.97
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    pdf.setLineWidth(0.8)
    pdf.drawPath(path, stroke=1, fill=0)


def _r21wa_tick(pdf: canvas.Canvas, x: float, y: float) -> None:
    """A tick drawn with a pen tool: down to its lowest point, then up higher on the right."""
    path = pdf.beginPath()
    path.moveTo(x, y + 5)
    path.lineTo(x + 4, y + 1)
    path.lineTo(x + 12, y + 11)
    pdf.setLineWidth(1.0)
    pdf.drawPath(path, stroke=1, fill=0)


def r21wa_farm_letter_spaced_title_and_combs(pdf: canvas.Canvas) -> None:
    """A farm's letter: its name in a column of its own beside a letter-spaced title, the
    values after dotted leaders, the personal code and the start date in comb boxes."""
    _text(pdf, 60, 800, "ZS „Vējkalni”", 11, bold=True)
    _text(pdf, 340, 800, "I Z Z I Ņ A", 13, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 48501012345", 9)
    _text(pdf, 60, 774, "Vējkalni, Vecsaules pag.", 9)
    _text(pdf, 60, 730, "Darbinieks ............... Pēteris Ābele", 10)
    _text(pdf, 60, 706, "Personas kods", 10)
    _r21wa_comb(pdf, 200, 706, R21WA_PETERIS)
    _text(pdf, 60, 682, "Amats .................... lopkopis", 10)
    _text(pdf, 60, 658, "Strādā kopš", 10)
    _r21wa_comb(pdf, 200, 658, "15032023")
    _text(pdf, 204, 644, "d   d   m   m   g   g   g   g", 7)
    _text(pdf, 60, 620, "Slodze ................... 20 h nedēļā", 10)
    _text(pdf, 60, 580, "Vecsaulē, 2025. gada 2. aprīlī", 10)
    _text(pdf, 60, 540, "Saimnieks", 10)
    _text(pdf, 420, 540, "J. Ābele", 10)


def r21wa_congregation_values_before_labels(pdf: canvas.Canvas) -> None:
    """A congregation's letter-spaced certificate: each value typed first and its label after
    it in brackets; a volunteer's kitchen work is an association's kind of activity."""
    _text(pdf, 150, 800, "Sventes evaņģēliski luteriskā draudze", 12, bold=True)
    _text(pdf, 190, 786, "Baznīcas ceļš 1, Svente", 9)
    _text(pdf, 90, 772, "=" * 60, 9)
    _text(pdf, 190, 740, "A P L I E C I N Ā J U M S", 13, bold=True)
    _text(pdf, 60, 700, "Mārtiņš Kalniņš (dalībnieka vārds, uzvārds)", 10)
    _text(pdf, 60, 684, f"{R21WA_MARTINS} (personas kods)", 10)
    _text(pdf, 60, 668, "brīvprātīgais darbs draudzes zupas virtuvē (darbības veids)", 10)
    _text(pdf, 60, 652, "4 (stundas nedēļā)", 10)
    _text(pdf, 60, 610, "Svente, 2025. gada 7. maijā", 10)
    _text(pdf, 60, 570, "Mācītājs", 10)
    _text(pdf, 420, 570, "K. Eglītis", 10)


def r21wa_application_tick_grid_and_minutes(pdf: canvas.Canvas) -> None:
    """A typewriter application: an activity's time given in minutes, and the benefit question
    answered by a tick drawn in the "Nē" column of a Jā/Nē grid."""
    _text(pdf, 220, 800, "I E S N I E G U M S", 13, bold=True)
    _text(pdf, 60, 770, "Vārds, uzvārds ............ Ilze Ozoliņa", 10)
    _text(pdf, 60, 754, f"Personas kods ............. {R21WA_ILZE}", 10)
    _text(pdf, 60, 738, "Adrese .................... Upes iela 3, Līvāni, LV-5316", 10)
    _text(pdf, 60, 710, "LŪDZU PIEŠĶIRT ASISTENTU:", 10, bold=True)
    _text(pdf, 60, 694, "pavadīšana pie ārsta, nedēļā ...... 45 min", 10)
    pdf.setLineWidth(0.6)
    for y in (670, 652, 634):
        pdf.line(60, y, 540, y)
    for x in (60, 430, 490, 540):
        pdf.line(x, 670, x, 634)
    _text(pdf, 64, 657, "Jautājums", 9)
    _text(pdf, 453, 657, "Jā", 9)
    _text(pdf, 508, 657, "Nē", 9)
    _text(pdf, 64, 639, "Saņemu pabalstu asistenta izmantošanai", 9)
    _r21wa_tick(pdf, 509, 638)
    _text(pdf, 60, 600, "Līvānos, 2025. gada 14. aprīlī", 10)


def r21wa_opinion_ringed_number(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose target group is a numbered legend answered by a pen's
    ring round one number on the row under it."""
    _text(pdf, 170, 800, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 60, 770, "Klients ................. Ilze Ozoliņa", 10)
    _text(pdf, 60, 754, f"Personas kods ........... {R21WA_ILZE}", 10)
    _text(pdf, 60, 730, "1 – jaunietis pēc ārpusģimenes aprūpes; 2 – persona ar garīga rakstura "
          "traucējumiem; 3 – ģimene ar bērniem;", 8)
    _text(pdf, 60, 714, "Klienta grupa: 1    2    3", 10)
    _r21wa_pen_ring(pdf, 156, 717.5, 6, 8)
    _text(pdf, 60, 690, "Ģimenes asistents, h nedēļā ... 5", 10)
    _text(pdf, 60, 650, "Līvānos, 2025. gada 15. aprīlī", 10)


CASES.update({
    "r21wa_farm_letter_spaced_title_and_combs.pdf": (
        r21wa_farm_letter_spaced_title_and_combs, "employer_certificate", {
            "person_name": "Pēteris Ābele", "personal_code": R21WA_PETERIS,
            "position": "lopkopis", "employed_since": "2023-03-15", "hours_per_week": 20,
        }),
    "r21wa_congregation_values_before_labels.pdf": (
        r21wa_congregation_values_before_labels, "activity_certificate", {
            "person_name": "Mārtiņš Kalniņš", "personal_code": R21WA_MARTINS,
            "activity_kind": "ngo", "hours_per_week": 4,
        }),
    "r21wa_application_tick_grid_and_minutes.pdf": (
        r21wa_application_tick_grid_and_minutes, "application", {
            "receives_assistant_benefit": False,
        }),
    "r21wa_opinion_ringed_number.pdf": (
        r21wa_opinion_ringed_number, "social_worker_opinion", {
            "category": "mental_disorder", "hours_per_week": 5,
        }),
})


R21WA_AUSTRA = personal_code("1909540345")
R21WA_VILNIS = personal_code("0306700567")


def r21wa_sheet_codes_after_names_on_leaders(pdf: canvas.Canvas) -> None:
    """A typewriter timesheet's head: each role's label, a dotted leader, the name and the
    code right after it (no label of its own), the client's code in brackets."""
    _text(pdf, 140, 800, "ASISTENTA DARBA LAIKA UZSKAITE", 12, bold=True)
    _text(pdf, 60, 776, "Mēnesis ................ 2025. gada aprīlis", 10)
    _text(pdf, 60, 760, f"Kliente ................ Austra Lāce ({R21WA_AUSTRA})", 10)
    _text(pdf, 60, 744, f"Asistents .............. Vilnis Rozītis, {R21WA_VILNIS}", 10)
    _grid(pdf, 60, 720, [90, 60, 60, 60, 150], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["07.04.2025.", "10:00", "12:00", "2", "iestādes"],
        ["14.04.2025.", "10:00", "13:00", "3", "iestādes"],
        ["22.04.2025.", "16:00", "18:00", "2", "brīvais laiks"],
    ], size=10)
    _text(pdf, 60, 620, "Kopā: 7 stundas", 10)


CASES.update({
    "r21wa_sheet_codes_after_names_on_leaders.pdf": (
        r21wa_sheet_codes_after_names_on_leaders, "timesheet", {
            "client_personal_code": R21WA_AUSTRA, "assistant_personal_code": R21WA_VILNIS,
        }),
})


R21E_DAINA = personal_code("1408820447")


def r21e_certificate_dated_by_askew_stamp(pdf: canvas.Canvas) -> None:
    """An employer's certificate with no date line of its own: its only date is the rubber
    issue stamp set down askew under the signature, the month in Roman figures."""
    _text(pdf, 60, 800, "SIA \"Ozolkalni\"", 11, bold=True)
    _text(pdf, 60, 786, "Reģ. Nr. 40103958217, Liepu iela 4, Valmiera", 9)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 720, "Darbiniece .............. Daina Zvaigzne", 10)
    _text(pdf, 60, 704, f"Personas kods ........... {R21E_DAINA}", 10)
    _text(pdf, 60, 688, "Amats ................... noliktavas pārzine", 10)
    _text(pdf, 60, 672, "Darba laiks ............. 40 stundas nedēļā", 10)
    _text(pdf, 60, 640, "Izziņa izsniegta uzrādīšanai pašvaldībā.", 10)
    _text(pdf, 60, 600, "Valdes loceklis", 10)
    _text(pdf, 400, 600, "K. Liepiņš", 10)
    pdf.saveState()
    pdf.translate(300, 520)
    pdf.rotate(-3.5)
    pdf.setLineWidth(1.4)
    pdf.rect(0, 0, 170, 52)
    _text(pdf, 30, 38, "SIA OZOLKALNI", 7, bold=True)
    _text(pdf, 22, 20, "IZSNIEGTS  2024 -XI- 05", 11, bold=True)
    _text(pdf, 60, 6, "Nr. 3/118", 7)
    pdf.restoreState()


CASES.update({
    "r21e_certificate_dated_by_askew_stamp.pdf": (
        r21e_certificate_dated_by_askew_stamp, "employer_certificate", {
            "person_name": "Daina Zvaigzne", "personal_code": R21E_DAINA,
            "issued_on": "2024-11-05",
        }),
})


R21E_EDGARS = personal_code("0203110452")


def r21e_school_date_over_comb_caption(pdf: canvas.Canvas) -> None:
    """A school certificate whose issue date is written in a comb of eight boxes, the figures
    running together as one word, with the caption "diena mēnesis gads" printed under the
    groups; a phone number of eight figures above it has no caption."""
    _text(pdf, 60, 800, "Ozolmuižas sākumskola", 11, bold=True)
    _text(pdf, 60, 786, "Tālrunis 64712345", 9)
    _text(pdf, 230, 750, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 720, "Skolēns: Edgars Bērziņš", 10)
    _text(pdf, 60, 704, f"Personas kods: {R21E_EDGARS}", 10)
    _text(pdf, 60, 688, "Mācās 3. klasē, pamatizglītības programmā.", 10)
    _text(pdf, 60, 672, "Mācību slodze: 22 stundas nedēļā", 10)
    _text(pdf, 60, 620, "Izsniegšanas datums", 10)
    pdf.setLineWidth(0.6)
    for i in range(8):
        pdf.rect(180 + i * 8, 616, 8, 14)
    text = pdf.beginText(181, 619)
    text.setFont("DejaVuSans", 10)
    text.setCharSpace(1.6)
    text.textOut("14092024")
    pdf.drawText(text)
    _text(pdf, 166, 606, "diena", 6)
    _text(pdf, 197, 606, "mēnesis", 6)
    _text(pdf, 238, 606, "gads", 6)
    _text(pdf, 60, 570, "Direktore", 10)
    _text(pdf, 400, 570, "S. Kalna", 10)


CASES.update({
    "r21e_school_date_over_comb_caption.pdf": (
        r21e_school_date_over_comb_caption, "school_certificate", {
            "person_name": "Edgars Bērziņš", "personal_code": R21E_EDGARS,
            "issued_on": "2024-09-14",
        }),
})



# --- round 21 (r21f): scans of two pages on one sheet, complaints, decisions by pronoun -------

R21F_GINTS = personal_code("1410620456")
R21F_DZIDRA = personal_code("0705580567")
R21F_RITA = personal_code("2302710678")
R21F_KRISTAPS = personal_code("0911090789")
R21F_KARLIS = personal_code("1612850890")


def r21f_timesheet_two_pages_on_one_sheet(pdf: canvas.Canvas) -> None:
    """Two A5 pages printed side by side on one landscape sheet: the record of days on the
    left, the signatures and a received note on the right, at another line spacing; the
    month heads the left page with the year's word shortened ("2025. g. marts")."""
    pdf.setPageSize((842, 595))
    _text(pdf, 40, 550, "DARBA LAIKA UZSKAITE — 2025. G. MARTS", 10, bold=True)
    _text(pdf, 40, 532, f"Klients: Gints Vītols, {R21F_GINTS}", 9)
    _text(pdf, 40, 518, f"Asistente: Dzidra Bērziņa, {R21F_DZIDRA}", 9)
    _text(pdf, 40, 496, "Datums   No      Līdz    St.   Darbība", 9)
    for i, (day, start, end, hours, kind) in enumerate([
            ("3.III", "10:00", "12:00", "2", "iestādes"),
            ("10.III", "10:00", "13:00", "3", "iestādes"),
            ("17.III", "15:00", "16:30", "1,5", "brīvais laiks"),
            ("24.III", "10:00", "12:00", "2", "iestādes")]):
        y = 480 - i * 15
        for x, text in zip((40, 90, 135, 180, 210), (day, start, end, hours, kind), strict=True):
            _text(pdf, x, y, text, 9)
    _text(pdf, 40, 410, "Kopā: 8,5 h", 9)
    _text(pdf, 200, 40, "1. lpp.", 8)
    pdf.setLineWidth(0.5)
    pdf.line(421, 30, 421, 570)
    _text(pdf, 460, 545, "APLIECINĀJUMS", 10, bold=True)
    _text(pdf, 460, 521, "Ar parakstu apliecinām, ka uzskaite ir pareiza.", 9)
    _text(pdf, 460, 487, "Asistente ______________ D. Bērziņa", 9)
    _text(pdf, 460, 459, "Klients ______________ G. Vītols", 9)
    _text(pdf, 460, 431, "Pieņemts 03.04.2025.", 9)
    _text(pdf, 620, 40, "2. lpp.", 8)


def r21f_complaint_naming_an_assistant(pdf: canvas.Canvas) -> None:
    """A resident's complaint to the parish about the music an assistant plays in the yard:
    it says "lūdzu" and names the assistant, but asks for quiet, not for the service."""
    _text(pdf, 330, 800, "Rudbāržu pagasta pārvaldei", 10)
    _text(pdf, 250, 760, "SŪDZĪBA", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Kaimiņu mājā strādājošais asistents vakaros pagalmā skaļi atskaņo mūziku.",
        "Lūdzu pārvaldi panākt, lai asistents to nedarītu pēc plkst. 22.00.",
    ], 10)
    _text(pdf, 60, 680, "Rudbāržos, 2025-05-12", 10)
    _text(pdf, 60, 660, "Ar cieņu, Arvīds Kļava", 10)


def r21f_decision_in_capitals_appointing_by_pronoun(pdf: canvas.Canvas) -> None:
    """An orphan court's decision titled in capitals ("LĒMUMS NR. ..."), dated in words, that
    names the applicant in the genitive before her application and appoints "viņu"."""
    _text(pdf, 200, 800, "Saldus novada bāriņtiesa", 12, bold=True)
    _text(pdf, 220, 784, "Striķu iela 7, Saldus", 9)
    _text(pdf, 220, 750, "LĒMUMS NR. 5-2/25/44", 12, bold=True)
    _text(pdf, 225, 734, "par aizbildņa iecelšanu", 10)
    _text(pdf, 60, 710, "Saldū, 2025. gada divdesmit trešajā aprīlī", 10)
    _lines(pdf, 60, 684, [
        f"Izskatījusi Ritas Zariņas (p. k. {R21F_RITA}) iesniegumu, bāriņtiesa NOLĒMA:",
        "iecelt viņu par aizbildni mazdēlam Kristapam Zariņam",
        f"(p. k. {R21F_KRISTAPS}) viņa personisko un mantisko interešu aizstāvībai.",
    ], 10)
    _text(pdf, 60, 620, "Priekšsēdētāja ____________ L. Ozola", 10)


def r21f_scanned_heading_over_label_rows(pdf: canvas.Canvas) -> None:
    """A scanned application: a block's heading in bold capitals over rows of "label | value"
    in plain print; the heading's capitals measure wider than the rows' letters."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((600, 250), "Tukuma novada Sociālais dienests", font=fonts["bold"], fill=20)
        ink.text((900, 420), "IESNIEGUMS", font=fonts["bold"], fill=20)
        ink.text((200, 560), "Lūdzu piešķirt asistenta pakalpojumu man pašam.",
                 font=fonts["print"], fill=20)
        ink.text((200, 720), "PIETEICĒJS", font=fonts["bold"], fill=20)
        rows = [("Vārds, uzvārds", "Kārlis Jansons"), ("Personas kods", R21F_KARLIS),
                ("Tālrunis", "26 114 907")]
        for i, (label, value) in enumerate(rows):
            ink.text((200, 800 + i * 70), label, font=fonts["print"], fill=20)
            ink.text((900, 800 + i * 70), value, font=fonts["print"], fill=20)
        ink.text((200, 1100), "Datums 14.05.2025.", font=fonts["print"], fill=20)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r21f_timesheet_two_pages_on_one_sheet.pdf": (
        r21f_timesheet_two_pages_on_one_sheet, "timesheet", {
            "month": "2025-03", "client_personal_code": R21F_GINTS,
            "assistant_personal_code": R21F_DZIDRA,
        }),
    "r21f_complaint_naming_an_assistant.pdf": (
        r21f_complaint_naming_an_assistant, "unknown", {}),
    "r21f_decision_in_capitals_appointing_by_pronoun.pdf": (
        r21f_decision_in_capitals_appointing_by_pronoun, "representation_document", {
            "representative_name": "Rita Zariņa", "representative_personal_code": R21F_RITA,
            "person_name": "Kristaps Zariņš", "personal_code": R21F_KRISTAPS,
        }),
    "r21f_scanned_heading_over_label_rows.pdf": (
        r21f_scanned_heading_over_label_rows, "application", {
            "applicant_name": "Kārlis Jansons", "applicant_personal_code": R21F_KARLIS,
        }),
})



# --- round 21 (r21g): digital papers' leftovers: founders' rows, side columns, visits ----------

R21G_DAINA = personal_code("1106720987")
R21G_EGILS = personal_code("0402880456")
R21G_ZENTA = personal_code("2309450321")


def r21g_parish_under_its_municipality(pdf: canvas.Canvas) -> None:
    """A parish administration's letter: the municipality that founded it on the letterhead's
    first row, the administration's own name on the row under it, in the same type."""
    _text(pdf, 210, 800, "Talsu novada pašvaldība", 11, bold=True)
    _text(pdf, 205, 786, "Laucienes pagasta pārvalde", 11, bold=True)
    _text(pdf, 160, 772, "Reģ. Nr. 90009113316, \"Pagastmāja\", Lauciene, LV-3280", 9)
    _text(pdf, 90, 760, "=" * 60, 9)
    _text(pdf, 250, 730, "I Z Z I Ņ A", 13, bold=True)
    _text(pdf, 60, 700, "Darbiniece ............... Daina Celma", 10)
    _text(pdf, 60, 684, f"Personas kods ............ {R21G_DAINA}", 10)
    _text(pdf, 60, 668, "Amats .................... sētniece", 10)
    _text(pdf, 60, 652, "Strādā kopš .............. 01.06.2021.", 10)
    _text(pdf, 60, 636, "Darba laiks .............. 20 stundas nedēļā", 10)
    _text(pdf, 60, 600, "Laucienē, 2025. gada 5. februārī", 10)
    _text(pdf, 60, 560, "Pārvaldes vadītāja", 10)
    _text(pdf, 420, 560, "I. Kalna", 10)


def r21g_reg_no_under_its_label_beside_the_title(pdf: canvas.Canvas) -> None:
    """A company's column at the left of the page beside the certificate's text: its name, the
    label "Reģ. Nr." alone on the row under it in small print, the number on the row below."""
    _text(pdf, 60, 800, "SIA ZAĻĀ PĻAVA", 10, bold=True)
    _text(pdf, 300, 800, "I Z Z I Ņ A", 12, bold=True)
    _text(pdf, 60, 788, "Reģ. Nr.", 8)
    _text(pdf, 60, 776, "40103987655", 8)
    _text(pdf, 220, 776, "Vārds, uzvārds ... Egils Krūze", 9)
    _text(pdf, 60, 764, "Pļavu iela 4, Sigulda", 8)
    _text(pdf, 220, 764, f"Personas kods ... {R21G_EGILS}", 9)
    _text(pdf, 220, 740, "Amats ........... noliktavas pārzinis", 9)
    _text(pdf, 220, 716, "Pieņemts darbā ... 2022-08-15", 9)
    _text(pdf, 220, 692, "Slodze .......... 40 h nedēļā", 9)
    _text(pdf, 60, 680, "12/03/2025", 8)
    _text(pdf, 220, 650, "Valdes priekšsēdētājs", 9)
    _text(pdf, 450, 650, "R. Krūms", 9)


def r21g_visit_length_times_days(pdf: canvas.Canvas) -> None:
    """An association's form: values in a row with small captions under them, the club's
    days in one cell and one session's length as "h:mm" in another; no weekly figure."""
    _text(pdf, 50, 800, "Biedrība „Zīmuļu Darbnīca”", 12, bold=True)
    _text(pdf, 50, 786, "Ezera iela 2, Smiltene, LV-4729", 8)
    _text(pdf, 250, 760, "APLIECINĀJUMS", 12, bold=True)
    _text(pdf, 50, 730, "Zenta Liepiņa", 10)
    _text(pdf, 300, 730, R21G_ZENTA, 10)
    _text(pdf, 50, 720, "vārds, uzvārds", 7)
    _text(pdf, 300, 720, "personas kods", 7)
    _text(pdf, 50, 694, "zīmēšanas studija", 10)
    _text(pdf, 200, 694, "pirmdienās, trešdienās un piektdienās", 10)
    _text(pdf, 450, 694, "1:30", 10)
    _text(pdf, 50, 684, "pulciņš", 7)
    _text(pdf, 200, 684, "nodarbību dienas", 7)
    _text(pdf, 450, 684, "vienas nodarbības ilgums (h:mm)", 7)
    _text(pdf, 50, 650, "2025. gada 3. martā", 10)
    _text(pdf, 300, 650, "L. Ozola, valdes locekle", 10)
    _text(pdf, 50, 640, "datums", 7)
    _text(pdf, 300, 640, "paraksts", 7)


def r21g_decision_dated_in_a_data_row(pdf: canvas.Canvas) -> None:
    """An orphan court's decision printed from a register: its title and subject, then data
    rows ("Lēmuma datums : ...") in a monospace block; no date in its title block."""
    _text(pdf, 60, 810, "Reģistrs BT - izdruka", 8)
    _text(pdf, 60, 800, "Siguldas novada bāriņtiesa", 8)
    _text(pdf, 400, 800, "Izdrukāts: 2025-03-14 10:12", 8)
    _text(pdf, 200, 770, "LĒMUMS Nr. 2-4/25/31", 12, bold=True)
    _text(pdf, 215, 754, "par aizgādņa iecelšanu", 10)
    for at, (label, value) in enumerate([
            ("Lēmuma datums", "2025-03-10"), ("Persona", "Egils Krūze"),
            ("Personas kods", R21G_EGILS), ("Aizgādne", "Daina Celma"),
            ("Aizgādnes kods", R21G_DAINA)]):
        _text(pdf, 60, 720 - 14 * at, label, 9)
        _text(pdf, 160, 720 - 14 * at, f": {value}", 9)
    _text(pdf, 60, 630, "Bāriņtiesa nolemj iecelt norādīto personu par aizgādni. Lēmumu var "
          "pārsūdzēt tiesā mēneša laikā.", 9)
    _text(pdf, 60, 590, "Priekšsēdētāja", 10)
    _text(pdf, 420, 590, "A. Zaķe", 10)


CASES.update({
    "r21g_parish_under_its_municipality.pdf": (
        r21g_parish_under_its_municipality, "employer_certificate", {
            "employer_name": "Laucienes pagasta pārvalde", "employer_reg_no": "90009113316",
            "person_name": "Daina Celma", "hours_per_week": 20,
        }),
    "r21g_reg_no_under_its_label_beside_the_title.pdf": (
        r21g_reg_no_under_its_label_beside_the_title, "employer_certificate", {
            "employer_reg_no": "40103987655", "person_name": "Egils Krūze",
            "personal_code": R21G_EGILS,
        }),
    "r21g_visit_length_times_days.pdf": (
        r21g_visit_length_times_days, "activity_certificate", {
            "person_name": "Zenta Liepiņa", "hours_per_week": 4.5,
        }),
    "r21g_decision_dated_in_a_data_row.pdf": (
        r21g_decision_dated_in_a_data_row, "representation_document", {
            "basis": "Siguldas novada bāriņtiesas lēmums Nr. 2-4/25/31 par aizgādņa iecelšanu",
        }),
})


def r21g_number_beside_the_company_name(pdf: canvas.Canvas) -> None:
    """A company's name at the top left and the paper's own number at the far right of the
    same row; the registration number and the address on the row under them."""
    _text(pdf, 50, 800, "SIA Rīta Maize", 12, bold=True)
    _text(pdf, 450, 800, "Nr. PRS-25/114", 9)
    _text(pdf, 50, 786, "Reģ. Nr. 40103987655 · Maiznīcas iela 3, Valmiera, LV-4201", 8)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    _text(pdf, 50, 720, "Darbinieks: Egils Krūze", 10)
    _text(pdf, 50, 704, f"Personas kods: {R21G_EGILS}", 10)
    _text(pdf, 50, 688, "Amats: maiznieks", 10)
    _text(pdf, 50, 672, "Darba attiecību sākums: 2023. gada 2. maijs", 10)
    _text(pdf, 50, 656, "Slodze: 40 stundas nedēļā", 10)
    _text(pdf, 50, 620, "Valmierā, 2025. gada 9. janvārī", 10)


CASES.update({
    "r21g_number_beside_the_company_name.pdf": (
        r21g_number_beside_the_company_name, "employer_certificate", {
            "employer_name": "SIA Rīta Maize", "employer_reg_no": "40103987655",
            "person_name": "Egils Krūze",
        }),
})


# --- round 22 (r22yt): timesheets kept as calendars and notebooks, a total off its rows ------

R22YT_ILGA = personal_code("1708561234")
R22YT_RAITIS = personal_code("0402931567")
R22YT_VIJA = personal_code("2301491345")
R22YT_OSKARS = personal_code("1110881456")
R22YT_LIGITA = personal_code("0506721789")
R22YT_EDVINS = personal_code("2907951678")


def r22yt_calendar_hours_letters(pdf: canvas.Canvas) -> None:
    """A month drawn as a calendar, the weekdays across and a week to a row: a worked day's
    cell holds its day and, under it, the hours and an activity's letter ("3 C"), explained
    once under the grid. No title names the kind of paper; the legend's words ("dienas
    centrs", "biedrība") are an activity certificate's."""
    _text(pdf, 60, 800, "Palīdzības stundas — 2025. gada septembris", 13, bold=True)
    _text(pdf, 60, 780, f"Kliente: Ilga Strode, p.k. {R22YT_ILGA}", 10)
    _text(pdf, 60, 765, f"Asistents: Raitis Bērce, p.k. {R22YT_RAITIS}", 10)
    worked = {1: "3 C", 2: "2 K", 3: "3 C", 8: "3 C", 9: "2 K", 10: "3 C", 12: "1,5 A",
              15: "3 C", 17: "3 C"}
    width, height, left, top = 70.0, 40.0, 60.0, 740.0
    pdf.setLineWidth(0.6)
    for column, head in enumerate(["P", "O", "T", "C", "Pk", "S", "Sv"]):
        _text(pdf, left + column * width + 30, top + 6, head, 9, bold=True)
    weeks = 5
    for row in range(weeks + 1):
        pdf.line(left, top - row * height, left + 7 * width, top - row * height)
    for column in range(8):
        pdf.line(left + column * width, top, left + column * width, top - weeks * height)
    for day in range(1, 31):  # 1 September 2025 is a Monday
        row, column = divmod(day - 1, 7)
        x, y = left + column * width, top - row * height
        _text(pdf, x + 30, y - 13, str(day), 10, bold=True)
        if day in worked:
            _text(pdf, x + 24, y - 30, worked[day], 10)
    bottom = top - weeks * height
    _text(pdf, 60, bottom - 20, "C — dienas centrs, K — biedrības koris, A — ārsts", 9)
    _text(pdf, 60, bottom - 40, "Kopā: 23,5 h", 10, bold=True)
    _text(pdf, 60, bottom - 80, "R. Bērce", 10)
    _text(pdf, 420, bottom - 80, "I. Strode", 10)


def r22yt_notebook_ditto_rows(pdf: canvas.Canvas) -> None:
    """A month kept in a notebook, typed as OCR gives it back: the client on a line of her
    own, surname first, with her code and no label; the assistant after a short "asist.";
    the month in words under a line ending in a code; one row per day, from-to as whole
    hours ("9-13"), the activity in words on the first row of a run and "tas pats" or a
    drawn ditto mark under it."""
    _text(pdf, 60, 800, f"Kalniņa Vija {R22YT_VIJA}", 12)
    _text(pdf, 60, 780, f"asist. Oskars Liepa {R22YT_OSKARS}", 12)
    _text(pdf, 60, 760, "oktobris 2025", 12)
    rows = [["6.10.", "9-13", "4", "darbā veikalā (pavadīju)"],
            ["7.10.", "9-13", "4", "tas pats"],
            ["8.10.", "9-13", "4", "tas pats"],
            ["9.10.", "14-16", "2", "pie zobārsta"],
            ["10.10.", "10-12", "2", "tas pats"],
            ["13.10.", "9-13", "4", "darbā veikalā"],
            ["14.10.", "9-13", "4", "—\"—"],
            ["15.10.", "9-13", "4", "tas pats"],
            ["", "", "28", "kopā"]]
    _grid(pdf, 60, 740, [55, 55, 35, 260], rows, height=22, size=11)


def r22yt_total_off_rows(pdf: canvas.Canvas) -> None:
    """A typed month whose printed total is not what its rows add up to: every row dated,
    with its from-to and the hours written beside it and agreeing with it."""
    _text(pdf, 130, 800, "Asistenta darba laika uzskaite", 13, bold=True)
    _text(pdf, 60, 776, f"Mēnesis: 2025. gada aprīlis | Klients: Līgita Salna ({R22YT_LIGITA})",
          9)
    _text(pdf, 60, 762, f"Asistents: Edvīns Grava ({R22YT_EDVINS})", 9)
    rows = [["Datums", "No", "Līdz", "Stundas", "Ko darījām"],
            ["02.04.2025", "10:00", "13:00", "3", "koledžas lekcijas"],
            ["04.04.2025", "10:00", "13:00", "3", "koledžas lekcijas"],
            ["07.04.2025", "15:00", "16:30", "1,5", "poliklīnika"],
            ["09.04.2025", "10:00", "13:00", "3", "koledžas lekcijas"],
            ["", "", "KOPĀ", "12", ""]]
    bottom = _grid(pdf, 60, 740, [85, 55, 55, 60, 200], rows)
    _text(pdf, 60, bottom - 40, "Asistents ____________   Klients ____________", 10)


CASES.update({
    "r22yt_calendar_hours_letters.pdf": (r22yt_calendar_hours_letters, "timesheet", {
        "month": "2025-09", "client_name": "Ilga Strode", "assistant_name": "Raitis Bērce",
        "total_hours": 23.5,
    }),
    "r22yt_notebook_ditto_rows.pdf": (r22yt_notebook_ditto_rows, "timesheet", {
        "month": "2025-10", "client_name": "Vija Kalniņa", "client_personal_code": R22YT_VIJA,
        "assistant_name": "Oskars Liepa", "assistant_personal_code": R22YT_OSKARS,
        "total_hours": 28,
    }),
    "r22yt_total_off_rows.pdf": (r22yt_total_off_rows, "timesheet", {
        "month": "2025-04", "client_name": "Līgita Salna", "total_hours": 12,
    }),
})




# --- round 22 (r22f): scanned forms and faxes: a numbered key, numbered blocks, ringed groups --

R22F_MARTA = personal_code("1803140345")
R22F_OSKARS = personal_code("0409790456")
R22F_SANTA = personal_code("2211810567")
R22F_GATIS = personal_code("1507660678")
R22F_LIGA = personal_code("0312920789")
R22F_AGRIS = personal_code("2708570890")
R22F_VALDIS = personal_code("0602480901")
R22F_INTA = personal_code("1911700912")


def r22f_scanned_opinion_limitations_by_numbered_key(pdf: canvas.Canvas) -> None:
    """A commission's scanned opinion that prints the functional areas once as a numbered key
    and asks for the numbers on the line below it: the doctor ringed "2" and "4" by pen; the
    key itself names all four areas."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((520, 250), "Valsts komisijas Zemgales nodaļa", font=fonts["bold"], fill=20)
        ink.text((700, 400), "ATZINUMS Nr. ZG-24-00731", font=fonts["bold"], fill=20)
        rows = [
            f"Persona: Marta Siliņa, personas kods {R22F_MARTA}",
            "Invaliditātes grupa: II",
            "Termiņš no 02.09.2024. līdz 01.09.2026.",
            "1 - redzes funkcijas; 2 - kustību funkcijas; 3 - garīgās spējas; "
            "4 - augšējās ekstremitātes",
        ]
        for at, text in enumerate(rows):
            ink.text((220, 560 + 90 * at), text, font=fonts["print"], fill=25)
        ink.text((220, 920), "Funkcionālie traucējumi:", font=fonts["print"], fill=25)
        for number, x in zip("1234", (820, 940, 1060, 1180), strict=True):
            ink.text((x, 920), number, font=fonts["print"], fill=25)
        for x in (940, 1180):  # the pen's rings round "2" and "4"
            ink.ellipse((x - 28, 904, x + 52, 982), outline=35, width=5)
        ink.text((220, 1100), "Izsniegts 02.09.2024.", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


def r22f_faxed_application_numbered_blocks(pdf: canvas.Canvas) -> None:
    """A faxed application whose blocks are numbered headings, the second one the guardian's
    ("2. Ziņas par pārstāvi (aizbildni)"), each a row of values over its captions; the person
    the service is for comes first."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((600, 250), "Dobeles novada Sociālais dienests", font=fonts["bold"], fill=20)
        ink.text((560, 400), "IESNIEGUMS par asistenta pakalpojumu", font=fonts["bold"],
                 fill=20)
        ink.text((220, 560), "1. Ziņas par personu", font=fonts["bold"], fill=20)
        ink.text((220, 650), "Oskars Ziediņš", font=fonts["print"], fill=25)
        ink.text((1000, 650), R22F_OSKARS, font=fonts["print"], fill=25)
        ink.text((220, 710), "vārds, uzvārds", font=fonts["small"], fill=25)
        ink.text((1000, 710), "personas kods", font=fonts["small"], fill=25)
        ink.text((220, 820), "2. Ziņas par pārstāvi (aizbildni)", font=fonts["bold"], fill=20)
        ink.text((220, 910), "Santa Ziediņa", font=fonts["print"], fill=25)
        ink.text((1000, 910), R22F_SANTA, font=fonts["print"], fill=25)
        ink.text((220, 970), "vārds, uzvārds", font=fonts["small"], fill=25)
        ink.text((1000, 970), "personas kods", font=fonts["small"], fill=25)
        ink.text((220, 1100), "Lūdzu piešķirt asistenta pakalpojumu.", font=fonts["print"],
                 fill=25)
        ink.text((220, 1200), "04.03.2025.", font=fonts["print"], fill=25)
    _r22f_scanned_page_small_print(pdf, draw)


def _r22f_scanned_page_small_print(pdf: canvas.Canvas,
                                   draw: Callable[[Any, Any], None]) -> None:
    """A scanned page (as `_r13m_scanned_page`) whose fonts include a small print for the
    captions under a form's values."""
    from PIL import ImageFont

    def with_small(ink: Any, fonts: Any) -> None:
        fonts = dict(fonts, small=ImageFont.truetype(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26))
        draw(ink, fonts)
    _r13m_scanned_page(pdf, with_small)


def r22f_scanned_opinion_groups_ringed(pdf: canvas.Canvas) -> None:
    """A scanned opinion printing the groups on one line for choosing ("Noteiktā grupa: I II
    III bērns ar invaliditāti"): the doctor ringed "III", then crossed that ring out and ringed
    "II"; the child's status printed last is no answer."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((520, 250), "Valsts komisijas Vidzemes nodaļa", font=fonts["bold"], fill=20)
        ink.text((700, 400), "ATZINUMS Nr. VD-25-01290", font=fonts["bold"], fill=20)
        ink.text((220, 560), f"Persona: Santa Ziediņa, personas kods {R22F_SANTA}",
                 font=fonts["print"], fill=25)
        ink.text((220, 680), "Noteiktā grupa:", font=fonts["print"], fill=25)
        for text, x in (("I", 620), ("II", 720), ("III", 840), ("bērns ar invaliditāti", 1000)):
            ink.text((x, 680), text, font=fonts["print"], fill=25)
        ink.ellipse((700, 664, 766, 744), outline=35, width=5)  # "II" ringed
        ink.ellipse((822, 664, 906, 744), outline=35, width=5)  # "III" ringed ...
        ink.line((818, 660, 910, 748), fill=35, width=5)  # ... and crossed out
        ink.line((818, 748, 910, 660), fill=35, width=5)
        ink.text((220, 800), "Termiņš no 01.04.2025. līdz 31.03.2027.", font=fonts["print"],
                 fill=25)
        ink.text((220, 920), "Izsniegts 28.03.2025.", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r22f_scanned_opinion_limitations_by_numbered_key.pdf": (
        r22f_scanned_opinion_limitations_by_numbered_key, "commission_opinion", {
            "person_name": "Marta Siliņa", "personal_code": R22F_MARTA,
            "limitations": ["mobility", "upper_limbs"],
        }),
    "r22f_faxed_application_numbered_blocks.pdf": (
        r22f_faxed_application_numbered_blocks, "application", {
            "client_name": "Oskars Ziediņš", "client_personal_code": R22F_OSKARS,
            "applicant_name": "Santa Ziediņa", "applicant_personal_code": R22F_SANTA,
        }),
    "r22f_scanned_opinion_groups_ringed.pdf": (
        r22f_scanned_opinion_groups_ringed, "commission_opinion", {
            "personal_code": R22F_SANTA,
        }),
})


def r22f_timesheet_row_of_two_people_one_caption_lost(pdf: canvas.Canvas) -> None:
    """A timesheet whose head is one row of values over small captions: the month, the
    client and his code, the assistant and her code; the client's caption is missing (a
    scan lost it), the assistant's stands under her name."""
    _text(pdf, 40, 815, "Tukuma novada Sociālais dienests", 10, bold=True)
    _text(pdf, 40, 800, "Asistenta darba laika uzskaite", 11, bold=True)
    for x, text in ((40, "2025. gada aprīlis"), (170, "Gatis Zvirbulis"), (290, R22F_GATIS),
                    (390, "Līga Mellupe"), (490, R22F_LIGA)):
        _text(pdf, x, 770, text, 9)
    for x, text in ((40, "mēnesis"), (290, "p.k."), (390, "asistente"), (490, "p.k.")):
        _text(pdf, x, 760, text, 6)
    _text(pdf, 40, 730, "Datums    Sākums   Beigas   Stundas   Aktivitāte", 9)
    for i, day in enumerate(("03.04.2025.", "10.04.2025.", "17.04.2025.")):
        _text(pdf, 40, 714 - 14 * i, f"{day}   09:00   12:00   3   darbs", 9)
    _text(pdf, 40, 660, "KOPĀ 9", 9)
    _text(pdf, 40, 630, "Asistente ____________ L. Mellupe", 9)


CASES.update({
    "r22f_timesheet_row_of_two_people_one_caption_lost.pdf": (
        r22f_timesheet_row_of_two_people_one_caption_lost, "timesheet", {
            "client_name": "Gatis Zvirbulis", "client_personal_code": R22F_GATIS,
            "assistant_name": "Līga Mellupe", "assistant_personal_code": R22F_LIGA,
        }),
})



def r22f_opinion_term_over_a_caption_with_its_unit(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose volume is a row of figures over small captions, the
    term's caption closing on its unit after a comma ("ilgums, mēneši")."""
    _text(pdf, 40, 800, "Bauskas novada Sociālais dienests", 10, bold=True)
    _text(pdf, 40, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS par asistenta pakalpojumu", 11, bold=True)
    _text(pdf, 40, 740, "Agris Priedītis", 10)
    _text(pdf, 250, 740, R22F_AGRIS, 10)
    _text(pdf, 40, 730, "vārds, uzvārds", 6)
    _text(pdf, 250, 730, "personas kods", 6)
    _text(pdf, 40, 670, "7", 10)
    _text(pdf, 250, 670, "9", 10)
    _text(pdf, 40, 660, "stundas nedēļā", 6)
    _text(pdf, 250, 660, "ilgums, mēneši", 6)
    _text(pdf, 40, 630, "Uzdevumi: pavadīšana uz iestādēm; palīdzība iepirkšanās laikā.", 10)
    _text(pdf, 40, 600, "Bauskā, 12.06.2025.       Sociālā darbiniece R. Kalniņa", 10)


CASES.update({
    "r22f_opinion_term_over_a_caption_with_its_unit.pdf": (
        r22f_opinion_term_over_a_caption_with_its_unit, "social_worker_opinion", {
            "person_name": "Agris Priedītis", "personal_code": R22F_AGRIS,
            "hours_per_week": 7, "period_months": 9,
        }),
})



def r22f_court_extract_ward_by_initials(pdf: canvas.Canvas) -> None:
    """A court extract that names the ward by initials only ("ierobežot V. S. (personas kods
    ...) rīcībspēju"), as an extract for a third party may, and the guardian in full."""
    _text(pdf, 200, 800, "KURZEMES RAJONA TIESA", 12, bold=True)
    _text(pdf, 220, 770, "SPRIEDUMA IZRAKSTS", 12, bold=True)
    _lines(pdf, 60, 730, [
        f"Tiesa nosprieda: ierobežot V. S. (personas kods {R22F_VALDIS}) rīcībspēju",
        "un nodibināt aizgādnību; par aizgādni iecelt Intu Stūrmani",
        f"(personas kods {R22F_INTA}).",
        "Spriedums stājies spēkā 2024. gada 3. decembrī.",
    ], 10)
    _text(pdf, 60, 640, "Tiesas sekretāre ____________ A. Liepa", 10)


CASES.update({
    "r22f_court_extract_ward_by_initials.pdf": (
        r22f_court_extract_ward_by_initials, "representation_document", {
            "personal_code": R22F_VALDIS,
            "representative_name": "Inta Stūrmane", "representative_personal_code": R22F_INTA,
        }),
})



# --- round 22 (r22ys): set Y's scanned printed papers ------------------------------------------

R22YS_MARTA = personal_code("1403071234")
R22YS_OSKARS = personal_code("2809561478")
R22YS_ILMARS = personal_code("0511904321")


def r22ys_art_school_in_capitals_scanned(pdf: canvas.Canvas) -> None:
    """An art school's certificate printed with its name in capitals and scanned: a speck
    in the margin before the name, a lesson counted in lessons whose length the bracket after
    them gives as an equation ("9 mācību stundas nedēļā (mācību stunda = 40 min.)")."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    page = Image.new("L", (1240, 1754), 250)
    face = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30)
    body = ImageFont.truetype(face, 22)
    ink = ImageDraw.Draw(page)
    ink.ellipse((318, 128, 324, 134), fill=40)  # the speck, apart from the name
    ink.text((360, 110), "VALMIERAS MĀKSLAS SKOLA", font=bold, fill=20)
    ink.text((400, 160), "Rīgas iela 9, Valmiera, LV-4201", font=body, fill=20)
    ink.text((540, 260), "Izziņa Nr. 14", font=bold, fill=20)
    rows = [("Audzēknis", "Oskars Liepiņš"), ("Personas kods", R22YS_OSKARS),
            ("Programma", "Vizuāli plastiskā māksla"),
            ("Nodarbības", "9 mācību stundas nedēļā (mācību stunda = 40 min.)"),
            ("Mācību beigas", "2027. gada 31. maijs")]
    for at, (label, value) in enumerate(rows):
        ink.text((130, 360 + 50 * at), label, font=body, fill=20)
        ink.text((420, 360 + 50 * at), value, font=body, fill=20)
    ink.text((130, 680), "Valmierā, 2025. gada 3. oktobrī", font=body, fill=20)
    ink.text((130, 760), "Direktors", font=body, fill=20)
    ink.text((800, 760), "J. Kalns", font=body, fill=20)
    pdf.drawImage(ImageReader(page), 0, 0, width=A4[0], height=A4[1])


def r22ys_table_under_a_centred_title(pdf: canvas.Canvas) -> None:
    """A college's certificate whose title stands centred right over a table's heading row
    (the title over the programme's column), the values in the row under the headings; the
    week's contact hours said as "kontaktstundu skaits — 16 nedēļā"."""
    _text(pdf, 220, 800, "DAUGAVPILS AUGSTSKOLA", 13, bold=True)
    _text(pdf, 215, 786, "Saules iela 1, Daugavpils, LV-5401", 9)
    _text(pdf, 60, 760, "Daugavpilī")
    _text(pdf, 400, 760, "12.09.2025. Nr. 3/88")
    _text(pdf, 300, 738, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 722, "Students", 10)
    _text(pdf, 180, 722, "Personas kods", 10)
    _text(pdf, 290, 722, "Studiju programma", 10)
    _text(pdf, 470, 722, "Kurss", 10)
    _text(pdf, 60, 706, "Ilmārs Gailis", 10)
    _text(pdf, 180, 706, R22YS_ILMARS, 10)
    _text(pdf, 290, 706, "Datorzinātnes", 10)
    _text(pdf, 470, 706, "1.", 10)
    _lines(pdf, 60, 670, [
        "Studijas nepilna laika klātienē, kontaktstundu skaits — 16 nedēļā. Studiju",
        "plānotais beigu datums 2028. gada 30. jūnijs.",
    ], size=10)
    _text(pdf, 60, 600, "Studiju daļas vadītāja", 10)
    _text(pdf, 400, 600, "A. Mežule", 10)


def r22ys_day_centre_named_for_whom(pdf: canvas.Canvas) -> None:
    """A day centre whose letterhead follows its quoted name with whom it serves, in small
    letters ("„Saulgrieži” senioriem ar kustību traucējumiem")."""
    _text(pdf, 60, 810, "Cēsu novada Sociālais dienests", 9)
    _text(pdf, 60, 792, "Dienas aprūpes centrs „Saulgrieži” senioriem ar kustību traucējumiem",
          12, bold=True)
    _text(pdf, 60, 776, "Lapu iela 4, Cēsis, LV-4101", 9)
    _text(pdf, 220, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Klientei Martai Zariņai, personas kods {R22YS_MARTA}, izsniegta par to, ka viņa",
        "apmeklē dienas aprūpes centru pirmdienās un piektdienās no 10:00 līdz 14:00.",
    ], size=10)
    _text(pdf, 60, 650, "Cēsīs 04.02.2025.", 10)
    _text(pdf, 60, 620, "Vadītāja", 10)
    _text(pdf, 400, 620, "R. Auziņa", 10)


def r22ys_extract_of_a_judgment_by_date(pdf: canvas.Canvas) -> None:
    """A court's extract under its letterhead in capitals, citing the judgment by its date
    alone ("no 2023. gada 14. marta sprieduma civillietā Nr. ..."): the court is the
    letterhead's."""
    _text(pdf, 200, 800, "LATGALES RAJONA TIESA", 13, bold=True)
    _text(pdf, 205, 786, "Tiesas iela 2, Rēzekne, LV-4601", 9)
    _text(pdf, 255, 750, "IZRAKSTS", 13, bold=True)
    _text(pdf, 60, 730, "no 2023. gada 14. marta sprieduma civillietā Nr. C27031223 par "
          "aizgādnības nodibināšanu", 10)
    _lines(pdf, 60, 700, [
        f"Tiesa nosprieda: ierobežot Martas Zariņas (personas kods {R22YS_MARTA}) rīcībspēju",
        f"un nodibināt aizgādnību. Par aizgādni iecelt Oskaru Liepiņu (personas kods "
        f"{R22YS_OSKARS}).",
        "Spriedums stājies likumīgā spēkā 2023. gada 4. aprīlī.",
    ], size=10)
    _text(pdf, 60, 620, "Izraksts pareizs. Rēzeknē, 2023. gada 20. aprīlī", 10)
    _text(pdf, 60, 590, "Tiesneša palīgs", 10)
    _text(pdf, 400, 590, "K. Sala", 10)


def r22ys_assistant_said_needed_plainly(pdf: canvas.Canvas) -> None:
    """A commission's opinion whose rows print only the option left standing, the plain word
    for "needed": "Asistenta pakalpojums: ir vajadzīgs"."""
    _text(pdf, 90, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11,
          bold=True)
    _text(pdf, 230, 784, "Latgales nodaļa, Rēzekne", 9)
    _text(pdf, 60, 760, "Rēzeknē 2024. gada 2. maijā")
    _text(pdf, 400, 760, "Nr. LG-24-01177")
    _text(pdf, 250, 735, "ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 705, [
        f"Oskars Liepiņš, personas kods {R22YS_OSKARS}, noteikta III grupas invaliditāte no",
        "2024. gada 2. maija līdz 2026. gada 1. maijam.",
        "Asistenta pakalpojums: ir vajadzīgs",
    ], size=10)
    _text(pdf, 60, 620, "Ārsts eksperts", 10)
    _text(pdf, 400, 620, "G. Vītola", 10)


CASES.update({
    "r22ys_art_school_in_capitals_scanned.pdf": (
        r22ys_art_school_in_capitals_scanned, "school_certificate", {
            "institution_name": "Valmieras Mākslas skola", "hours_per_week": 6,
        }),
    "r22ys_table_under_a_centred_title.pdf": (
        r22ys_table_under_a_centred_title, "school_certificate", {
            "institution_name": "Daugavpils Augstskola", "programme": "Datorzinātnes",
            "person_name": "Ilmārs Gailis", "hours_per_week": 16,
        }),
    "r22ys_day_centre_named_for_whom.pdf": (
        r22ys_day_centre_named_for_whom, "activity_certificate", {
            "institution_name": "Dienas aprūpes centrs Saulgrieži", "hours_per_week": 8,
        }),
    "r22ys_extract_of_a_judgment_by_date.pdf": (
        r22ys_extract_of_a_judgment_by_date, "representation_document", {
            "basis": ("Latgales rajona tiesas 2023. gada 14. marta spriedums civillietā "
                      "Nr. C27031223 par aizgādnības nodibināšanu"),
        }),
    "r22ys_assistant_said_needed_plainly.pdf": (
        r22ys_assistant_said_needed_plainly, "commission_opinion", {
            "assistant_needed": True,
        }),
})



# --- round 22 (r22p): a phone photo of a short paper, grainy and printed small ---------------

R22P_RASMA = personal_code("1403721156")


def r22p_grainy_short_paper_photo(path: Path, *, dpi: int = 150) -> Path:
    """A club's short certificate (a few typewritten lines at the top of an otherwise empty
    sheet) photographed on a dark table at a phone's low resolution: the sheet grey and darker
    towards its foot, a coarse camera grain over it, the print thin and grey. Its ink is less
    than a hundredth of the sheet."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    scale = dpi / 150
    paper = Image.new("L", (round(990 * scale), round(1400 * scale)), 255)
    draw = ImageDraw.Draw(paper)

    def text(x: int, y: int, words: str, size: int = 17) -> None:
        draw.text((round(x * scale), round(y * scale)), words,
                  font=ImageFont.truetype(mono, round(size * scale)), fill=105)

    text(330, 110, "Ozolkalnu novadpētniecības pulciņš", 18)
    text(380, 136, "Skolas iela 3, Ozolkalns")
    text(450, 190, "I Z Z I Ņ A", 19)
    text(100, 240, "Pulciņa dalībniece ......... Rasma Kalnāre")
    text(100, 262, f"Personas kods .............. {R22P_RASMA}")
    text(100, 284, "Nodarbības ................. 2 stundas nedēļā")
    text(100, 306, "Izsniegta 2025. gada 14. aprīlī")
    text(100, 360, "Pulciņa vadītājs                      J. Sproģis")
    rng = np.random.default_rng(22)
    # The camera's grain, a few pixels across, on a grey sheet lit unevenly.
    coarse = rng.normal(0, 1, (paper.height // 3 + 1, paper.width // 3 + 1))
    grain = np.kron(coarse, np.ones((3, 3)))[:paper.height, :paper.width] * 6
    light = np.linspace(0.86, 0.72, paper.height)[:, None]
    sheet = np.asarray(paper, dtype=np.float64) * light + grain
    margin = round(70 * scale)
    height, width = paper.height + 2 * margin + round(2 * scale), paper.width + 2 * margin
    photo = np.full((height, width), 55.0) + rng.normal(0, 4, (height, width))
    photo[margin:margin + paper.height, margin:margin + paper.width] = sheet
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), mode="L").save(
        path, dpi=(dpi, dpi), quality=85)
    return path



# --- round 22 (r22yh): letters written by hand, read as prose -------------------------------

R22YH_GRANTOR = personal_code("1405391234")
R22YH_ATTORNEY = personal_code("0207681234")
R22YH_WRITER = personal_code("2311901345")
R22YH_GRANDAD = personal_code("0901371345")
R22YH_HELPER = personal_code("1708851456")
R22YH_WARD = personal_code("2502501567")


def r22yh_power_of_attorney_without_its_title(pdf: canvas.Canvas) -> None:
    """A power of attorney in the grantor's own words, its title missing (a hand's heading OCR
    could not spell): what it does says what it is, "pilnvaroju Savu dēlu ... manā vārdā"."""
    _text(pdf, 60, 760, f"Es, Velta Kļaviņa, p.k. {R22YH_GRANTOR}, pilnvaroju Savu dēlu", 11)
    _text(pdf, 60, 744, f"Andri Kļaviņu, p.k. {R22YH_ATTORNEY}, manā vārdā kārtot visas", 11)
    _text(pdf, 60, 728, "lietas Bauskas novada Sociālajā dienestā un saņemt atbildes.", 11)
    _text(pdf, 60, 690, "Bauskā, 2025. g. 3. martā", 11)
    _text(pdf, 60, 660, "V. Kļaviņa", 11)


def r22yh_letter_signed_with_name_and_code(pdf: canvas.Canvas) -> None:
    """A first-person letter with no sender block: the person it asks for in a sentence with
    a shortened "pk.", the writer only at the signature under the date line, with a code."""
    _text(pdf, 60, 790, "Bauskas novada Sociālajam dienestam", 11)
    _text(pdf, 60, 750, "Es, mazmeita, lūdzu piešķirt asistenta pakalpojumu manam", 11)
    _text(pdf, 60, 734, f"vectēvam Pēterim Ozolam, pk. {R22YH_GRANDAD}, dzīvo Skolas", 11)
    _text(pdf, 60, 718, "ielā 4, Bauska, LV-3901. Viņam vajag palīdzību ceļā uz slimnīcu.", 11)
    _text(pdf, 60, 680, "Bauskā, 2025. g 14. maijā", 11)
    _text(pdf, 60, 650, f"Līga Ozola, p.k {R22YH_WRITER}", 11)
    _text(pdf, 60, 636, "tel. 26 114 587", 11)


def r22yh_sheet_second_person_unlabelled(pdf: canvas.Canvas) -> None:
    """A sheet kept by hand: the assistant named with a role word, the person helped on the
    line under with a name and a code and no label; then the days."""
    _text(pdf, 60, 790, f"Asistents Gatis Bērziņš, p.k. {R22YH_HELPER}", 11)
    _text(pdf, 60, 774, f"Ilga Sproģe, p.k. {R22YH_WARD}", 11)
    _text(pdf, 60, 758, "2025. gada marts", 11)
    for at, (day, span, hours, what) in enumerate([
            ("03.03.", "9:00-11:00", "2", "pie ārsta"), ("05.03.", "10:00-12:00", "2", "banka"),
            ("10.03.", "9:00-11:00", "2", "aptieka"), ("12.03.", "10:00-11:30", "1,5", "pasts")]):
        y = 730 - 16 * at
        _text(pdf, 60, y, day, 11)
        _text(pdf, 120, y, span, 11)
        _text(pdf, 220, y, hours, 11)
        _text(pdf, 260, y, what, 11)
    _text(pdf, 60, 650, "kopā 7,5", 11)


CASES.update({
    "r22yh_power_of_attorney_without_its_title.pdf": (
        r22yh_power_of_attorney_without_its_title, "representation_document", {
            "representative_name": "Andris Kļaviņš",
            "representative_personal_code": R22YH_ATTORNEY,
            "person_name": "Velta Kļaviņa", "personal_code": R22YH_GRANTOR,
            "issued_on": "2025-03-03",
        }),
    "r22yh_letter_signed_with_name_and_code.pdf": (
        r22yh_letter_signed_with_name_and_code, "application", {
            "applicant_name": "Līga Ozola", "applicant_personal_code": R22YH_WRITER,
            "client_name": "Pēteris Ozols", "client_personal_code": R22YH_GRANDAD,
            "submitted_on": "2025-05-14",
        }),
    "r22yh_sheet_second_person_unlabelled.pdf": (
        r22yh_sheet_second_person_unlabelled, "timesheet", {
            "assistant_name": "Gatis Bērziņš", "assistant_personal_code": R22YH_HELPER,
            "client_name": "Ilga Sproģe", "client_personal_code": R22YH_WARD,
        }),
})



# --- round 22 (r22yd): set Y's digital papers ----------------------------------------------

R22YD_VALTERS = personal_code("1208761345")
R22YD_GAIDA = personal_code("0305491278")
R22YD_ZANE = personal_code("2109881456")


def r22yd_company_form_after_name(pdf: canvas.Canvas) -> None:
    """A joinery's letterhead in capitals with its legal form after the name ("KALNA
    GALDNIECĪBA SIA"), no other spelling of the name on the page."""
    _text(pdf, 200, 800, "KALNA GALDNIECĪBA SIA", 14, bold=True)
    _text(pdf, 150, 784, "Meža iela 4, Alsunga, LV-3306 · Reģ. Nr. 42103876512", 9)
    _text(pdf, 250, 740, "Izziņa", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Valters Eglītis (p.k. {R22YD_VALTERS}) strādā mūsu darbnīcā par galdnieku no",
        "2019. gada 2. decembra. Darba laiks: 40 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 650, "Alsungā, 2025. g. 3. martā", 10)
    _text(pdf, 420, 650, "K. Kalns", 10)


def r22yd_association_letterhead_written_small(pdf: canvas.Canvas) -> None:
    """An association whose letterhead opens with its legal form in lower case ("biedrība
    Klēts Pavards"); its board's decision in the genitive ("Biedrības valde") below."""
    _text(pdf, 60, 800, "biedrība Klēts Pavards", 13, bold=True)
    _text(pdf, 60, 784, "Upes iela 2, Rucava, LV-3477", 9)
    _lines(pdf, 60, 740, [
        "Biedrības valde apliecina, ka Gaida Lapiņa (personas kods "
        f"{R22YD_GAIDA}) ir biedrības",
        "biedre un apmeklē audēju pulciņu otrdienās, katru reizi divas stundas.",
    ], size=10)
    _text(pdf, 60, 680, "Rucavā, 2025. gada 14. aprīlī", 10)
    _text(pdf, 420, 680, "Valdes locekle I. Roze", 10)


def r22yd_parish_sunday_school(pdf: canvas.Canvas) -> None:
    """A Catholic parish certifies a girl's Sunday school (svētdienskola): a children's
    free-time group, not the parish's civic work."""
    _text(pdf, 150, 800, "Rucavas Sv. Marijas Romas katoļu draudze", 12, bold=True)
    _text(pdf, 200, 784, "Baznīcas iela 1, Rucava, LV-3477", 9)
    _text(pdf, 240, 750, "Apliecinājums", 13, bold=True)
    _lines(pdf, 60, 720, [
        f"Draudze apliecina, ka Zane Sproģe, p.k. {R22YD_ZANE}, apmeklē draudzes",
        "svētdienskolu katru svētdienu no 9:30 līdz 11:30.",
    ], size=10)
    _text(pdf, 60, 670, "Rucavā, 2025. gada 3. februārī", 10)
    _text(pdf, 420, 670, "Prāvests A. Rudzītis", 10)


def r22yd_family_assistant_old_spelling(pdf: canvas.Canvas) -> None:
    """A letter typed with the old substitutions for Latvian letters: "gjimenes asistenta"
    for "ģimenes asistenta", "luudzu" for "lūdzu"."""
    _text(pdf, 330, 800, "Rucavas novada socialajam dienestam", 10)
    _text(pdf, 60, 770, f"Gaida Lapinja, personas kods {R22YD_GAIDA}", 10)
    _text(pdf, 60, 756, "Upes iela 2, Rucava, LV-3477, talr. 29 114 206", 10)
    _text(pdf, 250, 720, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        "Luudzu man nodroshinaat gjimenes asistenta atbalstu. Audzinu triis beernus viena",
        "un man vajag paliidziibu ar dokumentiem.",
    ], size=10)
    _text(pdf, 60, 630, "Rucavaa, 2025. g. 20. maijaa", 10)
    _text(pdf, 420, 630, "G. Lapinja", 10)


def r22yd_order_dated_before_the_start(pdf: canvas.Canvas) -> None:
    """An employer's sentence citing the order that took the worker on, dated in the genitive
    after "ar" ("ar 2022. gada 3. marta pavēli"), before the start after "no"."""
    _text(pdf, 60, 800, "SIA Rucavas Siers", 13, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103998761 · Piena iela 1, Rucava, LV-3477", 9)
    _text(pdf, 60, 750, "07.04.2025. Nr. 12/4", 10)
    _text(pdf, 250, 730, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Informējam, ka Zane Sproģe, personas kods {R22YD_ZANE}, ar 2022. gada 3. marta",
        "pavēli Nr. 5-p pieņemta darbā no 2022. gada 7. marta par siera gatavotāju; darba",
        "laiks ir 30 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes loceklis", 10)
    _text(pdf, 420, 640, "P. Sieriņš", 10)


def r22yd_plus_marked_tasks(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose printed tasks are chosen by a "+" in the margin column
    ("atzīmējiet ar „+”"); the rows left without one are not the tasks."""
    _text(pdf, 60, 800, "Rucavas novada sociālais dienests", 11, bold=True)
    _text(pdf, 150, 770, "ATZINUMS par asistenta pakalpojumu", 12, bold=True)
    _text(pdf, 60, 745, f"Klients: Valters Eglītis, p.k. {R22YD_VALTERS}. Persona ar "
          "garīga rakstura traucējumiem.", 10)
    _text(pdf, 60, 730, "Apjoms: 6 stundas nedēļā, 12 mēneši.", 10)
    _text(pdf, 60, 712, "Pakalpojuma uzdevumi (atzīmējiet ar „+”):", 10)
    rows = [(True, "pavadīšana uz darbnīcu"), (False, "palīdzība iepirkties"),
            (False, "saziņa ar kaimiņiem"), (True, "atbalsts rēķinu apmaksā")]
    for at, (plus, task) in enumerate(rows):
        if plus:
            _text(pdf, 70, 694 - 15 * at, "+", 10)
        _text(pdf, 95, 694 - 15 * at, task, 10)
    _text(pdf, 60, 610, "Rucavā, 2025. gada 9. janvārī", 10)
    _text(pdf, 400, 610, "Soc. darbinieks J. Pūce", 10)


def r22yd_questions_and_a_term_without_its_end_year(pdf: canvas.Canvas) -> None:
    """A report written as questions: "Uz cik ilgu laiku?" answered with an end date without
    its year, "Ko darīs asistents?" answered with a dashed list."""
    _text(pdf, 60, 800, "Rucavas novada sociālais dienests", 11, bold=True)
    _text(pdf, 150, 775, "Sociālā darbinieka atzinums", 12, bold=True)
    _lines(pdf, 60, 745, [
        "Par ko?",
        f"Zane Sproģe, p.k. {R22YD_ZANE}, jauniete pēc ārpusģimenes aprūpes.",
        "Cik stundu?",
        "Asistents — 4 stundas nedēļā.",
        "Uz cik ilgu laiku?",
        "No 2025. gada 1. marta līdz 31. augustam.",
        "Ko darīs asistents?",
        "– palīdzība rēķinu apmaksā",
        "– atbalsts mācību iestādes izvēlē",
    ], size=10)
    _text(pdf, 60, 580, "Rucavā 12.02.2025.", 10)
    _text(pdf, 400, 580, "soc. darbiniece M. Ozola", 10)


def r22yd_kin_block_without_labels(pdf: canvas.Canvas) -> None:
    """An e-mail typed on a phone without Latvian letters: the writer's block, then her
    father's headed by who needs the assistant ("Tetis (kam vajag asistentu):") with his name
    alone under it, and the activities under "Asistents vajadzigs:"."""
    _lines(pdf, 60, 800, [
        "No: gaida.lapinja@inbox.lv",
        "Kam: dienests@rucava.lv",
        "Nosūtīts: otrdiena, 2025. gada 4. marts 20:15",
        "Tēma: asistents tetim",
    ], size=9)
    _lines(pdf, 60, 730, [
        "Labdien!",
        "Ludzu pieskirt asistenta pakalpojumu manam tetim. Tetis slikti redz un pats netiek",
        "uz dienas aprupes centru un pie arstiem.",
        "",
        "Iesniedzeja:",
        "Gaida Lapinja",
        f"personas kods {R22YD_GAIDA}",
        "talr. 29 114 206",
        "",
        "Tetis (kam vajag asistentu):",
        "Valters Eglitis",
        f"personas kods {R22YD_VALTERS}",
        "dzivesvieta: Upes iela 2, Rucava, LV-3477",
        "",
        "Asistents vajadzigs:",
        "- dienas aprupes centrs 10 stundas nedela",
        "- arsti un aptieka 2 stundas nedela",
        "Pabalstu asistenta izmantosanai tetis nesanem.",
        "",
        "Paldies!",
        "Gaida Lapinja",
    ], size=10)


def r22yd_limitation_denied_in_a_sentence(pdf: canvas.Canvas) -> None:
    """A commission's opinion written as paragraphs: one area limited, the other areas named
    in a sentence saying they are not ("... nav ierobežotas")."""
    _text(pdf, 120, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11)
    _text(pdf, 220, 785, "Kurzemes nodaļa, Liepāja", 10)
    _text(pdf, 60, 760, "Liepājā, 03.03.2025.", 10)
    _text(pdf, 420, 760, "Nr. KZ-25-00777", 10)
    _text(pdf, 260, 730, "ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 700, [
        f"Komisija, izvērtējusi Valtera Eglīša (personas kods {R22YD_VALTERS}) dokumentus,",
        "nosaka II grupas invaliditāti no 2025. gada 3. marta līdz 2027. gada 2. martam.",
        "Funkcionālo spēju ierobežojumi: psihiskās veselības traucējumi. Redzes funkcijas un",
        "kustību funkcijas nav ierobežotas.",
        "Personai ir nepieciešams asistenta pakalpojums pašvaldībā.",
    ], size=10)
    _text(pdf, 60, 600, "Nodaļas vadītājs", 10)
    _text(pdf, 420, 600, "R. Kalējs", 10)


CASES.update({
    "r22yd_company_form_after_name.pdf": (
        r22yd_company_form_after_name, "employer_certificate", {
            "employer_name": "SIA Kalna Galdniecība", "person_name": "Valters Eglītis",
            "employed_since": "2019-12-02"}),
    "r22yd_association_letterhead_written_small.pdf": (
        r22yd_association_letterhead_written_small, "activity_certificate", {
            "institution_name": "Biedrība Klēts Pavards", "activity_kind": "ngo",
            "personal_code": R22YD_GAIDA}),
    "r22yd_parish_sunday_school.pdf": (
        r22yd_parish_sunday_school, "activity_certificate", {
            "activity_kind": "leisure", "personal_code": R22YD_ZANE, "hours_per_week": 2}),
    "r22yd_family_assistant_old_spelling.pdf": (
        r22yd_family_assistant_old_spelling, "application", {
            "service": "family_assistant", "applicant_personal_code": R22YD_GAIDA}),
    "r22yd_order_dated_before_the_start.pdf": (
        r22yd_order_dated_before_the_start, "employer_certificate", {
            "employed_since": "2022-03-07", "personal_code": R22YD_ZANE}),
    "r22yd_plus_marked_tasks.pdf": (
        r22yd_plus_marked_tasks, "social_worker_opinion", {
            "tasks": ["pavadīšana uz darbnīcu", "atbalsts rēķinu apmaksā"],
            "personal_code": R22YD_VALTERS}),
    "r22yd_questions_term_without_end_year.pdf": (
        r22yd_questions_and_a_term_without_its_end_year, "social_worker_opinion", {
            "period_months": 6, "hours_per_week": 4,
            "tasks": ["palīdzība rēķinu apmaksā", "atbalsts mācību iestādes izvēlē"]}),
    "r22yd_kin_block_without_labels.pdf": (
        r22yd_kin_block_without_labels, "application", {
            "applicant_name": "Gaida Lapinja", "applicant_personal_code": R22YD_GAIDA,
            "client_name": "Valters Eglitis", "client_personal_code": R22YD_VALTERS,
            "activities": [{"kind": "day_centre", "hours_per_week": 10},
                           {"kind": "institutions", "hours_per_week": 2}]}),
    "r22yd_limitation_denied_in_a_sentence.pdf": (
        r22yd_limitation_denied_in_a_sentence, "commission_opinion", {
            "limitations": ["mental"], "assistant_needed": True}),
})


# --- round 22 (r22za): applications and certificates written as prose ---
R22ZA_LAURA = personal_code("1404880731")
R22ZA_MIKUS = personal_code("2209152452")
R22ZA_KRISTAPS = personal_code("0505102177")


def r22za_town_in_the_locative(pdf: canvas.Canvas) -> None:
    """A request written as a letter about someone else: the client named in the dative with
    her code, then "kuras dzīvesvieta ir Liepu ielā 4-9, Talsos, LV-3201"."""
    _text(pdf, 60, 800, "Talsu novada Sociālajam dienestam", 11)
    _text(pdf, 260, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Es, Pēteris Lejnieks, rīkojoties saskaņā ar pilnvaru, lūdzu piešķirt asistentu savai",
        f"kaimiņienei Laurai Sniedzei, personas kods {R22ZA_LAURA}, kuras dzīvesvieta ir",
        "Liepu ielā 4-9, Talsos, LV-3201. Laura divreiz nedēļā apmeklē dienas centru.",
        "Saziņai: tālrunis 27 111 222, e-pasts peteris.lejnieks@example.lv.",
    ], size=10)
    _text(pdf, 60, 640, "Pēteris Lejnieks", 10)
    _text(pdf, 60, 625, "Talsos, 2025. gada 3. jūnijā", 10)


def r22za_certificate_issued_to_the_guardian(pdf: canvas.Canvas) -> None:
    """An orphans' court certificate in one sentence: issued to the guardian in the dative,
    "apstiprinot, ka viņš ... ir iecelts par <ward in the genitive> (<aside>) aizbildni"."""
    _text(pdf, 60, 800, "Cēsu novada bāriņtiesa", 11)
    _text(pdf, 60, 785, "Raunas iela 4, Cēsis, LV-4101", 10)
    _text(pdf, 60, 760, "Cēsīs 2025. gada 12. martā", 10)
    _lines(pdf, 60, 730, [
        f"Izziņa izsniegta Andrim Bērzkalnam, personas kods {R22YD_VALTERS}, apstiprinot, ka",
        "viņš ar Cēsu novada bāriņtiesas 2024. gada 2. oktobra lēmumu Nr. 3-4/24/51 ir iecelts",
        "par Mikus Rozīša (dzimis 2015. gada 22. septembrī, personas kods",
        f"{R22ZA_MIKUS}) aizbildni.",
        "Lēmums ir stājies spēkā.",
    ], size=10)
    _text(pdf, 60, 650, "Bāriņtiesas priekšsēdētāja", 10)
    _text(pdf, 400, 650, "L. Ozola", 10)


def r22za_capacity_limited_then_a_trustee_appointed(pdf: canvas.Canvas) -> None:
    """A letter citing a court's judgment first ("... Jurim Kalniņam (personas kods ...) ir
    ierobežota rīcībspēja") and then the orphans' court acting by its own decision ("Ogres
    novada bāriņtiesa ar ... lēmumu Nr. ... par aizgādņa iecelšanu iecēla viņam par aizgādni
    māsu ...")."""
    _text(pdf, 60, 800, "Ogres novada bāriņtiesa", 11)
    _text(pdf, 60, 785, "Brīvības iela 33, Ogre, LV-5001", 10)
    _lines(pdf, 60, 750, [
        "Ar Vidzemes rajona tiesas 2023. gada 7. novembra spriedumu civillietā Nr. C33998877",
        f"Jurim Kalniņam (personas kods {R22YD_VALTERS}) ir ierobežota rīcībspēja",
        "personisko tiesību jomā.",
        "Ogres novada bāriņtiesa ar 2024. gada 15. janvāra lēmumu Nr. 1-9/24/6 par aizgādņa",
        f"iecelšanu iecēla viņam par aizgādni māsu Gaidu Kalniņu, personas kods {R22YD_GAIDA}.",
        "Izziņa izsniegta iesniegšanai pašvaldībā.",
    ], size=10)
    _text(pdf, 60, 650, "Bāriņtiesas loceklis", 10)
    _text(pdf, 400, 650, "E. Liepa", 10)
    _text(pdf, 60, 625, "2024. gada 2. februārī", 10)


def r22za_code_in_a_relative_clause_and_the_address_above(pdf: canvas.Canvas) -> None:
    """A mother's letter with her name and address at the top; the son's code in a relative
    clause after a birth date ("..., kurš dzimis 2010. gada 5. maijā un kura personas kods ir
    ..."), his address given as "augstāk norādītajā adresē"."""
    _text(pdf, 60, 800, "Dace Ozola", 10)
    _text(pdf, 60, 786, "Meža iela 3-7, Valmiera, LV-4201", 10)
    _text(pdf, 330, 760, "Valmieras novada Sociālajam dienestam", 10)
    _lines(pdf, 60, 720, [
        f"Es, Dace Ozola (personas kods {R22YD_GAIDA}), lūdzu piešķirt asistenta pakalpojumu",
        "savam dēlam Kristapam Ozolam, kurš dzimis 2010. gada 5. maijā un kura personas kods",
        f"ir {R22ZA_KRISTAPS}. Kristaps dzīvo kopā ar mani augstāk norādītajā adresē.",
        "Skolā viņam asistents vajadzīgs četras stundas dienā.",
    ], size=10)
    _text(pdf, 60, 640, "Valmierā, 2025. gada 20. augustā", 10)
    _text(pdf, 400, 640, "D. Ozola", 10)


CASES.update({
    "r22za_town_in_the_locative.pdf": (
        r22za_town_in_the_locative, "application", {
            "client_personal_code": R22ZA_LAURA, "address": "Liepu iela 4-9, Talsi, LV-3201"}),
    "r22za_certificate_issued_to_the_guardian.pdf": (
        r22za_certificate_issued_to_the_guardian, "representation_document", {
            "representative_name": "Andris Bērzkalns",
            "representative_personal_code": R22YD_VALTERS,
            "person_name": "Mikus Rozītis", "personal_code": R22ZA_MIKUS}),
    "r22za_capacity_limited_then_a_trustee_appointed.pdf": (
        r22za_capacity_limited_then_a_trustee_appointed, "representation_document", {
            "representative_name": "Gaida Kalniņa", "representative_personal_code": R22YD_GAIDA,
            "person_name": "Juris Kalniņš", "personal_code": R22YD_VALTERS,
            "basis": "Ogres novada bāriņtiesas 2024. gada 15. janvāra lēmums Nr. 1-9/24/6 par "
                     "aizgādņa iecelšanu",
            "issued_on": "2024-02-02"}),
    "r22za_code_in_a_relative_clause_and_the_address_above.pdf": (
        r22za_code_in_a_relative_clause_and_the_address_above, "application", {
            "applicant_name": "Dace Ozola", "client_personal_code": R22ZA_KRISTAPS,
            "address": "Meža iela 3-7, Valmiera, LV-4201"}),
})



# --- round 22 (r22zb): set Z's certificates and opinions written as prose ---

R22ZB_JANIS = personal_code("0505701234")
R22ZB_ILZE = personal_code("1711921456")
R22ZB_LAURA = personal_code("2304092678")


def r22zb_clinic_patient_in_care(pdf: canvas.Canvas) -> None:
    """A clinic's letter without a title: its patient is in a doctor's care, visits in
    words."""
    _text(pdf, 60, 800, "Poliklīnika „Liepa”", 13, bold=True)
    _text(pdf, 60, 783, "Dārza iela 4, Talsi, LV-3201", 10)
    _text(pdf, 60, 760, "Talsos, 2025. gada 9. oktobrī", 10)
    _lines(pdf, 60, 730, [
        f"Poliklīnika apliecina, ka Jānis Liepiņš, personas kods {R22ZB_JANIS}, kopš 2021.",
        "gada 10. marta ir neirologa dinamiskajā uzraudzībā. Vizītes, masāžas un",
        "vingrošana kopā aizņem trīs stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 660, "Neiroloģe", 10)
    _text(pdf, 400, 660, "M. Sprūde", 10)


def r22zb_opinion_areas_whole_in_clauses(pdf: canvas.Canvas) -> None:
    """An opinion in paragraphs: the person with a birth date before the code, one area
    limited in the same sentence as three said whole; the earlier term recalled, the new one
    without an end."""
    _text(pdf, 100, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11)
    _text(pdf, 230, 770, "ATZINUMS Nr. KU-26-00412", 12, bold=True)
    _lines(pdf, 60, 740, [
        "Komisija izskatīja Jāņa Liepiņa, dzimuša 1970. gada 5. maijā, personas kods",
        f"{R22ZB_JANIS}, lietu. Iepriekš invaliditāte viņam bija noteikta līdz 2026. gada",
        "31. janvārim.",
        "Pārvietoties persona var tikai ar kruķiem, turpretim redze ir saglabāta, roku",
        "funkcijas nav ierobežotas un psihiskās funkcijas ir atbilstošas vecumam.",
        "Komisija nosaka II invaliditātes grupu no 2026. gada 1. februāra uz nenoteiktu",
        "laiku. Personai ir nepieciešams asistents.",
    ], size=10)
    _text(pdf, 60, 620, "Ārsts eksperts", 10)
    _text(pdf, 400, 620, "T. Ozols", 10)
    _text(pdf, 60, 595, "Kuldīgā, 2026. gada 4. februārī", 10)


def r22zb_employer_taken_on_dated_this_year(pdf: canvas.Canvas) -> None:
    """An employer's letter: the day the person was taken on and as what in one sentence,
    its own date "šā gada" in the closing sentence, the year in its number only."""
    _text(pdf, 60, 800, "SIA „Ozollapa”", 13, bold=True)
    _text(pdf, 60, 783, "Meža iela 3, Sigulda, LV-2150 · reģ. Nr. 40103999111", 10)
    _text(pdf, 400, 760, "Nr. 15/2027", 10)
    _lines(pdf, 60, 730, [
        "SIA „Ozollapa” 2026. gada 2. novembrī pieņēma darbā Ilzi Kļaviņu, personas kods",
        f"{R22ZB_ILZE}, par pārdevēju. Viņas darba laiks ir divdesmit stundas nedēļā.",
        "Izziņa sastādīta šā gada 12. februārī.",
    ], size=10)
    _text(pdf, 60, 660, "Valdes loceklis", 10)
    _text(pdf, 400, 660, "E. Ozols", 10)


def r22zb_school_letter_dated_in_its_last_sentence(pdf: canvas.Canvas) -> None:
    """A school's letter without a date line: the pupil with a birth date before the code,
    the start of studies first, the paper's own date in its last sentence."""
    _text(pdf, 60, 800, "Siguldas Valsts ģimnāzija", 13, bold=True)
    _text(pdf, 60, 783, "Skolas iela 1, Sigulda, LV-2150", 10)
    _lines(pdf, 60, 750, [
        "Ģimnāzija apstiprina, ka Laura Kalniņa, dzimusi 2009. gada 23. aprīlī, personas",
        f"kods {R22ZB_LAURA}, mācās 11. klasē; mācības sākās 2024. gada 2. septembrī.",
        "Apliecinājums izsniegts 2025. gada 3. oktobrī.",
    ], size=10)
    _text(pdf, 60, 680, "Direktore", 10)
    _text(pdf, 400, 680, "A. Bērza", 10)


def r22zb_country_address_under_the_name(pdf: canvas.Canvas) -> None:
    """A centre's letterhead: its name, then a farmstead's address by parish and
    municipality."""
    _text(pdf, 60, 800, "SIA „Rehabilitācijas centrs Avoti”", 11)
    _text(pdf, 60, 785, "„Avotiņi”, Lēdurgas pagasts, Limbažu novads", 11)
    _lines(pdf, 60, 750, [
        f"Apliecinām, ka Jānis Liepiņš (personas kods {R22ZB_JANIS}) apmeklē mūsu",
        "fizioterapijas nodarbības četras stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 700, "Lēdurgā, 2025. gada 1. decembrī", 10)
    _text(pdf, 400, 680, "V. Pūce", 10)


def r22zb_tasks_after_a_verb_on_the_next_line(pdf: canvas.Canvas) -> None:
    """A social worker's opinion in prose: the tasks' heading ends a line, its verb and colon
    open the next, the tasks parted by semicolons."""
    _text(pdf, 60, 800, "Siguldas novada sociālais dienests", 12, bold=True)
    _text(pdf, 250, 770, "ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Jānis Liepiņš, personas kods {R22ZB_JANIS}, dzīvo viens un pārvietojas ar kruķiem.",
        "Iesaku piešķirt asistentu sešas stundas nedēļā. Asistenta uzdevumi",
        "ir šādi: pavadīt uz poliklīniku; palīdzēt iepirkties; kārtot pasta sūtījumus.",
    ], size=10)
    _text(pdf, 60, 680, "Sociālā darbiniece", 10)
    _text(pdf, 400, 680, "L. Kalna", 10)
    _text(pdf, 60, 655, "Siguldā, 2025. gada 20. novembrī", 10)


CASES.update({
    "r22zb_clinic_patient_in_care.pdf": (
        r22zb_clinic_patient_in_care, "activity_certificate", {
            "activity_kind": "institutions", "personal_code": R22ZB_JANIS,
            "hours_per_week": 3}),
    "r22zb_opinion_areas_whole_in_clauses.pdf": (
        r22zb_opinion_areas_whole_in_clauses, "commission_opinion", {
            "limitations": ["mobility"], "person_name": "Jānis Liepiņš",
            "valid_until": None}),
    "r22zb_employer_taken_on_dated_this_year.pdf": (
        r22zb_employer_taken_on_dated_this_year, "employer_certificate", {
            "employed_since": "2026-11-02", "issued_on": "2027-02-12"}),
    "r22zb_school_letter_dated_in_its_last_sentence.pdf": (
        r22zb_school_letter_dated_in_its_last_sentence, "school_certificate", {
            "person_name": "Laura Kalniņa", "issued_on": "2025-10-03"}),
    "r22zb_country_address_under_the_name.pdf": (
        r22zb_country_address_under_the_name, "activity_certificate", {
            "institution_name": "SIA Rehabilitācijas centrs Avoti"}),
    "r22zb_tasks_after_a_verb_on_the_next_line.pdf": (
        r22zb_tasks_after_a_verb_on_the_next_line, "social_worker_opinion", {
            "tasks": ["pavadīt uz poliklīniku", "palīdzēt iepirkties",
                      "kārtot pasta sūtījumus"]}),
})



# --- round 22 (r22zc): a record of hours written as sentences ---

R22ZC_LAURA = personal_code("1402880412")
R22ZC_ANNA = personal_code("2709650233")
R22ZC_PETERIS = personal_code("0811790345")
R22ZC_JANIS = personal_code("1905010756")


def r22zc_diary_in_paragraphs(pdf: canvas.Canvas) -> None:
    """An assistant's diary typed as paragraphs, a week to a paragraph: each day a sentence
    running over the lines (a date broken at a line's end), whole hours and clocks mixed in
    one from-to ("no 14 līdz 16.30"), a day with no hours (a call), the one assisted named in
    the genitive after "pie"."""
    _text(pdf, 150, 790, "Asistenta dienasgrāmata, 2025. gada maijs", 13, bold=True)
    _lines(pdf, 50, 760, [
        f"Asistente Laura Bērziņa (personas kods {R22ZC_LAURA}) pie Annas Kalniņas (personas",
        f"kods {R22ZC_ANNA}), Valmierā.",
        "",
        "1. nedēļa. Pirmdien, 5. maijā, no 9 līdz 12.30 pavadīju Annu uz slimnīcu. Ceturtdien, 8.",
        "maijā, no 14 līdz 16 biju ar Annu bibliotēkā.",
        "",
        "2. nedēļa. Otrdien, 13. maijā, no 10.30 līdz 13 palīdzēju Annai biedrībā. Piektdien Anna",
        "zvanīja, ka palīdzība nav vajadzīga. Sestdien, 17. maijā, no 11 līdz 13 vedu Annu uz",
        "koncertu.",
        "",
        "Kopā mēnesī 10 stundas.",
    ], size=10)
    _text(pdf, 50, 560, "Asistente", 10)
    _text(pdf, 420, 560, "L. Bērziņa", 10)


def r22zc_diary_without_a_title(pdf: canvas.Canvas) -> None:
    """A diary with no title: the month and both people in the head's sentence (the client
    after a lower-case "klients" mid-line), then a sentence per day, whole hours from-to and
    no clock at all, the place the client was taken its activity."""
    _lines(pdf, 50, 790, [
        f"2025. gada aprīlis. Asistents Pēteris Ozols, p.k. {R22ZC_PETERIS}; klients Jānis",
        f"Krūmiņš, p.k. {R22ZC_JANIS}",
        "Otrdien, 1. aprīlī, no 8 līdz 12 pavadīju Jāni uz darbu.",
        "Ceturtdien, 3. aprīlī, no 13 līdz 15 biju ar Jāni",
        "poliklīnikā.",
        "Otrdien, 8. aprīlī, no 8 līdz 12 pavadīju Jāni uz darbu.",
        "Ceturtdien, 10. aprīlī, no 16 līdz 18 biju ar Jāni baseinā.",
        "Kopā 12 stundas.",
        "P. Ozols",
    ], size=10)


CASES.update({
    "r22zc_diary_in_paragraphs.pdf": (
        r22zc_diary_in_paragraphs, "timesheet", {
            "month": "2025-05", "client_name": "Anna Kalniņa",
            "client_personal_code": R22ZC_ANNA, "assistant_personal_code": R22ZC_LAURA,
            "total_hours": 10}),
    "r22zc_diary_without_a_title.pdf": (
        r22zc_diary_without_a_title, "timesheet", {
            "month": "2025-04", "client_name": "Jānis Krūmiņš",
            "client_personal_code": R22ZC_JANIS, "assistant_name": "Pēteris Ozols",
            "assistant_personal_code": R22ZC_PETERIS}),
})


# --- round 22 (r22zd): an application's activities told in a letter's prose ---

R22ZD_OSKARS = personal_code("1203870467")


def r22zd_hours_in_words_before_the_request(pdf: canvas.Canvas) -> None:
    """A letter telling its activities before it asks: a week's hours in number words, the
    need for work stated as "man palīdzība vajadzīga", a second need opening its own sentence
    with its hours ("Vēl četras stundas nedēļā man vajadzīgs asistents, lai ... kora ...")
    right after an aside in brackets, and a clinic visit after the request ("ne vairāk kā trīs
    stundas nedēļā")."""
    _text(pdf, 330, 800, "Cēsu novada Sociālajam dienestam", 10)
    _text(pdf, 250, 770, "IESNIEGUMS", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Es, Oskars Liepiņš, personas kods {R22ZD_OSKARS}, dzīvoju Parka ielā 9-4, Cēsīs,",
        "LV-4101. Kopš 2022. gada strādāju kokapstrādes uzņēmumā, un tur man palīdzība",
        "vajadzīga apmēram divpadsmit stundas nedēļā (ceļš turp un atpakaļ, materiālu nešana).",
        "Vēl četras stundas nedēļā man vajadzīgs asistents, lai tiktu uz jauktā kora",
        "mēģinājumiem. Lūdzu piešķirt man asistenta pakalpojumu. Tāpat man jāapmeklē",
        "poliklīnika, kam vajag ne vairāk kā trīs stundas nedēļā.",
        "Valsts sociālo pabalstu asistenta izmantošanai nesaņemu.",
    ], size=10)
    _text(pdf, 60, 620, "Cēsīs, 2025. gada 3. martā", 10)
    _text(pdf, 400, 620, "O. Liepiņš", 10)


CASES.update({
    "r22zd_hours_in_words_before_the_request.pdf": (
        r22zd_hours_in_words_before_the_request, "application", {
            "client_personal_code": R22ZD_OSKARS,
            "activities": [{"kind": "work", "hours_per_week": 12},
                           {"kind": "leisure", "hours_per_week": 4},
                           {"kind": "institutions", "hours_per_week": 3}]}),
})


# --- round 23 (r23op): commission and social workers' opinions (sets ZA, ZB) ---

R23OP_MARTINS = personal_code("1104770352")
R23OP_DZINTRA = personal_code("0809620417")
R23OP_OLENA = personal_code("2503890611")


def r23op_portal_opinion_scored_under_its_areas(pdf: canvas.Canvas) -> None:
    """An opinion printed from a portal: its number straight after "Atzinums" with no "Nr.",
    a request's date in a row of its own and the adoption told in a sentence after the table;
    the areas one to a header cell, their degrees in the row under them on a scale whose 0 is
    none."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11)
    _text(pdf, 60, 770, "Atzinums ZE-26-00731", 13, bold=True)
    y = _grid(pdf, 60, 745, [170, 300], [
        ["Persona", "Mārtiņš Krūze"],
        ["Personas kods", R23OP_MARTINS],
        ["Pieprasījuma datums", "02.03.2026."],
        ["Invaliditātes grupa", "III"],
        ["Termiņš", "no 23.03.2026. līdz 22.03.2028."],
    ])
    _text(pdf, 60, y - 25, "Ierobežojumu smagums (0 – nav, 1 – viegls, 2 – vidējs, 3 – smags):",
          10)
    _grid(pdf, 60, y - 35, [120, 120, 120, 120], [
        ["redze", "pārvietošanās", "garīgās spējas", "roku funkcijas"],
        ["2", "0", "1", "0"],
    ])
    _lines(pdf, 60, y - 110, [
        "Atzinums pieņemts 2026. gada 23. martā.",
        "Asistenta pakalpojums nepieciešams.",
    ], size=10)
    _text(pdf, 60, y - 160, "Ārste eksperte", 10)
    _text(pdf, 400, y - 160, "L. Krastiņa", 10)


def r23op_shaded_answers_and_a_degree_column(pdf: canvas.Canvas) -> None:
    """A system's print answering yes/no by shading one of two cells ("JĀ" | "NĒ"), the other
    left white, and a two-column table of areas whose degree column is headed with its scale
    "(0–4)"."""
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11)
    _text(pdf, 60, 775, "ATZINUMS Nr. ZE-26-01288", 13, bold=True)
    y = _grid(pdf, 60, 750, [170, 300], [
        ["Persona", "Dzintra Ābele"],
        ["Personas kods", R23OP_DZINTRA],
        ["Datums", "11.02.2026."],
        ["Invaliditātes grupa", "II"],
    ])
    y = _grid(pdf, 60, y - 20, [200, 140], [
        ["Funkciju joma", "Pakāpe (0–4)"],
        ["redze", "0"],
        ["pārvietošanās", "0"],
        ["garīgās spējas", "3"],
        ["augšējās ekstremitātes", "1"],
    ])
    rows = [("Nepieciešams asistents", False), ("Nepieciešama īpaša kopšana", True)]
    for at, (question, yes) in enumerate(rows):
        top = y - 25 - 18 * at
        _text(pdf, 60, top - 13, question, 10)
        pdf.setFillGray(0.3)
        pdf.rect(260 if yes else 310, top - 17, 50, 17, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setLineWidth(0.6)
        pdf.rect(260, top - 17, 50, 17, stroke=1, fill=0)
        pdf.rect(310, top - 17, 50, 17, stroke=1, fill=0)
        _text(pdf, 278, top - 13, "JĀ", 10)
        _text(pdf, 327, top - 13, "NĒ", 10)
    _text(pdf, 60, y - 90, "Komisijas vadītājs A. Bērziņš", 10)


def r23op_family_with_a_transcribed_name_and_a_help_table(pdf: canvas.Canvas) -> None:
    """A social worker's opinion for a family that came from abroad: the mother's name and,
    in brackets, its spelling in her passport before her code; the kinds of help weighed in a
    table whose answer column is headed with a word of its own, each row answered "jā" or
    "nē"."""
    _text(pdf, 60, 800, "Rēzeknes novada Sociālais dienests", 11)
    _text(pdf, 60, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 13, bold=True)
    _lines(pdf, 60, 740, [
        f"Ģimene: Olena Hrycenko (Olena Hrytsenko), personas kods {R23OP_OLENA}, un",
        "meita Sofija. Mērķa grupa: ģimene ar bērniem.",
    ], size=10)
    y = _grid(pdf, 60, 705, [300, 100], [
        ["Paredzētais atbalsts", "Vajadzīgs"],
        ["kārtot saziņu ar skolu", "jā"],
        ["palīdzēt apgūt latviešu valodu", "nē"],
        ["pavadīt meitu pie ārsta", "jā"],
        ["palīdzēt ar mājokļa remontu", "nē"],
    ])
    _lines(pdf, 60, y - 25, [
        "Apjoms: 6 stundas nedēļā, termiņš – 6 mēneši.",
    ], size=10)
    _text(pdf, 60, y - 70, "Rēzeknē, 14.01.2026.", 10)
    _text(pdf, 300, y - 70, "Sociālā darbiniece I. Zariņa", 10)


CASES.update({
    "r23op_portal_opinion_scored_under_its_areas.pdf": (
        r23op_portal_opinion_scored_under_its_areas, "commission_opinion", {
            "opinion_no": "ZE-26-00731", "issued_on": "2026-03-23",
            "person_name": "Mārtiņš Krūze", "personal_code": R23OP_MARTINS,
            "limitations": ["vision", "mental"], "assistant_needed": True}),
    "r23op_shaded_answers_and_a_degree_column.pdf": (
        r23op_shaded_answers_and_a_degree_column, "commission_opinion", {
            "person_name": "Dzintra Ābele", "disability_group": "II",
            "limitations": ["mental", "upper_limbs"], "assistant_needed": False,
            "special_care_needed": True}),
    "r23op_family_with_a_transcribed_name_and_a_help_table.pdf": (
        r23op_family_with_a_transcribed_name_and_a_help_table, "social_worker_opinion", {
            "person_name": "Olena Hrycenko", "personal_code": R23OP_OLENA,
            "category": "family_with_children", "hours_per_week": 6,
            "tasks": ["kārtot saziņu ar skolu", "pavadīt meitu pie ārsta"]}),
})



# --- round 23 (r23bd): set ZB's digital papers from across the border ---

R23BD_LIENE = personal_code("1402931234")
R23BD_EDGARS = personal_code("0806871456")
R23BD_RUTA = personal_code("2511101789")
R23BD_GATIS = personal_code("1907681123")
R23BD_OLGA = personal_code("0305791456")
R23BD_MIHAILS = personal_code("1710091345")


def r23bd_translated_labels_and_a_rim_letter(pdf: canvas.Canvas) -> None:
    """An employer's certificate in Latvian and English: each label cell prints its English
    under the Latvian ("Amats" over "Position"), the value beside in the next column; a round
    stamp's rim crosses the date line, its topmost letter standing level between the place
    ("Rēzeknē / Rezekne") and the date."""
    _text(pdf, 190, 800, "SIA Austrumu Kokapstrāde", 14, bold=True)
    _text(pdf, 110, 784, "Reģ. Nr. 40203112233 · Meža iela 7, Rēzekne, LV-4601 · "
          "Eastern Woodworks", 8)
    _text(pdf, 220, 755, "IZZIŅA / CERTIFICATE", 12, bold=True)
    rows = [("Darbiniece", "Employee", "Liene Sproģe"),
            ("Personas kods", "Personal code", R23BD_LIENE),
            ("Amats", "Position", "galdniece / joiner"),
            ("Darba attiecības no", "Employed since", "03.02.2022."),
            ("Darba laiks", "Working time", "30 stundas nedēļā / 30 hours per week")]
    pdf.setLineWidth(0.6)
    top = 732.0
    for n in range(len(rows) + 1):
        pdf.line(55, top - 30 * n, 540, top - 30 * n)
    for x in (55, 215, 540):
        pdf.line(x, top, x, top - 30 * len(rows))
    y = top - 10
    for latvian, english, value in rows:
        _text(pdf, 60, y, latvian, 9)
        _text(pdf, 60, y - 11.7, english, 9)
        _text(pdf, 220, y, value, 9)
        y -= 30
    _text(pdf, 60, 540, "Izsniegta iesniegšanai Rēzeknes novada Sociālajā dienestā.", 10)
    _text(pdf, 60, 520, "Rēzeknē", 10)
    _text(pdf, 470, 520, "21.01.2025.", 10)
    _text(pdf, 60, 470, "Valdes loceklis / Board member", 10)
    _text(pdf, 450, 470, "J. Ozoliņš", 10)
    # 134 - 4 x 11 = 90: the fifth letter stands at the rim's top, turned by nothing.
    _rim_stamp(pdf, 300, 492, 28, "AUSTRUMU KOKAPSTRĀDE *", 134)


def r23bd_foreign_letterhead_over_its_latvian(pdf: canvas.Canvas) -> None:
    """A school's certificate from a border town: the letterhead's larger row names the school
    in Estonian (letters Latvian lacks), the row under it in Latvian before the address."""
    _text(pdf, 150, 800, "Mõisaküla Põhikooli Ipiķu õppekoht", 14, bold=True)
    _text(pdf, 110, 784, "Moisakilas pamatskolas Ipiķu filiāle · Skolas iela 2, Ipiķi, "
          "Rūjienas pag., LV-4240", 9)
    _text(pdf, 250, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Skolēns: Edgars Miezis, personas kods {R23BD_EDGARS}",
        "Programma: pamatizglītības programma",
        "Klase: 5.",
        "Mācās līdz: 2029. gada 31. maijam",
    ], size=10)
    _text(pdf, 60, 640, "Ipiķos, 2025. gada 15. septembrī", 10)
    _text(pdf, 400, 640, "Direktore K. Mänd", 10)


def r23bd_start_told_before_the_position(pdf: canvas.Canvas) -> None:
    """A foreign employer's Latvian letter telling the start, in English with its comma,
    between the verb and what the person works as, that written in the nominative after "par"
    with its translation in brackets ("strādā mūsu uzņēmumā kopš 6 March, 2023 par pavāre
    (cook)")."""
    _text(pdf, 210, 800, "UAB Žalgirio Virtuvė", 14, bold=True)
    _text(pdf, 170, 784, "Įmonės kodas 304112233 · Vilniaus g. 9, Biržai", 8)
    _text(pdf, 220, 750, "IZZIŅA / PAŽYMA", 12, bold=True)
    _lines(pdf, 60, 720, [
        f"Apliecinām, ka Rūta Kalniete, personas kods {R23BD_RUTA}, strādā mūsu uzņēmumā",
        "kopš 6 March, 2023 par pavāre (cook). Viņas darba laiks ir 24 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 660, "Biržai, 2025-02-10", 10)
    _text(pdf, 400, 660, "Direktorius A. Kazlauskas", 10)


def r23bd_title_with_translation_over_the_name(pdf: canvas.Canvas) -> None:
    """A day centre's certificate in two columns: the title and its translation side by side
    ("Izziņa" and "Teatis"), the name opening the next line; the hours as "10h00" clocks on
    named weekdays."""
    _text(pdf, 120, 800, "Biedrības „Robeža” dienas centrs „Tilts”", 13, bold=True)
    _text(pdf, 120, 784, "MTÜ Piir päevakeskus „Sild” · Ausekļa iela 4, Valka, LV-4701", 8)
    _text(pdf, 60, 750, "Izziņa", 12, bold=True)
    _text(pdf, 330, 750, "Teatis", 12, bold=True)
    _lines(pdf, 60, 728, [
        f"Gatis Vītols, personas kods {R23BD_GATIS},",
        "apmeklē dienas centru.",
        "Apmeklējuma laiks: no 10h00 līdz 14h00,",
        "otrdienās un piektdienās.",
    ], size=10)
    _lines(pdf, 330, 728, [
        f"Gatis Vītols, isikukood {R23BD_GATIS},",
        "külastab päevakeskust.",
        "Aeg: 10h00–14h00, T, R.",
    ], size=10)
    _text(pdf, 60, 640, "Valkā, 2025. gada 4. martā", 10)
    _text(pdf, 400, 640, "Vadītāja I. Tamm", 10)


def r23bd_judgment_dated_on_its_case_line(pdf: canvas.Canvas) -> None:
    """A certified copy of a judgment: the court's letterhead, "SPRIEDUMS" and the place and
    date on a line ending in its case number ("..., civillietā Nr. ..."); the copy certified a
    month later."""
    _text(pdf, 210, 800, "VIDZEMES RAJONA TIESA", 13, bold=True)
    _text(pdf, 270, 785, "Cēsis", 10)
    _text(pdf, 255, 760, "SPRIEDUMS", 12, bold=True)
    _text(pdf, 225, 744, "Latvijas Republikas vārdā", 10)
    _lines(pdf, 60, 722, [
        "Cēsīs 2024. gada 3. aprīlī, civillietā Nr. C31045624",
        f"... tiesa nosprieda: nodibināt aizgādnību Mihailam Orlovam, personas kods "
        f"{R23BD_MIHAILS},",
        f"un iecelt par aizgādni Olgu Orlovu, personas kods {R23BD_OLGA}.",
        "Spriedums stājies likumīgā spēkā 2024. gada 25. aprīlī.",
    ], size=10)
    _text(pdf, 60, 640, "KOPIJA PAREIZA. Tiesas sekretāre L. Ozola, Cēsīs, 2024. gada "
          "20. maijā", 9)


def r23bd_two_language_application_in_cyrillic(pdf: canvas.Canvas) -> None:
    """An application printed in Latvian and Russian on its text layer: every label with its
    Russian under it, a phone abroad, each activity row "latviski / по-русски | hours", the
    benefit's boxes before their options with the last box closing its line."""
    _text(pdf, 170, 800, "Ludzas novada Sociālais dienests", 13, bold=True)
    _text(pdf, 140, 784, "Raiņa iela 16, Ludza, LV-5701 · Социальная служба Лудзенского края", 8)
    _text(pdf, 90, 760, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 12, bold=True)
    _text(pdf, 90, 745, "ЗАЯВЛЕНИЕ на получение услуги ассистента", 10)
    rows = [("Vārds, uzvārds", "Имя, фамилия", "Olga Orlova"),
            ("Personas kods", "Персональный код", R23BD_OLGA),
            ("Deklarētā adrese", "Задекларированный адрес", "Stacijas iela 3-8, Ludza, LV-5701"),
            ("Tālrunis, e-pasts", "Телефон, электронная почта",
             "+372 5123 4567, olga.orlova@inbox.lv")]
    y = 715.0
    for latvian, russian, value in rows:
        _text(pdf, 60, y, latvian, 10)
        _text(pdf, 60, y - 11, russian, 8)
        _text(pdf, 250, y, value, 10)
        y -= 30
    _text(pdf, 60, y, "Aktivitāte / Деятельность", 10)
    _text(pdf, 380, y, "Stundas nedēļā / Часов в неделю", 10)
    _text(pdf, 60, y - 16, "darbs / работа на предприятии", 10)
    _text(pdf, 380, y - 16, "20", 10)
    _text(pdf, 60, y - 32, "brīvais laiks (koris) / свободное время (хор)", 10)
    _text(pdf, 380, y - 32, "6", 10)
    _text(pdf, 60, y - 60, "Valsts sociālo pabalstu asistenta izmantošanai / Государственное "
          "пособие: ☐ saņem / получает ☒", 9)
    _text(pdf, 60, y - 72, "nesaņem / не получает", 9)
    _text(pdf, 60, y - 100, "Datums / Дата: 12.03.2025.", 10)
    _text(pdf, 400, y - 100, "O. Orlova", 10)


def r23bd_calendar_whole_hour_ranges(pdf: canvas.Canvas) -> None:
    """A month drawn as a calendar whose worked days write a from-to of whole hours joined by
    a dash and a letter for the activity ("2 8–12 D"), the letters explained above the grid."""
    _text(pdf, 130, 800, "Asistenta darba uzskaite — 2025. gada jūnijs", 13, bold=True)
    _text(pdf, 40, 780, f"Klients: Gatis Vītols ({R23BD_GATIS})   Asistente: Liene Sproģe "
          f"({R23BD_LIENE})", 9)
    _text(pdf, 40, 766, "Apzīmējumi: D — darbs; B — biedrība. Laiks no–līdz (pilnas stundas).", 9)
    heads = ["P", "O", "T", "C", "Pk", "S", "Sv"]
    xs = [45 + 75 * i for i in range(7)]
    for x, head in zip(xs, heads, strict=True):
        _text(pdf, x, 740, head, 10, bold=True)
    weeks = [(2, ["8–12 D", "", "8–12 D", "", "", "", ""]),
             (9, ["8–12 D", "14–16 B", "8–12 D", "", "", "", ""])]
    y = 715.0
    for first, cells in weeks:
        for k, (x, cell) in enumerate(zip(xs, cells, strict=True)):
            _text(pdf, x, y, f"{first + k} {cell}".strip(), 9)
        y -= 26
    _text(pdf, 40, y - 10, "Kopā: 18 h", 10)
    _text(pdf, 40, y - 50, "Asistente", 10)
    _text(pdf, 400, y - 50, "L. Sproģe", 10)


CASES.update({
    "r23bd_translated_labels_and_a_rim_letter.pdf": (
        r23bd_translated_labels_and_a_rim_letter, "employer_certificate", {
            "person_name": "Liene Sproģe", "personal_code": R23BD_LIENE,
            "position": "galdniece", "hours_per_week": 30, "issued_on": "2025-01-21"}),
    "r23bd_foreign_letterhead_over_its_latvian.pdf": (
        r23bd_foreign_letterhead_over_its_latvian, "school_certificate", {
            "institution_name": "Moisakilas pamatskolas Ipiķu filiāle",
            "person_name": "Edgars Miezis", "study_until": "2029-05-31"}),
    "r23bd_start_told_before_the_position.pdf": (
        r23bd_start_told_before_the_position, "employer_certificate", {
            "person_name": "Rūta Kalniete", "position": "pavāre",
            "employed_since": "2023-03-06", "hours_per_week": 24}),
    "r23bd_title_with_translation_over_the_name.pdf": (
        r23bd_title_with_translation_over_the_name, "activity_certificate", {
            "person_name": "Gatis Vītols", "personal_code": R23BD_GATIS,
            "hours_per_week": 8, "issued_on": "2025-03-04"}),
    "r23bd_judgment_dated_on_its_case_line.pdf": (
        r23bd_judgment_dated_on_its_case_line, "representation_document", {
            "basis": "Vidzemes rajona tiesas 2024. gada 3. aprīļa spriedums civillietā "
                     "Nr. C31045624",
            "issued_on": "2024-04-03", "personal_code": R23BD_MIHAILS,
            "representative_personal_code": R23BD_OLGA}),
    "r23bd_two_language_application_in_cyrillic.pdf": (
        r23bd_two_language_application_in_cyrillic, "application", {
            "applicant_name": "Olga Orlova", "phone": "+372 51234567",
            "email": "olga.orlova@inbox.lv",
            "activities": [{"kind": "work", "hours_per_week": 20},
                           {"kind": "leisure", "hours_per_week": 6}],
            "receives_assistant_benefit": False}),
    "r23bd_calendar_whole_hour_ranges.pdf": (
        r23bd_calendar_whole_hour_ranges, "timesheet", {
            "month": "2025-06", "total_hours": 18,
            "entries": [
                {"date": "2025-06-02", "start": "08:00", "end": "12:00", "hours": 4,
                 "activity": "work"},
                {"date": "2025-06-04", "start": "08:00", "end": "12:00", "hours": 4,
                 "activity": "work"},
                {"date": "2025-06-09", "start": "08:00", "end": "12:00", "hours": 4,
                 "activity": "work"},
                {"date": "2025-06-10", "start": "14:00", "end": "16:00", "hours": 2,
                 "activity": "ngo"},
                {"date": "2025-06-11", "start": "08:00", "end": "12:00", "hours": 4,
                 "activity": "work"}]}),
})


def r23bd_sheet_in_two_languages_with_h_clocks(pdf: canvas.Canvas) -> None:
    """A timesheet printed in Latvian and Russian on its text layer: the head's labels with
    their translation before the colon ("Klients / Клиент: ..."), some rows' clocks typed with
    an "h" for the colon ("9h30"), the others with a colon."""
    _text(pdf, 150, 800, "Asistenta pakalpojuma uzskaites lapa", 13, bold=True)
    _text(pdf, 180, 784, "Учёт услуги ассистента", 10)
    _lines(pdf, 50, 755, [
        "Mēnesis / Месяц: 2025. gada novembris",
        f"Klients / Клиент: Mihails Orlovs, {R23BD_MIHAILS}",
        f"Asistente / Ассистент: Olga Orlova, {R23BD_OLGA}",
    ], size=10)
    heads = [("Datums / Дата", 50), ("No / С", 160), ("Līdz / До", 230), ("h", 300),
             ("Aktivitāte / Деятельность", 340)]
    for head, x in heads:
        _text(pdf, x, 700, head, 9, bold=True)
    rows = [("04.11.2025.", "9h30", "12h30", "3", "darbs / работа"),
            ("06.11.2025.", "09:30", "12:30", "3", "darbs / работа"),
            ("08.11.2025.", "15h00", "17h00", "2", "brīvais laiks / досуг"),
            ("11.11.2025.", "9h30", "12h30", "3", "darbs / работа")]
    y = 684.0
    for row in rows:
        for (text, (_, x)) in zip(row, heads, strict=True):
            _text(pdf, x, y, text, 9)
        y -= 16
    _text(pdf, 50, y - 6, "Kopā / Итого", 9, bold=True)
    _text(pdf, 300, y - 6, "11", 9, bold=True)
    _text(pdf, 50, y - 50, "Asistente / Ассистент", 9)
    _text(pdf, 400, y - 50, "O. Orlova", 9)


CASES.update({
    "r23bd_sheet_in_two_languages_with_h_clocks.pdf": (
        r23bd_sheet_in_two_languages_with_h_clocks, "timesheet", {
            "month": "2025-11", "total_hours": 11, "client_personal_code": R23BD_MIHAILS,
            "assistant_personal_code": R23BD_OLGA,
            "entries": [
                {"date": "2025-11-04", "start": "09:30", "end": "12:30", "hours": 3,
                 "activity": "work"},
                {"date": "2025-11-06", "start": "09:30", "end": "12:30", "hours": 3,
                 "activity": "work"},
                {"date": "2025-11-08", "start": "15:00", "end": "17:00", "hours": 2,
                 "activity": "leisure"},
                {"date": "2025-11-11", "start": "09:30", "end": "12:30", "hours": 3,
                 "activity": "work"}]}),
})



# --- round 23 (r23bs): set ZB's scanned papers of families from elsewhere ---

R23BS_VESMA = personal_code("1708641234")
R23BS_OTO = personal_code("0305071456")
R23BS_DAGNIJA = personal_code("2201791345")
R23BS_EGONS = personal_code("1110831678")
R23BS_LUKAS = personal_code("0604091234")


def r23bs_study_period_as_a_range(pdf: canvas.Canvas) -> None:
    """A college's statement whose rows give the study period as one range of two dates
    ("Mācību periods 01.09.2023.–30.06.2028."), no end date of its own: the range's end is
    the planned end."""
    _text(pdf, 160, 800, "Vidzemes Tehnoloģiju koledža", 14, bold=True)
    _text(pdf, 170, 784, "Meža iela 3, Valmiera, LV-4201", 9)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    _grid(pdf, 60, 720, [180, 300], [
        ["Studente", "Dagnija Ērgle"],
        ["Personas kods", R23BS_DAGNIJA],
        ["Studiju programma", "Mehatronika"],
        ["Mācību periods", "01.09.2023.–30.06.2028."],
        ["Kontaktstundas nedēļā", "24"],
    ])
    _text(pdf, 60, 590, "Valmierā, 2025. gada 12. septembrī", 10)
    _text(pdf, 360, 560, "Direktors A. Kalns", 10)


def r23bs_english_clock_and_code_after_comma(pdf: canvas.Canvas) -> None:
    """A sheet kept with an English twelve-hour clock on some rows ("3pm–6pm"), and the
    assistant's code wrapped to the start of the next line after the name's comma."""
    _text(pdf, 60, 800, "Asistenta darba laika uzskaite", 13, bold=True)
    _lines(pdf, 60, 775, [
        f"2025. gada marts. Klients: Oto Zariņš, {R23BS_OTO}. Asistente: Vēsma Kļaviņa,",
        f"{R23BS_VESMA}",
    ], size=10)
    _grid(pdf, 60, 735, [110, 120, 60, 180], [
        ["Datums", "Laiks", "Stundas", "Aktivitāte"],
        ["4.03.2025", "9.00–12.00", "3", "skola"],
        ["6.03.2025", "3pm–6pm", "3", "brīvais laiks"],
        ["11.03.2025", "9.00–12.00", "3", "skola"],
        ["15.03.2025", "10am–1pm", "3", "brīvais laiks"],
    ])
    _text(pdf, 60, 620, "Kopā 12", 10)


def r23bs_lithuanian_surname_final_e(pdf: canvas.Canvas) -> None:
    """A Lithuanian employer's certificate whose worker's surname was typed with a Latvian
    keyboard: the Lithuanian "ė" as "ē" ("Egons ... darbiniece Ieva Petrauskaitē")."""
    _text(pdf, 160, 800, "UAB „Nemuno Tiltas”", 14, bold=True)
    _text(pdf, 130, 784, "Latvijas filiāle: reģ. Nr. 40203123456, Skolas iela 2, Bauska", 9)
    _text(pdf, 60, 750, "Bauskā, 2025. gada 4. aprīlī", 10)
    _text(pdf, 250, 720, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"UAB „Nemuno Tiltas” apliecina, ka Ieva Petrauskaitē, personas kods {R23BS_EGONS},",
        "strādā uzņēmumā kopš 2022. gada 1. marta par noliktavas darbinieci, 30 stundas",
        "nedēļā.",
    ], size=10)
    _text(pdf, 60, 600, "Direktore R. Vaitkienē", 10)


def r23bs_participant_labelled_in_the_feminine(pdf: canvas.Canvas) -> None:
    """A society's course certificate whose rows label the person "Dalībniece" (a woman
    taking part) with a Russian caption under each Latvian label."""
    _text(pdf, 200, 800, "Biedrība „Kopā Varam”", 14, bold=True)
    _text(pdf, 190, 784, "Dzirnavu iela 5, Kārsava", 9)
    _text(pdf, 250, 750, "IZZIŅA", 13, bold=True)
    rows = [("Dalībniece", "Участница", "Dagnija Ērgle"),
            ("Personas kods", "Личный код", R23BS_DAGNIJA),
            ("Nodarbības", "Занятия", "3 h nedēļā (otrdienās)")]
    for at, (label, caption, value) in enumerate(rows):
        _text(pdf, 60, 710 - 40 * at, label, 10, bold=True)
        _text(pdf, 60, 698 - 40 * at, caption, 9)
        _text(pdf, 250, 710 - 40 * at, value, 10)
    _text(pdf, 60, 570, "Kārsavā, 2025. gada 3. novembrī", 10)
    _text(pdf, 360, 540, "Valdes locekle I. Zeltiņa", 10)


def r23bs_russian_summary_beside_the_decision(pdf: canvas.Canvas) -> None:
    """An orphan court's decision printed as a table of two cells: the Latvian decision on
    the left, its summary in Russian on the right, the Latvian sentence breaking after
    "personas kods" with the code on the next line."""
    _text(pdf, 200, 800, "KRĀSLAVAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 230, 770, "LĒMUMS Nr. 2-7/25/14", 12, bold=True)
    _text(pdf, 240, 754, "par aizgādņa iecelšanu", 10)
    _text(pdf, 60, 730, "Krāslavā, 2025. gada 20. februārī", 10)
    pdf.setLineWidth(0.6)
    pdf.rect(60, 640, 480, 70)
    pdf.line(340, 640, 340, 710)
    _lines(pdf, 64, 696, [
        "Bāriņtiesa nolemj iecelt Vēsmu Kļaviņu, personas kods",
        f"{R23BS_VESMA}, par Egona Kļaviņa, personas kods",
        f"{R23BS_EGONS}, aizgādni.",
    ], size=9)
    _lines(pdf, 344, 696, [
        "Кратко: Весма Клявиня назначена",
        "попечителем сына Эгона",
        "Клявиньша.",
    ], size=9)
    _text(pdf, 60, 600, "Priekšsēdētāja", 10)
    _text(pdf, 400, 600, "L. Vanaga", 10)


def r23bs_original_stapled_before_translation(pdf: canvas.Canvas) -> None:
    """A Ukrainian school's certificate in Ukrainian, its sworn Latvian translation on the
    next page (opening with "Tulkojums no ukraiņu valodas"): the school, the pupil and the
    programme are the translation's."""
    _text(pdf, 150, 800, "Житомирський ліцей № 4 Житомирської міської ради", 11, bold=True)
    _text(pdf, 180, 784, "вул. Садова, 7, Житомир, 10001, Україна", 9)
    _text(pdf, 250, 750, "ДОВІДКА № 88", 12, bold=True)
    _lines(pdf, 60, 720, [
        "Видана Лукасу Мельнику про те, що він дійсно навчається у 7-А класі ліцею",
        "за денною формою навчання (базова середня освіта).",
        "Директор О. Коваль",
    ], size=10)
    pdf.showPage()
    _text(pdf, 60, 800, "Tulkojums no ukraiņu valodas", 10)
    _text(pdf, 190, 780, "Žitomiras 4. licejs", 12, bold=True)
    _text(pdf, 180, 764, "Sadova iela 7, Žitomira, 10001, Ukraina", 9)
    _text(pdf, 250, 735, "IZZIŅA Nr. 88", 12, bold=True)
    _lines(pdf, 60, 705, [
        f"Izsniegta Lukasam Meļņikam, personas kods Latvijā {R23BS_LUKAS}, par to, ka viņš",
        "patiešām mācās liceja 7.A klasē dienas formā (vispārējā pamatizglītība). Mācību",
        "termiņš kārtējā mācību gadā — līdz 31.05.2026.",
        "02.09.2025",
        "Direktors (paraksts) O. Kovaļs.",
    ], size=10)
    _lines(pdf, 60, 560, [
        "Es, zvērināta tulkotāja Ilze Auziņa, apliecinu, ka šis tulkojums ir pareizs.",
        "Rēzeknē, 2025. gada 9. septembrī",
    ], size=9)


CASES.update({
    "r23bs_study_period_as_a_range.pdf": (
        r23bs_study_period_as_a_range, "school_certificate", {
            "person_name": "Dagnija Ērgle", "study_until": "2028-06-30"}),
    "r23bs_english_clock_and_code_after_comma.pdf": (
        r23bs_english_clock_and_code_after_comma, "timesheet", {
            "assistant_name": "Vēsma Kļaviņa", "assistant_personal_code": R23BS_VESMA,
            "client_personal_code": R23BS_OTO}),
    "r23bs_lithuanian_surname_final_e.pdf": (
        r23bs_lithuanian_surname_final_e, "employer_certificate", {
            "person_name": "Ieva Petrauskaitė", "personal_code": R23BS_EGONS}),
    "r23bs_participant_labelled_in_the_feminine.pdf": (
        r23bs_participant_labelled_in_the_feminine, "activity_certificate", {
            "person_name": "Dagnija Ērgle", "personal_code": R23BS_DAGNIJA}),
    "r23bs_russian_summary_beside_the_decision.pdf": (
        r23bs_russian_summary_beside_the_decision, "representation_document", {
            "representative_personal_code": R23BS_VESMA, "personal_code": R23BS_EGONS}),
    "r23bs_original_stapled_before_translation.pdf": (
        r23bs_original_stapled_before_translation, "school_certificate", {
            "institution_name": "Žitomiras 4. licejs", "personal_code": R23BS_LUKAS,
            "programme": "vispārējā pamatizglītība", "study_until": "2026-05-31"}),
})



# --- round 23 (r23ai): paper read through phones and screens ---------------------------------

R23AI_WARD = personal_code("1706481234")
R23AI_TRUSTEE = personal_code("0309791234")


def r23ai_decision_photographed_off_a_monitor(path: Path, *, dpi: int = 150) -> Path:
    """An orphans' court decision shown in a viewer and photographed off the monitor: the page
    light grey inside a black bezel on a dark desk, fine grey waves (the screen's moiré) running
    across the whole picture, a narrow darker margin of the viewer on each side."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    scale = dpi / 150
    width, height = round(1400 * scale), round(1000 * scale)
    screen = Image.new("L", (width, height), 203)
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, round(170 * scale), height), fill=178)
    draw.rectangle((width - round(150 * scale), 0, width, height), fill=178)

    def text(x: int, y: int, words: str, size: int = 17, face: str = sans) -> None:
        draw.text((round(x * scale), round(y * scale)), words,
                  font=ImageFont.truetype(face, round(size * scale)), fill=25)

    text(230, 80, "LIMBAŽU NOVADA BĀRIŅTIESA", 21, bold)
    text(230, 115, "Dārza iela 4, Limbaži, LV-4001", 14)
    text(230, 150, "LĒMUMS Nr. 3-07/25/41", 20, bold)
    text(230, 182, "par aizgādņa iecelšanu")
    text(230, 206, "Limbažos, 2025. gada 8. aprīlī")
    text(230, 246, "Izskatījusi Kārļa Zariņa iesniegumu un Vidzemes rajona tiesas spriedumu,")
    text(230, 270, "bāriņtiesa nolēma:")
    text(230, 300, f"iecelt Kārli Zariņu (personas kods {R23AI_TRUSTEE}) par aizgādni")
    text(230, 324, f"Dacei Zariņai (personas kods {R23AI_WARD}).")
    text(230, 370, "Bāriņtiesas priekšsēdētāja          L. Strautiņa")
    pixels = np.asarray(screen, dtype=np.float64)
    rows, cols = np.mgrid[0:height, 0:width]
    # The moiré: waves a few pixels apart, bending slowly across the picture.
    waves = np.sin(2 * np.pi * (rows + 3 * np.sin(cols / (40 * scale))) / (9 * scale))
    pixels = pixels - 40 * np.clip(waves, 0, 1) ** 2
    rng = np.random.default_rng(23)
    pixels += rng.normal(0, 5, pixels.shape)
    bezel, desk = round(50 * scale), round(40 * scale)
    full = np.full((height + 2 * (bezel + desk), width + 2 * (bezel + desk)), 75.0)
    full[desk:-desk, desk:-desk] = 25.0
    full[desk + bezel:-(desk + bezel), desk + bezel:-(desk + bezel)] = pixels
    Image.fromarray(np.clip(full, 0, 255).astype(np.uint8), mode="L").save(
        path, dpi=(dpi, dpi), quality=80)
    return path


R23AI_APPLICANT = personal_code("2207851234")


def r23ai_portal_switches_screenshot(path: Path) -> Path:
    """A phone's screenshot of a municipality's e-service: the application's fields as captions
    over boxes, the activities and the benefit question as a list of on/off switches (a dark
    track with its knob right when on, a light grey one with its knob left when off), hours
    only beside the ones switched on."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    shot = Image.new("L", (1080, 2200), 255)
    draw = ImageDraw.Draw(shot)

    def text(x: int, y: int, words: str, size: int = 34, face: str = sans, fill: int = 0) -> None:
        draw.text((x, y), words, font=ImageFont.truetype(face, size), fill=fill)

    def switch(y: int, on: bool) -> None:
        if on:
            draw.rounded_rectangle((48, y, 150, y + 54), radius=27, fill=80)
            draw.ellipse((100, y + 5, 144, y + 49), fill=255)
        else:
            draw.rounded_rectangle((48, y, 150, y + 54), radius=27, fill=200)
            draw.ellipse((54, y + 5, 98, y + 49), fill=255, outline=190, width=2)

    text(60, 30, "09:15", 38, bold)
    draw.rectangle((0, 130, 1080, 230), fill=80)
    text(48, 160, "Valmieras novads  ·  e-pakalpojumi", 34, bold, 255)
    text(48, 280, "Pieteikums: asistenta pakalpojums", 42, bold)
    text(48, 360, "Iesniegts 03.02.2025 14:20", 28, fill=120)
    for y, caption, value in ((430, "Vārds, uzvārds", "Kristīne Ābele"),
                              (560, "Personas kods", R23AI_APPLICANT),
                              (690, "Adrese", "Rīgas iela 12, Valmiera, LV-4201")):
        text(48, y, caption, 28, fill=120)
        draw.rounded_rectangle((48, y + 40, 1032, y + 100), radius=8, outline=190, width=3)
        text(66, y + 52, value)
    text(48, 850, "Aktivitātes, kurām vajadzīgs asistents", 36, bold)
    for row, (label, hours, on) in enumerate((
            ("Darbs", "", False), ("Izglītība (augstākā)", "10 h/nedēļā", True),
            ("Dienas aprūpes centrs", "", False), ("Brīvais laiks", "4 h/nedēļā", True),
            ("Saņemu asistenta izmantošanas pabalstu", "", False))):
        y = 920 + 84 * row
        switch(y, on)
        text(176, y + 8, label, 32 if row < 4 else 30)
        if hours:
            text(770, y + 8, hours, 32)
    shot.save(path, dpi=(216, 216))
    return path


R23AI_WORKER = personal_code("1402921234")


def r23ai_employer_named_in_its_sentence(pdf: canvas.Canvas) -> None:
    """A small company's certificate in prose without a letterhead: the company names itself as
    the subject of the sentence ("SIA ... apliecina, ka ..."), the next line starts with
    "uzņēmumā" (a label's word inflected inside the sentence) and runs on into the next
    sentence; the job is a definite adjective and its noun in the accusative after "par"."""
    _text(pdf, 60, 740, "Jelgavā, 2025. gada 3. novembrī", 10)
    _lines(pdf, 60, 710, [
        f"SIA Zaļais Tilts apliecina, ka Marta Lūse, personas kods {R23AI_WORKER}, strādā",
        "uzņēmumā par vecāko grāmatvedi kopš 2023. gada 1. marta. Darbs notiek",
        "birojā Jelgavā, darba laiks 20 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes priekšsēdētājs  K. Kalniņš", 10)


CASES.update({
    "r23ai_employer_named_in_its_sentence.pdf": (
        r23ai_employer_named_in_its_sentence, "employer_certificate", {
            "employer_name": "SIA Zaļais Tilts", "position": "vecākā grāmatvede",
            "person_name": "Marta Lūse", "hours_per_week": 20,
        }),
})


R23AI_MOTHER = personal_code("1108801234")
R23AI_DAUGHTER = personal_code("0503121234")


def r23ai_chat_about_a_daughter(pdf: canvas.Canvas) -> None:
    """A messenger conversation with a social service printed as it shows: each bubble a line
    or two with its time under it, no full stops between bubbles. The mother introduces
    herself, then her daughter by a kin noun opening the bubble ("Meita ..., p.k. ..."); the
    need is "vajag asistentu uz ... un uz peldēšanas ..."."""
    _text(pdf, 60, 800, "Bauskas novada Sociālais dienests", 11, bold=True)
    y = 770
    for bubble in (
            ["Labdien! Kā varam palīdzēt?"], ["10:02"],
            [f"Esmu Inga Priede, p.k. {R23AI_MOTHER}.", "Rakstu par meitu."], ["10:05 ✓✓"],
            [f"Meita Laura Priede, p.k. {R23AI_DAUGHTER},", "dzīvojam Skolas ielā 4, Bauskā"],
            ["10:06 ✓✓"],
            ["Laurai vajag asistentu uz mūzikas skolu 6 h",
             "nedēļā un uz peldēšanas treniņiem 2 h nedēļā"],
            ["10:09 ✓✓"], ["Lūdzu piešķirt asistenta pakalpojumu. Inga Priede"], ["10:11 ✓✓"]):
        for line in bubble:
            _text(pdf, 80, y, line, 10)
            y -= 14
        y -= 6


CASES.update({
    "r23ai_chat_about_a_daughter.pdf": (
        r23ai_chat_about_a_daughter, "application", {
            "applicant_name": "Inga Priede", "applicant_personal_code": R23AI_MOTHER,
            "client_name": "Laura Priede", "client_personal_code": R23AI_DAUGHTER,
            "activities": [{"kind": "education", "hours_per_week": 6},
                           {"kind": "leisure", "hours_per_week": 2}]}),
})


R23AI_CLERK = personal_code("0101901234")


def r23ai_certificate_photo_cut_at_the_left(path: Path, *, dpi: int = 150) -> Path:
    """An employer's certificate photographed with its left edge cut off: the letterhead's
    register line keeps only "...ģ. Nr. 4..." of its label."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    scale = dpi / 150
    page = Image.new("L", (round(1150 * scale), round(1500 * scale)), 242)
    draw = ImageDraw.Draw(page)

    def text(x: int, y: int, words: str, size: int = 19, face: str = sans) -> None:
        draw.text((round(x * scale), round(y * scale)), words,
                  font=ImageFont.truetype(face, round(size * scale)), fill=30)

    text(-40, 90, "Loģistikas parks SIA Ziemeļu Krasts", 24, bold)
    text(-40, 130, "Reģ. Nr. 40203117766, Ostas iela 3, Ventspils, LV-3601", 17)
    text(120, 200, "IZZIŅA", 24, bold)
    text(120, 250, "Ventspilī, 12.03.2025. Nr. 14/2025")
    text(120, 300, f"Izziņa izsniegta Ilzei Ozolai, personas kods {R23AI_CLERK}, par to, ka")
    text(120, 328, "viņa kopš 2023. gada 6. februāra strādā SIA Ziemeļu Krasts par noliktavas")
    text(120, 356, "darbinieci. Darba laiks 20 stundas nedēļā.")
    text(120, 420, "Personāla vadītāja  A. Lapiņa")
    page.save(path, dpi=(dpi, dpi), quality=85)
    return path


R23AI_HELPER = personal_code("2511771234")
R23AI_CLIENT = personal_code("0704661234")


def r23ai_timesheet_cells_run_together(pdf: canvas.Canvas) -> None:
    """A timesheet whose narrow table prints its cells with no gap between them, so the row's
    date, from and to come out as one word ("04.0308:3012:30"), and a short row's hours run
    into its activity ("13:002pastaiga"); one row's hours cell is left empty."""
    _text(pdf, 60, 800, "Asistenta pakalpojuma uzskaites lapa", 13, bold=True)
    _lines(pdf, 60, 770, [
        "Mēnesis: 2025. gada marts",
        f"Klients: Ojārs Vītols, p.k. {R23AI_CLIENT}",
        f"Asistents: Edgars Sils, p.k. {R23AI_HELPER}",
        "Datums No Līdz Stundas Aktivitāte",
    ], size=10)
    y = 700
    for cells in (("04.03", "08:30", "12:30", " 4 darbs"),
                  ("06.03.", "11:00", "13:00", "2pastaiga"),
                  ("11.03", "08:30", "12:30", " 4 darbs"),
                  ("13.03.", "11:00", "13:00", " pastaiga")):
        x = 60.0
        for cell in cells:
            _text(pdf, x, y, cell, 10)
            x += pdf.stringWidth(cell, "DejaVuSans", 10)
        y -= 16
    _text(pdf, 60, y - 10, "Kopā stundas: 12", 10)
    _text(pdf, 60, y - 50, "Asistents: E. Sils          Klients: O. Vītols", 10)


CASES.update({
    "r23ai_timesheet_cells_run_together.pdf": (
        r23ai_timesheet_cells_run_together, "timesheet", {
            "month": "2025-03", "total_hours": 12,
            "entries": [
                {"date": "2025-03-04", "start": "08:30", "end": "12:30", "hours": 4,
                 "activity": "work"},
                {"date": "2025-03-06", "start": "11:00", "end": "13:00", "hours": 2,
                 "activity": "leisure"},
                {"date": "2025-03-11", "start": "08:30", "end": "12:30", "hours": 4,
                 "activity": "work"},
                {"date": "2025-03-13", "start": "11:00", "end": "13:00", "hours": 2,
                 "activity": "leisure"}]}),
})


R23AI_SENDER = personal_code("1912831234")


def r23ai_label_capital_i_read_as_l(pdf: canvas.Canvas) -> None:
    """An e-service's print whose text is a scanner's own OCR: each caption over its value,
    the capital "I" opening "Iesniedzējs" read as "l" (and as "J" in "Iesniegts")."""
    _text(pdf, 60, 790, "Pieteikums: asistenta pakalpojums", 14, bold=True)
    _text(pdf, 60, 765, "Statuss: Jesniegts 07.04.2025", 9)
    y = 735
    for caption, value in (("lesniedzējs", "Roberts Dumpis"), ("Personas kods", R23AI_SENDER),
                           ("Deklarētā adrese", "Jūras iela 8, Liepāja, LV-3401"),
                           ("Pakalpojums nepieciešams", "sev")):
        _text(pdf, 60, y, caption, 8)
        _text(pdf, 66, y - 16, value, 11)
        y -= 44
    _text(pdf, 60, y, "Lūdzu piešķirt asistenta pakalpojumu darbam 20 h/nedēļā.", 10)


CASES.update({
    "r23ai_label_capital_i_read_as_l.pdf": (
        r23ai_label_capital_i_read_as_l, "application", {
            "applicant_name": "Roberts Dumpis", "applicant_personal_code": R23AI_SENDER}),
})



# --- round 23 (r23dd): corrected, certified and re-worked paper (digital) ---

R23DD_MARTA = personal_code("0704880316")
R23DD_IVO = personal_code("1911750528")
R23DD_LINDA = personal_code("2302920773")


def _r23dd_struck(pdf: canvas.Canvas, x: float, y: float, text: str, size: float,
                  ink: tuple[float, float, float]) -> float:
    """`text` printed black at (x, y) and struck through by a pen's line in `ink`; its width."""
    width = pdf.stringWidth(text, "DejaVuSans", size)
    _text(pdf, x, y, text, size)
    pdf.setStrokeColorRGB(*ink)
    pdf.setLineWidth(1.1)
    pdf.line(x - 2, y + 0.33 * size, x + width + 2, y + 0.33 * size)
    pdf.setStrokeColorRGB(0, 0, 0)
    return width


def _r23dd_hand(pdf: canvas.Canvas, x: float, y: float, text: str, size: float,
                ink: tuple[float, float, float]) -> None:
    pdf.setFillColorRGB(*ink)
    _text(pdf, x, y, text, size)
    pdf.setFillColorRGB(0, 0, 0)


def r23dd_hours_struck_corrected_above(pdf: canvas.Canvas) -> None:
    """An employer's certificate whose typed weekly hours were struck through in green and
    the right figure written above them, the corrector's initials beside; the e-mail typed
    with a wrong letter struck and written again above it in the same green."""
    green = (0.1, 0.45, 0.2)
    _text(pdf, 60, 800, "SIA Kalnu Maiznīca", 14, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103987654, Dzirnavu iela 3, Sigulda, LV-2150", 9)
    _text(pdf, 60, 750, "Siguldā, 2025. gada 14. martā", 10)
    _text(pdf, 250, 720, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 690, "Darbiniece", 10)
    _text(pdf, 220, 690, "Marta Ozoliņa", 10)
    _text(pdf, 60, 672, "Personas kods", 10)
    _text(pdf, 220, 672, R23DD_MARTA, 10)
    _text(pdf, 60, 654, "Amats", 10)
    _text(pdf, 220, 654, "maiznīcas tehnoloģe", 10)
    _text(pdf, 60, 626, "Darba stundas nedēļā:", 10)
    _r23dd_struck(pdf, 220, 626, "36", 10, green)
    _r23dd_hand(pdf, 222, 640, "32", 12, green)
    _r23dd_hand(pdf, 265, 629, "R.L.", 9, green)
    _text(pdf, 60, 600, "Izziņa izsniegta iesniegšanai sociālajā dienestā.", 10)
    _text(pdf, 60, 560, "Valdes locekle", 10)
    _text(pdf, 420, 560, "R. Lapiņa", 10)


def r23dd_struck_tick_and_two_signatures(pdf: canvas.Canvas) -> None:
    """A social worker's opinion with a checklist of tasks whose printed tick in one row is
    struck out in red (that task dropped), and no date line: the prepared-by signature
    dated one day and the approved-by signature two days later."""
    red = (0.75, 0.1, 0.1)
    _text(pdf, 60, 800, "Ogres novada Sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 60, 740, f"Klients Ivo Bērziņš, personas kods {R23DD_IVO}", 10)
    _text(pdf, 60, 716, "Atbalsta uzdevums", 10)
    _text(pdf, 400, 716, "✓", 10)
    rows = [("iepirkšanās un maksājumu kārtošana", False),
            ("veļas mazgāšana", True),
            ("pavadīšana pie ģimenes ārsta", False)]
    for n, (task, struck) in enumerate(rows):
        y = 698 - 18 * n
        _text(pdf, 60, y, task, 10)
        if struck:
            _r23dd_struck(pdf, 400, y, "✓", 10, red)
        else:
            _text(pdf, 400, y, "✓", 10)
    for x in (55, 390, 420):
        pdf.line(x, 728, x, 640)
    for y in (728, 710, 692, 674, 656, 640):
        pdf.line(55, y, 420, y)
    _text(pdf, 60, 610, "Stundas nedēļā: 5", 10)
    _text(pdf, 60, 580, "Sagatavoja: sociālā darbiniece A. Kalna 10.04.2025.", 10)
    _text(pdf, 60, 560, "Apstiprināja: dienesta vadītājs J. Lūsis 14.04.2025.", 10)


def r23dd_application_with_a_certified_copy(pdf: canvas.Canvas) -> None:
    """An application signed on one day with the service's copy certification under it, the
    certifier's role and name on their own lines and the certification's "Datums:" last."""
    _text(pdf, 330, 800, "Tukuma novada Sociālajam dienestam", 10)
    _text(pdf, 250, 770, "IESNIEGUMS", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Es, Linda Zariņa, personas kods {R23DD_LINDA}, dzīvoju Lielā ielā 5-2, Tukumā,",
        "LV-3101. Lūdzu piešķirt man asistenta pakalpojumu darbam 20 stundas nedēļā.",
        "Valsts sociālo pabalstu asistenta izmantošanai nesaņemu.",
    ], size=10)
    _text(pdf, 60, 680, "2025. gada 3. februārī", 10)
    _text(pdf, 420, 680, "L. Zariņa", 10)
    pdf.setFillColorRGB(0.2, 0.3, 0.7)
    _lines(pdf, 300, 620, ["NORAKSTS PAREIZS", "Dienesta sekretāre", "E. Kalniņa",
                           "Datums: 11.02.2025"], size=9)
    pdf.setFillColorRGB(0, 0, 0)


def r23dd_amendment_of_a_certificate(pdf: canvas.Canvas) -> None:
    """An employer's letter amending its earlier certificate: only the new weekly hours of
    the person it names, no title but "Grozījumi ... izziņā Nr. ..."."""
    _text(pdf, 60, 800, "SIA Upes Koki", 14, bold=True)
    _text(pdf, 60, 784, "Reģ. Nr. 40103111222, Meža iela 8, Madona, LV-4801", 9)
    _text(pdf, 60, 750, "Madonā 12.05.2025. Nr. 7/25", 10)
    _text(pdf, 60, 720, "Grozījumi 2025. gada 2. aprīļa izziņā Nr. 5", 11, bold=True)
    _lines(pdf, 60, 694, [
        f"No 2025. gada 1. maija mūsu darbiniecei Marta Ozoliņa (personas kods {R23DD_MARTA})",
        "noteikts darba laiks 30 stundas nedēļā iepriekšējo 40 stundu vietā.",
        "Pārējās izziņā norādītās ziņas paliek spēkā.",
    ], size=10)
    _text(pdf, 60, 620, "Valdes loceklis", 10)
    _text(pdf, 420, 620, "K. Liepa", 10)


def r23dd_reminder_naming_a_certificate(pdf: canvas.Canvas) -> None:
    """The service's reminder to a client about a missing paper, the paper's name wrapped to
    the start of the sentence's second line."""
    _text(pdf, 60, 800, "Ogres novada Sociālais dienests", 13, bold=True)
    _text(pdf, 60, 770, "02.06.2025. Nr. 2-9/311", 10)
    _text(pdf, 60, 740, "Atgādinājums par iesniegumam trūkstošu dokumentu", 11, bold=True)
    _lines(pdf, 60, 714, [
        "Jūsu 2025. gada 20. maija iesniegumam par asistenta pakalpojumu vēl nav pievienota",
        "izglītības iestādes izziņa par mācību stundām nedēļā. Lūdzam to iesniegt līdz",
        "2025. gada 16. jūnijam.",
    ], size=10)
    _text(pdf, 60, 640, "Sociālā darbiniece A. Kalna", 10)


CASES.update({
    "r23dd_hours_struck_corrected_above.pdf": (
        r23dd_hours_struck_corrected_above, "employer_certificate", {
            "person_name": "Marta Ozoliņa", "personal_code": R23DD_MARTA,
            "hours_per_week": 32, "issued_on": "2025-03-14"}),
    "r23dd_struck_tick_and_two_signatures.pdf": (
        r23dd_struck_tick_and_two_signatures, "social_worker_opinion", {
            "personal_code": R23DD_IVO,
            "tasks": ["iepirkšanās un maksājumu kārtošana", "pavadīšana pie ģimenes ārsta"],
            "issued_on": "2025-04-14"}),
    "r23dd_application_with_a_certified_copy.pdf": (
        r23dd_application_with_a_certified_copy, "application", {
            "client_personal_code": R23DD_LINDA, "submitted_on": "2025-02-03"}),
    "r23dd_amendment_of_a_certificate.pdf": (
        r23dd_amendment_of_a_certificate, "employer_certificate", {
            "personal_code": R23DD_MARTA, "hours_per_week": 30, "issued_on": "2025-05-12"}),
    "r23dd_reminder_naming_a_certificate.pdf": (
        r23dd_reminder_naming_a_certificate, "unknown", {}),
})


R23DD_AIJA = personal_code("1506620419")


def r23dd_crosses_drawn_in_an_answer_grid(pdf: canvas.Canvas) -> None:
    """A commission's opinion whose limitations are a grid of rows and two columns "ir" and
    "nav", each answer a cross drawn with two pen strokes in its cell."""
    pen = (0.1, 0.15, 0.5)
    _text(pdf, 60, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 60, 770, "Atzinums Nr. VD-25-01234 (03.03.2025.)", 11, bold=True)
    _text(pdf, 60, 745, f"Aija Strautiņa, personas kods {R23DD_AIJA}", 10)
    _text(pdf, 60, 728, "Noteikta II grupas invaliditāte no 03.03.2025. līdz 02.03.2027.", 10)
    _text(pdf, 60, 700, "Funkcionālie ierobežojumi", 10)
    _text(pdf, 380, 700, "ir", 10)
    _text(pdf, 470, 700, "nav", 10)
    rows = [("redze", 0), ("pārvietošanās", 1), ("psihiskās funkcijas", 1),
            ("augšējo ekstremitāšu funkcijas", 0)]
    pdf.setStrokeColorRGB(*pen)
    for n, (row, column) in enumerate(rows):
        y = 682 - 19 * n
        _text(pdf, 60, y, row, 10)
        x = 380 if column == 0 else 470
        pdf.line(x, y - 2, x + 10, y + 8)
        pdf.line(x, y + 8, x + 10, y - 2)
    pdf.setStrokeColorRGB(0, 0, 0)
    _text(pdf, 60, 590, "Asistenta pakalpojums: nepieciešams.", 10)


CASES.update({
    "r23dd_crosses_drawn_in_an_answer_grid.pdf": (
        r23dd_crosses_drawn_in_an_answer_grid, "commission_opinion", {
            "personal_code": R23DD_AIJA, "limitations": ["vision", "upper_limbs"]}),
})


R23DD_KRISTAPS = personal_code("0309080527")


def r23dd_reissued_school_certificate(pdf: canvas.Canvas) -> None:
    """A school's certificate re-issued: its number and date on the line under the letterhead,
    and a closing sentence saying it replaces an earlier certificate of another date."""
    _text(pdf, 60, 800, "Valmieras Tehnikums", 13, bold=True)
    _text(pdf, 60, 784, "Ziedu iela 4, Valmiera, LV-4201", 9)
    _text(pdf, 60, 760, "Izziņa Nr. 12/40 15.10.2025.", 10)
    _text(pdf, 60, 730, f"Izglītojamais Kristaps Vītols, personas kods {R23DD_KRISTAPS},", 10)
    _text(pdf, 60, 714, "mācās 3. kursā programmā Datorsistēmas, 32 stundas nedēļā.", 10)
    _text(pdf, 60, 690, "Izziņa izsniegta atkārtoti un aizstāj 2025. gada 1. oktobra izziņu "
                        "Nr. 12/31.", 10)
    _text(pdf, 60, 650, "Direktore", 10)
    _text(pdf, 420, 650, "S. Kļaviņa", 10)


CASES.update({
    "r23dd_reissued_school_certificate.pdf": (
        r23dd_reissued_school_certificate, "school_certificate", {
            "personal_code": R23DD_KRISTAPS, "issued_on": "2025-10-15"}),
})


R23DD_OLGA = personal_code("2204410318")
R23DD_EDGARS = personal_code("0812690425")


def r23dd_court_restricts_capacity_and_appoints(pdf: canvas.Canvas) -> None:
    """A court's extract: it restricts the capacity of one person (named in the dative) and
    appoints another as her guardian after "par aizgādni" (named in the accusative)."""
    _text(pdf, 60, 800, "VIDZEMES RAJONA TIESA", 13, bold=True)
    _text(pdf, 250, 770, "IZRAKSTS", 12, bold=True)
    _text(pdf, 60, 750, "no 2025. gada 10. janvāra sprieduma civillietā Nr. C12345625", 10)
    _lines(pdf, 60, 720, [
        f"Ierobežot rīcībspēju Olgai Kalnai, personas kods {R23DD_OLGA}, finanšu jautājumos.",
        f"Iecelt par aizgādni Edgaru Kalnu, personas kods {R23DD_EDGARS}.",
        "Izraksts izgatavots 2025. gada 3. februārī.",
    ], size=10)
    _text(pdf, 60, 650, "Tiesas sekretāre I. Vīksna", 10)


CASES.update({
    "r23dd_court_restricts_capacity_and_appoints.pdf": (
        r23dd_court_restricts_capacity_and_appoints, "representation_document", {
            "person_name": "Olga Kalna", "personal_code": R23DD_OLGA,
            "representative_personal_code": R23DD_EDGARS}),
})



# --- round 23 (r23ad): set ZA's digital papers through phones and screens ---

R23AD_MARIS = personal_code("0411790315")
R23AD_ILZE = personal_code("1708840622")
R23AD_IVO = personal_code("2302050473")
R23AD_ALISE = personal_code("0906950588")
R23AD_ROLANDS = personal_code("1512660233")


def r23ad_clinic_rows_with_a_referral_label(pdf: canvas.Canvas) -> None:
    """A clinic's certificate under a bare "IZZIŅA", its facts in a column of label and value
    rows; one row's label is "Nosūtījums" (a referral, a title of someone else's paper),
    a label of the form, not the paper's title."""
    _text(pdf, 60, 800, "Veselības centrs „Priedaine”", 13, bold=True)
    _text(pdf, 60, 784, "Ergoterapijas kabinets, Meža iela 3, Jūrmala, LV-2015", 9)
    _text(pdf, 260, 740, "IZZIŅA", 13, bold=True)
    rows = [("Pacients", "Māris Ābeltiņš"), ("Personas kods", R23AD_MARIS),
            ("Nosūtījums", "neirologa nosūtījums Nr. 5521, 2025. gada 2. aprīlis"),
            ("Speciālists", "ergoterapeits K. Lāce"),
            ("Procedūras", "ergoterapija un ārstnieciskā vingrošana"),
            ("Apmeklējums", "divas reizes nedēļā, kopā 3 stundas nedēļā")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - at * 18, label, 10)
        _text(pdf, 220, 700 - at * 18, value, 10)
    _text(pdf, 60, 560, "Jūrmalā, 2025. gada 16. aprīlī", 10)
    _text(pdf, 60, 530, "Kabineta vadītājs", 10)
    _text(pdf, 400, 530, "J. Krūze", 10)


def r23ad_mail_attachment_named_after_an_association(pdf: canvas.Canvas) -> None:
    """An e-mail printed to PDF whose header rows carry no colons ("No", "Kam", "Datums",
    "Pielikumi" in a column of their own) and whose attachments are named after an association
    and a day centre; the request in the body tells the activities with their hours."""
    rows = [("No", "Ilze Vītola <ilze.vitola@example.lv>"),
            ("Kam", "Jelgavas Sociālais dienests <pasts@example.lv>"),
            ("Datums", "otrdiena, 2025. gada 4. novembris 18:20"),
            ("Pielikumi", "biedribas_apliecinajums.pdf, dienas_centra_izzina.pdf")]
    _text(pdf, 50, 800, "Asistenta pakalpojums", 12, bold=True)
    for at, (label, value) in enumerate(rows):
        _text(pdf, 50, 775 - at * 15, label, 9)
        _text(pdf, 150, 775 - at * 15, value, 9)
    _lines(pdf, 50, 700, [
        "Labdien,",
        f"es, Ilze Vītola (personas kods {R23AD_ILZE}), lūdzu piešķirt man asistenta",
        "pakalpojumu. Dzīvoju Lielajā ielā 14-2, Jelgavā, LV-3001.",
        "Palīdzība vajadzīga darbā 12 stundas nedēļā un bibliotēkas lasītāju pulciņā 2",
        "stundas nedēļā.",
        "Pielikumā apliecinājums.",
        "Ar cieņu",
        "Ilze Vītola",
    ], size=10)


def r23ad_form_of_study_before_the_programme(pdf: canvas.Canvas) -> None:
    """A school's certificate saying how one studies between the verb and the programme
    ("mācās neklātienes formā vispārējās vidējās izglītības programmā"): the form of study in
    the locative is no word of the programme's name."""
    _text(pdf, 150, 800, "Jēkabpils Vakara vidusskola", 13, bold=True)
    _text(pdf, 140, 784, "Reģ. Nr. 4313900871, Rīgas iela 40, Jēkabpils, LV-5201", 9)
    _text(pdf, 260, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Izziņa izsniegta Ivo Kalniņam, personas kods {R23AD_IVO}, par to, ka viņš",
        "mācās neklātienes formā vispārējās vidējās izglītības programmā, 11. klasē.",
        "Konsultācijas skolā notiek 6 stundas nedēļā. Mācības beigsies 2026. gada",
        "19. jūnijā.",
    ], size=10)
    _text(pdf, 60, 620, "Jēkabpilī, 2025. gada 1. oktobrī", 10)
    _text(pdf, 60, 590, "Direktors", 10)
    _text(pdf, 400, 590, "A. Zeltiņš", 10)


def r23ad_college_after_a_covering_sentence(pdf: canvas.Canvas) -> None:
    """A certificate pasted into an e-mail's body: under the mail's header, a covering sentence
    ending in "izziņu." on the line above the college's name, then "IZZIŅA" and the body."""
    _lines(pdf, 50, 810, [
        "No: Studiju daļa <studijas@example.lv>",
        "Kam: alise.berzina@example.lv",
        "Tēma: izziņa",
    ], size=9)
    _lines(pdf, 50, 760, [
        "Sveiki, Alise!",
        "Kā lūdzāt, pārsūtām Jums izziņu.",
        "Kurzemes Lietišķās mākslas koledža",
    ], size=10)
    _text(pdf, 50, 710, "IZZIŅA", 12, bold=True)
    _lines(pdf, 50, 690, [
        f"Izsniegta Alisei Bērziņai, personas kods {R23AD_ALISE}, par to, ka viņa studē",
        "Kurzemes Lietišķās mākslas koledžas studiju programmā „Keramika”, 1. kursā.",
        "Nodarbības klātienē 12 stundas nedēļā. Studiju beigas 2027. gada 30. jūnijā.",
        "Izziņa izsniegta 2025. gada 6. oktobrī.",
    ], size=10)


def r23ad_college_name_in_capitals(pdf: canvas.Canvas) -> None:
    """A college's letterhead set in capitals with a common noun in the genitive plural after
    the name's opening word ("CĒSU PRAKTISKO VALODU KOLEDŽA"); the body never writes it."""
    _text(pdf, 60, 800, "CĒSU PRAKTISKO VALODU KOLEDŽA", 12, bold=True)
    _text(pdf, 60, 785, "Lenču iela 2, Cēsis, LV-4101", 9)
    _text(pdf, 240, 740, "IZZIŅA par studijām", 13, bold=True)
    rows = [("Studējošais", "Rolands Eglītis"), ("Personas kods", R23AD_ROLANDS),
            ("Studiju programma", "Tulkošana"),
            ("Studiju forma", "nepilna laika, 8 stundas nedēļā"),
            ("Studiju beigas", "2026. gada 30. jūnijā")]
    for at, (label, value) in enumerate(rows):
        _text(pdf, 60, 700 - at * 18, label, 10)
        _text(pdf, 220, 700 - at * 18, value, 10)
    _text(pdf, 60, 580, "Cēsīs, 12.09.2025.", 10)
    _text(pdf, 400, 550, "K. Bērza", 10)


def r23ad_note_with_its_edit_time_signed_with_a_date(pdf: canvas.Canvas) -> None:
    """An application typed in a phone's notes app and exported to PDF: the app's edit time
    over the note ("2025. gada 12. maijs 21:47"), the note signed with the name and an earlier
    date under it."""
    _text(pdf, 40, 810, "2025. gada 12. maijs 21:47", 8)
    _lines(pdf, 40, 780, [
        "Iesniegums par asistenta pakalpojumu",
        "Valmieras novada Sociālajam dienestam",
        f"no Rolanda Eglīša, p.k. {R23AD_ROLANDS}",
        "dzīvoju Rīgas ielā 7-3, Valmierā, LV-4201",
        "Lūdzu piešķirt man asistenta pakalpojumu",
        "nokļūšanai uz darbu 10 stundas nedēļā.",
        "",
        "Rolands Eglītis",
        "10.05.2025",
    ], size=11)


CASES.update({
    "r23ad_clinic_rows_with_a_referral_label.pdf": (
        r23ad_clinic_rows_with_a_referral_label, "activity_certificate", {
            "person_name": "Māris Ābeltiņš", "personal_code": R23AD_MARIS,
            "activity_kind": "institutions", "hours_per_week": 3,
            "issued_on": "2025-04-16"}),
    "r23ad_mail_attachment_named_after_an_association.pdf": (
        r23ad_mail_attachment_named_after_an_association, "application", {
            "applicant_personal_code": R23AD_ILZE,
            "activities": [{"kind": "work", "hours_per_week": 12},
                           {"kind": "leisure", "hours_per_week": 2}]}),
    "r23ad_form_of_study_before_the_programme.pdf": (
        r23ad_form_of_study_before_the_programme, "school_certificate", {
            "personal_code": R23AD_IVO,
            "programme": "vispārējās vidējās izglītības programma"}),
    "r23ad_college_after_a_covering_sentence.pdf": (
        r23ad_college_after_a_covering_sentence, "school_certificate", {
            "personal_code": R23AD_ALISE,
            "institution_name": "Kurzemes Lietišķās mākslas koledža"}),
    "r23ad_college_name_in_capitals.pdf": (
        r23ad_college_name_in_capitals, "school_certificate", {
            "personal_code": R23AD_ROLANDS,
            "institution_name": "Cēsu Praktisko valodu koledža"}),
    "r23ad_note_with_its_edit_time_signed_with_a_date.pdf": (
        r23ad_note_with_its_edit_time_signed_with_a_date, "application", {
            "applicant_personal_code": R23AD_ROLANDS, "submitted_on": "2025-05-10"}),
})



# --- round 23 (r23c): long paper and filled templates ---

R23C_IEVA = personal_code("0703920318")
R23C_ROLANDS = personal_code("2211850529")
R23C_MARTA = personal_code("1504490137")
R23C_OSKARS = personal_code("3008750264")


def _r23c_marked(pdf: canvas.Canvas, x: float, y: float, text: str, marks: dict[int, str],
                 size: float = 11) -> None:
    """`text` typed without Latvian marks, each mark drawn as a pen stroke over (or under) its
    letter, the way a handwriting font without those letters fills a form."""
    pdf.setFont("DejaVuSans", size)
    pdf.drawString(x, y, text)
    pdf.setLineWidth(0.9)
    for at, mark in marks.items():
        left = x + pdf.stringWidth(text[:at], "DejaVuSans", size)
        width = pdf.stringWidth(text[at], "DejaVuSans", size)
        top = y + size * (0.78 if text[at].isupper() else 0.62)
        if mark == "macron":
            pdf.line(left + width * 0.1, top, left + width * 0.9, top + size * 0.02)
        elif mark == "caron":
            mid = left + width / 2
            pdf.line(mid - width * 0.3, top + size * 0.14, mid, top)
            pdf.line(mid, top, mid + width * 0.3, top + size * 0.16)
        elif mark == "comma":
            mid = left + width / 2
            pdf.line(mid + size * 0.03, y - size * 0.06, mid - size * 0.05, y - size * 0.24)


def r23c_employer_form_filled_with_pen_marks(pdf: canvas.Canvas) -> None:
    """An employer's template filled in a font without Latvian letters: the name's and the
    position's macrons, caron and comma are pen strokes over and under the letters."""
    _text(pdf, 200, 800, "SIA „Kalnu Maiznīca”", 14, bold=True)
    _text(pdf, 180, 782, "Reģ. Nr. 40003216549, Meža iela 3, Talsi, LV-3201", 9)
    _text(pdf, 230, 740, "DARBA DEVĒJA IZZIŅA", 13, bold=True)
    _text(pdf, 60, 700, "Darbinieks:", 11)
    # "Rolands Šēnbergs": the Š's caron and the ē's macron drawn
    _r23c_marked(pdf, 190, 700, "Rolands Senbergs", {8: "caron", 9: "macron"})
    _text(pdf, 60, 680, "Personas kods:", 11)
    _text(pdf, 190, 680, R23C_ROLANDS, 11)
    _text(pdf, 60, 660, "Amats:", 11)
    # "konditorejas iekārtu meistars": "iekārtu"'s macron; "Ķ"-less words left as they are
    _r23c_marked(pdf, 190, 660, "konditorejas iekartu meistars", {16: "macron"})
    _text(pdf, 60, 640, "Strādā kopš:", 11)
    _text(pdf, 190, 640, "01.09.2020.", 11)
    _text(pdf, 60, 620, "Darba laiks nedēļā:", 11)
    _text(pdf, 190, 620, "40 stundas", 11)
    _text(pdf, 60, 580, "Datums: 12.03.2025.", 11)
    _text(pdf, 60, 540, "Valdes loceklis", 10)
    _text(pdf, 400, 540, "K. Lapiņš", 10)


def r23c_covering_letter_then_branch_certificate(pdf: canvas.Canvas) -> None:
    """A school's head office sends, on page 1, the certificate its branch issued, on page 2:
    the letter's date and number are the sending's; the branch that certifies (letterhead
    row and body: the school in the genitive before it) is the institution."""
    _text(pdf, 220, 800, "Ozolkalna Tehnikums", 14, bold=True)
    _text(pdf, 200, 782, "Skolas iela 4, Rēzekne, LV-4601", 9)
    _text(pdf, 60, 750, "Rēzeknē, 14.03.2025.", 10)
    _text(pdf, 430, 750, "Nr. 2-4/117", 10)
    _text(pdf, 330, 725, "Madonas novada Sociālajam dienestam", 10)
    _text(pdf, 60, 695, "Par izglītojamā izziņu", 10, bold=True)
    _lines(pdf, 60, 670, [
        "Pēc izglītojamās lūguma nosūtām mūsu filiāles izsniegto izziņu.",
        "Pielikumā: izziņa uz 1 lp.",
    ], size=10)
    _text(pdf, 60, 610, "Direktors", 10)
    _text(pdf, 400, 610, "E. Bērziņš", 10)
    pdf.showPage()
    _text(pdf, 220, 800, "OZOLKALNA TEHNIKUMS", 14, bold=True)
    _text(pdf, 150, 782, "Madonas tālākizglītības filiāle · Upes iela 8, Madona, LV-4801", 9)
    _text(pdf, 250, 740, "IZZIŅA Nr. M-12", 13, bold=True)
    _text(pdf, 420, 715, "Madonā, 11.03.2025.", 10)
    _lines(pdf, 60, 685, [
        "Ozolkalna Tehnikuma Madonas tālākizglītības filiāle apliecina, ka Ieva Krastiņa",
        f"(personas kods {R23C_IEVA}) mācās programmā „Lietvedība” nepilna laika klātienē,",
        "kopā 12 stundas nedēļā. Mācību beigas: 2026. gada 30. jūnijā.",
    ], size=10)
    _text(pdf, 60, 600, "Filiāles vadītāja", 10)
    _text(pdf, 400, 600, "R. Lāce", 10)


def r23c_decision_number_on_its_own_line(pdf: canvas.Canvas) -> None:
    """An orphan court's decision: the title alone, the place and date on the next line, the
    number on the one after and the subject under it; the guardian named in the operative
    part only, relatives in the facts."""
    _text(pdf, 200, 800, "CĒSU NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 200, 784, "Bērzaines iela 2, Cēsis, LV-4101", 9)
    _text(pdf, 270, 750, "LĒMUMS", 13, bold=True)
    _text(pdf, 60, 728, "Cēsīs", 10)
    _text(pdf, 400, 728, "2024. gada 4. aprīlī", 10)
    _text(pdf, 440, 712, "Nr. 3-1/24/7", 10)
    _text(pdf, 60, 690, "Par aizgādņa iecelšanu", 10, bold=True)
    _lines(pdf, 60, 665, [
        f"Martai Ābelei, personas kods {R23C_MARTA}, ar tiesas spriedumu ierobežota",
        "rīcībspēja. Personai ir meita Lauma Ābele, kura dzīvo Vācijā, un dēls Oskars Ābele.",
        "NOLEMJ:",
        f"1. Iecelt Oskaru Ābeli, personas kods {R23C_OSKARS}, par aizgādni Martai Ābelei.",
    ], size=10)
    _text(pdf, 60, 580, "Priekšsēdētāja", 10)
    _text(pdf, 400, 580, "I. Roze", 10)


def r23c_opinion_continued_on_an_annex(pdf: canvas.Canvas) -> None:
    """A social worker's opinion form: the term "pusgads" on the hours' row, the tasks point
    answered "skat. turpinājumu" and listed on page 2 under "Turpinājums 3. punktam"."""
    _text(pdf, 200, 800, "Madonas novada Sociālais dienests", 13, bold=True)
    _text(pdf, 220, 784, "Skolas iela 12, Madona, LV-4801", 9)
    _text(pdf, 110, 750, "SOCIĀLĀ DARBINIEKA ATZINUMS par asistenta nepieciešamību", 12,
          bold=True)
    _text(pdf, 400, 725, "Datums: 02.04.2025.", 10)
    _text(pdf, 60, 700, "1. Klients", 10)
    _text(pdf, 220, 700, f"Oskars Ābele, p. k. {R23C_OSKARS}", 10)
    _text(pdf, 60, 680, "2. Apjoms un termiņš", 10)
    _text(pdf, 220, 680, "8 stundas nedēļā, pusgads", 10)
    _text(pdf, 60, 660, "3. Uzdevumi", 10)
    _text(pdf, 220, 660, "skat. turpinājumu", 10)
    _text(pdf, 60, 620, "Sociālā darbiniece", 10)
    _text(pdf, 400, 620, "A. Liepa", 10)
    pdf.showPage()
    _text(pdf, 60, 800, "Pielikums atzinumam (Oskars Ābele, 02.04.2025.)", 10)
    _text(pdf, 230, 775, "Turpinājums 3. punktam", 11, bold=True)
    _lines(pdf, 60, 745, [
        "a) pavadīt uz rehabilitācijas procedūrām;",
        "b) palīdzēt iepirkties;",
        "c) kārtot saziņu ar pašvaldību.",
    ], size=10)


def r23c_tasks_table_over_two_pages(pdf: canvas.Canvas) -> None:
    """An opinion's tasks table broken across pages: a note that it goes on, the running line
    atop page 2 and the header row repeated before the last rows."""
    _text(pdf, 60, 815, "Madonas novada Sociālais dienests · lieta A-25/31 · 1. lpp. no 2", 8)
    _text(pdf, 200, 790, "Madonas novada Sociālais dienests", 13, bold=True)
    _text(pdf, 130, 760, "SOCIĀLĀ DARBINIEKA ATZINUMS par asistenta nepieciešamību", 11,
          bold=True)
    _text(pdf, 60, 735, f"Klients: Ieva Krastiņa, personas kods {R23C_IEVA}.", 10)
    _text(pdf, 60, 718, "Pakalpojuma apjoms: 9 stundas nedēļā; termiņš: 12 mēneši.", 10)
    _text(pdf, 60, 695, "Nr.", 10, bold=True)
    _text(pdf, 120, 695, "Asistenta uzdevums", 10, bold=True)
    for i, task in enumerate(["pavadīt uz darbu un atpakaļ", "palīdzēt kārtot rēķinus",
                              "atbalstīt saziņā ar ārstu"]):
        _text(pdf, 60, 677 - i * 18, f"{i + 1}.", 10)
        _text(pdf, 120, 677 - i * 18, task, 10)
    _text(pdf, 60, 610, "(tabulas turpinājums nākamajā lapā)", 9)
    pdf.showPage()
    _text(pdf, 60, 815, "Madonas novada Sociālais dienests · lieta A-25/31 · 2. lpp. no 2", 8)
    _text(pdf, 60, 790, "Nr.", 10, bold=True)
    _text(pdf, 120, 790, "Asistenta uzdevums", 10, bold=True)
    for i, task in enumerate(["pavadīt uz baseinu", "palīdzēt iepirkties"]):
        _text(pdf, 60, 772 - i * 18, f"{i + 4}.", 10)
        _text(pdf, 120, 772 - i * 18, task, 10)
    _text(pdf, 60, 720, "Madonā, 05.05.2025.", 10)
    _text(pdf, 60, 690, "Sociālā darbiniece", 10)
    _text(pdf, 400, 690, "A. Liepa", 10)


CASES.update({
    "r23c_employer_form_filled_with_pen_marks.pdf": (
        r23c_employer_form_filled_with_pen_marks, "employer_certificate", {
            "person_name": "Rolands Šēnbergs", "personal_code": R23C_ROLANDS,
            "position": "konditorejas iekārtu meistars"}),
    "r23c_covering_letter_then_branch_certificate.pdf": (
        r23c_covering_letter_then_branch_certificate, "school_certificate", {
            "institution_name": "Ozolkalna Tehnikuma Madonas tālākizglītības filiāle",
            "issued_on": "2025-03-11", "personal_code": R23C_IEVA}),
    "r23c_decision_number_on_its_own_line.pdf": (
        r23c_decision_number_on_its_own_line, "representation_document", {
            "representative_name": "Oskars Ābele",
            "basis": "Cēsu novada bāriņtiesas 2024. gada 4. aprīļa lēmums Nr. 3-1/24/7 par "
                     "aizgādņa iecelšanu"}),
    "r23c_opinion_continued_on_an_annex.pdf": (
        r23c_opinion_continued_on_an_annex, "social_worker_opinion", {
            "period_months": 6, "tasks": ["pavadīt uz rehabilitācijas procedūrām",
                                          "palīdzēt iepirkties", "kārtot saziņu ar pašvaldību"]}),
    "r23c_tasks_table_over_two_pages.pdf": (
        r23c_tasks_table_over_two_pages, "social_worker_opinion", {
            "tasks": ["pavadīt uz darbu un atpakaļ", "palīdzēt kārtot rēķinus",
                      "atbalstīt saziņā ar ārstu", "pavadīt uz baseinu",
                      "palīdzēt iepirkties"]}),
})



# --- round 23 (r23ds): corrected paper seen in a scan's pixels ---

R23DS_VILHELMS = personal_code("2304580913")


def r23ds_scanned_opinion_statements_in_boxes(pdf: canvas.Canvas) -> None:
    """A scanned commission opinion ending with its two findings as whole statements, each
    after its own box on one line: the first box crossed by a pen, the second left empty; no
    question with a colon before them."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((520, 250), "Valsts komisijas Latgales nodaļa", font=fonts["bold"], fill=20)
        ink.text((700, 400), "ATZINUMS Nr. LG-25-03321", font=fonts["bold"], fill=20)
        ink.text((220, 560), f"Persona: Vilhelms Strautnieks, personas kods {R23DS_VILHELMS}",
                 font=fonts["print"], fill=25)
        ink.text((220, 680), "Derīgs no 01.06.2025. līdz 31.05.2027.", font=fonts["print"],
                 fill=25)
        ink.rectangle((220, 806, 262, 848), outline=25, width=4)
        ink.line((226, 812, 256, 842), fill=35, width=5)  # the pen's cross in the box
        ink.line((226, 842, 256, 812), fill=35, width=5)
        ink.text((290, 800), "Personai nepieciešams asistents", font=fonts["print"], fill=25)
        ink.rectangle((1120, 806, 1162, 848), outline=25, width=4)
        ink.text((1190, 800), "Nepieciešama īpaša kopšana", font=fonts["print"], fill=25)
        ink.text((220, 980), "Rēzeknē, 2025. gada 28. maijā", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r23ds_scanned_opinion_statements_in_boxes.pdf": (
        r23ds_scanned_opinion_statements_in_boxes, "commission_opinion", {
            "personal_code": R23DS_VILHELMS, "assistant_needed": True,
            "special_care_needed": False}),
})



# --- round 24 (t24es): scans of printed spreadsheets ---

R24ES_LAURA = personal_code("1405071234")


def _r24es_label_rows(pdf: canvas.Canvas, rows: list[tuple[str, str]], y: float = 700) -> None:
    for label, value in rows:
        _text(pdf, 60, y, label, 10)
        _text(pdf, 300, y, value, 10)
        y -= 18


def r24es_weekly_hours_in_parts_and_their_sum(pdf: canvas.Canvas) -> None:
    """A school's certificate as a sheet of label rows: the weekly lessons' label on two rows
    qualified in brackets (in class, on their own), the week's sum on a "Pavisam kopā" row
    under them."""
    _text(pdf, 60, 800, "Dobeles Valsts tehnikums", 13, bold=True)
    _text(pdf, 60, 784, "Skolas iela 9, Dobele, LV-3701", 9)
    _text(pdf, 260, 750, "IZZIŅA", 13, bold=True)
    _r24es_label_rows(pdf, [
        ("Izglītojamā", "Laura Mežvēvere"), ("Personas kods", R24ES_LAURA),
        ("Izglītības programma", "Lauksaimniecības tehnika"),
        ("Mācību stundas nedēļā (klasē)", "14,0"),
        ("Mācību stundas nedēļā (darbnīcā)", "10,0"),
        ("Pavisam kopā", "24,0"),
        ("Izsniegšanas datums", "2025.03.14")])


def r24es_weekly_hours_in_parts_without_a_sum(pdf: canvas.Canvas) -> None:
    """The same sheet with the two part rows and no row of sums: which figure is the week's
    hours is not printed, so neither part is reported as sure."""
    _text(pdf, 60, 800, "Dobeles Valsts tehnikums", 13, bold=True)
    _text(pdf, 60, 784, "Skolas iela 9, Dobele, LV-3701", 9)
    _text(pdf, 260, 750, "IZZIŅA", 13, bold=True)
    _r24es_label_rows(pdf, [
        ("Izglītojamā", "Laura Mežvēvere"), ("Personas kods", R24ES_LAURA),
        ("Izglītības programma", "Lauksaimniecības tehnika"),
        ("Mācību stundas nedēļā (klasē)", "14,0"),
        ("Mācību stundas nedēļā (darbnīcā)", "10,0"),
        ("Izsniegšanas datums", "2025.03.14")])


CASES.update({
    "r24es_weekly_hours_in_parts_and_their_sum.pdf": (
        r24es_weekly_hours_in_parts_and_their_sum, "school_certificate", {
            "person_name": "Laura Mežvēvere", "hours_per_week": 24,
            "issued_on": "2025-03-14"}),
    "r24es_weekly_hours_in_parts_without_a_sum.pdf": (
        r24es_weekly_hours_in_parts_without_a_sum, "school_certificate", {
            "person_name": "Laura Mežvēvere"}),
})


R24ES_EDGARS = personal_code("0311882345")
R24ES_MARTINS = personal_code("1909154321")
R24ES_INGA = personal_code("2506794456")


def r24es_two_nouns_titled_opinion(pdf: canvas.Canvas) -> None:
    """A social worker's opinion as a sheet of label rows under the title "Izvērtējums un
    atzinums": two papers named in one title, the second its kind; no other title."""
    _text(pdf, 60, 800, "Dobeles novada Sociālais dienests", 12, bold=True)
    _text(pdf, 60, 786, "Brīvības iela 17, Dobele", 9)
    _text(pdf, 200, 755, "Izvērtējums un atzinums", 13, bold=True)
    _r24es_label_rows(pdf, [
        ("Klients", "Edgars Zvejnieks"), ("P.k.", R24ES_EDGARS),
        ("Grupa", "garīga rakstura traucējumi"), ("Stundas nedēļā", "8,00"),
        ("Termiņš", "6 mēneši"), ("Sagatavots", "2025.04.02")])
    _text(pdf, 60, 560, "Sociālā darbiniece", 10)
    _text(pdf, 400, 560, "L. Kalna", 10)


def r24es_school_days_across_a_sheet(pdf: canvas.Canvas) -> None:
    """An untitled sheet of a month's school days: the assistant and the child in its top
    lines, then a grid with the days as columns after "Datums" and a row of hours per
    activity under them, a month's total under the grid."""
    _text(pdf, 50, 800, f"Asistents: Ints Lapiņš, p.k. {R24ES_INGA}", 10, bold=True)
    _text(pdf, 50, 786, f"Bērns: Mārtiņš Lapiņš, p.k. {R24ES_MARTINS} · 2025. gada marts", 10)
    days = ["03.03", "04.03", "05.03", "06.03", "07.03", "10.03"]
    _text(pdf, 50, 760, "Datums", 9)
    _text(pdf, 50, 745, "Skola", 9)
    _text(pdf, 50, 730, "Pulciņš", 9)
    for i, day in enumerate(days):
        x = 130 + 45 * i
        _text(pdf, x, 760, day, 9)
        _text(pdf, x, 745, "4", 9)
        if i in (1, 4):
            _text(pdf, x, 730, "2", 9)
    _text(pdf, 50, 705, "Kopā mēnesī: 28 st.", 10, bold=True)
    _text(pdf, 50, 660, "Likumiskais pārstāvis", 10)
    _text(pdf, 400, 660, "I. Lapiņa", 10)


CASES.update({
    "r24es_two_nouns_titled_opinion.pdf": (
        r24es_two_nouns_titled_opinion, "social_worker_opinion", {
            "person_name": "Edgars Zvejnieks", "personal_code": R24ES_EDGARS}),
    "r24es_school_days_across_a_sheet.pdf": (
        r24es_school_days_across_a_sheet, "timesheet", {
            "month": "2025-03", "client_personal_code": R24ES_MARTINS}),
})


# --- round 24 (t24c): long paper and filled templates, what round 23 left ---

R24C_KRISTA = personal_code("1907111456")
R24C_ALBERTS = personal_code("0402591318")
R24C_SANDRA = personal_code("2810820437")


def r24c_opinion_areas_across_boxes_in_columns(pdf: canvas.Canvas) -> None:
    """A commission's opinion form: the areas printed across one row with their degrees in
    words under them ("—" for none), and the needs as rows with a box under each of a "Jā" and
    a "Nē" column."""
    _text(pdf, 150, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12,
          bold=True)
    _text(pdf, 200, 784, "Latgales nodaļa · Daugavpils", 10)
    _text(pdf, 150, 755, "ATZINUMS Nr. 2025/LG/0731 par invaliditāti", 12, bold=True)
    _text(pdf, 60, 725, "Datums", 10)
    _text(pdf, 200, 725, "03.09.2025.", 10)
    _text(pdf, 60, 708, "Persona", 10)
    _text(pdf, 200, 708, "Krista Vanaga", 10)
    _text(pdf, 60, 691, "Personas kods", 10)
    _text(pdf, 200, 691, R24C_KRISTA, 10)
    _text(pdf, 60, 674, "Invaliditāte", 10)
    _text(pdf, 200, 674, "bērns ar invaliditāti", 10)
    _text(pdf, 60, 657, "Termiņš", 10)
    _text(pdf, 200, 657, "01.10.2025.-30.09.2027.", 10)
    _text(pdf, 60, 632, "Funkciju ierobežojumi", 10)
    for x, area, degree in ((60, "dzirde", "—"), (170, "redze", "vidēji"),
                            (290, "psihiskās funkcijas", "—"), (430, "pārvietošanās", "—")):
        _text(pdf, x, 616, area, 10)
        _text(pdf, x, 600, degree, 10)
    _text(pdf, 60, 574, "Nepieciešamība", 10)
    _text(pdf, 340, 574, "Jā", 10)
    _text(pdf, 440, 574, "Nē", 10)
    _text(pdf, 60, 558, "asistents pašvaldībā", 10)
    _text(pdf, 340, 558, "☐", 10)
    _text(pdf, 440, 558, "☒", 10)
    _text(pdf, 60, 542, "īpaša kopšana", 10)
    _text(pdf, 340, 542, "☒", 10)
    _text(pdf, 440, 542, "☐", 10)
    _text(pdf, 60, 500, "Nodaļas vadītāja", 10)
    _text(pdf, 420, 500, "M. Zālīte", 10)


def r24c_association_branch_under_running_line(pdf: canvas.Canvas) -> None:
    """An association's branch certifies a member's club: a running line heads the page over
    the letterhead ("Biedrība „...”" / its branch), the club is named by its hobby words."""
    _text(pdf, 60, 815, "Latgales Vājredzīgo apvienības Rēzeknes nodaļa · 1. lpp. no 1", 8)
    _text(pdf, 60, 802, "Nr. 4/2025", 9)
    _text(pdf, 190, 770, "Biedrība „Latgales Vājredzīgo apvienība”", 12, bold=True)
    _text(pdf, 190, 754, "Rēzeknes nodaļa · Atbrīvošanas aleja 20, Rēzekne", 9)
    _text(pdf, 240, 720, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 690, [
        f"Apliecinām, ka Alberts Kalējs (personas kods {R24C_ALBERTS}) ir nodaļas biedrs un",
        "apmeklē rokdarbu pulciņu otrdienās un ceturtdienās pa 2 stundām — kopā 4 stundas",
        "nedēļā.",
    ], size=10)
    _text(pdf, 60, 620, "Rēzeknē, 12.05.2025.", 10)
    _text(pdf, 60, 590, "Nodaļas vadītājs", 10)
    _text(pdf, 400, 590, "P. Krūmiņš", 10)


def r24c_timesheet_swimming_rows(pdf: canvas.Canvas) -> None:
    """An assistant's month sheet whose activity column names the swim ("peldēšana")."""
    _text(pdf, 150, 800, "ASISTENTA PAKALPOJUMA UZSKAITES LAPA — 2025. gada marts", 12,
          bold=True)
    _text(pdf, 60, 770, f"Klients: Sandra Pūce, {R24C_SANDRA}", 10)
    _text(pdf, 60, 754, "Asistents: Oskars Kļava", 10)
    for x, head in ((60, "Datums"), (150, "No"), (220, "Līdz"), (290, "Stundas"),
                    (360, "Darbība")):
        _text(pdf, x, 725, head, 10)
    y = 707
    for cells in (("04.03.2025", "17:00", "18:30", "1,5", "peldēšana"),
                  ("06.03.2025", "08:00", "12:00", "4", "darbs"),
                  ("11.03.2025", "17:00", "18:30", "1,5", "peldēšana")):
        for x, cell in zip((60, 150, 220, 290, 360), cells, strict=True):
            _text(pdf, x, y, cell, 10)
        y -= 16
    _text(pdf, 60, y - 6, "Kopā", 10)
    _text(pdf, 290, y - 6, "7", 10)


CASES.update({
    "r24c_opinion_areas_across_boxes_in_columns.pdf": (
        r24c_opinion_areas_across_boxes_in_columns, "commission_opinion", {
            "personal_code": R24C_KRISTA, "limitations": ["vision"],
            "assistant_needed": False, "special_care_needed": True}),
    "r24c_association_branch_under_running_line.pdf": (
        r24c_association_branch_under_running_line, "activity_certificate", {
            "personal_code": R24C_ALBERTS, "activity_kind": "ngo", "hours_per_week": 4}),
    "r24c_timesheet_swimming_rows.pdf": (
        r24c_timesheet_swimming_rows, "timesheet", {
            "total_hours": 7,
            "entries": [
                {"date": "2025-03-04", "start": "17:00", "end": "18:30", "hours": 1.5,
                 "activity": "leisure"},
                {"date": "2025-03-06", "start": "08:00", "end": "12:00", "hours": 4,
                 "activity": "work"},
                {"date": "2025-03-11", "start": "17:00", "end": "18:30", "hours": 1.5,
                 "activity": "leisure"}]}),
})


R24C_EDVINS = personal_code("1102081327")


def r24c_application_hours_continued_on_a_page(pdf: canvas.Canvas) -> None:
    """An application's activities point answered "skat. turpinājumu" and listed on page 2
    under "Turpinājums 3. punktam", each activity with its hours."""
    _text(pdf, 200, 800, "Alūksnes novada Sociālais dienests", 13, bold=True)
    _text(pdf, 220, 784, "Pils iela 25a, Alūksne, LV-4301", 9)
    _text(pdf, 180, 750, "IESNIEGUMS (asistents pašvaldībā)", 12, bold=True)
    _text(pdf, 60, 720, "1. Iesniedzējs", 10, bold=True)
    _text(pdf, 60, 704, "Vārds, uzvārds: Edvīns Zariņš", 10)
    _text(pdf, 60, 688, f"Personas kods: {R24C_EDVINS}", 10)
    _text(pdf, 60, 672, "Adrese: Ošu iela 7, Alūksne, LV-4301", 10)
    _text(pdf, 60, 645, "3. Aktivitātes un stundas nedēļā", 10, bold=True)
    _text(pdf, 300, 645, "skat. turpinājumu", 10)
    _text(pdf, 60, 620, "4. Valsts pabalsts asistenta izmantošanai: ☐ saņem ☒ nesaņem", 10)
    _text(pdf, 60, 590, "Datums: 14.02.2025.", 10)
    _text(pdf, 400, 590, "E. Zariņš", 10)
    pdf.showPage()
    _text(pdf, 60, 800, "Pielikums iesniegumam (Alūksnes novada Sociālais dienests)", 10)
    _text(pdf, 230, 780, "Turpinājums 3. punktam", 11, bold=True)
    _lines(pdf, 60, 755, [
        "1) mācības Alūksnes vidusskolā 25 stundas nedēļā",
        "2) pulciņš kultūras namā 3 stundas nedēļā",
    ], size=10)


CASES.update({
    "r24c_application_hours_continued_on_a_page.pdf": (
        r24c_application_hours_continued_on_a_page, "application", {
            "applicant_personal_code": R24C_EDVINS,
            "activities": [{"kind": "education", "hours_per_week": 25},
                           {"kind": "leisure", "hours_per_week": 3}]}),
})


R24C_VILNIS = personal_code("0606671205")


def r24c_reissued_opinion_citing_the_previous_one(pdf: canvas.Canvas) -> None:
    """A reissued opinion: its own date after "Sastādīts" and, in brackets beside it, the
    previous opinion's number and date."""
    _text(pdf, 150, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12,
          bold=True)
    _text(pdf, 220, 784, "Kurzemes nodaļa · Talsi", 10)
    _text(pdf, 200, 755, "ATZINUMS Nr. 2025/KR/2210", 12, bold=True)
    _text(pdf, 90, 735, "Sastādīts 14.03.2025. (iepriekšējais atzinums Nr. 2022/KR/0110, "
                        "02.03.2022.)", 10)
    _lines(pdf, 60, 710, [
        f"Vilnis Dambis, p. k. {R24C_VILNIS}, atzīts par personu ar II grupas invaliditāti no",
        "01.04.2025. uz nenoteiktu laiku. Funkcionēšanas ierobežojumi: pārvietošanās",
        "funkciju ierobežojumi. Personai nepieciešams asistents. Īpaša kopšana nav nepieciešama.",
    ], size=10)
    _text(pdf, 60, 630, "Ārsts eksperts", 10)
    _text(pdf, 400, 630, "K. Zars", 10)


CASES.update({
    "r24c_reissued_opinion_citing_the_previous_one.pdf": (
        r24c_reissued_opinion_citing_the_previous_one, "commission_opinion", {
            "personal_code": R24C_VILNIS, "issued_on": "2025-03-14",
            "disability_group": "II"}),
})


R24C_LAUMA = personal_code("2309851143")


def r24c_employer_certificate_under_a_running_line(pdf: canvas.Canvas) -> None:
    """A scanned employer's certificate headed by a running line in small print (the company,
    the paper's number, the page count) above the letterhead."""
    def draw(ink: Any, fonts: Any) -> None:
        from PIL import ImageFont

        small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
        ink.text((260, 160), "SIA Zaļā Birze (kokaudzētava) : izziņa Nr. 7/25", font=small,
                 fill=30)
        ink.text((1500, 160), "1. lpp. no 1", font=small, fill=30)
        ink.text((950, 300), "SIA Zaļā Birze", font=fonts["bold"], fill=20)
        ink.text((520, 380), "kokaudzētava · reģ. Nr. 40103216548 · Mežu iela 2, Sigulda",
                 font=fonts["print"], fill=25)
        ink.text((1100, 520), "IZZIŅA", font=fonts["bold"], fill=20)
        ink.text((1500, 620), "Siguldā, 2025. gada 3. martā", font=fonts["print"], fill=25)
        rows = [("Darbiniece", "Lauma Egle"), ("Personas kods", R24C_LAUMA),
                ("Amats", "stādu šķirotāja"), ("Darba laiks", "nepilns, 30 stundas nedēļā")]
        for i, (label, value) in enumerate(rows):
            ink.text((260, 760 + i * 80), label, font=fonts["print"], fill=25)
            ink.text((1000, 760 + i * 80), value, font=fonts["print"], fill=25)
        ink.text((260, 1200), "Valdes loceklis", font=fonts["print"], fill=25)
        ink.text((1700, 1200), "J. Ozols", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r24c_employer_certificate_under_a_running_line.pdf": (
        r24c_employer_certificate_under_a_running_line, "employer_certificate", {
            "employer_name": "SIA Zaļā Birze", "personal_code": R24C_LAUMA,
            "hours_per_week": 30}),
})


R24C_ZENTA = personal_code("1711560822")


def r24c_scanned_limitations_ticked_in_a_wide_cell(pdf: canvas.Canvas) -> None:
    """A scanned opinion's table "Ierobežojums | atzīmēt": the header word at the cell's left,
    a hand's tick in the middle of the wide cell for two of four rows."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((300, 200), "Veselības un darbspēju ekspertīzes ārstu valsts komisija",
                 font=fonts["bold"], fill=20)
        ink.text((800, 290), "Latgales nodaļa · Rēzekne", font=fonts["print"], fill=25)
        ink.text((1000, 400), "ATZINUMS Nr. 2025/LG/5521", font=fonts["bold"], fill=20)
        ink.text((220, 520), f"Persona: Zenta Liepiņa, personas kods {R24C_ZENTA}.",
                 font=fonts["print"], fill=25)
        ink.text((220, 590), "Noteikta II grupas invaliditāte no 01.05.2025. uz nenoteiktu "
                 "laiku.", font=fonts["print"], fill=25)
        ink.text((220, 660), "Rēzeknē, 22.04.2025.", font=fonts["print"], fill=25)
        top, row, left, middle, right = 780, 84, 200, 1400, 2250
        rows = ["Ierobežojums", "redzes", "pārvietošanās", "garīgās veselības",
                "augšējo ekstremitāšu"]
        for i in range(len(rows) + 1):
            ink.line((left, top + i * row, right, top + i * row), fill=30, width=3)
        for x in (left, middle, right):
            ink.line((x, top, x, top + len(rows) * row), fill=30, width=3)
        for i, text in enumerate(rows):
            font = fonts["bold"] if i == 0 else fonts["print"]
            ink.text((left + 20, top + i * row + 18), text, font=font, fill=20)
        ink.text((middle + 20, top + 18), "atzīmēt", font=fonts["bold"], fill=20)
        for i in (1, 3):  # a tick in the middle of the cell: redzes, garīgās veselības
            y = top + i * row + 20
            ink.line((1790, y + 25, 1810, y + 48), fill=35, width=5)
            ink.line((1810, y + 48, 1850, y), fill=35, width=5)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r24c_scanned_limitations_ticked_in_a_wide_cell.pdf": (
        r24c_scanned_limitations_ticked_in_a_wide_cell, "commission_opinion", {
            "personal_code": R24C_ZENTA, "limitations": ["vision", "mental"]}),
})


# --- round 24 (t24d): corrected and re-issued paper, the rest of set ZD's classes ---

T24D_OTILIJA = personal_code("1502690815")
T24D_KONRADS = personal_code("0811470622")
T24D_BRUNO = personal_code("2109580417")
T24D_LAURA = personal_code("0403880533")


def t24d_task_table_with_an_empty_row(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose numbered task table has a row holding only its number
    (the task in it erased): the rows after it are still the table's."""
    _text(pdf, 60, 800, "Valkas novada Sociālais dienests", 13, bold=True)
    _text(pdf, 150, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 60, 740, f"Par Otīliju Brasli, personas kods {T24D_OTILIJA}.", 10)
    _text(pdf, 60, 712, "Nr.", 10, bold=True)
    _text(pdf, 120, 712, "Asistenta uzdevums", 10, bold=True)
    rows = [("1.", "pavadīt uz poliklīniku"), ("2.", "palīdzēt ar veļas mazgāšanu"),
            ("3.", ""), ("4.", "lasīt priekšā pastu")]
    for n, (number, task) in enumerate(rows):
        _text(pdf, 60, 694 - 18 * n, number, 10)
        if task:
            _text(pdf, 120, 694 - 18 * n, task, 10)
    _text(pdf, 60, 600, "Ieteicamais apjoms: 4 stundas nedēļā, uz 6 mēnešiem.", 10)
    _text(pdf, 60, 570, "Valkā, 2025. gada 14. oktobrī", 10)
    _text(pdf, 60, 540, "Sociālā darbiniece", 10)
    _text(pdf, 400, 540, "I. Apine", 10)


def t24d_timesheet_row_with_empty_time_cells(pdf: canvas.Canvas) -> None:
    """A timesheet whose rows give their from-to, one row giving its hours with its time
    cells left empty."""
    _text(pdf, 60, 800, "Valkas novada Sociālais dienests", 10)
    _text(pdf, 150, 775, "Asistenta pakalpojuma uzskaites lapa", 12, bold=True)
    _lines(pdf, 60, 750, ["Mēnesis: 2025. gada marts",
                          f"Klients: Konrāds Zīverts, p.k. {T24D_KONRADS}",
                          f"Asistents: Bruno Ceplis, p.k. {T24D_BRUNO}"])
    _grid(pdf, 60, 690, [80, 60, 60, 60, 130], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["03.03.2025.", "10.00", "12.00", "2", "darbs"],
        ["06.03.2025.", "", "", "4", "darbs"],
        ["10.03.2025.", "10.00", "13.30", "3,5", "darbs"],
    ])
    _text(pdf, 60, 600, "Asistents  B. Ceplis", 10)


def t24d_duplicate_of_a_guardians_certificate(pdf: canvas.Canvas) -> None:
    """A duplicate of an orphan court's certificate of a guardian: it quotes the appointing
    decision's date and the original's issue, and says when the duplicate was issued."""
    _text(pdf, 60, 800, "VALKAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 150, 770, "AIZBILDŅA APLIECĪBA Nr. 12", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Izsniegta Laurai Cīrulei, personas kods {T24D_LAURA}, par to, ka viņa ar Valkas",
        "novada bāriņtiesas 2023. gada 6. marta lēmumu Nr. 4-2/23/15 par aizbildņa iecelšanu",
        f"iecelta par aizbildni nepilngadīgajam Konrādam Zīvertam, personas kods {T24D_KONRADS}.",
        "Apliecības oriģināls izsniegts 09.03.2023.",
        "Dublikāts izsniegts 2025. gada 2. jūnijā (oriģināls sabojāts).",
    ], size=10)
    _text(pdf, 60, 620, "Bāriņtiesas priekšsēdētāja", 10)
    _text(pdf, 400, 620, "M. Apine", 10)


def t24d_decision_copy_stamp_with_a_speck(pdf: canvas.Canvas) -> None:
    """An orphan court's decision under a copy's certification whose stamp left a speck on a
    line of its own between the certifier's name and the certification's "Datums:"."""
    _text(pdf, 60, 800, "VALKAS NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 250, 770, "LĒMUMS", 12, bold=True)
    _text(pdf, 60, 745, "Valkā, 2024. gada 11. novembrī Nr. 4-2/24/60", 10)
    _text(pdf, 60, 725, "Par aizgādņa iecelšanu", 10, bold=True)
    _lines(pdf, 60, 700, [
        f"Konrādam Zīvertam, personas kods {T24D_KONRADS}, ierobežota rīcībspēja. Bāriņtiesa",
        f"nolēma: iecelt Bruno Cepli, personas kods {T24D_BRUNO}, par Konrāda Zīverta aizgādni.",
    ], size=10)
    _text(pdf, 60, 640, "Bāriņtiesas priekšsēdētāja", 10)
    _text(pdf, 400, 640, "M. Apine", 10)
    pdf.setFillColorRGB(0.2, 0.3, 0.7)
    _lines(pdf, 300, 590, ["KOPIJA PAREIZA", "Bāriņtiesas sekretāre", "L. Ozola"], size=9)
    _text(pdf, 370, 549.5, "[a", 9)  # the stamp's speck as OCR reads it, off the column
    _text(pdf, 300, 536, "Datums: 20.01.2025", 9)
    pdf.setFillColorRGB(0, 0, 0)


CASES.update({
    "t24d_task_table_with_an_empty_row.pdf": (
        t24d_task_table_with_an_empty_row, "social_worker_opinion", {
            "personal_code": T24D_OTILIJA, "hours_per_week": 4, "period_months": 6,
            "tasks": ["pavadīt uz poliklīniku", "palīdzēt ar veļas mazgāšanu",
                      "lasīt priekšā pastu"], "issued_on": "2025-10-14"}),
    "t24d_timesheet_row_with_empty_time_cells.pdf": (
        t24d_timesheet_row_with_empty_time_cells, "timesheet", {
            "month": "2025-03", "client_personal_code": T24D_KONRADS,
            "assistant_personal_code": T24D_BRUNO,
            "entries": [
                {"date": "2025-03-03", "start": "10:00", "end": "12:00", "hours": 2,
                 "activity": "work"},
                {"date": "2025-03-06", "start": None, "end": None, "hours": 4,
                 "activity": "work"},
                {"date": "2025-03-10", "start": "10:00", "end": "13:30", "hours": 3.5,
                 "activity": "work"},
            ],
            "total_hours": 9.5}),
    "t24d_duplicate_of_a_guardians_certificate.pdf": (
        t24d_duplicate_of_a_guardians_certificate, "representation_document", {
            "representative_personal_code": T24D_LAURA, "issued_on": "2025-06-02"}),
    "t24d_decision_copy_stamp_with_a_speck.pdf": (
        t24d_decision_copy_stamp_with_a_speck, "representation_document", {
            "representative_name": "Bruno Ceplis", "person_name": "Konrāds Zīverts",
            "issued_on": "2024-11-11"}),
})


T24D_MIKUS = personal_code("1706820718")


def t24d_company_branch_letterhead(pdf: canvas.Canvas) -> None:
    """A company's letterhead with its branch named by its town on the row under the name,
    before the contacts: the company and the branch certify."""
    _text(pdf, 60, 800, "SIA Dzirnu Aprūpe", 14, bold=True)
    _text(pdf, 60, 784, "Cēsu filiāle · Slimnīcas iela 2, Cēsis, LV-4101", 9)
    _text(pdf, 400, 760, "Cēsīs, 03.03.2025.", 10)
    _text(pdf, 150, 730, "IZZIŅA par procedūru apmeklējumu", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Pacients Mikus Ratnieks, personas kods {T24D_MIKUS}, apmeklē fizioterapijas",
        "procedūras divas reizes nedēļā pa 3 stundām (6 stundas nedēļā).",
    ], size=10)
    _text(pdf, 60, 640, "Filiāles vadītāja", 10)
    _text(pdf, 400, 640, "D. Ratniece", 10)


def t24d_trade_after_the_name(pdf: canvas.Canvas) -> None:
    """An employer's certificate whose letterhead prints the company's name, a separator and
    what it does in lower case ("' maiznīca un kafejnīca", the middle dot as OCR reads it):
    the name ends at the separator. The body names the employer only as "mūsu uzņēmums"."""
    _text(pdf, 60, 800, "SIA Lejas Ceptuve ' maiznīca un kafejnīca", 12)
    _text(pdf, 60, 784, "Reģ. Nr. 40103456788, Lejas iela 4, Cēsis, LV-4101", 9)
    _text(pdf, 400, 760, "Cēsīs, 12.03.2025.", 10)
    _text(pdf, 250, 730, "IZZIŅA", 12, bold=True)
    _lines(pdf, 60, 700, [
        f"Izsniegta Mikum Ratniekam, personas kods {T24D_MIKUS}, par to, ka viņš strādā",
        "mūsu uzņēmumā par maizes cepēju kopš 2021. gada 1. aprīļa, 20 stundas nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Valdes loceklis", 10)
    _text(pdf, 400, 640, "A. Lejnieks", 10)


def t24d_scanned_tasks_with_a_margin_note(pdf: canvas.Canvas) -> None:
    """A scanned social worker's letter: the tasks in a sentence after "asistentam jāpalīdz:"
    with a clerk's figure written in the margin beside its line and the next sentence under
    it."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((220, 250), "Cēsu novada Sociālais dienests", font=fonts["bold"], fill=20)
        ink.text((1500, 360), "Cēsīs, 2025. gada 12. martā", font=fonts["print"], fill=25)
        ink.text((500, 500), "Atzinums par asistenta vajadzību", font=fonts["bold"], fill=20)
        rows = [
            f"Apmeklējot Miku Ratnieku (personas kods {T24D_MIKUS}) mājās, secināju,",
            "ka viņam garīga rakstura traucējumu dēļ vajadzīgs atbalsts ikdienas gaitās.",
            "Asistentam jāpalīdz: kārtot rēķinus; iepirkties; doties pie",
            "ģimenes ārsta.",
            "Pakalpojums nepieciešams 5 stundas nedēļā, 6 mēnešus.",
        ]
        for n, row in enumerate(rows):
            ink.text((220, 640 + 60 * n), row, font=fonts["print"], fill=25)
        ink.text((2080, 770), "217", font=fonts["hand"], fill=70)  # the clerk's note
        ink.text((220, 1100), "Sociālā darbiniece            L. Ratniece", font=fonts["print"],
                 fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "t24d_company_branch_letterhead.pdf": (
        t24d_company_branch_letterhead, "activity_certificate", {
            "institution_name": "SIA Dzirnu Aprūpe Cēsu filiāle",
            "personal_code": T24D_MIKUS, "issued_on": "2025-03-03"}),
    "t24d_trade_after_the_name.pdf": (
        t24d_trade_after_the_name, "employer_certificate", {
            "employer_name": "SIA Lejas Ceptuve", "personal_code": T24D_MIKUS}),
    "t24d_scanned_tasks_with_a_margin_note.pdf": (
        t24d_scanned_tasks_with_a_margin_note, "social_worker_opinion", {
            "personal_code": T24D_MIKUS,
            "tasks": ["kārtot rēķinus", "iepirkties", "doties pie ģimenes ārsta"]}),
})


T24D_VITA = personal_code("2811740614")
T24D_JURIS = personal_code("0302760717")


def t24d_guardian_named_by_her_familys_surname(pdf: canvas.Canvas) -> None:
    """An orphan court's decision appointing a woman whose accusative ("Vitu Ozolnieci") is a
    man's or a woman's; the ward's surname, printed only in the dative and the genitive
    ("Jurim Ozolniekam", "Jura Ozolnieka"), is the masculine of hers."""
    _text(pdf, 60, 800, "Cēsu novada bāriņtiesa", 13, bold=True)
    _text(pdf, 250, 770, "LĒMUMS", 12, bold=True)
    _text(pdf, 60, 745, "Cēsīs, 2025. gada 7. aprīlī Nr. 2-3/25/41", 10)
    _text(pdf, 60, 725, "Par aizgādņa iecelšanu", 10, bold=True)
    _lines(pdf, 60, 700, [
        f"Ar tiesas spriedumu Jurim Ozolniekam, personas kods {T24D_JURIS}, ierobežota",
        f"rīcībspēja. Bāriņtiesa nolēma: iecelt Vitu Ozolnieci, personas kods {T24D_VITA},",
        "par Jura Ozolnieka aizgādni.",
    ], size=10)
    _text(pdf, 60, 620, "Bāriņtiesas priekšsēdētāja", 10)
    _text(pdf, 400, 620, "M. Apine", 10)


CASES.update({
    "t24d_guardian_named_by_her_familys_surname.pdf": (
        t24d_guardian_named_by_her_familys_surname, "representation_document", {
            "representative_name": "Vita Ozolniece", "representative_personal_code": T24D_VITA,
            "person_name": "Juris Ozolnieks", "personal_code": T24D_JURIS,
            "issued_on": "2025-04-07"}),
})


def t24d_tasks_heading_runs_on_to_a_colon(pdf: canvas.Canvas) -> None:
    """A report whose sentence names the assistant's help and runs on to its list's colon on
    the next line ("... asistentam jāpalīdz viņai šādās / jomās: a, b un c.")."""
    _text(pdf, 60, 800, "Cēsu novada Sociālais dienests", 13, bold=True)
    _text(pdf, 120, 770, "Sociālā darbinieka ziņojums par ģimenes situāciju", 12, bold=True)
    _lines(pdf, 60, 740, [
        f"Apmeklēju Vitu Ozolnieci (personas kods {T24D_VITA}), kura viena audzina divus",
        "bērnus. Iesaku piešķirt ģimenes asistenta pakalpojumu 8 stundas nedēļā uz sešiem",
        "mēnešiem. Ģimenes asistentam jāpalīdz viņai šādās",
        "jomās: kārtot ģimenes budžetu, pavadīt bērnus pie ārsta un palīdzēt iepirkties.",
        "Cēsīs, 2025. gada 3. martā",
    ], size=10)
    _text(pdf, 60, 640, "Sociālā darbiniece  L. Ratniece", 10)


CASES.update({
    "t24d_tasks_heading_runs_on_to_a_colon.pdf": (
        t24d_tasks_heading_runs_on_to_a_colon, "social_worker_opinion", {
            "personal_code": T24D_VITA,
            "tasks": ["kārtot ģimenes budžetu", "pavadīt bērnus pie ārsta",
                      "palīdzēt iepirkties"]}),
})


# --- round 24 (t24ab): scans and photos of sets ZA and ZB ------------------------------------

R24AB_VALENTINA = personal_code("0507711234")
R24AB_RALFS = personal_code("2211041234")


def r24ab_summary_column_opening_with_a_latin_looking_word(pdf: canvas.Canvas) -> None:
    """A scanned orphan court's decision printed as a table of two cells, the Latvian decision
    on the left and its Russian summary on the right, the summary printed as a Latin OCR gives
    Cyrillic back: look-alike Latin letters ("HA3HAYeHA"), its first word a word of plain
    Latin letters ("Кратко:" as "Kparko:"). The Latvian sentence breaks after "personas kods",
    the code on the next line."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((760, 250), "BALVU NOVADA BĀRIŅTIESA", font=fonts["bold"], fill=20)
        ink.text((860, 400), "LĒMUMS Nr. 1-4/25/31", font=fonts["bold"], fill=20)
        ink.text((900, 480), "par aizgādņa iecelšanu", font=fonts["print"], fill=25)
        ink.text((220, 600), "Balvos, 2025. gada 11. martā", font=fonts["print"], fill=25)
        ink.rectangle((220, 700, 2260, 960), outline=40, width=3)
        ink.line((1560, 700, 1560, 960), fill=40, width=3)
        left = ["Bāriņtiesa nolemj iecelt Valentīnu Ozoliņu, personas kods",
                f"{R24AB_VALENTINA}, par Ralfa Ozoliņa, personas kods",
                f"{R24AB_RALFS}, aizgādni."]
        right = ["Kparko: BaneHTNHa OsonwHA", "HA3HAYeHA nonequTeneM cbIHa", "PanbcDa."]
        small = fonts["small"]
        for at, (one, other) in enumerate(zip(left, right, strict=True)):
            ink.text((240, 730 + 70 * at), one, font=small, fill=25)
            ink.text((1590, 730 + 70 * at), other, font=small, fill=25)
        ink.text((220, 1100), "Priekšsēdētāja", font=fonts["print"], fill=25)
        ink.text((1500, 1100), "M. Supe", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "r24ab_summary_column_opening_with_a_latin_looking_word.pdf": (
        r24ab_summary_column_opening_with_a_latin_looking_word, "representation_document", {
            "representative_name": "Valentīna Ozoliņa",
            "representative_personal_code": R24AB_VALENTINA, "personal_code": R24AB_RALFS}),
})


R24AB_GUNTA = personal_code("1402621234")
R24AB_EDGARS = personal_code("0311591234")


def r24ab_timesheet_photo_under_a_sharp_shadow(path: Path) -> Path:
    """A timesheet page photographed at about 110 dpi on a dark table, the left part of the
    paper in a phone's shadow with a sharp edge (the paper 180 there, 248 beside it), the edge
    running through the rows' dates and the total's label. A support group's visits are an
    association's (ngo)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    paper = Image.new("L", (760, 560), 255)
    draw = ImageDraw.Draw(paper)
    body, heavy = ImageFont.truetype(sans, 15), ImageFont.truetype(bold, 15)
    draw.text((80, 30), "ASISTENTA DARBA LAIKA UZSKAITE", font=heavy, fill=20)
    draw.text((80, 60), "Cēsu novada Sociālais dienests, 2026. gada marts", font=body, fill=20)
    draw.text((80, 85), f"Klients: Edgars Kalējs, p.k. {R24AB_EDGARS}", font=body, fill=20)
    draw.text((80, 110), f"Asistente: Gunta Vītola, p.k. {R24AB_GUNTA}", font=body, fill=20)
    draw.text((80, 145), "Datums      No       Līdz     St.    Kur", font=heavy, fill=20)
    rows = [("03.03.2026", "10:00", "12:00", "2", "atbalsta grupa"),
            ("05.03.2026", "09:00", "12:00", "3", "poliklīnika"),
            ("10.03.2026", "10:00", "12:00", "2", "atbalsta grupa"),
            ("12.03.2026", "09:30", "13:30", "4", "poliklīnika")]
    y = 175
    for row in rows:
        for x, cell in zip((80, 200, 280, 360, 420), row, strict=True):
            draw.text((x, y), cell, font=body, fill=20)
        draw.line((78, y + 24, 640, y + 24), fill=30, width=2)
        y += 32
    draw.text((80, y + 20), "Kopā: 11 stundas", font=heavy, fill=20)
    pixels = np.asarray(paper, dtype=np.float64) * (248 / 255)
    pixels[:, :122] *= 180 / 248  # the shadow, its edge through the dates
    rng = np.random.default_rng(24)
    pixels += rng.normal(0, 4, pixels.shape)
    photo = np.full((660, 860), 55.0)  # the table
    photo[50:610, 50:810] = pixels
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), mode="L").save(
        path, dpi=(110, 110), quality=80)
    return path



# --- round 24 (t24ed): paper made in spreadsheets and tables (set ZE's digital papers) ---

T24ED_MAREKS = personal_code("1402871234")
T24ED_OLITA = personal_code("2807651530")


def _t24ed_letters(pdf: canvas.Canvas, y: float, xs: tuple[float, ...], first: str = "A") -> None:
    """A spreadsheet's grey column letters over its cells, one letter a column."""
    for i, x in enumerate(xs):
        _text(pdf, x, y, chr(ord(first) + i), 7)


def t24ed_sheet_one_row_under_headings(pdf: canvas.Canvas) -> None:
    """A school certificate printed from a spreadsheet with its headings on: the column letters
    over a heading row numbered 5 and one row of values numbered 6 (only two rows: the sheet
    is that short), the programme between the pupil's code and the admission date."""
    _text(pdf, 40, 800, "Kalnaines Amatniecības vidusskola", 11, bold=True)
    _text(pdf, 40, 786, "Skolas iela 4, Kalnaine, LV-4312", 8)
    _text(pdf, 200, 760, "Izziņa par mācībām", 11, bold=True)
    xs = (52, 128, 214, 330, 392, 452, 506)
    _t24ed_letters(pdf, 738, tuple(x + 20 for x in xs))
    heads = ("Audzēknis", "P.k.", "Programma", "Uzņemts", "Līdz", "St./ned.", "Datums")
    cells = ("Mareks Zīriņš", T24ED_MAREKS, "Kokizstrādājumi", "01/09/2023", "30/06/2027",
             "30,0", "12/11/2025")
    _text(pdf, 40, 722, "5", 7)
    _text(pdf, 40, 706, "6", 7)
    for x, head, cell in zip(xs, heads, cells, strict=True):
        _text(pdf, x, 722, head, 8)
        _text(pdf, x, 706, cell, 8)
    _text(pdf, 40, 660, "Direktora vietniece", 9)
    _text(pdf, 440, 660, "L. Avotiņa", 9)


def t24ed_points_total_under_hours(pdf: canvas.Canvas) -> None:
    """A social worker's sheet: labels in column A with the weekly hours as "St./ned." and a
    self-care table under them whose points column closes with "Kopā" (a score, no hours)."""
    _text(pdf, 50, 800, "Kalnaines novada Sociālais dienests", 11, bold=True)
    _text(pdf, 180, 770, "Sociālā darbinieka atzinums", 11, bold=True)
    rows = [("Klients", "Olita Vanaga"), ("P.k.", T24ED_OLITA),
            ("Mērķa grupa", "persona ar garīga rakstura traucējumiem"),
            ("St./ned.", "12,0"), ("Periods (mēn.)", "4"), ("Datums", "2025.11.20")]
    y = 740.0
    for label, value in rows:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 220, y, value, 9)
        y -= 16
    y -= 12
    for label, value in [("Pašaprūpe", "Punkti"), ("ģērbšanās", "3"), ("ēdiena gatavošana", "2"),
                         ("saziņa", "2"), ("Kopā", "7")]:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 300, y, value, 9)
        y -= 16
    _text(pdf, 60, y - 30, "Sociālā darbiniece", 9)
    _text(pdf, 420, y - 30, "I. Kalna", 9)


CASES.update({
    "t24ed_sheet_one_row_under_headings.pdf": (
        t24ed_sheet_one_row_under_headings, "school_certificate", {
            "person_name": "Mareks Zīriņš", "personal_code": T24ED_MAREKS,
            "programme": "Kokizstrādājumi", "hours_per_week": 30, "issued_on": "2025-11-12"}),
    "t24ed_points_total_under_hours.pdf": (
        t24ed_points_total_under_hours, "social_worker_opinion", {
            "person_name": "Olita Vanaga", "hours_per_week": 12, "period_months": 4}),
})


T24ED_VISITORS = [("Aldis Klints", personal_code("0306781122"), "6,0", ""),
                  ("Brigita Sīle", personal_code("1709851344"), "4,0", ""),
                  ("Kārlis Zunde", personal_code("2511900456"), "10,0", "X")]
T24ED_STAFF = [("Inārs Gulbis", personal_code("1204731377"), "noliktavas strādnieks",
                "1,0", "40,0", "2016.03.01"),
               ("Inga Lapsiņa", personal_code("0801661299"), "grāmatvede", "0,5", "20,0",
                "2020.09.15"),
               ("Dzintra Reņģe", personal_code("2203821188"), "pārdevēja", "1,0", "40,0",
                "2023.01.09")]


def t24ed_list_with_a_marked_row(pdf: canvas.Canvas) -> None:
    """A day centre's attendance list of three visitors, the certificate for the one marked
    "X" in its "Izziņa" column (the last row): the first row is another visitor."""
    _text(pdf, 50, 800, "Biedrība „Ozolkalna dienas centrs”", 11, bold=True)
    _text(pdf, 50, 786, "Liepu iela 2, Ozolkalns, LV-4301", 8)
    _text(pdf, 120, 760, "APLIECINĀJUMS par dienas centra apmeklējumu", 11, bold=True)
    xs = (60, 200, 330, 420)
    y = 720.0
    for x, head in zip(xs, ("Apmeklētājs", "P.k.", "St./ned.", "Izziņa"), strict=True):
        _text(pdf, x, y, head, 9)
    for name, code, hours, mark in T24ED_VISITORS:
        y -= 16
        for x, cell in zip(xs, (name, code, hours, mark), strict=True):
            if cell:
                _text(pdf, x, y, cell, 9)
    _text(pdf, 60, y - 30, "Ozolkalnā, 2025.11.03", 9)
    _text(pdf, 60, y - 70, "Vadītāja", 9)
    _text(pdf, 420, y - 70, "R. Bērza", 9)


def t24ed_staff_list_over_two_pages(pdf: canvas.Canvas) -> None:
    """A company's staff list printed across two pages, the certificate for the employee its
    title names (in the genitive, the second row): page 1 holds the names, codes and
    positions, page 2 the same rows' load, weekly hours and start date."""
    _text(pdf, 50, 800, "SIA Ozolkalna Tirdzniecība", 11, bold=True)
    _text(pdf, 50, 786, "Reģ. Nr. 40103344556 · Tirgus iela 5, Ozolkalns, LV-4301", 8)
    _text(pdf, 90, 760, "IZZIŅA par darbinieces Ingas Lapsiņas nodarbinātību", 11, bold=True)
    _text(pdf, 90, 746, "Izraksts no darbinieku saraksta. Sagatavots 2025.10.20.", 9)
    xs = (60, 90, 220, 330)
    y = 710.0
    for x, head in zip(xs, ("Nr.", "Vārds, uzvārds", "P.k.", "Amats"), strict=True):
        _text(pdf, x, y, head, 9)
    for number, (name, code, position, *_rest) in enumerate(T24ED_STAFF, start=1):
        y -= 16
        for x, cell in zip(xs, (str(number), name, code, position), strict=True):
            _text(pdf, x, y, cell, 9)
    _text(pdf, 60, y - 24, "Turpinājums nākamajā lapā.", 8)
    pdf.showPage()
    xs = (60, 110, 180)
    y = 780.0
    for x, head in zip(xs, ("Sl.", "St./ned.", "Darba sākums"), strict=True):
        _text(pdf, x, y, head, 9)
    for *_rest, load, hours, since in T24ED_STAFF:
        y -= 16
        for x, cell in zip(xs, (load, hours, since), strict=True):
            _text(pdf, x, y, cell, 9)
    _text(pdf, 60, y - 50, "Valdes loceklis", 9)
    _text(pdf, 420, y - 50, "P. Ozols", 9)


CASES.update({
    "t24ed_list_with_a_marked_row.pdf": (
        t24ed_list_with_a_marked_row, "activity_certificate", {
            "person_name": "Kārlis Zunde", "personal_code": T24ED_VISITORS[2][1],
            "hours_per_week": 10}),
    "t24ed_staff_list_over_two_pages.pdf": (
        t24ed_staff_list_over_two_pages, "employer_certificate", {
            "person_name": "Inga Lapsiņa", "personal_code": T24ED_STAFF[1][1],
            "position": "grāmatvede", "hours_per_week": 20, "employed_since": "2020-09-15"}),
})


T24ED_VALDEMARS = personal_code("1110591234")
T24ED_LUCIJA = personal_code("0405021456")
T24ED_ROLANDS = personal_code("2609041345")


def t24ed_visits_dated_in_a_column(pdf: canvas.Canvas) -> None:
    """A clinic's table of visits: a "Datums" column heading four visit dates, each row with
    its procedure and hours, an average row, and the certificate's own date in a sentence at
    the foot; no place-and-date line."""
    _text(pdf, 50, 800, "SIA Ozolkalna Veselības centrs", 11, bold=True)
    _text(pdf, 50, 786, "Dārza iela 8, Ozolkalns, LV-4301", 8)
    _text(pdf, 120, 760, "Izziņa par ārstniecības iestādes apmeklējumiem", 11, bold=True)
    _text(pdf, 60, 730, "Pacients", 9)
    _text(pdf, 220, 730, "Valdemārs Krēsliņš", 9)
    _text(pdf, 60, 714, "P.k.", 9)
    _text(pdf, 220, 714, T24ED_VALDEMARS, 9)
    y = 684.0
    for cells in [("Datums", "Procedūra", "St."), ("2025.02.04", "masāža", "1,00"),
                  ("2025.02.06", "masāža", "1,00"), ("2025.02.11", "masāža", "1,00"),
                  ("2025.02.13", "masāža", "1,00")]:
        for x, cell in zip((60, 160, 340), cells, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 16
    _text(pdf, 60, y, "Vidēji st./ned.", 9)
    _text(pdf, 340, y, "2,00", 9)
    _text(pdf, 60, y - 24, "Izziņa sagatavota 2025.03.04.", 9)
    _text(pdf, 60, y - 70, "Reģistratūras vadītāja", 9)
    _text(pdf, 420, y - 70, "A. Ceriņa", 9)


def t24ed_heading_over_sub_headings(pdf: canvas.Canvas) -> None:
    """A day centre's one-row table whose "Dienas" heading stands over a second heading row of
    weekdays ("P. | T. | C."), the weekly hours under "St./ned." past that second row; the
    college date at the top right beside a row whose study end stands under its heading."""
    _text(pdf, 50, 800, "Biedrība „Ozolkalna dienas centrs”", 11, bold=True)
    _text(pdf, 50, 786, "Liepu iela 2, Ozolkalns, LV-4301", 8)
    _text(pdf, 120, 760, "APLIECINĀJUMS par dienas centra apmeklējumu", 11, bold=True)
    _text(pdf, 60, 720, "Apmeklētājs", 9)
    _text(pdf, 190, 720, "P.k.", 9)
    _text(pdf, 290, 720, "Dienas", 9)
    _text(pdf, 420, 720, "St./ned.", 9)
    for x, day in zip((290, 325, 360), ("P.", "T.", "C."), strict=True):
        _text(pdf, x, 704, day, 9)
    _text(pdf, 60, 688, "Lūcija Sprūde", 9)
    _text(pdf, 190, 688, T24ED_LUCIJA, 9)
    for x in (290, 325, 360):
        _text(pdf, x, 688, "3,0", 9)
    _text(pdf, 420, 688, "9,0", 9)
    _text(pdf, 60, 650, "Ozolkalnā, 2025.11.21", 9)
    _text(pdf, 60, 610, "Vadītāja", 9)
    _text(pdf, 420, 610, "R. Bērza", 9)


def t24ed_study_end_under_its_heading(pdf: canvas.Canvas) -> None:
    """A college's certificate whose own date stands at the top right on a line of its own
    (place and date, no comma) and whose second table's row holds the study end under its
    heading "Studiju beigas": the later date is the study end, not the paper's."""
    _text(pdf, 50, 800, "Ozolkalna Tehniskā koledža", 11, bold=True)
    _text(pdf, 50, 786, "Skolas iela 1, Ozolkalns, LV-4301", 8)
    _text(pdf, 440, 770, "Ozolkalnā 2025.12.01", 9)
    _text(pdf, 240, 750, "IZZIŅA Nr. 3/77", 11, bold=True)
    xs = (60, 180, 300, 380, 460)
    heads = ("Vārds, uzvārds", "P.k.", "Kurss", "Studiju beigas", "Kont. st./ned.")
    cells = ("Rolands Žagars", T24ED_ROLANDS, "1.", "2028.06.30", "24,0")
    for x, head, cell in zip(xs, heads, cells, strict=True):
        _text(pdf, x, 710, head, 8)
        _text(pdf, x, 694, cell, 8)
    _text(pdf, 60, 660, "Programma: Mehatronika", 9)
    _text(pdf, 60, 620, "Lietvede", 9)
    _text(pdf, 420, 620, "K. Ābele", 9)


CASES.update({
    "t24ed_visits_dated_in_a_column.pdf": (
        t24ed_visits_dated_in_a_column, "activity_certificate", {
            "personal_code": T24ED_VALDEMARS, "hours_per_week": 2,
            "issued_on": "2025-03-04"}),
    "t24ed_heading_over_sub_headings.pdf": (
        t24ed_heading_over_sub_headings, "activity_certificate", {
            "person_name": "Lūcija Sprūde", "hours_per_week": 9, "issued_on": "2025-11-21"}),
    "t24ed_study_end_under_its_heading.pdf": (
        t24ed_study_end_under_its_heading, "school_certificate", {
            "person_name": "Rolands Žagars", "study_until": "2028-06-30",
            "hours_per_week": 24, "issued_on": "2025-12-01"}),
})


T24ED_EDVINS = personal_code("1907741256")


def t24ed_activities_in_sheet_numbers(pdf: canvas.Canvas) -> None:
    """An application printed from a spreadsheet: labels in column A, the activities as a small
    table with the weekly hours printed with their decimals ("20,00", "2,50"), the sheet's tab
    and page counter in the footer ("Lapa1 · Page 1 of 1")."""
    _text(pdf, 50, 800, "Ozolkalna novada Sociālais dienests", 11, bold=True)
    _text(pdf, 50, 786, "Liepu iela 1, Ozolkalns, LV-4301", 8)
    _text(pdf, 140, 760, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 11, bold=True)
    y = 730.0
    for label, value in [("Iesniedzējs", "Edvīns Kalējs"), ("Personas kods", T24ED_EDVINS),
                         ("Adrese", "Liepu iela 7-2, Ozolkalns, LV-4301"),
                         ("Pakalpojums", "asistents pašvaldībā"), ("Aizpildīts", "2025.10.01")]:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 220, y, value, 9)
        y -= 16
    y -= 20
    for cells in [("Aktivitāte", "Vieta", "St./ned."), ("darbs", "SIA Ozolkalna Koks", "20,00"),
                  ("brīvais laiks", "baseins", "2,50")]:
        for x, cell in zip((60, 200, 380), cells, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 16
    _text(pdf, 60, y - 40, "Iesniedzēja paraksts", 9)
    _text(pdf, 420, y - 40, "E. Kalējs", 9)
    _text(pdf, 250, 40, "Lapa1 · Page 1 of 1", 7)


CASES.update({
    "t24ed_activities_in_sheet_numbers.pdf": (
        t24ed_activities_in_sheet_numbers, "application", {
            "applicant_name": "Edvīns Kalējs",
            "activities": [{"kind": "work", "hours_per_week": 20},
                           {"kind": "leisure", "hours_per_week": 2.5}]}),
})


T24ED_HERMANIS = personal_code("0612551234")
T24ED_SARMITE = personal_code("2304891345")


def t24ed_days_by_activities_grid(pdf: canvas.Canvas) -> None:
    """A month's record as a spreadsheet grid: days 1-30 as columns, the activities as rows,
    hours in the cells ("3", "1,5"), each row's total in a "Kopā" column and a last row
    summing every activity."""
    pdf.setPageSize((842, 595))
    _text(pdf, 30, 560, "Asistenta pakalpojuma uzskaite · 2025. gada septembris", 9)
    _text(pdf, 30, 540, "Klients", 7)
    _text(pdf, 250, 540, f"Hermanis Dzenis, p.k. {T24ED_HERMANIS}", 7)
    _text(pdf, 30, 528, "Asistents", 7)
    _text(pdf, 250, 528, f"Sarmīte Lazda, p.k. {T24ED_SARMITE}", 7)
    xs = [110 + 20 * k for k in range(30)]
    _text(pdf, 30, 505, "Aktivitāte", 6)
    for day, x in enumerate(xs, start=1):
        _text(pdf, x, 505, str(day), 6)
    _text(pdf, 720, 505, "Kopā", 6)
    rows = [("Izglītība", {2: "3", 9: "3", 16: "3"}, "9"),
            ("Brīvais laiks", {6: "1,5", 20: "1,5"}, "3")]
    y = 493.0
    for activity, cells, total in rows:
        _text(pdf, 30, y, activity, 6)
        for day, hours in cells.items():
            _text(pdf, xs[day - 1], y, hours, 6)
        _text(pdf, 720, y, total, 6)
        y -= 12
    _text(pdf, 30, y, "KOPĀ", 6)
    _text(pdf, 720, y, "12", 6)
    _text(pdf, 30, y - 40, "Asistents / klients", 8)
    _text(pdf, 600, y - 40, "S. Lazda / H. Dzenis", 8)


def t24ed_decimal_clock_times(pdf: canvas.Canvas) -> None:
    """A sheet of visits with from and to as decimal hours ("9,5" for 9:30), the hours as
    formula results ("2,50") and the month as "2025/03"; the totals by activity under the
    rows are no entries."""
    _text(pdf, 50, 800, "Ozolkalna novada Sociālais dienests · uzskaites lapa 2025/03", 10,
          bold=True)
    _text(pdf, 60, 770, "Klients", 9)
    _text(pdf, 220, 770, f"Hermanis Dzenis ({T24ED_HERMANIS})", 9)
    _text(pdf, 60, 754, "Asistente", 9)
    _text(pdf, 220, 754, f"Sarmīte Lazda ({T24ED_SARMITE})", 9)
    y = 720.0
    for cells in [("Datums", "No", "Līdz", "St.", "Aktivitāte"),
                  ("05/03/2025", "9,5", "12,0", "2,50", "ārsta apmeklējums"),
                  ("12/03/2025", "15,0", "16,75", "1,75", "pastaiga, bibliotēka")]:
        for x, cell in zip((60, 150, 190, 230, 280), cells, strict=True):
            _text(pdf, x, y, cell, 9)
        y -= 16
    _text(pdf, 60, y, "Kopā", 9)
    _text(pdf, 230, y, "4,25", 9)
    _text(pdf, 60, y - 40, "Asistente", 9)
    _text(pdf, 420, y - 40, "S. Lazda", 9)


CASES.update({
    "t24ed_days_by_activities_grid.pdf": (
        t24ed_days_by_activities_grid, "timesheet", {
            "month": "2025-09", "client_personal_code": T24ED_HERMANIS,
            "entries": [
                {"date": "2025-09-02", "start": None, "end": None, "hours": 3,
                 "activity": "education"},
                {"date": "2025-09-06", "start": None, "end": None, "hours": 1.5,
                 "activity": "leisure"},
                {"date": "2025-09-09", "start": None, "end": None, "hours": 3,
                 "activity": "education"},
                {"date": "2025-09-16", "start": None, "end": None, "hours": 3,
                 "activity": "education"},
                {"date": "2025-09-20", "start": None, "end": None, "hours": 1.5,
                 "activity": "leisure"}],
            "total_hours": 12}),
    "t24ed_decimal_clock_times.pdf": (
        t24ed_decimal_clock_times, "timesheet", {
            "month": "2025-03", "client_personal_code": T24ED_HERMANIS,
            "entries": [
                {"date": "2025-03-05", "start": "09:30", "end": "12:00", "hours": 2.5,
                 "activity": "institutions"},
                {"date": "2025-03-12", "start": "15:00", "end": "16:45", "hours": 1.75,
                 "activity": "leisure"}],
            "total_hours": 4.25}),
})


T24ED_AUSTRA = personal_code("1503671234")


def t24ed_options_marked_in_a_column(pdf: canvas.Canvas) -> None:
    """An application sheet: its service options printed as rows under "Pakalpojums" with a
    column "Atzīme" holding an "X" beside one only; the e-mail wrapped in its narrow cell
    ("austra.liepa@inbox.l" / "v" as one line's words)."""
    _text(pdf, 50, 800, "Ozolkalna novada Sociālais dienests", 11, bold=True)
    _text(pdf, 230, 770, "IESNIEGUMS", 12, bold=True)
    y = 740.0
    for label, value in [("Vārds, uzvārds", "Austra Liepa"), ("Personas kods", T24ED_AUSTRA),
                         ("Adrese", "Skolas iela 3, Ozolkalns, LV-4301"),
                         ("E-pasts", "austra.liepa@inbox.l v"),
                         ("Iesnieguma datums", "2025.06.02")]:
        _text(pdf, 60, y, label, 9)
        _text(pdf, 220, y, value, 9)
        y -= 16
    y -= 16
    _text(pdf, 60, y, "Pakalpojuma veids", 9)
    _text(pdf, 300, y, "Atzīme", 9)
    for option, mark in [("asistents pašvaldībā", ""), ("ģimenes asistents", "X"),
                         ("pavadonis", "")]:
        y -= 16
        _text(pdf, 60, y, option, 9)
        if mark:
            _text(pdf, 310, y, mark, 9)
    _text(pdf, 60, y - 40, "Paraksts", 9)
    _text(pdf, 420, y - 40, "A. Liepa", 9)


CASES.update({
    "t24ed_options_marked_in_a_column.pdf": (
        t24ed_options_marked_in_a_column, "application", {
            "applicant_name": "Austra Liepa", "service": "family_assistant",
            "email": "austra.liepa@inbox.lv"}),
})


T24ED_ZIGRIDA = personal_code("2911581234")
T24ED_TOMS = personal_code("0410201345")


def t24ed_yes_no_as_table_cells(pdf: canvas.Canvas) -> None:
    """An application printed as one landscape row of values under its headings, the benefit
    asked by a heading "Pabalsts" alone with "Jā" under it; a daughter applies for her father."""
    pdf.setPageSize((842, 595))
    _text(pdf, 40, 560, "Ozolkalna novada Sociālais dienests", 10, bold=True)
    _text(pdf, 200, 530, "IESNIEGUMS asistenta pakalpojuma saņemšanai (klients – tēvs)", 12,
          bold=True)
    xs = (40, 140, 230, 330, 430, 620, 700)
    heads = ("Iesniedzējs", "P.k.", "Klients", "P.k.", "Adrese", "Pabalsts", "Datums")
    cells = ("Zigrīda Ozola", T24ED_ZIGRIDA, "Toms Ozols", T24ED_TOMS,
             "Upes iela 9, Ozolkalns, LV-4301", "Jā", "2025.09.30")
    for x, head, cell in zip(xs, heads, cells, strict=True):
        _text(pdf, x, 490, head, 8)
        _text(pdf, x, 474, cell, 8)
    _text(pdf, 40, 430, "Aktivitāte", 8)
    _text(pdf, 300, 430, "St./ned.", 8)
    _text(pdf, 40, 414, "ārstniecības iestāžu apmeklējumi", 8)
    _text(pdf, 300, 414, "4,00", 8)
    _text(pdf, 40, 370, "Iesniedzēja", 9)
    _text(pdf, 650, 370, "Z. Ozola", 9)


CASES.update({
    "t24ed_yes_no_as_table_cells.pdf": (
        t24ed_yes_no_as_table_cells, "application", {
            "applicant_name": "Zigrīda Ozola", "client_name": "Toms Ozols",
            "receives_assistant_benefit": True,
            "activities": [{"kind": "institutions", "hours_per_week": 4}]}),
})


# --- round 24 (t24hs): a hand's page on a notebook's squared paper ------------------------------

T24HS_ROBERTS = personal_code("2110790534")


def t24hs_squared_notebook_photo(path: Path, *, dpi: int = 170) -> Path:
    """A page of a squared notebook photographed on a table: grey squares across the whole
    sheet, a hand's lines of hours written over them (a cursive font), the top of the sheet in
    a shadow. Tesseract's binarisation took the squares for ink and read a wall of strokes."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = round(5.3 * dpi), round(7.3 * dpi)
    photo = Image.new("L", (width, height), 70)  # the table
    sheet = Image.new("L", (width - 80, height - 80), 234)
    draw = ImageDraw.Draw(sheet)
    pitch = round(dpi / 6)
    for x in range(6, sheet.width, pitch):
        draw.line([(x, 0), (x, sheet.height)], fill=205, width=1)
    for y in range(6, sheet.height, pitch):
        draw.line([(0, y), (sheet.width, y)], fill=205, width=1)
    font = ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", round(dpi / 6.5))
    lines = ["Stundas oktobris 2025", f"Roberts Ziediņš {T24HS_ROBERTS.replace('-', '')}", "",
             "pirmd. 6.10 darbnica 9-13 4h", "otrd. 7.10 darbnica 9-13 4h",
             "ceturtd. 9.10 poliklinika 10-12 2h", "piektd. 10.10 darbnica 9-12 3h", "",
             "kopa 13 st"]
    for i, text in enumerate(lines):
        draw.text((round(dpi * 0.45), round(dpi * 0.5) + i * 2 * pitch), text, font=font,
                  fill=25)
    photo.paste(sheet, (40, 40))
    for top, bottom in ((0.2, 1.0), (6.3, 7.3)):  # the phone's shadow across the picture
        band = (0, round(dpi * top), width, round(dpi * bottom))
        photo.paste(Image.eval(photo.crop(band), lambda v: round(v * 0.8)), band[:2])
    photo.save(path, "JPEG", quality=85, dpi=(dpi, dpi))
    return path


# --- round 24 (t24hd): paper written in non-standard Latvian ---

R24HD_JELENA = personal_code("1408670921")
R24HD_ANDRIS = personal_code("0311580712")
R24HD_IVETA = personal_code("2902880134")


def r24hd_application_doubled_consonants(pdf: canvas.Canvas) -> None:
    """A Russian speaker's typed application: the service written with doubled consonants in
    its title and its request ("par assistentu", "piešķirt man assistentu")."""
    _text(pdf, 300, 800, "Ludzas novada Sociālajam dienestam", 10)
    _text(pdf, 300, 786, f"Jeļena Sokolova, p/k {R24HD_JELENA}", 10)
    _text(pdf, 200, 740, "Iesniegums par assistentu", 13, bold=True)
    _lines(pdf, 60, 710, [
        "Man ir invaliditāte 1 grupa, es nevaru pati aiziet uz poliklīniku.",
        "Lūdzu piešķirt man assistentu pašvaldībā uz ārstu 4 st. nedēļā.",
    ], size=10)
    _text(pdf, 60, 640, "Ludzā, 2025. gada 3. martā", 10)
    _text(pdf, 350, 640, "J. Sokolova", 10)


def r24hd_email_wish_for_family_assistant(pdf: canvas.Canvas) -> None:
    """A mother's colloquial e-mail: she would like to apply ("gribētu pieteikties") for a
    family assistant, no title, no "lūdzu ... piešķirt"."""
    _lines(pdf, 60, 800, [
        "No: Iveta Ozoliņa <iveta.oz88@inbox.lv>",
        "Kam: socialais.dienests@ludza.lv",
        "Nosūtīts: ceturtdiena, 2025. gada 10. aprīlis 20:15",
        "Tēma: par palīdzību",
    ], size=10)
    _lines(pdf, 60, 720, [
        "Labdien!",
        "Es gribētu pieteikties uz ģimenes asistentu, man dvīņi un vēl viens mazs bērns.",
        f"mans pk {R24HD_IVETA}, dzivoju Raiņa ielā 4-2, Ludza, LV-5701.",
        "Paldies, Iveta",
    ], size=10)


def r24hd_chat_of_hours_on_a_background(pdf: canvas.Canvas) -> None:
    """A messenger's chat printed from a phone: a grey background across the whole page under
    the contact's bar, each message a row "3.04 ārsts 9-11 (2h)" with its sending time after
    it, the assistant sending "manas stundas"."""
    pdf.setFillGray(0.93)
    pdf.rect(0, 0, 595.27, 770, fill=1, stroke=0)
    pdf.setFillGray(0)
    _text(pdf, 50, 800, "Rūta Kalēja (asistente)", 12, bold=True)
    _text(pdf, 250, 750, "2025. gada 15. aprīlis", 8)
    rows = ["Labvakar! Manas stundas par aprīli Andrim Kalniņam", "3.04 ārsts 9-11 (2h)",
            "7/4 veikals 10-11.30 1,5h", "10.04 darbs 8-12 4h", "14.04 ārsts 9.30-11 1,5h",
            "kopā 9 st."]
    for i, row in enumerate(rows):
        _text(pdf, 50, 720 - i * 32, row, 10)
        _text(pdf, 330, 714 - i * 32, f"21:{10 + i:02d}", 7)


def r24hd_application_careless_labels(pdf: canvas.Canvas) -> None:
    """A typed application with careless labels ("Personaskods", "dzives vieta"), the name
    without its marks in the form and with them in the signature, a date "12,06,25"."""
    _text(pdf, 300, 800, "Ludzas novada Sociālajam dienestam", 10)
    _text(pdf, 230, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Vards Uzvards: Andris Kalnins",
        f"Personaskods: {R24HD_ANDRIS}",
        "dzives vieta: Stacijas iela 9-3, Ludza, LV-5701",
        "Lūdzu piešķirt man asistentu uz darbu 10 st. ned.",
    ], size=10)
    _text(pdf, 60, 640, "12,06,25", 10)
    _text(pdf, 350, 640, "__________ / A. Kalniņš /", 10)


def r24hd_school_hours_without_slash(pdf: canvas.Canvas) -> None:
    """A school secretary's hurried certificate: the week's hours as "24 st ned." (no slash,
    no stops)."""
    _text(pdf, 160, 800, "Ludzas mūzikas vidusskola", 13, bold=True)
    _text(pdf, 250, 760, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Izziņa dota Ivetai Ozoliņai, p.k. {R24HD_IVETA}, ka viņa mācās mūsu skolā 2. kursā.",
        "Mācību stundas ~ 24 st ned.",
        "Ludzā, 2025. gada 5. maijā",
    ], size=10)


CASES.update({
    "r24hd_application_doubled_consonants.pdf": (
        r24hd_application_doubled_consonants, "application", {
            "service": "assistant", "applicant_personal_code": R24HD_JELENA}),
    "r24hd_email_wish_for_family_assistant.pdf": (
        r24hd_email_wish_for_family_assistant, "application", {
            "service": "family_assistant", "applicant_name": "Iveta Ozoliņa"}),
    "r24hd_chat_of_hours_on_a_background.pdf": (
        r24hd_chat_of_hours_on_a_background, "timesheet", {"month": "2025-04"}),
    "r24hd_application_careless_labels.pdf": (
        r24hd_application_careless_labels, "application", {
            "applicant_name": "Andris Kalniņš", "applicant_personal_code": R24HD_ANDRIS,
            "address": "Stacijas iela 9-3, Ludza, LV-5701", "submitted_on": "2025-06-12"}),
    "r24hd_school_hours_without_slash.pdf": (
        r24hd_school_hours_without_slash, "school_certificate", {"hours_per_week": 24}),
})


# Round 25 (set ZH's scans, t25hs): a hand's notebook page of hours.
R25HS_LAURA = personal_code("0907881234")


def r25hs_notebook_hours_with_weekdays(pdf: canvas.Canvas) -> None:
    """A notebook page of hours kept by an assistant: each row opens with its weekday cut
    short ("pirmd. 6.10", "ceturt. d. 9.10"), then what, the hours from-to in whole hours or
    a whole hour and a clock ("10-11.30"), and the hours counted ("1,5h")."""
    _lines(pdf, 60, 790, [
        "Stundas oktobris 2025",
        f"Laura Kalna {R25HS_LAURA}",
        "asist. Pēteris Ozols",
        "pirmd. 6.10 darbnīca 9-13 4h",
        "otrd. 7.10 darbnīca 9-12 3h",
        "ceturt. d. 9.10 ārsts 10-11.30 1,5h",
        "piektd. 10.10 darbnīca 9-13 4h",
        "kopā 12,5 st",
    ], size=11)


CASES.update({
    "r25hs_notebook_hours_with_weekdays.pdf": (
        r25hs_notebook_hours_with_weekdays, "timesheet", {
            "month": "2025-10", "client_name": "Laura Kalna", "client_personal_code": R25HS_LAURA,
            "assistant_name": "Pēteris Ozols", "total_hours": 12.5,
            "entries": [
                {"date": "2025-10-06", "start": "09:00", "end": "13:00", "hours": 4,
                 "activity": "day_centre"},
                {"date": "2025-10-07", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "day_centre"},
                {"date": "2025-10-09", "start": "10:00", "end": "11:30", "hours": 1.5,
                 "activity": "institutions"},
                {"date": "2025-10-10", "start": "09:00", "end": "13:00", "hours": 4,
                 "activity": "day_centre"},
            ]}),
})


# --- round 25: legacy and archive paper (set ZF's classes, t25zf) -----------------------------

R25ZF_JURIS = personal_code("1503620417")
R25ZF_RITA = personal_code("2208710926")
R25ZF_ANDA = personal_code("0911640533")
R25ZF_AINA = personal_code("2701480118")
R25ZF_MARTINS = personal_code("1406090712")
R25ZF_INARA = personal_code("0302750311")
R25ZF_KRISTINE = personal_code("1710570222")
R25ZF_OSKARS = personal_code("0506580244")


def r25zf_archive_certificate_quoting_a_decision(pdf: canvas.Canvas) -> None:
    """A municipal archive's certificate quoting a former parish orphan court's decision,
    closing with "Lēmums nav pārsūdzēts.": a sentence about the quoted decision, no title of
    the paper (the decision's word opens it, a predicate follows)."""
    _text(pdf, 170, 800, "RĒZEKNES NOVADA PAŠVALDĪBA", 13, bold=True)
    _text(pdf, 220, 784, "Pašvaldības arhīvs", 10)
    _text(pdf, 200, 770, "Atbrīvošanas aleja 93, Rēzekne, LV-4601", 9)
    _text(pdf, 60, 740, "Rēzeknē, 2025. gada 4. decembrī Nr. ARH-1/25/77", 10)
    _text(pdf, 230, 710, "ARHĪVA IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 680, [
        "Pēc Jura Ozoliņa pieprasījuma arhīvs izziņo, ka likvidētās Kaunatas pagasta",
        "bāriņtiesas fondā Nr. 12 atrodas Kaunatas pagasta bāriņtiesas 2012. gada 3. aprīļa",
        "lēmums Nr. 5 par aizgādņa iecelšanu, kurā noteikts: „Iecelt Juri Ozoliņu, personas",
        f"kods {R25ZF_JURIS}, par aizgādni Ritai Ozoliņai, personas kods {R25ZF_RITA}.”",
        "Lēmums nav pārsūdzēts. Ziņu par tā atcelšanu arhīvā nav.",
    ], size=10)
    _text(pdf, 60, 560, "Arhīva vadītājs K. Vanags", 10)


def r25zf_reissued_employer_certificate(pdf: canvas.Canvas) -> None:
    """A certificate issued again years later: "Izsniegta ..." opens the text (the start
    "kopš ..." follows it), the original's date named, the re-issue's date on a line of its
    own ("Atkārtoti izsniegta ...") the paper's own."""
    _text(pdf, 200, 800, "SIA „Rūķu Maiznīca”", 14, bold=True)
    _text(pdf, 150, 782, "Reģ. Nr. 40003987651 · Kalna iela 2, Krāslava, LV-5601", 9)
    _text(pdf, 250, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 60, 710, [
        f"Izsniegta Andai Liepiņai, personas kods {R25ZF_ANDA}, par to, ka viņa kopš 2011. gada",
        "14. februāra strādā SIA „Rūķu Maiznīca” par maiznieci, 30 stundas nedēļā.",
        "Izziņas oriģināls izsniegts 2015. gada 2. martā. Izziņa atkārtoti izsniegta pēc",
        "darbinieces lūguma.",
        "Atkārtoti izsniegta 2025. gada 9. decembrī",
    ], size=10)
    _text(pdf, 60, 600, "Valdes priekšsēdētājs U. Krūmiņš", 10)


def r25zf_duplicate_guardian_certificate(pdf: canvas.Canvas) -> None:
    """A guardian's certificate issued as a duplicate: "Izsniegta X, personas kods ..., par
    to, ka ar ... lēmumu Nr. ... viņa iecelta par aizbildni ...": the decision named before
    the pronoun, the one it is issued to the guardian."""
    _text(pdf, 200, 800, "Preiļu novada bāriņtiesa", 13, bold=True)
    _text(pdf, 210, 784, "Raiņa bulvāris 19, Preiļi, LV-5301", 9)
    _text(pdf, 200, 750, "AIZBILDŅA APLIECĪBA Nr. 12", 13, bold=True)
    _text(pdf, 250, 732, "DUBLIKĀTS", 11, bold=True)
    _lines(pdf, 60, 700, [
        f"Izsniegta Ainai Kalvai, personas kods {R25ZF_AINA}, par to, ka ar Preiļu novada",
        "bāriņtiesas 2017. gada 6. marta lēmumu Nr. 3-5/17/9 viņa iecelta par aizbildni",
        f"nepilngadīgajam Mārtiņam Kalvam, personas kods {R25ZF_MARTINS}.",
        "Dublikāts izsniegts Preiļos 2025. gada 1. jūlijā",
    ], size=10)
    _text(pdf, 60, 620, "Bāriņtiesas priekšsēdētāja L. Strode", 10)


def r25zf_notary_certified_copy(pdf: canvas.Canvas) -> None:
    """A notary's certified copy of a power of attorney: page 1 the power of attorney with its
    own date, page 2 the notary's certification in prose ("... apliecinu, ka šis noraksts
    atbilst man uzrādītajam dokumentam – ... pilnvarai"), closed by its own place and date."""
    _text(pdf, 250, 800, "NORAKSTS", 12, bold=True)
    _text(pdf, 255, 770, "PILNVARA", 13, bold=True)
    _text(pdf, 60, 740, "Daugavpilī, 2019. gada 8. oktobrī", 10)
    _lines(pdf, 60, 710, [
        f"Es, Ināra Vilciņa, personas kods {R25ZF_INARA}, ar šo pilnvaroju savu meitu Kristīni",
        f"Vilciņu, personas kods {R25ZF_KRISTINE}, pārstāvēt mani pašvaldības iestādēs, iesniegt",
        "un saņemt dokumentus manā vārdā.",
        "Pilnvaras devēja: /paraksts/ I. Vilciņa",
    ], size=10)
    pdf.showPage()
    _text(pdf, 230, 800, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 60, 770, [
        "Es, Daugavpils zvērināts notārs Oskars Liepa, apliecinu, ka šis noraksts atbilst",
        "man uzrādītajam dokumentam – 2019. gada 8. oktobra pilnvarai (reģistrā Nr. 311).",
        "Noraksts sastāv no vienas lapas.",
        "Daugavpilī, 2025. gada 20. novembrī. Reģistrā Nr. 902.",
    ], size=10)
    _text(pdf, 60, 690, "Zvērināts notārs O. Liepa", 10)


def r25zf_centred_copy_stamp(pdf: canvas.Canvas) -> None:
    """An old opinion certified as a copy by a centred stamp whose first letter the scan lost
    ("OPIJA PAREIZA"), the clerk's lines starting left of it, a scrawl beside her name, the
    certification's date last: the copy's date, not the opinion's."""
    _text(pdf, 90, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 11, bold=True)
    _text(pdf, 200, 784, "Latgales reģionālā struktūrvienība", 10)
    _text(pdf, 220, 750, "ATZINUMS Nr. 15-L/0099", 12, bold=True)
    _text(pdf, 250, 734, "Par invaliditāti", 10)
    _text(pdf, 60, 710, "2015. gada 11. jūnijā Rēzeknē", 10)
    _lines(pdf, 60, 685, [
        "Vārds, uzvārds: Oskars Liepa",
        f"Personas kods: {R25ZF_OSKARS}",
        "Invaliditātes grupa: II (otrā)",
        "Invaliditāte noteikta no 2015. gada 11. jūnija uz mūžu",
    ], size=10)
    _text(pdf, 60, 600, "Struktūrvienības vadītājs dr. P. Sils", 10)
    _text(pdf, 322, 540, "OPIJA PAREIZA", 11, bold=True)
    _text(pdf, 270, 524, "Preiļu novada Sociālais dienests", 9)
    _text(pdf, 270, 511, "lietvede K. Ābola NNV", 9)
    _text(pdf, 270, 498, "Datums: 03.12.2025", 9)


CASES.update({
    "r25zf_archive_certificate_quoting_a_decision.pdf": (
        r25zf_archive_certificate_quoting_a_decision, "representation_document", {
            "representative_name": "Juris Ozoliņš", "representative_personal_code": R25ZF_JURIS}),
    "r25zf_reissued_employer_certificate.pdf": (
        r25zf_reissued_employer_certificate, "employer_certificate", {
            "issued_on": "2025-12-09", "employed_since": "2011-02-14"}),
    "r25zf_duplicate_guardian_certificate.pdf": (
        r25zf_duplicate_guardian_certificate, "representation_document", {
            "representative_name": "Aina Kalva", "issued_on": "2025-07-01"}),
    "r25zf_notary_certified_copy.pdf": (
        r25zf_notary_certified_copy, "representation_document", {
            "representative_name": "Kristīne Vilciņa", "person_name": "Ināra Vilciņa",
            "issued_on": "2019-10-08"}),
    "r25zf_centred_copy_stamp.pdf": (
        r25zf_centred_copy_stamp, "commission_opinion", {
            "person_name": "Oskars Liepa", "issued_on": "2015-06-11"}),
})

R25ZF_LUDMILA = personal_code("2004570318")
R25ZF_IVO = personal_code("1108940226")
R25ZF_GUNARS = personal_code("0707490531")


def r25zf_clinic_under_a_print_header(pdf: canvas.Canvas) -> None:
    """A health centre's printout: a system's print line above the letterhead, the company's
    legal form before its quoted name ("SIA „Priedaines veselības centrs”"): the name keeps it."""
    _text(pdf, 60, 815, "Izdrukāts 03.11.2025. 09:15 · PVC-IS", 7)
    _text(pdf, 170, 795, "SIA „Priedaines veselības centrs”", 13, bold=True)
    _text(pdf, 200, 780, "Meža prospekts 12, Jūrmala, LV-2015", 9)
    _text(pdf, 120, 745, "Apliecinājums par regulāriem ārstniecības iestādes apmeklējumiem", 11,
          bold=True)
    _lines(pdf, 60, 715, [
        "Paciente Ludmila Sproģe",
        f"Personas kods {R25ZF_LUDMILA}",
        "Fizioterapija 2 reizes nedēļā pa 1 st.; kopā: 2 stundas nedēļā.",
        "Jūrmalā, 2025. gada 3. novembrī",
        "Ārsts dr. E. Kalns",
    ], size=10)


def r25zf_letter_with_a_sender_block(pdf: canvas.Canvas) -> None:
    """A typed letter whose sender block reads "No: <name>" with the code on the next line,
    the request in the first person ("Lūdzu piešķirt man ...")."""
    _text(pdf, 320, 800, "Līvānu novada Sociālajam dienestam", 10)
    _lines(pdf, 60, 770, [
        "No: Gunārs Kalējs",
        f"personas kods {R25ZF_GUNARS}",
        "Rīgas iela 77, Līvāni, LV-5316",
    ], size=10)
    _text(pdf, 170, 710, "IESNIEGUMS par ģimenes asistenta pakalpojumu", 12, bold=True)
    _lines(pdf, 60, 680, [
        "Lūdzu piešķirt man ģimenes asistenta pakalpojumu. Dzīvoju viens un man ir grūtības",
        "ar ikdienas sadzīves organizēšanu.",
        "03.11.2025.g. G. Kalējs",
    ], size=10)


def r25zf_contact_hours_after_a_dash(pdf: canvas.Canvas) -> None:
    """A college's certificate giving the week's contact hours after a dash ("Kontaktstundu
    skaits nedēļā – 18.") in prose, beside an older start and a planned end."""
    _text(pdf, 180, 800, "Latgales Mākslas koledža", 14, bold=True)
    _text(pdf, 250, 760, "IZZIŅA", 13, bold=True)
    _text(pdf, 60, 735, "2025. gada 6. oktobrī Nr. 5/188", 10)
    _lines(pdf, 60, 705, [
        f"Koledža apliecina, ka Ivo Kalniņš, personas kods {R25ZF_IVO}, kopš 2024. gada",
        "1. septembra studē programmā „Dizains” (pilna laika klātiene).",
        "Kontaktstundu skaits nedēļā – 18. Plānotais studiju beigu datums – 2027. gada",
        "30. jūnijs.",
        "Direktore A. Zaļā",
    ], size=10)


CASES.update({
    "r25zf_clinic_under_a_print_header.pdf": (
        r25zf_clinic_under_a_print_header, "activity_certificate", {
            "institution_name": "SIA Priedaines veselības centrs"}),
    "r25zf_letter_with_a_sender_block.pdf": (
        r25zf_letter_with_a_sender_block, "application", {
            "applicant_name": "Gunārs Kalējs", "applicant_personal_code": R25ZF_GUNARS}),
    "r25zf_contact_hours_after_a_dash.pdf": (
        r25zf_contact_hours_after_a_dash, "school_certificate", {"hours_per_week": 18}),
})

R25ZF_HELENA = personal_code("1212430415")
R25ZF_EGILS = personal_code("3103790227")


def r25zf_sheet_with_roman_months(pdf: canvas.Canvas) -> None:
    """An office's sheet of hours whose rows write the day with a Roman month and the year
    ("3.XII.2025."), a from-to and the hours."""
    _text(pdf, 180, 800, "Krāslavas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 190, 775, "Asistenta darba laika uzskaite", 12, bold=True)
    _lines(pdf, 60, 745, [
        "Periods 2025. gada decembris",
        "Klients Helēna Lāce",
        f"Klienta p.k. {R25ZF_HELENA}",
        "Asistents Egils Lācis",
        f"Asistenta p.k. {R25ZF_EGILS}",
    ], size=10)
    _grid(pdf, 60, 660, [80, 55, 55, 55, 180], [
        ["Datums", "No", "Līdz", "Stundas", "Aktivitāte"],
        ["3.XII.2025.", "09:00", "11:00", "2", "ārsts"],
        ["10.XII.2025.", "10:00", "11:30", "1,5", "ārsts"],
        ["17.XII.2025.", "09:00", "12:00", "3", "ārsts"],
        ["22.XII.2025.", "13:00", "14:00", "1", "ārsts"],
    ])
    _text(pdf, 60, 540, "KOPĀ: 7,5 st.", 10)


CASES.update({
    "r25zf_sheet_with_roman_months.pdf": (
        r25zf_sheet_with_roman_months, "timesheet", {"month": "2025-12", "total_hours": 7.5}),
})


# --- round 25 (r25zgs): damaged paper on its way to the scanner -----------------------------

R25ZGS_AGITA = personal_code("1409790263")


def r25zgs_copy_dim_at_one_side(path: Path, *, binding: bool = False) -> Path:
    """A certificate photocopied with its left side in the copier's shade: the paper's light
    falls off from white at the right to a dim grey at the left edge, with no table around it
    (`binding`: scanned book-style, the binding's dark strip at the left edge beside it). The
    person's name and code stand at the left, in the dim half."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    page = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(page)

    def text(x: int, y: int, words: str, size: int, heavy: bool = False) -> None:
        draw.text((x, y), words, font=ImageFont.truetype(bold if heavy else sans, size), fill=25)

    text(130, 110, "SIA Ventas Koka Darbnīca", 24, heavy=True)
    text(130, 145, "Lauku iela 7, Ventspils, LV-3601", 17)
    text(520, 240, "IZZIŅA", 28, heavy=True)
    text(130, 330, "Izziņa izsniegta Agitai Liepiņai,", 21)
    text(130, 365, f"personas kods {R25ZGS_AGITA}, par to, ka viņa strādā", 21)
    text(130, 400, "SIA Ventas Koka Darbnīca par noliktavas pārzini", 21)
    text(130, 435, "no 2023. gada 2. oktobra uz nenoteiktu laiku.", 21)
    text(130, 470, "Darba laiks: 40 stundas nedēļā.", 21)
    text(130, 560, "Ventspilī, 2025. gada 14. novembrī", 21)
    text(130, 660, "Valdes loceklis", 21)
    text(820, 660, "J. Kalniņš", 21)
    # The copier's shade: 0.62 of the light at the left edge, all of it past the middle.
    light = np.clip(np.linspace(0.62, 1.15, page.width), 0.0, 1.0)[None, :]
    pixels = np.asarray(page, dtype=np.float64) * light
    if binding:
        pixels[:, :40] = 95  # the binding and the next page's edge, darker than the shade
    grain = np.random.default_rng(25).normal(0, 2, pixels.shape)
    noisy = np.clip(pixels + grain, 0, 255).astype(np.uint8)
    Image.fromarray(noisy, mode="L").save(path, dpi=(150, 150), quality=90)
    return path


def r25zgs_answer_table(path: Path) -> tuple[Path, list[list[tuple[str, tuple[int, int, int, int],
                                                                 float]]]]:
    """A scanned ruled table of areas and short answers ("jā", "nē") centred in their cells,
    a little lower than the area beside them; with the lines OCR's layout gave for it: every
    area, and the answer of the first row only (the others dropped)."""
    from PIL import Image, ImageDraw, ImageFont

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    font = ImageFont.truetype(sans, 34)
    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    rows = [("saziņa ar citiem", "nē"), ("pašaprūpe", "jā"), ("mācīšanās un darbs", "nē"),
            ("pārvietošanās ārpus mājas", "jā")]
    left, middle, right, top, pitch = 260, 1640, 2300, 300, 72
    lines: list[list[tuple[str, tuple[int, int, int, int], float]]] = []
    for i, (area, answer) in enumerate(rows):
        y = top + i * pitch
        draw.line((left, y, right, y), fill=0, width=3)
        draw.text((left + 16, y + 12), area, font=font, fill=0)
        box = draw.textbbox((left + 16, y + 12), area, font=font)
        lines.append([(area, (box[0], box[1], box[2], box[3]), 0.96)])
        width = draw.textlength(answer, font=font)
        at = (int((middle + right - width) / 2), y + 26)
        draw.text(at, answer, font=font, fill=0)
        if i == 0:
            box = draw.textbbox(at, answer, font=font)
            lines.append([(answer, (box[0], box[1], box[2], box[3]), 0.95)])
    bottom = top + len(rows) * pitch
    draw.line((left, bottom, right, bottom), fill=0, width=3)
    for x in (left, middle, right):
        draw.line((x, top, x, bottom), fill=0, width=3)
    page.save(path, dpi=(300, 300))
    return path, lines


# --- round 25 (t25zgd): set ZG's digital papers with broken text layers ---

T25ZGD_AGNESE = personal_code("1402881455")


def t25zgd_opinion_in_two_columns(pdf: canvas.Canvas) -> None:
    """The commission's opinion laid out in two columns (the person left, the decision right)
    whose lines run across both: "Termiņš: no ..." on one row, its "līdz ..." wrapped onto the
    right column's next row beside the address's second line."""
    _text(pdf, 120, 790, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 10)
    _text(pdf, 200, 760, "ATZINUMS Nr. LG-25-00871", 12, bold=True)
    _text(pdf, 230, 745, "Rēzeknē, 12.02.2025.", 10)
    left = ["Persona", "Vārds, uzvārds: Agnese Rudzīte", f"Personas kods: {T25ZGD_AGNESE}",
            "Deklarētā adrese: Atbrīvošanas aleja 8,", "Rēzekne, LV-4601"]
    right = ["Lēmums", "Invaliditātes grupa: III (trešā)", "Termiņš: no 20.02.2025.",
             "līdz 19.02.2027.", "Funkcionēšanas ierobežojumi: redzes funkcijas"]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        _text(pdf, 60, 700 - 14 * i, a, 10, bold=i == 0)
        _text(pdf, 315, 700 - 14 * i, b, 10, bold=i == 0)
    # The services side by side, each answer under its own heading.
    _text(pdf, 60, 620, "Pavadoņa pakalpojums", 10, bold=True)
    _text(pdf, 315, 620, "Asistenta pakalpojums", 10, bold=True)
    _text(pdf, 60, 606, "nav nepieciešams", 10)
    _text(pdf, 315, 606, "nepieciešams", 10)
    _text(pdf, 60, 560, "Ārsts eksperts", 10)
    _text(pdf, 480, 560, "M. Zīle", 10)


CASES.update({
    "t25zgd_opinion_in_two_columns.pdf": (
        t25zgd_opinion_in_two_columns, "commission_opinion", {
            "person_name": "Agnese Rudzīte", "personal_code": T25ZGD_AGNESE,
            "disability_group": "III", "valid_from": "2025-02-20",
            "valid_until": "2027-02-19", "assistant_needed": True}),
})


T25ZGD_EDGARS = personal_code("0905104127")


def _western(text: str) -> str:
    """Latvian text as a font mapping its letters to Windows-1252 ones writes it."""
    return text.encode("cp1257").decode("cp1252")


def t25zgd_certificate_in_western_letters(pdf: canvas.Canvas) -> None:
    """A music school's certificate whose font writes the Latvian letters as Windows-1252
    ones ("Çdgars Liepiòð", "nedçïâ")."""
    _text(pdf, 150, 800, _western("Ērgļu mūzikas skola"), 13, bold=True)
    _text(pdf, 250, 760, _western("IZZIŅA"), 13, bold=True)
    _lines(pdf, 60, 730, [
        _western(f"Izsniegta Ēdgaram Liepiņam (personas kods {T25ZGD_EDGARS}) par to, ka viņš"),
        _western("mācās mūsu skolā profesionālās ievirzes izglītības programmā „Vijoļspēle”."),
        _western("Nodarbību apjoms – 12 stundas nedēļā."),
        _western("Ērgļos, 2025. gada 14. oktobrī"),
    ], size=10)


CASES.update({
    "t25zgd_certificate_in_western_letters.pdf": (
        t25zgd_certificate_in_western_letters, "school_certificate", {
            "person_name": "Ēdgars Liepiņš", "personal_code": T25ZGD_EDGARS,
            "hours_per_week": 12, "programme": "Vijoļspēle"}),
})


T25ZGD_RUTA = personal_code("2307551266")
T25ZGD_AIGARS = personal_code("0511821239")


def t25zgd_application_marks_dropped(pdf: canvas.Canvas) -> None:
    """A typed application drawn with Latvian letters; `drop_marks_from_fonts` then makes its
    font's ToUnicode map give the bare letters ("Ruta Saulite" where "Rūta Saulīte" shows)."""
    _text(pdf, 300, 800, "Ērgļu novada Sociālajam dienestam", 10)
    _text(pdf, 230, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        f"Es, Aigars Saulīte, personas kods {T25ZGD_AIGARS}, lūdzu piešķirt asistenta",
        f"pakalpojumu pašvaldībā manai mātei Rūtai Saulītei, personas kods {T25ZGD_RUTA},",
        "deklarētā dzīvesvieta Skolas iela 4, Ērgļi, LV-4840.",
        "Asistents nepieciešams ārstniecības iestāžu apmeklējumiem 4 stundas nedēļā.",
        "Ērgļos, 2025. gada 3. novembrī",
    ], size=10)


def drop_marks_from_fonts(path: Path) -> Path:
    """Rewrite a PDF's ToUnicode maps so that every Latvian letter reads as its bare one (the
    glyphs still show the marks): the text layer a font without Latvian letters' map gives."""
    import re as _re

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    bare = {f"{ord(c):04X}": f"{ord(b):04X}"
            for c, b in zip("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ", strict=True)}
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" not in font:
                continue
            stream = font[NameObject("/ToUnicode")].get_object()
            data = stream.get_data().decode("latin-1")
            data = _re.sub(r"<([0-9A-F]{4})>", lambda m: f"<{bare.get(m.group(1), m.group(1))}>",
                           data)
            stream.set_data(data.encode("latin-1"))
    writer.write(str(path))
    return path


def t25zgd_marks_dropped_case(folder: Path) -> Path:
    """`t25zgd_application_marks_dropped` written into `folder`, its marks dropped from the
    font's map."""
    _fonts()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "t25zgd_application_marks_dropped.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    t25zgd_application_marks_dropped(pdf)
    pdf.showPage()
    pdf.save()
    return drop_marks_from_fonts(path)


T25ZGD_MARTINS = personal_code("1712062318")


def t25zgd_labels_over_values(pdf: canvas.Canvas) -> None:
    """A vocational school's certificate from a report generator: each label on a line of its
    own over its value, the programme's kind ("... izglītības programma") over the next
    label ("Kurss, grupa:")."""
    _text(pdf, 60, 800, "CĒSU TEHNIKUMS", 13, bold=True)
    _text(pdf, 60, 760, "IZZIŅA Nr. 4-7/112", 12, bold=True)
    _text(pdf, 60, 745, "Cēsīs, 02.10.2025.", 10)
    _lines(pdf, 60, 710, [
        "Izglītojamais:", "Mārtiņš Ozoliņš", "Personas kods:", T25ZGD_MARTINS,
        "Izglītības programma:", "Autotransports", "Programmas veids:",
        "profesionālās vidējās izglītības programma", "Kurss, grupa:", "2. kurss, grupa AT-24",
        "Mācību slodze:", "35 stundas nedēļā", "Plānotais mācību beigu datums:", "30.06.2028.",
    ], size=10)


CASES.update({
    "t25zgd_labels_over_values.pdf": (
        t25zgd_labels_over_values, "school_certificate", {
            "person_name": "Mārtiņš Ozoliņš", "programme": "Autotransports",
            "hours_per_week": 35, "study_until": "2028-06-30"}),
})


# --- round 25 (t25c): scans of long, filled and corrected paper (sets ZC, ZD) ---

R25C_AGITA = personal_code("1408791357")


def r25c_low_resolution_opinion_dated_under_a_rule(pdf: canvas.Canvas) -> None:
    """A social worker's opinion scanned at 110 dpi: the date line right under the
    letterhead's rule, its month at the right margin ("Rūjienā, 2025. gada 27. augustā")."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    page = Image.new("L", (910, 1287), 247)
    regular = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 15)
    title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 21)
    ink = ImageDraw.Draw(page)
    ink.text((92, 90), "Valmieras novada Sociālā dienesta Rūjienas nodaļa", font=bold, fill=15)
    ink.line((92, 112, 818, 112), fill=40, width=1)
    ink.text((556, 120), "Rūjienā, 2025. gada 27. augustā", font=regular, fill=20)
    ink.text((200, 168), "Atzinums par ģimenes asistenta vajadzību", font=title, fill=15)
    for i, row in enumerate([
            f"Apsekojot Agitu Sprūdžu (personas kods {R25C_AGITA}) dzīvesvietā, secināju,",
            "ka viņai kustību traucējumu dēļ nepieciešams atbalsts ikdienā.",
            "Ģimenes asistentam jāpalīdz: iepirkties; apmeklēt ārstu.",
            "Pakalpojums nepieciešams 2 reizes nedēļā pa divām stundām, 6 mēnešus."]):
        ink.text((92, 210 + i * 21), row, font=regular, fill=20)
    ink.text((92, 388), "Sociālā darbiniece", font=regular, fill=20)
    ink.text((730, 388), "I. Kalna", font=regular, fill=20)
    pdf.drawImage(ImageReader(page), 0, 0, width=A4[0], height=A4[1])


R25C_VALTERS = personal_code("0309640721")


def r25c_application_address_with_a_comma_after_the_street(pdf: canvas.Canvas) -> None:
    """A hand-filled application as a photo's OCR gives it: a comma between the street noun
    and the house number ("Ozolu gatve, 7-3")."""
    _text(pdf, 300, 800, "Siguldas novada Sociālajam dienestam", 10)
    _text(pdf, 230, 760, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 60, 730, [
        "Iesniedzējs: Valters Krūmiņš",
        f"Personas kods: {R25C_VALTERS}",
        "Dzīvesvieta: Ozolu gatve, 7-3, Sigulda, LV-2150",
        "Lūdzu piešķirt man asistentu uz darbu 10 stundas nedēļā.",
        "Datums: 14.10.2025.",
    ], size=10)


CASES.update({
    "r25c_application_address_with_a_comma_after_the_street.pdf": (
        r25c_application_address_with_a_comma_after_the_street, "application", {
            "applicant_personal_code": R25C_VALTERS,
            "address": "Ozolu gatve 7-3, Sigulda, LV-2150"}),
    "r25c_low_resolution_opinion_dated_under_a_rule.pdf": (
        r25c_low_resolution_opinion_dated_under_a_rule, "social_worker_opinion", {
            "personal_code": R25C_AGITA, "issued_on": "2025-08-27"}),
})


# --- round 25: ZH's digital leftovers (t25he) -------------------------------------------------


def t25he_chat_with_sending_times(pdf: canvas.Canvas) -> None:
    """A messenger's chat printed from a phone: a contact bar bleeding off both edges (the
    name over the phone), each message in a filled bubble with no outline and its sending
    time in small type closing its line; the rows written in a hurry ("7/6 veikals 9.30-11
    1,5h", "12.06 ārsts 8-10.30 2,5h"), the client named in the dative after the month."""
    pdf.setFillColorRGB(0.94, 0.95, 0.96)
    pdf.rect(0, 0, 595.27, 841.89, fill=1, stroke=0)
    pdf.setFillColorRGB(0.15, 0.3, 0.5)
    pdf.rect(0, 770, 595.27, 71.89, fill=1, stroke=0)
    pdf.setFillColorRGB(1, 1, 1)
    _text(pdf, 55, 812, "Dace Upmale (asistente)", 12, bold=True)
    _text(pdf, 55, 792, "+371 26 118 420 · tiešsaistē", 8)
    pdf.setFillGray(0)
    _text(pdf, 250, 740, "2025. gada 30. jūnijs", 8)
    rows = ["Labdien, manas stundas par jūniju Intai Bērziņai", "3.06 poliklīnika 9-11 (2h)",
            "7/6 veikals 9.30-11 1,5h", "12.06 ārsts 8-10.30 2,5h", "20.06 pastaiga 14-16 2h",
            "kopā 8 st. Parakstu atnesīšu"]
    for i, row in enumerate(rows):
        y = 705 - i * 34
        pdf.setFillColorRGB(1, 1, 1)
        pdf.roundRect(42, y - 4, 300, 16, 4, stroke=0, fill=1)
        pdf.setFillGray(0)
        _text(pdf, 48, y, row, 10)
        _text(pdf, 310, y, f"20:{11 + i:02d}", 6)


CASES.update({
    "t25he_chat_with_sending_times.pdf": (
        t25he_chat_with_sending_times, "timesheet", {
            "month": "2025-06", "client_name": "Inta Bērziņa", "assistant_name": "Dace Upmale",
            "total_hours": 8,
            "entries": [
                {"date": "2025-06-03", "start": "09:00", "end": "11:00", "hours": 2,
                 "activity": "institutions"},
                {"date": "2025-06-07", "start": "09:30", "end": "11:00", "hours": 1.5,
                 "activity": "leisure"},
                {"date": "2025-06-12", "start": "08:00", "end": "10:30", "hours": 2.5,
                 "activity": "institutions"},
                {"date": "2025-06-20", "start": "14:00", "end": "16:00", "hours": 2,
                 "activity": "leisure"}]}),
})


R25HE_OLESJA = personal_code("1407750261")
R25HE_GENADIJS = personal_code("0302790374")
R25HE_ARVIDS = personal_code("2209480152")
R25HE_INGA = personal_code("1105760218")


def t25he_sisters_application_for_her_brother(pdf: canvas.Canvas) -> None:
    """A sister applies for her brother in a hurried letter: the addressee in the dative
    heads the page with her name, code and phone under it (no letterhead); "Es ... esmu"
    with no comma; "dz.v." for where he lives; a list "2 reiz ned. pa 4 st." and "banka,
    ārsts – 3 st. ned."; the pronoun "viņam" is the brother's, not hers."""
    _lines(pdf, 300, 800, [
        "Ludzas novada Sociālā dienesta vadītājam",
        f"Olesja Kozlova, p/k {R25HE_OLESJA}",
        "tel. +371 27 304 118",
    ], size=10)
    _text(pdf, 200, 740, "Iesniegums par asistentu", 12, bold=True)
    _lines(pdf, 50, 710, [
        "Es Olesja Kozlova esmu aizbildne savam brālim Genādijs Kozlovs, p/k",
        f"{R25HE_GENADIJS}, dz.v. Dārza iela 14-3, Ludza, LV-5701. Viņam ir invaliditāte.",
        "Lūdzu piešķirt viņam asistentu pašvaldībā uz:",
        "– biedrība „Gaišais ceļš” (nodarbības) – 2 reiz ned. pa 4 st.;",
        "– banka, ārsts – 3 st. ned.",
    ], size=10)
    _text(pdf, 50, 600, "Ludzā, 12 jūnijā 2025", 10)
    _text(pdf, 380, 600, "O. Kozlova ________", 10)


def t25he_power_of_attorney_with_dz_v(pdf: canvas.Canvas) -> None:
    """A typed power of attorney whose writer abbreviates where he lives ("dz.v.") between
    his code and "pilnvaroju": the stop of a short abbreviation ends no sentence."""
    _text(pdf, 250, 790, "PILNVARA", 13, bold=True)
    _lines(pdf, 50, 750, [
        f"Es, Arvīds Zālītis, personaskods {R25HE_ARVIDS}, dz.v. Liepu iela 7, Bauska,",
        f"pilnvaroju savu meitu Inga Zālīte, personaskods {R25HE_INGA}, pārstāvēt mani",
        "Bauskas soc. dienestā visos jautājumos par asistenta pakalpojumu.",
    ], size=10)
    _text(pdf, 50, 680, "Bauska, 2025 g. 9 jūnijs", 10)
    _text(pdf, 380, 680, "______ A. Zālītis", 10)


CASES.update({
    "t25he_sisters_application_for_her_brother.pdf": (
        t25he_sisters_application_for_her_brother, "application", {
            "applicant_name": "Olesja Kozlova", "applicant_personal_code": R25HE_OLESJA,
            "client_name": "Genādijs Kozlovs", "client_personal_code": R25HE_GENADIJS,
            "address": "Dārza iela 14-3, Ludza, LV-5701", "phone": "+371 27304118",
            "activities": [{"kind": "ngo", "hours_per_week": 8},
                           {"kind": "institutions", "hours_per_week": 3}]}),
    "t25he_power_of_attorney_with_dz_v.pdf": (
        t25he_power_of_attorney_with_dz_v, "representation_document", {
            "person_name": "Arvīds Zālītis", "personal_code": R25HE_ARVIDS,
            "representative_name": "Inga Zālīte", "representative_personal_code": R25HE_INGA}),
})


R25HE_SANDRA = personal_code("0810830297")


def t25he_worker_named_surname_first(pdf: canvas.Canvas) -> None:
    """A small firm's certificate whose label's value names the worker as a register does,
    surname first ("Darbiniece: Kalniņa Sandra")."""
    _text(pdf, 50, 800, "SIA Ziemeļu Rati", 13, bold=True)
    _text(pdf, 50, 784, "Reģ. Nr. 40003512874 · Rūpniecības iela 4, Valka, LV-4701", 8)
    _text(pdf, 250, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 710, [
        "Darbiniece:      Kalniņa Sandra",
        f"p/k:             {R25HE_SANDRA}",
        "Amats:           noliktavas pārzine",
        "Darba laiks:     30 st./ned.",
        "Izziņa izdota iesniegšanai sociālajā dienestā.",
    ], size=10)
    _text(pdf, 50, 620, "Valkā, 2025. gada 3. jūnijā", 10)
    _text(pdf, 380, 620, "Valdes loceklis J. Apinis", 10)


CASES.update({
    "t25he_worker_named_surname_first.pdf": (
        t25he_worker_named_surname_first, "employer_certificate", {
            "person_name": "Sandra Kalniņa", "personal_code": R25HE_SANDRA}),
})


R25HE_MARTINS = personal_code("1902040463")


def t25he_programme_typed_with_one_m(pdf: canvas.Canvas) -> None:
    """A college's hurried certificate: "studiju programa „...”" typed with one "m"."""
    _text(pdf, 180, 800, "Vidzemes Tehnoloģiju koledža", 13, bold=True)
    _text(pdf, 260, 760, "Izziņa", 12, bold=True)
    _lines(pdf, 50, 730, [
        f"Koledža apstiprina, ka Mārtiņš Ieviņš (pk {R25HE_MARTINS}) studē mūsu koledžā",
        "pirmā līmeņa profesionālās augstākās izglītības studiju programa „Loģistika”,",
        "1. kursā, klātienē. Kontaktstundas ~ 24 st ned.",
    ], size=10)
    _text(pdf, 50, 650, "Valmierā, 2025. gada 2. maijā", 10)


CASES.update({
    "t25he_programme_typed_with_one_m.pdf": (
        t25he_programme_typed_with_one_m, "school_certificate", {
            "programme": "Loģistika", "person_name": "Mārtiņš Ieviņš"}),
})


T26ZI_MIKELIS = personal_code("1403821506")
T26ZI_SARMITE = personal_code("2109631248")
T26ZI_ROBIS = personal_code("0705011367")


def t26zi_portal_print_with_names_in_capitals(pdf: canvas.Canvas) -> None:
    """An e-service portal prints the request a man filed for himself: the given name and the
    surname under labels of their own, in capitals as the register holds them ("Vārds |
    MIĶELIS", "Uzvārds | VĪTOLS"); the print time and the clerk's user in the header."""
    _text(pdf, 50, 810,
          "Rūjienas e-Pakalpojumi · Izdrukāts: 04.02.2025 11:20 · Lietotājs: AKALNA", 8)
    _text(pdf, 50, 780, "Pieteikums: Asistenta pakalpojums pašvaldībā", 13, bold=True)
    _text(pdf, 50, 760,
          "Pieteikuma Nr. RP-2025-0097 · Statuss: IESNIEGTS · Iesniegts: 01.02.2025 19:05", 9)
    _text(pdf, 50, 730, "1. Pieteicēja dati", 11, bold=True)
    rows = [("Vārds", "MIĶELIS"), ("Uzvārds", "VĪTOLS"), ("Personas kods", T26ZI_MIKELIS),
            ("Deklarētā dzīvesvieta", "Rīgas iela 3-8, Rūjiena, LV-4240"),
            ("Kontakttālrunis", "29114507")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 710 - 18 * i, label, 10)
        _text(pdf, 220, 710 - 18 * i, value, 10)
    _text(pdf, 50, 600, "2. Pakalpojuma saņēmējs", 11, bold=True)
    _text(pdf, 50, 582, "Pakalpojumu pieprasu sev", 10)
    _text(pdf, 50, 555, "Pakalpojuma veids", 10)
    _text(pdf, 220, 555, "Asistenta pakalpojums pašvaldībā", 10)


def t26zi_browser_print_of_a_sent_form(pdf: canvas.Canvas) -> None:
    """A browser prints the page an online form shows once sent: no title of its own, the
    form named in quotes in the sentence saying it was sent ('Veidlapa „Pieteikums ...”
    nosūtīta ...'); the mother applies for her son as his legal representative (guardian)."""
    _text(pdf, 40, 815, "03.06.2025, 09:12   Veidlapa iesniegta - Valkas novada pašvaldība", 7)
    _text(pdf, 50, 780, "Paldies! Jūsu veidlapa ir nosūtīta.", 12, bold=True)
    _lines(pdf, 50, 755, [
        "Veidlapa „Pieteikums asistenta pakalpojumam” nosūtīta 03.06.2025 plkst. 09:10.",
        "Atbildi sniegsim viena mēneša laikā.",
    ], size=9)
    rows = [("Iesniedzējs (vārds, uzvārds)", "Sarmīte Ābele"),
            ("Iesniedzēja personas kods", T26ZI_SARMITE),
            ("Iesniedzējs ir", "likumiskais pārstāvis (aizgādnis)"),
            ("Personas, kurai pakalpojums, vārds, uzvārds", "Robis Ābele"),
            ("Personas kods", T26ZI_ROBIS),
            ("Deklarētā adrese", "Meža iela 2, Valka, LV-4701"),
            ("Tālrunis", "26600912")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 700 - 18 * i, label, 9)
        _text(pdf, 300, 700 - 18 * i, value, 9)
    _text(pdf, 40, 30, "https://valka.example.lv/veidlapas/asistents/paldies   1/1", 7)


def t26zi_eservice_named_by_its_service(pdf: canvas.Canvas) -> None:
    """A portal prints a request filed through its e-service, named only by the service in
    quotes ('E-pakalpojums SP-03 „Asistenta pakalpojums”'): the applicant a representative
    (guardian) named by a court, the client below; no word "pieteikums" as a heading."""
    _text(pdf, 50, 810, "Valkas novada pašvaldība", 10)
    _text(pdf, 50, 790, "E-pakalpojums SP-03 „Asistenta pakalpojums”", 12, bold=True)
    _text(pdf, 50, 772,
          "Lieta Nr. VL-25-0311 · Iesniegts 02.06.2025 16:40 · Statuss: izskatīšanā", 8)
    blocks = [("Pieteikuma iesniedzējs", None), ("Vārds, uzvārds", "Sarmīte Ābele"),
              ("Personas kods", T26ZI_SARMITE), ("Loma", "pārstāvis (aizgādnis)"),
              ("Pārstāvības pamats", "Vidzemes rajona tiesas spriedums"),
              ("Pakalpojuma saņēmējs", None), ("Vārds, uzvārds", "Robis Ābele"),
              ("Personas kods", T26ZI_ROBIS),
              ("Deklarētā adrese", "Meža iela 2, Valka, LV-4701"),
              ("Brīvā laika aktivitātes (h/ned.)", "3")]
    for i, (label, value) in enumerate(blocks):
        _text(pdf, 50, 740 - 18 * i, label, 10, bold=value is None)
        if value is not None:
            _text(pdf, 240, 740 - 18 * i, value, 10)


CASES.update({
    "t26zi_portal_print_with_names_in_capitals.pdf": (
        t26zi_portal_print_with_names_in_capitals, "application", {
            "applicant_name": "Miķelis Vītols", "applicant_personal_code": T26ZI_MIKELIS,
            "client_name": "Miķelis Vītols", "service": "assistant"}),
    "t26zi_browser_print_of_a_sent_form.pdf": (
        t26zi_browser_print_of_a_sent_form, "application", {
            "applicant_name": "Sarmīte Ābele", "applicant_personal_code": T26ZI_SARMITE,
            "client_name": "Robis Ābele", "client_personal_code": T26ZI_ROBIS,
            "service": "assistant"}),
    "t26zi_eservice_named_by_its_service.pdf": (
        t26zi_eservice_named_by_its_service, "application", {
            "applicant_name": "Sarmīte Ābele", "applicant_personal_code": T26ZI_SARMITE,
            "client_name": "Robis Ābele", "client_personal_code": T26ZI_ROBIS,
            "service": "assistant"}),
})


T26ZI_LINARDS = personal_code("1902110417")
T26ZI_DZIDRA = personal_code("0811700923")


def t26zi_portal_list_with_entry_stamps(pdf: canvas.Canvas) -> None:
    """A portal's list of daily work-time reports: each row the day worked, the from-to and
    hours, and in a column of its own the time the report was entered (the next day, or after
    a weekend); the people's codes after a middle dot; the month's "Summa" at the foot."""
    _text(pdf, 50, 810,
          "Asistentu portāls · atskaites Izdrukāts 02.04.2025 09:00 · lietotājs: d.krumina", 7)
    _text(pdf, 50, 780, "Asistenta darba laika atskaites – 2025. gada marts", 12, bold=True)
    _text(pdf, 50, 760, f"Klients Linards Pētersons · p.k. {T26ZI_LINARDS}", 10)
    _text(pdf, 50, 744, f"Asistents Dzidra Krūmiņa · p.k. {T26ZI_DZIDRA}", 10)
    heads = ["Darba diena", "Laiks", "h", "Aktivitāte", "Ievadīts"]
    xs = [50, 140, 230, 270, 420]
    for x, head in zip(xs, heads, strict=True):
        _text(pdf, x, 720, head, 9, bold=True)
    rows = [("03.03.2025", "09:00–12:00", "3", "darbs", "04.03.2025 08:02"),
            ("05.03.2025", "09:00–12:00", "3", "darbs", "06.03.2025 07:58"),
            ("07.03.2025", "14:00–16:00", "2", "brīvais laiks", "10.03.2025 08:11"),
            ("10.03.2025", "09:00–12:00", "3", "darbs", "11.03.2025 08:05")]
    for i, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=True):
            _text(pdf, x, 702 - 16 * i, cell, 9)
    _text(pdf, 50, 620, "Summa: 11 h", 10)


def t26zi_hours_sent_by_mail(pdf: canvas.Canvas) -> None:
    """An assistant e-mails the month's hours: the client named once, in the genitive with
    his code, as whose record she sends ("Sūtu Linarda Pētersona (p.k. ...) asistenta
    pakalpojuma uzskaiti ..."); the table pasted into the body."""
    _lines(pdf, 50, 800, [
        "No: Dzidra Krūmiņa <dzidra.k@example.lv>",
        "Kam: asistenti@example.lv",
        "Temats: stundas marts",
        "Datums: 01.04.2025 07:40",
    ], size=9)
    _lines(pdf, 50, 730, [
        "Labdien!",
        f"Sūtu Linarda Pētersona (p.k. {T26ZI_LINARDS}) asistenta pakalpojuma uzskaiti par",
        "2025. gada martu.",
        f"Asistente Dzidra Krūmiņa, p.k. {T26ZI_DZIDRA}.",
        "Datums No Līdz Stundas Kur",
        "03.03.2025 09:00 12:00 3 darbs",
        "05.03.2025 09:00 12:00 3 darbs",
        "10.03.2025 09:00 12:00 3 darbs",
        "12.03.2025 09:00 12:00 3 darbs",
        "Kopā martā: 12 stundas.",
    ], size=10)


CASES.update({
    "t26zi_portal_list_with_entry_stamps.pdf": (
        t26zi_portal_list_with_entry_stamps, "timesheet", {
            "month": "2025-03", "client_personal_code": T26ZI_LINARDS,
            "assistant_personal_code": T26ZI_DZIDRA, "total_hours": 11,
            "entries": [
                {"date": "2025-03-03", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "work"},
                {"date": "2025-03-05", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "work"},
                {"date": "2025-03-07", "start": "14:00", "end": "16:00", "hours": 2,
                 "activity": "leisure"},
                {"date": "2025-03-10", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "work"}]}),
    "t26zi_hours_sent_by_mail.pdf": (
        t26zi_hours_sent_by_mail, "timesheet", {
            "client_name": "Linards Pētersons", "client_personal_code": T26ZI_LINARDS,
            "assistant_personal_code": T26ZI_DZIDRA, "total_hours": 12}),
})


T26ZI_KRISTERS = personal_code("0604071532")


def t26zi_certificate_in_a_printed_mail(pdf: canvas.Canvas) -> None:
    """A club's coordinator certifies by e-mail: the mail program's banner and the mailbox's
    owner (the social service) above the header, English header rows whose sender's "@" is
    lost ("(at)"), the certifying sentence in the body, the program's print date at the foot."""
    _text(pdf, 50, 810, "WebPasts Valkas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 50, 790, "Apliecinājums - K. Liepiņš pulciņš", 10)
    _lines(pdf, 50, 765, [
        "From: Inese Kalna <inese(at)zalasetas-klubs.lv>",
        "To: socdienests@valka.example.lv",
        "Cc: kristers.l@example.lv",
        "Subject: Apliecinājums - K. Liepiņš pulciņš",
        "Date: Tue, 04 Mar 2025 09:12:40 +0200",
    ], size=9)
    _lines(pdf, 50, 680, [
        "Labdien!",
        f"Biedrība Zaļā Sēta apliecina, ka Kristers Liepiņš (personas kods {T26ZI_KRISTERS})",
        "apmeklē mūsu jauniešu klubu katru trešdienu no 15.00 līdz 18.00.",
        "Ar cieņu",
        "Inese Kalna",
    ], size=10)
    _text(pdf, 50, 40, "WebPasts - printed 06/03/2025 Page 1 of 1", 7)


CASES.update({
    "t26zi_certificate_in_a_printed_mail.pdf": (
        t26zi_certificate_in_a_printed_mail, "activity_certificate", {
            "institution_name": "Biedrība Zaļā Sēta", "person_name": "Kristers Liepiņš",
            "personal_code": T26ZI_KRISTERS, "issued_on": "2025-03-04"}),
})


T26ZI_ALDIS = personal_code("2311850624")


def t26zi_generated_employer_certificate(pdf: canvas.Canvas) -> None:
    """A personnel system's automatic certificate: its own name and module left of the
    generation time and user ("AlgasPlus 4.1 · izdruka | Ģenerēts 2025-02-10 08:01:13 ·
    lietotājs: sistēma", no colon after the time's label), the company's letterhead under it."""
    _text(pdf, 50, 812, "AlgasPlus 4.1 · izdruka", 7)
    _text(pdf, 330, 812, "Ģenerēts 2025-02-10 08:01:13 · lietotājs: sistēma", 7)
    _text(pdf, 50, 780, "SIA LIEPU KALVE", 13, bold=True)
    _text(pdf, 330, 780, "Reģistrācijas Nr. 40003551129", 9)
    _text(pdf, 50, 764, "Meža iela 5, Smiltene, LV-4729", 9)
    _text(pdf, 50, 730, "IZZIŅA PAR DARBA ATTIECĪBĀM Nr. IZZ-2025-0044", 12, bold=True)
    rows = [("Darbinieks", "LIEPIŅŠ ALDIS"), ("Personas kods", T26ZI_ALDIS),
            ("Amats", "kalējs"), ("Darba attiecību sākums", "01.09.2021"),
            ("Sagatavots", "10.02.2025")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 700 - 18 * i, label, 10)
        _text(pdf, 230, 700 - 18 * i, value, 10)
    _text(pdf, 50, 580, "Dokuments sagatavots automātiski un ir derīgs bez paraksta.", 8)


T26ZI_ELVIJA = personal_code("3012930518")


def t26zi_collective_named_under_its_house(pdf: canvas.Canvas) -> None:
    """A culture house's collectives system prints a participation confirmation: the module's
    name left of the print time ("Kolektīvi · apliecinājumi | Izdrukāts ..."), the house as
    the letterhead, the dance group's own name in quotes on a row of its own: the house
    issues it, the group is what she attends."""
    _text(pdf, 50, 812, "Kolektīvi · apliecinājumi", 7)
    _text(pdf, 330, 812, "Izdrukāts 11.03.2025 10:40 · lietotājs: admin.kn", 7)
    _text(pdf, 50, 780, "Ērgļu Kultūras nams", 13, bold=True)
    _text(pdf, 330, 780, "Rīgas iela 2, Ērgļi, LV-4840", 9)
    _text(pdf, 50, 745, "APLIECINĀJUMS par dalību amatiermākslas kolektīvā", 12, bold=True)
    rows = [("Dalībnieks", "Elvija Rudzīte"), ("Personas kods", T26ZI_ELVIJA),
            ("Kolektīvs", "tautas deju kolektīvs „Rasiņa”"),
            ("Mēģinājumi", "pirmdienās 18.00–20.00"), ("Slodze", "2 stundas nedēļā")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 715 - 18 * i, label, 10)
        _text(pdf, 230, 715 - 18 * i, value, 10)
    _text(pdf, 50, 600, "Ērgļos, 11.03.2025. Direktore I. Krūze", 10)


CASES.update({
    "t26zi_generated_employer_certificate.pdf": (
        t26zi_generated_employer_certificate, "employer_certificate", {
            "employer_name": "SIA LIEPU KALVE", "person_name": "Aldis Liepiņš",
            "personal_code": T26ZI_ALDIS, "issued_on": "2025-02-10"}),
    "t26zi_collective_named_under_its_house.pdf": (
        t26zi_collective_named_under_its_house, "activity_certificate", {
            "institution_name": "Ērgļu Kultūras nams", "person_name": "Elvija Rudzīte",
            "issued_on": "2025-03-11"}),
})


T26ZI_GUNARS = personal_code("1505580418")


def t26zi_day_centre_module_report(pdf: canvas.Canvas) -> None:
    """A day centre's attendance module prints a month: the module's name and its print time
    alone on the top row ("DAC modulis · atskaite B-2 | Izdrukāts 03.06.2025 09:15", one
    kind of print data, no colon), the centre's own name unquoted over its founder, the
    visits as rows, the head signing with the date in a cell beside her name."""
    _text(pdf, 50, 812, "DAC modulis · atskaite B-2", 7)
    _text(pdf, 330, 812, "Izdrukāts 03.06.2025 09:15", 7)
    _text(pdf, 50, 785, "Dienas aprūpes centrs Rudzupuķe", 12, bold=True)
    _text(pdf, 300, 785, "Smiltenes novada Sociālais dienests · Dārza iela 1,", 9)
    _text(pdf, 50, 770, "Smiltene", 9)
    _text(pdf, 50, 745, "Apmeklējuma pārskats: 01.05.2025–31.05.2025", 10, bold=True)
    _text(pdf, 50, 728, f"Klients: Gunārs Kalējs · personas kods {T26ZI_GUNARS}", 10)
    for i, day in enumerate(["05", "07", "12", "14"]):
        _text(pdf, 50, 705 - 15 * i, f"{day}.05.2025   10:00   14:00   4,00", 9)
    _lines(pdf, 50, 630, [
        "Apliecinām, ka Gunārs Kalējs apmeklē dienas aprūpes centru Rudzupuķe pirmdienās un",
        "trešdienās no 10.00 līdz 14.00, t. i., 8 stundas nedēļā.",
    ], size=9)
    _text(pdf, 50, 590, "Vadītāja Ilze Avotiņa", 10)
    _text(pdf, 330, 590, "02.06.2025.", 10)


T26ZI_OSKARS = personal_code("0909690713")


def t26zi_opinion_degrees_in_words_and_digits(pdf: canvas.Canvas) -> None:
    """The commission's opinion printed from its system: the limitations as a table of areas
    with the degree in words and its digit in brackets ("smagi (3)", "nav (0)"): only the
    areas with a degree are limited."""
    _text(pdf, 50, 810, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 11, bold=True)
    _text(pdf, 50, 780, "ATZINUMS Nr. LA-25/00412", 12, bold=True)
    rows = [("Atzinuma datums", "03.04.2025"),
            ("Persona", f"Oskars Riekstiņš, personas kods {T26ZI_OSKARS}"),
            ("Invaliditātes grupa", "II (otrā)"), ("Funkcionālie ierobežojumi", ""),
            ("Joma", "Smaguma pakāpe"), ("Redze", "nav (0)"), ("Pārvietošanās", "smagi (3)"),
            ("Augšējās ekstremitātes", "nav (0)"), ("Garīgās spējas", "nav (0)"),
            ("Nepieciešams asistenta pakalpojums pašvaldībā", "Jā")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 750 - 17 * i, label, 10)
        _text(pdf, 330, 750 - 17 * i, value, 10)


CASES.update({
    "t26zi_day_centre_module_report.pdf": (
        t26zi_day_centre_module_report, "activity_certificate", {
            "institution_name": "Dienas aprūpes centrs Rudzupuķe", "person_name": "Gunārs Kalējs",
            "personal_code": T26ZI_GUNARS, "issued_on": "2025-06-02"}),
    "t26zi_opinion_degrees_in_words_and_digits.pdf": (
        t26zi_opinion_degrees_in_words_and_digits, "commission_opinion", {
            "person_name": "Oskars Riekstiņš", "limitations": ["mobility"],
            "assistant_needed": True}),
})


T26ZI_LAUMA = personal_code("1708910327")


def t26zi_case_system_opinion_with_its_print_time(pdf: canvas.Canvas) -> None:
    """A social service's case system prints a social worker's opinion: the system and the
    service left of the print time and user (a later day), the opinion's date in a field of
    its own, "Atzinums sniegts"."""
    _text(pdf, 50, 812, "Lietu sistēma · Alojas novada Sociālais dienests", 7)
    _text(pdf, 330, 812, "Izdrukāts 20.03.2025 15:02 · lietotājs: aozola", 7)
    _text(pdf, 50, 785, "Alojas novada Sociālais dienests", 11, bold=True)
    _text(pdf, 50, 760, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    rows = [("Klients", "Lauma Briede"), ("Personas kods", T26ZI_LAUMA),
            ("Mērķa grupa", "ģimene ar bērniem"), ("Stundas nedēļā", "8"),
            ("Periods", "6 mēneši"), ("Atzinums sniegts", "17.03.2025")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 730 - 17 * i, label, 10)
        _text(pdf, 230, 730 - 17 * i, value, 10)
    _text(pdf, 50, 610, "Sociālā darbiniece Anna Ozola", 10)


CASES.update({
    "t26zi_case_system_opinion_with_its_print_time.pdf": (
        t26zi_case_system_opinion_with_its_print_time, "social_worker_opinion", {
            "person_name": "Lauma Briede", "personal_code": T26ZI_LAUMA,
            "hours_per_week": 8, "issued_on": "2025-03-17"}),
})


T26ZI_VIKTORS = personal_code("2702500915")
T26ZI_SANDIS = personal_code("0402780611")


def t26zi_court_extract_printed_from_a_portal(pdf: canvas.Canvas) -> None:
    """An extract of a court judgment printed from the courts' portal: the portal's print
    line on top, "IZRAKSTS" over the judgment named with its date, its operative part, and the
    secretary's certification with a later date on her line: the extract is dated as the
    judgment."""
    _text(pdf, 50, 812, "Tiesu portāls · dokumenta izdruka 14.10.2025 10:02", 7)
    _text(pdf, 220, 785, "VIDZEMES RAJONA TIESA", 12, bold=True)
    _text(pdf, 260, 760, "IZRAKSTS", 12, bold=True)
    _lines(pdf, 50, 735, [
        "Vidzemes rajona tiesas 2023. gada 11. oktobra spriedums civillietā Nr. C33012323",
        "par aizgādnības nodibināšanu",
        "Rezolutīvā daļa",
        f"Nodibināt aizgādnību Viktoram Ceriņam, personas kods {T26ZI_VIKTORS}, sakarā ar",
        "veselības traucējumiem. Par aizgādni iecelt viņa dēlu Sandi Ceriņu, personas kods",
        f"{T26ZI_SANDIS}.",
        "Izraksts pareizs.",
        "Tiesas sekretāre Līga Vērpe 2025. gada 14. oktobrī",
    ], size=9)


CASES.update({
    "t26zi_court_extract_printed_from_a_portal.pdf": (
        t26zi_court_extract_printed_from_a_portal, "representation_document", {
            "issued_on": "2023-10-11", "representative_personal_code": T26ZI_SANDIS,
            "personal_code": T26ZI_VIKTORS}),
})


T26ZI_INARA = personal_code("2205640311")
T26ZI_EDGARS = personal_code("1010900825")


def t26zi_app_report_with_its_generation_time(pdf: canvas.Canvas) -> None:
    """An assistant's mobile app prints the month: under its name the month and when the app
    made the report ("Marts 2025 · ģenerēts lietotnē 31.03.2025 20:15", a year a scan may read
    as a clock), then a row per shift and the total."""
    _text(pdf, 50, 812, "SolisApp · mēneša atskaite", 11, bold=True)
    _text(pdf, 50, 795, "Marts 2025 · ģenerēts lietotnē 31.03.2025 20:15", 9)
    _text(pdf, 50, 775, f"Klients: Ināra Zvejniece, {T26ZI_INARA}", 10)
    _text(pdf, 50, 760, f"Asistents: Edgars Lasis, {T26ZI_EDGARS}", 10)
    _text(pdf, 50, 735, "Datums   Sākts   Beigts   h   Aktivitāte", 9, bold=True)
    for i, day in enumerate(["03", "05", "10", "12"]):
        _text(pdf, 50, 718 - 15 * i, f"{day}.03.   09:00   11:00   2   darbs", 9)
    _text(pdf, 50, 640, "Kopā: 8 h", 10)


CASES.update({
    "t26zi_app_report_with_its_generation_time.pdf": (
        t26zi_app_report_with_its_generation_time, "timesheet", {
            "month": "2025-03", "total_hours": 8,
            "entries": [{"date": f"2025-03-{d}", "start": "09:00", "end": "11:00", "hours": 2,
                         "activity": "work"} for d in ("03", "05", "10", "12")]}),
})


# --- round 26: paper that names many people (set ZJ's classes, t26zj) -----------------------

R26ZJ_DZINTRA = personal_code("1104720581")
R26ZJ_ANETE = personal_code("0503081472")
R26ZJ_MARCIS = personal_code("2211101533")
R26ZJ_ROBERTS = personal_code("0907131624")


def t26zj_extract_for_one_of_three_siblings(pdf: canvas.Canvas) -> None:
    """An orphan court's decision appointing one guardian for three siblings (a table of the
    children, then the dative list "Anetei, Mārcim un Robertam Bērziņiem"), extracted and
    issued "lietā par Mārci Bērziņu": the extract is Mārcis's, not the first row's."""
    _text(pdf, 200, 800, "CĒSU NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 230, 784, "Raunas iela 4, Cēsis, LV-4101", 8)
    _text(pdf, 260, 750, "IZRAKSTS", 12, bold=True)
    _text(pdf, 230, 732, "LĒMUMS Nr. 2-4/25/17", 12, bold=True)
    _text(pdf, 240, 718, "par aizbildņa iecelšanu", 10)
    _text(pdf, 50, 700, "Cēsīs", 10)
    _text(pdf, 420, 700, "2025. gada 3. martā", 10)
    _lines(pdf, 50, 680, [
        "Bāriņtiesa šādā sastāvā: priekšsēdētājs Imants Kroņkalns, locekles Vija Pūre un",
        "Dace Rutka, izskatīja jautājumu par aizbildņa iecelšanu nepilngadīgajiem bērniem:",
    ], size=10)
    _text(pdf, 50, 646, "Bērns", 10)
    _text(pdf, 300, 646, "Personas kods", 10)
    for i, (name, code) in enumerate([("Anete Bērziņa", R26ZJ_ANETE),
                                      ("Mārcis Bērziņš", R26ZJ_MARCIS),
                                      ("Roberts Bērziņš", R26ZJ_ROBERTS)]):
        _text(pdf, 50, 632 - 14 * i, name, 10)
        _text(pdf, 300, 632 - 14 * i, code, 10)
    _lines(pdf, 50, 580, [
        f"Sēdē piedalās bērnu vecmāmiņa Dzintra Vītola (personas kods {R26ZJ_DZINTRA}).",
        "Bāriņtiesa nolēma: iecelt Dzintru Vītolu par aizbildni nepilngadīgajiem Anetei,",
        "Mārcim un Robertam Bērziņiem.",
        "Izraksts izsniegts Cēsu novada Sociālajam dienestam lietā par Mārci Bērziņu",
        "asistenta pakalpojuma piešķiršanai. Izraksts pareizs.",
    ], size=10)
    _text(pdf, 50, 480, "Priekšsēdētājs", 10)
    _text(pdf, 420, 480, "I. Kroņkalns", 10)


CASES.update({
    "t26zj_extract_for_one_of_three_siblings.pdf": (
        t26zj_extract_for_one_of_three_siblings, "representation_document", {
            "representative_name": "Dzintra Vītola",
            "representative_personal_code": R26ZJ_DZINTRA,
            "person_name": "Mārcis Bērziņš", "personal_code": R26ZJ_MARCIS}),
})


R26ZJ_KRISTERS = personal_code("1402140742")
R26ZJ_SINDIJA = personal_code("3008110853")


def t26zj_school_certificate_naming_a_sister(pdf: canvas.Canvas) -> None:
    """A school's certificate whose body names the pupil's sister, herself a pupil, with her
    own code in brackets: the code printed beside the pupil's name is the pupil's."""
    _text(pdf, 180, 800, "Valmieras Pārgaujas pamatskola", 13, bold=True)
    _text(pdf, 190, 784, "Gaujas iela 12, Valmiera, LV-4201", 8)
    _text(pdf, 50, 760, "Valmierā", 10)
    _text(pdf, 420, 760, "2025. gada 12. septembrī", 10)
    _text(pdf, 200, 730, "IZZIŅA par izglītojamo", 12, bold=True)
    _lines(pdf, 50, 705, [
        "Valmieras Pārgaujas pamatskola apliecina, ka Kristers Siliņš, personas kods",
        f"{R26ZJ_KRISTERS}, 2025./2026. mācību gadā mācās 5.a klasē un apgūst",
        "pamatizglītības programmu. Mācību slodze ir 25 stundas nedēļā.",
        f"Skolā mācās arī Kristera māsa Sindija Siliņa (personas kods {R26ZJ_SINDIJA},",
        "8.b klase); šī izziņa uz viņu neattiecas.",
    ], size=10)
    _text(pdf, 50, 620, "Direktore", 10)
    _text(pdf, 420, 620, "Ilona Dreimane", 10)


CASES.update({
    "t26zj_school_certificate_naming_a_sister.pdf": (
        t26zj_school_certificate_naming_a_sister, "school_certificate", {
            "person_name": "Kristers Siliņš", "personal_code": R26ZJ_KRISTERS}),
})


R26ZJ_ELVIRA = personal_code("2703040269")
R26ZJ_ZIGRIDA = personal_code("0612650171")
R26ZJ_ARTURS = personal_code("1910090382")


def t26zj_opinion_over_a_household_table(pdf: canvas.Canvas) -> None:
    """A social worker's opinion: the client's row prints her code after "p.k.", and the
    household's table below it heads a "Personas kods" column whose first row is the aunt's:
    the client's code is the one beside her name."""
    _text(pdf, 180, 800, "Limbažu novada Sociālais dienests", 13, bold=True)
    _text(pdf, 180, 760, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _text(pdf, 170, 746, "par ģimenes asistenta pakalpojuma nepieciešamību", 10)
    _text(pdf, 50, 720, "Klients", 10)
    _text(pdf, 200, 720, f"Elvīra Jaunzeme, p.k. {R26ZJ_ELVIRA}", 10)
    _text(pdf, 50, 690, "Mājsaimniecība", 10, bold=True)
    _text(pdf, 50, 674, "Persona", 10)
    _text(pdf, 200, 674, "Personas kods", 10)
    _text(pdf, 330, 674, "Statuss", 10)
    for i, (name, code, status) in enumerate([("Zigrīda Ozoliņa", R26ZJ_ZIGRIDA, "tante"),
                                              ("Artūrs Jaunzems", R26ZJ_ARTURS, "brālis")]):
        _text(pdf, 50, 660 - 14 * i, name, 10)
        _text(pdf, 200, 660 - 14 * i, code, 10)
        _text(pdf, 330, 660 - 14 * i, status, 10)
    _lines(pdf, 50, 610, [
        "Ieteiktais atbalsts – 8 stundas nedēļā uz 6 mēnešiem.",
    ], size=10)
    _text(pdf, 50, 570, "Limbažos, 04.11.2025.", 10)
    _text(pdf, 50, 550, "Sociālā darbiniece", 10)
    _text(pdf, 420, 550, "Baiba Rence", 10)


CASES.update({
    "t26zj_opinion_over_a_household_table.pdf": (
        t26zj_opinion_over_a_household_table, "social_worker_opinion", {
            "person_name": "Elvīra Jaunzeme", "personal_code": R26ZJ_ELVIRA}),
})


R26ZJ_OLIVERS = personal_code("2301160915")


def t26zj_limitations_cell_with_semicolons(pdf: canvas.Canvas) -> None:
    """A commission opinion's row listing areas by semicolons, the last denied ("garīgās
    funkcijas (smagi); redze – nav ierobežojumu"): the first is limited all the same."""
    _text(pdf, 120, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12,
          bold=True)
    _text(pdf, 230, 784, "Latgales nodaļa · Rēzekne", 9)
    _text(pdf, 230, 760, "ATZINUMS Nr. LA-25/01234", 12, bold=True)
    _text(pdf, 260, 746, "par invaliditāti", 10)
    rows = [("Persona", f"Olivers Jurkāns, personas kods {R26ZJ_OLIVERS}"),
            ("Lēmums", "noteikta invaliditāte bērnam"),
            ("Termiņš", "no 2025. gada 1. oktobra līdz 2027. gada 30. septembrim"),
            ("Funkcionēšanas ierobežojumi",
             "garīgās funkcijas (smagi); redze – nav ierobežojumu")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 720 - 16 * i, label, 10)
        _text(pdf, 230, 720 - 16 * i, value, 10)
    _text(pdf, 50, 620, "Rēzeknē, 22.09.2025.", 10)
    _text(pdf, 380, 620, "Priekšsēdētāja A. Zeile", 10)


CASES.update({
    "t26zj_limitations_cell_with_semicolons.pdf": (
        t26zj_limitations_cell_with_semicolons, "commission_opinion", {
            "person_name": "Olivers Jurkāns", "personal_code": R26ZJ_OLIVERS,
            "limitations": ["mental"]}),
})


R26ZJ_GUNARS = personal_code("0402580417")
R26ZJ_MAIJA = personal_code("1709600528")


def t26zj_application_tabling_other_household_members(pdf: canvas.Canvas) -> None:
    """An application whose applicant's rows are followed by a table of the household's other
    members under "Citas personas mājsaimniecībā" ("Vārds, uzvārds | Personas kods | ..."):
    the wife tabled there is neither the applicant nor the client."""
    _text(pdf, 180, 800, "Rēzeknes novada Sociālais dienests", 13, bold=True)
    _text(pdf, 250, 770, "Iesniegums", 12, bold=True)
    _text(pdf, 50, 745, "Lūdzu piešķirt asistenta pakalpojumu pašvaldībā.", 10)
    rows = [("Iesniedzējs un pakalpojuma", "Gunārs Pauniņš"), ("saņēmējs", ""),
            ("Personas kods", R26ZJ_GUNARS),
            ("Deklarētā adrese", "Atbrīvošanas aleja 91-4, Rēzekne, LV-4601"),
            ("Tālrunis", "+371 26 118 340")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 720 - 14 * i, label, 10)
        _text(pdf, 230, 720 - 14 * i, value, 10)
    _text(pdf, 50, 640, "Citas personas mājsaimniecībā", 10, bold=True)
    for x, head in ((50, "Vārds, uzvārds"), (200, "Personas kods"), (330, "Radniecība")):
        _text(pdf, x, 624, head, 10)
    for x, cell in ((50, "Maija Pauniņa"), (200, R26ZJ_MAIJA), (330, "sieva")):
        _text(pdf, x, 610, cell, 10)
    _text(pdf, 50, 580, "Aktivitātes", 10, bold=True)
    _text(pdf, 50, 566, "darbs (galdnieks)", 10)
    _text(pdf, 330, 566, "16", 10)
    _text(pdf, 50, 530, "Rēzeknē, 14.10.2025.", 10)
    _text(pdf, 380, 530, "Paraksts G. Pauniņš", 10)


CASES.update({
    "t26zj_application_tabling_other_household_members.pdf": (
        t26zj_application_tabling_other_household_members, "application", {
            "applicant_name": "Gunārs Pauniņš", "applicant_personal_code": R26ZJ_GUNARS,
            "client_name": "Gunārs Pauniņš", "client_personal_code": R26ZJ_GUNARS}),
})


R26ZJ_LINARDS = personal_code("0705110847")


def t26zj_support_group_list_one_row_marked(pdf: canvas.Canvas) -> None:
    """A school's extract of a support group's list: the programme's row runs on into the
    next label after its full stop ("... programma. Mācību gads: ..."), the week's hours
    under a "St. nedēļā" heading, the pupil's row marked "X" and named in the title."""
    _text(pdf, 200, 800, "Ventspils 4. vidusskola", 13, bold=True)
    _text(pdf, 200, 784, "Saules iela 15, Ventspils, LV-3601", 8)
    _text(pdf, 150, 750, "IZZIŅA (izraksts no atbalsta grupas saraksta)", 12, bold=True)
    _text(pdf, 200, 734, "par izglītojamo Linardu Krastiņu", 11)
    _text(pdf, 50, 710, "Izglītības programma: pamatizglītības programma. Mācību gads: "
          "2025./2026.", 10)
    heads = [(50, "Nr."), (100, "Izglītojamais"), (220, "Klase"), (280, "Personas kods"),
             (390, "St. nedēļā"), (470, "Izziņa")]
    for x, head in heads:
        _text(pdf, x, 680, head, 10)
    rows = [("1.", "Evelīna Dambe", "8.a", "—", "31", ""),
            ("2.", "Linards Krastiņš", "8.b", R26ZJ_LINARDS, "29", "X"),
            ("3.", "Toms Vīksna", "8.b", "—", "33", "")]
    for r, cells in enumerate(rows):
        for (x, _), cell in zip(heads, cells, strict=True):
            if cell:
                _text(pdf, x, 664 - 14 * r, cell, 10)
    _text(pdf, 50, 600, "Izziņa izsniegta iesniegšanai sociālajā dienestā.", 10)
    _text(pdf, 50, 580, "15.09.2025.", 10)
    _text(pdf, 50, 560, "Direktora vietniece", 10)
    _text(pdf, 400, 560, "Ilze Grava", 10)


CASES.update({
    "t26zj_support_group_list_one_row_marked.pdf": (
        t26zj_support_group_list_one_row_marked, "school_certificate", {
            "person_name": "Linards Krastiņš", "personal_code": R26ZJ_LINARDS,
            "programme": "pamatizglītības programma", "hours_per_week": 29}),
})


R26ZJ_AIVARS = personal_code("1506790311")


def t26zj_opinion_period_row_is_no_date_line(pdf: canvas.Canvas) -> None:
    """A commission opinion's rows: "Pieņemts 2025. gada 3. aprīlī" under the title and a
    "Periods | 01.05.2025.-30.04.2027." row: the period's ends are no date line, the adoption
    is the paper's date."""
    _text(pdf, 120, 800, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 12,
          bold=True)
    _text(pdf, 230, 784, "Latgales nodaļa : Daugavpils", 9)
    _text(pdf, 220, 760, "ATZINUMS Nr. LA-25/04417", 12, bold=True)
    _text(pdf, 50, 740, "Pieņemts 2025. gada 3. aprīlī", 10)
    rows = [("Persona", "Aivars Lācis"), ("Personas kods", R26ZJ_AIVARS),
            ("Invaliditāte", "III grupa"), ("Periods", "01.05.2025.-30.04.2027."),
            ("Asistenta pakalpojums", "nav nepieciešams")]
    for i, (label, value) in enumerate(rows):
        _text(pdf, 50, 716 - 14 * i, label, 10)
        _text(pdf, 200, 716 - 14 * i, value, 10)
    _text(pdf, 50, 620, "Priekšsēdētāja", 10)
    _text(pdf, 400, 620, "L. Krūze", 10)


CASES.update({
    "t26zj_opinion_period_row_is_no_date_line.pdf": (
        t26zj_opinion_period_row_is_no_date_line, "commission_opinion", {
            "person_name": "Aivars Lācis", "issued_on": "2025-04-03",
            "valid_from": "2025-05-01", "valid_until": "2027-04-30"}),
})


def t26zj_orphan_court_summons_to_a_hearing(pdf: canvas.Canvas) -> None:
    """An orphan court's summons ("UZAICINĀJUMS") to a parent about a hearing on the children,
    naming their guardian: a letter about a case, none of the contract's papers."""
    _text(pdf, 200, 800, "OGRES NOVADA BĀRIŅTIESA", 13, bold=True)
    _text(pdf, 230, 784, "Brīvības iela 33, Ogre", 8)
    _text(pdf, 50, 760, "02.10.2025. Nr. 1-7/877", 10)
    _text(pdf, 400, 760, "Andrim Zālītim", 10)
    _text(pdf, 400, 746, "Meža iela 4, Ķegums", 10)
    _text(pdf, 250, 720, "UZAICINĀJUMS", 12, bold=True)
    _lines(pdf, 50, 695, [
        "Ogres novada bāriņtiesa aicina Jūs ierasties uz bāriņtiesas sēdi 2025. gada 20. oktobrī",
        "plkst. 11.00 lietā par saskarsmes tiesības izmantošanu ar bērniem (Marta Zālīte,",
        "Pauls Zālītis). Sēdē aicināta piedalīties arī bērnu aizbildne Aina Kārkliņa.",
        "Ja nevarat ierasties, lūdzu par to paziņot pa tālruni 65 022 118.",
    ], size=10)
    _text(pdf, 50, 620, "Bāriņtiesas sekretāre", 10)
    _text(pdf, 420, 620, "R. Lūse", 10)


CASES.update({
    "t26zj_orphan_court_summons_to_a_hearing.pdf": (
        t26zj_orphan_court_summons_to_a_hearing, "unknown", {}),
})


# --- round 26 (t26zkd): set ZK's digital papers laid out freely ---------------------------

T26ZKD_OTO = personal_code("1402092411")
T26ZKD_LIGITA = personal_code("0807711028")
T26ZKD_VIESTURS = personal_code("2203561310")
T26ZKD_BAIBA = personal_code("1110881052")


def _turned(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 7) -> None:
    """Text turned to run up the page, its first letter at (x, y)."""
    pdf.saveState()
    pdf.translate(x, y)
    pdf.rotate(90)
    _text(pdf, 0, 0, text, size)
    pdf.restoreState()


def t26zkd_timesheet_with_turned_headings(pdf: canvas.Canvas) -> None:
    """A landscape-like record of hours whose column headings run up the page, the title after
    the issuer on the letterhead's line, parted by a middle dot."""
    _text(pdf, 40, 800, "Talsu novada sociālais dienests · asistenta darba laika uzskaite", 11)
    _text(pdf, 40, 775, f"Klients: Oto Zariņš, p.k. {T26ZKD_OTO}", 9)
    _text(pdf, 360, 775, "Mēnesis: 2025. gada marts", 9)
    _text(pdf, 40, 760, f"Asistente: Līgita Ozoliņa, p.k. {T26ZKD_LIGITA}", 9)
    for x, heading in ((48, "Datums"), (118, "No"), (158, "Līdz"), (198, "Stundas"),
                       (238, "Darbība"), (338, "Vieta")):
        _turned(pdf, x, 690, heading)
    # A heading of two lines ("Asistenta / paraksts"), its lines close side by side.
    _turned(pdf, 448, 690, "Asistenta")
    _turned(pdf, 457, 690, "paraksts")
    rows = [("04.03.2025.", "08:00", "10:00", "2", "izglītība", "Talsu pamatskola"),
            ("06.03.2025.", "08:00", "10:00", "2", "izglītība", "Talsu pamatskola"),
            ("11.03.2025.", "14:00", "15:30", "1,5", "brīvais laiks", "Sporta nams"),
            ("13.03.2025.", "08:00", "10:00", "2", "izglītība", "Talsu pamatskola")]
    for i, row in enumerate(rows):
        y = 672 - 16 * i
        for x, cell in zip((40, 110, 150, 190, 230, 330), row, strict=True):
            _text(pdf, x, y, cell, 9)
    _text(pdf, 150, 672 - 16 * 4, "Kopā", 9)
    _text(pdf, 190, 672 - 16 * 4, "7,5", 9)
    _text(pdf, 40, 560, "Asistente", 9)
    _text(pdf, 300, 560, "Klienta pārstāvis", 9)


def t26zkd_opinion_limits_under_turned_headings(pdf: canvas.Canvas) -> None:
    """A commission's opinion whose limitations are a row of headings turned up the page with
    an "X" under the ones found; the person's text on the left of the same rows."""
    _text(pdf, 90, 800, "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA", 10)
    _text(pdf, 40, 770, "ATZINUMS Nr. 7-2/2025/1144", 11, bold=True)
    _text(pdf, 400, 770, "2025. gada 14. maijā", 10)
    _text(pdf, 40, 745, "Persona: Viesturs Rozenbergs", 10)
    _text(pdf, 40, 730, f"Personas kods: {T26ZKD_VIESTURS}", 10)
    _text(pdf, 40, 715, "Komisija nolēma noteikt III (trešo)", 10)
    _text(pdf, 40, 700, "invaliditātes grupu.", 10)
    for x, heading in ((330, "Redze"), (360, "Dzirde"), (390, "Pārvietošanās"),
                       (420, "Augšējo ekstremitāšu funkcijas")):
        _turned(pdf, x, 700, heading)
    _text(pdf, 332, 686, "X", 9)
    _text(pdf, 422, 686, "X", 9)
    _text(pdf, 40, 670, "Invaliditāte noteikta no 2025. gada 10. maija līdz 2026. gada 9. maijam.",
          10)
    _text(pdf, 40, 640, "Personai ir nepieciešams asistenta pakalpojums pašvaldībā: JĀ.", 10)


def t26zkd_application_labels_right_of_values(pdf: canvas.Canvas) -> None:
    """An application printing each value on the left and its label small on the right; the
    activities as "hours ← what for"."""
    _text(pdf, 50, 800, "TALSU NOVADA SOCIĀLAIS DIENESTS", 10, bold=True)
    _text(pdf, 50, 770, "Iesniegums asistenta pakalpojumam", 14, bold=True)
    rows = [("Baiba Krūmiņa", "iesniedzēja vārds, uzvārds"),
            (T26ZKD_BAIBA, "iesniedzēja personas kods"),
            ("māte", "saistība ar pakalpojuma saņēmēju"),
            ("Oto Zariņš", "pakalpojuma saņēmējs"),
            (T26ZKD_OTO, "saņēmēja personas kods"),
            ("Dīķa iela 4, Talsi, LV-3201", "saņēmēja deklarētā adrese"),
            ("29 118 406", "iesniedzēja tālrunis")]
    for i, (value, label) in enumerate(rows):
        y = 730 - 22 * i
        _text(pdf, 50, y, value, 11)
        _text(pdf, 340, y + 1, label, 7.5)
    _text(pdf, 50, 560, "Asistents vajadzīgs:", 10)
    _text(pdf, 50, 540, "8 h nedēļā", 11)
    _text(pdf, 150, 541, "← nokļūšana uz izglītības iestādi", 8)
    _text(pdf, 50, 520, "3 h nedēļā", 11)
    _text(pdf, 150, 521, "← ārstniecības iestāžu apmeklējumi", 8)
    _text(pdf, 380, 470, "Talsos, 2025. gada 2. jūnijā", 10)


def t26zkd_opinion_in_three_columns(pdf: canvas.Canvas) -> None:
    """A social worker's opinion set in three columns (the client, the assessment, the
    recommendation with its tasks as bullets), each column's lines on the others' rows."""
    _text(pdf, 40, 800, "TALSU NOVADA SOCIĀLAIS DIENESTS", 10, bold=True)
    _text(pdf, 430, 800, "Talsos, 12.05.2025.", 9)
    _text(pdf, 40, 775, "Sociālā darbinieka atzinums par asistenta pakalpojumu", 12, bold=True)
    columns = (
        (40, ["1. Klients", "Oto Zariņš", f"p.k. {T26ZKD_OTO}", "Dīķa iela 4, Talsi",
              "Mācās 8. klasē."]),
        (200, ["2. Novērtējums", "Klientam ir redzes traucējumi", "kopš dzimšanas, kas kavē viņa",
               "patstāvīgu pārvietošanos ārpus", "mājas un skolā."]),
        (380, ["3. Ieteikums", "Piešķirt asistentu 10 stundas", "nedēļā uz 6 mēnešiem.",
               "Uzdevumi:", "• pavadīt uz skolu un mājup", "• pavadīt uz nodarbībām",
               "• palīdzēt iepirkties"]),
    )
    for x, texts in columns:
        for i, text in enumerate(texts):
            _text(pdf, x, 740 - 14 * i, text, 9, bold=i == 0)
    _text(pdf, 40, 560, "Sociālā darbiniece", 9)
    _text(pdf, 260, 560, "Ilona Bērziņa", 9)


def t26zkd_opinion_with_a_pull_quote(pdf: canvas.Canvas) -> None:
    """An opinion whose text runs in a left column beside a client's quoted words in a
    narrow right column: the tasks' list under its heading ends where the column does."""
    _text(pdf, 50, 800, "Talsu novada sociālais dienests", 11, bold=True)
    _text(pdf, 50, 770, "ATZINUMS", 13, bold=True)
    _text(pdf, 50, 755, "par ģimenes asistenta nepieciešamību", 10)
    left = [f"Kliente Baiba Krūmiņa (personas kods {T26ZKD_BAIBA})",
            "audzina divus bērnus un atbilst mērķa grupai –",
            "ģimene ar bērniem, kurā ir grūtības bērnu aprūpē.",
            "Iesaku piešķirt ģimenes asistenta pakalpojumu",
            "8 stundas nedēļā uz 6 mēnešiem.",
            "Ģimenes asistenta uzdevumi:",
            "– palīdzība bērnu aprūpē;",
            "– atbalsts budžeta plānošanā;",
            "– sadarbība ar bērnudārzu."]
    for i, text in enumerate(left):
        _text(pdf, 50 if not text.startswith("–") else 60, 720 - 14 * i, text, 9)
    quote = ["„Es gribu iemācīties visu", "paspēt pati un bez liekas", "steigas un rūpēm.”",
             "— kliente sarunā", "2025. gada 3. aprīlī"]
    for i, text in enumerate(quote):
        _text(pdf, 400, 714 - 16 * i, text, 10 if i < 3 else 7)
    _text(pdf, 50, 560, "Sociālā darbiniece", 9)
    _text(pdf, 250, 560, "Ilona Bērziņa", 9)


CASES.update({
    "t26zkd_timesheet_with_turned_headings.pdf": (
        t26zkd_timesheet_with_turned_headings, "timesheet", {
            "month": "2025-03", "client_name": "Oto Zariņš", "client_personal_code": T26ZKD_OTO,
            "assistant_name": "Līgita Ozoliņa", "assistant_personal_code": T26ZKD_LIGITA,
            "total_hours": 7.5}),
    "t26zkd_opinion_limits_under_turned_headings.pdf": (
        t26zkd_opinion_limits_under_turned_headings, "commission_opinion", {
            "person_name": "Viesturs Rozenbergs", "personal_code": T26ZKD_VIESTURS,
            "limitations": ["vision", "upper_limbs"]}),
    "t26zkd_application_labels_right_of_values.pdf": (
        t26zkd_application_labels_right_of_values, "application", {
            "applicant_name": "Baiba Krūmiņa", "applicant_personal_code": T26ZKD_BAIBA,
            "client_name": "Oto Zariņš", "client_personal_code": T26ZKD_OTO,
            "address": "Dīķa iela 4, Talsi, LV-3201", "phone": "29118406",
            "activities": [{"kind": "education", "hours_per_week": 8},
                           {"kind": "institutions", "hours_per_week": 3}]}),
    "t26zkd_opinion_in_three_columns.pdf": (
        t26zkd_opinion_in_three_columns, "social_worker_opinion", {
            "person_name": "Oto Zariņš", "personal_code": T26ZKD_OTO,
            "tasks": ["pavadīt uz skolu un mājup", "pavadīt uz nodarbībām",
                      "palīdzēt iepirkties"]}),
    "t26zkd_opinion_with_a_pull_quote.pdf": (
        t26zkd_opinion_with_a_pull_quote, "social_worker_opinion", {
            "person_name": "Baiba Krūmiņa", "personal_code": T26ZKD_BAIBA,
            "tasks": ["palīdzība bērnu aprūpē", "atbalsts budžeta plānošanā",
                      "sadarbība ar bērnudārzu"]}),
})


T26ZKD_GUNARS = personal_code("1905471350")
T26ZKD_DZINTRA = personal_code("0311521162")


def t26zkd_application_one_phone_under_two_captions(pdf: canvas.Canvas) -> None:
    """The applicant left and the client right, each value on a line with its caption centred
    small under it; only the applicant's telephone is written, the client's blank left empty."""
    _text(pdf, 230, 800, "IESNIEGUMS", 13, bold=True)
    _text(pdf, 150, 782, "par asistenta pakalpojuma piešķiršanu", 10)
    _text(pdf, 57, 750, "IESNIEDZĒJS (likumiskais pārstāvis)", 9, bold=True)
    _text(pdf, 312, 750, "PAKALPOJUMA SAŅĒMĒJS", 9, bold=True)
    rows = [("Dzintra Siliņa", "Gunārs Siliņš", "(vārds, uzvārds)"),
            (T26ZKD_DZINTRA, T26ZKD_GUNARS, "(personas kods)"),
            ("Ezera iela 3, Aloja, LV-4064", "Ezera iela 3, Aloja, LV-4064", "(adrese)"),
            ("26 402 117", "", "(tālrunis)")]
    for i, (left, right, caption) in enumerate(rows):
        y = 720 - 34 * i
        _text(pdf, 61, y, left, 11)
        _text(pdf, 316, y, right, 11)
        pdf.line(57, y - 3, 300, y - 3)
        pdf.line(312, y - 3, 555, y - 3)
        _text(pdf, 175, y - 12, caption, 7)
        _text(pdf, 430, y - 12, caption, 7)
    _text(pdf, 57, 560, "Asistenta pakalpojums nepieciešams dienas centra apmeklējumam,", 10)
    _text(pdf, 57, 546, "10 stundas nedēļā.", 10)
    _text(pdf, 61, 500, "12.05.2025.", 10)


def t26zkd_court_ruling_appoints_a_sister(pdf: canvas.Canvas) -> None:
    """A court's ruling that appoints the representative with "par aizgādni noteikt viņa māsu
    <name in the accusative> (personas kods ...)"."""
    _text(pdf, 230, 800, "VIDZEMES RAJONA TIESA", 12, bold=True)
    _text(pdf, 260, 770, "IZRAKSTS", 12, bold=True)
    _lines(pdf, 50, 740, [
        "Vidzemes rajona tiesas 2024. gada 9. oktobra spriedums civillietā Nr. C33-0412-24/2.",
        f"Tiesa nosprieda: ierobežot Gunāra Siliņa (personas kods {T26ZKD_GUNARS})",
        "rīcībspēju mantisko jautājumu kārtošanā. Nodibināt aizgādnību un par aizgādni",
        f"noteikt viņa māsu Dzintru Siliņu (personas kods {T26ZKD_DZINTRA}).",
        "Spriedums stājas spēkā 2024. gada 1. novembrī.",
    ], size=10)
    _text(pdf, 50, 600, "Tiesnesis (paraksts) K. Ozols", 10)


CASES.update({
    "t26zkd_application_one_phone_under_two_captions.pdf": (
        t26zkd_application_one_phone_under_two_captions, "application", {
            "applicant_name": "Dzintra Siliņa", "client_name": "Gunārs Siliņš",
            "phone": "26402117"}),
    "t26zkd_court_ruling_appoints_a_sister.pdf": (
        t26zkd_court_ruling_appoints_a_sister, "representation_document", {
            "representative_name": "Dzintra Siliņa",
            "representative_personal_code": T26ZKD_DZINTRA,
            "person_name": "Gunārs Siliņš", "personal_code": T26ZKD_GUNARS}),
})


def t26zkd_leisure_with_its_place_in_brackets(pdf: canvas.Canvas) -> None:
    """An activity's noun, then where it happens in brackets: "brīvā laika pavadīšana (sporta
    klubā)" is leisure, the club only its place."""
    _text(pdf, 230, 800, "IESNIEGUMS", 13, bold=True)
    _lines(pdf, 50, 770, [
        f"Es, Dzintra Siliņa, personas kods {T26ZKD_DZINTRA}, lūdzu piešķirt asistenta",
        "pakalpojumu. Asistents nepieciešams:",
    ], size=10)
    _text(pdf, 50, 730, "Aktivitātes:", 10, bold=True)
    _text(pdf, 60, 714, "ārsta apmeklējumi – 2 h nedēļā", 10)
    _text(pdf, 60, 700, "brīvā laika pavadīšana (sporta klubā) – 4 h nedēļā", 10)
    _text(pdf, 50, 660, "Alojā, 2025. gada 4. jūnijā", 10)


CASES.update({
    "t26zkd_leisure_with_its_place_in_brackets.pdf": (
        t26zkd_leisure_with_its_place_in_brackets, "application", {
            "activities": [{"kind": "institutions", "hours_per_week": 2},
                           {"kind": "leisure", "hours_per_week": 4}]}),
})


def t26zkd_opinion_dated_in_its_footer(pdf: canvas.Canvas) -> None:
    """An opinion with no date line: a date of a talk in its text, the day it was drawn up only
    in the footer's small print ("dokuments sagatavots ...")."""
    _text(pdf, 50, 800, "Alojas sociālais dienests", 11, bold=True)
    _text(pdf, 50, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 50, 740, [
        f"Klients Gunārs Siliņš (personas kods {T26ZKD_GUNARS}) sarunā 2025. gada 2. martā",
        "pastāstīja, ka viņam vajag palīdzību nokļūšanā uz ārstniecības iestādēm.",
        "Iesaku piešķirt asistenta pakalpojumu 6 stundas nedēļā uz 6 mēnešiem.",
    ], size=10)
    _text(pdf, 50, 640, "Sociālais darbinieks", 10)
    _text(pdf, 300, 640, "Kārlis Priede", 10)
    _text(pdf, 90, 60, "Alojas sociālais dienests · Ezera iela 1, Aloja · dokuments sagatavots "
          "2025. gada 10. martā", 6)


CASES.update({
    "t26zkd_opinion_dated_in_its_footer.pdf": (
        t26zkd_opinion_dated_in_its_footer, "social_worker_opinion", {
            "person_name": "Gunārs Siliņš", "issued_on": "2025-03-10"}),
})


# --- round 26: ZH's, ZC's and ZE's scans (t26old) ---------------------------------------------

R26OLD_KRISTAPS = personal_code("2207990417")
R26OLD_AGATE = personal_code("1111050263")


def t26old_centre_named_under_the_service(pdf: canvas.Canvas) -> None:
    """A municipal service's letterhead over the row of its day centre ("Dienas centrs
    „Saulgrieži” - <address>"), the body naming the centre as who certifies: the centre is
    the institution, not the service over it."""
    _text(pdf, 50, 800, "Ogres novada Sociālais dienests", 13, bold=True)
    _text(pdf, 50, 784, "Dienas centrs „Saulgrieži” - Skolas iela 3, Ogre, LV-5001", 9)
    _text(pdf, 240, 740, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 50, 710, [
        "Ogres novada Sociālā dienesta dienas centrs „Saulgrieži” apliecina, ka Kristaps",
        f"Grīnbergs, personas kods {R26OLD_KRISTAPS}, apmeklē dienas centru otrdienās un",
        "ceturtdienās no plkst. 10.00 līdz 14.00.",
    ], size=10)
    _text(pdf, 50, 640, "Ogrē, 2025. gada 8. aprīlī", 10)
    _text(pdf, 380, 640, "Centra vadītāja L. Zaķe", 10)


def t26old_trade_named_after_programme(pdf: canvas.Canvas) -> None:
    """A training centre's certificate naming its trade after the head noun in lower case,
    its form of study in brackets ("profesionālās izglītības programmā galdnieks (...)"):
    the trade is the programme, not the genitives before it nor where one studies."""
    _text(pdf, 50, 800, "Mācību centrs „Amatu sēta”", 13, bold=True)
    _text(pdf, 50, 784, "Rīgas iela 40, Bauska, LV-3901", 9)
    _text(pdf, 260, 740, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 710, [
        f"Apliecinām, ka Agate Celmiņa, pers. kods {R26OLD_AGATE}, ir audzēkne mūsu centrā",
        "profesionālās izglītības programmā galdnieks (klātiene, 1. kurss).",
        "Nodarbības notiek 5 dienas nedēļā pa 6 st. Apmācība līdz 30.06.2027.",
    ], size=10)
    _text(pdf, 50, 640, "Bauska, 2025.04.08.", 10)
    _text(pdf, 380, 640, "Direktors J. Kalns", 10)


CASES.update({
    "t26old_centre_named_under_the_service.pdf": (
        t26old_centre_named_under_the_service, "activity_certificate", {
            "institution_name": "Dienas centrs Saulgrieži", "person_name": "Kristaps Grīnbergs",
            "personal_code": R26OLD_KRISTAPS}),
    "t26old_trade_named_after_programme.pdf": (
        t26old_trade_named_after_programme, "school_certificate", {
            "programme": "galdnieks", "person_name": "Agate Celmiņa",
            "personal_code": R26OLD_AGATE}),
})


# --- round 26 (t26lang): paper that crosses languages: sworn translations, bilingual forms ----

T26L_RUTA = personal_code("1704891201")
T26L_MARTINS = personal_code("0511931406")
T26L_OLENA = personal_code("2308861102")
T26L_TARAS = personal_code("1402121507")
T26L_KAIDI = personal_code("0906781302")
T26L_JOHN = personal_code("2712801204")
T26L_GRETA = personal_code("1103991108")
T26L_ANDRIJS = personal_code("3001701309")
T26L_SOFIJA = personal_code("1909151401")
T26L_EDGARS = personal_code("0402951110")


def t26lang_lithuanian_employer_translated(pdf: canvas.Canvas) -> None:
    """A sworn translation of a Lithuanian company's certificate: the company's own code is no
    Latvian registration number, the Lithuanian identifier no personal code, the original's
    ISO date is the paper's; the translator's "Tulkojums pareizs" block closes it."""
    _text(pdf, 50, 810, "Tulkojums no lietuviešu valodas", 9)
    _text(pdf, 50, 790, "[Uzņēmuma logotips]", 9)
    _text(pdf, 50, 772, "UAB „Šiaurės krovinys”", 13, bold=True)
    _text(pdf, 50, 756, "Uzņēmuma kods 304512877, Savanorių pr. 118, Kauņa, Lietuva", 8)
    _text(pdf, 240, 720, "IZZIŅA", 13, bold=True)
    _text(pdf, 50, 700, "2025-03-04 Nr. 25/114", 10)
    _lines(pdf, 50, 672, [
        "UAB „Šiaurės krovinys” apliecina, ka Rūta Kazlauskienė (Rūta Kazlauskiene),",
        f"Latvijas personas kods {T26L_RUTA}, Lietuvas Republikas asmens kods 48904171234,",
        "strādā uzņēmumā par loģistikas speciālisti kopš 2023-09-01.",
        "Darba laiks – 40 stundas nedēļā (attālināti).",
    ], size=10)
    _text(pdf, 50, 590, "Direktors  [paraksts]  Tomas Petrauskas", 10)
    _text(pdf, 50, 572, "[Zīmogs: UAB „Šiaurės krovinys”]", 9)
    _lines(pdf, 50, 520, [
        "Tulkojums pareizs.",
        "Zvērināta tulkotāja Inese Bērza",
        "[paraksts]",
        "Rīgā, 2025. gada 12. martā",
    ], size=9)


def t26lang_bilingual_application(pdf: canvas.Canvas) -> None:
    """A Latvian/English application form: every label with its English after a slash, the
    name beside its passport spelling, a date printed DD/MM/YYYY."""
    _text(pdf, 300, 810, "Rīgas Sociālajam dienestam / To Riga Social Service", 9)
    _text(pdf, 120, 770, "IESNIEGUMS / APPLICATION", 13, bold=True)
    _text(pdf, 120, 752, "asistenta pakalpojuma saņemšanai / for the assistant service", 10)
    _lines(pdf, 50, 715, [
        "Vārds, uzvārds / Name, surname:   Mārtiņš Ozoliņš (pasē / in passport: MARTINS OZOLINS)",
        f"Personas kods / Personal code:   {T26L_MARTINS}",
        "Deklarētā adrese / Registered address:   Lāčplēša iela 41-7, Rīga, LV-1011",
        "Tālrunis / Phone:   +371 26480193",
        "E-pasts / E-mail:   martins.ozolins@example.com",
    ], size=10)
    _text(pdf, 50, 620, "Darbības / Activities:", 10, bold=True)
    _grid(pdf, 50, 605, [260, 120], [
        ["Darbība / Activity", "Stundas nedēļā / Hours"],
        ["darbs / work", "20"],
        ["mācības / studies", "10"],
    ], height=18, size=9)
    _text(pdf, 50, 520,
          "Asistenta pabalstu saņemu / I receive the assistant benefit:   Nē / No", 10)
    _text(pdf, 50, 480, "Datums / Date: 04/03/2025", 10)
    _text(pdf, 330, 480, "Paraksts / Signature: M. Ozoliņš", 10)


def t26lang_ukrainian_school_translated(pdf: canvas.Canvas) -> None:
    """A Ukrainian school's certificate, its original on page one, its sworn translation on page
    two ending in a translator's certification dated later; RNOKPP beside the Latvian code."""
    _text(pdf, 180, 800, "Харківська гімназія № 47", 13, bold=True)
    _text(pdf, 240, 760, "ДОВІДКА", 13, bold=True)
    _lines(pdf, 50, 730, [
        "Видана Тарасу Шевчуку, 14.02.2012 р.н., РНОКПП 4081209876,",
        "про те, що він навчається у 7 класі (дистанційна форма навчання)",
        "за освітньою програмою базової середньої освіти.",
        "Навчальне навантаження: 30 годин на тиждень.",
        "Довідка видана 17.02.2025 р.",
    ], size=10)
    _text(pdf, 50, 620, "Директор  О. Мельник", 10)
    pdf.showPage()
    _text(pdf, 50, 810, "Tulkojums no ukraiņu valodas", 9)
    _text(pdf, 180, 780, "Harkivas 47. ģimnāzija", 13, bold=True)
    _text(pdf, 240, 745, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 715, [
        "Izsniegta Tarasam Ševčukam, dzimis 14.02.2012., RNOKPP 4081209876,",
        f"(Latvijas personas kods {T26L_TARAS}), par to, ka viņš mācās 7. klasē",
        "(attālinātā mācību forma) pamatizglītības programmā.",
        "Mācību slodze: 30 stundas nedēļā.",
        "Izziņa izsniegta 17.02.2025.",
    ], size=10)
    _text(pdf, 50, 610, "Direktors  [paraksts]  O. Meļnika", 10)
    _text(pdf, 50, 592, "[Apaļais zīmogs]", 9)
    _lines(pdf, 50, 540, [
        "Tulkojums pareizs.",
        "Tulkotājs Andrejs Kalniņš",
        "Rīgā, 03.03.2025.",
    ], size=9)


def t26lang_estonian_opinion_translated(pdf: canvas.Canvas) -> None:
    """A sworn translation of an Estonian disability opinion: isikukood beside the Latvian code,
    the original's ISO dates, the translator's certification after a rule with its own date."""
    _text(pdf, 50, 810, "Tulkojums no igauņu valodas", 9)
    _text(pdf, 150, 785, "Sociālās apdrošināšanas pārvalde (Igaunija)", 12, bold=True)
    _text(pdf, 150, 745, "ATZINUMS PAR INVALIDITĀTI Nr. 2025-EE-0471", 12, bold=True)
    _lines(pdf, 50, 710, [
        "Izdots: 2025-01-21",
        "Persona: Kaidi Tamm",
        "Isikukood: 47806090213",
        f"Personas kods Latvijā: {T26L_KAIDI}",
        "Invaliditātes grupa: II grupa",
        "Derīgs: no 2025-01-21 līdz 2027-01-20",
        "Ierobežojumi: pārvietošanās",
        "Asistents nepieciešams: jā",
    ], size=10)
    pdf.line(50, 560, 545, 560)
    _lines(pdf, 50, 540, [
        "Es, zvērināta tulkotāja Līga Eglīte, apliecinu, ka tulkojums no igauņu valodas",
        "latviešu valodā ir pareizs.",
        "Rīgā, 2025-02-10",
    ], size=9)


def t26lang_branch_of_foreign_employer(pdf: canvas.Canvas) -> None:
    """A Norwegian company's Latvian branch certifies in Latvian with English beside it: the
    branch's Latvian registration number is the employer's, not the parent's organisation number;
    the date line has an English twin with its month's name."""
    _text(pdf, 50, 810, "Nordvik Marine AS Latvijas filiāle", 13, bold=True)
    _text(pdf, 50, 794, "Reģ. Nr. 40203561803 · Eksporta iela 12, Rīga, LV-1045", 8)
    _text(pdf, 50, 782,
          "Parent company: Nordvik Marine AS, Org. nr. 987 654 321, Bergen, Norway", 8)
    _text(pdf, 170, 745, "IZZIŅA / CERTIFICATE OF EMPLOYMENT", 12, bold=True)
    _lines(pdf, 50, 710, [
        f"Apliecinām, ka John Smith, personas kods {T26L_JOHN}, strādā",
        "Nordvik Marine AS Latvijas filiālē par kuģu inženieri kopš 2022. gada 1. augusta,",
        "pilnu darba laiku – 40 stundas nedēļā.",
        "We confirm that John Smith has been employed as a marine engineer since",
        "1 August 2022, full time (40 hours per week).",
    ], size=10)
    _text(pdf, 50, 600, "Rīgā, 2025. gada 4. martā / Riga, 4 March 2025", 10)
    _text(pdf, 50, 570, "Filiāles vadītājs / Branch manager  E. Larsen", 10)


def t26lang_latvian_russian_columns(pdf: canvas.Canvas) -> None:
    """An activity certificate printed in two columns, Latvian on the left, Russian on the
    right; the Russian column repeats every value in its own words."""
    _text(pdf, 120, 810, "Biedrība „Sadraudzības nams” / Общество «Дом дружбы»", 12, bold=True)
    _text(pdf, 120, 794, "Reģ. Nr. 40008193275, Rīgas iela 22, Daugavpils, LV-5401", 8)
    _text(pdf, 60, 755, "APLIECINĀJUMS", 12, bold=True)
    _text(pdf, 320, 755, "ПОДТВЕРЖДЕНИЕ", 12, bold=True)
    left = [
        "Biedrība apliecina, ka",
        "Andrijs Bondarenko,",
        f"personas kods {T26L_ANDRIJS},",
        "apmeklē biedrības pulciņu",
        "„Valodu klubs” otrdienās un",
        "ceturtdienās, kopā 4 stundas",
        "nedēļā.",
    ]
    right = [
        "Общество подтверждает, что",
        "Андрий Бондаренко,",
        f"персональный код {T26L_ANDRIJS},",
        "посещает кружок общества",
        "«Клуб языков» по вторникам и",
        "четвергам, всего 4 часа",
        "в неделю.",
    ]
    _lines(pdf, 60, 725, left, size=10)
    _lines(pdf, 320, 725, right, size=10)
    _text(pdf, 60, 600, "Daugavpilī, 10.03.2025.", 10)
    _text(pdf, 320, 600, "Даугавпилс, 10.03.2025", 10)
    _text(pdf, 60, 570, "Valdes priekšsēdētāja / Председатель правления  I. Kozlova", 10)


def t26lang_power_of_attorney_bilingual(pdf: canvas.Canvas) -> None:
    """A power of attorney in Latvian and English, each person with a passport spelling; the
    date in an English word form only."""
    _text(pdf, 150, 800, "PILNVARA / POWER OF ATTORNEY", 14, bold=True)
    _lines(pdf, 50, 760, [
        "Es, Olena Kovaļenko (pasē: OLENA KOVALENKO), personas kods " + T26L_OLENA + ",",
        "I, the undersigned, holder of Ukrainian passport FX 123456,",
        "pilnvaroju savu meitu Sofiju Kovaļenko (pasē: SOFIIA KOVALENKO),",
        f"personas kods {T26L_SOFIJA}, pārstāvēt mani Rīgas Sociālajā dienestā",
        "jautājumos par asistenta pakalpojumu.",
        "authorise my daughter to represent me at the Riga Social Service.",
    ], size=10)
    _text(pdf, 50, 640, "Rīga, 5 March 2025", 10)
    _text(pdf, 330, 640, "O. Kovaļenko", 10)


def t26lang_timesheet_bilingual(pdf: canvas.Canvas) -> None:
    """An assistant's timesheet with Latvian/English column heads and ISO dates in the rows."""
    _text(pdf, 90, 810, "ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA / ASSISTANT SERVICE TIMESHEET",
          10, bold=True)
    _lines(pdf, 50, 780, [
        "Mēnesis / Month: 2025. gada februāris / February 2025",
        f"Klients / Client: Greta Bērziņa, personas kods {T26L_GRETA}",
        f"Asistents / Assistant: Edgars Vītols, personas kods {T26L_EDGARS}",
    ], size=10)
    _grid(pdf, 50, 720, [90, 60, 60, 70, 200], [
        ["Datums / Date", "No / From", "Līdz / To", "Stundas / Hours", "Darbība / Activity"],
        ["2025-02-03", "9:00", "13:00", "4", "darbs / work"],
        ["2025-02-05", "9:00", "13:00", "4", "darbs / work"],
        ["2025-02-10", "14:00", "16:00", "2", "ārsts / doctor"],
    ], height=18, size=9)
    _text(pdf, 50, 620, "Kopā / Total: 10 h", 10)
    _text(pdf, 50, 590, "Asistents / Assistant  E. Vītols      Klients / Client  G. Bērziņa", 10)


def t26lang_german_activity_translated(pdf: canvas.Canvas) -> None:
    """A German day centre's confirmation translated into Latvian: the original's date printed
    with a German month's name inside the translation, the translator's later date below."""
    _text(pdf, 50, 810, "Tulkojums no vācu valodas", 9)
    _text(pdf, 50, 785, "Tagesstätte „Lichtblick” e.V. (dienas centrs „Lichtblick”)", 12, bold=True)
    _text(pdf, 50, 769, "Hauptstraße 5, 10115 Berlīne, Vācija", 8)
    _text(pdf, 220, 735, "APLIECINĀJUMS", 13, bold=True)
    _lines(pdf, 50, 705, [
        "Dienas centrs apliecina, ka Greta Bērziņa, dzim. 11.03.1999.,",
        f"(Latvijas personas kods {T26L_GRETA}) no 2024. gada septembra apmeklē",
        "dienas centru pirmdienās, trešdienās un piektdienās no 10:00 līdz 14:00.",
    ], size=10)
    _text(pdf, 50, 640, "Berlīne, 14. Januar 2025", 10)
    _text(pdf, 50, 620, "Vadītāja  [paraksts]  M. Schulz", 10)
    _lines(pdf, 50, 560, [
        "Tulkojums pareizs",
        "Tulkotāja Dace Rozīte, 2025. gada 3. februārī",
    ], size=9)


def t26lang_social_worker_with_ukrainian_code(pdf: canvas.Canvas) -> None:
    """A social worker's opinion on a family from Ukraine: RNOKPP beside the Latvian code, the
    date printed in ISO form."""
    _text(pdf, 160, 810, "Jelgavas sociālo lietu pārvalde", 13, bold=True)
    _text(pdf, 130, 770, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 50, 735, [
        "Klients: Olena Kovaļenko (OLENA KOVALENKO)",
        f"Personas kods: {T26L_OLENA} (Ukrainas RNOKPP 3186507823)",
        "Mērķa grupa: ģimene ar bērniem",
        "Ieteicamais ģimenes asistenta apjoms: 6 stundas nedēļā, 6 mēnešus",
        "Uzdevumi:",
        "1. palīdzība saziņā ar izglītības iestādi",
        "2. budžeta plānošana",
    ], size=10)
    _text(pdf, 50, 600, "Jelgavā, 2025-03-04", 10)
    _text(pdf, 330, 600, "Sociālā darbiniece  L. Kalve", 10)


def t26lang_english_hr_email(pdf: canvas.Canvas) -> None:
    """An English HR e-mail about a worker: wholly in another language, no paper of the
    contract."""
    _lines(pdf, 50, 800, [
        "From: hr@nordvik-marine.example",
        "To: john.smith@example.com",
        "Date: 6 March 2025 10:14",
        "Subject: Employment confirmation",
        "",
        "Dear John,",
        "please find attached the confirmation of your employment with our Latvian branch.",
        "You have been employed as a marine engineer since 1 August 2022, 40 hours a week.",
        "Kind regards,",
        "Human Resources",
    ], size=10)


def t26lang_russian_letter(pdf: canvas.Canvas) -> None:
    """A private letter in Russian: another language throughout."""
    _lines(pdf, 50, 800, [
        "Уважаемые сотрудники социальной службы!",
        "Прошу сообщить, какие документы нужны для получения услуги ассистента",
        "для моего сына. Он учится в 5 классе, 25 часов в неделю.",
        "С уважением, Андрий Бондаренко",
        "Даугавпилс, 12.03.2025",
    ], size=10)


CASES.update({
    "t26lang_lithuanian_employer_translated.pdf": (
        t26lang_lithuanian_employer_translated, "employer_certificate", {
            "employer_name": "UAB Šiaurės krovinys", "employer_reg_no": None,
            "person_name": "Rūta Kazlauskiene", "personal_code": T26L_RUTA,
            "position": "loģistikas speciāliste", "employed_since": "2023-09-01",
            "hours_per_week": 40, "issued_on": "2025-03-04"}),
    "t26lang_bilingual_application.pdf": (
        t26lang_bilingual_application, "application", {
            "service": "assistant", "applicant_name": "Mārtiņš Ozoliņš",
            "applicant_personal_code": T26L_MARTINS, "client_name": "Mārtiņš Ozoliņš",
            "client_personal_code": T26L_MARTINS,
            "address": "Lāčplēša iela 41-7, Rīga, LV-1011", "phone": "+371 26480193",
            "email": "martins.ozolins@example.com",
            "activities": [{"kind": "work", "hours_per_week": 20},
                           {"kind": "education", "hours_per_week": 10}],
            "receives_assistant_benefit": False, "submitted_on": "2025-03-04"}),
    "t26lang_ukrainian_school_translated.pdf": (
        t26lang_ukrainian_school_translated, "school_certificate", {
            "institution_name": "Harkivas 47. ģimnāzija", "education_level": "general",
            "person_name": "Tarass Ševčuks", "personal_code": T26L_TARAS,
            "programme": "pamatizglītības programma", "hours_per_week": 30,
            "issued_on": "2025-02-17"}),
    "t26lang_estonian_opinion_translated.pdf": (
        t26lang_estonian_opinion_translated, "commission_opinion", {
            "opinion_no": "2025-EE-0471", "issued_on": "2025-01-21", "person_name": "Kaidi Tamm",
            "personal_code": T26L_KAIDI, "disability_group": "II", "valid_from": "2025-01-21",
            "valid_until": "2027-01-20", "limitations": ["mobility"],
            "assistant_needed": True}),
    "t26lang_branch_of_foreign_employer.pdf": (
        t26lang_branch_of_foreign_employer, "employer_certificate", {
            "employer_name": "Nordvik Marine AS Latvijas filiāle",
            "employer_reg_no": "40203561803", "person_name": "John Smith",
            "personal_code": T26L_JOHN, "position": "kuģu inženieris",
            "employed_since": "2022-08-01", "hours_per_week": 40, "issued_on": "2025-03-04"}),
    "t26lang_latvian_russian_columns.pdf": (
        t26lang_latvian_russian_columns, "activity_certificate", {
            "institution_name": "Biedrība Sadraudzības nams", "activity_kind": "ngo",
            "person_name": "Andrijs Bondarenko", "personal_code": T26L_ANDRIJS,
            "hours_per_week": 4, "issued_on": "2025-03-10"}),
    "t26lang_power_of_attorney_bilingual.pdf": (
        t26lang_power_of_attorney_bilingual, "representation_document", {
            "representative_name": "Sofija Kovaļenko",
            "representative_personal_code": T26L_SOFIJA, "person_name": "Olena Kovaļenko",
            "personal_code": T26L_OLENA, "basis": "pilnvara", "issued_on": "2025-03-05"}),
    "t26lang_timesheet_bilingual.pdf": (
        t26lang_timesheet_bilingual, "timesheet", {
            "month": "2025-02", "client_name": "Greta Bērziņa",
            "client_personal_code": T26L_GRETA, "assistant_name": "Edgars Vītols",
            "assistant_personal_code": T26L_EDGARS, "total_hours": 10}),
    "t26lang_german_activity_translated.pdf": (
        t26lang_german_activity_translated, "activity_certificate", {
            "activity_kind": "day_centre", "person_name": "Greta Bērziņa",
            "personal_code": T26L_GRETA, "hours_per_week": 12, "issued_on": "2025-01-14"}),
    "t26lang_social_worker_with_ukrainian_code.pdf": (
        t26lang_social_worker_with_ukrainian_code, "social_worker_opinion", {
            "person_name": "Olena Kovaļenko", "personal_code": T26L_OLENA,
            "category": "family_with_children", "hours_per_week": 6, "period_months": 6,
            "tasks": ["palīdzība saziņā ar izglītības iestādi", "budžeta plānošana"],
            "issued_on": "2025-03-04"}),
    "t26lang_english_hr_email.pdf": (t26lang_english_hr_email, "unknown", {}),
    "t26lang_russian_letter.pdf": (t26lang_russian_letter, "unknown", {}),
})


# --- round 26: terse, minimal paperwork (t26terse) ---------------------------------------------

T26_DAINA = personal_code("1408870311")
T26_JANIS = personal_code("2305090427")
T26_RUTA = personal_code("0911580163")
T26_EGONS = personal_code("1702670512")
T26_IVARS = personal_code("0604800288")
T26_MARKUSS = personal_code("2108140431")
T26_OSKARS = personal_code("3001890219")
T26_ANNA = personal_code("1203550346")
T26_LIGA = personal_code("0507920185")
T26_INESE = personal_code("1910860273")
T26_TOMS = personal_code("0802160356")
T26_KARINA = personal_code("2604010198")


def t26t_employer_slip_of_abbreviations(pdf: canvas.Canvas) -> None:
    """A firm's slip: the letterhead carries the firm, its number and address; four short
    lines of abbreviated labels ("Darbin.", "p.k.", "amats:", "d.v. no", "st./ned.") and a
    short date ("4.03.25.")."""
    _text(pdf, 50, 805, "SIA Kurzemes Dzirnavas", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 40103456782 · Dzirnavu iela 2, Kuldīga, LV-3301", 8)
    _text(pdf, 50, 750, "Izziņa Nr. 14", 11, bold=True)
    _lines(pdf, 50, 725, [
        f"Darbin.: Daina Krastiņa, p.k. {T26_DAINA}",
        "amats: grāmatvede; d.v. no 01.09.2019.; 40 st./ned.",
        "Kuldīgā, 4.03.25.            Valdes loc. A. Siliņš",
    ], size=10)


def t26t_school_two_lines_under_a_letterhead(pdf: canvas.Canvas) -> None:
    """A school's certificate of two lines: the name, code and class in one sentence, the
    hours as "st./ned." and the issue date as "izsn. 12.02.25."."""
    _text(pdf, 180, 805, "Jelgavas 4. vidusskola", 12, bold=True)
    _text(pdf, 150, 790, "Reģ. Nr. 4513900123 · Skolas iela 8, Jelgava, LV-3001", 8)
    _text(pdf, 270, 750, "IZZIŅA", 12, bold=True)
    _lines(pdf, 50, 720, [
        f"Jānis Ozols, p.k. {T26_JANIS}, mācās 9.b klasē (pamatizglītība), 32 st./ned.",
        "Izsn. 12.02.25. iesniegšanai soc. dienestā.        Direktore I. Kalve",
    ], size=10)


def t26t_day_centre_three_lines(pdf: canvas.Canvas) -> None:
    """A day centre's note: who attends, on which days and for how many hours a week, in
    three short lines with abbreviations (“apmekl.”, “P., T., C.”)."""
    _text(pdf, 50, 805, "Dienas centrs „Saulgrieži”", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 50008123456 · Parka iela 3, Tukums, LV-3101", 8)
    _text(pdf, 250, 750, "Apliecinājums", 12, bold=True)
    _lines(pdf, 50, 720, [
        f"Rūta Vilka (p.k. {T26_RUTA}) apmekl. dienas centru P., T., C. 9–13,",
        "kopā 12 st./ned.",
        "Tukumā, 18.02.25.        Vadītāja S. Roze",
    ], size=10)


def t26t_commission_decisive_lines(pdf: canvas.Canvas) -> None:
    """A commission opinion reduced to its decisive lines: number, person, group, period
    "no–līdz" with short dates, the assistant needed; no prose."""
    _text(pdf, 50, 805, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 90001234567 · Ziedoņa iela 1, Rīga, LV-1012", 8)
    _text(pdf, 50, 755, "ATZINUMS Nr. 11-0456/2025", 11, bold=True)
    _lines(pdf, 50, 725, [
        f"Pers.: Egons Zariņš, p.k. {T26_EGONS}",
        "Invaliditāte: II grupa; no–līdz: 10.03.25.–09.03.27.",
        "Ierobež.: pārvietošanās. Asistents: nepieciešams.",
        "Rīgā, 10.03.25.",
    ], size=10)


def t26t_orphan_court_extract(pdf: canvas.Canvas) -> None:
    """An orphan court's extract of two lines: guardian and ward by their roles, no prose."""
    _text(pdf, 50, 805, "Ogres novada bāriņtiesa", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 90000034567 · Brīvības iela 33, Ogre, LV-5001", 8)
    _text(pdf, 50, 755, "Izraksts no lēmuma Nr. 2-7/45", 11, bold=True)
    _lines(pdf, 50, 725, [
        f"Aizbildnis: Ivars Lapa, p.k. {T26_IVARS}",
        f"Aizbilstamais: Markuss Lapa, p.k. {T26_MARKUSS}",
        "Ogrē, 7.01.25.        Priekšsēdētāja V. Sniega",
    ], size=10)


def t26t_social_worker_bullets(pdf: canvas.Canvas) -> None:
    """A social worker's opinion as a few bullet points on the service's letterhead, no
    title: the client, the family's need, hours a week and months, what to help with."""
    _text(pdf, 50, 805, "Madonas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 90009876543 · Saieta laukums 1, Madona, LV-4801", 8)
    _lines(pdf, 50, 750, [
        f"Klients: Oskars Priede, p.k. {T26_OSKARS}",
        "• ģimene ar 3 bērniem, viens vecāks;",
        "• ģim. asistents 10 st./ned., 6 mēn.;",
        "• palīdzība: bērnu pavadīšana uz skolu, iepirkšanās.",
        "Soc. darbiniece L. Ābele, 3.02.25.",
    ], size=10)


def t26t_bare_grid_timesheet(pdf: canvas.Canvas) -> None:
    """A timesheet as a bare grid: a month heading, the client and the assistant by name,
    short dates "04.02." in the first column, numbers, a code per row, a one-line legend."""
    _text(pdf, 50, 805, "2025. g. februāris", 11, bold=True)
    _text(pdf, 50, 788, "Kl.: Anna Sproģe     Asist.: Dace Upmale", 10)
    _grid(pdf, 50, 770, [70, 60, 60, 50, 50], [
        ["dat.", "no", "līdz", "st.", "k."],
        ["04.02.", "9.00", "12.00", "3", "I"],
        ["06.02.", "10.00", "12.00", "2", "B"],
        ["11.02.", "9.00", "13.00", "4", "I"],
        ["", "", "", "9", ""],
    ])
    _text(pdf, 50, 650, "k.: I – iestādes, B – brīvais laiks", 8)


def t26t_email_application(pdf: canvas.Canvas) -> None:
    """An application as a short e-mail: a sender line, a subject, one paragraph asking for
    an assistant for work, the name, code and phone in the signature."""
    _lines(pdf, 50, 805, [
        "No: liga.kalna@inbox.lv",
        "Kam: soc.dienests@limbazi.lv",
        "Tēma: asistents",
        "Datums: 5.03.25. 08:14",
    ], size=9)
    _lines(pdf, 50, 740, [
        "Labdien! Lūdzu piešķirt man asistenta pakalpojumu nokļūšanai uz darbu, ~10 st./ned.",
        f"Līga Kalna, p.k. {T26_LIGA}, tel. 26 123 456",
    ], size=10)


def t26t_one_paragraph_family_application(pdf: canvas.Canvas) -> None:
    """A mother's application in one short paragraph for her son's family assistant, the
    son in the dative, "dz.v." for the address."""
    _lines(pdf, 300, 805, ["Cēsu novada Sociālajam dienestam",
                           f"Inese Liepa, p.k. {T26_INESE}"], size=10)
    _text(pdf, 240, 750, "Iesniegums", 12, bold=True)
    _lines(pdf, 50, 720, [
        f"Lūdzu piešķirt ģimenes asistentu manam dēlam Tomam Liepam, p.k. {T26_TOMS},",
        "dz.v. Lenču iela 4-2, Cēsis, LV-4101, skolai un ārstiem.",
        "Cēsīs, 20.01.25.        I. Liepa",
    ], size=10)


def t26t_college_student_slip(pdf: canvas.Canvas) -> None:
    """A college's slip: the student, the programme in quotes, the study end "līdz 06.2026"
    and contact hours as "kont. st. ned." in one line each."""
    _text(pdf, 50, 805, "Rīgas Valsts tehnikums", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 3341000123 · Kronvalda bulv. 1, Rīga, LV-1010", 8)
    _text(pdf, 50, 755, "IZZIŅA", 11, bold=True)
    _lines(pdf, 50, 725, [
        f"Karīna Zeltiņa, p.k. {T26_KARINA} – 2. kurss, prof. progr. „Datorsistēmas”,",
        "mācības līdz 30.06.2026., 36 st./ned.",
        "Rīgā, 14.01.25.",
    ], size=10)


def t26t_receipt(pdf: canvas.Canvas) -> None:
    """A shop's receipt: a short paper with a firm's number, a date and sums (no contract
    document at all)."""
    _text(pdf, 50, 805, "SIA Veselības Aptieka", 11, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 40003123458 · Rīgas iela 5, Valmiera, LV-4201", 8)
    _lines(pdf, 50, 755, [
        "Kvīts Nr. 004512   4.03.25. 10:12",
        "Ibuprofēns 200 mg  1 gb.  3,20",
        "Pārsējs            2 gb.  2,40",
        "Kopā EUR                  5,60",
        "Samaksāts ar karti",
    ], size=9)


def t26t_two_line_notice(pdf: canvas.Canvas) -> None:
    """A service's two-line notice: the office closed on a day, visits by appointment."""
    _text(pdf, 50, 805, "Alūksnes novada Sociālais dienests", 12, bold=True)
    _lines(pdf, 50, 760, [
        "Paziņojums: 14.03.25. dienests slēgts (darbinieku apmācības).",
        "Apmeklētājus pieņemam no 17.03., iepriekš piesakoties, tel. 64 321 987.",
    ], size=10)


def t26t_memo_about_timesheets(pdf: canvas.Canvas) -> None:
    """An internal memo asking assistants to hand in their hours: it names timesheets and
    hours but is none."""
    _lines(pdf, 50, 805, ["Memo", "Kam: asistentiem", "No: L. Ābele", "5.03.25."], size=10)
    _lines(pdf, 50, 730, [
        "Lūdzu līdz 10.03. iesniegt februāra stundu uzskaites lapas (st., datumi, paraksti).",
        "Bez klienta paraksta neņemam.",
    ], size=10)


CASES.update({
    "t26t_employer_slip_of_abbreviations.pdf": (
        t26t_employer_slip_of_abbreviations, "employer_certificate", {
            "employer_name": "SIA Kurzemes Dzirnavas", "employer_reg_no": "40103456782",
            "person_name": "Daina Krastiņa", "personal_code": T26_DAINA,
            "position": "grāmatvede", "employed_since": "2019-09-01", "hours_per_week": 40,
            "issued_on": "2025-03-04"}),
    "t26t_school_two_lines_under_a_letterhead.pdf": (
        t26t_school_two_lines_under_a_letterhead, "school_certificate", {
            "institution_name": "Jelgavas 4. vidusskola", "education_level": "general",
            "person_name": "Jānis Ozols", "personal_code": T26_JANIS, "hours_per_week": 32,
            "issued_on": "2025-02-12"}),
    "t26t_day_centre_three_lines.pdf": (
        t26t_day_centre_three_lines, "activity_certificate", {
            "institution_name": "Dienas centrs Saulgrieži", "activity_kind": "day_centre",
            "person_name": "Rūta Vilka", "personal_code": T26_RUTA, "hours_per_week": 12,
            "issued_on": "2025-02-18"}),
    "t26t_commission_decisive_lines.pdf": (
        t26t_commission_decisive_lines, "commission_opinion", {
            "opinion_no": "11-0456/2025", "issued_on": "2025-03-10",
            "person_name": "Egons Zariņš", "personal_code": T26_EGONS,
            "disability_group": "II", "valid_from": "2025-03-10", "valid_until": "2027-03-09",
            "limitations": ["mobility"], "assistant_needed": True}),
    "t26t_orphan_court_extract.pdf": (
        t26t_orphan_court_extract, "representation_document", {
            "representative_name": "Ivars Lapa", "representative_personal_code": T26_IVARS,
            "person_name": "Markuss Lapa", "personal_code": T26_MARKUSS,
            "issued_on": "2025-01-07"}),
    "t26t_social_worker_bullets.pdf": (
        t26t_social_worker_bullets, "social_worker_opinion", {
            "person_name": "Oskars Priede", "personal_code": T26_OSKARS,
            "category": "family_with_children", "hours_per_week": 10, "period_months": 6,
            "issued_on": "2025-02-03"}),
    "t26t_bare_grid_timesheet.pdf": (
        t26t_bare_grid_timesheet, "timesheet", {
            "month": "2025-02", "client_name": "Anna Sproģe", "assistant_name": "Dace Upmale",
            "total_hours": 9,
            "entries": [
                {"date": "2025-02-04", "start": "09:00", "end": "12:00", "hours": 3,
                 "activity": "institutions"},
                {"date": "2025-02-06", "start": "10:00", "end": "12:00", "hours": 2,
                 "activity": "leisure"},
                {"date": "2025-02-11", "start": "09:00", "end": "13:00", "hours": 4,
                 "activity": "institutions"}]}),
    "t26t_email_application.pdf": (
        t26t_email_application, "application", {
            "service": "assistant", "applicant_name": "Līga Kalna",
            "applicant_personal_code": T26_LIGA, "client_name": "Līga Kalna",
            "client_personal_code": T26_LIGA, "email": "liga.kalna@inbox.lv",
            "phone": "26123456", "activities": [{"kind": "work", "hours_per_week": 10}],
            "submitted_on": "2025-03-05"}),
    "t26t_one_paragraph_family_application.pdf": (
        t26t_one_paragraph_family_application, "application", {
            "service": "family_assistant", "applicant_name": "Inese Liepa",
            "applicant_personal_code": T26_INESE, "client_name": "Toms Liepa",
            "client_personal_code": T26_TOMS, "address": "Lenču iela 4-2, Cēsis, LV-4101",
            "submitted_on": "2025-01-20"}),
    "t26t_college_student_slip.pdf": (
        t26t_college_student_slip, "school_certificate", {
            "institution_name": "Rīgas Valsts tehnikums", "education_level": "vocational",
            "person_name": "Karīna Zeltiņa", "personal_code": T26_KARINA,
            "programme": "Datorsistēmas", "study_until": "2026-06-30", "hours_per_week": 36,
            "issued_on": "2025-01-14"}),
    "t26t_receipt.pdf": (t26t_receipt, "unknown", {}),
    "t26t_two_line_notice.pdf": (t26t_two_line_notice, "unknown", {}),
    "t26t_memo_about_timesheets.pdf": (t26t_memo_about_timesheets, "unknown", {}),
})


T26_GATIS = personal_code("1506780344")
T26_VITA = personal_code("2709840265")
T26_EDVINS = personal_code("0311500127")


def t26t_weekly_hours_under_a_month_heading(pdf: canvas.Canvas) -> None:
    """A bare grid with no times: short dates "03.03." under a month heading, hours and a
    letter code per row; the people in a line each; a one-line legend under the grid."""
    _text(pdf, 50, 805, "Marts 2025", 11, bold=True)
    _lines(pdf, 50, 785, ["Klients: Gatis Bērziņš", "Asistente: Vita Kalniņa"], size=10)
    _grid(pdf, 50, 750, [70, 50, 50], [
        ["dat.", "st.", "k."],
        ["03.03.", "2", "D"],
        ["05.03.", "3", "D"],
        ["10.03.", "2,5", "I"],
        ["12.03.", "2", "D"],
        ["kopā", "9,5", ""],
    ], height=18)
    _text(pdf, 50, 630, "D – darbs, I – iestādes", 8)


def t26t_ngo_membership_line(pdf: canvas.Canvas) -> None:
    """An association's note of one sentence: a member since a year, sessions twice a week
    of two hours ("nod. 2x ned. pa 2 st.")."""
    _text(pdf, 50, 805, "Biedrība „Sirds balss”", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 40008234561 · Lāčplēša iela 20, Valmiera, LV-4201", 8)
    _lines(pdf, 50, 750, [
        f"Apliecinām, ka Edvīns Krūze, p.k. {T26_EDVINS}, ir biedrības biedrs kopš 2022. g.",
        "un apmeklē nod. 2x ned. pa 2 st.",
        "Valmierā, 21.02.25.        Valdes pr. M. Egle",
    ], size=10)


def t26t_employer_one_sentence(pdf: canvas.Canvas) -> None:
    """A firm's certificate of one sentence: worker, code, since when, as what, part-time in
    hours a week; the date alone under it."""
    _text(pdf, 50, 805, "SIA Vidzemes Koks", 12, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 44103098765 · Meža iela 9, Smiltene, LV-4729", 8)
    _text(pdf, 260, 755, "IZZIŅA", 12, bold=True)
    _lines(pdf, 50, 725, [
        f"Gatis Bērziņš, p.k. {T26_GATIS}, strādā SIA Vidzemes Koks kopš 15.05.2023.",
        "par galdnieku, 20 st. ned.",
        "02.03.2025.",
    ], size=10)


CASES.update({
    "t26t_weekly_hours_under_a_month_heading.pdf": (
        t26t_weekly_hours_under_a_month_heading, "timesheet", {
            "month": "2025-03", "client_name": "Gatis Bērziņš", "assistant_name": "Vita Kalniņa",
            "total_hours": 9.5,
            "entries": [
                {"date": "2025-03-03", "start": None, "end": None, "hours": 2, "activity": "work"},
                {"date": "2025-03-05", "start": None, "end": None, "hours": 3, "activity": "work"},
                {"date": "2025-03-10", "start": None, "end": None, "hours": 2.5,
                 "activity": "institutions"},
                {"date": "2025-03-12", "start": None, "end": None, "hours": 2,
                 "activity": "work"}]}),
    "t26t_ngo_membership_line.pdf": (
        t26t_ngo_membership_line, "activity_certificate", {
            "institution_name": "Biedrība Sirds balss", "activity_kind": "ngo",
            "person_name": "Edvīns Krūze", "personal_code": T26_EDVINS, "hours_per_week": 4,
            "issued_on": "2025-02-21"}),
    "t26t_employer_one_sentence.pdf": (
        t26t_employer_one_sentence, "employer_certificate", {
            "employer_name": "SIA Vidzemes Koks", "employer_reg_no": "44103098765",
            "person_name": "Gatis Bērziņš", "personal_code": T26_GATIS,
            "employed_since": "2023-05-15", "hours_per_week": 20, "issued_on": "2025-03-02"}),
})


# --- round 27: paper out of other state systems and out of health care (t27state) ------------

T27S_ARNIS = personal_code("0807721318")
T27S_ZENTA = personal_code("2104571226")
T27S_OJARS = personal_code("1912481151")
T27S_VIKTORS = personal_code("0303661489")
T27S_SARMITE = personal_code("1710691241")
T27S_LIGITA = personal_code("2608851376")
T27S_ELVIS = personal_code("0511931293")
T27S_MAIJA = personal_code("1402801414")
T27S_ROBERTS = personal_code("0709122135")
T27S_DAIGA = personal_code("3001761362")
T27S_KRISTERS = personal_code("2506152128")
T27S_ILONA = personal_code("1108831447")
T27S_VALENTINS = personal_code("0404511195")
T27S_GAIDA = personal_code("2207621271")
T27S_RENARS = personal_code("1601991323")
T27S_AUSMA = personal_code("0902441168")
T27S_HELVIJS = personal_code("1305871359")


def _t27s_barcode(pdf: canvas.Canvas, x: float, y: float, value: str) -> None:
    """A printout's Code 128 bar code (bars only, no digits under them)."""
    from reportlab.graphics.barcode import code128

    code128.Code128(value, barHeight=28, barWidth=0.9).drawOn(pdf, x, y)


def _t27s_scan_bars(ink: Any, x: int, y: int, seed: str) -> None:
    """A bar code printed on a scanned page: bars of two widths from a seed's digits."""
    for ch in seed * 3:
        width = 4 + (ord(ch) % 3) * 3
        ink.rectangle((x, y, x + width, y + 110), fill=20)
        x += width + 5 + (ord(ch) % 2) * 4


def t27s_vdeavk_system_printout(pdf: canvas.Canvas) -> None:
    """A commission's opinion printed from its information system: a "Dati atlasīti" time
    stamp and the user above the title, a ruled table of system fields whose values carry
    classification codes ("II grupa (kods 02)", "d450–d469"), the name in capitals, the
    validity in two rows, a bar code and an "electronically prepared" footer."""
    _text(pdf, 50, 810, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 10, bold=True)
    _text(pdf, 50, 797, "Izdruka no VDEĀVK informācijas sistēmas", 8)
    _text(pdf, 360, 797, "Dati atlasīti: 17.03.2025 09:41:07", 8)
    _text(pdf, 360, 786, "Lietotājs: SD_TUKUMS_04", 8)
    _text(pdf, 160, 755, "ATZINUMS PAR INVALIDITĀTI", 13, bold=True)
    _grid(pdf, 50, 730, [190, 305], [
        ["Atzinuma Nr.", "A-2025/031187"],
        ["Atzinuma datums", "11.03.2025"],
        ["Vārds, uzvārds", "ARNIS KALNIŅŠ"],
        ["Personas kods", T27S_ARNIS],
        ["Ekspertīzes veids", "atkārtota (kods 2)"],
        ["Invaliditātes grupa", "II grupa (kods 02)"],
        ["Invaliditātes cēlonis", "vispārēja saslimšana (kods 01)"],
        ["Termiņš no", "14.03.2025"],
        ["Termiņš līdz", "13.03.2027"],
        ["Funkc. ierobežojumi", "pārvietošanās (d450–d469) – smagi"],
        ["Asistenta nepieciešamība", "ir nepieciešams (kods A1)"],
        ["Īpašas kopšanas nepieciešamība", "nav"],
    ], height=19, size=9)
    _t27s_barcode(pdf, 50, 440, "A2025031187")
    _text(pdf, 50, 420, "Dokuments sagatavots elektroniski un ir derīgs bez paraksta.", 8)
    _text(pdf, 480, 420, "Lapa 1 no 1", 8)


def t27s_vdeavk_scan_with_diagnosis_codes(pdf: canvas.Canvas) -> None:
    """A commission's opinion scanned: a case number that reads like a date ("Lietas Nr.
    12.03.2025-17"), a diagnosis code (ICD-10 "G35"), the period in one line, yes/no answers
    in capitals, a bar code in the corner."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((200, 200), "VESELĪBAS UN DARBSPĒJU EKSPERTĪZES ĀRSTU VALSTS KOMISIJA",
                 font=fonts["small"], fill=20)
        ink.text((200, 250), "Kurzemes reģionālā nodaļa · Liepāja", font=fonts["small"], fill=20)
        _t27s_scan_bars(ink, 1750, 330, "0421257745")
        ink.text((760, 520), "ATZINUMS Nr. 0421-25/7745", font=fonts["bold"], fill=20)
        rows = [
            "Lietas Nr. 12.03.2025-17",
            f"Persona: Zenta Priede, p.k. {T27S_ZENTA}",
            "Pamatdiagnoze (SSK-10): G35",
            "Invaliditāte: I grupa no 01.04.2025 līdz 31.03.2030",
            "Funkcionēšanas ierobežojumi: redze – ir; pārvietošanās – ir",
            "Asistents nepieciešams: JĀ",
            "Īpaša kopšana nepieciešama: NĒ",
        ]
        for at, text in enumerate(rows):
            ink.text((220, 700 + 95 * at), text, font=fonts["print"], fill=25)
        ink.text((220, 1500), "Liepājā, 28.03.2025.", font=fonts["print"], fill=25)
        ink.text((1300, 1500), "Komisijas vadītāja  I. Krūma", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


def t27s_rehabilitation_course(pdf: canvas.Canvas) -> None:
    """A rehabilitation centre certifies an outpatient course: a patient card number that
    reads like a date, the course's period, three days a week from-to (7.5 hours)."""
    _text(pdf, 50, 805, "SIA „Rehabilitācijas centrs Jūrmalas Priedes”", 13, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 40103551299 · Kāpu iela 12, Jūrmala, LV-2015 · "
          "ārstniecības iestādes kods 130000412", 8)
    _text(pdf, 250, 745, "IZZIŅA", 13, bold=True)
    _text(pdf, 50, 720, "Jūrmalā, 31.01.2025.", 10)
    _text(pdf, 360, 720, "Pacienta kartes Nr. 2025/0217", 10)
    _lines(pdf, 50, 690, [
        f"Apliecinām, ka pacients Ojārs Liepiņš, personas kods {T27S_OJARS}, no 2025. gada",
        "3. februāra līdz 28. martam apmeklē ambulatoro rehabilitācijas kursu (fizioterapija,",
        "ergoterapija) mūsu centrā pirmdienās, trešdienās un piektdienās no 10.00 līdz 12.30.",
        "Izziņa izsniegta iesniegšanai sociālajā dienestā.",
    ], size=10)
    _text(pdf, 50, 600, "Ārstniecības direktore  L. Kalve", 10)


def t27s_dialysis_schedule_scan(pdf: canvas.Canvas) -> None:
    """A hospital's dialysis unit, scanned: the unit's name under the hospital's, a table of
    the patient's sessions (three days, 7.00-11.30), the date at the foot."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((260, 200), "SIA „Daugavpils reģionālā slimnīca”", font=fonts["bold"], fill=20)
        ink.text((260, 270), "Hemodialīzes nodaļa · Vasarnīcu iela 20, Daugavpils",
                 font=fonts["small"], fill=25)
        ink.text((900, 450), "IZZIŅA", font=fonts["bold"], fill=20)
        ink.text((220, 600), f"Pacients: Viktors Greķis, p.k. {T27S_VIKTORS}",
                 font=fonts["print"], fill=25)
        ink.text((220, 690), "saņem hemodialīzes procedūras šādā grafikā:",
                 font=fonts["print"], fill=25)
        top = 800
        rows = [("Diena", "Laiks"), ("otrdiena", "7.00–11.30"), ("ceturtdiena", "7.00–11.30"),
                ("sestdiena", "7.00–11.30")]
        for at, (day, time) in enumerate(rows):
            y = top + at * 85
            ink.line((220, y, 1300, y), fill=40, width=3)
            ink.text((240, y + 20), day, font=fonts["print"], fill=25)
            ink.text((760, y + 20), time, font=fonts["print"], fill=25)
        ink.line((220, top + 4 * 85, 1300, top + 4 * 85), fill=40, width=3)
        for x in (220, 740, 1300):
            ink.line((x, top, x, top + 4 * 85), fill=40, width=3)
        ink.text((220, 1300), "Daugavpilī, 2025. gada 6. martā", font=fonts["print"], fill=25)
        ink.text((1300, 1300), "Nodaļas vadītājs  R. Ivanovs", font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


def t27s_day_stationary_schedule(pdf: canvas.Canvas) -> None:
    """A psychiatric hospital's day stationary prints a patient's schedule: patient fields in
    a table, a week's grid of days and times (three days, 9.00-14.00), a printout stamp."""
    _text(pdf, 50, 810, "VSIA „Piejūras psihiatriskā slimnīca”", 12, bold=True)
    _text(pdf, 50, 796, "Dienas stacionārs · Jūras iela 4, Ventspils, LV-3601", 8)
    _text(pdf, 400, 796, "Izdrukāts: 07.04.2025 13:55", 8)
    _text(pdf, 130, 760, "DIENAS STACIONĀRA APMEKLĒJUMA GRAFIKS", 12, bold=True)
    _grid(pdf, 50, 735, [150, 330], [
        ["Pacients", "Sarmīte Vecvagare"],
        ["Personas kods", T27S_SARMITE],
        ["Programma", "grupu psihoterapija, ergoterapija"],
        ["Periods", "07.04.2025–30.06.2025"],
    ], height=19, size=9)
    _grid(pdf, 50, 640, [120, 90, 90], [
        ["Diena", "No", "Līdz"],
        ["Pirmdiena", "9.00", "14.00"],
        ["Otrdiena", "9.00", "14.00"],
        ["Ceturtdiena", "9.00", "14.00"],
    ], height=19, size=9)
    _lines(pdf, 50, 540, [
        "Grafiks izsniegts pēc pacientes lūguma iesniegšanai sociālajā dienestā.",
        "Ventspilī, 07.04.2025.        Dienas stacionāra vadītāja  D. Sprūde",
    ], size=10)


def t27s_hospital_as_employer(pdf: canvas.Canvas) -> None:
    """A hospital certifies its nurse's work: the worker in the dative, the ward and an
    occupation code ("2221 01") after the position, part-time as a share and as hours."""
    _text(pdf, 50, 805, "SIA „Ziemeļkurzemes reģionālā slimnīca”", 13, bold=True)
    _text(pdf, 50, 790, "Reģ. Nr. 40103298765 · Inženieru iela 60, Ventspils, LV-3601", 8)
    _text(pdf, 50, 760, "Personāla daļa", 9)
    _text(pdf, 50, 745, "20.02.2025. Nr. 4-8/112", 9)
    _text(pdf, 250, 715, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 685, [
        f"Izsniegta Ligitai Ozolai, personas kods {T27S_LIGITA}, par to, ka viņa strādā",
        "SIA „Ziemeļkurzemes reģionālā slimnīca” Ķirurģijas nodaļā par medicīnas māsu",
        "(profesijas kods 2221 01) kopš 2018. gada 1. augusta. Darba laiks – 0,5 slodzes,",
        "20 stundas nedēļā.",
    ], size=10)
    _text(pdf, 50, 600, "Personāla daļas vadītāja  A. Jansone", 10)


def t27s_vid_employment_printout(pdf: canvas.Canvas) -> None:
    """A tax office's printout of a person's employment relations, brought to certify work:
    the person on top, a table of employers (one ended, one active) with their numbers,
    starts, ends and occupation, the selection's time stamp as the only date."""
    _text(pdf, 50, 810, "Valsts ieņēmumu dienests · Elektroniskās deklarēšanas sistēma", 9)
    _text(pdf, 50, 775, "ZIŅAS PAR DARBA ŅĒMĒJA DARBA ATTIECĪBĀM", 12, bold=True)
    _lines(pdf, 50, 750, [
        f"Darba ņēmējs: Elvis Kronbergs, personas kods {T27S_ELVIS}",
        "Dati atlasīti: 04.03.2025 15:02",
    ], size=9)
    _grid(pdf, 50, 715, [145, 80, 70, 70, 130], [
        ["Darba devējs", "Reģ. Nr.", "Sākums", "Beigas", "Profesija (kods)"],
        ["SIA Vecais Ceļš", "40003998877", "15.03.2019", "31.08.2022", "šoferis (8322 01)"],
        ["SIA Baltic Logistic Hub", "40203112233", "01.09.2022", "–",
         "noliktavas pārzinis (4321 01)"],
    ], height=19, size=7.5)
    _text(pdf, 50, 640, "Izdruka no EDS. Dokuments nav parakstāms.", 8)


def t27s_nva_status_certificate(pdf: canvas.Canvas) -> None:
    """An employment agency's certificate of unemployed status: a person, code, dates and
    an agency's branch, "izsniegta iesniegšanai sociālajā dienestā" — no work, no study."""
    _text(pdf, 50, 805, "Nodarbinātības valsts aģentūra", 12, bold=True)
    _text(pdf, 50, 790, "Cēsu filiāle · Raunas iela 2, Cēsis, LV-4101", 8)
    _text(pdf, 200, 750, "IZZIŅA Nr. 12-7/3341", 12, bold=True)
    _lines(pdf, 50, 720, [
        f"Izsniegta Gaidai Lūsei, personas kods {T27S_GAIDA}, par to, ka viņa ir reģistrēta",
        "Nodarbinātības valsts aģentūrā kā bezdarbniece no 2024. gada 12. novembra un",
        "piedalās aktīvās nodarbinātības pasākumā „Konkurētspējas paaugstināšana”.",
        "Izziņa izsniegta iesniegšanai pašvaldības sociālajā dienestā.",
        "Cēsīs, 2025. gada 3. februārī",
    ], size=10)
    _text(pdf, 50, 620, "Filiāles vadītāja  M. Roze", 10)


def t27s_latvija_lv_confirmation(pdf: canvas.Canvas) -> None:
    """The state portal's confirmation of a request sent through an e-service: a request
    number that reads like a date, the submission time, the mother and her son in label
    rows, the son's school hours; the print time at the foot."""
    _text(pdf, 50, 810, "Latvija.lv · Valsts pārvaldes pakalpojumu portāls", 9)
    _text(pdf, 50, 780, "Pieprasījums iesniegts", 13, bold=True)
    _lines(pdf, 50, 755, [
        "Pieprasījuma Nr.: 2025-02-11/0034871",
        "Iesniegts: 11.02.2025 20:47",
        "Iestāde: Limbažu novada Sociālais dienests",
        "Pakalpojums: Asistenta pakalpojums pašvaldībā",
        f"Iesniedzējs: Maija Zvaigzne, personas kods {T27S_MAIJA}",
        f"Persona, kurai nepieciešams pakalpojums: Roberts Zvaigzne, personas kods {T27S_ROBERTS}",
        "Deklarētā adrese: Jūras iela 21-5, Limbaži, LV-4001",
        "Tālrunis: 29 876 543",
        "E-pasts: maija.zvaigzne@gmail.com",
        "Aktivitāte: izglītības iestādes apmeklējums, 30 stundas nedēļā",
    ], size=9)
    _text(pdf, 50, 580, "Izdrukāts: 12.02.2025 08:15", 8)


def t27s_orphan_court_register_printout(pdf: canvas.Canvas) -> None:
    """An orphan court's decision printed from its register: a selection time stamp, the
    decision's fields in a table (registration number, date, a type code), the guardian and
    the child in rows of their own with their codes."""
    _text(pdf, 50, 810, "Bāriņtiesu informācijas sistēma · lēmuma izdruka", 9)
    _text(pdf, 380, 810, "Dati atlasīti 21.01.2025 10:03", 8)
    _text(pdf, 50, 780, "Smiltenes novada bāriņtiesa", 12, bold=True)
    _grid(pdf, 50, 755, [160, 330], [
        ["Lēmuma reģ. Nr.", "1-9/2025/14"],
        ["Lēmuma datums", "16.01.2025"],
        ["Lēmuma veids", "par aizbildņa iecelšanu (kods L07)"],
        ["Aizbildnis", f"Daiga Saulīte, p.k. {T27S_DAIGA}"],
        ["Bērns", f"Kristers Saulītis, p.k. {T27S_KRISTERS}"],
        ["Statuss", "stājies spēkā"],
    ], height=19, size=9)
    _text(pdf, 50, 610, "Izdruka sagatavota automātiski; lēmuma oriģināls glabājas lietā.", 8)


def t27s_application_with_system_data(pdf: canvas.Canvas) -> None:
    """A municipal application form whose clerk copied the commission's and the benefit
    office's data into a table ("dati atlasīti", an opinion number that reads like a date),
    then the applicant's own rows and her signature date."""
    _text(pdf, 300, 810, "Talsu novada Sociālajam dienestam", 10)
    _text(pdf, 200, 780, "IESNIEGUMS asistenta pakalpojuma saņemšanai", 11, bold=True)
    _lines(pdf, 50, 750, [
        f"Iesniedzējs: Ilona Bērziņa, personas kods {T27S_ILONA}",
        "Adrese: Lielā iela 17-3, Talsi, LV-3201",
        "Tālrunis: 26 451 209",
        "Lūdzu piešķirt man asistenta pakalpojumu darba vietas apmeklēšanai – 20 h nedēļā.",
    ], size=10)
    _text(pdf, 50, 680, "Aizpilda sociālā dienesta darbinieks (dati atlasīti 04.02.2025 11:40):", 8)
    _grid(pdf, 50, 668, [170, 320], [
        ["VDEĀVK atzinuma Nr.", "03.02.2025-114"],
        ["Invaliditātes grupa", "II (12.01.2025–11.01.2027)"],
        ["VSAA pabalsts par asistentu", "netiek saņemts"],
    ], height=18, size=8)
    _text(pdf, 50, 580, "Talsos, 2025. gada 4. februārī", 10)
    _text(pdf, 380, 580, "I. Bērziņa", 10)


def t27s_social_worker_opinion_from_system(pdf: canvas.Canvas) -> None:
    """A social worker's opinion printed from the social services' system: a case number
    that reads like a date, a target-group code before the category's words, the hours and
    months in one line, three tasks, the opinion's own date under a selection time stamp."""
    _text(pdf, 50, 810, "SPOLIS · Sociālās palīdzības administrēšanas sistēma", 8)
    _text(pdf, 380, 810, "Dati atlasīti 14.04.2025 16:22", 8)
    _text(pdf, 50, 785, "Bauskas novada Sociālais dienests", 12, bold=True)
    _text(pdf, 150, 755, "SOCIĀLĀ DARBINIEKA ATZINUMS", 12, bold=True)
    _lines(pdf, 50, 725, [
        "Klienta lietas Nr. 12.05-2025/0087",
        f"Klients: Valentīns Ceriņš, personas kods {T27S_VALENTINS}",
        "Mērķa grupa (kods MG03): persona ar garīga rakstura traucējumiem",
        "Ģimenes asistenta pakalpojums: 8 stundas nedēļā, 6 mēneši",
        "Uzdevumi:",
        "1. atbalsts ārsta apmeklējumos;",
        "2. zāļu lietošanas uzraudzība;",
        "3. sadzīves prasmju apguve.",
        "Atzinums sagatavots 15.04.2025.",
        "Sociālā darbiniece  E. Balode",
    ], size=10)


def t27s_vsaa_benefit_notice(pdf: canvas.Canvas) -> None:
    """The social insurance agency's decision granting the state benefit for an assistant:
    a person, code, group, period and sum; a state benefit, none of the contract's papers."""
    _text(pdf, 50, 810, "Valsts sociālās apdrošināšanas aģentūra", 12, bold=True)
    _text(pdf, 50, 795, "Lāčplēša iela 70a, Rīga, LV-1011 · www.vsaa.gov.lv", 8)
    _text(pdf, 50, 760, "LĒMUMS par pabalsta piešķiršanu", 12, bold=True)
    _text(pdf, 50, 742, "25.02.2025. Nr. 05-2/114477", 9)
    _lines(pdf, 50, 715, [
        f"Renārs Silkalns, personas kods {T27S_RENARS}, ar I invaliditātes grupu (redzes",
        "traucējumi) piešķirts pabalsts par asistenta izmantošanu no 01.03.2025. līdz",
        "28.02.2027., 213,43 EUR mēnesī.",
        "Lēmumu var apstrīdēt Labklājības ministrijā viena mēneša laikā.",
    ], size=10)
    _text(pdf, 50, 630, "Nodaļas vadītāja  K. Bērza", 10)


def t27s_eveseliba_prescription(pdf: canvas.Canvas) -> None:
    """A printout of an e-prescription from the health portal: a patient, code, medicine,
    doctor, dates and codes; no contract paper."""
    _text(pdf, 50, 810, "E-veselība · e-receptes izdruka", 9)
    _text(pdf, 50, 780, "RECEPTE Nr. 2503141177220", 12, bold=True)
    _lines(pdf, 50, 755, [
        f"Pacients: Ausma Grīnberga, p.k. {T27S_AUSMA}",
        "Zāles: Metformin 500 mg, tabletes N60",
        "Lietošana: 1 tablete 2 reizes dienā",
        "Kompensācijas kategorija: 75 %, diagnoze E11",
        "Izrakstīja: ģimenes ārsts Dr. P. Kļaviņš (ārsta ID 4410)",
        "Izrakstīšanas datums: 14.03.2025.    Derīga līdz: 13.04.2025.",
    ], size=10)


def t27s_discharge_summary_scan(pdf: canvas.Canvas) -> None:
    """A hospital's discharge summary scanned: a patient, code, stay, diagnoses and advice
    that names an assistant's help ("ieteicama asistenta palīdzība"): still no opinion."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((260, 200), "Rīgas 2. slimnīca · Neiroloģijas nodaļa", font=fonts["bold"], fill=20)
        ink.text((260, 360), "IZRAKSTS NO STACIONĀRA PACIENTA MEDICĪNISKĀS KARTES",
                 font=fonts["print"], fill=20)
        rows = [
            f"Pacients: Helvijs Dūmiņš, p.k. {T27S_HELVIJS}",
            "Stacionārā no 03.03.2025 līdz 17.03.2025",
            "Diagnoze: I63.5 išēmisks insults",
            "Ieteikumi: rehabilitācija; ieteicama asistenta palīdzība",
            "pārvietojoties; ģimenes ārsta kontrole pēc 2 nedēļām.",
        ]
        for at, text in enumerate(rows):
            ink.text((220, 520 + 90 * at), text, font=fonts["print"], fill=25)
        ink.text((220, 1100), "17.03.2025.   Ārstējošais ārsts  J. Sils",
                 font=fonts["print"], fill=25)
    _r13m_scanned_page(pdf, draw)


def t27s_pension_payment_notice(pdf: canvas.Canvas) -> None:
    """A pension payment notice: a person, code, a table of months and sums; no contract
    paper."""
    _text(pdf, 50, 810, "Valsts sociālās apdrošināšanas aģentūra", 11, bold=True)
    _text(pdf, 50, 780, "PAZIŅOJUMS par invaliditātes pensijas izmaksu", 12, bold=True)
    _lines(pdf, 50, 755, [
        f"Saņēmējs: Arnis Kalniņš, personas kods {T27S_ARNIS}",
        "Invaliditātes grupa: II; izmaksas veids: bankas konts LV**HABA****",
    ], size=9)
    _grid(pdf, 50, 720, [110, 110, 110], [
        ["Mēnesis", "Summa, EUR", "Izmaksāts"],
        ["2025. janvāris", "412,30", "15.01.2025"],
        ["2025. februāris", "412,30", "14.02.2025"],
        ["2025. marts", "412,30", "14.03.2025"],
    ], height=18, size=9)
    _text(pdf, 50, 630, "Paziņojums sagatavots 20.03.2025.", 9)


CASES.update({
    "t27s_vdeavk_system_printout.pdf": (
        t27s_vdeavk_system_printout, "commission_opinion", {
            "opinion_no": "A-2025/031187", "issued_on": "2025-03-11",
            "person_name": "Arnis Kalniņš", "personal_code": T27S_ARNIS,
            "disability_group": "II", "valid_from": "2025-03-14", "valid_until": "2027-03-13",
            "limitations": ["mobility"], "assistant_needed": True,
            "special_care_needed": False}),
    "t27s_vdeavk_scan_with_diagnosis_codes.pdf": (
        t27s_vdeavk_scan_with_diagnosis_codes, "commission_opinion", {
            "opinion_no": "0421-25/7745", "issued_on": "2025-03-28",
            "person_name": "Zenta Priede", "personal_code": T27S_ZENTA,
            "disability_group": "I", "valid_from": "2025-04-01", "valid_until": "2030-03-31",
            "limitations": ["vision", "mobility"], "assistant_needed": True,
            "special_care_needed": False}),
    "t27s_rehabilitation_course.pdf": (
        t27s_rehabilitation_course, "activity_certificate", {
            "institution_name": "SIA Rehabilitācijas centrs Jūrmalas Priedes",
            "activity_kind": "institutions", "person_name": "Ojārs Liepiņš",
            "personal_code": T27S_OJARS, "hours_per_week": 7.5, "issued_on": "2025-01-31"}),
    "t27s_dialysis_schedule_scan.pdf": (
        t27s_dialysis_schedule_scan, "activity_certificate", {
            "institution_name": "SIA Daugavpils reģionālā slimnīca",
            "activity_kind": "institutions", "person_name": "Viktors Greķis",
            "personal_code": T27S_VIKTORS, "hours_per_week": 13.5, "issued_on": "2025-03-06"}),
    "t27s_day_stationary_schedule.pdf": (
        t27s_day_stationary_schedule, "activity_certificate", {
            "institution_name": "VSIA Piejūras psihiatriskā slimnīca",
            "activity_kind": "institutions", "person_name": "Sarmīte Vecvagare",
            "personal_code": T27S_SARMITE, "hours_per_week": 15, "issued_on": "2025-04-07"}),
    "t27s_hospital_as_employer.pdf": (
        t27s_hospital_as_employer, "employer_certificate", {
            "employer_name": "SIA Ziemeļkurzemes reģionālā slimnīca",
            "employer_reg_no": "40103298765", "person_name": "Ligita Ozola",
            "personal_code": T27S_LIGITA, "position": "medicīnas māsa",
            "employed_since": "2018-08-01", "hours_per_week": 20, "issued_on": "2025-02-20"}),
    "t27s_vid_employment_printout.pdf": (
        t27s_vid_employment_printout, "employer_certificate", {
            "employer_name": "SIA Baltic Logistic Hub", "employer_reg_no": "40203112233",
            "person_name": "Elvis Kronbergs", "personal_code": T27S_ELVIS,
            "position": "noliktavas pārzinis", "employed_since": "2022-09-01",
            "hours_per_week": None, "issued_on": "2025-03-04"}),
    "t27s_nva_status_certificate.pdf": (t27s_nva_status_certificate, "unknown", {}),
    "t27s_latvija_lv_confirmation.pdf": (
        t27s_latvija_lv_confirmation, "application", {
            "service": "assistant", "applicant_name": "Maija Zvaigzne",
            "applicant_personal_code": T27S_MAIJA, "client_name": "Roberts Zvaigzne",
            "client_personal_code": T27S_ROBERTS,
            "address": "Jūras iela 21-5, Limbaži, LV-4001", "phone": "29876543",
            "email": "maija.zvaigzne@gmail.com",
            "activities": [{"kind": "education", "hours_per_week": 30}],
            "submitted_on": "2025-02-11"}),
    "t27s_orphan_court_register_printout.pdf": (
        t27s_orphan_court_register_printout, "representation_document", {
            "representative_name": "Daiga Saulīte", "representative_personal_code": T27S_DAIGA,
            "person_name": "Kristers Saulītis", "personal_code": T27S_KRISTERS,
            "issued_on": "2025-01-16"}),
    "t27s_application_with_system_data.pdf": (
        t27s_application_with_system_data, "application", {
            "service": "assistant", "applicant_name": "Ilona Bērziņa",
            "applicant_personal_code": T27S_ILONA, "client_name": "Ilona Bērziņa",
            "client_personal_code": T27S_ILONA, "address": "Lielā iela 17-3, Talsi, LV-3201",
            "phone": "26451209", "activities": [{"kind": "work", "hours_per_week": 20}],
            "receives_assistant_benefit": False, "submitted_on": "2025-02-04"}),
    "t27s_social_worker_opinion_from_system.pdf": (
        t27s_social_worker_opinion_from_system, "social_worker_opinion", {
            "person_name": "Valentīns Ceriņš", "personal_code": T27S_VALENTINS,
            "category": "mental_disorder", "hours_per_week": 8, "period_months": 6,
            "tasks": ["atbalsts ārsta apmeklējumos", "zāļu lietošanas uzraudzība",
                      "sadzīves prasmju apguve"],
            "issued_on": "2025-04-15"}),
    "t27s_vsaa_benefit_notice.pdf": (t27s_vsaa_benefit_notice, "unknown", {}),
    "t27s_eveseliba_prescription.pdf": (t27s_eveseliba_prescription, "unknown", {}),
    "t27s_discharge_summary_scan.pdf": (t27s_discharge_summary_scan, "unknown", {}),
    "t27s_pension_payment_notice.pdf": (t27s_pension_payment_notice, "unknown", {}),
})


# The second batch (t27s2_), invented after the first was read right: other systems' paper that
# names an employer, a guardian or an address without being ours, system field tables.

T27S_JUDITE = personal_code("1203791437")
T27S_EDGARS = personal_code("2811921266")
T27S_LOTE = personal_code("0601172148")
T27S_KASPARS = personal_code("1509052375")
T27S_INARA = personal_code("2402701294")
T27S_DACE = personal_code("0810831163")
T27S_JANA = personal_code("1707651448")


def t27s2_population_register_extract(pdf: canvas.Canvas) -> None:
    """The population register's extract of a person's declared address: the person, code,
    address and dates in label rows; no contract paper (no application, however much it
    names an address and a person)."""
    _text(pdf, 50, 810, "Pilsonības un migrācijas lietu pārvalde", 11, bold=True)
    _text(pdf, 50, 780, "IZZIŅA no Fizisko personu reģistra", 12, bold=True)
    _text(pdf, 50, 762, "par deklarēto dzīvesvietu", 10)
    _lines(pdf, 50, 735, [
        "Vārds, uzvārds: Judīte Rozenberga",
        f"Personas kods: {T27S_JUDITE}",
        "Deklarētā dzīvesvieta: Skolas iela 5-12, Saldus, LV-3801",
        "Deklarēta no: 14.06.2019",
        "Dati atlasīti: 03.03.2025 09:12",
    ], size=10)
    _text(pdf, 50, 640, "Izziņa sagatavota elektroniski un ir derīga bez paraksta.", 8)


def t27s2_sick_leave_printout(pdf: canvas.Canvas) -> None:
    """A health portal's printout of a sick-leave sheet: the patient, code, employer's name
    and number, the sheet's period and doctor; an employer named on the page, no employer's
    certificate."""
    _text(pdf, 50, 810, "E-veselība · darbnespējas lapas izdruka", 9)
    _text(pdf, 50, 780, "DARBNESPĒJAS LAPA B Nr. 2025-0047713", 12, bold=True)
    _grid(pdf, 50, 755, [170, 320], [
        ["Pacients", "Edgars Miezis"],
        ["Personas kods", T27S_EDGARS],
        ["Darba devējs", "SIA Kurzemes Ceļi"],
        ["Darba devēja reģ. Nr.", "40003221144"],
        ["Darbnespējas periods", "10.02.2025–21.02.2025"],
        ["Ārsts", "Dr. L. Sproģe (ārsta ID 3318)"],
    ], height=19, size=9)
    _text(pdf, 50, 620, "Izdrukāts 24.02.2025 11:06", 8)


def t27s2_child_opinion_system_printout(pdf: canvas.Canvas) -> None:
    """A commission's opinion on a child printed from its system: ISO dates, a category code
    ("bērns ar invaliditāti, kods B"), special care needed, no assistant, no limitations
    table; a time stamp of the selection later than the opinion."""
    _text(pdf, 50, 810, "VDEĀVK IS · atzinuma izdruka", 8)
    _text(pdf, 380, 810, "Dati atlasīti 2025-04-02 14:30", 8)
    _text(pdf, 50, 780, "Veselības un darbspēju ekspertīzes ārstu valsts komisija", 11, bold=True)
    _text(pdf, 50, 750, "ATZINUMS PAR INVALIDITĀTI (bērnam)", 12, bold=True)
    _grid(pdf, 50, 725, [200, 290], [
        ["Atzinuma numurs", "B-2025/00917"],
        ["Atzinuma datums", "2025-03-19"],
        ["Bērns", "LOTE AUZIŅA"],
        ["Personas kods", T27S_LOTE],
        ["Statuss", "bērns ar invaliditāti (kods B)"],
        ["Derīgs no", "2025-03-19"],
        ["Derīgs līdz", "2029-03-18"],
        ["Īpašas kopšanas nepieciešamība", "ir (kods K1)"],
        ["Asistenta pakalpojums", "nav nepieciešams"],
    ], height=19, size=9)
    _t27s_barcode(pdf, 50, 520, "B202500917")


def t27s2_social_worker_field_table(pdf: canvas.Canvas) -> None:
    """A social worker's opinion whose facts stand in the system's field table: field, field
    code and value in three columns (target group, hours, months), tasks in a list under it."""
    _text(pdf, 50, 810, "Dobeles novada Sociālais dienests", 12, bold=True)
    _text(pdf, 50, 780, "Sociālā darbinieka atzinums par ģimenes asistenta pakalpojumu", 11,
          bold=True)
    _text(pdf, 50, 760, "Lietas Nr. 2025/04-112   Dati atlasīti no SPOLIS 11.04.2025", 8)
    _grid(pdf, 50, 740, [170, 60, 260], [
        ["Lauks", "Kods", "Vērtība"],
        ["Klients", "KL", "Kaspars Strautiņš"],
        ["Personas kods", "PK", T27S_KASPARS],
        ["Mērķa grupa", "MG01", "jaunietis pēc ārpusģimenes aprūpes"],
        ["Stundas nedēļā", "ST", "10"],
        ["Termiņš, mēneši", "TM", "12"],
    ], height=19, size=9)
    _lines(pdf, 50, 600, [
        "Uzdevumi:",
        "– palīdzība dzīvokļa uzturēšanā;",
        "– budžeta plānošana;",
        "– atbalsts darba meklēšanā.",
        "Dobelē, 14.04.2025.        Sociālā darbiniece  R. Kalniņa",
    ], size=10)


def t27s2_rehab_day_stationary_every_workday(pdf: canvas.Canvas) -> None:
    """A rehabilitation hospital's day stationary certifies a course "katru darba dienu no
    9.00 līdz 13.00" (five days, 20 hours a week), its ward named under the hospital."""
    _text(pdf, 50, 805, "VSIA „Rehabilitācijas slimnīca Cērpji”", 13, bold=True)
    _text(pdf, 50, 790, "Dienas stacionārs · Parka iela 1, Cērpji, LV-3912", 8)
    _text(pdf, 250, 745, "IZZIŅA", 13, bold=True)
    _lines(pdf, 50, 715, [
        f"Pacientei Ināra Ozoliņa, personas kods {T27S_INARA}, no 2025. gada 5. maija līdz",
        "30. maijam tiek nodrošināta rehabilitācija dienas stacionārā katru darba dienu",
        "no 9.00 līdz 13.00.",
        "Cērpjos, 2025. gada 2. maijā",
        "Dienas stacionāra vadītāja  V. Lapiņa",
    ], size=10)


def t27s2_hospital_staff_table(pdf: canvas.Canvas) -> None:
    """A hospital's staff department prints an employee's record from its personnel system:
    a selection stamp over the paper's own date, a table of unit, position, load, hours and
    start."""
    _text(pdf, 50, 810, "SIA „Jēkabpils reģionālā slimnīca”", 12, bold=True)
    _text(pdf, 50, 795, "Reģ. Nr. 40003312255 · Rīgas iela 24, Jēkabpils, LV-5201", 8)
    _text(pdf, 50, 770, "Dati atlasīti no personāla sistēmas 12.03.2025 16:40", 7)
    _text(pdf, 220, 740, "IZZIŅA par darba attiecībām", 12, bold=True)
    _text(pdf, 50, 715, "Datums: 13.03.2025", 10)
    _text(pdf, 50, 698, f"Darbiniece: Dace Ābeltiņa, personas kods {T27S_DACE}", 10)
    _grid(pdf, 50, 680, [120, 120, 60, 80, 110], [
        ["Struktūrvienība", "Amats", "Slodze", "St. nedēļā", "Darba sākums"],
        ["Laboratorija", "laborante", "0,75", "30", "02.05.2016"],
    ], height=19, size=8.5)
    _text(pdf, 50, 600, "Personāla daļas vadītāja  S. Bite", 10)


def t27s2_portal_family_application_scan(pdf: canvas.Canvas) -> None:
    """A scanned print of a portal's confirmation of a family assistant request: a request
    number in date shape, the submission stamp, the applicant, her address and phone."""
    def draw(ink: Any, fonts: Any) -> None:
        ink.text((200, 180), "Latvija.lv · e-pakalpojuma pieteikuma apstiprinājums",
                 font=fonts["small"], fill=30)
        ink.text((200, 330), "Pieteikums nosūtīts", font=fonts["bold"], fill=20)
        rows = [
            "Pieteikuma Nr.: 2025-03-18/0051207",
            "Nosūtīts: 18.03.2025 07:52",
            "Adresāts: Preiļu novada Sociālais dienests",
            "Pakalpojums: ģimenes asistenta pakalpojums",
            f"Pieteicējs: Jana Vilcāne, personas kods {T27S_JANA}",
            "Adrese: Raiņa bulvāris 9-4, Preiļi, LV-5301",
            "Tālrunis: 27 334 810",
        ]
        for at, text in enumerate(rows):
            ink.text((220, 480 + 90 * at), text, font=fonts["print"], fill=25)
        ink.text((200, 1250), "Izdrukāts: 19.03.2025 10:03", font=fonts["small"], fill=30)
    _r13m_scanned_page(pdf, draw)


CASES.update({
    "t27s2_population_register_extract.pdf": (t27s2_population_register_extract, "unknown", {}),
    "t27s2_sick_leave_printout.pdf": (t27s2_sick_leave_printout, "unknown", {}),
    "t27s2_child_opinion_system_printout.pdf": (
        t27s2_child_opinion_system_printout, "commission_opinion", {
            "opinion_no": "B-2025/00917", "issued_on": "2025-03-19",
            "person_name": "Lote Auziņa", "personal_code": T27S_LOTE,
            "disability_group": "child", "valid_from": "2025-03-19", "valid_until": "2029-03-18",
            "limitations": [], "assistant_needed": False, "special_care_needed": True}),
    "t27s2_social_worker_field_table.pdf": (
        t27s2_social_worker_field_table, "social_worker_opinion", {
            "person_name": "Kaspars Strautiņš", "personal_code": T27S_KASPARS,
            "category": "care_leaver", "hours_per_week": 10, "period_months": 12,
            "tasks": ["palīdzība dzīvokļa uzturēšanā", "budžeta plānošana",
                      "atbalsts darba meklēšanā"],
            "issued_on": "2025-04-14"}),
    "t27s2_rehab_day_stationary_every_workday.pdf": (
        t27s2_rehab_day_stationary_every_workday, "activity_certificate", {
            "institution_name": "VSIA Rehabilitācijas slimnīca Cērpji",
            "activity_kind": "institutions", "person_name": "Ināra Ozoliņa",
            "personal_code": T27S_INARA, "hours_per_week": 20, "issued_on": "2025-05-02"}),
    "t27s2_hospital_staff_table.pdf": (
        t27s2_hospital_staff_table, "employer_certificate", {
            "employer_name": "SIA Jēkabpils reģionālā slimnīca",
            "employer_reg_no": "40003312255", "person_name": "Dace Ābeltiņa",
            "personal_code": T27S_DACE, "position": "laborante",
            "employed_since": "2016-05-02", "hours_per_week": 30, "issued_on": "2025-03-13"}),
    "t27s2_portal_family_application_scan.pdf": (
        t27s2_portal_family_application_scan, "application", {
            "service": "family_assistant", "applicant_name": "Jana Vilcāne",
            "applicant_personal_code": T27S_JANA, "client_name": "Jana Vilcāne",
            "client_personal_code": T27S_JANA, "address": "Raiņa bulvāris 9-4, Preiļi, LV-5301",
            "phone": "27334810", "activities": [], "submitted_on": "2025-03-18"}),
})
