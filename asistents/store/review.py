"""Store methods of the review desk: users, corrections, placements, resolutions, case versions.

Everything a person does on the desk is a row of its own (a correction beside the record as
read, a placement beside intake's grouping, a resolution beside the finding); the newest row
per thing is in force. Every change is checked against the case's version in the same
transaction that writes it, so a change made on a stale page is refused (`StaleCaseError`)
instead of silently overwriting someone else's.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, RowMapping

from ..errors import UsageError
from .tables import (
    case_reviews,
    cases,
    corrections,
    decisions,
    document_files,
    documents,
    finding_resolutions,
    placements,
    review_sessions,
    store_settings,
    users,
)

T = TypeVar("T")

_REVIEW_SECRET = "review_secret_key"

ROLES = ("clerk", "social_worker", "admin")
CORRECTION_KINDS = ("set", "confirm", "absent")
PLACEMENT_KINDS = ("case", "not_ours")
RESOLUTION_ACTIONS = ("resolve", "reopen")
# How the list sorts: the column and its direction.
SORTS = {
    "case": (case_reviews.c.case_id, False),
    "due": (case_reviews.c.decision_due, False),
    "findings": (case_reviews.c.open_findings, True),
    "changed": (case_reviews.c.changed_at, True),
}


class StaleCaseError(UsageError):
    """The case changed since the page was loaded: the change is refused, nothing is written."""

    def __init__(self, case_id: str, current: int) -> None:
        super().__init__(f"case {case_id} was changed by someone else (now version {current})")
        self.case_id = case_id
        self.current = current


@dataclass(frozen=True)
class User:
    """A person who may use the desk."""

    id: int
    name: str
    role: str
    password_hash: str
    disabled: bool
    failed_logins: int
    locked_until: datetime | None


@dataclass(frozen=True)
class CorrectionRow:
    """One stored correction (see tables.corrections)."""

    id: int
    sha256: str
    field: str
    kind: str
    value_read: Any
    value: Any
    by: str
    at: datetime
    why: str | None
    case_id: str | None


@dataclass(frozen=True)
class PlacementRow:
    """Where a person put a document (see tables.placements)."""

    id: int
    sha256: str
    kind: str
    case_id: str | None
    from_case: str | None
    by: str
    at: datetime
    why: str | None


@dataclass(frozen=True)
class ResolutionRow:
    """A finding resolved or reopened (see tables.finding_resolutions)."""

    id: int
    case_id: str
    finding_key: str
    action: str
    note: str | None
    by: str
    at: datetime


@dataclass(frozen=True)
class CaseSummary:
    """What the list page shows of one case, and the version changes are checked against."""

    case_id: str
    version: int
    ready: bool
    ready_by: str | None
    ready_at: datetime | None
    status: str | None
    open_findings: int
    blocking_findings: int
    decision_due: date | None
    client_name: str | None
    service: str | None
    granted: bool | None
    total_hours: float | None
    documents: int
    changed_at: datetime
    decided: bool = False


class ReviewRegister:
    """Store methods for the review desk (mixed into `Store`, which provides the plumbing)."""

    # Provided by Store.
    _transaction: Callable[[Callable[[Connection], Any]], Any]
    _reading: Callable[[], AbstractContextManager[Connection]]
    case_key: Callable[..., str]
    case_id_for: Callable[[str, int], str]

    # --- users -----------------------------------------------------------------------------

    def add_user(self, name: str, role: str, password_hash: str) -> User:
        """A new user; a name already taken is a usage error."""
        if role not in ROLES:
            raise UsageError(f"role is one of {', '.join(ROLES)}, not {role!r}")
        if not name or len(name) > 64 or not name.isprintable() or name != name.strip():
            raise UsageError("a user name is 1 to 64 printable characters")

        def add(connection: Connection) -> None:
            if connection.execute(select(users.c.id).where(users.c.name == name)).first():
                raise UsageError(f"user {name} exists already")
            connection.execute(insert(users).values(
                name=name, role=role, password_hash=password_hash, disabled=False,
                failed_logins=0, created_at=_now()))

        self._transaction(add)
        found = self.user(name)
        assert found is not None  # just written
        return found

    def user(self, name: str) -> User | None:
        with self._reading() as connection:
            row = connection.execute(select(users).where(users.c.name == name)).mappings().first()
        return _user(row) if row is not None else None

    def users(self) -> list[User]:
        with self._reading() as connection:
            rows = connection.execute(select(users).order_by(users.c.name)).mappings().all()
        return [_user(row) for row in rows]

    def set_user_disabled(self, name: str, disabled: bool) -> None:
        """Disable (or enable again) a user; a disabled user's sessions end at once."""

        def change(connection: Connection) -> None:
            row = connection.execute(select(users.c.id).where(users.c.name == name)).first()
            if row is None:
                raise UsageError(f"no user {name}")
            connection.execute(update(users).where(users.c.id == row.id).values(
                disabled=disabled))
            if disabled:
                connection.execute(delete(review_sessions).where(
                    review_sessions.c.user_id == row.id))

        self._transaction(change)

    def set_user_password(self, name: str, password_hash: str) -> None:
        def change(connection: Connection) -> None:
            result = connection.execute(update(users).where(users.c.name == name).values(
                password_hash=password_hash, failed_logins=0, locked_until=None))
            if result.rowcount == 0:
                raise UsageError(f"no user {name}")

        self._transaction(change)

    def login_failed(self, user_id: int, *, lock_after: int, lock_until: datetime) -> int:
        """Count a failed login; the `lock_after`-th in a row locks the user until
        `lock_until`. Returns the failures counted so far."""

        def count(connection: Connection) -> int:
            failures = int(connection.execute(
                select(users.c.failed_logins).where(users.c.id == user_id)).scalar() or 0) + 1
            values: dict[str, Any] = {"failed_logins": failures}
            if failures >= lock_after:
                values = {"failed_logins": 0, "locked_until": lock_until}
            connection.execute(update(users).where(users.c.id == user_id).values(**values))
            return failures

        return int(self._transaction(count))

    def login_succeeded(self, user_id: int, password_hash: str | None = None) -> None:
        values: dict[str, Any] = {"failed_logins": 0, "locked_until": None, "last_login": _now()}
        if password_hash:  # re-hashed with newer parameters
            values["password_hash"] = password_hash
        self._transaction(lambda c: c.execute(
            update(users).where(users.c.id == user_id).values(**values)))

    def start_session(self, user_id: int, id_hash: str, expires_at: datetime) -> None:
        def start(connection: Connection) -> None:
            # Expired sessions of anyone go when someone logs in: the table stays small.
            connection.execute(delete(review_sessions).where(
                review_sessions.c.expires_at < _now()))
            connection.execute(insert(review_sessions).values(
                id_hash=id_hash, user_id=user_id, created_at=_now(), expires_at=expires_at))

        self._transaction(start)

    def session_user(self, id_hash: str) -> User | None:
        """The enabled user of an unexpired session, or None."""
        query = (
            select(users, review_sessions.c.expires_at)
            .join(review_sessions, review_sessions.c.user_id == users.c.id)
            .where(review_sessions.c.id_hash == id_hash)
        )
        with self._reading() as connection:
            row = connection.execute(query).mappings().first()
        if row is None or row["disabled"] or _as_utc(row["expires_at"]) < _now():
            return None
        return _user(row)

    def end_session(self, id_hash: str) -> None:
        self._transaction(lambda c: c.execute(
            delete(review_sessions).where(review_sessions.c.id_hash == id_hash)))

    def review_secret(self) -> str:
        """The desk's secret for signing cookies, made once per database: sessions survive a
        restart of the desk, and two desks on one store accept each other's cookies."""

        def fetch_or_create(connection: Connection) -> str:
            value = connection.execute(select(store_settings.c.value).where(
                store_settings.c.name == _REVIEW_SECRET)).scalar()
            if value is None:
                value = secrets.token_hex(32)
                connection.execute(insert(store_settings).values(
                    name=_REVIEW_SECRET, value=value))
            return str(value)

        return str(self._transaction(fetch_or_create))

    # --- documents and their originals -------------------------------------------------------

    def note_document_files(self, files: Iterable[tuple[str, str]]) -> None:
        """Remember where each document's original is: (sha256, absolute path) pairs."""
        pairs = dict(files)
        if not pairs:
            return

        def note(connection: Connection) -> None:
            known = dict(connection.execute(
                select(document_files.c.sha256, document_files.c.path)
                .where(document_files.c.sha256.in_(list(pairs)))).all())
            now = _now()
            for sha, path in pairs.items():
                if sha not in known:
                    connection.execute(insert(document_files).values(
                        sha256=sha, path=path, seen_at=now))
                elif known[sha] != path:
                    connection.execute(update(document_files).where(
                        document_files.c.sha256 == sha).values(path=path, seen_at=now))

        self._transaction(note)

    def document_file(self, sha256: str) -> str | None:
        with self._reading() as connection:
            path = connection.execute(select(document_files.c.path).where(
                document_files.c.sha256 == sha256)).scalar()
        return str(path) if path is not None else None

    def stored_document(self, sha256: str) -> Any:
        """One document as `StoredDocument`, or None."""
        found = self._documents_where(documents.c.sha256 == sha256)
        return found[0] if found else None

    def case_documents(self, case_id: str) -> list[Any]:
        """The documents linked to one case (`StoredDocument`s), by display name."""
        return self._documents_where(documents.c.case_id == case_id)

    def loose_documents(self) -> list[Any]:
        """Documents in no case: the unassigned ones and the files that could not be read."""
        return self._documents_where(documents.c.case_id.is_(None))

    def _documents_where(self, condition: Any) -> list[Any]:
        from .case_store import StoredDocument

        query = select(
            documents.c.sha256, documents.c.display_name, documents.c.record,
            documents.c.case_id, documents.c.doc_type, documents.c.error,
            documents.c.display_names,
        ).where(condition).order_by(documents.c.display_name, documents.c.sha256)
        with self._reading() as connection:
            rows = connection.execute(query).all()
        return [
            StoredDocument(
                sha256=row.sha256, display_name=row.display_name, record=dict(row.record),
                case_id=row.case_id, doc_type=row.doc_type, error=row.error,
                display_names=tuple(row.display_names or ()),
            )
            for row in rows
        ]

    # --- corrections -------------------------------------------------------------------------

    def corrections_for(self, sha256s: Iterable[str]) -> dict[str, list[CorrectionRow]]:
        """sha256 -> its corrections, oldest first (the newest per field is in force)."""
        hashes = sorted(set(sha256s))
        if not hashes:
            return {}
        with self._reading() as connection:
            rows = connection.execute(
                select(corrections).where(corrections.c.sha256.in_(hashes))
                .order_by(corrections.c.id)).mappings().all()
        out: dict[str, list[CorrectionRow]] = {}
        for row in rows:
            out.setdefault(row["sha256"], []).append(_correction(row))
        return out

    def all_corrections(self) -> dict[str, list[CorrectionRow]]:
        """Every correction by document, oldest first (intake applies them all)."""
        with self._reading() as connection:
            rows = connection.execute(
                select(corrections).order_by(corrections.c.id)).mappings().all()
        out: dict[str, list[CorrectionRow]] = {}
        for row in rows:
            out.setdefault(row["sha256"], []).append(_correction(row))
        return out

    def add_correction(
        self, *, case_id: str | None, version: int | None, sha256: str, field: str, kind: str,
        value_read: Any, value: Any, by: str, why: str | None = None,
    ) -> int:
        """File a correction made on the page of `case_id` at `version`; the case's new version.

        `case_id=None` is a document in no case (nothing to check a version against).
        """
        if kind not in CORRECTION_KINDS:
            raise UsageError(f"a correction is one of {', '.join(CORRECTION_KINDS)}")

        def add(connection: Connection) -> int:
            new_version = _bump(connection, case_id, version) if case_id else 0
            connection.execute(insert(corrections).values(
                sha256=sha256, field=field, kind=kind, value_read=value_read, value=value,
                by=by, at=_now(), why=why, case_id=case_id))
            return new_version

        return int(self._transaction(add))

    # --- placements ---------------------------------------------------------------------------

    def placements(self) -> dict[str, PlacementRow]:
        """sha256 -> the placement in force (the newest)."""
        with self._reading() as connection:
            rows = connection.execute(
                select(placements).order_by(placements.c.id)).mappings().all()
        return {row["sha256"]: _placement(row) for row in rows}

    def placement(self, sha256: str) -> PlacementRow | None:
        with self._reading() as connection:
            row = connection.execute(
                select(placements).where(placements.c.sha256 == sha256)
                .order_by(placements.c.id.desc()).limit(1)).mappings().first()
        return _placement(row) if row is not None else None

    def place_documents(
        self, sha256s: Sequence[str], *, kind: str, to_case: str | None,
        versions: Mapping[str, int | None], by: str, why: str | None = None,
    ) -> dict[str, int]:
        """Put documents into `to_case` (kind `case`) or out as not ours (kind `not_ours`).

        `versions`: each case the person saw, with the version they saw (checked, then bumped);
        the target case is bumped too. The store's document links follow at once.
        """
        if kind not in PLACEMENT_KINDS:
            raise UsageError(f"a placement is one of {', '.join(PLACEMENT_KINDS)}")
        if (kind == "case") != (to_case is not None):
            raise UsageError("a document goes into a case, or out as not ours")

        def place(connection: Connection) -> dict[str, int]:
            if to_case is not None and connection.execute(
                select(cases.c.case_id).where(cases.c.case_id == to_case)
            ).first() is None:
                raise UsageError(f"unknown case id {to_case}")
            bumped = {case: _bump(connection, case, seen) for case, seen in versions.items()}
            if to_case is not None and to_case not in bumped:
                bumped[to_case] = _bump(connection, to_case, None)
            now = _now()
            for sha in sha256s:
                current = connection.execute(
                    select(documents.c.case_id).where(documents.c.sha256 == sha)).first()
                if current is None:
                    raise UsageError(f"document {sha[:12]} is not in the store")
                connection.execute(insert(placements).values(
                    sha256=sha, kind=kind, case_id=to_case, from_case=current.case_id, by=by,
                    at=now, why=why))
                connection.execute(update(documents).where(documents.c.sha256 == sha).values(
                    case_id=to_case))
                if current.case_id and current.case_id not in bumped:
                    bumped[current.case_id] = _bump(connection, current.case_id, None)
            return bumped

        return dict(self._transaction(place))

    def new_case_from(self, from_case: str, sha256s: Sequence[str], *, year: int) -> str:
        """A new case id for documents split off `from_case` (its key names the split)."""
        key = self.case_key("split", from_case, *sorted(sha256s))
        return self.case_id_for(key, year)

    # --- finding resolutions --------------------------------------------------------------------

    def resolutions(self, case_id: str) -> dict[str, ResolutionRow]:
        """finding key -> the newest resolve/reopen row of that finding in this case."""
        with self._reading() as connection:
            rows = connection.execute(
                select(finding_resolutions).where(finding_resolutions.c.case_id == case_id)
                .order_by(finding_resolutions.c.id)).mappings().all()
        return {row["finding_key"]: _resolution(row) for row in rows}

    def resolve_finding(
        self, *, case_id: str, version: int | None, finding_key: str, action: str,
        note: str | None, by: str,
    ) -> int:
        """Resolve a finding with a note, or reopen it; returns the case's new version."""
        if action not in RESOLUTION_ACTIONS:
            raise UsageError(f"a finding is resolved or reopened, not {action!r}")

        def resolve(connection: Connection) -> int:
            new_version = _bump(connection, case_id, version)
            connection.execute(insert(finding_resolutions).values(
                case_id=case_id, finding_key=finding_key, action=action, note=note, by=by,
                at=_now()))
            return new_version

        return int(self._transaction(resolve))

    # --- case versions, readiness and the list's summary ----------------------------------------

    def case_version(self, case_id: str) -> int:
        with self._reading() as connection:
            version = connection.execute(select(case_reviews.c.version).where(
                case_reviews.c.case_id == case_id)).scalar()
        return int(version or 0)

    def mark_ready(self, *, case_id: str, version: int | None, ready: bool, by: str) -> int:
        """Mark a case ready for a decision (or take the mark back); the new version."""

        def mark(connection: Connection) -> int:
            new_version = _bump(connection, case_id, version, keep_ready=True)
            connection.execute(update(case_reviews).where(
                case_reviews.c.case_id == case_id).values(
                ready=ready, ready_by=by if ready else None, ready_at=_now() if ready else None))
            return new_version

        return int(self._transaction(mark))

    def save_case_summary(self, case_id: str, summary: Mapping[str, Any], *,
                          changed: bool) -> None:
        """Store the list's summary of a case. `changed`: the case's content changed outside
        the desk (a re-run of intake): its version moves on and a ready mark is taken back,
        since the social worker marked something else ready."""
        values = {key: summary.get(key) for key in _SUMMARY_COLUMNS}
        values["open_findings"] = int(values["open_findings"] or 0)
        values["blocking_findings"] = int(values["blocking_findings"] or 0)
        values["documents"] = int(values["documents"] or 0)

        def save(connection: Connection) -> None:
            exists = connection.execute(select(case_reviews.c.version).where(
                case_reviews.c.case_id == case_id)).first()
            if exists is None:
                connection.execute(insert(case_reviews).values(
                    case_id=case_id, version=1, ready=False, changed_at=_now(), **values))
                return
            extra: dict[str, Any] = {}
            if changed:
                extra = {"version": exists.version + 1, "ready": False, "ready_by": None,
                         "ready_at": None, "changed_at": _now()}
            connection.execute(update(case_reviews).where(
                case_reviews.c.case_id == case_id).values(**values, **extra))

        self._transaction(save)

    def case_summary(self, case_id: str) -> CaseSummary | None:
        found = self.case_summaries(case_ids=[case_id])
        return found[0] if found else None

    def case_summaries(
        self, *, sort: str = "case", status: str | None = None, offset: int = 0,
        limit: int | None = None, case_ids: Sequence[str] | None = None,
    ) -> list[CaseSummary]:
        """The list page's rows: summaries with `decided` from the decision register.

        `status`: needs_look | missing | checked | ready | decided (see `list_status`).
        """
        decided = (
            select(decisions.c.case_id).where(decisions.c.status == "issued")
            .group_by(decisions.c.case_id).subquery()
        )
        column, descending = SORTS.get(sort, SORTS["case"])
        query = (
            select(case_reviews, decided.c.case_id.is_not(None).label("decided"))
            .outerjoin(decided, decided.c.case_id == case_reviews.c.case_id)
            .order_by(column.desc() if descending else column, case_reviews.c.case_id)
        )
        if case_ids is not None:
            query = query.where(case_reviews.c.case_id.in_(list(case_ids)))
        if status is not None:
            query = query.where(_status_condition(status, decided.c.case_id))
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._reading() as connection:
            rows = connection.execute(query).mappings().all()
        return [_summary(row) for row in rows]

    def case_status_counts(self) -> dict[str, int]:
        """How many cases are in each list status."""
        decided = (
            select(decisions.c.case_id).where(decisions.c.status == "issued")
            .group_by(decisions.c.case_id).subquery()
        )
        counts: dict[str, int] = {}
        with self._reading() as connection:
            for status in LIST_STATUSES:
                counts[status] = int(connection.execute(
                    select(func.count()).select_from(
                        case_reviews.outerjoin(decided, decided.c.case_id == case_reviews.c.case_id)
                    ).where(_status_condition(status, decided.c.case_id))).scalar() or 0)
        return counts

    def cases_without_summary(self) -> list[str]:
        """Saved cases the desk has no summary of yet (made by an intake before the desk)."""
        query = (
            select(cases.c.case_id)
            .outerjoin(case_reviews, case_reviews.c.case_id == cases.c.case_id)
            .where(cases.c.contract.is_not(None), case_reviews.c.case_id.is_(None))
            .order_by(cases.c.case_id)
        )
        with self._reading() as connection:
            return [str(case_id) for case_id in connection.execute(query).scalars()]

    def case_ids(self) -> list[str]:
        """Every saved case id (the move and assign forms offer them)."""
        with self._reading() as connection:
            return [str(c) for c in connection.execute(
                select(cases.c.case_id).where(cases.c.contract.is_not(None))
                .order_by(cases.c.year, cases.c.seq)).scalars()]


