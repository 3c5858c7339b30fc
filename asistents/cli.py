"""The `asistents` command: one click group; each topic's commands live in asistents.commands."""

from __future__ import annotations

import io
import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from . import __version__
from .errors import AsistentsError, ExitCode
from .privacy import install_log_masking, redact

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
    except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise  # usage errors and --help: click's own handling (masked in AsistentsGroup.main)
    except Exception as exc:
        # A bug must not print a raw traceback: it quotes file names and values.
        if verbose:
            log.error("details\n%s", redact("".join(traceback.format_exception(exc))).rstrip())
        click.echo(
            f"asistents: error: internal error ({type(exc).__name__}); "
            "run again with -v for details",
            err=True,
        )
        sys.exit(int(ExitCode.FAILED))


class AsistentsGroup(click.Group):
    """Runs every subcommand inside `reported_errors`; masks codes in click's own messages."""

    def invoke(self, ctx: click.Context) -> object:
        verbose = bool(ctx.params.get("verbose"))
        with reported_errors(verbose):
            return super().invoke(ctx)

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, standalone_mode: bool = True,
        **kwargs: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, standalone_mode=False, **kwargs)
        try:
            result = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except click.exceptions.ClickException as exc:
            # "Directory '010101-12345' does not exist": click quotes the argument.
            shown = io.StringIO()
            exc.show(file=shown)
            sys.stderr.write(redact(shown.getvalue()))
            sys.stderr.flush()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=AsistentsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="asistents")
@click.option("-v", "--verbose", is_flag=True, help="Log progress and show tracebacks.")
def cli(verbose: bool) -> None:
    """Paperwork for the assistant and family assistant services of a Latvian social service."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,  # the stderr of this run, also when called twice in one process (tests)
    )
    install_log_masking()


def _register() -> None:
    # Only commands that work are registered (a command appears when it is built).
    from .commands import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="asistents")


__all__ = ["ExitCode", "cli", "main"]
