"""The month's report as tables: the Ministry of Welfare's table and the pay list, XLSX and CSV.

Both formats are built from the same rows (`ministry_rows`, `pay_rows`), so they cannot
disagree. XLSX (openpyxl): Latvian headers, column widths, a frozen header row, each client's
hours as a SUM formula over its activity cells and every total as a SUM formula a reader can
click on; amounts are the pay lines' values, each rounded once to the cent.

CSV, for Excel as set up in Latvia: UTF-8 with a byte-order mark (without it Excel reads the
file as Windows-1257/1252 and breaks ā, š, ž), `;` between fields (Latvian Excel uses the
comma as the decimal separator, so it expects `;` as the list separator), decimals with a
comma and no thousands separator ("1234,50"), hours with up to two decimals, rates with four,
amounts with exactly two; dates ISO. A total row closes each table.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..forms.vocabulary import FAMILY_CATEGORIES
from .checks import ACTIVITY_LV
from .output_files import write_bytes
from .pay import PayLine
from .report_data import NO_ACTIVITY, ClientLine, MonthlyReport
from .timesheets_html import RULE_SET_LV, month_lv

COLUMN_LV = {**ACTIVITY_LV, NO_ACTIVITY: "bez aktivitātes"}
TRACK_LV = {"adult": "pieaugušais", "child": "bērns", "companion": "bērns (pavadonis)",
            **FAMILY_CATEGORIES}
MINISTRY_HEAD = ["Nr.", "Lieta", "Lēmums", "Pakalpojuma saņēmējs", "Personas kods",
                 "Noteikumi", "Klienta grupa"]
MINISTRY_TAIL = ["Stundas kopā", "Likme, EUR/h", "Summa, EUR"]
PAY_HEAD = ["Nr.", "Asistents", "Asistenta personas kods", "Pakalpojuma saņēmējs",
            "Klienta personas kods", "Noteikumi", "Stundas", "Likme, EUR/h", "Summa, EUR"]
MISSING_HEAD = ["Lieta", "Lēmums", "Pakalpojuma saņēmējs", "Personas kods", "Noteikumi",
                "Piešķirts no", "Piešķirts līdz"]


# --- rows, shared by both formats -------------------------------------------------------------


def ministry_rows(report: MonthlyReport, clients: Sequence[ClientLine]) -> list[list[Any]]:
    """Per client: identity, hours per activity column, total hours, rate, amount."""
    rows = []
    for number, client in enumerate(clients, start=1):
        rows.append([
            number, client.case_id, client.decision, client.client_name, client.client_code,
            RULE_SET_LV.get(str(client.rule_set), client.rule_set),
            TRACK_LV.get(str(client.track), client.track or ""),
            *[client.hours_by_activity.get(kind, Decimal(0)) for kind in report.activities],
            client.hours, client.rate, client.amount,
        ])
    return rows


def pay_rows(lines: Sequence[PayLine]) -> list[list[Any]]:
    return [[number, line.assistant_name, line.assistant_code, line.client_name,
             line.client_code, RULE_SET_LV.get(str(line.rule_set), line.rule_set), line.hours,
             line.rate, line.amount] for number, line in enumerate(lines, start=1)]


def clients_lv(count: int) -> str:
    """"1 klients", "21 klients", but "11 klienti", "2 klienti": Latvian number agreement."""
    singular = count % 10 == 1 and count % 100 != 11
    return f"{count} {'klients' if singular else 'klienti'}"


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


# --- CSV ---------------------------------------------------------------------------------------


def csv_number(value: Any, places: int | None = None) -> str:
    """A number as Latvian Excel reads it: comma decimals, no grouping; text as it is."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if places is not None:
            text = f"{value:.{places}f}"
        else:
            text = format(value.quantize(Decimal("0.01")).normalize(), "f")
        return text.replace(".", ",")
    return str(value)


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def ministry_csv(report: MonthlyReport) -> bytes:
    activities = [COLUMN_LV[k] for k in report.activities]
    head = [*MINISTRY_HEAD, *[f"{a}, h" for a in activities], *MINISTRY_TAIL]
    clients = report.state_clients
    rows = [head]
    width = len(report.activities)
    for row in ministry_rows(report, clients):
        hours = [csv_number(h) for h in row[7: 7 + width]]
        rows.append([str(c) if c is not None else "" for c in row[:7]] + hours + [
            csv_number(row[-3]), csv_number(row[-2], 4), csv_number(row[-1], 2)])
    totals = [_sum([c.hours_by_activity.get(k) for c in clients]) or Decimal(0)
              for k in report.activities]
    rows.append(["Kopā", "", "", clients_lv(len(clients)), "", "", "",
                 *[csv_number(t) for t in totals],
                 csv_number(sum((c.hours for c in clients), Decimal(0))), "",
                 csv_number(_sum([c.amount for c in clients]) or Decimal(0), 2)])
    return _csv_bytes(rows)