# The list page's statuses, in the order a clerk works: what needs a person first.
LIST_STATUSES = ("needs_look", "missing", "checked", "ready", "decided")

_SUMMARY_COLUMNS = (
    "status", "open_findings", "blocking_findings", "decision_due", "client_name", "service",
    "granted", "total_hours", "documents",
)


def _status_condition(status: str, decided_case: Any) -> Any:
    not_decided = decided_case.is_(None)
    open_work = case_reviews.c.blocking_findings > 0
    if status == "decided":
        return decided_case.is_not(None)
    if status == "ready":
        return and_(not_decided, case_reviews.c.ready.is_(True))
    if status == "missing":
        return and_(not_decided, case_reviews.c.ready.is_(False), open_work,
                    case_reviews.c.status == "missing")
    if status == "needs_look":
        return and_(not_decided, case_reviews.c.ready.is_(False), open_work,
                    or_(case_reviews.c.status.is_(None), case_reviews.c.status != "missing"))
    if status == "checked":
        return and_(not_decided, case_reviews.c.ready.is_(False), ~open_work)
    raise UsageError(f"unknown list status {status!r}")


def list_status(summary: CaseSummary) -> str:
    """The status the list shows (same rules as `_status_condition`)."""
    if summary.decided:
        return "decided"
    if summary.ready:
        return "ready"
    if summary.blocking_findings > 0:
        return "missing" if summary.status == "missing" else "needs_look"
    return "checked"


