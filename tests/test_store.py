"""The case store: schema by migration, idempotent saves, stable case ids, an append-only audit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DatabaseError

from asistents.errors import AsistentsError, ExitCode, UsageError
from asistents.store import (
    DB_ENV,
    Store,
    current_revision,
    head_revision,
    resolve_db_url,
    upgrade_sql,
)
from asistents.store.migrate import alembic_config

CODE = "120715-20014"  # invented; valid checksum
H1, H2, H3 = ("1" * 64, "2" * 64, "3" * 64)


def record(name: str, doc_type: str = "application", error: str | None = None) -> dict:
    return {"file": name, "doc_type": doc_type, "fields": {"client_name": "Anna Kalniņa"},
            "error": error}


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'asistents.db'}"


@pytest.fixture
def store(url: str):
    with Store(url) as opened:
        yield opened


def test_migrations_create_the_schema_on_an_empty_file(url: str, tmp_path: Path) -> None:
    Store(url).close()
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names())
    assert {"documents", "cases", "audit", "store_settings", "alembic_version"} <= names
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def test_an_old_database_is_upgraded_on_open(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text("INSERT INTO audit (at, action) VALUES ('2026-01-02 03:04:05', 'old entry')")
        )
    engine.dispose()

    with Store(url) as store:
        assert [entry["action"] for entry in store.audit_log()] == ["old entry"]
    engine = create_engine(url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        with pytest.raises(DatabaseError, match="append-only"):
            connection.execute(text("DELETE FROM audit"))
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused(url: str) -> None:
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(AsistentsError, match="cannot migrate the store"):
        Store(url)


def test_resaving_a_document_does_not_duplicate_it(store: Store) -> None:
    store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    store.save_document(H1, "inbox/copy_of_a.pdf", record("inbox/copy_of_a.pdf"))

    [document] = store.documents()
    assert document.sha256 == H1
    assert document.display_name == "inbox/copy_of_a.pdf"
    assert document.display_names == ("inbox/a.pdf", "inbox/copy_of_a.pdf")
    assert store.known(H1) and not store.known(H2)
    assert store.document(H1) == record("inbox/copy_of_a.pdf")
    assert store.document(H2) is None


def test_a_failed_document_is_known_with_its_error(store: Store) -> None:
    store.save_document(H2, "inbox/broken.pdf", record("inbox/broken.pdf", "unknown", "not a PDF"))
    [document] = store.documents()
    assert store.known(H2)
    assert (document.doc_type, document.error) == ("unknown", "not a PDF")


def test_a_resave_keeps_the_documents_case(store: Store) -> None:
    case_id = store.case_id_for(store.case_key(CODE, "assistant"), 2026)
    store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    store.assign_documents(case_id, [H1])
    store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf", "employer_certificate"))
    [document] = store.documents()
    assert (document.case_id, document.doc_type) == (case_id, "employer_certificate")


def test_case_ids_are_stable_across_store_instances(url: str) -> None:
    with Store(url) as first:
        anna = first.case_key(CODE, "assistant")
        ids = [first.case_id_for(anna, 2026), first.case_id_for(first.case_key("x"), 2026)]
        next_year = first.case_id_for(first.case_key("y"), 2027)
    assert ids == ["2026-0001", "2026-0002"]
    assert next_year == "2027-0001"

    with Store(url) as second:
        assert second.case_key(CODE, "assistant") == anna
        assert second.case_key(f"  {CODE} ", "ASSISTANT") == anna
        assert second.case_key(CODE.replace("-", ""), "assistant") == anna
        assert second.case_key(CODE, "family_assistant") != anna
        assert second.case_id_for(anna, 2026) == "2026-0001"
        # A key first seen in 2026 keeps its id when looked up in a later year.
        assert second.case_id_for(anna, 2027) == "2026-0001"
        assert second.case_id_for(second.case_key("z"), 2026) == "2026-0003"


def test_case_keys_hide_the_personal_code(url: str, tmp_path: Path) -> None:
    with Store(url) as store:
        key = store.case_key(CODE, "assistant")
        store.case_id_for(key, 2026)
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        # Keyed by each database's own secret: a key alone cannot be checked against codes.
        assert other.case_key(CODE, "assistant") != key
    assert CODE not in key and CODE.replace("-", "") not in key
    raw = (tmp_path / "asistents.db").read_bytes()
    assert CODE.encode() not in raw and CODE.replace("-", "").encode() not in raw


def test_a_plain_personal_code_is_refused_as_a_case_key(store: Store) -> None:
    with pytest.raises(ValueError, match="personal code"):
        store.case_id_for(f"{CODE}|assistant", 2026)


def test_cases_are_saved_and_documents_assigned(store: Store) -> None:
    case_id = store.case_id_for(store.case_key(CODE, "assistant"), 2026)
    unsaved = store.case_id_for(store.case_key("someone else"), 2026)
    store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    store.save_document(H2, "inbox/b.pdf", record("inbox/b.pdf"))
    contract = {
        "case_id": case_id,
        "service": "assistant",
        "client": {"name": "Anna Kalniņa", "personal_code": CODE},
        "documents": [{"file": "inbox/a.pdf", "doc_type": "application"}],
        "findings": [],
    }
    store.save_case(contract)
    store.assign_documents(case_id, [H1])

    assert store.case(case_id) == contract
    assert store.case(unsaved) is None
    assert store.cases() == [contract]
    assert {d.sha256: d.case_id for d in store.documents()} == {H1: case_id, H2: None}

    contract["findings"] = [{"kind": "missing", "doc_type": "commission_opinion", "rule": "r"}]
    store.save_case(contract)
    assert store.cases() == [contract]

    store.assign_documents(None, [H1])
    assert {d.case_id for d in store.documents()} == {None}


def test_unknown_cases_and_documents_are_usage_errors(store: Store) -> None:
    with pytest.raises(UsageError, match="unknown case id 2026-0042"):
        store.save_case({"case_id": "2026-0042"})
    case_id = store.case_id_for(store.case_key("a"), 2026)
    with pytest.raises(UsageError, match="unknown case id"):
        store.assign_documents("2026-0042", [H1])
    with pytest.raises(UsageError, match="not in the store: 333333333333"):
        store.assign_documents(case_id, [H3])


def test_audit_entries_are_appended_in_order_without_codes(store: Store) -> None:
    store.audit("intake.started", detail={"files": 3})
    store.audit("document.read", file_hash=H1, detail={"doc_type": "application"})
    store.audit("case.checked", case_id="2026-0001", file_hash=H1,
                detail={"note": f"client {CODE}", "codes": [CODE]})

    log = store.audit_log()
    assert [entry["action"] for entry in log] == [
        "intake.started", "document.read", "case.checked"
    ]
    assert log[2]["case_id"] == "2026-0001" and log[2]["file_hash"] == H1
    assert log[2]["at"].endswith("+00:00")
    assert CODE not in repr(log)
    assert [e["action"] for e in store.audit_log(case_id="2026-0001")] == ["case.checked"]
    assert len(store.audit_log(file_hash=H1)) == 2


def test_the_audit_table_refuses_update_and_delete(store: Store, url: str) -> None:
    store.audit("document.read", file_hash=H1)
    assert not any(name.startswith(("update_audit", "delete_audit")) for name in dir(store))
    engine = create_engine(url)
    with engine.connect() as connection:
        with pytest.raises(DatabaseError, match="append-only"):
            connection.execute(text("UPDATE audit SET action = 'forged'"))
        connection.rollback()
        with pytest.raises(DatabaseError, match="append-only"):
            connection.execute(text("DELETE FROM audit"))
    engine.dispose()
    assert [entry["action"] for entry in store.audit_log()] == ["document.read"]


KILLED_RUN = """
import os, signal, sys
from asistents.store import Store
store = Store(sys.argv[1])
for n in range(3):
    sha = str(n + 1) * 64
    store.save_document(sha, f"inbox/{n}.pdf", {"file": f"inbox/{n}.pdf", "error": None})
    store.audit("document.read", file_hash=sha)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_run_keeps_what_it_saved(url: str) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_RUN, url], check=False)
    assert done.returncode == -9
    with Store(url) as store:
        assert [d.display_name for d in store.documents()] == [
            "inbox/0.pdf", "inbox/1.pdf", "inbox/2.pdf"
        ]
        assert store.known(H3)
        assert len(store.audit_log()) == 3


