"""The bad-input catalogue (`../shared/bad-inputs.md`) as small synthetic files, built on demand.

`build_catalogue(folder)` writes one file (or a few) per applicable row and returns, per row, the
files it wrote. Most are a few hundred bytes of hand-made PDF; the bombs are generated here (a
100 MB stream of zeros inflates from ~100 KB) so nothing large is committed. Every file name
carries a personal-code-shaped run (glued to `_` or letters, with or without the dash), so any
name printed unmasked shows up in the tests' scan of stderr and the log.

The people are invented; their codes pass the stdnum checksum.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from stdnum.lv import pvn

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def personal_code(body: str) -> str:
    """A valid old-format code from its first ten digits."""
    code = body + pvn.calc_check_digit_pers(body)
    assert pvn.is_valid(code), code
    return f"{code[:6]}-{code[6:]}"


def new_format_code(body: str) -> str:
    """A valid new-format code (32...) from its first ten digits."""
    assert body.startswith("32")
    code = body + pvn.calc_check_digit_pers(body)
    assert pvn.is_valid(code), code
    return f"{code[:6]}-{code[6:]}"


ZIGFRIDS = personal_code("1204881234")  # in the documents
IRMA = personal_code("2309751456")  # in the file names
ANNA = personal_code("0502921234")
NEW_FORMAT = new_format_code("3212345678")
NAME = "Zigfrīds Ozoliņš"
DIAGNOSIS = "epilepsija"  # a word that must never reach a log
# File-name forms of a code: glued to "_", to letters, without its dash.
IRMA_DIGITS = IRMA.replace("-", "")
CODE_SHAPES = (IRMA, IRMA_DIGITS, NEW_FORMAT, ZIGFRIDS, ZIGFRIDS.replace("-", ""))


# --------------------------------------------------------------------------------------------
# Hand-made PDFs


def raw_pdf(objects: list[str | tuple[str, bytes]], *, root: int = 1, trailer: str = "") -> bytes:
    """A PDF of numbered objects (1, 2, ...): a string is a dictionary, a (dict, data) pair a
    stream (its /Length is added). A correct xref table follows."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        if isinstance(obj, tuple):
            head, data = obj
            if "/Length" not in head:
                head = head.rstrip()[:-2] + f" /Length {len(data)} >>"
            out += f"{number} 0 obj\n{head}\nstream\n".encode() + data + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R {trailer}>>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# A name and a diagnosis in the page text: neither may ever reach a log line.
TEXT = b"BT /F1 12 Tf 72 720 Td (Iesniegums: Zigfrids Ozolins, diagnoze epilepsija) Tj ET"
HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page(content: bytes = TEXT, *, page_extra: str = "", catalog_extra: str = "",
             resources: str = "/Font << /F1 4 0 R >>", more: list | None = None) -> bytes:
    """Catalog 1, pages 2, page 3, font 4, content 5, then `more` objects (6, 7, ...)."""
    return raw_pdf([
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra}>>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        f"/Resources << {resources} >> {page_extra}>>",
        HELVETICA,
        ("<< >>", content),
        *(more or []),
    ])


# --------------------------------------------------------------------------------------------
# Documents with Latvian text (reportlab, DejaVu embedded)


def letter_lines(code: str = ZIGFRIDS, name: str = NAME) -> list[str]:
    return [
        "SIA „Rīgas Ceplis”",
        "Reģ. Nr. 40003123453, Ceļa iela 3, Rīga, LV-1001",
        "Rīgā, 2025. gada 3. martā",
        "IZZIŅA",
        f"SIA „Rīgas Ceplis” apliecina, ka {name}, personas kods {code}, kopš",
        "2019. gada 1. aprīļa ir nodarbināts uzņēmumā kā mūrnieks. Viņa",
        "nolīgtais darba laiks ir 40 stundas nedēļā.",
        "Valdes loceklis  J. Liepa",
    ]


