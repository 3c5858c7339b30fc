"""The review desk without a browser: corrections as data, resolutions, held refusals, versions,
readiness, and intake and load_case keeping what people did."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from review_sample import (
    CHILD_APPLICATION,
    CHILD_CODE,
    RIGHT_CODE,
    SCHOOL_CERTIFICATE,
    build_sample_store,
    inner_name,
)

from asistents.case_file import load_case
from asistents.cli import cli
from asistents.review.corrections import corrected_record
from asistents.review.desk import Actor, Desk, PermissionDenied
from asistents.review.field_input import InputProblem
from asistents.review.resolutions import attach_resolutions, finding_key
from asistents.rules import assess_documents
from asistents.store import StaleCaseError, Store

CLERK = Actor("lietvede", frozenset({"clerk"}))
SOCIAL = Actor("socdarbiniece", frozenset({"clerk", "social_worker"}))


@dataclass
class Row:
    """A correction or resolution row as the store hands it over."""

    field: str = ""
    kind: str = "set"
    value_read: Any = None
    value: Any = None
    by: str = "lietvede"
    why: str | None = None
    action: str = "resolve"
    note: str | None = None
    at: datetime = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


# --- pure layers -------------------------------------------------------------------------------


def test_a_correction_is_laid_over_the_record_which_stays_as_read() -> None:
    record: dict[str, Any] = {"file": "a.pdf", "doc_type": "commission_opinion",
              "fields": {"disability_group": "III", "limitations": ["vision"]},
              "field_confidence": {"disability_group": 0.6, "limitations": 0.9}}
    rows = [Row("disability_group", "set", "III", "I"), Row("disability_group", "set", "III", "II"),
            Row("limitations", "absent", ["vision"], [])]
    fixed = corrected_record(record, rows)
    assert fixed["fields"] == {"disability_group": "II", "limitations": []}
    assert fixed["field_confidence"]["disability_group"] == 1.0
    assert fixed["corrections"]["disability_group"]["value_read"] == "III"
    assert fixed["corrections"]["disability_group"]["by"] == "lietvede"
    assert record["fields"]["disability_group"] == "III"  # as read, untouched
    assert corrected_record(record, []) is record


def test_a_resolution_follows_its_finding_by_what_it_is_about_not_by_file_name() -> None:
    finding = {"kind": "missing", "rule": "r", "doc_type": "activity_certificate",
               "activity": "leisure", "documents": ["inbox/a.pdf"]}
    key = finding_key(finding, {"inbox/a.pdf": "aa" * 32})
    # The same document seen under another name is the same finding.
    assert finding_key({**finding, "documents": ["other/a.pdf"]}, {"other/a.pdf": "aa" * 32}) == key
    assert finding_key({**finding, "activity": "work"}, {"inbox/a.pdf": "aa" * 32}) != key
    resolved = attach_resolutions([finding], {key: Row(note="saņemta e-pastā")},
                                  {"inbox/a.pdf": "aa" * 32})
    assert resolved[0]["resolution"]["note"] == "saņemta e-pastā"
    reopened = attach_resolutions(resolved, {key: Row(action="reopen")}, {"inbox/a.pdf": "aa" * 32})
    assert "resolution" not in reopened[0]


def test_the_desk_shows_dates_and_months_the_latvian_way_and_edits_them_as_iso() -> None:
    from asistents.review.field_input import display_value, input_text
    from asistents.review.pages import _when

    assert display_value("commission_opinion", "valid_until", "2026-03-31") == "31.03.2026."
    assert input_text("commission_opinion", "valid_until", "2026-03-31") == "2026-03-31"
    assert display_value("timesheet", "month", "2021-03") == "2021. gada marts"
    assert display_value("commission_opinion", "opinion_no", "2021-03") == "2021-03"
    row = display_value("timesheet", "entries", [
        {"date": "2021-03-01", "start": "08:00", "end": "10:00", "hours": 2, "activity": "work"}])
    assert row == ("Datums 01.03.2021., Laiks no 08:00, Laiks līdz 10:00, Stundas 2, "
                   "Aktivitāte darbs vai saimnieciskā darbība")
    assert re.fullmatch(r"\d{2}\.\d{2}\.2026\. \d{2}:\d{2}", _when(Row().at))


def _adult_case(group: str, group_confidence: float, benefit: bool = False,
                benefit_confidence: float = 0.97) -> list[dict[str, Any]]:
    application = {
        "file": "iesniegums.pdf", "doc_type": "application",
        "fields": {"service": "assistant", "client_name": "Gunārs Krūmiņš",
                   "client_personal_code": "101062-17339", "submitted_on": "2021-03-22",
                   "activities": [{"kind": "work", "hours_per_week": 40}],
                   "receives_assistant_benefit": benefit},
        "field_confidence": {"client_personal_code": 0.97, "submitted_on": 0.97,
                             "activities": 0.97, "receives_assistant_benefit": benefit_confidence},
    }
    opinion = {
        "file": "atzinums.pdf", "doc_type": "commission_opinion",
        "fields": {"person_name": "Gunārs Krūmiņš", "personal_code": "101062-17339",
                   "disability_group": group, "valid_from": "2020-01-01", "valid_until": None,
                   "limitations": ["vision"], "assistant_needed": True, "opinion_no": "1"},
        "field_confidence": {"disability_group": group_confidence, "personal_code": 0.97},
    }
    certificate = {
        "file": "izzina.pdf", "doc_type": "employer_certificate",
        "fields": {"person_name": "Gunārs Krūmiņš", "personal_code": "101062-17339",
                   "hours_per_week": 40, "issued_on": "2021-03-01"},
        "field_confidence": {"hours_per_week": 0.97},
    }
    return [application, opinion, certificate]


def test_a_refusal_on_a_doubtful_group_waits_for_a_person_and_stands_once_confirmed() -> None:
    doubtful = assess_documents(_adult_case("III", 0.6))
    kinds = [f["kind"] for f in doubtful.findings()]
    assert "ineligible" not in kinds and doubtful.needs_review and not doubtful.granted
    held = [f for f in doubtful.findings() if f.get("fields") == ["disability_group"]]
    assert held and "Invaliditātes grupa" in held[0]["message"]
    assert held[0]["documents"] == ["atzinums.pdf"]
    confirmed = assess_documents(_adult_case("III", 1.0))
    assert [f["kind"] for f in confirmed.findings()] == ["ineligible"]


def test_a_cut_on_a_doubtful_tick_box_is_held_and_the_grant_is_flagged() -> None:
    # Group I visual disability with the assistant benefit: the first 10 h are the state's.
    cut = assess_documents(_adult_case("I", 0.97, benefit=True, benefit_confidence=0.5))
    assert cut.granted and cut.needs_review
    assert [f["fields"] for f in cut.findings()] == [["receives_assistant_benefit"]]
    sure = assess_documents(_adult_case("I", 0.97, benefit=True, benefit_confidence=0.97))
    assert sure.findings() == [] and not sure.needs_review
    assert sure.benefit_hours_deducted == 10  # the first 10 h are covered by the benefit


# --- the desk on the sample store --------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review-sample")
    build_sample_store(root)
    return root / "asistents.db"


@pytest.fixture
def store(sample_db: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "asistents.db"
    shutil.copy(sample_db, copy)
    with Store(f"sqlite:///{copy}") as opened:
        yield opened


def case_of(store: Store, name: str) -> str:
    return next(s.case_id for s in store.case_summaries() if s.client_name == name)


def document_of(store: Store, case_id: str, name: str) -> Any:
    return next(d for d in store.case_documents(case_id) if inner_name(d.display_name) == name)


def test_a_misread_code_is_refused_with_the_reason_then_corrected_and_the_refusal_stands(
    store: Store,
) -> None:
    desk = Desk(store)
    case_id = case_of(store, "Emīlija Sproģe")
    document = document_of(store, case_id, CHILD_APPLICATION)
    before = store.case(case_id)
    assert before is not None and before["assessment"]["needs_review"]
    assert "ineligible" not in {f["kind"] for f in before["findings"]}
    version = store.case_version(case_id)
    with pytest.raises(InputProblem, match="kontrolciparam"):
        desk.correct_field(CLERK, case_id=case_id, version=version, sha256=document.sha256,
                           field_name="client_personal_code", kind="set", typed="051016-20905")
    assert store.corrections_for([document.sha256]) == {}
    outcome = desk.correct_field(CLERK, case_id=case_id, version=version,
                                 sha256=document.sha256, field_name="client_personal_code",
                                 kind="set", typed="05101620907", why="pēc oriģināla")
    change = outcome.change()
    assert change is not None
    assert any("kontrolciparam" in f["message"] for f in change["closed"])
    assert change["assessment_before"]["needs_review"] is True
    assert change["assessment_after"]["needs_review"] is False
    after = store.case(case_id)
    assert after is not None
    assert [f["kind"] for f in after["findings"]] == ["ineligible"]  # the child is 4: refused
    row = store.corrections_for([document.sha256])[document.sha256][0]
    assert (row.value_read, row.value, row.by, row.why) == (
        "051016-20901", CHILD_CODE, "lietvede", "pēc oriģināla")
    as_read = store.document(document.sha256)
    assert as_read is not None and as_read["fields"]["client_personal_code"] == "051016-20901"
    entry = [e for e in store.audit_log(case_id=case_id) if e["action"] == "field_corrected"][-1]
    assert entry["detail"]["by"] == "lietvede"
    assert entry["detail"]["field"] == "client_personal_code"
    assert "20907" not in json.dumps(entry, ensure_ascii=False)


def test_a_change_on_a_stale_page_is_refused_and_nothing_is_written(store: Store) -> None:
    desk = Desk(store)
    case_id = case_of(store, "Jānis Bērziņš")
    seen = store.case_version(case_id)  # two people open the case
    application = document_of(store, case_id, "dokuments.pdf")
    desk.correct_field(CLERK, case_id=case_id, version=seen, sha256=application.sha256,
                       field_name="phone", kind="set", typed="29123456")
    findings_before = store.case(case_id)["findings"]  # type: ignore[index]
    sha_of = {d.display_name: d.sha256 for d in store.case_documents(case_id)}
    with pytest.raises(StaleCaseError):
        desk.resolve_finding(SOCIAL, case_id=case_id, version=seen,
                             key=finding_key(findings_before[0], sha_of), note="zvanīju")
    assert store.resolutions(case_id) == {}
    assert store.case(case_id)["findings"] == findings_before  # type: ignore[index]


def test_only_a_social_worker_marks_ready_and_only_with_nothing_open(store: Store) -> None:
    desk = Desk(store)
    case_id = case_of(store, "Jānis Bērziņš")  # leisure certificate missing
    version = store.case_version(case_id)
    with pytest.raises(PermissionDenied):
        desk.mark_ready(CLERK, case_id=case_id, version=version)
    with pytest.raises(Exception, match="atradumi"):
        desk.mark_ready(SOCIAL, case_id=case_id, version=version)
    finding = store.case(case_id)["findings"][0]  # type: ignore[index]
    sha_of = {d.display_name: d.sha256 for d in store.case_documents(case_id)}
    desk.resolve_finding(CLERK, case_id=case_id, version=version,
                         key=finding_key(finding, sha_of), note="izziņa saņemta e-pastā 3. martā")
    resolved = store.case(case_id)["findings"][0]  # type: ignore[index]
    assert resolved["resolution"] == {"note": "izziņa saņemta e-pastā 3. martā",
                                      "by": "lietvede", "at": resolved["resolution"]["at"]}
    desk.mark_ready(SOCIAL, case_id=case_id, version=store.case_version(case_id))
    summary = store.case_summary(case_id)
    assert summary is not None and summary.ready and summary.ready_by == "socdarbiniece"
    # Any later change takes the mark back: the social worker marked the case as it was.
    desk.resolve_finding(CLERK, case_id=case_id, version=store.case_version(case_id),
                         key=finding_key(finding, sha_of), note="", reopen=True)
    assert not store.case_summary(case_id).ready  # type: ignore[union-attr]


def test_load_case_and_assess_see_the_corrected_values(store: Store) -> None:
    desk = Desk(store)
    case_id = case_of(store, "Gunārs Krūmiņš")
    opinion = document_of(store, case_id, "scan_0035.pdf")
    _, records = load_case(store, case_id)
    assert assess_documents(records).needs_review
    desk.correct_field(CLERK, case_id=case_id, version=store.case_version(case_id),
                       sha256=opinion.sha256, field_name="disability_group", kind="confirm")
    _, records = load_case(store, case_id)
    read = next(r for r in records if r["doc_type"] == "commission_opinion")
    assert read["field_confidence"]["disability_group"] == 1.0
    assert read["corrections"]["disability_group"]["kind"] == "confirm"
    result = CliRunner().invoke(cli, ["assess", case_id, "--json", "--db", store.url])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["assessment"]["needs_review"] is False
    assert [f["kind"] for f in payload["findings"]] == ["ineligible"]


def test_a_rerun_of_intake_keeps_corrections_moves_splits_and_not_ours(
    store: Store, tmp_path: Path,
) -> None:
    desk = Desk(store)
    anna = case_of(store, "Anna Kalniņa")
    marta = case_of(store, "Marta Ozoliņa")
    school = document_of(store, anna, SCHOOL_CERTIFICATE)
    desk.correct_field(CLERK, case_id=anna, version=store.case_version(anna),
                       sha256=school.sha256, field_name="personal_code", kind="set",
                       typed=RIGHT_CODE)
    day_centre = document_of(store, anna, "dokuments (4).pdf")
    desk.move_document(CLERK, sha256=day_centre.sha256, from_case=anna, to_case=marta,
                       version=store.case_version(anna))
    representation = document_of(store, anna, "apliecinajums_barintiesa.pdf")
    desk.not_ours(CLERK, sha256=representation.sha256, case_id=anna,
                  version=store.case_version(anna))
    peteris = case_of(store, "Pēteris Liepa")
    timesheet = document_of(store, peteris, "atskaite_junijs.pdf")
    split = desk.split_case(CLERK, case_id=peteris, version=store.case_version(peteris),
                            sha256s=[timesheet.sha256], why="atskaite ir atsevišķa lieta")
    new_case = next(s.case_id for s in store.case_summaries()
                    if s.case_id not in {r.case_id for r in split.rechecks[:1]}
                    and timesheet.sha256 in {d.sha256 for d in store.case_documents(s.case_id)})
    ids_before = sorted(s.case_id for s in store.case_summaries())

    rerun = build_sample_store(tmp_path / "again", db_url=store.url)

    assert sorted(c["case_id"] for c in rerun.result.cases) == ids_before
    cases = {c["case_id"]: c for c in rerun.result.cases}
    anna_files = {inner_name(d["file"]) for d in cases[anna]["documents"]}
    assert "dokuments (4).pdf" not in anna_files
    assert "apliecinajums_barintiesa.pdf" not in anna_files
    assert "dokuments (4).pdf" in {inner_name(d["file"]) for d in cases[marta]["documents"]}
    assert [inner_name(d["file"]) for d in cases[new_case]["documents"]] == ["atskaite_junijs.pdf"]
    assert "atskaite_junijs.pdf" not in {inner_name(d["file"]) for d in cases[peteris]["documents"]}
    not_ours = [u for u in rerun.result.unassigned
                if inner_name(u["file"]) == "apliecinajums_barintiesa.pdf"]
    assert not_ours and "nepiederošs" in not_ours[0]["reason"]
    written = json.loads((rerun.out / "cases.json").read_text(encoding="utf-8"))
    assert not any("kontrolciparam" in f["message"]
                   for c in written["cases"] if c["case_id"] == anna for f in c["findings"])
    school_json = next(d["json"] for d in cases[anna]["documents"]
                       if inner_name(d["file"]) == SCHOOL_CERTIFICATE)
    record = json.loads((rerun.out / unquote(school_json)).read_text(encoding="utf-8"))
    assert record["fields"]["personal_code"] == RIGHT_CODE
    assert record["corrections"]["personal_code"]["value_read"] == "120711-20010"


def test_the_migration_makes_the_tables_the_store_describes(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from asistents.store.tables import metadata

    url = f"sqlite:///{tmp_path / 'm.db'}"
    Store(url).close()
    ours = {"users", "review_sessions", "corrections", "placements", "finding_resolutions",
            "case_reviews", "document_files"}
    with create_engine(url).connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    mine = [d for d in diff if any(name in repr(d) for name in ours)]
    assert mine == []


# --- the commands ------------------------------------------------------------------------------


def test_users_are_added_listed_and_disabled_with_hashed_passwords(store: Store) -> None:
    runner = CliRunner()
    added = runner.invoke(cli, ["user", "add", "ilze", "--role", "social_worker", "--db",
                                store.url], input="pareiza-parole-1\npareiza-parole-1\n")
    assert added.exit_code == 0, added.output
    user = store.user("ilze")
    assert user is not None and user.role == "social_worker"
    assert user.password_hash.startswith("$argon2id$") and "pareiza" not in user.password_hash
    short = runner.invoke(cli, ["user", "add", "juris", "--role", "clerk", "--db", store.url],
                          input="īsa\nīsa\n")
    assert short.exit_code == 2 and store.user("juris") is None
    assert runner.invoke(cli, ["user", "disable", "ilze", "--db", store.url]).exit_code == 0
    listed = runner.invoke(cli, ["user", "list", "--db", store.url])
    assert "ilze\tsocial_worker\tdisabled" in listed.output


def test_the_desk_without_login_only_on_this_computer_and_prints_its_address(
    store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from asistents.review import app as desk_app

    runner = CliRunner()
    refused = runner.invoke(cli, ["review", "--db", store.url, "--host", "0.0.0.0",
                                  "--local-only-no-login"])
    assert refused.exit_code == 2 and "127.0.0.1" in refused.output
    no_users = runner.invoke(cli, ["review", "--db", store.url, "--host", "0.0.0.0"])
    assert no_users.exit_code == 2 and "user add" in no_users.output
    served: list[tuple[str, int]] = []
    monkeypatch.setattr(desk_app, "serve", lambda app, host, port: served.append((host, port)))
    started = runner.invoke(cli, ["review", "--db", store.url, "--local-only-no-login"])
    assert started.exit_code == 0, started.output
    assert "http://127.0.0.1:8470/" in started.output
    assert served == [("127.0.0.1", 8470)]