FIRST_OPEN = """
import sys
from asistents.store import Store
with Store(sys.argv[1]) as store:
    for n in range(5):
        store.case_id_for(store.case_key(sys.argv[2], str(n)), 2026)
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store_url(request: pytest.FixtureRequest, url: str) -> str:
    """An empty database: a SQLite file, or a new database in the throwaway PostgreSQL."""
    if request.param == "sqlite":
        return url
    server: str = request.getfixturevalue("postgres_url")
    name = f"fresh_{os.getpid()}_{len(request.node.name)}"
    engine = create_engine(resolve_db_url(server), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return server.replace("@/postgres?", f"@/{name}?")


def test_commands_opening_a_new_store_at_once_all_succeed(new_store_url: str) -> None:
    url = new_store_url
    # Before write transactions took SQLite's lock up front, all but one of these failed with
    # "table cases already exists": each ran the first migration itself.
    runs = [
        subprocess.Popen([sys.executable, "-c", FIRST_OPEN, url, tag], stderr=subprocess.PIPE)
        for tag in "abcd"
    ]
    failures = [run.stderr.read() for run in runs if run.wait() != 0 and run.stderr]
    assert failures == []
    with Store(url) as store:
        ids = {store.case_id_for(store.case_key(tag, str(n)), 2026)
               for tag in "abcd" for n in range(5)}
    assert ids == {f"2026-{n:04d}" for n in range(1, 21)}


def test_asistents_db_env_names_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "elsewhere" / "cases.db"
    monkeypatch.setenv(DB_ENV, f"sqlite:///{target}")
    with Store() as store:
        store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    assert target.is_file()
    assert not (tmp_path / "asistents.db").exists()

    monkeypatch.delenv(DB_ENV)
    Store().close()
    assert (tmp_path / "asistents.db").is_file()


def test_db_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    assert resolve_db_url(None) == "sqlite:///asistents.db"
    monkeypatch.setenv(DB_ENV, "sqlite:///from_env.db")
    assert resolve_db_url(None) == "sqlite:///from_env.db"
    assert resolve_db_url("sqlite:///given.db") == "sqlite:///given.db"
    assert resolve_db_url("cases.db") == "sqlite:///cases.db"
    assert resolve_db_url("postgresql://clerk@db/asistents") == (
        "postgresql+psycopg://clerk@db/asistents"
    )


def test_migrations_render_for_postgresql() -> None:
    sql = upgrade_sql("postgresql://clerk@localhost/asistents")
    assert "CREATE TABLE documents" in sql and "JSON" in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "EXECUTE FUNCTION audit_append_only()" in sql
    assert "AUTOINCREMENT" not in sql and "RAISE(ABORT" not in sql


def test_an_unreachable_store_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(AsistentsError) as caught:
        Store(f"sqlite:///{tmp_path / 'file' / 'x.db'}")
    assert caught.value.exit_code in (ExitCode.FAILED, ExitCode.USAGE)
    assert "\n" not in caught.value.one_line()
    with pytest.raises(UsageError):
        Store("not a url ://")


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "asistents.db").write_text("these are notes, not a database\n" * 100)
    with pytest.raises(AsistentsError, match="cannot open the store: file is not a database"):
        Store(f"sqlite:///{tmp_path / 'asistents.db'}")


def test_stored_records_keep_latvian_text(store: Store, url: str) -> None:
    store.save_document(H1, "inbox/ā.pdf", record("inbox/ā.pdf"))
    engine = create_engine(url)
    with engine.connect() as connection:
        raw = connection.execute(text("SELECT record FROM documents")).scalar()
    engine.dispose()
    assert isinstance(raw, str) and "Anna Kalniņa" in raw


def _postgres_bin() -> Path | None:
    """The folder of a local PostgreSQL server's programs, when one is installed."""
    import shutil

    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