def letter_pdf(lines: list[str] | None = None, *, compress: bool = True) -> bytes:
    """An employer's certificate as a digital PDF (text layer in DejaVu Sans)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # A name of our own: other builders register "DejaVuSans" with its bold face together.
    if "BadInputsSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BadInputsSans", str(FONT)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True, pageCompression=int(compress))
    pdf.setFont("BadInputsSans", 13)
    for i, line in enumerate(lines or letter_lines()):
        pdf.drawString(60, 780 - 24 * i, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def with_pypdf(data: bytes, change: Callable[..., None]) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def broken_tounicode(data: bytes) -> bytes:
    """The letter with its fonts' ToUnicode maps pointing every glyph at a wrong letter: it
    renders right, its text layer decodes to consonant soup (a real-world broken export)."""
    from pypdf.generic import DecodedStreamObject, NameObject

    def change(writer: object) -> None:
        for page in writer.pages:  # type: ignore[attr-defined]
            fonts = page["/Resources"]["/Font"]
            for key in list(fonts):
                font = fonts[key].get_object()
                if "/ToUnicode" not in font:
                    continue
                cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
                garbled = DecodedStreamObject()
                garbled.set_data(_garble_cmap(cmap).encode("latin-1"))
                font[NameObject("/ToUnicode")] = writer._add_object(garbled)  # type: ignore[attr-defined]

    return with_pypdf(data, change)


def _garble_cmap(cmap: str) -> str:
    consonants = "ZXQWKJVHGTRPSDFBNMLC"

    def swap(match: re.Match[str]) -> str:
        code = int(match.group(2), 16)
        return f"{match.group(1)}<{ord(consonants[code % len(consonants)]):04X}>"

    # Every destination of a bfchar line becomes a consonant: no vowel survives.
    return re.sub(r"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>", swap, cmap)


# --------------------------------------------------------------------------------------------
# Pictures


def text_image(lines: list[str], *, dpi: int = 200, size: tuple[float, float] = (5.8, 4.1),
               blank: bool = False) -> Image.Image:
    """A greyscale page (inches) with the lines drawn at ~12 pt."""
    width, height = round(size[0] * dpi), round(size[1] * dpi)
    image = Image.new("L", (width, height), 255)
    if not blank:
        draw = ImageDraw.Draw(image)
        font = ImageFont.truetype(str(FONT), round(12 * dpi / 72))
        for i, line in enumerate(lines):
            draw.text((round(0.4 * dpi), round((0.4 + 0.3 * i) * dpi)), line, font=font, fill=0)
    return image


def image_bytes(image: Image.Image, kind: str, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=kind, dpi=(dpi, dpi), resolution=dpi)
    return buffer.getvalue()


def bomb_png(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height pixels, a few dozen bytes long."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", "<w:document>Iesniegums</w:document>")
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# The rows


@dataclass(frozen=True)
class Row:
    """One catalogue row's files (names relative to the folder) and what a user must see."""

    number: str
    files: tuple[str, ...]


def _name(row: str, label: str, suffix: str, shape: int = 0) -> str:
    """A file name with a code-shaped run in one of several forms."""
    forms = (
        f"{IRMA}_{label}",  # "010101-12345_iesniegums"
        f"x{IRMA_DIGITS}y_{label}",  # glued to letters, no dash
        f"{label}_{NEW_FORMAT}",
    )
    return f"r{row}_{forms[shape % len(forms)]}{suffix}"


def _flate_bomb(megabytes: int) -> bytes:
    return zlib.compress(b"\x00" * (megabytes * 1024 * 1024), 9)


