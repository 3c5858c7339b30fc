"""Options several commands share, written once so their names and help stay the same."""

from __future__ import annotations

from pathlib import Path

import click

db_option = click.option(
    "--db",
    "db_url",
    default=None,
    help="Store URL (default: $ASISTENTS_DB, else sqlite:///asistents.db here).",
)

municipality_option = click.option(
    "--municipality",
    "municipality_file",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Municipality settings YAML (default: $ASISTENTS_MUNICIPALITY, else the shipped sample "
    "of an invented service).",
)

__all__ = ["db_option", "municipality_option"]
