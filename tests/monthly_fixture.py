"""The month of timesheets in fixtures/timesheets: its truth, and its grants issued in a store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from asistents.store import GrantTerms, Store

ROOT = Path(__file__).resolve().parents[1]
MONTH_DIR = ROOT / "fixtures" / "timesheets"
TRUTH = MONTH_DIR / "truth.json"


def truth() -> dict[str, Any]:
    """The committed truth; a missing file is a broken checkout and fails loudly."""
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def issue_grants(store: Store, grants: list[dict[str, Any]]) -> dict[str, str]:
    """Open a case for each client and issue its decision; returns client code -> number."""
    numbers = {}
    for grant in grants:
        code = grant["client_personal_code"]
        service = grant.get("service", "assistant")
        case_id = store.case_id_for(store.case_key(code, service), 2021)
        store.save_case({"case_id": case_id, "service": service,
                         "client": {"name": grant["client_name"], "personal_code": code}})
        number = store.reserve_decision_number(case_id=case_id, client_code=code,
                                               service=service, year=2021, prefix="SD/")
        terms = GrantTerms(
            granted=grant["granted"], rule_set=grant["rule_set"], unit=grant["unit"],
            hours=grant["hours"], total_hours=grant["total_hours"],
            period_from=date.fromisoformat(grant["period_from"]),
            period_to=date.fromisoformat(grant["period_to"]),
            track=grant.get("track"), category=grant.get("category"),
        )
        store.issue_decision(number, terms, issued_on=terms.period_from or date(2021, 1, 1),
                             issued_by="test")
        numbers[code] = number
    return numbers
