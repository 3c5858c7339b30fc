"""The general mechanisms behind the bad-input rows, each on its own: masking, the atomic writer,
file types from bytes, the core tokens and page pool, the time a file may take, reading findings."""

from __future__ import annotations

import errno
import io
import logging
import time
import zipfile
from pathlib import Path

import pytest
from asistents.extract import filetype
from asistents.extract.page_pool import CoreTokens, make_token_folder, map_pages
from asistents.extract.scan_triage import reads_as_language, text_layer_problem
from asistents.extract.workers import Limits, default_workers
from bad_inputs import NEW_FORMAT, letter_lines, letter_pdf, raw_pdf, text_image

from asistents.atomic import atomic_target, write_atomic
from asistents.case_checks import reading_flags
from asistents.case_grouping import CaseDraft, Person
from asistents.errors import ExitCode, OutputError
from asistents.privacy import MaskingFilter, has_personal_code, redact

# --- masking ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, masked",
    [
        ("010101-12345_iesniegums.pdf", "010101-*****_iesniegums.pdf"),
        ("x010101-12345y", "x010101-*****y"),
        ("x0101011234 5y", "x0101011234 5y"),  # 10 digits then one: no code shape
        ("ab01010112345cd", "ab010101-*****cd"),
        ("kods 010101 12345.", "kods 010101-*****."),
        ("kods 010101–12345", "kods 010101-*****"),
        (f"jauns {NEW_FORMAT}", "jauns 32****-*****"),
        ("tel. 123456789012", "tel. 123456789012"),  # 12 digits: not a code
    ],
)
def test_every_code_shaped_run_is_masked_whatever_surrounds_it(text: str, masked: str) -> None:
    assert redact(text) == masked
    assert not has_personal_code(redact(text))


def test_library_log_records_lose_their_text_and_ours_are_masked() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter())
    for name, message in (
        ("pdfminer.pdfpage", "Could not parse 'Zigfrīds Ozoliņš 120488-12349 epilepsija'"),
        ("asistents.intake", "file 120488-12349_iesniegums.pdf"),
    ):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False
        try:
            logger.warning(message)
        finally:
            logger.removeHandler(handler)
            logger.propagate = True
    text = stream.getvalue()
    assert "Ozoliņš" not in text and "epilepsija" not in text and not has_personal_code(text)
    assert "pdfminer reported a warning (text withheld)" in text
    assert "120488-*****_iesniegums.pdf" in text


# --- the atomic writer ---------------------------------------------------------------------


def test_write_atomic_writes_text_bytes_and_callbacks_whole(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.txt", "Rīga ā č ē")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    write_atomic(tmp_path / "c.txt", lambda out: out.write(b"callback"))
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Rīga ā č ē"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "c.txt").read_bytes() == b"callback"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin", "c.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "cases.json"
    target.write_text("old", encoding="utf-8")

    def fail(out: object) -> None:
        out.write(b"half")  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError) as raised:
        write_atomic(target, fail)
    assert raised.value.exit_code == ExitCode.OUTPUT == 5
    assert raised.value.one_line() == f"{target}: cannot write: the disk is full"
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["cases.json"]


def test_atomic_target_hands_a_path_to_libraries_that_want_one(tmp_path: Path) -> None:
    with atomic_target(tmp_path / "x.pdf") as tmp:
        assert tmp.parent == tmp_path and not (tmp_path / "x.pdf").exists()
        tmp.write_bytes(b"%PDF-")
    assert (tmp_path / "x.pdf").read_bytes() == b"%PDF-"


def test_a_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="the folder does not exist"):
        write_atomic(tmp_path / "nope" / "x.json", "{}")


