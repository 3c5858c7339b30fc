"""The sample inbox: truth matches the files, codes are valid, bad files are bad, builds repeat."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from stdnum.lv import pvn

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
INBOX = FIXTURES / "inbox"
BAD = FIXTURES / "bad"
DOCUMENTS = FIXTURES / "truth" / "documents.jsonl"
CASES = FIXTURES / "truth" / "cases.json"

CONTRACT_TYPES = {
    "application", "employer_certificate", "school_certificate", "activity_certificate",
    "commission_opinion", "representation_document", "social_worker_opinion", "timesheet",
}
CODE_FIELDS = ("personal_code", "applicant_personal_code", "client_personal_code",
               "representative_personal_code", "assistant_personal_code")
FINDING_KINDS = {"missing", "inconsistent", "ineligible", "needs_review"}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DOCUMENTS.read_text("utf-8").splitlines() if line]


def cases() -> dict[str, Any]:
    return json.loads(CASES.read_text("utf-8"))


def local_path(truth_file: str) -> Path:
    return ROOT / truth_file


def member_bytes(truth_file: str) -> bytes:
    """The bytes a truth name points at; 'a.zip!/b.pdf' is member b.pdf of a.zip."""
    if "!/" in truth_file:
        archive, member = truth_file.split("!/", 1)
        with zipfile.ZipFile(local_path(archive)) as zf:
            return zf.read(member)
    return local_path(truth_file).read_bytes()


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_every_inbox_file_has_exactly_one_truth_record_and_vice_versa() -> None:
    assert_truth_matches_inbox(INBOX, records())


def assert_truth_matches_inbox(inbox: Path, described: list[dict[str, Any]]) -> None:
    names = [r["file"] for r in described]
    assert len(names) == len(set(names)), "a file is described twice"
    expected: set[str] = set()
    for path in sorted(inbox.iterdir()):
        rel = f"fixtures/inbox/{path.name}"
        if path.suffix in (".zip", ".edoc"):
            with zipfile.ZipFile(path) as zf:
                members = [n for n in zf.namelist()
                           if n != "mimetype" and not n.startswith("META-INF/")]
            expected |= {f"{rel}!/{m}" for m in members}
        else:
            expected.add(rel)
    assert set(names) == expected


def test_truth_is_outside_the_inbox_and_uses_the_contract_keys() -> None:
    assert not list(INBOX.glob("*.json*")), "intake would read the truth as a document"
    for record in records():
        assert set(record) == {"file", "doc_type", "text_source", "fields"}
        assert record["text_source"] in {"text", "ocr", "acroform"}
        if record["doc_type"] == "unknown":
            assert record["fields"] == {}


def test_every_doc_type_has_digital_and_scanned_samples() -> None:
    by_source = Counter((r["doc_type"], r["text_source"]) for r in records())
    for doc_type in CONTRACT_TYPES:
        assert by_source[(doc_type, "text")] >= 3, f"{doc_type}: fewer than three layouts"
        assert by_source[(doc_type, "ocr")] >= 1, f"{doc_type}: no scanned sample"
    assert by_source[("timesheet", "acroform")] >= 1
    assert by_source[("unknown", "text")] + by_source[("unknown", "ocr")] >= 3
    scanned = sum(n for (_, source), n in by_source.items() if source == "ocr")
    assert 0.35 <= scanned / sum(by_source.values()) <= 0.6, "roughly half should be scans"


def test_personal_codes_pass_checksum_except_the_deliberate_misprint() -> None:
    deliberate = {(b["file"], b["field"]): b for b in cases()["deliberate_bad_personal_codes"]}
    assert deliberate, "the fixtures must carry one misprinted code"
    caught = set()
    for record in records():
        for field in CODE_FIELDS:
            code = record["fields"].get(field)
            if code is None:
                continue
            assert len(code) == 12 and code[6] == "-", (record["file"], field)
            if (record["file"], field) in deliberate:
                assert not pvn.is_valid(code)
                assert pvn.is_valid(deliberate[(record["file"], field)]["correct"])
                caught.add((record["file"], field))
            else:
                assert pvn.is_valid(code), (record["file"], field)
        reg_no = record["fields"].get("employer_reg_no")
        if reg_no is not None:
            assert pvn.is_valid(reg_no), record["file"]
    assert caught == set(deliberate)
    new_format = {c for r in records() for f in CODE_FIELDS
                  if (c := r["fields"].get(f)) and c.startswith("32")}
    assert new_format, "at least one new-format (32...) personal code"


def test_digital_documents_carry_their_values_with_latvian_letters() -> None:
    seen = ""
    for record in records():
        if record["text_source"] != "text":
            continue
        text = pdf_text(member_bytes(record["file"]))
        seen += text
        for field in ("personal_code", "applicant_personal_code", "opinion_no"):
            value = record["fields"].get(field)
            if value:
                assert value in text, (record["file"], field)
    assert set("āčēģīķļņšūž") - set(seen) == set(), "a Latvian letter is lost in the text layer"


def test_the_dative_letter_names_the_person_in_another_case() -> None:
    import pdfplumber

    with pdfplumber.open(INBOX / "izzina_darbs.pdf") as pdf:
        letter = pdf.pages[0].extract_text()
    assert "Izziņa izsniegta Jānim Bērziņam" in " ".join(letter.split())
    record = next(r for r in records() if r["file"].endswith("izzina_darbs.pdf"))
    assert record["fields"]["person_name"] == "Jānis Bērziņš"
    assert record["fields"]["employer_name"] == "SIA Latgales Maiznieks"


def test_scans_are_image_only_and_small() -> None:
    for record in records():
        if record["text_source"] != "ocr":
            continue
        data = member_bytes(record["file"])
        assert len(data) < 420_000, record["file"]
        if data.startswith(b"%PDF"):
            assert pdf_text(data).strip() == "", f"{record['file']} has a text layer"
        else:
            with Image.open(io.BytesIO(data)) as img:
                assert img.format in {"JPEG", "PNG", "TIFF"}
    with Image.open(INBOX / "scan_0016.tif") as tiff:
        assert getattr(tiff, "n_frames", 1) == 2


def test_acroform_values_are_the_truth() -> None:
    record = next(r for r in records() if r["text_source"] == "acroform")
    fields = pypdf.PdfReader(local_path(record["file"])).get_fields() or {}
    values = {name: f.get("/V") for name, f in fields.items()}
    truth = record["fields"]
    assert values["klients"] == truth["client_name"]
    assert values["klienta_pk"] == truth["client_personal_code"]
    assert values["asistents"] == truth["assistant_name"]
    assert values["menesis"] == truth["month"]
    assert values["kopa"] == str(truth["total_hours"])


def test_edoc_is_an_asic_e_container() -> None:
    edoc = next(INBOX.glob("*.edoc"))
    with zipfile.ZipFile(edoc) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/vnd.etsi.asic-e+zip"
        assert "META-INF/signatures0.xml" in zf.namelist()
        assert any(n.endswith(".pdf") for n in zf.namelist())


def test_cases_cover_every_document_once_and_name_real_findings() -> None:
    truth = cases()
    files = {r["file"] for r in records()}
    placed = [f for c in truth["cases"] for f in c["documents"]]
    placed += [u["file"] for u in truth["unassigned"]]
    assert sorted(placed) == sorted(files)
    by_file = {r["file"]: r for r in records()}
    kinds: Counter[str] = Counter()
    for case in truth["cases"]:
        assert pvn.is_valid(case["client"]["personal_code"])
        applications = [by_file[f] for f in case["documents"]
                        if by_file[f]["doc_type"] == "application"]
        assert len(applications) == 1, case["case_key"]
        app = applications[0]["fields"]
        assert app["client_personal_code"] == case["client"]["personal_code"]
        assert app["applicant_personal_code"] == case["applicant"]["personal_code"]
        assert app["service"] == case["service"]
        for finding in case["findings"]:
            assert finding["kind"] in FINDING_KINDS
            kinds[finding["kind"]] += 1
        assert isinstance(case["grant"]["granted"], bool)
    assert kinds["missing"] >= 2 and kinds["inconsistent"] >= 3 and kinds["ineligible"] >= 2
    assert {u["doc_type"] for u in truth["unassigned"]} == {"unknown"}


def test_bad_files_are_what_they_claim() -> None:
    assert (BAD / "empty.pdf").stat().st_size == 0
    truncated = (BAD / "truncated.pdf").read_bytes()
    assert truncated.startswith(b"%PDF") and b"%%EOF" not in truncated
    assert not (BAD / "not_a_pdf.pdf").read_bytes().startswith(b"%PDF")
    encrypted = pypdf.PdfReader(BAD / "encrypted.pdf")
    assert encrypted.is_encrypted
    assert not encrypted.decrypt("")
    assert encrypted.decrypt("parole")
    garbage = (BAD / "garbage_after_header.pdf").read_bytes()
    assert garbage.startswith(b"%PDF-1.7") and b" obj" not in garbage
    huge = pypdf.PdfReader(BAD / "huge_page.pdf").pages[0].mediabox
    assert (huge.width, huge.height) == (20000, 20000)
    assert (BAD / "bomb.png").stat().st_size < 1_000_000
    with pytest.raises(Image.DecompressionBombError):
        Image.open(BAD / "bomb.png")


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for sub in ("inbox", "truth", "bad") for p in sorted((folder / sub).rglob("*"))
            if p.is_file()}


# Run inside the fixtures folder: builds one file of every kind twice (digital, scan, image,
# TIFF, AcroForm, bad files) and the truth once, without writing the 6 MB inbox.
DETERMINISM_PROBE = """
import hashlib, json, sys
import build
build.register_fonts()
items = build.plan()
kinds = {}
for item in items:
    kind = (item.form, item.scan is not None, item.scan.turn if item.scan else 0)
    kinds.setdefault(kind, item)
