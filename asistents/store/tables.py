"""The case store's tables as SQLAlchemy Core objects: documents, cases, audit, decisions."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so a later migration can drop or alter them on SQLite and PostgreSQL alike.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Case ids look like 2026-0007: the year and a per-year sequence number.
cases = Table(
    "cases",
    metadata,
    Column("case_id", String(16), primary_key=True),
    # A keyed hash (Store.case_key), never a plain personal code.
    Column("case_key", String(128), nullable=False, unique=True),
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("service", String(32)),
    Column("contract", JSON),  # the case contract of DESIGN.md; null until first saved
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("year", "seq", name="uq_cases_year_seq"),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("display_name", Text, nullable=False),  # the latest name it was seen under
    Column("display_names", JSON, nullable=False),  # every name it was seen under, in order
    Column("record", JSON, nullable=False),  # the extraction record of DESIGN.md
    Column("doc_type", String(64)),
    Column("error", Text),
    Column(
        "case_id",
        String(16),
        ForeignKey("cases.case_id", ondelete="SET NULL"),
        index=True,
    ),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)

# Append-only: the store has no method to change a row, and a trigger refuses UPDATE/DELETE.
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(64), nullable=False),
    Column("file_hash", String(64), index=True),
    Column("case_id", String(16), index=True),
    Column("detail", JSON),
)

# Per-database values, e.g. the secret that keys case_key hashes.
store_settings = Table(
    "store_settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Decisions issued (grant or refusal) and the grant each records. Numbers are YEAR/SEQ per year,
# allocated in a locked transaction and never reused: a number whose documents could not be
# made is kept with status `void`, so a gap in the register always has a row that explains it.
decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("number", String(64), nullable=False, unique=True),  # as printed, prefix included
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # reserved | issued | void
    Column("case_id", String(16), ForeignKey("cases.case_id"), nullable=False, index=True),
    # Store.case_key(client personal code): finds a client's grant without a plain code.
    Column("client_key", String(128), nullable=False, index=True),
    Column("service", String(32), nullable=False),
    Column("granted", Boolean),
    Column("rule_set", String(32)),
    Column("unit", String(8)),  # week | month: the unit of `hours` and `total_hours`
    Column("hours", JSON),  # activity kind -> hours per unit (family assistant: {})
    Column("total_hours", Float),
    Column("period_from", Date),
    Column("period_to", Date),
    Column("track", String(32)),  # adult | child | companion | a family category
    Column("category", String(32)),
    Column("replaces", String(64)),  # the number of the decision this one replaces
    Column("issued_on", Date),  # the date printed on the decision
    Column("reserved_at", DateTime(timezone=True), nullable=False),
    Column("issued_at", DateTime(timezone=True)),
    Column("issued_by", String(128)),
    Column("despite", Text),  # why it was issued although something stood in the way
    Column("files", JSON),  # what was written: DOCX and PDF paths
    Column("detail", JSON),  # the assessment it was made from, and anything else kept
    UniqueConstraint("year", "seq", name="uq_decisions_year_seq"),
)

# Timesheets of the monthly cycle (migration 0004): one row per version of a sheet. The sheet of
# one client, assistant and month is found by `sheet_key` (Store.case_key of the three, never a
# plain code); a corrected sheet makes the earlier row `replaced` and both stay, so what was paid
# on which paper can always be shown. `record` is the extraction record: the case file, codes
# included. Hours are decimal text ("1.5"): exact on SQLite and PostgreSQL alike, summed as
# Decimal in Python, because pay is counted in cents.
timesheets = Table(
    "timesheets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sheet_key", String(128), nullable=False, index=True),
    Column("client_key", String(128), nullable=False, index=True),  # as decisions.client_key
    Column("assistant_key", String(128), nullable=False, index=True),
    Column("month", String(7), nullable=False, index=True),  # YYYY-MM
    Column("sha256", String(64), nullable=False, index=True),
    Column("status", String(16), nullable=False),  # current | replaced
    Column("file", Text, nullable=False),  # the name it arrived under
    Column("case_id", String(16)),  # the case of the grant it was checked against
    Column("decision_number", String(64)),
    Column("rule_set", String(32)),
    Column("unit", String(8)),
    Column("track", String(32)),  # adult | child | companion | family category: the pay rate
    Column("record", JSON, nullable=False),
    Column("findings", JSON, nullable=False),
    Column("accepted_hours", String(16), nullable=False),
    Column("accepted_at", DateTime(timezone=True), nullable=False),
    Column("replaced_at", DateTime(timezone=True)),
    Column("replaced_by", Integer),
    UniqueConstraint("month", "sha256", name="uq_timesheets_month_sha256"),
)

# The rows of a stored sheet as listed, with the hours of each that were accepted ("0" when the
# row was not accepted: outside the month or period, a defect, or over the grant).
timesheet_entries = Table(
    "timesheet_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "sheet_id",
        Integer,
        ForeignKey("timesheets.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("row", Integer, nullable=False),
    Column("entry_date", Date, index=True),
    Column("start", String(5)),
    Column("end", String(5)),
    Column("hours", String(16)),
    Column("accepted_hours", String(16), nullable=False),
    Column("activity", String(32)),
)

# --- the review desk (asistents review): people's work on top of what was read -------------

# Who may use the review desk. Passwords are argon2 hashes; a name is an employee's login,
# never a client's. Failed logins are counted here so a lock survives a restart.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # clerk | social_worker | admin
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_login", DateTime(timezone=True)),
)

# A logged-in browser: the cookie holds a random id, this table only its SHA-256, so logging
# out (or disabling the user) ends the session on the server, not only in the browser.
review_sessions = Table(
    "review_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

# A clerk's correction of one field of one document: a row of its own on top of the extraction
# record, which stays as read. The newest row per (sha256, field) is the value in force.
# kind: set (a value typed), confirm (the value read is right), absent (not on the document).
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value_read", JSON),
    Column("value", JSON),
    Column("by", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("why", Text),
    Column("case_id", String(16)),  # the case it was made in, for the record
)

# Where a person put a document: into a case (moved, assigned, split off) or out as not ours.
# The newest row per sha256 is in force; intake honours it on every later run.
placements = Table(
    "placements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # case | not_ours
    Column("case_id", String(16), ForeignKey("cases.case_id")),
    Column("from_case", String(16)),
    Column("by", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("why", Text),
)

# A finding resolved with a note (or reopened). Findings are recomputed after every change, so
# a resolution is filed under a key made from what the finding is about (review.resolutions).
finding_resolutions = Table(
    "finding_resolutions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", String(16), ForeignKey("cases.case_id"), nullable=False, index=True),
    Column("finding_key", String(64), nullable=False),
    Column("action", String(16), nullable=False),  # resolve | reopen
    Column("note", Text),
    Column("by", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# One row per case the desk knows: the version every change is checked against (two people
# at once), the social worker's "ready for a decision", and the list page's summary columns,
# so the list of 2,000 cases is one query instead of 2,000 JSON contracts.
case_reviews = Table(
    "case_reviews",
    metadata,
    Column("case_id", String(16), ForeignKey("cases.case_id"), primary_key=True),
    Column("version", Integer, nullable=False, default=1),
    Column("ready", Boolean, nullable=False, default=False),
    Column("ready_by", String(64)),
    Column("ready_at", DateTime(timezone=True)),
    Column("status", String(16)),  # missing | review | refused | ok (case_checks.case_status)
    Column("open_findings", Integer, nullable=False, default=0),
    Column("blocking_findings", Integer, nullable=False, default=0),
    Column("decision_due", Date),
    Column("client_name", Text),
    Column("service", String(32)),
    Column("granted", Boolean),
    Column("total_hours", Float),
    Column("documents", Integer, nullable=False, default=0),
    Column("changed_at", DateTime(timezone=True), nullable=False),
)

# Where the original of a document was last seen (an inbox file, or a container member as
# unpacked by intake), so the desk can show its pages.
document_files = Table(
    "document_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
