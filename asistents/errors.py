"""The exception hierarchy and the exit codes the CLI maps it to, in one place."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """What a command's exit status means; batch commands use PARTIAL when some files failed."""

    OK = 0
    PARTIAL = 1  # the batch ran, but some inputs could not be read (or need a person)
    USAGE = 2  # wrong arguments, nothing done (click uses 2 as well)
    DEPENDENCY = 3  # a system program (tesseract, soffice) or Python package is missing
    FAILED = 4  # nothing could be done, e.g. every input failed or the store is unreachable
    OUTPUT = 5  # a result could not be written (disk full, read-only folder); inputs untouched


class AsistentsError(Exception):
    """Base of every error the tool reports as a one-line message."""

    exit_code: ExitCode = ExitCode.FAILED

    def __init__(
        self, message: str, *, file: str | Path | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        # A short machine-readable reason ("NOT_PDF", "ENCRYPTED"...) that records carry in
        # their `flags`, so programs need not parse the English message.
        self.code = code

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled whole (a page helper process sends its error back): file and code included.
        return (_restore, (type(self), self.message, dict(self.__dict__)))

    def one_line(self) -> str:
        """The message a clerk reads: the file first, then the reason, on one line."""
        text = " ".join(self.message.split())
        return f"{self.file}: {text}" if self.file else text


def _restore(cls: type[AsistentsError], message: str, state: dict) -> AsistentsError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class UsageError(AsistentsError):
    """The command was called wrongly (missing argument, unknown case id...)."""

    exit_code = ExitCode.USAGE


class InputFileError(AsistentsError):
    """A file could not be read at all: missing, empty, broken, encrypted, not a document."""

    exit_code = ExitCode.PARTIAL


class ExtractionError(AsistentsError):
    """A file was read, but its content could not be turned into text or fields."""

    exit_code = ExitCode.PARTIAL


class ValidationError(AsistentsError):
    """A value or record failed its schema; `fields` maps field names to messages."""

    exit_code = ExitCode.FAILED

    def __init__(
        self, message: str, *, file: str | Path | None = None, fields: dict | None = None
    ) -> None:
        super().__init__(message, file=file)
        self.fields = fields or {}


class ConfigError(AsistentsError):
    """A rule set, vocabulary or municipal configuration file is invalid."""

    exit_code = ExitCode.USAGE


class TemplateError(AsistentsError):
    """A document template is missing a variable or failed to render."""

    exit_code = ExitCode.FAILED


class MissingDependencyError(AsistentsError):
    """A required system program or Python package is not installed (tesseract, cryptography)."""

    exit_code = ExitCode.DEPENDENCY


class OutputError(AsistentsError):
    """A result could not be written: the disk is full, the folder read-only or missing.

    Nothing is left half-written under the final name (see `asistents.atomic`), and what was
    read is in the store, so running the command again once there is room finishes the job.
    """

    exit_code = ExitCode.OUTPUT