def pay_csv(report: MonthlyReport) -> bytes:
    rows = [PAY_HEAD]
    for row in pay_rows(report.pay):
        rows.append([str(c) if c is not None else "" for c in row[:6]] + [
            csv_number(row[6]), csv_number(row[7], 4), csv_number(row[8], 2)])
    rows.append(["Kopā", "", "", "", "", "",
                 csv_number(sum((p.hours for p in report.pay), Decimal(0))), "",
                 csv_number(report.total_amount, 2)])
    return _csv_bytes(rows)


# --- XLSX --------------------------------------------------------------------------------------


def report_xlsx(report: MonthlyReport, generated: str) -> bytes:
    """The workbook: the Ministry's table, the pay list per assistant, other services, and
    the clients whose timesheet has not come in."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its first sheet
    sheet.title = "Pārskats"
    _ministry_sheet(sheet, report, report.state_clients,
                    f"Asistenta pakalpojuma izlietojums — {month_lv(report.month)}", generated)
    _pay_sheet(book.create_sheet("Algas"), report, generated)
    if report.other_clients:
        _ministry_sheet(book.create_sheet("Ģimenes asistents"), report, report.other_clients,
                        f"Ģimenes asistenta pakalpojums — {month_lv(report.month)} "
                        "(pašvaldības finansējums, valsts likmes nav)", generated)
    _missing_sheet(book.create_sheet("Nav iesniegts"), report, generated)
    book.properties.creator = "asistents"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_HOURS = "0.00;-0.00;"  # a zero hours cell shows empty: the row reads at a glance
_RATE = "0.0000"
_MONEY = "#,##0.00"


def _title(sheet: Any, text: str, note: str) -> None:
    from openpyxl.styles import Font

    sheet["A1"] = text
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = note
    sheet["A2"].font = Font(italic=True, size=9, color="555555")


def _header(sheet: Any, row: int, names: Sequence[str], widths: Sequence[float]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="999999")
    for column, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="ECEBE6")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(bottom=thin)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[row].height = 30
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)
    # Printed on A4 landscape, all columns on one page wide.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = f"{row}:{row}"


def _ministry_sheet(sheet: Any, report: MonthlyReport, clients: Sequence[ClientLine],
                    title: str, generated: str) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    _title(sheet, title, f"Sagatavots {generated}. Likmes: Labklājības ministrija "
           "(MK noteikumi Nr. 942, Nr. 316); summa = stundas × likme, noapaļota līdz centam.")
    width = len(report.activities)
    names = [*MINISTRY_HEAD, *[f"{COLUMN_LV[k]}, h" for k in report.activities], *MINISTRY_TAIL]
    widths = [5, 11, 13, 24, 14, 24, 12, *[11] * width, 12, 12, 13]
    _header(sheet, 4, names, widths)
    first_hours = len(MINISTRY_HEAD) + 1
    last_hours = first_hours + width - 1
    total_col, rate_col, amount_col = last_hours + 1, last_hours + 2, last_hours + 3
    start = 5
    for offset, row in enumerate(ministry_rows(report, clients)):
        r = start + offset
        for column, value in enumerate(row[:7], start=1):
            sheet.cell(row=r, column=column, value=value)
        for k, value in enumerate(row[7: 7 + width]):
            cell = sheet.cell(row=r, column=first_hours + k, value=value)
            cell.number_format = _HOURS
        span = f"{get_column_letter(first_hours)}{r}:{get_column_letter(last_hours)}{r}"
        sheet.cell(row=r, column=total_col, value=f"=SUM({span})").number_format = _HOURS
        sheet.cell(row=r, column=rate_col, value=row[-2]).number_format = _RATE
        sheet.cell(row=r, column=amount_col, value=row[-1]).number_format = _MONEY
    end = start + len(clients) - 1
    total_row = end + 1
    sheet.cell(row=total_row, column=1, value="Kopā").font = Font(bold=True)
    sheet.cell(row=total_row, column=4, value=clients_lv(len(clients))).font = Font(bold=True)
    for column in [*range(first_hours, last_hours + 2), amount_col]:
        letter = get_column_letter(column)
        cell = sheet.cell(row=total_row, column=column,
                          value=f"=SUM({letter}{start}:{letter}{max(end, start)})")
        cell.font = Font(bold=True)
        cell.number_format = _MONEY if column == amount_col else _HOURS


def _pay_sheet(sheet: Any, report: MonthlyReport, generated: str) -> None:
    from openpyxl.styles import Font

    _title(sheet, f"Asistentu atalgojuma saraksts — {month_lv(report.month)}",
           f"Sagatavots {generated}. Katra rinda: pieņemtās stundas × mēneša likme, "
           "noapaļota līdz centam; starpsummas pa asistentiem.")
    _header(sheet, 4, PAY_HEAD, [5, 22, 14, 24, 14, 24, 10, 12, 13])
    r = 5
    first = r
    rows = pay_rows(report.pay)
    by_assistant: list[tuple[str, list[list[Any]]]] = []
    for row in rows:
        key = f"{row[1] or '—'} {row[2] or ''}"
        if not by_assistant or by_assistant[-1][0] != key:
            by_assistant.append((key, []))
        by_assistant[-1][1].append(row)
    for _key, lines in by_assistant:
        block = r
        for row in lines:
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=column, value=value)
                if column == 7:
                    cell.number_format = _HOURS
                elif column == 8:
                    cell.number_format = _RATE
                elif column == 9:
                    cell.number_format = _MONEY
            r += 1
        label = sheet.cell(row=r, column=2, value=f"Kopā: {lines[0][1] or '—'}")
        label.font = Font(bold=True)
        for column, fmt in ((7, _HOURS), (9, _MONEY)):
            letter = "G" if column == 7 else "I"
            cell = sheet.cell(row=r, column=column,
                              value=f"=SUBTOTAL(9,{letter}{block}:{letter}{r - 1})")
            cell.font = Font(bold=True)
            cell.number_format = fmt
        r += 1
    sheet.cell(row=r, column=1, value="Kopā").font = Font(bold=True)
    for letter, fmt in (("G", _HOURS), ("I", _MONEY)):
        # SUBTOTAL skips the assistants' subtotals inside its range: the lines count once.
        cell = sheet[f"{letter}{r}"]
        cell.value = f"=SUBTOTAL(9,{letter}{first}:{letter}{max(r - 1, first)})"
        cell.font = Font(bold=True)
        cell.number_format = fmt


def _missing_sheet(sheet: Any, report: MonthlyReport, generated: str) -> None:
    _title(sheet, f"Piešķirts pakalpojums, bet nav iesniegta uzskaites lapa — "
                  f"{month_lv(report.month)}", f"Sagatavots {generated}.")
    _header(sheet, 4, MISSING_HEAD, [11, 13, 24, 14, 24, 13, 13])
    for r, missing in enumerate(report.missing, start=5):
        values = [missing.case_id, missing.decision, missing.client_name, missing.client_code,
                  RULE_SET_LV.get(str(missing.rule_set), missing.rule_set),
                  missing.period_from, missing.period_to]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=column, value=value)
            if column >= 6:
                cell.number_format = "yyyy-mm-dd"


def write_tables(report: MonthlyReport, out: Path, generated: str) -> dict[str, Path]:
    """parskats_<month>.xlsx, parskats_<month>.csv and algas_<month>.csv, each atomically."""
    month = report.month
    return {
        "xlsx": write_bytes(out / f"parskats_{month}.xlsx", report_xlsx(report, generated)),
        "csv": write_bytes(out / f"parskats_{month}.csv", ministry_csv(report)),
        "pay_csv": write_bytes(out / f"algas_{month}.csv", pay_csv(report)),
    }
