"""Issuing decisions and plans on the sample cases, as the addressee and the clerk see them.

The case store is built by intake from the sample's truth records (no OCR). One `decide`
call issues several decisions through one warm LibreOffice run (module fixture); the other
tests replace the converter with a stand-in and look at the DOCX and the store.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from asistents.generate.docx_render import docx_text
from asistents.generate.pdf import Conversion, ConversionError, Converted, pdf_text
from click.testing import CliRunner

from asistents import intake
from asistents.cli import cli
from asistents.inbox import InboxItem
from asistents.intake import IntakeSettings, run_intake
from asistents.issuing import blockers
from asistents.issuing import decisions as issuing
from asistents.issuing.plans import make_plan
from asistents.rules import assess_documents
from asistents.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TRUTH = FIXTURES / "truth" / "documents.jsonl"
ON = "2026-12-03"
TRICKY_EMPLOYER = 'SIA "Kalns & <Lejas>"'
TRICKY_ADDRESS = 'Dārzu iela 7 & <k-2> "B", Rēzekne, LV-4604'
APPEAL = ("šo lēmumu var apstrīdēt Paraugu novada domē (Skolas iela 3, Paraugciems, Paraugu "
          "novads, LV-4999) viena mēneša laikā no tā spēkā stāšanās dienas")
COURT = "Paraugu novada domes lēmumu var pārsūdzēt Administratīvajā rajona tiesā"
# What only we write and users must never read: our shorthand for the seed files and the
# internal notes on figures.
INTERNAL = re.compile(r"seed|nav apstiprināt|unconfirmed|not confirmed|apstiprināts\)",
                      re.IGNORECASE)


def _flat(file: str) -> str:
    name = file.replace("fixtures/inbox/", "").replace("!/", "_")
    return Path(name).stem.replace(".", "_") + ".pdf"


class TruthReader:
    """Reads each sample file's bytes as its truth record (what a perfect reader returns)."""

    def __call__(self, items: Sequence[InboxItem], settings: IntakeSettings,
                 on_pages: Any = None) -> Iterator[tuple[Path, dict[str, Any]]]:
        for item in items:
            yield item.path, json.loads(item.path.read_text(encoding="utf-8"))


@dataclass
class Sample:
    db: str
    out: Path
    ids: dict[str, str]  # client name -> case id


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    root = tmp_path_factory.mktemp("decisions")
    inbox = root / "inbox"
    inbox.mkdir()
    for line in TRUTH.read_text(encoding="utf-8").splitlines():
        record = {**json.loads(line), "confidence": 0.95, "field_confidence": {},
                  "warnings": [], "error": None}
        fields = record["fields"]
        # Marta Ozoliņa's papers carry the characters a template must not lose
        if fields.get("employer_name") and fields.get("person_name") == "Marta Ozoliņa":
            fields["employer_name"] = TRICKY_EMPLOYER
        if record["doc_type"] == "application" and fields.get("client_name") == "Marta Ozoliņa":
            fields["address"] = TRICKY_ADDRESS
        (inbox / _flat(record["file"])).write_text(json.dumps(record, ensure_ascii=False),
                                                   encoding="utf-8")
    db = f"sqlite:///{root / 'store.db'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(intake, "read_in_workers", TruthReader())
        run_intake(inbox, root / "out", db_url=db)
    cases = json.loads((root / "out" / "cases.json").read_text(encoding="utf-8"))["cases"]
    return Sample(db, root / "out", {c["client"]["name"]: c["case_id"] for c in cases})


@dataclass
class Issued:
    result: Any
    out: Path
    pdfs: dict[str, Path]  # client name -> PDF
    docx: dict[str, Path]


WARM = ["Marta Ozoliņa", "Roberts Kļaviņš", "Gunārs Krūmiņš", "Inese Vītola", "Anna Kalniņa"]


@pytest.fixture(scope="module")
def issued(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Issued:
    """One `decide` call over five cases: four issue (one LibreOffice run), Anna is blocked."""
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is not installed: scripts/setup.sh installs it")
    out = tmp_path_factory.mktemp("issued")
    result = CliRunner().invoke(cli, ["decide", *(sample.ids[n] for n in WARM), "--on", ON,
                                      "--out", str(out), "--db", sample.db])
    pdfs, docx = {}, {}
    for name in WARM:
        match = re.search(rf"{sample.ids[name]}: decision (\S+)", result.output)
        if match:
            stem = issuing.file_stem(match.group(1))
            pdfs[name], docx[name] = out / f"lemums_{stem}.pdf", out / f"lemums_{stem}.docx"
    return Issued(result, out, pdfs, docx)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def pdftotext(path: Path) -> str:
    return _squeeze(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                                   capture_output=True, text=True).stdout)


# --- the real documents ----------------------------------------------------------------------


