"""The fillable timesheet (AcroForm): its fields' names, kinds and places, and which are pre-filled.

An assistant who fills forms on screen gets a one-page PDF: the client, the assistant, the month
and the granted hours are filled in and read-only; one row per granted day of the month carries
its date, and the assistant fills in from, to, hours, the activity (a choice of the granted ones)
and the place. The timesheet vocabulary (`extract/vocabulary/timesheet.yaml`) reads a filled copy
back by these field names: `menesis`, `klients`, `klienta_pk`, `asistents`, `asistenta_pk`,
`kopa`, and one numbered group per row (`datums_N`, `no_N`, `lidz_N`, `stundas_N`,
`aktivitate_N`, `vieta_N`, in that order, because a row is read as its values joined in field
order). No other field name may end in a number: the reader would take it for a row.

Everything here is data: `timesheet_layout` says where each field, label and ruled box goes;
`asistents.generate.fillable_pdf` only draws and fills what it is given.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from .latvian_dates import format_date_numeric, format_month_lv, format_period_numeric
from .vocabulary import ACTIVITY_KINDS

TITLES = {  # by the case's service; both are what the timesheet vocabulary classifies
    "assistant": "ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA",
    "family_assistant": "ĢIMENES ASISTENTA PAKALPOJUMA UZSKAITES VEIDLAPA",
}

# What an assistant picks in the activity column. Each is a word the timesheet vocabulary's
# synonyms read back as its kind ("darbs" -> work, "iestāžu" -> institutions ...).
ACTIVITY_CHOICES: dict[str, str] = {
    "work": "darbs",
    "education": "mācības",
    "higher_education": "studijas augstskolā",
    "day_centre": "dienas centrs",
    "institutions": "iestāžu apmeklējums",
    "ngo": "biedrības pasākums",
    "leisure": "brīvais laiks",
}

UNIT_WORDS = {"week": "nedēļā", "month": "mēnesī"}

# Header fields: AcroForm name -> the Latvian label printed beside it.
MONTH_FIELD = "menesis"
PERIOD_FIELD = "periods"
DECISION_FIELD = "lemums"
CLIENT_NAME_FIELD = "klients"
CLIENT_CODE_FIELD = "klienta_pk"
ASSISTANT_NAME_FIELD = "asistents"
ASSISTANT_CODE_FIELD = "asistenta_pk"
TOTAL_FIELD = "kopa"
GRANTED_PREFIX = "pieskirts_"  # + activity kind; + "kopa" for the granted total
SIGNATURE_FIELDS = {"asistenta_paraksts": "Asistents",
                    "klienta_paraksts": "Klients vai viņa likumiskais pārstāvis"}

EXTRA_ROWS = 3  # blank rows for a second activity on the same day

PAGE_SIZE = (595.28, 841.89)  # A4 portrait, points
_LEFT, _TOP, _BOTTOM = 42.0, 40.0, 34.0
_WIDTH = PAGE_SIZE[0] - 2 * _LEFT


@dataclass(frozen=True)
class Column:
    """One column of the day table: the field-name prefix, its heading and width."""

    key: str
    heading: str
    width: float
    kind: Literal["text", "choice"] = "text"
    align: int = 0  # 0 left, 1 centre, 2 right (AcroForm /Q)
    tooltip: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("datums", "Datums", 62, align=1, tooltip="Datums (DD.MM.GGGG.)"),
    Column("no", "Laiks no", 46, align=1, tooltip="Darba sākums, SS:MM (piemēram, 09:00)"),
    Column("lidz", "Laiks līdz", 46, align=1, tooltip="Darba beigas, SS:MM (piemēram, 12:30)"),
    Column("stundas", "Stundas", 44, align=1, tooltip="Nostrādātās stundas (piemēram, 3,5)"),
    Column("aktivitate", "Aktivitāte", 118, kind="choice",
           tooltip="Aktivitāte, kurā asistents pavadīja klientu"),
    Column("vieta", "Vieta (iestāde vai adrese)", 0, tooltip="Kur pakalpojums sniegts"),
)


@dataclass(frozen=True)
class TimesheetBlank:
    """What a timesheet handed to an assistant is pre-filled with (the grant and the people).

    `assistant_name`/`assistant_personal_code` are "" when the case does not name the assistant:
    the form then leaves them to be filled in.
    """

    month: str  # YYYY-MM
    client_name: str
    client_personal_code: str
    assistant_name: str
    assistant_personal_code: str
    unit: str  # week | month: what `hours` are per
    hours: Mapping[str, float]  # activity kind -> granted hours per unit
    total_hours: float | None
    period_from: date
    period_to: date
    decision_number: str | None = None
    decision_date: date | None = None
    service: str = "assistant"  # assistant | family_assistant

    @property
    def title(self) -> str:
        return TITLES.get(self.service, TITLES["assistant"])

    def activity_note(self, *, on_screen: bool = False) -> str:
        """How the activity column is filled: one of the granted kinds (on screen: picked from
        the list), or in words when the grant names none (the family assistant service)."""
        kinds = self.activities()
        if not kinds:
            return "Aktivitāti norāda vārdos (ko asistents kopā ar klientu darīja)."
        if on_screen:
            return "Aktivitāti izvēlas sarakstā (tajā ir piešķirtās aktivitātes)."
        # "kādu", not "vienu": a reader of the printed copy takes number words for hours.
        return "Ailē „Aktivitāte” norāda kādu no piešķirtajām: " + \
            ", ".join(activity_label(k) for k in kinds) + "."

    def first_day(self) -> date:
        return date(int(self.month[:4]), int(self.month[5:7]), 1)

    def last_day(self) -> date:
        first = self.first_day()
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])

    def days(self) -> list[date]:
        """The days of the month inside the granted period: one timesheet row each."""
        start = max(self.first_day(), self.period_from)
        end = min(self.last_day(), self.period_to)
        return [start + timedelta(days=n) for n in range((end - start).days + 1)]

    def activities(self) -> list[str]:
        """The granted activity kinds in the annex's order, unknown kinds after them."""
        known = [kind for kind in ACTIVITY_KINDS if kind in self.hours]
        return known + sorted(kind for kind in self.hours if kind not in ACTIVITY_KINDS)