# --- file types from bytes -------------------------------------------------------------------


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n", filetype.PDF),
        (b"\x00" * 100 + b"%PDF-1.4\n", filetype.PDF),  # junk before the header is allowed
        (_zip({"a.pdf": b"%PDF-1.7\n..."}), filetype.ZIP),  # stored member: not a PDF
        (_zip({"mimetype": b"application/vnd.etsi.asic-e+zip", "a.pdf": b"%PDF-"}), filetype.ASIC),
        (_zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}), filetype.DOCX),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", filetype.JPEG),
        (b"\x89PNG\r\n\x1a\n....", filetype.PNG),
        (b"II*\x00....", filetype.TIFF),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", filetype.HTML),
        (b"", filetype.EMPTY),
        (b"\x00\x01\x02\x03binary", filetype.UNKNOWN),
    ],
)
def test_a_files_type_comes_from_its_bytes(
    tmp_path: Path, data: bytes, kind: filetype.FileType
) -> None:
    path = tmp_path / "named.pdf"
    path.write_bytes(data)
    assert filetype.detect(path) == kind


def test_name_and_content_disagreeing_is_said() -> None:
    assert filetype.mismatch_note(Path("a.pdf"), filetype.JPEG, "read as an image") == (
        "named .pdf but is a JPEG image: read as an image"
    )
    assert filetype.mismatch_note(Path("a.jpeg"), filetype.JPEG, "x") is None
    assert filetype.mismatch_note(Path("noext"), filetype.PDF, "x") is None


# --- text that cannot be trusted ------------------------------------------------------------


def test_a_text_layer_that_is_not_latvian_is_not_trusted() -> None:
    from asistents.extract.document import Page, Word

    def page(text: str) -> Page:
        words = [Word(w, 10 + i, 10, 20 + i, 20) for i, w in enumerate(text.split())]
        return Page(0, 600, 800, words)

    latvian = " ".join(letter_lines())
    soup = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in latvian)
    assert reads_as_language(latvian.split())
    assert not reads_as_language(soup.split())
    assert text_layer_problem(page(latvian)) is None
    assert "Latvian" in (text_layer_problem(page(soup)) or "")
    assert "cid" in (text_layer_problem(page("(cid:12)(cid:13) " * 20)) or "")


# --- cores, pages and time -----------------------------------------------------------------


def test_the_default_is_one_worker_per_core() -> None:
    import os

    assert default_workers() == len(os.sched_getaffinity(0))


def test_a_files_time_grows_with_its_pages_and_the_message_says_how_to_give_more() -> None:
    limits = Limits(timeout_s=120, page_timeout_s=15)
    assert limits.file_timeout(None) == 120
    assert limits.file_timeout(200) == 3120
    assert limits.timeout_message(200) == (
        "timed out after 3120 s (120 s + 15 s a page for 200 pages); "
        "give it more time with --timeout or --page-timeout"
    )


def test_helpers_work_only_on_free_cores_and_results_keep_their_order(tmp_path: Path) -> None:
    import os

    tokens = CoreTokens(make_token_folder(tmp_path, 3))
    busy = tokens.try_acquire()  # another worker holds one core
    assert busy is not None

    def work(item: int) -> tuple[int, int, float, float]:
        start = time.monotonic()
        time.sleep(0.1)
        return item * 10, os.getpid(), start, time.monotonic()

    done: list[tuple[int, int]] = []
    results = map_pages(
        work, list(range(12)), tokens=tokens, on_done=lambda d, t: done.append((d, t))
    )
    busy.release()
    assert [r[0] for r in results] == [i * 10 for i in range(12)]
    pids = {r[1] for r in results}
    assert os.getpid() in pids and 1 < len(pids) <= 3  # this process and helper processes
    overlap = max(
        sum(1 for _i, _p, s, e in results if s <= start < e) for _i, _p, start, _e in results
    )
    assert 1 < overlap <= 3  # never more at once than this worker plus the two free cores
    assert done[-1] == (12, 12) and len(done) == 12


def test_an_error_in_a_helper_comes_back_whole_and_a_dead_helper_fails_the_file(
    tmp_path: Path,
) -> None:
    import os

    from asistents.extract.page_pool import HelperDied

    from asistents.errors import InputFileError

    parent = os.getpid()
    tokens = CoreTokens(make_token_folder(tmp_path, 2))

    def refuse(item: int) -> int:
        time.sleep(0.05)
        if os.getpid() != parent:
            raise InputFileError("page too odd", file="a.pdf", code="ODD")
        return item

    with pytest.raises(InputFileError) as raised:
        map_pages(refuse, list(range(20)), tokens=tokens)
    assert raised.value.one_line() == "a.pdf: page too odd" and raised.value.code == "ODD"

    def die(item: int) -> int:
        time.sleep(0.05)
        if os.getpid() != parent:
            os._exit(9)
        return item

    with pytest.raises(HelperDied):
        map_pages(die, list(range(20)), tokens=tokens)


