"""A one-page PDF summary of the month for the head of the service (matplotlib).

The key figures (clients, sheets in, accepted hours, amount, clients without a sheet), a chart
of hours by activity and one of hours by ISO week, and the top of the pay list. The font is
DejaVu Sans, embedded as TrueType (`pdf.fonttype: 42`), so ā č ē ģ ī ķ ļ ņ š ū ž print on any
machine; the Agg backend needs no display.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from .output_files import write_bytes
from .report_data import MonthlyReport
from .report_tables import COLUMN_LV
from .timesheets_html import RULE_SET_LV, hours_lv, money_lv, month_lv

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ACCENT = "#8e2431"
MUTED = "#9a9a94"


def summary_pdf(report: MonthlyReport, generated: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    with plt.rc_context({
        "font.family": "DejaVu Sans",
        "pdf.fonttype": 42,  # TrueType, embedded: Latvian letters survive
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }):
        figure = plt.figure(figsize=(8.27, 11.69))  # A4 portrait
        try:
            _draw(figure, report, generated)
            buffer = io.BytesIO()
            figure.savefig(buffer, format="pdf", metadata={"Creator": "asistents",
                                                            "Producer": "asistents"})
        finally:
            plt.close(figure)
    return buffer.getvalue()


def _draw(fig: Figure, report: MonthlyReport, generated: str) -> None:
    fig.text(0.07, 0.955, "Asistenta pakalpojums: mēneša kopsavilkums",
             fontsize=16, weight="bold", color=ACCENT)
    fig.text(0.07, 0.935, f"{month_lv(report.month)} · sagatavots {generated}",
             fontsize=10, color="#444444")
    sheets = sum(c.sheets for c in report.clients)
    figures = [
        ("Klienti ar pieņemtām stundām", str(sum(1 for c in report.clients if c.hours > 0))),
        ("Iesniegtas uzskaites lapas", str(sheets)),
        ("Pieņemtās stundas", hours_lv(report.total_hours)),
        ("Apmaksai (valsts likmes), EUR", money_lv(report.total_amount)),
        ("Piešķirts, bet lapa nav iesniegta", str(len(report.missing))),
    ]
    for i, (label, value) in enumerate(figures):
        x = 0.07 + (i % 3) * 0.30
        y = 0.875 - (i // 3) * 0.055
        fig.text(x, y, value, fontsize=15, weight="bold")
        fig.text(x, y - 0.017, label, fontsize=8.5, color="#444444")

    by_activity = fig.add_axes((0.30, 0.52, 0.62, 0.22))
    kinds = list(report.hours_by_activity)
    values = [float(report.hours_by_activity[k]) for k in kinds]
    labels = [COLUMN_LV.get(k, k) for k in kinds]
    bars = by_activity.barh(labels[::-1], values[::-1], color=ACCENT)
    by_activity.bar_label(bars, labels=[hours_lv(Decimal(str(v))) for v in values[::-1]],
                          padding=3, fontsize=8)
    by_activity.set_title("Pieņemtās stundas pa aktivitātēm", loc="left", fontsize=11,
                          weight="bold")
    by_activity.set_xlabel("stundas")
    by_activity.margins(x=0.15)

    by_week = fig.add_axes((0.10, 0.27, 0.82, 0.19))
    weeks = list(report.hours_by_week)
    week_labels = [f"{w[-2:]}. ned." for w in weeks]
    week_values = [float(report.hours_by_week[w]) for w in weeks]
    bars = by_week.bar(week_labels, week_values, color=MUTED, edgecolor=ACCENT)
    by_week.bar_label(bars, labels=[hours_lv(Decimal(str(v))) for v in week_values],
                      padding=2, fontsize=8)
    by_week.set_title("Pieņemtās stundas pa nedēļām (ISO nedēļas, mēneša dienas)", loc="left",
                      fontsize=11, weight="bold")
    by_week.set_ylabel("stundas")
    by_week.margins(y=0.2)

    table_rows = [[c.client_name or "—", RULE_SET_LV.get(str(c.rule_set), c.rule_set or "—"),
                   hours_lv(c.hours), money_lv(c.amount)] for c in report.clients]
    shown = table_rows[:12]
    fig.text(0.07, 0.215, "Pa klientiem", fontsize=11, weight="bold")
    if shown:
        axes = fig.add_axes((0.07, 0.03, 0.86, 0.175))
        axes.axis("off")
        table = axes.table(cellText=shown, colLabels=["Pakalpojuma saņēmējs", "Noteikumi",
                                                      "Stundas", "Summa, EUR"],
                           colLoc="left", cellLoc="left", loc="upper left",
                           colWidths=[0.36, 0.34, 0.13, 0.17])
        table.auto_set_font_size(False)
        table.set_fontsize(7.5)
        table.scale(1, 1.05)
        for (row, _column), cell in table.get_celld().items():
            cell.set_edgecolor("#d6d6d0")
            if row == 0:
                cell.set_facecolor("#ecebe6")
                cell.set_text_props(weight="bold")
    if len(table_rows) > len(shown):
        fig.text(0.07, 0.015, f"… un vēl {len(table_rows) - len(shown)} klienti "
                 "(visi: parskats XLSX)", fontsize=7.5, color="#444444")


def write_summary(report: MonthlyReport, out: Path, generated: str) -> Path:
    return write_bytes(out / f"kopsavilkums_{report.month}.pdf", summary_pdf(report, generated))
