"""A number with its noun, as Latvian agrees them: '1 lapa', '21 lapa', '2 lapas', '11 lapas'.

One place for every page the clerk reads (the print batch's cover, the intake report, the
month's timesheet page): a number ending in 1, other than 11, takes the singular.
"""

from __future__ import annotations


def counted(number: int, singular: str, plural: str) -> str:
    noun = singular if number % 10 == 1 and number % 100 != 11 else plural
    return f"{number} {noun}"