def hours_text(hours: float | None) -> str:
    """'20', '1,5': hours as a Latvian form writes them (decimal comma, no trailing zeros)."""
    if hours is None:
        return ""
    if float(hours).is_integer():
        return str(int(hours))
    return f"{hours:.2f}".rstrip("0").replace(".", ",")


def activity_label(kind: str) -> str:
    """The short Latvian name of an activity kind (the kind itself when it has none)."""
    return ACTIVITY_CHOICES.get(kind, kind)


def period_text(blank: TimesheetBlank) -> str:
    return format_period_numeric(blank.period_from, blank.period_to)


def decision_text(blank: TimesheetBlank) -> str:
    if not blank.decision_number:
        return ""
    when = f" ({format_date_numeric(blank.decision_date)})" if blank.decision_date else ""
    return f"Nr. {blank.decision_number}{when}"


def prefilled_values(blank: TimesheetBlank) -> dict[str, str]:
    """The header and granted-hours fields' values (read-only on the form)."""
    values = {
        MONTH_FIELD: format_month_lv(blank.month),
        PERIOD_FIELD: period_text(blank),
        DECISION_FIELD: decision_text(blank),
        CLIENT_NAME_FIELD: blank.client_name,
        CLIENT_CODE_FIELD: blank.client_personal_code,
        ASSISTANT_NAME_FIELD: blank.assistant_name,
        ASSISTANT_CODE_FIELD: blank.assistant_personal_code,
        f"{GRANTED_PREFIX}kopa": hours_text(blank.total_hours),
    }
    for kind in blank.activities():
        values[f"{GRANTED_PREFIX}{kind}"] = hours_text(blank.hours[kind])
    return values


# --- layout -------------------------------------------------------------------------------

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 from the page's bottom left