def test_clean_cases_are_issued_and_a_blocked_one_is_listed(issued: Issued,
                                                            sample: Sample) -> None:
    assert issued.result.exit_code == 1, issued.result.output  # Anna is not issued
    assert set(issued.pdfs) == {"Marta Ozoliņa", "Roberts Kļaviņš", "Gunārs Krūmiņš",
                                "Inese Vītola"}
    assert f"{sample.ids['Anna Kalniņa']}: NOT ISSUED, first resolve:" in issued.result.output
    assert "dokumenti nesaskan" in issued.result.output  # the misprinted personal code
    assert "municipality settings:" in issued.result.output  # which settings were used


@pytest.mark.parametrize(("name", "addressee", "hours"), [
    ("Marta Ozoliņa", "Martai Ozoliņai", "30 (trīsdesmit) stundas"),
    ("Roberts Kļaviņš", "Robertam Kļaviņam", "80 (astoņdesmit) stundas"),
    ("Inese Vītola", "Inesei Vītolai", "10 (desmit) stundas nedēļā"),
    ("Gunārs Krūmiņš", "Gunāram Krūmiņam", "Atteikt Gunāram Krūmiņam asistenta pakalpojuma"),
])
def test_each_pdf_names_the_addressee_the_hours_and_the_appeal(
        issued: Issued, name: str, addressee: str, hours: str) -> None:
    text = pdftotext(issued.pdfs[name])
    assert addressee in text
    assert hours in text
    assert APPEAL in text and COURT in text
    assert "Paraugciemā" in text and "2026. gada 3. decembrī" in text
    assert "Sandra Kalnāja" in text and "Sociālā dienesta vadītāja" in text


def test_every_font_is_embedded_and_the_pdf_says_it_is_pdfa(issued: Issued) -> None:
    for pdf in issued.pdfs.values():
        fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                               text=True).stdout.splitlines()[2:]
        assert fonts, f"{pdf.name}: no fonts listed"
        for line in fonts:
            assert line.split()[-5] == "yes", f"{pdf.name}: font not embedded: {line}"
        meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], check=True, capture_output=True,
                              text=True).stdout
        assert "<pdfaid:part>2</pdfaid:part>" in meta
        assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta


def test_ampersand_angle_brackets_and_quotes_come_out_exactly(issued: Issued) -> None:
    docx = docx_text(issued.docx["Marta Ozoliņa"])
    pdf = _squeeze(pdf_text(issued.pdfs["Marta Ozoliņa"]))
    for value in (TRICKY_EMPLOYER, TRICKY_ADDRESS):
        assert value in docx
        assert value.replace(" ", "") in pdf.replace(" ", "")


def test_the_benefit_case_shows_the_assessment_and_the_deduction(issued: Issued) -> None:
    text = pdftotext(issued.pdfs["Marta Ozoliņa"])
    assert "no 2027. gada 1. janvāra līdz 2027. gada 31. decembrim" in text
    assert "pirmās 10 stundas nedēļā sedz šis pabalsts" in text
    assert "novērtētais apjoms ir 40 stundas nedēļā, pašvaldība nodrošina 30 stundas" in text
    # the legal basis names the acts, the rule set's by its full public name
    assert "Invaliditātes likuma 12. pants" in text
    assert "Ministru kabineta 2012. gada 18. decembra noteikumi Nr. 942" in text


def test_the_register_records_each_grant(issued: Issued, sample: Sample) -> None:
    with Store(sample.db) as store:
        marta = store.latest_decision(case_id=sample.ids["Marta Ozoliņa"])
        roberts = store.latest_decision(case_id=sample.ids["Roberts Kļaviņš"])
        gunars = store.latest_decision(case_id=sample.ids["Gunārs Krūmiņš"])
        inese = store.latest_decision(case_id=sample.ids["Inese Vītola"])
        anna = store.decisions(case_id=sample.ids["Anna Kalniņa"], status=None)
    assert marta and marta.terms and marta.terms.unit == "week"
    assert marta.terms.hours == {"work": 20, "ngo": 20} and marta.terms.total_hours == 30
    assert (marta.terms.period_from, marta.terms.period_to) == (date(2027, 1, 1),
                                                                date(2027, 12, 31))
    assert roberts and roberts.terms and roberts.terms.unit == "month"
    assert roberts.terms.total_hours == 80 and roberts.terms.track == "child"
    assert gunars and gunars.terms and not gunars.terms.granted
    assert inese and inese.terms and inese.terms.category == "family_with_children"
    assert inese.terms.total_hours == 10
    assert anna == []  # blocked: no number was even reserved
    numbers = sorted(int(d.number.rsplit("/", 1)[1]) for d in (marta, roberts, gunars, inese))
    assert numbers == [1, 2, 3, 4]  # sequential, SD/2026/...
    assert marta.number.startswith("SD/2026/")