twice = {}
for kind, item in kinds.items():
    a, b = build.build_file(item), build.build_file(item)
    twice[item.name] = [hashlib.sha256(a).hexdigest(), hashlib.sha256(b).hexdigest()]
sample = build.render_pdf(items[0].paper)
bad_a, bad_b = build.bad_files(sample), build.bad_files(sample)
for name in bad_a:
    twice["bad/" + name] = [hashlib.sha256(bad_a[name]).hexdigest(),
                            hashlib.sha256(bad_b[name]).hexdigest()]
truth = sorted((build.truth_record(i) for i in items), key=lambda r: r["file"])
json.dump({"twice": twice, "truth": truth}, sys.stdout, ensure_ascii=False)
"""


def test_the_builder_is_deterministic_and_the_committed_truth_is_current() -> None:
    run = subprocess.run([sys.executable, "-c", DETERMINISM_PROBE], cwd=FIXTURES,
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    probe = json.loads(run.stdout)
    assert len(probe["twice"]) >= 12, "every kind of file is probed"
    assert [name for name, (a, b) in probe["twice"].items() if a != b] == []
    # PDF and JPEG bytes depend on the installed reportlab/Pillow; the truth does not, and a
    # truth file out of step with the builder is a real mistake.
    assert probe["truth"] == records()


@pytest.mark.slow
def test_the_holdout_inbox_tells_the_same_cases_in_other_words(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(FIXTURES / "build.py"), "--holdout", "--out",
                          str(tmp_path)], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    held = [json.loads(line) for line in
            (tmp_path / "truth" / "documents.jsonl").read_text("utf-8").splitlines()]
    assert_truth_matches_inbox(tmp_path / "inbox", held)
    sample = {r["file"]: r for r in records()}
    assert [r["doc_type"] for r in held] == [sample[r["file"]]["doc_type"] for r in held]
    sample_names = {r["fields"].get("person_name") for r in sample.values()} - {None}
    held_names = {r["fields"].get("person_name") for r in held} - {None}
    assert not sample_names & held_names, "the holdout must be other people"
    letter = " ".join(pdf_text((tmp_path / "inbox" / "izzina_darbs.pdf").read_bytes()).split())
    assert "Apliecinājums izdots" in letter and "st. nedēļā" in letter
    for record in held:
        for field in CODE_FIELDS:
            code = record["fields"].get(field)
            if code and "skola" not in record["file"]:
                assert pvn.is_valid(code), (record["file"], field)


def printed_forms(value: Any, field: str) -> set[str]:
    """The ways a truth value may stand on the page (dates in every style and case, names
    in every case, institution names with or without quotes)."""
    sys.path.insert(0, str(FIXTURES))
    try:
        from paperwork import MONTHS, NUMBER_WORDS
        from people import INSTITUTIONS, PEOPLE
    finally:
        sys.path.remove(str(FIXTURES))
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, int | float):
        return {str(value).replace(".", ","), NUMBER_WORDS.get(value, str(value))}
    text = str(value)
    if field.endswith(("_on", "_since", "_until", "_from")) and len(text) == 10:
        from datetime import date

        d = date.fromisoformat(text)
        return {text, f"{d:%d.%m.%Y}", f"{d.day}.{d:%m}.{d.year}"} | {
            f"{d.year}. gada {d.day}. {form}" for form in MONTHS[d.month]}
    if field == "position":  # "strādā par pavāru": the accusative shares the stem
        return {text, text[:-1]}
    for person in PEOPLE.values():
        if person.name == text:
            return {person.name, person.gen, person.dat, person.acc}
    for inst in INSTITUTIONS.values():
        if inst.plain == text:
            return {inst.plain, inst.printed}
    return {text}


SKIP_FIELDS = {"service", "activities", "receives_assistant_benefit", "education_level",
               "activity_kind", "disability_group", "limitations", "assistant_needed",
               "special_care_needed", "category", "entries", "month", "address",
               "signatures"}


def test_every_truth_value_is_printed_in_its_digital_document() -> None:
    missing = []
    for record in records():
        if record["text_source"] != "text":
            continue
        text = " ".join(pdf_text(member_bytes(record["file"])).split())
        for field, value in record["fields"].items():
            if field in SKIP_FIELDS:
                continue
            values = value if isinstance(value, list) else [value]
            for one in values:
                forms = printed_forms(one, field)
                if forms and not any(form in text for form in forms):
                    missing.append(f"{record['file']} {field}={one!r}")
    assert missing == []


@pytest.mark.ocr
def test_tesseract_reads_a_scanned_page_with_its_diacritics(tmp_path: Path) -> None:
    import shutil

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    page = pypdf.PdfReader(INBOX / "scan_0003.pdf").pages[0]
    image = next(iter(page.images))
    scan = tmp_path / "page.jpg"
    scan.write_bytes(image.data)
    run = subprocess.run(["tesseract", str(scan), "-", "-l", "lav"], capture_output=True,
                         text=True, timeout=120, check=False,
                         env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    assert run.returncode == 0, run.stderr
    record = next(r for r in records() if r["file"].endswith("scan_0003.pdf"))
    assert record["fields"]["personal_code"] in run.stdout
    assert "Jānis Bērziņš" in run.stdout
    assert "darbspēju ekspertīzes" in run.stdout