@dataclass(frozen=True)
class FormField:
    """One AcroForm field: its name (/T), kind, page (0-based), place and pre-filled value."""

    name: str
    kind: Literal["text", "choice", "signature"]
    page: int
    rect: Rect
    value: str = ""
    read_only: bool = False
    options: tuple[str, ...] = ()
    font_size: float = 9.0
    align: int = 0
    tooltip: str = ""


@dataclass(frozen=True)
class FormText:
    """A printed label."""

    page: int
    x: float
    y: float  # baseline
    text: str
    size: float = 8.0
    bold: bool = False
    align: Literal["left", "centre", "right"] = "left"


@dataclass(frozen=True)
class FormBox:
    """A ruled cell; `fill` is a grey level (1 white) or None for no fill."""

    page: int
    rect: Rect
    fill: float | None = None
    stroke: bool = True


@dataclass
class FormLayout:
    """Everything on the pages of a fillable form, in drawing order."""

    title: str
    page_size: tuple[float, float] = PAGE_SIZE
    pages: int = 1
    fields: list[FormField] = field(default_factory=list)
    texts: list[FormText] = field(default_factory=list)
    boxes: list[FormBox] = field(default_factory=list)

    def field_named(self, name: str) -> FormField:
        return next(f for f in self.fields if f.name == name)


class _Cursor:
    """Lays rows top to bottom, starting a new page when one does not fit."""

    def __init__(self, layout: FormLayout) -> None:
        self.layout = layout
        self.page = 0
        self.y = PAGE_SIZE[1] - _TOP

    def need(self, height: float) -> bool:
        """Make room for `height`; True when that took a new page."""
        if self.y - height >= _BOTTOM:
            return False
        self.page += 1
        self.layout.pages = self.page + 1
        self.y = PAGE_SIZE[1] - _TOP
        return True

    def text(self, x: float, y: float, text: str, **style: object) -> None:
        self.layout.texts.append(FormText(self.page, x, y, text, **style))  # type: ignore[arg-type]

    def box(self, x0: float, y0: float, x1: float, y1: float, fill: float | None = None) -> None:
        self.layout.boxes.append(FormBox(self.page, (x0, y0, x1, y1), fill))

    def add_field(self, name: str, rect: Rect, **options: object) -> None:
        self.layout.fields.append(
            FormField(name=name, page=self.page, rect=rect, **options)  # type: ignore[arg-type]
        )


_LABEL_FILL = 0.92
_WEEKEND_FILL = 0.94
_PAD = 1.5  # a field sits this far inside its ruled cell


def _inside(x0: float, y0: float, x1: float, y1: float) -> Rect:
    return (x0 + _PAD, y0 + _PAD, x1 - _PAD, y1 - _PAD)


