"""The case store: documents by SHA-256, cases by id, an append-only audit trail, in one database.

Every command (`intake`, `assess`, `decide`, `timesheets`, `report`) opens the same store, so a
clerk runs them one after another in one folder. Each method is its own short transaction:
killing a batch loses nothing already saved.

Personal data: documents and case contracts hold names and personal codes (they are the case
file), but the database *keys* and the audit trail do not. A case is found by a `case_key` made
with `Store.case_key(...)`: an HMAC-SHA256 of its parts under a random secret kept in this
database (`store_settings`). A plain SHA-256 would not do: a Latvian personal code is a birth
date plus five digits, so an unkeyed hash is reversed by trying them all; with the secret, a
key copied into a log or a ticket reveals nothing without the database itself. The audit trail
stores file hashes and case ids; string values in its `detail` are passed through
`privacy.redact`, and callers put counts, document types and hashes there, never names.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import random
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, func, insert, select, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)

from ..errors import AsistentsError, MissingDependencyError, UsageError
from ..privacy import redact
from .decisions import DecisionRegister
from .migrate import upgrade_to_head
from .review import ReviewRegister
from .tables import audit, cases, documents, store_settings
from .timesheets import TimesheetRegister

log = logging.getLogger(__name__)

DEFAULT_DB_URL = "sqlite:///asistents.db"
DB_ENV = "ASISTENTS_DB"
_SECRET_SETTING = "case_key_secret"
_DASHED_CODE = re.compile(r"\d{6}-\d{5}")
_PLAIN_CODE = re.compile(r"(\d{6}) ?-? ?(\d{5})")
_CONFLICT_RETRIES = 8
_MAX_KEY = 128  # the widths of cases.case_key and audit.action
_MAX_ACTION = 64
_WRITE_OPTION = "asistents_write"
_MIGRATION_LOCK = 0x617369737465  # "asiste": PostgreSQL advisory lock ids of our own
_ALLOCATION_LOCK = _MIGRATION_LOCK + 1

T = TypeVar("T")


def resolve_db_url(url: str | None) -> str:
    """`--db URL`, else $ASISTENTS_DB, else `sqlite:///asistents.db` in the current folder.

    A bare file path (`cases.db`) means a SQLite file; `postgres://` and `postgresql://` mean
    PostgreSQL through psycopg 3 (`pip install 'asistents[postgres]'`).
    """
    chosen = (url or "").strip() or os.environ.get(DB_ENV, "").strip() or DEFAULT_DB_URL
    if "://" not in chosen:
        return f"sqlite:///{chosen}"
    scheme, rest = chosen.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"
    return chosen


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store knows it: its hash, the name it was last seen under, its record."""

    sha256: str
    display_name: str
    record: dict[str, Any]
    case_id: str | None = None
    doc_type: str | None = None
    error: str | None = None
    display_names: tuple[str, ...] = field(default=())


