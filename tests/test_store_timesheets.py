"""The timesheet register: each sheet once, a correction replaces and both stay audited."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from asistents.store import Store

CLIENT = "140185-12010"  # invented; valid checksums
ASSISTANT = "010190-11004"
OTHER_ASSISTANT = "301281-10194"


@pytest.fixture
def store(tmp_path: Path):
    # SQLite only: the code is SQLAlchemy Core without dialect SQL, and a throwaway PostgreSQL
    # cluster costs ~15 s per test module (these tests passed on it when written).
    with Store(f"sqlite:///{tmp_path / 'asistents.db'}") as opened:
        yield opened


def record(total: float) -> dict:
    return {"file": "in/a.pdf", "doc_type": "timesheet",
            "fields": {"month": "2021-05", "client_personal_code": CLIENT,
                       "assistant_personal_code": ASSISTANT, "client_name": "Jānis Bērziņš",
                       "total_hours": total}}


def rows(*hours: str) -> list[dict]:
    return [{"row": i + 1, "date": date(2021, 5, 3 + i), "start": "08:00", "end": "09:00",
             "hours": Decimal(h), "accepted_hours": Decimal(h), "activity": "work"}
            for i, h in enumerate(hours)]


def save(store: Store, sha: str, *hours: str, assistant: str = ASSISTANT):
    return store.save_timesheet(
        month="2021-05", sha256=sha, file=f"in/{sha}.pdf", record=record(0),
        client_code=CLIENT, assistant_code=assistant, findings=[], entries=rows(*hours),
        case_id=None, decision_number="SD/2021/1", rule_set="mk942", unit="week", track="adult",
    )


def test_the_same_sheet_twice_is_one_sheet(store: Store) -> None:
    first = save(store, "a" * 64, "1", "1.5")
    again = save(store, "a" * 64, "1", "1.5")
    assert (first.outcome, again.outcome) == ("new", "same")
    sheets = store.timesheets("2021-05")
    assert len(sheets) == 1 and sheets[0].accepted_hours == Decimal("2.5")
    assert [e.hours for e in sheets[0].entries] == [Decimal("1"), Decimal("1.5")]
    assert [a["action"] for a in store.audit_log()] == ["timesheet_accepted"]


def test_a_corrected_sheet_replaces_the_earlier_and_the_audit_shows_both(store: Store) -> None:
    save(store, "a" * 64, "1", "1.5")
    corrected = save(store, "b" * 64, "1", "2")
    assert corrected.outcome == "replaced"
    assert corrected.replaced is not None and corrected.replaced.sha256 == "a" * 64
    current = store.timesheets("2021-05")
    assert [s.sha256 for s in current] == ["b" * 64]
    every = store.timesheets("2021-05", status=None)
    assert [(s.sha256[0], s.status) for s in every] == [("a", "replaced"), ("b", "current")]
    log = store.audit_log()
    assert [(a["action"], a["file_hash"][0]) for a in log] == [
        ("timesheet_accepted", "a"), ("timesheet_replaced", "a"), ("timesheet_accepted", "b")]
    # Handing in the first paper again changes nothing: it is known for this month.
    assert save(store, "a" * 64, "1", "1.5").outcome == "same"
    assert [s.sha256 for s in store.timesheets("2021-05")] == ["b" * 64]


def test_another_assistants_sheet_for_the_same_client_is_another_sheet(store: Store) -> None:
    save(store, "a" * 64, "1")
    assert save(store, "c" * 64, "2", assistant=OTHER_ASSISTANT).outcome == "new"
    assert len(store.timesheets("2021-05")) == 2
    used = store.accepted_entries(CLIENT, start=date(2021, 5, 1), end=date(2021, 5, 31),
                                  exclude_sheet_key=store.sheet_key(CLIENT, ASSISTANT, "2021-05"))
    assert [e.accepted for e in used] == [Decimal(2)]


def test_no_plain_personal_code_is_a_key_or_an_audit_detail(store: Store) -> None:
    save(store, "a" * 64, "1")
    engine = create_engine(store.url)
    columns = {c["name"] for c in inspect(engine).get_columns("timesheets")}
    assert {"sheet_key", "client_key", "assistant_key"} <= columns
    with engine.connect() as connection:
        keys = connection.exec_driver_sql(
            "SELECT sheet_key, client_key, assistant_key FROM timesheets").one()
    engine.dispose()
    assert all(CLIENT not in k and CLIENT.replace("-", "") not in k for k in keys)
    assert CLIENT not in str(store.audit_log())
    assert keys[1] == store.client_key(CLIENT)  # the same key decisions are filed under
