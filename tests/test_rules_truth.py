"""The rules on the sample inbox's true records give the grants its ground truth states."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from asistents.rules import assess_documents, explain

TRUTH = Path(__file__).resolve().parents[1] / "fixtures" / "truth"


def truth_records() -> dict[str, dict[str, Any]]:
    lines = (TRUTH / "documents.jsonl").read_text("utf-8").splitlines()
    return {r["file"]: r for r in map(json.loads, filter(None, lines))}


def truth_cases() -> list[dict[str, Any]]:
    return json.loads((TRUTH / "cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", truth_cases(), ids=lambda c: c["case_key"])
def test_grant_matches_the_ground_truth(case: dict[str, Any]) -> None:
    records = truth_records()
    result = assess_documents([records[f] for f in case["documents"]])
    contract = result.to_contract()
    grant = case["grant"]
    context = explain(result)
    assert contract["rule_set"] == case["rule_set"], context
    for key in ("granted", "hours", "total_hours_per_week", "hours_per_month", "period_months"):
        if key in grant:
            assert contract[key] == grant[key], f"{key}\n{context}"
    if not grant["granted"]:
        assert result.findings(), context
