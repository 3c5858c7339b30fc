"""Invented people, a case in a store and a grant in its decision register, for timesheet tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from asistents.forms.timesheet_form import TimesheetBlank
from PIL import Image
from stdnum.lv import pvn

from asistents.store import GrantTerms, Store


def personal_code(birth: date, serial: int) -> str:
    """An old-format code with a valid checksum (an invented person)."""
    century = {19: 1, 20: 2}[birth.year // 100]
    body = f"{birth:%d%m%y}{century}{serial:03d}"
    code = body + pvn.calc_check_digit_pers(body)
    assert pvn.is_valid(code)
    return f"{code[:6]}-{code[6:]}"


CLIENT_NAME = "Elīna Zariņa"
CLIENT_CODE = personal_code(date(1984, 3, 3), 111)
ASSISTANT_NAME = "Ģirts Ķēniņš"
ASSISTANT_CODE = personal_code(date(1979, 6, 23), 122)
GRANT = GrantTerms(
    granted=True, rule_set="mk942", unit="week", hours={"work": 20, "leisure": 2},
    total_hours=22, period_from=date(2021, 5, 1), period_to=date(2022, 4, 30), track="adult",
)


def blank(**changes: Any) -> TimesheetBlank:
    """The May 2021 timesheet of the invented client and assistant."""
    values: dict[str, Any] = {
        "month": "2021-05", "client_name": CLIENT_NAME, "client_personal_code": CLIENT_CODE,
        "assistant_name": ASSISTANT_NAME, "assistant_personal_code": ASSISTANT_CODE,
        "unit": "week", "hours": {"work": 20, "leisure": 2}, "total_hours": 22,
        "period_from": date(2021, 5, 1), "period_to": date(2022, 4, 30),
        "decision_number": "SD/2021/17", "decision_date": date(2021, 4, 20),
    }
    values.update(changes)
    return TimesheetBlank(**values)


def case_with_grant(url: str, *, grant: GrantTerms | None = GRANT,
                    preferred_assistant: bool = True) -> str:
    """A case for the invented client in the store at `url`; its decision issued when `grant`."""
    with Store(url) as store:
        case_id = store.case_id_for(store.case_key(CLIENT_CODE, "assistant"), 2021)
        fields: dict[str, Any] = {"service": "assistant", "client_name": CLIENT_NAME,
                                  "client_personal_code": CLIENT_CODE}
        if preferred_assistant:
            fields.update(preferred_assistant_name=ASSISTANT_NAME,
                          preferred_assistant_personal_code=ASSISTANT_CODE)
        store.save_case({
            "case_id": case_id, "service": "assistant",
            "client": {"name": CLIENT_NAME, "personal_code": CLIENT_CODE},
            "documents": [{"file": "inbox/iesniegums.pdf", "doc_type": "application",
                           "fields": fields}],
            "findings": [],
        })
        if grant is not None:
            number = store.reserve_decision_number(case_id=case_id, client_code=CLIENT_CODE,
                                                   service="assistant", year=2021, prefix="SD/")
            store.issue_decision(number, grant, issued_on=date(2021, 4, 20))
    return case_id


def ink(image: Image.Image) -> int:
    """Dark pixels: how much was drawn."""
    return sum(image.convert("L").histogram()[:128])


def differing(a: Image.Image, b: Image.Image) -> int:
    """Pixels where two renderings of the same place differ clearly."""
    from PIL import ImageChops

    return sum(ImageChops.difference(a.convert("L"), b.convert("L")).histogram()[64:])


def render_page(pdf: Path, dpi: int, out_dir: Path, page: int = 1) -> Image.Image:
    """One page as poppler draws it (pdftoppm), without any viewer's help."""
    import subprocess

    prefix = out_dir / f"{pdf.stem}-p{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True, capture_output=True)
    return Image.open(f"{prefix}.png")


def crop(image: Image.Image, rect: tuple[float, float, float, float], dpi: int,
         page_height: float) -> Image.Image:
    """The part of a rendered page under a PDF rectangle (points, from the bottom left)."""
    scale = dpi / 72
    x0, y0, x1, y1 = rect
    return image.crop((round(x0 * scale), round((page_height - y1) * scale),
                       round(x1 * scale), round((page_height - y0) * scale)))


__all__ = ["ASSISTANT_CODE", "ASSISTANT_NAME", "CLIENT_CODE", "CLIENT_NAME", "GRANT", "blank",
           "case_with_grant", "crop", "differing", "ink", "personal_code", "render_page"]
