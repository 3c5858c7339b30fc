"""A number and its noun agree as Latvian agrees them, on every page the clerk reads."""

from __future__ import annotations

from asistents.forms.latvian_counts import counted


def test_a_number_ending_in_one_takes_the_singular_except_eleven() -> None:
    assert [counted(n, "ieraksts", "ieraksti") for n in (1, 21, 101, 111, 11, 2, 10, 0)] == [
        "1 ieraksts", "21 ieraksts", "101 ieraksts", "111 ieraksti", "11 ieraksti",
        "2 ieraksti", "10 ieraksti", "0 ieraksti"]
