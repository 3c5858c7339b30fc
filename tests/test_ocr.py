"""Scanned pages: the triage of text layers, Latvian OCR into words in points, images and limits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from asistents.extract import ocr
from asistents.extract.document import Page, Word
from asistents.extract.images import read_image
from asistents.extract.scan_triage import page_needs_ocr, text_layer_problem
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from asistents.errors import InputFileError, MissingDependencyError

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
DPI = 300
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

LINES = [
    "IZZIŅA Nr. 2026/114",
    "Izziņa izsniegta Jānim Bērziņam, personas kods 120715-20014,",
    "Ģimenes ārsta ķirurģiskā nodaļa; ļoti čakla šūšana,",
    "ūdens, žurnāls, ņemot, ēdiens, īss. E-pasts: janis.berzins@example.lv",
]


def scan(lines: list[str], *, size: tuple[int, int] = (1800, 700)) -> Image.Image:
    """A grey, slightly noisy 300 dpi scan of a few lines of text (a third of an A4 page)."""
    image = Image.new("L", size, 232)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    for i, line in enumerate(lines):
        draw.text((150, 120 + i * 110), line, font=font, fill=30)
    for i in range(0, size[0] * size[1], 997):  # a deterministic sprinkle of specks
        image.putpixel((i % size[0], (i // size[0]) % size[1]), 120)
    return image.filter(ImageFilter.GaussianBlur(0.5))


def text_of(page: Page) -> str:
    return " ".join(w.text for w in page.words)


# ---------------------------------------------------------------- triage (no OCR)


def words(texts: list[str]) -> list[Word]:
    return [Word(t, 50 + 40 * i, 100, 80 + 40 * i, 112) for i, t in enumerate(texts)]


def test_a_page_without_words_needs_ocr() -> None:
    assert page_needs_ocr(Page(0, 595, 842, []))


def test_a_page_of_cid_codes_needs_ocr() -> None:
    page = Page(0, 595, 842, words(["(cid:12)(cid:7)(cid:44)"] * 30))
    assert page_needs_ocr(page)
    assert "cid" in (text_layer_problem(page) or "")


def test_a_page_with_a_page_number_only_needs_ocr() -> None:
    assert page_needs_ocr(Page(0, 595, 842, words(["1/2"])))


def test_a_page_of_symbols_needs_ocr() -> None:
    assert page_needs_ocr(Page(0, 595, 842, words(["•¤§", "¶¦", "©®±", "¬¯°", "²³´µ", "·¸¹"] * 5)))


def test_a_scanned_page_with_a_thin_text_overlay_needs_ocr() -> None:
    page = Page(0, 595, 842, words(["Skenēts", "2026-11-03", "ar", "Canon", "DR-C225", "II"]))
    assert text_layer_problem(page, image_coverage=0.95) is not None
    assert text_layer_problem(page, image_coverage=0.0) is None


def test_a_digital_page_keeps_its_text_layer() -> None:
    page = Page(0, 595, 842, words(LINES[1].split() + LINES[2].split()))
    assert not page_needs_ocr(page)


# ---------------------------------------------------------------- OCR


@needs_tesseract
@pytest.mark.ocr
def test_latvian_diacritics_survive_ocr() -> None:
    page = ocr.ocr_image(scan(LINES), dpi=DPI)
    text = text_of(page)
    for letter in "āčēģīķļņšūž":
        assert letter in text, f"{letter} lost in: {text}"
    assert "Ģimenes" in text and "Bērziņam," in text
    assert "janis.berzins@example.lv" in text  # lav alone reads "@" as "(" or "G"
    assert page.source == "ocr"
    assert all(0.0 <= w.confidence <= 1.0 for w in page.words)


@needs_tesseract
@pytest.mark.ocr
def test_ocr_words_are_in_points_and_share_their_line() -> None:
    page = ocr.ocr_image(scan(LINES), dpi=DPI)
    assert page.width == pytest.approx(1800 * 72 / DPI)
    assert page.height == pytest.approx(700 * 72 / DPI)
    first = page.words[0]
    assert first.text == "IZZIŅA"
    # Drawn at x = 150 px, y = 120 px at 300 dpi: 36 pt from the left, ~29 pt from the top.
    assert first.x0 == pytest.approx(36, abs=3)
    assert first.top == pytest.approx(120 * 72 / DPI + 2, abs=4)
    second_line = [w for w in page.words if w.top > first.bottom + 5]
    same_line = [w for w in second_line if w.top == second_line[0].top]
    assert [w.text for w in same_line][:3] == ["Izziņa", "izsniegta", "Jānim"]


@needs_tesseract
@pytest.mark.ocr
def test_a_skewed_page_gives_the_boxes_of_the_level_page() -> None:
    level = ocr.ocr_page_image(scan(LINES), dpi=DPI)
    skewed = ocr.ocr_page_image(
        scan(LINES).rotate(-1.5, resample=Image.Resampling.BICUBIC, fillcolor=232), dpi=DPI
    )
    assert skewed.skew == pytest.approx(1.5, abs=0.2)
    assert text_of(skewed.page) == text_of(level.page)
    for before, after in zip(level.page.words, skewed.page.words, strict=True):
        assert after.x0 == pytest.approx(before.x0, abs=2)
        assert after.top == pytest.approx(before.top, abs=2)


@needs_tesseract
@pytest.mark.ocr
def test_an_upside_down_page_comes_upright() -> None:
    result = ocr.ocr_page_image(scan(LINES).rotate(180), dpi=DPI)
    assert result.rotation == 180
    text = text_of(result.page)
    assert text.startswith("IZZIŅA Nr.")
    assert "120715-20014" in text
    # Boxes are those of the upright page: the title is at the top left again.
    assert result.page.words[0].top < 60
    assert result.page.words[0].x0 < 60


@needs_tesseract
@pytest.mark.ocr
def test_a_page_on_its_side_comes_upright() -> None:
    result = ocr.ocr_page_image(scan(LINES).rotate(90, expand=True), dpi=DPI)
    assert result.rotation == 90
    assert text_of(result.page).startswith("IZZIŅA Nr.")
    assert result.page.width == pytest.approx(1800 * 72 / DPI)


@needs_tesseract
@pytest.mark.ocr
def test_a_doubtful_digit_in_a_personal_code_lowers_its_confidence() -> None:
    font = ImageFont.truetype(str(FONT), 46)

    def code_line(blurred_digit: bool) -> Image.Image:
        image = Image.new("L", (1400, 160), 250)
        draw = ImageDraw.Draw(image)
        prefix = "Personas kods: 120715-"
        draw.text((60, 50), prefix, font=font, fill=20)
        x = draw.textbbox((60, 50), prefix, font=font)[2]
        glyph = Image.new("L", (24, 100), 250)
        ImageDraw.Draw(glyph).text((0, 0), "2", font=font, fill=20)
        if blurred_digit:  # a coffee stain or a fold across one digit
            glyph = glyph.filter(ImageFilter.GaussianBlur(4))
        image.paste(glyph, (int(x), 50))
        draw.text((x + draw.textlength("2", font=font), 50), "0014", font=font, fill=20)
        return image

    def code_word(page: Page) -> Word:
        return next(w for w in page.words if w.text.startswith("120715"))

    clean = code_word(ocr.ocr_image(code_line(False), dpi=DPI))
    doubtful = code_word(ocr.ocr_image(code_line(True), dpi=DPI))
    assert clean.text == "120715-20014"
    assert doubtful.confidence < clean.confidence - 0.05


@needs_tesseract
@pytest.mark.ocr
def test_tick_boxes_come_out_as_box_characters() -> None:
    image = Image.new("L", (1400, 260), 240)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    draw.text(
        (60, 40), "Vai saņemat valsts pabalstu par asistenta izmantošanu?", font=font, fill=30
    )
    x = 60
    for answer, ticked in (("Jā", False), ("Nē", True)):
        draw.rectangle((x, 150, x + 34, 184), outline=20, width=3)
        if ticked:
            draw.line((x + 7, 157, x + 27, 177), fill=20, width=3)
            draw.line((x + 27, 157, x + 7, 177), fill=20, width=3)
        draw.text((x + 48, 138), answer, font=font, fill=30)
        x += 220
    text = text_of(ocr.ocr_image(image, dpi=DPI))
    assert "☐ Jā" in text
    assert "☒ Nē" in text


@needs_tesseract
@pytest.mark.ocr
def test_an_image_only_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    from asistents.extract.reading import read_document

    pdf = tmp_path / "scan.pdf"
    scan(LINES).save(pdf, resolution=float(DPI))
    document = read_document(pdf)
    assert document.text_source == "ocr"
    assert [p.source for p in document.pages] == ["ocr"]
    assert "Jānim" in text_of(document.pages[0])
    assert document.pages[0].width == pytest.approx(1800 * 72 / DPI, abs=1)


# ---------------------------------------------------------------- images and limits (no OCR)


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 10000), 1).save(bomb)  # 200 Mpx of white, a few kB on disk
    with pytest.raises(InputFileError, match=r"image too large to process safely: 200 Mpx"):
        read_image(bomb)


def test_an_image_over_the_pixel_cap_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "poster.png"
    Image.new("L", (9000, 8000), 255).save(big)  # 72 Mpx: under Pillow's guard, over ours
    with pytest.raises(InputFileError, match="too large"):
        read_image(big)


def test_a_file_that_is_not_an_image_is_one_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "scan.jpg"
    fake.write_text("not a picture")
    with pytest.raises(InputFileError, match="not an image") as caught:
        read_image(fake)
    assert "scan.jpg" in caught.value.one_line()


def test_a_pdf_page_too_large_to_render_is_refused_before_rendering(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=14400, height=14400)  # 200 x 200 inches
    pdf = tmp_path / "huge.pdf"
    with pdf.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputFileError, match="too large to render safely"):
        ocr.render_pdf_page(pdf, 0)


def test_missing_tesseract_is_a_dependency_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    ocr.tesseract_command.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match="tesseract"):
            ocr.ocr_image(Image.new("L", (100, 100), 255), dpi=DPI)
    finally:
        ocr.tesseract_command.cache_clear()


# ---------------------------------------------------------------- searchable copy


@needs_tesseract
@pytest.mark.ocr
def test_a_searchable_copy_adds_text_and_leaves_the_original_alone(tmp_path: Path) -> None:
    import hashlib

    from asistents.extract.searchable_archive import write_searchable_copy
    from pypdf import PdfReader

    source = tmp_path / "in" / "scan.pdf"
    source.parent.mkdir()
    scan(LINES).rotate(180).save(source, resolution=float(DPI))  # filed upside down
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    copy = write_searchable_copy(source, tmp_path / "archive")
    assert copy == tmp_path / "archive" / "scan.pdf"
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    pages = PdfReader(copy).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "Jānim Bērziņam" in text
    assert "Ģimenes" in text


def test_only_scanned_files_that_were_read_get_a_searchable_copy(tmp_path: Path) -> None:
    from asistents.extract.searchable_archive import archive_if_scanned

    source = tmp_path / "letter.pdf"
    source.write_bytes(b"%PDF-1.4")
    digital = {"file": str(source), "text_source": "text", "error": None}
    failed = {"file": str(source), "text_source": "ocr", "error": "broken PDF"}
    assert archive_if_scanned(source, digital, tmp_path / "archive") is None
    assert archive_if_scanned(source, failed, tmp_path / "archive") is None
    assert not (tmp_path / "archive").exists()


@needs_tesseract
@pytest.mark.ocr
def test_extract_archive_writes_searchable_copies_of_scans_only(tmp_path: Path) -> None:
    from click.testing import CliRunner
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from asistents.cli import cli

    scan_pdf = tmp_path / "scan.pdf"
    scan(LINES).save(scan_pdf, resolution=float(DPI))
    digital = tmp_path / "letter.pdf"
    page = canvas.Canvas(str(digital))
    page.drawString(72, 760, "A digital letter with a text layer of its own, nothing to OCR.")
    page.save()
    archive = tmp_path / "archive"
    result = CliRunner().invoke(
        cli, ["extract", "--archive", str(archive), str(scan_pdf), str(digital)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in archive.iterdir()) == ["scan.pdf"]
    assert "Jānim" in PdfReader(archive / "scan.pdf").pages[0].extract_text()


# ---------------------------------------------------------------- libtesseract in the process


@needs_tesseract
@pytest.mark.ocr
def test_the_in_process_reading_is_the_commands_byte_for_byte(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The page, a block, one line, an e-mail crop in `eng` and a digit line with its whitelist:
    each TSV libtesseract gives is the one `tesseract ... tsv` prints (check mode runs both and
    raises on a difference), the same API reused across calls and languages."""
    from asistents.extract import tess_api

    # Where the command is installed its library is too (Debian's tesseract-ocr depends on
    # libtesseract5): a library that does not load is the slow path taken silently, a failure.
    assert tess_api.in_process_tsv(Image.new("L", (60, 30), 255), dpi=DPI, language="lav",
                                   psm=7) is not None, "libtesseract could not be loaded"
    log = tmp_path / "check.log"
    monkeypatch.setenv(tess_api.MODE_ENV, "check")
    monkeypatch.setenv(tess_api.MODE_ENV + "_LOG", str(log))
    page = scan(LINES)
    line = page.crop((130, 200, 1700, 300))
    assert ocr.recognise_lines(page, dpi=DPI)
    assert ocr.recognise_lines(page, dpi=DPI, psm="6")
    assert ocr.read_one_line(line, dpi=DPI)
    ocr.read_tsv(page.crop((130, 420, 1700, 520)), dpi=DPI, language="eng", psm="7")
    assert ocr.read_digit_line(line, "lav", 1.0, True, dpi=DPI)
    assert ocr.read_one_line(line, dpi=DPI)  # the same API again, after the whitelist's
    checks = log.read_text(encoding="utf-8").splitlines()
    assert len(checks) == 6 and all(c.startswith("same ") for c in checks)


