"""The CLI's subcommands, one module per topic; COMMANDS lists those that are built."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []

from .extract import extract_command  # noqa: E402  (after COMMANDS: the command modules import it)

COMMANDS.append(extract_command)

from .assess import assess_command  # noqa: E402

COMMANDS.append(assess_command)

from .accuracy import accuracy_command  # noqa: E402

COMMANDS.append(accuracy_command)

from .intake import intake_command  # noqa: E402

COMMANDS.append(intake_command)

from .decide import decide_command  # noqa: E402

COMMANDS.append(decide_command)

from .plan import plan_command  # noqa: E402

COMMANDS.append(plan_command)

from .timesheet import timesheet_command  # noqa: E402

COMMANDS.append(timesheet_command)

from .print_batch import print_command  # noqa: E402

COMMANDS.append(print_command)

from .timesheets import timesheets_command  # noqa: E402

COMMANDS.append(timesheets_command)

from .report import report_command  # noqa: E402

COMMANDS.append(report_command)

from .review import review_command, user_group  # noqa: E402

COMMANDS.append(review_command)
COMMANDS.append(user_group)
