"""The `asistents` command: one click group; each topic's commands live in asistents.commands."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

import click

from . import __version__
from .errors import AsistentsError, ExitCode
from .privacy import redact

log = logging.getLogger("asistents")


@contextmanager
def reported_errors(verbose: bool) -> Iterator[None]:
    """The one place an AsistentsError becomes a one-line message and an exit code."""
    try:
        yield
    except AsistentsError as exc:
        if verbose:
            # The traceback repeats the message (and its causes'): masked like the line below.
            log.error("details\n%s", redact("".join(traceback.format_exception(exc))).rstrip())
        click.echo(f"asistents: error: {redact(exc.one_line())}", err=True)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        click.echo("asistents: interrupted; what was finished is kept", err=True)
        sys.exit(130)


class AsistentsGroup(click.Group):
    """Runs every subcommand inside `reported_errors`."""

    def invoke(self, ctx: click.Context) -> object:
        verbose = bool(ctx.params.get("verbose"))
        with reported_errors(verbose):
            return super().invoke(ctx)


@click.group(cls=AsistentsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="asistents")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and show tracebacks.")
def cli(verbose: bool) -> None:
    """Paperwork for the assistant and family assistant services of a Latvian social service."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def _register() -> None:
    # Only commands that work are registered (a command appears when it is built).
    from .commands import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="asistents")


__all__ = ["ExitCode", "cli", "main"]