class Store(DecisionRegister, TimesheetRegister, ReviewRegister):
    """The case store at `url` (see `resolve_db_url`), migrated to the newest schema on open."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_db_url(url)
        self._secret: bytes | None = None
        self._engine = _open_engine(self.url)
        where = self.display_url
        try:
            with self._writing() as connection:
                if connection.dialect.name == "postgresql":
                    # One migrator at a time; SQLite gets the same from BEGIN IMMEDIATE.
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                upgrade_to_head(connection)
        except SQLAlchemyError as exc:  # unreachable server, locked file, not a database...
            self._engine.dispose()
            raise AsistentsError(f"cannot open the store: {_reason(exc)}", file=where) from exc
        except Exception as exc:
            # Alembic raises its own errors, e.g. a database made by a newer asistents.
            self._engine.dispose()
            raise AsistentsError(f"cannot migrate the store: {exc}", file=where) from exc
        log.info("store open: %s", where)

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Documents

    def known(self, sha256: str) -> bool:
        """True when a document with this hash was saved (with a record or with an error)."""
        with self._reading() as connection:
            found = connection.execute(
                select(documents.c.id).where(documents.c.sha256 == sha256)
            ).first()
        return found is not None

    def document(self, sha256: str) -> dict[str, Any] | None:
        """The stored extraction record of a document, or None."""
        with self._reading() as connection:
            record = connection.execute(
                select(documents.c.record).where(documents.c.sha256 == sha256)
            ).scalar()
        return dict(record) if record is not None else None

    def save_document(self, sha256: str, display_name: str, record: dict[str, Any], *,
                      audit_action: str | None = None,
                      audit_detail: dict[str, Any] | None = None) -> None:
        """Insert or replace a document's record; committed at once. A case link is kept.

        `audit_action` is the audit entry of the reading, committed in the same transaction:
        a run killed between the two would keep the document but lose who read it."""
        _check_sha256(sha256)
        entry = (self._audit_entry(audit_action, file_hash=sha256, detail=audit_detail)
                 if audit_action is not None else None)

        def save(connection: Connection) -> None:
            if entry is not None:
                connection.execute(insert(audit).values(**entry))
            now = _now()
            names = connection.execute(
                select(documents.c.display_names).where(documents.c.sha256 == sha256)
            ).first()
            values = {
                "display_name": display_name,
                "record": record,
                "doc_type": record.get("doc_type"),
                "error": record.get("error"),
                "last_seen": now,
            }
            if names is None:
                connection.execute(
                    insert(documents).values(
                        sha256=sha256, display_names=[display_name], first_seen=now, **values
                    )
                )
                return
            seen = list(names[0] or [])
            if display_name not in seen:
                seen.append(display_name)
            connection.execute(
                update(documents)
                .where(documents.c.sha256 == sha256)
                .values(display_names=seen, **values)
            )

        self._transaction(save)

    def documents(self) -> list[StoredDocument]:
        """Every stored document, ordered by display name then hash."""
        query = select(
            documents.c.sha256,
            documents.c.display_name,
            documents.c.record,
            documents.c.case_id,
            documents.c.doc_type,
            documents.c.error,
            documents.c.display_names,
        ).order_by(documents.c.display_name, documents.c.sha256)
        with self._reading() as connection:
            rows = connection.execute(query).all()
        return [
            StoredDocument(
                sha256=row.sha256,
                display_name=row.display_name,
                record=dict(row.record),
                case_id=row.case_id,
                doc_type=row.doc_type,
                error=row.error,
                display_names=tuple(row.display_names or ()),
            )
            for row in rows
        ]

    # Cases

    def case_key(self, *parts: str) -> str:
        """A case key from identifying parts, e.g. `case_key(client_personal_code, service)`.

        Parts are compared after collapsing whitespace and casefolding, and a personal code
        with or without its dash is one code; the result is an HMAC-SHA256 hex digest under
        this database's secret, safe to use as a key (see the module docstring).
        """
        if not parts or not all(isinstance(part, str) and part.strip() for part in parts):
            raise ValueError("a case key needs at least one non-empty part")
        message = "\x1f".join(_key_part(part) for part in parts)
        return hmac.new(self._key_secret(), message.encode("utf-8"), hashlib.sha256).hexdigest()

    def case_id_for(self, case_key: str, year: int) -> str:
        """The case id of `case_key`, allocating `YEAR-NNNN` (next in that year) the first time."""
        if not case_key or len(case_key) > _MAX_KEY or _DASHED_CODE.search(case_key):
            raise ValueError(
                f"a case key is 1 to {_MAX_KEY} characters with no personal code: see case_key()"
            )

        def allocate(connection: Connection) -> str:
            if connection.dialect.name == "postgresql":
                # Allocations take turns (SQLite: BEGIN IMMEDIATE); the constraints stay the proof.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ALLOCATION_LOCK})")
            existing = connection.execute(
                select(cases.c.case_id).where(cases.c.case_key == case_key)
            ).scalar()
            if existing is not None:
                return str(existing)
            last = connection.execute(
                select(func.max(cases.c.seq)).where(cases.c.year == year)
            ).scalar()
            seq = int(last or 0) + 1
            case_id = f"{year}-{seq:04d}"
            now = _now()
            connection.execute(
                insert(cases).values(
                    case_id=case_id,
                    case_key=case_key,
                    year=year,
                    seq=seq,
                    created_at=now,
                    updated_at=now,
                )
            )
            log.info("case %s allocated", case_id)
            return case_id

        # Two writers may pick the same number; the unique constraints decide and one retries.
        return self._transaction(allocate)

    def save_case(self, case: dict[str, Any]) -> None:
        """Store a case contract under its `case_id` (allocated by `case_id_for`), replacing it."""
        case_id = case.get("case_id")
        if not isinstance(case_id, str):
            raise ValueError("a case contract needs a case_id")

        def save(connection: Connection) -> None:
            result = connection.execute(
                update(cases)
                .where(cases.c.case_id == case_id)
                .values(contract=case, service=case.get("service"), updated_at=_now())
            )
            if result.rowcount == 0:
                raise UsageError(f"unknown case id {case_id}: allocate it with case_id_for")

        self._transaction(save)

    def assign_documents(self, case_id: str | None, sha256s: Iterable[str]) -> None:
        """Link documents to a case (None: unassign them); other documents keep their links."""
        hashes = sorted(set(sha256s))

        def assign(connection: Connection) -> None:
            if case_id is not None and connection.execute(
                select(cases.c.case_id).where(cases.c.case_id == case_id)
            ).first() is None:
                raise UsageError(f"unknown case id {case_id}")
            result = connection.execute(
                update(documents).where(documents.c.sha256.in_(hashes)).values(case_id=case_id)
            )
            if result.rowcount != len(hashes):
                stored = set(
                    connection.execute(
                        select(documents.c.sha256).where(documents.c.sha256.in_(hashes))
                    ).scalars()
                )
                missing = ", ".join(h[:12] for h in hashes if h not in stored)
                raise UsageError(f"documents not in the store: {missing}")

        if hashes:
            self._transaction(assign)

    def case(self, case_id: str) -> dict[str, Any] | None:
        """The saved case contract, or None when no contract was saved under that id."""
        with self._reading() as connection:
            contract = connection.execute(
                select(cases.c.contract).where(cases.c.case_id == case_id)
            ).scalar()
        return dict(contract) if contract is not None else None

    def cases(self) -> list[dict[str, Any]]:
        """Every saved case contract by case id (ids allocated but never saved are left out)."""
        with self._reading() as connection:
            contracts = connection.execute(
                select(cases.c.contract)
                .where(cases.c.contract.is_not(None))
                .order_by(cases.c.year, cases.c.seq)
            ).scalars()
            return [dict(contract) for contract in contracts if contract is not None]

    # Audit

    def audit(
        self,
        action: str,
        *,
        file_hash: str | None = None,
        case_id: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append one audit entry (UTC time). `detail`: counts, doc types, hashes; never names."""
        entry = self._audit_entry(action, file_hash=file_hash, case_id=case_id, detail=detail)
        self._transaction(lambda connection: connection.execute(insert(audit).values(**entry)))

    @staticmethod
    def _audit_entry(action: str, *, file_hash: str | None = None, case_id: str | None = None,
                     detail: dict[str, Any] | None = None) -> dict[str, Any]:
        if not action or len(action) > _MAX_ACTION:
            raise ValueError(f"an audit action is 1 to {_MAX_ACTION} characters")
        return {
            "at": _now(),
            "action": action,
            "file_hash": file_hash,
            "case_id": case_id,
            "detail": _scrubbed(detail) if detail is not None else None,
        }

    def audit_log(
        self, *, case_id: str | None = None, file_hash: str | None = None
    ) -> list[dict[str, Any]]:
        """Audit entries oldest first, optionally only those of one case or one file."""
        query = select(audit).order_by(audit.c.id)
        if case_id is not None:
            query = query.where(audit.c.case_id == case_id)
        if file_hash is not None:
            query = query.where(audit.c.file_hash == file_hash)
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
        return [{**row, "at": _as_utc(row["at"]).isoformat()} for row in rows]

    # Internals

    def _key_secret(self) -> bytes:
        if self._secret is None:

            def fetch_or_create(connection: Connection) -> str:
                value = connection.execute(
                    select(store_settings.c.value).where(store_settings.c.name == _SECRET_SETTING)
                ).scalar()
                if value is None:
                    value = secrets.token_hex(32)
                    connection.execute(
                        insert(store_settings).values(name=_SECRET_SETTING, value=value)
                    )
                return str(value)

            self._secret = bytes.fromhex(self._transaction(fetch_or_create))
        return self._secret

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction, committed on leaving; on SQLite it takes the write lock first."""
        with self._engine.connect() as connection:
            connection.execution_options(**{_WRITE_OPTION: True})
            with connection.begin():
                yield connection

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for queries; a database gone away becomes one clear error."""
        try:
            with self._engine.connect() as connection:
                yield connection
        except OperationalError as exc:
            raise AsistentsError(
                f"store read failed: {_reason(exc)}", file=self.display_url
            ) from exc

    def _transaction(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in its own committed transaction, retrying when a concurrent writer won."""
        for attempt in range(_CONFLICT_RETRIES):
            try:
                with self._writing() as connection:
                    return work(connection)
            except IntegrityError:
                if attempt == _CONFLICT_RETRIES - 1:
                    raise
                log.info("store write conflict, retrying")
                # Jitter, so writers that collided once do not collide again in step.
                time.sleep(random.uniform(0, 0.02) * (attempt + 1))
            except OperationalError as exc:
                raise AsistentsError(
                    f"store write failed: {_reason(exc)}", file=self.display_url
                ) from exc
        raise AssertionError("unreachable")


def _open_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UsageError(f"not a database URL: {exc}") from exc
    where = parsed.render_as_string(hide_password=True)
    backend = parsed.get_backend_name()
    options: dict[str, Any] = {
        # Latvian text stays readable in the JSON columns.
        "json_serializer": lambda value: json.dumps(value, ensure_ascii=False),
    }
    if backend == "sqlite":
        # Another command may be writing; wait for the lock instead of failing at once.
        options["connect_args"] = {"timeout": 30}
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise AsistentsError(
                    f"cannot create the store's folder: {exc.strerror}", file=where
                ) from exc
    try:
        engine = create_engine(parsed, **options)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = "; pip install 'asistents[postgres]'" if backend == "postgresql" else ""
        raise MissingDependencyError(
            f"no database driver for {backend} ({exc}){hint}", file=where
        ) from exc
    except SQLAlchemyError as exc:
        raise UsageError(f"cannot use the database URL: {exc}", file=where) from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: object) -> None:
    # Python's sqlite3 would start transactions itself, only before DML and never before DDL;
    # left to SQLAlchemy (see _sqlite_begin), a migration is atomic and a read is consistent.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # off unless asked, per connection
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # A write takes SQLite's write lock up front (IMMEDIATE): two writers that both read first
    # and then tried to write would deadlock, and SQLite fails one at once instead of waiting.
    write = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _key_part(part: str) -> str:
    text = " ".join(part.split()).casefold()
    code = _PLAIN_CODE.fullmatch(text)
    return f"{code.group(1)}-{code.group(2)}" if code else text


def _check_sha256(sha256: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise ValueError("a document is stored under the lowercase hex SHA-256 of its bytes")


def _scrubbed(value: Any) -> Any:
    """`value` with every personal-code-shaped run in its strings masked (defence in depth)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {str(key): _scrubbed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrubbed(item) for item in value]
    return value


def _now() -> datetime:
    return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    return " ".join(str(original or exc).split())