@needs_tesseract
@pytest.mark.ocr
def test_the_command_still_reads_when_the_library_is_not_used(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from asistents.extract import tess_api

    line = scan(LINES).crop((130, 200, 1700, 300))
    words = ocr.read_one_line(line, dpi=DPI)
    monkeypatch.setenv(tess_api.MODE_ENV, "cli")
    assert tess_api.in_process_tsv(line, dpi=DPI, language="lav", psm=7) is None
    assert ocr.read_one_line(line, dpi=DPI) == words


def test_r25hs_a_tall_word_read_well_does_not_stretch_its_line() -> None:
    """A code read again from a crop with the rule under it stands twice as tall as its line's
    words ("080765-14726," 86 px on a line of 40): read well or not, it does not set the
    line's top and bottom, or a line a little askew reaches the one under it and the two are
    read as one line, their words interleaved."""
    line = [("Izsniegta", (244, 658, 477, 700), 0.91), ("Edgaram", (511, 654, 693, 697), 0.93),
            ("pers.k.", (972, 644, 1144, 689), 0.91),
            ("080765-14726,", (1187, 639, 1516, 735), 0.82), ("par", (1563, 641, 1637, 678), 0.97)]
    words = ocr.place_words([line], dpi=300, page_number=0)
    assert max(w.bottom for w in words) < 700 * 72 / 300 + 0.01


def test_a_short_lines_or_a_hands_tall_words_still_set_its_height() -> None:
    """The rule above needs a line of several words with one tall word: a fax's date line
    measured by its asterisk ("* 23.02.2026,") and a hand's values re-read from their crop
    beside a printed label ("Vārds, uzvārds Ansis Zvirbulis") keep their words' height, or
    the date and the name fall off their lines."""
    fax = [("*", (100, 500, 112, 507), 0.6), ("23.02.2026,", (130, 480, 400, 517), 0.93)]
    words = ocr.place_words([fax], dpi=300, page_number=0)
    assert min(w.top for w in words) <= 480 * 72 / 300 + 0.01
    hand = [("Vārds,", (100, 520, 240, 558), 0.95), ("uzvārds", (250, 520, 420, 558), 0.95),
            ("Ansis", (600, 470, 760, 574), 0.6), ("Zvirbulis", (780, 470, 1100, 574), 0.6),
            ("...", (1120, 540, 1160, 558), 0.9)]
    words = ocr.place_words([hand], dpi=300, page_number=0)
    assert max(w.bottom for w in words) >= 574 * 72 / 300 - 0.01