def _run_length_bomb(megabytes: int) -> bytes:
    # Each two bytes (257-128, 0) write 128 zeros.
    return b"\x81\x00" * (megabytes * 1024 * 1024 // 128) + b"\x80"


def build_catalogue(folder: Path) -> dict[str, Row]:
    """Write every applicable row's files into `folder`; {row number: Row}."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, Row] = {}

    def put(row: str, label: str, suffix: str, data: bytes, shape: int = 0) -> str:
        name = _name(row, label, suffix, shape)
        (folder / name).write_bytes(data)
        rows[row] = Row(row, (*rows[row].files, name) if row in rows else (name,))
        return name

    letter = letter_pdf()
    put("01", "tukss", ".pdf", b"")
    put("02a", "vards", ".pdf", docx_bytes())
    put("02b", "lapa", ".pdf", b"<!DOCTYPE html><html><body>Iesniegums</body></html>", 1)
    put("02c", "foto", ".pdf", image_bytes(text_image(letter_lines()), "JPEG", 200), 2)
    put("02d", "arhivs", ".pdf", zip_bytes(
        {"pirmais.pdf": letter, "otrais.pdf": one_page()}, stored=True))
    put("03", "bojats", ".pdf", b"%PDF-1.7\n" + bytes(range(256)) * 3, 1)
    put("04", "nogriezts", ".pdf", letter[: len(letter) * 6 // 10])
    good = one_page()
    no_startxref = good[: good.rindex(b"startxref")] + b"%%EOF\n"
    wrong_offsets = re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", no_startxref)
    put("05", "bez_xref", ".pdf", wrong_offsets, 2)
    put("06", "cilpa_prev", ".pdf", _circular_prev(good))
    put("07", "lapu_cilpa", ".pdf", raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]), 1)
    put("08", "satura_cilpa", ".pdf", one_page(
        catalog_extra="/Outlines 6 0 R",
        more=["<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
              "<< /Title (A) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R >>"]))
    put("09", "pats_sevi", ".pdf", one_page(
        TEXT + b" /X1 Do",
        resources="/Font << /F1 4 0 R >> /XObject << /X1 6 0 R >>",
        more=[("<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] "
               "/Resources << /XObject << /X1 6 0 R >> >> >>", b"/X1 Do")]), 2)
    put("10", "dzili", ".pdf", one_page(
        catalog_extra="/Deep " + "[" * 10000 + "]" * 10000 + " "))
    put("11", "flate_bumba", ".pdf", one_page(
        more=[("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Filter /FlateDecode >>",
               _flate_bomb(48))],
        resources="/Font << /F1 4 0 R >> /XObject << /B 6 0 R >>"), 1)
    put("12", "ligzdota_bumba", ".pdf", one_page(
        more=[("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] "
               "/Filter [/FlateDecode /FlateDecode /FlateDecode] >>",
               zlib.compress(zlib.compress(_flate_bomb(64), 9), 9))],
        resources="/Font << /F1 4 0 R >> /XObject << /B 6 0 R >>"), 2)
    put("13", "runlength_bumba", ".pdf", raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        ("<< /Filter [/FlateDecode /RunLengthDecode] >>",
         zlib.compress(_run_length_bomb(40), 9)),
    ]))
    put("14", "garums", ".pdf", one_page().replace(
        f"/Length {len(TEXT)}".encode(), b"/Length 99999999999"), 1)
    put("15", "bez_ei", ".pdf", one_page(
        TEXT + b"\nBI /W 10 /H 10 /CS /G /BPC 8 ID " + b"\x00" * 300), 2)
    put("16", "xmp", ".pdf", one_page(
        catalog_extra="/Metadata 6 0 R",
        more=[("<< /Type /Metadata /Subtype /XML >>", _entity_bomb())]))
    put("17", "5000_lapas", ".pdf", _many_pages(5000), 1)
    put("18", "plakats", ".pdf", raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200000 200000] /Contents 4 0 R >>",
        ("<< >>", b"0 0 m 100 100 l S"),
    ]), 2)
    put("19", "milzu_attels", ".pdf", one_page(
        b"q 612 0 0 792 0 0 cm /Im0 Do Q",
        resources="/XObject << /Im0 6 0 R >>",
        more=[("<< /Type /XObject /Subtype /Image /Width 40000 /Height 40000 "
               "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>",
               zlib.compress(b"\xff" * 4096))]))
    put("19", "bumba", ".png", bomb_png(50000, 50000), 1)
    a4_2400 = (19843, 28063)
    put("20", "2400dpi", ".pdf", one_page(
        b"q 595 0 0 842 0 0 cm /Im0 Do Q",
        resources="/XObject << /Im0 6 0 R >>",
        more=[(f"<< /Type /XObject /Subtype /Image /Width {a4_2400[0]} /Height {a4_2400[1]} "
               "/ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] "
               "/Filter /FlateDecode >>",
               zlib.compress(b"\x00" * ((a4_2400[0] + 7) // 8 * 400), 9))]), 2)
    put("20", "1200dpi", ".png", image_bytes(
        text_image(letter_lines()[3:6], dpi=1200, size=(6.0, 1.2)), "PNG", 1200))
    put("21", "ipasnieka_parole", ".pdf", with_pypdf(
        letter, lambda w: w.encrypt(user_password="", owner_password="saimnieks",
                                    algorithm="AES-128")), 1)
    put("22", "parole", ".pdf", with_pypdf(
        letter, lambda w: w.encrypt(user_password="slepens", algorithm="AES-256")), 2)
    put("24", "javascript", ".pdf", with_pypdf(letter, _javascript))
    put("25", "palaist", ".pdf", with_pypdf(letter, _launch_and_submit), 1)
    put("26", "pielikums", ".pdf", with_pypdf(letter, _attachments), 2)
    put("27", "xfa", ".pdf", _xfa())
    put("28", "veidlapa", ".pdf", _acroform_without_appearances(), 1)
    put("29", "tukss_skenejums", ".pdf", _image_pdf(text_image([], dpi=100, blank=True)), 2)
    put("30", "sabojats_fonts", ".pdf", broken_tounicode(letter_pdf()))
    put("31", "burts_kodā", ".pdf", letter_pdf(
        letter_lines(code=ZIGFRIDS[:2] + "O" + ZIGFRIDS[3:])), 1)
    bad_check = ZIGFRIDS[:-1] + str((int(ZIGFRIDS[-1]) + 1) % 10)
    put("31", "kontrolcipars", ".pdf", letter_pdf(letter_lines(code=bad_check)), 2)
    put("32", "jauns_kods", ".pdf", letter_pdf(letter_lines(code=NEW_FORMAT)))
    signed_otherwise = [*letter_lines()[:-1], "Valdes priekšsēdētājs  K. Bērzs"]
    put("32", "vecs_kods", ".pdf", letter_pdf(signed_otherwise), 1)
    put("40", "slip", ".zip", zip_bytes({"../../evil.pdf": letter}))
    put("40", "bumba", ".zip", zip_bytes({"nulles.pdf": b"\x00" * (8 * 1024 * 1024)}), 1)
    put("40", "daudz", ".zip", zip_bytes({f"f{i}.pdf": b"x" for i in range(10000)}), 2)
    put("40", "saite", ".zip", _symlink_zip(), 0)
    put("40", "parklajas", ".zip", _overlapping_zip(letter), 1)
    twice = letter_pdf(letter_lines(code=ANNA, name="Anna Liepa"))
    put("42", "pirmais", ".pdf", twice, 2)
    put("42", "otrreiz", ".pdf", twice, 0)
    return rows


def _circular_prev(pdf: bytes) -> bytes:
    """An update section whose /Prev points at itself."""
    start = len(pdf)
    update = (
        f"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {start} >>\n"
        f"startxref\n{start}\n%%EOF\n"
    ).encode()
    return pdf + update


def _entity_bomb() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE x [{entities}]>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&a9;</dc:title>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def _many_pages(count: int) -> bytes:
    kids = " ".join(f"{i + 3} 0 R" for i in range(count))
    objects: list[str | tuple[str, bytes]] = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>",
    ]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * count
    return raw_pdf(objects)


def _javascript(writer: object) -> None:
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({  # type: ignore[attr-defined]
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('x');"),
    })
    page = writer.pages[0]  # type: ignore[attr-defined]
    page[NameObject("/AA")] = DictionaryObject({
        NameObject("/O"): DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.launchURL('http://example.invalid');"),
        })
    })


def _launch_and_submit(writer: object) -> None:
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({  # type: ignore[attr-defined]
        NameObject("/S"): NameObject("/Launch"),
        NameObject("/F"): TextStringObject("/bin/sh"),
    })
    link = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (0, 0, 50, 50)]),
        NameObject("/A"): DictionaryObject({
            NameObject("/S"): NameObject("/SubmitForm"),
            NameObject("/F"): TextStringObject("http://example.invalid/submit"),
        }),
    })
    page = writer.pages[0]  # type: ignore[attr-defined]
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])  # type: ignore[attr-defined]


def _attachments(writer: object) -> None:
    writer.add_attachment("../../etc/cron.d/asistents-test", b"* * * * * root true\n")  # type: ignore[attr-defined]
    writer.add_attachment("CON.pdf", b"%PDF-1.4 attached")  # type: ignore[attr-defined]


def _xfa() -> bytes:
    placeholder = (
        b"BT /F1 11 Tf 72 720 Td (Please wait... If this message is not eventually replaced "
        b"by the proper contents of the document, your PDF viewer may not be able to display "
        b"this type of document.) Tj ET"
    )
    template = b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template/></xdp:xdp>'
    return one_page(
        placeholder,
        catalog_extra="/AcroForm << /Fields [] /XFA 6 0 R >> /NeedsRendering true",
        more=[("<< >>", template)],
    )


def _acroform_without_appearances() -> bytes:
    field = (
        "<< /FT /Tx /T (vards) /V (Zigfrids Ozolins) /Rect [72 600 300 620] "
        "/Type /Annot /Subtype /Widget /P 3 0 R >>"
    )
    return raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /NeedAppearances true >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        "/Resources << /Font << /F1 4 0 R >> >> /Annots [6 0 R] >>",
        HELVETICA,
        ("<< >>", b"BT /F1 12 Tf 72 650 Td (Vards, uzvards:) Tj ET"),
        field,
    ])


def _image_pdf(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=100)
    return buffer.getvalue()


def _symlink_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("saite.pdf")
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _overlapping_zip(member: bytes) -> bytes:
    """Two central-directory entries for one local file: the second overlaps the first."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.pdf", member)
    data = buffer.getvalue()
    eocd = data.rindex(b"PK\x05\x06")
    central = data.index(b"PK\x01\x02")
    entry = data[central:eocd]
    second = entry.replace(b"a.pdf", b"b.pdf")
    new_central = entry + second
    tail = bytearray(data[eocd:])
    struct.pack_into("<HHII", tail, 8, 2, 2, len(new_central), central)
    return data[:central] + new_central + bytes(tail)


__all__ = [
    "CODE_SHAPES",
    "DIAGNOSIS",
    "IRMA",
    "NAME",
    "NEW_FORMAT",
    "ZIGFRIDS",
    "Row",
    "build_catalogue",
    "letter_lines",
    "letter_pdf",
    "raw_pdf",
]