def _header(cur: _Cursor, blank: TimesheetBlank, values: Mapping[str, str]) -> None:
    x, width = _LEFT, _WIDTH
    cur.text(PAGE_SIZE[0] / 2, cur.y - 12, blank.title, size=12.5, bold=True, align="centre")
    cur.text(PAGE_SIZE[0] / 2, cur.y - 25,
             "(aizpilda asistents par katru dienu, kurā sniegts pakalpojums)", size=8,
             align="centre")
    cur.y -= 36
    # Names get the wider left part. Every label says whose it is ("Klienta personas kods"):
    # a printed copy is read by its labels, and two bare "Personas kods" would be ambiguous.
    names, codes = 300.0, width - 300.0
    row_h = 17.0
    rows: list[list[tuple[str, str, float, float]]] = [  # label, field, span, label width
        [("Pārskata mēnesis", MONTH_FIELD, 212.0, 92.0),
         ("Piešķirtais periods", PERIOD_FIELD, width - 212.0, 96.0)],
        [("Lēmums", DECISION_FIELD, width, 92.0)],
        [("Klients", CLIENT_NAME_FIELD, names, 92.0),
         ("Klienta personas kods", CLIENT_CODE_FIELD, codes, 114.0)],
        [("Asistents", ASSISTANT_NAME_FIELD, names, 92.0),
         ("Asistenta personas kods", ASSISTANT_CODE_FIELD, codes, 114.0)],
    ]
    for row in rows:
        top, bottom = cur.y, cur.y - row_h
        left = x
        for label, name, span, label_w_here in row:
            cur.box(left, bottom, left + label_w_here, top, fill=_LABEL_FILL)
            cur.text(left + 3, bottom + 5.5, label, size=8)
            cur.box(left + label_w_here, bottom, left + span, top)
            cur.add_field(name, _inside(left + label_w_here, bottom, left + span, top),
                          kind="text",
                          value=values.get(name, ""), read_only=bool(values.get(name)),
                          font_size=9.0, tooltip=label)
            left += span
        cur.y = bottom

    # The granted hours, two activities to a row, the total last.
    unit = UNIT_WORDS.get(blank.unit, "")
    cur.y -= 10
    cur.text(x, cur.y - 9, f"Piešķirtais apjoms, stundas {unit}".strip(), size=9, bold=True)
    cur.y -= 13
    items = [(activity_label(k).capitalize(), f"{GRANTED_PREFIX}{k}") for k in blank.activities()]
    # Not "Kopā": on a printed copy that label belongs to the month's worked total.
    items.append(("Kopējais apjoms", f"{GRANTED_PREFIX}kopa"))
    half = width / 2
    cell_label, cell_value = half - 60.0, 60.0
    for start in range(0, len(items), 2):
        top, bottom = cur.y, cur.y - 15.0
        for column, (label, name) in enumerate(items[start : start + 2]):
            left = x + column * half
            cur.box(left, bottom, left + cell_label, top, fill=_LABEL_FILL)
            cur.text(left + 3, bottom + 4.5, label, size=8, bold=name.endswith("kopa"))
            cur.box(left + cell_label, bottom, left + cell_label + cell_value, top)
            cur.add_field(name, _inside(left + cell_label, bottom, left + half, top),
                          kind="text", value=values.get(name, ""), read_only=True,
                          font_size=9.0, align=1, tooltip=f"Piešķirtās stundas {unit}: {label}")
        cur.y = bottom


def _column_lefts() -> list[tuple[Column, float, float]]:
    fixed = sum(c.width for c in COLUMNS)
    out, left = [], _LEFT
    for column in COLUMNS:
        width = column.width or (_WIDTH - fixed)
        out.append((column, left, left + width))
        left += width
    return out


def _table_head(cur: _Cursor) -> None:
    top, bottom = cur.y, cur.y - 20.0
    for column, left, right in _column_lefts():
        cur.box(left, bottom, right, top, fill=_LABEL_FILL)
        cur.text((left + right) / 2, bottom + 7, column.heading, size=7.5, bold=True,
                 align="centre")
    cur.y = bottom


def _day_table(cur: _Cursor, blank: TimesheetBlank) -> None:
    cur.y -= 10
    cur.text(_LEFT, cur.y - 9, "Pakalpojuma sniegšanas uzskaite", size=9, bold=True)
    cur.y -= 13
    _table_head(cur)
    # A choice of the granted kinds; free text when the grant names none.
    choices = ("", *(activity_label(k) for k in blank.activities()))
    as_choice = len(choices) > 1
    days: list[date | None] = [*blank.days(), *([None] * EXTRA_ROWS)]
    # Rows shrink (down to 10.5 pt, still a 7.5 pt line) so that the footer stays on the page.
    room = cur.y - _TOTAL_ROW - _FOOTER_HEIGHT - _BOTTOM
    row_h = max(10.5, min(12.4, room / len(days)))
    for number, day in enumerate(days, start=1):
        if cur.need(row_h):
            _table_head(cur)
        top, bottom = cur.y, cur.y - row_h
        weekend = day is not None and day.weekday() >= 5
        for column, left, right in _column_lefts():
            cur.box(left, bottom, right, top, fill=_WEEKEND_FILL if weekend else None)
            value = format_date_numeric(day) if column.key == "datums" and day is not None else ""
            kind = column.kind if as_choice else "text"
            cur.add_field(f"{column.key}_{number}", _inside(left, bottom, right, top),
                          kind=kind, value=value, font_size=min(8.0, row_h - 4),
                          align=column.align, options=choices if kind == "choice" else (),
                          tooltip=column.tooltip)
        cur.y = bottom
    # The month's total under the hours column.
    top, bottom = cur.y, cur.y - _TOTAL_ROW
    lefts = _column_lefts()
    hours_left, hours_right = next((lo, hi) for c, lo, hi in lefts if c.key == "stundas")
    cur.box(_LEFT, bottom, hours_left, top, fill=_LABEL_FILL)
    cur.text(hours_left - 4, bottom + 4.5, "Kopā mēnesī", size=8, bold=True, align="right")
    cur.box(hours_left, bottom, hours_right, top)
    cur.add_field(TOTAL_FIELD, _inside(hours_left, bottom, hours_right, top), kind="text",
                  font_size=8.5, align=1, tooltip="Kopā nostrādātās stundas mēnesī")
    cur.y = bottom


