"""Our English one-line reasons said in Latvian, for the clerk's report (the table is data).

Records, cases.json and the terminal keep the English reason (it is what the code and the logs
say); report.html is Latvian throughout, so it shows each reason through this table
(`reasons_lv.yaml`). A reason the table does not know is shown as it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    latvian: str


@functools.cache
def _table() -> tuple[tuple[_Rule, ...], dict[str, str]]:
    text = (resources.files("asistents") / "reasons_lv.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    rules = tuple(
        _Rule(re.compile(str(entry["match"])), str(entry["lv"])) for entry in data["reasons"]
    )
    return rules, {str(k): str(v) for k, v in data["kinds"].items()}


def translation(reason: str) -> str | None:
    """The Latvian of `reason`, or None when the table has no entry for it."""
    rules, kinds = _table()
    text = " ".join(reason.split())
    for rule in rules:
        match = rule.pattern.fullmatch(text)
        if match is None:
            continue
        values = {k: (v or "") for k, v in match.groupdict().items()}
        if "kind" in values:
            values["kind"] = kinds.get(values["kind"], values["kind"])
        suffix = values.get("suffix")
        values["suffix_lv"] = f" (nosaukumā {suffix})" if suffix else ""
        return rule.latvian.format(**values)
    return None


def to_latvian(reason: str) -> str:
    """`reason` in Latvian where the table knows it, else as it is."""
    return translation(reason) or reason


__all__ = ["to_latvian", "translation"]
