"""Documents the extractor was not tuned on: other wordings, orders, borderless tables, datives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from asistents.extract.api import extract_file
from unseen_documents import UNSEEN, build_unseen

from asistents.accuracy import same_value


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("unseen")
    expected = build_unseen(folder)
    return {name: (str(folder / name), *expected[name]) for name in expected}  # type: ignore[misc]


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_document_is_read(name: str, unseen: dict[str, Any]) -> None:
    path, doc_type, fields = unseen[name]
    record = extract_file(Path(path))
    assert record["doc_type"] == doc_type
    wrong = {
        k: (v, record["fields"].get(k)) for k, v in fields.items()
        if not same_value(v, record["fields"].get(k))
    }
    assert wrong == {}


def test_a_name_in_the_dative_comes_out_in_the_nominative(unseen: dict[str, Any]) -> None:
    path, _, _ = unseen["activity_letter.pdf"]
    assert extract_file(Path(path))["fields"]["person_name"] == "Māra Kalna"


def test_indefinite_validity_is_null(unseen: dict[str, Any]) -> None:
    path, _, _ = unseen["opinion_table.pdf"]
    record = extract_file(Path(path))
    assert record["fields"]["valid_until"] is None
    assert record["field_confidence"]["valid_until"] >= 0.8


def test_a_bill_is_unknown_and_not_forced_into_a_type(unseen: dict[str, Any]) -> None:
    path, _, _ = unseen["bill.pdf"]
    record = extract_file(Path(path))
    assert record["doc_type"] == "unknown"
    assert record["fields"] == {}
    assert record["error"] is None
