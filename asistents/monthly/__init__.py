"""The monthly cycle: returned timesheets checked against the grant, stored, paid and reported."""

from .checks import (
    KINDS,
    EarlierHours,
    EntryResult,
    Finding,
    SheetCheck,
    check_sheet,
    month_of,
    week_of,
)
from .sheet import Entry, Sheet, Signatures, sheet_from_record

__all__ = [
    "KINDS",
    "EarlierHours",
    "Entry",
    "EntryResult",
    "Finding",
    "Sheet",
    "SheetCheck",
    "Signatures",
    "check_sheet",
    "month_of",
    "sheet_from_record",
    "week_of",
]
