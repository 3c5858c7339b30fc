"""The case store every command shares: SQLite by default, PostgreSQL by URL, Alembic-migrated."""

from .case_store import DB_ENV, DEFAULT_DB_URL, Store, StoredDocument, resolve_db_url
from .decisions import Decision, GrantTerms, decision_number
from .migrate import current_revision, head_revision, upgrade_sql
from .review import ROLES, CaseSummary, StaleCaseError, User
from .timesheets import SavedSheet, StoredEntry, StoredSheet

__all__ = [
    "DB_ENV",
    "DEFAULT_DB_URL",
    "ROLES",
    "CaseSummary",
    "Decision",
    "GrantTerms",
    "SavedSheet",
    "StaleCaseError",
    "Store",
    "StoredDocument",
    "StoredEntry",
    "StoredSheet",
    "User",
    "current_revision",
    "decision_number",
    "head_revision",
    "resolve_db_url",
    "upgrade_sql",
]