def _bump(connection: Connection, case_id: str | None, seen: int | None, *,
          keep_ready: bool = False) -> int:
    """Check that the case is still at the version `seen` (None: not checked) and move it on.

    Any change but the ready mark itself takes a ready mark back: the social worker marked
    the case as it was.
    """
    if case_id is None:
        return 0
    row = connection.execute(select(case_reviews.c.version).where(
        case_reviews.c.case_id == case_id)).first()
    current = int(row.version) if row is not None else 0
    if seen is not None and seen != current:
        raise StaleCaseError(case_id, current)
    values: dict[str, Any] = {"version": current + 1, "changed_at": _now()}
    if not keep_ready:
        values.update(ready=False, ready_by=None, ready_at=None)
    if row is None:
        connection.execute(insert(case_reviews).values(
            case_id=case_id, open_findings=0, blocking_findings=0, documents=0,
            **{"ready": False, **values}))
    else:
        # The WHERE on the version makes a concurrent writer's bump lose, not merge.
        result = connection.execute(update(case_reviews).where(
            case_reviews.c.case_id == case_id, case_reviews.c.version == current).values(**values))
        if result.rowcount != 1:
            raise StaleCaseError(case_id, current + 1)
    return current + 1


def _user(row: RowMapping) -> User:
    locked = row["locked_until"]
    return User(
        id=int(row["id"]), name=str(row["name"]), role=str(row["role"]),
        password_hash=str(row["password_hash"]), disabled=bool(row["disabled"]),
        failed_logins=int(row["failed_logins"] or 0),
        locked_until=_as_utc(locked) if locked is not None else None,
    )


