"""Filling the fillable timesheet: our fill_form against raw pypdf filling the same fields.

Fills 42 fields (seven day rows: date, from, to, hours, activity, place) with Latvian values,
both ways, alternating, in the same run; prints the median milliseconds and the ratio. Also the
cost of making the pre-filled form itself and the same fill with ASCII values.

    .venv/bin/python benchmarks/bench_timesheet_fill.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import logging
import statistics
import time
from collections.abc import Callable
from datetime import date

from asistents.forms.timesheet_form import TimesheetBlank, timesheet_layout
from asistents.generate.fillable_pdf import build_form, fill_form
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

BLANK = TimesheetBlank(
    month="2021-05", client_name="Elīna Zariņa", client_personal_code="030384-11117",
    assistant_name="Ģirts Ķēniņš", assistant_personal_code="230679-11223", unit="week",
    hours={"work": 20, "leisure": 2}, total_hours=22, period_from=date(2021, 5, 1),
    period_to=date(2022, 4, 30), decision_number="SD/2021/17", decision_date=date(2021, 4, 20),
)


def values(latvian: bool) -> dict[str, str]:
    place = "Ķemeru ielā 7, Jūrmalā, ģimenes ārsts" if latvian else "Kemeru iela 7, Jurmala"
    activity = "brīvais laiks" if latvian else "darbs"
    out: dict[str, str] = {}
    for row in range(3, 10):
        out.update({f"datums_{row}": f"{row:02d}.05.2021.", f"no_{row}": "09:00",
                    f"lidz_{row}": "12:30", f"stundas_{row}": "3,5",
                    f"aktivitate_{row}": activity, f"vieta_{row}": place})
    return out


def raw_pypdf(form: bytes, fields: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form)))
    writer.update_page_form_field_values(None, fields, auto_regenerate=False)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def helvetica_copy(form: bytes) -> bytes:
    """The same form with Helvetica as the fields' font: the issue's reference figure
    (ā ē ī ņ ķ are not in it; pypdf re-encodes them to a Baltic code page, unembedded)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form)))
    for annotation in writer.pages[0]["/Annots"]:
        widget = annotation.get_object()
        if "/DA" in widget:
            widget[NameObject("/DA")] = TextStringObject("/Helv 8 Tf 0 g")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # the Helvetica copy has no /Helv in /DR
    layout = timesheet_layout(BLANK)
    form = build_form(layout)  # warms the font cache, as a long-running command would be
    build = [timed(lambda: build_form(layout)) for _ in range(max(3, args.repeat // 3))]
    latvian, ascii_values = values(True), values(False)
    assert len(latvian) == 42
    ours: list[float] = []
    raw: list[float] = []
    ours_ascii: list[float] = []
    raw_ascii: list[float] = []
    helvetica = helvetica_copy(form)
    raw_helvetica: list[float] = []
    for _ in range(args.repeat):
        raw_helvetica.append(timed(lambda: raw_pypdf(helvetica, latvian)))
        ours.append(timed(lambda: fill_form(form, latvian)))
        raw.append(timed(lambda: raw_pypdf(form, latvian)))
        ours_ascii.append(timed(lambda: fill_form(form, ascii_values)))
        raw_ascii.append(timed(lambda: raw_pypdf(form, ascii_values)))
    med = statistics.median
    print(f"pre-filled form built (layout + draw + 217 fields + fill): {med(build):.0f} ms")
    print(f"fill 42 fields, Latvian values: ours {med(ours):.0f} ms, raw pypdf {med(raw):.0f} ms,"
          f" ratio {med(ours) / med(raw):.2f}")
    print(f"reference: raw pypdf, the same Latvian values in Helvetica fields: "
          f"{med(raw_helvetica):.0f} ms")
    print(f"fill 42 fields, ASCII values:   ours {med(ours_ascii):.0f} ms, raw pypdf "
          f"{med(raw_ascii):.0f} ms, ratio {med(ours_ascii) / med(raw_ascii):.2f}")


if __name__ == "__main__":
    main()