def test_nothing_a_user_reads_carries_our_shorthand_or_internal_notes(
        issued: Issued, sample: Sample) -> None:
    for path in issued.docx.values():
        text = docx_text(path)
        assert not INTERNAL.search(text), (path.name, INTERNAL.search(text))
    report = (sample.out / "report.html").read_text(encoding="utf-8")
    found = INTERNAL.search(report)
    assert not found, report[max(0, found.start() - 200):found.end() + 100]
    runner = CliRunner()
    for case_id in sample.ids.values():
        shown = runner.invoke(cli, ["assess", case_id, "--db", sample.db])
        assert shown.exit_code == 0, shown.output
        assert not INTERNAL.search(shown.output), (case_id, INTERNAL.search(shown.output))


# --- with a stand-in converter -----------------------------------------------------------------


class FakeConverter:
    """Writes a small PDF for each DOCX (or fails the ones named), as LibreOffice would."""

    def __init__(self, fail: Sequence[str] = ()) -> None:
        self.fail = fail
        self.calls = 0

    def __call__(self, jobs: Sequence[Conversion], **_: Any) -> list[Converted]:
        self.calls += 1
        results = []
        for job in jobs:
            if any(name in docx_text(job.docx) for name in self.fail):
                results.append(Converted(job, ConversionError("LibreOffice did not finish "
                                                              "within 1 s", file=job.docx)))
                continue
            job.pdf.write_bytes(b"%PDF-1.7 stand-in\n")
            results.append(Converted(job))
        return results


@pytest.fixture
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> FakeConverter:
    converter = FakeConverter()
    monkeypatch.setattr(issuing, "convert_many", converter)
    return converter


