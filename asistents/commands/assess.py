"""`asistents assess CASE`: the rules' derivation for one case, readable or as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..case_file import CaseRecords, case_from_store
from ..errors import InputFileError, UsageError
from ..rules import assess_documents, explain
from .options import db_option


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputFileError(f"cannot read: {exc.strerror or exc}", file=path) from None
    except json.JSONDecodeError as exc:
        raise InputFileError(f"not valid JSON (line {exc.lineno})", file=path) from None


def case_from_file(case_file: Path, case_id: str) -> CaseRecords:
    """The case contract and its documents' extraction records from an intake `cases.json`.

    A document entry with `fields` is used as it is; otherwise its record is read from the
    `json` path intake wrote next to cases.json (`documents/<name>.json`).
    """
    data = _read_json(case_file)
    cases = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(cases, list):
        raise InputFileError("no `cases` list: not an intake cases.json", file=case_file)
    case = next((c for c in cases if isinstance(c, dict) and c.get("case_id") == case_id), None)
    if case is None:
        raise UsageError(f"unknown case {case_id}", file=case_file)
    records = []
    for entry in case.get("documents") or []:
        if "fields" in entry:
            records.append(entry)
        elif entry.get("json"):
            records.append(_read_json(case_file.parent / str(entry["json"])))
        else:
            records.append({**entry, "fields": {}})
    return case, records


def _title(case: dict[str, Any]) -> str:
    client = case.get("client") or {}
    name = client.get("name") or "?"
    return f"Lieta (case) {case.get('case_id')}: {name}"


@click.command("assess")
@click.argument("case_id", metavar="CASE")
@click.option("--json", "as_json", is_flag=True, help="Print the assessment as JSON.")
@click.option(
    "--case-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Read the case from an intake cases.json instead of the store.",
)
@db_option
def assess_command(case_id: str, as_json: bool, case_file: Path | None,
                   db_url: str | None) -> None:
    """Show what CASE is granted and why: eligibility, hours, period and due date, each with
    the rule and the document it used.

    Exit status: 0 shown (granted or refused), 2 unknown case or wrong usage.
    """
    if case_file is not None:
        case, records = case_from_file(case_file, case_id)
    else:
        case, records = case_from_store(db_url, case_id)
    assessment = assess_documents(records)
    if as_json:
        payload = {"case_id": case.get("case_id"), "assessment": assessment.to_contract(),
                   "findings": assessment.findings()}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(explain(assessment, title=_title(case)))
