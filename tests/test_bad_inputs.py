"""The bad-input catalogue (rows 1-32, 40, 42-45 of ../shared/bad-inputs.md), run as a user runs it.

Every row's files go into one folder, and that folder goes through `asistents -v extract` and
`asistents -v intake` once each, as subprocesses: the batch must go on past every bad file, so
one run shows each row's verdict and that the good files around it still came out. Each row is
then a test of its own over those two runs: the message, the code in `flags`, the exit status,
the originals' bytes, and nothing code-shaped (nor the seeded name or diagnosis) on stderr.
Rows that need their own world (a missing package, a full disk, a killed worker) run apart.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bad_inputs import CODE_SHAPES, DIAGNOSIS, NAME, NEW_FORMAT, ZIGFRIDS, Row, build_catalogue

from asistents.privacy import has_personal_code, redact
from asistents.reasons_lv import translation

ASISTENTS = str(Path(sys.executable).with_name("asistents"))
SEEDED_WORDS = (NAME, "Ozoliņš", "Ozolins", "Zigfrids", DIAGNOSIS)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 600,
    verbose: bool = True,
) -> Run:
    done = subprocess.run(
        [ASISTENTS, *(["-v"] if verbose else []), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
    }


@dataclass
class Catalogue:
    root: Path
    inbox: Path
    rows: dict[str, Row]
    before: dict[str, str]
    extract: Run
    records: dict[str, dict[str, Any]]  # extract's records by file name (members: "a.pdf!/b.pdf")
    intake: Run
    out: Path
    cases: dict[str, Any]
    documents: dict[str, dict[str, Any]]  # intake's documents/*.json by file name

    def file(self, row: str, index: int = 0) -> str:
        return self.rows[row].files[index]


def _by_name(records: list[dict[str, Any]], prefix: str) -> dict[str, dict[str, Any]]:
    return {str(r["file"]).removeprefix(prefix): r for r in records}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    root = tmp_path_factory.mktemp("catalogue")
    inbox = root / "iesutne"
    rows = build_catalogue(inbox)
    before = digests(inbox)
    files = sorted(p.name for p in inbox.iterdir())
    extract = run("extract", *[f"iesutne/{name}" for name in files], cwd=root)
    records = _by_name([json.loads(line) for line in extract.stdout.splitlines()], "iesutne/")
    out = root / "out"
    intake = run("intake", "iesutne", "--out", "out", "--db", "sqlite:///store.db", cwd=root)
    cases = json.loads((out / "cases.json").read_text(encoding="utf-8"))
    documents = _by_name(
        [json.loads(p.read_text(encoding="utf-8")) for p in (out / "documents").glob("*.json")],
        "iesutne/",
    )
    return Catalogue(
        root, inbox, rows, before, extract, records, intake, out, cases, documents
    )


# --------------------------------------------------------------------------------------------
# What each row must give. outcome: "error" (a one-line reason), "review" (read, nothing usable:
# a person must look), "read" (read; flags say what was noticed).


@dataclass(frozen=True)
class Expect:
    row: str
    index: int
    outcome: str
    flag: str | None
    says: str  # words the one-line reason or a warning must contain


EXPECTED = [
    Expect("01", 0, "error", "EMPTY_FILE", "empty file (0 bytes)"),
    Expect("02a", 0, "error", "NOT_PDF", "Word document (DOCX) (named .pdf)"),
    Expect("02b", 0, "error", "NOT_PDF", "HTML page (named .pdf)"),
    Expect("02c", 0, "read", "TYPE_MISMATCH", "named .pdf but is a JPEG image: read as an image"),
    Expect("03", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("04", 0, "error", "PARSE_ERROR", "broken PDF (file is truncated)"),
    Expect("05", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("06", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("07", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("08", 0, "read", None, ""),
    Expect("09", 0, "read", None, ""),
    Expect("10", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("11", 0, "error", "DECOMPRESSION_BOMB", "a decompression bomb"),
    Expect("12", 0, "error", "DECOMPRESSION_BOMB", "a decompression bomb"),
    Expect("13", 0, "error", "DECOMPRESSION_BOMB", "a decompression bomb"),
    Expect("14", 0, "error", "PARSE_ERROR", "broken PDF"),
    Expect("15", 0, "read", None, ""),
    Expect("16", 0, "read", None, ""),
    Expect("17", 0, "error", "TOO_MANY_PAGES", "too many pages (5000; the limit is 500)"),
    Expect("18", 0, "review", "PAGE_TOO_LARGE", "too large to render for reading"),
    Expect("19", 0, "error", "IMAGE_TOO_LARGE", "40000 × 40000 px"),
    Expect("19", 1, "error", "IMAGE_TOO_LARGE", "image too large to process safely: 2500 Mpx"),
    Expect("20", 0, "error", "IMAGE_TOO_LARGE", "scan it again at 300 dpi"),
    Expect("20", 1, "read", None, ""),
    Expect("21", 0, "read", "ENCRYPTED_OWNER_ONLY", "owner password"),
    Expect("22", 0, "error", "ENCRYPTED", "encrypted PDF (password protected)"),
    Expect("24", 0, "read", "ACTIVE_CONTENT", "active content (JavaScript)"),
    Expect("25", 0, "read", "ACTIVE_CONTENT", "active content (Launch, SubmitForm)"),
    Expect("26", 0, "read", "HAS_ATTACHMENTS", "“../../etc/cron.d/asistents-test”, “CON.pdf”"),
    Expect("27", 0, "review", "XFA_DYNAMIC", "XFA form"),
    Expect("28", 0, "read", None, ""),
    Expect("29", 0, "review", "NO_TEXT", "no text could be read"),
    Expect("30", 0, "read", "TEXT_LAYER_UNTRUSTED", "cannot be trusted"),
    Expect("31", 0, "read", "PERSONAL_CODE_UNVERIFIED", "a letter where a digit belongs"),
    Expect("31", 1, "read", None, "personal code fails its checksum"),
    Expect("32", 0, "read", None, ""),
    Expect("32", 1, "read", None, ""),
]


def _check(record: dict[str, Any], expect: Expect) -> None:
    said = " ".join([str(record.get("error") or ""), str(record.get("needs_review") or ""),
                     *record.get("warnings", [])])
    if expect.outcome == "error":
        assert record["error"], record
        assert "\n" not in record["error"] and "Traceback" not in record["error"]
        assert record["doc_type"] == "unknown" and record["fields"] == {}
        assert record["needs_review"] is None
    elif expect.outcome == "review":
        assert record["error"] is None and record["needs_review"], record
        assert record["doc_type"] == "unknown" and record["fields"] == {}
    else:
        assert record["error"] is None and record["needs_review"] is None, record
    if expect.flag:
        assert expect.flag in record["flags"], record["flags"]
    assert expect.says in said, said


@pytest.mark.ocr
@pytest.mark.parametrize("expect", EXPECTED, ids=lambda e: f"row{e.row}-{e.index}")
def test_extract_gives_each_row_its_verdict(catalogue: Catalogue, expect: Expect) -> None:
    name = catalogue.file(expect.row, expect.index)
    _check(catalogue.records[name], expect)
    if expect.outcome != "read":
        # One line on stderr names the file (its code masked) and says the reason.
        start = f"asistents: {redact('iesutne/' + name)}: "
        reason = catalogue.records[name]["error"] or catalogue.records[name]["needs_review"]
        lines = [x for x in catalogue.extract.stderr.splitlines() if x.startswith(start)]
        assert len(lines) == 1 and lines[0].endswith(reason), lines


@pytest.mark.ocr
@pytest.mark.parametrize("expect", EXPECTED, ids=lambda e: f"row{e.row}-{e.index}")
def test_intake_gives_each_row_its_verdict(catalogue: Catalogue, expect: Expect) -> None:
    name = catalogue.file(expect.row, expect.index)
    record = catalogue.documents[name]
    _check(record, expect)
    file = f"iesutne/{name}"
    errors = {e["file"]: e["error"] for e in catalogue.cases["errors"]}
    unassigned = {u["file"]: u for u in catalogue.cases["unassigned"]}
    in_cases = {d["file"] for c in catalogue.cases["cases"] for d in c["documents"]}
    if expect.outcome == "error":
        assert errors[file] == record["error"]
    elif expect.outcome == "review":
        # Listed once, as waiting for a person, with the reason in Latvian; not "foreign".
        assert unassigned[file]["needs_review"] is True
        assert unassigned[file]["reason"] == translation(record["needs_review"])
        assert file not in errors
    else:
        assert file in in_cases or (file in unassigned and not unassigned[file].get("needs_review"))


@pytest.mark.ocr
def test_both_commands_exit_partial_and_the_good_files_come_out(catalogue: Catalogue) -> None:
    assert catalogue.extract.returncode == 1, catalogue.extract.stderr
    assert catalogue.intake.returncode == 1, catalogue.intake.stderr
    for row, index in (("32", 0), ("32", 1), ("21", 0), ("24", 0), ("26", 0), ("30", 0)):
        name = catalogue.file(row, index)
        for record in (catalogue.records[name], catalogue.documents[name]):
            assert record["doc_type"] == "employer_certificate", record
            assert record["fields"]["employer_name"] == "SIA Rīgas Ceplis"


@pytest.mark.ocr
def test_every_original_is_byte_identical_after_both_runs(catalogue: Catalogue) -> None:
    assert digests(catalogue.inbox) == catalogue.before


@pytest.mark.ocr
def test_row45_nothing_personal_reaches_stderr_or_the_log(catalogue: Catalogue) -> None:
    # -v: the log (INFO and up, libraries' warnings included) goes to stderr with the messages.
    for text in (catalogue.extract.stderr, catalogue.intake.stderr, catalogue.intake.stdout):
        assert not has_personal_code(text), [
            line for line in text.splitlines() if has_personal_code(line)
        ]
        for shape in CODE_SHAPES:
            assert shape not in text
        for word in SEEDED_WORDS:
            assert word not in text, word
    # The masked names are there: the lines do name their files.
    assert "230975-*****" in catalogue.extract.stderr
    assert "32****-*****" in catalogue.extract.stderr


@pytest.mark.ocr
def test_row02_a_zip_named_pdf_is_unpacked_and_no_document_is_lost(catalogue: Catalogue) -> None:
    name = catalogue.file("02d")
    for records in (catalogue.records, catalogue.documents):
        members = {k: v for k, v in records.items() if k.startswith(f"{name}!/")}
        assert set(members) == {f"{name}!/pirmais.pdf", f"{name}!/otrais.pdf"}
        assert members[f"{name}!/pirmais.pdf"]["doc_type"] == "employer_certificate"
        assert all(r["error"] is None for r in members.values())
    assert "named .pdf but is a ZIP container: unpacked" in catalogue.extract.stderr


@pytest.mark.ocr
def test_row26_attachments_are_never_written_anywhere(catalogue: Catalogue) -> None:
    assert not Path("/etc/cron.d/asistents-test").exists()
    written = [p.name for p in catalogue.root.rglob("*")]
    assert "asistents-test" not in written and "CON.pdf" not in written


@pytest.mark.ocr
def test_row31_a_letter_in_a_typed_code_is_not_corrected(catalogue: Catalogue) -> None:
    record = catalogue.records[catalogue.file("31", 0)]
    assert record["fields"]["personal_code"] is None
    assert record["field_confidence"]["personal_code"] == 0.0
    checksum = catalogue.records[catalogue.file("31", 1)]
    assert checksum["fields"]["personal_code"] not in (None, ZIGFRIDS)  # kept as read, flagged
    assert checksum["field_confidence"]["personal_code"] <= 0.4


@pytest.mark.ocr
def test_row32_new_and_old_format_codes_are_both_read(catalogue: Catalogue) -> None:
    assert catalogue.records[catalogue.file("32", 0)]["fields"]["personal_code"] == NEW_FORMAT
    assert catalogue.records[catalogue.file("32", 1)]["fields"]["personal_code"] == ZIGFRIDS


@pytest.mark.ocr
@pytest.mark.parametrize(
    "index, reason",
    [
        (0, "would be written outside the work folder"),
        (1, "a decompression bomb"),
        (2, "too many members (10000, cap 500)"),
        (3, "is a symbolic link"),
        (4, "not a readable ZIP container"),
    ],
)
def test_row40_hostile_zips_are_refused_whole(
    catalogue: Catalogue, index: int, reason: str
) -> None:
    name = catalogue.file("40", index)
    extract_errors = [r for k, r in catalogue.records.items() if k == name]
    assert len(extract_errors) == 1 and reason in extract_errors[0]["error"]
    assert not [k for k in catalogue.records if k.startswith(f"{name}!/")]
    intake_errors = [e for e in catalogue.cases["errors"] if e["file"] == f"iesutne/{name}"]
    assert len(intake_errors) == 1 and reason in intake_errors[0]["error"]
    assert not (catalogue.root / "evil.pdf").exists()
    assert not (catalogue.out / "evil.pdf").exists()


@pytest.mark.ocr
def test_row42_the_same_bytes_twice_are_read_once_by_intake(catalogue: Catalogue) -> None:
    first, second = (f"iesutne/{catalogue.file('42', i)}" for i in (0, 1))
    copies = [
        u for u in catalogue.cases["unassigned"]
        if u["file"] in (first, second) and u["reason"].startswith("tas pats fails")
    ]
    read = [n for n in (first, second) if n.removeprefix("iesutne/") in catalogue.documents]
    assert len(read) == 1 and len(copies) == 1
    assert copies[0]["file"] != read[0]
    # extract reads what it is given: both, the same way.
    extracted = [catalogue.records[name.removeprefix("iesutne/")] for name in (first, second)]
    assert extracted[0]["fields"] == extracted[1]["fields"]


@pytest.mark.ocr
def test_the_report_says_reasons_in_latvian_and_not_that_all_was_read(
    catalogue: Catalogue,
) -> None:
    report = html.unescape((catalogue.out / "report.html").read_text(encoding="utf-8"))
    assert "Visi faili nolasīti" not in report
    for error in catalogue.cases["errors"]:
        latvian = translation(error["error"])
        assert latvian is not None, error["error"]  # the table knows every reason we give
        assert latvian.split(":")[0] in report
        assert error["error"] not in report
    summary = catalogue.intake.stdout.splitlines()[0]
    assert "no text (a person must look) 3" in summary


@pytest.mark.ocr
def test_row24_an_original_with_active_content_is_not_linked_from_the_report(
    catalogue: Catalogue,
) -> None:
    report = html.unescape((catalogue.out / "report.html").read_text(encoding="utf-8"))
    for row in ("24", "25"):
        name = catalogue.file(row, 0)
        assert "ACTIVE_CONTENT" in catalogue.documents[name]["flags"]
        assert f'/{name}">' not in report  # named in the report, but no link to open it
    assert f'/{catalogue.file("21", 0)}">' in report  # an ordinary original keeps its link


# --------------------------------------------------------------------------------------------
# Rows that need a world of their own


def _letters(folder: Path, count: int = 2) -> list[str]:
    from bad_inputs import letter_lines, letter_pdf

    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        name = f"vestule_{i}.pdf"
        (folder / name).write_bytes(letter_pdf([*letter_lines()[:-1], f"Nr. {i}"]))
        names.append(name)
    return names


def test_row23_a_missing_package_is_one_install_line_and_exit_3(tmp_path: Path) -> None:
    from bad_inputs import image_bytes, letter_lines, text_image

    fake = tmp_path / "site" / "cryptography"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'cryptography'\", name='cryptography')\n"
    )
    inbox = tmp_path / "in"
    _letters(inbox)
    page = text_image(letter_lines()[3:7], dpi=150, size=(5.8, 8.3))
    (inbox / "attels.png").write_bytes(image_bytes(page, "PNG", 150))
    env = {"PYTHONPATH": str(tmp_path / "site")}
    files = [f"in/{n}" for n in sorted(os.listdir(inbox))]
    result = run("extract", *files, cwd=tmp_path, env=env)
    assert result.returncode == 3
    lines = [x for x in result.stderr.splitlines() if x.startswith("asistents:")]
    assert lines == [
        "asistents: error: the Python package 'cryptography' is not installed: install it "
        "(pip install cryptography) and run again"
    ]
    records = {r["file"]: r for r in map(json.loads, result.stdout.splitlines())}
    # A file that needs no PDF library is read.
    assert records["in/attels.png"]["error"] is None
    assert records["in/attels.png"]["needs_review"] is None
    intake = run("intake", "in", "--out", "out", "--db", "sqlite:///s.db", cwd=tmp_path, env=env)
    assert intake.returncode == 3
    assert intake.stderr.count("pip install cryptography") == 1


@contextlib.contextmanager
def small_disk(where: Path, *, read_only: bool = False) -> Iterator[Path]:
    """A 64 KB tmpfs (full, or read-only) at `where`; skipped where mounting is not allowed."""
    where.mkdir()
    options = "size=64k,ro" if read_only else "size=64k"
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a small filesystem needs root (CI runs as root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    return filler


@pytest.mark.parametrize("read_only", [False, True], ids=["full", "read-only"])
def test_row43_a_full_or_read_only_output_is_exit_5_and_a_retry_works(
    tmp_path: Path, read_only: bool
) -> None:
    inbox = tmp_path / "in"
    names = _letters(inbox)
    before = digests(inbox)
    with small_disk(tmp_path / "disk", read_only=read_only) as disk:
        if not read_only:
            (disk / "out").mkdir()
            filler = _fill(disk)
        target = "disk/out"
        result = run(
            "extract", "--out", target, *[f"in/{n}" for n in names], cwd=tmp_path, verbose=False
        )
        assert result.returncode == 5, result.stderr
        failures = [x for x in result.stderr.splitlines() if "cannot write" in x]
        assert len(failures) == 1 and "Traceback" not in result.stderr
        assert ("read-only" in failures[0]) if read_only else ("disk is full" in failures[0])
        if not read_only:
            # Nothing under a final name is partial: every .json there is whole.
            for written in (disk / "out").glob("*.json"):
                json.loads(written.read_text(encoding="utf-8"))
            assert not list((disk / "out").glob(".*.part"))
            intake = run("intake", "in", "--out", "disk/out2", "--db", "sqlite:///s.db",
                         cwd=tmp_path, verbose=False)
            assert intake.returncode == 5 and "disk is full" in intake.stderr
            filler.unlink()
            retry = run("extract", "--out", target, *[f"in/{n}" for n in names], cwd=tmp_path)
            assert retry.returncode == 0, retry.stderr
            assert sorted(p.name for p in (disk / "out").glob("*.json")) == [
                "vestule_0.json", "vestule_1.json"
            ]
            again = run("intake", "in", "--out", "disk/out2", "--db", "sqlite:///s.db",
                        cwd=tmp_path)
            assert again.returncode == 0, again.stderr
            assert "already known 2" in again.stdout  # what was read before the failure is kept
    assert digests(inbox) == before


def test_row44_a_worker_killed_mid_file_fails_that_file_and_the_rest_is_kept(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "in"
    names = _letters(inbox, 3)
    env = {"ASISTENTS_WORKER_FAULTS": f"kill={names[1]}"}
    result = run("extract", *[f"in/{n}" for n in names], cwd=tmp_path, env=env)
    assert result.returncode == 1
    records = {r["file"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records[f"in/{names[1]}"]["error"] == "worker killed by signal 9 (SIGKILL)"
    assert records[f"in/{names[1]}"]["flags"] == ["SIGNAL_9"]
    assert [records[f"in/{n}"]["error"] for n in (names[0], names[2])] == [None, None]
    first = run("intake", "in", "--out", "out", "--db", "sqlite:///s.db", cwd=tmp_path, env=env)
    assert first.returncode == 1 and "killed by signal 9" in first.stderr
    second = run("intake", "in", "--out", "out", "--db", "sqlite:///s.db", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[0].startswith("files 3: read 1, already known 2")
