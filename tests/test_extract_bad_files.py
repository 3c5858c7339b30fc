"""Files a reader must refuse: one clear error line each, doc_type unknown, the batch goes on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from asistents.extract.api import extract_file, extract_files
from click.testing import CliRunner
from unseen_documents import KARLIS, build_unseen

from asistents.cli import cli

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"

# What the one-line reason must say for each sample bad file.
REASONS = {
    "empty.pdf": "empty",
    "truncated.pdf": "truncated",
    "not_a_pdf.pdf": "not a PDF",
    "encrypted.pdf": "encrypted",
    "garbage_after_header.pdf": "broken PDF",
}


@pytest.mark.parametrize("name", sorted(REASONS))
def test_each_bad_file_gives_one_error_line_naming_the_reason(name: str) -> None:
    path = BAD / name
    assert path.exists(), f"fixtures/bad/{name} is missing: a broken checkout"
    record = extract_file(path)
    assert record["doc_type"] == "unknown"
    assert record["fields"] == {}
    assert record["error"] is not None
    assert "\n" not in record["error"]
    assert REASONS[name].lower() in record["error"].lower()


def test_a_batch_with_bad_files_still_extracts_the_good_ones(tmp_path: Path) -> None:
    build_unseen(tmp_path / "good")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>not a pdf</body></html>")
    good = tmp_path / "good" / "employer_letter.pdf"
    records = {r["file"]: r for r in extract_files([empty, good, html], workers=2)}
    assert [records[str(p)]["error"] is None for p in (empty, good, html)] == [False, True, False]
    assert records[str(good)]["doc_type"] == "employer_certificate"


def test_no_personal_code_in_error_messages(tmp_path: Path) -> None:
    # A file named after a person's code: the error line must mask it.
    digits = KARLIS.replace("-", "")
    named = tmp_path / f"{KARLIS}.pdf"
    named.write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(named)])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    for text in (record["error"], result.stderr):
        assert KARLIS not in text
        assert digits not in text
    assert re.search(r"\d{6}-\*{5}", result.stderr)
