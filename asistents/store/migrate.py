"""Alembic configured in code (no alembic.ini): bring a store's schema to the newest revision."""

from __future__ import annotations

import io
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None, output: io.StringIO | None = None) -> Config:
    """An Alembic Config whose script_location is the migrations folder shipped in the package."""
    config = Config(output_buffer=output)
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if url is not None:
        # "%" is ConfigParser's interpolation character; a password may contain it.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision this version of asistents knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the store's migrations folder holds no revisions")
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    """Run every migration the database has not had yet, inside the caller's transaction."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def upgrade_sql(url: str) -> str:
    """The SQL `upgrade head` would run on the database `url` names, without connecting."""
    output = io.StringIO()
    command.upgrade(alembic_config(url, output), "head", sql=True)
    return output.getvalue()