_NOTES = (
    # No figures or number words here: a printed copy's reader looks under "Kopā mēnesī"
    # for the month's total.
    "Laiku raksta stundās un minūtēs (SS:MM). {activity_note}",
    "Apmaksā tikai faktiski nostrādātās stundas, nepārsniedzot lēmumā piešķirto apjomu.",
    "Apliecinām, ka veidlapā norādītās ziņas ir patiesas.",
)
# Notes, signature boxes and the service's line, as _footer lays them out.
_FOOTER_HEIGHT = 4 + 10.5 * len(_NOTES) + 8 + 42 + 12 + 3
_TOTAL_ROW = 15.0


def _footer(cur: _Cursor, blank: TimesheetBlank) -> None:
    notes = [note.format(activity_note=blank.activity_note(on_screen=True)) for note in _NOTES]
    cur.need(_FOOTER_HEIGHT)
    cur.y -= 4
    for note in notes:
        cur.y -= 10.5
        cur.text(_LEFT, cur.y, note, size=7.5, bold=note.startswith("Apliecinām"))
    cur.y -= 8
    top, bottom = cur.y, cur.y - 42.0
    half = _WIDTH / 2
    for column, (name, who) in enumerate(SIGNATURE_FIELDS.items()):
        left = _LEFT + column * half
        right = left + half - (6 if column == 0 else 0)
        cur.box(left, bottom, right, top)
        cur.text(left + 3, top - 9, who, size=7.5, bold=True)
        cur.text(left + 3, bottom + 3, "paraksts, datums", size=6.5)
        cur.add_field(name, (left + 2, bottom + 11, right - 2, top - 12), kind="signature",
                      tooltip=f"{who}: paraksts")
    cur.y = bottom - 12
    cur.text(_LEFT, cur.y, "Aizpilda sociālais dienests. Pieņemts: ____.____.20____.   "
             "Darbinieks: ______________________________ (vārds, uzvārds, paraksts)", size=7.5)


def timesheet_layout(blank: TimesheetBlank) -> FormLayout:
    """The fillable timesheet for `blank`: header, granted hours, one row per granted day of the
    month (and EXTRA_ROWS blank ones), the total, signature boxes."""
    layout = FormLayout(title=f"{blank.title.capitalize()}, {format_month_lv(blank.month)}")
    cursor = _Cursor(layout)
    _header(cursor, blank, prefilled_values(blank))
    _day_table(cursor, blank)
    _footer(cursor, blank)
    return layout


def row_field_names(number: int) -> list[str]:
    """The field names of day row `number` (1-based), in reading order."""
    return [f"{column.key}_{number}" for column in COLUMNS]


__all__ = [
    "ACTIVITY_CHOICES",
    "COLUMNS",
    "TITLES",
    "FormBox",
    "FormField",
    "FormLayout",
    "FormText",
    "TimesheetBlank",
    "activity_label",
    "hours_text",
    "prefilled_values",
    "row_field_names",
    "timesheet_layout",
]
