"""The fillable timesheet PDF: values visible as poppler draws them, still fillable, read back."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from asistents.extract.api import extract_file
from asistents.forms.timesheet_form import PAGE_SIZE, timesheet_layout
from asistents.generate.fillable_pdf import fill_form
from asistents.generate.timesheet import timesheet_pdf
from pypdf import PdfReader, PdfWriter
from timesheet_cases import (
    ASSISTANT_CODE,
    ASSISTANT_NAME,
    CLIENT_CODE,
    CLIENT_NAME,
    blank,
    crop,
    differing,
    ink,
    render_page,
)

DPI = 110
LATVIAN = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
BASE = "acegiklnsuzACEGIKLNSUZ"  # the same letters without their marks


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return timesheet_pdf(blank(), tmp_path_factory.mktemp("form") / "uzskaite.pdf")


def fields(pdf: Path) -> dict[str, dict]:
    return {name: spec for name, spec in (PdfReader(pdf).get_fields() or {}).items()}


def test_prefilled_values_are_stored_and_the_header_is_locked(form: Path) -> None:
    found = fields(form)
    values = {name: spec.get("/V") for name, spec in found.items() if spec.get("/V")}
    assert values["klients"] == CLIENT_NAME
    assert values["klienta_pk"] == CLIENT_CODE
    assert values["asistents"] == ASSISTANT_NAME
    assert values["asistenta_pk"] == ASSISTANT_CODE
    assert values["menesis"] == "2021. gada maijs"
    assert (values["pieskirts_work"], values["pieskirts_leisure"],
            values["pieskirts_kopa"]) == ("20", "2", "22")
    assert values["datums_1"] == "01.05.2021." and values["datums_31"] == "31.05.2021."
    assert "datums_32" in found and "datums_32" not in values  # a spare row, left blank
    for name in ("klients", "klienta_pk", "menesis", "pieskirts_work"):
        assert int(found[name].get("/Ff", 0)) & 1, f"{name} should be read-only"
    for name in ("no_3", "stundas_3", "aktivitate_3", "kopa", "datums_3"):
        assert not int(found[name].get("/Ff", 0)) & 1, f"{name} should be fillable"
    # The activity is a choice of the granted ones, in Latvian.
    assert list(found["aktivitate_1"]["/_States_"]) == ["", "darbs", "brīvais laiks"]
    assert found["asistenta_paraksts"]["/FT"] == "/Sig"
    # Viewers show the appearance streams written here, not their own.
    need = PdfReader(form).trailer["/Root"]["/AcroForm"].get("/NeedAppearances")
    assert need is None or need.value is False


def test_every_font_is_embedded(form: Path) -> None:
    report = subprocess.run(["pdffonts", str(form)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert report, "the form draws text"
    assert all(line.split()[-5] == "yes" for line in report), report


def test_prefilled_latvian_letters_are_drawn_as_poppler_renders_them(
    form: Path, tmp_path: Path
) -> None:
    # The same form with the marks taken off. With a font that lacks them (Helvetica) ī ņ Ģ Ķ ē
    # come out blank: less ink than the plain letters. Here nothing is lost and the marks show.
    plain = timesheet_pdf(blank(client_name="Elina Zarina", assistant_name="Girts Kenins"),
                          tmp_path / "plain.pdf")
    layout = timesheet_layout(blank())
    dpi = 200
    marked_page = render_page(form, dpi, tmp_path)
    plain_page = render_page(plain, dpi, tmp_path)
    for name in ("klients", "asistents"):
        rect = layout.field_named(name).rect
        marked = crop(marked_page, rect, dpi, PAGE_SIZE[1])
        bare = crop(plain_page, rect, dpi, PAGE_SIZE[1])
        assert ink(bare) > 40, f"{name}: the value is drawn at all"
        assert ink(marked) >= ink(bare), (name, ink(marked), ink(bare))
        assert differing(marked, bare) > 10, f"{name}: the marks are drawn"


def test_the_prefilled_name_reads_back_from_the_image_with_latvian_ocr(
    form: Path, tmp_path: Path
) -> None:
    rect = timesheet_layout(blank()).field_named("klients").rect
    image = crop(render_page(form, 300, tmp_path), rect, 300, PAGE_SIZE[1])
    image.save(tmp_path / "klients.png")
    text = subprocess.run(["tesseract", str(tmp_path / "klients.png"), "-", "-l", "lav",
                           "--psm", "7"], capture_output=True, text=True, check=True).stdout
    assert text.strip() == CLIENT_NAME


def test_each_latvian_letter_is_drawn_in_a_filled_field(form: Path, tmp_path: Path) -> None:
    # Row N: a marked letter in the place column, its base letter in the "from" column.
    values = {}
    for index, (marked, bare) in enumerate(zip(LATVIAN, BASE, strict=True), start=1):
        values[f"vieta_{index}"] = marked * 3
        values[f"no_{index}"] = bare * 3
    filled = tmp_path / "letters.pdf"
    fill_form(form, values, filled)
    page = render_page(filled, DPI, tmp_path)
    layout = timesheet_layout(blank())
    for index, (marked, bare) in enumerate(zip(LATVIAN, BASE, strict=True), start=1):
        marked_ink = ink(crop(page, layout.field_named(f"vieta_{index}").rect, DPI,
                              PAGE_SIZE[1]))
        bare_ink = ink(crop(page, layout.field_named(f"no_{index}").rect, DPI, PAGE_SIZE[1]))
        assert bare_ink > 5, f"{bare} drawn"
        # A letter drawn blank has no ink; the marked one has its base's ink or more.
        assert marked_ink >= 0.8 * bare_ink, f"{marked}: {marked_ink} vs {bare}: {bare_ink}"


def test_a_filled_copy_is_still_fillable_and_reads_back_as_the_timesheet(
    form: Path, tmp_path: Path
) -> None:
    # An assistant's copy filled with plain pypdf, the way any PDF tool would.
    writer = PdfWriter(clone_from=PdfReader(form))
    writer.update_page_form_field_values(None, {
        "no_3": "09:00", "lidz_3": "13:30", "stundas_3": "4,5", "aktivitate_3": "darbs",
        "vieta_3": "SIA „Ābele”, Rīgas iela 5",
        "no_8": "17:00", "lidz_8": "19:00", "stundas_8": "2", "aktivitate_8": "brīvais laiks",
        "vieta_8": "Ķemeru parks",
        "datums_32": "03.05.2021.", "no_32": "15:00", "lidz_32": "16:00", "stundas_32": "1",
        "aktivitate_32": "darbs", "vieta_32": "Valsts ieņēmumu dienests",
        "kopa": "7,5",
    }, auto_regenerate=False)
    filled = tmp_path / "aizpildita.pdf"
    with filled.open("wb") as handle:
        writer.write(handle)
    # Filled again: the fields are still there and take new values.
    again = tmp_path / "labota.pdf"
    fill_form(filled, {"stundas_8": "2", "kopa": "7,5"}, again)
    assert fields(again)["vieta_3"]["/V"] == "SIA „Ābele”, Rīgas iela 5"

    record = extract_file(again)
    assert record["error"] is None
    assert record["doc_type"] == "timesheet"
    assert record["text_source"] == "acroform"
    got = record["fields"]
    assert got["month"] == "2021-05"
    assert (got["client_name"], got["client_personal_code"]) == (CLIENT_NAME, CLIENT_CODE)
    assert (got["assistant_name"], got["assistant_personal_code"]) == (ASSISTANT_NAME,
                                                                       ASSISTANT_CODE)
    assert got["entries"] == [
        {"date": "2021-05-03", "start": "09:00", "end": "13:30", "hours": 4.5,
         "activity": "work"},
        {"date": "2021-05-08", "start": "17:00", "end": "19:00", "hours": 2,
         "activity": "leisure"},
        {"date": "2021-05-03", "start": "15:00", "end": "16:00", "hours": 1,
         "activity": "work"},
    ]
    assert got["total_hours"] == 7.5
    assert record["warnings"] == []


def test_a_filled_value_is_visible_without_viewer_help(form: Path, tmp_path: Path) -> None:
    filled = tmp_path / "f.pdf"
    fill_form(form, {"vieta_5": "Ģimenes ārsta prakse Ļaudonā"}, filled)
    layout = timesheet_layout(blank())
    rect = layout.field_named("vieta_5").rect
    before = ink(crop(render_page(form, DPI, tmp_path), rect, DPI, PAGE_SIZE[1]))
    after = ink(crop(render_page(filled, DPI, tmp_path), rect, DPI, PAGE_SIZE[1]))
    assert before == 0 and after > 100


def test_an_unknown_field_name_is_refused(form: Path, tmp_path: Path) -> None:
    from asistents.errors import InputFileError

    with pytest.raises(InputFileError, match="no field stundas_99"):
        fill_form(form, {"stundas_99": "3"}, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_rows_cover_the_granted_days_of_the_month_only(tmp_path: Path) -> None:
    late_start = blank(period_from=date(2021, 5, 20))
    pdf = timesheet_pdf(late_start, tmp_path / "late.pdf")
    values = {name: spec.get("/V") for name, spec in fields(pdf).items()}
    dated = [values[f"datums_{n}"] for n in range(1, 13) if values.get(f"datums_{n}")]
    assert dated[0] == "20.05.2021." and dated[-1] == "31.05.2021." and len(dated) == 12
    assert f"datums_{12 + 3}" in values and f"datums_{12 + 4}" not in values


def test_a_monthly_grant_says_hours_per_month_and_offers_its_activities(tmp_path: Path) -> None:
    monthly = blank(unit="month", hours={"higher_education": 80}, total_hours=80)
    pdf = timesheet_pdf(monthly, tmp_path / "m.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Piešķirtais apjoms, stundas mēnesī" in text
    assert "Studijas augstskolā" in text
    assert list(fields(pdf)["aktivitate_1"]["/_States_"]) == ["", "studijas augstskolā"]


def test_a_long_month_with_every_activity_still_fits_one_page() -> None:
    every = {"work": 20, "education": 20, "higher_education": 10, "day_centre": 5,
             "institutions": 5, "ngo": 3, "leisure": 2}
    layout = timesheet_layout(blank(hours=every, total_hours=40))
    assert layout.pages == 1
    assert sum(1 for f in layout.fields if f.name.startswith("datums_")) == 31 + 3
    lowest = min(f.rect[1] for f in layout.fields)
    assert lowest > 30  # inside the page's bottom margin


def test_a_family_assistant_grant_names_no_activity_kinds_so_the_activity_is_written(
    tmp_path: Path,
) -> None:
    family = blank(hours={}, total_hours=6, service="family_assistant")
    pdf = timesheet_pdf(family, tmp_path / "gimenes.pdf")
    found = fields(pdf)
    assert found["aktivitate_1"]["/FT"] == "/Tx"
    assert found["pieskirts_kopa"]["/V"] == "6"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ĢIMENES ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA" in text
    assert "Aktivitāti norāda vārdos" in text
    filled = tmp_path / "f.pdf"
    fill_form(pdf, {"no_2": "10:00", "lidz_2": "13:00", "stundas_2": "3",
                    "aktivitate_2": "budžeta plānošana kopā ar klientu"}, filled)
    record = extract_file(filled)
    assert record["doc_type"] == "timesheet"
    assert [(e["date"], e["hours"]) for e in record["fields"]["entries"]] == [("2021-05-02", 3)]


def test_an_unfilled_form_reads_as_the_month_with_no_entries_and_no_total(form: Path) -> None:
    record = extract_file(form)
    assert record["doc_type"] == "timesheet"
    assert record["fields"]["month"] == "2021-05"
    assert record["fields"]["entries"] == [] and record["fields"]["total_hours"] is None
    assert record["warnings"] == []
