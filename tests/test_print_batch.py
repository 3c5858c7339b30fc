"""`asistents print`: one print-ready PDF, a cover list, every document on an odd page."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from asistents.forms.timesheet_form import PAGE_SIZE, timesheet_layout
from asistents.generate.fillable_pdf import fill_form
from asistents.generate.fonts import register_reportlab_fonts
from asistents.generate.print_batch import counted
from asistents.generate.timesheet import timesheet_pdf
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from timesheet_cases import CLIENT_CODE, CLIENT_NAME, GRANT, blank, case_with_grant, crop, ink

from asistents.cli import cli
from asistents.store import Store


def document(path: Path, name: str, pages: int, title: str | None = None) -> Path:
    """A PDF whose page N says '<name> lapa N' (and carries `title` as its metadata title)."""
    regular, _ = register_reportlab_fonts()
    pdf = canvas.Canvas(str(path), initialFontName=regular)
    if title:
        pdf.setTitle(title)
    for number in range(1, pages + 1):
        pdf.setFont(regular, 14)
        pdf.drawString(72, 760, f"{name} lapa {number}")
        pdf.drawString(72, 740, "Lēmums Nr. SD/2021/7" if name == "Lēmums" else "")
        pdf.showPage()
    pdf.save()
    return path


def page_texts(pdf: Path) -> list[str]:
    return [(page.extract_text() or "").strip() for page in PdfReader(pdf).pages]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    return [document(tmp_path / "viena.pdf", "Viena", 1, title="Paziņojums"),
            document(tmp_path / "lemums.pdf", "Lēmums", 3),
            document(tmp_path / "divas.pdf", "Divas", 2)]


def test_each_document_starts_on_an_odd_page_after_the_cover(
    inputs: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "druka" / "batch.pdf"
    code, stdout, stderr = run("print", *map(str, inputs), "--out", str(out))
    assert code == 0, stderr
    texts = page_texts(out)
    # cover, blank | Viena 1, blank | Lēmums 1-3, blank | Divas 1-2
    assert len(texts) == 10
    assert texts[0].startswith("Drukas pakete") and texts[1] == ""
    assert texts[2].startswith("Viena lapa 1") and texts[3] == ""
    assert [t.split("\n")[0] for t in texts[4:7]] == ["Lēmums lapa 1", "Lēmums lapa 2",
                                                       "Lēmums lapa 3"]
    assert texts[7] == ""
    assert texts[8:] == ["Divas lapa 1", "Divas lapa 2"]
    assert "3 documents, 10 pages (cover 1, 3 blank" in stdout
    assert not [p for p in out.parent.iterdir() if p != out]  # no temporary file left
    assert PdfReader(out).viewer_preferences["/Duplex"] == "/DuplexFlipLongEdge"


def test_the_cover_lists_title_number_and_pages_in_embedded_fonts(
    inputs: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "batch.pdf"
    assert run("print", *map(str, inputs), "--out", str(out))[0] == 0
    cover = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(out), "-"],
                           capture_output=True, text=True, check=True).stdout
    rows = [" ".join(line.split()) for line in cover.splitlines()]
    assert any(r.startswith("1. Paziņojums") and r.endswith("3 1") for r in rows), rows
    assert any(r.startswith("2. Lēmums lapa 1") and "SD/2021/7 5–7 3" in r for r in rows), rows
    assert any(r.startswith("3. Divas lapa 1") and r.endswith("9–10 2") for r in rows), rows
    assert "Kopā: 3 dokumenti, 10 lapas, tajā skaitā satura rādītājs un 3 tukšas lapas" in \
        " ".join(rows)
    assert "paraksta katru dokumentu atsevišķi" in " ".join(rows)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts


def test_unreadable_inputs_are_named_one_line_each_and_the_rest_is_batched(
    inputs: list[Path], tmp_path: Path
) -> None:
    docx = tmp_path / "lemums.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    encrypted = tmp_path / "slepens.pdf"
    writer = PdfWriter(clone_from=PdfReader(inputs[0]))
    writer.encrypt("parole")
    writer.write(encrypted)
    (tmp_path / "tukss.pdf").write_bytes(b"")
    (tmp_path / "vestule.pdf").write_text("Labdien!", encoding="utf-8")
    truncated = tmp_path / "bojats.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R")
    bad = [docx, encrypted, tmp_path / "tukss.pdf", tmp_path / "vestule.pdf", truncated,
           tmp_path / "nav.pdf"]
    out = tmp_path / "batch.pdf"
    code, _, stderr = run("print", str(inputs[0]), *map(str, bad), str(inputs[2]),
                          "--out", str(out))
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines, strict=True):
        assert line.startswith(f"asistents: {path}: ")
    assert "convert it to PDF first" in lines[0]
    assert "encrypted" in lines[1]
    assert "empty" in lines[2] and "not a PDF" in lines[3]
    assert "broken PDF" in lines[4] and "not found" in lines[5]
    texts = page_texts(out)
    assert len(texts) == 2 + 2 + 2  # cover and blank, Viena and blank, Divas
    cover = texts[0]
    assert "Neiekļautie faili" in cover and "lemums.docx: DOCX fails" in cover


def test_nothing_readable_writes_nothing_and_fails(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_text("nav PDF", encoding="utf-8")
    out = tmp_path / "batch.pdf"
    out.write_bytes(b"yesterday's batch")
    code, _, stderr = run("print", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"),
                          "--out", str(out))
    assert code == 4
    assert "nothing written" in stderr
    assert out.read_bytes() == b"yesterday's batch"


def test_the_register_names_addressee_and_number_of_an_issued_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'asistents.db'}"
    case_id = case_with_grant(url, grant=None)
    decision_pdf = document(tmp_path / "lemums_SD-2021-1.pdf", "Lēmums", 2,
                            title="Lēmums par asistenta pakalpojuma piešķiršanu")
    with Store(url) as store:
        number = store.reserve_decision_number(case_id=case_id, client_code=CLIENT_CODE,
                                               service="assistant", year=2021, prefix="SD/")
        store.issue_decision(number, GRANT, issued_on=date(2021, 4, 20),
                             files=[f"out/{decision_pdf.name}"])
    monkeypatch.chdir(tmp_path)  # asistents.db here: read without --db
    out = tmp_path / "batch.pdf"
    code, _, stderr = run("print", str(decision_pdf), "--out", str(out))
    assert code == 0, stderr
    cover = " ".join(page_texts(out)[0].split())
    assert f"Lēmums par asistenta pakalpojuma piešķiršanu {CLIENT_NAME} SD/2021/1" in cover
    with Store(url) as store:
        assert store.audit_log(case_id=case_id)[-1]["action"] == "printed"


def test_a_filled_timesheet_keeps_its_values_visible_in_the_batch(tmp_path: Path) -> None:
    form = timesheet_pdf(blank(), tmp_path / "uzskaite.pdf")
    filled = tmp_path / "aizpildita.pdf"
    fill_form(form, {"vieta_4": "Ģimenes ārsta prakse", "no_4": "09:00"}, filled)
    out = tmp_path / "batch.pdf"
    assert run("print", str(filled), "--out", str(out))[0] == 0
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "3", "-l", "3", "-singlefile",
                    str(out), str(tmp_path / "p3")], check=True)
    from PIL import Image

    page = Image.open(tmp_path / "p3.png")
    rect = timesheet_layout(blank()).field_named("vieta_4").rect
    assert ink(crop(page, rect, 100, PAGE_SIZE[1])) > 100
    # Our own PDFs tell the cover whose they are and under which decision.
    cover = " ".join(page_texts(out)[0].split())
    assert f"Asistenta pakalpojuma uzskaites veidlapa, 2021. gada maijs {CLIENT_NAME} " \
           "SD/2021/17 3 1" in cover


def test_latvian_counts_agree_with_their_number() -> None:
    assert [counted(n, "lapa", "lapas") for n in (1, 2, 11, 21, 0)] == [
        "1 lapa", "2 lapas", "11 lapas", "21 lapa", "0 lapas"]


def test_an_unwritable_batch_is_one_line(inputs: list[Path], tmp_path: Path) -> None:
    (tmp_path / "druka").write_text("a file where the folder should be", encoding="utf-8")
    code, _, stderr = run("print", str(inputs[0]), "--out", str(tmp_path / "druka" / "b.pdf"))
    assert code == 4
    assert "cannot write" in stderr and len(stderr.strip().splitlines()) == 1