@pytest.fixture(scope="module")
def postgres_url():
    """A throwaway PostgreSQL cluster on a Unix socket; skipped when no server is installed."""
    import shutil
    import tempfile

    pytest.importorskip("psycopg")
    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server installed")
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run the server")
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser")
        as_user = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="asistents-pg-"))
    data = folder / "data"
    if as_user:
        shutil.chown(folder, "postgres")
    port = "54329"
    options = f"-k {folder} -p {port} -c listen_addresses=''"
    started = subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(data)],
        check=False, capture_output=True,
    ).returncode == 0 and subprocess.run(
        [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
         "-l", str(folder / "log"), "start"],
        check=False, capture_output=True,
    ).returncode == 0
    if not started:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip("a throwaway PostgreSQL server would not start here")
    try:
        yield f"postgresql://postgres@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "stop"], check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def test_the_store_works_the_same_on_postgresql(postgres_url: str) -> None:
    with Store(postgres_url) as store:
        store.save_document(H1, "inbox/ā.pdf", record("inbox/ā.pdf"))
        store.save_document(H1, "inbox/ā.pdf", record("inbox/ā.pdf"))
        key = store.case_key(CODE, "assistant")
        case_id = store.case_id_for(key, 2026)
        store.save_case({"case_id": case_id, "service": "assistant"})
        store.assign_documents(case_id, [H1])
        store.audit("document.read", file_hash=H1, detail={"note": CODE})
    with Store(postgres_url) as store:
        assert [(d.sha256, d.case_id) for d in store.documents()] == [(H1, case_id)]
        assert store.case_id_for(key, 2026) == "2026-0001"
        assert store.cases() == [{"case_id": case_id, "service": "assistant"}]
        [entry] = store.audit_log()
        assert entry["at"].endswith("+00:00") and CODE not in repr(entry)
        engine = create_engine(store.url)
    with engine.connect() as connection:
        for statement in ("UPDATE audit SET action = 'x'", "DELETE FROM audit"):
            with pytest.raises(DatabaseError, match="append-only"):
                connection.execute(text(statement))
            connection.rollback()
    engine.dispose()


