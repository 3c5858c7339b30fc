"""The decision register: numbers per year never reused, grants found by the client's code."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from asistents.errors import UsageError
from asistents.store import GrantTerms, Store

CLIENT = "120715-20014"  # invented; valid checksum
OTHER = "230679-11223"
GRANT = GrantTerms(
    granted=True, rule_set="mk942", unit="week", hours={"work": 20, "leisure": 2},
    total_hours=22, period_from=date(2021, 5, 1), period_to=date(2022, 4, 30), track="adult",
)


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'asistents.db'}"


@pytest.fixture
def store(url: str):
    with Store(url) as opened:
        yield opened


def new_case(store: Store, who: str = CLIENT) -> str:
    case_id = store.case_id_for(store.case_key(who, "assistant"), 2021)
    store.save_case({"case_id": case_id, "service": "assistant"})
    return case_id


def reserve(store: Store, case_id: str, year: int = 2026, who: str = CLIENT) -> str:
    return store.reserve_decision_number(
        case_id=case_id, client_code=who, service="assistant", year=year, prefix="SD/"
    )


def test_numbers_run_per_year_and_a_void_number_is_not_reused(store: Store) -> None:
    case_id = new_case(store)
    first = reserve(store, case_id)
    store.void_decision(first, "LibreOffice did not answer")
    second = reserve(store, case_id)
    next_year = reserve(store, case_id, year=2027)
    assert (first, second, next_year) == ("SD/2026/1", "SD/2026/2", "SD/2027/1")
    assert store.decision(first).status == "void"  # type: ignore[union-attr]


def test_an_issued_decision_records_its_grant_and_is_found_by_the_clients_code(
    store: Store,
) -> None:
    case_id = new_case(store)
    number = reserve(store, case_id)
    issued = store.issue_decision(number, GRANT, issued_on=date(2021, 4, 20),
                                  issued_by="Inga Kalna", files=["out/SD-2026-1.pdf"])
    assert issued.status == "issued"
    assert issued.terms == GRANT
    found = store.latest_decision(client_code="120715 20014")  # spacing does not matter
    assert found is not None and found.number == number
    assert found.covers(date(2021, 5, 3)) and not found.covers(date(2021, 4, 30))
    assert store.latest_decision(client_code=OTHER) is None


def test_reissuing_makes_a_new_decision_naming_the_one_it_replaces(store: Store) -> None:
    case_id = new_case(store)
    first = reserve(store, case_id)
    store.issue_decision(first, GRANT, issued_on=date(2021, 4, 20))
    second = reserve(store, case_id)
    fewer = GrantTerms(**{**GRANT.__dict__, "hours": {"work": 10}, "total_hours": 10})
    store.issue_decision(second, fewer, issued_on=date(2021, 6, 1), replaces=first)
    assert store.decision(first).terms == GRANT  # type: ignore[union-attr]  # untouched
    latest = store.latest_decision(case_id=case_id)
    assert latest is not None and latest.number == second and latest.replaces == first
    with pytest.raises(UsageError, match="issued, not reserved"):
        store.issue_decision(first, fewer, issued_on=date(2021, 6, 1))


def test_a_decision_cannot_replace_one_about_another_case(store: Store) -> None:
    mine, theirs = new_case(store), new_case(store, OTHER)
    other = reserve(store, theirs, who=OTHER)
    store.issue_decision(other, GRANT, issued_on=date(2021, 4, 20))
    number = reserve(store, mine)
    with pytest.raises(UsageError, match="another case"):
        store.issue_decision(number, GRANT, issued_on=date(2021, 4, 20), replaces=other)


def test_a_grant_needs_a_period_and_a_refusal_does_not() -> None:
    with pytest.raises(ValueError, match="period"):
        GrantTerms(granted=True, rule_set="mk942", unit="week")
    refusal = GrantTerms(granted=False, rule_set="mk942", unit="week")
    assert refusal.period_from is None


def test_the_audit_names_numbers_and_reasons_but_no_personal_code(store: Store) -> None:
    case_id = new_case(store)
    number = reserve(store, case_id)
    store.issue_decision(number, GRANT, issued_on=date(2021, 4, 20),
                         despite=f"the clerk phoned {CLIENT}")
    entries = store.audit_log(case_id=case_id)
    assert [e["action"] for e in entries] == ["decision_reserved", "decision_issued"]
    assert entries[1]["detail"]["despite"] == "the clerk phoned 120715-*****"
    assert CLIENT not in repr(entries)


def test_an_unknown_case_or_number_is_a_usage_error(store: Store) -> None:
    with pytest.raises(UsageError, match="unknown case"):
        reserve(store, "2026-0999")
    with pytest.raises(UsageError, match="no decision"):
        store.void_decision("SD/2026/99", "test")


def test_the_clients_code_is_not_stored_in_plain(store: Store, url: str) -> None:
    case_id = new_case(store)
    store.issue_decision(reserve(store, case_id), GRANT, issued_on=date(2021, 4, 20))
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM decisions")).all()
    engine.dispose()
    assert CLIENT not in repr(rows) and CLIENT.replace("-", "") not in repr(rows)


RESERVE_MANY = """
import sys
from asistents.store import Store
with Store(sys.argv[1]) as store:
    for _ in range(15):
        print(store.reserve_decision_number(case_id=sys.argv[2], client_code="120715-20014",
                                            service="assistant", year=2026))
"""


def test_two_processes_at_once_never_get_the_same_number(store: Store, url: str) -> None:
    case_id = new_case(store)
    runs = [
        subprocess.Popen([sys.executable, "-c", RESERVE_MANY, url, case_id],
                         stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    numbers = [line for run in runs for line in run.communicate(timeout=120)[0].split()]
    assert all(run.returncode == 0 for run in runs)
    assert sorted(numbers, key=lambda n: int(n.split("/")[1])) == [
        f"2026/{seq}" for seq in range(1, 31)
    ]