@pytest.fixture
def store_copy(sample: Sample, tmp_path: Path) -> str:
    copy = tmp_path / "store.db"
    shutil.copyfile(sample.db.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


def decide(db: str, out: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["decide", *args, "--on", ON, "--out", str(out),
                                    "--db", db])


def test_despite_issues_and_the_audit_log_keeps_the_reason(
        fake_pdf: FakeConverter, sample: Sample, store_copy: str, tmp_path: Path) -> None:
    anna = sample.ids["Anna Kalniņa"]
    result = decide(store_copy, tmp_path, anna, "--despite", "kods pārbaudīts oriģinālā")
    assert result.exit_code == 0, result.output
    assert "issued despite 2 finding(s)" in result.output
    with Store(store_copy) as store:
        decision = store.latest_decision(case_id=anna)
        audit = store.audit_log(case_id=anna)
    assert decision is not None and decision.despite == "kods pārbaudīts oriģinālā"
    issued = [a for a in audit if a["action"] == "decision_issued"]
    assert issued and issued[-1]["detail"]["despite"] == "kods pārbaudīts oriģinālā"
    text = docx_text(tmp_path / f"lemums_{issuing.file_stem(decision.number)}.docx")
    # a representative applied for the child: named, and the child addressed in the dative
    assert "Annai Kalniņai" in text and "Likumiskajai pārstāvei Ilzei Kalniņai" in text
    assert "Annas Kalniņas likumiskās pārstāves Ilzes Kalniņas" in text


def test_reissuing_makes_a_new_number_that_names_the_one_it_replaces(
        fake_pdf: FakeConverter, sample: Sample, store_copy: str, tmp_path: Path) -> None:
    inese = sample.ids["Inese Vītola"]
    first = decide(store_copy, tmp_path, inese)
    second = decide(store_copy, tmp_path, inese, "--from", "2027-02-01")
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    with Store(store_copy) as store:  # (the warm run may have issued one before)
        old, new = store.decisions(case_id=inese)[-2:]
    assert new.replaces == old.number and f"replaces {old.number}" in second.output
    old_file = tmp_path / f"lemums_{issuing.file_stem(old.number)}.docx"
    new_text = docx_text(tmp_path / f"lemums_{issuing.file_stem(new.number)}.docx")
    assert old_file.is_file()  # nothing issued is overwritten
    assert (f"Ar šo lēmumu tiek aizstāts Paraugu novada Sociālā dienesta 2026. gada "
            f"3. decembra lēmums Nr. {old.number}") in new_text
    assert "no 2027. gada 1. februāra līdz 2027. gada 31. jūlijam" in new_text


def test_a_blocked_case_lists_what_stands_in_the_way_and_exits_1(
        fake_pdf: FakeConverter, sample: Sample, store_copy: str, tmp_path: Path) -> None:
    janis = sample.ids["Jānis Bērziņš"]
    result = decide(store_copy, tmp_path, janis)
    assert result.exit_code == 1
    assert "NOT ISSUED" in result.output and "trūkst dokumenta" in result.output
    assert not list(tmp_path.glob("*.docx"))
    with Store(store_copy) as store:
        assert store.decisions(case_id=janis, status=None) == []


def test_a_resolved_finding_no_longer_blocks(sample: Sample, store_copy: str) -> None:
    with Store(store_copy) as store:
        case = store.case(sample.ids["Anna Kalniņa"])
        from asistents.case_file import load_case
        _, records = load_case(store, sample.ids["Anna Kalniņa"])
    assert case is not None
    assessment = assess_documents(records)
    assert blockers(case, assessment)
    for finding in case["findings"]:
        finding["resolution"] = {"note": "pārbaudīts", "by": "lietvede", "at": "2026-12-03"}
    assert blockers(case, assessment) == []


def test_documents_that_fail_void_their_number_and_the_next_case_is_issued(
        monkeypatch: pytest.MonkeyPatch, sample: Sample, store_copy: str,
        tmp_path: Path) -> None:
    monkeypatch.setattr(issuing, "convert_many", FakeConverter(fail=["Martai Ozoliņai"]))
    marta, inese = sample.ids["Marta Ozoliņa"], sample.ids["Inese Vītola"]
    result = decide(store_copy, tmp_path, marta, inese)
    assert result.exit_code == 1
    voided = re.search(rf"{marta}: FAILED \(number (\S+) voided\): .*did not finish",
                       result.output)
    assert voided, result.output
    assert f"{inese}: decision " in result.output
    with Store(store_copy) as store:
        void = store.decisions(case_id=marta, status="void")
        assert [d.number for d in void] == [voided.group(1)]
    stem = issuing.file_stem(voided.group(1))
    assert not (tmp_path / f"lemums_{stem}.docx").exists()
    assert not (tmp_path / f"lemums_{stem}.pdf").exists()


def test_a_missing_value_stops_the_decision_naming_it(
        fake_pdf: FakeConverter, sample: Sample, store_copy: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = issuing.decision_document

    def without_address(**kwargs: Any) -> Any:
        document = original(**kwargs)
        document.context["addressee"]["address"] = None
        return document

    monkeypatch.setattr(issuing, "decision_document", without_address)
    result = decide(store_copy, tmp_path, sample.ids["Inese Vītola"])
    assert result.exit_code == 4
    assert "no value for addressee.address" in result.output
    assert "voided" in result.output


def test_the_plan_names_the_tasks_who_does_what_and_the_reviews(
        monkeypatch: pytest.MonkeyPatch, sample: Sample, store_copy: str,
        tmp_path: Path) -> None:
    made: list[Path] = []
    monkeypatch.setattr("asistents.issuing.plans.convert",
                        lambda docx, pdf, **_: made.append(pdf) or pdf.write_bytes(b"%PDF"))
    monkeypatch.setattr(issuing, "convert_many", FakeConverter())
    inese = sample.ids["Inese Vītola"]
    assert decide(store_copy, tmp_path, inese).exit_code == 0
    from asistents.generate.municipality import load_municipality
    with Store(store_copy) as store:
        files = make_plan(store, inese, municipality=load_municipality(), out_dir=tmp_path,
                          made_on=date(2026, 12, 3))
        audit = store.audit_log(case_id=inese)
    text = docx_text(files.docx)
    for task in ("bērnu aprūpes un audzināšanas prasmju attīstīšana", "budžeta plānošana",
                 "sadarbība ar izglītības iestādi"):
        assert task in text
    assert "Bērnu aprūpes un audzināšanas prasmes" in text  # the Ministry's task area
    assert "kopā ar klientu sastāda mēneša budžetu" in text  # with the client, not for them
    assert "nepieņem lēmumus un neplāno klienta vietā" in text
    assert "01.03.2027." in text and "30.06.2027." in text  # reviews, the last at the end
    assert "Inese Vītola" in text and "Laura Priedīte" in text and "Ģimenes asistents" in text
    assert any(a["action"] == "plan_made" for a in audit)
    with Store(store_copy) as store, pytest.raises(Exception,
                                                   match="not a family assistant case"):
        make_plan(store, sample.ids["Marta Ozoliņa"], municipality=load_municipality(),
                  out_dir=tmp_path, made_on=date(2026, 12, 3))


def test_libreoffice_missing_exits_3_in_one_line_and_voids_the_number(
        sample: Sample, store_copy: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    inese = sample.ids["Inese Vītola"]
    result = decide(store_copy, tmp_path / "out", inese)
    assert result.exit_code == 3
    errors = [line for line in result.output.splitlines() if "error:" in line]
    assert len(errors) == 1 and "LibreOffice is not installed" in errors[0]
    with Store(store_copy) as store:
        assert store.decisions(case_id=inese, status="void")
    assert not list((tmp_path / "out").glob("*.docx"))