def test_the_wheel_ships_the_migrations(tmp_path: Path) -> None:
    """Alembic needs env.py, script.py.mako and every revision inside the installed package."""
    import shutil
    import tomllib
    import zipfile

    root = Path(__file__).resolve().parents[1]
    # Build from a copy of what the wheel is made of: a build in the working tree would share
    # its build/ folder with any other build running there at the same time.
    source_tree = tmp_path / "src"
    source_tree.mkdir()
    settings = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    for name in ["pyproject.toml", "README.md", *settings["package-dir"].values()]:
        if (root / name).is_dir():
            shutil.copytree(root / name, source_tree / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(root / name, source_tree / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(source_tree)],
        check=True,
    )
    (wheel,) = tmp_path.glob("asistents-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    source = root / "asistents" / "store" / "migrations"
    expected = {"env.py", "script.py.mako"} | {
        f"versions/{p.name}" for p in (source / "versions").glob("0*.py")
    }
    assert len(expected) >= 4
    missing = {n for n in expected if f"asistents/store/migrations/{n}" not in names}
    assert not missing


FAILING_REVISION = '''
"""A migration that dies halfway (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO store_settings (name, value) VALUES ('half', 'done')")
    raise RuntimeError("power cut")


def downgrade() -> None:
    pass
'''


def test_a_migration_that_fails_leaves_the_store_as_it_was(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import asistents.store.migrate as migrate

    with Store(url) as store:
        store.save_document(H1, "inbox/a.pdf", record("inbox/a.pdf"))
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "0999_fails.py").write_text(
        FAILING_REVISION.format(head=head_revision())
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)

    with pytest.raises(AsistentsError, match="power cut"):
        Store(url)

    monkeypatch.undo()
    engine = create_engine(url)
    assert "half_done" not in inspect(engine).get_table_names()
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.execute(text("SELECT count(*) FROM store_settings")).scalar() == 0
    engine.dispose()
    with Store(url) as store:
        assert store.known(H1)
