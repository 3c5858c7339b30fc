"""Options several commands share, written once so their names and help stay the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..extract.workers import Limits

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



def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--workers, --timeout and --page-timeout: how files are read in the isolated workers
    (`extract`, `intake`, `timesheets`); the defaults are the worker pool's own."""
    limits = Limits()
    for option in reversed((
        click.option("--workers", type=click.IntRange(1, 64), default=None,
                     help="Worker processes reading files in parallel (default: one per CPU "
                     "core)."),
        click.option("--timeout", "timeout_s", type=click.FloatRange(min=1),
                     default=limits.timeout_s, show_default=True,
                     help="Seconds a file may take before it is given up as an error, before "
                     "the time its pages add (--page-timeout)."),
        click.option("--page-timeout", "page_timeout_s", type=click.FloatRange(min=0),
                     default=limits.page_timeout_s, show_default=True,
                     help="Seconds added to a file's time for each of its pages (long scans)."),
    )):
        command = option(command)
    return command


__all__ = ["db_option", "municipality_option", "reading_options"]