def test_without_tokens_pages_are_read_one_at_a_time() -> None:
    order: list[int] = []
    assert map_pages(lambda i: order.append(i) or i, [3, 1, 2], tokens=CoreTokens(None)) == [
        3, 1, 2
    ]
    assert order == [3, 1, 2]


def test_the_first_failing_page_fails_the_file(tmp_path: Path) -> None:
    tokens = CoreTokens(make_token_folder(tmp_path, 2))

    def work(item: int) -> int:
        if item == 2:
            raise ValueError("page 3 is broken")
        return item

    with pytest.raises(ValueError, match="page 3 is broken"):
        map_pages(work, list(range(6)), tokens=tokens)


@pytest.mark.ocr
def test_a_scan_is_ocred_on_several_cores_with_its_pages_in_order(tmp_path: Path) -> None:
    """Five scanned pages, each saying its number: they come back complete and in order."""
    from asistents.extract.api import extract_file

    pages = [
        text_image([f"Lapa {n}", *letter_lines()[3:7]], dpi=150, size=(5.8, 8.3))
        for n in range(1, 6)
    ]
    scan = tmp_path / "skenejums.pdf"
    pages[0].save(scan, format="PDF", resolution=150, save_all=True, append_images=pages[1:])
    progress: list[tuple[int, int]] = []
    from asistents.extract.reading import read_document

    document = read_document(
        scan,
        on_pages=lambda d, t: progress.append((d, t)),
        tokens=CoreTokens(make_token_folder(tmp_path, 2)),
    )
    assert [p.source for p in document.pages] == ["ocr"] * 5
    for n, page in enumerate(document.pages, 1):
        text = " ".join(w.text for w in page.words)
        assert page.number == n - 1 and f"Lapa {n}" in text and "apliecina" in text
    assert progress[0] == (0, 5) and progress[-1] == (5, 5)
    assert [d for d, _t in progress] == sorted(d for d, _t in progress)
    assert extract_file(scan)["text_source"] == "ocr"


# --- what reading noticed becomes a finding ---------------------------------------------------


def test_reading_flags_a_person_must_act_on_become_needs_review_findings() -> None:
    draft = CaseDraft(
        key="pk:x",
        service="assistant",
        client=Person("Anna Liepa", None),
        applicant=None,
        documents=[
            {"file": "in/a.pdf", "doc_type": "employer_certificate",
             "flags": ["PERSONAL_CODE_UNVERIFIED", "ENCRYPTED_OWNER_ONLY"]},
            {"file": "in/b.pdf", "doc_type": "application", "flags": ["ACTIVE_CONTENT"]},
            {"file": "in/c.pdf", "doc_type": "application"},
        ],
    )
    findings = [f.to_contract() for f in reading_flags(draft)]
    assert [(f["kind"], f["documents"]) for f in findings] == [
        ("needs_review", ["in/a.pdf"]),
        ("needs_review", ["in/b.pdf"]),
    ]
    assert "burtu cipara vietā" in findings[0]["message"]


def test_a_pdf_preflight_refuses_a_page_tree_cycle_without_hanging(tmp_path: Path) -> None:
    from asistents.extract.preflight import preflight_pdf

    from asistents.errors import InputFileError

    cycle = tmp_path / "cycle.pdf"
    cycle.write_bytes(raw_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]))
    with pytest.raises(InputFileError) as raised:
        preflight_pdf(cycle)
    assert raised.value.code in ("PARSE_ERROR", "STRUCTURE_LIMIT")
    good = tmp_path / "good.pdf"
    good.write_bytes(letter_pdf())
    check = preflight_pdf(good)
    assert check.pages == 1 and check.flags == [] and check.needs_review is None
