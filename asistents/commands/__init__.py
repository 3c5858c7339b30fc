"""The CLI's subcommands, one module per topic; COMMANDS lists those that are built."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []

from .assess import assess_command  # noqa: E402

COMMANDS.append(assess_command)