def _correction(row: RowMapping) -> CorrectionRow:
    return CorrectionRow(
        id=int(row["id"]), sha256=row["sha256"], field=row["field"], kind=row["kind"],
        value_read=row["value_read"], value=row["value"], by=row["by"], at=_as_utc(row["at"]),
        why=row["why"], case_id=row["case_id"],
    )


def _placement(row: RowMapping) -> PlacementRow:
    return PlacementRow(
        id=int(row["id"]), sha256=row["sha256"], kind=row["kind"], case_id=row["case_id"],
        from_case=row["from_case"], by=row["by"], at=_as_utc(row["at"]), why=row["why"],
    )


def _resolution(row: RowMapping) -> ResolutionRow:
    return ResolutionRow(
        id=int(row["id"]), case_id=row["case_id"], finding_key=row["finding_key"],
        action=row["action"], note=row["note"], by=row["by"], at=_as_utc(row["at"]),
    )


def _summary(row: RowMapping) -> CaseSummary:
    ready_at = row["ready_at"]
    return CaseSummary(
        case_id=row["case_id"], version=int(row["version"]), ready=bool(row["ready"]),
        ready_by=row["ready_by"], ready_at=_as_utc(ready_at) if ready_at else None,
        status=row["status"], open_findings=int(row["open_findings"] or 0),
        blocking_findings=int(row["blocking_findings"] or 0),
        decision_due=row["decision_due"], client_name=row["client_name"],
        service=row["service"], granted=row["granted"], total_hours=row["total_hours"],
        documents=int(row["documents"] or 0), changed_at=_as_utc(row["changed_at"]),
        decided=bool(row["decided"]),
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
